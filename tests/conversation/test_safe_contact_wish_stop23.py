"""A contact-safety wish said AT the safe check lands in the summary's "How to contact safely" block at the top, as
it does when typed as an ordinary answer, and "are you safe right now?" is not asked again of someone who has just
said so (stop-22 trial V26: Sandra, a carer, "we're fine, hes not here now. please dont ring mums landline, Paul is
round there most days. ring my mobile instead"; C4's "text me dont ring"; C6a's Welsh). Through the conversation
core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)
#: Money taken from the person she cares for, and a threat (urgent: financial abuse of an older person).
MONEY = {"en": "Paul does her money, he has her bank card and pin since last year and she never sees any of it. he "
               "says if she tells anyone she'll end up in a home. shes frightened of him a bit",
         "cy": "Paul sy'n gwneud ei phres hi, mae ganddo fo ei cherdyn banc a'r pin ers llynedd a dydi hi byth yn "
               "gweld dim ohono fo. mae o'n deud os neith hi ddeud wrth rywun y bydd hi'n mynd i gartre. mae ganddi "
               "hi ei ofn o braidd"}


def _carer(language: str) -> MemoryConversation:
    conversation = started(f"contact-wish-{language}-{next(_senders)}", language, role="carer", name="Sandra")
    conversation.slots.update({"cared_for_name": "Mam"})
    return conversation


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi",
                         role=conversation.slots.get("role"))


@pytest.mark.parametrize("language,reply,said_safe", [
    ("en", "we're fine, hes not here now. please dont ring mums landline, Paul is round there most days. ring my "
           "mobile instead", True),
    ("cy", "dan ni'n iawn, dydi o ddim yma rwan. peidiwch ffonio'r tŷ, ffoniwch y mobeil", True),
    ("en", "text me dont ring", False),
    ("cy", "tecstiwch fi, peidiwch ffonio", False),
    ("cy", "peidiwch ffonio'r tŷ, ffoniwch y mobeil", False),
    ("en", "text me not nans landline", False),  # stop-23 trial W17 (LEAD)
    ("cy", "tecst ddim galwad plis", False),
])
def test_a_contact_wish_at_the_check_is_at_the_top(sqlite_url: str, language: str, reply: str,
                                                  said_safe: bool) -> None:
    conversation = _carer(language)
    conversation.say(MONEY[language])
    assert repository.is_urgent(conversation.sender_id), "the disclosure this test rests on"
    conversation.said.clear()
    conversation.say(reply)
    said = conversation.text
    assert _text(conversation, "safety_check_wish") in said  # kept, and said so
    if said_safe:  # they have just said they are safe: the choice, never "are you safe?" again
        assert _text(conversation, "safety_check_again") not in said
        assert _text(conversation, "safety_check") not in said
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        top = view.sections[0]
        assert top.key == "safeguarding" and top.groups[0].key == "safety_wishes"
        assert [i.quote for i in top.groups[0].items] == [reply]
        assert view.quotes().count(reply) == 1  # once: not again as a reply under the disclosure
        md = render.md_unescape(render.render_markdown(record, ui))
        md = md[md.index(label("sec_safeguarding", ui)):]
        assert md.index(label("group_safety_wishes", ui)) < md.index(reply) < md.index(MONEY[language][:40])
