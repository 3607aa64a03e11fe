"""Another hand on the keyboard: someone else takes over typing part way, and may hand back (stop 28, issue 11).

Trial X12 (stop 27): a man with a learning disability answered the first questions; then his brother typed "this is
his brother now, he wants me to finish it" and carried on, and every later answer was filed as the man's own view.
"Friend not foe" asks that different views be recorded side by side, saying whose each is. So a takeover said in a
message ("this is her daughter now", "her son here", "it's Gareth his brother typing now", "ei merch hi sy 'ma rŵan",
"fi yw ei mab e, fi sy'n teipio nawr") is acknowledged briefly, the same question carries on, and every answer from
then on is kept as typed by them (bot.storage.repository stamps it: Answer.typed_by) and as their view
(Turn.whose_view); "ok it's mum again", "fi sy 'ma eto" hands back. "Nain says…" / "Mae Nain yn deud…" is no
takeover: the person's words passed on (bot.conversation.answers reads whose view those are).

Why these words and no more: a takeover names who the new hand is to the person ("his brother", "merch hi") and says
it is them at the keyboard now ("now", "here", "typing", "sy 'ma", "rŵan"); "I'm typing for Mum, she's beside me" is
someone typing what the person says (the summary says so: bot.summary.view.typed_for_them), not a takeover.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.analysis.text import plain_fold
from bot.conversation.turn import Turn, answers_as_a_professional
from bot.storage import repository
from bot.storage.repository import HandAtKeyboard

#: Who the new hand is to the person, by the words people use (folded, lower case; Welsh mutations too).
RELATIONS: dict[str, tuple[str, ...]] = {
    "daughter": ("daughter", "merch", "ferch"),
    "son": ("son", "mab", "fab"),
    "brother": ("brother", "bro", "brawd", "frawd"),
    "sister": ("sister", "sis", "chwaer"),
    "wife": ("wife", "gwraig", "wraig"),
    "husband": ("husband", "hubby", "gwr", "wr"),
    "partner": ("partner", "bartner", "phartner"),
    "mother": ("mum", "mam", "mom", "mother", "fam"),
    "father": ("dad", "tad", "father", "nhad"),
    "granddaughter": ("granddaughter", "wyres"),
    "grandson": ("grandson", "wyr"),
    "niece": ("niece", "nith"),
    "nephew": ("nephew", "nai"),
    "friend": ("friend", "mate", "ffrind"),
    "neighbour": ("neighbour", "neighbor", "cymydog", "gymydog", "cymdoges", "gymdoges"),
    "carer": ("carer", "gofalwr", "ofalwr", "gofalwraig", "ofalwraig"),
    "support_worker": ("support worker", "key worker", "keyworker", "care worker", "gweithiwr cymorth",
                       "weithiwr cymorth", "gweithiwr gofal", "weithiwr gofal"),
}
#: Someone else, not saying who ("someone else here now", "rhywun arall sy 'ma rŵan").
SOMEONE = "someone"
_WORD_TO_RELATION = {word: key for key, words in RELATIONS.items() for word in words}
_KIN = "(?P<kin>" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_TO_RELATION),
                                    key=len, reverse=True)) + ")"
#: A name they give themselves: one word, not a word of the sentence itself.
_NAME = r"(?:(?P<name>[^\W\d_][\w-]*),?\s+)?"
_NOT_NAMES = frozenset({"now", "just", "me", "the", "only", "also", "actually", "sorry", "ok", "okay", "hi", "hello",
                        "so", "and", "yes", "yeah", "fi", "ei", "sori", "helo", "haia", "its", "it", "this"})
#: Where the relation word may end a takeover: the end, a stop, or words saying it is them at the keyboard ("it's her
#: son who helps" is an answer).
_ENDS_IT = r"(?=\s*(?:[.,!;:\-]|$|now\b|here\b|typing\b|taking\b|finishing\b|and\s+i\b|i'?m\b|im\b|x\b))"
#: English: "this is his brother now", "it's Gareth his brother typing now", "it's me her son finishing this", "hi
#: this is Sue, her daughter, I'm taking over", "im his sister, taking over"; and "her son here", "her daughter now".
#: Welsh: "ei merch hi sy 'ma rŵan", "merch hi sy 'ma", "Gareth, ei frawd o, sy'n teipio rŵan", "ei fab o sy'n gorffen
#: hwn"; "fi yw ei mab e", "fi di ei merch hi", "dw i'n ferch iddi hi".
_TAKEOVERS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:this\s+is|dis\s+is|ths\s+is|it'?s|its|it\s+is|here'?s|i'?m|im|i\s+am)\s+(?:now\s+)?(?:me\s*,?\s+)?"
    + _NAME + r"(?:his|her|their|hes)\s+" + _KIN + r"\b" + _ENDS_IT,
    r"(?:^|[.,!;:]\s*|\b(?:hi|hello|hiya|ok|okay)\s*,?\s+)(?:his|her|their)\s+" + _KIN
    + r"\s+(?=(?:here|now|typing|taking\s+over|is\s+typing|finishing|on\s+(?:here|now))\b)",
    r"(?<![\w'])" + _NAME + r"(?:ei\s+)?" + _KIN + r"\s+(?:hi|o|fo|e|fe)\s*,?\s+sy(?:dd)?\s*(?:'?n\s+|\s+yn\s+)?"
    r"(?:'?ma\b|yma\b|teipio|sgwennu|ysgrifennu|gorffen|cario\s+mlaen|cymryd\s+drosodd)",
    r"\b(?:fi|dwi|dw\s+i|rwy|rydw\s+i|wi)\s*(?:yw|ydi|ydy|di|'di|ydw)?\s*(?:'n\s+|\s+yn\s+)?(?:ei\s+)?" + _KIN
    + r"\s+(?:hi|o|fo|e|fe|iddi|iddo)\b",
    # Their own name, then whose relation by name (stop-28 trial Z4): "Ifan sy 'ma rŵan, brawd Sioned", "Ifan sy 'ma,
    # chwaer i Sioned", "this is Ifan now, Sioned's brother", "it's Ifan, Sioned's brother".
    r"(?:^|[.,!;:]\s*)" + _NAME + r"sy(?:dd)?\s*(?:'?ma|yma)\b(?:\s+(?:rwan|wan|nawr))?\s*[,.]?\s+(?:ei\s+)?" + _KIN
    + r"\s+(?:i\s+)?[^\W\d_][\w-]*\b",
    r"\b(?:this\s+is|it'?s|its|it\s+is|i'?m|im|i\s+am)\s+" + _NAME + r"(?:now\s*,?\s+|here\s*,?\s+)?"
    r"[^\W\d_][\w-]*'s\s+" + _KIN + r"\b" + _ENDS_IT,
    # Their name, then who they are in brackets or between commas (eighth trial AB8): "hi its Kuba (the son) typing
    # now, mum asked me to", "it's Kuba, the son, typing"; "Kuba sy 'ma (y mab)", "Kuba sy'n teipio rwan, y mab".
    r"\b(?:this\s+is|it'?s|its|it\s+is|i'?m|im|i\s+am)\s+(?P<name>[^\W\d_][\w-]*)\s*(?:\(\s*|,\s*)(?:the|his|her|their)\s+"
    + _KIN + r"\s*\)?,?" + _ENDS_IT,
    r"(?:^|[.,!;:]\s*|\b(?:haia|helo|hi|ok|iawn)\s*,?\s+)(?P<name>[^\W\d_][\w-]*)\s+sy(?:dd)?\s*(?:'?ma|yma|'?n\s+teipio"
    r"|\s+yn\s+teipio)\b(?:\s+(?:rwan|wan|nawr))?\s*(?:\(\s*|,\s*)(?:y|ei)\s+" + _KIN + r"\b",
))
#: Someone else not saying who: "someone else here now", "rhywun arall sy 'ma rŵan, fi sy'n teipio".
_SOMEONE_ELSE = re.compile(r"\b(?:someone|somebody)\s+else\s+(?:here|typing|is\s+typing)\b"
                           r"|\brhywun\s+arall\s+sy(?:dd)?\s*(?:'?n\s+|\s+yn\s+)?(?:'?ma|yma|teipio|sgwennu)\b",
                           re.IGNORECASE)
#: It is them at the keyboard now (a relation alone, "it's her son who helps", is an answer).
_AT_THE_KEYBOARD = re.compile(
    r"\b(?:now|here|typing|taking\s+over|take\s+over|took\s+over|finish(?:ing)?|carry(?:ing)?\s+on|on\s+here"
    r"|rwan|wan|nawr|'?ma|yma|teipio|sgwennu|ysgrifennu|gorffen|cymryd\s+drosodd|cario\s+mlaen)\b", re.IGNORECASE)
#: Someone typing what the person says, the person there ("she's beside me", "he's telling me what to put", "ma hi
#: wrth fy ochr i"): the person's words, not a takeover (bot.summary.view.typed_for_them).
_PERSON_STILL_THERE = re.compile(
    r"\b(?:beside|next\s+to|with)\s+me\b|dictat|telling\s+me\s+what|tells\s+me\s+what|what\s+(?:he|she)\s+says"
    r"|wrth\s+fy\s+ochr|wrth\s+ymyl|(?:deud|dweud|gweud)\s+(?:wrtha\s+i\s+)?(?:be|beth)\s+i\s+(?:sgwennu|ysgrifennu|deipio)",
    re.IGNORECASE)
#: What else people say when they take over, which is no answer to the question ("he wants me to finish it", "mum's
#: gone to bed", "I'm taking over", "fi sy'n teipio nawr", "mae hi wedi blino").
_HANDING_OVER_WORDS = re.compile(
    r"\b(?:he|she|mum|mam|dad|nan|nain|they)(?:'s|\s+is|\s+has|'s\s+just|\s+has\s+just)?\s+(?:gone\s+(?:to\s+bed|"
    r"for\s+a\s+lie\s+down|out|to\s+sleep)|tired|asleep|had\s+enough|not\s+well|worn\s+out|in\s+bed|poorly|exhausted)"
    r"|\b(?:he|she|mum|mam|dad|they)\s+(?:wants|asked|has\s+asked|told|would\s+like)\s+me\s+to\s+(?:finish|carry\s+on"
    r"|do|fill|answer|take\s+over|help|type)(?:\s+(?:it|this|the\s+rest|off|in|for\s+(?:him|her|them)))*"
    r"|\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:taking\s+over|take\s+over|finishing|finish|carrying\s+on|carry\s+on"
    r"|typing|going\s+to\s+finish|gonna\s+finish|helping)(?:\s+(?:it|this|the\s+rest|off|for\s+(?:him|her|them)|now"
    r"|from\s+(?:him|her|them)))*"
    r"|\b(?:taking\s+over|finishing|typing|doing)(?:\s+(?:it|this|the\s+rest|off|for\s+(?:him|her|them)|now"
    r"|from\s+(?:him|her|them)))+"
    r"|\bfi\s+sy(?:dd)?\s*(?:'?n\s+|\s+yn\s+)(?:teipio|sgwennu|ysgrifennu|gorffen|cario\s+mlaen)(?:\s+(?:hwn|hyn|rwan|wan"
    r"|nawr|drosti|drosto|iddi|iddo))*"
    r"|\b(?:dwi|dw\s+i|rwy|wi)\s*(?:'n\s+|\s+yn\s+)(?:cymryd\s+drosodd|gorffen|helpu|teipio)(?:\s+(?:hwn|hyn|rwan|wan|nawr))*"
    r"|\b(?:mae|ma)\s+(?:hi|o|e|fe|fo|mam|dad|nain|taid)\s*(?:'di|wedi|di)\s+(?:blino|mynd\s+i'?w\s+gwely|mynd\s+i'?r\s+gwely"
    r"|mynd\s+i\s+gysgu|cael\s+digon)"
    r"|\b(?:now|here|hi|hello|hiya|sorry|ok|okay|rwan|wan|nawr|sori|helo|haia|diolch|thanks|x+|lol)\b",
    re.IGNORECASE)
#: More words than this besides the takeover and the handing over: an answer too, kept as one.
ANSWER_TOO_WORDS = 3
#: The person not answering now, or the new hand taking over ("he's gone to bed", "she asked me to finish it", "I'm
#: taking over", "mae o wedi blino", "dw i'n cymryd drosodd"): only then is a support worker at the keyboard a takeover.
_PERSON_AWAY = re.compile(
    r"\b(?:gone\s+(?:to\s+bed|for\s+a\s+lie\s+down|out|to\s+sleep)|asleep|had\s+enough|worn\s+out|exhausted"
    r"|(?:wants|asked|has\s+asked|told|would\s+like)\s+me\s+to\s+(?:finish|carry\s+on|do\s+it|fill|answer|take\s+over)"
    r"|tak(?:e|es|ing)\s+over|took\s+over|finish(?:ing)?\s+(?:it|this|the\s+rest|off)"
    r"|(?:wedi|di)\s+(?:blino|cael\s+digon|mynd\s+i'?w\s+g?wely|mynd\s+i'?r\s+gwely|mynd\s+i\s+gysgu|mynd\s+allan)"
    r"|cysgu|cymryd\s+drosodd|gorffen\s+(?:hwn|hyn|o|e|fo|fe)|(?:gofyn|isio|eisiau|moyn)\s+i\s+fi\s+(?:orffen|gario))\b",
    re.IGNORECASE)

#: Handing back, at the start of a short message ("ok it's mum again", "me again", "it's Dai again", "mum's back",
#: "I'm back", "back to me", "fi sy 'ma eto", "fi eto", "Mam sy 'ma eto", "nôl i fi", "mae Mam yn ôl"); read only while
#: someone else has the keyboard, and only with a word for the person in it (PERSON_WORDS, or their name).
_HANDED_BACK = re.compile(
    r"^\W*(?:(?:ok|okay|right|hi|hiya|hello|helo|haia|ia|iawn|yes|yeah|reit|sorry|sori)\W+)*"
    r"(?:(?:it'?s|its|is|this\s+is|i'?m|im)\s+)?(?:[^\W\d_][\w-]*)\s+(?:here\s+)?again\b"
    r"|^\W*(?:(?:ok|okay|right|hi|hiya|hello|yes|yeah|sorry)\W+)*(?:[^\W\d_][\w-]*)(?:'s|\s+is)\s+back\b"
    r"|^\W*(?:(?:ok|okay|right|hi|hiya|hello|yes|yeah|sorry)\W+)*(?:back\s+to\s+me|i'?m\s+back|im\s+back)\b"
    r"|^\W*(?:(?:ok|iawn|reit|helo|haia|ia|sori)\W+)*(?:[^\W\d_][\w-]*)\s+(?:sy(?:dd)?\s*(?:'?ma|yma|'?n\s+teipio"
    r"|\s+yn\s+teipio)\s+)?(?:eto|n[oô]l)\b"
    r"|^\W*(?:(?:ok|iawn|reit|helo|haia|ia|sori)\W+)*(?:n[oô]l\s+(?:i|at)\s+fi|(?:mae|ma)\s+[^\W\d_][\w-]*\s+(?:yn\s+)?[oô]l)\b",
    re.IGNORECASE)
#: The one who started, in the words of a hand back: "me", "mum", "fi", "Mam" (their name too, as given).
_PERSON_WORDS = frozenset({"me", "fi", "mum", "mam", "mom", "mummy", "dad", "tad", "nan", "nain", "taid", "gran",
                           "grandad", "mamgu", "nanna", "im", "i"})
#: A hand back is a short message; anything longer is an answer.
HAND_BACK_WORDS = 12


def _plain(text: str) -> str:
    """Lower case, accents left out and one kind of apostrophe, the same length as the text (so a match's place is
    the same in both)."""
    return plain_fold(text.lower())


def _said_with(plain: str, found: re.Match[str] | None) -> str:
    """The sentence a takeover is said in (the whole message when none is): where the person may be said to be there."""
    if found is None:
        return plain
    start = max(plain.rfind(stop, 0, found.start()) for stop in ".!?\n")
    ends = [i for i in (plain.find(stop, found.end()) for stop in ".!?\n") if i >= 0]
    return plain[start + 1:min(ends) if ends else len(plain)]


def taken_over(text: str) -> tuple[HandAtKeyboard, tuple[int, int]] | None:
    """Who took over the keyboard, as the message says it, and where it says it; None when it says no such thing."""
    plain = _plain(text)
    if len(plain) != len(text):
        return None
    found = next((m for m in (p.search(plain) for p in _TAKEOVERS) if m is not None), None)
    if _PERSON_STILL_THERE.search(_said_with(plain, found)):
        return None  # (in the words said with the takeover: "Dad wants to watch the football with me" is an answer)
    if found is not None and _AT_THE_KEYBOARD.search(plain):
        kin = " ".join(found.group("kin").split())
        name = found.groupdict().get("name")
        given = text[found.start("name"):found.end("name")] if name and name not in _NOT_NAMES else None
        return HandAtKeyboard(_WORD_TO_RELATION.get(kin, SOMEONE), given), found.span()
    someone = _SOMEONE_ELSE.search(plain)
    if someone is not None:
        return HandAtKeyboard(SOMEONE), someone.span()
    return None


def _answer_too(text: str, said: tuple[int, int]) -> bool:
    """Whether the message says more than the takeover and why ("her daughter here. Mum would like help with her
    shopping"): then it is an answer too."""
    rest = _HANDING_OVER_WORDS.sub(" ", _plain(text[:said[0]] + " " + text[said[1]:]))
    return len(re.findall(r"[^\W\d_]{2,}", rest)) > ANSWER_TOO_WORDS


def handed_back(text: str, display_name: str) -> bool:
    """Whether a short message gives the keyboard back to the one who started ("ok it's mum again", "fi sy 'ma eto")."""
    plain = _plain(text)
    if len(plain.split()) > HAND_BACK_WORDS:
        return False
    found = _HANDED_BACK.search(plain)
    if found is None:
        return False
    words = set(re.findall(r"[^\W\d_]+", found.group(0)))
    return bool(words & _PERSON_WORDS) or bool(display_name and _plain(display_name.split(maxsplit=1)[0]) in words)


#: Giving the keyboard back at the end of an answer ("… ok giving it back to mum now", "… rhoi fe nôl i mam rwan").
_GIVES_BACK = re.compile(r"\b(?:giving|passing|handing)\s+(?:it|you|this|the\s+\w+)\s+back\s+(?:over\s+)?to\b"
                         r"|\b(?:rhoi|pasio)\s+(?:o\s+|e\s+|fe\s+|fo\s+|hi\s+|hwn\s+|y\s+\w+\s+)?(?:n[oô]l|yn\s+[oô]l)\s+i\b",
                         re.IGNORECASE)


def _first_sentence(text: str) -> str:
    found = re.search(r"[.!?\n]", text)
    return text[:found.end()] if found else text


def _last_sentence(text: str) -> str:
    parts = [p for p in re.split(r"(?<=[.!?\n])\s+", text.strip()) if p.strip()]
    return parts[-1] if parts else ""


def hands_back_first(turn: Turn, text: str) -> bool:
    """A longer answer that opens by handing back ("Is me again, Agnieszka. Please speak slow…"): the keyboard is
    theirs again before the answer is kept, so it is kept as their view (eighth trial AB8)."""
    if turn.hand_at_keyboard is None or len(text.split()) <= HAND_BACK_WORDS:
        return False
    first = _first_sentence(text)
    if first.strip() == text.strip() or not handed_back(first, turn.display_name):
        return False
    repository.note_hand_at_keyboard(turn.sender_id, None)
    turn.hand_at_keyboard = None
    turn.say("keyboard_handed_back")
    return True


def gives_back_after(turn: Turn, text: str) -> None:
    """An answer that ends by giving the keyboard back ("… ok giving it back to mum now"): kept as typed by the one who
    typed it, then the keyboard is the first one's again (eighth trial AB8)."""
    if turn.hand_at_keyboard is not None and _GIVES_BACK.search(_plain(_last_sentence(text))):
        repository.note_hand_at_keyboard(turn.sender_id, None)
        turn.hand_at_keyboard = None


def is_professional(hand: HandAtKeyboard) -> bool:
    """Whether the new hand is there for their job (a support worker): their view is a professional's."""
    return answers_as_a_professional(" ".join(RELATIONS.get(hand.relation, ())[:1]))


def changed_hands(turn: Turn, slot: str, text: str) -> dict[str, Any] | None:
    """A takeover or a hand back said at a question: noted, acknowledged in the conversation's language and register,
    and the slot updates; None when the message says neither. The message is kept as typed: as the answer when it
    says more ({} returned: the caller keeps it), else apart (key KEYBOARD_KEY) with the same question again.

    A support worker saying they are the one typing ("Jo, ei weithiwr cymorth o, sy'n teipio", "this is Jo his support
    worker typing") is no takeover unless the person is away or they take over (`_PERSON_AWAY`): they type for the
    person, so the answers stay the person's, their own view is theirs where they give it (`supporters_own_words`) and
    the summary says someone typed for them (stop 37: every later answer was filed as a new speaker's, a
    professional's). The same hand said again with an answer is that answer, not a new speaker."""
    from bot.conversation.answers import about_whom, keep_aside, question_text  # (answers calls this module)

    now = turn.hand_at_keyboard
    said = taken_over(text)
    if said is not None and is_professional(said[0]) and not _PERSON_AWAY.search(_plain(text)):
        # A support worker typing for the person: a supporter, whose own view is read apart (supporters_own_words).
        if _answer_too(text, said[1]):
            return None  # the answer, the person's
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot), key=KEYBOARD_KEY)
        turn.say("keyboard_typing_for")
        return {slot: None}
    if said is not None:
        hand, where = said
        if now == hand and _answer_too(text, where):
            return {}  # said again with an answer: the same hand, no new speaker, nothing to acknowledge
        if now != hand:
            repository.note_hand_at_keyboard(turn.sender_id, hand)
            turn.hand_at_keyboard = hand
        turn.say("keyboard_taken_over", person=turn.display_name or turn.render("keyboard_the_person").text)
        if _answer_too(text, where):
            return {}
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot), key=KEYBOARD_KEY)
        return {slot: None}
    if hands_back_first(turn, text):
        return {}  # the rest is their answer
    if now is not None and handed_back(text, turn.display_name):
        repository.note_hand_at_keyboard(turn.sender_id, None)
        turn.hand_at_keyboard = None
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot), key=KEYBOARD_KEY)
        turn.say("keyboard_handed_back")
        return {slot: None}
    return None


