"""Which language a message is in: "cy", "en" or "und" (undetermined).

Design (and why):

* Short messages (1-3 words) are decided by word lists
  (bot/data/analysis/language_*.txt), not by a statistical model: character
  n-gram models cannot tell "ok" or "na" apart, and the default 55-language
  langdetect calls "ie" Latvian and "yes" Turkish. Tokens that both languages
  use ("ok", "help", "na", "hi", emoji, numbers, names) are neutral and never
  decide alone; a reply that mixes both ("Yes, diolch") is "und" with
  method "mixed" so the conversation does not flip language on it.
* Longer messages use langdetect restricted to the Welsh and English profiles
  only (our own DetectorFactory, fixed seed 0, so results are reproducible),
  combined with the same word-list evidence so text-speak and mutated Welsh
  ("sa i'n gwbod", "dwi isio mynd efo fy nhad") are still recognised.

`method` is kept for audit: "word_list", "langdetect", "mixed", "too_short",
"no_letters".
"""
from __future__ import annotations

import math
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .text import DATA_DIR, fold, match_key, normalise, words
from .types import LANGUAGES, LanguageGuess

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

# Confidence values for the short-message prior. They are deliberately below
# the 0.99 langdetect gives whole sentences: a one-word reply is weaker evidence.
SHORT_ONE_WORD_CONFIDENCE = 0.85
SHORT_MULTI_WORD_CONFIDENCE = 0.92
UND_MIXED_CONFIDENCE = 0.3
UND_SHORT_CONFIDENCE = 0.2
# Weight of one word-list token against langdetect's log-odds on longer text.
_TOKEN_WEIGHT = 1.0
_LONG_MIN_WORDS = 4
#: Up to this many words, known words of one language only outweigh langdetect's disagreement.
SHORT_REPLY_MAX_WORDS = 6


