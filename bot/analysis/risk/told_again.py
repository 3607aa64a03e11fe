"""A later message that goes back to a disclosure told earlier in the same conversation.

Why (stop 27, the fourth writer's conversations): after a disclosure, the answers that follow often go back to it in
words that read as nothing on their own: "bod mam yn mynd i fod yn flin efo fi. a bod Steve yn dod nos fory" (Steve,
who comes into her room at night, is coming tomorrow night), "soniais i am y tabledi. dwi ddim isio siarad am hynna
eto", "jay bein angry if he finds out i said about the flat". Said after that disclosure they are more of it, for the
person on duty today, and belong with it at the top of the summary, not among the outcomes.

Only the text's part is here: whether a disclosure was told, and which, is the conversation's
(bot.conversation.safety.goes_back_to_the_disclosure). The patterns are data (bot/data/analysis/told_again.tsv).
Nothing here reads a calm conversation: without an urgent disclosure before it no message is read this way.
"""
from __future__ import annotations

import re

from bot.analysis.cue_patterns import cue_patterns, matches, prepared

from .normalise import pattern_text
from .rules import guard, rule_set, rules_only

WORDS = "told_again.tsv"
#: The thing pointed back to may be a person ("i told you about him") rather than a word of the disclosure.
POINTS_AT_A_PERSON = frozenset(("him", "her", "it", "them", "that", "fo", "fe", "hi", "nhw", "hynna", "hyn", ""))
#: Capitalised words that are not names of someone who might have harmed them.
NOT_NAMES = frozenset(("i", "im", "i'm", "ive", "i've", "id", "i'd", "ill", "i'll", "ok", "okay", "sorry", "sori",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "llun", "mawrth",
                       "mercher", "iau", "gwener", "sadwrn", "sul", "dydd", "nos", "christmas", "nadolig", "god",
                       "duw"))
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(r"\s*[,;]\s*")
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def goes_back_to(text: str, disclosure: str) -> bool:
    """Does `text`, said after `disclosure` in the same conversation, go back to it: pointing back to what was told
    ("i said about the flat"), saying the one who harmed them did it again ("he did it again", "mae o wedi gwneud o
    eto"), or fearing the one who harmed them (named in both) is coming or will be angry? Said with only "he" or
    "she", anger counts when it is at the one speaking (`_angry_at_them`): at their telling ("if he knows") after any
    disclosure, at anything else only after a disclosure the rules read (`_told_by_rules`). A time to visit with
    that person as its exception ("dim pan ma Darren 'na, nos Wener") is not fear of them coming: it is when not to
    come (re-trial 32 AF4)."""
    told = prepared(disclosure)
    now = prepared(text)
    if not told or not now:
        return False
    told_words = set(told.replace(".", " ").replace(",", " ").split())
    if _points_back(now, told_words):
        return True
    names = _names(disclosure)
    anger_alone_counts: bool | None = None  # worked out only when needed (it reads the disclosure by the rules)
    named_just_before = False
    for sentence in _sentences(text):
        said = prepared(sentence)
        named_here = bool(names & {w.lower() for w in _WORD.findall(sentence)})
        # "Dean. He is coming round Sunday for the rest of the money" (stop 38, dev_fresh7): a he or she right after
        # the sentence that named them is them.
        person = (named_here or _shared(said, "who", told)
                  or (named_just_before and matches(WORDS, "pronoun", said)))
        named_just_before = named_here
        if matches(WORDS, "bleeding", said):  # a wound of the harm told, not stopped ("mae o dal yn gwaedu", stop 38)
            return True
        if matches(WORDS, "now", said):  # "please can someone ring me TODAY", "now?" (stop 38): its urgency
            return True
        coming = matches(WORDS, "soon", said) and not matches(WORDS, "not_when", said)
        feared = matches(WORDS, "fear", _without_idioms(sentence, said))
        if person and (coming or feared or matches(WORDS, "anger", said)):
            return True
        if not matches(WORDS, "pronoun", said):
            continue
        if feared or matches(WORDS, "again", said):
            return True
        if _angry_at_them(said):
            if matches(WORDS, "telling", said):
                return True
            if anger_alone_counts is None:
                anger_alone_counts = _told_by_rules(disclosure)
            if anger_alone_counts:
                return True
    return False


