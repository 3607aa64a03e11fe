"""A passive wish to die, and the means at hand, read by meaning (the thirteenth trial's AK1).

Why: a widower wrote "sdim pwynt i ddim byd rhagor. Mari wedi mynd ers blwyddyn", then "a ma'r gwn yn y cwpwrdd o
hyd 'fyd", then "weithie wy'n meddwl bydde hi'n well se fi 'da Mari" (to be with his dead wife); in English "I've
thought about using the gun", "I'd be better off with Mary", "the gun's still in the cupboard". Each was "Thanks."
and no alert: no sentence says "kill myself". Read together they are the clearest risk there is.

So: a means (a gun, a rope, tablets put by) named beside hopelessness or a wish to be with the dead, or with a
thought of using it, is urgent; a wish to be with the dead alone is "please check" (the person on duty reads it). A
means alone is nothing (a farm, a shoot), and one that is made safe ("the gun cabinet's locked, the police checked
it") stays calm. The conversation reads a means beside the hopelessness of its recent answers
(bot.conversation.safety.means_beside_despair). The words are data: bot/data/analysis/risk_means.tsv.
"""
from __future__ import annotations

import re

from bot.analysis.cue_patterns import cue_patterns, matches, prepared
from bot.analysis.types import RiskAssessment

WORDS = "risk_means.tsv"

#: Who a wish is to be with, when no capital letter says it is a name: the people someone may have lost.
THE_LOST = frozenset((
    "mum", "mam", "mother", "dad", "father", "nan", "nain", "gran", "granny", "grandad", "taid", "mamgu", "tadcu",
    "wife", "husband", "partner", "son", "daughter", "brother", "sister", "gwr", "wraig", "wr", "mhartner", "mhlant",
    "mab", "merch", "mrawd", "chwaer", "nhad", "ngwr", "ngwraig",
))
#: Pronouns count only with a time or place after them ("be with her again", "join him up there").
PRONOUNS = frozenset(("him", "her", "them", "fe", "fo", "hi", "nhw", "e", "o"))
_TRAILING = re.compile(r"\b(again|now|soon|up there|in heaven|eto|nawr|rwan|cyn bo hir|lan fanna|yn y nefoedd)\b")


#: Where one sentence ends: what makes a means safe is said of it in its own sentence or the next one.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def names_a_means(text: str) -> bool:
    """A gun, a rope or tablets put by, named and not made safe (locked, checked by the police, for the foxes).

    What makes it safe counts in the means' own sentence or the one after it ("I've got Dad's shotgun. It's locked
    away."), not anywhere in the answer: "wedes i wrth Dafydd sa i'n gwerthu. … a ma'r gwn yn y cwpwrdd o hyd 'fyd"
    (not selling the farm) left the gun unread (stop 35 re-trial of AK1)."""
    return _names_a_means(prepared(text))


def _names_a_means(t: str) -> bool:
    """`names_a_means` of text already prepared (bot.analysis.cue_patterns.prepared)."""
    sentences = _SENTENCE_END.split(t)
    return any(matches(WORDS, "means", sentence) and not any(matches(WORDS, "safe", after)
                                                              for after in sentences[i:i + 2])
               for i, sentence in enumerate(sentences))


def hopeless(text: str) -> bool:
    """No point in anything, what's the point, nothing to live for ("sdim pwynt i ddim byd rhagor"); not "no point
    going to the shop today"."""
    return _hopeless(prepared(text))


def _hopeless(t: str) -> bool:
    return matches(WORDS, "hopeless", t)


def wishes_to_be_with_the_dead(text: str) -> bool:
    """"I'd be better off with Mary", "bydde hi'n well se fi 'da Mari", "I just want to be with my wife again": to be
    with someone, named (a capital letter), one of the people someone may lose, or a pronoun with "again" / "up
    there" after it; not "we'd be better off with a bungalow"."""
    return _with_the_dead(text, prepared(text))


def _with_the_dead(text: str, t: str) -> bool:
    """`wishes_to_be_with_the_dead`: `text` as typed (its capital letters are names), `t` the same text prepared."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z'’]+", text or "")}
    for pattern in cue_patterns(WORDS).get("with_the_dead", ()):
        for found in pattern.finditer(t):
            who = found.group("who").split()[-1].strip("'")
            if who in names or who in THE_LOST:
                return True
            if who in PRONOUNS and _TRAILING.search(t, found.end("who")) is not None:
                return True
    return _with_them_after_a_death(t)


def _with_them_after_a_death(t: str) -> bool:
    """"Mae Dad wedi marw ers 1998 a dw i isio bod efo fo", "she passed last year and I just want to be with her": a
    wish to be with him or her, said to its end, in an answer that tells of a death (stop 40, trial 39). With no death
    told, "dw i isio bod efo fo" is anyone's wish for company."""
    return matches(WORDS, "with_them", t) and matches(WORDS, "a_death", t)


def despairs(text: str) -> bool:
    """Hopelessness or a wish to be with the dead: what makes a means named beside it urgent."""
    t = prepared(text)
    return _hopeless(t) or _with_the_dead(text, t)


def thinks_of_using_it(text: str) -> bool:
    """"I've thought about using the gun", "wedi meddwl am ddefnyddio'r gwn": a means and the thought of using it."""
    return matches(WORDS, "use", prepared(text))


def _with_suicide(categories: tuple[str, ...]) -> tuple[str, ...]:
    """The categories with suicide added, first (the most serious; the rest were in order already)."""
    return ("suicide", *(c for c in categories if c != "suicide"))


def with_the_means(text: str, found: RiskAssessment) -> RiskAssessment:
    """The rules' reading of one message, raised by what it says of a means and a wish: urgent suicide for a means
    beside despair or the thought of using it; "please check" suicide for a wish to be with the dead alone; low mood
    for hopelessness alone. Never lowered: an urgent reading stays as it is. The text is prepared once for all of
    these (every message passes here, some twice: it was prepared up to six times)."""
    if found.level == "urgent":
        return found
    t = prepared(text)
    with_the_dead = _with_the_dead(text, t)
    if matches(WORDS, "use", t) or (_names_a_means(t) and (_hopeless(t) or with_the_dead)):
        return RiskAssessment("urgent", _with_suicide(found.categories))
    if with_the_dead and not (found.level == "concern" and "suicide" in found.categories):
        return RiskAssessment("concern", _with_suicide(found.categories), please_check=True)
    if found.level == "none" and _hopeless(t):
        return RiskAssessment("concern", ("low_mood",))
    return found


__all__ = ["despairs", "hopeless", "names_a_means", "thinks_of_using_it", "wishes_to_be_with_the_dead",
           "with_the_means"]
