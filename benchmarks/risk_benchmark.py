"""Benchmark the safeguarding risk detector on held-out sets.

Usage:
    python benchmarks/risk_benchmark.py [TSV ...]   (default: every held-out set, see DEFAULT_SETS)
    python benchmarks/risk_benchmark.py --blind     also score the blind sets (aggregate figures only)
    python benchmarks/risk_benchmark.py --errors    also list every miss, for review (never for blind sets)
    python benchmarks/risk_benchmark.py --halves FILE  a fresh file's tuning half (odd data lines) and held-out half
                                                    (even) apart: calm lines read urgent or reaching duty, disclosures
                                                    found; --errors lists the tuning half only (heldout/risk_fresh4.tsv,
                                                    heldout/everyday_writers31/evQ.tsv)
    python benchmarks/risk_benchmark.py --fresh [FOLDER]  a fresh writer's whole conversations (conversations/dev_fresh,
                                                    or the FOLDER named, e.g. dev_fresh2):
                                                    calm conversations with an urgent flag, disclosure conversations
                                                    and messages found urgent, per language, the tuning half (odd
                                                    numbers) and the held-out half (even) on their own lines;
                                                    --errors lists the tuning half only
    python benchmarks/risk_benchmark.py --writers FILE ...  each FILE one writer's labelled lines (stop 30,
                                                    heldout/risk_writers30/): read as is, then leave-one-writer-out
                                                    (the model refitted in-process with the other writers' lines
                                                    added), by the whole reader and the model alone; --curve adds
                                                    1, 2, ... other writers (counts only, no line printed);
                                                    the writers read are always left out of the training data
                                                    (stop 31: their odd lines are trained); --writer-half odd adds
                                                    only other writers' odd lines (the shipped model minus the one
                                                    read), --only rwK,rwL runs just those fits, --as-is reads with
                                                    the model as it ships (writers it never trained on);
                                                    --thresholds (stop 32) also reads each fit's lines with the
                                                    model's bar lowered or a "please check" lifted (counts only):
                                                    since stop 35 the writers' odd lines (out of fold: a bar may be
                                                    chosen on them) apart from their even lines (held out), the
                                                    everyday answers, and evQ/evR/evS's odd and even halves apart
    python benchmarks/risk_benchmark.py --now       "call 999 now" on dev2's disclosures (gold column `now`): found and
                                                    false per half and language
    python benchmarks/risk_benchmark.py --dev       the issue-11 dev material only: every message of the dev
                                                    conversations (benchmarks/conversations/dev), the dev
                                                    everyday answers and the dev disclosures; --errors lists
                                                    its false urgents and misses
    python benchmarks/risk_benchmark.py --sources   the dev material's false and missed urgents counted by where
                                                    the urgent reading comes from (rules / model / both), with the
                                                    model's p(urgent) band; --errors lists the readable halves' lines
    python benchmarks/risk_benchmark.py --by-question  the dev messages' urgent readings (false and true) counted by the
                                                    question answered and who answers (counts only, never a line)
    python benchmarks/risk_benchmark.py --dev-oof   the dev tuning halves (in the training data) read out of fold, so a
                                                    change to the model or the decision can be chosen on them
    python benchmarks/risk_benchmark.py --cv        cross-validate the learned second opinion on its
                                                    training data ONLY (risk.TRAINING_FILES plus the
                                                    ordinary answers, exactly what the package trains on;
                                                    how MODEL_C and the thresholds in risk.py were chosen)

TSV columns: text, language (cy|en), expected_level (urgent|concern|none), categories
(comma list; on "none" rows the tag "idiom" marks a look-alike idiom).

Prints one figure per line, per language, e.g. ``risk_urgent_recall_cy: 1.00``. With several
files the figures are prefixed by the file's stem unless it is "risk" (e.g. ``risk_fresh_...``).
Since stop 24 urgent is reported as before, "please check" (a concern the learned model alone read as maybe urgent,
below the bar where it is sure: the duty team is asked to read it) on lines of its own, and recall over the two
(``..._reached_duty_recall_...``: RiskAssessment.reaches_duty, a disclosure that reached a person on duty).
Exit status is 1 when a done-when target is missed on the done-when set, heldout/risk.tsv (urgent
recall 1.0, idiom false-urgent <= 0.10, per language).
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import itertools
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.analysis.risk import URGENT_CATEGORIES, assess_risk  # noqa: E402
from bot.analysis.risk.model import Model  # noqa: E402

Row = tuple[str, str, str, tuple[str, ...]]

HELDOUT = ROOT / "benchmarks" / "heldout"
#: Default sets, in the order they were written.
DEFAULT_SETS = [HELDOUT / "risk.tsv", HELDOUT / "risk_fresh.tsv", HELDOUT / "risk_fresh2.tsv",
                HELDOUT / "risk_fresh3.tsv", HELDOUT / "risk_cy_dev.tsv"]
#: Written by people who never saw the code; their lines are never printed. blind and blind2 chose
#: the round-9 thresholds (aggregate figures only); blind3 was written after that and is the test.
BLIND_SETS = [ROOT / "benchmarks" / "blind" / name for name in ("risk_blind.tsv", "risk_blind2.tsv", "risk_blind3.tsv")]


def load(path: Path) -> list[Row]:
    """Rows of a benchmark TSV (header required).

    A training file not in the model's TRAINING_FILES (risk_train_stop17.tsv, risk_train_families19.tsv) can be scored
    as fresh text too: its "#" comment lines are skipped and its "level" column read as the expected level.
    """
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    for rec in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        expected = (rec.get("expected_level") or rec.get("level") or "").strip()
        cats = tuple(c.strip() for c in (rec.get("categories") or "").split(",") if c.strip())
        note = (rec.get("note") or "").lower()
        if expected == "none" and note.startswith(("idiom", "slang", "look-alike")):
            cats += ("idiom",)  # the blind set marks its look-alikes in a note column
        rows.append((rec["text"], rec["language"].strip(), expected, cats))
    return rows


def _ratio(num: int, den: int) -> float:
    return num / den if den else float("nan")


def evaluate(rows: list[Row], prefix: str, show_errors: bool) -> tuple[list[str], bool]:
    """Figures for one set; returns the printed lines and whether the targets were met."""
    lines: list[str] = []
    ok = True
    predictions = [assess_risk(text) for text, _, _, _ in rows]
    for lang in ("cy", "en"):
        idx = [i for i, r in enumerate(rows) if r[1] == lang]
        urgent = [i for i in idx if rows[i][2] == "urgent"]
        concern = [i for i in idx if rows[i][2] == "concern"]
        idioms = [i for i in idx if rows[i][2] == "none" and "idiom" in rows[i][3]]
        nones = [i for i in idx if rows[i][2] == "none"]
        u_hit = sum(predictions[i].level == "urgent" for i in urgent)
        u_check = sum(predictions[i].please_check for i in urgent)
        c_hit = sum(predictions[i].level in ("concern", "urgent") for i in concern)
        c_exact = sum(predictions[i].level == "concern" for i in concern)
        i_false = sum(predictions[i].level == "urgent" for i in idioms)
        i_check = sum(predictions[i].please_check for i in idioms)
        i_any = sum(predictions[i].level != "none" for i in idioms)
        acc = sum(predictions[i].level == rows[i][2] for i in idx)
        cat_rows = [i for i in urgent + concern if rows[i][3]]
        cat_hit = sum(set(rows[i][3]) <= set(predictions[i].categories) for i in cat_rows)
        recall = _ratio(u_hit, len(urgent))
        idiom_rate = _ratio(i_false, len(idioms))
        lines += [
            f"{prefix}urgent_n_{lang}: {len(urgent)}",
            f"{prefix}urgent_recall_{lang}: {recall:.2f}",
            f"{prefix}urgent_please_check_{lang}: {u_check}",
            f"{prefix}urgent_reached_duty_recall_{lang}: {_ratio(u_hit + u_check, len(urgent)):.2f}",
            f"{prefix}idiom_n_{lang}: {len(idioms)}",
            f"{prefix}idiom_false_urgent_rate_{lang}: {idiom_rate:.2f}",
            f"{prefix}idiom_please_check_rate_{lang}: {_ratio(i_check, len(idioms)):.2f}",
            f"{prefix}idiom_any_flag_rate_{lang}: {_ratio(i_any, len(idioms)):.2f}",
            f"{prefix}concern_n_{lang}: {len(concern)}",
            f"{prefix}concern_recall_{lang}: {_ratio(c_hit, len(concern)):.2f}",
            f"{prefix}concern_exact_{lang}: {_ratio(c_exact, len(concern)):.2f}",
            f"{prefix}none_false_flag_rate_{lang}: {_ratio(sum(predictions[i].level != 'none' for i in nones), len(nones)):.2f}",
            f"{prefix}category_match_{lang}: {_ratio(cat_hit, len(cat_rows)):.2f}",
            f"{prefix}accuracy_{lang}: {_ratio(acc, len(idx)):.2f}",
        ]
        if not (recall == 1.0 and idiom_rate <= 0.10):
            ok = False
        if show_errors:
            for i in idx:
                exp, got = rows[i][2], predictions[i]
                if exp != got.level or (exp != "none" and not set(rows[i][3]) <= set(got.categories)):
                    print(f"# MISS [{lang}] expected {exp} {list(rows[i][3])} got {got.level} {list(got.categories)}: {rows[i][0]}", file=sys.stderr)
    overall = sum(p.level == r[2] for p, r in zip(predictions, rows))
    lines.append(f"{prefix}accuracy: {_ratio(overall, len(rows)):.2f}")
    return lines, ok


def throughput(rows: list[Row], seconds: float = 2.0) -> float:
    """Messages per second, single thread, cycling through the set (rules compiled beforehand).

    Without assess_risk's memory of recent messages: every message is read afresh."""
    from bot.analysis.risk import decide

    texts = [r[0] for r in rows]
    with mock.patch.object(decide, "_assess_once", decide._assess_once.__wrapped__):
        assess_risk(texts[0])
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for t in texts:
                assess_risk(t)
            n += len(texts)
        return n / (time.perf_counter() - start)


