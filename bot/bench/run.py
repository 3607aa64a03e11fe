"""`whatmatters bench`: ours and Rasa's starter assistant under the same load, interleaved.

For each load level (1, 10, 50 people at once by default) ours runs, then the starter, then the next
level: noise from other work on a shared machine falls on both alike, so the ratios are what to read.
Afterwards every answer ours was sent is looked up in its database, word for word.
"""
from __future__ import annotations

import math
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from bot.bench import load
from bot.bench.people import OurPerson, PromptReader, Script, StarterPerson, load_scripts, reply_text
from bot.bench.processes import BENCH_DIR, StarterAssistant, free_port, ours_full_train, peak_rss_mb
from bot.bench.report import BenchReport, LevelFigures, ProcessFigures, StartFigures, StorageCheck, render
from bot.settings import REPO_ROOT

#: How long an assistant may take to give its first reply after its processes start.
FIRST_REPLY_TIMEOUT_SECONDS = 300.0
#: Every simulated person comes from 127.0.0.1, where real people each have an address of their own: the
#: door's limit per client address (channels/limits.py) is lifted so that the bench measures the assistant,
#: not the flood guard. The limit per sender stays (one conversation is well under it).
#: (A script answers within milliseconds of each question: no typing window, settings.py.)
BENCH_ENV = {"ADDRESS_MESSAGES_PER_MINUTE": "1000000", "BURST_TYPING_WINDOW": "no"}
#: When ours has no completed conversation to copy the length from, the starter's conversations have this many turns.
DEFAULT_STARTER_TURNS = 17


@dataclass(frozen=True)
class BenchOptions:
    people: tuple[int, ...] = (1, 10, 50)
    conversations: int | None = None  # per level; default max(min_conversations, people)
    min_conversations: int = 3
    turns: int | None = None  # the starter's conversation length; default: ours' mean at the same level
    max_seconds: float = 240.0  # per level and assistant
    starter: bool = True
    train: bool = True  # run the training check `whatmatters run` does (and time it)
    full_train: bool = False  # also time a forced training of both, into var/bench
    keep_database: bool = False

    def conversations_at(self, people: int) -> int:
        return max(self.conversations or 0, people) if self.conversations else max(self.min_conversations, people)


QUICK = BenchOptions(people=(1, 5), min_conversations=2, max_seconds=120.0)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal:"))
        memory = f", {mem_kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = ""
    return f"{os.cpu_count()} cores, {cpu}{memory}, Python {platform.python_version()}"


def commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,  # noqa: S607 - git on PATH
                              capture_output=True, text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO_ROOT,  # noqa: S607
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def _now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())


def check_storage(url: str, held: Sequence[load.Conversation]) -> StorageCheck:
    """Every answer each simulated person typed, looked up verbatim in ours' database."""
    from bot.storage import repository
    from bot.storage.db import session_scope

    check = StorageCheck()
    with session_scope(url) as s:
        for conv in held:
            row = repository.get_conversation(s, conv.sender)
            stored = {a.text for a in row.answers} if row is not None else set()
            sent = conv.person.answers_sent
            check.conversations += 1
            check.answers_sent += len(sent)
            for question, text in sent:
                if text in stored:
                    check.answers_stored += 1
                else:
                    ended = f", ended by {conv.error}" if conv.error else ""
                    check.missing.append(f"{conv.person.label}: {question} ({conv.turns} turns{ended})")
            if conv.person.completed and (row is None or row.status != "confirmed"):
                check.completed_not_confirmed += 1
    return check


