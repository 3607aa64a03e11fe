"""`whatmatters bench --quick --no-starter` against the real assistant: the report's figures exist and are sane.

No timing is asserted (speed is what the bench reports, not what a test checks).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.settings import REPO_ROOT

pytestmark = pytest.mark.e2e


def test_quick_bench_holds_conversations_and_finds_every_answer_stored(tmp_path) -> None:
    out = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}  # the bench makes its own database
    done = subprocess.run([sys.executable, "-m", "bot.cli", "bench", "--quick", "--no-starter", "--json", str(out)],
                          check=False, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert [level["people"] for level in report["ours"]] == [1, 5]
    assert report["starter"] == [] and report["ratios"] == []
    for level in report["ours"]:
        assert level["started"] >= level["people"]
        assert level["completed"] > 0
        assert level["turns"] >= level["completed"] * 10  # whole conversations, not a greeting each
        assert level["turns_per_second"] > 0
        assert 0 < level["p50"] <= level["p95"] <= level["p99"]
        assert level["by_turn"][0]["turn"] == 1
    storage = report["storage"]
    assert storage["answers_sent"] > 0 and storage["every_answer_stored"] is True, storage
    processes = {p["name"]: p["peak_rss_mb"] for p in report["processes"]}
    assert set(processes) == {"rasa", "actions", "web"} and all(mb and mb > 10 for mb in processes.values())
    start = report["starts"][0]
    assert start["assistant"] == "ours" and start["start_to_first_reply_seconds"] > 0
    names = {t["name"] for t in report["targets"]}
    assert "every answer stored" in names and "first reply within 25 s of start" in names
    assert "ratios" in done.stdout or "targets" in done.stdout
    # The database (the dev set's words) is gone afterwards; the logs hold no answer.
    run_dir = REPO_ROOT / report["run_dir"]
    assert (run_dir / "logs" / "rasa.log").exists() and not list(run_dir.glob("whatmatters.db*"))
