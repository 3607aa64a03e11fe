"""Names at the start of a conversation (issue 11, stop 30): is the name used the one the person gave?

    .venv/bin/python benchmarks/name_benchmark.py             # every line, scored per question, language and half
    .venv/bin/python benchmarks/name_benchmark.py --errors    # also list the tuning half's mistakes (odd lines only)
    .venv/bin/python benchmarks/name_benchmark.py --save F    # every line's reading as JSON lines, to compare runs

A wrong name is in every later question ("Thank you, 92." then "what matters most to 92?"), so it derails the
conversation; no name (the question asked again, or "the person you look after") is better than a wrong one. The
whole-conversation benchmark meets a name once per script; this one meets 320 start-of-conversation replies written by
a writer who never saw the code (benchmarks/names/README.md), each played at its own question through the very
functions the assistant uses there: the in-memory channel of the conversation core's tests
(tests/conversation/memory.py), which does what Rasa's form does with a message (the risk reader, a safe check
waiting, then `bot.conversation.about_you.TAKE[question]`), against a temporary SQLite database. No Rasa, a few
seconds. Odd data lines are the tuning half; even lines are held out (figures only: --errors never lists them).

Each gold field the line fills is scored on what the conversation holds after the message:
- name / cared_for_name: right (the same words, case aside), wrong (another name: the derailment), missed (the
  question is asked again), or no name (the conversation goes on without one: wrongly refused when a name was given).
  A gold "-" (they would not say) is right with no name or the question again, wrong with any name. A name taken
  from a message whose gold leaves that field empty is counted as wrong too ("named, not said").
- role: right, wrong, or missed (asked again). relationship: right when what is kept holds the gold words (it is
  kept as typed); a gold "-" is right unless something else was taken as the relationship.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import itertools
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SET = ROOT / "benchmarks" / "names" / "dev_names30.tsv"
FIELDS = ("question", "text", "language", "role", "name", "cared_for_name", "relationship", "note")
QUESTIONS = ("role", "name", "cared_for_name", "relationship")
NAME_FIELDS = ("name", "cared_for_name")
REFUSED = "-"
#: The names already in use when a line is played at a later question (the writer's own example for "how are you
#: connected to Gwen?"), and the carer's own name at "who do you look after?".
CARER_NAME = "Sian"
CARED_FOR_NAME = "Gwen"
#: Outcomes of one gold field.
RIGHT, WRONG, MISSED, NO_NAME = "right", "wrong", "missed", "no name"
OUTCOMES = (RIGHT, WRONG, MISSED, NO_NAME)


@dataclass
class Line:
    """One labelled reply: its place in the file (1 = the first data line) and its gold."""

    number: int
    question: str
    text: str
    language: str
    gold: dict[str, str]
    note: str

    @property
    def half(self) -> str:
        """Odd data lines are the tuning half, even ones held out."""
        return "odd" if self.number % 2 else "even"


@dataclass
class Reading:
    """What the conversation held after one line, and each gold field's outcome."""

    line: Line
    got: dict[str, Any]
    said: str
    outcomes: dict[str, str] = field(default_factory=dict)


def load(path: Path) -> list[Line]:
    """The labelled lines, numbered from 1 in file order (blank lines and '#' comments skipped)."""
    lines: list[Line] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            row = (row + [""] * len(FIELDS))[:len(FIELDS)]
            values = dict(zip(FIELDS, (v.strip() if k != "text" else v for k, v in zip(FIELDS, row, strict=True)),
                              strict=True))
            if values["question"] not in QUESTIONS:
                raise ValueError(f"line {len(lines) + 1}: unknown question {values['question']!r}")
            gold = {k: values[k] for k in QUESTIONS if values[k]}
            lines.append(Line(len(lines) + 1, values["question"], values["text"], values["language"], gold,
                              values["note"]))
    return lines


def speaker(line: Line) -> str | None:
    """Who is talking when the line's question is asked: nobody yet at "who is talking?", a carer at the carer's
    questions, else the gold role (a young person when the note says so, the person otherwise)."""
    if line.question == "role":
        return None
    if line.question in ("cared_for_name", "relationship"):
        return "carer"
    role = line.gold.get("role")
    if role in ("person", "carer", "young_person"):
        return role
    note = line.note.casefold()
    return "young_person" if any(w in note for w in ("young", "teen", "yp ", "ifanc")) else "person"


