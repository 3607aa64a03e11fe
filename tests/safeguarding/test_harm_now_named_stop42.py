"""Stop 42 (found while reviewing help42): someone named, not only "he" / "she", hurting them now ("my dad is hitting
me right now", "mae dad yn fy nharo i rwan") got the standard urgent reply, not "call 999 now" first. The same words
told as a habit, or with no time of now, stay as they were."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.risk.immediacy import happening_now
from tests.safeguarding.test_helplines_stop42 import _young


@pytest.mark.parametrize("text", [
    "my dad is hitting me right now", "my stepdad is hurting me right now", "my dad is hitting me now",
    "mae dad yn fy nharo i rwan", "mae dad yn fy nharo i rŵan", "mae'r gŵr yn fy nharo i nawr",
    "mae fy llystad yn fy mrifo i rwan", "ma'r boi yn fy mwrw i nawr",
])
def test_someone_named_hurting_them_now_is_happening_now(text: str) -> None:
    assert happening_now(text)


@pytest.mark.parametrize("text", [
    "my dad hits me when he drinks", "my dad is hitting me sometimes", "my dad is hitting me",
    "my dad was hitting me last year, now im fine", "mae dad yn fy nharo i weithia",
    "mae'r gŵr yn fy nharo i pan mae o wedi yfed",
])
def test_the_same_words_as_a_habit_or_with_no_time_are_not(text: str) -> None:
    assert not happening_now(text)


@pytest.mark.parametrize("language, text", [
    ("en", "my dad is hitting me right now"), ("cy", "mae dad yn fy nharo i rwan"),
])
def test_a_young_person_hurt_now_is_told_to_call_999_first(sqlite_url: str, language: str, text: str) -> None:
    conversation = _young(language, f"harm-now-named-{text}")
    conversation.say(text)
    assert conversation.text.startswith(messages.text("urgent_now", language, register="ti").strip()[:40])
