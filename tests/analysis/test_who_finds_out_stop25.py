"""Someone named finding out is a question about who sees what they write (stop-25 trial U8).

"will Mark find out about this?", from a woman whose partner checks her phone, got "Thank you, I've noted that." and
then the read-back; "will my mum see this??" had been answered well. bot.analysis.about_assistant now reads both.
"""
from __future__ import annotations

import pytest

from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, asks_who_sees


@pytest.mark.parametrize("text", [
    "will Mark find out about this?",
    "ok. will Mark find out about this?",
    "could Dad ever find out what I said",
    "fydd Mark yn cael gwybod am hyn?",
    "ydy Dylan yn cael gwybod mod i wedi deud?",
])
def test_someone_named_finding_out_is_asked_and_answered(text: str) -> None:
    assert asks_about_assistant(text) is not None and asks_who_sees(text)
    assert about_assistant_reply(text)


@pytest.mark.parametrize("text", [
    "I want to find out about groups near me",
    "will it help me find out about benefits?",
    "he will find out about it eventually, he always does",
    "dwi isio cael gwybod am y grwpiau yn y dre",
])
def test_finding_out_about_other_things_is_not(text: str) -> None:
    assert not asks_who_sees(text)