def cross_validate(cs: Sequence[float] = (3.0, 10.0, 30.0), repeats: int = 3, folds: int = 5, by_file: bool = False) -> int:
    """Out-of-fold second opinion on the training data, combined with the (fixed) rules.

    Prints, per C and per setting of risk.Thresholds, urgent recall, idioms raised to urgent,
    idioms flagged at all, concern recall, ordinary lines flagged and ordinary lines made urgent,
    per language. The decision is risk.combine itself, so what is chosen here is what runs.
    `by_file`: each training file is held out in turn (its lines were written together, in one
    voice), which is closer to meeting new people's wording than random folds are.
    Held-out and blind sets are never read.
    """
    import random

    from bot.analysis import risk
    from bot.analysis.risk import model as risk_model
    from bot.analysis.risk import rules as risk_rules

    sources = [name for name in risk.TRAINING_FILES for _ in risk.load_training(risk.DATA_DIR / name)]
    rows = risk.load_training() + risk.ordinary_answers()  # exactly what cache.fitted_model() trains on
    sources += ["ordinary_answers"] * (len(rows) - len(sources))
    rules = risk_rules.rule_set()
    norms = [risk.pattern_text(r[0]) for r in rows]
    rule_level, deferred = [], []
    for n in norms:
        g, hit = risk_rules.guard(" " + n + " ", rules.guard_finder)
        neg: list[risk_rules.Rule] = []
        rule_level.append(risk_rules.assessment(risk_rules.fired(g, rules, neg), g, rules).level)
        deferred.append(hit or bool(neg) or risk.too_short(n))
    # In the *_pairs_* files lines come in pairs (a disclosure, then its look-alike).
    partner: list[int | None] = [None] * len(rows)
    for i in range(1, len(rows)):
        if "pairs" in sources[i] and sources[i - 1] == sources[i] and rows[i][2] == "none" and rows[i - 1][2] == "urgent":
            partner[i] = i - 1
    strata: dict[tuple[str, str, bool], list[int]] = {}
    for i, r in enumerate(rows):
        if partner[i] is None:
            strata.setdefault((r[1], r[2], "idiom" in r[3]), []).append(i)
    grid = [risk.Thresholds(urgent=u, concern=c_, flag=f, raise_concern=rc)
            for u, c_, f, rc in itertools.product((0.3, risk.URGENT_THRESHOLD, 0.4, 0.5), (0.4, 0.5, 0.6),
                                                  (0.5, 0.6, 0.7), (0.5, risk.RAISE_CONCERN, 1.1))
            if c_ <= f]

    for c in cs:
        probs = [[(0.0, 0.0)] * len(rows) for _ in range(repeats)]
        for rep in range(repeats):
            rnd = random.Random(rep)
            fold = [0] * len(rows)
            for idx in strata.values():
                idx = idx[:]
                rnd.shuffle(idx)
                for j, i in enumerate(idx):
                    fold[i] = j % folds
            for i, pair in enumerate(partner):  # a minimal pair's two lines share a fold: one must not teach the other
                if pair is not None:
                    fold[i] = fold[pair]
            if by_file:
                names = sorted(set(sources))
                fold = [names.index(src) for src in sources]
            for f in range(len(set(fold))):
                model = risk.train_model([rows[i] for i in range(len(rows)) if fold[i] != f], c, categories=False)
                for i in range(len(rows)):
                    if fold[i] == f:
                        p = risk_model.level_scores(norms[i], model)
                        probs[rep][i] = (p["urgent"], p["concern"])
        for t in grid:
            out = []
            for lang in ("cy", "en"):
                idx = [i for i, r in enumerate(rows) if r[1] == lang]
                ordinary = [i for i in idx if rows[i][2] == "none" and "idiom" not in rows[i][3]]
                sets = {
                    "urgent_recall": ([i for i in idx if rows[i][2] == "urgent"], lambda lvl: lvl == "urgent"),
                    "idiom_urgent": ([i for i in idx if "idiom" in rows[i][3]], lambda lvl: lvl == "urgent"),
                    "idiom_any": ([i for i in idx if "idiom" in rows[i][3]], lambda lvl: lvl != "none"),
                    "concern_recall": ([i for i in idx if rows[i][2] == "concern"], lambda lvl: lvl != "none"),
                    "ordinary_any": (ordinary, lambda lvl: lvl != "none"),
                    "ordinary_urgent": (ordinary, lambda lvl: lvl == "urgent"),
                }
                for name, (members, ok) in sets.items():
                    vals = [sum(ok(risk.combine(rule_level[i], deferred[i], *probs[rep][i], t)) for i in members)
                            / len(members) for rep in range(repeats)]
                    out.append(f"{name}_{lang} {sum(vals) / len(vals):.3f}")
            print(f"cv C={c:g} urgent={t.urgent:.2f} concern={t.concern:.2f} flag={t.flag:.2f} "
                  f"raise_concern={t.raise_concern:.2f}: " + "  ".join(out), flush=True)
    return 0


CONVERSATIONS_DEV = ROOT / "benchmarks" / "conversations" / "dev"
#: A fresh writer's whole conversations (stop 21), numbered 21-40: odd numbers are the tuning half (may be read), even
#: numbers the held-out half (counted only, never listed).
CONVERSATIONS_FRESH = ROOT / "benchmarks" / "conversations" / "dev_fresh"
DEV_EVERYDAY = ROOT / "benchmarks" / "conversations" / "dev_everyday.tsv"
DEV_DISCLOSURES = ROOT / "benchmarks" / "conversations" / "dev_disclosures.tsv"
#: Written blind after the first dev material was tuned on (stop 16): scored fresh before anything was
#: changed because of them; then one half was read (HELD_OUT_ROW) and the other is reported as held out.
DEV2_EVERYDAY = ROOT / "benchmarks" / "conversations" / "dev2_everyday.tsv"
DEV2_DISCLOSURES = ROOT / "benchmarks" / "conversations" / "dev2_disclosures.tsv"
#: A third writer's single answers (stop 26), written blind to the code and read first as held-out text.
DEV3_EVERYDAY = ROOT / "benchmarks" / "conversations" / "dev3_everyday.tsv"
DEV3_DISCLOSURES = ROOT / "benchmarks" / "conversations" / "dev3_disclosures.tsv"
DEV4_EVERYDAY = ROOT / "benchmarks" / "conversations" / "dev4_everyday.tsv"
DEV4_DISCLOSURES = ROOT / "benchmarks" / "conversations" / "dev4_disclosures.tsv"
#: A fifth writer's single answers (stop 28), written after the new test set to its everyday writer's brief (about 40%
#: look-alike wording; disclosures mostly told sideways): read first as held-out text, then the even data rows tuned on.
DEV5_EVERYDAY = ROOT / "benchmarks" / "conversations" / "dev5_everyday.tsv"
DEV5_DISCLOSURES = ROOT / "benchmarks" / "conversations" / "dev5_disclosures.tsv"
#: The dev conversations numbered 11 and up were written later (stop 16) and are reported on their own
#: lines (`risk_dev_new_conv_...`); of those, per language in name order, the 2nd, 4th, 6th... are the
#: held-out half (never listed by --errors), the others may be read.
NEW_CONVERSATION_FROM = 11


def held_out_row(index: int) -> bool:
    """The fixed rule for the later material's halves: data rows (or conversations, per language in
    name order) 1, 3, 5... counted from 0 are never read."""
    return index % 2 == 1


#: The fields of a scripted conversation a person types before the questions (gold risk: none
#: unless the script says otherwise), and those typed after them.
_SCRIPT_FIELDS = ("opening", "language_choice", "consent", "role", "name", "cared_for_name", "relationship")


def script_messages(script: dict[str, Any]) -> list[tuple[str, str]]:
    """(text, gold risk) of every message a dev conversation sends, in order.

    The answers carry a gold `risk`, and the opening may (`opening_risk`); the other set-up replies (name,
    consent...) and read-back additions count as "none" (no script discloses there)."""
    out = [(str(script[f]), str(script.get(f + "_risk") or "none")) for f in _SCRIPT_FIELDS if script.get(f)]
    out += [(str(a["says"]), str(a.get("risk") or "none")) for a in script.get("answers") or []]
    out += [(str(a["says"]), "none") for a in script.get("readback_additions") or []]
    return out


#: A script's field or answer question -> the form's slot, for the set-up questions (bot.conversation.safety's
#: SET_UP_QUESTIONS). The opening is said before any question, so it is not one.
_SLOT_OF = {"language_choice": "language", "consent": "consent_choice", "role": "role", "name": "name",
            "cared_for_name": "cared_for_name", "relationship": "relationship", "communication": "q_communication",
            "visit_time": "q_visit_time", "strengths": "q_strengths"}


def script_questions(script: dict[str, Any]) -> list[str]:
    """The question each of script_messages' messages answers (the field's name, or the answer's question)."""
    out = [f for f in _SCRIPT_FIELDS if script.get(f)]
    out += [str(a.get("question") or "") for a in script.get("answers") or []]
    out += ["readback" for _ in script.get("readback_additions") or []]
    return out


