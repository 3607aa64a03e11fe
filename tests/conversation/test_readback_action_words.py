"""The menu for one item at the read-back: its own hint, typed choices read, wording that fits a carer.

In the stop 17 trial "remove it" at the item menu got the read-back's own hint ("Choose 'Yes, send it',
'Change something' or 'Add something'") while the buttons were Move / Change the words / Take it out,
and a carer talking about her husband was offered "Move to: how I'm supported".
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis import analyse
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_readback_typed import _at_the_read_back

WISH = {"cy": "Mae o isio mynd yn ôl i'r côr", "en": "He wants to go back to the choir"}


def _at_the_item_menu(sender: str, language: str) -> MemoryConversation:
    conversation = _at_the_read_back(sender, language, "carer")
    repository.record_answer(sender, question_key="change", question_text="q", text=WISH[language],
                             whose_view="carer", about="person", analysis=analyse(WISH[language]))
    conversation.say("change", "change")
    assert conversation.requested == "readback_item"
    conversation.say("1")
    assert conversation.requested == "readback_action"
    return conversation


@pytest.mark.parametrize("language,words", [("en", "remove it"), ("en", "take it out"), ("cy", "tynnu fo allan"),
                                            ("cy", "ei dynnu allan")])
def test_typed_words_take_the_item_out(sqlite_url: str, language: str, words: str) -> None:
    sender = f"readback-action-{language}-{words.replace(' ', '-')}"
    conversation = _at_the_item_menu(sender, language)
    conversation.say(words)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert [o.removed for o in conv.outcomes if o.text.startswith(WISH[language][:10])] == [True]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_words_not_understood_get_this_menus_hint(sqlite_url: str, language: str) -> None:
    conversation = _at_the_item_menu(f"readback-action-unclear-{language}", language)
    conversation.say("beth?" if language == "cy" else "what?")
    assert messages.text("readback_action_unclear", language, "chi") in conversation.text
    assert messages.text("readback_unclear", language, "chi") not in conversation.text
    assert conversation.requested == "readback_action"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_move_button_fits_a_carer_and_a_person_alike(language: str) -> None:
    titles = [b.title for b in messages.render("readback_action", language, "chi", item="x").buttons]
    assert not [t for t in titles if "I'm supported" in t or "fy nghefnogi" in t], titles
