"""Shared text normalisation for the analysis package (Welsh and English).

Why this exists: Welsh mutations change the first letter of a word
("tad" -> "dad", "nhad", "thad"), and people write informally ("isio",
"efo", "rŵan", "gwbod"). A bag-of-words model or a word list that only knows
the dictionary form would miss most real Welsh, so every component that reads
a person's words goes through the same small set of helpers here:

- `normalise` - Unicode NFC, lower case, one kind of apostrophe: the one normaliser
  every reader starts from (the control phrases, the language guess, the outcome
  sorter and the risk reading in bot/analysis/risk/normalise.py).
- `fold` - drop diacritics (ŵ -> w) for matching; people often type "ty" for "tŷ".
- `words` - word tokens with their character offsets (clitics like "i'r" kept whole).
- `demutate` - map a mutated Welsh word back to its radical form, but only when
  that radical is a known Welsh word (bot/data/analysis/welsh_radicals.txt, or
  the list the caller passes), so ordinary words are never "corrected" into
  something else. The one de-mutation: the risk model uses it too.
- `canonical_tokens` - de-mutated, variant-folded tokens used as model features
  and for phrase matching (service-led lists).

Everything here is pure Python and cheap to import; the data files are read
once, lazily.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "analysis"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
# A word: letters, optionally joined by an apostrophe or hyphen ("i'r", "mam-gu", "sy'n").
# A leading apostrophe clitic ("'n", "'r") is part of the word too.
_WORD_RE = re.compile(r"'?[^\W\d_]+(?:['\-][^\W\d_]+)*", re.UNICODE)
_VOWELS = set("aeiouwyâêîôûŵŷäëïöüẅÿáéíóúẃýàèìòùẁỳ")


def normalise(text: str, *, compatibility: bool = False) -> str:
    """NFC, lower case and straight apostrophes: the form every matcher sees.

    `compatibility=True` uses NFKC instead, so look-alike characters become plain ones too
    ("ﬁ" -> "fi", full-width letters, "…" -> "..."): the risk reading wants every spelling
    alike and keeps no offsets, whereas NFC keeps offsets into the person's words (see `words`).
    """
    return unicodedata.normalize("NFKC" if compatibility else "NFC", text).translate(_APOSTROPHES).lower()


def cut_at_a_word(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters: when longer, cut after its last whole word that fits, marked
    "…" (eighth trial AB11: "…I dont understand the fo" was quoted back cut inside "forms", with no mark)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if text[limit - 1].isalnum() and head[-1:].isalnum() and " " in head:
        head = head[: head.rindex(" ")]  # never half a word
    return head.rstrip(" ,;:–—-") + "…"


def fold(text: str) -> str:
    """Remove diacritics (ŵ->w, â->a) so 'ty' matches 'tŷ' and 'siwr' matches 'siŵr'."""
    if text.isascii():  # nothing to decompose or drop: the same text, without a step per character
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def plain_fold(text: str) -> str:
    """`text` without diacritics and with straight apostrophes ("dw i’n", "ti‘n"), as the short-reply patterns are
    written: one place for what was `fold(text).replace("’", "'")` in forty-eight. Same length as `text` when it is
    composed (NFC), so offsets still point into the typed words."""
    return fold(text).translate(_APOSTROPHES)


def words(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of the *normalised* text with (start, end) offsets into it.

    normalise() never changes string length for the scripts we meet (NFC of
    already-composed text, one-to-one apostrophe swap, lower()), so offsets map
    back to the original; callers that need exact offsets check that.
    """
    return [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(normalise(text))]


def match_key(text: str) -> str:
    """A short reply as a key to look up in a word list: normalised, folded, single-spaced words."""
    return " ".join(tok for tok, _, _ in words(fold(normalise(text))))


def split_clitics(token: str) -> list[str]:
    """'i'r' -> ['i', "'r"], "sy'n" -> ['sy', "'n"], 'mam-gu' stays whole."""
    if "'" not in token.strip("'"):
        return [token]
    parts = token.split("'")
    out = [parts[0]] if parts[0] else []
    out.extend("'" + p for p in parts[1:] if p)
    return out


