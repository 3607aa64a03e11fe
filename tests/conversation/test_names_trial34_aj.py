"""Names, twelfth trial (stop 34, issue 11): AJ4 and AJ5. A wrong name is in every later question and the summary.

- AJ4: "Fy enw yw Mrs Gwenllian Morgan. Gelwch fi yn Mrs Morgan, os gwelwch yn dda." was greeted "Diolch, Mrs
  Gwenllian." ("Gelwch fi yn" was not read as "call me"; alone it gave "Gelwch"). Her correction at the next question,
  "Mrs Morgan, nid Mrs Gwenllian. Diwrnod da i mi yw…", changed nothing and was kept as something to keep.
- AJ5: "Gareth. this is Jo his support worker typing, Gareth says call him Gaz" got "Thank you, Gareth.".

Through the conversation core (the web chat and Telegram share it) with SQLite, Welsh and English; the words are
fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from bot.conversation.about_you import name_in
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_derail_stop29 import WHO, _named
from tests.conversation.test_start_never_loops import _at_role

#: (language, the answer to "what name shall I use?", the name to use: the one they ask to be called by)
CALL_ME = [
    ("cy", "Fy enw yw Mrs Gwenllian Morgan. Gelwch fi yn Mrs Morgan, os gwelwch yn dda.", "Mrs Morgan"),
    ("cy", "Gelwch fi yn Mrs Morgan, os gwelwch yn dda.", "Mrs Morgan"),
    ("cy", "Gwenllian Morgan. Galw fi yn Gwen", "Gwen"),
    ("cy", "galwa fi'n Gwen", "Gwen"),
    ("cy", "Gwenllian Morgan ydw i. Mrs Morgan fydd yn iawn.", "Mrs Morgan"),
    ("cy", "Gwenllian Morgan. Dwedwch Gwen.", "Gwen"),
    ("en", "My name is Mrs Gwenllian Morgan. Please call me Mrs Morgan.", "Mrs Morgan"),
    ("en", "Gwenllian Morgan. Mrs Morgan is fine.", "Mrs Morgan"),
    ("en", "Gwenllian Morgan, just Mrs Morgan", "Mrs Morgan"),
    ("en", "Gwenllian. Just Gwen.", "Gwen"),
]


@pytest.mark.parametrize("language, typed, name", CALL_ME)
def test_the_name_they_ask_to_be_called(sqlite_url: str, language: str, typed: str, name: str) -> None:
    assert name_in(typed, own=True) == name
    stored, slot, after = _named(language, "person", typed)
    assert stored == name and slot == name
    assert messages.text("nice_to_meet", language, "chi", name=with_name_capitals(name)) in after


#: (language, who types, the person's name passed on by whoever types for them, the name to use)
PASSED_ON = [
    ("en", "person", "Gareth. this is Jo his support worker typing, Gareth says call him Gaz", "Gaz"),
    ("en", "person", "Gareth says call him Gaz", "Gaz"),
    ("en", "young_person", "its his mum typing, he wants to be called Gaz", "Gaz"),
    ("cy", "person", "Gareth. Jo sy'n teipio, ei weithiwr cymorth. Mae Gareth yn deud galwch o'n Gaz", "Gaz"),
    ("cy", "person", "Gareth, mae o isio cael ei alw'n Gaz", "Gaz"),
]


@pytest.mark.parametrize("language, role, typed, name", PASSED_ON)
def test_the_name_passed_on_by_whoever_types(sqlite_url: str, language: str, role: str, typed: str,
                                             name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("nice_to_meet", language, register, name=with_name_capitals(name)) in after


def _sender(*parts: object) -> str:
    return "mem-names34-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_what_matters(sender: str, language: str, typed_name: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say(WHO[language, "person"])
    dialogue.say(typed_name)
    while dialogue.asking != "q_what_matters":
        dialogue.say("skip")
    return dialogue


def _answers(sender: str) -> list[tuple[str, list[str]]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.text, [o.text for o in a.outcomes]) for a in conv.answers]


#: (language, the name first given, the correction at a later question, the name to use, an outcome of the answer
#: after it: "" when the message is only the correction, None when the answer after it holds none)
CORRECTIONS: list[tuple[str, str, str, str, str | None]] = [
    ("cy", "Fy enw yw Mrs Gwenllian Morgan.",  # the trial's message
     "Mrs Morgan, nid Mrs Gwenllian. Diwrnod da i mi yw codi yn fy amser fy hun, darllen y Beibl, a myned i'r capel "
     "ar y Sul.", "Mrs Morgan", None),
    ("cy", "Fy enw yw Mrs Gwenllian Morgan.",
     "Mrs Morgan, nid Mrs Gwenllian. Yr wyf am aros yn fy nghartref fy hun a myned i'r capel ar y Sul.", "Mrs Morgan",
     "Yr wyf am aros yn fy nghartref fy hun"),
    ("en", "My name is Mrs Gwenllian Morgan.",
     "It's Mrs Morgan, not Mrs Gwenllian. A good day is getting up in my own time and going to chapel on Sunday.",
     "Mrs Morgan", "going to chapel on Sunday"),
    ("cy", "Fy enw yw Mrs Gwenllian Morgan.", "Mrs Morgan, nid Mrs Gwenllian.", "Mrs Morgan", ""),
    ("en", "My name is Mrs Gwenllian Morgan.", "It's Mrs Morgan, not Mrs Gwenllian", "Mrs Morgan", ""),
]


@pytest.mark.parametrize("language, first, correction, name, answer", CORRECTIONS)
def test_a_name_put_right_at_a_later_question(sqlite_url: str, language: str, first: str, correction: str,
                                              name: str, answer: str | None) -> None:
    sender = _sender(language, correction)
    dialogue = _at_what_matters(sender, language, first)
    assert dialogue.slots["name"] == "Mrs Gwenllian"  # (what "Fy enw yw…" alone gives: the first name and title)
    said = dialogue.say(correction)
    assert messages.text("name_corrected", language, "chi", new_name=name) in said
    assert dialogue.slots["name"] == name and dialogue.record().display_name == name
    outcomes = [o for text, found in _answers(sender) for o in found]
    assert not any("Gwenllian" in o for o in outcomes)  # the correction is never an outcome
    if answer != "":  # the rest of the message is the answer to the question
        assert dialogue.asking != "q_what_matters"
        assert correction in [text for text, _ in _answers(sender)]
        assert answer is None or any(answer in o for o in outcomes)
    else:  # only the correction: the same question again, with the name
        assert dialogue.asking == "q_what_matters" and correction not in [text for text, _ in _answers(sender)]