#: The question key of a message that only said who has the keyboard (kept as typed, never an outcome).
KEYBOARD_KEY = "keyboard"


# A supporter typing for the person, speaking as themselves inside an answer (trial 34 AJ5) -----------------------
#: Someone typing for the person says who they are before their own words, in the answer itself: "Jo here - …",
#: "(Jo: …)", "this is Jo his support worker, …", "Jo sy'n teipio: …", "Jo sy 'ma - …", "Jo yma: …". On plain
#: lower-case words; a name and a colon is read apart (`_NAME_COLON`), on the typed words, as a name is written.
_SUPPORTER_SAYS = re.compile(
    r"(?:^|[.!?;\n(]\s*|\s[-\u2013\u2014]\s*)(?P<name>[^\W\d_][\w-]*)\s+(?:here|yma)\s*(?:[-\u2013\u2014:,.]|$)"
    r"|\b(?:this\s+is|it'?s|its|i'?m|im|i\s+am)\s+(?:[^\W\d_][\w-]*\s*,?\s+)?(?:his|her|their)\s+" + _KIN + r"\b"
    r"|(?:^|[.!?;\n(]\s*)(?P<cyname>[^\W\d_][\w-]*)(?:\s*,\s*(?:ei\s+)?" + _KIN.replace("?P<kin>", "?:")
    + r"(?:\s+(?:hi|o|fo|e|fe))?\s*,)?\s+sy(?:dd)?\s*(?:'?n\s+teipio|\s+yn\s+teipio|'?ma|yma)\b"
    r"(?:\s+(?:rwan|wan|nawr))?\s*(?:[-\u2013\u2014:,.(]|$)")
