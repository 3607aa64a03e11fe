"""A name put right at the start of an answer that goes on (stop 20, dev_flow): the name from then on, and the
answer kept whole.

"Oh sorry, actually she's called Meg, not Megan. Nobody calls her Megan. I worry about the nights." was kept as
the worries answer and the summary and every later question still said "Megan" (a wrong name to the end).
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_name_correction import _carer_at_what_matters
from tests.conversation.test_start_never_loops import _at_role


def _sender(*parts: object) -> str:
    return "mem-flow-name-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("language,answer,was,now", [
    ("en", "Oh sorry, actually she's called Meg, not Megan. Nobody calls her Megan. I worry about the nights.",
     "Megan", "Meg"),
    ("cy", "O ie, sori - Meg yw hi, nid Megan. Neb yn galw hi'n Megan. Becso am y nosweithiau fi.", "Megan", "Meg"),
    ("cy", "sori Gwen di enw hi ddim Gwenda. mae hi isio aros efo'i chi", "Gwenda", "Gwen"),
    ("en", "sorry her name's Gwen not Gwenda. she wants to stay with her dog", "Gwenda", "Gwen"),
])
def test_a_name_put_right_before_an_answer(sqlite_url: str, language: str, answer: str, was: str, now: str) -> None:
    sender = _sender("carer", language, answer)
    dialogue = _carer_at_what_matters(sender, language, was)
    said = dialogue.say(answer)
    assert messages.text("name_corrected", language, "chi", new_name=now) in said
    # The next question, with the name put right (in Welsh, as the word before it mutates it: "i Wen", stop 29).
    assert dialogue.asking == "q_strengths" and messages.text("q_strengths", language, "chi", "carer",
                                                             cared_for_name=now) in said.split(messages.text(
        "name_corrected", language, "chi", new_name=now))[1]
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.cared_for_name == now
        assert answer in [a.text for a in conv.answers]  # the answer kept whole, as typed


@pytest.mark.parametrize("language,answer", [
    # Naming someone else, or the name in use, is no correction.
    ("en", "Not Megan's sister, she never visits. Megan likes her garden and the radio."),
    ("cy", "Dim Megan sy'n dewis. Mae hi'n licio'r ardd a'r radio a mynd i'r capel."),
    ("en", "Megan, not the neighbours. She wants to stay at home with her cat."),
])
def test_an_answer_that_names_someone_changes_no_name(sqlite_url: str, language: str, answer: str) -> None:
    dialogue = _carer_at_what_matters(_sender("answer", language, answer), language, "Megan")
    dialogue.say(answer)
    assert dialogue.asking == "q_strengths" and dialogue.slots["cared_for_name"] == "Megan"


@pytest.mark.parametrize("language,answer,name", [
    ("en", "Actually call me Jay, not Jayden. I want to keep playing football.", "Jay"),
    ("cy", "Sori, galwch fi'n Glen, nid Glenys. Dwi isio cadw mynd i'r côr.", "Glen"),
])
def test_their_own_name_put_right_before_an_answer(sqlite_url: str, language: str, answer: str, name: str) -> None:
    dialogue = _at_role(_sender("self", language, answer), language)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say("Jayden" if language == "en" else "Glenys")
    while dialogue.asking != "q_what_matters":
        dialogue.say("skip")
    said = dialogue.say(answer)
    assert messages.text("name_corrected", language, "chi", new_name=name) in said
    assert dialogue.slots["name"] == name and dialogue.asking == "q_strengths"
