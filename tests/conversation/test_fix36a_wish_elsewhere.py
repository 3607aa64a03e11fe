"""Trial 35 AK5: a wish typed at another question, or beside a disclosure, is still an outcome.

- "Me? I'm 78, I'm fine. Knees are shot. I'd like an afternoon a week to myself, go to the bowls club. …", typed at
  "Is anything worrying you?", was dropped ("I'd like" + a thing was no wish said outright), and said again it went
  under keep: now a change, the carer's own, from "I'd like…", "Baswn i'n licio…", "Liciwn i…", "Bydden i'n hoffi…".
- "…and my PA to actually ring back when she says she will" (the "I want" left unsaid) was no outcome: now a process
  outcome, in both languages, beside "somewhere to live before friday!!".
Played through the conversation core with SQLite (the trial's words, a Welsh twin), and the analysis it stores by.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.summary import render
from tests.summary.test_fix35c_trial35 import play

BOWLS = {
    "en": "Me? I'm 78, I'm fine. Knees are shot. I'd like an afternoon a week to myself, go to the bowls club. But I "
          "don't want anyone thinking I can't cope, because I can. Most days.",  # the trial's words
    "cy": "Fi? Dw i'n 78, dw i'n iawn. Mae'r pengliniau wedi mynd. Baswn i'n licio cael pnawn i fi fy hun bob wythnos, "
          "mynd i'r clwb bowls. Ond dw i ddim isio i neb feddwl na alla i ymdopi, achos dw i'n gallu. Y rhan fwya o "
          "ddyddiau.",
}
WISH = {"en": "I'd like an afternoon a week to myself, go to the bowls club.",
        "cy": "Baswn i'n licio cael pnawn i fi fy hun bob wythnos, mynd i'r clwb bowls."}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_wish_at_the_worries_question_is_the_carers_change(sqlite_url: str, lang: str) -> None:
    record = play(f"fix36a-ak5-bowls-{lang}", lang, "carer", {"worries": BOWLS[lang]})
    (answer,) = [a for a in record["answers"] if a["text"] == BOWLS[lang]]
    outcomes = [o for o in record["outcomes"] if o["answer_id"] == answer["id"]]
    assert [(o["text"], o["type"], o["about"]) for o in outcomes] == [(WISH[lang], "change", "carer")]
    assert WISH[lang] in render.render_markdown(record, lang)


@pytest.mark.parametrize("lang, words", [
    ("en", "I'd love some help with the garden"), ("en", "I would like my PA to ring back"),
    ("cy", "Liciwn i gael help efo'r ardd"), ("cy", "Bydden i'n hoffi mynd i'r clwb bowls"),
    ("cy", "Sen i'n lico cael seibiant"),
])
def test_a_wish_said_outright_in_other_words_is_kept_at_worries(lang: str, words: str) -> None:
    from bot.conversation.answers import wishes_kept

    assert [o.text for o in wishes_kept("worries", analyse(words, question="change")).outcomes] == [words]


@pytest.mark.parametrize("lang, words", [("en", "I'd like to say thanks"), ("cy", "faswn i ddim yn licio hynny")])
def test_no_wish_is_not_made_one(lang: str, words: str) -> None:
    from bot.conversation.answers import wishes_kept

    assert wishes_kept("worries", analyse(words, question="change")).outcomes == ()


PA = {
    "en": ("somewhere to live before friday!! and my PA to actually ring back when she says she will. and dont put me "
           "in a hostel in cardiff, all my mates and college are here", "my PA to actually ring back when she says she "
           "will."),  # the trial's words
    "cy": ("rhywle i fyw cyn dydd Gwener!! a fy ngweithiwr i ffonio nôl pan mae hi'n deud bydd hi. a peidiwch â rhoi fi "
           "mewn hostel yng Nghaerdydd", "fy ngweithiwr i ffonio nôl pan mae hi'n deud bydd hi."),
}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_what_a_helper_should_do_is_a_process_outcome(lang: str) -> None:
    text, wish = PA[lang]
    outcomes = {o.text: o.type for o in analyse(text, question="change").outcomes}
    assert outcomes.get(wish) == "process", outcomes
