"""Whose view (stop-20 trial T7): the carer giving the person's own words as they would say them is the person's
view passed on, not the carer's ("What dad would say: nothing needs to change, leave me alone")."""
from __future__ import annotations

import pytest

from bot.conversation import answers
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _carer_turn(language: str) -> MemoryTurn:
    conversation = MemoryConversation("whose-words-stop20", language=language)
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Alan"})
    return MemoryTurn(conversation, "")


@pytest.mark.parametrize("language,text,passed_on", [
    ("en", "What dad would say: nothing needs to change, leave me alone", True),
    ("en", "What he'd say: leave me alone, I'm managing", True),
    ("cy", "Be fasa Dad yn ddeud: does dim angen newid dim, gadewch lonydd i fi", True),
    ("cy", "Beth fydde Mam yn weud: sai moyn neb yn dod mewn", True),
    # the carer's own view stays hers
    ("en", "What I think needs to change: the teatime call on time", False),
    ("cy", "Be dwi'n feddwl sydd angen newid: yr alwad amser te ar amser", False),
])
def test_what_they_would_say_is_their_view(language: str, text: str, passed_on: bool) -> None:
    assert answers.passes_on_their_wish(_carer_turn(language), text) is passed_on


@pytest.mark.parametrize("language,text,passed_on", [
    # stop-21 trial U12: what he says or would tell you is his view, passed on by the carer
    ("en", "He'd tell you nothing needs to change, he doesnt need help", True),
    ("en", "He says he's fine", True),
    ("cy", "Fysa fo'n deud wrthach chi does dim angen newid dim, dydi o ddim angen help", True),
    ("cy", "Mae o'n deud bod o'n iawn", True),
    # U40: her expected refusal is her view too
    ("cy", "mi fysa hi'n deud na.", True),
    ("en", "she'd say no if you asked her in front of me.", True),
    # her own judgement stays hers
    ("en", "What I think he needs is someone who comes in a few mornings", False),
    ("cy", "Dwi'n meddwl bod o angen rhywun i ddod i mewn ambell fore", False),
])
def test_what_they_say_is_their_view(language: str, text: str, passed_on: bool) -> None:
    assert answers.passes_on_their_wish(_carer_turn(language), text) is passed_on
