"""The ONE place that orders and labels the practitioner's summary.

`build_view(record, language)` turns the structured record (bot.summary.record)
into sections of labelled items. The web page, the PDF and Markdown are all
drawn from this view, so they cannot disagree about what is shown, in which
order, or how it is labelled.

Rules kept here (see the "Friend not foe" recording guidance):

* The person's words are quoted exactly as stored: never translated, trimmed
  or paraphrased (Principle 1). Only our labels follow the interface language.
* Fact and inference are kept apart (Principle 5): a quote is what they said;
  the draft type and risk categories are labelled as the assistant's reading.
* No confidence numbers in what a practitioner reads (web page, PDF, Markdown):
  a percentage printed beside someone's words ("Not Sundays, that's Susan's day
  · confidence 0%") reads as a score of the person, and in Welsh "hyder 8%"
  beside "Barn y person ifanc" reads as the young person's self-confidence. An
  unsure draft carries "To confirm at the visit" instead; the number stays
  data in the JSON record (docs/summary-json-schema.md).
* Whose view each item is, is always shown (Principle 6).
* Change, maintenance and process outcomes are grouped (Principle 2), each its
  own quote; the carer's own outcomes have their own section.
* ALL risk material is in one section at the top: first, when they said how,
  how to contact them safely (their safety wishes, verbatim: "don't ring the
  house, he'll see"), then urgent disclosures, answers to "are you safe right
  now?" not under one, then concerns. Those words appear there and nowhere else (not as
  outcomes, strengths or answers); which answers are risk material is decided
  once, by bot.summary.record.safeguarding_kind. Under each urgent disclosure, what happened next
  (its `follow_up`): the helplines given, each reply to "are you safe right now?" (verbatim, when)
  and carry on / break / stop with when and how we know (bot.summary.record.what_happened_next).
* One exception, so the top stays one page: a LONG answer that raised a concern (not urgent; over
  bot.summary.record.LONG_CONCERN_CHARS) is quoted at the top by the sentences that carry the
  concern only (bot.summary.record.concern_excerpt: exact substrings, in order), with a note saying
  where the whole answer is; the whole answer stays with its question, marked as quoted at the top.
  A concern is the assistant's cautious reading of an answer that is mostly wishes (the trial's
  9,500 characters mentioned one fall), and those wishes belong with their question. An urgent
  disclosure is not cut and not repeated, however long: it is the thing the duty team must read
  whole (who, what, whether it is happening now), a cut could drop the one clause that matters,
  and a second copy lower down would put a disclosure among ordinary answers. When no single
  sentence reads the concern, the answer is shown whole at the top and only there, as before.
* The anchor questions are left for the practitioner.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot import messages
from bot.analysis.controls import names_an_access_need
from bot.analysis.outcomes import is_only_talk, sentences, tells_they_are_picked_on
from bot.analysis.outcomes import says_not_sure as not_sure
from bot.analysis.risk.meaning import said_of_other_children
from bot.analysis.risk.normalise import pattern_text
from bot.analysis.same_wish import same_language_asked, same_wish
from bot.analysis.text import says_be_there, says_when
from bot.analysis.types import ANSWERING_FOR_THEM, LANGUAGES, OUTCOME_TYPES, WHOSE_VIEWS
from bot.analysis.withdrawn_contact import is_contact_wish
from bot.conversation.keyboard import KEYBOARD_KEY, SOMEONE_TYPING
from bot.conversation.questions import OUTCOME_SECTIONS, QUESTIONS, section_keys
from bot.conversation.readback import READBACK_COMMENT_KEY
from bot.safeguarding.harm import is_harm
from bot.summary.record import (
    ASIDE_KEY,
    CHOICE_BY_BUTTON,
    CHOICE_FROM_NEXT_ANSWER,
    CHOICE_FROM_RECORD,
    CHOICE_IN_THEIR_WORDS,
    CONCERN,
    DISCLOSURE,
    HELPLINES_KEPT,
    NOT_ANSWERED_YET,
    OUTCOMES_NOT_SHOWN_KINDS,
    ROLE_KEY,
    SAFEGUARDING_KINDS,
    SAFETY_CHECK,
    SAFETY_CHECK_KEY,
    SAFETY_WISH,
    answer_excerpt,
    answer_flag,
    completed_as,
    disclosure_answered,
    going_well_said,
    help_named,
    helpline_text,
    language_words,
    learner_words,
    mark_harm_now,
    other_language_stated,
    outcomes_of_the_harm,
    people_named,
    safeguarding_kind,
    says_a_language_wanted,
    sentences_where,
    wish_in_disclosure,
    words_outside,
    young_carer_words,
)

LABELS_FILE = Path(__file__).resolve().parent / "labels.yml"
DEFAULT_LANGUAGE = "cy"

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

#: An outcome kept whole because its answer is very long ("read in full") is shown as its first words only.
READ_IN_FULL_PREVIEW_WORDS = 30
READ_IN_FULL_PREVIEW_CHARS = 220
#: An outcome longer than this, whose answer is shown in full further down, is shown by its first words there.
LONG_OUTCOME_CHARS = 600

# Read-back additions and edits hold personal outcomes too (the questions' own come from their table).
READBACK_ANSWER_KEYS = ("readback_addition", "readback_edit", "readback_edit_item",
                        "added_later")  # (bot.conversation.answers.ADDED_LATER_KEY: added to an earlier answer)


def own_section_keys() -> frozenset[str]:
    """The questions whose wishes are how to be supported and which have a section of their own (how to
    communicate, when to visit): their answer is shown whole there, so their outcomes are not shown again under
    "how they want to be supported" (stop 20: the visit times and the communication wish were printed twice)."""
    return frozenset(q.key for q in QUESTIONS if q.section not in OUTCOME_SECTIONS and q.outcome_prior == "process")


def _own_sections_named(outcomes: Sequence[dict[str, Any]], answers_by_id: dict[Any, dict[str, Any]],
                        language: str) -> str | None:
    """The titles of the sections that show these outcomes' answers whole ("“Best time to visit”"), in order."""
    sections = {q.key: q.section for q in QUESTIONS}
    titles: list[str] = []
    for outcome in outcomes:
        answer = answers_by_id.get(outcome.get("answer_id")) or {}
        changed = answers_by_id.get(answer.get("changes")) if answer.get("changes") is not None else None
        section = sections.get(str((changed or answer).get("question_key")))
        title = f"“{label('sec_' + section, language)}”" if section else None
        if title and title not in titles:
            titles.append(title)
    return ", ".join(titles) or None


def _in_own_section(answer: dict[str, Any] | None, answers_by_id: dict[Any, dict[str, Any]]) -> bool:
    """Whether this answer (or the answer it changed at the read-back) is shown whole in its own section."""
    if answer is None:
        return False
    changed = answers_by_id.get(answer.get("changes")) if answer.get("changes") is not None else None
    return (changed or answer).get("question_key") in own_section_keys()


def _shown_in_own_section(outcome: dict[str, Any], answers_by_id: dict[Any, dict[str, Any]]) -> bool:
    """Whether this outcome is shown only in its answer's own section: at "when is the best time to visit?" only a
    time or a visit arrangement is; any other wish said there ("what i want is a counsellor. 1 to 1. NOT a group":
    trial 40 AU5, a 16-year-old's main wish, was only under "Best time to visit") is an outcome like the JSON's, shown
    under the outcome groups."""
    answer = answers_by_id.get(outcome.get("answer_id"))
    if not _in_own_section(answer, answers_by_id):
        return False
    changed = answers_by_id.get(answer.get("changes")) if answer and answer.get("changes") is not None else None
    if (changed or answer or {}).get("question_key") != "visit_time":
        return True
    text = str(outcome.get("text") or "")
    return says_when(text) or says_be_there(text)

_CY_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
              "Hydref", "Tachwedd", "Rhagfyr")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


# --------------------------------------------------------------------------- the view's shapes

@dataclass(frozen=True)
class Fact:
    """A labelled fact about the conversation. `verbatim` values are the person's own words."""

    key: str
    label: str
    value: str
    verbatim: bool = False
    language: str | None = None  # the words' language ("cy"/"en") when `verbatim` and known


@dataclass(frozen=True)
class Item:
    """One thing the person said (quoted verbatim) with our labels beside it."""

    source: str  # "answer", "outcome" or "flag"
    id: int | None
    quote: str  # the person's words, exactly as stored
    quote_language: str | None = None  # "cy"/"en" when known (for lang= in HTML), else None
    question: str | None = None  # the question as it was asked (answers in full only)
    whose_view: str | None = None  # one of WHOSE_VIEWS
    whose_view_label: str | None = None
    type: str | None = None  # change / maintenance / process (outcomes)
    type_label: str | None = None  # "Assistant's draft: change"
    to_confirm: bool = False
    to_confirm_label: str | None = None
    level: str | None = None  # urgent / concern (flags)
    level_label: str | None = None
    inference_label: str | None = None  # "Noted by the assistant (an inference ...): low mood"
    alert_label: str | None = None  # state of the duty alert (urgent flags)
    time: str | None = None  # ISO 8601 UTC, as in the record
    time_label: str | None = None  # local UK time, in the interface language
    meta: tuple[str, ...] = ()  # our labels, in the order every renderer prints them
    excerpt: bool = False  # the quote is the sentences of a long answer that carry a concern (see module doc)
    # Under an urgent disclosure, what happened next (`_next_steps`): the helplines given, their replies to
    # "are you safe right now?" (verbatim), and whether they chose to carry on, take a break or stop, and when.
    follow_up: tuple[Fact, ...] = ()
    #: The heading over `follow_up` when it is not what happened next (the same wish in the other language).
    follow_up_title: str | None = None

    @property
    def css_classes(self) -> str:
        classes = ["wm-item", f"wm-{self.source}"]
        if self.excerpt:
            classes.append("wm-excerpt")
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

    @property
    def shown_groups(self) -> tuple[Group, ...]:
        """The groups every format shows: those with something in them, or with words saying there is nothing
        ("No urgent flags"). One rule, so the web page, the PDF and the markdown never differ in what they show."""
        return tuple(g for g in self.groups if g.items or g.empty_text)


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
    # Who it is about, who completed it and the language (with the Active Offer): the PDF prints these
    # on page 1 under its title, before any long words (see GLANCE_FACTS). Copies of the "Who and when"
    # and "Language" sections' own facts, so they never disagree; not in quotes().
    glance: tuple[Fact, ...] = ()
    glance_notices: tuple[Notice, ...] = ()
    # Harm happening now was disclosed: when, and that they were told to call 999. Every format prints it first,
    # before the title and anything else, so a practitioner opening the summary cannot miss it (issue 11).
    first_line: str | None = None

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def quotes(self) -> list[str]:
        """Every verbatim quote in display order (for tests and checks)."""
        out: list[str] = []
        for section in self.sections:
            out += [f.value for f in section.facts if f.verbatim]
            for item in section.items:
                out += [item.quote, *(f.value for f in item.follow_up if f.verbatim)]
        return out


# --------------------------------------------------------------------------- labels

@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    data = messages.read_yaml(LABELS_FILE.read_text(encoding="utf-8"))
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


def typed_by_words(typed_by: dict[str, Any] | None, language: str) -> str | None:
    """Who took over the keyboard and typed it, in words ("Gareth, the person's brother", "merch y person"); None when
    the one who started typed it (bot.summary.record.typed_by)."""
    if not typed_by:
        return None
    key = "typed_by_" + str(typed_by.get("relation"))
    who = label(key if key in labels() else "typed_by_someone", language)
    name = str(typed_by.get("name") or "").strip()
    return label("typed_by_named", language, name=name, who=who) if name else who


