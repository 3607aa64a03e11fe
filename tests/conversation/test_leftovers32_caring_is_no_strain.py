"""Saying whom you care for, at "who is talking?", is not carer strain (stop 32, re-trial 31 AD6).

"dwi'n gofalu am Dad, mae o'n byw efo fi ers iddo fo gael strôc llynedd a wedyn y dementia", the bare answer to "who
is talking?", was flagged as carer strain (the learned model alone). There, a carer-strain reading only the model
makes is who they are; strain the rules read ("dw i'n methu ymdopi", "I'm not coping") is still flagged. Through the
conversation core and SQLite, Welsh (north and south) and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_start_never_loops import _at_role, _sender


def _flags(sender: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        return [(f.level, f.categories or "") for f in conv.risk_flags] if conv else []


@pytest.mark.parametrize("language, who", [
    ("cy", "dwi'n gofalu am Dad, mae o'n byw efo fi ers iddo fo gael strôc llynedd a wedyn y dementia"),  # re-trial
    ("cy", "fi'n edrych ar ôl Dad, mae e'n byw gyda fi ers iddo fe gael strôc llynedd a wedyn y dementia"),
    ("en", "I look after Dad, he lives with me since he had a stroke last year and then the dementia"),
])
def test_saying_whom_you_care_for_raises_no_flag(sqlite_url: str, language: str, who: str) -> None:
    sender = _sender("l32-strain", language, who)
    dialogue = _at_role(sender, language)
    dialogue.say(who)
    assert dialogue.slots["role"] == "carer"
    assert _flags(sender) == []


@pytest.mark.parametrize("language, who", [
    ("cy", "dwi'n gofalu am Dad ar fy mhen fy hun a dw i'n methu ymdopi"),
    ("en", "I look after Dad on my own and I'm not coping"),
])
def test_strain_said_at_who_is_talking_is_still_flagged(sqlite_url: str, language: str, who: str) -> None:
    sender = _sender("l32-strain-kept", language, who)
    dialogue = _at_role(sender, language)
    dialogue.say(who)
    assert any("carer_strain" in categories for _, categories in _flags(sender))
