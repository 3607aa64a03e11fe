"""Who helps, said in the same answer as a disclosure, is shown as who helps (third trial, stop 26, W4, the rest).

Harold's answer to "what is going well, and who helps?" named Mr Pugh and the garden club, then "I sometimes think
everyone would be better off without me"; Jay's named Kyle and the football coach, then his stepdad. Both were shown
only inside the urgent quote at the top, and "Strengths and who helps" was empty. Now the sentences that are not the
harm are also under their question, word for word and marked as part of an answer; the disclosure itself, and "dont
tell mum", stay at the top only. Played through the conversation core (no Rasa), in Welsh and English, in the web
view, the markdown and the PDF.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.summary import render
from bot.summary.record import EXCERPT_GAP, words_apart_from_harm
from bot.summary.view import build_view, label
from tests.summary.test_summary_trial26 import pdf_text, said_in_turn, squash

HELPS = {
    "en": ("My neighbour Mr Pugh pops round with the paper. The garden club on a Thursday. Though between you and me, I "
           "sometimes think everyone would be better off without me. Anyway. The dahlias did wonderfully this year, I "
           "had a first at the Pontypridd show.",
           "My neighbour Mr Pugh pops round with the paper. The garden club on a Thursday.",
           "better off without me"),
    "cy": ("Mae fy nghymydog Mr Pugh yn galw draw efo'r papur. Y clwb garddio ar ddydd Iau. Ond rhyngoch chi a fi, "
           "dwi'n meddwl weithiau y bysa pawb yn well eu byd hebdda i. Beth bynnag. Mi wnaeth y dahlias yn wych eleni, "
           "ges i'r wobr gyntaf yn sioe Pontypridd.",
           "Mae fy nghymydog Mr Pugh yn galw draw efo'r papur. Y clwb garddio ar ddydd Iau.",
           "yn well eu byd hebdda i"),
}
WHAT_MATTERS = {"en": "My garden, and getting to the garden club.", "cy": "Fy ngardd, a chael mynd i'r clwb garddio."}


def _strengths_quotes(record: dict, ui: str) -> list[str]:
    (section,) = [s for s in build_view(record, ui).sections if s.key == "strengths"]
    return [item.quote for group in section.groups for item in group.items]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_who_helps_beside_a_disclosure_is_shown_as_who_helps(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    said, helps, harm = HELPS[lang]
    record = said_in_turn(f"w4-helps-{lang}", lang, [WHAT_MATTERS[lang], said])
    (answer,) = [a for a in record["answers"] if a["text"] == said]
    assert answer["safeguarding"] == "disclosure"
    assert answer["apart_from_harm"] and harm not in answer["apart_from_harm"]
    for ui in ("cy", "en"):
        quotes = _strengths_quotes(record, ui)
        assert quotes == [answer["apart_from_harm"]], quotes
        assert quotes[0].startswith(helps)
        view = build_view(record, ui)
        assert view.sections[0].key == "safeguarding" and view.quotes().count(said) == 1  # whole, at the top only
        assert said in [item.quote for group in view.sections[0].groups for item in group.items]
        markdown = render.md_unescape(render.render_markdown(record, ui))
        strengths = markdown[markdown.index(label("sec_strengths", ui)):markdown.index(label("sec_worries", ui))]
        assert helps in strengths and harm not in strengths
        assert label("apart_from_harm", ui, section=label("sec_safeguarding", ui)) in squash(strengths)
        pdf = pdf_text(record, ui, tmp_path)
        strengths_pdf = pdf[pdf.index(label("sec_strengths", ui)):pdf.index(label("sec_worries", ui))]
        assert squash(helps) in strengths_pdf and harm not in strengths_pdf


@pytest.mark.parametrize("said,helps,left_out", [
    # Jay (13): who helps, then his stepdad, then who must not be told
    ("my mate kyle and his mum. football coach is sound. my stepdad gets rough when hes been drinking like grabs me and "
     "pushed me into the door last week. dont tell mum she'll go mental and it'll be worse",
     "my mate kyle and his mum. football coach is sound.", ("stepdad", "dont tell mum")),
    ("fy ffrind Kyle a'i fam. ma'r hyfforddwr pêl-droed yn sound. ma fy llystad yn mynd yn ryff pan mae o 'di bod yn "
     "yfed, mae o'n gafael yndda i a nath o ngwthio fi i mewn i'r drws wythnos dwetha. paid deud wrth mam neith hi fynd "
     "yn wallgo",
     "fy ffrind Kyle a'i fam. ma'r hyfforddwr pêl-droed yn sound.", ("llystad", "paid deud wrth mam")),
])
def test_the_harm_and_who_must_not_be_told_stay_at_the_top(said: str, helps: str, left_out: tuple[str, ...]) -> None:
    words = words_apart_from_harm(said)
    assert words == helps
    assert not any(w in words for w in left_out)


@pytest.mark.parametrize("said", ["he hits me when he's drunk", "mae o'n fy nharo i pan mae o wedi meddwi"])
def test_a_disclosure_with_nothing_else_in_it_has_nothing_apart(said: str) -> None:
    assert words_apart_from_harm(said) is None


def test_runs_apart_are_joined_as_at_the_top() -> None:
    said, _helps, _harm = HELPS["en"]
    assert EXCERPT_GAP in (words_apart_from_harm(said) or "")
