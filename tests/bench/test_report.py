"""The bench's arithmetic: percentiles, ratios to the starter, flatness, targets, and the JSON it writes."""
from __future__ import annotations

import io
import json
import math

import pytest

from bot.bench.report import (
    BenchReport,
    LevelFigures,
    LevelRun,
    ProcessFigures,
    StartFigures,
    StorageCheck,
    by_turn,
    flatness,
    percentile,
    render,
    safe_ratio,
)


def test_percentile_interpolates_between_ranks_like_numpy() -> None:
    values = [4.0, 1.0, 3.0, 2.0, 5.0]
    assert percentile(values, 0) == 1.0
    assert percentile(values, 50) == 3.0
    assert percentile(values, 100) == 5.0
    assert percentile(values, 95) == pytest.approx(4.8)
    assert percentile([1.0, 2.0], 50) == pytest.approx(1.5)
    assert percentile([7.0], 99) == 7.0
    assert math.isnan(percentile([], 50))


def test_ratio_is_nan_rather_than_a_crash_when_a_side_is_missing() -> None:
    assert safe_ratio(6.0, 3.0) == 2.0
    assert math.isnan(safe_ratio(1.0, 0.0))
    assert math.isnan(safe_ratio(math.nan, 2.0))


def test_flatness_compares_late_turns_with_early_ones() -> None:
    flat = [(i, 0.2) for i in range(1, 10)]
    assert flatness(flat) == pytest.approx(1.0)
    growing = [(i, 0.1 * i) for i in range(1, 10)]  # early third 0.1-0.3, late third 0.7-0.9
    assert flatness(growing) == pytest.approx(0.8 / 0.2)
    assert math.isnan(flatness([(1, 0.1), (2, 0.2)]))
    buckets = by_turn([(2, 0.4), (1, 0.1), (2, 0.2)])
    assert [(b.turn, b.n) for b in buckets] == [(1, 1), (2, 2)]
    assert buckets[1].p50 == pytest.approx(0.3)


def _level(assistant: str, people: int, turns_per_second: float, p95_seconds: float, **kw: int) -> LevelFigures:
    turns = int(turns_per_second * 10)
    latencies = [(1 + i % 5, p95_seconds) for i in range(turns)]
    run = LevelRun(assistant, people, wall_seconds=10.0, latencies=latencies, started=kw.get("started", people),
                   completed=kw.get("completed", people), errors=kw.get("errors", {}),  # type: ignore[arg-type]
                   turns_per_conversation=[17] * kw.get("completed", people))
    return LevelFigures.from_run(run)


def _report() -> BenchReport:
    report = BenchReport(machine="test", commit="abc", started_at="then", options={})
    report.ours = [_level("ours", 1, 4.0, 0.5), _level("ours", 50, 5.0, 3.0, completed=49)]
    report.starter = [_level("starter", 1, 2.0, 1.0), _level("starter", 50, 10.0, 1.5)]
    report.processes = [ProcessFigures("ours", "rasa", 900.0), ProcessFigures("ours", "actions", 180.0)]
    report.starts = [StartFigures("ours", train_seconds=5.0, start_to_first_reply_seconds=30.0)]
    report.storage = StorageCheck(conversations=51, answers_sent=500, answers_stored=498)
    report.compute()
    return report


def test_level_figures_from_a_run() -> None:
    f = _level("ours", 10, 4.0, 0.5)
    assert f.turns == 40 and f.turns_per_second == pytest.approx(4.0)
    assert f.p50 == f.p95 == f.p99 == pytest.approx(0.5)
    assert f.mean_turns_per_conversation == 17


def test_ratios_read_one_or_more_as_ours_at_least_as_good() -> None:
    report = _report()
    one, fifty = report.ratios
    assert one.people == 1
    assert one.turns_per_second == pytest.approx(2.0) and one.p95 == pytest.approx(2.0)
    assert fifty.turns_per_second == pytest.approx(0.5) and fifty.p95 == pytest.approx(0.5)


def test_targets_say_which_are_met_and_which_missed() -> None:
    met = {t.name: t.met for t in _report().targets}
    assert met["turns/s ratio at 1"] is True and met["p95 ratio at 1"] is True
    assert met["turns/s ratio at 50"] is False and met["p95 ratio at 50"] is False
    assert met["every conversation completes at 50"] is False  # 49 of 50
    assert met["every answer stored"] is False  # 498 of 500
    assert met["Rasa server peak RSS < 1.2 GB"] is True
    assert met["first reply within 25 s of start"] is False  # 5 + 30 s
    assert met["latency flat across a conversation (at 1)"] is True


def test_json_has_every_figure_and_no_nan() -> None:
    report = _report()
    report.ours[0].flatness = math.nan
    buf = io.StringIO()
    report.write_json(buf)
    data = json.loads(buf.getvalue())  # NaN would not be valid JSON for other readers
    assert "NaN" not in buf.getvalue()
    assert data["ours"][0]["flatness"] is None
    assert data["storage"]["answers_missing"] == 2 and data["storage"]["every_answer_stored"] is False
    assert data["starts"][0]["run_to_first_reply_seconds"] == pytest.approx(35.0)
    assert {r["people"] for r in data["ratios"]} == {1, 50}
    text = io.StringIO()
    render(report, text)
    assert "MISSED" in text.getvalue() and "turns/s 2.00" in text.getvalue()