#: "Jo: …", "(Jo: …": a name with a capital and a colon, opening a sentence or a bracket.
_NAME_COLON = re.compile(r"(?:^|[.!?;\n(]\s*)(?P<name>[A-Z][\w-]*)\s*(?:\([^()]{1,40}\)\s*)?:\s")
#: Words before "here" or a colon that are no one's name ("I'm here", "Note:", "PS:", "Me:").
_NOT_A_SUPPORTER = frozenset({
    *_NOT_NAMES, "i", "we", "you", "he", "she", "they", "everyone", "nobody", "nothing", "what", "who", "there",
    "note", "notes", "ps", "nb", "update", "edit", "re", "answer", "question", "q", "a", "keep", "change", "why",
    "also", "eg", "example", "dyma", "nodyn", "ateb", "hefyd", "yma", "rhywun", "person", "mae", "ma"})
#: The supporter's own opinion, in their own voice ("in my view he needs…", "I think she needs…", "dw i'n meddwl bod
#: angen…", "yn fy marn i…"): read with the person spoken of as "he" / "she" / "fo" / "hi" (`_THIRD_PERSON`).
_OWN_OPINION = re.compile(
    r"\b(?:in\s+my\s+(?:view|opinion)|my\s+(?:view|opinion)\s+is|i\s+(?:think|feel|reckon|believe|'d\s+say|would\s+say)"
    r"|id\s+say|personally|if\s+you\s+ask\s+me"
    r"|yn\s+fy\s+marn(?:\s+i)?|fy\s+marn\s+i\s+(?:yw|ydi|ydy)|(?:dw\s+i|dwi|rwy|rydw\s+i|wi|fi)\s*(?:'n\s+|\s+yn\s+)"
    r"(?:meddwl|credu|teimlo))\b")
