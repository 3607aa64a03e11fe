"""A clear disclosure is urgent at every question: no question's handling lowers it (the sixteenth trial's AR1).

At "is there anything that makes talking easier?" a 14-year-old wrote "…theres this guy from fortnite hes like 19 and
he keeps askin me for pics / i sent him 1 n now he says if i stop hell send them to my school 😭 idk wat to do" and
got "Thanks." and the next question: the learned model was sure it was urgent (p 0.94), but at a set-up question a
reading the rules did not share was lowered to a concern (no urgent reply, no duty alert). The same words at the first
question were urgent with CEOP. Here the disclosure is sent at every question, at consent, who is talking and the name,
at each step of the read-back, while paused, on a break after a disclosure and after carrying on from one, in Welsh
("ti" and "chi") and English, through the real core and SQLite: each time the urgent reply and an alert.
"""
from __future__ import annotations

import itertools

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started

_ids = itertools.count(1)

#: The trial's message, as sent on Telegram (one message, two lines): only the learned model reads it, and is sure.
AR1_EN = ("can i ask u sumthin. theres this guy from fortnite hes like 19 and he keeps askin me for pics\n"
          "i sent him 1 n now he says if i stop hell send them to my school 😭 idk wat to do")
AR1_CY = ("ma 'na foi o fortnite, mae o tua 19 a mae o'n gofyn am lunia ohona i o hyd. nes i yrru un a rŵan mae o'n "
          "deud os dwi'n stopio fydd o'n eu gyrru nhw i'r ysgol")
#: An adult's disclosure the rules read.
ADULT_EN = "My son pushes me around and locks me in my room, I have no food"
ADULT_CY = "Mae fy mab yn fy ngwthio i ac yn cloi'r drws arna i, does gen i ddim bwyd"
#: A first disclosure of another kind, for the messages after an earlier alert.
FIRST = {"en": "I want to kill myself", "cy": "Dw i eisiau lladd fy hun"}

#: (language, role, disclosure): Welsh "ti" (a young person), Welsh "chi" (an adult, a carer) and English.
CASES = [
    ("en", "young_person", AR1_EN),
    ("cy", "young_person", AR1_CY),
    ("en", "person", ADULT_EN),
    ("cy", "person", ADULT_CY),
    ("cy", "carer", ADULT_CY),
]
#: What every urgent reply says (the first, a later one, or one added to the alert): the safeguarding team is told.
TEAM_TOLD = {"en": "safeguarding team", "cy": "tîm diogelu"}
CALM = {"en": "Seeing my friends and going to football", "cy": "Gweld fy ffrindiau a mynd i chwarae pêl-droed"}


def _alerted(sender: str, text: str) -> bool:
    """The message is kept as an urgent flag that raises a duty alert or is added to the alert of its thread."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return any(f.text == text and f.level == "urgent"
                   and (f.alert_status != "not_needed" or f.joined_flag_id is not None) for f in conv.risk_flags)


def _assert_urgent(conversation: MemoryConversation, language: str, disclosure: str, where: str) -> None:
    assert TEAM_TOLD[language] in conversation.text, (where, conversation.text)
    assert _alerted(conversation.sender_id, disclosure), where


def _fresh(language: str, role: str, slots: dict[str, str]) -> MemoryConversation:
    conversation = MemoryConversation(f"ar1-{language}-{role}-{next(_ids)}", language=language)
    if role == "young_person":
        conversation.slots["register"] = "ti"
    conversation.slots.update(slots)
    conversation.start()
    return conversation


def _at(language: str, role: str, slot: str) -> MemoryConversation:
    """A conversation past its start with `slot` waiting: what matters answered calmly, everything else skipped."""
    conversation = started(f"ar1-{language}-{role}-{next(_ids)}", language, role=role, name="Kayleigh")
    while conversation.requested != slot:
        asked = conversation.requested
        assert asked is not None and not asked.startswith("readback"), (slot, asked)
        if asked == "q_what_matters":
            conversation.say(CALM[language])
        else:
            conversation.say("/skip", intent="skip")
    return conversation


def _questions(language: str, role: str) -> list[str]:
    """Every question this speaker is asked after the start, in order."""
    conversation = _at(language, role, "readback")
    return [slot for slot in conversation.asked if slot != "readback"]


@pytest.mark.parametrize("language,role,disclosure", CASES)
def test_urgent_at_every_question(sqlite_url: str, language: str, role: str, disclosure: str) -> None:
    questions = _questions(language, role)
    assert "q_communication" in questions and "q_visit_time" in questions and "q_anything_else" in questions
    for slot in questions:
        conversation = _at(language, role, slot)
        conversation.say(disclosure)
        _assert_urgent(conversation, language, disclosure, slot)


@pytest.mark.parametrize("language,role,disclosure", CASES)
def test_urgent_at_consent_who_is_talking_and_name(sqlite_url: str, language: str, role: str,
                                                   disclosure: str) -> None:
    for slots in ({}, {"consent_choice": "yes"}, {"consent_choice": "yes", "role": role, "completed_by": role}):
        conversation = _fresh(language, role, slots)
        waiting = conversation.requested
        assert waiting in ("consent_choice", "role", "name")
        conversation.say(disclosure)
        _assert_urgent(conversation, language, disclosure, str(waiting))


@pytest.mark.parametrize("language,role,disclosure", CASES)
def test_urgent_at_every_step_of_the_read_back(sqlite_url: str, language: str, role: str, disclosure: str) -> None:
    steps: list[tuple[str, str]] = [("change", "change"), ("1", "1"), ("edit", "edit")]
    for depth in range(len(steps) + 1):
        conversation = _at(language, role, "readback")
        for text, value in steps[:depth]:
            conversation.say(text, value)
        waiting = conversation.requested
        assert waiting == ("readback", "readback_item", "readback_action", "readback_text")[depth]
        conversation.say(disclosure)
        _assert_urgent(conversation, language, disclosure, str(waiting))


@pytest.mark.parametrize("language,role,disclosure", CASES)
def test_urgent_while_paused(sqlite_url: str, language: str, role: str, disclosure: str) -> None:
    conversation = _at(language, role, "q_communication")
    conversation.stop("gotta go" if language == "en" else "rhaid i fi fynd")
    conversation.say(disclosure)
    _assert_urgent(conversation, language, disclosure, "paused")


@pytest.mark.parametrize("language,role,disclosure", CASES)
def test_urgent_after_an_earlier_alert(sqlite_url: str, language: str, role: str, disclosure: str) -> None:
    carry_on, a_break = ("carry on", "take a break") if language == "en" else ("parhau", "seibiant plis")
    for after in (carry_on, a_break):
        conversation = _at(language, role, "q_people")
        conversation.say(FIRST[language])
        assert _alerted(conversation.sender_id, FIRST[language])
        conversation.say(after)
        conversation.say(disclosure)
        _assert_urgent(conversation, language, disclosure, after)
