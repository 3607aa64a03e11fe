"""A name put right while the questions go on is used from then on, and is not taken as an answer.

In the stop 17 trial a carer's "Be? Gareth ydi ei enw fo, nid 'Deudis i'n barod'! 🙈" was stored as his
what-matters answer, and every later question still said "Deudis i'n barod".
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_role


def _sender(*parts: object) -> str:
    return "mem-name-fix-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _carer_at_what_matters(sender: str, language: str, cared_for: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say("dw i'n gofalu am y gŵr" if language == "cy" else "I look after my husband")
    dialogue.say("Eirlys")
    dialogue.say(cared_for)
    while dialogue.asking != "q_what_matters":
        dialogue.say("skip")
    return dialogue


@pytest.mark.parametrize("language,correction", [
    ("cy", "Be? Gareth ydi ei enw fo, nid 'Tomos'! 🙈"), ("cy", "Na, Gareth yw ei enw e"),
    ("cy", "enw fo ydi Gareth"), ("en", "What? His name's Gareth, not Tomos!"), ("en", "call him Gareth"),
    ("cy", "Be? Gareth ydi ei enw fo, nid Tomos, does neb yn ei alw fo'n Tomos! 🙈"),  # second trial: 13 words
])
def test_the_cared_for_name_put_right(sqlite_url: str, language: str, correction: str) -> None:
    sender = _sender("carer", language, correction)
    dialogue = _carer_at_what_matters(sender, language, "Tomos")
    said = dialogue.say(correction)
    assert messages.text("name_corrected", language, "chi", new_name="Gareth") in said
    assert dialogue.asking == "q_what_matters" and "Gareth" in said.split(messages.text(
        "name_corrected", language, "chi", new_name="Gareth"))[1]  # the question again, with his name
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.cared_for_name == "Gareth"
        assert correction not in [a.text for a in conv.answers]


@pytest.mark.parametrize("language,answer", [
    ("cy", "Mae Gareth yn licio mynd i Bwllheli i weld y cychod a chael sglodion ar y prom"),
    ("en", "His name is on the list for the day centre and he wants to go on Tuesdays"),
])
def test_an_answer_that_names_someone_is_an_answer(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("answer", language)
    dialogue = _carer_at_what_matters(sender, language, "Tomos")
    dialogue.say(answer)
    assert dialogue.asking != "q_what_matters"
    assert dialogue.slots["cared_for_name"] == "Tomos"


@pytest.mark.parametrize("language,correction,name", [("en", "call me Jay", "Jay"), ("cy", "galwch fi'n Glen", "Glen")])
def test_their_own_name_put_right(sqlite_url: str, language: str, correction: str, name: str) -> None:
    dialogue = _at_role(_sender("self", language, correction), language)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say("Jayden" if language == "en" else "Glenys")
    while dialogue.asking != "q_what_matters":
        dialogue.say("skip")
    said = dialogue.say(correction)
    # (stop 46, AZ19: a form of their name they like, right after it was taken, is thanked, never apologised for)
    assert messages.text("name_form_taken", language, "chi", new_name=name) in said
    assert dialogue.slots["name"] == name and dialogue.asking == "q_what_matters"