#: The person spoken of, not the speaker.
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hes|shes|o|fo|e|fe|hi|arno|arni|iddo|iddi|ei\s+fod|ei\s+bod)\b")
#: Where a supporter's words in brackets end.
_CLOSE = re.compile(r"\)")


def _supporter_openings(text: str, own_name: str = "") -> list[tuple[int, bool]]:
    """Where someone typing for the person starts to speak as themselves in `text`, and whether in a bracket (the
    person's own name before "here" or a colon is them: "Gaz here, I like buses")."""
    plain = _plain(text)
    not_them = {*_NOT_A_SUPPORTER, *_plain(own_name).split()[:1]}
    found: list[tuple[int, bool]] = []
    for match in _SUPPORTER_SAYS.finditer(plain):
        name = match.group("name") or match.group("cyname")
        if name is not None and name in not_them:
            continue
        found.append((match.start(), "(" in plain[match.start():match.start() + 2]))
    found.extend((m.start(), "(" in text[m.start():m.start() + 2]) for m in _NAME_COLON.finditer(text)
                 if _plain(m.group("name").lower()) not in not_them)
    return sorted(set(found))


def _supporter_view(words: Sequence[str]) -> str:
    """Whose view a supporter's own words are: a professional's when they said they are there for their job ("this is
    Jo his support worker"), else a carer's (family, a friend, or someone who did not say)."""
    return "professional" if any(answers_as_a_professional(_plain(w)) for w in words) else "carer"