@contextlib.contextmanager
def _database() -> Iterator[None]:
    """A migrated, empty SQLite database for this run, deleted at the end (it holds what was typed)."""
    from bot.settings import get_settings
    from bot.storage import db

    workdir = Path(tempfile.mkdtemp(prefix="wm-names-"))
    url = f"sqlite:///{workdir / 'names.db'}"
    os.environ["DATABASE_URL"] = url
    get_settings.cache_clear()
    db.reset_engines()
    db.migrate(url)
    try:
        yield
    finally:
        db.reset_engines()
        shutil.rmtree(workdir, ignore_errors=True)


_ids = itertools.count(1)


def play(line: Line) -> Reading:
    """The line typed at its question, through the conversation core, in a conversation of its own."""
    from bot.conversation.turn import REGISTER_FOR
    from bot.storage import repository
    from tests.conversation.memory import MemoryConversation

    sender = f"names-{next(_ids)}"
    role = speaker(line)
    conversation = MemoryConversation(sender, language=line.language)
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=line.language, preferred_language=line.language)
    repository.record_consent(sender, True)
    slots: dict[str, Any] = {"consent_choice": "yes"}
    if role is not None:
        slots.update({"role": role, "completed_by": role, "register": REGISTER_FOR[role]})
        repository.update_conversation(sender, completed_by=role, register=REGISTER_FOR[role])
    if line.question in ("cared_for_name", "relationship"):
        slots["name"] = CARER_NAME
        repository.update_conversation(sender, display_name=CARER_NAME)
    if line.question == "relationship":
        slots["cared_for_name"] = CARED_FOR_NAME
        repository.update_conversation(sender, cared_for_name=CARED_FOR_NAME)
    conversation.slots.update(slots)
    conversation.start()
    if conversation.requested != line.question:
        raise RuntimeError(f"line {line.number}: {conversation.requested} asked, not {line.question}")
    before = {k: conversation.slots.get(k) for k in QUESTIONS}
    conversation.say(line.text)
    got = {k: conversation.slots.get(k) for k in QUESTIONS}
    got["asked_next"] = conversation.requested
    reading = Reading(line, got, conversation.text)
    reading.outcomes = score(line, before, got)
    return reading


def _same(a: str, b: str) -> bool:
    """The same name, case aside, and a Welsh mutation aside ("Fam" typed after "am" is Mam; "'Nhad" is Dad)."""
    from bot.analysis.text import demutate, fold

    def radical(name: str) -> list[str]:
        return [demutate(fold(w).lower().strip("'’")) for w in name.split()]

    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold() or radical(a) == radical(b)


def score(line: Line, before: dict[str, Any], got: dict[str, Any]) -> dict[str, str]:
    """Each gold field's outcome, and a name taken from a message that does not say one ("named, not said")."""
    from bot.conversation.turn import SENTINELS

    outcomes: dict[str, str] = {}
    for key in QUESTIONS:
        gold = line.gold.get(key)
        value = got.get(key)
        changed = value != before.get(key)
        named = isinstance(value, str) and value not in SENTINELS
        if gold is None:
            if key in NAME_FIELDS and changed and named:
                outcomes[key] = "named, not said"
            continue
        if key == "relationship":
            if gold == REFUSED:
                outcomes[key] = RIGHT if not named or _same(str(value), line.text) else WRONG
            elif value is None:
                outcomes[key] = MISSED
            else:
                outcomes[key] = RIGHT if named and gold.casefold() in value.casefold() else WRONG
            continue
        if key == "role":
            if line.question != "role" and not changed:
                continue  # (who is talking was set from the gold to ask the line's question: nothing to score)
            outcomes[key] = MISSED if value is None else RIGHT if value == gold else WRONG
            continue
        if gold == REFUSED:
            outcomes[key] = WRONG if named and changed else RIGHT
        elif value is None:
            outcomes[key] = MISSED
        elif not named:
            outcomes[key] = NO_NAME
        else:
            outcomes[key] = RIGHT if _same(value, gold) else WRONG
    return outcomes


