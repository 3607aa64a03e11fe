"""BA22 (stop 46 trial): `whatmatters summary` still took 4-11 s. Of the risk rules' start-up, building the two
sentence finders' automata (30,000 and 17,000 strings, in Python) was the largest part left; they are now kept on disk
beside the rules' readings (risk/cache.py) and checked when read back.

What must hold: a kept automaton finds exactly what a built one finds; one that is damaged, foreign or planted (a
string taken out of its trie would stop a rule from ever being searched) is never used, and is replaced.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.risk import cache
from bot.analysis.risk.literals import Automaton, SentenceFinder
from bot.analysis.risk.normalise import pattern_text
from bot.analysis.risk.rules import _finders, rule_set

#: Disclosures and everyday answers, Welsh and English, as the finders see them (normalised).
MESSAGES = (
    "my mum's boyfriend hits me when he's drunk. got a bruise on my arm",
    "ma cariad mam yn bwrw fi pan mae e'n feddw. ma clais ar y mraich i",
    "sometimes i feel like i cant do this anymore",
    "weithia dwi'n teimlo fel bo fi ffili neud hyn rhagor",
    "He's been on the floor once in the night but he wasn't hurt",
    "I nearly died laughing at the mart on Monday",
)


def _rule_and_guard_gates() -> tuple[list[Any], list[Any], list[str]]:
    rules = rule_set()
    rule_gates, guard_gates = list(rules.finder.patterns), list(rules.guards)
    return rule_gates, guard_gates, [g.source for g in [*rule_gates, *guard_gates]]


def test_a_kept_finder_finds_what_a_built_one_finds(tmp_path: Path) -> None:
    rule_gates, guard_gates, _ = _rule_and_guard_gates()
    built = SentenceFinder(rule_gates)
    parts = json.loads(json.dumps(built.automaton.parts()))  # through JSON, as kept on disk
    kept = SentenceFinder(rule_gates, parts)
    assert kept.automaton.strings == built.automaton.strings and len(built.automaton.strings) > 10_000
    for message in MESSAGES:
        text = pattern_text(message)
        assert kept.sentences(text) == built.sentences(text)
        assert built.sentences(text), "each message holds some rule's string"


def test_finders_are_kept_and_read_back_by_their_own_patterns_only(tmp_path: Path) -> None:
    rule_gates, guard_gates, sources = _rule_and_guard_gates()
    assert cache.load_finders(sources, tmp_path) is None
    built = SentenceFinder(rule_gates), SentenceFinder(guard_gates)
    cache.save_finders(sources, [f.automaton.parts() for f in built], tmp_path)
    path = cache.readings_path(sources, tmp_path, "risk-finders")
    assert path.exists() and path.stat().st_mode & 0o077 == 0
    parts = cache.load_finders(sources, tmp_path)
    assert parts is not None and len(parts) == 2
    assert cache.load_finders([*sources[:-1], sources[-1] + "x"], tmp_path) is None  # another pattern set


def _parts_without_a_string(finder: SentenceFinder, string: str) -> list[Any]:
    """The finder's parts with `string` cut out of the trie: the planted file that silences a rule."""
    goto, fail, out = json.loads(json.dumps(finder.automaton.parts()))
    state = 0
    for ch in string[:-1]:
        state = goto[state][ch]
    del goto[state][string[-1]]
    return [goto, fail, out]


@pytest.mark.parametrize("damage", ["a-string-cut-out", "wrong-lengths", "not-a-state", "a-number-out-of-range"])
def test_a_damaged_or_planted_automaton_is_refused(damage: str) -> None:
    rule_gates, _, _ = _rule_and_guard_gates()
    built = SentenceFinder(rule_gates)
    goto, fail, out = json.loads(json.dumps(built.automaton.parts()))
    if damage == "a-string-cut-out":
        longest = max(built.automaton.strings, key=len)
        parts = _parts_without_a_string(built, longest)
    elif damage == "wrong-lengths":
        parts = [goto, fail[:-1], out]
    elif damage == "not-a-state":
        parts = [goto, fail, [*out[:-1], "x"]]
    else:
        parts = [goto, [len(fail), *fail[1:]], out]
    with pytest.raises(ValueError):
        Automaton(built.automaton.strings, parts)


def test_a_rule_set_given_a_planted_file_builds_its_own_and_replaces_it(tmp_path: Path) -> None:
    rule_gates, guard_gates, sources = _rule_and_guard_gates()
    built = SentenceFinder(rule_gates)
    longest = max(built.automaton.strings, key=len)
    planted = [_parts_without_a_string(built, longest), SentenceFinder(guard_gates).automaton.parts()]
    cache.configure(tmp_path)
    try:
        cache.save_finders(sources, planted, tmp_path)
        finder, _ = _finders(rule_gates, guard_gates, sources)
        assert finder.automaton.find(longest), "the string cut out of the planted file is found again"
        kept = cache.load_finders(sources, tmp_path)
        assert kept is not None
        assert Automaton(built.automaton.strings, kept[0]).find(longest)  # the file was replaced by a good one
    finally:
        cache.configure(None)


def test_a_file_planted_in_a_shared_folder_is_not_read(tmp_path: Path) -> None:
    rule_gates, guard_gates, sources = _rule_and_guard_gates()
    shared = tmp_path / "shared"
    shared.mkdir()
    cache.save_finders(sources, [SentenceFinder(g).automaton.parts() for g in (rule_gates, guard_gates)], shared)
    shared.chmod(0o777)
    try:
        assert cache.load_finders(sources, shared) is None
    finally:
        shared.chmod(0o700)