def _read_list(name: str) -> list[str]:
    path = DATA_DIR / name
    items: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            items.append(line)
    return items


@cache
def welsh_radicals() -> frozenset[str]:
    """Known radical Welsh words (folded), the only targets de-mutation may produce."""
    return frozenset(fold(normalise(w)) for w in _read_list("welsh_radicals.txt"))


@cache
def variants() -> dict[str, str]:
    """Informal / dialect spelling -> one canonical form (isio->eisiau, efo->gyda)."""
    table: dict[str, str] = {}
    for line in _read_list("variants.tsv")[1:]:  # skip header
        variant, canonical = line.split("\t")
        table[fold(normalise(variant))] = fold(normalise(canonical))
    return table


#: Reading a mutation backwards: (mutated start, radical starts, unless the word starts with ...),
#: most likely first.
_UNMUTATIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("ngh", ("c",), ()),
    ("ng", ("g",), ("ngh",)),
    ("mh", ("p",), ()),
    ("nh", ("t",), ()),
    ("ph", ("p",), ()),
    ("th", ("t",), ()),
    ("ch", ("c",), ()),
    ("dd", ("d",), ()),
    ("f", ("b", "m"), ("ff",)),
    ("g", ("c",), ("ng",)),
    ("b", ("p",), ()),
    ("d", ("t",), ("dd",)),
    ("l", ("ll",), ("ll",)),
    ("r", ("rh",), ("rh",)),
    ("m", ("b",), ("mh",)),
    ("n", ("d",), ("nh", "ng")),
)


def mutation_candidates(word: str) -> list[str]:
    """Possible radical forms of a (folded, lower-case) Welsh word, most likely first."""
    w = word
    if len(w) < 2:
        return []
    c = [radical + w[len(start):] for start, radicals, unless in _UNMUTATIONS
         if w.startswith(start) and not (unless and w.startswith(unless)) for radical in radicals]
    if w[0] == "h" and w[1] in _VOWELS:
        c.append(w[1:])  # h-prothesis: "ei hwyrion"
    if w[0] in _VOWELS:
        c.append("g" + w)  # soft mutation drops g: "weld" <- "gweld", "ardd" <- "gardd"
    return c


def demutate(word: str, radicals: frozenset[str] | None = None) -> str:
    """Radical form of a folded lower-case word if it is a mutated known Welsh word, else the word.

    Only maps to known radicals (`radicals`, by default welsh_radicals.txt), so English
    words and unknown Welsh words pass through unchanged. The risk model passes its own,
    larger list (bot/analysis/risk/model.py says why it is kept apart).
    """
    if radicals is None:
        radicals = welsh_radicals()
    if word in radicals:
        return word
    for cand in mutation_candidates(word):
        if cand in radicals:
            return cand
    return word


_CANON_CACHE: dict[str, str] = {}


def canonical_word(token: str) -> str:
    """One token -> folded, variant-mapped, de-mutated form (cached: called per token)."""
    hit = _CANON_CACHE.get(token)
    if hit is not None:
        return hit
    w = fold(token)
    w = variants().get(w, w)
    w = demutate(w)
    w = variants().get(w, w)
    if len(_CANON_CACHE) < 200_000:
        _CANON_CACHE[token] = w
    return w


def canonical_tokens(text: str) -> list[str]:
    """Feature tokens: clitics split off, informal spellings folded, mutations undone."""
    out: list[str] = []
    for tok, _, _ in words(text):
        for part in split_clitics(tok):
            if part.startswith("'"):
                out.append(part)  # "'n", "'r" carry grammar, keep as is
            else:
                out.append(canonical_word(part))
    return out


def canonical_text(text: str) -> str:
    """canonical_tokens joined by spaces (input to the word n-gram features)."""
    return " ".join(canonical_tokens(text))


def iter_tsv(name: str) -> Iterable[list[str]]:
    """Rows of a tab-separated data file under bot/data/analysis, header skipped."""
    path = DATA_DIR / name
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


