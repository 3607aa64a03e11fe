"""AX22 (stop 43 trial): the day's first summary page took 16.4 s, the rest 0.05-0.3 s.

The served web app now loads, before it listens, what that page loaded on its way (the risk rules above all);
the tests' own servers skip it (WEB_WARM_UP=no in tests/conftest.py). Timings are in the stop-44 report, not here.
"""
from __future__ import annotations

import asyncio

import pytest
from sanic import Sanic

from bot.analysis.risk import assess_risk, rule_set
from bot.analysis.risk import cache as risk_cache
from bot.settings import Settings
from bot.summary import pdf, render, view
from bot.web import app as web_app

#: The trial's words, in both languages, that the record re-reads for the safeguarding section.
CAI = "ma bois yn blwyddyn 10 yn pigo arna i, galw enwe, nethon nhw ddwyn bag fi"
LORRAINE = "my son takes my bank card and I am scared of him"


def _warm_up_listeners(app: Sanic) -> list:
    handlers = [getattr(route.handler, "keywords", {}).get("listener") for route in app.signal_router.routes]
    return [h for h in handlers if h is not None and h.__module__ == "bot.web.app" and h.__name__ == "_warm_up"]


def test_the_served_app_warms_up_by_default_and_the_setting_switches_it_off() -> None:
    assert Settings.from_env({}).web_warm_up
    assert not Settings.from_env({"WEB_WARM_UP": "no"}).web_warm_up
    assert len(_warm_up_listeners(web_app.create_app(Settings(database_url="sqlite:///:memory:")))) == 1
    assert _warm_up_listeners(web_app.create_app(Settings(database_url="sqlite:///:memory:", web_warm_up=False))) == []


def test_building_an_app_loads_nothing() -> None:
    """Many tests build apps: the warm-up is the server's start hook, never create_app itself."""
    app = web_app.create_app(Settings(database_url="sqlite:///:memory:"))
    assert app.ctx.warmed is False


def test_the_warm_up_loads_what_the_first_summary_page_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk_cache, "_folder", risk_cache._folder)  # the hook points this process at its cache
    app = web_app.create_app(Settings(database_url="sqlite:///:memory:",
                                      whatmatters_cache_dir=risk_cache.cache_dir()))  # the fit already made
    (listener,) = _warm_up_listeners(app)
    asyncio.run(listener(app, None))
    assert app.ctx.warmed is True
    assert rule_set.cache_info().currsize == 1
    assert view.labels.cache_info().currsize == 1
    assert render._environment.cache_info().currsize == 1
    assert pdf._font_codepoints.cache_info().currsize == 1
    # Reading Cai's Welsh and Lorraine's English now compiles nothing more: the rules were already there.
    misses = rule_set.cache_info().misses
    assert assess_risk(CAI).level != "none" and assess_risk(LORRAINE).level != "none"
    assert rule_set.cache_info().misses == misses


# --- the warm-up is best effort (review, stop 44) ---------------------------------------------------------------------

#: A missing font's error, as fontTools or the PDF module would raise it, with a path and a person's words in it that
#: must never reach the log.
_MISSING = FileNotFoundError("/srv/fonts/DejaVuSans.ttf for 'mam moyn bod na'")


@pytest.mark.parametrize("where", ["fonts", "template"])
def test_a_failed_warm_up_never_stops_the_app_starting(monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture, where: str) -> None:
    """The PDF fonts missing (pdf.warm raising inside before_server_start) stopped the web app from starting: now the
    warm-up is skipped, only the error's kind logged, and the first page loads what it needs itself."""
    def _raise(*_args: object) -> None:
        raise _MISSING

    app = web_app.create_app(Settings(database_url="sqlite:///:memory:",
                                      whatmatters_cache_dir=risk_cache.cache_dir()))
    monkeypatch.setattr(risk_cache, "_folder", risk_cache._folder)
    if where == "fonts":
        monkeypatch.setattr(pdf, "warm", _raise)
        monkeypatch.setattr(render, "warm", _raise)
    else:
        monkeypatch.setattr(render, "warm", lambda: None)
        monkeypatch.setattr(app.ctx.templates, "get_template", _raise)
    (listener,) = _warm_up_listeners(app)
    with caplog.at_level("WARNING", logger="bot.web"):
        asyncio.run(listener(app, None))  # no exception: the server goes on to listen
    assert app.ctx.warmed is False
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "FileNotFoundError" in logged
    assert "mam moyn" not in logged and "/srv/fonts" not in logged and "DejaVu" not in logged
