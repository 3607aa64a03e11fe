"""Stop 48, BB16 (trial 47): at "are you safe right now?", after the helplines were listed, "do i have to phone
anyone?" / "oes rhaid i fi ffonio rhywun?" got only the general "what happens next": nobody told them they need not.

Now it is answered honestly (bot/messages/safeguarding.yml, safety_check_answer_phone): no, you do not have to phone
anyone; the numbers are there if you want them; 999 if you are in danger now; the safeguarding team may get in touch,
and sees the safe way to reach you if you gave one. In both languages and both registers. "should i call the police?"
and "do i ring the doctor?" keep their own answers; "do i have to talk to them?" and things said about phoning are no
such question. The trial's words (fictional), north and south Welsh, text-speak.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.safe_check_questions import questions_asked
from tests.conversation.memory import MemoryConversation, started_with_record

pytestmark = pytest.mark.usefixtures("sqlite_url")

ASKED = [
    ("en", "do i have to phone anyone?"),  # the trial's
    ("cy", "oes rhaid i fi ffonio rhywun?"),  # the trial's (north)
    ("cy", "oes raid i mi ffonio rhywun?"),  # north (new)
    ("cy", "os rhaid i fi ffono rhywun?"),  # south (new)
    ("cy", "ddylwn i ffonio un o'r rhifau na?"),  # (new)
    ("cy", "ydw i fod i ffonio rhywun?"),  # (new)
    ("en", "do i need to ring someone"),  # (new)
    ("en", "have i got to call one of them numbers??"),  # (new)
    ("en", "do i hafta call any1"),  # text-speak (new)
    ("en", "am i supposed to phone them?"),  # (new)
    ("en", "should i ring someone?"),  # (new)
]


@pytest.mark.parametrize("language, question", ASKED)
def test_the_question_is_read_as_asking_whether_they_must_phone(language: str, question: str) -> None:
    assert questions_asked(question) == ["phone"]


@pytest.mark.parametrize("said, kinds", [
    ("should i call the police?", ["police"]),
    ("do i have to ring the doctor?", ["doctor"]),
    ("ddylwn i ffonio'r heddlu?", ["police"]),
    ("do i have to talk to them?", []),
    ("i phoned my nan last night", []),
    ("i have to phone my mum at 6", []),
    ("dwi'n ffonio mam bob nos", []),
    ("will they ring my mum?", ["tell_someone"]),
])
def test_look_alikes_keep_their_own_answers(said: str, kinds: list[str]) -> None:
    """The false-alarm side: a question of another kind keeps its own answer, and phoning told of is no question."""
    assert questions_asked(said) == kinds


def _sender(*parts: object) -> str:
    return "mem-flow48-bb16-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (language, the disclosure, the question at the check)
AT_THE_CHECK = [
    ("en", "my stepdad hits me when hes drunk", "do i have to phone anyone?"),
    ("cy", "mae llysdad yn fy nharo i pan mae o wedi meddwi", "oes rhaid i fi ffonio rhywun?"),
    ("cy", "ma llysdad yn bwrw fi pan ma fe'n feddw", "os rhaid i fi ffono rhywun?"),
]


@pytest.mark.parametrize("role", ["young_person", "person"])
@pytest.mark.parametrize("language, disclosure, question", AT_THE_CHECK)
def test_the_safe_check_answers_it_honestly(language: str, disclosure: str, question: str, role: str) -> None:
    conversation: MemoryConversation = started_with_record(_sender(language, disclosure, question, role), language,
                                                           role=role, name="Cai")
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(disclosure, seconds_since_asked=25.0)
    conversation.say(question, seconds_since_asked=30.0)
    register = "ti" if role == "young_person" else "chi"
    answer = messages.text("safety_check_answer_phone", language, register)
    assert answer in conversation.text
    assert messages.text("safety_check_questions", language, register) not in conversation.text
    assert "999" in answer and ("ffonio neb" if language == "cy" else "don't have to phone anyone") in answer


@pytest.mark.parametrize("question", [
    "do i need to call an ambulance?", "do i have to call 999?", "oes rhaid i fi ffonio ambiwlans?",
    "should i call the ambulance", "dylwn i ffonio 999?", "do i have to ring 111",
])
def test_a_question_about_phoning_for_emergency_help_is_never_answered_no(question: str) -> None:
    """Review 48 S2: "do i need to call an ambulance?" after "my mum took all her tablets and wont wake up" was answered
    "No, you don't have to phone anyone". Its answer says to call 999 now."""
    assert questions_asked(question) == ["emergency"]
    for language, register in (("cy", "chi"), ("cy", "ti"), ("en", "chi"), ("en", "ti")):
        answer = messages.text("safety_check_answer_emergency", language, register)
        assert "999" in answer and "No" not in answer and "Nac oes" not in answer
