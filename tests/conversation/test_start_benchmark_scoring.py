"""The openings benchmark's scorer (conversation_benchmark.py --set starts), on hand-made records: a wrong name,
role or cared-for name, a flipped language and a swallowed answer each derail; the right ones do not."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conversation_benchmark",
                                                  ROOT / "benchmarks" / "conversation_benchmark.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cb = _load()

SCRIPT: dict[str, Any] = {
    "id": "cy-north-carer-test", "language": "cy", "name": "Sioned", "cared_for_name": "Dad. Gwilym ydi enw fo",
    "answers": [{"question": "what_matters", "says": "mae o isio mynd i'r mart"}],
    "gold": {"name": ["Sioned"], "cared_for_name": ["Gwilym"], "role": "carer", "language": "cy"},
}
WELSH_REPLY = "Beth sy'n mynd yn dda i Gwilym ar hyn o bryd, a phwy sy'n helpu?"
ENGLISH_REPLY = "What is going well for Gwilym at the moment, and who helps?"


def _record(**changes: Any) -> dict[str, Any]:
    record = {"name": "Sioned", "cared_for_name": "Gwilym", "completed_by": "carer", "language": "cy",
              "answers": [{"question_key": "what_matters", "text": "mae o isio mynd i'r mart"}]}
    return record | changes


def _transcript() -> Any:
    t = cb.Transcript()
    t.asked = ["language", "consent_choice", "role", "name", "cared_for_name", "relationship", "q_what_matters"]
    t.sent = [("q_what_matters", "mae o isio mynd i'r mart")]
    return t


def _turns(reply: str = WELSH_REPLY, language: str = "cy") -> list[tuple[str, str | None, list[str]]]:
    return [("helo", None, ["Shwmae, a chroeso. / Hello, and welcome."]), ("Cymraeg", "cy", ["Diolch."]),
            ("mae o isio mynd i'r mart", language, [reply])]


def test_a_right_start_is_not_derailed() -> None:
    assert cb.start_derailments(SCRIPT, _record(), _transcript(), _turns()) == []


def test_each_wrong_thing_derails() -> None:
    assert cb.start_derailments(SCRIPT, _record(name="merch fo dwi"), _transcript(), _turns()) == ["wrong name"]
    assert cb.start_derailments(SCRIPT, _record(cared_for_name="Dad"), _transcript(), _turns()) == [
        "wrong cared-for name"]
    assert cb.start_derailments(SCRIPT, _record(completed_by="person"), _transcript(), _turns()) == ["wrong role"]
    assert cb.start_derailments(SCRIPT, _record(answers=[]), _transcript(), _turns()) == ["swallowed answer"]


def test_a_flipped_language_derails_by_the_slot_or_by_the_words() -> None:
    assert cb.start_derailments(SCRIPT, _record(), _transcript(), _turns(language="en")) == ["language flipped"]
    assert cb.start_derailments(SCRIPT, _record(), _transcript(), _turns(ENGLISH_REPLY)) == ["language flipped"]


def test_a_role_a_reader_would_accept() -> None:
    script = SCRIPT | {"gold": SCRIPT["gold"] | {"role": ["carer", "young_person"]}}
    # A young carer read as a young person: no cared-for name is asked, so none is expected.
    record = _record(completed_by="young_person", cared_for_name=None)
    assert cb.start_derailments(script, record, _transcript(), _turns()) == []


def test_extra_scripted_replies_are_no_loop() -> None:
    player = cb.StartPlayer("http://127.0.0.1:1", "t", "s", SCRIPT | {"consent": ["sori?", "be?", "ia"]})
    assert player.extra_replies("consent_choice") == 2 and player.extra_replies("role") == 0
    assert [player.nth_reply("consent_choice", ["sori?", "ia"])] == ["sori?"]


def test_their_own_words_quoted_back_are_no_flipped_language() -> None:
    """The read-back quotes what they typed, in the language they typed it (stop 32, dev_flow cy-south-person-f05:
    "Pethau i'w newid:\\n1. “I need someone to sort my tablets out, I keep forgetting them”" read as English)."""
    quoted = "Pethau i'w newid:\n1. “I need someone to sort my tablets out, I keep forgetting them”"
    assert cb.start_derailments(SCRIPT, _record(), _transcript(), _turns(quoted)) == []
    english = "Things to change:\n1. “mae o isio mynd i'r mart” – is that right, and is there more to add?"
    assert cb.start_derailments(SCRIPT, _record(), _transcript(), _turns(english)) == ["language flipped"]