def _typed_first(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The one who started first, then what someone who took over the keyboard typed: side by side, in order."""
    return sorted(items, key=lambda item: item.get("typed_by") is not None)


def category_keys(codes: Sequence[str], text: str = "") -> list[str]:
    """The label keys of a flag's categories. Abuse told of other children (school, a year group, a group chat) is
    "abuse (bullying by other children)": the category stays abuse, the worker sees which (AX16, stop 43 trial)."""
    bullying = "abuse" in codes and bool(text) and said_of_other_children(pattern_text(text))
    return ["cat_abuse_bullying" if code == "abuse" and bullying else "cat_" + code for code in codes]


def _categories(codes: Sequence[str], language: str, text: str = "", carer: bool = False) -> str:
    """The flag's categories by name; a carer's words holding the risks of the one they look after and their own say
    whose each is (`whose_risks`)."""
    whose = whose_risks(codes, text) if carer else None
    if whose is not None:
        return label("risks_whose", language, theirs=_categories(whose[0], language, text),
                     own=_categories(whose[1], language, text))
    names = [label(key, language) if key in labels() else key.removeprefix("cat_")
             for key in category_keys(codes, text)]
    return ", ".join(names) or label("possible_risk", language)


#: Who a sentence of a carer's is about, by its subject (over the normalised text): the carer ("I'm exhausted", "I
#: snapped at him", "dw i wedi blino", "nes i golli fy nhymer") or the one they look after ("he's left the gas on",
#: "she keeps falling", "mae o'n anghofio", "ma fe'n").
_AND_FIRST = r"^\W*(?:(?:and|but|so|also|then|a|ac|ond|hefyd|wedyn|achos|cos)\s+)*"
_CARERS_OWN_SENTENCE = re.compile(_AND_FIRST + r"(?:i|me|myself|dw\s+i|dwi|wi|fi|rwy|rydw\s+i|nes\s+i|wnes\s+i"
                                  r"|mi\s+wnes\s+i|ges\s+i|ces\s+i|sa\s+i|so\s+i)(?![\w'’])")
_THEIR_SENTENCE = re.compile(_AND_FIRST + r"(?:he|she|they|his|her|him|mae\s+(?:o|fo|e|fe|hi)|ma\s+(?:o|fo|e|fe|hi)"
                             r"|mae\s+(?:o|fo|e|fe|hi)\s+yn|dyw\s+(?:e|fe|hi)|dydi\s+(?:o|hi)|(?:my|fy)\s+(?:mum|dad"
                             r"|mam|nhad|husband|wife|son|daughter|mab|merch|wraig|ngwraig|ngwr|gwr))(?![\w'’])")


def whose_risks(codes: Sequence[str], text: str) -> tuple[list[str], list[str]] | None:
    """A carer's words that hold both the risks of the one they look after and their own, split: (theirs, the carer's
    own), each read in the sentences whose subject says whose they are ("he's left the gas on twice" / "I'm
    exhausted, I snapped at him… and I hate myself for it"); carer strain is always the carer's own. None when the
    words are all about one of them, or a risk cannot be put to either (then the plain list, as before).

    Why (BA15, stop 46 trial): Sian's one line gave "low mood, carer strain, memory, self-neglect", Emrys's risks and
    hers together, and the worker could not tell whose each was."""
    if not text or not codes:
        return None
    from bot.analysis.risk import rules_only  # the rules alone, sentence by sentence (the model reads whole messages)

    whose: dict[str, set[str]] = {}
    for a, b in sentences(text):
        sentence = pattern_text(text[a:b])
        owner = "own" if _CARERS_OWN_SENTENCE.search(sentence) else "theirs" if _THEIR_SENTENCE.search(sentence) \
            else None
        for code in rules_only(text[a:b]).categories:
            whose.setdefault(code, set()).add(owner or "")
    theirs, own = [], []
    for code in codes:
        owners = {"own"} if code == "carer_strain" else whose.get(code, set())
        if owners == {"own"}:
            own.append(code)
        elif owners == {"theirs"}:
            theirs.append(code)
        else:
            return None
    return (theirs, own) if theirs and own else None


# --------------------------------------------------------------------------- items

def _answer_item(answer: dict[str, Any], language: str, with_question: bool = False,
                 inference: str | None = None, with_time: bool = False) -> Item:
    """An answer quoted whole; `inference` is the assistant's reading of it, labelled as such."""
    typist = typed_by_words(answer.get("typed_by"), language)
    whose = label("whose_typed_by", language, who=typist) if typist else _whose(answer.get("whose_view"), language)
    time_label = format_time(answer.get("time"), language)
    return Item(
        source="answer",
        id=answer.get("id"),
        quote=answer["text"],
        quote_language=_known_language(answer.get("language")),
        question=answer.get("question") if with_question and answer.get("question") else None,
        whose_view=answer.get("whose_view"),
        whose_view_label=whose,
        inference_label=inference,
        time=answer.get("time"),
        time_label=time_label,
        meta=tuple(m for m in (time_label if with_time else None, whose, inference) if m),
    )


def _answer_items(answer: dict[str, Any], answers_by_id: dict[Any, dict[str, Any]], language: str,
                  with_question: bool = False) -> tuple[Item, ...]:
    """An answer as listed: when they changed it at the read-back, their latest wording first, then
    the earlier one marked as such (storage keeps both; bot.summary.record.link_changes links them).
    Its words asking to keep something from someone are at the top only (`_apart_from_kept_from`)."""
    latest = answers_by_id.get(answer.get("changed_to")) if answer.get("changed_to") is not None else None
    if latest is None:
        return _apart_from_kept_from((_answer_item(answer, language, with_question=with_question),), (answer,),
                                     language)
    return _apart_from_kept_from((
        _answer_item({**latest, "question": answer.get("question")}, language, with_question=with_question,
                     inference=label("changed_latest", language)),
        _answer_item(answer, language, inference=label("changed_earlier", language)),
    ), (latest, answer), language)


#: Where how (not) to contact them is listed, wherever it was said.
CONTACT_SECTION = "communication"
#: The section of "when is the best time to visit?": only an answer that says when is shown as the time.
VISIT_TIME_SECTION = "visit_time"


#: A worry said about it ("I'm worried I won't hear the smoke alarm"): a worry still, shown there too.
_WORRY_SAID = re.compile(r"(?i)\b(?:worr\w*|scared|afraid|frightened|fear\w*|anxious|poeni|boeni|becso|pryder\w*|ofn"
                         r"|ofnus|gofid\w*)\b")


def _moved_to_communication(key: str) -> Callable[[str], bool]:
    """What of an answer in section `key` is listed under communication instead: how (not) to contact them, anywhere;
    at the worries question, also how to meet them ("Speak slowly and face me so I can see your lips.": AZ13, stop 46
    trial, listed as a worry), unless it says a worry."""
    if key != "worries":
        return is_contact_wish
    return lambda sentence: is_contact_wish(sentence) or (names_an_access_need(sentence)
                                                          and not _WORRY_SAID.search(sentence))


def _apart_from(wanted: Callable[[str], bool]) -> Callable[[str], bool]:
    """The sentences `wanted` does not take (the rest of an answer, which stays where it was said)."""
    return lambda sentence: not wanted(sentence)


def _an_access_need_not_in(taken: str) -> Callable[[str], bool]:
    """A sentence naming an access need that is not among the words already listed under communication."""
    return lambda sentence: names_an_access_need(sentence) and sentence.strip() not in taken


def _contact_wishes_apart(listed: dict[str, list[dict[str, Any]]]) -> dict[int, tuple[str, str | None]]:
    """Answers listed in a section other than communication that say how (not) to contact them ("actually please don't
    ring me at all, i never pick up lol. just text" at the visit time: re-trial 34), or at the worries question how to
    meet them (_moved_to_communication), by `id()`: (those words, the rest of the answer or None when they are all of
    it), verbatim (bot.summary.record.sentences_where)."""
    found: dict[int, tuple[str, str | None]] = {}
    for key, answers in listed.items():
        if key == CONTACT_SECTION:
            continue
        moved = _moved_to_communication(key)
        for answer in answers:
            text = str(answer.get("text") or "")
            if answer.get("nothing_to_add") or answer.get("sensitive_words") or not moved(text):
                continue
            words = sentences_where(text, moved)
            if words:
                rest = sentences_where(text, _apart_from(moved))
                found[id(answer)] = (words, None if rest is None or is_only_talk(rest) else rest)
    return found


def _access_needs_also(answers: Iterable[dict[str, Any]], moved: dict[int, tuple[str, str | None]]
                       ) -> list[tuple[dict[str, Any], str]]:
    """Answers at another question that say how to meet them (hearing, sight, facing them, "Knock loud.":
    names_an_access_need), with those sentences verbatim: listed under communication as well as where they were
    said (AZ13, stop 46 trial: "I'm hard of hearing too, I have two hearing aids but they whistle", said in his first
    answer, was not under "Communication and access needs"). Risk material stays at the top only; words already
    listed there (`moved`) are not listed twice."""
    found: list[tuple[dict[str, Any], str]] = []
    for answer in answers:
        if (answer.get("question_key") in (CONTACT_SECTION, *NAME_ANSWER_KEYS) or answer.get("nothing_to_add")
                or answer.get("sensitive_words") or answer.get("changes") is not None
                or answer.get("safeguarding") in (*SAFEGUARDING_KINDS, CONCERN)):
            continue
        text = str(answer.get("latest_text") or answer.get("text") or "")
        taken = moved.get(id(answer), ("", None))[0]
        words = sentences_where(text, _an_access_need_not_in(taken))
        if words:
            found.append((answer, words))
    return found


def _contact_item(answer: dict[str, Any], words: str, language: str) -> Item:
    """Their words about how (not) to contact them, or how to meet them (hearing, sight: AZ13), said at another
    question, with that question."""
    item = _answer_item(answer, language, with_question=True)
    about = "contact_wish_from" if is_contact_wish(words) else "access_need_from"
    return replace(item, quote=words, meta=(*item.meta, label(about, language)))


def _contact_rest(items: tuple[Item, ...], apart: tuple[str, str | None] | None, language: str) -> tuple[Item, ...]:
    """An answer's items without its words about contact (listed under communication), marked as part of an answer."""
    if apart is None or apart[1] is None:
        return items
    rest = "contact_wish_rest" if is_contact_wish(apart[0]) else "access_need_rest"
    note = label(rest, language, section=label("sec_" + CONTACT_SECTION, language))
    return tuple(replace(item, quote=apart[1], meta=(*item.meta, note)) for item in items)


def _apart_from_kept_from(items: tuple[Item, ...], answers: tuple[dict[str, Any], ...],
                          language: str) -> tuple[Item, ...]:
    """Each answer's item without its words asking to keep something from someone (the record's `sensitive_words`,
    quoted at the top under "Not to be shared, and with whom"), marked as part of an answer; none when those words
    are the whole answer, or all of it but a "na." (re-trial 33 AH5). Why: tenth trial AE15, "plis peidiwch â rhannu
    dim o hyn efo'i dad o" was at the top and again under Worries (and another under Best time to visit): one place
    only."""
    out: list[Item] = []
    for item, answer in zip(items, answers, strict=True):
        kept_from = answer.get("sensitive_words")
        if not kept_from:
            out.append(item)
            continue
        rest = words_outside(str(answer.get("text") or ""), str(kept_from))
        if rest is None or is_only_talk(rest):  # ("na." before it says nothing to list, AH5)
            continue
        note = label("apart_from_kept_from", language, section=label("sec_safeguarding", language))
        out.append(replace(item, quote=rest, meta=(*item.meta, note)))
    return tuple(out)


def _outcome_whose(outcome: dict[str, Any], language: str) -> str | None:
    """Whose view an outcome is, in words: the person's as a carer or professional passed it on, or the speaker's;
    typed by someone who took over the keyboard, theirs, or the person's as they passed it on (stop 28)."""
    reported_by = outcome.get("reported_by")
    typist = typed_by_words(outcome.get("typed_by"), language)
    told_of = outcome.get("told_of")
    if told_of and not typist and reported_by not in ANSWERING_FOR_THEM:  # "mam moyn bod na" (AX21, stop 44)
        told_by = "young_person" if outcome.get("whose_view") == "young_person" else "person"
        # each one named capitalised ("mam a dad moyn…" is "Mam a Dad"), the joining word as typed
        name = " ".join(w if w.lower() in ("a", "ac", "and", "&", "+", "n", "nd", "an") else w[:1].upper() + w[1:]
                        for w in str(told_of).split())
        return label("whose_named_told_" + told_by, language, name=name)
    if typist:
        return label("whose_person_reported_typed_by" if reported_by in ANSWERING_FOR_THEM
                     else "whose_typed_by", language, who=typist)
    return (label("whose_person_reported" + ("_professional" if reported_by == "professional" else ""), language)
            if reported_by in ANSWERING_FOR_THEM else _whose(outcome.get("whose_view"), language))


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
    to_confirm = bool(outcome.get("to_confirm"))
    to_confirm_label = label("to_confirm", language) if to_confirm else None
    whose = _outcome_whose(outcome, language)
    # A very long answer kept whole, or any long outcome whose answer is shown in full further down: its first
    # words here, the whole once, with its question (a 3,000-character answer was printed whole twice in the PDF).
    read_in_full = bool(outcome.get("read_in_full")) or (
        answer is not None and len(outcome["text"]) > LONG_OUTCOME_CHARS and outcome["text"] != answer.get("text"))
    quote = brief(outcome["text"]) if read_in_full else outcome["text"]
    in_full_label = label("read_in_full", language) if read_in_full else None
    return Item(
        source="outcome",
        id=outcome.get("id"),
        quote=quote,
        quote_language=_known_language(answer.get("language")) if answer else None,
        whose_view=outcome.get("whose_view"),
        whose_view_label=whose,
        type=otype,
        type_label=type_label,
        to_confirm=to_confirm,
        to_confirm_label=to_confirm_label,
        time=answer.get("time") if answer else None,
        time_label=format_time(answer.get("time"), language) if answer else None,
        meta=tuple(m for m in (whose, type_label, to_confirm_label, in_full_label) if m),
    )


def brief(text: str) -> str:
    """The first words of a very long answer, cut after a word and marked "…" (the words unchanged)."""
    end = 0
    for n, word in enumerate(re.finditer(r"\S+", text)):
        if n >= READ_IN_FULL_PREVIEW_WORDS or word.end() > READ_IN_FULL_PREVIEW_CHARS:
            break
        end = word.end()
    else:
        return text  # short enough to show whole
    return text[: end or READ_IN_FULL_PREVIEW_CHARS] + "…"


@dataclass(frozen=True)
class Excerpt:
    """A long concern answer at the top: the sentences that carry the concern, and where the whole is."""

    words: str  # exact substrings of the answer, in order, joined by EXCERPT_GAP
    section: str  # the title of the section that shows the whole answer, with its question
    answer_id: Any
    rest_only: bool = False  # that section shows only the rest of the answer (a worry: _worries_apart)


def _added_notes(flag: dict[str, Any], language: str) -> list[str]:
    """How many later messages were added to this alert (no new alert), and when one raised it: harm happening now
    after an urgent alert; read as urgent after a "please check" one (BA6, stop 46 trial: the duty team had an
    update notice, not a second alert)."""
    added = flag.get("added_messages") or []
    raised = [m for m in added if m.get("raised")]
    notes = [label("alert_added", language, count=str(len(added)))]
    if raised:
        notes.append(label("alert_raised_to_urgent" if flag.get("level") != "urgent" else "alert_raised", language,
                           time=format_time(raised[0].get("time"), language) or ""))
    return notes


def _added_facts(flag: dict[str, Any], language: str) -> tuple[Fact, ...]:
    """One thread, one alert (stop-22 trial V18): the later messages added to it, said and when; a reply to the safe
    check among them is shown above as that reply already."""
    return tuple(Fact("added_to_alert", " · ".join(p for p in (
        label("added_to_alert", language), format_time(m.get("time"), language),
        label("alert_raised_by_this", language) if m.get("raised") else None) if p),
        str(m.get("text") or ""), verbatim=True, language=_known_language(m.get("language")))
        for m in flag.get("added_messages") or []
        if not m.get("safe_check_reply"))


def _flag_item(flag: dict[str, Any], language: str, whose_view: str | None = None,
               question: str | None = None, excerpt: Excerpt | None = None, carer: bool = False) -> Item:
    """A safeguarding flag: their words (fact) and the assistant's reading of them (inference).

    Flags do not store whose words they were; they were typed by whoever completed the record.
    `excerpt`: a long concern answer, quoted by the sentences that carry the concern, with a note
    saying in which section the whole answer is.
    """
    level = flag.get("level")
    level_label = (label("level_please_check", language) if flag.get("please_check")
                   else label("level_" + level, language) if level in ("urgent", "concern") else str(level))
    inference = label("noted_by_assistant", language, categories=_categories(flag.get("categories") or [], language,
                                                                          str(flag.get("text") or ""), carer))
    alert = flag.get("alert_status")
    alert_label = label("alert_" + alert, language) if alert in ("sent", "pending", "failed") else None
    time_label = format_time(flag.get("time"), language)
    whose = _whose(whose_view, language)
    excerpt_label = (label("concern_excerpt_rest" if excerpt.rest_only else "concern_excerpt", language,
                           section=excerpt.section) if excerpt else None)
    return Item(
        source="flag",
        id=flag.get("id"),
        quote=excerpt.words if excerpt else flag["text"],
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
        meta=tuple(m for m in (level_label, time_label, whose, inference, alert_label, excerpt_label) if m),
        excerpt=excerpt is not None,
    )


def _apart_from_harm(chosen: Sequence[dict[str, Any]], at_top: set[int], kinds: dict[int, str | None],
                     language: str) -> tuple[Item, ...]:
    """The words of this section's answers shown at the top only that are not the risk (record's `apart_from_harm`),
    with their question's other answers: Mr Pugh and the garden club are who helps, though the same answer was urgent
    (stop-26 trial W4); so is Gwen, said beside a fear of falling (stop-28 trial Z12). The answer itself stays whole at
    the top only; the note says whether it raised an urgent concern or a concern."""
    section = label("sec_safeguarding", language)
    notes = {DISCLOSURE: label("apart_from_harm", language, section=section),
             CONCERN: label("apart_from_concern", language, section=section)}
    return tuple(_answer_item({**a, "text": a["apart_from_harm"]}, language,
                              inference=notes.get(kinds[id(a)] or DISCLOSURE, notes[DISCLOSURE]))
                 for a in chosen if id(a) in at_top and a.get("apart_from_harm"))


def _worries_apart(kept: list[dict[str, Any]], excerpts: dict[int, Excerpt], language: str,
                   ) -> tuple[tuple[Item, ...], list[dict[str, Any]], int]:
    """A worry whose concern is quoted in part at the top: under Worries, only its other words, marked as part of an
    answer, as when the top holds the whole answer (a pointer, and its words that raised no concern).

    Why (eighth trial AB14): "Worries" showed only a pointer when the whole answer went to the top (c4, c5), but the
    whole answer again when the top quoted its sentences (c3: "… he says he is useless now and he is burden for us"
    twice). One rule now: a worry's words that raised the concern are at the top only; the rest stays here.
    Returns (those items, the answers still shown whole, how many answers' concerns are at the top only)."""
    section = label("sec_safeguarding", language)
    parts: list[Item] = []
    whole: list[dict[str, Any]] = []
    for a in kept:
        excerpt = excerpts.get(id(a))
        if excerpt is None or not excerpt.rest_only:
            whole.append(a)
            continue
        rest = words_outside(str(a.get("text") or ""), excerpt.words)
        if rest:
            parts.extend(_apart_from_kept_from((_answer_item({**a, "text": rest}, language, inference=label(
                "apart_from_concern", language, section=section)),), ({**a, "text": rest},), language))
    return tuple(parts), whole, len(kept) - len(whole)


def _harm_concern(answer: dict[str, Any], record: dict[str, Any]) -> bool:
    """A concern answer whose flag names a harm (bot.safeguarding.harm.is_harm: exploitation, abuse, suicide...): its
    words that raised it are at the top only, never also a strength or a wish with its question. Why (tenth trial
    AE4): "Mae o'n cadw'r cerdyn efo fo rhan fwya o'r amser" (a new mate keeping his bank card) was quoted at the top
    and shown again under Strengths, in the whole answer."""
    flag = answer_flag(answer, record)
    return flag is not None and is_harm(flag.get("level"), flag.get("categories"))


def _quoted_at_top(items: tuple[Item, ...], excerpted: frozenset[Any], language: str) -> tuple[Item, ...]:
    """Marks a long concern answer, shown whole in its section, as quoted in part at the top."""
    if not excerpted:
        return items
    note = label("concern_excerpt_whole", language, section=label("sec_safeguarding", language))
    return tuple(replace(i, meta=(*i.meta, note)) if i.source == "answer" and i.id in excerpted else i
                 for i in items)


# --------------------------------------------------------------------------- sections

def _sort_by_time(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda x: (x.get("time") or "", x.get("id") or 0))


def _safeguarding(record: dict[str, Any], language: str, kinds: dict[int, str | None],
                  excerpts: dict[int, Excerpt] | None = None) -> Section:
    """ALL the risk material, in one place at the top (issue 11).

    How to contact them safely, when they said how (their safety wishes, verbatim, wherever they said
    them: an answer or the reply to the safe check), so nobody rings the house first; then urgent
    disclosures (their words, whose words, when, with the question they answered when they came as
    an answer; the category as the assistant's reading; what happened next), answers to "are you
    safe right now?" that follow no disclosure, then the concerns. `kinds` is each answer's
    safeguarding_kind (bot.summary.record), by the answer dict's id(); `excerpts` the long concern
    answers quoted in part (see the module doc), by the same id(). With no risk material at all it
    says so plainly.
    """
    excerpts = excerpts or {}
    carer = record.get("completed_by") == "carer"  # whose risks each are, in a carer's words (BA15)
    flags = record.get("risk_flags") or []
    answers = record.get("answers") or []
    answer_for_flag: dict[Any, dict[str, Any]] = {}
    reading_of_answer: dict[int, dict[str, Any]] = {}  # a wish or safe-check answer that also raised a concern
    for answer in answers:
        kind = kinds.get(id(answer))
        flag = answer_flag(answer, record) if kind in (DISCLOSURE, CONCERN, SAFETY_WISH, SAFETY_CHECK) else None
        if flag is None:
            continue
        if kind in (DISCLOSURE, CONCERN):
            if str(answer.get("text") or "") == str(flag.get("text") or ""):
                # the answer the flag was raised from, never a later message added to its alert (re-trial 32 AF3: a
                # disclosure at "who do you look after?" was labelled "In answer to: Pryd yw'r amser gorau…", the
                # question of a message added later); with none kept, no question is shown
                answer_for_flag.setdefault(flag.get("id"), answer)
        elif flag.get("level") != "urgent":
            reading_of_answer[id(answer)] = flag
    shown_with_answer = {f.get("id") for f in reading_of_answer.values()}

    # Each reply to "are you safe right now?" goes under the disclosure it answered (with what happened next).
    replies_to: dict[Any, list[dict[str, Any]]] = {}
    for answer in _sort_by_time([a for a in answers if kinds.get(id(a)) == SAFETY_CHECK]):
        answered = disclosure_answered(answer, record)
        if answered is not None:
            replies_to.setdefault(answered.get("id"), []).append(answer)
    under_disclosure = {id(a) for replies in replies_to.values() for a in replies}

    # "Are you safe right now?" quoted as it was asked: "Wyt ti'n ddiogel" to a young person (trial F28).
    asked_in_ti = record.get("register") == "ti"

    def reply_fact(answer: dict[str, Any], steps: list[dict[str, Any]]) -> Fact:
        concern = reading_of_answer.get(id(answer))
        reading = (label("noted_by_assistant", language, categories=_categories(
            concern.get("categories") or [], language, str(concern.get("text") or ""), carer))
                   if concern is not None else None)
        paused = _paused_when(steps, answer.get("id"))  # said after a break or a stop, coming back (trial T16)
        asked = ("after_reply_help" if asked_whether_help_is_coming(answer) else "after_reply_ti" if asked_in_ti
                 else "after_reply")
        parts = (label(f"after_reply_after_{paused}" if paused else asked, language),
                 format_time(answer.get("time"), language), _whose(answer.get("whose_view"), language), reading)
        return Fact("safe_check_reply", " · ".join(p for p in parts if p), str(answer.get("text") or ""),
                    verbatim=True, language=_known_language(answer.get("language")))

    def flag_item(flag: dict[str, Any]) -> Item:
        answer = answer_for_flag.get(flag.get("id"))
        whose = answer.get("whose_view") if answer else record.get("completed_by")
        item = _flag_item(flag, language, whose, question=answer.get("question") if answer else None,
                          excerpt=excerpts.get(id(answer)) if answer else None, carer=carer)
        replied = {a.get("id") for a in replies_to.get(flag.get("id"), [])}
        misread, marker = _said_next(flag, language, replied)
        if marker:  # the flag stays, marked, with their words: a practitioner decides
            item = replace(item, meta=(*item.meta, marker), follow_up=misread)
        if flag.get("level") != "urgent":
            # a "please check" alert later messages of its kind were added to (BA6, stop 46 trial: one harm, one
            # alert), its level raised by one read as urgent: shown with it, as an urgent alert's are
            return replace(item, follow_up=(*item.follow_up, *_added_facts(flag, language)),
                           meta=(*item.meta, *_added_notes(flag, language))) if flag.get("added_messages") else item
        steps = (flag.get("after") or {}).get("steps") or []
        said_misread = (flag.get("misread") or {}).get("answer_id")
        replies = tuple((a.get("id"), reply_fact(a, steps)) for a in replies_to.get(flag.get("id"), [])
                        if a.get("id") != said_misread)  # (shown once, as the correction, first)
        follow_up = (*misread, *_next_steps(flag.get("after"), replies, language))
        if not flag.get("added_messages"):
            return replace(item, follow_up=follow_up)
        return replace(item, follow_up=(*follow_up, *_added_facts(flag, language)),
                       meta=(*item.meta, *_added_notes(flag, language)))

    def answer_items(kind: str) -> tuple[Item, ...]:
        chosen = _sort_by_time([a for a in answers if kinds.get(id(a)) == kind and id(a) not in under_disclosure])
        items = []
        for a in chosen:
            readings = [label("read_as_safety_wish", language)] if kind == SAFETY_WISH else []
            concern = reading_of_answer.get(id(a))
            if concern is not None:  # its concern is shown here, once, with the words that raised it
                readings.append(label("noted_by_assistant", language,
                                      categories=_categories(concern.get("categories") or [], language,
                                                             str(concern.get("text") or ""), carer)))
            item = _answer_item(a, language, with_question=True, inference=" · ".join(readings) or None,
                                with_time=True)
            part = excerpts.get(id(a)) if kind == SAFETY_WISH else None
            if part is not None:  # only its safety wishes here; the whole answer with its question (trial W17)
                item = replace(item, quote=part.words, excerpt=True,
                               meta=(*item.meta, label("wish_excerpt", language, section=part.section)))
            items.append(item)
        return tuple(items)

    urgent = tuple(flag_item(f) for f in _sort_by_time([f for f in flags if f.get("level") == "urgent"]))
    # How to contact them safely: their safety wishes, and the wish in a disclosure's own words, in the order said.
    wish_items = list(answer_items(SAFETY_WISH))
    for flag in flags:
        words = wish_in_disclosure(str(flag.get("text") or "")) if flag.get("level") == "urgent" else None
        if words is not None:
            wish_items.append(_wish_in_disclosure_item(flag, words, language, answer_for_flag.get(flag.get("id")) or {},
                                                       record))
    wishes = tuple(sorted(wish_items, key=lambda item: item.time or ""))
    checks = answer_items(SAFETY_CHECK)
    # What must not be shared with whom, in their words (trial F14): never an outcome to confirm at the visit.
    sensitive = tuple(
        replace(_answer_item(a, language, with_question=True, inference=label("read_as_sensitive", language),
                             with_time=True),
                quote=str(a["sensitive_words"]), excerpt=a["sensitive_words"] != a.get("text"))
        for a in _sort_by_time([a for a in answers if a.get("sensitive_words")]))
    not_urgent = [f for f in flags if f.get("level") != "urgent" and f.get("id") not in shown_with_answer]
    # "Please check: the assistant was unsure" (stop 24): the model alone, unsure; after the urgent flags, before the
    # concerns, read whole (the duty team was asked to decide).
    please_check = tuple(flag_item(f) for f in _sort_by_time([f for f in not_urgent if f.get("please_check")]))
    concerns = tuple(flag_item(f) for f in _sort_by_time([f for f in not_urgent if not f.get("please_check")]))
    if not (urgent or wishes or checks or please_check or concerns or sensitive):
        return Section(key="safeguarding", title=label("sec_safeguarding", language),
                       groups=(Group("none", None, (), empty_text=label("no_risk_noted", language)),))
    groups = (
        # How to contact them safely first, when they said how: before anyone rings (the stop-18 review).
        Group("safety_wishes", label("group_safety_wishes", language), wishes),
        Group("urgent", label("group_urgent", language), urgent, empty_text=label("no_urgent_flags", language)),
        *((Group("please_check", label("group_please_check", language), please_check),) if please_check else ()),
        # What must not be shared with whom (their words), before anyone plans the visit; urgent ones stay first.
        *((Group("sensitive", label("group_sensitive", language), sensitive),) if sensitive else ()),
        Group("safety_check", label("group_safety_check_ti" if asked_in_ti else "group_safety_check", language),
              checks),
        Group("concerns", label("group_concerns", language), concerns),
    )
    return Section(
        key="safeguarding",
        title=label("sec_safeguarding", language),
        note=label("safeguarding_note", language),
        groups=groups,
        urgent=bool(urgent),
    )


def asked_whether_help_is_coming(answer: dict[str, Any]) -> bool:
    """Whether a reply at the safe check answered "is help on its way?" (asked once after harm happening now), not
    "are you safe?" (stop-24 trial T13: both "carry on" replies were labelled as replies to "are you safe?")."""
    return any(asked in str(answer.get("question") or "") for asked in _help_questions())


@lru_cache(maxsize=1)
def _help_questions() -> tuple[str, ...]:
    """"Is help on its way?" as it was put, in every language and register (bot/messages/safeguarding.yml): read on
    first use, not when the summary is imported (AY20, stop 44 trial: the catalogue is read only if it is needed)."""
    return tuple(messages.text("safety_check_help_coming", language, register)
                 for language in LANGUAGES for register in ("chi", "ti"))


def _said_next(flag: dict[str, Any], language: str, replied: set[Any]) -> tuple[tuple[Fact, ...], str]:
    """The person's words saying this flag misread them, or playing it down ("I didn't mean anything by it": no
    correction, stop-26 trial W3; bot.summary.record.mark_misread), as a line under it, and the flag's marker.
    Played down in a reply to the safe check (`replied`: those answers' ids), the words stay that reply, in order,
    and the marker alone says so."""
    for key in ("misread", "played_down"):
        said = flag.get(key)
        if said and key == "played_down" and said.get("answer_id") in replied:
            return (), label(f"{key}_marker", language)
        if said:
            line = label(f"{key}_said", language, time=format_time(said.get("time"), language) or "")
            return ((Fact(key, line, str(said.get("text") or ""), verbatim=True,
                          language=_known_language(said.get("language"))),), label(f"{key}_marker", language))
    return (), ""


def _wish_in_disclosure_item(flag: dict[str, Any], words: str, language: str, answer: dict[str, Any],
                             record: dict[str, Any]) -> Item:
    """A disclosure that also says how to contact them safely: those sentences, in the "how to contact safely"
    line at the top, marked as taken from the disclosure (which is shown whole under "Urgent")."""
    whose = _whose(answer.get("whose_view") or record.get("completed_by"), language)
    time_label = format_time(flag.get("time"), language)
    note = label("wish_in_disclosure", language, group=label("group_urgent", language))
    return Item(source="flag", id=flag.get("id"), quote=words, quote_language=_known_language(flag.get("language")),
                whose_view_label=whose, time=flag.get("time"), time_label=time_label,
                inference_label=label("read_as_safety_wish", language),
                meta=tuple(m for m in (time_label, whose, label("read_as_safety_wish", language), note) if m),
                excerpt=words != flag.get("text"))


def _step_before(step: dict[str, Any], answer_id: Any) -> bool:
    """Whether a kept step of the pause came before this answer (it follows the last answer kept before it)."""
    return int(step.get("after_answer") or 0) < int(answer_id or 0)


def _paused_when(steps: list[dict[str, Any]], answer_id: Any) -> str | None:
    """"break" or "stop" when an answer was said after they took a break or stopped (before any later step), else
    None: said on coming back, it is no reply to "are you safe right now?" ("Helo. Fi sy 'ma 'to. Beth fydd
    yn digwydd nawr?", trial T16)."""
    paused: str | None = None
    for step in steps:
        if _step_before(step, answer_id):
            paused = str(step["step"]) if step.get("step") in ("break", "stop") else None
    return paused


def _next_steps(after: dict[str, Any] | None, replies: tuple[tuple[Any, Fact], ...],
                language: str) -> tuple[Fact, ...]:  # replies: (answer id, line)
    """What happened after an urgent disclosure, as lines under it: the helplines the reply gave (as kept when it
    was sent; for an older flag, worked out from the assistant's rules and labelled so), then in the order they
    happened each reply to "are you safe right now?" (verbatim, with when; words said on coming back after a
    break or a stop labelled so) and each step kept: carry on / break / stop and coming back, with when and how
    we know (bot.summary.record.what_happened_next). A record without kept steps: the replies, then one line
    read from it. A record built before any of that (no "after") shows the replies only."""
    if after is None:
        return tuple(fact for _, fact in replies)
    # The person deleted their answers after it: said plainly, in place of a choice nobody can know now (trial AB19).
    deleted_at = after.get("answers_deleted_at")
    deleted = ((Fact("answers_deleted", label("answers_deleted", language), format_time(deleted_at, language) or ""),)
               if deleted_at else ())
    found = after.get("helplines")
    lines = [helpline_text(line, language) for line in found or []]
    key = "after_helplines_follow_up" if after.get("short_follow_up") else "after_helplines"
    given = Fact("helplines_given", label(key + ("_kept" if after.get("helplines_from") == HELPLINES_KEPT else ""),
                                          language),
                 "; ".join(lines) or label("after_no_new_helplines" if found is not None else "choice_not_recorded",
                                           language))
    steps = after.get("steps") or []
    if not steps:
        choices = _choices(after, language) if not deleted or after.get("choice") else ()
        return (given, *deleted, *(fact for _, fact in replies), *choices)
    # In the order they happened: each step after the last answer kept before it (a typed "take a break" first).
    timeline = sorted([(int(answer_id or 0), 0, n, fact) for n, (answer_id, fact) in enumerate(replies)]
                      + [(int(step.get("after_answer") or 0), 1, n, fact)
                         for n, (step, fact) in enumerate(zip(steps, _choices(after, language), strict=False))],
                      key=lambda entry: entry[:3])
    waiting = _choices(after, language)[len(steps):]  # "no answer yet", after the last step
    return (given, *deleted, *(fact for *_, fact in timeline), *waiting)


def _choices(after: dict[str, Any], language: str) -> tuple[Fact, ...]:
    """Carry on / break / stop as kept when it happened, one line a step, with "came back" between (a break, then
    back: "Chose to take a break, 4 December 2026, 05:10 (in their reply)", "Came back to the conversation, …");
    then "no answer yet" if, back, they have not said. A record without kept steps: the one line read from it."""
    choice_line = label("after_choice", language)
    steps = after.get("steps") or []
    if not steps:
        return (Fact("safe_check_choice", choice_line, _choice_text(after, language)),)
    facts = [Fact("safe_check_back", label("after_came_back", language),
                  format_time(step.get("at"), language) or label("choice_not_recorded", language))
             if step.get("step") == "back" else
             Fact("safe_check_choice", choice_line, _choice_text(
                 {"choice": step.get("step"), "choice_at": step.get("at"), "choice_from": step.get("from")}, language))
             for step in steps]
    if after.get("choice") == NOT_ANSWERED_YET:
        facts.append(Fact("safe_check_choice", choice_line, label("choice_waiting", language)))
    return tuple(facts)


def _choice_text(after: dict[str, Any], language: str) -> str:
    """"Carry on, 3 May 2024, 14:08 (in their reply)"; "Carry on, by …" when a button left no words."""
    choice, source = after.get("choice"), after.get("choice_from")
    if choice not in ("carry_on", "break", "stop", "waiting", "went_on"):
        return label("choice_not_recorded", language)
    text = label("choice_" + choice, language)
    when = format_time(after.get("choice_at"), language)
    if when:
        text = label("choice_by" if source == CHOICE_FROM_NEXT_ANSWER else "choice_at", language,
                     choice=text, time=when)
    how = {CHOICE_IN_THEIR_WORDS: "choice_from_their_words", CHOICE_FROM_NEXT_ANSWER: "choice_from_next_answer",
           CHOICE_FROM_RECORD: "choice_from_record", CHOICE_BY_BUTTON: "choice_from_button"}.get(str(source))
    return f"{text} ({label(how, language)})" if how else text


#: The start's answers kept whole when more than a name was said ("my husband Dai, he's got dementia",
#: bot.conversation.about_you), or who is talking when unclear or with an age ("im 19, care leaver"):
#: shown with the name they gave, never under "anything else".
NAME_ANSWER_KEYS = {"name": "name_answer", "cared_for_name": "cared_for_answer", "role": "role_answer"}


def typed_for_them(answers: Iterable[dict[str, Any]]) -> str | None:
    """The first sentence of their answers saying someone else is typing for the person, exactly as written."""
    for answer in answers:
        text = str(answer.get("text") or "")
        for start, end in sentences(text):
            if SOMEONE_TYPING.search(text[start:end].lower()):
                return text[start:end]
    return None


def only_duty_part(record: dict[str, Any]) -> bool:
    """The person deleted their answers and said nothing since: what is left is the duty team's part (the reference
    and the words that raised an alert). The summary then says so once, and shows no section of "Nothing noted"
    or "Not recorded" where their words were (eighth trial AB19)."""
    return bool(record.get("erased_at")) and not record.get("answers") and not record.get("outcomes")


def _about(record: dict[str, Any], language: str, name_answers: Sequence[dict[str, Any]] = (),
           typed_for: str | None = None, keyboard: Sequence[dict[str, Any]] = ()) -> Section:
    completed_by = record.get("completed_by")
    completed = completed_as(completed_by, record.get("answers") or [])  # a support worker says so, not "A carer"
    who = (label("completed_" + completed, language) if completed in WHOSE_VIEWS
           else label("not_recorded", language))
    if typed_for and completed_by != "carer":
        # the person talking, someone else at the keyboard: it changes whose words these are (stop-22 trial V14)
        who = label("completed_typed_for", language)
    young_carer = record.get("young_carer_answer_id") is not None  # in their own words (trial F32)
    # Said at another question ("I look after mum most nights"): their sentences quoted here, so the practitioner
    # knows to offer a young carer's assessment without reading every answer (issue 11, stop 24).
    carer_answer = next((a for a in record.get("answers") or [] if young_carer
                         and a.get("id") == record.get("young_carer_answer_id") and a.get("question_key") != ROLE_KEY),
                        None)
    carer_words = young_carer_words(carer_answer) if carer_answer is not None else None
    if young_carer:
        who = label("completed_young_carer", language)
    took_over = next((a.get("typed_by") for a in record.get("answers") or [] if a.get("typed_by")), None)
    if took_over:  # someone else took over the keyboard part way: who (stop 28, trial X12)
        who = label("completed_then_taken_over", language, completed=who, who=typed_by_words(took_over, language))
    facts: list[Fact] = [
        Fact("reference", label("reference", language), record.get("reference") or ""),
        *([Fact("case_reference", label("case_reference", language), record["case_reference"])]
          if record.get("case_reference") else []),
        Fact("completed_by", label("completed_by", language), who),
    ]
    if record.get("name"):
        # a support worker's own name is no carer's (second stop-25 trial V11)
        name_label = {"carer": "name_carer", "professional": "name_professional"}.get(completed or "", "name_used")
        facts.append(Fact("name", label(name_label, language), record["name"], verbatim=True))
    if record.get("cared_for_name"):
        facts.append(Fact("cared_for_name", label("cared_for", language), record["cared_for_name"], verbatim=True))
    if record.get("relationship"):
        facts.append(Fact("relationship", label("relationship", language), record["relationship"], verbatim=True))
    for answer in name_answers:
        key = NAME_ANSWER_KEYS[str(answer.get("question_key"))]
        facts.append(Fact(key, label(key, language), str(answer.get("text") or ""), verbatim=True))
    if carer_words:
        facts.append(Fact("young_carer_words", label("young_carer_words", language), carer_words, verbatim=True,
                          language=_known_language(carer_answer.get("language") if carer_answer else None)))
    if typed_for and completed_by != "carer":
        facts.append(Fact("typed_for", label("typed_for_words", language), typed_for, verbatim=True))
    facts += [Fact("keyboard_words", label("keyboard_words", language), str(a.get("text") or ""), verbatim=True,
                   language=_known_language(a.get("language"))) for a in keyboard]
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
    if record.get("erased_at"):
        # Said plainly, once, not as empty sections (eighth trial AB19); what they said since, if anything, is below.
        notices = (Notice("answers_deleted", label("answers_deleted_notice_since" if record.get("answers")
                                                   else "answers_deleted_notice", language,
                                                   time=format_time(record["erased_at"], language) or "")),)
    if record.get("status") != "confirmed" and not only_duty_part(record):
        notices += (Notice("not_confirmed", label("not_confirmed_notice", language)),)
    if young_carer:
        notices += (Notice("young_carer", label("young_carer_notice_said" if carer_words else "young_carer_notice",
                                                language)),)
    if record.get("unmatched_invitation") and not record.get("case_reference"):
        notices += (Notice("unmatched_invitation", label("unmatched_invitation_notice", language)),)
    if record.get("numbers_withheld"):
        notices += (Notice("numbers_withheld", label("numbers_withheld_notice", language)),)
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
    """The person's language as stated in an answer (bot.summary.record.stated_language), and apart from it
    the language chosen for the chat: a carer's choice of chat language is not the person's preference."""
    carer = record.get("completed_by") == "carer"
    stated = record.get("stated_language", record.get("preferred_language"))
    stated_name = (label("lang_" + stated, language) if stated in ("either", "both")  # no preference (AZ15), or
                   # one at home and the other elsewhere (BA14, stop 46 trial)
                   else _language_name(stated, language) if stated
                   else label("language_other", language)
                   if other_language_stated(record.get("answers") or [], record.get("completed_by"))
                   else label("language_not_stated", language))
    if record.get("stated_language_answer_id") is not None:
        stated_name += " " + label("language_in_their_answer", language)
    used = _language_name(record.get("language"), language)
    started = record.get("chat_started_in")
    if started in ("cy", "en") and started != record.get("language"):  # they switched (trial F23)
        used += " · " + label("language_switched_" + started, language,
                              time=format_time(record.get("chat_switched_at"), language) or "")
    facts: tuple[Fact, ...] = (
        Fact("language", label("language_used_carer" if carer else "language_used", language), used),
        Fact("preferred_language", label("language_preferred_person" if carer else "language_preferred", language),
             stated_name),
    )
    deleted = only_duty_part(record) and not stated  # what they said about it went with their answers (AB19)
    if deleted:
        facts = facts[:1]
    own = record.get("writer_language")
    if record.get("writer_language_words") and not deleted:
        # The carer's own language, apart from the person's (trial 38 AR3: "For me, I'm happy with either - emails in
        # English are easier for me…" was read as the person's), with their words.
        own_name = label("lang_either", language) if own == "either" else _language_name(own, language) if own \
            else label("language_not_stated", language)
        facts += (Fact("writer_language", label("language_writers_own", language), own_name),
                  Fact("writer_language_words", label("language_writers_own_words", language),
                       str(record["writer_language_words"]), verbatim=True),)
    # Their own words about it, verbatim (the sentences that name a language), with whose words they are.
    stated_in = next((a for a in record.get("answers") or [] if a.get("id") == record.get("stated_language_answer_id")
                      and a.get("id") is not None), None)
    if stated_in is not None:
        whose = stated_in.get("whose_view") if stated_in.get("whose_view") in WHOSE_VIEWS else "person"
        facts += (Fact("language_words", label("language_words_" + whose, language),
                       language_words(str(stated_in.get("latest_text") or stated_in.get("text") or "")),
                       verbatim=True, language=_known_language(stated_in.get("language"))),)
    # What they said about language elsewhere, with the question ("dwi isio rhywun sy'n siarad Cymraeg plis, dwi'm
    # isio rhywun dieithr yn siarad Saesneg efo fi yn y bathrwm", at the change question: the language of the care
    # itself, trial T14); risk material stays at the top only.
    for answer in record.get("answers") or []:
        text = str(answer.get("latest_text") or answer.get("text") or "")
        if (answer is stated_in or answer.get("changes") is not None or not says_a_language_wanted(text)
                or answer.get("safeguarding") in (*SAFEGUARDING_KINDS, CONCERN)):
            continue
        whose = answer.get("whose_view") if answer.get("whose_view") in WHOSE_VIEWS else "person"
        facts += (Fact("language_words", label("language_words_elsewhere_" + whose, language,
                                               question=str(answer.get("question") or "")),
                       language_words(text), verbatim=True, language=_known_language(answer.get("language"))),)
    # A learner reads as a learner, in their words ("Dw i'n dysgu.", trial U19: elided, and nothing said so), next to
    # the language they want: the worker's Welsh should meet them where they are.
    learning = [(words, answer) for answer in record.get("answers") or []
                if answer.get("changes") is None and answer.get("safeguarding") not in (*SAFEGUARDING_KINDS, CONCERN)
                for words in [learner_words(str(answer.get("latest_text") or answer.get("text") or ""))] if words]
    if learning:
        words, answer = learning[0]
        which = "en" if re.search(r"(?i)\b(?:english|saesneg)\b", words) else "cy"
        learner = Fact("language_learner", label("language_learner_" + which, language), words, verbatim=True,
                       language=_known_language(answer.get("language")))
        facts = (*facts[:2], learner, *facts[2:])
    active_offer = bool(record.get("active_offer_applies")) or stated == "cy"
    notices = (Notice("active_offer", label("active_offer", language)),) if active_offer else ()
    if not active_offer and not stated and not deleted:
        # Nobody said which language the person wants (a carer chatting in English): the Active Offer does not wait
        # to be asked (stop-22 trial V34: "Not stated", and nothing told the worker to offer Welsh).
        notices = (Notice("active_offer_ask", label("active_offer_ask", language)),)
    return Section(key="language", title=label("sec_language", language), facts=facts, notices=notices)


def _named_elsewhere(answers: Sequence[dict[str, Any]], language: str, leave_out: Sequence[str],
                     kind: str = "people_named") -> tuple[Fact, ...]:
    """People named with who they are in other answers ("my neighbour Glenys pops in every day", at "what matters"),
    for Important people: their sentences verbatim, with the question (trial T3); with `kind` "help_named", who helps
    ("me and my brother Gareth help", eleventh trial AG7), for Strengths. Not from the section's own answers
    (`leave_out`), an edit at the read-back, risk material (at the top only) or words not to be shared."""
    read = {"help_named": help_named, "going_well": going_well_said}.get(kind, people_named)
    facts: list[Fact] = []
    for answer in answers:
        if (answer.get("question_key") in (*leave_out, READBACK_COMMENT_KEY) or answer.get("changes") is not None
                or answer.get("safeguarding") in (*SAFEGUARDING_KINDS, CONCERN) or answer.get("sensitive_words")):
            continue
        words = read(str(answer.get("latest_text") or answer.get("text") or ""))
        if words is None:
            continue
        said_by = str(answer.get("whose_view")) if answer.get("whose_view") in WHOSE_VIEWS else "person"
        facts.append(Fact(kind, label(kind + "_" + said_by, language,
                                                 question=str(answer.get("question") or "")),
                          words, verbatim=True, language=_known_language(answer.get("language"))))
    return tuple(facts)


def _is_why(key: str) -> bool:
    return key.startswith("why_")


def _whole_answer_is_one_outcome(answer: dict[str, Any], outcomes_by_answer: dict[Any, list[dict[str, Any]]]) -> bool:
    """The answer is already shown whole as its one outcome (a "read in full" one is shown briefly, so no)."""
    found = outcomes_by_answer.get(answer.get("id")) or []
    return len(found) == 1 and found[0].get("text") == answer.get("text") and not found[0].get("read_in_full")


def _said_again_as_shown(answer: dict[str, Any], outcomes: Sequence[dict[str, Any]],
                         answers_by_id: dict[Any, dict[str, Any]]) -> bool:
    """The answer is the very words of an outcome already kept at the same question ("footie", then "footie" again to
    "anything about it?"): shown once, as that outcome, not again under the answers in full (stop 40)."""
    return any(o.get("text") == answer.get("text") and o.get("answer_id") != answer.get("id")
               and (answers_by_id.get(o.get("answer_id")) or {}).get("question") == answer.get("question")
               for o in outcomes)


def _moved_notice(moved: int, language: str) -> tuple[Notice, ...]:
    """Points to the top when some of a section's answers are shown only in the safeguarding section."""
    if not moved:
        return ()
    return (Notice("moved_to_safeguarding",
                   label("moved_to_safeguarding", language, section=label("sec_safeguarding", language)), False),)


def _outcome_section(
    key: str,
    title: str,
    note: str,
    outcomes: Iterable[dict[str, Any]],
    answers: Iterable[dict[str, Any]],
    answers_by_id: dict[Any, dict[str, Any]],
    outcomes_by_answer: dict[Any, list[dict[str, Any]]],
    language: str,
    moved: int = 0,
    excerpted: frozenset[Any] = frozenset(),
    lead: tuple[Group, ...] = (),
    pointer: str | None = None,
    process_elsewhere: str | None = None,
) -> Section:
    """A section of outcomes: `lead` groups first (the different views side by side), then change / keep /
    process, then the answers in full; `pointer` says where some of its words are shown instead;
    `process_elsewhere` names the sections where wishes about how to be supported are shown whole instead."""
    outcomes = list(outcomes)
    groups: list[Group] = list(lead)
    for otype in OUTCOME_TYPES:
        items = tuple(
            _outcome_item(o, answers_by_id.get(o.get("answer_id")), language)
            for o in _typed_first(outcomes) if o.get("type") == otype
        )
        empty = label("no_items", language)
        if otype == "process" and process_elsewhere:
            empty = label("process_in_own_sections", language, sections=process_elsewhere)
        groups.append(Group(otype, label("group_" + otype, language), items, empty_text=empty))
    # Anything outside the three types (should not happen) is still shown, never dropped.
    others = tuple(
        _outcome_item(o, answers_by_id.get(o.get("answer_id")), language)
        for o in outcomes if o.get("type") not in OUTCOME_TYPES
    )
    if others:
        groups.append(Group("other", None, others))
    # The whole answers, with the question asked, so a span is never read out of context.
    full = tuple(
        item
        for a in _typed_first(answers) if not _whole_answer_is_one_outcome(a, outcomes_by_answer)
        and not _said_again_as_shown(a, outcomes, answers_by_id)
        and a.get("changes") is None and not a.get("nothing_to_add")  # a bare "na" said nothing (stop-29 web chat)
        for item in _answer_items(a, answers_by_id, language, with_question=True)
    )
    if full:
        groups.append(Group("answers", label("group_answers", language), _quoted_at_top(full, excerpted, language)))
    notices = _moved_notice(moved, language) + ((Notice("views_side_by_side", pointer, False),) if pointer else ())
    process = next(g for g in groups if g.key == "process")
    if process_elsewhere and process.items:
        # (with the group empty, its own line says it; trial V6 recheck: beside two support wishes, the visit times
        # confirmed at the read-back were neither listed nor pointed to)
        notices += (Notice("process_elsewhere", label("process_also_in_own_sections", language,
                                                      sections=process_elsewhere), False),)
    return Section(key=key, title=title, note=note, notices=notices, groups=tuple(groups))


@dataclass(frozen=True)
class SaidOnce:
    """What _said_once found: the outcomes to show; by the id of one shown, the questions it was said at again;
    and by the same id, the same wish in the other language (their words, shown under it)."""

    shown: list[dict[str, Any]]
    also: dict[Any, list[str]]
    other_language: dict[Any, list[tuple[dict[str, Any], str]]]  # (the outcome not shown, its language)
    #: By the id of one shown, the same wish in another person's view (the outcome not shown separately, its language).
    other_view: dict[Any, list[tuple[dict[str, Any], str | None]]] = field(default_factory=dict)
    #: By the id of one shown, the same language asked for again in other words ("Cymraeg, yn bendant." under
    #: "Siarad Cymraeg efo hi"): quoted under it, not shown as a second item.
    again: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)


