"""The record as a FHIR R4 Bundle (type "collection").

* one QuestionnaireResponse: an item per answer (linkId = question_key, text = the question as
  asked, answer.valueString = the words verbatim), with whose view it is in an extension, and for
  someone answering for the person, the person's view as they pass it on beside their own
  (`view-passed-on`);
* one Goal per draft personal outcome (lifecycleStatus "proposed", description.text verbatim,
  category coded change / maintenance / process, expressedBy = whose view, a note with the
  draft's confidence and "to confirm");
* one Flag per safeguarding flag (status "active", category "safety", code.text = the risk
  categories, the person's words verbatim in an extension, author = the assistant as a Device);
  then one Flag per safety wish (their words, author = whoever said them). ALL of these come first
  in the Bundle, urgent first, and their words appear nowhere else: safeguarding answers
  (bot.summary.record.safeguarding_kind) are not items of the QuestionnaireResponse and their
  outcomes are not Goals; an answer that raised a concern is not an item either (its words are the
  Flag's), though its outcomes stay Goals. A reply to "are you safe right now?" ("ok carry on") is
  NOT a Flag: a Flag is an alert that stays active in the receiving system's alert list, and every
  reply to the check would add one beside the disclosure it follows (the stop-18 practitioner
  review). It is an item of the QuestionnaireResponse (linkId "safety_check"), linked to the
  disclosure's Flag by `reply-to-flag`; only when the reply itself raised a concern is it a Flag,
  the concern's, coded safety_check too. Except a LONG concern answer
  (bot.summary.record.answer_excerpt, as in the view): its Flag's words are the sentences that
  carry the concern (exact, joined by " … ") with the answer's id in `source-answer`, and the
  whole answer stays an item of the QuestionnaireResponse;
* the people they refer to: a Patient for the person (and, for a carer, a RelatedPerson and a
  Patient for the carer's own goals), identified by the public reference.

The mapping table is in docs/summary-format.md. Full URLs are stable urn:uuid values derived
from the reference, so exporting the same record twice gives the same ids.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

from bot.analysis.types import ANSWERING_FOR_THEM
from bot.summary.record import (
    CONCERN,
    DISCLOSURE,
    OUTCOMES_NOT_SHOWN_KINDS,
    SAFEGUARDING_KINDS,
    SAFETY_CHECK,
    SAFETY_WISH,
    answer_excerpt,
    answer_flag,
    disclosure_answered,
    helpline_text,
    outcomes_of_the_harm,
    safeguarding_kind,
)

BASE = "https://whatmatters.example"
OUTCOME_TYPE_SYSTEM = f"{BASE}/outcome-type"
RISK_CATEGORY_SYSTEM = f"{BASE}/risk-category"
RISK_LEVEL_SYSTEM = f"{BASE}/risk-level"
REFERENCE_SYSTEM = f"{BASE}/reference"
QUESTION_KEY_SYSTEM = f"{BASE}/question-key"
QUESTIONNAIRE = f"{BASE}/Questionnaire/what-matters"
SD = f"{BASE}/fhir/StructureDefinition"
EXT_WHOSE_VIEW = f"{SD}/whose-view"
EXT_ABOUT = f"{SD}/about"
#: Someone else took over the keyboard part way and typed it (stop 28): who they are to the person
#: (bot.conversation.keyboard.RELATIONS, or "someone"), and the name they gave, as typed, when they gave one.
EXT_TYPED_BY = f"{SD}/typed-by"
EXT_TYPED_BY_NAME = f"{SD}/typed-by-name"
EXT_ANSWERED_AT = f"{SD}/answered-at"
EXT_CONFIDENCE = f"{SD}/outcome-confidence"
EXT_TO_CONFIRM = f"{SD}/to-confirm"
EXT_TYPE_SET_BY = f"{SD}/type-set-by"
EXT_SOURCE_ANSWER = f"{SD}/source-answer"
EXT_VERBATIM = f"{SD}/verbatim-words"
EXT_RISK_LEVEL = f"{SD}/risk-level"
EXT_ALERT_STATUS = f"{SD}/duty-alert-status"
#: On a Flag: "please check: the assistant was unsure" (a concern only the learned model read as maybe urgent).
EXT_PLEASE_CHECK = f"{SD}/please-check"
EXT_ACTIVE_OFFER = f"{SD}/active-offer-applies"
#: On the QuestionnaireResponse: when the person deleted their answers (only the duty team's part kept; AB19).
EXT_ANSWERS_DELETED_AT = f"{SD}/answers-deleted-at"
EXT_QUESTION = f"{SD}/in-answer-to"
#: On a QuestionnaireResponse item: the answer says there is nothing to add ("dim byd rili", "No, that's everything.
#: Thank you…"), so no strength, worry or anything else to act on (stop-26 trial W13).
EXT_NOTHING_TO_ADD = f"{SD}/nothing-to-add"
#: On a safe-check reply's QuestionnaireResponse item: the Flag of the disclosure it answered.
EXT_REPLY_TO_FLAG = f"{SD}/reply-to-flag"
#: On an urgent Flag, what happened next (bot.summary.record.what_happened_next): each helpline the urgent
#: reply named ("Samaritans 116 123"), their choice after the safe check (carry_on / break / stop / waiting),
#: when, and how we know it (their_words / next_answer / record_state).
EXT_HELPLINE_GIVEN = f"{SD}/helpline-given"
EXT_SAFE_CHECK_CHOICE = f"{SD}/safe-check-choice"
EXT_SAFE_CHECK_CHOICE_AT = f"{SD}/safe-check-choice-at"
EXT_SAFE_CHECK_CHOICE_FROM = f"{SD}/safe-check-choice-from"
#: Each step of the pause as kept when it happened (carry_on / break / stop / back, and when): a complex extension
#: with "step" (valueCode) and "at" (valueDateTime); helplines-from says whether the helplines were kept as given
#: ("kept") or worked out for a flag kept before they were ("worked_out").
EXT_PAUSE_STEP = f"{SD}/pause-step"
EXT_HELPLINES_FROM = f"{SD}/helplines-from"
#: On an urgent Flag: when harm happening now was disclosed in its thread (they were told to call 999 then).
EXT_HARM_NOW_AT = f"{SD}/harm-happening-now-at"
#: On a Flag: the person said right after it that it misread them; a complex extension with "words" (verbatim) and
#: "at". The Flag stays active: a practitioner decides.
EXT_SAID_MISREAD = f"{SD}/person-said-misread"
#: On a Flag: the person played it down right after it ("I didn't mean anything by it"): no correction; the same shape.
EXT_PLAYED_DOWN = f"{SD}/person-played-it-down"
#: An answer they changed at the read-back: the item holds their latest words, this their earlier ones.
EXT_EARLIER_WORDING = f"{SD}/earlier-wording"
#: On a QuestionnaireResponse item of someone answering for the person (a carer, a professional): what the person
#: says, as they pass it on ("their-words", the person's view, verbatim), and their own view set against it in the same
#: answer ("own-view", the item's whose-view, verbatim) when there is one; one complex extension each (the record's
#: answers[].views_passed_on; tenth trial AE5, "Friend not foe" Principle 6).
EXT_VIEW_PASSED_ON = f"{SD}/view-passed-on"
SAFEGUARDING_ITEM_SYSTEM = f"{BASE}/safeguarding-item"
_SAFEGUARDING_ITEM_DISPLAY = {SAFETY_WISH: "Safety wish, in their words", SAFETY_CHECK: "Answer to the safe check"}
EXT_LANGUAGE = "http://hl7.org/fhir/StructureDefinition/language"  # core R4 extension
FLAG_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/flag-category"
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"

_TYPE_DISPLAY = {"change": "Change", "maintenance": "Maintenance", "process": "Process"}
_LANGUAGE_DISPLAY = {"cy": "Cymraeg", "en": "English"}
# QuestionnaireResponse.status (R4): in-progress | completed | amended | entered-in-error | stopped
_QR_STATUS = {
    "confirmed": "completed",
    "stopped": "stopped",
    "declined": "stopped",
    "in_progress": "in-progress",
    "awaiting_confirmation": "in-progress",
}


def _urn(reference: str, kind: str, key: Any = "") -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{BASE}/{reference}/{kind}/{key}"))


def _fhir_time(iso: str | None) -> str | None:
    """The record's "2024-05-01T10:00:00Z" is already a valid FHIR dateTime/instant."""
    return iso or None


