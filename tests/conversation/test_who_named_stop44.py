"""AX19 (stop 43 trial): small Welsh slips at "who are we talking about?".

Gwyn named his mother ("mam fi") and was asked "A pha enw hoffech chi i mi ei ddefnyddio ar eu cyfer nhw?" (plural);
a woman is now "ar ei chyfer hi", a man "ar ei gyfer" (the conversation knows no dialect to add "o" or "e"), and
"ar eu cyfer nhw" is kept for when who they are says nothing. Gaynor wrote "fi'n gofalu am y gwr fi, Brian, ma
Parkinson's da fe" and was asked Brian's name again: a name right after the relationship, with the spoken "fi" ("y gwr
fi, Brian", "mam fi, Eirlys"), is the name, as "my husband, Brian" already was. ("Nawr, yn ôl at y cwestiwn hwn" to a
north-Walian stays: the house standard is southern, /work/shared/reference/welsh-review.md.) Through the conversation
core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)


def _after_who(language: str, who: str) -> MemoryConversation:
    conversation = MemoryConversation(f"who-named-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(who)
    if conversation.requested == "name":
        conversation.say("Gwyn")
    return conversation


def _asked(conversation: MemoryConversation) -> str:
    return [line for line in conversation.text.splitlines() if "?" in line][-1]


@pytest.mark.parametrize("language, who, for_them", [
    ("cy", "dwi'n edrych ar ôl mam fi", "Beth yw ei henw hi?"),  # the trial's
    ("cy", "dw i'n gofalu am nain fi", "Beth yw ei henw hi?"),
    ("cy", "fi'n gofalu am wraig fi", "Beth yw ei henw hi?"),
    ("cy", "gofalu am merch fi", "Beth yw ei henw hi?"),
    ("cy", "dwi'n gofalu am Mam", "Beth yw ei henw hi?"),
    ("cy", "dwi'n gofalu am tad fi", "Beth yw ei enw e?"),
    ("cy", "fi'n gofalu am y gwr fi", "Beth yw ei enw e?"),
    ("cy", "dw i'n gofalu am ffrind", "Beth yw eu henw nhw?"),
    ("en", "I look after my mum", "for her?"),
    ("en", "i look after me nan", "for her?"),
    ("en", "I look after my husband", "for him?"),
    ("en", "I look after a friend", "for them?"),
])
def test_the_name_is_asked_for_her_him_or_them(sqlite_url: str, language: str, who: str, for_them: str) -> None:
    conversation = _after_who(language, who)
    assert conversation.requested == "cared_for_name"
    asked = _asked(conversation)
    assert asked.endswith(for_them) or for_them in asked
    # (stop 46, AZ20: the Welsh question is "Beth yw ei enw e?" / "Beth yw ei henw hi?", no longer "ar ei gyfer")
    assert ("eu henw nhw" in asked) == (for_them == "Beth yw eu henw nhw?")


@pytest.mark.parametrize("language, who, name", [
    ("cy", "fi'n gofalu am y gwr fi, Brian, ma Parkinson's da fe", "Brian"),  # the trial's
    ("cy", "dw i'n gofalu am mam fi, Eirlys", "Eirlys"),
    ("cy", "dwi'n edrych ar ôl nain fi, Megan. ma hi'n 90", "Megan"),
    ("cy", "gofalu am wraig fi, Glenys, ma dementia da hi", "Glenys"),
    ("en", "I look after my husband, Brian, he has Parkinsons", "Brian"),
    ("en", "i look after me mam, Eirlys", "Eirlys"),
])
def test_a_name_right_after_who_they_are_is_the_name(sqlite_url: str, language: str, who: str, name: str) -> None:
    conversation = _after_who(language, who)
    assert conversation.slots["cared_for_name"] == name
    assert conversation.requested != "cared_for_name"  # never asked again
    assert "cared_for_name" not in conversation.asked
