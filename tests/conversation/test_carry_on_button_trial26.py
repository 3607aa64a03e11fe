"""Third trial W2: /start on Telegram (or the web chat's greeting) mid-conversation gives the welcome-back choice,
"Parhau | Dechrau eto"; pressing Parhau (or Carry on) brought the same welcome-back again, every time, while typing
"parhau" worked. The button's payload carries on with the question waiting, with no second welcome-back (the channels'
own tests: tests/telegram, tests/web/test_chat_controls_trial26.py)."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation import steering
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_tone_stop22 import _at


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("role", ["carer", "young_person"])
def test_the_carry_on_button_goes_on_without_a_second_welcome(sqlite_url: str, language: str, role: str) -> None:
    conversation = _at(language, role, "q_strengths", "w2")
    MemoryTurn(conversation, "").ensure_record()  # a conversation in progress, on the record
    steering.pressed_start_mid_question(MemoryTurn(conversation, "/greet"), "q_strengths")
    register = "ti" if role == "young_person" else "chi"
    welcome_back = messages.text("welcome_back", language, register, role if role == "carer" else None)
    assert welcome_back in "\n".join(m.text for m in conversation.said)
    said_before = len(conversation.said)
    turn = MemoryTurn(conversation, steering.CARRY_ON_PAYLOAD, "continue_conversation")
    assert steering.carry_on_now(turn)  # the questions go on (action_route: the form, the question waiting)
    assert conversation.said[said_before:] == []  # no second welcome-back, no buttons again


@pytest.mark.parametrize("typed", ["parhau", "carry on"])
def test_typing_carry_on_still_welcomes_back(sqlite_url: str, typed: str) -> None:
    conversation = _at("cy" if typed == "parhau" else "en", "carer", "q_strengths", "w2-typed")
    MemoryTurn(conversation, "").ensure_record()
    said_before = len(conversation.said)
    assert steering.carry_on_now(MemoryTurn(conversation, typed, "continue_conversation"))
    assert len(conversation.said) == said_before + 1  # "welcome back, let's carry on where you left off"