#: How sure the language reader must be of an outcome's own words to go by them rather than by its answer's.
SURE_OF_OUTCOME_LANGUAGE = 0.8


def _outcome_language(outcome: dict[str, Any], answer: dict[str, Any]) -> str | None:
    """The language of an outcome's own words when sure, else its answer's (cy / en), else None."""
    from bot.analysis.language import detect_language  # (as bot.summary.record.language_switch reads it)

    guess = detect_language(str(outcome.get("text") or ""))
    if guess.language in LANGUAGES and guess.confidence >= SURE_OF_OUTCOME_LANGUAGE:
        return str(guess.language)
    return _known_language(answer.get("language"))


def _said_once(outcomes: Sequence[dict[str, Any]], answers_by_id: dict[Any, dict[str, Any]]) -> SaidOnce:
    """The same wish said more than once (exactly the same words, the same view, about the same person: "I want
    to stay in my own home" at "what matters" and again at "what to keep") is shown once, where it was first
    said, with the questions it was said at again. So is the same wish said once in each language ("dw i isio
    mynd nôl i'r capel", later "I want to get back to chapel": bot.analysis.same_wish), its other words quoted
    verbatim under it.

    Why: the senior practitioner's review (stop 18) read the same quote in three places as three wishes; the
    stop-23 trial (W20) read one wish said in Welsh and English as two outcomes. The record keeps every one (the
    JSON and FHIR export each); only what is shown is merged. In one language, words that differ at all are
    different quotes (never merged by meaning).
    """
    first: dict[tuple[str, str, str], dict[str, Any]] = {}
    shown: list[dict[str, Any]] = []
    also: dict[Any, list[str]] = {}
    other_language: dict[Any, list[tuple[dict[str, Any], str]]] = {}
    other_view: dict[Any, list[tuple[dict[str, Any], str | None]]] = {}
    again: dict[Any, list[dict[str, Any]]] = {}
    for outcome in outcomes:
        key = (str(outcome.get("text")), _view_of(outcome), str(outcome.get("about") or "person"))
        kept = first.get(key)
        if kept is None:
            twin = _same_wish_other_language(outcome, shown, answers_by_id)
            if twin is not None:
                kept_one, said_in = twin
                other_language.setdefault(kept_one.get("id"), []).append((outcome, said_in))
                continue
            view_twin = _same_wish_other_view(outcome, shown)
            if view_twin is not None:
                its_language = _outcome_language(outcome, answers_by_id.get(outcome.get("answer_id")) or {})
                other_view.setdefault(view_twin.get("id"), []).append((outcome, its_language))
                continue
            asked_before = _same_language_asked_before(outcome, shown)
            if asked_before is not None:
                again.setdefault(asked_before.get("id"), []).append(outcome)
                continue
            first[key] = outcome
            shown.append(outcome)
            continue
        answer = answers_by_id.get(outcome.get("answer_id")) or {}
        question = str(answer.get("question") or "")
        where = also.setdefault(kept.get("id"), [])
        first_asked = str((answers_by_id.get(kept.get("answer_id")) or {}).get("question") or "")
        if question and question not in where and question != first_asked:  # never "also said" where first said
            where.append(question)
    return SaidOnce(shown, also, other_language, other_view, again)


