"""Before the questions: consent, who is talking, and the names they give.

Each step returns the slot updates to make; names and relationships are kept
exactly as written.
"""
from __future__ import annotations

import re
from typing import Any

from bot.analysis.controls import is_button_payload, phrase_key, yes_or_no
from bot.analysis.text import fold
from bot.conversation.answers import is_skip, store_answer
from bot.conversation.turn import REGISTER_FOR, ROLES, SKIPPED, Turn
from bot.storage import repository
from bot.storage.repository import RecordError

ROLE_WORDS = {
    "carer": ("carer", "caring", "care for", "look after", "looking after", "looks after", "on behalf", "gofal",
              "gofalu", "gofalwr", "gofalydd", "edrych ar ol", "edrach ar ol", "sbio ar ol", "edrych ar ei ol",
              "edrych ar ei hol", "my mum", "my dad", "my mam", "my wife", "my husband", "my son", "my daughter",
              "my nan", "my nana", "my gran", "my grandma", "my grandad", "my grandpa", "my partner", "my brother",
              "my sister", "my friend", "my mother", "my father", "my taid", "my nain", "for mum", "for dad",
              "for mam", "fy mam", "fy nhad", "fy ngŵr", "fy ngwr", "fy ngwraig", "fy merch", "fy mab", "fy nain",
              "fy nhaid", "fy mam-gu", "fy nhad-cu", "fy mrawd", "fy chwaer", "fy ffrind", "am mam", "am dad",
              "i mam", "i dad", "family", "teulu", "ar ran", "ar rhan", "helpu mam", "helpu dad", "help my mum",
              "help my dad"),
    "young_person": ("young", "ifanc", "teen", "school", "ysgol", "college", "coleg", "under 18", "under 25"),
    "person": ("me", "myself", "it's about me", "its about me", "fi", "fi fy hun", "amdana i", "mi", "i am", "person",
               "fy hun", "amdanaf i"),
}

#: "I'm his daughter", "merch fo dwi", "fi yw ei fab e": who they are to the person, so a carer.
_RELATIVE = (r"(?:daughter|son|wife|husband|partner|granddaughter|grandson|niece|nephew|sister|brother|carer"
             r"|merch|ferch|mab|fab|gwraig|wraig|gŵr|gwr|ŵr|wr|wyres|ŵyr|wyr|chwaer|brawd|frawd|gofalwr|ofalwr)")
_RELATIVE_OF = re.compile(
    r"\b(?:(?:his|her|their)\s+" + _RELATIVE + r"|" + _RELATIVE + r"\s+(?:fo|o|hi|e|fe)"
    r"|ei\s+" + _RELATIVE + r"(?:\s+(?:fo|o|hi|e|fe))?)\b")
#: "wi moyn neud hwn i mam-gu", "helpu nain", "wi'n ofalwr i dad-cu": doing it for, or caring for, a relative.
_FOR_A_RELATIVE = re.compile(
    r"\b(?:(?:i|am|helpu|ar ran|ar rhan|ofalwr i|ofalydd i)\s+(?:fy\s+|y\s+)?"
    r"(?:mam|mami|dad|tad|nhad|nain|taid|mam-gu|mamgu|mam gu|tad-cu|tadcu|tad cu|nana|grampa|gramps|ngwr|ngwraig"
    r"|gwr|wr|gwraig|wraig|mab|merch|brawd|chwaer|mrawd|anti|yncl|modryb)|(?:ofalwr|ofalydd)\s+(?:i|dros))\b")
#: "Sai'n ofalwr", "I'm not a carer", "dwi ddim yn gofalu am neb": the person themselves.
_NOT_A_CARER = re.compile(
    r"\b(?:not\s+(?:a\s+)?carer|don'?t\s+(?:look\s+after|care\s+for)|(?:sai|sa\s+i|dw\s*i\s+ddim|dwi\s+ddim"
    r"|dydw\s+i\s+ddim|dwi'?m|so\s+fi)(?:'n|\s+yn)?\s+(?:ofalwr|ofalydd|gofalwr|gofalu|edrych\s+ar\s+ol))")

