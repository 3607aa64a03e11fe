"""The twentieth trial's first two safeguarding findings (stop 43): AX1 and AX2.

AX1: a man of 79 who lives alone wrote, at "anything else?", "Sometimes I think I'd be better off gone, but there we are."
and got "OK, thank you for that."; the read-back listed it as a thing to change. The Welsh twin ("byddai'n well arnaf wedi
mynd") was urgent at once. Being better off gone, not here or out of the way is a wish to be dead, as "better off dead"
is: urgent, in both languages; gone to bed, home or somewhere, or not here when the builders come, is not.
AX2: a 16-year-old's "i dont see the point anymore", at "what's going well?", got "Thanks." and the next question: the
word for how heavy it is (and a young person's lines) is said when the rules read it at any question, as it was at
"is anything worrying you?". Hopelessness alone stays a low-mood concern (stops 17 and 35), not an alert.
Fictional words after the trial's, each with its twin in the other language.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import consented_at


def _sender(*parts: object) -> str:
    return "mem-trial43-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# ---------- AX1: better off gone
GONE = ["Sometimes I think I'd be better off gone, but there we are.", "I'd be better off gone", "id be better off gone tbh",
        "I'd be better off not here", "honestly i would be better off not around", "i'd be better off not here, nobody "
        "would notice", "Weithiau rwy'n meddwl y byddai'n well arnaf wedi mynd"]
NOT_GONE = ["I'd be better off gone to bed early", "Id be better off gone home to my sisters",
            "I'd be better off not here when the builders come", "we would be better off gone on holiday",
            "she would be better off gone into a home", "I'd be better off not here on Tuesdays"]


@pytest.mark.parametrize("text", GONE)
def test_better_off_gone_is_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and "suicide" in reading.categories


@pytest.mark.parametrize("text", NOT_GONE)
def test_gone_somewhere_or_not_here_for_a_while_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


def test_better_off_out_of_it_is_a_please_check() -> None:
    reading = assess_risk("well i'd be better off out of it")
    assert reading.please_check and "suicide" in reading.categories


@pytest.mark.parametrize("language", ["cy", "en"])
def test_better_off_gone_at_anything_else_gets_the_urgent_reply_and_is_no_outcome(sqlite_url: str,
                                                                                 language: str) -> None:
    text = {"en": "Sometimes I think I'd be better off gone, but there we are.",
            "cy": "Weithiau rwy'n meddwl y byddai'n well arnaf wedi mynd, ond dyna ni."}[language]
    sender = _sender("ax1", language)
    conversation = consented_at(sender, language, "q_anything_else", name="Ron",
                                what_matters={"en": "my garden", "cy": "fy ngardd"}[language])
    conversation.say(text)
    assert "999" in conversation.text
    assert repository.is_urgent(sender)
    record = load_record(sender)
    assert record is not None
    assert [f["text"] for f in record["risk_flags"] if f["level"] == "urgent"] == [text]
    assert not [o for o in record["outcomes"] if "better off" in o["text"] or "well arnaf" in o["text"]]


# ---------- AX2: not seeing the point, at a question about good things
POINT = {"en": ["i dont see the point anymore", "i cant see the point any more tbh"],
         "cy": ["sai'n gweld y pwynt rhagor", "dwi'm yn gweld pwynt dim mwy"]}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("slot", ["q_what_matters", "q_strengths"])
def test_a_young_persons_hopelessness_at_a_good_things_question_is_heard(sqlite_url: str, language: str,
                                                                         slot: str) -> None:
    for n, text in enumerate(POINT[language]):
        assert assess_risk(text).level == "concern"  # (a concern, as stops 17 and 35 chose: no alert)
        conversation = consented_at(_sender("ax2", language, slot, n), language, slot, role="young_person",
                                    name="Ty", what_matters={"en": "football", "cy": "pêl-droed"}[language])
        conversation.said.clear()
        conversation.say(text)
        said = conversation.text
        assert messages.text("ack_heavy", language, "ti").split(".")[0] in said, text
        assert "Childline" in said and "999" not in said, text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_adults_hopelessness_at_what_goes_well_is_heard_without_young_lines(sqlite_url: str,
                                                                                language: str) -> None:
    conversation = consented_at(_sender("ax2-adult", language), language, "q_strengths", name="Sam",
                                what_matters={"en": "my garden", "cy": "fy ngardd"}[language])
    conversation.said.clear()
    conversation.say(POINT[language][0])
    said = conversation.text
    assert messages.text("ack_heavy", language, "chi").split(".")[0] in said
    assert "Childline" not in said and "999" not in said


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_list_of_who_helps_at_what_goes_well_gets_no_heavy_word(sqlite_url: str, language: str) -> None:
    """V23 stays: at a question about good things the heavy word follows the words, not a reading of the model."""
    conversation = consented_at(_sender("ax2-list", language), language, "q_strengths", name="Sam",
                                what_matters={"en": "my garden", "cy": "fy ngardd"}[language])
    conversation.said.clear()
    conversation.say({"en": "my sister Pat, the neighbours, the chapel", "cy": "fy chwaer Pat, y cymdogion, y capel"}[
        language])
    assert messages.text("ack_heavy", language, "chi").split(".")[0] not in conversation.text
