"""Derailments and re-trial leftovers, stop 34 (issue 11), Welsh and English, through the conversation core, SQLite
and the summary.

- A question to us with an answer beside it ("Mum needs more help, is anyone going to read this", "pwy sy'n darllen
  hwn, dwi isio help efo siopa") was read as only the question: the honest reply, the question again, and the answer
  kept nowhere (a swallowed answer). Now the words that say more are the answer, the question to us is no part of its
  outcomes, and it is answered. A question asked before answering ("Before I answer, who actually reads this? …") still
  stays off the record (stop 23), and so does a question alone.
- "He loves his garden. my sister asked, can I stop this and carry on after?": someone else's question passed on, not
  a stop (fix33d's note).
- "dwi di deud yn barod", "you asked me that already": the question was answered before, as "I already said that".
- Re-trial 33: AG13 "fi'n cario mlan neu?" got no answer; AH5 a bare "na." before "paid gweud wrth dad…" was listed
  under Anything else. AH4 "Ia, dwi isio bod yna" / "yes I want to be there" at the visit question stays an outcome: the
  writers of the dev sets mark "I'd like to be there if possible" as a process outcome (the lead's decision, stop 34).

The words are fictional, in the shapes the trials and the fuzzing player met.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, questions_about_what_next
from bot.analysis.controls import control_of, ends_with_a_stop, says_it_was_said_already
from bot.summary.record import load_record
from bot.summary.render import render_markdown
from tests.conversation.test_about_assistant import _at_question
from tests.conversation.test_fix33a_trial33 import _answers, _intent, _young_at_strengths


def _sender(*parts: object) -> str:
    return "mem-flow34-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(sender: str) -> list[str]:
    record = load_record(sender)
    assert record is not None
    return [str(o.get("text") or "") for o in record["outcomes"]]


# A question to us with an answer beside it ---------------------------------------------------------------------------

WITH_AN_ANSWER = {
    "en": [("Mum needs more help, is anyone going to read this", "Mum needs more help"),
           ("I want help with the shopping, who reads this?", "I want help with the shopping")],
    "cy": [("pwy sy'n darllen hwn, dwi isio help efo siopa", "dwi isio help efo siopa"),
           ("dwi isio help efo siopa, pwy sy'n darllen hwn?", "dwi isio help efo siopa")],
}
ONLY_THE_QUESTION = {"en": "is someone actually gonna message me tho or is it just this bot",
                     "cy": "ydy mam yn mynd i gal trwbl achos fi wedi deud hyn?"}
BEFORE_ANSWERING = {
    "en": "Before I answer, who actually reads this? Is it going to end up on Mum's file for everyone to see? I don't "
          "want it saying I said she's suicidal",
    "cy": "Cyn i fi ateb, pwy sy'n darllen hwn? Ydy o'n mynd i fod ar ffeil Mam i bawb ei weld?",
}


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("which", [0, 1])
def test_an_answer_beside_a_question_to_us_is_kept_and_the_question_answered(sqlite_url: str, language: str,
                                                                              which: int) -> None:
    text, wish = WITH_AN_ANSWER[language][which]
    assert asks_about_assistant(text) == "whole"  # read as only the question, before
    sender = _sender("beside", language, which)
    dialogue = _at_question(sender, language, "q_change")
    said = dialogue.say(text)
    assert messages.text(about_assistant_reply(text), language, "chi")[:40] in said  # the question answered
    assert dialogue.asking == "q_support"  # and the answer taken: the next question
    assert ("change", text) in _answers(sender)  # word for word
    assert _outcomes(sender) == [wish]  # the question to us is no part of the outcome


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_question_alone_or_before_answering_stays_off_the_record(sqlite_url: str, language: str) -> None:
    sender = _sender("alone", language)
    dialogue = _at_question(sender, language, "q_change")
    for text in (ONLY_THE_QUESTION[language], BEFORE_ANSWERING[language]):
        dialogue.say(text)
        assert dialogue.asking == "q_change"  # answered, and the question again
        assert all(said != text for _, said in _answers(sender))
    assert _outcomes(sender) == []


# Someone else's question passed on is no stop ------------------------------------------------------------------------

PASSED_ON = {"en": "He loves his garden. my sister asked, can I stop this and carry on after?",
             "cy": "Mae o'n caru'r ardd. Ofynnodd fy chwaer, ga i stopio hwn a chario mlaen wedyn?"}
OWN_STOP = {"en": "He loves his garden. sorry, can I stop this and carry on after?",
            "cy": "Mae o'n caru'r ardd. sori, ga i stopio hwn a chario mlaen wedyn?"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_question_passed_on_is_not_a_stop(language: str) -> None:
    assert not ends_with_a_stop(PASSED_ON[language])
    assert _intent(PASSED_ON[language]) != "stop"
    assert control_of(PASSED_ON[language].split(". ", 1)[1]) is None  # said alone too
    assert ends_with_a_stop(OWN_STOP[language])  # their own stop still is one
    assert _intent(OWN_STOP[language]) == "stop"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_answer_with_a_question_passed_on_is_kept_and_the_questions_go_on(sqlite_url: str, language: str) -> None:
    sender = _sender("passed-on", language)
    dialogue = _at_question(sender, language, "q_what_matters")
    dialogue.say(PASSED_ON[language])
    assert dialogue.asking == "q_strengths"
    assert ("what_matters", PASSED_ON[language]) in _answers(sender)


# Said already, in more words -----------------------------------------------------------------------------------------

SAID_ALREADY = {"cy": ["dwi di deud yn barod", "wedi deud hynna'n barod", "ti wedi gofyn hwnna yn barod"],
                "en": ["you asked me that already", "you already asked that"]}
NOT_SAID_ALREADY = ["mae hi wedi deud yn barod", "dwi wedi deud wrth y nyrs yn barod",
                    "dwi di deud yn barod fod hi isio mynd adra"]


@pytest.mark.parametrize("text", [t for texts in SAID_ALREADY.values() for t in texts])
def test_said_already_in_these_words(text: str) -> None:
    assert says_it_was_said_already(text)


@pytest.mark.parametrize("text", NOT_SAID_ALREADY)
def test_someone_else_or_more_said_is_not_said_already(text: str) -> None:
    assert not says_it_was_said_already(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_said_already_keeps_the_earlier_answer_and_goes_on(sqlite_url: str, language: str) -> None:
    sender = _sender("said", language)
    dialogue = _at_question(sender, language, "q_keep")
    dialogue.say("Fy ngardd a'r capel" if language == "cy" else "My garden and chapel")
    said = dialogue.say(SAID_ALREADY[language][0])
    assert messages.text("said_already_sorry", language, "chi") in said
    assert dialogue.asking == "q_support"  # on, never asked a third time
    assert ("aside", SAID_ALREADY[language][0]) in _answers(sender)


# Re-trial 33 leftovers -----------------------------------------------------------------------------------------------

CARRY_ON_ASKED = {"cy": "fi'n cario mlan neu? ysgol fi'n poeni fi achos fi'n hwyr lot",  # the re-trial's own words
                  "en": "do i carry on or what? school worries me cos im late loads"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_ag13_asking_whether_to_carry_on_is_answered(sqlite_url: str, language: str) -> None:
    assert questions_about_what_next(CARRY_ON_ASKED[language])[0][0] == "carry_on_yes"
    sender = _sender("ag13", language)
    dialogue = _young_at_strengths(sender, language)
    dialogue.say("mamgu" if language == "cy" else "my nan")
    while dialogue.asking != "q_worries":
        dialogue.say("hepgor" if language == "cy" else "skip")
    reply = dialogue.say(CARRY_ON_ASKED[language])
    assert messages.text("carry_on_yes", language, "ti") in reply
    assert ("worries", CARRY_ON_ASKED[language]) in _answers(sender)
    assert not any("cario" in o or "carry" in o for o in _outcomes(sender))


@pytest.mark.parametrize("text", ["Fi'n ffaelu cario mlan fel hyn", "dw i'n methu cario mlan fel hyn ddim mwy"])
def test_cant_go_on_or_going_on_with_something_is_no_question_to_us(text: str) -> None:
    assert questions_about_what_next(text) == []


NO_THEN_KEEP_FROM = {"cy": "na. paid gweud wrth dad fi wedi gweud plis",  # the re-trial's own words
                     "en": "no. dont tell my dad i said plz"}
ANYTHING_ELSE = {"cy": "## Unrhyw beth arall", "en": "## Anything else"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_ah5_a_bare_no_is_not_listed_under_anything_else(sqlite_url: str, language: str) -> None:
    sender = _sender("ah5", language)
    dialogue = _young_at_strengths(sender, language)
    while dialogue.asking != "q_anything_else":
        dialogue.say("hepgor" if language == "cy" else "skip")
    dialogue.say(NO_THEN_KEEP_FROM[language])
    record = load_record(sender)
    assert record is not None
    summary = render_markdown(record, language)
    section = summary.split(ANYTHING_ELSE[language], 1)[1].split("\n## ", 1)[0]
    first_word = NO_THEN_KEEP_FROM[language].split(".")[0]
    assert f"“{first_word}.”" not in section
    assert "dad" in summary.split(ANYTHING_ELSE[language], 1)[0]  # the request stays at the top


BEING_THERE = {"cy": ("Pnawn, ar ol dau. Ia, dwi isio bod yna", "dwi isio bod yna"),  # the re-trial's own words
               "en": ("after 2 any day but tuesday, yes I want to be there", "I want to be there")}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_ah4_wanting_to_be_at_the_visit_stays_an_outcome(sqlite_url: str, language: str) -> None:
    """Being involved in the visit is how they want support given (a process outcome), as the dev sets' writers mark
    "I'd like to be there if possible, I can do Fridays": kept in their words, never dropped."""
    sender = _sender("ah4", language)
    dialogue = _at_question(sender, language, "q_visit_time")
    text, wish = BEING_THERE[language]
    dialogue.say(text)
    assert ("visit_time", text) in _answers(sender)  # kept as typed
    assert any(wish in outcome for outcome in _outcomes(sender))


@pytest.mark.parametrize("language,text", [("en", "I want to be there for him more"),
                                           ("cy", "dwi isio bod yna iddo fo mwy")])
def test_a_wish_to_be_there_for_someone_stays_an_outcome(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("ah4-wish", language, text)
    dialogue = _at_question(sender, language, "q_visit_time")
    dialogue.say(text)
    assert _outcomes(sender) == [text]
