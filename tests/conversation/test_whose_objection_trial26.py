"""Whose view a carer's report of the person's objection or feeling is (third trial, stop 26, W9).

Gwyn, caring for his wife Eirlys, typed "Mynd allan yn amlach, ma hi'n deud bod hi'n teimlo fel carcharor" (filed as
his own view, though he tells what she says) and, among his own needs, "Ond dydi Eirlys ddim isio dieithriaid yn y
tŷ" (filed as his own change: it is her objection). What the person says, passed on by the carer, is the person's
view as the carer passed it on; the carer's own wishes in the same answers stay his.
"""
from __future__ import annotations

import pytest

from bot.conversation import answers, readback
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _stored(sender: str, language: str, slot: str, text: str) -> dict[str, tuple[str, str]]:
    """Store one carer's answer about Eirlys; each outcome's (about, whose_view) by its words."""
    repository.ensure_conversation(sender, channel="rest", team=None)
    repository.update_conversation(sender, language=language, completed_by="carer")
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Eirlys"})
    answers.store_answer(MemoryTurn(conversation, text), slot, text)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return {o.text.rstrip(".,"): (o.about, o.whose_view) for o in conv.outcomes}


@pytest.mark.parametrize("language,text,theirs,his", [
    ("cy", "Noson neu ddwy o seibiant, a rhywun i ddod i mewn yn y nos weithia fel bo fi'n cael cysgu. Ond dydi Eirlys "
           "ddim isio dieithriaid yn y tŷ, felly dwn i'm.",
     "dydi Eirlys ddim isio dieithriaid yn y tŷ", "Noson neu ddwy o seibiant"),
    ("en", "A night or two of respite, and someone to come in at night sometimes so I can sleep. But Eirlys doesn't "
           "want strangers in the house, so I don't know.",
     "Eirlys doesn't want strangers in the house", "someone to come in at night sometimes so I can sleep"),
])
def test_her_objection_among_his_own_needs_is_her_view(sqlite_url: str, language: str, text: str, theirs: str,
                                                      his: str) -> None:
    found = _stored(f"objection-{language}", language, "q_carer_support", text)
    assert found.get(theirs) == ("person", "person"), found
    assert found.get(his) == ("carer", "carer"), found


@pytest.mark.parametrize("language,text", [
    ("cy", "Mynd allan yn amlach, ma hi'n deud bod hi'n teimlo fel carcharor."),
    ("en", "Going out more, she says she feels like a prisoner."),
])
def test_a_wish_with_what_she_says_of_it_is_her_view(sqlite_url: str, language: str, text: str) -> None:
    found = _stored(f"prisoner-{language}", language, "q_change", text)
    assert list(found.values()) == [("person", "person")], found


@pytest.mark.parametrize("language,text,passed_on", [
    # what she says she feels, or does not want: hers, passed on
    ("cy", "Mynd allan yn amlach, ma hi'n deud bod hi'n teimlo fel carcharor.", True),
    ("en", "Going out more, she says she feels like a prisoner.", True),
    ("en", "she says she doesn't want strangers in the house", True),
    ("cy", "mae hi'n deud nad ydi hi isio dieithriaid yn y tŷ", True),
    ("cy", "dydi Eirlys ddim isio dieithriaid yn y tŷ", True),
    # what she says against his wish: his wish, not hers
    ("en", "Help with washing, she says she's fine but she isn't.", False),
    ("cy", "Help efo molchi, ma hi'n deud bod hi'n iawn ond dydi hi ddim.", False),
    ("en", "I want her to go out more, she says she's bored.", False),
])
def test_what_she_says_passed_on(language: str, text: str, passed_on: bool) -> None:
    conversation = MemoryConversation("objection-words", language=language)
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Eirlys"})
    assert answers.passes_on_their_wish(MemoryTurn(conversation, text), text) is passed_on


@pytest.mark.parametrize("text", ["she says she doesn't want strangers in the house",
                                  "he says he'd rather not go to the day centre"])
def test_a_reported_wish_not_to(text: str) -> None:
    assert readback.reports_their_wish(text)
