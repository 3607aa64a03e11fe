"""The doors' own rules (channels.limits), without a server: what is refused, and that nothing else is.

Hypothesis feeds arbitrary bytes and JSON to the parser: whatever arrives, the answer is a parsed
object or a Refused, never another exception (which a server would turn into a 500).
"""
from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import messages
from channels.limits import (
    MAX_SENDER_CHARS,
    SAID_FOR,
    STATUS_FOR,
    Refused,
    SlidingWindow,
    body_size,
    check_message,
    check_sender,
    declared_too_large,
    keepable,
    parse_object,
    read_capped,
)

DEEP = b"[" * 10_000 + b"]" * 10_000
BAD_BODIES = {
    "empty": b"",
    "spaces": b"  \n ",
    "invalid utf-8": b'{"sender": "a", "message": "\xff\xfe"}',
    "malformed": b"{not json",
    "deep list": DEEP,
    "deep object": b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
    "a list": b'["sender", "message"]',
    "a string": b'"hello"',
    "NaN": b'{"sender": "a", "message": NaN}',
    "huge integer": b'{"sender": "a", "message": ' + b"9" * 5_000 + b"}",
    "NUL byte": b'{"sender": "a", "message": "\x00"}',
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_a_bad_body_is_refused_as_unreadable(name: str) -> None:
    with pytest.raises(Refused) as refused:
        parse_object(BAD_BODIES[name])
    assert refused.value.kind == "unreadable" and refused.value.status == 400


def test_a_huge_float_is_read_not_a_crash() -> None:
    assert parse_object(b'{"message": 1e999999}')["message"] == float("inf")  # then refused as not a string


def test_a_good_body_is_read_exactly() -> None:
    body = {"sender": "s-1", "message": "Dw i eisiau mynd i'r capel 🙂 <script> ' OR 1=1 --"}
    assert parse_object(json.dumps(body).encode()) == body


@pytest.mark.parametrize("sender", ["", "  ", 7, None, ["a"], "x" * (MAX_SENDER_CHARS + 1), "a\x00b", "a\nb",
                                    "\ud800"])
def test_a_sender_id_that_cannot_key_a_conversation_is_refused(sender: object) -> None:
    with pytest.raises(Refused):
        check_sender(sender)


def test_message_checks() -> None:
    assert check_message("tab\tnew\nline \x07 bell 🙂") == "tab\tnew\nline \x07 bell 🙂"  # kept as typed
    assert check_message("a\x00b") == "a\x00b"  # the conversation answers it, in the person's language
    for text, kind in ((None, "unreadable"), (12, "unreadable"), ({"a": 1}, "unreadable"),
                       ("lone \ud800", "characters")):
        with pytest.raises(Refused) as refused:
            check_message(text)
        assert refused.value.kind == kind
    assert keepable("Siôn ŵ 🙂") and not keepable("\x00") and not keepable("\udfff")


def test_content_length_is_read_before_the_body() -> None:
    assert declared_too_large("1048576", 16384)
    assert not declared_too_large("16384", 16384)
    assert not declared_too_large(None, 16384) and not declared_too_large("nonsense", 16384)


async def _chunks(sizes: list[int], read: list[int]) -> AsyncIterator[bytes]:
    for size in sizes:
        read.append(size)
        yield b"x" * size


def test_a_streamed_body_is_read_no_further_than_the_limit() -> None:
    read: list[int] = []
    with pytest.raises(Refused) as refused:
        asyncio.run(read_capped(_chunks([4096] * 256, read), 16384))  # 1 MB in 4 KB chunks
    assert refused.value.kind == "too_large" and refused.value.status == 413
    assert sum(read) <= 16384 + 4096  # stopped at the first chunk past the limit, not at 1 MB
    assert asyncio.run(read_capped(_chunks([100, 200], []), 16384)) == b"x" * 300


def test_welsh_letters_count_as_their_utf8_bytes_not_as_escapes() -> None:
    text = "ŵ" * 1000
    assert body_size({"message": text}) == len('{"message":""}') + 2000
    assert len(json.dumps({"message": text})) > 6000  # as \u0175 escapes it would be three times as big


def test_the_sliding_window_counts_per_key_and_forgets_after_a_minute() -> None:
    window = SlidingWindow(3, seconds=60)
    assert [window.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert window.allow("b", now=3)  # another sender is not held up
    assert window.allow("a", now=60.5)  # the first one has left the window
    assert not any(key == "a" for key in window.hits)  # keys are kept hashed


def test_every_refusal_has_words_in_both_languages_and_a_4xx() -> None:
    for kind, key in SAID_FOR.items():
        said = messages.text(key, None)
        assert messages.text(key, "cy") in said and messages.text(key, "en") in said
        assert 400 <= STATUS_FOR[kind] < 500


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_parsed_or_refused(raw: bytes) -> None:
    try:
        outcome: object = parse_object(raw)
    except Refused as refused:
        outcome = refused.kind
    assert isinstance(outcome, dict) or outcome == "unreadable"


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["sender", "message", "metadata", "x"]), JSON, max_size=4))
def test_arbitrary_json_objects_are_admitted_or_refused(body: dict[str, object]) -> None:
    parsed = parse_object(json.dumps(body).encode())
    try:
        outcome: object = (check_sender(parsed.get("sender")), check_message(parsed.get("message")))
    except Refused as refused:
        outcome = refused.kind
    assert outcome in ("unreadable", "characters") or outcome == (body["sender"], body["message"])