def _safety_category() -> list[dict[str, Any]]:
    """Every safeguarding Flag's category (a disclosure, a safety wish, a safe-check answer); a new list each time."""
    return [{
        "coding": [{"system": FLAG_CATEGORY_SYSTEM, "code": "safety", "display": "Safety"}],
        "text": "Safeguarding",
    }]


def _verbatim(item: dict[str, Any]) -> dict[str, Any]:
    """The person's words, exactly as typed, with their language when known (a flag or an answer)."""
    words: dict[str, Any] = {"url": EXT_VERBATIM, "valueString": item["text"]}
    lang = _known_language(item.get("language"))
    if lang:
        words["_valueString"] = {"extension": [{"url": EXT_LANGUAGE, "valueCode": lang}]}
    return words


def _known_language(code: str | None) -> str | None:
    return code if code in _LANGUAGE_DISPLAY else None


def _language_concept(code: str) -> dict[str, Any]:
    return {"coding": [{"system": LANGUAGE_SYSTEM, "code": code, "display": _LANGUAGE_DISPLAY[code]}],
            "text": _LANGUAGE_DISPLAY[code]}


def _ref(full_url: str, resource_type: str, display: str | None = None) -> dict[str, Any]:
    ref: dict[str, Any] = {"reference": full_url, "type": resource_type}
    if display:
        ref["display"] = display
    return ref


