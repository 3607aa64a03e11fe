"""The app factory and the shape of bot/web: settings passed in, blueprints by concern, no SQL in handlers."""
from __future__ import annotations

import ast
import os
from pathlib import Path

from bot.settings import Settings
from bot.web import app as web_app
from bot.web import guards

WEB = Path(web_app.__file__).resolve().parent
#: Modules that serve pages or hold the rules pages share: they reach the database only through
#: bot.storage.repository and bot.web.store.
HANDLER_MODULES = ("app", "guards", "pages", "sign_in", "summaries", "users", "audit_log", "api", "chat", "invitations")


def test_create_app_takes_its_settings_and_never_writes_the_environment(tmp_path: Path) -> None:
    before = dict(os.environ)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'elsewhere.db'}", web_session_minutes=5.0,
                        web_real_ip_header="X-Forwarded-For", web_cookie_secure=True)
    app = web_app.create_app(settings)
    assert dict(os.environ) == before
    assert app.ctx.settings is settings and app.ctx.database_url == settings.database_url
    assert app.config.REAL_IP_HEADER == "X-Forwarded-For"
    assert guards.session_lengths(settings).idle.total_seconds() == 300


def test_each_concern_is_a_blueprint_registered_by_the_factory() -> None:
    app = web_app.create_app(Settings(database_url="sqlite:///:memory:"))
    registered = set(app.blueprints)
    assert {m.bp.name for m in web_app.BLUEPRINTS} == registered
    assert {"sign_in", "summaries", "users", "audit_log", "api"} <= registered
    owners = {route.name.split(".")[1] for route in app.router.routes if route.name.count(".") == 2}
    assert owners == registered  # every page belongs to a blueprint
    paths = {"/" + route.path for route in app.router.routes}
    assert {"/sign-in", "/summaries", "/audit", "/users", "/api/summaries", "/health"} <= paths


def _sql_in(module: Path) -> list[str]:
    """SQLAlchemy query building or raw execution in a module (its Session type is allowed)."""
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            found += [f"import {a.name}" for a in node.names if a.name != "Session"]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "execute":
            found.append(f"line {node.lineno}: .execute()")
    return found


def test_handlers_hold_no_sql() -> None:
    for name in HANDLER_MODULES:
        assert not _sql_in(WEB / f"{name}.py"), name
    assert _sql_in(WEB / "store.py")  # the check can fail: the web tables' store is where SQL lives
