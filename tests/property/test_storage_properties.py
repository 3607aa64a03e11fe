"""The record keeps any answer within the limits byte for byte, and refuses anything else with
its reason (bot/storage/repository.py), never a crash and never a half-stored answer."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.analysis import analyse
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.repository import MAX_ANSWER_CHARS, RecordError
from tests.support.records import stored_conversation

from .strategies import any_text, risky_text

# One database for the whole property (the fixture is made once per test, not per example), so
# each example writes as a new sender.
STORAGE = settings(max_examples=15, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_senders = (f"property-{n}" for n in itertools.count())

#: An answer within the limits: not blank, no NUL, at most MAX_ANSWER_CHARS characters; any other
#: character (controls, emoji, right-to-left, combining marks, quotes, SQL and script text) allowed.
_SHORT = st.one_of(any_text, risky_text, st.sampled_from(["Robert'); DROP TABLE answers;--", "<script>x</script>",
                                                         "\u202eevil", "a\r\nb\tc", "\x07\x1b[31m", "🙏🏽"]))


@st.composite
def storable(draw: st.DrawFn) -> str:
    text = draw(st.one_of(_SHORT, _SHORT.map(lambda t: (t or "x") * (MAX_ANSWER_CHARS // max(len(t), 1)))))
    text = text.replace("\x00", "")[:MAX_ANSWER_CHARS]
    return text if text.strip() else text + "x"


def _store(sender: str, text: str) -> repository.StoredAnswer:
    return repository.record_answer(sender, question_key="what_matters", question_text="Beth sy'n bwysig i chi?",
                                    text=text, whose_view="person", about="person",
                                    analysis=analyse(text, "what_matters"), message_id="m1")


@STORAGE
@given(storable())
def test_any_answer_within_the_limits_comes_back_byte_for_byte(sqlite_url: str, text: str) -> None:
    sender = next(_senders)
    _store(sender, text)
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert [a.text.encode("utf-8") for a in conv.answers] == [text.encode("utf-8")]
        for outcome in conv.outcomes:
            assert outcome.text == text[outcome.span_start:outcome.span_end]


@st.composite
def refused(draw: st.DrawFn) -> tuple[str, str]:
    """(text, the reason it is refused): blank, too long, or holding a NUL or a lone surrogate."""
    reason = draw(st.sampled_from(["empty", "too_long", "control_characters"]))
    if reason == "empty":
        return draw(st.text(" \t\r\n\u00a0\u2003\u3000", max_size=50)), reason
    base = draw(_SHORT) or "x"
    if reason == "too_long":
        size = draw(st.integers(MAX_ANSWER_CHARS + 1, 3 * MAX_ANSWER_CHARS))
        return (base * (size // len(base) + 1))[:size] + "x", reason
    cut = draw(st.integers(0, len(base)))
    # NUL, or a lone surrogate (what JSON's "\ud800" decodes to): neither can be stored as written.
    bad = draw(st.sampled_from(["\x00", "\ud800", "\udc00", "\udfff"]))
    return (base[:cut] + bad + base[cut:]).strip() or bad, reason


@STORAGE
@given(refused())
@example(("Mae hi'n \ud800 iawn", "control_characters"))
def test_out_of_limit_answers_are_refused_with_their_reason(sqlite_url: str, case: tuple[str, str]) -> None:
    text, reason = case
    sender = next(_senders)
    repository.ensure_conversation(sender)
    with pytest.raises(RecordError) as err:
        _store(sender, text)
    if reason == "too_long" or len(text) > MAX_ANSWER_CHARS:
        assert str(err.value) == "too_long"
    else:
        assert str(err.value) == reason
    with session_scope() as s:
        assert stored_conversation(s, sender).answers == []
