"""Seventh trial AA6 (stop 29): an older man whose grandson takes his money ends "Plîs peidiwch â gweud wrth yr
heddlu" and was told only "ffoniwch 999". Now urgent (financial abuse), and his plea is answered honestly: about the
police, the team decide and talk with him first; what he said is shared with the team, with no promise of secrecy.
Through the conversation core, Welsh (south, as typed) and English. The words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started_with_record

_senders = itertools.count(1)

GRANDSON = {
    "cy": "Wel, ma un peth. Ma Rhys, yr ŵyr, yn benthyg fy ngherdyn banc i, i fynd i'r siop i fi, ond wi wedi gweld ar "
          "y statement bod £2,000 wedi mynd mas dros y misoedd dwetha, arian wi ddim wedi'i wario. Ma fe'n gweud ei "
          "fod e'n mynd i dalu nôl. Sai moyn trwbwl iddo fe, ma fe'n fachgen da yn y bôn, ma fe wedi cael amser "
          "caled. Plîs peidiwch â gweud wrth yr heddlu.",
    "en": "Well, there's one thing. Rhys, my grandson, borrows my bank card to go to the shop for me, but I've seen on "
          "the statement that £2,000 has gone out over the last few months, money I didn't spend. He says he'll pay "
          "it back. I don't want trouble for him, he's a good boy really. Please don't tell the police.",
}


def _said(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_please_dont_tell_the_police_is_answered_honestly(sqlite_url: str, language: str) -> None:
    sender = f"trial29-aa6-{language}-{next(_senders)}"
    conversation = started_with_record(sender, language, role="person", name="Dai")
    conversation.say(GRANDSON[language])
    assert repository.is_urgent(sender)  # financial abuse by family: urgent, not "please check"
    said = conversation.text
    assert _said(conversation, "safety_check_answer_police") in said  # his fear of the police, spoken to
    assert _said(conversation, "safety_check_untold") in said  # who sees it: the team; no promise of secrecy
