"""The fourteenth trial's AM12 (stop 36, issue 11), through the real core, SQLite and the summary: a 14-year-old's
"this guy from fortnite keeps asking for pics and says he'll send me vbucks if i do" got 999, Childline and Meic but not
the National Crime Agency's CEOP Safety Centre (online sexual abuse and grooming of under-18s: a web address, no phone
number); and "im fine its not a big deal. can we just carry on" at the safe check was asked "Are you safe right now?"
again. Making light of it is a carry-on, marked played down for the practitioner, never a loop.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import plays_it_down, reply_to_safe_check
from bot.conversation.safety import helplines_offered
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])

GROOMING = {
    "en": "just text me dont ring nan. oh and idk if this matters but this guy from fortnite keeps asking for pics and "
          "says he'll send me vbucks if i do",
    "cy": "jyst tecstia fi. o a dwi'm yn gwbod os di hyn yn bwysig ond ma 'na foi ar fortnite yn gofyn am lunia ohona i "
          "a mae o'n deud neith o yrru vbucks i fi os dwi'n gneud",
}
MADE_LIGHT_OF = {
    "en": "im fine its not a big deal. can we just carry on",
    "cy": "dwi'n iawn, dio'm yn fawr o beth. gawn ni jyst cario mlaen",
}
#: Still not a carry-on: made light of, but not safe.
NOT_SAFE = ["its not a big deal but hes outside now", "dio'm yn fawr o beth ond mae o tu allan rŵan"]


def _young_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial36d12-{language}-{next(_senders)}", language, slot, role="young_person", name="Jay",
                        what_matters={"en": "football", "cy": "pêl-droed"}[language])


@LANGS
def test_grooming_online_names_ceop_with_its_web_address(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_worries")
    conversation.say(GROOMING[language])
    reply = conversation.text
    assert "ceop.police.uk" in reply and ("CEOP" in reply)
    # one young person's own line beside it (at most a few lines: AW17, stop 42)
    assert "Childline" in reply and "Meic" not in reply


@pytest.mark.parametrize("text", ["my dad hits me when he's drunk", "mae dad yn fy nharo i pan mae o 'di meddwi"])
def test_harm_at_home_offline_names_no_ceop(text: str) -> None:
    lines = helplines_offered(("abuse",), "en", register="ti", role="young_person", age=14, words=[text])
    assert "ceop" not in {h.id for h in lines} and "childline" in {h.id for h in lines}


def test_ceop_is_for_under_18s_only() -> None:
    words = [GROOMING["en"]]
    assert "ceop" in {h.id for h in helplines_offered(("exploitation",), "en", register="ti", role="young_person",
                                                      age=17, words=words)}
    assert "ceop" not in {h.id for h in helplines_offered(("exploitation",), "en", register="ti", role="young_person",
                                                          age=19, words=words)}
    assert "ceop" not in {h.id for h in helplines_offered(("exploitation",), "en", register="chi", role="person",
                                                          age=None, words=words)}


@pytest.mark.parametrize("text", MADE_LIGHT_OF.values())
def test_made_light_of_is_a_carry_on_and_played_down(text: str) -> None:
    assert reply_to_safe_check(text) == "carry_on" and plays_it_down(text)


@pytest.mark.parametrize("text", NOT_SAFE)
def test_made_light_of_but_not_safe_is_no_carry_on(text: str) -> None:
    assert reply_to_safe_check(text) is None


@LANGS
def test_not_a_big_deal_carries_on_without_asking_again(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_worries")
    conversation.say(GROOMING[language])
    conversation.say(MADE_LIGHT_OF[language])
    reply = conversation.text
    assert messages.text("safety_check_carry_on", language, "ti") in reply
    assert messages.text("safety_check_again", language, "ti").split("?")[0] not in reply
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == GROOMING[language])
    assert flag["played_down"] is not None and flag["played_down"]["text"] == MADE_LIGHT_OF[language]
