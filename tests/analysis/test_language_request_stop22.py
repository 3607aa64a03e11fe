"""Stop-22 trial V39: "sori, can we do it in English actually? my Welsh isnt great, I'm a learner" was kept as her
name and Welsh carried on. A request for the other language in a sentence, or saying one's own Welsh (or English)
"isn't great", is a request; somebody else's language is an answer."""
from __future__ import annotations

import pytest

from bot.analysis.controls import language_request


@pytest.mark.parametrize("text,language", [
    ("sori, can we do it in English actually? my Welsh isnt great, I'm a learner", "en"),
    ("can we do it in english actually", "en"),
    ("my Welsh isnt great", "en"),
    ("my welsh isn't very good", "en"),
    ("gawn ni neud hyn yn Gymraeg then", "cy"),
    ("my english is not that good, Cymraeg plis", "cy"),
    ("mae fy nghymraeg i ddim yn grêt", "en"),
])
def test_asking_for_the_other_language_in_a_sentence(text: str, language: str) -> None:
    assert language_request(text) == language


@pytest.mark.parametrize("text", ["His welsh isnt great but he likes to try", "she'd like her carers to speak Welsh",
                                  "Mae Cymraeg Mam ddim yn grêt ers y strôc"])
def test_someone_elses_language_is_an_answer(text: str) -> None:
    assert language_request(text) is None