def harm_goes_on(text: str, disclosure: str) -> bool:
    """Does `text`, said soon after `disclosure` (a few answers: the caller's to know), say the harm told is going
    on: it happens again on a day to come, with only "he", "she" or "they" for who ("And Friday, she's in again
    Friday.", "nos wener ma nhw moyn fi fynd eto"); they are coming on a day, in an answer that opens by pointing back
    ("said it already. them lot... theyre meant to be coming saturday"); the way they think, pointed back to ("Dyna
    pam dwi'n meddwl fel dwi'n meddwl"); an overdose's effects now ("dunno.. dwi rili sleepy" after tablets were
    taken); or going without food, power or heat, still ("bod y trydan yn mynd" after "sdim bwyd ar ôl").

    Why (stop 40): on the readable halves most of the live misses were these follow-ups, one or two answers after an
    urgent disclosure, which `goes_back_to` did not tie. Long after, the same words are more likely about something
    else, so only soon after; and never when the answer plainly closes the topic ("I'm fine now", "dim byd arall")."""
    told = prepared(disclosure)
    now = prepared(text)
    if not told or not now or matches(WORDS, "closed", now):
        return False
    if matches(WORDS, "why_i_think", now):
        return True
    if overdose_working(text, disclosure):
        return True
    if matches(WORDS, "going_without", told) and matches(WORDS, "going_without", now):
        return True
    pointed_back = matches(WORDS, "said_before", now)
    for sentence in _sentences(text):
        said = prepared(sentence)
        if not (matches(WORDS, "pronoun", said) and matches(WORDS, "when", said)):
            continue
        if any(matches(WORDS, "again_word", part) and matches(WORDS, "when", part)
               and not matches(WORDS, "not_again", part) for part in _CLAUSE.split(said)):
            return True  # "she's in again Friday", not "she wants to go to aberavon again, she took me every sunday"
        if pointed_back and matches(WORDS, "coming", said):
            return True
    return False


def home_again(text: str) -> bool:
    """Does `text` say "he" or "she" is home again on a night or day to come ("ma fo adra eto heno", "he's home again
    tonight", "ma fe gatre 'to heno")? After harm from someone at home was told (the caller's to know: stop 41, the
    eighteenth trial's AU3, a father drinking while his son hides), it is that person back, at any time in the
    conversation; never someone coming "in again Friday" to help, nor "I'm home again tonight"."""
    for sentence in _sentences(text):
        said = prepared(sentence)
        if matches(WORDS, "pronoun", said) and matches(WORDS, "home_again", said) and matches(WORDS, "when", said) \
                and not matches(WORDS, "not_again", said):
            return True
    return False


def worse_with_them(text: str) -> bool:
    """Does `text` say what goes on with him, her or them is getting worse ("ma'r peth efo fo yn mynd yn waeth", "the
    thing with him is getting worse", "it's getting worse with him")? After harm from someone was told (the caller's
    to know), it is that harm growing, at any time in the conversation, as `home_again` is: the nineteenth trial's AW4
    (stop 42), said at "who is important to you?" a few answers after her partner "yn gweiddi a taflu petha", was
    filed as an important person. Never something of their own getting worse ("my knee is getting worse")."""
    for sentence in _sentences(text):
        said = prepared(sentence)
        if matches(WORDS, "worse_with", said) and not matches(WORDS, "not_worse", said):
            return True
    return False


def overdose_working(text: str, disclosure: str) -> bool:
    """Does `text` say they are sleepy, dizzy or sick now, after `disclosure` told of tablets taken ("dunno.. dwi rili
    sleepy" after "nes i gymryd rhei o tabledi mam gynt")? The overdose working: harm happening now. Their own
    effects only, not "he can't breathe when he's getting in the bath"; not beside words that close the topic."""
    now = prepared(text)
    if not matches(WORDS, "took", prepared(disclosure)) or matches(WORDS, "closed", now):
        return False
    return any(matches(WORDS, "effects", part) and not matches(WORDS, "pronoun", part)
               for sentence in _sentences(text) for part in _CLAUSE.split(prepared(sentence)))


