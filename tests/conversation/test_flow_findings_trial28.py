"""Fifth trial flow findings Y5, Y6, Y8, Y13, through the conversation core, in Welsh (north and south) and English.

Y6: a bare "pam" / "pam?" / "why?" was taken as an answer ("Pam – neis", "Iawn, diolch am hynna"; "pam" under
Strengths). Y5: "fedra i newid be ddeudis i?" (north) was kept as an answer, and "Dwisio newid be ddeudis i gynt am y
côr - nos Fercher…" became a carer's wish to change; the southern and English forms were understood. Y8 / Y13: who
they look after, said before the question ("i look after my lad Callum", "Dw i'n gofalu am y wraig, Glenys"), was
asked again; the cared-for name question had no Skip.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.conversation.test_tone_stop22 import _at


def _sender(*parts: object) -> str:
    return "mem-t28-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcome_texts(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [o.text for o in conv.outcomes] if conv else []


#: Y6: the trial's bare "why" and new ones of the same kind, north and south Welsh and English.
WHY = [("cy", "pam"), ("cy", "pam?"), ("cy", "Pam??"), ("cy", "pam ti isio gwbod"), ("cy", "pam chi moyn gwybod?"),
       ("en", "why?"), ("en", "y tho"), ("en", "why tho"), ("en", "why do u wanna know")]


@pytest.mark.parametrize("slot", ["q_what_matters", "q_strengths"])
@pytest.mark.parametrize("language, why", WHY)
def test_a_bare_why_is_answered_and_the_question_asked_again(sqlite_url: str, language: str, why: str,
                                                             slot: str) -> None:
    conversation = _at(language, "young_person", slot, "y6", why)
    conversation.say(why)
    assert messages.text("why_we_ask", language, "ti") in conversation.text  # why we ask this
    assert conversation.requested == slot  # and the same question again
    assert conversation.slots.get(slot) is None  # never the answer
    assert why not in repository.answer_texts(conversation.sender_id, only=slot)
    assert not any(why.lower() in o.lower() for o in _outcome_texts(conversation.sender_id))  # nor an outcome


@pytest.mark.parametrize("language, answer", [("cy", "pam lai, dwi'n licio pêl-droed"), ("en", "why not, footy")])
def test_an_answer_that_starts_with_why_is_still_an_answer(sqlite_url: str, language: str, answer: str) -> None:
    conversation = _at(language, "young_person", "q_what_matters", "y6-answer", answer)
    conversation.say(answer)
    assert conversation.slots["q_what_matters"] == answer


#: Y5: asking to change an earlier answer, north (the trial's), south and English.
CHANGE = [("cy", "fedra i newid be ddeudis i?"), ("cy", "ga i newid be ddeudis i"),
          ("cy", "dwisio newid be ddeudis i gynt am y côr"), ("cy", "alla i newid beth wedes i?"),
          ("en", "can i change what i said earlier?"),
          ("cy", "Dwisio newid be ddeudis i gynt am y côr - nos Fercher ydi o bob wythnos, dim nos Iau fel nes i ddeud"),
          ("en", "can i change what i said about the choir, its on wednesdays not thursdays like i said before ok")]


@pytest.mark.parametrize("language, change", CHANGE)
def test_asking_to_change_an_earlier_answer_is_never_the_answer(sqlite_url: str, language: str, change: str) -> None:
    conversation = _at(language, "carer", "q_change", "y5", change)
    conversation.say(change)
    assert messages.text("go_back", language, "chi", "carer") in conversation.text  # they can change it at the end
    assert conversation.requested == "q_change" and conversation.slots.get("q_change") is None
    assert change not in repository.answer_texts(conversation.sender_id, only="q_change")
    assert change not in _outcome_texts(conversation.sender_id)


def _at_who(language: str, *parts: object) -> MemoryConversation:
    conversation = MemoryConversation(_sender(language, *parts), language=language)
    conversation.slots["consent_choice"] = "yes"
    MemoryTurn(conversation, "").ensure_record()
    conversation.start()
    assert conversation.requested == "role"
    return conversation


#: Y8 / Y13: who they look after given in the answer to "who is talking?", with the name and how they are connected.
TOLD = [("en", "its me, i look after my lad Callum hes 19 and autistic. on my phone sorry for typos", "Callum",
         "my lad"),
        ("cy", "Dw i'n gofalu am y wraig, Glenys", "Glenys", "y wraig"),  # north
        ("cy", "Fi sy 'ma, wi'n gofalu am y gŵr, Dai", "Dai", "y gŵr"),  # south
        ("en", "I look after the wife, Sandra. She had a stroke", "Sandra", "the wife")]


@pytest.mark.parametrize("language, told, name, relation", TOLD)
def test_who_they_look_after_told_at_the_start_is_not_asked_again(sqlite_url: str, language: str, told: str,
                                                                  name: str, relation: str) -> None:
    conversation = _at_who(language, "y8", told)
    conversation.say(told)
    assert conversation.slots["role"] == "carer"
    asked = [conversation.requested]
    while conversation.requested in ("name",):
        conversation.say("Steve" if language == "en" else "Gwyn")
        asked.append(conversation.requested)
    assert conversation.slots["cared_for_name"] == name
    assert conversation.slots["relationship"] == relation
    assert "cared_for_name" not in asked and "relationship" not in asked
    assert conversation.requested == "q_what_matters"


@pytest.mark.parametrize("language, first, name", [
    ("en", "hi, i look after my lad Callum", "Callum"), ("cy", "helo, dw i'n gofalu am y wraig, Glenys", "Glenys")])
def test_who_they_look_after_in_the_first_message_counts_when_the_button_is_pressed(
        sqlite_url: str, language: str, first: str, name: str) -> None:
    """The first message, before the languages were offered, named them; then "I look after someone" was pressed."""
    conversation = _at_who(language, "y8-first", first)
    conversation.messages.insert(0, first)
    conversation.say('/choose{"choice":"carer"}', value="carer")
    assert conversation.slots["cared_for_name"] == name
    conversation.say("Steve")
    assert conversation.requested == "q_what_matters"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_cared_for_name_question_offers_skip(sqlite_url: str, language: str) -> None:
    conversation = _at_who(language, "y13-skip")
    conversation.say('/choose{"choice":"carer"}', value="carer")
    conversation.say("Steve")
    assert conversation.requested == "cared_for_name"
    buttons = [b for m in conversation.said[-1:] for b in m.buttons]
    assert [b.payload for b in buttons] == ["/skip"]
    assert buttons[0].title == ("Hepgor" if language == "cy" else "Skip")
    conversation.say("/skip", intent="skip")
    assert conversation.requested not in (None, "cared_for_name")  # they go on without naming them
