"""Figures from a load run: percentiles, ratios to the starter assistant, the issue's targets, and the printout.

Pure code (no servers, no clock), so the arithmetic is unit-tested on its own
(tests/bench/test_report.py). Ratios are written so that 1.0 or more always means
"ours is at least as good as Rasa's starter assistant": turns per second ours ÷ starter,
and p95 starter ÷ ours.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

#: The issue's targets (issue 12, "Benchmark").
TARGET_RATIO = 1.0
TARGET_RASA_PEAK_MB = 1200.0  # "under 1.2 GB resident" (MB = 10^6 bytes)
TARGET_FIRST_REPLY_SECONDS = 25.0
#: "Flat across a conversation": the late turns' median no more than this times the early turns'.
TARGET_FLATNESS = 1.25

NAN = float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return NAN
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def safe_ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, or NaN when either is missing or the denominator is 0."""
    if math.isnan(numerator) or math.isnan(denominator) or denominator == 0:
        return NAN
    return numerator / denominator


@dataclass
class LevelRun:
    """What happened when some people talked to one assistant at once (raw, from bot.bench.load)."""

    assistant: str  # "ours" or "starter"
    people: int
    wall_seconds: float
    latencies: list[tuple[int, float]] = field(default_factory=list)  # (turn index from 1, seconds), answered turns
    answer_latencies: list[tuple[int, float]] = field(default_factory=list)  # those that carried a typed answer
    errors: dict[str, int] = field(default_factory=dict)  # kind -> count ("timeout", "empty_reply", "http_500", ...)
    started: int = 0
    completed: int = 0
    derailed: int = 0  # the conversation lost its way (a question looped, nothing recognisable asked)
    cut_short: int = 0  # still going when the time cap was reached
    turns_per_conversation: list[int] = field(default_factory=list)  # of completed conversations


@dataclass
class TurnBucket:
    """Latency of the turns at one position in a conversation (turn 1, turn 2, ...)."""

    turn: int
    n: int
    p50: float
    p95: float


@dataclass
class LevelFigures:
    assistant: str
    people: int
    turns: int
    wall_seconds: float
    turns_per_second: float
    p50: float
    p95: float
    p99: float
    mean: float
    errors: int
    error_kinds: dict[str, int]
    started: int
    completed: int
    derailed: int
    cut_short: int
    mean_turns_per_conversation: float
    flatness: float  # typed answers: median of the last third of turn positions / median of the first third
    by_turn: list[TurnBucket]

    @classmethod
    def from_run(cls, run: LevelRun) -> LevelFigures:
        seconds = [s for _, s in run.latencies]
        turns = len(seconds)
        return cls(
            assistant=run.assistant, people=run.people, turns=turns, wall_seconds=run.wall_seconds,
            turns_per_second=turns / run.wall_seconds if run.wall_seconds > 0 else NAN,
            p50=percentile(seconds, 50), p95=percentile(seconds, 95), p99=percentile(seconds, 99),
            mean=sum(seconds) / turns if turns else NAN,
            errors=sum(run.errors.values()), error_kinds=dict(run.errors),
            started=run.started, completed=run.completed, derailed=run.derailed, cut_short=run.cut_short,
            mean_turns_per_conversation=(sum(run.turns_per_conversation) / len(run.turns_per_conversation)
                                         if run.turns_per_conversation else NAN),
            flatness=flatness(run.answer_latencies or run.latencies), by_turn=by_turn(run.latencies),
        )


def by_turn(latencies: Iterable[tuple[int, float]]) -> list[TurnBucket]:
    """Latency percentiles per turn position, in order of position."""
    groups: dict[int, list[float]] = {}
    for index, seconds in latencies:
        groups.setdefault(index, []).append(seconds)
    return [TurnBucket(i, len(v), percentile(v, 50), percentile(v, 95)) for i, v in sorted(groups.items())]


def flatness(latencies: Sequence[tuple[int, float]]) -> float:
    """Median latency of the turns in the last third of positions over that of the first third.

    About 1.0 when a turn costs the same at the end of a conversation as at its start; it grows when
    each turn reloads everything said so far. NaN with fewer than three turn positions.
    """
    positions = sorted({i for i, _ in latencies})
    if len(positions) < 3:
        return NAN
    third = len(positions) // 3
    early = set(positions[:third])
    late = set(positions[-third:])
    return safe_ratio(percentile([s for i, s in latencies if i in late], 50),
                      percentile([s for i, s in latencies if i in early], 50))