class Bench:
    """One `whatmatters bench` run: starts both assistants, runs the levels, stops everything."""

    def __init__(self, options: BenchOptions, progress: TextIO) -> None:
        self.options = options
        self.progress = progress
        self.reader = PromptReader.from_catalogue()
        self.scripts: list[Script] = load_scripts()
        if not self.scripts:
            raise RuntimeError("no dev conversations in benchmarks/conversations/dev")
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        self.workdir = BENCH_DIR / "runs" / stamp
        self.database_url = f"sqlite:///{self.workdir / 'whatmatters.db'}"
        opts = asdict(options)
        opts["people"] = list(options.people)
        self.report = BenchReport(machine=machine(), commit=commit(), started_at=_now(), options=opts,
                                  run_dir=str(self.workdir.relative_to(REPO_ROOT)))
        self.held: list[load.Conversation] = []

    def say(self, line: str) -> None:
        self.progress.write(f"[bench {time.strftime('%H:%M:%S', time.gmtime())}] {line}\n")
        self.progress.flush()

    def our_person(self, index: int) -> OurPerson:
        return OurPerson(self.scripts[index % len(self.scripts)], self.reader)

    def is_active_offer(self, replies: list[dict[str, Any]]) -> bool:
        return self.reader.last_prompt(reply_text(replies)) == "active_offer"

    def run(self) -> BenchReport:
        from bot.storage import db

        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            return self._measure()
        finally:
            db.reset_engines()
            if not self.options.keep_database:
                # The database holds the dev set's words; the logs stay for reading (they hold none).
                for path in self.workdir.glob("whatmatters.db*"):
                    path.unlink()

    def _measure(self) -> BenchReport:
        from bot import services
        from bot.storage import db

        o = self.options
        db.reset_engines()
        db.migrate(self.database_url)
        train_seconds = 0.0
        if o.train:
            self.say("training check (as `whatmatters run` does it) ...")
            start = time.monotonic()
            if services.train(quiet=True) != 0:
                raise RuntimeError("training failed")
            train_seconds = time.monotonic() - start
        model = services.latest_model()
        if model is None:
            raise RuntimeError("no trained model in bot/models; run `whatmatters train`")
        starter = StarterAssistant(log_dir=self.workdir / "logs") if o.starter else None
        ours_full = starter_full = math.nan
        if starter is not None:
            made = starter.ensure_project()
            if made is not None:
                self.say(f"rasa init (and its first training) took {made:.0f} s")
        if o.full_train:
            self.say("forced training of ours, into var/bench/models-full ...")
            ours_full = ours_full_train(self.workdir / "logs" / "full-train.log")
            if starter is not None:
                self.say("forced training of the starter ...")
                starter_full = starter.train(force=True)
        stack = services.make_stack(free_port(), free_port(), {"DATABASE_URL": self.database_url, **BENCH_ENV},
                                    log_dir=self.workdir / "logs", web_port=free_port())
        try:
            self.say(f"starting ours (logs in {stack.log_dir}) ...")
            since = time.monotonic()
            stack.start(model)
            first = load.wait_first_reply(stack.rasa_url, "/greet", since, FIRST_REPLY_TIMEOUT_SECONDS,
                                          self.is_active_offer, partial(self.check_alive, stack, None))
            if first is None:
                raise RuntimeError(f"ours gave no first reply within {FIRST_REPLY_TIMEOUT_SECONDS:.0f} s")
            stack.wait_ready(timeout=FIRST_REPLY_TIMEOUT_SECONDS)  # the web app too
            self.report.starts.append(StartFigures("ours", train_seconds, first, ours_full))
            self.say(f"ours answered {first:.1f} s after starting")
            if starter is not None:
                check = starter.train()
                since = time.monotonic()
                starter.start()
                first = load.wait_first_reply(starter.url, "hello", since, FIRST_REPLY_TIMEOUT_SECONDS,
                                              check_alive=starter.check_running)
                if first is None:
                    raise RuntimeError(f"the starter gave no first reply within {FIRST_REPLY_TIMEOUT_SECONDS:.0f} s")
                self.report.starts.append(StartFigures("starter", check, first, starter_full))
                self.say(f"the starter answered {first:.1f} s after starting")
            self.run_levels(stack, starter)
            for name, proc in stack.processes.items():
                self.report.processes.append(ProcessFigures("ours", name, peak_rss_mb(proc.pid)))
            if starter is not None:
                self.report.processes.append(ProcessFigures("starter", "rasa", starter.peak_rss_mb()))
        finally:
            stack.stop()
            if starter is not None:
                starter.stop()
        self.report.storage = check_storage(self.database_url, self.held)
        self.report.finished_at = _now()
        self.report.compute()
        return self.report

    def run_levels(self, stack: Any, starter: StarterAssistant | None) -> None:
        o = self.options
        for people in o.people:
            n = o.conversations_at(people)
            self.check_alive(stack, starter)
            self.say(f"ours: {people} at once, {n} conversations ...")
            run, held = load.run_level(stack.rasa_url, "ours", people, n, o.max_seconds, self.our_person,
                                       f"bench-ours-{people}")
            self.held += held
            ours = LevelFigures.from_run(run)
            self.report.ours.append(ours)
            self.say(self.one_line(ours))
            if starter is None:
                continue
            turns = o.turns or (round(ours.mean_turns_per_conversation)
                                if not math.isnan(ours.mean_turns_per_conversation) else DEFAULT_STARTER_TURNS)
            self.check_alive(stack, starter)
            self.say(f"starter: {people} at once, {n} conversations of {turns} turns ...")
            run, _ = load.run_level(starter.url, "starter", people, n, o.max_seconds,
                                    partial(starter_person, turns), f"bench-starter-{people}")
            theirs = LevelFigures.from_run(run)
            self.report.starter.append(theirs)
            self.say(self.one_line(theirs))

    @staticmethod
    def check_alive(stack: Any, starter: StarterAssistant | None) -> None:
        for name, proc in stack.processes.items():
            if proc.poll() is not None:
                raise RuntimeError(f"ours: {name} stopped; see {stack.log_dir / (name + '.log')}")
        if starter is not None:
            starter.check_running()

    @staticmethod
    def one_line(f: LevelFigures) -> str:
        return (f"  {f.assistant}: {f.turns_per_second:.2f} turns/s, p50 {f.p50:.3f} s, p95 {f.p95:.3f} s, "
                f"{f.completed}/{f.started} completed, {f.errors} errors")


def _exit_on_term(_signum: int, _frame: object) -> None:
    raise SystemExit(143)


def starter_person(turns: int, _index: int) -> StarterPerson:
    return StarterPerson(turns)


def run_bench(options: BenchOptions, out: TextIO = sys.stdout, progress: TextIO = sys.stderr,
              json_path: Path | None = None) -> BenchReport:
    """Run the benchmark, print the report to `out`, and write it as JSON to `json_path` if given."""
    # SIGTERM ends the run like Ctrl-C, so the servers it started are stopped (Bench.run's finally).
    previous = signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        report = Bench(options, progress).run()
    finally:
        signal.signal(signal.SIGTERM, previous)
    render(report, out)
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        with json_path.open("w", encoding="utf-8") as fh:
            report.write_json(fh)
    return report


def options_from(people: Sequence[int] | None, quick: bool, **overrides: Any) -> BenchOptions:
    """The CLI's flags over the defaults (or over --quick's)."""
    base = QUICK if quick else BenchOptions()
    if people:
        base = replace(base, people=tuple(people))
    return replace(base, **{k: v for k, v in overrides.items() if v is not None})


__all__ = ["QUICK", "Bench", "BenchOptions", "check_storage", "options_from", "run_bench"]