def _typed_by(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The typed-by extensions of an answer or outcome typed by someone who took over the keyboard; [] otherwise."""
    typed = item.get("typed_by") or {}
    if not typed.get("relation"):
        return []
    return [{"url": EXT_TYPED_BY, "valueCode": str(typed["relation"])},
            *([{"url": EXT_TYPED_BY_NAME, "valueString": str(typed["name"])}] if typed.get("name") else [])]


def _views_passed_on(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The view-passed-on extensions of an answer (bot.summary.record.their_view_passed_on): the person's view as it
    was passed on, and the answerer's own view set against it when there is one, both verbatim; [] when none."""
    return [{"url": EXT_VIEW_PASSED_ON, "extension": [
        {"url": "their-words", "valueString": str(view["their_words"])},
        *([{"url": "own-view", "valueString": str(view["own_view"])}] if view.get("own_view") else []),
        # (someone else named, whose view the first is, the speaker disagreeing: trial 40 AV5)
        *([{"url": "whose-name", "valueString": str(view["whose_name"])}] if view.get("whose_name") else [])]}
        for view in answer.get("views_passed_on") or ()]


def _identifier(reference: str, suffix: str = "") -> dict[str, Any]:
    return {"system": REFERENCE_SYSTEM, "value": reference + suffix}


def _what_happened_next(after: dict[str, Any]) -> list[dict[str, Any]]:
    """An urgent Flag's extensions for the helplines given and the choice after the safe check (no words of theirs:
    their replies are QuestionnaireResponse items pointing at this Flag by reply-to-flag)."""
    ext: list[dict[str, Any]] = [{"url": EXT_HELPLINE_GIVEN, "valueString": helpline_text(line, "en")}
                                 for line in after.get("helplines") or []]
    if after.get("choice"):
        ext.append({"url": EXT_SAFE_CHECK_CHOICE, "valueCode": after["choice"]})
    if after.get("choice_at"):
        ext.append({"url": EXT_SAFE_CHECK_CHOICE_AT, "valueDateTime": after["choice_at"]})
    if after.get("choice_from"):
        ext.append({"url": EXT_SAFE_CHECK_CHOICE_FROM, "valueCode": after["choice_from"]})
    if after.get("helplines_from"):
        ext.append({"url": EXT_HELPLINES_FROM, "valueCode": after["helplines_from"]})
    ext += [{"url": EXT_PAUSE_STEP, "extension": [{"url": "step", "valueCode": step["step"]},
                                                  *([{"url": "at", "valueDateTime": step["at"]}] if step.get("at")
                                                    else [])]}
            for step in after.get("steps") or []]
    return ext


def to_fhir(record: dict[str, Any]) -> dict[str, Any]:
    """The Bundle as a plain dict (json.dumps it with ensure_ascii=False)."""
    reference = record.get("reference") or "WM-UNKNOWN"
    is_carer = record.get("completed_by") == "carer"
    entries: list[dict[str, Any]] = []
    # First in the Bundle: all the risk material at the top, urgent, then safety wishes, safe check, concerns.
    flag_entries: list[tuple[int, dict[str, Any]]] = []

    def add(resource: dict[str, Any], full_url: str, rank: int = 0) -> None:
        entry = {"fullUrl": full_url, "resource": resource}
        if resource["resourceType"] == "Flag":
            flag_entries.append((rank, entry))
        else:
            entries.append(entry)

    answers = list(record.get("answers") or [])
    kinds = [safeguarding_kind(a, record) for a in answers]
    # An answer whose safety wishes are only part of it keeps its other outcomes (stop-23 trial W17).
    wish_parts = {a.get("id"): words for a, k in zip(answers, kinds) if k == SAFETY_WISH
                  for words in [answer_excerpt(a, record, k)] if words is not None}
    not_outcomes = {a.get("id") for a, k in zip(answers, kinds) if k in OUTCOMES_NOT_SHOWN_KINDS
                    and a.get("id") not in wish_parts}
    disclosures = {a.get("id"): str(a.get("text") or "") for a, k in zip(answers, kinds) if k == DISCLOSURE}
    # A long concern answer: its Flag quotes the sentences that carry the concern, the answer stays an item.
    excerpts: dict[Any, tuple[dict[str, Any], str]] = {}  # flag id -> (answer, excerpt)
    for answer, kind in zip(answers, kinds):
        words = answer_excerpt(answer, record, kind)
        flag = answer_flag(answer, record) if words is not None else None
        if flag is not None and words is not None:
            excerpts.setdefault(flag.get("id"), (answer, words))
    excerpted = {a.get("id") for a, _words in excerpts.values()}
    # A wish or safe-check answer that also raised a concern is one Flag (below), its concern coded on it.
    concern_of: dict[Any, dict[str, Any]] = {}
    for answer, kind in zip(answers, kinds):
        flag = answer_flag(answer, record) if kind in (SAFETY_WISH, SAFETY_CHECK) else None
        if flag is not None and flag.get("level") != "urgent":
            concern_of[answer.get("id")] = flag

    # The carer's own choice of language (the chat's), and the person's as stated (bot.summary.record.stated_language).
    preferred = _known_language(record.get("preferred_language"))
    communication = [{"language": _language_concept(preferred), "preferred": True}] if preferred else []
    stated = _known_language(record.get("stated_language", record.get("preferred_language")))
    person_communication = [{"language": _language_concept(stated), "preferred": True}] if stated else []

    # -- the person (the subject of the record)
    person_url = _urn(reference, "Patient", "person")
    person_name = record.get("cared_for_name") if is_carer else record.get("name")
    patient: dict[str, Any] = {"resourceType": "Patient", "identifier": [_identifier(reference)]}
    if person_name:
        patient["name"] = [{"text": person_name}]
    if person_communication:
        patient["communication"] = person_communication
    add(patient, person_url)
    subject = _ref(person_url, "Patient")

    # -- the carer, when a carer completed it: who spoke (RelatedPerson) and whose own goals (Patient)
    carer_url = carer_patient_url = None
    if is_carer:
        carer_url = _urn(reference, "RelatedPerson", "carer")
        carer: dict[str, Any] = {
            "resourceType": "RelatedPerson",
            "identifier": [_identifier(reference, "-carer")],
            "active": True,
            "patient": subject,
        }
        if record.get("relationship"):
            carer["relationship"] = [{"text": record["relationship"]}]  # in their own words
        if record.get("name"):
            carer["name"] = [{"text": record["name"]}]
        if communication:
            carer["communication"] = communication
        add(carer, carer_url)
        carer_patient_url = _urn(reference, "Patient", "carer")
        carer_patient: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": [_identifier(reference, "-carer")],
            "link": [{"other": _ref(carer_url, "RelatedPerson"), "type": "seealso"}],
        }
        if record.get("name"):
            carer_patient["name"] = [{"text": record["name"]}]
        add(carer_patient, carer_patient_url)

    device_url = _urn(reference, "Device", "assistant")
    add({
        "resourceType": "Device",
        "deviceName": [{"name": "Beth sy'n bwysig / What matters assistant", "type": "user-friendly-name"}],
        "note": [{"text": "Draft outcome types and safeguarding flags are this assistant's reading, "
                          "for a practitioner to check."}],
    }, device_url)

    def voice(whose: str | None) -> dict[str, Any]:
        """Who expressed a view: the carer or a professional answering for them (RelatedPerson, its relationship in
        their own words; the whose-view extension tells which) or the person / young person (Patient)."""
        if whose in ANSWERING_FOR_THEM and carer_url:  # a professional too: who spoke, in their words
            return _ref(carer_url, "RelatedPerson")
        return _ref(person_url, "Patient")

    # -- the answers
    items: list[dict[str, Any]] = []
    for answer, kind in zip(answers, kinds):
        plain_safe_check = kind == SAFETY_CHECK and answer.get("id") not in concern_of
        if (kind in (*SAFEGUARDING_KINDS, CONCERN) and answer.get("id") not in excerpted and not plain_safe_check
                and answer.get("id") not in wish_parts):
            continue  # its words are in a Flag, at the top
        if answer.get("changes") is not None:
            continue  # a read-back edit: its words are the latest answer to the question it changed
        latest = next((a for a in answers if a.get("id") == answer.get("changed_to")), None)
        ext: list[dict[str, Any]] = [
            {"url": EXT_WHOSE_VIEW, "valueCode": answer.get("whose_view") or "person"},
            {"url": EXT_ABOUT, "valueCode": answer.get("about") or "person"},
            *_typed_by(answer),
        ]
        if answer.get("time"):
            ext.append({"url": EXT_ANSWERED_AT, "valueDateTime": answer["time"]})
        if latest is not None:
            ext.append({"url": EXT_EARLIER_WORDING, "valueString": answer["text"]})
        if (latest or answer).get("nothing_to_add"):
            ext.append({"url": EXT_NOTHING_TO_ADD, "valueBoolean": True})
        ext += _views_passed_on(latest or answer)
        disclosure = disclosure_answered(answer, record) if plain_safe_check else None
        if disclosure is not None:
            ext.append({"url": EXT_REPLY_TO_FLAG,
                        "valueReference": _ref(_urn(reference, "Flag", disclosure.get("id")), "Flag")})
        words = latest or answer
        value: dict[str, Any] = {"valueString": words["text"]}
        lang = _known_language(words.get("language"))
        if lang:
            # The core "language" extension on the answer's value: the words' detected language.
            value["_valueString"] = {"extension": [{"url": EXT_LANGUAGE, "valueCode": lang}]}
        item: dict[str, Any] = {"extension": ext, "linkId": answer["question_key"], "answer": [value]}
        if answer.get("question"):
            item["text"] = answer["question"]
        items.append(item)

    qr_url = _urn(reference, "QuestionnaireResponse")
    qr: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "identifier": _identifier(reference),
        "questionnaire": QUESTIONNAIRE,
        "status": _QR_STATUS.get(record.get("status") or "", "in-progress"),
        "subject": subject,
        "author": voice("carer" if is_carer else "person"),
        "source": voice("carer" if is_carer else "person"),
        "extension": [{"url": EXT_ACTIVE_OFFER, "valueBoolean": bool(record.get("active_offer_applies"))}],
    }
    if record.get("erased_at"):
        qr["extension"].append({"url": EXT_ANSWERS_DELETED_AT, "valueDateTime": _fhir_time(record["erased_at"])})
    if _known_language(record.get("language")):
        qr["language"] = record["language"]
    authored = record.get("confirmed_at") or record.get("started_at")
    if authored:
        qr["authored"] = _fhir_time(authored)
    if items:
        qr["item"] = items
    add(qr, qr_url)

    # -- the draft personal outcomes
    of_the_harm = outcomes_of_the_harm(record.get("outcomes") or [], disclosures)
    for outcome in record.get("outcomes") or []:
        if outcome.get("answer_id") is not None and outcome.get("answer_id") in not_outcomes:
            continue  # part of a safeguarding message: not an outcome to plan with
        if id(outcome) in of_the_harm:
            continue  # a disclosure's own outcomes: its other wishes apart from the harm only (stop-25 trial U3)
        if outcome.get("sensitive"):
            continue  # what must not be shared with whom (the record's sensitive_words): no goal to confirm
        otype = outcome.get("type")
        about_carer = outcome.get("about") == "carer" and carer_patient_url is not None
        goal_subject = _ref(carer_patient_url, "Patient") if about_carer and carer_patient_url else subject
        confidence = outcome.get("confidence")
        set_by = outcome.get("type_set_by") or "model"
        to_confirm = bool(outcome.get("to_confirm"))
        note = f"Type {otype}, set by {set_by}"
        if set_by == "model":
            note += " (draft)"  # the number is in the outcome-confidence extension, not beside anyone's words
        note += "; to confirm at the visit." if to_confirm else "."
        goal: dict[str, Any] = {
            "resourceType": "Goal",
            "identifier": [_identifier(reference, f"/outcome/{outcome.get('id')}")],
            "extension": [
                {"url": EXT_WHOSE_VIEW, "valueCode": outcome.get("whose_view") or "person"},
                {"url": EXT_ABOUT, "valueCode": outcome.get("about") or "person"},
                {"url": EXT_TO_CONFIRM, "valueBoolean": to_confirm},
                {"url": EXT_TYPE_SET_BY, "valueCode": set_by},
                *_typed_by(outcome),
            ],
            "lifecycleStatus": "proposed",
            "category": [{
                "coding": [{"system": OUTCOME_TYPE_SYSTEM, "code": otype, "display": _TYPE_DISPLAY.get(otype, otype)}],
            }],
            "description": {"text": outcome["text"]},
            "subject": goal_subject,
            "expressedBy": voice(outcome.get("whose_view")),
            "note": [{"text": note}],
        }
        if confidence is not None:
            goal["extension"].append({"url": EXT_CONFIDENCE, "valueDecimal": round(float(confidence), 4)})
        if outcome.get("answer_id") is not None:
            goal["extension"].append({"url": EXT_SOURCE_ANSWER, "valueString": str(outcome["answer_id"])})
        add(goal, _urn(reference, "Goal", outcome.get("id")))

    # -- safeguarding flags
    folded = {f.get("id") for f in concern_of.values()}
    for flag in record.get("risk_flags") or []:
        if flag.get("id") in folded:
            continue
        categories = list(flag.get("categories") or [])
        excerpt = excerpts.get(flag.get("id"))
        ext = [_verbatim({**flag, "text": excerpt[1]} if excerpt else flag),
               {"url": EXT_RISK_LEVEL, "valueCode": flag.get("level")}]
        if excerpt:  # the sentences that carry it; the whole answer is this QuestionnaireResponse item
            ext.append({"url": EXT_SOURCE_ANSWER, "valueString": str(excerpt[0].get("id"))})
        if flag.get("alert_status"):
            ext.append({"url": EXT_ALERT_STATUS, "valueCode": flag["alert_status"]})
        for key, url in (("misread", EXT_SAID_MISREAD), ("played_down", EXT_PLAYED_DOWN)):
            said = flag.get(key)
            if said:
                ext.append({"url": url, "extension": [
                    {"url": "words", "valueString": said["text"]},
                    *([{"url": "at", "valueDateTime": said["time"]}] if said.get("time") else [])]})
        if flag.get("harm_now_at"):
            ext.append({"url": EXT_HARM_NOW_AT, "valueDateTime": flag["harm_now_at"]})
        if flag.get("please_check"):
            ext.append({"url": EXT_PLEASE_CHECK, "valueBoolean": True})
        ext += _what_happened_next(flag.get("after") or {})
        resource: dict[str, Any] = {
            "resourceType": "Flag",
            "identifier": [_identifier(reference, f"/flag/{flag.get('id')}")],
            "extension": ext,
            "status": "active",
            "category": _safety_category(),
            "code": {
                "coding": [{"system": RISK_CATEGORY_SYSTEM, "code": c} for c in categories]
                + [{"system": RISK_LEVEL_SYSTEM, "code": flag.get("level")}],
                "text": ", ".join(categories) or "safeguarding",
            },
            "subject": subject,
            "author": _ref(device_url, "Device"),
        }
        if flag.get("time"):
            resource["period"] = {"start": _fhir_time(flag["time"])}
        add(resource, _urn(reference, "Flag", flag.get("id")), 0 if flag.get("level") == "urgent" else 3)

    # -- the safety wishes next to a disclosure, and a safe-check reply that raised a concern: their words, a Flag
    for kind in (SAFETY_WISH, SAFETY_CHECK):
        for answer in (a for a, k in zip(answers, kinds) if k == kind):
            if kind == SAFETY_CHECK and answer.get("id") not in concern_of:
                continue  # a plain reply to the check is an item of the QuestionnaireResponse, not an alert
            part = wish_parts.get(answer.get("id")) if kind == SAFETY_WISH else None
            ext = [_verbatim({**answer, "text": part} if part is not None else answer),
                   {"url": EXT_WHOSE_VIEW, "valueCode": answer.get("whose_view") or "person"}]
            if answer.get("question"):
                ext.append({"url": EXT_QUESTION, "valueString": answer["question"]})
            display = _SAFEGUARDING_ITEM_DISPLAY[kind]
            coding: list[dict[str, Any]] = [{"system": SAFEGUARDING_ITEM_SYSTEM, "code": kind, "display": display}]
            concern = concern_of.get(answer.get("id"))
            if concern is not None:
                coding += [{"system": RISK_CATEGORY_SYSTEM, "code": c} for c in concern.get("categories") or []]
                coding.append({"system": RISK_LEVEL_SYSTEM, "code": concern.get("level")})
            resource = {
                "resourceType": "Flag",
                "identifier": [_identifier(reference, f"/answer/{answer.get('id')}")],
                "extension": ext,
                "status": "active",
                "category": _safety_category(),
                "code": {"coding": coding, "text": display},
                "subject": subject,
                "author": voice(answer.get("whose_view")),
            }
            if answer.get("time"):
                resource["period"] = {"start": _fhir_time(answer["time"])}
            add(resource, _urn(reference, "Flag", f"answer-{answer.get('id')}"), 1 if kind == SAFETY_WISH else 2)

    return {
        "resourceType": "Bundle",
        "identifier": _identifier(reference),
        "type": "collection",
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "entry": [e for _, e in sorted(flag_entries, key=lambda r: r[0])] + entries,
    }


__all__ = ["EXT_REPLY_TO_FLAG", "EXT_VIEW_PASSED_ON", "OUTCOME_TYPE_SYSTEM", "disclosure_answered", "to_fhir"]
