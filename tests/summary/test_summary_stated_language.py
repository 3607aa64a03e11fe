"""The person's language as stated in an answer, apart from the chat's (issue 11, the trial's fifth conversation).

A carer chatting in English said of Mam-gu "Welsh if you can, it was her first language"; the summary said
"Their stated preference: English" (the carer's choice of chat language).
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.fhir import to_fhir
from bot.summary.record import stated_language
from bot.summary.view import build_view, label


def _carer_in_english(sender: str, key: str, words: str) -> dict:
    repository.ensure_conversation(sender, channel="rest", team="south")
    repository.update_conversation(sender, language="en", preferred_language="en", register="chi",
                                   completed_by="carer", display_name="Kayleigh", cared_for_name="Mam-gu")
    repository.record_answer(sender, question_key=key, question_text="?", text=words, whose_view="carer",
                             about="person", analysis=analyse(words, question="process"))
    record = load_record(sender)
    assert record is not None
    return record


@pytest.mark.parametrize("key,words", [
    ("communication", "Welsh if you can, it was her first language"),
    ("support", "women only for washing her, shes very private. Welsh if you can, it was her first language"),
    ("communication", "Cymraeg plîs, mae hi'n drysu efo Saesneg"),
    ("communication", "no English please, she gets lost"),
])
def test_the_language_stated_for_the_person(sqlite_url: str, key: str, words: str) -> None:
    record = _carer_in_english(f"stated-{key}-{abs(hash(words)) % 10**8}", key, words)
    assert (record["stated_language"], record["preferred_language"], record["language"]) == ("cy", "en", "en")
    assert record["active_offer_applies"] is True
    for interface in ("cy", "en"):
        section = build_view(record, interface).section("language")
        assert section is not None
        facts = {f.key: (f.label, f.value) for f in section.facts}
        assert facts["language"] == (label("language_used_carer", interface), label("lang_en", interface))
        assert facts["preferred_language"][0] == label("language_preferred_person", interface)
        assert facts["preferred_language"][1].startswith(label("lang_cy", interface))
        assert label("language_in_their_answer", interface) in facts["preferred_language"][1]
        assert any(n.key == "active_offer" for n in section.notices)
    patients = [e["resource"] for e in to_fhir(record)["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert patients[0]["communication"][0]["language"]["coding"][0]["code"] == "cy"  # the person
    (carer,) = [e["resource"] for e in to_fhir(record)["entry"] if e["resource"]["resourceType"] == "RelatedPerson"]
    assert carer["communication"][0]["language"]["coding"][0]["code"] == "en"  # the carer's chat


def test_a_carer_who_states_no_language_leaves_it_not_stated(sqlite_url: str) -> None:
    record = _carer_in_english("stated-none", "communication", "bit deaf in the left ear so sit on her right")
    assert record["stated_language"] is None and record["active_offer_applies"] is False
    section = build_view(record, "en").section("language")
    assert section is not None
    assert {f.key: f.value for f in section.facts}["preferred_language"] == label("language_not_stated", "en")


def test_someone_speaking_for_themselves_states_it_by_their_choice(english_record) -> None:
    assert english_record["stated_language"] == "en"
    section = build_view(english_record, "en").section("language")
    assert section is not None
    assert {f.key: f.value for f in section.facts}["preferred_language"] == label("lang_en", "en")


def test_the_latest_wording_counts() -> None:
    answers = [{"id": 1, "question_key": "communication", "text": "English is fine", "latest_text": "Cymraeg plîs"}]
    assert stated_language(answers) == ("cy", answers[0])