#: Words inside a name that keep their small letter ("Rhys ap Gruffudd", "Nest ferch Rhys", "Maria de Souza").
_NAME_PARTICLES = frozenset({"ap", "ab", "ferch", "verch", "de", "da", "di", "du", "van", "von", "der", "den", "le",
                             "la", "bin", "bint"})


#: Words that join two people, never inside one name: left as typed ("mum n dad", "nain a taid").
_JOINING_WORDS = frozenset({"n", "and", "&", "+", "a", "ac", "or", "neu"})


def _name_part(part: str) -> str:
    """One part of a name with its capital: "rhys" -> "Rhys", "llinos" -> "Llinos" (one capital for a Welsh digraph),
    "mcdonald" -> "McDonald", "o'neill" -> "O'Neill"."""
    if part.startswith("mc") and len(part) > 2:
        return "Mc" + part[2].upper() + part[3:]
    if len(part) > 2 and part[0] in "od" and part[1] in "'’" and part[2].isalpha():
        return part[0].upper() + part[1] + part[2].upper() + part[3:]
    return part[:1].upper() + part[1:]


def with_name_capitals(name: str) -> str:
    """A name typed all in small letters, with the usual capitals: "rhys" -> "Rhys", "mary-jane" -> "Mary-Jane",
    "rhys ap gruffudd" -> "Rhys ap Gruffudd", "mrs morgan" -> "Mrs Morgan"; a name with any capital is left as typed
    ("DeShawn", "de Souza"). Why: "its rhys" was thanked "Thanks, rhys!" (re-trial 34); the record keeps what they
    typed."""
    words = name.split(" ")
    if not name or any(ch.isupper() for ch in name) or _JOINING_WORDS.intersection(words):
        return name  # ("mum n dad" is who they look after, as they said it, not a name)
    return " ".join(word if n and word in _NAME_PARTICLES else "-".join(_name_part(p) for p in word.split("-"))
                    for n, word in enumerate(words))


def _words(text: str) -> int:
    return len(text.split())


def short_message_says(text: str, pattern: re.Pattern[str], most_words: int, *, read: Callable[[str], str] = plain_fold,
                       count: Callable[[str], int] = _words, whole: bool = False) -> bool:
    """Whether a short message (`count` words, at most `most_words`) says what `pattern` finds in it, as `read` gives
    it (`whole`: the pattern matches from its start). Why: a longer message is an answer that mentions it on the way
    ("I'm in a rush every morning getting Mum ready"); one shape for the short-message readers of bot.analysis.controls,
    bot.analysis.about_assistant and bot.conversation.replies (the stop-34 review: four copies of it)."""
    if count(text) > most_words:
        return False
    said = read(text)
    return (pattern.match(said) if whole else pattern.search(said)) is not None


#: A day or a time a visit could be ("ar ddydd Mawrth", "Tuesday mornings", "after 10", "any time", "4pm").
A_DAY_OR_TIME = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|afternoons?|evenings?|penwythnos"
    r"|d?dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|(?:bore|fore|pnawn|prynhawn|nos)\s+\w+"
    r"|any\s*time|unrhyw\s+(?:bryd|amser)|\d{1,2}(?::\d\d)?\s*(?:am|pm|yb|yh|o['’]?clock|o['’]r\s+gloch)"
    r"|(?:after|before|around|about|by|from|between|ar\s+[oô]l|cyn|tua|rhwng|erbyn)\s+\d{1,2})\b", re.IGNORECASE)
