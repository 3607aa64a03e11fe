"""One reader for "don't tell X" / "paid â deud wrth X" (issue 11): the summary, the safe check and the safety wishes
read who must not be told the same way (bot.analysis.keep_from.says_who_must_not_be_told).

Three readers disagreed: "I don't want him to know" and "plis paid deud wrth yr ysgol", said after a disclosure, were
under "How to contact safely" while the safe check said it had kept who may not be told; "Rhodri ddim yn cael gwbod"
and "dont tell school" in an ordinary answer were not at the top at all, and were read back as outcomes. Now they are
under "What must not be shared, and with whom", beside the risk. Welsh north, south and text-speak, and English;
played through the conversation core (no Rasa) and read in the summary's formats.
"""
from __future__ import annotations

import pytest

from bot.analysis.keep_from import asks_to_keep_from_someone, says_who_must_not_be_told
from bot.analysis.safety_wish import is_safety_wish
from bot.summary import render
from bot.summary.view import build_view
from tests.summary.test_summary_trial26 import said_in_turn, squash

WHO_MUST_NOT_BE_TOLD = [
    # English, and text-speak
    "I don't want him to know.", "Please don't tell Darren it was me who said.", "dont tell school anything",
    "pls dont tell carys about that night", "And I'd rather you didn't tell Rhodri about the tablets, not yet.",
    "Just that please don't let mum know this came from me.", "I don't want my little sister to find out",
    # Welsh, north
    "plis paid deud wrth yr ysgol", "Dwi'm isio i Mam wybod.", "Rhodri ddim yn cael gwbod am y tabledi",
    "dwi jyst ddim isio i'w fam o wybod", "A pheidiwch â dweud dim wrth Dylan am y cerdyn", "Peidiwch â deud hyn wrth Nain",
    # Welsh, south and text-speak
    "Sai moyn iddo fe wbod.", "jyst plis paid gweud wrth nan", "pls paid gweud wrth neb", "sa i'n moyn i mam glywed am hyn",
    "Plîs peidiwch â sôn am hyn wrth fy merch",
]
NOT_A_WISH = [
    "don't tell me what to do", "I don't tell anyone how I feel", "dwi ddim yn cael gwybod dim",
    "paid deud wrtha i be i neud", "Ond sai moyn i'r doctor weld e heb i fi wbod, os yw hynny'n iawn",
    "Dwi ddim yn gwybod", "please let me know when you're coming",
]


@pytest.mark.parametrize("text", WHO_MUST_NOT_BE_TOLD)
def test_who_must_not_be_told_is_one_reading(text: str) -> None:
    assert says_who_must_not_be_told(text)
    assert asks_to_keep_from_someone(text)  # (what must not be shared)
    assert is_safety_wish(text)  # (after a disclosure: beside the risk, never an outcome)


@pytest.mark.parametrize("text", NOT_A_WISH)
def test_words_about_themselves_are_not(text: str) -> None:
    assert not says_who_must_not_be_told(text)
    assert not asks_to_keep_from_someone(text)


# After a disclosure, the reply to "are you safe right now?" says who must not be told in words the summary read as
# how to contact safely (the safe check already said it had kept who may not be told).
DISCLOSURE = {"en": "my stepdad grabs me and pushed me into the door last week when hes been drinking",
              "cy": "ma llysdad fi'n gafael yn fi a nath e ngwthio fi mewn i'r drws wythnos dwetha pan oedd e di yfed"}
AFTER = [("en", "im ok rn hes at work. I don't want him to know.", "I don't want him to know."),
         ("en", "im ok hes out. and dont tell school anything", "and dont tell school anything"),
         ("cy", "dwi'n iawn rwan, mae o allan. plis paid deud wrth yr ysgol", "plis paid deud wrth yr ysgol"),
         ("cy", "fi'n ok nawr, ma fe mas. Sai moyn iddo fe wbod.", "Sai moyn iddo fe wbod.")]


@pytest.mark.parametrize("lang, reply, keep", AFTER)
def test_after_a_disclosure_it_is_what_must_not_be_shared(sqlite_url: str, lang: str, reply: str, keep: str) -> None:
    record = said_in_turn(f"untold-{lang}-{len(reply)}", lang, ["football and gaming", DISCLOSURE[lang], reply],
                          register="ti")
    assert any(f["level"] == "urgent" and f["text"] == DISCLOSURE[lang] for f in record["risk_flags"])
    (answer,) = [a for a in record["answers"] if a["text"] == reply]  # stored as typed
    assert answer["sensitive_words"] == keep
    assert answer["safeguarding"] != "safety_wish"
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("safeguarding")
        assert section is not None
        groups = {g.key: g for g in section.groups}
        assert not any(keep in i.quote for i in groups["safety_wishes"].items)
        assert [i.quote for i in groups["sensitive"].items] == [keep]
        markdown = squash(render.md_unescape(render.render_markdown(record, ui)))
        assert squash(keep) in markdown


# In an ordinary conversation (no disclosure), the same words are at the top and no outcome drawn from them is read
# back or shown as one.
ORDINARY = [("cy", "Dwi isio mynd i'r clwb cerdded eto. Rhodri ddim yn cael gwbod am y tabledi.",
             "Rhodri ddim yn cael gwbod am y tabledi."),
            ("en", "I want to get back to my walking club. pls dont tell school about the tablets",
             "pls dont tell school about the tablets")]


@pytest.mark.parametrize("lang, said, keep", ORDINARY)
def test_an_ordinary_answer_keeps_it_at_the_top(sqlite_url: str, lang: str, said: str, keep: str) -> None:
    record = said_in_turn(f"untold-plain-{lang}", lang, [said])
    assert not record["risk_flags"]
    (answer,) = [a for a in record["answers"] if a["text"] == said]
    assert answer["sensitive_words"] == keep
    assert not any(keep.rstrip(".") in o["text"] for o in record["outcomes"] if not o["sensitive"])
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        section = view.section("safeguarding")
        assert section is not None
        (group,) = [g for g in section.groups if g.key == "sensitive"]
        assert [i.quote for i in group.items] == [keep]
        shown = [i.quote for s in view.sections if s.key != "safeguarding" for g in s.groups
                 if g.key in ("change", "maintenance", "process") for i in g.items]
        assert not any(keep.rstrip(".") in q for q in shown), shown