_YOUNG_AGE = re.compile(r"\b(?:i'?m|i am|im|dw ?i'?n|dwi'?n|rwy'?n|wi'?n|fi'?n)\s*(?:1[0-9]|2[0-4])\b")


def role_from_text(text: str) -> str | None:
    """Who is talking, from what they wrote ("I look after my mum" -> carer), or None if unclear.

    Accents never matter ("edrych ar ol dad" is "edrych ar ôl dad"); a name alone says nothing.
    """
    key = fold(phrase_key(text))
    if _YOUNG_AGE.search(key):
        return "young_person"  # "I'm 15", "Dw i'n 14 oed": a young person, whatever else is said
    if _NOT_A_CARER.search(key):
        return "person"
    if _RELATIVE_OF.search(key) or _FOR_A_RELATIVE.search(key):
        return "carer"
    t = " " + key + " "
    for role in ("carer", "young_person", "person"):
        if any((" " + fold(w) + " ") in t for w in ROLE_WORDS[role]):
            return role
    return None


def take_consent(turn: Turn, value: Any) -> dict[str, Any]:
    if turn.language is None:
        # Consent only once they have read it in their language. The Active Offer was shown when the
        # form asked (after "start again" before any choice): the reply carries on in its language, or
        # the one most likely, so the greeting never loops; the consent question follows in it.
        from bot.conversation import steering  # (steering builds on this module)

        language = steering.choose_language(turn, [steering.likely_language(turn.latest_text)])
        return {"language": language, "consent_choice": None}
    # The words decide (a "no ta" DIET took for a yes is a no); a button's "yes"/"no" otherwise.
    answer = yes_or_no(turn.latest_text)
    if answer is None:
        answer = {"yes": True, "no": False}.get(str(value)) if value in ("yes", "no") else yes_or_no(str(value))
    if answer is None:
        turn.say("consent_unclear")
        return {"consent_choice": None}
    turn.ensure_record()
    repository.record_consent(turn.sender_id, answer)
    return {"consent_choice": "yes" if answer else "no"}


def take_role(turn: Turn, value: Any) -> dict[str, Any]:
    role = value if value in ROLES else role_from_text(str(value))
    if role is None:
        turn.say("role_unclear")
        return {"role": None}
    register = REGISTER_FOR[role]
    repository.update_conversation(turn.sender_id, completed_by=role, register=register)
    return {"role": role, "completed_by": role, "register": register}


def known_speaker(turn: Turn) -> dict[str, Any]:
    """Who is talking, from the record when it already says so; returns the slot updates (or {}).

    An invitation link names who will talk (the person, a carer, a young person), and opening it
    writes that to the record on whichever channel it was opened (bot.conversation.invitations).
    Every channel's turn calls this before anything is said, so that person is never asked again
    (and their answer never overwrites the practitioner's), and a young person hears "ti" from the
    first word. Once the role slot is set, or after "start again" (which clears the record's), it
    does nothing: the person's own answer stands.
    """
    if turn.slot("role") in ROLES:
        return {}
    role = repository.addressee(turn.sender_id).role
    if role not in ROLES:
        return {}
    updates = {"role": role, "completed_by": role, "register": REGISTER_FOR[role]}
    for name, value in updates.items():
        turn.set(name, value)
    return updates


def _words(turn: Turn) -> str | None:
    """The message as written, or None (and a clear reply) when it cannot be kept."""
    try:
        return repository.clean_text(turn.latest_text)
    except RecordError as err:
        turn.say("input_" + str(err))
        return None


# A name: a word, and a second one only when it is capitalised ("Gwilym", "Mair Jenkins", "Siôn", "O'Brien").
_NAME = r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?)"
_RELATION = (r"(?i:mum|mam|mom|dad|nan|nana|nain|taid|gran|grandad|grandma|mam-gu|tad-cu|wife|husband|gwraig|gŵr|gwr"
             r"|son|daughter|mab|merch|brother|sister|brawd|chwaer|partner|friend|ffrind)")