def supporters_own_words(text: str, earlier: Sequence[str],
                         own_name: str = "") -> tuple[str, list[tuple[int, int]]] | None:
    """Someone typing for the person, speaking as themselves in this answer: whose view their words are (bot.analysis.
    types.WHOSE_VIEWS) and where they are; None when nothing in it is theirs.

    Why: "Friend not foe" asks for different views side by side, each with whose it is. A support worker typed for
    Gareth ("Jo here - in my view the job is the most important thing…", "Jo: Gareth would like to learn to cook. in
    my view he needs more support hours…") and every word was filed as Gareth's view (trial 34 AJ5). Their words run
    from where they say who they are to the end of the answer (or of the bracket they opened); and where they said
    earlier that they type for the person, an opinion of theirs about the person ("I think he needs…", "dw i'n meddwl
    bod angen help arni hi") is theirs wherever it is. The person's words passed on ("Gareth says he wants…") stay
    the person's: the caller leaves those out (OutcomeSpan.reported).
    """
    openings = _supporter_openings(text, own_name)
    said_earlier = [m for m in earlier if _supporter_openings(m, own_name) or SOMEONE_TYPING.search(_plain(m))]
    if not openings and not said_earlier:
        return None
    plain = _plain(text)
    stretches: list[tuple[int, int]] = []
    for start, bracketed in openings:
        closed = _CLOSE.search(text, start + 1) if bracketed else None
        stretches.append((start, closed.start() if closed else len(text)))
    for match in _OWN_OPINION.finditer(plain):
        end = len(plain)
        for stop in ".!?\n":
            found = plain.find(stop, match.end())
            end = min(end, found) if found >= 0 else end
        if _THIRD_PERSON.search(plain, match.end(), end):
            begin = max(plain.rfind(stop, 0, match.start()) for stop in ".!?\n") + 1
            stretches.append((begin, end))
    if not stretches:
        return None
    intro = [text[a:b] for a, b in stretches] + said_earlier
    return _supporter_view(intro), sorted(stretches)


