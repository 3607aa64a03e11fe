"""Re-trial 37 AQ6: "after skool. not weds thats training", typed by a young person at "when is the best time to
visit?", was shown on the practitioner's page under "Dim diwrnod nac amser yn yr ateb" (no day or time), and "after
skool." was left out of the read-back. "after school" / "ar ôl ysgol" / "after work" / "ar ôl gwaith" / "evenings"
are times, "not weds" a day to avoid, as typed: each is in the read-back and shown as the time on the page.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.outcomes import times_said
from bot.analysis.text import says_when
from bot.analysis.types import OutcomeSpan
from bot.conversation.readback import numbered_items
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, started_with_record


def _sender(*parts: object) -> str:
    return "mem-fix38b-when-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (language, role, the answer, the parts of it each to be in the read-back as typed)
ANSWERS = [
    # a time of under three words joins the outcome beside it: no fragment (issue 11), and still in the read-back
    ("en", "young_person", "after skool. not weds thats training", ["after skool. not weds thats training"]),
    ("en", "young_person", "after school. not wednesdays thats training",
     ["after school. not wednesdays thats training"]),
    ("en", "person", "After work. Not Weds, I do the shopping then", ["After work. Not Weds, I do the shopping then"]),
    ("en", "person", "evenings. not weds", ["evenings. not weds"]),
    ("cy", "young_person", "ar ol ysgol. dim dydd mercher, ma gen i hyfforddiant",
     ["ar ol ysgol.", "dim dydd mercher, ma gen i hyfforddiant"]),  # three words: an outcome of its own
    ("cy", "person", "Ar ôl gwaith. Dim dydd Mercher, dw i'n siopa bryd hynny",
     ["Ar ôl gwaith.", "Dim dydd Mercher, dw i'n siopa bryd hynny"]),
    ("en", "person", "Any weekday after 3pm is fine. Not Fridays, I have my hair done",
     ["Any weekday after 3pm is fine.", "Not Fridays, I have my hair done"]),
]


def _at_visit_time(language: str, role: str, answer: str) -> MemoryConversation:
    conversation = started_with_record(_sender(language, role, answer), language, role=role, name="Osian")
    conversation.say("mynd i nofio efo fy ffrindiau" if language == "cy" else "going swimming with my mates")
    while conversation.requested != "q_visit_time":
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("text", ["after skool", "not weds", "after school", "ar ol ysgol", "after work",
                                  "ar ôl gwaith", "evenings", "wensday", "evenin"])
def test_times_as_typed_say_when(text: str) -> None:
    assert says_when(text)


@pytest.mark.parametrize("text", ["nan and kyle obvs", "nain a kyle wrth gwrs", "my dog Bob", "i sat down"])
def test_names_and_other_things_say_no_time(text: str) -> None:
    assert not says_when(text)


def test_a_time_already_in_an_outcome_is_not_added_twice() -> None:
    text = "after skool. not weds thats training"
    start = text.index("not")
    kept = (OutcomeSpan(text=text[start:], start=start, end=len(text), type="process", confidence=0.7, unsure=True),)
    assert [o.text for o in times_said(text, kept)] == ["after skool. not weds thats training"]  # joined, no fragment
    assert times_said(text[start:], (replace_start(kept[0], start),)) == (replace_start(kept[0], start),)


def test_a_short_time_with_nothing_beside_it_is_no_outcome_of_its_own() -> None:
    # "Mornings." alone among other words is left to the whole answer (the page shows it as the time to visit)
    text = "Mornings. The dog is called Bob. Thanks"
    assert [o.text for o in times_said(text, ())] == []
    assert [o.text for o in times_said("Mornings.", ())] == ["Mornings."]  # the whole answer is never a fragment


def replace_start(span: OutcomeSpan, by: int) -> OutcomeSpan:
    """The span moved `by` characters to the left (the answer without its first sentence)."""
    return OutcomeSpan(text=span.text, start=span.start - by, end=span.end - by, type=span.type,
                       confidence=span.confidence, unsure=span.unsure)


@pytest.mark.parametrize("language, role, answer, parts", ANSWERS)
def test_each_time_said_is_in_the_read_back_and_on_the_page(sqlite_url: str, language: str, role: str, answer: str,
                                                            parts: list[str]) -> None:
    conversation = _at_visit_time(language, role, answer)
    conversation.say(answer)
    listed = [o.text for _, o in numbered_items(conversation.sender_id)]
    for part in parts:
        assert part in listed  # in the read-back, as typed
    record = load_record(conversation.sender_id)
    assert record is not None
    section = build_view(record, language).section("visit_time")
    assert section is not None
    groups = {g.key: g for g in section.groups}
    assert "no_time" not in groups  # never "Dim diwrnod nac amser yn yr ateb" / "No day or time in this answer"
    shown = " ".join(item.quote for item in groups["items"].items)
    for part in parts:
        assert part.rstrip(".") in shown
