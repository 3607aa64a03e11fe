"""Trial 37 AP14: how often, said after a wish, is part of it; a word about a voice note is no outcome.

"isio amser i fynd i rugby training. like 2 nos yr wythnos. …" was cut so that "like 2 nos yr wythnos." was a change of
its own; "soz that was meant to be a voice note." was an outcome. The trial's words and a twin in the other language.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse

RUGBY = {
    "cy": ("isio amser i fynd i rugby training. like 2 nos yr wythnos. os oes rhywun yn gallu helpu gyda mam a twins ar "
           "y nosweithiau na", "isio amser i fynd i rugby training. like 2 nos yr wythnos."),  # the trial's words
    "en": ("I want time to go to rugby training. like 2 nights a week. if someone could help with mum and the twins on "
           "those nights", "I want time to go to rugby training. like 2 nights a week."),
}
VOICE_NOTE = {
    "en": ("soz that was meant to be a voice note. basically mam needs help more than me tbh.", "voice note"),
    "cy": ("sori, hwnna oedd i fod yn neges llais. jyst mam sydd angen help mwy na fi.", "neges llais"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_how_often_joins_the_wish_before_it(language: str) -> None:
    text, wish = RUGBY[language]
    found = [o.text for o in analyse(text, question="change").outcomes]
    assert wish in found
    assert not any(o.lower().startswith("like 2") for o in found)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_word_about_a_voice_note_is_no_outcome(language: str) -> None:
    text, words = VOICE_NOTE[language]
    found = [o.text for o in analyse(text, question="anything_else").outcomes]
    assert found and not any(words in o for o in found)