#: Someone typing for the person, who is there saying what to write ("Nain is here dictating", "I'm typing for Mum,
#: she's beside me", "Gwenno sy'n teipio rŵan", "dwi'n teipio i nain, ma hi wrth fy ochr i yn deud be i sgwennu";
#: stop-22 trial V14): on lower-cased words. Said earlier, it is also enough to read a later
#: "I think he needs…" as the typist's (keyboard; "Jo his support worker typing", riskfam37). One pattern for both.
SOMEONE_TYPING = re.compile(
    r"\b(?:(?:i['\u2019]?m|im|i\s+am|just|only)\s+(?:typing|writing\s+(?:it\s+)?(?:down|for))|typing\s+(?:this\s+|it\s+)?"
    r"(?:for|on\s+behalf)|dictat(?:ing|es|ed)|telling\s+me\s+what\s+to\s+(?:say|write|type|put)"
    r"|\b(?:support\s+worker|key\s*worker|care\s+worker|carer)\s+(?:is\s+)?typing\b"
    r"|sy['\u2019]?n\s+teipio|(?:teipio|sgwennu)\s+(?:hwn\s+|hyn\s+)?(?:i|ar\s+ran|dros)\s|(?:jyst|dim\s+ond)\s+(?:teipio|sgwennu)"
    r"|yn\s+(?:deud|dweud)\s+(?:be|beth)\s+i\s+(?:sgwennu|ysgrifennu|deipio))")