_IS_HE = r"\s+(?i:(?:ydi|ydy|yw|di)\s+(?:o|fo|hi|e|fe))\W*$"
#: How people give a name in a sentence, north and south: "Gwilym ydi enw fo", "enw fo ydi Gwilym",
#: "Tecwyn ydi o", "his name's Gwilym", "she's called Ann", "Dad, Gwilym". Only the words around the
#: name ignore case, so a lower-case word after the name is never taken as part of it.
_NAME_PATTERNS = tuple(re.compile(p) for p in (
    _NAME + r"\s+(?i:(?:ydi|ydy|yw|di)\s+(?:ei\s+)?h?enw)\b",
    r"(?i:\benw\s+(?:fo|o|e|fe|hi|ei|fi|i)\s+(?:ydi|ydy|yw|di))\s+" + _NAME,
    r"(?i:\bei\s+enw\s+(?:fo\s+|o\s+|e\s+|fe\s+|hi\s+)?(?:ydi|ydy|yw|di))\s+" + _NAME,
    r"^(?:\W*" + _RELATION + r"\s*[.,:;–—-])?\s*" + _NAME + _IS_HE,
    r"(?i:\b(?:his|her|their|my)\s+name(?:'s|’s|s|\s+is))\s+" + _NAME,
    r"(?i:\b(?:he's|she's|he’s|she’s|hes|shes|he is|she is|they're|they are|i'm|im|i am)\s+called)\s+" + _NAME,
    r"^\s*" + _RELATION + r"\s*[.,:;–—-]\s*" + _NAME + r"\s*[.!]*\s*$",
))


#: "Mrs Beti Morgan, ond Beti yn iawn bach", "but Jo is fine", "call me Jo": the name they say will do.
_WILL_DO = tuple(re.compile(p) for p in (
    r"(?:[.,;]\s*(?i:(?:ond|but|jyst|just)\s+)?|(?i:\b(?:ond|but|jyst|just)\s+))" + _NAME
    + r"(?i:\s+(?:yn\s+iawn|yn\s+ok|yn\s+grêt|yn\s+gret|is\s+fine|is\s+ok"
    r"|is\s+okay|will\s+do|neith\s+y\s+tro|wneith\s+y\s+tro))\b",
    r"(?i:\b(?:call\s+me|galwa\s+fi'?n|galwch\s+fi'?n))\s+" + _NAME,
))
#: Who the person is to the carer, at the start of the answer ("my husband Dai", "fy ngŵr, Dai", "Mam, Nansi...").
_GIVEN_RELATION = re.compile(
    r"^\W*(?P<relation>(?i:(?:my|our|fy|'y|ein)\s+)?(?i:mam-gu|tad-cu|mamgu|tadcu|grandma|grandad|grandpa|granny|gran"
    r"|nana|nan|nain|taid|mum|mam|mom|mother|mother-in-law|father|dad|nhad|tad|wife|husband|partner|gwraig|ngwraig"
    r"|wraig|gŵr|ngŵr|gwr|ngwr|son|daughter|mab|merch|brother|sister|brawd|mrawd|chwaer|friend|ffrind|neighbour"
    r"|cymydog|cymdoges|nghymydog|gariad|nghariad))(?![\w'’-])\s*(?:[.,:;–—-]+\s*)?")
#: A title that ends in a full stop, which does not end the name ("Mr. Roberts").
_TITLE = re.compile(r"^\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.\s*")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?()–—]|\s-\s)")
#: A first clause longer than this is more than a name: only its first name (and surname) is kept.
_MAX_NAME_WORDS = 3


def _first_clause(text: str) -> str:
    """The answer up to its first full stop or comma ("Mr Roberts. Ted to my friends" -> "Mr Roberts")."""
    title = _TITLE.match(text)
    start = title.end() if title else 0
    end = _CLAUSE_END.search(text, start)
    clause = text[:end.start()].strip() if end else text.strip()
    if len(clause.split()) > _MAX_NAME_WORDS:
        found = re.match(r"\s*" + _NAME, clause)
        return found.group("name") if found else clause
    return clause


