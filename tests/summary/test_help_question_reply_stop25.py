"""The reply to "is help on its way?" is labelled as such (stop-24 trial T13), Welsh and English.

After harm happening now, the first "carry on" answers "are you safe?" and is held with "before we go on – is help on
its way?"; the second "carry on" answers that question. The summary labelled both as replies to "are you safe?", so
a practitioner read that the person had twice said they were safe. Now the second is kept with the question it
answered, and every format labels it "Reply to 'Is help on its way?'" / "Ateb i 'Ydy help ar ei ffordd?'".
"""
from __future__ import annotations

import itertools

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import started
from tests.conversation.test_safe_check_stop23 import CARRY_ON, FINE, OVERDOSE
from tests.conversation.test_safe_check_stop23 import _text as _said

_senders = itertools.count(1)


def _checks(sender: str) -> list[tuple[str, str]]:
    """(words, the question they answered) of every reply kept at the safe check, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.text, a.question_text) for a in conv.answers if a.question_key == "safety_check"]


def _reply_labels(sender: str, interface: str) -> dict[str, str]:
    record = load_record(sender)
    assert record is not None
    section = build_view(record, interface).section("safeguarding")
    assert section is not None
    return {f.value: f.label for g in section.groups for item in g.items for f in item.follow_up
            if f.key == "safe_check_reply"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_second_carry_on_answers_is_help_on_its_way(sqlite_url: str, language: str) -> None:
    conversation = started(f"t13-{language}-{next(_senders)}", language, role="person", name="Sam")
    conversation.say(OVERDOSE[language])
    conversation.say(FINE[language])
    assert conversation.text == _said(conversation, "safety_check_help_coming")
    conversation.say(CARRY_ON[language])
    sender = conversation.sender_id
    help_question = _said(conversation, "safety_check_help_coming")
    assert _checks(sender) == [(FINE[language], _said(conversation, "safety_check")),
                               (CARRY_ON[language], help_question)]
    for interface in ("cy", "en"):
        labels = _reply_labels(sender, interface)
        assert labels[CARRY_ON[language]].startswith(label("after_reply_help", interface))
        assert labels[FINE[language]].startswith(label("after_reply", interface))
        assert label("after_reply_help", interface) in render.render_markdown(load_record(sender) or {}, interface)
