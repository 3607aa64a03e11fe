"""The fourteenth trial's AM4 (stop 36, issue 11), through the real core, SQLite and the summary: after telling that
her husband grabs her, a wife typed "ffoniwch fi ar ôl 6, mae o'n cysgu wedyn" as the reply to the safe check and "dim
ymweliad pan mae o adra…, fysa well gen i gyfarfod yn y capel" at the visit-time question; neither was under "how to
contact safely" at the top (only under the best time to visit, and read back under the cared-for person). A time to
ring chosen because he is asleep then, and no visit while he is home, are safety wishes, in both languages.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.safety_wish import is_safety_wish
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])

DISCLOSURE = {
    "cy": "mae o'n gweiddi arna i drwy'r amser ers y strôc, a dwi ofn deud dim byd, mae o 'di gafael yn fy mraich i "
          "unwaith",
    "en": "he shouts at me all the time since the stroke, and I'm scared to say anything, he grabbed my arm once",
}
AT_THE_CHECK = {
    "cy": "dwi'n iawn rŵan, mae o'n cysgu. plis peidiwch ffonio yn ystod y dydd. ffoniwch fi ar ôl 6, mae o'n cysgu "
          "wedyn",
    "en": "I'm ok now, he's asleep. please don't ring in the day. ring me after 6, he's asleep then",
}
AT_VISIT_TIME = {
    "cy": "fel ddudis i, ar ôl 6. ond dim ymweliad pan mae o adra os gwelwch yn dda, fysa well gen i gyfarfod yn y capel",
    "en": "like I said, after 6. but no visit when he's home please, I'd rather meet at the chapel",
}
#: Look-alikes: a time to ring with no one to keep it from, and a nap after dinner, are no safety wish.
PLAIN = ["ffoniwch fi ar ôl 6 os gwelwch yn dda", "call me after 6 please", "mae o'n cysgu wedyn ar ôl cinio",
         "he goes to the day centre on tuesdays, ring then"]


def _carer_at(language: str) -> MemoryConversation:
    return consented_at(f"trial36d4-{language}-{next(_senders)}", language, "q_worries", role="carer", name="Nia",
                        what_matters={"en": "the farm", "cy": "y ffarm"}[language])


@pytest.mark.parametrize("text", [*AT_THE_CHECK.values(), *AT_VISIT_TIME.values()])
def test_a_time_kept_from_him_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_time_to_ring_is_no_safety_wish(text: str) -> None:
    assert not is_safety_wish(text)


@LANGS
def test_safe_contact_wishes_are_at_the_top(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language)
    conversation.say(DISCLOSURE[language])
    conversation.say(AT_THE_CHECK[language])
    while conversation.requested not in (None, "q_visit_time"):
        conversation.say({"en": "skip", "cy": "hepgor"}[language])
    assert conversation.requested == "q_visit_time"
    conversation.say(AT_VISIT_TIME[language])
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        top = build_view(record, ui).sections[0]
        assert top.key == "safeguarding"
        wishes = [str(i.quote) for g in top.groups if g.key == "safety_wishes" for i in g.items]
        assert any("ffoniwch fi ar ôl 6" in w or "ring me after 6" in w for w in wishes)
        assert any("capel" in w or "chapel" in w for w in wishes)
