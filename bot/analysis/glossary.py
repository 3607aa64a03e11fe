"""What a word of ours means, for a learner who asks ("Beth ydy 'cymorth'?", "What does poeni mean?").

Thirteenth trial AK6: a Welsh learner's questions about words in our own questions went unanswered ("Beth ydy
'diogelu'?" at consent got "I haven't kept what you wrote yet"), and "cymorth?? what does that mean please" became an
outcome. The words and their meanings are one data file (bot/data/analysis/glossary.tsv); this module finds a question
about one of them in a message, and says whether the message is only that question or an answer that asks it too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.analysis.text import iter_tsv, plain_fold


@dataclass(frozen=True)
class Meaning:
    """One word of ours: as we write it, its meaning in simple Welsh, and in English; `language` is the word's own
    (a Welsh word is said to be Welsh for its English; an English one is explained in the chat's language)."""

    word: str
    welsh: str
    english: str
    language: str = "cy"


@cache
def _glossary() -> dict[str, Meaning]:
    """Every typed form of every word (lower case, no accents), to its meaning."""
    forms: dict[str, Meaning] = {}
    for name, language in (("glossary.tsv", "cy"), ("glossary_en.tsv", "en")):
        for word, typed, welsh, english in iter_tsv(name):
            meaning = Meaning(word, welsh, english, language)
            for form in typed.split(","):
                forms.setdefault(plain_fold(form.strip()).lower(), meaning)
    return forms


_Q = r"['‘’\"“”]?"
#: Asking before the word: "beth ydy", "be di ystyr", "beth yw ystyr", "beth mae", "what does", "what's", "meaning of",
#: "dw i ddim yn deall", "I don't understand".
_BEFORE = (r"(?:(?:beth|be)\s+(?:(?:ydy|yw|ydi|di|'di|mae|ma)\s+)?(?:ystyr\s+)?"
           r"|(?:what|wat)(?:\s+is|'s|s)?\s+(?:does\s+)?(?:the\s+word\s+|an?\s+)?|(?:the\s+)?meaning\s+of\s+|ystyr\s+"
           # "what do you mean with help?", "Beth chi'n meddwl wrth 'cadw'?", "be ti'n feddwl efo 'cefnogaeth'?" (trial
           # 39 AT7: each was kept as the answer)
           r"|(?:what|wat)\s+do\s+(?:you|u)\s+mean\s+(?:by|with)\s+"
           r"|(?:be|beth)\s+(?:ti|chi|dach\s+chi|dych\s+chi|ych\s+chi|wyt\s+ti|ydych\s+chi)\s*['’]?n\s+(?:ei\s+)?"
           r"(?:feddwl|meddwl|olygu|golygu)\s+(?:wrth|efo|hefo|gyda|gan)\s+"
           r"|(?:dw\s*i|dwi|wi|sai|sa\s+i)\s*(?:['’]?m|\s+ddim)?\s*(?:yn\s+|['’]n\s+)?(?:deall|dallt|dyall)\s+"
           r"|i\s+(?:don['’]?t|do\s+not|dont)\s+(?:understand|get|know)\s+)")
#: What may follow: "yn ei olygu", "mean", "in English", "please".
_AFTER = (r"(?:\s+(?:yn\s+(?:ei\s+)?(?:feddwl|olygu|golygu)|['’]n\s+(?:ei\s+)?(?:feddwl|olygu)|mean|means|in\s+english"
          r"|yn\s+saesneg|please|plis|pls|os\s+gwelwch\s+yn\s+dda|sorry|sori))*\s*[?!.]*\s*$")
_WORD = r"(?P<word>[\w'-]+|what\s+matters)"
_ASKED_BEFORE = re.compile(r"(?<![\w'])" + _BEFORE + _Q + _WORD + _Q + _AFTER, re.IGNORECASE)
#: The word first: "cymorth?? what does that mean please", "'diogelu'? be di hwnna?".
_ASKED_AFTER = re.compile(r"^\W*" + _Q + _WORD + _Q + r"\s*\?+\s*(?P<rest>.*)$", re.IGNORECASE)
_MEANING_WORDS = re.compile(r"(?<![\w'])(?:mean|means|meaning|ystyr|feddwl|olygu|golygu|what'?s\s+that|what\s+is\s+that"
                            r"|beth\s+(?:ydy|yw|di)\s+(?:hynna|hwnna|hynny)|be\s+di\s+(?:hynna|hwnna))(?![\w'])|^\W*$",
                            re.IGNORECASE)
#: Sentences beside the question that are no answer: "Sorry", "Sori, dw i ddim yn deall pob gair", "I'm a learner".
_AROUND = re.compile(r"(?<![\w'])(?:sorry|sori|soz|deall|dallt|dyall|understand|learner|learning|dysgu|dysgwr|diolch"
                     r"|thanks|please|plis)(?![\w'])", re.IGNORECASE)
AROUND_WORDS = 8
#: A guess asked back beside the question about a word ("fel y clwb?", "like a carer?"): more of the same question.
_GUESS = re.compile(r"^\W*(?:fel|like|such\s+as|e\.?g\.?|you\s+mean|ti['’]n\s+feddwl|chi['’]n\s+feddwl)\b.*\?\s*$",
                    re.IGNORECASE)
GUESS_WORDS = 6
_SENTENCES = re.compile(r"[^.!?\n]+[.!?\n]*")


def _meaning_asked(sentence: str) -> Meaning | None:
    folded = plain_fold(sentence).lower().strip()
    found = _ASKED_BEFORE.search(folded)
    after = _ASKED_AFTER.match(folded) if found is None else None
    if after is not None and _MEANING_WORDS.search(after.group("rest")) is None:
        after = None
    match = found or after
    if match is None:
        return None
    return _glossary().get(match.group("word").strip("'"))


def word_asked_about(text: str) -> tuple[Meaning, bool] | None:
    """The word of ours a message asks the meaning of, and whether that is all it says (True) or it says more, an
    answer perhaps (False: "Mike, fy mam yn Abertawe… Beth ydy cymorth?"); None when it asks about none."""
    sentences = [s.strip() for s in _SENTENCES.findall(text or "") if s.strip()]
    meaning: Meaning | None = None
    rest: list[str] = []
    for sentence in sentences:
        asked = _meaning_asked(sentence)
        if asked is None:
            rest.append(sentence)
        elif meaning is None:
            meaning = asked  # (asked again in other words: "…'poeni'. What does poeni mean?", the same question)
    if meaning is None:
        return None
    said = [s for s in rest if not (_AROUND.search(s) and len(s.split()) <= AROUND_WORDS) and len(s.split()) > 2
            and not (_GUESS.match(s) and len(s.split()) <= GUESS_WORDS)]
    return meaning, not said