def _names_table(readings: list[Reading]) -> list[str]:
    """Names (their own and whom they look after) per question, language and half."""
    out = ["names (name + cared_for_name gold fields): right / wrong / missed / no name (of which refused wrongly) | "
           "named, not said"]
    groups: dict[tuple[str, str, str], Counter[str]] = {}
    for r in readings:
        for half in (r.line.half, "all"):
            for key in (r.line.question, "all"):
                tally = groups.setdefault((key, r.line.language, half), Counter())
                for name_field in NAME_FIELDS:
                    outcome = r.outcomes.get(name_field)
                    if outcome is None:
                        continue
                    tally[outcome] += 1
                    tally["n"] += outcome != "named, not said"
                    if outcome == NO_NAME and r.line.gold.get(name_field) != REFUSED:
                        tally["refused"] += 1
    for key in (*QUESTIONS, "all"):
        for half in ("odd", "even", "all"):
            cells = []
            for language in ("cy", "en"):
                t = groups.get((key, language, half), Counter())
                cells.append(f"{language} n={t['n']:3d}: {t[RIGHT]:3d} / {t[WRONG]:2d} / {t[MISSED]:2d} / "
                             f"{t[NO_NAME]:2d} ({t['refused']:2d}) | {t['named, not said']:2d}")
            out.append(f"  {key:15s} {half:5s} " + "   ".join(cells))
    return out


def _fields_table(readings: list[Reading]) -> list[str]:
    """Who is talking and how they are connected, per half and language: right / wrong / missed."""
    out = ["role and relationship gold fields: right / wrong / missed"]
    for key in ("role", "relationship"):
        for half in ("odd", "even", "all"):
            cells = []
            for language in ("cy", "en"):
                t = Counter(r.outcomes[key] for r in readings if key in r.outcomes and r.line.language == language
                            and half in (r.line.half, "all"))
                cells.append(f"{language} n={sum(t.values()):3d}: {t[RIGHT]:3d} / {t[WRONG]:2d} / {t[MISSED]:2d}")
            out.append(f"  {key:15s} {half:5s} " + "   ".join(cells))
    return out


def headline(readings: list[Reading]) -> list[str]:
    """One line per half: wrong names (the derailment) and names right, over both name fields."""
    out = []
    for half in ("odd", "even"):
        parts = []
        for language in ("cy", "en"):
            mine = [o for r in readings if r.line.half == half and r.line.language == language
                    for k, o in r.outcomes.items() if k in NAME_FIELDS]
            n = sum(o != "named, not said" for o in mine)
            wrong = sum(o in (WRONG, "named, not said") for o in mine)
            parts.append(f"{language}: right {mine.count(RIGHT)}/{n}, wrong {wrong}")
        out.append(f"names_{half}: " + "; ".join(parts))
    return out


def errors(readings: list[Reading]) -> list[str]:
    """The tuning half's mistakes, worst first (a wrong name, then the rest); never a held-out line."""
    out = []
    rank = {WRONG: 0, "named, not said": 0, NO_NAME: 1, MISSED: 2}
    wrong = [(rank[o], r.line.number, k, o, r) for r in readings if r.line.half == "odd"
             for k, o in r.outcomes.items() if o != RIGHT]
    for _, number, key, outcome, r in sorted(wrong, key=lambda x: x[:3]):
        out.append(f"#{number} [{r.line.language} {r.line.question}] {key} {outcome}: {r.line.text!r}\n"
                   f"    gold {r.line.gold.get(key, '')!r}, got {r.got.get(key)!r}; next {r.got['asked_next']}; "
                   f"said {r.said.replace(chr(10), ' / ')[:160]!r}" + (f"\n    note: {r.line.note}" if r.line.note else ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tsv", nargs="?", default=str(DEFAULT_SET), help="the labelled replies (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="list the tuning half's mistakes (odd lines only)")
    parser.add_argument("--save", help="write every line's reading to this JSON-lines file")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    lines = load(Path(args.tsv))
    start = time.monotonic()
    with _database():
        readings = [play(line) for line in lines]
    seconds = time.monotonic() - start
    print(f"# {Path(args.tsv).name}: {len(lines)} lines ({sum(line.half == 'odd' for line in lines)} tuning, "
          f"{sum(line.half == 'even' for line in lines)} held out), {seconds:.1f} s")
    for text in headline(readings) + _names_table(readings) + _fields_table(readings):
        print(text)
    if args.errors:
        print("\n# the tuning half's mistakes (odd lines)")
        for text in errors(readings):
            print(text)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for r in readings:
                f.write(json.dumps({"number": r.line.number, "half": r.line.half, "got": r.got,
                                    "outcomes": r.outcomes}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
