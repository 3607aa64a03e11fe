"""The mid-form set's scorer (conversation_benchmark.py --set flow), on hand-made records: an aside ("how long is
this?") taken as the answer derails, the question asked again after it does not; a young carer read as a young
person is not faulted for the carer's questions; a correction of the cared-for name must reach the record."""
from __future__ import annotations

from typing import Any

from tests.conversation.test_start_benchmark_scoring import cb

SCRIPT: dict[str, Any] = {
    "id": "en-flow-test", "language": "en", "name": "Ann", "cared_for_name": "Megan",
    "answers": [{"question": "what_matters", "says": ["how long is this?", "Mum wants to stay at home"]},
                {"question": "carer_own", "says": "choir"}],
    "gold": {"name": ["Ann"], "cared_for_name": ["Meg"], "role": ["carer", "young_person"], "language": "en"},
}


def _record(**extra: Any) -> dict[str, Any]:
    return {"name": "Ann", "cared_for_name": "Meg", "completed_by": "carer", "language": "en",
            "answers": [{"question_key": "what_matters", "text": "Mum wants to stay at home"},
                        {"question_key": "carer_own", "text": "choir"}]} | extra


def _player(sent: list[tuple[str, str]], asides: list[tuple[str, str]] = ()) -> Any:  # type: ignore[assignment]
    player = cb.FlowPlayer("http://127.0.0.1:1", "token", "sender", SCRIPT)
    player.t.sent = list(sent)
    player.t.asides = list(asides)
    player.t.confirmed = True
    player.turns = [(text, "en", []) for _, text in sent]
    return player


def test_the_answer_after_an_aside_is_no_derailment() -> None:
    player = _player([("q_what_matters", "how long is this?"), ("q_what_matters", "Mum wants to stay at home"),
                      ("q_carer_own", "choir")], [("q_what_matters", "how long is this?")])
    assert cb.flow_derailments(SCRIPT, _record(), player) == []


def test_an_aside_taken_as_the_answer_derails() -> None:
    player = _player([("q_what_matters", "how long is this?"), ("q_carer_own", "choir")],
                     [("q_what_matters", "how long is this?")])
    assert "question taken as an answer" in cb.flow_derailments(SCRIPT, _record(), player)


def test_the_old_name_after_a_correction_derails() -> None:
    player = _player([("q_what_matters", "how long is this?"), ("q_what_matters", "Mum wants to stay at home"),
                      ("q_carer_own", "choir")], [("q_what_matters", "how long is this?")])
    assert cb.flow_derailments(SCRIPT, _record(cared_for_name="Megan"), player) == ["wrong cared-for name"]


def test_a_young_carer_read_as_a_young_person_is_not_asked_the_carers_questions() -> None:
    player = _player([("q_what_matters", "how long is this?"), ("q_what_matters", "Mum wants to stay at home")],
                     [("q_what_matters", "how long is this?")])
    player.t.unasked = ["carer_own"]
    record = _record(completed_by="young_person", answers=[{"question_key": "what_matters",
                                                             "text": "Mum wants to stay at home"}])
    assert cb.flow_derailments(SCRIPT, record, player) == []
