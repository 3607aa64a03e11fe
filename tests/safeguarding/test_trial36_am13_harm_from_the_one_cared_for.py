"""The fourteenth trial's AM13 (stop 36, issue 11), through the real core and SQLite: a wife caring for her husband
after his stroke told "mae o'n gweiddi arna i drwy'r amser… mae o 'di gafael yn fy mraich i unwaith" and was given only
the Samaritans (no Byw Heb Ofn / Live Fear Free, 0808 80 10 800), and asked whether she and the person she cares for,
the one hurting her, were safe. Harm to the carer from him at home is domestic abuse, and the safe check asks about her.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk.domestic import is_domestic
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])

GRABBED = {
    "cy": "wel. mae o'n gweiddi arna i drwy'r amser ers y strôc, a dwi ofn deud dim byd, mae o 'di gafael yn fy mraich "
          "i unwaith. dwi'm yn gwbod os dylwn i ddeud hyn",
    "en": "well. he shouts at me all the time since the stroke, and I'm scared to say anything, he grabbed my arm once. "
          "I don't know if I should say this",
}
#: The harm is to the person she cares for, not to her: the check still asks about them both.
TO_HER_MUM = {
    "cy": "mae cariad mam yn ei tharo hi pan mae o 'di meddwi",
    "en": "my mum's boyfriend hits her when he's drunk",
}
#: Holding her arm to steady himself is no harm.
STEADYING = ["he grabbed my arm to steady himself on the stairs", "mae o'n gafael yn fy mraich i er mwyn codi"]


def _carer_at(language: str) -> MemoryConversation:
    return consented_at(f"trial36d13-{language}-{next(_senders)}", language, "q_worries", role="carer", name="Nia",
                        what_matters={"en": "the farm", "cy": "y ffarm"}[language])


@LANGS
def test_harm_from_him_gives_live_fear_free_and_asks_about_her(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language)
    conversation.say(GRABBED[language])
    reply = conversation.text
    assert "0808 80 10 800" in reply
    assert messages.text("safety_check", language, "chi") in reply
    assert messages.text("safety_check", language, "chi", "carer") not in reply


@LANGS
def test_her_answer_to_the_check_is_recorded_with_the_words_she_was_asked(sqlite_url: str, language: str) -> None:
    """Re-trial 36 AN3: the chat asked about her alone, the page quoted the carer's wording about them both."""
    conversation = _carer_at(language)
    conversation.say(GRABBED[language])
    conversation.say({"cy": "dwi'n iawn am rŵan, mae o'n cysgu", "en": "I'm ok for now, he's asleep"}[language])
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        asked = [a.question_text for a in conv.answers if a.question_key == "safety_check"]
    assert asked == [messages.text("safety_check", language, "chi")]


@LANGS
def test_harm_to_the_one_she_cares_for_asks_about_them_both(sqlite_url: str, language: str) -> None:
    conversation = _carer_at(language)
    conversation.say(TO_HER_MUM[language])
    assert messages.text("safety_check", language, "chi", "carer") in conversation.text


@pytest.mark.parametrize("text", STEADYING)
def test_holding_an_arm_to_steady_himself_is_no_abuse(text: str) -> None:
    assert not is_domestic(text)
