"""A safety wish: how to be contacted (or not) so that the person hurting them does not find out.

"Don't ring the house, he'll see", "paid ffonio'r tŷ, bydd e'n gweld", "text only when he's at
work": said beside a disclosure, these are safeguarding material for the duty team, not a
process outcome for the plan ("Tecst yn unig" on its own is an ordinary preference). A wish is
a contact word together with a reason to keep it hidden from someone, or one of a few whole
wishes; the patterns are data (bot/data/analysis/safety_wish.tsv).

Keeping something from the person who hurts them is a safety wish by itself, at any length (stop-18
trial: "text only to this number, and only between 9 and 3 when he's in work", "I want my own bank
account that he can't see", "Bore dydd Mawrth neu dydd Mercher, pan ma fe yn y gwaith"): a visit time
or a wish that reveals the hiding must not be read back or printed among the outcomes. The whole
message then sits beside the risk, other wishes in it too, where the duty team still reads them;
the cost is accepted for safety. Vaguer reasons ("he'll see") still need a contact word.

Who may not be told is a safety wish by itself too, at any length (keep_from.says_who_must_not_be_told, the one reader
of such words; stop-21 trial U38 / U18 / U4:
"Rhodri ddim yn cael gwbod am y tabledi", "plis paid deud wrth carys am y noson 'na", "dont tell school"), as is
how or when it is safe to reach them ("Ffono'r mobeil sy ore, dim y tŷ", "Phone me on the landline, I dont do
texts"): the callers count these only in a conversation with an urgent flag, where the duty team reads them first.
"""
from __future__ import annotations

import re

from .cue_patterns import cue_patterns, matches, prepared
from .keep_from import says_who_must_not_be_told

WISHES = "safety_wish.tsv"
#: A 'wish_short' row ("isio i mam fod yn saff", "dim pobl yn dod i'r ty plis") counts only in a message this
#: short: inside a longer answer it is one wish among others, which stay the person's outcomes.
SHORT_WISH_WORDS = 12


def is_safety_wish(text: str, told: str | None = None) -> bool:
    """Does this message ask to be contacted (or not) in a way that keeps them safe from someone? `told`: the
    disclosure(s) of the conversation, when the caller has them: who they name is who hurts them (stop 49, L2)."""
    t = prepared(text)
    if not t:
        return False
    if matches(WISHES, "wish", t) and not matches(WISHES, "practical", t):
        return True  # (never a phone chosen for a reason of its own: "I never know where that thing is", AB4)
    if matches(WISHES, "hiding", t) or says_who_must_not_be_told(text) or _until_back_is_theirs(t, told):
        return True
    if len(text.split()) <= SHORT_WISH_WORDS and matches(WISHES, "wish_short", t):
        return True
    return _contact_beside(t)


def asks_for_support_too(text: str) -> bool:
    """A contact wish that also asks for someone to support them ("isio PA sy'n tecstio fi", "I want a PA who texts
    me, not rings"): how they want to be supported, a process outcome as well as how to reach them (trial 38 AR17: it
    was only under "how to contact safely"). Never when it keeps something from someone (that stays at the top)."""
    t = prepared(text)
    return bool(t) and matches(WISHES, "support_someone", t) and not matches(WISHES, "hiding", t) \
        and not matches(WISHES, "hidden", t) and not says_who_must_not_be_told(text)


#: Who is coming back in an 'until_back' row ("before gary gets home", "cyn i Dad ddod nol", "tan ddaw o adra").
_WHO_BACK = re.compile(r"\b(?:before|till|until|til|while|cyn|tan)\s+(?:(?:i|bod|bo|fod|ddaw)\s+)?([a-z'-]+)")
#: ... said with "he" or "she" only (or "iddo", "ddaw o"): no name to read, so the one hurting them, as before.
_NO_NAME = frozenset(("he", "she", "hes", "he's", "shes", "she's", "him", "her", "they", "iddo", "iddi", "o", "fo",
                      "e", "fe", "hi", "nhw", "ddod", "dod", "gyrraedd", "cyrraedd"))


def _until_back_is_theirs(t: str, told: str | None) -> bool:
    """An 'until_back' row ("i can only talk before gary gets home") about the one hurting them: said with "he" or
    "she"; or someone named in the disclosure (`told`); or someone named with no errand that says why they are out.
    Why: "I can only talk before Dad comes back from the shop", a carer's timing remark
    after an alert about something else, was quoted under "how to contact safely" (stop 49, L2)."""
    told_words = set(re.findall(r"[a-z'-]+", prepared(told))) if told is not None else None
    for pattern in cue_patterns(WISHES).get("until_back", ()):
        for found in pattern.finditer(t):
            who = _WHO_BACK.search(t, found.start(), found.end())
            name = who.group(1) if who else None
            if name is None or name in _NO_NAME:
                return True
            if told_words is not None and name in told_words:
                return True
            # an errand that says why they are out ("from the shop") is a timing remark unless the disclosure names
            # them; without one, the named person is the one they hide from (review49 R49-1: "i can only talk before
            # gary gets home" after "my stepdad hits me" lost its place under how to contact safely)
            if not matches(WISHES, "errand", t):
                return True
    return False


#: Where the words saying what he sees or reads end: a clause's end, or a turn to what they ask ("so", "felly", "plis").
_CLAUSE_END = re.compile(r"[,.;:!?]|\b(?:so|felly|then|wedyn|but|ond|please|plis|pls|don'?t|dont|paid|peidiwch|dim)\b")


#: Hidden words that open with "don't" are a wish of their own ("dim ffonio gyda'r nos pan mae Dylan adra").
_ASKS_NOT = re.compile(r"(?:don'?t|do not|dont|never|not|no|dim|paid|peidiwch|ddim|plis paid)\b")


#: Words that say nothing of their own beside a wish ("n", "pls", "a", "plis").
_NOTHING_ELSE = re.compile(r"^(?:\W|\b(?:n|and|an|but|so|also|just|a|ac|ond|hefyd|jyst|pls|plz|please|plis|thanks|ta"
                           r"|diolch|tho|though|x+)\b)*$")


def _nothing_else(t: str, start: int, end: int) -> bool:
    """Nothing but the wish in the sentence: "n not when my mums around pls", "a dim pan mae mam o gwmpas plis"."""
    return _NOTHING_ELSE.match(t[:start] + " " + t[end:]) is not None


def _contact_beside(t: str) -> bool:
    """A contact word outside the words that say why it must be hidden: "don't ring the house, he'll see" is a wish;
    "A ma fe'n darllen 'yn negeseuon i ar y ffôn bob nos" (he reads my messages on the phone every night) tells what
    he does, and was quoted under "how to contact safely" in place of her wish (stop-28 trial Y7)."""
    hidden = [m.span() for p in cue_patterns(WISHES).get("hidden", ()) for m in p.finditer(t)]
    if not hidden:
        return False
    if any(_ASKS_NOT.match(t, start) and (matches(WISHES, "contact", t[start:end]) or _nothing_else(t, start, end))
           for start, end in hidden):
        # the hidden words are the wish itself: "don't ring in the evening when Dylan is home"; or the whole sentence,
        # its contact word said in the sentence before ("text not calls. n not when my mums around pls": trial 36 AM4)
        return True
    rest = list(t)
    for start, end in hidden:
        after = _CLAUSE_END.search(t, end)  # what he reads or sees is in the rest of its clause
        stop = after.start() if after else len(t)
        rest[start:stop] = " " * (stop - start)
    return matches(WISHES, "contact", "".join(rest))


__all__ = ["asks_for_support_too", "is_safety_wish"]