class _Lists:
    """The three word lists, folded for matching."""

    def __init__(self) -> None:
        self.cy_whole, self.cy_tokens, self.cy_alone = self._load("language_cy.txt")
        self.en_whole, self.en_tokens, self.en_alone = self._load("language_en.txt")
        amb_whole, amb_tokens, _ = self._load("language_ambiguous.txt")
        self.ambiguous: frozenset[str] = amb_whole | amb_tokens
        both = self.cy_tokens & self.en_tokens
        # A token is evidence only if it belongs to exactly one language and is not ambiguous.
        self.cy_only = frozenset(self.cy_tokens - both - self.ambiguous)
        self.en_only = frozenset(self.en_tokens - both - self.ambiguous)

    @staticmethod
    def _load(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(whole-message entries, word entries, "=entry" lines: what the message alone means)."""
        whole: set[str] = set()
        tokens: set[str] = set()
        alone: set[str] = set()
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            only_whole = line.startswith("=")
            entry = match_key(line.lstrip("="))
            whole.add(entry)
            if only_whole:
                alone.add(entry)
            if not only_whole and " " not in entry:
                tokens.add(entry)
        return frozenset(whole), frozenset(tokens), frozenset(alone)


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    return _Lists()


_factory_lock = threading.Lock()
_factory: DetectorFactory | None = None


def _detector_factory() -> DetectorFactory:
    """langdetect restricted to 'cy' and 'en' profiles, seed 0 (built once)."""
    global _factory  # noqa: PLW0603 - built once per process, under the lock
    if _factory is None:
        with _factory_lock:
            if _factory is None:
                import langdetect
                from langdetect.detector_factory import DetectorFactory

                profiles = Path(langdetect.__file__).parent / "profiles"
                factory = DetectorFactory()
                factory.load_json_profile([(profiles / lang).read_text(encoding="utf-8") for lang in LANGUAGES])
                factory.set_seed(0)
                _factory = factory
    return _factory


def _langdetect_p_cy(text: str) -> float | None:
    """P(cy) from the two-profile langdetect, or None when it finds no features."""
    from langdetect.lang_detect_exception import LangDetectException

    det = _detector_factory().create()
    det.append(text)
    try:
        probs = det.get_probabilities()
    except LangDetectException:
        return None
    p = {lang.lang: lang.prob for lang in probs}
    if not p:
        return None
    return p.get("cy", 0.0) / max(p.get("cy", 0.0) + p.get("en", 0.0), 1e-9)


def _count_tokens(toks: list[str]) -> tuple[int, int]:
    lists = _lists()
    n_cy = n_en = 0
    for t in toks:
        if t in lists.cy_only:
            n_cy += 1
        elif t in lists.en_only:
            n_en += 1
    return n_cy, n_en


#: Saying they are learning the language ("Dw i'n dysgu.", "dw i'n dysgu Cymraeg", "I'm learning Welsh", "dysgwr
#: ydw i", "Welsh learner"), not learning to do something ("I want to learn to use the tablet", "dysgu nofio").
_LEARNING = re.compile(
    r"(?<![\w'’])(?:(?:dw\s*i|dwi|rydw\s+i|rwy|wi|fi|i['’]?m|im|i\s+am|(?:he|she)['’]?s|(?:he|she)\s+is"
    r"|mae\s+(?:o|e|hi|fo|fe))(?:['’]?n|\s+yn)?\s+(?:dal\s+i\s+|still\s+|just\s+|wrthi['’]?n\s+)?(?:dysgu|learning)"
    r"(?:\s+(?:cymraeg|gymraeg|welsh|english|saesneg))?\s*(?=[.!?,;:)\u2026]|$)"
    r"|(?:dysgwr|dysgwraig|dysgwyr|welsh\s+learner|learner\s+of\s+welsh|learning\s+welsh|dysgu\s+cymraeg)"
    r"|(?:i['’]?m|im|i\s+am)\s+(?:just\s+|only\s+|still\s+)?a\s+learner)(?![\w'’])",
    re.I)


def says_learning(text: str) -> bool:
    """Whether the words say they are learning a language (stop-21 trial U19: "Dw i'n dysgu." was elided from her
    words about Welsh, and nothing said she was a learner)."""
    return _LEARNING.search(text) is not None


#: Saying they will mix the two languages or want to practise one: "Cymraeg plis, I want to practise. Sorry if I slip
#: into English!" (stop-23 trial W19), "I'll probably mix them", "dwi'n cymysgu", "bach o Wenglish". Not "my Welsh is
#: rusty" (a request to change language, bot.analysis.controls.language_request).
_WILL_MIX = re.compile(
    r"(?<![\w'’])(?:(?:want|like|trying|try|wanna|need)\s+to\s+practi[cs]e|i['’]?m\s+practi[cs]ing|(?:isio|eisiau|moyn|angen)\s+"
    r"ymarfer|ymarfer\s+(?:fy\s+|'y\s+)?(?:nghymraeg|cymraeg|saesneg)|practi[cs]e\s+(?:my\s+)?(?:welsh|english)"
    r"|slip\s+(?:in)?to\s+(?:english|welsh)|(?:mix|mixing)\s+(?:it\s+up|them|the\s+two|both|languages|welsh\s+and\s+english"
    r"|english\s+and\s+welsh)|cymysgu\s+(?:nhw|y\s+ddwy|cymraeg|saesneg|ieithoedd)|wenglish|bit\s+of\s+both"
    r"|tipyn\s+o\s+(?:bob\s+un|y\s+ddwy|both)|bach\s+o\s+(?:bob\s+un|y\s+ddwy|both))(?![\w'’])", re.I)


#: A reply to the Active Offer that names one language first and then both ("Cymraeg, well, bach o both to be honest",
#: "Cymraeg a Saesneg", "English, a bit of both really"): the first named is the choice, and they may mix (stop 43,
#: AX18: a Wenglish speaker's first answer got "wnes i ddim deall").
_NAMED_FIRST = re.compile(
    r"^\W*(?:(?:ok\w*|oh|o|well|wel|um+|ym+|erm+|hmm+|ie|ia|yeah|yes|ydw)\W+){0,2}"
    r"(cymraeg|gymraeg|welsh|english|saesneg)(?![\w'’])", re.I)
#: Both languages, after the one named first: "a Saesneg", "and English", "y ddwy", "both", or mixing (_WILL_MIX).
_AND_THE_OTHER = re.compile(
    r"(?<![\w'’])(?:(?:a|ac|and|&|\+|plus)\s+(?:cymraeg|gymraeg|chymraeg|welsh|english|saesneg)|both|y\s+ddwy|y\s+ddau"
    r"|bob\s+un)(?![\w'’])", re.I)
#: Longer than this, a message naming a language first is an answer, not a choice of language.
NAMED_FIRST_WORDS = 12


def language_named_first_with_both(text: str) -> str | None:
    """"cy" or "en": the language named first in a short reply that then says both or mixing ("Cymraeg, well, bach o
    both to be honest", "Cymraeg a Saesneg", "English, a bit of both"), else None (AX18, stop 43)."""
    text = fold(text or "")
    found = _NAMED_FIRST.search(text)
    if found is None or len(text.split()) > NAMED_FIRST_WORDS:
        return None
    rest = text[found.end():]
    if not (_AND_THE_OTHER.search(rest) or _WILL_MIX.search(rest)):
        return None
    return "en" if found.group(1).lower() in ("english", "saesneg") else "cy"


def says_they_will_mix(text: str) -> bool:
    """Whether they say they are learning, will mix the languages or want to practise: the conversation then stays in
    the language they chose, however they write (they can still ask for the other one)."""
    return says_learning(text) or _WILL_MIX.search(fold(text)) is not None


#: Sorry for their Welsh, as a learner says it: "Sorry am y Cymraeg drwg" (thirteenth trial AK15: no word back), "sori
#: am fy Nghymraeg", "sorry for my bad Welsh", "esgusodwch fy Nghymraeg". A request to change ("my Welsh is rusty, can
#: we do English?") is read elsewhere (bot.analysis.controls.language_request).
_SORRY_FOR_THEIR_WELSH = re.compile(
    r"(?<![\w'’])(?:sorry|sori|soz|sorri|apologies|esgusodwch|maddeuwch)\s+(?:am|for|about|i)?\s*(?:y|fy|'y|my|the|fy\s+)?\s*"
    r"(?:(?:bad|poor|rubbish|terrible|broken)\s+)?(?:cymraeg|gymraeg|nghymraeg|welsh)(?:\s+(?:drwg|gwael|wael|sal|bratiog))?"
    # never Welsh named as someone's first language ("sorry Welsh is my first not his": stop 43, AX12, told her Welsh
    # was fine when she put right whose Welsh it was)
    r"(?![\w'’])(?!\s*(?:is|'s|was|yw|ydi|ydy|oedd|ydyw)?\s*(?:my|his|her|their|our|fy|ei|eu|ein|'y)?\s*"
    r"(?:first|1st|iaith\s+gynta|iaith\s+gyntaf|gynta|gyntaf)\b)", re.I)


def apologises_for_their_welsh(text: str) -> bool:
    """Whether they say sorry for their Welsh ("Sorry am y Cymraeg drwg"): a learner, owed a word that it is fine."""
    return _SORRY_FOR_THEIR_WELSH.search(fold(text)) is not None


#: The languages a person may choose between, by name (mutated forms too).
_LANGUAGE_NAME = frozenset({"welsh", "english", "cymraeg", "gymraeg", "chymraeg", "saesneg", "saesnag", "seisnig"})
#: Words around a language chosen that add no wish of their own: "or", "either", "dim ots" (no matter), "plis", "def".
_CHOICE_WORDS = frozenset({
    "neu", "or", "a", "ac", "and", "dim", "ots", "ddim", "bwys", "either", "doesn't", "doesnt", "does", "not",
    "matter", "mind", "whichever", "both", "y", "ddwy", "ddau", "plis", "please", "pls", "iawn", "fine", "ok", "okay",
    "is", "are", "yn", "in", "def", "defo", "definitely", "i", "fi", "me", "dw", "dwi", "mae", "ma", "well", "gen",
    "gyda", "da", "prefer", "prefers", "thanks", "diolch", "ta", "one", "un", "unrhyw", "any", "naill", "ai", "r",
    "the", "to", "her", "him", "hi", "fo", "e", "fe", "o", "oce", "sure", "i'm", "im", "easy", "hawdd", "n",
    "all", "same", "fath", "be", "bynnag", "whatever", "works", "gweithio", "just", "jyst", "speaks", "siarad",
    "speak", "she", "he", "ydi", "ydy", "yw", "popeth", "hapus", "happy", "with", "efo"})


def is_only_a_language_choice(text: str) -> bool:
    """Whether the words only choose a language, or say either will do ("Cymraeg neu Saesneg, dim ots", "Welsh or
    English, doesn't matter", "Cymraeg plis"): a preference for the summary's language line, no outcome of its own (at
    the communication question, span33). Anything more ("Cymraeg, a fi yna efo hi") is more than a choice."""
    found = [w.strip("'’") for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", fold(text).lower())]
    return any(w in _LANGUAGE_NAME for w in found) and all(w in _LANGUAGE_NAME or w in _CHOICE_WORDS for w in found)


#: Words that tell which language someone speaks, and where they are from, and nothing they want: "she is Welsh from
#: Rhymney but speak English" (trial 40 AU11), "Cymro o Fethesda yw e ond Saesneg mae'n siarad", "first language
#: Welsh", "born and bred in Bala, speaks both". Never "there" / "yno": "Welsh, and me there with her" is being at the
#: visit too, an outcome (stop 34's test).
_LANGUAGE_FACT_WORDS = frozenset({
    "from", "but", "ond", "born", "bred", "brought", "up", "grew", "raised", "native", "first", "language", "iaith",
    "gyntaf", "cyntaf", "mother", "tongue", "famiaith", "magwyd", "magu", "cafodd", "ganwyd", "geni", "wedi",
    "cymraes", "cymro", "cymry", "welshman", "welshwoman", "welshy", "fluent", "rhugl", "bit", "little",
    "tipyn", "bach", "understands", "understand", "deall", "dallt", "reads", "read", "writes", "write", "darllen",
    "sgwennu", "ysgrifennu", "home", "adre", "adra", "gartref", "gatre", "adref", "at", "mostly", "mainly", "only",
    "really", "more", "better", "gwell", "mwy", "fwy", "yr", "was", "were", "originally", "wreiddiol",
    "speaking", "spoke", "speaker", "siaradwr", "siaradwraig", "sy'n", "sy", "his", "ei", "chi", "they", "we", "ni",
    "dyn", "nhw", "maen", "mae'n", "ma'n", "hefyd", "too", "also", "it", "hi'n", "o'n", "e'n", "fe'n", "fo'n",
    "yw'r", "ydi'r", "iddi", "iddo", "yma", "here", "of", "by", "an", "lot", "lots", "llawer", "dipyn"})
#: Wanting, needing or asking, in either language: a wish is more than a fact about their language.
_WISH_WORD = re.compile(r"(?<![\w'’])(?:want\w*|wants|need\w*|like|likes|'d|would|wud|please|plis|pls|isio|isie|eisiau"
                        r"|moyn|mo'yn|angen|hoffi|hoffwn|hoffai|licio|lico|gallu|can|could|should|dylai|dylse)(?![\w'’])",
                        re.I)


_FROM = frozenset({"from", "o", "in", "yn", "ym", "yng"})


def only_tells_their_language(text: str) -> bool:
    """Whether the words only tell which language someone speaks and where they are from ("she is Welsh from Rhymney
    but speak English", "Cymraes o Rymni ond Saesneg ma hi'n siarad"): a fact for the summary's language line, as a
    social worker notes it, never an outcome (trial 40 AU11, at the communication question). A place or a name
    (capitalised) may stand among them; a wish ("she'd like Welsh letters") is more than a fact."""
    if _WISH_WORD.search(fold(text)):
        return False
    found = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)
    known = _LANGUAGE_NAME | _LANGUAGE_FACT_WORDS | _CHOICE_WORDS
    # a place after "from" / "o" is a name however it is typed ("cymraes o rymni")
    names = [w for i, w in enumerate(found) if fold(w).lower().strip("'’") not in known
             and (w[:1].isupper() or (i > 0 and fold(found[i - 1]).lower() in _FROM))]
    rest = [fold(w).lower().replace("’", "'").strip("'") for w in found if w not in names]
    return (any(w in _LANGUAGE_NAME for w in rest) and len(names) <= 2
            and all(w in _LANGUAGE_NAME or w in _CHOICE_WORDS or w in _LANGUAGE_FACT_WORDS for w in rest))


def share_of_words(text: str, language: str) -> float:
    """The share of a message's known Welsh/English-only words that are in `language` (0.0 with none).

    Lets the conversation keep the language a person chose when they mix in the other
    ("text plz!! dim galwade" is still a Welsh speaker writing), even where langdetect is sure.
    """
    n_cy, n_en = _count_tokens([t for t, _, _ in words(fold(normalise(text)))])
    known = n_cy + n_en
    if not known:
        return 0.0
    return (n_cy if language == "cy" else n_en) / known


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


#: Messages whose guess is remembered: one turn asks about the same words several times (the risk
#: reply, the answer's analysis, following the person's language; issue 12).
GUESSES_KEPT = 4096


@lru_cache(maxsize=GUESSES_KEPT)
def detect_language(text: str) -> LanguageGuess:
    """Guess the language of one message; see the module docstring for the rules."""
    norm = fold(normalise(text))
    toks_with_pos = words(norm)
    if not toks_with_pos:
        return LanguageGuess("und", 0.0, "no_letters")
    toks = [t for t, _, _ in toks_with_pos]
    if len(toks) < _LONG_MIN_WORDS or _only_names_and_small_words(text, toks):
        return _short(text, toks)
    return _long(norm, toks)


#: Titles before a name: with the name, they tell nothing about the language ("a Mrs Hughes").
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mister"})


def _only_names_and_small_words(original: str, toks: list[str]) -> bool:
    """A short reply ("Anti Jean a Mrs Hughes") with no known word of either language, but names.

    langdetect would read the names' letters as a language; the short-reply rules set names aside.
    """
    if len(toks) > SHORT_REPLY_MAX_WORDS or any(_count_tokens(toks)):
        return False
    orig = [w for w, _, _ in _orig_words(original)]
    return any(t in _TITLES for t in toks) or any(w[:1].isupper() for w in orig[1:])


def _short(original: str, toks: list[str]) -> LanguageGuess:
    """1-3 word messages: whole-phrase match, then token evidence, then a careful langdetect."""
    lists = _lists()
    key = " ".join(toks)
    in_cy, in_en = key in lists.cy_whole, key in lists.en_whole
    if in_cy and in_en:
        # "=be" says what "be?" means alone (Welsh "what?"); the English word list's "be" is a word in a sentence.
        in_cy = key not in lists.en_alone or key in lists.cy_alone
        in_en = key not in lists.cy_alone or key in lists.en_alone
    if in_cy and not in_en:
        conf = SHORT_ONE_WORD_CONFIDENCE if len(toks) == 1 else SHORT_MULTI_WORD_CONFIDENCE
        return LanguageGuess("cy", conf, "word_list")
    if in_en and not in_cy:
        conf = SHORT_ONE_WORD_CONFIDENCE if len(toks) == 1 else SHORT_MULTI_WORD_CONFIDENCE
        return LanguageGuess("en", conf, "word_list")

    n_cy, n_en = _count_tokens(toks)
    if n_cy and n_en:
        return LanguageGuess("und", UND_MIXED_CONFIDENCE, "mixed")
    if n_cy or n_en:
        lang = "cy" if n_cy else "en"
        known = n_cy + n_en
        conf = SHORT_ONE_WORD_CONFIDENCE if known == 1 else SHORT_MULTI_WORD_CONFIDENCE
        return LanguageGuess(lang, conf, "word_list")

    # No word-list evidence. Unknown tokens that may be names (capitalised in
    # the original, not the first word) or neutral tokens cannot decide.
    orig_words = [w for w, _, _ in _orig_words(original)]
    unknown: list[str] = []
    for i, t in enumerate(toks):
        if t in lists.ambiguous or t in lists.cy_tokens or t in lists.en_tokens or len(t) < 3:
            continue
        ow = orig_words[i] if i < len(orig_words) else t
        if ow[:1].isupper() and (i > 0 or len(toks) == 1 or all(w[:1].isupper() for w in orig_words)):
            continue  # probably a name
        unknown.append(t)
    if len(toks) == 1 or not unknown or sum(len(t) for t in unknown) < 6:
        return LanguageGuess("und", UND_SHORT_CONFIDENCE, "too_short")
    p_cy = _langdetect_p_cy(" ".join(unknown))
    if p_cy is None:
        return LanguageGuess("und", UND_SHORT_CONFIDENCE, "too_short")
    lang = "cy" if p_cy >= 0.5 else "en"
    # A short unknown phrase is weak evidence: cap the confidence.
    conf = min(max(p_cy, 1 - p_cy), 0.7)
    if conf < 0.6:
        return LanguageGuess("und", conf, "too_short")
    return LanguageGuess(lang, conf, "langdetect")


def _orig_words(text: str) -> list[tuple[str, int, int]]:
    """Words with original case (for the capitalised-name check)."""
    from .text import _APOSTROPHES, _WORD_RE

    prepared = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(prepared)]


def _long(norm: str, toks: list[str]) -> LanguageGuess:
    """Four or more words: langdetect (cy/en only) plus word-list log-odds."""
    n_cy, n_en = _count_tokens(toks)
    if not n_cy and not n_en and all(t in _lists().ambiguous for t in toks):
        return LanguageGuess("und", UND_SHORT_CONFIDENCE, "too_short")  # "ok ok ok haha"
    p_cy = _langdetect_p_cy(norm)
    word_lo = _TOKEN_WEIGHT * (n_cy - n_en)
    if p_cy is None:
        if n_cy == n_en:
            return LanguageGuess("und", UND_MIXED_CONFIDENCE if n_cy else UND_SHORT_CONFIDENCE,
                                 "mixed" if n_cy else "too_short")
        p = _sigmoid(word_lo)
        return LanguageGuess("cy" if p > 0.5 else "en", max(p, 1 - p), "word_list")
    ld_lo = _logit(p_cy)
    if len(toks) <= SHORT_REPLY_MAX_WORDS and bool(n_cy) != bool(n_en) and (ld_lo > 0) != (n_cy > 0):
        # A short reply whose known words are all in one language: a name or two ("nain. a mr jones pe")
        # can tip langdetect's letter statistics, so the words decide, as weak evidence that never
        # flips a conversation on its own (below answers.FOLLOW_LANGUAGE_CONFIDENCE).
        return LanguageGuess("cy" if n_cy else "en", SHORT_ONE_WORD_CONFIDENCE, "word_list")
    total = ld_lo + word_lo
    lang = "cy" if total > 0 else "en"
    conf = _sigmoid(abs(total))
    ld_lang = "cy" if ld_lo > 0 else "en"
    method = "langdetect" if ld_lang == lang else "word_list"
    # Real code-switching: plenty of both languages' words. Keep the majority
    # language but say we are less sure, so callers do not switch on it.
    if n_cy >= 2 and n_en >= 2 and min(n_cy, n_en) / max(n_cy, n_en) >= 0.5:
        conf = min(conf, 0.6)
        method = "mixed"
    return LanguageGuess(lang, round(conf, 6), method)
