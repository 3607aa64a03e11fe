"""Reading a person's words: language, draft outcome types, service-led wording, risk.

Importing this package is cheap (no model, no scikit-learn); the outcome model
is trained once, lazily, on first use (`load()` does it eagerly, e.g. at
action-server start-up). Public API:

- detect_language(text) -> LanguageGuess
- sort_outcomes(text, question=None) -> (type | None, confidence, spans)
- is_service_led(text) -> bool
- analyse(text, question=None) -> Analysis;  analyse_many(items) -> list[Analysis] (batched)
- UNSURE_THRESHOLD: below it a draft outcome is flagged "to confirm at the visit".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from . import risk
from .controls import control_of
from .keep_from import asks_to_keep_from_someone
from .language import detect_language
from .loss import misses_someone, tells_of_a_loss, without_missing_someone
from .outcomes import (
    UNSURE_THRESHOLD,
    ends_going_in,
    get_model,
    get_type_reader,
    holds_nothing_to_keep_whole,
    is_clear_wish,
    is_wish,
    says_a_wish,
    sentences,
    sort_outcomes,
    sort_outcomes_many,
    tells_they_are_picked_on,
    trim,
    wishes_a_break_in_an_answer,
)
from .safe_reply import takes_it_back
from .service_led import is_service_led
from .types import Analysis, LanguageGuess, OutcomeSpan, RiskAssessment

__all__ = [
    "UNSURE_THRESHOLD",
    "Analysis",
    "LanguageGuess",
    "OutcomeSpan",
    "RiskAssessment",
    "a_feeling_not_a_wish",
    "a_threat_not_a_wish",
    "analyse",
    "analyse_many",
    "detect_language",
    "is_service_led",
    "load",
    "may_keep_whole",
    "says_a_threat_to_them",
    "sort_outcomes",
    "steers_the_conversation",
]

def load() -> None:
    """Train/load everything now (otherwise it happens on first use)."""
    get_model()
    get_type_reader()  # (stop 31: otherwise the first answer with an outcome waited for its fit)
    detect_language("warm up the detector")
    is_service_led("care package")
    risk.warm()


#: Risk categories of a feeling ("some days I don't see the point of anything"): said without a wish,
#: such words are a worry for the safeguarding section, never a personal outcome.
FEELING_CATEGORIES = frozenset({"low_mood", "suicide", "self_harm"})


#: Loneliness said as a feeling ("Weithie wi'n teimlo'n unig yn y nos", "I feel lonely at night"): read as isolation,
#: it is a feeling too. Being alone told as it is ("I haven't spoken to anybody since…") still asks for company.
_FEELS_LONELY = re.compile(
    r"(?<![\w'’])(?:teimlo|deimlo|feel|feels|feeling|felt)\s*(?:['’]n|\s+yn|\s+so|\s+very|\s+really|\s+a\s+bit)?\s*"
    r"(?:(?:mor|reit|braidd|bach\s+yn)\s+)?(?:unig|lonely|alone|isolated|ar\s+(?:ben\s+)?(?:fy|ei)\s+hun\w*)(?![\w'’])",
    re.IGNORECASE)


def a_feeling_not_a_wish(text: str) -> bool:
    """Words with no wish said outright in them (an instruction is one: the model reads many as low mood) that the
    risk reading names a feeling ("I keep thinking about dark things", "dwi'n meddwl am betha tywyll a dwi'm yn
    cysgu": stop-24 trial T9, filed as a thing to keep). A concern is not a wish. Loneliness felt is one too
    ("Weithie wi'n teimlo'n unig yn y nos, ond 'na fe": trial 38 AR7, a concern at the top and a process outcome)."""
    if is_clear_wish(text):
        return False
    found = risk.assess_risk(text)
    if found.level == "none":
        return False
    return bool(FEELING_CATEGORIES.intersection(found.categories)) or (
        "isolation" in found.categories and _FEELS_LONELY.search(text) is not None)


def grief_not_a_wish(text: str) -> bool:
    """Words that tell of a death or of missing someone, with no wish in the rest of them ("Fe gollon ni fe dwy flynedd
    yn ôl nawr", "wi'n gweld ei isie fe bob dydd": trial 38 AR7, both change outcomes, "isie" read as "want"). Grief
    told is the person's story, kept in their answer; a wish beside it ("since she died I'd like to get out more")
    stays an outcome."""
    if not (tells_of_a_loss(text) or misses_someone(text)):
        return False
    return not is_wish(without_missing_someone(text))


def may_keep_whole(text: str, analysis: Analysis) -> bool:
    """Whether an answer in which no outcome was found may still be kept whole as one, to confirm at the visit (a
    "why", an addition at the read-back): never "don't know", a remark about the chat, talk and a question to us,
    nor a feeling read as a concern with no wish in it (stop-24 trial T9)."""
    return not holds_nothing_to_keep_whole(text) and not (analysis.risk.level != "none" and a_feeling_not_a_wish(text))


#: A correction said straight after an outcome's words: ", no sorry, ", ", no wait, ", ", sorry I mean ", ", na sori, ",
#: ", nage, sori, ", ", na aros, ". Not a bare ", no" ("stay at home, no care home" says what she does not want).
_PUT_RIGHT = re.compile(
    r"\s*[,;–—-]?\s*(?:(?:no|nope|nah|na|nage|naci)[\s,.!-]+(?:sorry|sori|soz|wait|hang\s+on|actually|aros|i\s+mean"
    r"|o['’]?n\s+i['’]?n\s+(?:ei\s+)?feddwl)|(?:sorry|sori|soz)[\s,.!-]+(?:i\s+mean[t]?|o['’]?n\s+i['’]?n\s+(?:ei\s+)?feddwl)"
    r"|i\s+mean(?:t)?)[\s,.!:-]*", re.IGNORECASE)
#: The words put right run to the next comma or sentence end.
_PUT_RIGHT_ENDS = re.compile(r"[,;.!?\n]|\s[–—-]\s")


def through_corrections(text: str, spans: tuple[OutcomeSpan, ...]) -> tuple[OutcomeSpan, ...]:
    """An outcome whose words are put right straight after ("the day centre in Llanishen twice a week, no sorry, once a
    week now, they cut it"; seventh trial AA9: "…twice a week" was the outcome) runs on to the end of the correction,
    so the worker reads the fact as the person left it. The quote stays the person's own words, one slice of them:
    "keep fact and opinion apart" asks that the facts be theirs as given, so the assistant neither keeps the fact they
    took back nor rewrites it."""
    out: list[OutcomeSpan] = []
    for n, span in enumerate(spans):
        found = _PUT_RIGHT.match(text, span.end)
        if found is not None and found.end() < len(text):
            stop = _PUT_RIGHT_ENDS.search(text, found.end())
            end = len(text.rstrip()) if stop is None else stop.start()
            following = spans[n + 1].start if n + 1 < len(spans) else len(text)
            if end > found.end() and end <= following:
                span = replace(span, end=end, text=text[span.start:end])
        out.append(span)
    return tuple(out)


#: Moving the conversation on, said in an answer ("na dim byd mwy, symud mlaen", "nothing more, let's move on",
#: "awn ni ymlaen"): words to us, never a wish (ninth trial AC7).
_MOVE_ON = re.compile(
    r"^\W*(?:(?:na|nah|no|nope|ok|okay|iawn|reit|right|anyway|beth\s+bynnag|so|felly|dim\s+byd(?:\s+(?:mwy|arall))?"
    r"|nothing(?:\s+(?:more|else))?)\W+)*(?:let['\u2019]?s\s+|can\s+we\s+(?:just\s+)?|gawn\s+ni\s+(?:jyst\s+)?|awn\s+ni\s+)?"
    r"(?:move\s+on|moving\s+on|next\s+question|symud\s+(?:ym|y|m)?la?en|(?:y|ym)?mlaen|ymlaen|cwestiwn\s+nesa\w*)"
    r"(?:\W+(?:plis|pls|plz|please|then|te|ta|diolch|thanks))*\W*$", re.IGNORECASE)


#: Asking us to carry on, the whole of the words ("anyway can we just carry on", "eniwe gawn ni jyst cario mlaen", "yeah
#: carry on"); never a wish to carry on ("I want to carry on", "dal i fynd ymlaen i'r clwb").
_ASKS_TO_CARRY_ON = re.compile(
    r"^\W*(?:(?:anyway|anyways|eniwe|beth\s+bynnag|ok|okay|yeah|yes|ye|ia|ie|iawn|so|right|reit|just|jyst|please|plis|pls"
    r"|plz)\W+)*(?:(?:can|could|shall)\s+(?:we|u|you)\s+(?:just\s+|please\s+)?|let['\u2019]?s\s+(?:just\s+)?"
    r"|(?:gawn|allwn|awn|gallwn)\s+ni\s+(?:jyst\s+|plis\s+)?)?"
    r"(?:carry\s+on|cary\s+on|continue|crack\s+on|(?:p|b|ph)arhau|(?:c|g|ch|ngh)ario\s+(?:y)?mlaen"
    r"|(?:m|f)ynd\s+(?:y)?mlaen|(?:y)?mlaen)\W*(?:(?:please|pls|plz|plis|then|te|ta|diolch|thanks|now|nawr|rwan"
    r"|r\u0175an)\W*)*$", re.IGNORECASE)


def steers_the_conversation(words: str) -> bool:
    """Words that steer this conversation, said inside an answer: carry on, move on, stop, skip ("anyway can we just
    carry on" after a disclosure; "na dim byd mwy, symud mlaen"). Ninth trial AC7: both were outcomes, one of them
    a thing to keep. They are heard as a control where they are a whole message (bot.analysis.controls); inside an
    answer they stay in the answer as typed and are never an outcome."""
    control = control_of(words)
    return (_ASKS_TO_CARRY_ON.match(words) is not None or _MOVE_ON.match(words) is not None
            or (control is not None and control[0] != "choose_language"))  # ("Yn Gymraeg plis" is how to help)


#: Sentences whose rule reading, in these categories, tells of the harm itself ("I was on the floor a while before I
#: could get up, couple of hours maybe, didn't want to bother nobody so I didn't ring": a long lie after a fall).
TOLD_OF_THE_HARM = frozenset({"falls"})
#: A clause that goes on telling what happened: a past verb in it.
_TELLS_WHAT_HAPPENED = re.compile(
    r"\b(?:did|didn['\u2019]?t|didnt|was|wasn['\u2019]?t|were|had|hadn['\u2019]?t|could|couldn['\u2019]?t|couldnt|got|lay|lain"
    r"|fell|took|rang|called|waited|nes\s+i|wnes\s+i|o['\u2019]?n\s+i|oeddwn|roeddwn|ges\s+i|gorweddais|disgynnais"
    r"|syrthiais|cwympais|arhosais|ffoniais|wnes\s+i\s+ddim|nes\s+i\s+ddim)\b", re.IGNORECASE)


def _tells_of_the_harm(text: str, span: OutcomeSpan) -> bool:
    """An outcome span that only goes on telling of a harm the rules read in its sentence before it (a fall and a
    long lie: ninth trial AC6, "couple of hours maybe, didn't want to bother nobody so I didn't ring" was a change
    outcome): the rest of that telling, for the risk section, not a wish. A wish said in it ("I'd like a pendant"),
    or a thing asked for before the harm is told ("A rail by the front step, he nearly went over"), stays."""
    if says_a_wish(span.text) or not _TELLS_WHAT_HAPPENED.search(span.text):
        return False
    for a, b in sentences(text):
        if a <= span.start < b:
            told = risk.rules_only(text[a:span.start])
            return told.level != "none" and bool(TOLD_OF_THE_HARM.intersection(told.categories))
    return False


def _without_what_is_kept_from_someone(text: str, span: OutcomeSpan) -> OutcomeSpan:
    """A span over several sentences without the ones that ask to keep something from someone (ninth trial AC6:
    "Rhian doesn't know about that one so don't go telling her. It'd be nice to get up the stairs easier…" was one
    outcome; the first sentence belongs under what must not be shared, bot.summary.record.sensitive_words)."""
    if text[span.start:span.end] != span.text:
        return span
    inside = [(max(a, span.start), min(b, span.end)) for a, b in sentences(text) if a < span.end and span.start < b]
    if len(inside) < 2:
        return span
    kept = [asks_to_keep_from_someone(text[a:b]) for a, b in inside]
    if not any(kept) or all(kept):
        return span
    rest = [(a, b) for (a, b), k in zip(inside, kept) if not k]
    first = max(range(len(rest)), key=lambda i: rest[i][1] - rest[i][0])
    start, end = rest[first]
    # (the longest run of sentences not kept from anyone: those next to each other join)
    for a, b in rest[first + 1:]:
        if not any(k for (x, _y), k in zip(inside, kept) if end <= x < a):
            end = b
    start, end = trim(text, start, end)
    return replace(span, start=start, end=end, text=text[start:end])


#: "want to" spelt as it sounds ("i wont to go bowlin wiv my frends": trial 37 AP5, a young man with a learning
#: disability, and no outcome): the same length, so the outcome is still cut from the person's own words.
_WANT_AS_IT_SOUNDS = re.compile(r"(?<![\w'’])([Ww])(?:o(?=nt\s)|na(?=t\s))(?=\w+\s+(?:to|2)(?![\w'’]))")


def as_it_sounds(text: str) -> str:
    """`text` with "wont to" / "wnat to" read as "want to", letter for letter the same length (offsets hold)."""
    return _WANT_AS_IT_SOUNDS.sub(lambda m: m.group(1) + ("a" if len(m.group(0)) == 2 else "an"), text)


#: Harm the words tell of, against the person, that makes a threat ("landlord yn mynd i ladd fi", "he'll hurt me").
THREAT_CATEGORIES = frozenset({"abuse", "domestic_abuse", "exploitation"})
#: A threat to kill or hurt them, said in English however it goes on ("my landlord's gonna kill me if im late with the
#: rent": the rule leaves "if I'm late" out as a figure of speech, as the Welsh calm guard does "os dwi'n hwyr").
_THREAT_SAID = re.compile(r"(?<![\w'’])(?:going\s+to|gonna|gunna|will|['’]ll|wants\s+to)\s+"
                          r"(?:kill|murder|batter|hurt|stab|beat\s+up|smash)\s+(?:me|us)(?![\w'’])", re.IGNORECASE)


#: The Welsh of _THREAT_SAID: "mae o'n mynd i'n lladd i am ddeud hyn", "mynd i ladd fi", "isio mrifo i".
_THREAT_SAID_CY = re.compile(r"(?<![\w'’])(?:mynd\s+i|isio|eisiau|moyn|am)(?:['’]n|\s+fy|\s+['’]y|\s+yn)?\s+"
                             r"(?:lladd|ladd|nlladd|mrifo|brifo|frifo|nghuro|curo|guro|stido|nharo|daro)"
                             r"(?:\s+(?:i|fi|ni))?(?![\w'’])", re.IGNORECASE)


def says_a_threat_to_them(text: str) -> bool:
    """A threat to kill or hurt the writer said in so many words ("he's gonna kill me for saying this", "mae o'n mynd
    i'n lladd i am ddeud hyn"), whatever the calm guards make of it: read beside a harm told earlier
    (bot.conversation.safety.threat_after_their_harm)."""
    return _THREAT_SAID.search(text) is not None or _THREAT_SAID_CY.search(text) is not None


def a_threat_not_a_wish(text: str, words_of_harm_in_message: bool = True) -> bool:
    """Words that tell of a threat to them, with no wish said outright in them ("landlord yn mynd i ladd fi", trial 38
    AR17: filed as an outcome when the risk reader took "…os dwi'n hwyr efo'r rent" as a figure of speech). A threat
    belongs with the risk (the safeguarding section, when it is read as one) and the answer in full, never among the
    wishes: as a disclosure's harm is kept out of them (bot.safeguarding.harm), whatever the calm guards decide.
    `words_of_harm_in_message`: False when the whole message was read once and no rule of a threat could match in it
    (risk.may_tell_of), so the rules need not read this part of it."""
    if is_clear_wish(text):
        return False
    return (_THREAT_SAID.search(text) is not None
            or (words_of_harm_in_message
                and bool(THREAT_CATEGORIES.intersection(risk.words_of_harm(text).categories))))


def analyse_many(items: Sequence[tuple[str, str | None]]) -> list[Analysis]:
    """Analyse many (text, question) pairs; the outcome model runs once per batch, not per message."""
    items = [(text, question) for text, question in items]
    sorted_ = sort_outcomes_many([(as_it_sounds(text), question) for text, question in items])
    out: list[Analysis] = []
    for (text, _question), (otype, conf, spans) in zip(items, sorted_):
        spans = tuple(replace(span, text=text[span.start:span.end]) for span in spans)  # (as typed: "wont to")
        found = risk.assess_risk(text)
        threat_words = bool(spans) and risk.may_tell_of(text, THREAT_CATEGORIES)  # (one pass, not one per wish)
        if found.level != "none":  # a message with no risk in it holds no feeling to take out (most answers)
            spans = tuple(span for span in spans if not a_feeling_not_a_wish(span.text))
        spans = tuple(_without_what_is_kept_from_someone(text, span) for span in spans
                      # ("honestly? I need a break. sai di cael wythnos off…": a wish there, AX8, stop 44)
                      if not (steers_the_conversation(span.text) and not wishes_a_break_in_an_answer(text, span))
                      and not grief_not_a_wish(span.text)
                      and not a_threat_not_a_wish(span.text, threat_words)
                      and not takes_it_back(span.text)  # ("Forget the money bit": kept in the answer, no wish)
                      # ("galw enwe ar snapchat bob nos": being picked on is a worry, never a keep: trial 40 AV2)
                      # (…unless it ends in not wanting to go in: "ysgol. ma bois… yn pigo arna i, … sai moyn
                      # mynd mewn." is that wish with the place it names, AX13, stop 44)
                      and not (tells_they_are_picked_on(span.text) and not says_a_wish(span.text)
                               and not ends_going_in(span.text)))
        if found.level != "none":
            spans = tuple(span for span in spans if not _tells_of_the_harm(text, span))
        spans = through_corrections(text, tuple(spans))
        out.append(Analysis(
            text=text,
            language=detect_language(text),
            outcome_type=otype,
            confidence=float(conf),
            outcomes=spans,
            service_led=is_service_led(text),
            risk=found,
        ))
    return out


def analyse(text: str, question: str | None = None) -> Analysis:
    """Analyse one message (see analyse_many for batches)."""
    return analyse_many([(text, question)])[0]
