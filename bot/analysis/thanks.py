"""Thanks, and nothing else: the one reader of a thank-you ("diolch", "thanks!", "diolch yn fawr x", "no thank you
love", "thanks so much for your help, bye x").

Why: six readers of the same words had grown apart (stop 49, duplicates: readback._ONLY_THANKS and _THANKS_ONLY,
outcomes._THANKS, replies.only_thanks, _THANKS and _THANKS_WORDS / _THANKS_AND_KIND, answers._THANKS_OPENING). The
callers differ only in what may come with the thanks, and say so with the options of `only_thanks`: a "no" before it
("no thank you", where a "no" answers nothing), kind words to us ("you've been very kind"), or a goodbye and kind
words in any order ("diolch am bopeth, hwyl"). Every reading is on plain-folded, lower-case words
(bot.analysis.text.plain_fold).
"""
from __future__ import annotations

import re

from .text import plain_fold

#: The words of thanks themselves, in either language ("thanks", "thank you", "thank u", "thx", "ta", "cheers",
#: "diolch").
THANKS_WORD = r"(?:thank\s*(?:s|you|u)|thanks|thx|ta|cheers|diolch)"
#: What may follow the thanks and still be only thanks: how much ("yn fawr iawn", "o galon", "so much", "a lot"), a
#: kiss, an endearment ("love", "bach", "cariad", "mate"), to whom ("i chi", "to you") or "again".
_TAIL = (r"(?:(?:yn\s+)?fawr(?:\s+iawn)?|o\s+galon|iawn|very\s+much|so\s+much|a\s+lot|lots|x+|love|luv|dear|bach"
         r"|cariad|mate|i\s+chi|i\s+ti|to\s+you|again|eto)")
#: A "no", "nothing else" or "ok" before the thanks ("no thank you", "dim byd arall, diolch").
_NO_FIRST = r"(?:(?:no|na|nope|nothing(?:\s+else)?|dim\s+byd(?:\s+arall)?|ok|okay|iawn)[,.!\s]+)*"
#: Kind words to us, said alone ("you've been very kind", "Dych chi wedi bod yn help mawr", "ti'n star").
_KIND = (r"(?:(?:and|a|ac)\s+)?(?:you'?ve|youve|you\s+have|you'?re|youre|you\s+are"
         r"|(?:dych\s+|ych\s+)?chi'?n|(?:dych\s+|ych\s+)?chi\s+wedi\s+bod\s+yn|ti'?n|ti\s+wedi\s+bod\s+yn)"
         r"\s+(?:been\s+)?(?:very\s+|so\s+|really\s+|ever\s+so\s+|such\s+a\s+)?(?:kind|helpful|lovely|patient|great"
         r"|brilliant|star|help|garedig|amyneddgar|help\s+mawr|wych|gret|ffeind|glen|lyfli)"
         r"(?:\s+(?:to\s+me|i\s+fi|i\s+mi|iawn))?")
_THANKS_ALONE = re.compile(rf"^\W*{THANKS_WORD}\b(?:\W*{_TAIL})*\W*$")
_THANKS_AFTER_NO = re.compile(rf"^\W*{_NO_FIRST}{THANKS_WORD}\b(?:\W*{_TAIL})*\W*$")
_KIND_ALONE = re.compile(rf"^\W*{_KIND}\W*$")
_OPENS_WITH_THANKS = re.compile(rf"^\W*{THANKS_WORD}\b")
#: Thanks for the conversation itself, anywhere in a message: "thank you for listening", "diolch am wrando", "thanks for
#: your time".
_THANKS_FOR_THE_CHAT = re.compile(
    rf"(?<![\w']){THANKS_WORD}(?:\s+(?:so|very)\s+much|\s+(?:yn\s+)?fawr(?:\s+iawn)?)?"
    r"\s+(?:(?:for|am)\s+(?:listening|wrando|gwrando|your\s+time|eich\s+amser|dy\s+amser|this|hyn|the\s+chat|y\s+sgwrs"
    r"|helping|helpu|your\s+help|bopeth|everything))(?![\w'])")

#: The words of a thank-you or goodbye and nothing else, in any order (`goodbye`): "thank you", "diolch yn fawr iawn",
#: "thanks so much for your help, bye x", "diolch am bopeth, hwyl", "cheers ta ra".
THANKS_WORDS = frozenset(("thank", "thanks", "thankyou", "ty", "thx", "ta", "cheers", "diolch"))
_THANKS_AND_KIND = THANKS_WORDS | frozenset((
    "you", "u", "so", "very", "much", "a", "lot", "lots", "for", "your", "all", "the", "this", "that", "help",
    "helping", "everything", "chat", "listening", "time", "again", "bye", "byee", "goodbye", "tara", "ra", "take",
    "care", "love", "luv", "x", "xx", "xxx", "mate", "ok", "okay", "oce", "great", "lovely", "brilliant", "grand",
    "champion", "that's", "thats", "been", "really", "helpful", "kind", "you've", "youve", "and", "yn", "fawr",
    "iawn", "am", "bopeth", "eich", "dy", "helpu", "hyn", "sgwrs", "wrando", "gwrando", "amser", "hwyl", "nawr",
    "rwan", "eto", "bach", "cariad", "i", "chi", "ti", "chdi", "mawr", "cofion", "cheerio", "bless", "ac", "wedi",
    "bod", "ych", "dych", "dach", "caredig", "garedig", "neis", "tan", "tro", "nesa", "nesaf", "ymlaen", "see", "ya",
    "soon", "bye-bye", "ta-ra", "nos", "da", "night",
))
#: More than this is more than a thank-you (`goodbye`).
THANKS_MAX_WORDS = 14


def _folded(text: str) -> str:
    return plain_fold(text).lower()


def only_thanks(text: str, *, after_no: bool = False, kind_words: bool = False, goodbye: bool = False) -> bool:
    """Thanks and nothing else: "diolch", "thanks!", "diolch yn fawr x", "thank you love".

    `after_no`: a "no" or "nothing else" may come first ("No thank you love", "dim byd arall, diolch": said to us,
    never a wish: bot.analysis.outcomes). `kind_words`: kind words to us alone count too ("you've been very kind").
    `goodbye`: thanks with a goodbye and kind words in any order, up to THANKS_MAX_WORDS words and no question
    ("thanks so much for your help, bye x", "diolch am bopeth, hwyl": after the record was sent, stop 48)."""
    folded = _folded(text)
    if goodbye:
        words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", folded)
        return (bool(words) and len(words) <= THANKS_MAX_WORDS and "?" not in text
                and any(word in THANKS_WORDS for word in words) and all(word in _THANKS_AND_KIND for word in words))
    if (_THANKS_AFTER_NO if after_no else _THANKS_ALONE).match(folded):
        return True
    return kind_words and _KIND_ALONE.match(folded) is not None


def opens_with_thanks(text: str) -> bool:
    """Whether the words open with thanks ("Thank you, you've been very patient", "Diolch, Huw."), whatever follows."""
    return _OPENS_WITH_THANKS.match(_folded(text)) is not None


def thanks_for_the_chat(text: str) -> bool:
    """"thank you for listening, its been a long night", "diolch am wrando": thanks for the conversation itself."""
    return _THANKS_FOR_THE_CHAT.search(_folded(text)) is not None


__all__ = ["THANKS_MAX_WORDS", "THANKS_WORD", "THANKS_WORDS", "only_thanks", "opens_with_thanks", "thanks_for_the_chat"]
