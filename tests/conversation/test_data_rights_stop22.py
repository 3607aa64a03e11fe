"""How to delete what they told us, said on the channel they are using (stop-22 trial V20), in both languages."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import data_rights
from tests.conversation.memory import MemoryConversation, MemoryTurn


class ChannelTurn(MemoryTurn):
    """The in-memory turn, on a named channel."""

    def __init__(self, conversation: MemoryConversation, text: str, channel: str) -> None:
        super().__init__(conversation, text)
        self._channel = channel

    @property
    def channel(self) -> str:
        return self._channel


@pytest.mark.parametrize("channel, key", [("webchat", "how_to_delete_webchat"),
                                              ("telegram", "how_to_delete_telegram"),
                                              ("rest", "how_to_delete")])
def test_each_channel_says_its_own_way_to_delete(channel: str, key: str) -> None:
    turn = ChannelTurn(MemoryConversation("data-rights-1"), "can I delete all this?", channel)
    assert data_rights.how_to_delete(turn) == key


@pytest.mark.parametrize("language, text, expected", [
    ("cy", "alla i ddileu hwn i gyd?", "Dileu popeth dw i wedi'i ysgrifennu"),
    ("en", "can I delete all this?", "Delete everything I've written"),
])
def test_the_web_chat_names_its_own_button(language: str, text: str, expected: str) -> None:
    conversation = MemoryConversation("data-rights-2", language=language)
    turn = ChannelTurn(conversation, text, "webchat")
    assert data_rights.answer_delete_question(turn)
    said = conversation.said[-1].text
    assert expected in said
    assert said == messages.text("how_to_delete_webchat", language)


def test_telegram_says_the_command_in_welsh_to_a_young_person() -> None:
    conversation = MemoryConversation("data-rights-3", language="cy")
    conversation.slots["register"] = "ti"
    turn = ChannelTurn(conversation, "ga i ddileu be dwi di sgwennu?", "telegram")
    assert data_rights.answer_delete_question(turn)
    said = conversation.said[-2].text  # (then how to delete the chat from the phone: tenth trial AE14)
    assert "anfona /delete" in said and "Gelli di" in said
    assert "Delete chat" in conversation.said[-1].text


def test_any_other_message_is_left_to_the_conversation() -> None:
    conversation = MemoryConversation("data-rights-4")
    turn = ChannelTurn(conversation, "I deleted my Facebook last year, best thing I did", "webchat")
    assert not data_rights.answer_delete_question(turn)
    assert conversation.said == []
