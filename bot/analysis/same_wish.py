"""The same wish said in both languages: "dw i isio mynd nôl i'r capel" and "I want to get back to chapel".

Why (issue 11, stop 24; stop-23 trial W20): someone who mixes Welsh and English may say one wish twice, once in
each language, and the summary listed it as two outcomes. The summary shows it once, with both quotes verbatim
under it; the record keeps both (bot.summary.view._said_once).

How: each quote is read as the meanings of its words (bot/data/analysis/same_wish_words.tsv: Welsh in radical form,
English, and the stop words of both). Two quotes are the same wish only when every word of each is either a stop
word or a meaning the other has too, and they share at least MIN_MEANINGS meanings. A word not in the list
(a name, "Xbox") must appear in both as it is. So it errs towards keeping two wishes apart: "I want to stop going
to chapel" is never the same wish as "dw i isio mynd i'r capel".
"""
from __future__ import annotations

from functools import cache

from bot.analysis.text import canonical_word, demutate, fold, iter_tsv, split_clitics, words

#: The fewest meanings two quotes must share to be one wish ("mynd i'r capel" / "go to chapel": go, chapel).
MIN_MEANINGS = 2
#: A word of the list that says nothing of what the wish is ("I", "want", "isio", "i'r").
STOP = "-"
#: The languages a wish may ask for, by their meanings in the list.
LANGUAGES = frozenset({"welsh", "english"})
#: Words around a language asked for that add no other wish ("Siarad Cymraeg efo hi", "Cymraeg, yn bendant.").
HOW_ASKED = frozenset({"talk", "definitely"})


@cache
def _meanings() -> dict[str, str]:
    return {fold(row[0]).lower(): row[1] for row in iter_tsv("same_wish_words.tsv") if len(row) >= 2}


@cache
def _listed() -> frozenset[str]:
    return frozenset(_meanings())


def _meaning(token: str) -> str:
    """What one word stands for: its meaning in the list (a mutated Welsh word by its radical, an English plural by
    its singular), or the word itself when the list does not have it."""
    table = _meanings()
    word = fold(token).lower()
    for candidate in (word, canonical_word(word), demutate(word, _listed())):
        if candidate in table:
            return table[candidate]
    if word.endswith("s") and word[:-1] in table:
        return table[word[:-1]]
    return word


def meanings(text: str) -> frozenset[str]:
    """The meanings of a quote's words, stop words left out ("I want to get back to chapel" -> go, again, chapel)."""
    found: set[str] = set()
    for token, _start, _end in words(text):
        for part in split_clitics(token):
            if part.startswith("'"):
                continue  # "'r", "'n", "'d": grammar only
            meaning = _meaning(part)
            if meaning != STOP:
                found.add(meaning)
    return frozenset(found)


def same_wish(one: str, other: str) -> bool:
    """Whether two quotes say the same wish in the same words' meanings (see the module's docstring)."""
    first, second = meanings(one), meanings(other)
    return first == second and len(first) >= MIN_MEANINGS


def same_language_asked(one: str, other: str) -> bool:
    """Whether two quotes each ask for the same language and nothing else ("Siarad Cymraeg efo hi" and "Cymraeg, yn
    bendant.": fifth trial Y17, shown as two process items). Words that differ are kept apart otherwise."""
    first, second = meanings(one) - HOW_ASKED, meanings(other) - HOW_ASKED
    return first == second and len(first) == 1 and first <= LANGUAGES
