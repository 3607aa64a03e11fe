"""Harm read as a concern makes no outcome of the harm, like an urgent disclosure (bot.safeguarding.harm).

From the acceptance trial of stop 16 (conversation 4): "text. doesnt matter much anyway, like i said im
not gonna be around after friday", read as a concern (suicide), was read back as a way they want to be
supported. Other concerns (loneliness, falls, carer strain, low mood) keep their outcomes.

Stop 25 (trial U3): the rule took every outcome of such an answer, the person's other wishes too ("not having panic
attacks at school. ... i just want to be able to walk into school without feeling sick every morning" read back
nothing to change). Now only the sentences that read as harm make no outcome; a wish in a sentence of its own ("text
me please, not calls.") stays theirs.

The risk reading is given here (the reader is bot.analysis.risk's to test, and changes as it learns):
what is tested is what the record does with a harm concern, in answers, read-back additions and the summary.
"""
from __future__ import annotations

import dataclasses
import itertools

import pytest

from bot.analysis import analyse
from bot.analysis.types import Analysis, RiskAssessment
from bot.conversation.safety import read_risk
from bot.safeguarding.harm import is_harm, outcomes_apart_from_harm
from bot.storage import repository
from bot.summary import load_record
from bot.summary.render import render_markdown
from bot.summary.view import label
from tests.conversation.test_disclosure_resume import _answers, _conversation, _skip_to

_senders = itertools.count(1)
#: The trial's words with a wish before them: the analysis no longer makes an outcome of the feeling itself
#: (bot.analysis: a feeling the rules name, without a wish); the wish, a sentence of its own, is theirs to keep.
TRIAL = "text me please, not calls. doesnt matter much anyway, like i said im not gonna be around after friday"
WISH = "text me please, not calls."
HARM_WORDS = "im not gonna be around"
SUPPORT_QUESTION = "Is there anything that makes talking easier for you?"


@pytest.mark.parametrize("level,categories,harm", [
    ("urgent", ("low_mood",), True), ("concern", ("suicide",), True), ("concern", "abuse,domestic_abuse", True),
    ("concern", ("neglect",), True), ("concern", ("self_harm",), True), ("concern", ("exploitation",), True),
    ("concern", ("loneliness",), False), ("concern", "falls", False), ("concern", ("carer_strain",), False),
    ("concern", ("low_mood",), False), ("none", (), False), ("concern", (), False),
])
def test_harm_is_urgent_or_a_concern_in_a_harm_category(level: str, categories: tuple[str, ...] | str,
                                                        harm: bool) -> None:
    assert is_harm(level, categories) is harm


def _read_as(text: str, risk: RiskAssessment) -> Analysis:
    analysis = analyse(text, question="process")
    assert analysis.outcomes, "the fixture must hold an outcome for the test to mean anything"
    return dataclasses.replace(analysis, risk=risk)


def _store(sender: str, text: str, risk: RiskAssessment, *, key: str = "communication",
           whole_if_no_outcome: bool = False) -> int:
    """Store one answer read as `risk` (and its flag, as note_risk would); returns how many outcomes it made."""
    repository.ensure_conversation(sender, channel="memory", team="test-team")
    stored = repository.record_answer(sender, question_key=key, question_text=SUPPORT_QUESTION, text=text,
                                      whose_view="young_person", about="person", analysis=_read_as(text, risk),
                                      message_id=f"{sender}-m", whole_if_no_outcome=whole_if_no_outcome)
    repository.record_risk(sender, message_id=f"{sender}-m", text=text, assessment=risk, language="en",
                           alert_needed=risk.level == "urgent")
    return len(stored.outcome_ids)


def _outcome_texts(sender: str) -> list[str]:
    record = load_record(sender)
    assert record is not None
    return [str(o["text"]) for o in record["outcomes"]]


@pytest.mark.parametrize("category", ["suicide", "self_harm", "abuse", "exploitation", "neglect"])
def test_a_concern_in_a_harm_category_makes_no_outcome_of_the_harm(sqlite_url: str, category: str) -> None:
    sender = f"harm-{next(_senders)}"
    assert _store(sender, TRIAL, RiskAssessment("concern", (category,))) == 1
    assert _outcome_texts(sender) == [WISH]