def read_in_context(text: str, question: str) -> str:
    """The level the conversation acts on: as assess_risk. Since stop 38 no question lowers an urgent reading (the rules'
    or the learned model's when sure, bot.conversation.safety.urgent_at_any_question; the sixteenth trial's AR1); only
    an unsure "please check" is a concern at a set-up question, and assess_risk does not call that urgent. `question`
    is kept so the figures stay comparable with the stops before (stops 22 and 23 lowered the model alone there)."""
    del question
    return assess_risk(text).level


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() if k != "text" else (v or "") for k, v in rec.items() if k}
                for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _number(name: str) -> int:
    tail = name.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def dev_figures(show_errors: bool) -> None:
    """Issue 11's figures on its DEV material (never the blind conversations or everyday answers).

    Conversations: the share of conversations without a disclosure in which any message is read as
    urgent (the issue's target: none), urgent recall per language over gold-urgent messages, and
    message-level false urgent among gold "none"/"concern" messages. Everyday answers: the share read
    as urgent (target at most 1 in 200). Disclosures: urgent recall per language (>= 0.95, Welsh
    within 0.02 of English). The later material (dev2 files, conversations 11 and up) on its own lines.
    """
    import yaml

    def miss(kind: str, lang: str, text: str) -> None:
        if show_errors:
            print(f"# {kind} [{lang}]: {text!r}", file=sys.stderr)

    from bot.analysis.risk import load_training, pattern_text

    # Half of the dev material is in the model's training data (risk_train_dev.tsv): figures are
    # given over everything and over the held-out half (what the model never saw).
    trained = {pattern_text(r[0]) for r in load_training()}
    scripts = [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8")))
               for p in sorted(CONVERSATIONS_DEV.glob("*.yaml"))]
    first = [(n, sc) for n, sc in scripts if _number(n) < NEW_CONVERSATION_FROM]
    later = [(n, sc) for n, sc in scripts if _number(n) >= NEW_CONVERSATION_FROM]
    print(f"# {CONVERSATIONS_DEV.relative_to(ROOT)}: {len(first)} conversations (dev), {len(later)} later ones")
    for prefix, group in (("risk_dev_conv", first), ("risk_dev_new_conv", later)):
        if not group:
            continue
        for lang in ("cy", "en"):
            mine = [(name, sc) for name, sc in group if sc.get("language") == lang]
            calm = [(name, sc) for name, sc in mine if not sc.get("disclosure")]
            if prefix == "risk_dev_conv":
                held = {name for name, sc in mine
                        if not any(pattern_text(t) in trained for t, _ in script_messages(sc) if len(t.split()) > 3)}
            else:
                held = {name for i, (name, _) in enumerate(mine) if held_out_row(i)}
            flagged = flagged_held = checked = checked_held = 0
            urgent_hit = urgent_n = false_u = quiet_n = urgent_check = false_check = 0
            for name, s in mine:
                any_urgent = any_check = False
                show = prefix == "risk_dev_conv" or name not in held
                for text, gold in script_messages(s):
                    found = assess_risk(text)
                    level = found.level
                    if gold == "urgent":
                        urgent_n += 1
                        urgent_hit += level == "urgent"
                        urgent_check += found.please_check
                        if level != "urgent" and show:
                            miss(f"MISSED urgent {name}" + (" (please check)" if found.please_check else ""), lang, text)
                    else:
                        quiet_n += 1
                        false_check += found.please_check
                        any_check |= found.please_check
                        if level == "urgent":
                            false_u += 1
                            any_urgent = True
                            if show:
                                miss(f"FALSE urgent {name} (gold {gold})", lang, text)
                flagged += any_urgent and not s.get("disclosure")
                flagged_held += any_urgent and not s.get("disclosure") and name in held
                checked += any_check and not s.get("disclosure")
                checked_held += any_check and not s.get("disclosure") and name in held
            calm_held = sum(name in held for name, _ in calm)
            print(f"{prefix}_n_{lang}: {len(mine)} ({len(calm)} without a disclosure, {calm_held} of them held out)")
            print(f"{prefix}_false_urgent_conversations_{lang}: {flagged} of {len(calm)} "
                  f"(held out: {flagged_held} of {calm_held})")
            print(f"{prefix}_message_false_urgent_rate_{lang}: {_ratio(false_u, quiet_n):.3f} ({false_u} of {quiet_n})")
            print(f"{prefix}_urgent_recall_{lang}: {_ratio(urgent_hit, urgent_n):.2f} ({urgent_hit} of {urgent_n})")
            print(f"{prefix}_please_check_conversations_{lang}: {checked} of {len(calm)} (held out: {checked_held} of "
                  f"{calm_held}); messages {false_check} of {quiet_n}")
            print(f"{prefix}_urgent_please_check_{lang}: {urgent_check} of {urgent_n}")
            print(f"{prefix}_reached_duty_recall_{lang}: {_ratio(urgent_hit + urgent_check, urgent_n):.2f} "
                  f"({urgent_hit + urgent_check} of {urgent_n})")
    for path, wanted, prefix, halves in ((DEV_EVERYDAY, "none", "risk_dev", False),
                                         (DEV_DISCLOSURES, "urgent", "risk_dev", False),
                                         (DEV2_EVERYDAY, "none", "risk_dev2", True),
                                         (DEV2_DISCLOSURES, "urgent", "risk_dev2", True),
                                         (DEV3_EVERYDAY, "none", "risk_dev3", True),
                                         (DEV3_DISCLOSURES, "urgent", "risk_dev3", True),
                                         (DEV4_EVERYDAY, "none", "risk_dev4", True),
                                         (DEV4_DISCLOSURES, "urgent", "risk_dev4", True),
                                         (DEV5_EVERYDAY, "none", "risk_dev5", True),
                                         (DEV5_DISCLOSURES, "urgent", "risk_dev5", True)):
        if not path.exists():
            print(f"# {path.relative_to(ROOT)}: not written yet")
            continue
        recs = [r for r in _tsv(path) if r.get("text", "").strip()]
        print(f"# {path.relative_to(ROOT)}: {len(recs)} messages (dev)")
        for lang in ("cy", "en"):
            rows = [(i, r) for i, r in enumerate(recs) if r.get("language") == lang]
            if wanted == "urgent":  # a disclosures file may hold a gold level; only urgent rows count
                rows = [(i, r) for i, r in rows
                        if (r.get("expected_level") or r.get("expected") or r.get("level") or "urgent") == "urgent"]
            # "check": please check (the model alone, unsure), counted apart from urgent and concern.
            levels = ["check" if f.please_check else f.level for f in (assess_risk(r["text"]) for _, r in rows)]
            if halves:  # the held-out half (held_out_row), never listed by --errors
                out = [lv for (i, _), lv in zip(rows, levels) if held_out_row(i)]
            else:  # the half that is not in the model's training data
                out = [lv for (_, r), lv in zip(rows, levels) if pattern_text(r["text"]) not in trained]
            if wanted == "none":
                n_u = levels.count("urgent")
                print(f"{prefix}_everyday_urgent_rate_{lang}: {_ratio(n_u, len(rows)):.3f} ({n_u} of {len(rows)}; "
                      f"held out: {out.count('urgent')} of {len(out)}, {_ratio(out.count('urgent'), len(out)):.3f})")
                print(f"{prefix}_everyday_concern_rate_{lang}: {_ratio(levels.count('concern'), len(rows)):.3f}")
                n_c = levels.count("check")
                print(f"{prefix}_everyday_please_check_rate_{lang}: {_ratio(n_c, len(rows)):.3f} ({n_c} of {len(rows)}; "
                      f"held out: {out.count('check')} of {len(out)})")
            else:
                hit = levels.count("urgent")
                print(f"{prefix}_disclosure_urgent_recall_{lang}: {_ratio(hit, len(rows)):.2f} ({hit} of {len(rows)}"
                      + (f"; held out: {out.count('urgent')} of {len(out)}, {_ratio(out.count('urgent'), len(out)):.2f})"
                         if halves else ")"))
                both, out_both = hit + levels.count("check"), out.count("urgent") + out.count("check")
                print(f"{prefix}_disclosure_please_check_{lang}: {levels.count('check')} of {len(rows)}"
                      + (f" (held out: {out.count('check')} of {len(out)})" if halves else ""))
                print(f"{prefix}_disclosure_reached_duty_recall_{lang}: {_ratio(both, len(rows)):.2f} ({both} of "
                      f"{len(rows)}" + (f"; held out: {out_both} of {len(out)}, {_ratio(out_both, len(out)):.2f})"
                                        if halves else ")"))
            for (i, r), level in zip(rows, levels):
                if (level == "urgent") != (wanted == "urgent") and not (halves and held_out_row(i)):
                    miss("FALSE urgent" if wanted == "none" else "MISSED urgent", lang, r["text"])


def message_shape(text: str) -> str:
    """A message's length and whether a guard matched, for the diagnosis's counts (never its words)."""
    from bot.analysis.risk import decide
    from bot.analysis.risk import rules as risk_rules

    norm = decide.pattern_text(text)
    words = len([w for w in norm.split() if w not in ("|", ",")])
    sentences = len([s for s in norm.split(" | ") if s.strip(" ,")])
    _, hit = risk_rules.guard(" " + norm + " ", risk_rules.rule_set().guard_finder)
    band = "<=8w" if words <= 8 else "9-20w" if words <= 20 else "21-50w" if words <= 50 else ">50w"
    return f"{band} {'1s' if sentences <= 1 else '2+s'}{' guard' if hit else ''}"


def reading_source(text: str) -> tuple[str, str, float]:
    """Where a message's reading comes from (issue 11, stop 18): (source, rules' level, model p(urgent)).

    source is "rules" (the rules alone read it urgent: the model, asked as if the rules had found
    nothing, would not), "model" (the model raised it to urgent, or to "please check"), "both", or "-" (neither).
    p(urgent) is the model's reading as the decision sees it (after guards, the strongest piece)."""
    from bot.analysis.risk import decide
    from bot.analysis.risk import rules as risk_rules
    from bot.analysis.types import RiskAssessment

    rules = risk_rules.rule_set()
    norm = decide.pattern_text(text)
    if not norm.strip(" |,"):
        return "-", "none", 0.0
    guarded, hit = risk_rules.guard(" " + norm + " ", rules.guard_finder)
    neg: list[risk_rules.Rule] = []
    found = risk_rules.assessment(risk_rules.fired(guarded, rules, neg), guarded, rules)
    alone, info = decide._second_opinion(RiskAssessment("none", ()), norm, guarded, hit, rules, bool(neg))
    p_u = float(info.get("p_urgent", 0.0))  # type: ignore[arg-type]
    # (the model's own reading counts whether it is urgent or "please check", below its sure bar: stop 24)
    alone_reads = alone.level == "urgent" or bool(info.get("please_check"))
    if found.level == "urgent":
        return ("both" if alone_reads else "rules"), found.level, p_u
    return ("model" if assess_risk(text).reaches_duty else "-"), found.level, p_u


