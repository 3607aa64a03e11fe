"""Outcome spans offline (issue 11): every dev answer through the assistant's own sorting, in seconds.

    .venv/bin/python benchmarks/outcome_span_benchmark.py            # dev set figures
    .venv/bin/python benchmarks/outcome_span_benchmark.py --verbose  # and every mismatch
    .venv/bin/python benchmarks/outcome_span_benchmark.py --answers  # each answer with a mismatch, gold beside it
    .venv/bin/python benchmarks/outcome_span_benchmark.py --ids '*-1[1-4]' --confusion  # some scripts; type matrix

Why: the conversation-level benchmark (benchmarks/conversation_benchmark.py) starts Rasa and takes
minutes; outcome extraction needs many quick runs. This plays no conversation: for each scripted
answer of the dev set (benchmarks/conversations/dev) it does what bot.conversation.answers does when
the answer is stored (bot.analysis.analyse with the question's prior from bot.conversation.questions;
outcomes only for questions that hold them, never for a service named without a reason, an urgent
disclosure or a concern in a harm category (bot.safeguarding.harm.is_harm); a "why" answer when the service-led reading would ask for one; read-back additions with
no question, kept whole when nothing is found) and scores with the very functions of the
conversation benchmark (imported, not copied). Differences from the real run: it assumes every
scripted question is asked, so a derailed conversation scores better here than there.

The blind set (benchmarks/blind) is never read.
"""
from __future__ import annotations

import argparse
import fnmatch
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Imported as a top-level module, the way mypy (benchmarks/ is not a package) and the scorer's test see it.
sys.path.insert(0, str(ROOT / "benchmarks"))

from conversation_benchmark import (  # noqa: E402 - after the path set-up
    DEV_DIR,
    LANGS,
    exact_match,
    gold_outcomes,
    is_fragment,
    lenient_match,
    load_scripts,
    match,
    norm_span,
    prf,
)


@dataclass
class Counts:
    """Per-language counts (the conversation benchmark's Tally, outcomes only)."""

    gold: int = 0
    pred: int = 0
    exact: int = 0
    lenient: int = 0
    exact_typed: int = 0
    fragments: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type -> [gold, exact, typed]
    #: (gold type, predicted type) -> exact span matches
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class Predicted:
    text: str
    type: str
    read_in_full: bool = False


def predict(script: dict[str, Any], gold_risk: bool = False) -> tuple[list[Predicted], list[str], list[tuple[str, str, list[Predicted]]]]:
    """(outcomes, answer texts, per answer (question key, text, its outcomes)) as the assistant would store them."""
    from bot.analysis import analyse, is_service_led
    from bot.conversation.questions import question_for
    from bot.safeguarding.harm import is_harm

    preds: list[Predicted] = []
    answers: list[str] = []
    per_answer: list[tuple[str, str, list[Predicted]]] = []

    def store(key: str, text: str, prior: str | None, holds: bool, whole_if_none: bool = False,
              risk: str | None = None) -> None:
        answers.append(text)
        analysis = analyse(text, question=prior)
        got: list[Predicted] = []
        # As bot.storage.repository.record_answer: urgent, or a concern in a harm category, makes no outcomes.
        urgent = risk == "urgent" if gold_risk else is_harm(analysis.risk.level, analysis.risk.categories)
        # Read-back additions are kept whatever the service-led reading says (bot.conversation.readback).
        if holds and (whole_if_none or not analysis.service_led) and not urgent:
            got = [Predicted(o.text, o.type, getattr(o, "read_in_full", False)) for o in analysis.outcomes]
            if not got and whole_if_none:
                got = [Predicted(text, analysis.outcome_type or "change")]
        preds.extend(got)
        per_answer.append((key, text, got))

    for a in script.get("answers") or []:
        q = question_for(a["question"])
        prior = q.outcome_prior if q else None
        store(a["question"], str(a["says"]), prior, q is not None and q.holds_outcomes, risk=a.get("risk"))
        if q is not None and q.why_slot and is_service_led(str(a["says"])) and a.get("why_answer"):
            store("why_" + a["question"], str(a["why_answer"]), prior, True)
    for add in script.get("readback_additions") or []:
        store("readback_addition", str(add["says"]), None, True, whole_if_none=True)
    return preds, answers, per_answer


def score(scripts: list[dict[str, Any]], verbose: bool, gold_risk: bool = False,
          answers_view: bool = False) -> dict[str, Counts]:
    out = {lang: Counts() for lang in LANGS}
    for script in scripts:
        lang = str(script.get("language")) if script.get("language") in LANGS else "en"
        c = out[lang]
        gold = gold_outcomes(script)
        preds, answers, per_answer = predict(script, gold_risk)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("--only", help="dev conversation ids, comma-separated")
    parser.add_argument("--ids", help="dev conversation ids matching this shell pattern, e.g. '*-1[1-4]'")
    parser.add_argument("--answers", action="store_true",
                        help="print each answer whose outcomes differ, with its gold spans found / missed and extras")
    parser.add_argument("--confusion", action="store_true", help="print the type confusion over exact span matches")
    parser.add_argument("--gold-risk", action="store_true",
                        help="drop outcomes for the answers the script marks urgent, not those the risk reader does "
                             "(outcome extraction alone, whatever the risk reader's false alarms)")
    args = parser.parse_args(argv)
    scripts = load_scripts(DEV_DIR)
    if args.only:
        wanted = set(args.only.split(","))
        scripts = [s for s in scripts if s.get("id") in wanted]
    if args.ids:
        scripts = [s for s in scripts if fnmatch.fnmatch(str(s.get("id")), args.ids)]
    from bot.analysis import load

    load()
    start = time.monotonic()
    counts = score(scripts, args.verbose, args.gold_risk, args.answers)
    seconds = time.monotonic() - start
    risk = "the script's urgent labels" if args.gold_risk else "the risk reader"
    print(f"# dev set, {len(scripts)} conversations, offline ({seconds:.1f} s after loading); urgent answers by {risk}")
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
    if args.confusion:
        from bot.analysis.types import OUTCOME_TYPES

        for lang in LANGS:
            print(f"# {lang} type confusion (rows gold, columns predicted), exact span matches")
            print(f"{'':14s}" + "".join(f"{t:>13s}" for t in OUTCOME_TYPES))
            for gold_type in OUTCOME_TYPES:
                row = "".join(f"{counts[lang].confusion.get((gold_type, t), 0):>13d}" for t in OUTCOME_TYPES)
                print(f"{gold_type:14s}{row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
