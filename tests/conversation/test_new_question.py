"""Adding a question is one table row and its wording: shown by adding one here and running a conversation."""
from __future__ import annotations

from bot.conversation.questions import Question
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary import view as summary_view
from tests.conversation.conftest import HOBBIES_ANSWER, SECTION_TITLE, WORDING
from tests.conversation.memory import MemoryConversation


def _answer_everything(conversation: MemoryConversation, answers: dict[str, str]) -> None:
    while conversation.requested and conversation.requested != "readback":
        slot = conversation.requested
        conversation.say(answers.get(slot, "Seeing my sister on Sundays and walking the dog."))


def test_a_new_question_is_asked_kept_verbatim_and_summarised(hobbies_question: Question, sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-hobbies-1", language="en")
    conversation.start()
    assert conversation.requested == "consent_choice"
    conversation.say("yes")
    conversation.say("It's about me")
    conversation.say("Ann")
    asked_before: list[str] = []
    while conversation.requested != hobbies_question.slot:
        assert conversation.requested is not None and conversation.requested != "readback", conversation.asked
        asked_before.append(conversation.requested)
        conversation.say("Seeing my sister on Sundays and walking the dog.")
    assert asked_before[-1] == "q_people"  # asked where its row is
    assert WORDING["en"] in conversation.text
    conversation.say(HOBBIES_ANSWER)
    _answer_everything(conversation, {})
    assert conversation.requested == "readback"

    with session_scope() as s:
        conv = repository.get_conversation(s, "mem-hobbies-1")
        assert conv is not None
        reference = conv.reference
        kept = [(a.question_key, a.question_text, a.text, a.whose_view, a.about) for a in conv.answers
                if a.question_key == hobbies_question.key]
    assert kept == [("hobbies", WORDING["en"], HOBBIES_ANSWER, "person", "person")]

    record = load_record(reference)
    assert record is not None
    view = summary_view.build_view(record, "en")
    keys = [s.key for s in view.sections]
    assert keys.index("hobbies") == keys.index("people") + 1
    section = view.section("hobbies")
    assert section is not None and section.title == SECTION_TITLE["en"]
    assert [i.quote for i in section.items] == [HOBBIES_ANSWER]
    welsh = summary_view.build_view(record, "cy").section("hobbies")
    assert welsh is not None and welsh.title == SECTION_TITLE["cy"]


def test_a_new_question_asks_why_in_welsh_when_a_service_is_named(hobbies_question: Question, sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-hobbies-2", language="cy")
    conversation.start()
    conversation.say("ydw")
    conversation.say("fi")
    conversation.say("Siân")
    while conversation.requested != hobbies_question.slot:
        assert conversation.requested is not None and conversation.requested != "readback"
        conversation.say("Mynd am dro gyda'r ci bob bore.")
    assert WORDING["cy_chi"] in conversation.text
    conversation.say("Cyfeiriad i’r ganolfan ddydd")
    assert conversation.requested == hobbies_question.why_slot
    assert "Cyfeiriad i’r ganolfan ddydd" in conversation.text  # the "why" quotes their words back
