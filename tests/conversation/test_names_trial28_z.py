"""The sixth trial's name findings (stop 28, Z2, Z7), through the conversation core, in Welsh and English.

Z2: to "who do you look after?" a carer typed "Dai yw'r gŵr, ni 'di bod yn briod 41 mlynedd" and every later question
said "Dai yw'r gŵr". The name said first, then who they are ("Emrys ydi'r gŵr", "Carol is my mum, she's 78") gives
the name, and who they are, so "how are you connected?" is not asked. Z7: "Taid, Robat Williams, ond Taid dan ni'n
ddeud": the name the family use is the one in the questions.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_role
from tests.support.records import stored_conversation

#: (language, what the carer typed, the name the questions use, who they are, words no question may say)
NAMED_FIRST = [
    ("cy", "Dai yw'r gŵr, ni 'di bod yn briod 41 mlynedd", "Dai", "gŵr", "yw'r gŵr"),
    ("cy", "Emrys ydi'r gŵr", "Emrys", "gŵr", "ydi'r gŵr"),
    ("en", "Carol is my mum, she's 78", "Carol", "mum", "is my mum"),
    ("cy", "Mam yw hi, Glenys", "Glenys", "Mam", "yw hi"),
]


def _answered_who(language: str, typed: str) -> tuple[Dialogue, str]:
    dialogue = _at_role(_sender("trial28-z", language, typed), language)
    dialogue.say('/choose{"choice":"carer"}', intent="choose")
    dialogue.say("Sioned")
    assert dialogue.asking == "cared_for_name"
    mark = len(dialogue.conversation.said)
    dialogue.say(typed)
    return dialogue, "\n".join(m.text for m in dialogue.conversation.said[mark:])


@pytest.mark.parametrize("language,typed,name,relation,never", NAMED_FIRST)
def test_a_name_said_before_who_they_are_is_the_name(sqlite_url: str, language: str, typed: str, name: str,
                                                     relation: str, never: str) -> None:
    """Z2: the name alone in the questions, who they are kept, "how are you connected?" not asked, the answer whole."""
    dialogue, after = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name
    assert dialogue.slots["relationship"] == relation
    assert dialogue.asking == "q_what_matters", after
    assert name in after and never not in after
    assert "relationship" not in dialogue.conversation.asked
    assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")


@pytest.mark.parametrize("language,typed", [
    ("cy", "Taid, Robat Williams, ond Taid dan ni'n ddeud"),
    ("en", "Grandad, Robert Williams, but Grandad we call him"),
])
def test_the_name_the_family_use_is_the_name(sqlite_url: str, language: str, typed: str) -> None:
    """Z7: the full name first, then the name they go by: the questions use the one they go by."""
    dialogue, after = _answered_who(language, typed)
    used = typed.split(",", maxsplit=1)[0]
    assert dialogue.slots["cared_for_name"] == used
    assert "Rob" not in after and used in after
    assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")


#: Z4: Sioned looks after her taid; her brother Ifan takes over, saying who he is by his sister's name, and goes on:
#: (language, the takeover, what he says next, the outcome it gives or None for a worry, which gives none).
TAKEOVER_BY_NAME = [
    ("cy", "Ifan sy 'ma rŵan, brawd Sioned.", "Dwi'n meddwl bod Taid ddim yn saff ar ben ei hun yn y nos", None),
    ("cy", "Ifan sy 'ma rŵan, brawd Sioned.", "Mae Taid isio aros yn ei dŷ ei hun efo'i gi",
     "Mae Taid isio aros yn ei dŷ ei hun efo'i gi"),
    ("en", "this is Ifan now, Sioned's brother.", "Taid wants to stay in his own home with his dog",
     "Taid wants to stay in his own home with his dog"),
]


@pytest.mark.parametrize("language,said,view,outcome", TAKEOVER_BY_NAME)
def test_someone_naming_the_carer_takes_over_and_the_rest_is_their_view(sqlite_url: str, language: str, said: str,
                                                                         view: str, outcome: str | None) -> None:
    """Z4: "Ifan sy 'ma rŵan, brawd Sioned. …" is Ifan at the keyboard: acknowledged, the answer kept whole as typed by
    her brother, and "Ifan sy 'ma rŵan" is never an outcome."""
    conversation = MemoryConversation(_sender("trial28-z4", language, view), language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Sioned",
                               "cared_for_name": "Taid", "relationship": "wyres"})
    conversation.start()
    assert conversation.requested == "q_what_matters"
    typed = f"{said} {view}"
    conversation.say(typed)
    register = str(conversation.slots.get("register") or "chi")
    assert messages.text("keyboard_taken_over", language, register, person="Sioned") in conversation.text
    assert conversation.requested == "q_strengths"
    assert repository.hand_at_keyboard(conversation.sender_id) == repository.HandAtKeyboard("brother", "Ifan")
    with session_scope() as s:
        stored = stored_conversation(s, conversation.sender_id)
        answers = [(a.text, a.typed_by, a.typed_by_name) for a in stored.answers if a.question_key == "what_matters"]
        outcomes = [o.text for o in stored.outcomes]
    assert answers == [(typed, "brother", "Ifan")]
    assert outcomes == ([outcome] if outcome else []), outcomes


#: Z3, Y8: whom they look after, told at "what name shall I use for you?": (language, typed, name, who they are).
CARED_FOR_AT_OWN_NAME = [
    ("cy", "Dw i'n gofalu am y gŵr, Emrys, mae o wedi cael strôc fis Medi", "Emrys", "y gŵr"),
    ("en", "hi its me, i look after my mam Carol shes 78 and has dementia", "Carol", "my mam"),
]


@pytest.mark.parametrize("language,typed,name,relation", CARED_FOR_AT_OWN_NAME)
def test_whom_they_look_after_at_the_name_question_is_never_their_own_name(
        sqlite_url: str, language: str, typed: str, name: str, relation: str) -> None:
    """Z3: never "Diolch, Emrys." to Emrys's wife: his name and who he is are kept, her own name is asked once more,
    "who do you look after?" and "how are you connected?" are never asked, and her words are kept as typed."""
    dialogue = _at_role(_sender("trial28-z3", language, typed), language)
    dialogue.say('/choose{"choice":"carer"}', intent="choose")
    assert dialogue.asking == "name"
    mark = len(dialogue.conversation.said)
    dialogue.say(typed)
    after = "\n".join(m.text for m in dialogue.conversation.said[mark:])
    register = str(dialogue.slots.get("register") or "chi")
    assert messages.text("cared_for_at_name_question", language, register, cared_for_name=name) in after
    assert messages.text("nice_to_meet", language, register, name=with_name_capitals(name)) not in after
    assert dialogue.asking == "name"
    assert (dialogue.slots["cared_for_name"], dialogue.slots["relationship"]) == (name, relation)
    dialogue.say("Gwen")
    assert dialogue.slots["name"] == "Gwen"
    assert dialogue.asking == "q_what_matters"
    assert not {"cared_for_name", "relationship"} & set(dialogue.conversation.asked)
    assert typed in repository.answer_texts(dialogue.sender, only="name")
    with session_scope() as s:
        stored = stored_conversation(s, dialogue.sender)
        assert (stored.cared_for_name, stored.relationship_to_person) == (name, relation)
