"""Asking to have what they told us deleted (stop-22 trial V20: "alla i ddileu hwn i gyd?" had no answer, and the
read-back's list came again): a short ask in Welsh or English is read as one; deleting something else is not."""
from __future__ import annotations

import pytest

from bot.analysis.about_assistant import DELETE_QUESTION_WORDS, asks_to_delete

ASKS = [
    "alla i ddileu hwn i gyd?",  # the trial's own words (V20)
    "sori, o'n i'n gofyn os alla i ddileu'r cwbl. sa i'n siwr os fi moyn i Brenda wbod bo fi wedi gweud bod fi'n unig",
    "can I delete all this?",
    "how do I delete my answers",
    "i want it all deleted",
    "Can I take back what I said?",
    "can you delete what I said about my brother",
    "ga i ddileu be dwi di sgwennu?",
    "sut ma dileu hwn",
    "dwi isio dileu popeth",
    "allwch chi ddileu fy atebion plis",
    "Alla i ddilëu hwn?",
]

NOT_ASKS = [
    "I deleted my Facebook",
    "he wiped the texts",
    "I want to remove the rugs so she doesn't trip",
    "she can delete her own emails",
    "dwi di dileu fy nghyfrif facebook",
    "I could remove the bath and put a shower in",
    "alla i glirio'r ardd?",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_short_ask_to_delete_is_read_in_either_language(text: str) -> None:
    assert asks_to_delete(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_deleting_something_else_is_not_an_ask(text: str) -> None:
    assert not asks_to_delete(text)


def test_a_long_answer_that_mentions_deleting_is_an_answer() -> None:
    long_answer = ("I want to keep seeing my grandchildren every Sunday and " * 4) + "can I delete all this later?"
    assert len(long_answer.split()) > DELETE_QUESTION_WORDS
    assert not asks_to_delete(long_answer)