def _band(p: float, cuts: Sequence[float] = (0.3, 0.45, 0.6, 0.7, 0.8)) -> str:
    lo = max([0.0] + [c for c in cuts if p >= c])
    hi = min([1.0] + [c for c in cuts if p < c])
    return f"{lo:.2f}-{hi:.2f}"


def source_figures(show_errors: bool, shapes: bool = False) -> None:
    """The stop-18 diagnosis: for every false urgent and every missed urgent of the dev material and the
    held-out sets, where the urgent reading comes from (rules / model / both) and, for a miss, the rules'
    level and the model's p(urgent) band. The held-out halves are counted by source only (their texts
    are never printed); `show_errors` lists the readable halves' lines with their source."""

    import yaml

    from bot.analysis.risk import load_training, pattern_text

    trained = {pattern_text(r[0]) for r in load_training()}
    # name -> (text, lang, gold, half): "held" (a held-out half: counted, never printed), "read" (a tuning half),
    # "trained" / "untrained" (the first dev material, whose halves are told apart by the training data; both readable)
    groups: dict[str, list[tuple[str, str, str, str]]] = {}

    def add(group: str, text: str, lang: str, gold: str, half: str) -> None:
        groups.setdefault(group, []).append((text, lang, gold, half))

    def first_half(text: str) -> str:
        return "trained" if pattern_text(text) in trained else "untrained"

    scripts = [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(CONVERSATIONS_DEV.glob("*.yaml"))]
    for lang in ("cy", "en"):
        later = [(n, sc) for n, sc in scripts if sc.get("language") == lang and _number(n) >= NEW_CONVERSATION_FROM]
        for i, (_, sc) in enumerate(later):
            for text, gold in script_messages(sc):
                add("dev_new_conv", text, lang, gold, "held" if held_out_row(i) else "read")
        for stem, sc in scripts:
            if sc.get("language") == lang and _number(stem) < NEW_CONVERSATION_FROM:
                for text, gold in script_messages(sc):
                    add("dev_conv", text, lang, gold, first_half(text))
    for path, gold, name, halves in ((DEV_EVERYDAY, "none", "dev_everyday", False),
                                     (DEV_DISCLOSURES, "urgent", "dev_disclosures", False),
                                     (DEV2_EVERYDAY, "none", "dev2_everyday", True),
                                     (DEV2_DISCLOSURES, "urgent", "dev2_disclosures", True)):
        recs = [r for r in _tsv(path) if r.get("text", "").strip()] if path.exists() else []
        for lang in ("cy", "en"):
            rows = [(i, r) for i, r in enumerate(recs) if r.get("language") == lang]
            for i, r in rows:
                level = (r.get("expected_level") or r.get("expected") or r.get("level") or gold)
                if gold == "urgent" and level != "urgent":
                    continue
                half = ("held" if held_out_row(i) else "read") if halves else first_half(r["text"])
                add(name, r["text"], lang, "urgent" if gold == "urgent" else level, half)
    for path in DEFAULT_SETS:
        if path.exists():
            for text, lang, gold, _ in load(path):
                add(f"heldout_{path.stem}", text, lang, gold, "read")
    # Stop 36 (issue 11): the everyday writers by source too, counts only. evQ/evR/evS's odd lines are readable (and
    # trained), their even lines held out; evU and evV are wholly unseen, so every line of them counts as "held".
    for path in (*EVERYDAY_WRITERS, *UNSEEN_EVERYDAY_WRITERS):
        if path.exists():
            whole = path in UNSEEN_EVERYDAY_WRITERS
            for i, (text, lang, gold, _) in enumerate(load(path)):
                add(f"everyday_{path.stem}", text, lang, gold, "held" if whole or held_out_row(i) else "read")
    for name, items in groups.items():
        counts: Counter[str] = Counter()
        for text, lang, gold, half in items:
            src, rule_level, p_u = reading_source(text)
            held = half == "held"
            if gold != "urgent" and src != "-":
                key = f"false_urgent {lang} {half} {src}" + (f" p{_band(p_u)} rules={rule_level}" if src == "model" else "")
                if name.startswith("everyday_"):  # stop 36: which harm a calm answer was read as (counts only)
                    key += " as=" + "+".join(c for c in assess_risk(text).categories if c in URGENT_CATEGORIES)
                counts[key] += 1
                if show_errors and not held:
                    print(f"# {name} FALSE urgent [{lang}] {src} rules={rule_level} p={p_u:.2f}: {text!r}", file=sys.stderr)
            elif gold == "urgent" and src == "-":
                counts[f"missed {lang} {half} rules={rule_level} p{_band(p_u)}"] += 1
                if show_errors and not held:
                    print(f"# {name} MISSED [{lang}] rules={rule_level} p={p_u:.2f}: {text!r}", file=sys.stderr)
            elif gold == "urgent":
                counts[f"found {lang} {half} {src}"] += 1
            if shapes and src == "model":
                counts[f"shape {'found' if gold == 'urgent' else 'false'} {lang} {half} model p{_band(p_u)} {message_shape(text)}"] += 1
        for key in sorted(counts):
            print(f"risk_source {name} {key}: {counts[key]}")


@contextlib.contextmanager
def reading_with(fitted: Model) -> Iterator[None]:
    """The whole reader (rules, guards, decision) with `fitted` as its learned model, in this process only: nothing is
    written to the model's disk cache, and the reader's memory of recent messages is cleared before and after."""
    from bot.analysis.risk import decide

    with mock.patch.object(decide, "fitted_model", return_value=fitted):
        decide._assess_once.cache_clear()
        try:
            yield
        finally:
            decide._assess_once.cache_clear()


#: The training files that hold the dev material's tuning halves (read in --dev-oof out of fold).
DEV_TRAINING_FILES = ("risk_train_dev.tsv", "risk_train_dev2.tsv")


def dev_out_of_fold(show_errors: bool, folds: int = 5, seed: int = 18) -> None:
    """The dev tuning halves read honestly (issue 11, stop 18): their lines are in the training data, so `--dev`
    reads them as seen (stop 17: 0 of 80 and 1 of 80 false urgents, 30 of 30 disclosures) and a change to the
    model or the decision cannot be chosen on them. Here each line of DEV_TRAINING_FILES is read by a model fitted
    without its fold (the rest of the training data unchanged), through the real decision (rules, guards,
    thresholds). Prints false urgents and urgent recall by file, language and source; `show_errors` lists the
    lines (tuning halves only: the held-out halves are in no training file)."""
    import random

    from bot.analysis.risk import DATA_DIR, TRAINING_FILES, load_training, ordinary_answers, train_model

    rows, names = [], []
    for name in TRAINING_FILES:
        for row in load_training(DATA_DIR / name):
            rows.append(row)
            names.append(name)
    ordinary = ordinary_answers()
    rows += ordinary
    names += ["ordinary"] * len(ordinary)
    rnd = random.Random(seed)
    fold = [rnd.randrange(folds) if name in DEV_TRAINING_FILES else -1 for name in names]
    counts: Counter[str] = Counter()
    for f in range(folds):
        with reading_with(train_model([r for r, k in zip(rows, fold) if k != f], categories=False)):
            for (text, lang, gold, _), name, k in zip(rows, names, fold):
                if k != f:
                    continue
                src, rule_level, p_u = reading_source(text)
                counts[f"{name} {lang} {gold}_n"] += 1
                if gold != "urgent" and src != "-":
                    counts[f"{name} {lang} {gold}_read_urgent {src}"] += 1
                    if show_errors:
                        print(f"# OOF FALSE urgent {name} [{lang}] {src} p={p_u:.2f}: {text!r}", file=sys.stderr)
                elif gold == "urgent":
                    counts[f"{name} {lang} urgent_{'found ' + src if src != '-' else 'missed'}"] += 1
                    if src == "-" and show_errors:
                        print(f"# OOF MISSED {name} [{lang}] rules={rule_level} p={p_u:.2f}: {text!r}", file=sys.stderr)
    for key in sorted(counts):
        print(f"risk_dev_oof {key}: {counts[key]}")


BLIND_CONVERSATIONS = ROOT / "benchmarks" / "blind" / "conversations"
BLIND_EVERYDAY = ROOT / "benchmarks" / "blind" / "everyday_answers.tsv"


def blind_conversation_figures() -> None:
    """Issue 11's risk figures on the conversation TEST set, read by the risk reader alone (no Rasa):
    every message a script sends, as if every conversation reached its end. Aggregate figures only;
    nothing of a blind line is ever printed. conversation_benchmark.py --blind plays the same scripts
    against the real assistant (there a derailed conversation never sends its later messages)."""
    import yaml

    if not BLIND_CONVERSATIONS.exists():
        return
    scripts = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(BLIND_CONVERSATIONS.glob("*.y*ml"))]
    print(f"# {BLIND_CONVERSATIONS.relative_to(ROOT)}: {len(scripts)} conversations (test set, risk reader alone)")
    for lang in ("cy", "en"):
        mine = [sc for sc in scripts if sc.get("language") == lang]
        calm = flagged = urgent_n = urgent_hit = 0
        for sc in mine:
            levels = [(assess_risk(text).level, gold) for text, gold in script_messages(sc)]
            urgent_n += sum(gold == "urgent" for _, gold in levels)
            urgent_hit += sum(gold == "urgent" and lv == "urgent" for lv, gold in levels)
            if not sc.get("disclosure"):
                calm += 1
                flagged += any(lv == "urgent" and gold != "urgent" for lv, gold in levels)
        print(f"risk_blind_conv_false_urgent_conversations_{lang}: {flagged} of {calm}")
        print(f"risk_blind_conv_urgent_recall_{lang}: {_ratio(urgent_hit, urgent_n):.2f} ({urgent_hit} of {urgent_n})")
    if BLIND_EVERYDAY.exists():
        recs = _tsv(BLIND_EVERYDAY)
        for lang in ("cy", "en"):
            texts = [r["text"] for r in recs if r.get("language") == lang and r.get("text", "").strip()]
            n_u = sum(assess_risk(t).level == "urgent" for t in texts)
            print(f"risk_blind_everyday_urgent_rate_{lang}: {_ratio(n_u, len(texts)):.3f} ({n_u} of {len(texts)})")


