"""The fourteenth trial's AM5 (stop 36, issue 11): "I've stopped bothering to eat properly, what's the point cooking for
one" was a concern alone and nothing in a longer answer (an idiom guard elsewhere silenced the learned model's worry).
Not bothering to eat or cook is a self-neglect concern by rule, in both languages, with look-alikes that stay calm.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, consented_at, risk_flags_quoting

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _carer_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial36d-{language}-{next(_senders)}", language, slot, role="carer", name="Nia",
                        what_matters={"en": "his garden", "cy": "ei ardd"}[language])


# --- AM5: not bothering to eat or cook is a self-neglect concern, in a long answer too --------------------------------

SELF_NEGLECT = [
    "I've stopped bothering to eat properly, what's the point cooking for one",
    "dw i 'di stopio trafferthu bwyta'n iawn",
    "beth yw'r pwynt coginio i un",
    "I can't be bothered cooking anymore, toast mostly",
    "sdim pwynt gneud bwyd i un, tost fel arfer",
]
#: The trial's whole answer: an idiom guard ("I told you already") elsewhere in it silenced the model's worry.
LONG_ANSWER = {
    "en": "I told you already, the shops. on my own. and for someone to actually ring back when they say they will. "
          "and honestly I've stopped bothering to eat properly, what's the point cooking for one. toast mostly",
    "cy": "ddudis i'n barod, y siopau. ar ben fy hun. a bod rhywun yn ffonio'n ôl pan maen nhw'n deud. a deud y gwir, "
          "dw i 'di stopio trafferthu bwyta'n iawn, beth yw'r pwynt coginio i un. tost gan amla",
}
EATS_FINE = [
    "I stopped bothering with the gym, I walk the dog instead",
    "what's the point cooking for one when the pack serves four, so I freeze half",
    "dw i wedi stopio trafferthu efo'r gampfa",
    "he cooks for one most nights and enjoys it",
]


@pytest.mark.parametrize("text", [*SELF_NEGLECT, *LONG_ANSWER.values()])
def test_not_bothering_to_eat_is_a_self_neglect_concern(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "self_neglect" in reading.categories and not reading.please_check


@pytest.mark.parametrize("text", EATS_FINE)
def test_everyday_cooking_and_the_gym_are_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


@LANGS
def test_not_eating_said_in_passing_reaches_the_summary_as_a_concern(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language, "q_carer_own")
    conversation.say(LONG_ANSWER[language])
    flags = risk_flags_quoting(conversation, LONG_ANSWER[language])
    assert flags and all(f["level"] == "concern" and not f["please_check"] for f in flags)
    assert not repository.is_urgent(conversation.sender_id)
