"""Outcome spans offline (issue 11): every dev answer through the assistant's own sorting, in seconds.

    .venv/bin/python benchmarks/outcome_span_benchmark.py            # dev set figures
    .venv/bin/python benchmarks/outcome_span_benchmark.py --verbose  # and every mismatch
    .venv/bin/python benchmarks/outcome_span_benchmark.py --answers  # each answer with a mismatch, gold beside it
    .venv/bin/python benchmarks/outcome_span_benchmark.py --ids '*-1[1-4]' --confusion  # some scripts; type matrix
    .venv/bin/python benchmarks/outcome_span_benchmark.py --learned  # learned boundaries, honestly measured
    .venv/bin/python benchmarks/outcome_span_benchmark.py --learned --tune  # CRF settings, CV in the train batch
    .venv/bin/python benchmarks/outcome_span_benchmark.py --set fresh  # the fresh writer's set, each half alone
    .venv/bin/python benchmarks/outcome_span_benchmark.py --set fresh --verbose  # mismatches of the tuning half only
    .venv/bin/python benchmarks/outcome_span_benchmark.py --set fresh2  # the second fresh writer (stop 22), so far
    .venv/bin/python benchmarks/outcome_span_benchmark.py --by-writer  # learned readings, leave one writer out
    .venv/bin/python benchmarks/outcome_span_benchmark.py --curve 'sifted rules'  # taught from 1, 2, 4, all writers

Why: the conversation-level benchmark (benchmarks/conversation_benchmark.py) starts Rasa and takes
minutes; outcome extraction needs many quick runs. This plays no conversation: for each scripted
answer of the dev set (benchmarks/conversations/dev) it does what bot.conversation.answers does when
the answer is stored (bot.analysis.analyse with the question's prior from bot.conversation.questions;
outcomes only for questions that hold them, never for a service named without a reason, and in an urgent
disclosure or a concern in a harm category (bot.safeguarding.harm.is_harm) only the wishes apart from the harm
(outcomes_apart_from_harm, as stored); a "why" answer when the service-led reading would ask for one, and read-back additions with
no question, each kept whole when nothing is found) and scores with the very functions of the
conversation benchmark (imported, not copied). Differences from the real run: it assumes every
scripted question is asked, so a derailed conversation scores better here than there.

--learned (issue 11, fourth round): the CRF labeller of bot.analysis.outcome_spans in place of the
rules' cut (same typing, fragment rule, cap and read-in-full), trained on the stop-15 batch (*-01,
*-02) and scored on the stop-16 batch (*-11, *-12), beside the rules on the same 24 (tuned on them);
then 5-fold cross-validation by conversation over all 60; each also as a hybrid that reads the
rules' own cut as features (the rules saw all 60, so the hybrid's figures lean optimistic), and as
the CRF over the rules' clauses (ClauseLabeller); and the time to cut a 2,000-character answer.
About four minutes. With --wide (stop 28) it is taught from all the gold that may be read (dev, the retired
first test set, the fresh sets' odd halves, 184 conversations) and scored on the fresh sets' even halves.

--set fresh (stop 21): the conversations of a fresh writer who never saw the code
(benchmarks/conversations/dev_fresh), scored as two halves on their own lines: odd numbers are the
tuning half (its mismatches may be read: --verbose, --answers print them), even numbers the held-out
half (figures only, never printed line by line), so a rule fitted to the tuning half shows whether
it generalises.

--set retired (stop 28): the first test set, retired into dev material
(benchmarks/conversations/dev_retired), read in full and scored whole, then as its odd- and even-numbered
halves (figures only), so a rule written from one half can be checked on the other.

--by-writer (stop 30): each learned reading (the CRF cut, the hybrid, the clause CRF, the sifted rules) taught from
every writer group but one (dev, the retired set, each fresh writer, the twin's four writers, the four stop-30 writers;
fresh sets' odd halves only) and scored on the one left out, beside the rules on the same answers; summed over every
answer and over the held-out ones (fresh even halves, the stop-30 writers). --curve: the same, taught from 1, 2 and 4
other writers drawn at random (seeded, 3 draws) and from all, on the held-out answers.

The blind set (benchmarks/blind) is never read.
"""
from __future__ import annotations

import argparse
import fnmatch
import functools
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Imported as a top-level module, the way mypy (benchmarks/ is not a package) and the scorer's test see it.
sys.path.insert(0, str(ROOT / "benchmarks"))

from conversation_benchmark import (  # noqa: E402 - after the path set-up
    DEV_DIR,
    FRESH_SETS,
    LANGS,
    RETIRED_DIR,
    exact_match,
    gold_outcomes,
    is_fragment,
    lenient_match,
    load_scripts,
    match,
    norm_span,
    prf,
)

Cutter = Callable[[str, "str | None"], list[tuple[int, int]]]


@dataclass
class Counts:
    """Per-language counts (the conversation benchmark's Tally, outcomes only)."""

    gold: int = 0
    pred: int = 0
    exact: int = 0
    lenient: int = 0
    exact_typed: int = 0
    fragments: int = 0
    read_in_full: int = 0
    most_per_answer: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type -> [gold, exact, typed]
    #: (gold type, predicted type) -> exact span matches
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class Predicted:
    text: str
    type: str
    read_in_full: bool = False


@functools.cache
def _analysed(text: str, prior: str | None) -> Any:
    """bot.analysis.analyse, once per answer and question however many readings are scored (--by-writer)."""
    from bot.analysis import analyse

    return analyse(text, question=prior)


#: Which of the rules' outcomes to keep (a learned sifter, --by-writer): one bool per outcome of the answer.
Sift = Callable[[str, "str | None", list[tuple[int, int]]], list[bool]]


