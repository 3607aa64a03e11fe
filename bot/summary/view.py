"""The ONE place that orders and labels the practitioner's summary.

`build_view(record, language)` turns the structured record (bot.summary.record)
into sections of labelled items. The web page, the PDF and Markdown are all
drawn from this view, so they cannot disagree about what is shown, in which
order, or how it is labelled.

Rules kept here (see the "Friend not foe" recording guidance):

* The person's words are quoted exactly as stored: never translated, trimmed
  or paraphrased (Principle 1). Only our labels follow the interface language.
* Fact and inference are kept apart (Principle 5): a quote is what they said;
  the draft type, confidence and risk categories are labelled as the
  assistant's reading.
* Whose view each item is, is always shown (Principle 6).
* Change, maintenance and process outcomes are grouped (Principle 2); the
  carer's own outcomes have their own section.
* Urgent safeguarding flags come first; concerns sit with the worries.
* The anchor questions are left for the practitioner.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.analysis.types import LANGUAGES, OUTCOME_TYPES
from bot.conversation.questions import OUTCOME_SECTIONS, section_keys

LABELS_FILE = Path(__file__).resolve().parent / "labels.yml"
DEFAULT_LANGUAGE = "cy"
WHOSE_VIEWS = ("person", "carer", "young_person")

# The anchor principles for analytical assessment (Friend not foe, para 61), in order.
ANCHOR_QUESTIONS = (
    "anchor_purpose",
    "anchor_story",
    "anchor_meaning",
    "anchor_strengths",
    "anchor_risks",
    "anchor_outcomes",
    "anchor_what_next",
    "anchor_progress",
)

# Read-back additions and edits hold personal outcomes too (the questions' own come from their table).
READBACK_ANSWER_KEYS = ("readback_addition", "readback_edit")

_CY_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
              "Hydref", "Tachwedd", "Rhagfyr")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


# --------------------------------------------------------------------------- the view's shapes

@dataclass(frozen=True)
class Item:
    """One thing the person said (quoted verbatim) with our labels beside it."""

    source: str  # "answer", "outcome" or "flag"
    id: int | None
    quote: str  # the person's words, exactly as stored
    quote_language: str | None = None  # "cy"/"en" when known (for lang= in HTML), else None
    question: str | None = None  # the question as it was asked (answers in full only)
    whose_view: str | None = None  # person / carer / young_person
    whose_view_label: str | None = None
    type: str | None = None  # change / maintenance / process (outcomes)
    type_label: str | None = None  # "Assistant's draft: change"
    confidence: float | None = None
    confidence_label: str | None = None  # only while the type is the assistant's draft
    to_confirm: bool = False
    to_confirm_label: str | None = None
    level: str | None = None  # urgent / concern (flags)
    level_label: str | None = None
    inference_label: str | None = None  # "Noted by the assistant (an inference ...): low mood"
    alert_label: str | None = None  # state of the duty alert (urgent flags)
    time: str | None = None  # ISO 8601 UTC, as in the record
    time_label: str | None = None  # local UK time, in the interface language
    meta: tuple[str, ...] = ()  # our labels, in the order every renderer prints them

    @property
    def css_classes(self) -> str:
        classes = ["wm-item", f"wm-{self.source}"]
        if self.type:
            classes.append(f"wm-type-{self.type}")
        if self.level:
            classes.append(f"wm-level-{self.level}")
        if self.to_confirm:
            classes.append("wm-to-confirm")
        return " ".join(classes)


@dataclass(frozen=True)
class Group:
    key: str  # change / maintenance / process / answers / flags / items
    title: str | None  # None for a section's only group
    items: tuple[Item, ...]
    empty_text: str | None = None  # shown when there are no items (None: hide the group)


@dataclass(frozen=True)
class Fact:
    """A labelled fact about the conversation. `verbatim` values are the person's own words."""

    key: str
    label: str
    value: str
    verbatim: bool = False


@dataclass(frozen=True)
class Notice:
    key: str  # e.g. "active_offer", "not_confirmed"
    text: str
    emphasis: bool = True


@dataclass(frozen=True)
class Prompt:
    key: str
    question: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    note: str | None = None
    notices: tuple[Notice, ...] = ()
    facts: tuple[Fact, ...] = ()
    groups: tuple[Group, ...] = ()
    prompts: tuple[Prompt, ...] = ()
    urgent: bool = False

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for g in self.groups for i in g.items)


