"""How long reading risk in one long message takes: milliseconds per message at 1k, 10k and 100k characters.

Usage:
    python benchmarks/long_text_benchmark.py [--repeats N] [--profile CHARS]

Why: the risk reader runs inside Rasa's process on its event loop (bot/nlu/signals.py), so a long
paste must cost time in proportion to its length, and little (issue 12: a 10,000-character message
in under 50 ms on one core). The messages are everyday answers (benchmarks/heldout/outcomes.tsv,
Welsh and English) joined into sentences until long enough, so nothing repeats the way a test's
"Bore da. " * 12,000 does; a disclosure is added at the end of one copy, so the slower path (rules,
then the model on every sentence) and the rules-urgent path are both timed. CPU time of this
process (one core), best of N runs, the remembered results cleared before each.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.analysis import risk  # noqa: E402
from bot.analysis.risk import decide  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
DISCLOSURE = " He hits me when I ask for my money back."


def long_message(chars: int, seed: int = 12) -> str:
    """Everyday answers joined into one message of exactly `chars` characters."""
    path = ROOT / "benchmarks" / "heldout" / "outcomes.tsv"
    lines = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < chars:
        parts.append(rng.choice(lines).rstrip(".") + ".")
        length += len(parts[-1]) + 1
    return " ".join(parts)[:chars]


def cpu_ms(read: Callable[[], object], repeats: int) -> float:
    """Best CPU milliseconds of `repeats` calls, nothing remembered from the call before."""
    best = float("inf")
    for _ in range(repeats):
        decide._assess_once.cache_clear()
        start = time.process_time()
        read()
        best = min(best, time.process_time() - start)
    return best * 1000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per size (the best is printed)")
    parser.add_argument("--profile", type=int, metavar="CHARS", help="also print a cProfile of one read")
    args = parser.parse_args(argv)
    risk.warm()
    for chars in SIZES:
        plain = long_message(chars)
        disclosing = long_message(chars - len(DISCLOSURE)) + DISCLOSURE
        assert risk.assess_risk(disclosing).level == "urgent"
        repeats = max(1, args.repeats if chars <= 10_000 else args.repeats // 2)
        for name, text in (("", plain), ("disclosure_", disclosing)):
            ms = cpu_ms(lambda text=text: risk.assess_risk(text), repeats)  # type: ignore[misc]
            print(f"risk_long_text_{name}ms_{chars // 1000}k: {ms:.1f}")
    if args.profile:
        import cProfile
        import pstats

        text = long_message(args.profile)
        decide._assess_once.cache_clear()
        with cProfile.Profile() as prof:
            risk.assess_risk(text)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
