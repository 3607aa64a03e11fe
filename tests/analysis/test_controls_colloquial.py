"""The start of a real conversation (issue 11): yes, no and a language as people really type them.

Every fixture is a message from the conversation benchmark's dev set or the issue, in both
languages, north and south, text-speak, emoji and punctuation included.
"""
from __future__ import annotations

import pytest

from bot.analysis.controls import control_of, language_request, yes_or_no

WELSH_YES = ["yndi", "yndi 👍", "odi", "Odi wrth gwrs", "ia", "iawn", "ie", "ydy siŵr", "wrth gwrs", "oce", "ocê",
             "iep", "Ydw", "ydw, dw i'n cytuno", "ydi", "yndw", "Oes", "Do", "ia iawn", "Iawn!", "ydy siwr"]
ENGLISH_YES = ["ye", "yh", "yesss", "yep", "yup", "ok", "sure", "go on then", "yeah thats fine", "Yes.", "yeah 👍",
               "okay!!", "👍", "👍🏽", "yes please", "of course", "no worries", "aye go on"]
WELSH_NO = ["na", "nac ydy", "nage", "Nac ydw", "naddo", "Dim diolch", "na diolch", "nac oes", "nag ydw 👎"]
ENGLISH_NO = ["nope", "no ta", "No.", "nah", "no thanks", "nooo", "not really", "👎"]


@pytest.mark.parametrize("text", WELSH_YES + ENGLISH_YES)
def test_yes_forms_are_yes(text: str) -> None:
    assert yes_or_no(text) is True


@pytest.mark.parametrize("text", WELSH_NO + ENGLISH_NO)
def test_no_forms_are_no(text: str) -> None:
    assert yes_or_no(text) is False


@pytest.mark.parametrize("text", ["Kai", "Dorothy", "Megan", "Gwil. pawb yn deud Gwil", "Dad. Gwilym ydi enw fo",
                                  "merch fo dwi", "ok but not about my mum", "ie ond dim am mam",
                                  "do you keep this private?", "I want to go on holiday with my sister", ""])
def test_names_and_answers_are_neither(text: str) -> None:
    """A name is never consent or refusal; a yes with a 'but not' is not a plain yes."""
    assert yes_or_no(text) is None


@pytest.mark.parametrize("text,language", [
    ("cym", "cy"), ("cymraeg plis", "cy"), ("welsh pls", "cy"), ("Cymraeg", "cy"), ("Welsh please", "cy"),
    ("Cymraeg os gwelwch yn dda", "cy"), ("eng", "en"), ("english love", "en"), ("saesneg os gwelwch yn dda", "en"),
    ("English please x", "en"), ("Saesneg plîs", "en"),
])
def test_short_language_choices_are_understood(text: str, language: str) -> None:
    assert control_of(text) == ("choose_language", language)


@pytest.mark.parametrize("text", ["English breakfast on Sundays", "cymraeg yn yr ysgol a saesneg gartre",
                                  "I speak Welsh with my nan", "love", "pls", "x"])
def test_language_words_inside_an_answer_are_not_commands(text: str) -> None:
    assert control_of(text) is None


# --- asking for the other language inside a sentence (stop-18 trial) -------------------------------

@pytest.mark.parametrize("text,language", [
    ("sorry can we do this in english, my welsh is rusty for typing", "en"),
    ("Ok Cymraeg eto plis, sori am hynna 🙈", "cy"),
    ("can we switch to english please", "en"),
    ("could we carry on in Welsh now?", "cy"),
    ("gawn ni neud hyn yn Saesneg plis?", "en"),
    ("nol i’r Gymraeg plis", "cy"),
    ("allwn ni newid i Saesneg?", "en"),
    ("my welsh is a bit rusty sorry", "en"),
    ("mae fy nghymraeg i'n rhydlyd, sori", "en"),
    # stop-19 trial C5: no "in", and the spelling is what is rusty; the worries question was swallowed
    ("sorry can we do english, my welsh spelling is terrible and im typing on my phone on my break", "en"),
    ("sori, gawn ni neud o yn saesneg? dwi ar fy ffon", "en"),
    ("could we speak welsh please", "cy"),
    ("my welsh spelling is rubbish sorry", "en"),
])
def test_a_request_for_the_other_language_inside_a_sentence(text: str, language: str) -> None:
    assert language_request(text) == language


@pytest.mark.parametrize("text", [
    "she would like the carers to speak Welsh with her please",
    "Mam wants to go back to Welsh chapel",
    "siaradwch yn Saesneg efo fo plis, mae o'n drysu",
    "hes going to welsh classes",
    "I can speak welsh with the carer but she can't", "can we do welsh things like chapel on sundays",
    "change to welsh speaking carers",
    "gofalwyr sy'n siarad Cymraeg plis",
    "in welsh please she prefers it for her care",
    "Mam used to teach Welsh in the school in Bala and she still corrects everyone, can we do something about "
    "getting her to the Welsh club again because she misses it so much, it was her whole life really",
])
def test_talk_about_language_is_an_answer(text: str) -> None:
    assert language_request(text) is None
