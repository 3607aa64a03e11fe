"""Outcomes on real answers, stop 35 (issue 11: span F1 on real answers), from the twelfth trial and its re-trial.

- Beside a disclosure only a wish is kept as their own outcome: the sentences that tell what happened ("Hefyd, y mae
  rhywbeth yn fy mhoeni.", "Ugain punt yr wythnos ddiwethaf…", either side of money going from a purse) are the
  disclosure told, and were stored as change outcomes (re-trial r1).
- Formal and literary Welsh is read as the colloquial is: "Yr wyf yn hoffi darllen y Beibl… a myned i'r capel" made
  no outcome, though "I like reading the Bible and going to chapel" does (re-trial r1).
- A wish said again and marked as said before ("noson o gwsg wedes i.") makes no second outcome (trial g1).

Each with its twin in the other language; the risk is read by the real reader and the answer stored in SQLite.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis import analyse
from bot.analysis.outcomes import sort_outcomes
from bot.storage import repository
from bot.summary import load_record

_senders = itertools.count(1)


def _spans(text: str, question: str | None) -> list[tuple[str, str]]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text  # stored byte for byte as typed
    return [(s.text, s.type) for s in spans]


@pytest.mark.parametrize("text,wish,told", [
    ("Hoffwn gael help gyda'r siopa. Hefyd, y mae rhywbeth yn fy mhoeni. Mae arian yn myned ar goll o'm pwrs er pan "
     "ddechreuodd y lanhawraig newydd. Ugain punt yr wythnos ddiwethaf, a deg punt cyn hynny.",
     "Hoffwn gael help gyda'r siopa.", ("y mae rhywbeth yn fy mhoeni", "Ugain punt")),
    ("I'd like help with the shopping. Also, something is worrying me. Money keeps going missing from my purse since "
     "the new cleaner started. Twenty pounds last week, and ten pounds before that.",
     "I'd like help with the shopping.", ("something is worrying me", "Twenty pounds")),
])
def test_beside_a_disclosure_only_the_wish_is_kept_not_the_sentences_that_tell_it(
        sqlite_url: str, text: str, wish: str, told: tuple[str, ...]) -> None:
    analysis = analyse(text, question="change")
    assert analysis.risk.level == "urgent"  # the disclosure, read by the real risk reader
    told_cut = [o.text for o in analysis.outcomes if any(t in o.text for t in told)]
    assert told_cut, "the fixture must cut the sentences that tell it, for the rule to mean anything"
    sender = f"stop35-harm-{next(_senders)}"
    repository.ensure_conversation(sender, channel="memory", team="test-team")
    repository.record_answer(sender, question_key="q_change", question_text="What would you like to change?",
                             text=text, whose_view="person", about="person", analysis=analysis,
                             message_id=f"{sender}-m")
    record = load_record(sender)
    assert record is not None
    assert [str(o["text"]) for o in record["outcomes"]] == [wish]


@pytest.mark.parametrize("text,question", [
    # formal Welsh, as an older woman writes it, and its colloquial and English twins: liking to do a thing
    ("Yr wyf yn hoffi darllen y Beibl a myned i'r capel.", None),
    ("Dw i'n hoffi darllen y Beibl a mynd i'r capel.", None),
    ("Rwy'n hoffi gwneud fy mwyd fy hun.", "maintenance"),
    ("I like reading the Bible and going to chapel.", None),
    ("I like doing my own cooking.", "maintenance"),
])
def test_liking_to_do_a_thing_is_what_to_keep_in_formal_and_colloquial_welsh_as_in_english(
        text: str, question: str | None) -> None:
    assert _spans(text, question) == [(text, "maintenance")]


@pytest.mark.parametrize("text", [
    "Nid wyf am fyned i gartref gofal.",  # literary "wyf am" (I want), the verb-noun "myned"
    "Yr wyf am fyned adref.",
    "Dw i ddim isio mynd i gartref gofal.",
    "I don't want to go into a care home.",
])
def test_a_wish_in_literary_welsh_is_an_outcome_as_the_colloquial_and_english_are(text: str) -> None:
    assert [t for t, _type in _spans(text, None)] == [text]


@pytest.mark.parametrize("text,repeat,new", [
    ("fi? sa i'n gwbod bach, neb wedi gofyn ers sbel. noson o gwsg wedes i. a'r côr ar nos Iau, sai di bod ers y "
     "trawiad", "noson o gwsg", "a'r côr ar nos Iau"),
    ("me? I don't know love, nobody's asked in a while. a night's sleep, like I said. and choir on a Thursday, not "
     "been since the heart attack", "a night's sleep", "choir on a Thursday"),
])
def test_a_wish_said_again_as_said_before_makes_no_new_outcome(text: str, repeat: str, new: str) -> None:
    cut = [t for t, _type in _spans(text, None)]
    assert not any(repeat in t for t in cut)
    assert any(t.startswith(new) for t in cut)  # what is new in the answer is still theirs


@pytest.mark.parametrize("text,wish", [
    ("fel wedes i, dwi isio noson o gwsg.", "dwi isio noson o gwsg."),
    ("like I said, I want a night's sleep.", "I want a night's sleep."),
])
def test_a_wish_in_so_many_words_stays_though_it_was_said_before(text: str, wish: str) -> None:
    assert [t for t, _type in _spans(text, None)] == [wish]
