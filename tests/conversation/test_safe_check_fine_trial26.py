"""Third trial (stop 26) W12: a 17-year-old told of her nan's boyfriend taking nan's money and shouting; to "are you safe
right now?" she said "ye fi'n fine, ma fe ddim yn neud dim byd i fi. jyst plis paid gweud wrth nan", and the next
message asked "Wyt ti'n ddiogel ar hyn o bryd?" again: "fi'n fine" was not read as fine, "he doesn't do anything to me"
and "don't tell nan" were read as maybe unsafe. Said with harm to themselves, it is still not fine.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import says_they_are_safe
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)

DISCLOSURE = {
    "cy": "sai'n gwbod. moyn i pethe fod yn llai stressful adre. ma boyfriend nan yn cymryd arian nan hi bob wythnos a "
          "ma fe'n gweiddi arni hi pan ma hi'n gweud na",
    "en": "dunno. want things less stressful at home. nans boyfriend takes nans money every week and shouts at her when "
          "she says no",
}
FINE = {"cy": "ye fi'n fine, ma fe ddim yn neud dim byd i fi. jyst plis paid gweud wrth nan",
        "en": "yeah im fine, he doesnt do anything to me. just please dont tell nan"}


@pytest.mark.parametrize("text", [*FINE.values(), "ye fi'n fine", "dwi'n fine diolch"])
def test_fine_and_nothing_done_to_them_is_safe(text: str) -> None:
    assert says_they_are_safe(text)


@pytest.mark.parametrize("text", ["fi'n fine ond ma fe adre nawr", "im fine but he hits me",
                                  "im fine dont tell him, he will hurt me"])
def test_fine_with_harm_or_him_here_is_not(text: str) -> None:
    assert not says_they_are_safe(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_safe_question_is_not_asked_again(sqlite_url: str, language: str) -> None:
    conversation: MemoryConversation = started(f"w12-{language}-{next(_senders)}", language, role="young_person",
                                               name="Cer")
    conversation.say(DISCLOSURE[language])
    asked = [messages.text(key, language, "ti") for key in ("safety_check", "safety_check_again")]
    conversation.say(FINE[language])
    said = conversation.text
    assert not any(question.split("?")[0] in said for question in asked)
