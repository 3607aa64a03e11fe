"""Different views side by side only where they differ (acceptance trial stop 20, T6).

A son's answers about his dad (Parkinson's) were moved whole into "Different views side by side": 19 of 21
outcomes, in answer order, and "Keep the same" said "Nothing noted" beside "Keep him in his own house, that's
the big one". Now two views go side by side only where they differ: the answer says so ("This is where me and
dad don't agree"), or neighbouring words of the two views are set against each other ("…, but I think…") or one
says no ("He won't have a key safe"); where they agree ("Dad says he'd rather die than go in a home" beside
"Keep him in his own house") each stays in its group. Stored through the real repository with the outcomes
given (the splitting and whose view are bot.analysis's to test); the trial's words and a Welsh twin.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database, seed_carer_views

# (question key, question as asked, words, [(span, type, whose)])
SCRIPTS: dict[str, list[tuple[str, str, str, list[tuple[str, str, str]]]]] = {
    "en": [
        ("what_matters", "What matters most to Alan at the moment?",
         "A good day is getting his tablets on time and watching the birds from his chair. He hates it when people "
         "talk over him like he's not there.",
         [("getting his tablets on time", "change", "carer"), ("watching the birds from his chair", "change", "carer"),
          ("He hates it when people talk over him like he's not there.", "change", "person")]),
        ("keep", "What would Alan like to keep as it is?",
         "Keep Bev in the mornings, definitely. Keep him in his own house, that's the big one. Dad says he'd rather "
         "die than go in a home, he's said it a hundred times, and honestly I get it. Keep the birds and the racing.",
         [("Keep Bev in the mornings, definitely.", "maintenance", "carer"),
          ("Keep him in his own house", "maintenance", "carer"),
          ("Dad says he'd rather die than go in a home", "maintenance", "person"),
          ("Keep the birds and the racing.", "maintenance", "carer")]),
        ("change", "What would Alan like to change?",
         "This is where me and dad don't agree. What I think needs to change:\n1) the teatime call needs to be ON "
         "TIME\n2) he needs to wear the Lifeline pendant, he fell in the hall in October\nWhat dad would say: "
         "nothing needs to change. He doesn't want more carers, he says it's like Piccadilly Circus already.",
         [("1) the teatime call needs to be ON TIME", "change", "carer"),
          ("2) he needs to wear the Lifeline pendant", "change", "carer"),
          ("He doesn't want more carers, he says it's like Piccadilly Circus already.", "change", "person")]),
        ("support", "How would Alan like to be supported?",
         "Carers who know his routine. He won't have a key safe, he says it's an invitation to burglars.",
         [("Carers who know his routine.", "process", "carer"),
          ("He won't have a key safe, he says it's an invitation to burglars.", "process", "person")]),
    ],
    "cy": [
        ("what_matters", "Beth sydd bwysicaf i Alan ar hyn o bryd?",
         "Diwrnod da ydi cael ei dabledi ar amser a gwylio'r adar o'i gadair. Mae o'n casáu pan mae pobl yn siarad "
         "drosto fo fel tasa fo ddim yna.",
         [("cael ei dabledi ar amser", "change", "carer"), ("gwylio'r adar o'i gadair", "change", "carer"),
          ("Mae o'n casáu pan mae pobl yn siarad drosto fo fel tasa fo ddim yna.", "change", "person")]),
        ("keep", "Beth hoffai Alan ei gadw fel y mae?",
         "Cadw Bev yn y boreau, yn bendant. Ei gadw fo yn ei dŷ ei hun, dyna'r peth mawr. Mae Dad yn deud y basa'n "
         "well ganddo fo farw na mynd i gartref, ac a deud y gwir dw i'n dallt. Cadw'r adar a'r rasio.",
         [("Cadw Bev yn y boreau, yn bendant.", "maintenance", "carer"),
          ("Ei gadw fo yn ei dŷ ei hun", "maintenance", "carer"),
          ("Mae Dad yn deud y basa'n well ganddo fo farw na mynd i gartref", "maintenance", "person"),
          ("Cadw'r adar a'r rasio.", "maintenance", "carer")]),
        ("change", "Beth hoffai Alan ei newid?",
         "Dyma lle dydan ni ddim yn cytuno, fi a Dad. Be dw i'n meddwl sydd angen newid:\n1) yr alwad amser te ar "
         "amser\n2) mae angen iddo fo wisgo'r larwm Lifeline, mi syrthiodd o yn y cyntedd ym mis Hydref\nBe fasa "
         "Dad yn ddeud: does dim rhaid newid dim byd. Dydi o ddim isio mwy o ofalwyr, mae o'n deud ei fod o fel "
         "Piccadilly Circus yn barod.",
         [("1) yr alwad amser te ar amser", "change", "carer"),
          ("2) mae angen iddo fo wisgo'r larwm Lifeline", "change", "carer"),
          ("Dydi o ddim isio mwy o ofalwyr, mae o'n deud ei fod o fel Piccadilly Circus yn barod.", "change",
           "person")]),
        ("support", "Sut hoffai Alan gael ei gefnogi?",
         "Gofalwyr sy'n nabod ei drefn. Dydi o ddim isio bocs allweddi, mae o'n deud ei fod o'n gwahodd lladron.",
         [("Gofalwyr sy'n nabod ei drefn.", "process", "carer"),
          ("Dydi o ddim isio bocs allweddi, mae o'n deud ei fod o'n gwahodd lladron.", "process", "person")]),
    ],
}


def _seed(sender: str, lang: str) -> None:
    seed_carer_views(sender, lang, SCRIPTS[lang], carer="Gareth", cared_for="Alan")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("views-differ-db")):
        for lang in SCRIPTS:
            _seed(f"views-differ-{lang}", lang)
        found = {lang: load_record(f"views-differ-{lang}") for lang in SCRIPTS}
    return {k: v for k, v in found.items() if v is not None}


def _spans(lang: str, key: str) -> list[tuple[str, str, str]]:
    return next(found for k, _, _, found in SCRIPTS[lang] if k == key)


BOTH = pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])


@BOTH
def test_only_views_that_differ_are_side_by_side(records: dict[str, dict[str, Any]], lang: str, ui: str) -> None:
    view = build_view(records[lang], ui)
    section = view.section("what_matters")
    assert section is not None
    groups = {g.key: [i.quote for i in g.items] for g in section.groups}
    change = _spans(lang, "change")
    support = _spans(lang, "support")
    # "This is where me and dad don't agree": the whole answer, the dad's view first; "He won't have a key safe"
    # beside the words next to it
    assert groups["views"] == [change[2][0], change[0][0], change[1][0], support[1][0], support[0][0]]
    views = next(g for g in section.groups if g.key == "views").items
    assert views[0].question == SCRIPTS[lang][2][1] and views[3].question == SCRIPTS[lang][3][1]
    assert views[0].whose_view_label == label("whose_person_reported", ui)
    # the views that agree, or only sit side by side in an answer, stay in their groups: keep is not "nothing noted"
    assert groups["maintenance"] == [w for w, _, _ in _spans(lang, "keep")]
    assert groups["change"] == [w for w, _, _ in _spans(lang, "what_matters")]
    quoted = [i.quote for s in view.sections for i in s.items if i.source == "outcome"]
    for _, _, _, found in SCRIPTS[lang]:
        for words, _, _ in found:
            assert quoted.count(words) == 1, words


@BOTH
def test_the_keep_group_is_printed_with_its_wishes(records: dict[str, dict[str, Any]], lang: str, ui: str) -> None:
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(records[lang], ui)))
    section = md[md.index(label("sec_what_matters", ui)):]
    keep = section[section.index(label("group_maintenance", ui)):section.index(label("group_process", ui))]
    for words, _, _ in _spans(lang, "keep"):
        assert f"“{words}”" in keep
    assert label("no_items", ui) not in keep
