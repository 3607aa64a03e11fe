"""The speaker's own name (second stop-25 trial, V4).

A support worker answered "what name shall I use for you?" with "Dave (support worker). The person is Michael, he
likes Mikey" and was thanked as "Mikey" to the end; an English carer coming back with "hi its me again" was "Thank
you, again.". What is said of someone else is never the speaker's name, and coming back is no name.
"""
from __future__ import annotations

import pytest

from bot.conversation.about_you import name_in


@pytest.mark.parametrize("text,name", [
    ("Dave (support worker). The person is Michael, he likes Mikey", "Dave"),
    ("Sian. Mam ydi Eirlys, mae hi'n licio Eirl", "Sian"),
    ("Hi, I'm Sarah", "Sarah"),
    ("fy enw i yw Sian", "Sian"),
    ("call me Jo x", "Jo"),
])
def test_the_speakers_own_name(text: str, name: str) -> None:
    assert name_in(text, own=True) == name


@pytest.mark.parametrize("text", ["hi its me again", "its me again", "fi sy 'ma eto"])
def test_coming_back_is_no_name(text: str) -> None:
    assert name_in(text, own=True) == ""


def test_the_name_someone_else_likes_is_still_theirs_when_asked_about_them() -> None:
    assert name_in("Michael, he likes Mikey") == "Mikey"
