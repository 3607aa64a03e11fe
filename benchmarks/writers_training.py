"""Write bot/data/analysis/risk_train_writers.tsv: the tuning halves (odd data lines) of the many writers' files.

Why a script: the training file must be exactly the odd lines of the named writers' files, and never an even line (the
held-out half, which tests/safeguarding/test_risk_model.py checks), so it is made, not edited. Run it again after a
writer's file is added to WRITERS (issue 11, stop 31: "Many writers shipped").

Usage: python benchmarks/writers_training.py [--check]   (--check: exit 1 if the file on disk is not what it would write)

Lines are copied byte for byte (text, language, level, categories); the writers' question and speaker columns are left
out, as in the other training files. A line is left out (counted, never printed) when its words are also a line of a
held-out set in benchmarks/heldout/*.tsv or a held-out line of any writer (an even line, or a wholly held-out writer's
line), which must stay unseen. Even lines are only compared, never printed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.analysis.risk.normalise import pattern_text  # noqa: E402

HELDOUT = ROOT / "benchmarks" / "heldout"
OUT = ROOT / "bot" / "data" / "analysis" / "risk_train_writers.tsv"

#: The writers whose tuning halves are trained, in order. rwN and rwP (risk_writers31) are left out on purpose: they
#: are the shipped model's check on writers it never saw (benchmarks/heldout/risk_writers31/README.md).
WRITERS: tuple[str, ...] = (
    "risk_writers30/rwA.tsv", "risk_writers30/rwB.tsv", "risk_writers30/rwC.tsv", "risk_writers30/rwD.tsv",
    "risk_writers30/rwI.tsv", "risk_writers30/rwJ.tsv",
    "risk_writers31/rwK.tsv", "risk_writers31/rwL.tsv", "risk_writers31/rwM.tsv", "risk_writers31/rwO.tsv",
)

#: Held-out sets a training line must not repeat (more than four words, as tests/safeguarding/test_risk_model.py).
#: Lines written by a writer and repeated in a set nobody trains on are dropped rather than teach the model that set.
PROTECTED = ("risk*.tsv", "outcomes.tsv")

#: Data lines (numbered from 1 under the header) left out because their words are also a line of the test set, which
#: no one may read: found by tests/safeguarding/test_risk_model.py's overlap test, halving the file by pass or fail
#: alone, so the line itself was never printed (stop 30 found the same one).
TEST_SET_REPEATS: dict[str, tuple[int, ...]] = {"risk_writers30/rwD.tsv": (73,)}

HEADER = """\
# Issue 11, stop 31 ("Many writers shipped", docs/benchmarks.md): the tuning halves of many writers' labelled lines.
# Made by benchmarks/writers_training.py, never edited by hand: the ODD data lines (1, 3, 5... under the header) of
# each file in its WRITERS, byte for byte (text, language, level, categories). The even lines are held out and are
# never trained on (tests/safeguarding/test_risk_model.py). Each writer never saw the code; who they are:
# benchmarks/heldout/risk_writers30/README.md and risk_writers31/README.md. rwN and rwP are wholly held out.
# Why: stop 30 measured that other writers' lines raise the model's recall on a writer it never saw, about a point
# per writer, without raising false alarms (risk_benchmark.py --writers).
text\tlanguage\tlevel\tcategories
"""


def _protected() -> set[str]:
    """Normalised lines (more than four words) of the held-out sets in benchmarks/heldout (not its subfolders)."""
    seen: set[str] = set()
    for pattern in PROTECTED:
        for path in sorted(HELDOUT.glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                norm = pattern_text(line.split("\t")[0])
                if len(norm.split()) > 4:
                    seen.add(norm)
    return seen


def _held_out_writers_lines() -> set[str]:
    """Normalised held-out lines of every writer's file (risk_writers*/rw*.tsv): the even data lines, and every line of
    a writer not in WRITERS. Two writers sometimes write the same short sentence; it must not be trained as one's odd
    line while it is the other's held-out one. Compared only, never printed."""
    held: set[str] = set()
    for path in sorted(HELDOUT.glob("risk_writers*/rw*.tsv")):
        whole = f"{path.parent.name}/{path.name}" not in WRITERS
        data = [line for line in path.read_text(encoding="utf-8").split("\n")[1:] if line != ""]
        held |= {pattern_text(line.split("\t")[0]) for i, line in enumerate(data) if whole or i % 2 == 1}
    return held


def odd_lines(path: Path) -> list[tuple[int, list[str]]]:
    """The tuning half of one writer's file: data lines 1, 3, 5... (numbered from 1), split into columns."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines[0].startswith("text\t"):
        raise ValueError(f"{path.name}: no header line")
    data = [line for line in lines[1:] if line != ""]
    return [(i + 1, data[i].split("\t")) for i in range(0, len(data), 2)]


def build() -> tuple[str, dict[str, tuple[int, int]]]:
    """The training file's text, and per writer (lines copied, lines left out as repeats of a held-out or test-set line)."""
    protected = _protected() | _held_out_writers_lines()
    out = [HEADER]
    counts: dict[str, tuple[int, int]] = {}
    for name in WRITERS:
        kept = dropped = 0
        for number, cols in odd_lines(HELDOUT / name):
            if len(cols) < 4 or cols[2] not in ("urgent", "concern", "none"):
                raise ValueError(f"{name}: a line without a level")
            if number in TEST_SET_REPEATS.get(name, ()) or pattern_text(cols[0]) in protected:
                dropped += 1
                continue
            out.append("\t".join(cols[:4]) + "\n")
            kept += 1
        counts[name] = (kept, dropped)
    return "".join(out), counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check the file on disk is up to date")
    args = parser.parse_args(argv)
    text, counts = build()
    for name, (kept, dropped) in counts.items():
        print(f"{name}: {kept} lines copied, {dropped} left out (also a held-out or test-set line)")
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {sum(k for k, _ in counts.values())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
