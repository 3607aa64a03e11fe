"""The risk reader on any text: it never raises, always answers a known level, and its shortcuts
(necessary strings, sentence by sentence search; bot/analysis/risk/literals.py) find exactly what
searching the whole text with every rule finds."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.analysis.risk import CATEGORY_ORDER, assess_risk, cache, pattern_text
from bot.analysis.risk.literals import Automaton, necessary_strings
from bot.analysis.risk.model import level_scores, level_scores_many
from bot.analysis.risk.rules import Rule, RuleSet, fired, guard, negated, rule_set, sort_categories
from bot.analysis.types import RISK_LEVELS

from .strategies import FEW, SOME, any_text, long_text, risky_text

DISCLOSURE = "He hits me every night."


def _well_formed(text: str) -> None:
    result = assess_risk(text)
    assert result.level in RISK_LEVELS
    assert set(result.categories) <= set(CATEGORY_ORDER)
    assert result.categories == sort_categories(result.categories)


@SOME
@given(st.one_of(any_text, risky_text))
def test_any_text_gets_a_known_level(text: str) -> None:
    _well_formed(text)


@FEW
@given(long_text(high=30_000))
def test_a_disclosure_at_the_end_of_any_long_text_is_urgent(filler: str) -> None:
    """Past the 20,000-character windows too: the end of a huge paste is never cut off."""
    _well_formed(filler)
    assert assess_risk(filler + ". " + DISCLOSURE).level == "urgent"


def _guard_everywhere(text: str, rules: RuleSet) -> tuple[str, bool]:
    """What guard() did before the shortcuts: every guard searched over the whole text."""
    hit = False
    for g in rules.guards:
        if g.regex.search(text):
            text = g.regex.sub(" | ", text)
            hit = True
    return re.sub(" {2,}", " ", text), hit


def _fired_everywhere(text: str, rules: RuleSet) -> tuple[list[Rule], bool]:
    """What fired() did before the shortcuts: every rule searched over the whole text."""
    found: list[Rule] = []
    negated_any = False
    for members in rules.groups:
        for rule in members:
            hits = [negated(text, m.start(), rules.negations) for m in rule.regex.finditer(text)]
            if False in hits:
                negated_any |= True in hits[:hits.index(False)]
                found.append(rule)
                break
            negated_any |= bool(hits)
    return found, negated_any


@SOME
@given(st.one_of(risky_text, any_text, st.lists(risky_text, max_size=5).map(". ".join)))
def test_the_shortcuts_find_what_every_rule_finds(text: str) -> None:
    rules = rule_set()
    padded = " " + pattern_text(text) + " "
    guarded = guard(padded, rules.guard_finder)
    assert guarded == _guard_everywhere(padded, rules)
    negated_rules: list[Rule] = []
    found = fired(guarded[0], rules, negated_rules)
    assert (found, bool(negated_rules)) == _fired_everywhere(guarded[0], rules)


@SOME
@given(st.sampled_from(rule_set().rules), risky_text)
def test_a_rule_that_matches_is_never_skipped(rule: Rule, text: str) -> None:
    """The strings a rule needs are in every text it matches, and its sentence is searched."""
    rules = rule_set()
    norm = " " + pattern_text(text + " " + rule.example) + " "
    gate = rules.finder.patterns[rule.number]
    where = rules.finder.sentences(norm)
    for m in rule.regex.finditer(norm):
        assert gate.may_match(norm)
        if gate.local:
            assert any(start <= m.start() and m.end() <= end for start, end in where.get(rule.number, ()))
    assert [m.span() for m in rules.finder.finditer(rule.number, norm, where)] == \
        [m.span() for m in rule.regex.finditer(norm)]


@SOME
@given(st.lists(st.text("ab |", min_size=1, max_size=4), min_size=1, max_size=8), st.text("abc |", max_size=60))
def test_the_automaton_finds_every_occurrence(strings: list[str], text: str) -> None:
    automaton = Automaton(strings)
    expected = sorted((i + len(s), n) for n, s in enumerate(automaton.strings)
                      for i in range(len(text)) if text.startswith(s, i))
    assert sorted(automaton.find(text)) == expected


@SOME
@given(st.lists(st.sampled_from(["kill", "me", "my", "self", "he", "hits", "(?:a|b)", "x?", "[ab]", r"\w+",
                                 "(?:not )?", " ", "c{1,2}", "(?<![a-z])", "(?!z)", "d*"]), min_size=1, max_size=6),
       st.text("killmeyselfhitsabcdxz ", max_size=40))
def test_necessary_strings_are_in_every_match(parts: list[str], text: str) -> None:
    """Whatever the pattern, a text it matches holds one of the strings the shortcut needs."""
    regex = re.compile("".join(parts))
    for many in (False, True):
        needs = necessary_strings(regex, many=many)
        for m in regex.finditer(text):
            if needs is not None and m.group(0):
                assert any(s in m.group(0) for s in needs), (regex.pattern, needs, m.group(0))


@SOME
@given(st.one_of(any_text, risky_text))
def test_the_reading_form_is_plain_words(text: str) -> None:
    """pattern_text: lower-case letters, digits, "|" and "," only, single-spaced, never raises."""
    norm = pattern_text(text)
    assert re.fullmatch(r"(?:[a-z0-9|,]+(?: [a-z0-9|,]+)*)?", norm), norm


@FEW
@given(st.lists(st.one_of(risky_text, any_text), min_size=1, max_size=12))
def test_pieces_scored_together_score_as_one_by_one(texts: list[str]) -> None:
    """A long message's sentences are scored in one batch; each must get its own score."""
    model = cache.fitted_model()
    pieces = [pattern_text(t) for t in texts]
    together = level_scores_many(pieces, model)
    for piece, scores in zip(pieces, together, strict=True):
        alone = level_scores(piece, model)
        assert scores.keys() == alone.keys()
        assert all(abs(scores[k] - alone[k]) < 1e-9 for k in alone), (piece, scores, alone)