def test_an_answer_that_is_harm_by_its_thread_only_keeps_its_wishes_said_outright() -> None:
    """No harm read in the answer at all, none in a sentence nor over the whole (it is harm by its thread: added to
    an alert): its wishes said outright that read no risk are theirs, the rest stays with the harm (stop 37, trial 35
    AK5: until then no part became an outcome)."""
    calm = "I want to go to the park on Saturdays. I like the swings best."
    assert analyse(calm, question="change").outcomes
    kept = outcomes_apart_from_harm(calm, analyse(calm, question="change").outcomes)
    assert [o.text for o in kept] == ["I want to go to the park on Saturdays."]


@pytest.mark.parametrize("category", ["loneliness", "falls", "carer_strain", "money", "low_mood"])
def test_other_concerns_keep_their_outcomes(sqlite_url: str, category: str) -> None:
    assert _store(f"other-{next(_senders)}", TRIAL, RiskAssessment("concern", (category,))) > 0


def test_a_harm_concern_added_at_the_read_back_is_not_kept_whole_as_an_outcome(sqlite_url: str) -> None:
    sender = f"added-{next(_senders)}"
    _store(sender, TRIAL, RiskAssessment("concern", ("suicide",)), key="readback_addition", whole_if_no_outcome=True)
    assert _outcome_texts(sender) == [WISH]


def test_the_summary_shows_a_harm_concern_at_the_top_only(sqlite_url: str) -> None:
    sender = f"summary-{next(_senders)}"
    _store(sender, TRIAL, RiskAssessment("concern", ("suicide",)))
    record = load_record(sender)
    assert record is not None and [o["text"] for o in record["outcomes"]] == [WISH]
    summary = render_markdown(record, "en")
    after = summary.index(label("sec_about", "en"))
    assert summary[:after].count(TRIAL) == 1 and TRIAL not in summary[after:]
    assert HARM_WORDS not in summary[after:] and WISH in summary[after:]


@pytest.mark.parametrize("text", ["I would like help with the shopping, I am knackered caring for him"])
def test_in_a_conversation_a_concern_of_another_kind_keeps_its_outcome(sqlite_url: str, text: str) -> None:
    reading = read_risk(text)
    assert reading.level != "urgent" and not is_harm(reading.level, reading.categories), (
        f"the risk reader now reads this fixture as {reading}: choose another")
    conversation = _conversation("en")
    _skip_to(conversation, "q_support")
    conversation.say(text)
    assert any(key == "support" and words == text and n > 0 for key, words, n in _answers(conversation.sender_id))


#: The trial's young person (U3), and the Welsh twin: self-harm now, between two wishes of her own.
PANIC = {
    "en": ("not having panic attacks at school. i still cut sometimes when it gets really bad. i just want to be able "
           "to walk into school without feeling sick every morning"),
    "cy": ("dim pyliau panig yn yr ysgol. dwi dal yn torri fy hun weithia pan mae'n mynd yn ddrwg. dwi jyst isio gallu "
           "cerdded mewn i'r ysgol heb deimlo'n sâl bob bore"),
}
KEPT = {"en": ("not having panic attacks at school.",
               "i just want to be able to walk into school without feeling sick every morning"),
        "cy": ("dim pyliau panig yn yr ysgol.", "dwi jyst isio gallu cerdded mewn i'r ysgol heb deimlo'n sâl bob bore")}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_disclosure_between_two_wishes_keeps_the_wishes_not_the_harm(sqlite_url: str, language: str) -> None:
    text = PANIC[language]
    assert read_risk(text).level == "urgent", "the fixture must disclose harm for the test to mean anything"
    conversation = _conversation(language, role="young_person")
    _skip_to(conversation, "q_change")
    conversation.say(text)
    assert [words for key, words, _ in _answers(conversation.sender_id) if key == "change"] == [text]  # verbatim
    kept = _outcome_texts(conversation.sender_id)
    for wish in KEPT[language]:
        assert any(wish in outcome for outcome in kept), (wish, kept)
    assert not any("cut" in outcome or "torri" in outcome for outcome in kept), kept
