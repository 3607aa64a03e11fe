"""Third trial W1: the risk reader's learned model read asking to stop the chat and come back as homelessness (0.61 and
0.64, "please check" flags and duty alerts): "sorry got to go, the paperwork is killing me and dad needs his tea. can I
stop and come back later?" and "no I meant I have to stop now, can I come back later". Those words are guarded
(risk_guards.tsv): the model reads what is left, and a harm told beside them is still read."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


@pytest.mark.parametrize("text", [
    "sorry got to go, the paperwork is killing me and dad needs his tea. can I stop and come back later?",
    "no I meant I have to stop now, can I come back later",
    "no I meant I have to stop now",
    "can I stop and come back later?",
    "sori rhaid i fi fynd, ma dad isio'i de. ga i stopio a dod nôl wedyn?",
    "na i orffen o wedyn, rhaid i fi stopio rwan",
])
def test_asking_to_stop_the_chat_is_no_harm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", [
    "sorry got to go, he hit me again last night. can I stop and come back later?",
    "I have to stop now, I don't want to be alive anymore",
    "rhaid i fi stopio nawr, dw i ddim isio byw",
])
def test_a_harm_beside_them_is_still_read(text: str) -> None:
    assert assess_risk(text).level == "urgent"