def _replies(answer: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(text, gold risk) of each reply an answer stores, as the live run (conversation_benchmark.risk_messages) sends
    them: a list of replies is asides first and the answer last, unless each has its own risk (`risks`: several
    replies, each an answer). Stop 48: the list itself was read as one answer ("['what?', …]"), which no gold span
    can match."""
    says = answer["says"]
    if not isinstance(says, list):
        return [(str(says), answer.get("risk"))]
    if answer.get("risks"):
        return [(str(said), risk) for said, risk in zip(says, answer["risks"])]
    return [(str(says[-1]), answer.get("risk"))]


def predict(script: dict[str, Any], gold_risk: bool = False, cutter: Cutter | None = None,
            sift: Sift | None = None,
            ) -> tuple[list[Predicted], list[str], list[tuple[str, str, list[Predicted]]]]:
    """(outcomes, answer texts, per answer (question key, text, its outcomes)) as the assistant would store them.

    `cutter`: a learned span labeller's cut in place of the rules' (the rest of the analysis as stored).
    `sift`: which of the rules' outcomes to keep (those read in full always are)."""
    from bot.analysis import is_service_led
    from bot.analysis.outcomes import sentences, sort_outcomes_many
    from bot.analysis.safety_wish import is_safety_wish
    from bot.conversation.answers import WISHES_SAID_OUTRIGHT, wishes_kept
    from bot.conversation.questions import question_for
    from bot.safeguarding.harm import is_harm, outcomes_apart_from_harm

    preds: list[Predicted] = []
    answers: list[str] = []
    per_answer: list[tuple[str, str, list[Predicted]]] = []
    urgent_before: list[bool] = [False]  # anything read urgent earlier in the conversation (repository.is_urgent)

    def store(key: str, text: str, prior: str | None, holds: bool, whole_if_none: bool = False,
              risk: str | None = None) -> None:
        answers.append(text)
        analysis = wishes_kept(key, _analysed(text, prior))
        got: list[Predicted] = []
        # As bot.conversation.answers.store_answer: once anything was urgent, a safety wish ("pls dont tell mum", "dont
        # ring my phone Kev has it") goes to the top, never an outcome; an answer that is all safety wishes, or whose
        # sentences none is one alone, makes no outcomes (stop 33: the benchmark counted them as outcomes).
        safety_apart = False
        if holds and key != "readback_addition" and urgent_before[0] and is_safety_wish(text):
            wishes = [is_safety_wish(text[a:b]) for a, b in sentences(text)]
            holds = not (all(wishes) or not any(wishes))
            safety_apart = True
        urgent_before[0] = urgent_before[0] or (risk == "urgent" if gold_risk else analysis.risk.level == "urgent")
        # As bot.storage.repository.record_answer: urgent, or a concern in a harm category, makes no outcome of the
        # harm; the person's other wishes in the same answer stand (outcomes_apart_from_harm, since stop 25; this
        # benchmark dropped them all until stop 33).
        urgent = risk == "urgent" if gold_risk else is_harm(analysis.risk.level, analysis.risk.categories)
        # Read-back additions are kept whatever the service-led reading says (bot.conversation.readback).
        if holds and (whole_if_none or not analysis.service_led):
            spans = analysis.outcomes if cutter is None else sort_outcomes_many([(text, prior)], cutter)[0][2]
            if safety_apart:
                spans = tuple(o for o in spans if not is_safety_wish(o.text))
            if urgent:
                spans = outcomes_apart_from_harm(text, spans)
            if sift is not None and cutter is None and spans:
                keep = sift(text, prior, [(o.start, o.end) for o in spans])
                spans = tuple(o for o, k in zip(spans, keep) if k or o.read_in_full)
            got = [Predicted(o.text, o.type, getattr(o, "read_in_full", False)) for o in spans]
            if not got and whole_if_none and not urgent:
                got = [Predicted(text, analysis.outcome_type or "change")]
        preds.extend(got)
        per_answer.append((key, text, got))

    for a in script.get("answers") or []:
        q = question_for(a["question"])
        prior = q.outcome_prior if q else None
        for says, risk in _replies(a):
            store(a["question"], says, prior,
                  q is not None and (q.holds_outcomes or q.key in WISHES_SAID_OUTRIGHT), risk=risk)
        if q is not None and q.why_slot and is_service_led(_replies(a)[-1][0]) and a.get("why_answer"):
            store("why_" + a["question"], str(a["why_answer"]), prior, True, whole_if_none=True)
    for add in script.get("readback_additions") or []:
        store("readback_addition", str(add["says"]), None, True, whole_if_none=True)
    return preds, answers, per_answer


def score(scripts: list[dict[str, Any]], verbose: bool, gold_risk: bool = False,
          answers_view: bool = False, cutter: Cutter | None = None,
          out: dict[str, Counts] | None = None, sift: Sift | None = None,
          edges: list[tuple[str, str, str, str, str]] | None = None) -> dict[str, Counts]:
    """Per-language counts; `edges` (when given) collects (language, kind, gold, predicted, words) of edge_pairs."""
    out = out if out is not None else {lang: Counts() for lang in LANGS}
    for script in scripts:
        lang = str(script.get("language")) if script.get("language") in LANGS else "en"
        c = out[lang]
        gold = gold_outcomes(script)
        preds, answers, per_answer = predict(script, gold_risk, cutter, sift)
        gold_text = [str(g["span"]) for g in gold]
        pred_text = [p.text for p in preds]
        pairs = match(gold_text, pred_text, exact_match)
        c.gold += len(gold)
        c.pred += len(preds)
        c.exact += len(pairs)
        c.lenient += len(match(gold_text, pred_text, lenient_match))
        c.exact_typed += sum(gold[g].get("type") == preds[p].type for g, p in pairs)
        frags = [p for p in pred_text if is_fragment(p, answers)]
        c.fragments += len(frags)
        c.read_in_full += sum(p.read_in_full for p in preds)
        c.most_per_answer = max([c.most_per_answer, *(len(got) for _k, _t, got in per_answer)])
        matched = dict(pairs)
        for gi, g in enumerate(gold):
            row = c.by_type.setdefault(str(g.get("type")), [0, 0, 0])
            row[0] += 1
            if gi in matched:
                row[1] += 1
                row[2] += g.get("type") == preds[matched[gi]].type
                cell = (str(g.get("type")), preds[matched[gi]].type)
                c.confusion[cell] = c.confusion.get(cell, 0) + 1
        if verbose:
            _report(script, gold, preds, pairs, per_answer, frags)
        if answers_view:
            _report_answers(script, per_answer)
        if edges is not None:
            edges += [(lang, *pair) for pair in edge_pairs(script, per_answer)]
    return out


def _gold_by_answer(script: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(question key, text, gold outcomes) per scripted answer and read-back addition."""
    out = [(str(a["question"]), str(a["says"]), list(a.get("outcomes") or [])) for a in script.get("answers") or []]
    out += [("readback_addition", str(add["says"]), [add] if add.get("span") else [])
            for add in script.get("readback_additions") or []]
    return out


def _report_answers(script: dict[str, Any], per_answer: list[tuple[str, str, list[Predicted]]]) -> None:
    """Each answer whose outcomes differ from the gold: the text, every gold span (found or not), every extra."""
    got_by_text: dict[str, list[Predicted]] = {}
    for _key, text, got in per_answer:
        got_by_text.setdefault(text, []).extend(got)
    for key, text, gold in _gold_by_answer(script):
        got = got_by_text.get(text, [])
        pred = {norm_span(p.text): p.type for p in got}
        want = {norm_span(str(g["span"])): str(g.get("type")) for g in gold}
        if pred == want:
            continue
        print(f"=== {script.get('id')} [{key}] {text!r}")
        for g in gold:
            n = norm_span(str(g["span"]))
            typed = "" if n not in pred or pred[n] == g.get("type") else f" (typed {pred[n]})"
            print(f"   gold {'found' if n in pred else 'MISSED'} [{g.get('type')}] {g['span']!r}{typed}")
        for p in got:
            if norm_span(p.text) not in want:
                print(f"   extra [{p.type}] {p.text!r}")


def edge_pairs(script: dict[str, Any], per_answer: list[tuple[str, str, list[Predicted]]],
               ) -> list[tuple[str, str, str, str]]:
    """(kind, gold, predicted, the words between their edges) for each outcome found in the right answer but cut at
    the wrong place (a lenient match that is not an exact one), paired within its answer.

    Why (stop 29): a fifth of all outcomes are the right wish cut at the wrong place; the kind says which edge is
    off and which way ("ends later: , he's been on about that for weeks"), so the biggest kinds can be counted."""
    got_by_text: dict[str, list[str]] = {}
    for _key, text, got in per_answer:
        got_by_text.setdefault(text, []).extend(p.text for p in got)
    out = []
    for _key, text, gold in _gold_by_answer(script):
        gold_text = [str(g["span"]) for g in gold]
        pred_text = got_by_text.get(text, [])
        exact = match(gold_text, pred_text, exact_match)
        left_g = [g for i, g in enumerate(gold_text) if i not in {a for a, _ in exact}]
        left_p = [p for i, p in enumerate(pred_text) if i not in {b for _, b in exact}]
        for gi, pi in match(left_g, left_p, lenient_match):
            g, p = left_g[gi], left_p[pi]
            g, p = norm_span(g), norm_span(p)  # quotes and end marks aside, as the exact match sees them
            gs, ps = text.find(g), text.find(p)
            if gs < 0 or ps < 0:
                out.append(("not found in the answer", g, p, ""))
                continue
            ge, pe = gs + len(g), ps + len(p)
            parts = []
            if ps != gs:
                parts.append((f"starts {'earlier' if ps < gs else 'later'}", text[min(ps, gs):max(ps, gs)]))
            if pe != ge:
                parts.append((f"ends {'later' if pe > ge else 'earlier'}", text[min(pe, ge):max(pe, ge)]))
            kind = " + ".join(k for k, _ in parts) or "same once trimmed"
            out.append((kind, g, p, " | ".join(repr(w) for _, w in parts)))
    return out


def _report(script: dict[str, Any], gold: list[dict[str, Any]], preds: list[Predicted],
            pairs: list[tuple[int, int]], per_answer: list[tuple[str, str, list[Predicted]]],
            frags: list[str]) -> None:
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    lines = [f"  missed [{g.get('type')}]: {g['span']!r}" for gi, g in enumerate(gold) if gi not in matched_g]
    lines += [f"  extra  [{p.type}]: {p.text!r}" for pi, p in enumerate(preds) if pi not in matched_p]
    lines += [f"  type   gold {gold[gi].get('type')} pred {preds[pi].type}: {preds[pi].text!r}"
              for gi, pi in pairs if gold[gi].get("type") != preds[pi].type]
    lines += [f"  fragment: {f!r}" for f in frags]
    if lines:
        print(f"# {script.get('id')}")
        print("\n".join(lines))


# ------------------------------------------------------------------ learned boundaries (--learned)

#: The stop-15 batch (trained on) and the stop-16 batch (held out) of the dev set, by id pattern.
TRAIN_BATCH = ("*-01", "*-02")
HELD_OUT_BATCH = ("*-11", "*-12")
CV_FOLDS = 5


def _in_batch(script: dict[str, Any], batch: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(str(script.get("id")), pat) for pat in batch)


def span_examples(scripts: list[dict[str, Any]], why_answers: bool = True) -> list[Any]:
    """(answer, question's prior, gold spans) for every answer the assistant draws outcomes from."""
    from bot.analysis import is_service_led
    from bot.analysis.outcome_spans import SpanExample
    from bot.conversation.questions import question_for

    out: list[SpanExample] = []
    for script in scripts:
        for a in script.get("answers") or []:
            q = question_for(a["question"])
            if q is None or not q.holds_outcomes:
                continue
            says = str(a["says"])
            spans = []
            for o in a.get("outcomes") or []:
                at = says.find(str(o["span"]))
                if at >= 0:
                    spans.append((at, at + len(str(o["span"]))))
            out.append(SpanExample(says, q.outcome_prior, tuple(spans)))
            if why_answers and q.why_slot and is_service_led(says) and a.get("why_answer"):
                out.append(SpanExample(str(a["why_answer"]), q.outcome_prior, ()))  # the gold holds none there
        for add in script.get("readback_additions") or []:
            says = str(add["says"])
            at = says.find(str(add.get("span") or "\0"))
            out.append(SpanExample(says, None, ((at, at + len(str(add["span"]))),) if at >= 0 else ()))
    return out


@functools.cache
def _rules_cut(text: str, question: str | None) -> tuple[tuple[int, int], ...]:
    from bot.analysis.outcomes import rules_cut

    return tuple(rules_cut(text, question))


def _rules_cut_list(text: str, question: str | None) -> list[tuple[int, int]]:
    return list(_rules_cut(text, question))


def train_cutter(scripts: list[dict[str, Any]], hybrid: bool = False, clauses: bool = False,
                 **params: Any) -> Cutter:
    from bot.analysis.outcome_spans import ClauseLabeller, SpanLabeller

    if clauses:
        return ClauseLabeller(span_examples(scripts), **params).spans
    labeller = SpanLabeller(span_examples(scripts), hybrid=_rules_cut_list if hybrid else None, **params)
    return labeller.spans


def cross_validate(scripts: list[dict[str, Any]], hybrid: bool = False, folds: int = CV_FOLDS,
                   gold_risk: bool = False, clauses: bool = False, **params: Any) -> dict[str, Counts]:
    """k-fold by conversation (scripts sorted by id, every k-th in a fold): each fold scored by a model
    trained on the others."""
    ordered = sorted(scripts, key=lambda s: str(s.get("id")))
    out = {lang: Counts() for lang in LANGS}
    for k in range(folds):
        test = [s for i, s in enumerate(ordered) if i % folds == k]
        train = [s for i, s in enumerate(ordered) if i % folds != k]
        score(test, False, gold_risk, cutter=train_cutter(train, hybrid, clauses, **params), out=out)
    return out


def _cells(c: Counts) -> str:
    p, r, f = prf(c.exact, c.pred, c.gold)
    return (f"{p:.2f}/{r:.2f}/{f:.2f} {prf(c.exact_typed, c.pred, c.gold)[2]:.2f} "
            f"{c.fragments} {c.read_in_full} {c.most_per_answer}")


def _row(label: str, counts: dict[str, Counts]) -> None:
    print(f"{label:44s} " + " ".join(f"{_cells(counts[lang]):>28s}" for lang in LANGS), flush=True)


def learned_report(scripts: list[dict[str, Any]], gold_risk: bool, tune: bool) -> None:
    """Rules / learned / hybrid on the held-out batch (trained on the older batch) and by 5-fold CV."""
    train = [s for s in scripts if _in_batch(s, TRAIN_BATCH)]
    held = [s for s in scripts if _in_batch(s, HELD_OUT_BATCH)]
    if tune:
        # Settings chosen on the training batch alone (5-fold CV inside it); the held-out batch is not read.
        for c1 in (0.0, 0.05, 0.1, 0.3):
            for c2 in (0.01, 0.05, 0.1, 0.3):
                _row(f"tune: CV on {len(train)} train, c1 {c1} c2 {c2}",
                     cross_validate(train, c1=c1, c2=c2, gold_risk=gold_risk))
        return
    print(f"# per language: span P/R/F1, span+type F1, fragments, read in full, most outcomes in one answer; "
          f"train {len(train)} convs, held out {len(held)}")
    print(f"{'':44s} " + " ".join(f"{lang:>28s}" for lang in LANGS))
    _row(f"held-out {len(held)}: rules (tuned on them)", score(held, False, gold_risk))
    _row(f"held-out {len(held)}: learned", score(held, False, gold_risk, cutter=train_cutter(train)))
    _row(f"held-out {len(held)}: hybrid", score(held, False, gold_risk, cutter=train_cutter(train, hybrid=True)))
    _row(f"held-out {len(held)}: clauses (CRF on rules' clauses)",
         score(held, False, gold_risk, cutter=train_cutter(train, clauses=True)))
    _row(f"{CV_FOLDS}-fold CV over {len(scripts)}: rules (tuned on all)", score(scripts, False, gold_risk))
    _row(f"{CV_FOLDS}-fold CV over {len(scripts)}: learned", cross_validate(scripts, gold_risk=gold_risk))
    _row(f"{CV_FOLDS}-fold CV over {len(scripts)}: hybrid", cross_validate(scripts, hybrid=True, gold_risk=gold_risk))
    _row(f"{CV_FOLDS}-fold CV over {len(scripts)}: clauses",
         cross_validate(scripts, clauses=True, gold_risk=gold_risk))
    _timing(scripts)


def wide_learned_report(gold_risk: bool) -> None:
    """The learned cut taught from all the gold that may be read (stop 28): dev, the retired first test set and the
    fresh sets' odd halves; scored on each fresh set's even half, which it never saw, beside the rules there."""
    fresh = {name: load_scripts(folder) for name, folder in FRESH_SETS.items()}
    taught = load_scripts(DEV_DIR) + load_scripts(RETIRED_DIR)
    taught += [s for ss in fresh.values() for s in ss if fresh_number(s) % 2 == 1]
    cutters = {"learned": train_cutter(taught), "hybrid": train_cutter(taught, hybrid=True)}
    print(f"# per language: span P/R/F1, span+type F1, fragments, read in full, most outcomes in one answer; "
          f"taught from {len(taught)} conversations (dev, retired, fresh odd halves)")
    print(f"{'':44s} " + " ".join(f"{lang:>28s}" for lang in LANGS))
    for name, ss in fresh.items():
        held = [s for s in ss if fresh_number(s) % 2 == 0]
        _row(f"{name} even {len(held)}: rules", score(held, False, gold_risk))
        for label, cutter in cutters.items():
            _row(f"{name} even {len(held)}: {label}", score(held, False, gold_risk, cutter=cutter))


# ------------------------------------------------------------------ leave one writer out (--by-writer, stop 30)


@dataclass
class Writer:
    """One writer's (or one folder's) conversations: those a reading may be taught from, and those it is scored on.

    `taught`: the readable ones (a fresh set's odd half; all of dev, the retired set and the stop-30 writers).
    `held`: the ones nobody tuned on (a fresh set's even half; all of a stop-30 writer's): the fair place to set a
    learned reading beside the rules, which were written from the rest."""

    name: str
    taught: list[dict[str, Any]]
    scored: list[dict[str, Any]]
    held: list[dict[str, Any]]


#: The test set's twin (dev_fresh5): four writers, twenty ids each (its README).
TWIN_WRITERS = (("twinA", 401), ("twinB", 421), ("twinC", 441), ("twinD", 461))
#: The test set's second twin (dev_fresh6, stop 30): four more writers, twenty ids each (its README).
FRESH6_WRITERS = (("convA", 501), ("convB", 521), ("convC", 541), ("convD", 561))
#: The test set's third twin (dev_fresh7, stop 38): four more writers, twenty ids each (its README).
FRESH7_WRITERS = (("fresh7A", 601), ("fresh7B", 621), ("fresh7C", 641), ("fresh7D", 661))


def writers() -> list[Writer]:
    """Every writer group whose gold may be taught from, each once (issue 11, stop 30)."""
    # The rules were written from dev and the retired set, read in full: nothing of theirs is held out.
    out = [Writer(name, ss, ss, []) for name, ss in (("dev", load_scripts(DEV_DIR)),
                                                     ("retired", load_scripts(RETIRED_DIR)))]
    for name, folder in FRESH_SETS.items():
        ss = load_scripts(folder)
        blocks = {"fresh5": TWIN_WRITERS, "fresh6": FRESH6_WRITERS, "fresh7": FRESH7_WRITERS}.get(name)
        groups = [(name, ss)] if blocks is None else [
            (writer, [s for s in ss if first <= fresh_number(s) < first + 20]) for writer, first in blocks]
        for label, group in groups:
            out.append(Writer(label, [s for s in group if fresh_number(s) % 2 == 1], group,
                              [s for s in group if fresh_number(s) % 2 == 0]))
    return out


#: Where --export-types writes the readable gold for the type reader (bot.analysis.outcomes.TypeReader).
TYPE_GOLD = ROOT / "bot" / "data" / "analysis" / "outcome_types_gold.tsv"


def export_types(path: Path = TYPE_GOLD) -> int:
    """Every gold outcome that may be read (dev, the retired set, the fresh sets' odd halves; never an even half nor
    the blind set) as a line of the type reader's training data: span, type, language, the question's prior (as
    bot.conversation.questions gives it to the analysis; "-" for none) and the writer group (for leave-one-writer-out).

    Why (stop 31): one outcome in ten cut exactly right was put in the wrong group; the gold of many writers is some
    2,700 labelled outcomes with their question, four times the hand-written training lines."""
    from bot.conversation.questions import question_for

    lines = ["text\ttype\tlanguage\tprior\twriter",
             "# Generated by benchmarks/outcome_span_benchmark.py --export-types from the readable gold; do not edit."]
    for writer in writers():
        for script in writer.taught:
            lang = str(script.get("language"))
            said = [(str(a["question"]), a.get("outcomes") or []) for a in script.get("answers") or []]
            said += [("readback_addition", [add]) for add in script.get("readback_additions") or [] if add.get("span")]
            for key, outcomes in said:
                q = question_for(key)
                prior = (q.outcome_prior if q else None) or "-"
                for o in outcomes:
                    text = " ".join(str(o["span"]).split())
                    if text and o.get("type") in ("change", "maintenance", "process"):
                        lines.append(f"{text}\t{o['type']}\t{lang}\t{prior}\t{writer.name}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 2


def types_by_writer_report(gold_risk: bool) -> None:
    """Type accuracy over exact span matches with each writer group typed by a TypeReader taught without its gold
    (stop 31): the honest reading of the readable sets, which the shipped reader was taught from."""
    from bot.analysis import outcomes

    total = {lang: Counts() for lang in LANGS}
    for writer in writers():
        outcomes.use_type_reader(outcomes.TypeReader(leave_out=writer.name))
        _analysed.cache_clear()
        counts = score(writer.taught, False, gold_risk)
        for lang in LANGS:
            _add(total[lang], counts[lang])
        print(f"{writer.name:10s} " + "  ".join(f"{lang} {counts[lang].exact_typed}/{counts[lang].exact}"
                                               for lang in LANGS), flush=True)
    outcomes.use_type_reader(None)
    _analysed.cache_clear()
    for lang in LANGS:
        c = total[lang]
        print(f"# {lang}: typed right {c.exact_typed}/{c.exact} of the exact matches, span+type F1 "
              f"{prf(c.exact_typed, c.pred, c.gold)[2]:.3f}, span F1 {prf(c.exact, c.pred, c.gold)[2]:.3f}")


def sift_examples(scripts: list[dict[str, Any]]) -> list[Any]:
    """Each outcome the rules find in the answers of `scripts`, marked when it shares words with a gold outcome of
    its answer (the benchmark's lenient match): what the sifter learns to keep."""
    from bot.analysis.outcome_spans import SiftExample

    out = []
    for ex in span_examples(scripts):
        gold = [ex.text[a:b] for a, b in ex.spans]
        out += [SiftExample(ex.text, ex.question, o.start, o.end, any(lenient_match(o.text, g) for g in gold))
                for o in _analysed(ex.text, ex.question).outcomes if not o.read_in_full]
    return out


def train_sifter(scripts: list[dict[str, Any]], **params: Any) -> Sift:
    from bot.analysis.outcome_spans import OutcomeSifter

    return OutcomeSifter(sift_examples(scripts), **params).keep


#: The readings set beside the rules, leave one writer out: name -> how to build it from the taught scripts.
Reading = tuple[Cutter | None, Sift | None]
READINGS: dict[str, Callable[[list[dict[str, Any]]], Reading]] = {
    "sifted rules": lambda taught: (None, train_sifter(taught)),
    "CRF cut": lambda taught: (train_cutter(taught), None),
    "clause CRF": lambda taught: (train_cutter(taught, clauses=True), None),
    "hybrid CRF": lambda taught: (train_cutter(taught, hybrid=True), None),
}


def _f1_cells(c: Counts) -> str:
    """span P/R/F1, lenient F1, span+type F1."""
    return (" ".join(f"{v:.2f}" for v in prf(c.exact, c.pred, c.gold))
            + f" {prf(c.lenient, c.pred, c.gold)[2]:.2f} {prf(c.exact_typed, c.pred, c.gold)[2]:.2f}")


def by_writer_report(readings: list[str], gold_risk: bool, held_only: bool = False,
                     leave_out: list[str] | None = None) -> None:
    """Leave one writer out: each reading taught from every other writer's readable gold, scored on the one left
    out, beside the rules on the same answers; summed per language over all answers and over the held-out ones.

    `held_only`: leave out only the writers with held-out answers (dev and the retired set still teach).
    `leave_out`: leave out only these writers, in turn (the others still teach)."""
    groups = writers()
    print(f"# leave one writer out over {len(groups)} writers: " + ", ".join(
        f"{w.name} (taught {len(w.taught)}, scored {len(w.scored)}, held {len(w.held)})" for w in groups))
    print("# cells per language: span P R F1, lenient F1, span+type F1")
    names = ["rules", *readings]
    total = {(n, part): {lang: Counts() for lang in LANGS} for n in names for part in ("all", "held")}
    for w in groups:
        if (held_only and not w.held) or (leave_out and w.name not in leave_out):
            continue
        taught = [s for other in groups if other is not w for s in other.taught]
        for n in names:
            t0 = time.monotonic()
            cutter, sift = (None, None) if n == "rules" else READINGS[n](taught)
            for part, ss in (("all", w.scored), ("held", w.held)):
                c = score(ss, False, gold_risk, cutter=cutter, sift=sift)
                for lang in LANGS:
                    _add(total[(n, part)][lang], c[lang])
                if part == "all":
                    cells = " | ".join(f"{lang} {_f1_cells(c[lang])}" for lang in LANGS if c[lang].gold or c[lang].pred)
                    print(f"{w.name:8s} {n:14s} {cells}  ({time.monotonic() - t0:.0f} s)", flush=True)
    for part, label in (("all", "every answer of each left-out writer"),
                        ("held", "held-out answers only (fresh sets' even halves, the stop-30 writers)")):
        print(f"# summed over writers, {label}")
        for n in names:
            print(f"{'':8s} {n:14s} " + " | ".join(f"{lang} {_f1_cells(total[(n, part)][lang])}" for lang in LANGS))


def _add(into: Counts, c: Counts) -> None:
    for name in ("gold", "pred", "exact", "lenient", "exact_typed", "fragments", "read_in_full"):
        setattr(into, name, getattr(into, name) + getattr(c, name))


#: The "more writers" curve: taught from this many other writers (drawn at random, seeded), then from all.
CURVE_SIZES = (1, 2, 4)
CURVE_DRAWS = 3


def curve_report(reading: str, gold_risk: bool, leave_out: list[str] | None = None,
                 draws_per_size: int = CURVE_DRAWS) -> None:
    """Does a left-out writer's F1 climb as the reading is taught from 1, 2, 4 and all other writers?

    `leave_out`: only these writers left out in turn; `draws_per_size`: random draws of other writers per size."""
    import random

    groups = writers()
    rng = random.Random(30)
    print(f"# the more-writers curve, {reading}: span F1 / span+type F1 per language summed over left-out writers "
          f"(each size: {draws_per_size} seeded draws of other writers, counts summed)")
    sizes = [*CURVE_SIZES, len(groups) - 1]
    keys = ["rules", *(str(k) for k in sizes)]
    total = {k: {lang: Counts() for lang in LANGS} for k in keys}
    taught_convs = dict.fromkeys(keys, 0)
    draws_made = dict.fromkeys(keys, 0)
    for w in groups:
        if not w.held or (leave_out and w.name not in leave_out):
            continue  # dev and the retired set: the rules were written from them, so nothing to set beside them
        others = [o for o in groups if o is not w and o.taught]
        rules = score(w.held, False, gold_risk)
        for lang in LANGS:
            _add(total["rules"][lang], rules[lang])
        for k in sizes:
            draws = [others] if k >= len(others) else [rng.sample(others, k) for _ in range(draws_per_size)]
            for drawn in draws:
                taught = [s for o in drawn for s in o.taught]
                taught_convs[str(k)] += len(taught)
                draws_made[str(k)] += 1
                cutter, sift = READINGS[reading](taught)
                c = score(w.held, False, gold_risk, cutter=cutter, sift=sift)
                for lang in LANGS:
                    _add(total[str(k)][lang], c[lang])
        print(f"# {w.name} done", flush=True)
    for key in keys:
        label = key if key == "rules" else f"{key} writers (mean {taught_convs[key] / max(draws_made[key], 1):.0f} convs)"
        print(f"{label:32s} " + " | ".join(f"{lang} {_f1_cells(total[key][lang])}" for lang in LANGS))


#: The speed asked of a learned cut: an answer of 2,000 characters well under 50 ms.
TIMING_CHARS = 2000


def _timing(scripts: list[dict[str, Any]]) -> None:
    """Milliseconds (median of 21) to cut a 2,000-character answer made of dev answers, and to sort a
    1,400-character one (under READ_IN_FULL_CHARS, so it is cut and typed) with the learned cut."""
    from bot.analysis.outcomes import READ_IN_FULL_CHARS, sort_outcomes_many

    cutter = train_cutter(scripts)
    hybrid = train_cutter(scripts, hybrid=True)
    texts = [str(a["says"]) for s in scripts for a in s.get("answers") or []]
    long_text = " ".join(texts)[:TIMING_CHARS]
    sortable = " ".join(texts)[:READ_IN_FULL_CHARS - 100]

    def median_ms(fn: Callable[[], object]) -> float:
        runs = []
        for _ in range(21):
            t0 = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - t0) * 1000)
        return sorted(runs)[len(runs) // 2]

    def hybrid_uncached() -> object:
        _rules_cut.cache_clear()  # the rules run each time, as they would at run time
        return hybrid(long_text, None)

    print(f"# speed (median of 21): learned cut of {len(long_text)} chars {median_ms(lambda: cutter(long_text, None)):.1f} ms; "
          f"hybrid cut (rules included) {median_ms(hybrid_uncached):.1f} ms; "
          f"sort_outcomes of {len(sortable)} chars: rules "
          f"{median_ms(lambda: sort_outcomes_many([(sortable, None)])):.1f} ms, learned "
          f"{median_ms(lambda: sort_outcomes_many([(sortable, None)], cutter)):.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=["dev", *FRESH_SETS, "retired"], default="dev",
                        help="the dev set (default) or a fresh writer's set (dev_fresh; fresh2: dev_fresh2, the "
                             "second fresh writer, stop 22; fresh3: dev_fresh3, the third, stop 26; fresh4: dev_fresh4, the "
                             "fourth, stop 27; fresh5: dev_fresh5, the test set's twin, stop 29), scored as its tuning "
                             "half (odd numbers) and held-out half (even numbers) on their own lines; retired: "
                             "dev_retired, the first test set, retired into dev material at stop 28, whole and "
                             "as its two halves")
    parser.add_argument("--verbose", action="store_true", help="print every mismatch (fresh: the tuning half only)")
    parser.add_argument("--only", help="dev conversation ids, comma-separated")
    parser.add_argument("--ids", help="dev conversation ids matching this shell pattern, e.g. '*-1[1-4]'")
    parser.add_argument("--answers", action="store_true",
                        help="print each answer whose outcomes differ, with its gold spans found / missed and extras")
    parser.add_argument("--confusion", action="store_true", help="print the type confusion over exact span matches")
    parser.add_argument("--edges", action="store_true",
                        help="each outcome cut at the wrong place (lenient but not exact), by which edge is off and "
                             "which way, with counts per language (readable scripts only)")
    parser.add_argument("--gold-risk", action="store_true",
                        help="drop outcomes for the answers the script marks urgent, not those the risk reader does "
                             "(outcome extraction alone, whatever the risk reader's false alarms)")
    parser.add_argument("--learned", action="store_true",
                        help="learned span boundaries: rules / learned / hybrid on the held-out batch (*-11, *-12, "
                             "trained on *-01, *-02) and by 5-fold cross-validation by conversation over the dev set")
    parser.add_argument("--wide", action="store_true",
                        help="with --learned: taught from dev, the retired set and the fresh sets' odd halves, "
                             "scored on the fresh sets' even halves beside the rules (about 3 minutes)")
    parser.add_argument("--by-writer", action="store_true",
                        help="leave one writer out (stop 30): each learned reading taught from every other writer's "
                             "readable gold, scored on the one left out beside the rules")
    parser.add_argument("--readings", default=",".join(READINGS),
                        help="with --by-writer: which learned readings, comma-separated, of: " + ", ".join(READINGS))
    parser.add_argument("--held-only", action="store_true",
                        help="with --by-writer: leave out only writers with held-out answers (quicker)")
    parser.add_argument("--leave-out", help="with --by-writer or --curve: only these writers left out, comma-separated")
    parser.add_argument("--draws", type=int, default=CURVE_DRAWS,
                        help="with --curve: random draws of other writers per size")
    parser.add_argument("--curve", metavar="READING",
                        help="the more-writers curve of one reading: taught from 1, 2, 4 and all other writers, "
                             "scored on each left-out writer's held-out answers")
    parser.add_argument("--export-types", action="store_true",
                        help="write the readable gold outcomes to bot/data/analysis/outcome_types_gold.tsv (stop 31)")
    parser.add_argument("--types-by-writer", action="store_true",
                        help="type accuracy with each writer typed by a type reader taught without them (stop 31)")
    parser.add_argument("--tune", action="store_true",
                        help="with --learned: the CRF settings by 5-fold CV inside the training batch only")
    args = parser.parse_args(argv)
    scripts = load_scripts(RETIRED_DIR if args.set == "retired" else FRESH_SETS.get(args.set, DEV_DIR))
    if args.only:
        wanted = set(args.only.split(","))
        scripts = [s for s in scripts if s.get("id") in wanted]
    if args.ids:
        scripts = [s for s in scripts if fnmatch.fnmatch(str(s.get("id")), args.ids)]
    if args.export_types:
        print(f"{export_types()} gold outcomes written to {TYPE_GOLD.relative_to(ROOT)}")
        return 0
    from bot.analysis import load

    load()
    if args.types_by_writer:
        types_by_writer_report(args.gold_risk)
        return 0
    if args.by_writer:
        by_writer_report([r for r in args.readings.split(",") if r], args.gold_risk, args.held_only,
                         args.leave_out.split(",") if args.leave_out else None)
        return 0
    if args.curve:
        curve_report(args.curve, args.gold_risk, args.leave_out.split(",") if args.leave_out else None, args.draws)
        return 0
    if args.learned and args.wide:
        wide_learned_report(args.gold_risk)
        return 0
    if args.learned:
        learned_report(scripts, args.gold_risk, args.tune)
        return 0
    if args.set in FRESH_SETS:
        halves = (("tuning half (odd numbers)", [s for s in scripts if fresh_number(s) % 2 == 1], True),
                  ("held-out half (even numbers)", [s for s in scripts if fresh_number(s) % 2 == 0], False))
        for label, half, readable in halves:
            report(half, f"{args.set} set, {label}", args, readable)
        return 0
    if args.set == "retired":  # all of it may be read since stop 28; its halves show what a rule learned on one does
        report(scripts, "retired set (the first test set)", args, True)
        for parity, name in ((1, "odd"), (0, "even")):
            half = [s for s in scripts if fresh_number(s) % 2 == parity]
            report(half, f"retired set, {name} numbers", args, False)
        return 0
    report(scripts, "dev set", args, True)
    return 0


def fresh_number(script: dict[str, Any]) -> int:
    """The number that ends a fresh script's id (cy-north-person-21 -> 21): odd tuning, even held out."""
    tail = str(script.get("id")).rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def report(scripts: list[dict[str, Any]], title: str, args: argparse.Namespace, readable: bool) -> None:
    """The figures table for these scripts; mismatches printed only when the scripts may be read."""
    start = time.monotonic()
    edges: list[tuple[str, str, str, str, str]] | None = [] if args.edges and readable else None
    counts = score(scripts, args.verbose and readable, args.gold_risk, args.answers and readable, edges=edges)
    seconds = time.monotonic() - start
    risk = "the script's urgent labels" if args.gold_risk else "the risk reader"
    print(f"# {title}, {len(scripts)} conversations, offline ({seconds:.1f} s after loading); urgent answers by {risk}")
    print(f"{'figure':28s} {'cy':>16s} {'en':>16s}")
    rows: list[tuple[str, list[str]]] = []
    for label in ("gold / predicted", "span P / R / F1", "lenient P / R / F1", "span+type F1", "fragments"):
        cells = []
        for lang in LANGS:
            c = counts[lang]
            if label != "gold / predicted" and not (c.gold or c.pred):
                cells.append("-")  # no scripts in this language among those picked (--ids / --only)
            elif label == "gold / predicted":
                cells.append(f"{c.gold} / {c.pred}")
            elif label == "span P / R / F1":
                cells.append("/".join(f"{v:.2f}" for v in prf(c.exact, c.pred, c.gold)))
            elif label == "lenient P / R / F1":
                cells.append("/".join(f"{v:.2f}" for v in prf(c.lenient, c.pred, c.gold)))
            elif label == "span+type F1":
                cells.append(f"{prf(c.exact_typed, c.pred, c.gold)[2]:.2f}")
            else:
                cells.append(str(c.fragments))
        rows.append((label, cells))
    for label, cells in rows:
        print(f"{label:28s} {cells[0]:>16s} {cells[1]:>16s}")
    for lang in LANGS:
        per = ", ".join(f"{t} {v[1]}/{v[0]} found, {v[2]} typed" for t, v in sorted(counts[lang].by_type.items()))
        print(f"# {lang}: {per}")
    if edges:
        for lang, kind, gold, pred, words in sorted(edges):
            print(f"  edge {lang} {kind}: gold {gold!r} / got {pred!r} / {words}")
        kinds = sorted({e[1] for e in edges})
        print("# outcomes cut at the wrong place, by kind: " + "; ".join(
            f"{k} " + "/".join(str(sum(e[0] == lang and e[1] == k for e in edges)) for lang in LANGS) for k in kinds)
            + " (cy/en)")
    if args.confusion:
        from bot.analysis.types import OUTCOME_TYPES

        for lang in LANGS:
            print(f"# {lang} type confusion (rows gold, columns predicted), exact span matches")
            print(f"{'':14s}" + "".join(f"{t:>13s}" for t in OUTCOME_TYPES))
            for gold_type in OUTCOME_TYPES:
                row = "".join(f"{counts[lang].confusion.get((gold_type, t), 0):>13d}" for t in OUTCOME_TYPES)
                print(f"{gold_type:14s}{row}")


if __name__ == "__main__":
    sys.exit(main())
