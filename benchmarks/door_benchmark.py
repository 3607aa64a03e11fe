"""One person's reply time with and without someone else sending 1 MB messages at the same time.

Why: a 1 MB message once reached the language model and stalled every conversation (another
person's "hello" took 38 s instead of 0.2 s). The door (channels/limits.py) now refuses such a
body unread; tests/doors shows the mechanism (413, nothing in the tracker), and this measures what
the other person notices. Rounds alternate quiet / flooded so drift on a shared machine falls on
both sides equally.

    .venv/bin/python benchmarks/door_benchmark.py [--rounds 4] [--flooders 2]

Starts its own assistant (Rasa, action server, web app) on free loopback ports with a throwaway
SQLite database; the rate limits are raised for the run so that only the size limit is at work.
Prints the machine, then the other person's reply time (p50 / p95 / max) quiet and flooded, and
how many 1 MB posts were refused.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # channels/ is not an installed package

from bot import services
from bot.storage import db

MEGABYTE = 1024 * 1024
#: One short conversation, as the other person holds it in each round.
TURNS = [
    "/greet",
    '/choose_language{"language":"en"}',
    "hello",
    "I want to keep going to the allotment with my brother on Saturdays",
    "My neighbour helps me with the shopping",
    "I'd like to get out to the chapel again",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, body: bytes, timeout: float = 120.0) -> int:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        error.read()
        return int(error.code)
    except (urllib.error.URLError, ConnectionError):
        return 0  # the server closed the connection on a refused body before reading it all


def conversation(url: str, sender: str) -> list[float]:
    """Reply times (seconds) of one person's turns."""
    times = []
    for text in TURNS:
        started = time.perf_counter()
        status = post(url, json.dumps({"sender": sender, "message": text}).encode())
        times.append(time.perf_counter() - started)
        if status != 200:
            raise RuntimeError(f"the other person's turn got HTTP {status}")
    return times


def flood(url: str, stop: threading.Event, statuses: list[int]) -> None:
    body = json.dumps({"sender": f"flood-{threading.get_ident()}", "message": "x" * MEGABYTE}).encode()
    while not stop.is_set():
        statuses.append(post(url, body))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "?") if Path("/proc/cpuinfo").exists() \
        else platform.processor()
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4, help="quiet/flooded pairs (default 4)")
    parser.add_argument("--flooders", type=int, default=2, help="threads posting 1 MB bodies (default 2)")
    args = parser.parse_args(argv)

    assert services.train(quiet=True) == 0, "rasa train failed"
    model = services.latest_model()
    assert model is not None
    workdir = Path(tempfile.mkdtemp(prefix="wm-door-bench-"))
    database = f"sqlite:///{workdir / 'whatmatters.db'}"
    db.reset_engines()
    db.migrate(database)
    env = {"DATABASE_URL": database, "SENDER_MESSAGES_PER_MINUTE": "100000", "ADDRESS_MESSAGES_PER_MINUTE": "100000",
           "BURST_TYPING_WINDOW": "no"}  # a script answers within milliseconds of each question (settings.py)
    stack = services.make_stack(free_port(), free_port(), env, log_dir=workdir / "logs", web_port=free_port())
    stack.start(model)
    quiet: list[float] = []
    flooded: list[float] = []
    statuses: list[int] = []
    try:
        stack.wait_ready()
        url = f"{stack.rasa_url}/webhooks/rest/webhook"
        conversation(url, "warm-up")  # first-turn costs (model warm-up) land on neither side
        for round_number in range(args.rounds):
            quiet += conversation(url, f"quiet-{round_number}")
            stop = threading.Event()
            threads = [threading.Thread(target=flood, args=(url, stop, statuses)) for _ in range(args.flooders)]
            for thread in threads:
                thread.start()
            time.sleep(0.5)  # the flood is under way before the person starts
            try:
                flooded += conversation(url, f"flooded-{round_number}")
            finally:
                stop.set()
                for thread in threads:
                    thread.join()
    finally:
        stack.stop()

    print(f"machine: {machine()}")
    print(f"{args.rounds} rounds x {len(TURNS)} turns each side; {args.flooders} threads posting 1 MB bodies "
          f"in the flooded turns: {len(statuses)} posts, {statuses.count(413)} refused 413, "
          f"{sum(1 for s in statuses if s not in (413,))} other ({sorted(set(statuses))})")
    for name, times in (("quiet", quiet), ("flooded", flooded)):
        print(f"other person's reply, {name:8}: p50 {statistics.median(times) * 1000:6.0f} ms   "
              f"p95 {percentile(times, 0.95) * 1000:6.0f} ms   max {max(times) * 1000:6.0f} ms   (n={len(times)})")
    difference = statistics.median(flooded) - statistics.median(quiet)
    print(f"difference in p50: {difference * 1000:+.0f} ms (target: within 1 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