@dataclass(frozen=True)
class SummaryView:
    reference: str
    language: str  # the interface language of the labels (cy/en)
    title: str
    product: str
    prepared_label: str
    confirmed: bool
    urgent: bool
    sections: tuple[Section, ...]
    chrome: dict[str, str] = field(default_factory=dict)  # page, confidential, ... for renderers

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def quotes(self) -> list[str]:
        """Every verbatim quote in display order (for tests and checks)."""
        out: list[str] = []
        for section in self.sections:
            out += [f.value for f in section.facts if f.verbatim]
            out += [i.quote for i in section.items]
        return out


# --------------------------------------------------------------------------- labels

@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    with LABELS_FILE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for key, value in data.items():
        if not isinstance(value, dict) or any(not value.get(lang) for lang in LANGUAGES):
            raise ValueError(f"summary label {key!r} needs both cy and en")
    return data


def interface_language(language: str | None) -> str:
    """cy or en; anything else falls back to Welsh (never assume English)."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def label(key: str, language: str, **values: Any) -> str:
    text = labels()[key][interface_language(language)]
    return text.format(**values) if values else text


def _parse_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso.rstrip("Z"))
    except ValueError:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


@lru_cache(maxsize=1)
def _uk_zone() -> Any:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/London")
    except Exception:  # no time-zone data on this machine: show UTC, and say so
        return None


def format_time(iso: str | None, language: str, with_time: bool = True) -> str | None:
    """"3 Mai 2024, 14:05" / "3 May 2024, 14:05" in UK time (or UTC, labelled, without zone data)."""
    value = _parse_time(iso)
    if value is None:
        return None
    zone = _uk_zone()
    value = value.astimezone(zone) if zone is not None else value
    months = _CY_MONTHS if interface_language(language) == "cy" else _EN_MONTHS
    text = f"{value.day} {months[value.month - 1]} {value.year}"
    if with_time:
        text += f", {value:%H:%M}" + ("" if zone is not None else " UTC")
    return text


def _known_language(code: str | None) -> str | None:
    return code if code in LANGUAGES else None


def _whose(code: str | None, language: str) -> str | None:
    return label("whose_" + code, language) if code in WHOSE_VIEWS else None


def _categories(codes: Sequence[str], language: str) -> str:
    names = []
    for code in codes:
        key = "cat_" + code
        names.append(label(key, language) if key in labels() else code)
    return ", ".join(names) or label("possible_risk", language)


# --------------------------------------------------------------------------- items

def _answer_item(answer: dict[str, Any], language: str, with_question: bool = False) -> Item:
    whose = _whose(answer.get("whose_view"), language)
    return Item(
        source="answer",
        id=answer.get("id"),
        quote=answer["text"],
        quote_language=_known_language(answer.get("language")),
        question=answer.get("question") if with_question and answer.get("question") else None,
        whose_view=answer.get("whose_view"),
        whose_view_label=whose,
        time=answer.get("time"),
        time_label=format_time(answer.get("time"), language),
        meta=tuple(m for m in (whose,) if m),
    )


def _outcome_item(outcome: dict[str, Any], answer: dict[str, Any] | None, language: str) -> Item:
    otype = outcome.get("type")
    type_word = label("type_" + otype, language) if otype in OUTCOME_TYPES else str(otype)
    set_by = outcome.get("type_set_by") or "model"
    if set_by == "person":
        type_label = label("type_by_person", language, type=type_word)
    elif set_by == "practitioner":
        type_label = label("type_by_practitioner", language, type=type_word)
    else:
        type_label = label("draft_type", language, type=type_word)
    confidence = outcome.get("confidence")
    # A confidence is the assistant's; once a person chose the group it no longer applies.
    confidence_label = (
        label("confidence", language, pct=round(float(confidence) * 100))
        if set_by == "model" and confidence is not None else None
    )
    to_confirm = bool(outcome.get("to_confirm"))
    to_confirm_label = label("to_confirm", language) if to_confirm else None
    whose = _whose(outcome.get("whose_view"), language)
    return Item(
        source="outcome",
        id=outcome.get("id"),
        quote=outcome["text"],
        quote_language=_known_language(answer.get("language")) if answer else None,
        whose_view=outcome.get("whose_view"),
        whose_view_label=whose,
        type=otype,
        type_label=type_label,
        confidence=confidence,
        confidence_label=confidence_label,
        to_confirm=to_confirm,
        to_confirm_label=to_confirm_label,
        time=answer.get("time") if answer else None,
        time_label=format_time(answer.get("time"), language) if answer else None,
        meta=tuple(m for m in (whose, type_label, confidence_label, to_confirm_label) if m),
    )


def _flag_item(flag: dict[str, Any], language: str, whose_view: str | None = None,
               question: str | None = None) -> Item:
    """A safeguarding flag: their words (fact) and the assistant's reading of them (inference).

    Flags do not store whose words they were; they were typed by whoever completed the record.
    """
    level = flag.get("level")
    level_label = label("level_" + level, language) if level in ("urgent", "concern") else str(level)
    inference = label("noted_by_assistant", language, categories=_categories(flag.get("categories") or [], language))
    alert = flag.get("alert_status")
    alert_label = label("alert_" + alert, language) if alert in ("sent", "pending", "failed") else None
    time_label = format_time(flag.get("time"), language)
    whose = _whose(whose_view, language)
    return Item(
        source="flag",
        id=flag.get("id"),
        quote=flag["text"],
        quote_language=_known_language(flag.get("language")),
        question=question,
        whose_view=whose_view if whose else None,
        whose_view_label=whose,
        level=level,
        level_label=level_label,
        inference_label=inference,
        alert_label=alert_label,
        time=flag.get("time"),
        time_label=time_label,
        meta=tuple(m for m in (level_label, time_label, whose, inference, alert_label) if m),
    )


# --------------------------------------------------------------------------- sections

def _safeguarding(record: dict[str, Any], language: str, worries_title: str) -> Section:
    flags = record.get("risk_flags") or []
    urgent = [f for f in flags if f.get("level") == "urgent"]
    concerns = [f for f in flags if f.get("level") != "urgent"]
    urgent.sort(key=lambda f: (f.get("time") or "", f.get("id") or 0))
    notices: list[Notice] = []
    if concerns:
        notices.append(Notice("concerns_elsewhere",
                              label("concerns_elsewhere", language, section=worries_title), False))
    return Section(
        key="safeguarding",
        title=label("sec_safeguarding", language),
        note=label("safeguarding_note", language) if urgent else None,
        notices=tuple(notices),
        groups=(Group("flags", None, tuple(_flag_item(f, language, record.get("completed_by")) for f in urgent),
                      empty_text=label("no_urgent_flags", language)),),
        urgent=bool(urgent),
    )


def _about(record: dict[str, Any], language: str) -> Section:
    completed_by = record.get("completed_by")
    who = (label("completed_" + completed_by, language) if completed_by in WHOSE_VIEWS
           else label("not_recorded", language))
    facts: list[Fact] = [
        Fact("reference", label("reference", language), record.get("reference") or ""),
        *([Fact("case_reference", label("case_reference", language), record["case_reference"])]
          if record.get("case_reference") else []),
        Fact("completed_by", label("completed_by", language), who),
    ]
    if record.get("name"):
        name_label = "name_carer" if completed_by == "carer" else "name_used"
        facts.append(Fact("name", label(name_label, language), record["name"], verbatim=True))
    if record.get("cared_for_name"):
        facts.append(Fact("cared_for_name", label("cared_for", language), record["cared_for_name"], verbatim=True))
    if record.get("relationship"):
        facts.append(Fact("relationship", label("relationship", language), record["relationship"], verbatim=True))
    if record.get("started_at"):
        facts.append(Fact("started_at", label("started", language), format_time(record["started_at"], language) or ""))
    if record.get("confirmed_at") and record.get("status") == "confirmed":
        facts.append(Fact("confirmed_at", label("confirmed", language),
                          format_time(record["confirmed_at"], language) or ""))
    if record.get("consent") is not None:
        given = label("consent_given" if record["consent"] else "consent_refused", language)
        when = format_time(record.get("consent_at"), language)
        facts.append(Fact("consent", label("consent", language), f"{given}, {when}" if when else given))
    notices: tuple[Notice, ...] = ()
    if record.get("status") != "confirmed":
        notices = (Notice("not_confirmed", label("not_confirmed_notice", language)),)
    if record.get("unmatched_invitation") and not record.get("case_reference"):
        notices += (Notice("unmatched_invitation", label("unmatched_invitation_notice", language)),)
    unread = unreadable_notice(record.get("unreadable") or [], language)
    if unread:
        notices += (Notice("unreadable", unread),)
    return Section(key="about", title=label("sec_about", language), note=label("about_note", language),
                   notices=notices, facts=tuple(facts))


#: The kinds a channel notes (channels/telegram.py unreadable_kind); anything else is "something else".
UNREADABLE_KINDS = ("voice", "audio", "video", "video_note", "sticker", "photo", "gif", "file", "location",
                    "contact", "poll", "dice", "edited", "other")
_WELSH_VOWELS = tuple("aeiouwyâêîôûŵŷAEIOUWYÂÊÎÔÛŴŶ")
_WELSH_ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}


def _welsh_after_and(word: str) -> str:
    """The Welsh "and" and what follows it: "ac" before a vowel, and the aspirate mutation (a + c → a ch)."""
    if word.startswith(_WELSH_VOWELS) or word.startswith(("8", "11 ")):  # wyth, un ar ddeg
        return "ac " + word
    first, rest = word[:1], word[1:]
    if first in _WELSH_ASPIRATE and not rest.startswith("h"):
        return "a " + _WELSH_ASPIRATE[first] + rest
    return "a " + word


def _and_list(things: Sequence[str], language: str) -> str:
    """"a, b and c" in English; "a, b a c" (or "ac") in Welsh."""
    if len(things) == 1:
        return things[0]
    last = _welsh_after_and(things[-1]) if language == "cy" else "and " + things[-1]
    return ", ".join(things[:-1]) + " " + last


def unreadable_notice(unreadable: Sequence[dict[str, Any]], language: str) -> str | None:
    """"2 voice notes and a sticker arrived that the assistant could not read — ask about them at the visit."

    Counted by kind, in the order each kind first arrived; None when everything was words.
    """
    language = interface_language(language)
    counts: dict[str, int] = {}
    for note in unreadable:
        kind = str(note.get("kind") or "other")
        kind = kind if kind in UNREADABLE_KINDS else "other"
        counts[kind] = counts.get(kind, 0) + 1
    if not counts:
        return None
    things = [label(f"unread_{kind}", language) if n == 1 else label(f"unread_{kind}_many", language, n=n)
              for kind, n in counts.items()]
    listed = _and_list(things, language)
    if language == "en":
        listed = listed[:1].upper() + listed[1:]  # it starts the sentence
    key = "unreadable_notice_one" if sum(counts.values()) == 1 else "unreadable_notice_many"
    return label(key, language, things=listed)


def _language_name(code: str | None, language: str) -> str:
    return label("lang_" + code, language) if code in LANGUAGES else label("not_recorded", language)


def _language(record: dict[str, Any], language: str) -> Section:
    facts = (
        Fact("language", label("language_used", language), _language_name(record.get("language"), language)),
        Fact("preferred_language", label("language_preferred", language),
             _language_name(record.get("preferred_language"), language)),
    )
    active_offer = bool(record.get("active_offer_applies")) or record.get("preferred_language") == "cy"
    notices = (Notice("active_offer", label("active_offer", language)),) if active_offer else ()
    return Section(key="language", title=label("sec_language", language), facts=facts, notices=notices)


def _is_why(key: str) -> bool:
    return key.startswith("why_")


def _whole_answer_is_one_outcome(answer: dict[str, Any], outcomes_by_answer: dict[Any, list[dict[str, Any]]]) -> bool:
    found = outcomes_by_answer.get(answer.get("id")) or []
    return len(found) == 1 and found[0].get("text") == answer.get("text")


def _outcome_section(
    key: str,
    title: str,
    note: str,
    outcomes: Iterable[dict[str, Any]],
    answers: Iterable[dict[str, Any]],
    answers_by_id: dict[Any, dict[str, Any]],
    outcomes_by_answer: dict[Any, list[dict[str, Any]]],
    language: str,
) -> Section:
    outcomes = list(outcomes)
    groups: list[Group] = []
    for otype in OUTCOME_TYPES:
        items = tuple(
            _outcome_item(o, answers_by_id.get(o.get("answer_id")), language)
            for o in outcomes if o.get("type") == otype
        )
        groups.append(Group(otype, label("group_" + otype, language), items, empty_text=label("no_items", language)))
    # Anything outside the three types (should not happen) is still shown, never dropped.
    others = tuple(
        _outcome_item(o, answers_by_id.get(o.get("answer_id")), language)
        for o in outcomes if o.get("type") not in OUTCOME_TYPES
    )
    if others:
        groups.append(Group("other", None, others))
    # The whole answers, with the question asked, so a span is never read out of context.
    full = tuple(
        _answer_item(a, language, with_question=True)
        for a in answers if not _whole_answer_is_one_outcome(a, outcomes_by_answer)
    )
    if full:
        groups.append(Group("answers", label("group_answers", language), full))
    return Section(key=key, title=title, note=note, groups=tuple(groups))


def build_view(record: dict[str, Any], language: str | None) -> SummaryView:
    """Order and label the whole summary for one interface language (cy or en)."""
    language = interface_language(language)
    answers: list[dict[str, Any]] = list(record.get("answers") or [])
    outcomes: list[dict[str, Any]] = list(record.get("outcomes") or [])
    answers_by_id = {a.get("id"): a for a in answers}
    outcomes_by_answer: dict[Any, list[dict[str, Any]]] = {}
    for o in outcomes:
        outcomes_by_answer.setdefault(o.get("answer_id"), []).append(o)

    def about(item: dict[str, Any]) -> str:
        return item.get("about") or "person"

    used: set[int] = set()

    def take(predicate: Any) -> list[dict[str, Any]]:
        chosen = [a for a in answers if id(a) not in used and predicate(a)]
        used.update(id(a) for a in chosen)
        return chosen

    # The questions' sections come from the question table (bot.conversation.questions): the outcome
    # sections draw outcome groups; every other section lists its answers, titled "sec_<section>".
    keys_by_section = section_keys()
    outcome_answer_keys = keys_by_section["what_matters"] + READBACK_ANSWER_KEYS
    carer_answer_keys = keys_by_section["carer"]
    answer_sections = [(key, keys) for key, keys in keys_by_section.items() if key not in OUTCOME_SECTIONS]

    carer_answers = take(lambda a: about(a) == "carer" or a.get("question_key") in carer_answer_keys
                         or a.get("question_key") in tuple("why_" + k for k in carer_answer_keys))
    person_outcome_answers = take(lambda a: a.get("question_key") in outcome_answer_keys
                                  or _is_why(a.get("question_key") or ""))
    section_answers = {key: take(lambda a, keys=keys: a.get("question_key") in keys) for key, keys in answer_sections}
    # An answer to a question this view does not know yet is never lost: it goes under "anything else".
    section_answers["anything_else"] += take(lambda a: True)

    person_outcomes = [o for o in outcomes if about(o) != "carer"]
    carer_outcomes = [o for o in outcomes if about(o) == "carer"]
    worries_title = label("sec_worries", language)

    sections: list[Section] = [
        _safeguarding(record, language, worries_title),
        _about(record, language),
        _language(record, language),
        _outcome_section("what_matters", label("sec_what_matters", language), label("what_matters_note", language),
                         person_outcomes, person_outcome_answers, answers_by_id, outcomes_by_answer, language),
    ]
    if record.get("completed_by") == "carer" or carer_outcomes or carer_answers:
        sections.append(_outcome_section("carer", label("sec_carer", language), label("carer_note", language),
                                         carer_outcomes, carer_answers, answers_by_id, outcomes_by_answer, language))

    concern_flags = [f for f in (record.get("risk_flags") or []) if f.get("level") != "urgent"]
    for key, _keys in answer_sections:
        items = [_answer_item(a, language) for a in section_answers[key]]
        groups: list[Group] = [Group("items", None, tuple(items), empty_text=label("no_items", language))]
        note = None
        if key == "worries":
            note = label("worries_note", language)
            flag_items: list[Item] = []
            for flag in concern_flags:
                flagged = _flag_item(flag, language, record.get("completed_by"))
                # The words of a worry that raised a concern are shown once, with the assistant's label.
                same = next((n for n, i in enumerate(items)
                             if i.quote == flag.get("text") and i.source == "answer"), None)
                if same is not None:
                    items[same] = flagged
                else:
                    flag_items.append(flagged)
            groups = [Group("items", None, tuple(items), empty_text=label("no_items", language))]
            if flag_items:
                groups.append(Group("flags", label("concerns_noted", language), tuple(flag_items)))
        sections.append(Section(key=key, title=label("sec_" + key, language), note=note, groups=tuple(groups)))

    sections.append(Section(
        key="visit",
        title=label("sec_visit", language),
        note=label("visit_note", language),
        prompts=tuple(Prompt(k, label(k, language)) for k in ANCHOR_QUESTIONS),
    ))

    chrome = {
        key: label(key, language)
        for key in ("reference", "prepared", "confidential", "symbols_dropped", "fill_in", "in_answer_to", "page")
    }
    return SummaryView(
        reference=record.get("reference") or "",
        language=language,
        title=label("doc_title", language),
        product=label("product", language),
        prepared_label=f"{label('prepared', language)}: "
                       f"{format_time(datetime.now(timezone.utc).isoformat(timespec='seconds'), language)}",
        confirmed=record.get("status") == "confirmed",
        urgent=bool(record.get("urgent")) or any(f.get("level") == "urgent" for f in record.get("risk_flags") or []),
        sections=tuple(sections),
        chrome=chrome,
    )


__all__ = [
    "ANCHOR_QUESTIONS",
    "OUTCOME_TYPES",
    "Fact",
    "Group",
    "Item",
    "Notice",
    "Prompt",
    "Section",
    "SummaryView",
    "build_view",
    "format_time",
    "label",
    "labels",
]