#: Other words that say when: "after school", "lunchtime", "whenever", "not Mondays", "pnawn", "ar ôl ysgol", "fory".
_SOME_TIME = re.compile(
    r"(?<![\w'’])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)|weekdays?|week|wythnos|mornings?|morning|afternoons?|evenings?"
    r"|nights?|lunch\s*time|lunch|dinner\s*time|tea\s*time|school|college|work|today|tomorrow|tonight|soon|asap|now"
    # as typed by young people (re-trial 37 AQ6: "after skool. not weds thats training" was "no day or time")
    r"|skool|skul|skl|schl|collge|weds|wed|wensday|wensdays|wenesday|tue|thur|thurs|evenin|evenins|eves"
    r"|wkends?|wkdays?|aftanoon|arvo"
    r"|whenever|any\s*time|any\s+day|anyday|early|late|\d{1,2}(?::\d\d)?|o['’]?clock|bore|fore|pnawn|prynhawn"
    r"|nos|noson|gyda['’]r\s+nos|amser\s+cinio|cinio|ysgol|coleg|gwaith|heddiw|fory|yfory|heno|cyn\s+hir|rwan|rŵan|nawr"
    r"|unrhyw\s+(?:bryd|amser|adeg|ddiwrnod|dydd)|pryd\s+bynnag|dydd|ddydd|llun|mawrth|mercher|iau|gwener|sadwrn|sul"
    r"|penwythnos|wsnos|mis|month|dim\s+ots|don['’]?t\s+mind|doesn['’]?t\s+matter|up\s+to\s+(?:you|u)|suits)(?![\w'’])",
    re.IGNORECASE)


def says_when(text: str) -> bool:
    """Whether an answer to "when is the best time to visit?" says a time, a day or any time at all ("Tuesday
    mornings", "after school", "whenever", "ar ôl 6", "unrhyw bryd"); "nan and kyle obvs" (an answer to another
    question, typed here: trial 36 AM15) says none, and is never shown as the best time. "1 to 1" / "un i un" is how
    they want to be seen, never a time (trial 40 AU5: a 16-year-old's "1 to 1." was filed as the best time)."""
    folded = _ONE_TO_ONE.sub(" ", fold(text))
    return A_DAY_OR_TIME.search(folded) is not None or _SOME_TIME.search(folded) is not None


#: "1 to 1", "1:1", "one-to-one", "un i un": a way of being seen (alone with one worker), not a time.
_ONE_TO_ONE = re.compile(
    r"(?<![\w:.])(?:1\s*(?:to|2|i|:|-)\s*1|one[\s-]+(?:to|2)[\s-]+one|un[\s-]+i[\s-]+un)(?![\w:]|\.\d)", re.IGNORECASE)

#: Being there at the visit, said as a wish: "I want be there", "I'd like to be there too", "dw i isio bod yno",
#: "wi moyn bod 'na", "hoffwn i fod yno". An arrangement for the visit (shown whole with the best time to visit), not
#: an outcome (trial 40 AU11: each was filed as a wish about how to be supported).
_BE_THERE = re.compile(
    r"^\W*(?:(?:and|a|ac|but|ond|also|hefyd|oh|o)\s+)*(?:(?:i|we)\s*(?:'d|would|will|'ll|really|just|also)?\s*"
    r"(?:(?:want|wanna|need|like|prefer|love|have)\s+(?:to\s+)?)?be\s+(?:there|present|here|with\s+(?:her|him|them))(?!\s+for\b)"
    r"|(?:dw\s*i|dwi|fi|wi|rydw\s+i|ryw\s+i|ni|dan\s+ni|dyn\s+ni)\s*(?:'n\s+)?(?:isio|eisiau|isie|moyn|mo'yn|angen)\s+"
    r"(?:bod|fod)\s+(?:yno|yna|'na|na|yma|'ma|gyda|efo|'da|hefyd)"
    r"|(?:hoffwn|liciwn|baswn|faswn|byddwn|fyddwn)\s+i(?:'n\s+(?:licio|hoffi|lico))?\s+(?:fod|bod)\s+(?:yno|yna|'na)"
    r"|(?:bydda|fydda|bydd|fydd)\s+i\s+(?:yno|yna|'na))(?![\w'])",
    re.IGNORECASE)


def says_be_there(text: str) -> bool:
    """Whether these words, said at "when is the best time to visit?", are the speaker wishing to be there at the
    visit ("I want be there, Dave also if can", "dw i isio bod yno, yndw", "wi moyn bod 'na"): a visit arrangement,
    kept in the answer shown as the time to visit, never an outcome."""
    return _BE_THERE.search(plain_fold(text)) is not None
