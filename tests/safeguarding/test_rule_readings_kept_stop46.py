"""AZ22 (stop 45 trial): `whatmatters summary REF --format md` took 9-26 s, most of it working out, for every one of
the risk rules' 1,500 patterns, the strings a match needs. That reading is now kept on disk between processes
(risk/cache.py), and a pattern is compiled only when a text holds one of its strings.

What must hold: a kept reading is exactly the one worked out afresh (a wrong one would stop a rule from ever reading a
disclosure); a damaged, foreign or planted file is never used; a process that reads the kept file reads every message as
one that worked it out; a broken line still fails loudly.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.analysis.risk import cache
from bot.analysis.risk.literals import Gated
from bot.analysis.risk.rules import _gates, rule_set

ROOT = Path(__file__).resolve().parents[2]

#: Disclosures and everyday answers, Welsh and English: what two processes must read alike.
MESSAGES = (
    "my stepdad pushed me into the wall last night",
    "gwthiodd fy llystad fi yn erbyn y wal neithiwr",
    "sometimes i think everyone would be better off without me tbh",
    "weithia dwi'n meddwl sa pawb yn well off hebdda fi",
    "mae e'n cymryd fy ffôn, so fe'n gadael fi siarad da neb",
    "I could kill for a cuppa",
    "Na, dw i'n meddwl mai dyna bopeth. Diolch am ofyn.",
    "she fell in the bathroom and couldn't get up",
    "dw i wedi cymryd y tabledi i gyd",
    "Hanging out with my mates and not having to go straight home after school every day",
)


def _sources_and_readings() -> tuple[list[str], list[tuple[tuple[str, ...] | None, bool]]]:
    rules = rule_set()
    gates = [*rules.finder.patterns, *rules.guards]
    return [g.source for g in gates], [(g.needs, g.local) for g in gates]


def test_the_kept_reading_of_every_pattern_is_the_one_worked_out_afresh():
    sources, readings = _sources_and_readings()
    assert len(sources) > 1000
    fresh = [Gated.reading(re.compile(source), many=True) for source in sources]
    wrong = [source[:80] for source, kept, new in zip(sources, readings, fresh) if kept != new]
    assert wrong == []


def test_readings_are_kept_and_read_back_by_their_own_patterns_only(tmp_path):
    sources, readings = _sources_and_readings()
    assert cache.load_readings(sources, tmp_path) is None  # nothing kept yet: the caller works them out
    cache.save_readings(sources, readings, tmp_path)
    assert cache.load_readings(sources, tmp_path) == readings
    other = [*sources[:-1], sources[-1] + "x"]  # one pattern edited: another file
    assert cache.readings_path(other, tmp_path) != cache.readings_path(sources, tmp_path)
    assert cache.load_readings(other, tmp_path) is None
    kept = cache.readings_path(sources, tmp_path)
    assert kept.stat().st_mode & 0o077 == 0  # only this user reads or writes it
    assert not list(tmp_path.glob("*.tmp.json"))  # written whole, then renamed


@pytest.mark.parametrize("damage", [
    "not json at all",
    "[]",  # the wrong length
    "first-empty-needs",  # a pattern said to need nothing at all (an empty list)
    "first-empty-string",  # a pattern said to need the empty string
    "first-not-bool",
])
def test_a_damaged_file_is_removed_and_never_used(tmp_path, damage):
    sources, readings = _sources_and_readings()
    cache.save_readings(sources, readings, tmp_path)
    path = cache.readings_path(sources, tmp_path)
    items = json.loads(path.read_text(encoding="utf-8"))
    if damage.startswith("first-"):
        items[0] = {"first-empty-needs": [[], False], "first-empty-string": [[""], True],
                    "first-not-bool": [None, "yes"]}[damage]
        path.write_text(json.dumps(items), encoding="utf-8")
    else:
        path.write_text(damage, encoding="utf-8")
    assert cache.load_readings(sources, tmp_path) is None
    assert not path.exists()


def test_a_file_planted_in_a_shared_folder_is_not_read_nor_written(tmp_path):
    """A reading saying every pattern needs a string no message holds would silence every rule."""
    sources, readings = _sources_and_readings()
    shared = tmp_path / "shared"
    shared.mkdir()
    planted = cache.readings_path(sources, shared)
    planted.write_text(json.dumps([[["zzzzzz"], True] for _ in sources]), encoding="utf-8")
    shared.chmod(0o777)
    try:
        assert cache.load_readings(sources, shared) is None
        planted.unlink()
        cache.save_readings(sources, readings, shared)
        assert not planted.exists()
    finally:
        shared.chmod(0o700)


def test_a_pattern_is_compiled_on_its_first_search_and_once():
    gated = Gated(r"(?<![a-z0-9])(?:kill (?:myself|my self))(?![a-z0-9])", ("kill m",), True)
    assert "regex" not in gated.__dict__
    assert gated.search("i want to kill myself") is not None
    assert gated.regex is gated.regex
    assert gated.search("kill my time") is None
    assert gated.search("a cup of tea") is None  # may_match: no search


def test_a_compiled_pattern_keeps_its_flags():
    regex = re.compile("hello", re.IGNORECASE)
    gated = Gated.of(regex)
    assert gated.regex is regex and gated.regex.search("HELLO") is not None


def test_a_broken_line_still_fails_loudly_naming_it():
    with pytest.raises(ValueError, match=r"risk_patterns\.tsv line 7"):
        _gates(["(?:never closed"], ["risk_patterns.tsv line 7"])


_READ = """
import json, sys
from bot.analysis.risk import cache
cache.configure(sys.argv[1])
from bot.analysis.risk.rules import rule_set, words_of_harm
rules = rule_set()
readings = [words_of_harm(m) for m in json.loads(sys.argv[2])]
compiled = sum(1 for r in rules.rules if "regex" in r.gate.__dict__)
print(json.dumps({"readings": [[r.level, list(r.categories), r.please_check] for r in readings],
                  "compiled": compiled, "rules": len(rules.rules)}))
"""


def _read_in_a_new_process(folder: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _READ, str(folder), json.dumps(MESSAGES)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_new_process_reads_with_the_kept_file_exactly_as_one_that_worked_it_out(tmp_path):
    first = _read_in_a_new_process(tmp_path)
    assert len(list(tmp_path.glob("risk-rules-*.json"))) == 1
    second = _read_in_a_new_process(tmp_path)
    assert second["readings"] == first["readings"]
    assert first["compiled"] == first["rules"]  # worked out: every pattern compiled (and checked)
    assert isinstance(second["compiled"], int) and isinstance(second["rules"], int)
    assert second["compiled"] < second["rules"] // 4  # kept: only those the messages could match
    readings = first["readings"]
    assert isinstance(readings, list)
    assert sum(1 for r in readings if r[0] == "urgent") >= 3, "the disclosures must read as such in both processes"