def relation_in(text: str) -> str | None:
    """Who the person is to the carer when the name answer begins with it ("my husband Dai" -> "my husband")."""
    found = _GIVEN_RELATION.match(text)
    return found.group("relation") if found else None


def name_in(text: str) -> str:
    """The name in an answer to "what name shall I use?", exactly as typed.

    "Dad. Gwilym ydi enw fo" -> "Gwilym", "his name's Tom" -> "Tom", "Dad, Gwilym" -> "Gwilym",
    "my husband Dai, he's got dementia" -> "Dai", "Mrs Beti Morgan, ond Beti yn iawn bach" -> "Beti",
    "Mr Roberts. Ted to my friends" -> "Mr Roberts" (what they offered first). An extra clause is never
    part of the name; an answer that is only a name stays whole.
    """
    for pattern in _WILL_DO + _NAME_PATTERNS:
        found = pattern.search(text)
        if found:
            return found.group("name")
    relation = _GIVEN_RELATION.match(text)
    rest = text[relation.end():] if relation else text
    name = _first_clause(rest) if rest.strip() else ""
    return name or text.strip() or text


#: At these questions whatever is typed is the answer: a name or a relationship is never "off-topic".
ALWAYS_AN_ANSWER = ("consent_choice", "role", "name", "cared_for_name", "relationship")


def off_topic_answer(turn: Turn) -> dict[str, Any] | None:
    """What looked off-topic answers the question being asked ("Dad. Gwilym ydi enw fo").

    Returns the slot updates, or None when no such question is waiting.
    """
    slot = turn.slot("requested_slot")
    if slot not in ALWAYS_AN_ANSWER or is_button_payload(turn.latest_text):
        return None
    updates: dict[str, Any] = TAKE[slot](turn, turn.latest_text)
    return updates


def _keep_whole_answer(turn: Turn, slot: str, text: str, name: str) -> None:
    """When more than the name was said ("my husband Dai, he's got dementia"), the whole answer is kept
    verbatim as their answer to the question, so nothing they told us is lost with the extra clause."""
    if name.strip() != text.strip():
        store_answer(turn, slot, text)


def take_name(turn: Turn, value: Any) -> dict[str, Any]:
    if is_skip(turn, value):
        return {"name": SKIPPED}
    text = _words(turn)
    if text is None:
        return {"name": None}
    name = name_in(text)
    _keep_whole_answer(turn, "name", text, name)
    repository.update_conversation(turn.sender_id, display_name=name)
    turn.set("name", name)
    turn.say("nice_to_meet")
    return {"name": name}


def take_cared_for_name(turn: Turn, value: Any) -> dict[str, Any]:
    if is_skip(turn, value):
        return {"cared_for_name": SKIPPED}
    text = _words(turn)
    if text is None:
        return {"cared_for_name": None}
    name = name_in(text)
    _keep_whole_answer(turn, "cared_for_name", text, name)
    relation = relation_in(text) if turn.slot("relationship") is None else None
    if relation is None:
        repository.update_conversation(turn.sender_id, cared_for_name=name)
        return {"cared_for_name": name}
    # "my husband Dai, he's got dementia": the relationship was given with the name, so it is not asked.
    repository.update_conversation(turn.sender_id, cared_for_name=name, relationship_to_person=relation)
    turn.set("cared_for_name", name)
    turn.say("carer_intro")
    return {"cared_for_name": name, "relationship": relation}


def take_relationship(turn: Turn, value: Any) -> dict[str, Any]:
    if is_skip(turn, value):
        turn.say("carer_intro")
        return {"relationship": SKIPPED}
    text = _words(turn)
    if text is None:
        return {"relationship": None}
    repository.update_conversation(turn.sender_id, relationship_to_person=text)
    turn.say("carer_intro")
    return {"relationship": text}


#: The validation of each "about you" slot.
TAKE = {
    "consent_choice": take_consent,
    "role": take_role,
    "name": take_name,
    "cared_for_name": take_cared_for_name,
    "relationship": take_relationship,
}
