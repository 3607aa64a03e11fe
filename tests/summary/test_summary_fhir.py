"""The FHIR R4 mapping's shape: Bundle(collection) of QuestionnaireResponse, Goal, Flag and who they refer to."""
from __future__ import annotations

import json
from typing import Any

from bot.summary.fhir import OUTCOME_TYPE_SYSTEM, to_fhir
from bot.summary.render import to_fhir as render_to_fhir

QR_STATUSES = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
GOAL_LIFECYCLE = {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
                  "entered-in-error", "rejected"}


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def walk(value: Any, path: str = ""):
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for n, v in enumerate(value):
            yield from walk(v, f"{path}[{n}]")


def test_bundle_shape_and_no_empty_values(welsh_carer_record):
    bundle = to_fhir(welsh_carer_record)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    assert bundle["identifier"]["value"] == welsh_carer_record["reference"]
    assert bundle["timestamp"].endswith("Z")
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls)) and all(u.startswith("urn:uuid:") for u in urls)
    kinds = sorted({e["resource"]["resourceType"] for e in bundle["entry"]})
    assert kinds == ["Device", "Flag", "Goal", "Patient", "QuestionnaireResponse", "RelatedPerson"]
    # FHIR JSON never has null, "" or [] values
    for path, value in walk(bundle):
        assert value is not None and value not in ("", [], {}), path
    # every reference points at an entry in the bundle
    for path, value in walk(bundle):
        if path.endswith(".reference"):
            assert value in urls, path
    assert json.loads(json.dumps(bundle, ensure_ascii=False)) == bundle
    assert render_to_fhir(welsh_carer_record)["entry"] == bundle["entry"]  # stable ids


def test_questionnaire_response_has_every_answer_verbatim(welsh_carer_record):
    """Every answer but the risk material, whose words are the Flags' at the top (the worry raised a concern)."""
    bundle = to_fhir(welsh_carer_record)
    (qr,) = resources(bundle, "QuestionnaireResponse")
    assert qr["status"] == "completed" and qr["status"] in QR_STATUSES
    assert qr["language"] == "cy" and qr["authored"] == welsh_carer_record["confirmed_at"]
    assert qr["subject"]["type"] == "Patient" and qr["author"]["type"] == "RelatedPerson"
    flagged = {f["text"] for f in welsh_carer_record["risk_flags"]}
    answers = [a for a in welsh_carer_record["answers"] if a["text"] not in flagged]
    assert [a["question_key"] for a in welsh_carer_record["answers"] if a["text"] in flagged] == ["worries"]
    assert [i["linkId"] for i in qr["item"]] == [a["question_key"] for a in answers]
    for item, answer in zip(qr["item"], answers):
        assert item["text"] == answer["question"]
        (value,) = item["answer"]
        assert value["valueString"] == answer["text"]  # verbatim
        if answer["language"] in ("cy", "en"):
            assert value["_valueString"]["extension"] == [
                {"url": "http://hl7.org/fhir/StructureDefinition/language", "valueCode": answer["language"]}]
        ext = {e["url"].rsplit("/", 1)[-1]: next(v for k, v in e.items() if k.startswith("value"))
               for e in item["extension"]}
        assert ext["whose-view"] == answer["whose_view"] == "carer"
        assert ext["about"] == answer["about"]
    assert any("<script>" in i["answer"][0]["valueString"] for i in qr["item"])  # raw, as typed


def test_a_goal_per_outcome(welsh_carer_record):
    bundle = to_fhir(welsh_carer_record)
    goals = resources(bundle, "Goal")
    outcomes = welsh_carer_record["outcomes"]
    assert len(goals) == len(outcomes)
    patients = {e["fullUrl"]: e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"}
    for goal, outcome in zip(goals, outcomes):
        assert goal["lifecycleStatus"] == "proposed" and goal["lifecycleStatus"] in GOAL_LIFECYCLE
        assert goal["description"] == {"text": outcome["text"]}  # verbatim
        (coding,) = goal["category"][0]["coding"]
        assert coding["system"] == OUTCOME_TYPE_SYSTEM == "https://whatmatters.example/outcome-type"
        assert coding["code"] == outcome["type"] and coding["code"] in ("change", "maintenance", "process")
        assert goal["subject"]["reference"] in patients
        # the carer's view; "Mae Dad eisiau aros yn ei dŷ ei hun" is Dad's, as the carer passed it on (stop 22)
        assert goal["expressedBy"]["type"] == ("RelatedPerson" if outcome["whose_view"] == "carer" else "Patient")
        note = goal["note"][0]["text"]
        assert "confidence" not in note and "(draft)" in note  # the number is data (its extension), not prose
        assert ("to confirm" in note) == outcome["to_confirm"]
        ext = {e["url"].rsplit("/", 1)[-1]: e for e in goal["extension"]}
        assert ext["to-confirm"]["valueBoolean"] == outcome["to_confirm"]
        assert ext["outcome-confidence"]["valueDecimal"] == outcome["confidence"]
        carer_goal = outcome["about"] == "carer"
        subject = patients[goal["subject"]["reference"]]
        assert subject["identifier"][0]["value"].endswith("-carer") == carer_goal


def test_a_flag_per_risk_flag(welsh_carer_record):
    bundle = to_fhir(welsh_carer_record)
    flags = resources(bundle, "Flag")
    assert len(flags) == len(welsh_carer_record["risk_flags"]) >= 2
    for flag, source in zip(flags, welsh_carer_record["risk_flags"]):
        assert flag["status"] == "active"
        assert flag["category"][0]["coding"][0] == {
            "system": "http://terminology.hl7.org/CodeSystem/flag-category", "code": "safety", "display": "Safety"}
        assert flag["code"]["text"] == ", ".join(source["categories"])
        assert flag["subject"]["type"] == "Patient"
        assert flag["author"]["type"] == "Device"  # the assistant's reading, not a person's judgement
        words = next(e for e in flag["extension"] if e["url"].endswith("/verbatim-words"))
        assert words["valueString"] == source["text"]
        level = next(e for e in flag["extension"] if e["url"].endswith("/risk-level"))
        assert level["valueCode"] == source["level"]
        assert flag["period"]["start"] == source["time"]
    assert flags[0]["extension"][1]["valueCode"] == "urgent"  # urgent first, as in the record
    # all the risk material comes first in the Bundle
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds[: len(flags)] == ["Flag"] * len(flags)


def test_language_preference_and_people(welsh_carer_record, english_record):
    bundle = to_fhir(welsh_carer_record)
    (carer,) = resources(bundle, "RelatedPerson")
    assert carer["relationship"] == [{"text": welsh_carer_record["relationship"]}]
    assert carer["communication"][0]["language"]["coding"][0]["code"] == "cy"
    assert carer["communication"][0]["preferred"] is True
    qr = resources(bundle, "QuestionnaireResponse")[0]
    assert {"url": "https://whatmatters.example/fhir/StructureDefinition/active-offer-applies",
            "valueBoolean": True} in qr["extension"]

    young = to_fhir(english_record)
    assert resources(young, "RelatedPerson") == []
    (patient,) = resources(young, "Patient")
    assert patient["communication"][0]["language"]["coding"][0]["code"] == "en"
    (qr,) = resources(young, "QuestionnaireResponse")
    assert qr["status"] == "in-progress"  # not confirmed yet
    assert all(g["expressedBy"]["type"] == "Patient" for g in resources(young, "Goal"))
    assert resources(young, "Flag") == []