def _same_language_asked_before(outcome: dict[str, Any], shown: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The outcome already shown that asks for the same language as this one and nothing else, in the same view,
    about the same person (bot.analysis.same_wish.same_language_asked); or None. Why: the fifth trial (Y17) showed
    "Siarad Cymraeg efo hi" and "Cymraeg, yn bendant." as two process items, one wish said twice."""
    view, about = _view_of(outcome), str(outcome.get("about") or "person")
    for kept in shown:
        if (_view_of(kept) == view and str(kept.get("about") or "person") == about
                and same_language_asked(str(kept.get("text")), str(outcome.get("text")))):
            return kept
    return None


def _same_wish_other_language(outcome: dict[str, Any], shown: Sequence[dict[str, Any]],
                              answers_by_id: dict[Any, dict[str, Any]]) -> tuple[dict[str, Any], str] | None:
    """The outcome already shown that says the same wish as this one in the other language (the same view, about
    the same person), with this one's language; or None."""
    view, about = _view_of(outcome), str(outcome.get("about") or "person")
    language = _outcome_language(outcome, answers_by_id.get(outcome.get("answer_id")) or {})
    if language is None:
        return None
    for kept in shown:
        if _view_of(kept) != view or str(kept.get("about") or "person") != about:
            continue
        kept_language = _outcome_language(kept, answers_by_id.get(kept.get("answer_id")) or {})
        if kept_language not in (None, language) and same_wish(str(kept.get("text")), str(outcome.get("text"))):
            return kept, language
    return None


def _same_wish_other_view(outcome: dict[str, Any], shown: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The outcome already shown that says the same wish as this one (bot.analysis.same_wish: in either language) in
    another person's view, or about the other person; or None.

    Why (stop-24 trial T10): a carer passed on her father's wish ("Mae o isio mynd nôl i'r capel") and said it again in
    her own answers ("I want to get back to chapel"): two people's views of one wish, shown as two unrelated
    outcomes. A practitioner needs both views, side by side, once, with whose view each is."""
    view, about = _view_of(outcome), str(outcome.get("about") or "person")
    for kept in shown:
        if (_view_of(kept), str(kept.get("about") or "person")) != (view, about) and same_wish(
                str(kept.get("text")), str(outcome.get("text"))):
            return kept
    return None


def _note_also_said(sections: Sequence[Section], said: SaidOnce, language: str) -> list[Section]:
    """Adds "Also said in answer to: “…”" to each wish shown once for several times said, and under it the same wish
    in the other language, verbatim (see _said_once)."""
    if not said.also and not said.other_language and not said.other_view and not said.again:
        return list(sections)

    def noted(item: Item) -> Item:
        if item.source != "outcome":
            return item
        questions = said.also.get(item.id)
        if questions:
            note = label("also_said", language, questions="; ".join(f"“{q}”" for q in questions))
            item = replace(item, meta=(*item.meta, note))
        twins = said.other_language.get(item.id)
        if twins:
            words = tuple(Fact("said_in_" + said_in, label("said_in_" + said_in, language), str(twin.get("text")),
                               verbatim=True, language=said_in) for twin, said_in in twins)
            item = replace(item, follow_up=(*item.follow_up, *words),
                           follow_up_title=label("same_wish_title", language))
        views = said.other_view.get(item.id)
        if views:  # the other person's view of the same wish, beside it, with whose view it is and its language
            words = tuple(Fact("same_wish_other_view", " · ".join(p for p in (
                _outcome_whose(other, language), label("said_in_" + said_in, language) if said_in else None) if p),
                str(other.get("text")), verbatim=True, language=said_in) for other, said_in in views)
            item = replace(item, follow_up=(*item.follow_up, *words),
                           follow_up_title=label("same_wish_two_views_title", language))
        repeats = said.again.get(item.id)
        if repeats:  # the same language asked for again in other words, verbatim under it
            words = tuple(Fact("said_again", label("said_again", language), str(other.get("text")), verbatim=True)
                          for other in repeats)
            item = replace(item, follow_up=(*item.follow_up, *words),
                           follow_up_title=item.follow_up_title or label("same_wish_again_title", language))
        return item

    return [replace(section, groups=tuple(replace(g, items=tuple(noted(i) for i in g.items)) for g in section.groups))
            for section in sections]


def _view_of(outcome: dict[str, Any]) -> str:
    """Whose view an outcome is, for putting views side by side: the carer's, or the person's (also as passed on)."""
    return "carer" if outcome.get("whose_view") in ANSWERING_FOR_THEM else "person"


#: An answer that says the two views differ ("This is where me and dad don't agree", "dydan ni ddim yn cytuno").
_VIEWS_DIFFER = re.compile(
    r"\b(?:don[’']?t|do\s+not|doesn[’']?t|does\s+not|never|won[’']?t)\s+agree\b|\bdisagree|\bdifferent\s+views?\b"
    r"|\b(?:ddim|dim)\s+yn\s+cytuno\b|\banghytuno|\bbarn\s+wahanol\b|\bsafbwynt(?:iau)?\s+gwahanol\b"
    r"|\b(?:his|her|their)\s+view\s+and\s+mine\b|\bei\s+farn\s+(?:o|e|fo|fe|hi)\s+a\s+(?:fy\s+)?marn\s+i\b"
    r"|\bdyna['’]i\s+farn\s+(?:o|e|fo|fe|hi)?\s*a\s+(?:fy\s+)?marn\s+i\b",
    re.I)
#: How close before the second view its "but" / "ond" must be (characters): ", but I think " and the like.
SET_AGAINST_REACH = 30
#: Words that set what comes after against what came before ("…at home with the dog, but I think he needs…").
_SET_AGAINST = re.compile(r"\b(?:but|though|although|whereas|however|ond|er\s+bod|tra\s+bod)\b", re.I)
#: A view that says no to help or to a change ("He doesn't want more carers", "He won't have a key safe", "nothing
#: needs to change, leave me alone", "dydi o ddim isio mwy o ofalwyr", "sai moyn neb"): it differs from the other
#: view next to it. Not any "no": "Dyw hi ddim moyn mynd i unman arall" beside "Aros gatre, definitely" agrees
#: (stop-22 trial V22: views that agreed were shown as a disagreement).
_HELP_OR_CHANGE = (r"(?:help|carers?|care|support|anyone|anybody|someone|somebody|key\s*safe|pendant|alarm|lifeline|"
                   r"changes?|nurses?|strangers?|visitors?|cymorth|gymorth|gofalwyr|ofalwyr|gofalwr|ofalwr|gofal|ofal|neb|rhywun|"
                   r"rywun|newid|larwm|"
                   r"bocs\s+allweddi|nyrs|dieithr|pobl\s+ddieithr)")
_SAYS_NO = re.compile(
    r"\b(?:doesn[’']?t|does\s+not|don[’']?t|do\s+not|won[’']?t|will\s+not|wouldn[’']?t|refuses?\s+to)\s+"
    r"(?:want|need|like|have|wear|use|let|accept)\s+(?:[\w’']+\s+){0,3}?" + _HELP_OR_CHANGE + r"\b"
    r"|\brefuses?\b|\bnothing\s+needs?\s+to\s+change\b|\bleave\s+(?:me|him|her|them)\s+alone\b"
    r"|\b(?:ddim|dim)\s+(?:isio|eisiau|moyn|angen)\s+(?:[\w’']+\s+){0,3}?" + _HELP_OR_CHANGE + r"\b"
    r"|\bsa(?:i|\s+i)(?:'?n)?\s+moyn\s+(?:[\w’']+\s+){0,3}?" + _HELP_OR_CHANGE + r"\b|\bgwrthod\b|\bgadewch\s+lonydd\b",
    re.I)
#: An instruction to whoever comes ("Don't use the word 'vulnerable' in front of him", "Peidiwch â..."): how to
#: work with them, not the person saying no to what the carer asks (stop-21 trial U22: it was set beside "Easy
#: read letters please.", a matter of its own).
_INSTRUCTION_NOT = re.compile(r"^\W*(?:(?:please|plis|pls)\s+)?(?:don[’']?t|dont|do\s+not|never|peidiwch|paid)\b", re.I)


def _views_set_against(answer: dict[str, Any], first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two neighbouring outcomes of one answer, one view each, differ: the answer says the views differ,
    the words between them set one against the other ("but I think…", "ond dw i'n meddwl…"), or one says no to
    something ("He doesn't want more carers")."""
    text = str(answer.get("text") or "")
    if _VIEWS_DIFFER.search(text):
        return True
    start = text.find(str(first.get("text") or ""))
    end = text.find(str(second.get("text") or ""), max(start, 0))
    between = text[start + len(str(first.get("text") or "")):end] if 0 <= start <= end else ""
    # the contrast opens the second view ("..., but I think he needs..."), not a clause between them that is no
    # outcome ("Ne'r gwely lawr stâr ond ma hi'n casau'r syniad ..., A | ma hi moyn mynd mas mwy": trial V22 recheck)
    return bool(_SET_AGAINST.search(between[-SET_AGAINST_REACH:])) or any(
        _SAYS_NO.search(str(o.get("text") or "")) and not _INSTRUCTION_NOT.match(str(o.get("text") or ""))
        for o in (first, second))


def _side_by_side(outcomes: Sequence[dict[str, Any]], answers_by_id: dict[Any, dict[str, Any]],
                  language: str) -> tuple[tuple[Group, ...], set[Any]]:
    """Where the person's view (as the carer passed it on) and the carer's differ in one answer: those outcomes
    side by side, the person's view first, each labelled with whose view it is and its draft group, the question
    above them. Returns the group (none when no views differ) and the ids of the outcomes it shows: they are
    shown there only, not again by type. Everything else stays in its group.

    Why: grouped by type, "he says he wants to stay at home with the dog" and "but I think he needs someone to
    call in every morning" landed apart; "Friend not foe" asks for different views recorded side by side, and
    whose each is. But where the two views agree or only sit in the same answer, moving them emptied the groups
    (acceptance trial T6: a son's three answers about his dad moved whole, 19 of 21 outcomes, and "Keep the same"
    said "Nothing noted" beside "Keep him in his own house"). Two views differ (`_views_set_against`) when the
    answer says so ("This is where me and dad don't agree": all its outcomes), or when neighbouring outcomes of
    the two views are set against each other ("…, but I think…") or one says no ("He doesn't want more carers").
    """
    items: list[Item] = []
    beside: set[Any] = set()
    question_shown: set[str] = set()
    by_answer: dict[Any, list[dict[str, Any]]] = {}
    for outcome in outcomes:
        if outcome.get("answer_id") in answers_by_id:
            by_answer.setdefault(outcome.get("answer_id"), []).append(outcome)
    for answer_id, found in by_answer.items():
        answer = answers_by_id[answer_id]
        if len({_view_of(o) for o in found}) < 2:
            continue
        text = str(answer.get("text") or "")
        found = sorted(found, key=lambda o: (text.find(str(o.get("text") or "")), o.get("id") or 0))
        if _VIEWS_DIFFER.search(text):
            runs = [found]
        else:
            runs = []
            for first, second in itertools.pairwise(found):
                if _view_of(first) == _view_of(second) or not _views_set_against(answer, first, second):
                    continue
                if runs and runs[-1][-1] is first:
                    runs[-1].append(second)
                else:
                    runs.append([first, second])
        for run in runs:
            row = str(answer.get("question") or answer.get("question_key") or "")
            for outcome in sorted(run, key=lambda o: _view_of(o) == "carer"):  # the person's view first (stable)
                item = _outcome_item(outcome, answer, language)
                if row not in question_shown:
                    question_shown.add(row)
                    item = replace(item, question=answer.get("question"))
                items.append(item)
                beside.add(outcome.get("id"))
    if not items:
        return (), beside
    return (Group("views", label("group_views", language), tuple(items)),), beside


def _with_views_passed_on(views: tuple[Group, ...], answers: Iterable[dict[str, Any]],
                          language: str) -> tuple[Group, ...]:
    """The views group with, after the outcomes, what the person says as the carer passes it on beside the carer's
    own view set against it (bot.summary.record.their_view_passed_on: "Ma hi'n gweud bod hi'n iawn" / "sa i'n
    credu bod hi"), each labelled with whose view it is, the question above them. No outcome: nothing to group or
    confirm. Her words with nothing set against them differ from no one's: the JSON keeps them, not this group
    (stop-22 V22). Why: tenth trial AE5, the person's own view was shown only inside "The carer's view"."""
    items: list[Item] = []
    for answer in answers:
        set_against = [view for view in answer.get("views_passed_on") or () if view.get("own_view")]
        for n, view in enumerate(set_against):
            said_in = _known_language(answer.get("language"))
            theirs = label("named_view", language, name=view["whose_name"]) if view.get("whose_name") else \
                _outcome_whose({"reported_by": answer.get("whose_view"), "typed_by": answer.get("typed_by")},
                               language)
            items.append(Item(source="view", id=answer.get("id"), quote=str(view["their_words"]),
                              quote_language=said_in, question=None if n else answer.get("question"),
                              whose_view=None if view.get("whose_name") else "person", whose_view_label=theirs,
                              meta=(theirs,) if theirs else ()))
            own = _answer_item(answer, language).whose_view_label
            items.append(Item(source="view", id=answer.get("id"), quote=str(view["own_view"]),
                              quote_language=said_in, whose_view=answer.get("whose_view"), whose_view_label=own,
                              meta=(own,) if own else ()))
    if not items:
        return views
    if views:
        return tuple(replace(g, items=g.items + tuple(items)) if g.key == "views" else g for g in views)
    return (Group("views", label("group_views", language), tuple(items)),)


#: What a practitioner needs before reading on, on the PDF's first page whatever comes first: the
#: safeguarding section is never cut (an urgent disclosure is printed whole, however long), so a
#: 9,500-character answer at the top (the stop-18 trial's E4) pushed the person's name, who completed
#: it and the Active Offer to page 3. These facts of the "Who and when" and "Language" sections are
#: repeated under the title, with the Active Offer notice.
GLANCE_FACTS = ("name", "cared_for_name", "completed_by", "language", "preferred_language")


def _glance(sections: Sequence[Section]) -> tuple[tuple[Fact, ...], tuple[Notice, ...]]:
    facts = {f.key: f for s in sections if s.key in ("about", "language") for f in s.facts}
    notices = tuple(n for s in sections if s.key in ("about", "language") for n in s.notices
                    if n.key in ("answers_deleted", "active_offer"))
    return tuple(facts[k] for k in GLANCE_FACTS if k in facts), notices


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

    # Who has the keyboard ("this is his brother now", "fi sy 'ma eto"): said with who completed it, never an answer.
    keyboard = take(lambda a: a.get("question_key") == KEYBOARD_KEY)
    carer_answers = take(lambda a: about(a) == "carer" or a.get("question_key") in carer_answer_keys
                         or a.get("question_key") in tuple("why_" + k for k in carer_answer_keys))
    person_outcome_answers = take(lambda a: a.get("question_key") in outcome_answer_keys
                                  or _is_why(a.get("question_key") or ""))
    section_answers = {key: take(lambda a, keys=keys: a.get("question_key") in keys) for key, keys in answer_sections}
    name_answers = take(lambda a: a.get("question_key") in NAME_ANSWER_KEYS)
    # Words said between questions ("haia fi nol 👋", on coming back): shown apart, never as an answer (trial T3).
    # Words at the read-back that changed nothing ("Change number 8 to: …" before it was understood: eleventh trial
    # AG11) are said between the questions too, never an answer to another question nor a list of people.
    asides = take(lambda a: a.get("question_key") in (ASIDE_KEY, READBACK_COMMENT_KEY))
    # A message after the answers were sent ("haia eto. dwi isio newid rwbath nes i ddeud..."): news for the worker,
    # near the top of "What matters" with when it came, never "in answer to" the assistant's own reply (trial U41).
    sent_at = str(record.get("confirmed_at") or "")
    after_sending = [a for a in asides if sent_at and str(a.get("time") or "") >= sent_at]
    asides = [a for a in asides if a not in after_sending]
    # An answer to a question this view does not know yet is never lost: it goes under "anything else".
    section_answers["anything_else"] += take(lambda a: True)

    # Risk material is shown at the top only (bot.summary.record.safeguarding_kind decides, for every
    # format): its words leave their question's listing, and a safeguarding answer's outcomes are not outcomes.
    kinds = {id(a): safeguarding_kind(a, record) for a in answers}
    # A long concern answer stays whole with its question; the top quotes the sentences that carry it.
    home = {id(a): key for key, chosen in (("carer", carer_answers), ("what_matters", person_outcome_answers),
                                           ("about", name_answers), *section_answers.items(),
                                           ("anything_else", asides), ("what_matters", after_sending))
            for a in chosen}
    excerpts: dict[int, Excerpt] = {}
    for a in answers:
        words = answer_excerpt(a, record, kinds[id(a)])
        if words is not None:
            excerpts[id(a)] = Excerpt(words, label("sec_" + home[id(a)], language), a.get("id"),
                                      rest_only=home[id(a)] == "worries" or _harm_concern(a, record))
    excerpted = frozenset(e.answer_id for e in excerpts.values())
    at_top = {id(a) for a in answers if kinds[id(a)] in (*SAFEGUARDING_KINDS, CONCERN) and id(a) not in excerpts}
    # An answer whose safety wishes are only part of it keeps its other outcomes (stop-23 trial W17).
    not_outcomes = {a.get("id") for a in answers if kinds[id(a)] in OUTCOMES_NOT_SHOWN_KINDS
                    and not (kinds[id(a)] == SAFETY_WISH and id(a) in excerpts)}

    def shown(chosen: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
        """The answers listed here, and how many of this section's own answers went to the top.

        A reply to "are you safe right now?" answered no question of any section (it reaches
        "anything else" only as an unknown key), so it is never counted as moved from one: by its question, not its
        kind, for one that is also how to contact them safely ("my mobile is best, Dave reads the letters") or a
        disclosure is at the top as that. AX23 (stop 43 trial): Lorraine's "Anything else", answered "no thats all",
        showed only "Some of their words here are shown only under "Safeguarding and risk"".
        """
        kept = [a for a in chosen if id(a) not in at_top]
        moved = [a for a in chosen if id(a) in at_top and a.get("question_key") != SAFETY_CHECK_KEY]
        return kept, len(moved)

    # A disclosure's own outcomes are its other wishes apart from the harm only (stop-25 trial U3).
    disclosures = {a.get("id"): str(a.get("text") or "") for a in answers if kinds[id(a)] == DISCLOSURE}
    of_the_harm = outcomes_of_the_harm(outcomes, disclosures)
    outcomes = [o for o in outcomes if (o.get("answer_id") not in not_outcomes or o.get("answer_id") is None)
                and not o.get("sensitive")  # what must not be shared is at the top, never an outcome to confirm
                and id(o) not in of_the_harm]
    # how to communicate, when to visit: once, in their own section (the JSON keeps the outcome); the process group
    # then says where they are, never a bare "nothing noted" (stop-22 trial V6: three visit times confirmed at the
    # read-back as support wishes, and the summary's process group said "Dim byd wedi'i nodi")
    # (an answer shown at the top only is not shown there: its wishes stay here, stop-25 trial U3)
    own_section = [o for o in outcomes if _shown_in_own_section(o, answers_by_id)
                   and id(answers_by_id.get(o.get("answer_id"))) not in at_top]
    outcomes = [o for o in outcomes if o not in own_section]
    elsewhere = _own_sections_named(own_section, answers_by_id, language)
    # The same wish said again (exact same words, same view, about the same person): shown once, where first said.
    said_once = _said_once(outcomes, answers_by_id)
    outcomes = said_once.shown
    # Where the person's and the carer's words answer the same question: side by side, once (not by type).
    views, beside = _side_by_side(outcomes, answers_by_id, language)
    views = _with_views_passed_on(views, answers, language)
    person_outcomes = [o for o in outcomes if about(o) != "carer" and o.get("id") not in beside]
    carer_outcomes = [o for o in outcomes if about(o) == "carer" and o.get("id") not in beside]
    carer_beside = any(about(o) == "carer" for o in outcomes if o.get("id") in beside)
    person_shown, person_moved = shown(person_outcome_answers)
    carer_shown, carer_moved = shown(carer_answers)

    added = tuple(_answer_item(a, language, inference=label("added_after_sending", language,
                                                            time=format_time(a.get("time"), language) or ""))
                  for a in shown(after_sending)[0])
    if added:
        views = (Group("after_sending", label("group_after_sending", language), added), *views)
    sections: list[Section] = [
        _safeguarding(record, language, kinds, excerpts),
        _about(record, language, [a for a in name_answers if id(a) not in at_top],
               typed_for_them(sorted((a for a in answers if a.get("question_key") != KEYBOARD_KEY),  # (a takeover)
                                     key=lambda a: str(a.get("time") or ""))), keyboard),
        _language(record, language),
    ]
    if not only_duty_part(record):
        sections.append(_outcome_section("what_matters", label("sec_what_matters", language),
                                         label("what_matters_note", language), person_outcomes, person_shown,
                                         answers_by_id, outcomes_by_answer, language, person_moved, excerpted,
                                         lead=views, process_elsewhere=elsewhere))
    # (a support worker or other professional has no carer's own section to fill: second stop-25 trial V11)
    carer_section = ((record.get("completed_by") == "carer" and completed_as("carer", answers) == "carer")
                     or carer_outcomes or carer_answers)
    if carer_section and not only_duty_part(record):
        sections.append(_outcome_section("carer", label("sec_carer", language), label("carer_note", language),
                                         carer_outcomes, carer_shown, answers_by_id, outcomes_by_answer, language,
                                         carer_moved, excerpted,
                                         pointer=label("views_shown_with_person", language,
                                                       group=label("group_views", language),
                                                       section=label("sec_what_matters", language))
                                         if carer_beside else None))

    # How (not) to contact them, said at another question ("don't ring me" at the visit time: re-trial 34): listed
    # under communication with the question it answered; the rest of the answer stays where it was said.
    contact = _contact_wishes_apart({key: shown(chosen)[0] for key, chosen in section_answers.items()})
    for key, _keys in ([] if only_duty_part(record) else answer_sections):
        kept, moved = shown(section_answers[key])
        contact_items = tuple(_contact_item(a, contact[id(a)][0], language) for chosen in section_answers.values()
                              for a in shown(chosen)[0] if key == CONTACT_SECTION and id(a) in contact)
        if key == CONTACT_SECTION:  # hearing, sight, how to meet them, said at another question: here too (AZ13)
            contact_items += tuple(_contact_item(a, words, language) for a, words in _access_needs_also(
                [*person_shown, *(a for chosen in section_answers.values() for a in shown(chosen)[0])], contact))
        went = [a for a in kept if id(a) in contact and contact[id(a)][1] is None]
        kept = [a for a in kept if a not in went]
        worry_parts: tuple[Item, ...] = ()
        if any(id(a) in excerpts and excerpts[id(a)].rest_only for a in kept):
            # (eighth trial AB14: one rule for worries, whether the top holds all or part of one; and, in any section,
            # for a concern in a harm category: tenth trial AE4)
            worry_parts, kept, parted = _worries_apart(kept, excerpts, language)
            moved += parted
        unsure = [a for a in kept if not_sure(str(a.get("text") or ""))]
        kept = [a for a in kept if a not in unsure and not a.get("nothing_to_add")]  # "dim byd rili": nothing noted
        # "nan and kyle obvs" typed at the visit time (trial 36 AM15): as said, apart, never shown as the best time
        no_time = [a for a in kept if key == VISIT_TIME_SECTION
                   and not says_when(str(a.get("latest_text") or a.get("text") or ""))]
        kept = [a for a in kept if a not in no_time]
        # being picked on, said at "what is going well?" ("ma plant yn ysgol yn pigo arna i…": trial 40 AV2): a worry,
        # shown as said, apart, never listed as a strength (when it was flagged, it is at the top only)
        a_worry = [a for a in kept if key == "strengths"
                   and tells_they_are_picked_on(str(a.get("latest_text") or a.get("text") or ""))]
        kept = [a for a in kept if a not in a_worry]
        items = _quoted_at_top(tuple(item for a in kept for item in _contact_rest(
            _answer_items(a, answers_by_id, language), contact.get(id(a)), language)),
                               excerpted, language) + worry_parts + _apart_from_harm(section_answers[key], at_top,
                                                                                     kinds, language) + contact_items
        # A question whose only answer went to the top says where it is, not "nothing noted".
        empty = None if moved else label(
            "contact_wish_moved" if is_contact_wish(contact[id(went[0])][0]) else "access_need_moved", language,
            section=label("sec_" + CONTACT_SECTION, language)) if went else label("no_items", language)
        note = label("worries_note", language) if key == "worries" else None
        groups = [Group("items", None, items, empty_text=empty)]
        if unsure:  # "🤷‍♀️", "idk", "sai'n gwbod": what they said, never listed as a strength (trial U5)
            groups.append(Group("not_sure", label("group_not_sure", language), tuple(
                _answer_item(a, language, inference=label("read_as_not_sure", language)) for a in unsure)))
        if a_worry:
            groups.append(Group("worry_not_strength", label("group_worry_not_strength", language), tuple(
                _answer_item(a, language, inference=label("read_as_worry", language)) for a in a_worry)))
        if no_time:
            groups.append(Group("no_time", label("group_no_time", language), tuple(
                _answer_item(a, language, inference=label("read_as_no_time", language)) for a in no_time)))
        if key == "anything_else":
            # Words shown under a flag as what it meant or taken back ("i just mean like a break from everything",
            # stop 43) are not listed again here: all risk material in one place, at the top.
            under_a_flag = {said.get("answer_id") for flag in record.get("risk_flags") or []
                            for said in (flag.get("misread"), flag.get("played_down")) if said}
            said_between = [a for a in shown(asides)[0] if a.get("id") not in under_a_flag]
            if said_between:
                groups.append(Group("asides", label("group_asides", language), tuple(
                    _answer_item(a, language, with_question=True, inference=label("read_as_aside", language))
                    for a in said_between)))
        # who helps, said in another answer, where the strengths answers show nothing ("i put that already in number
        # 2": eleventh trial AG7); never a third copy beside a strength already shown
        facts = (_named_elsewhere(answers, language, (*keys_by_section[key], *NAME_ANSWER_KEYS),
                                  "people_named" if key == "people" else "help_named")
                 if key == "people" or (key == "strengths" and not items and not moved) else ())
        if key == "strengths":
            # what is going well, said at another question: a strength, whatever else this section holds (trial 38
            # AR10: it was listed under Important people); once, beside who helps said in the same sentences
            said = {fact.value for fact in facts}
            facts += tuple(fact for fact in _named_elsewhere(answers, language,
                                                             (*keys_by_section[key], *NAME_ANSWER_KEYS), "going_well")
                           if fact.value not in said)
        if facts and not items:
            groups = [Group("items", None, items)]  # the names said elsewhere are what this section has
        sections.append(Section(key=key, title=label("sec_" + key, language), note=note, facts=facts,
                                notices=_moved_notice(moved, language), groups=tuple(groups)))

    sections.append(Section(
        key="visit",
        title=label("sec_visit", language),
        note=label("visit_note", language),
        prompts=tuple(Prompt(k, label(k, language)) for k in ANCHOR_QUESTIONS),
    ))

    sections = _note_also_said(sections, said_once, language)
    glance, glance_notices = _glance(sections)
    chrome = {
        key: label(key, language)
        for key in ("reference", "prepared", "confidential", "symbols_dropped", "fill_in", "in_answer_to", "page",
                    "what_next")
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
        glance=glance,
        glance_notices=glance_notices,
        first_line=harm_now_line(record, language),
    )


def harm_now_line(record: dict[str, Any], language: str) -> str | None:
    """The summary's first line when harm happening now was disclosed (bot.summary.record.mark_harm_now): when, in
    local time, and that they were told to call 999. Their words stay in the safeguarding section."""
    when = record.get("harm_now_at")
    if when is None and "harm_now_at" not in record:
        when = mark_harm_now(record)  # a record built before the field was kept
    return label("harm_now_first_line", language, time=format_time(when, language) or "") if when else None


__all__ = [
    "ANCHOR_QUESTIONS",
    "GLANCE_FACTS",
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
    "harm_now_line",
    "label",
    "labels",
]