def question_figures() -> None:
    """Does the question being answered, or who answers, tell false urgent readings from true ones? (stop 19, (c)).

    Every dev message with a known question (the dev conversations' answers and set-up replies, the dev and dev2
    everyday answers) is read by the real reader; counts only, never a line: per question (and per speaker, for the
    conversations), the gold-urgent messages and how they were found (rules, model), and the calm messages read urgent
    (rules, model), each split into messages the model was trained on ("seen") and not ("unseen"). A question or a
    speaker could help the decision only if the model's false urgents gathered where no disclosure is ever made.
    """

    import yaml

    from bot.analysis.risk import load_training, pattern_text

    trained = {pattern_text(r[0]) for r in load_training()}
    rows: list[tuple[str, str, str, str]] = []  # (question, speaker, gold, text)
    for path in sorted(CONVERSATIONS_DEV.glob("*.yaml")):
        sc = yaml.safe_load(path.read_text(encoding="utf-8"))
        who = str(sc.get("speaker") or "-")
        rows += [(f, who, str(sc.get(f + "_risk") or "none"), str(sc[f])) for f in _SCRIPT_FIELDS if sc.get(f)]
        rows += [(str(a["question"]), who, str(a.get("risk") or "none"), str(a["says"])) for a in sc.get("answers") or []]
    for path in (DEV_EVERYDAY, DEV2_EVERYDAY):
        rows += [(r["question"], "-", r["expected"], r["text"]) for r in _tsv(path)]
    counts: Counter[tuple[str, str]] = Counter()
    for question, who, gold, text in rows:
        source, _, _ = reading_source(text)
        seen = "seen" if pattern_text(text) in trained else "unseen"
        kind = "urgent" if gold == "urgent" else "calm"
        outcome = ("found" if kind == "urgent" else "false") + ("_" + source if source != "-" else "")
        if kind == "urgent" and source == "-":
            outcome = "missed"
        if kind == "calm" and source == "-":
            outcome = "clear"
        for key in (f"question {question}", f"speaker {who}"):
            counts[(key, f"{kind}_{seen}")] += 1
            counts[(key, f"{outcome}_{seen}")] += 1
    for key, what in sorted(counts):
        print(f"risk_by_question {key} {what}: {counts[(key, what)]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=[p for p in DEFAULT_SETS if p.exists()])
    parser.add_argument("--blind", action="store_true", help="also score the blind sets (figures only)")
    parser.add_argument("--errors", action="store_true", help="list misses on stderr")
    parser.add_argument("--dev", action="store_true", help="only the issue-11 dev conversations and answers")
    parser.add_argument("--sources", action="store_true",
                        help="the dev material's false and missed urgents by source (rules / model / both)")
    parser.add_argument("--dev-oof", action="store_true",
                        help="the dev tuning halves' training lines read out of fold (a model fitted without them)")
    parser.add_argument("--by-question", action="store_true",
                        help="the dev messages' false and true urgent readings counted by question and speaker")
    parser.add_argument("--cv", action="store_true", help="cross-validate the model on its training data only")
    parser.add_argument("--cv-by-file", action="store_true", help="as --cv, holding out one training file at a time")
    parser.add_argument("--fresh", nargs="?", const="dev_fresh", default=None, metavar="FOLDER",
                        help="a fresh writer's conversations (a folder under benchmarks/conversations, dev_fresh "
                             "if none is given, e.g. --fresh dev_fresh2), tuning half (odd numbers) and held-out "
                             "half (even) on their own lines; --errors lists the tuning half only")
    parser.add_argument("--breakdown", action="store_true",
                        help="with --fresh: where the false alarms and misses come from, counts only (stop 44)")
    parser.add_argument("--now", action="store_true",
                        help="'call 999 now' on dev2's disclosures (gold column 'now'), tuning and held-out halves")
    parser.add_argument("--writers", action="store_true",
                        help="each FILE is one writer's labelled lines: read as is, then leave-one-writer-out (the "
                             "model refitted in-process with the other writers' lines added), whole reader and model "
                             "alone, per writer and language")
    parser.add_argument("--curve", action="store_true",
                        help="with --writers: also every smaller number of other writers added (the 'more writers' "
                             "curve), with the calm everyday answers' false urgents per fit")
    parser.add_argument("--writer-weight", type=float, default=1.0, metavar="W",
                        help="with --writers: the sample weight of the other writers' added lines (default 1)")
    parser.add_argument("--writer-half", choices=("all", "odd"), default="all",
                        help="with --writers: add the other writers' whole files (all) or only their tuning halves, "
                             "the odd data lines (odd: leave-one-writer-out is then the shipped model without the "
                             "writer read, stop 31)")
    parser.add_argument("--only", default="", metavar="W,W",
                        help="with --writers: only the leave-one-writer-out fits of these writers (e.g. rwK,rwL)")
    parser.add_argument("--as-is", action="store_true",
                        help="with --writers: only the reader as it ships, no refit (writers it never trained on)")
    parser.add_argument("--thresholds", action="store_true",
                        help="with --writers: also each way of letting the model decide more (MODEL_BAR_VARIANTS), "
                             "per language, on the writers' odd lines (out of fold, to choose on) and even lines (held "
                             "out), the calm everyday answers and the everyday writers' odd and even halves; counts only")
    parser.add_argument("--halves", action="store_true",
                        help="score each FILE's tuning half (odd data lines) and held-out half (even) apart; "
                             "--errors lists the tuning half only")
    args = parser.parse_args(argv)
    if args.cv or args.cv_by_file:
        return cross_validate(repeats=1, by_file=True) if args.cv_by_file else cross_validate()
    if args.dev_oof:
        dev_out_of_fold(args.errors)
        return 0
    if args.by_question:
        question_figures()
        return 0
    if args.sources:
        source_figures(args.errors, shapes=True)
        return 0
    if args.dev:
        dev_figures(args.errors)
        return 0
    if args.fresh:
        if args.breakdown:
            fresh_breakdown(args.errors, CONVERSATIONS_FRESH.parent / args.fresh)
            return 0
        fresh_conversation_figures(args.errors, CONVERSATIONS_FRESH.parent / args.fresh)
        return 0
    if args.now:
        now_figures(args.errors)
        return 0
    if args.writers:
        writer_figures(list(args.files), args.curve, args.writer_weight, args.writer_half, args.as_is,
                       [w for w in args.only.split(",") if w], args.thresholds)
        return 0
    if args.halves:
        for path in args.files:
            half_figures(path, args.errors)
        return 0
    all_ok = True
    all_rows: list[Row] = []
    blind = [p for p in BLIND_SETS if p.exists()] if args.blind else []
    for path in list(args.files) + blind:
        rows = load(path)
        all_rows += rows
        prefix = "risk_" if path.stem == "risk" else f"risk_{path.stem.removeprefix('risk_')}_"
        lines, ok = evaluate(rows, prefix, args.errors and "blind" not in path.parts)
        if path.resolve() == (HELDOUT / "risk.tsv").resolve():
            all_ok &= ok
        print(f"# {path.relative_to(ROOT) if path.is_absolute() and ROOT in path.parents else path}: {len(rows)} messages")
        print("\n".join(lines))
    everyday_false_alarms()
    if args.blind:
        blind_conversation_figures()
    print(f"risk_messages_per_second: {throughput(all_rows):.0f}")
    long_input_seconds()
    return 0 if all_ok else 1


def half_figures(path: Path, show_errors: bool) -> None:
    """A fresh file split by data line parity (risk_fresh4.tsv, whose "half" column says it): odd lines (1, 3, ...) are
    the tuning half, even lines the held-out half, which is counted and never listed. The duty team's figures per half and language: calm lines
    (gold none or concern) read as urgent or reaching duty (urgent, or "please check"), and disclosures (gold urgent)
    read as urgent."""
    rows = load(path)
    stem = path.stem.removeprefix("risk_")
    for half, keep in (("tuning", 0), ("heldout", 1)):
        part = [r for i, r in enumerate(rows) if i % 2 == keep]
        for lang in ("cy", "en"):
            mine = [r for r in part if r[1] == lang]
            read = [assess_risk(r[0]) for r in mine]
            calm = [(r, a) for r, a in zip(mine, read) if r[2] != "urgent"]
            urgent = [(r, a) for r, a in zip(mine, read) if r[2] == "urgent"]
            false_u = [r for r, a in calm if a.level == "urgent"]
            found = [r for r, a in urgent if a.level == "urgent"]
            concern_found = sum(a.level != "none" for r, a in calm if r[2] == "concern")
            print(f"risk_{stem}_{half}_calm_read_urgent_{lang}: {len(false_u)} of {len(calm)}")
            print(f"risk_{stem}_{half}_calm_please_check_{lang}: {sum(a.please_check for _, a in calm)} of {len(calm)}")
            # Stop 31 (issue 11): what a calm line costs the duty team, urgent or "please check" alike.
            print(f"risk_{stem}_{half}_calm_reached_duty_{lang}: {sum(a.reaches_duty for _, a in calm)} of {len(calm)}")
            print(f"risk_{stem}_{half}_urgent_recall_{lang}: {len(found)} of {len(urgent)}")
            print(f"risk_{stem}_{half}_urgent_please_check_{lang}: {sum(a.please_check for _, a in urgent)} of "
                  f"{len(urgent)}")
            print(f"risk_{stem}_{half}_reached_duty_recall_{lang}: {sum(a.reaches_duty for _, a in urgent)} of "
                  f"{len(urgent)}")
            print(f"risk_{stem}_{half}_concern_flagged_{lang}: {concern_found} of {sum(r[2] == 'concern' for r, _ in calm)}")
            if show_errors and half == "tuning":
                for r, a in calm + urgent:
                    if (r[2] == "urgent") != (a.level == "urgent"):
                        print(f"# MISS [{lang}] expected {r[2]} got {a.level} {list(a.categories)}: {r[0]}", file=sys.stderr)


def fresh_conversation_figures(show_errors: bool, folder: Path = CONVERSATIONS_FRESH) -> None:
    """A fresh writer's whole conversations (benchmarks/conversations/dev_fresh, stop 21; dev_fresh2, stop 22), per
    half and language. A folder that is still being written is scored as far as it goes.

    The duty team's figures: conversations without a disclosure in which any message is read urgent (target none),
    disclosure conversations in which some message is read urgent, and urgent recall over gold-urgent messages, with
    gold none/concern messages read urgent; "with thread" counts as the conversation does (stop 29) a later answer that
    goes back to the first urgent one (bot.analysis.risk.told_again). Odd numbers are the tuning half (--errors lists its false urgents and
    misses); even numbers are the held-out half, counted and never listed."""
    import yaml

    from bot.analysis.risk.told_again import goes_back_to

    scripts = [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8")))
               for p in sorted(folder.glob("*.yaml"))]
    print(f"# {folder.relative_to(ROOT)}: {len(scripts)} conversations")
    for half, parity in (("tuning", 1), ("heldout", 0)):
        for lang in ("cy", "en"):
            mine = [(n, sc) for n, sc in scripts if sc.get("language") == lang and _number(n) % 2 == parity]
            calm_n = calm_flagged = disc_n = disc_found = calm_flagged_context = calm_checked = 0
            urgent_n = urgent_hit = quiet_n = false_u = urgent_check = thread_hit = thread_false = 0
            for name, sc in mine:
                any_urgent = any_urgent_context = any_check = False
                disclosure = ""  # the first message read urgent: what a later answer may go back to (told_again)
                for (text, gold), question in zip(script_messages(sc), script_questions(sc)):
                    read = assess_risk(text)
                    in_thread = read.level == "urgent" or (bool(disclosure) and goes_back_to(text, disclosure))
                    disclosure = disclosure or (text if read.level == "urgent" else "")
                    thread_hit += gold == "urgent" and in_thread
                    thread_false += gold != "urgent" and in_thread
                    any_urgent_context |= read.level == "urgent" and read_in_context(text, question) == "urgent"
                    if gold == "urgent":
                        urgent_n += 1
                        urgent_hit += read.level == "urgent"
                        urgent_check += read.please_check
                    else:
                        quiet_n += 1
                        false_u += read.level == "urgent"
                        any_check |= read.please_check
                    any_urgent |= read.level == "urgent"
                    if show_errors and half == "tuning" and (gold == "urgent") != (read.level == "urgent"):
                        kind = "MISSED urgent" if gold == "urgent" else f"FALSE urgent (gold {gold})"
                        print(f"# {kind} {name} [{lang}] got {read.level} {list(read.categories)}: {text!r}",
                              file=sys.stderr)
                if sc.get("disclosure"):
                    disc_n += 1
                    disc_found += any_urgent
                else:
                    calm_n += 1
                    calm_flagged += any_urgent
                    calm_flagged_context += any_urgent_context
                    calm_checked += any_check
            print(f"risk_fresh_conv_{half}_{lang}: {len(mine)} conversations ({calm_n} without a disclosure)")
            print(f"risk_fresh_conv_{half}_calm_with_urgent_{lang}: {calm_flagged} of {calm_n}")
            print(f"risk_fresh_conv_{half}_calm_with_urgent_in_context_{lang}: {calm_flagged_context} of {calm_n}")
            print(f"risk_fresh_conv_{half}_disclosure_conversations_urgent_{lang}: {disc_found} of {disc_n}")
            print(f"risk_fresh_conv_{half}_urgent_recall_{lang}: {urgent_hit} of {urgent_n}")
            print(f"risk_fresh_conv_{half}_calm_with_please_check_{lang}: {calm_checked} of {calm_n}")
            print(f"risk_fresh_conv_{half}_urgent_please_check_{lang}: {urgent_check} of {urgent_n}")
            print(f"risk_fresh_conv_{half}_reached_duty_recall_{lang}: {urgent_hit + urgent_check} of {urgent_n}")
            print(f"risk_fresh_conv_{half}_message_false_urgent_{lang}: {false_u} of {quiet_n}")
            # the conversation's second look (stop 29): a later answer that goes back to the disclosure is more of it
            print(f"risk_fresh_conv_{half}_urgent_recall_with_thread_{lang}: {thread_hit} of {urgent_n}")
            print(f"risk_fresh_conv_{half}_message_false_urgent_with_thread_{lang}: {thread_false} of {quiet_n}")


def urgent_source(text: str) -> tuple[str, float, str]:
    """Where a message's urgent reading comes from (stop 44): ("rule", "model" or "-"), the model's p(urgent) as the
    decision saw it, and the rules' own reading ("urgent:<categories>", "concern:<categories>" or "none"). "rule" when
    an urgent rule fired (the model may agree), "model" when only the learned model made it urgent."""
    from bot.analysis.risk.decide import explain

    e: dict[str, Any] = explain(text)
    urgent_rules = sorted({c for r in e["rules"] for c in r["categories"] if r["level"] == "urgent"})
    concern_rules = sorted({c for r in e["rules"] for c in r["categories"] if r["level"] != "urgent"})
    p_u = float(e["model"].get("p_urgent", 0.0))
    if e["rules_level"] == "urgent":
        rules = "urgent:" + "+".join(urgent_rules or ["?"])
    elif e["rules_level"] == "concern":
        rules = "concern:" + "+".join(concern_rules or ["?"])
    else:
        rules = "none"
    if e["level"] != "urgent":
        return "-", p_u, rules
    return ("rule" if e["rules_level"] == "urgent" else "model"), p_u, rules


def _miss_band(p: float) -> str:
    """The model's p(urgent) band for a missed urgent message: 0.6-0.8 is a "please check", not urgent."""
    return ">=0.8" if p >= 0.8 else "0.6-0.8" if p >= 0.6 else "0.4-0.6" if p >= 0.4 else "0.2-0.4" if p >= 0.2 else "<0.2"


def fresh_breakdown(show_errors: bool, folder: Path = CONVERSATIONS_FRESH) -> None:
    """Stop 44 (task risk44): where a fresh set's false alarms and misses come from, per half and language, counts
    only. Of the calm conversations with an urgent flag, and of the messages falsely urgent (with thread): raised by a
    rule (by category), by the learned model alone, or by the thread (a later answer tied to an urgent one,
    told_again.goes_back_to). Of the missed urgent messages: the model's p(urgent) band and whether a rule read a
    concern. The held-out half (even numbers) is never printed but as counts; --errors lists the tuning half's lines."""
    import yaml

    from bot.analysis.risk.told_again import goes_back_to

    scripts = [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.yaml"))]
    stem = folder.name
    for half, parity in (("tuning", 1), ("heldout", 0)):
        for lang in ("cy", "en"):
            counts: Counter[str] = Counter()
            for name, sc in scripts:
                if sc.get("language") != lang or _number(name) % 2 != parity:
                    continue
                disclosure = ""
                conv_sources: set[str] = set()
                for text, gold in script_messages(sc):
                    read = assess_risk(text)
                    by_thread = read.level != "urgent" and bool(disclosure) and goes_back_to(text, disclosure)
                    if gold != "urgent" and (read.level == "urgent" or by_thread):
                        src, p_u, rules = urgent_source(text) if read.level == "urgent" else ("thread", 0.0, "")
                        label = f"rule {rules.removeprefix('urgent:')}" if src == "rule" else src
                        counts[f"false_urgent_message by {label}"] += 1
                        if read.level == "urgent":
                            conv_sources.add(label)
                        if show_errors and half == "tuning":
                            print(f"# FALSE urgent {name} [{lang}] by {label} p={p_u:.2f}: {text!r}", file=sys.stderr)
                    elif gold == "urgent" and read.level != "urgent":
                        # every message the reader missed; those a thread ties to an earlier alert counted apart
                        _, p_u, rules = urgent_source(text)
                        counts["missed_urgent"] += 1
                        counts[f"missed_urgent p {_miss_band(p_u)}"] += 1
                        counts[f"missed_urgent rules {rules}"] += 1
                        counts["missed_urgent tied by the thread"] += by_thread
                        if show_errors and half == "tuning":
                            print(f"# MISSED {name} [{lang}] rules={rules} p={p_u:.2f}: {text!r}", file=sys.stderr)
                    disclosure = disclosure or (text if read.level == "urgent" else "")
                if not sc.get("disclosure"):
                    counts["calm_conversations"] += 1
                    if conv_sources:
                        counts["calm_with_urgent"] += 1
                        for label in sorted(conv_sources):
                            counts[f"calm_with_urgent by {label}"] += 1
            for key in sorted(counts):
                print(f"risk_breakdown {stem} {half} {lang} {key}: {counts[key]}")


def now_figures(show_errors: bool) -> None:
    """Harm happening now ("call 999 now" first) on dev2's disclosures, whose `now` column is the writer's gold: of the
    gold-now lines, how many are read urgent and now; of the others, how many are read now. Per half (held_out_row,
    per language) and language; --errors lists the tuning half's mistakes only."""
    from bot.analysis.risk.immediacy import happening_now

    recs = [r for r in _tsv(DEV2_DISCLOSURES) if r.get("text", "").strip()]
    for half, held in (("tuning", False), ("heldout", True)):
        for lang in ("cy", "en"):
            mine = [r for i, r in enumerate(x for x in recs if x.get("language") == lang) if held_out_row(i) == held]
            hit = gold_n = false_now = other_n = 0
            for r in mine:
                now = assess_risk(r["text"]).level == "urgent" and happening_now(r["text"])
                if r.get("now") == "yes":
                    gold_n += 1
                    hit += now
                else:
                    other_n += 1
                    false_now += now
                if show_errors and not held and now != (r.get("now") == "yes"):
                    print(f"# NOW {'missed' if not now else 'false'} [{lang}]: {r['text']!r}", file=sys.stderr)
            print(f"risk_dev2_now_{half}_found_{lang}: {hit} of {gold_n}")
            print(f"risk_dev2_now_{half}_false_{lang}: {false_now} of {other_n}")


def long_input_seconds() -> None:
    """Seconds for the longest inputs the tests read (once each, model loaded): a huge paste with a
    disclosure at its end, and the worst repetitive input for the patterns (its slowest case)."""
    from tests.safeguarding.safeguarding_risk_cases import HUGE_PASTE, WORST_CASES

    start = time.perf_counter()
    assess_risk(HUGE_PASTE)
    print(f"risk_long_paste_seconds: {time.perf_counter() - start:.2f}")
    slowest = 0.0
    for text in WORST_CASES:
        start = time.perf_counter()
        assess_risk(text)
        slowest = max(slowest, time.perf_counter() - start)
    print(f"risk_worst_case_input_seconds: {slowest:.2f}")


def everyday_answers() -> list[tuple[str, str]]:
    """(language, text) of the ordinary what-matters answers in heldout/outcomes.tsv."""
    path = ROOT / "benchmarks" / "heldout" / "outcomes.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh][1:]
    return [(r[2], r[0]) for r in rows if len(r) >= 3]


def everyday_false_alarms() -> None:
    """How often ordinary what-matters answers (heldout/outcomes.tsv) would page the duty team."""
    answers = everyday_answers()
    for lang in ("cy", "en"):
        texts = [t for lg, t in answers if lg == lang]
        levels = [assess_risk(t).level for t in texts]
        print(f"risk_everyday_false_urgent_rate_{lang}: {_ratio(levels.count('urgent'), len(texts)):.3f}")
        print(f"risk_everyday_false_concern_rate_{lang}: {_ratio(levels.count('concern'), len(texts)):.3f}")


def calm_everyday_heldout() -> list[tuple[str, str]]:
    """(language, text) of calm answers no rule or model was tuned on: heldout/outcomes.tsv and the held-out halves
    (:func:`held_out_row`) of the dev2-dev5 everyday answers. The false-alarm side of --writers."""
    out = everyday_answers()
    for path in (DEV2_EVERYDAY, DEV3_EVERYDAY, DEV4_EVERYDAY, DEV5_EVERYDAY):
        recs = [r for r in _tsv(path) if r.get("text", "").strip()] if path.exists() else []
        out += [(r.get("language", ""), r["text"]) for i, r in enumerate(recs) if held_out_row(i)]
    return out


#: The readers --writers compares: the whole reader as it ships, and the learned model alone.
WRITER_READERS = ("whole", "alone")


def model_alone(text: str) -> tuple[str, float]:
    """The learned model's level with no rules and no guards, and its p(urgent): its most urgent piece through the
    decision (decide.combine) as if the rules had found nothing. What more writers' lines can teach is the model's."""
    from bot.analysis.risk import decide

    norm = decide.pattern_text(text)
    if not norm.strip(" |,"):
        return "none", 0.0
    pieces = decide.chunks(norm)
    p_urgent, p_concern, _ = decide._strongest(pieces, decide.fitted_model())
    return decide.combine("none", decide.too_short(norm), p_urgent, p_concern, pieces=len(pieces)), p_urgent


def rank_auc(urgent: Sequence[float], calm: Sequence[float]) -> float:
    """How often an urgent line's p(urgent) is above a calm line's (ties count half): the model's ranking, whatever
    the threshold."""
    if not urgent or not calm:
        return float("nan")
    return sum((u > c) + 0.5 * (u == c) for u in urgent for c in calm) / (len(urgent) * len(calm))


#: One writer's lines as read: (reader, language, gold level, outcome) -> lines, and (language, gold) -> the model's
#: p(urgent) of each line.
WriterTally = tuple[Counter[tuple[str, str, str, str]], dict[tuple[str, str], list[float]]]


def writer_tally(rows: list[Row]) -> WriterTally:
    """One writer's lines read by the current model, by the whole reader and by the model alone. Outcomes: n, urgent
    (read urgent), flagged (read concern or urgent), duty (urgent or "please check")."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    scores: dict[tuple[str, str], list[float]] = {}
    for text, lang, gold, _ in rows:
        whole = assess_risk(text)
        alone, p_urgent = model_alone(text)
        scores.setdefault((lang, gold), []).append(p_urgent)
        for reader, level, check in (("whole", whole.level, whole.please_check), ("alone", alone, False)):
            counts[(reader, lang, gold, "n")] += 1
            counts[(reader, lang, gold, "urgent")] += level == "urgent"
            counts[(reader, lang, gold, "flagged")] += level != "none"
            counts[(reader, lang, gold, "duty")] += level == "urgent" or check
    return counts, scores


def writer_line(counts: Counter[tuple[str, str, str, str]], reader: str, lang: str) -> str:
    """The duty team's figures for one reader and language: urgent recall on urgent lines, calm lines read urgent
    (gold none, gold concern), concern recall (a concern line flagged at all), and urgent lines that reached a person."""
    def part(name: str, gold: str, outcome: str) -> str:
        hit, n = counts[(reader, lang, gold, outcome)], counts[(reader, lang, gold, "n")]
        return f"{name} {hit}/{n} {_ratio(hit, n):.2f}"

    return " | ".join([part("urgent_recall", "urgent", "urgent"), part("none_to_urgent", "none", "urgent"),
                       part("concern_to_urgent", "concern", "urgent"), part("concern_recall", "concern", "flagged"),
                       part("duty_recall", "urgent", "duty")])


#: Stop 32 (issue 11, "should the model carry more of the decision?"): the ways of letting the learned model decide more
#: that --writers --thresholds compares with the reader as it ships, on held-out lines only. "sure=X": the model's own
#: urgent bar (Thresholds.sure and raise_concern, 0.8 as shipped) at X: a "please check" or a rules-level concern at
#: p(urgent) >= X is urgent. "lift=X": only a "please check" with no guard matched in the message, at p(urgent) >= X, is
#: urgent (a guard that matched speaks against the reading; a rules-level concern is not raised).
MODEL_BAR_VARIANTS: tuple[tuple[str, str, float], ...] = (
    ("shipped", "", 0.0),
    ("sure=0.75", "sure", 0.75), ("sure=0.70", "sure", 0.70), ("sure=0.65", "sure", 0.65),
    ("sure=0.60", "sure", 0.60),
    ("lift=0.75", "lift", 0.75), ("lift=0.70", "lift", 0.70), ("lift=0.65", "lift", 0.65), ("lift=0.60", "lift", 0.60),
)

#: The everyday writer's held-out half (stop 31): its even data lines, counted only.
EVERYDAY_WRITER = HELDOUT / "everyday_writers31" / "evQ.tsv"
#: The everyday writers (stops 31-32): calm answers; odd lines the tuning half (trained since stop 33), even held out.
EVERYDAY_WRITERS = (EVERYDAY_WRITER, HELDOUT / "everyday_writers32" / "evR.tsv", HELDOUT / "everyday_writers32" / "evS.tsv")
#: The everyday writers of stops 34-35, read by no one: counted only (--halves, and by source in --sources).
UNSEEN_EVERYDAY_WRITERS = (HELDOUT / "everyday_writers34" / "evU.tsv", HELDOUT / "everyday_writers35" / "evV.tsv")


@contextlib.contextmanager
def model_bar(kind: str, bar: float) -> Iterator[None]:
    """The whole reader with one of :data:`MODEL_BAR_VARIANTS` in place, in this process only (its memory of recent
    messages cleared before and after)."""
    from bot.analysis.risk import decide

    if kind == "sure":
        patch: contextlib.AbstractContextManager[Any] = mock.patch.object(
            decide, "DEFAULT_THRESHOLDS", decide.Thresholds(sure=bar, raise_concern=min(bar, decide.RAISE_CONCERN)))
    elif kind == "lift":
        both = decide._both_readings

        def lifted(found: Any, norm: str, guarded: str, guard_hit: bool, rules: Any,
                   negated_rule: bool = False) -> tuple[Any, dict[str, object]]:
            result, info = both(found, norm, guarded, guard_hit, rules, negated_rule)
            p_urgent = info.get("p_urgent")
            if info.get("please_check") and not guard_hit and isinstance(p_urgent, float) and p_urgent >= bar:
                info = {k: v for k, v in info.items() if k != "please_check"}
            return result, info

        patch = mock.patch.object(decide, "_both_readings", lifted)
    else:
        patch = contextlib.nullcontext()
    with patch:
        decide._assess_once.cache_clear()
        try:
            yield
        finally:
            decide._assess_once.cache_clear()


def model_bar_counts(sets: dict[str, list[tuple[str, str, str]]]) -> Counter[tuple[str, str, str, str, str]]:
    """Each (set name -> (text, language, gold)) read by the current model under every :data:`MODEL_BAR_VARIANTS`:
    (variant, set, language, gold, outcome) -> lines, outcomes n, urgent, duty (urgent or "please check").

    Only a line whose model reading reached p(urgent) 0.6 somewhere (decide.combine) can read differently under a
    variant (every bar tried is at or above the shipped urgent threshold), so only those are read again. Counts only."""
    from bot.analysis.risk import decide

    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    seen: list[float] = []
    combine = decide.combine

    def recording(rule_level: str, deferred: bool, p_urgent: float, p_concern: float, t: Any = None,
                  pieces: int = 1) -> str:
        seen.append(p_urgent)
        return combine(rule_level, deferred, p_urgent, p_concern, t, pieces)

    base: dict[tuple[str, str], Any] = {}
    near: set[tuple[str, str]] = set()
    with mock.patch.object(decide, "combine", recording):
        decide._assess_once.cache_clear()
        for name, lines in sets.items():
            for text, _, _ in lines:
                seen.clear()
                base[(name, text)] = assess_risk(text)
                if seen and max(seen) >= decide.URGENT_THRESHOLD:
                    near.add((name, text))
        decide._assess_once.cache_clear()
    for variant, kind, bar in MODEL_BAR_VARIANTS:
        with model_bar(kind, bar):
            for name, lines in sets.items():
                for text, lang, gold in lines:
                    read = assess_risk(text) if (name, text) in near else base[(name, text)]
                    counts[(variant, name, lang, gold, "n")] += 1
                    counts[(variant, name, lang, gold, "urgent")] += read.level == "urgent"
                    counts[(variant, name, lang, gold, "duty")] += read.reaches_duty
    return counts


def model_bar_lines(counts: Counter[tuple[str, str, str, str, str]], label: str) -> list[str]:
    """Printable figures of :func:`model_bar_counts` (pooled or one fit): per variant, set and language, urgent recall and
    reached duty on urgent lines, and calm lines (gold none, gold concern) read urgent or reaching duty."""
    out = []
    names = sorted({k[1] for k in counts})
    for variant, _, _ in MODEL_BAR_VARIANTS:
        for name in names:
            for lang in ("cy", "en"):
                def c(gold: str, outcome: str, key: tuple[str, str, str] = (variant, name, lang)) -> int:
                    return counts[(key[0], key[1], key[2], gold, outcome)]

                parts = []
                if c("urgent", "n"):
                    parts += [f"urgent_recall {c('urgent', 'urgent')}/{c('urgent', 'n')}",
                              f"duty_recall {c('urgent', 'duty')}/{c('urgent', 'n')}"]
                for gold in ("none", "concern"):
                    if c(gold, "n"):
                        parts += [f"{gold}_to_urgent {c(gold, 'urgent')}/{c(gold, 'n')}",
                                  f"{gold}_to_duty {c(gold, 'duty')}/{c(gold, 'n')}"]
                out.append(f"risk_model_bar {label} {variant} {name} {lang}: " + " | ".join(parts))
    return out


def everyday_writers_halves() -> dict[str, list[tuple[str, str, str]]]:
    """(text, language, gold) of all the everyday writers' lines, as two sets: "ev_odd" (tuning: a bar may be chosen
    on it) and "ev_even" (held out: counted only)."""
    out: dict[str, list[tuple[str, str, str]]] = {"ev_odd": [], "ev_even": []}
    for path in EVERYDAY_WRITERS:
        if path.exists():
            for i, r in enumerate(load(path)):
                out["ev_even" if i % 2 else "ev_odd"].append((r[0], r[1], r[2]))
    return out


def writer_figures(paths: list[Path], curve: bool, weight: float = 1.0, half: str = "all", as_is: bool = False,
                   only: Sequence[str] = (), bars: bool = False) -> None:
    """More labelled text from more writers, fed to the model (issue 11, stop 30): does it help a writer it never saw?

    Each file is one writer's labelled lines (the benchmark's TSV format). Read first by the reader as it is; then
    leave-one-writer-out: the model refitted in this process with every other writer's lines added to its training
    data (model.training_set; the disk cache is not touched) reads the left-out writer, through the whole reader and
    alone (:func:`model_alone`). `curve`: also every smaller set of other writers (1, 2, ... added), pooled per number
    added, so the left-out writer's recall can be followed as writers are added, with the calm answers no one tuned on
    (:func:`calm_everyday_heldout`) read by each fit for the false-alarm side. `weight`: the added lines' sample weight.
    Also the model's ranking of urgent against calm lines (:func:`rank_auc`). Counts only; no line is printed.

    Since stop 31 the writers' tuning halves are a training file (risk_train_writers.tsv), so every fit leaves out of
    the training data the lines of the writers it reads (model.training_set's leave_out) and adds only lines it does not
    already hold: a writer read is always one the model never saw. "as is" is then the model without any of the writers
    read (refitted when the shipped one holds some). `half` "odd": add only the other writers' tuning halves (odd data
    lines), so leave-one-writer-out is the shipped model without the writer read. `as_is`: only the reader as it ships,
    no refit and nothing left out (for writers it never trained on). `only`: just the leave-one-writer-out fits of
    these writers, in this order (each fit takes minutes on a shared machine; several processes can share the work).
    `bars` (stop 32): also :func:`model_bar_counts` per language on the writers read, their odd data lines (never in
    the fit that reads them, so a bar can be chosen on them: stop 35, a Welsh and an English bar) and their even lines
    (held out, to check the choice) apart, the calm everyday answers, and the everyday writers' odd and even halves
    apart (:func:`everyday_writers_halves`)."""
    from bot.analysis.risk.model import load_training, pattern_text, train_model, training_set

    writers = {path.stem.removeprefix("risk_"): path for path in paths}
    rows = {w: load(path) for w, path in writers.items()}
    extra = {w: [r for i, r in enumerate(load_training(path)) if half == "all" or i % 2 == 0]
             for w, path in writers.items()}
    trained = {pattern_text(r[0]) for r in load_training()}
    texts = {w: {pattern_text(r[0]) for r in rows[w]} for w in writers}
    everyday = calm_everyday_heldout()
    for w, path in writers.items():
        print(f"# writer {w}: {path.relative_to(ROOT) if ROOT in path.parents else path}: {len(rows[w])} lines, "
              + ", ".join(f"{lang} {gold} {sum(r[1] == lang and r[2] == gold for r in rows[w])}"
                          for lang in ("cy", "en") for gold in ("urgent", "concern", "none"))
              + f"; {len(texts[w] & trained)} of its lines in the shipped training data")
    print(f"# calm everyday answers (heldout/outcomes.tsv, dev2-dev5 held-out halves): "
          f"cy {sum(lg == 'cy' for lg, _ in everyday)}, en {sum(lg == 'en' for lg, _ in everyday)}")
    sizes = [0] if as_is else range(len(writers)) if curve else sorted({0, len(writers) - 1})
    added_sets = [frozenset(s) for k in sizes for s in itertools.combinations(writers, k)]
    if only:
        sizes = [len(writers) - 1]
        added_sets = [frozenset(writers) - {w} for w in only]
    results: dict[frozenset[str], dict[str, WriterTally]] = {}
    calm: dict[frozenset[str], Counter[str]] = {}
    bar_counts: Counter[tuple[str, str, str, str, str]] = Counter()
    for added in added_sets:
        start = time.perf_counter()
        fit = "as_is" if not added else "plus_" + "+".join(sorted(added))
        # the writers read must be unseen: their lines leave the training data; what is added is not already in it
        leave = set() if as_is else {t for w in writers if w not in added for t in texts[w]} & trained
        more = [r for w in sorted(added) for r in extra[w] if pattern_text(r[0]) not in trained]
        if more or leave:
            training, weights = training_set(more, weight, leave_out=leave)
            context: contextlib.AbstractContextManager[None] = reading_with(train_model(training, weights=weights))
        else:
            context = contextlib.nullcontext()
        print(f"# fit {fit}: {len(leave)} training lines left out, {len(more)} added", flush=True)
        with context:
            results[added] = {w: writer_tally(rows[w]) for w in writers if w not in added}
            calm[added] = Counter(lang + (" urgent" if assess_risk(text).level == "urgent" else "")
                                  for lang, text in everyday)
            if bars:
                # stop 35: the writers' tuning halves (odd lines, never trained by this fit: out of fold) apart from
                # their held-out halves, so a bar can be chosen on the one and checked on the other
                held = {f"writers_{half_name}": [
                    (r[0], r[1], r[2]) for w in writers if w not in added
                    for i, r in enumerate(rows[w]) if i % 2 == parity] for half_name, parity in (("odd", 0), ("even", 1))}
                held["everyday"] = [(text, lang, "none") for lang, text in everyday]
                held.update(everyday_writers_halves())
                fit_bars = model_bar_counts(held)
                bar_counts.update(fit_bars)
                print("\n".join(model_bar_lines(fit_bars, fit)), flush=True)
        for w, (counts, scores) in results[added].items():
            for reader in WRITER_READERS:
                for lang in ("cy", "en"):
                    print(f"risk_writers {fit} {reader} {w} {lang}: {writer_line(counts, reader, lang)}")
            for lang in ("cy", "en"):
                urgent, calm_lines = scores.get((lang, "urgent"), []), scores.get((lang, "none"), [])
                print(f"risk_writers {fit} alone {w} {lang} auc_urgent_vs_none: {rank_auc(urgent, calm_lines):.3f}")
        for lang in ("cy", "en"):
            print(f"risk_writers {fit} whole everyday_calm_read_urgent {lang}: {calm[added][lang + ' urgent']} of "
                  f"{calm[added][lang] + calm[added][lang + ' urgent']}", flush=True)
        print(f"# fit {fit}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    # Pooled over the fits with the same number of other writers added (0 is the reader as it is; the most is
    # leave-one-writer-out): each writer alone, then all writers together.
    for who in [*writers, "all"]:
        for reader in WRITER_READERS:
            for lang in ("cy", "en"):
                for k in sizes:
                    pooled: Counter[tuple[str, str, str, str]] = Counter()
                    fits = [a for a in added_sets if len(a) == k and (who == "all" or who not in a)]
                    for a in fits:
                        for w, (counts, _) in results[a].items():
                            if who in ("all", w):
                                pooled.update(counts)
                    print(f"risk_writers_curve {reader} {who} {lang} added={k} ({len(fits)} fits): "
                          f"{writer_line(pooled, reader, lang)}")
    for who in [*writers, "all"]:
        for lang in ("cy", "en"):
            for k in sizes:
                aucs = [rank_auc(scores.get((lang, "urgent"), []), scores.get((lang, "none"), []))
                        for a in added_sets if len(a) == k for w, (_, scores) in results[a].items() if who in ("all", w)]
                print(f"risk_writers_curve alone {who} {lang} added={k} mean auc_urgent_vs_none: "
                      f"{sum(aucs) / len(aucs) if aucs else float('nan'):.3f}")
    for lang in ("cy", "en"):
        for k in sizes:
            fits = [a for a in added_sets if len(a) == k]
            hit = sum(calm[a][lang + " urgent"] for a in fits)
            n = sum(calm[a][lang] + calm[a][lang + " urgent"] for a in fits)
            print(f"risk_writers_curve whole everyday_calm_read_urgent {lang} added={k} ({len(fits)} fits): "
                  f"{hit}/{n} {_ratio(hit, n):.3f}")
    if bars:
        print("\n".join(model_bar_lines(bar_counts, f"pooled({len(added_sets)} fits)")))


if __name__ == "__main__":
    sys.exit(main())
