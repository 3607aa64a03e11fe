"""The learned outcome-span labeller (bot.analysis.outcome_spans), trained on the dev gold.

It is measured by benchmarks/outcome_span_benchmark.py --learned and, on those figures, NOT wired
into the assistant (docs/benchmarks.md, "Outcome extraction, fourth round"): the rules still cut.
These tests hold what any cut must keep when it goes through outcomes.sort_outcomes_many: exact
substrings, no fragments, the cap and "read in full", determinism; and that the assistant's own
path is still the rules'.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.outcome_spans import ClauseLabeller, SpanLabeller, decode, tokenize
from bot.analysis.outcomes import (
    MAX_OUTCOMES_PER_ANSWER,
    MIN_OUTCOME_WORDS,
    READ_IN_FULL_CHARS,
    rules_cut,
    sort_outcomes_many,
)
from tests.analysis.conftest import load_benchmark

bench = load_benchmark("outcome_span_benchmark")
SCRIPTS: list[dict[str, Any]] = bench.load_scripts(bench.DEV_DIR)
EXAMPLES = bench.span_examples(SCRIPTS)


TRAIN = [s for s in SCRIPTS if bench._in_batch(s, bench.TRAIN_BATCH)]


@pytest.fixture(scope="module")
def labeller() -> SpanLabeller:
    """Trained on the older dev batch, as the benchmark's held-out reading does."""
    return SpanLabeller(bench.span_examples(TRAIN))


@pytest.fixture(scope="module")
def clause_labeller() -> ClauseLabeller:
    return ClauseLabeller(bench.span_examples(TRAIN))


def test_the_gold_spans_fall_on_token_edges() -> None:
    """Every gold span of the dev set starts and ends at a token edge, so BIO labels can say it exactly."""
    n = 0
    for ex in EXAMPLES:
        toks = tokenize(ex.text)
        starts, ends = {t.start for t in toks}, {t.end for t in toks}
        for a, b in ex.spans:
            assert a in starts and b in ends, ex.text[a:b]
            n += 1
    assert n > 700


@pytest.mark.parametrize("which", ["tokens", "clauses"])
def test_every_dev_answer_gives_exact_substrings_and_no_fragments(
        which: str, labeller: SpanLabeller, clause_labeller: ClauseLabeller) -> None:
    items = [(ex.text, ex.question) for ex in EXAMPLES]
    results = sort_outcomes_many(items, labeller.spans if which == "tokens" else clause_labeller.spans)
    found = 0
    for (text, _q), (_type, _conf, spans) in zip(items, results):
        assert len(spans) <= MAX_OUTCOMES_PER_ANSWER
        for sp in spans:
            assert text[sp.start:sp.end] == sp.text
            assert sp.text == sp.text.strip()
            whole = text.strip()
            assert len(sp.text.split()) >= MIN_OUTCOME_WORDS or sp.text == whole, sp.text
            found += 1
    assert found > 300  # it does find outcomes


def test_the_learned_cut_is_deterministic() -> None:
    """Two trainings on the same answers tag every dev answer the same way."""
    some = bench.span_examples(SCRIPTS[:10])
    one, two = SpanLabeller(some), SpanLabeller(some)
    assert [one.spans(ex.text, ex.question) for ex in EXAMPLES] == [two.spans(ex.text, ex.question) for ex in EXAMPLES]


def test_a_very_long_answer_is_read_in_full_whatever_the_cut(labeller: SpanLabeller) -> None:
    text = "I want to keep going to the club on Tuesdays, it matters to me. " * 40
    assert len(text) > READ_IN_FULL_CHARS
    _t, _c, spans = sort_outcomes_many([(text, None)], labeller.spans)[0]
    assert len(spans) == 1 and spans[0].read_in_full and spans[0].text == text.strip()


def _every_sentence(text: str, _q: str | None) -> list[tuple[int, int]]:
    """A cut that makes each sentence an outcome (to reach the cap without a long answer)."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == ".":
            out.append((start, i + 1))
            start = i + 1
    return out


def test_more_outcomes_than_the_cap_are_read_in_full() -> None:
    text = " ".join(f"I want to see friend number {k} again." for k in range(MAX_OUTCOMES_PER_ANSWER + 1))
    assert len(text) < READ_IN_FULL_CHARS
    _t, _c, spans = sort_outcomes_many([(text, None)], _every_sentence)[0]
    assert len(spans) == 1 and spans[0].read_in_full
    _t, _c, spans = sort_outcomes_many([(text, None)], lambda t, q: _every_sentence(t, q)[:2])[0]
    assert [sp.text for sp in spans] == ["I want to see friend number 0 again.", "I want to see friend number 1 again."]


@pytest.mark.parametrize("cut, expected", [
    (lambda t, q: [(0, 9)], []),  # "Dim mwgwd" inside a longer answer: a fragment, left out
    (lambda t, q: [(0, len(t))], ["Dim mwgwd, plis siaradwch yn araf"]),
])
def test_a_learned_piece_under_three_words_is_no_outcome_unless_whole(
        cut: Callable[[str, str | None], list[tuple[int, int]]], expected: list[str]) -> None:
    _t, _c, spans = sort_outcomes_many([("Dim mwgwd, plis siaradwch yn araf", "process")], cut)[0]
    assert [sp.text for sp in spans] == expected


@pytest.mark.parametrize("text, expected", [
    ("🙂 I want to go to the beach with my grandson 🏖️", "🙂 I want to go to the beach with my grandson 🏖️"),
    ("💜 dwi isio mynd nôl i'r côr ar nos Fercher!!", "💜 dwi isio mynd nôl i'r côr ar nos Fercher!!"),
    ("\"mam i ddod adra\" 😢", "\"mam i ddod adra\" 😢"),
])
def test_tokens_keep_emoji_and_leading_characters(text: str, expected: str) -> None:
    """A span tagged over every token is the answer as typed, emoji and marks included."""
    toks = tokenize(text)
    assert toks[0].start == 0 and toks[-1].end == len(text)
    (a, b), = decode(toks, ["B"] + ["I"] * (len(toks) - 1))
    assert text[a:b] == expected


def test_decode_starts_an_outcome_at_b_and_at_an_orphan_i() -> None:
    text = "want a ramp , and a wet room"
    toks = tokenize(text)
    tags = ["B", "I", "I", "O", "O", "I", "I", "I"]
    assert [text[a:b] for a, b in decode(toks, tags)] == ["want a ramp", "a wet room"]


@pytest.mark.parametrize("text, question", [
    ("I just need a break now and then, maybe one night a week so I can see my friends", "change"),
    ("Dw i isio mynd i'r capel ar ddydd Sul a dw i isio gweld fy wyrion yn amlach", "change"),
    ("Going to chapel on a Sunday, seeing my grandchildren and my garden club", "maintenance"),
])
def test_the_assistant_still_cuts_by_the_rules(text: str, question: str) -> None:
    """Not wired in: sort_outcomes (what the assistant stores) gives the rules' own cut."""
    assert [(sp.start, sp.end) for sp in sort_outcomes(text, question)[2]] == rules_cut(text, question)