def _told_by_rules(disclosure: str) -> bool:
    """Whether the rules read the disclosure as urgent, not the learned model alone.

    Why (stop 36, issue 11: a calm conversation's first false alert carried to later answers): after an alert the
    learned model alone raised on ordinary words, "he gets mad at me when i forget his tablets" (a carer of a father
    with dementia) or "bydd hi'n flin efo fi os dwi'n hwyr" has nothing of that alert in it but a pronoun, and was
    added to it, urgent. Such an answer is read on its own merits; pointing back to what was told, a name or a person
    of the disclosure, fear, anger at their telling ("he'll be angry with me if he knows"), or "he did it again" still
    carry after any alert."""
    return rules_only(disclosure).level == "urgent"


def says_fear(text: str) -> bool:
    """Does a sentence of `text` say fear of the one who harmed them (the 'fear' rows: "he'll kill me", "neith e'n
    lladd i", "mae o'n trio dod i mewn")? Review47b I (stop 47): a contact wish that says it ("sai moyn chi ddod pan ma
    fe 'na achos neith e'n lladd i") is not only a wish, and must not be joined to the alert unheard."""
    return any(matches(WORDS, "fear", _without_idioms(sentence, said))
               for sentence in _sentences(text) if (said := prepared(sentence)))


def _without_idioms(sentence: str, said: str) -> str:
    """The sentence as the fear cues read it: with the risk reader's idioms blanked ("she'll kill me if she thinks I've
    been moaning about her" is being told off, not fear of her). Why: the stop-35 re-trial (AL3) had that answer, after
    a disclosure of being put out by a mate's mam, added to the alert, and the football wish beside it was taken off
    the outcome lists with it. `said`: the sentence as prepared, kept when no idiom is in it."""
    guarded, hit = guard(" " + pattern_text(sentence) + " ", rule_set().guard_finder)
    return prepared(guarded) if hit else said


def _angry_at_them(said: str) -> bool:
    """Anger aimed at the one speaking, or at their telling ("he'll be angry with me", "bydd hi'n flin efo fi"), not
    anger at anything ("Mae o'n gwylltio os oes 'na ddiarth yn y tŷ": Dad, who has dementia, upset by strangers;
    ninth trial AC2). With only a pronoun for who is angry, that is what ties it to the one who harmed them."""
    return matches(WORDS, "anger", said) and matches(WORDS, "at_me", said)


def _points_back(now: str, told_words: set[str]) -> bool:
    """"soniais i am y tabledi", "what i told you about him": the thing pointed at is in the disclosure, or a person."""
    for pattern in cue_patterns(WORDS).get("said_about", ()):
        for found in pattern.finditer(now):
            what = (found.groupdict().get("what") or "").strip("'")
            if what in POINTS_AT_A_PERSON or what in told_words or (len(what) > 4 and any(
                    w.startswith(what[:5]) for w in told_words)):
                return True
    return False


def _shared(said: str, kind: str, told: str) -> bool:
    """A word of this kind in the sentence that is also in the disclosure."""
    for pattern in cue_patterns(WORDS).get(kind, ()):
        for found in pattern.finditer(said):
            if re.search(r"\b" + re.escape(found.group(0)) + r"\b", told):
                return True
    return False


def _names(disclosure: str) -> set[str]:
    """Names in the disclosure: words written with a capital that are not the first word of a sentence."""
    found: set[str] = set()
    for sentence in _sentences(disclosure):
        words = _WORD.findall(sentence)
        for word in words[1:]:
            if word[:1].isupper() and word.lower() not in NOT_NAMES and len(word) > 1:
                found.add(word.lower())
    return found


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text or "") if s.strip()]


__all__ = ["goes_back_to", "harm_goes_on", "home_again", "overdose_working", "says_fear", "worse_with_them"]
