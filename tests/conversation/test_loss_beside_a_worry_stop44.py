"""AX24 (stop 43's trial, task risk44): a son's long answer told of his mother out on the street at night, with "ma Dad
di marw ers 6 mlynadd" in it, and heard only "Mae'n ddrwg iawn gen i glywed am eich colled chi". A worry read in the
same answer is heard first; the condolence follows only for a death not long past. A loss told alone is heard as
before (test_loss_ack_stop26). Fictional words after the trial's, both languages, north and south."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.loss import loss_long_ago, tells_of_a_loss
from bot.conversation.safety import read_risk
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_disclosure_resume import _conversation, _skip_to

#: A father dead years ago, named in an answer about a worry for the mother.
LONG_AGO_WITH_A_WORRY = {
    "cy": ["ma Dad di marw ers 6 mlynadd. ma Mam yn disgyn o hyd a dwi'n poeni amdani yn y nos",
           "Mae Dad wedi marw ers chwe blynedd. Mae Mam yn cwympo o hyd a dw i'n poeni amdani hi."],
    "en": ["Dad died six years ago. Mum keeps falling and I am worried about her at night.",
           "we lost our dad years back, mum keeps falling over and im worried sick"],
}
#: A death not long past beside the same worry: heard too, after the worry.
RECENT_WITH_A_WORRY = {
    "cy": "Bu farw Dad fis diwetha. Mae Mam yn cwympo o hyd a dw i'n poeni amdani hi.",
    "en": "Dad died last month. Mum keeps falling and I am worried about her.",
}


@pytest.mark.parametrize("text", [
    "Dad died six years ago", "my wife passed away 10 years ago", "ma Dad di marw ers 6 mlynadd",
    "Mae Dad wedi marw ers chwe blynedd", "bu farw fy ngwr flynyddoedd yn ol", "we lost our dad years back",
])
def test_a_death_long_past(text: str) -> None:
    assert tells_of_a_loss(text) and loss_long_ago(text)


@pytest.mark.parametrize("text", [
    "Dad died last month", "my wife died in March", "Bu farw Dad fis diwetha", "ma mam wedi marw wsos dwytha",
    "My wife died and I'm 6 years older than her", "Dad died six years ago. Mum died last week.",
    "I am 80 years old and my wife died in the spring",
])
def test_a_death_not_long_past(text: str) -> None:
    assert tells_of_a_loss(text) and not loss_long_ago(text)


def _said_after(conversation: MemoryConversation, text: str) -> str:
    """What was said back to `text` (MemoryConversation.text is the latest turn's)."""
    conversation.say(text)
    return conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_worry_beside_an_old_loss_is_heard_without_a_condolence(sqlite_url: str, language: str, which: int) -> None:
    text = LONG_AGO_WITH_A_WORRY[language][which]
    assert read_risk(text).level == "concern" and not read_risk(text).please_check  # what the test rests on
    conversation = _conversation(language, role="carer")
    _skip_to(conversation, "q_worries")
    said = _said_after(conversation, text)
    assert messages.text("ack_loss", language, "chi") not in said
    assert messages.text("ack_worry", language, "chi") in said


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_worry_beside_a_recent_loss_comes_first(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, role="carer")
    _skip_to(conversation, "q_worries")
    said = _said_after(conversation, RECENT_WITH_A_WORRY[language])
    worry, sorry = messages.text("ack_worry", language, "chi"), messages.text("ack_loss", language, "chi")
    assert worry in said and sorry in said
    assert said.index(worry) < said.index(sorry)