@dataclass
class Ratios:
    """Ours against the starter at one level: 1.0 or more means ours is at least as good."""

    people: int
    turns_per_second: float  # ours / starter
    p95: float  # starter p95 / ours p95

    @classmethod
    def of(cls, ours: LevelFigures, starter: LevelFigures) -> Ratios:
        return cls(ours.people, safe_ratio(ours.turns_per_second, starter.turns_per_second),
                   safe_ratio(starter.p95, ours.p95))


@dataclass
class ProcessFigures:
    """One server process: peak resident memory (VmHWM) and how long it took to answer at first."""

    assistant: str
    name: str  # rasa, actions, web
    peak_rss_mb: float


@dataclass
class StartFigures:
    assistant: str
    train_seconds: float  # what starting does first: ours `services.train()` (skipped when unchanged)
    start_to_first_reply_seconds: float  # from launching the processes to the first non-empty reply
    full_train_seconds: float = NAN  # a forced training from scratch (--full-train), into var/bench

    @property
    def run_to_first_reply_seconds(self) -> float:
        """As `whatmatters run` does it: the training check, then the processes, then the first reply."""
        return self.train_seconds + self.start_to_first_reply_seconds


@dataclass
class StorageCheck:
    """Ours only: after the run, was every answer a simulated person sent found in the database, word for word?"""

    conversations: int = 0
    answers_sent: int = 0
    answers_stored: int = 0
    completed_not_confirmed: int = 0  # the person saw the reference, the record is not confirmed
    missing: list[str] = field(default_factory=list)  # "script id: question" of each answer not found

    @property
    def answers_missing(self) -> int:
        return self.answers_sent - self.answers_stored

    @property
    def every_answer_stored(self) -> bool:
        return self.answers_sent > 0 and self.answers_missing == 0 and self.completed_not_confirmed == 0


@dataclass
class Target:
    name: str
    met: bool | None  # None: not measured in this run
    detail: str


