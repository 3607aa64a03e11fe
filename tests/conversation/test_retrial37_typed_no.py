"""Re-trial 37 (stop 37), AQ1 and AQ2: a typed no to "start again? that clears every answer" in a longer message.

"na na, cadw nhw. sori, bys ar y botwm anghywir" and "no no, keep them. sorry, wrong thing" were kept as the answer
to the question waiting (which was then skipped), the English one as a suicide please-check. A no said first, or
keeping said in words, keeps every answer and asks the question again; a slip of the finger is no harm.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis import analyse
from bot.conversation.steering import said_in_words
from bot.storage import repository
from tests.conversation.test_fix37c_trial37 import AGAIN, _worried_at

#: The re-trial's typed replies, each with its twin in the other language.
TYPED_NO = [
    ("cy", "na na, cadw nhw. sori, bys ar y botwm anghywir"),
    ("en", "no no, keep them. sorry, wrong thing"),
    ("cy", "paid â'u clirio nhw plis"),
    ("en", "don't clear them, I pressed the wrong button"),
]


@pytest.mark.parametrize("language, text", TYPED_NO)
def test_a_typed_no_keeps_every_answer_and_asks_again(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _worried_at(language, "typed-no", text)
    kept = repository.answer_texts(dialogue.sender)
    dialogue.say(AGAIN[language])
    reply = dialogue.say(text)
    assert messages.text("start_again_kept", language) in reply
    assert dialogue.asking == "q_worries"  # the question again, not skipped
    assert repository.answer_texts(dialogue.sender) == kept  # their no is no answer, and nothing went


@pytest.mark.parametrize("language, text", TYPED_NO)
def test_a_slip_of_the_finger_is_no_harm(language: str, text: str) -> None:
    assert analyse(text).risk.level == "none"


@pytest.mark.parametrize("text, said", [
    ("ie, plis, dechrau eto", True), ("yes, clear them", True), ("ydw", True),
    ("yes but keep my answers", False),  # keeping said in words wins: nothing is lost
    ("mae Mair yn poeni am arian", None), ("she worries about money at night", None),  # the answer, not a reply
])
def test_what_counts_as_a_yes_or_a_no(text: str, said: bool | None) -> None:
    assert said_in_words(text) is said


@pytest.mark.parametrize("text", ["i feel like i do everything wrong, i dont want to be here anymore",
                                  "he said i was the wrong one and hit me"])
def test_wrong_beside_harm_is_still_read(text: str) -> None:
    assert analyse(text).risk.level == "urgent"
