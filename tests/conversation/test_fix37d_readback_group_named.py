"""Trial 37 AP4: a read-back correction that names a wish by its words and the group it belongs in, or says a wish was
forgotten and says the wish, is done.

"deud o'n barod, y pub quiz yn y Black Boy nos fercher." (his change) was filed as a keep; at the read-back "ti di
anghofio Mot. dwi isio cadw Mot. a'r pub quiz ydi be dwi isio NEWID, dim cadw" got only "dewiswch 'Ychwanegu rhywbeth'"
and the wrong keep stayed. Now the pub quiz moves to the changes and "dwi isio cadw Mot." is added as a keep. Played
through the conversation core with SQLite (the trial's words, an English twin).
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.readback import numbered_items
from bot.storage import repository
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_readback_typed import _at_the_read_back

QUIZ = {"cy": "deud o'n barod, y pub quiz yn y Black Boy nos fercher.",
        "en": "said it already, the pub quiz at the Black Boy on a Wednesday night."}
CORRECTION = {"cy": "ti di anghofio Mot. dwi isio cadw Mot. a'r pub quiz ydi be dwi isio NEWID, dim cadw",
              "en": "you forgot Mot. I want to keep Mot. and the pub quiz is what I want to CHANGE, not keep"}
KEEP_MOT = {"cy": "dwi isio cadw Mot.", "en": "I want to keep Mot."}
ADD = {"cy": "ychwanegu", "en": "add"}


def _listed(sender: str) -> list[tuple[str, str]]:
    return [(o.text, o.type) for _, o in numbered_items(sender)]


def _quiz_group(sender: str) -> str:
    (quiz,) = [o.type for _, o in numbered_items(sender) if "pub quiz" in o.text and "Black Boy" in o.text]
    return quiz


def _with_quiz_kept(sender: str, language: str) -> MemoryConversation:
    conversation = _at_the_read_back(sender, language, "person")
    conversation.say(ADD[language])
    conversation.say(QUIZ[language])
    (only,) = numbered_items(sender)
    repository.change_outcome_type(sender, only[1].id, "maintenance", corrected_by="person")  # as the trial filed it
    assert _quiz_group(sender) == "maintenance"
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_item_named_moves_to_the_group_and_the_forgotten_wish_is_added(sqlite_url: str, language: str) -> None:
    sender = f"mem-fix37d-ap4-{language}"
    conversation = _with_quiz_kept(sender, language)
    conversation.said.clear()
    conversation.say(CORRECTION[language])
    listed = _listed(sender)
    assert _quiz_group(sender) == "change"
    assert (KEEP_MOT[language], "maintenance") in listed
    assert len(listed) == 2
    assert messages.text("readback_added", language) in conversation.text
    assert messages.text("readback_how_to_add", language, "chi") not in conversation.text
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language,text,group", [
    ("cy", "y pub quiz yw beth dw i moyn ei gadw", "maintenance"),
    ("en", "The pub quiz is something I want to keep", "maintenance"),
    ("en", "the pub quiz is the thing I'd like to change", "change"),
])
def test_a_group_claim_alone_moves_the_item(sqlite_url: str, language: str, text: str, group: str) -> None:
    sender = f"mem-fix37d-ap4-alone-{language}-{group}-{len(text)}"
    conversation = _at_the_read_back(sender, language, "person")
    conversation.say(ADD[language])
    conversation.say(QUIZ[language])
    other = "change" if group == "maintenance" else "maintenance"
    (only,) = numbered_items(sender)
    repository.change_outcome_type(sender, only[1].id, other, corrected_by="person")
    conversation.said.clear()
    conversation.say(text)
    assert _quiz_group(sender) == group and len(_listed(sender)) == 1
    assert messages.text("readback_done", language) in conversation.text


@pytest.mark.parametrize("language,text,added", [
    ("cy", "y bowlio ydi be dwi isio newid", "y bowlio ydi be dwi isio newid"),
    ("en", "the bowls club is what I want to change", "the bowls club is what I want to change"),
])
def test_a_group_claim_naming_no_item_adds_it_in_that_group(sqlite_url: str, language: str, text: str,
                                                            added: str) -> None:
    sender = f"mem-fix37d-ap4-lost-{language}"
    conversation = _with_quiz_kept(sender, language)
    conversation.say(text)
    assert (added, "change") in _listed(sender)
    assert _quiz_group(sender) == "maintenance"


@pytest.mark.parametrize("language,text", [("cy", "ti di anghofio'r ci"), ("en", "you forgot the dog")])
def test_forgotten_without_the_wish_still_says_how_to_add(sqlite_url: str, language: str, text: str) -> None:
    sender = f"mem-fix37d-ap4-forgot-{language}"
    conversation = _with_quiz_kept(sender, language)
    conversation.said.clear()
    conversation.say(text)
    assert messages.text("readback_how_to_add", language, "chi") in conversation.text
    assert len(_listed(sender)) == 1