@dataclass
class BenchReport:
    machine: str
    commit: str
    started_at: str
    options: dict[str, Any]
    ours: list[LevelFigures] = field(default_factory=list)
    starter: list[LevelFigures] = field(default_factory=list)
    starts: list[StartFigures] = field(default_factory=list)
    processes: list[ProcessFigures] = field(default_factory=list)
    storage: StorageCheck = field(default_factory=StorageCheck)
    ratios: list[Ratios] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    finished_at: str = ""
    run_dir: str = ""  # under var/bench/runs: the services' logs (the database is deleted unless kept)

    def compute(self) -> None:
        """Fill in the ratios and the targets from the figures."""
        starters = {f.people: f for f in self.starter}
        self.ratios = [Ratios.of(o, starters[o.people]) for o in self.ours if o.people in starters]
        self.targets = evaluate_targets(self)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["storage"]["answers_missing"] = self.storage.answers_missing
        out["storage"]["every_answer_stored"] = self.storage.every_answer_stored
        for start, row in zip(self.starts, out["starts"]):
            row["run_to_first_reply_seconds"] = start.run_to_first_reply_seconds
        return out

    def write_json(self, fh: TextIO) -> None:
        # NaN is written as null: JSON has no NaN.
        json.dump(_nan_to_none(self.to_dict()), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def _nan_to_none(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _nan_to_none(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nan_to_none(v) for v in value]
    return value


def _fmt(value: float, digits: int = 2) -> str:
    return "–" if math.isnan(value) else f"{value:.{digits}f}"


def evaluate_targets(report: BenchReport) -> list[Target]:
    """The issue's targets, each met, missed, or not measured (None) in this run."""
    targets: list[Target] = []
    for r in report.ratios:
        targets.append(Target(f"turns/s ratio at {r.people}", None if math.isnan(r.turns_per_second)
                              else r.turns_per_second >= TARGET_RATIO, f"{_fmt(r.turns_per_second)} (≥ 1.0)"))
        targets.append(Target(f"p95 ratio at {r.people}", None if math.isnan(r.p95) else r.p95 >= TARGET_RATIO,
                              f"{_fmt(r.p95)} (starter p95 / ours, ≥ 1.0)"))
    if report.ours:
        top = max(report.ours, key=lambda f: f.people)
        every = top.started > 0 and top.completed == top.started and top.errors == 0
        targets.append(Target(f"every conversation completes at {top.people}", every,
                              f"{top.completed} of {top.started} completed, {top.errors} errors, "
                              f"{top.derailed} derailed, {top.cut_short} cut short"))
        targets.append(Target("every answer stored", report.storage.every_answer_stored,
                              f"{report.storage.answers_stored} of {report.storage.answers_sent} answers found "
                              f"verbatim; {report.storage.completed_not_confirmed} completed but not confirmed"))
        one = min(report.ours, key=lambda f: f.people)
        targets.append(Target(f"latency flat across a conversation (at {one.people})",
                              None if math.isnan(one.flatness) else one.flatness <= TARGET_FLATNESS,
                              f"late/early median {_fmt(one.flatness)} (≤ {TARGET_FLATNESS})"))
    rasa = [p for p in report.processes if p.assistant == "ours" and p.name == "rasa"]
    if rasa:
        targets.append(Target("Rasa server peak RSS < 1.2 GB", rasa[0].peak_rss_mb < TARGET_RASA_PEAK_MB,
                              f"{rasa[0].peak_rss_mb:.0f} MB"))
    ours_start = [s for s in report.starts if s.assistant == "ours"]
    if ours_start:
        s = ours_start[0]
        targets.append(Target("first reply within 25 s of start", s.run_to_first_reply_seconds
                              <= TARGET_FIRST_REPLY_SECONDS,
                              f"{s.run_to_first_reply_seconds:.1f} s (training check {s.train_seconds:.1f} s "
                              f"+ processes to first reply {s.start_to_first_reply_seconds:.1f} s)"))
    return targets


def render(report: BenchReport, out: TextIO) -> None:
    """The printout `whatmatters bench` ends with."""
    w = out.write
    w(f"# whatmatters bench: {report.machine}; commit {report.commit}; {report.started_at} – {report.finished_at}\n")
    w(f"# options: {json.dumps(report.options, sort_keys=True)}\n\n")
    w(f"{'assistant':9s} {'people':>6s} {'turns':>6s} {'turns/s':>8s} {'p50 s':>7s} {'p95 s':>7s} {'p99 s':>7s} "
      f"{'errors':>6s} {'done':>9s} {'derailed':>8s} {'cut':>4s} {'turns/conv':>10s} {'flat':>5s}\n")
    rows = sorted([*report.ours, *report.starter], key=lambda f: (f.people, f.assistant != "ours"))
    for f in rows:
        w(f"{f.assistant:9s} {f.people:6d} {f.turns:6d} {_fmt(f.turns_per_second):>8s} {_fmt(f.p50, 3):>7s} "
          f"{_fmt(f.p95, 3):>7s} {_fmt(f.p99, 3):>7s} {f.errors:6d} {f'{f.completed}/{f.started}':>9s} "
          f"{f.derailed:8d} {f.cut_short:4d} {_fmt(f.mean_turns_per_conversation, 1):>10s} "
          f"{_fmt(f.flatness):>5s}\n")
        if f.error_kinds:
            w(f"{'':9s} errors: {', '.join(f'{k} {v}' for k, v in sorted(f.error_kinds.items()))}\n")
    if report.ratios:
        w("\nratios (≥ 1.0: ours at least as good as the starter)\n")
        for r in report.ratios:
            w(f"  {r.people:3d} at once: turns/s {_fmt(r.turns_per_second)}   p95 {_fmt(r.p95)}\n")
    for f in report.ours:
        if f.by_turn:
            cells = " ".join(f"{b.turn}:{b.p50:.2f}" for b in f.by_turn)
            w(f"\nours, {f.people} at once, median latency (s) by turn: {cells}\n")
    w("\nstart\n")
    for s in report.starts:
        full = f", full training {s.full_train_seconds:.0f} s" if not math.isnan(s.full_train_seconds) else ""
        w(f"  {s.assistant:8s} training check {s.train_seconds:.1f} s, processes to first reply "
          f"{s.start_to_first_reply_seconds:.1f} s (total {s.run_to_first_reply_seconds:.1f} s){full}\n")
    w("peak memory (VmHWM)\n")
    for p in report.processes:
        w(f"  {p.assistant:8s} {p.name:8s} {p.peak_rss_mb:7.0f} MB\n")
    st = report.storage
    w(f"database: {st.answers_stored} of {st.answers_sent} answers stored verbatim over {st.conversations} "
      f"conversations; {st.completed_not_confirmed} completed but not confirmed\n")
    if st.missing:
        w(f"  not found: {'; '.join(st.missing)}\n")
    w("\ntargets\n")
    for t in report.targets:
        mark = "not measured" if t.met is None else ("met" if t.met else "MISSED")
        w(f"  {mark:12s} {t.name}: {t.detail}\n")
