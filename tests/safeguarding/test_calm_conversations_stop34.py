"""Calm conversations raise no urgent alert (stop 34, issue 11): two carers' worries from the dev conversations.

Read whole, every readable dev conversation set (dev, dev_fresh..dev_fresh4, the odd halves of dev_fresh5/6, the retired
set) gave an urgent alert in three conversations without a disclosure; two of them from a rule reading ordinary words:

* "Ma fe'n ffaelu rheoli arian eto" (dev cy-south-carer-12, at "worries"): he cannot manage money, his own inability,
  was read by the Welsh money rule as someone controlling his money (exploitation). "methu/ffaelu/gallu/medru" before
  the verb is what he can or cannot do, never someone taking the money.
* "unwaith mi wnaeth hi fy nharo i ar fy mraich efo'r llwy bren. Dim hi ydi hynna, y salwch ydi o" (dev_fresh3
  cy-north-carer-62, at "what would you change"): a carer's mother lashing out once, the illness named as the reason and
  the mother said not to be herself. Now a "please check" (the duty team reads it and decides), not an urgent alert;
  the illness alone, or "not her" alone, still excuses nothing (stop 28).

Each with its twin in the other language (written for this test), and near-twins that tell a harm and must stay urgent.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk, explain
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, started_with_record

#: He cannot manage money: a worry, never exploitation. (the carer's words, their twin)
CANNOT_MANAGE_MONEY = {
    "cy": "Beth sy'n digwydd ar ôl i fi fynd. Ma fe'n ffaelu rheoli arian eto. Fi'n 58 a ma'r cefn yn ddrwg.",
    "en": "What happens after I've gone. He can't manage money again. I'm 58 and my back's bad.",
}
CANNOT_MANAGE_MONEY_MORE = ["Dydi o ddim yn gallu rheoli ei arian.", "Mae hi'n methu rheoli arian o gwbl."]
#: Someone else taking or controlling the money: urgent, as before.
MONEY_TAKEN = [
    "Ma fe'n rheoli fy arian i a sai'n cael dim.",
    "Mae'r mab yn cymryd fy mhensiwn i bob wythnos.",
    "He controls my money and I get nothing.",
]

#: Mam lashing out once, "that's not her, it's the illness": a "please check".
NOT_HERSELF = {
    "cy": "Mae hi'n gwylltio weithia tua amser te, yn gweiddi a thaflu petha, unwaith mi wnaeth hi fy nharo i ar fy "
          "mraich efo'r llwy bren. Dim hi ydi hynna, y salwch ydi o, a mae hi'n crio wedyn.",
    "en": "She gets cross sometimes around teatime, shouting and throwing things, once she hit me on the arm with the "
          "wooden spoon. That's not her, it's the illness, and she cries afterwards.",
}
#: The hitting without both ("it's the illness" alone, "not him" alone), or a child hurt beside it: urgent, as before.
STILL_URGENT = [
    "Mae hi'n fy nharo i bob nos efo'r llwy bren.",
    "She hits me every night with the wooden spoon.",
    "Mae o'n fy nharo i. Y salwch ydi o.",
    "My son hits me. It's the illness.",
    "Mae o'n fy nharo i. Dim fo ydi hynna.",
    "She hit me with the wooden spoon. That's not her, it's the illness, but she hits the kids too.",
]


@pytest.mark.parametrize("text", [*CANNOT_MANAGE_MONEY.values(), *CANNOT_MANAGE_MONEY_MORE])
def test_cannot_manage_money_is_no_exploitation(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "urgent", explain(text)
    assert "exploitation" not in reading.categories, explain(text)


@pytest.mark.parametrize("text", MONEY_TAKEN)
def test_money_taken_or_controlled_stays_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent", explain(text)
    assert "exploitation" in reading.categories, explain(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_not_herself_and_the_illness_is_please_check(language: str) -> None:
    reading = assess_risk(NOT_HERSELF[language])
    assert (reading.level, reading.please_check) == ("concern", True), explain(NOT_HERSELF[language])
    assert {"abuse", "memory"} <= set(reading.categories), explain(NOT_HERSELF[language])


@pytest.mark.parametrize("text", STILL_URGENT)
def test_the_illness_or_not_herself_alone_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


_senders = itertools.count()


def _carer_at(language: str, slot: str) -> MemoryConversation:
    """A carer's conversation, past its start with the record a real start leaves, at `slot` (earlier ones skipped)."""
    sender = f"calm34-{language}-{next(_senders)}"
    conversation = started_with_record(sender, language, role="carer", name="Eleri")
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carers_money_worry_raises_no_alert(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language, "q_worries")
    conversation.say(CANNOT_MANAGE_MONEY[language])
    assert not repository.is_urgent(conversation.sender_id)
    assert conversation.requested != "q_worries"  # taken as the answer: the questions go on


@pytest.mark.parametrize("language", ["cy", "en"])
def test_mam_not_herself_reaches_the_duty_team_to_read_not_as_urgent(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language, "q_change")
    conversation.say(NOT_HERSELF[language])
    assert not repository.is_urgent(conversation.sender_id)
    assert repository.safe_check(conversation.sender_id) == (None, None)  # no "are you safe?"
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert [(f.level, f.please_check) for f in conv.risk_flags] == [("concern", True)]  # the duty team reads it


@pytest.mark.parametrize("language", ["cy", "en"])
def test_hitting_every_night_at_the_same_question_is_urgent(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language, "q_change")
    conversation.say(STILL_URGENT[0] if language == "cy" else STILL_URGENT[1])
    assert repository.is_urgent(conversation.sender_id)
