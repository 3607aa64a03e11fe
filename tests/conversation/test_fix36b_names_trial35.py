"""Names, fifth trial (stop 35, issue 11) AK8: a carer's answers about whom she looks after were not heard.

- "Dad. mae o'n 81 ac yn byw ar ben ei hun yn Pwllheli…" at "who do you look after? what name shall I use?" was taken
  as a long answer and the question came again; its first sentence says who he is.
- "Sioned. hogan fo ydw i" said how she is connected ("his girl", his daughter), yet she was asked it again.
- "o, Gwilym ydi enw fo gyda llaw, …" typed at a later question was ignored: the summary had no name for him. A name
  given later fills the name when none is known, never over a known one, never from words about someone else.

Through the conversation core (the web chat and Telegram share it) with SQLite and the summary; the words are
fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.conversation.about_you import own_relation_in
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, started_with_record


def _sender(*parts: object) -> str:
    return "mem-fix36b-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _carer_at_their_name(language: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, *parts), language, role="carer", name="Sioned")
    conversation.start()
    assert conversation.requested == "cared_for_name"
    return conversation


WHO_FIRST = {
    "cy": "Dad. mae o'n 81 ac yn byw ar ben ei hun yn Pwllheli, dwi'n byw rownd y gornel",  # the trial's words
    "en": "Dad. he's 81 and lives on his own in Pwllheli, I live round the corner",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_who_he_is_then_more_answers_the_question(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_their_name(language, "who-first")
    conversation.say(WHO_FIRST[language])
    assert conversation.requested != "cared_for_name"  # answered: the question is not put again
    assert conversation.slots["relationship"] == "Dad"
    assert messages.text("cared_for_long_answer", language) not in conversation.text


@pytest.mark.parametrize("typed", ["Sioned. hogan fo ydw i", "hogan hi dw i", "hogyn fo dwi"])
def test_his_girl_is_how_she_is_connected(typed: str) -> None:
    assert own_relation_in(typed) is not None


#: (language, the answer given at a later question, the name in it)
LATER = [
    ("cy", "o, Gwilym ydi enw fo gyda llaw, Gwil mae pawb yn ei alw fo. mae Gwil yn dal i fynd i'r capel ar y Sul efo "
           "fi, ac mae Dylan drws nesa yn picio mewn bob dydd.", "Gwilym"),  # the trial's words
    ("cy", "enw fo ydi Gwilym. mae o'n dal i fynd i'r capel ar y Sul efo fi.", "Gwilym"),
    ("cy", "Menna yw ei henw hi gyda llaw. Mae hi'n mwynhau'r côr bob nos Iau.", "Menna"),
    ("en", "oh, his name's Gwilym by the way, everyone calls him Gwil. He still goes to chapel on a Sunday with me.",
     "Gwilym"),
    ("en", "She's called Menna. She loves the choir on a Thursday night.", "Menna"),
]


def _carer_at_what_matters(language: str, cared_for: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, cared_for, *parts), language, role="carer", name="Sioned")
    conversation.slots.update({"cared_for_name": cared_for, "relationship": "Dad"})
    repository.update_conversation(conversation.sender_id, relationship_to_person="Dad",
                                   cared_for_name=None if cared_for in ("__skipped__", "Dad") else cared_for)
    conversation.start()
    assert conversation.requested == "q_what_matters"
    return conversation


@pytest.mark.parametrize("language, typed, name", LATER)
@pytest.mark.parametrize("known", ["__skipped__", "Dad"])
def test_a_name_given_later_fills_the_name(sqlite_url: str, language: str, typed: str, name: str,
                                           known: str) -> None:
    conversation = _carer_at_what_matters(language, known, typed)
    conversation.say(typed)
    assert conversation.slots["cared_for_name"] == name
    assert messages.text("cared_for_name_noted", language, new_name=name) in conversation.text
    assert conversation.requested != "q_what_matters"  # the answer is kept as the answer
    record = load_record(conversation.sender_id)
    assert record is not None and record["cared_for_name"] == name
    assert any(a["text"] == typed for a in record["answers"])


@pytest.mark.parametrize("language, typed, name", LATER)
def test_a_name_given_later_never_replaces_a_known_one(sqlite_url: str, language: str, typed: str,
                                                       name: str) -> None:
    conversation = _carer_at_what_matters(language, "Idris", typed)
    conversation.say(typed)
    assert conversation.slots["cared_for_name"] == "Idris"
    assert messages.text("cared_for_name_noted", language, new_name=name) not in conversation.text


@pytest.mark.parametrize("language, typed", [
    ("cy", "mae fy mrawd yn cymryd ei bensiwn o bob wsnos. Huw ydi enw fo. mae Dad isio aros adra."),
    ("en", "my brother takes his pension every week. His name's Huw. Dad wants to stay at home."),
])
def test_never_the_name_of_someone_else(sqlite_url: str, language: str, typed: str) -> None:
    conversation = _carer_at_what_matters(language, "__skipped__", typed)
    conversation.say(typed)
    assert conversation.slots["cared_for_name"] != "Huw"
    assert "Huw" not in conversation.text
