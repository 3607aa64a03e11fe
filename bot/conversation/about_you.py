"""Before the questions: consent, who is talking, and the names they give.

Each step returns the slot updates to make; names and relationships are kept
exactly as written.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from bot.analysis import analyse
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, complains_of_being_ignored
from bot.analysis.age import ADULT_AT, gives_a_young_age, stated_age
from bot.analysis.controls import (
    asks_for_simpler_words,
    asks_what_it_means,
    carries_on,
    consent_in,
    control_of,
    is_button_payload,
    phrase_key,
    word_count,
)
from bot.analysis.outcomes import sentences
from bot.analysis.text import demutate, fold, with_name_capitals
from bot.conversation import questions, replies
from bot.conversation.answers import (
    is_skip,
    say_it_was_added,
    say_simpler_words,
    sent_too_soon,
    store_answer,
    wish_before_the_questions,
    wishes_kept,
)
from bot.conversation.replies import mentions_a_hurry
from bot.conversation.turn import REGISTER_FOR, ROLES, SENTINELS, SKIPPED, Turn
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
    "young_person": ("young", "ifanc", "teen", "school", "ysgol", "college", "coleg", "under 18", "under 25",
                     "sixth form", "6th form", "chweched", "uni", "university", "prifysgol", "telegram", "teenager",
                     "youth"),
    "person": ("me", "myself", "it's about me", "its about me", "fi", "fi fy hun", "amdana i", "mi", "i am", "person",
               "fy hun", "amdanaf i"),
}

#: "I'm his daughter", "merch fo dwi", "fi yw ei fab e": who they are to the person, so a carer.
_RELATIVE = (r"(?:daughter|son|wife|husband|partner|granddaughter|grandson|niece|nephew|sister|brother|carer"
             r"|neighbour|neighbor|friend|uncle|aunt|auntie|cymydog|gymydog|cymdoges|gymdoges|ffrind|nai|nith"
             r"|merch|ferch|mab|fab|gwraig|wraig|gŵr|gwr|ŵr|wr|wyres|ŵyr|wyr|chwaer|brawd|frawd|gofalwr|ofalwr"
             r"|parent|mum|mam|mom|mother|dad|father|guardian|rhiant|fam|tad|nhad)")
_RELATIVE_OF = re.compile(
    r"\b(?:(?:his|her|their)\s+" + _RELATIVE + r"|" + _RELATIVE + r"\s+(?:fo|o|hi|e|fe)"
    r"|ei\s+" + _RELATIVE + r"(?:\s+(?:fo|o|hi|e|fe))?"
    # "dw i'n fam iddo fe, Dafydd" (trial 36 AM14: "wnes i ddim deall"): his mother, so a carer
    r"|" + _RELATIVE + r"\s+(?:iddo|iddi|iddyn|idd[oi]\s+(?:fe|fo|o|e|hi))(?:\s+(?:fo|o|hi|e|fe))?)\b")
#: "wi moyn neud hwn i mam-gu", "helpu nain", "wi'n ofalwr i dad-cu": doing it for, or caring for, a relative.
_FOR_A_RELATIVE = re.compile(
    r"\b(?:(?:i|am|helpu|ar ran|ar rhan|ofalwr i|ofalydd i)\s+(?:fy\s+|y\s+)?"
    r"(?:mam|mami|dad|tad|nhad|nain|taid|mam-gu|mamgu|mam gu|tad-cu|tadcu|tad cu|nana|grampa|gramps|ngwr|ngwraig"
    r"|gwr|wr|gwraig|wraig|mab|merch|brawd|chwaer|mrawd|anti|yncl|wncwl|modryb)|(?:ofalwr|ofalydd)\s+(?:i|dros))\b"
    # "fi sy'n llenwi fe i'n wncwl", "filling this in for my uncle": doing this for someone else.
    r"|\b(?:llenwi|llanw|teipio|sgwennu|ysgrifennu)\s+(?:hwn|hyn|fe|fo|o|e)?\s*(?:i|ar ran|dros)(?:'n|\s)\s*"
    r"(?!fi\b|mi\b|fy hun\b|fy hunan\b)"
    r"|\b(?:filling|fill|typing|doing)\s+(?:this|it)\s+(?:in\s+|out\s+)?(?:for|on behalf of)\s+(?!me\b|myself\b)")
#: "Sai'n ofalwr", "I'm not a carer", "dwi ddim yn gofalu am neb": the person themselves.
_NOT_A_CARER = re.compile(
    r"\b(?:not\s+(?:a\s+)?carer|don'?t\s+(?:look\s+after|care\s+for)|(?:sai|sa\s+i|dw\s*i\s+ddim|dwi\s+ddim"
    r"|dydw\s+i\s+ddim|dwi'?m|so\s+fi)(?:'n|\s+yn)?\s+(?:ofalwr|ofalydd|gofalwr|gofalu|edrych\s+ar\s+ol))")

#: "Dw i'n dad.", "wi'n fam-gu", "I'm the dad": a parent or grandparent in a clause of its own, answering "who is
#: talking?", so a carer (BA13, stop 46 trial: "Dw i'n dad. Mae fy mab yn 19…" was not read as the carer choice).
#: Only alone in its clause: "I'm a dad and I'm struggling" says nothing of someone else. On the lower-case answer.
_A_PARENT_ALONE = re.compile(
    r"^\W*(?:(?:dw\s*i|dwi|wi|fi|rydw\s+i|rwy|rwyf|ydw\s+i)\s*(?:['’]?\s*n|\s+yn)\s+"
    r"|(?:i['’]?m|im|i\s+am)\s+(?:(?:a|the|his|her|their)\s+)?)"
    r"(?:dad|tad|fam|mam|mum|mom|mam-gu|mamgu|fam-gu|famgu|dad-cu|tad-cu|dadcu|nain|taid|nan|gran|grandad|grandma"
    r"|grandparent|parent|rhiant|mother|father)"
    r"(?:\s+(?:iddo|iddi|iddyn|to\s+(?:him|her|them))(?:\s+(?:fe|fo|o|e|hi|nhw))?)?\s*(?:[.,;:!–—]|\s-\s|$)")

#: "I'm in year 10", "young person i help look after our Mam": a young person, whoever else they mention (a young
#: carer is a young person here). An age given is read by bot/analysis/age.py (gives_a_young_age).
#: Being in care or leaving it, in the words people use ("newydd adael gofal", "just left care", "I was in care", "my
#: foster carers", "cartref plant"): cared for by the council, never caring for someone (trial 38 AR2: "fi. dwi'n 17,
#: newydd adael gofal" was summarised as a young carer entitled to a young carer's needs assessment).
_IN_CARE = (r"(?:care leavers?|leaving care|left care|(?:was|been|grew up|growing up|live|living|lived|placed) in"
            r" (?:foster )?care|in foster care|(?:in|with) (?:a )?foster (?:family|home|placement)"
            r"|(?:my|me|our|with) foster (?:carers?|mum|mam|dad|parents?|family)|children'?s home"
            r"|(?:g|ng)?adael gofal|adawr gofal|gadawyr gofal|ymadawr gofal|ymadawyr gofal|(?:allan|mas) o ofal"
            r"|mewn gofal(?: maeth)?|(?:fy|efo|gyda|hefo|gydag) (?:ng|g)?ofalwy?r maeth"
            r"|(?:fy|efo|gyda|hefo|gydag|mewn) (?:nheulu|teulu|rhieni|cartref) maeth|(?:mewn )?cartref plant)")
_YOUNG_SIGNS = re.compile(
    r"\b(?:i'?m|im|i am|dw ?i|dwi|wi|fi)\s+(?:in\s+|yn\s+)?(?:year|yr|blwyddyn|bl)\s*(?:[7-9]|1[0-3])\b"
    r"|^\W*(?:year|yr|blwyddyn|bl)\s*(?:[7-9]|1[0-3])\W*$"
    r"|\b(?:young person|young carer|person ifanc|berson ifanc|gofalwr ifanc|ofalwr ifanc|gofalydd ifanc"
    r"|(?:i'?m|im|i am) (?:a )?(?:teen|teenager|student|pupil)|(?:i'?m|im|i am) (?:at|in) (?:school|college|sixth form)"
    r"|(?:dw ?i|dwi|wi|fi)(?:'n| yn)? (?:yn )?(?:yr |y )?(?:ysgol|coleg|chweched)"
    # In care or leaving it ("im in foster care", "dwi mewn gofal", "care leaver"): a young person, never a carer.
    r"|(?:i'?m|im|i am|dw ?i|dwi|wi|fi)(?:'n| yn)? (?:in|mewn) (?:foster care|care|gofal maeth|gofal)"
    r"|care leaver|leaving care|left care|gadael gofal|wedi gadael gofal|" + _IN_CARE + r")\b")
#: Who they look after, named as people say it: "my nan", "me mam" (north-east and valleys "me" is "my"),
#: "mam fi", "for my", "my nan's carer", or the relative alone ("Mam", "wyres").
_KIN = (r"(?:mum|mam|mom|mother|mammy|mami|dad|tad|nhad|father|nan|nana|nain|nanna|gran|granny|grandma|grandmother"
        r"|grandad|granddad|grandpa|grandfather|taid|nhaid|mamgu|mam-gu|mam gu|tadcu|tad-cu|tad cu|bamps|gramps"
        r"|husband|wife"
        r"|gwr|ngwr|gwraig|ngwraig|wraig|partner|son|daughter|mab|merch|brother|sister|brawd|mrawd|chwaer|auntie|aunt"
        r"|uncle|anti|yncl|modryb|ewythr|nephew|niece|grandson|granddaughter|wyres|wyr|friend|ffrind|neighbour"
        r"|cymydog|cymdoges|fiance|fiancee|gariad|nghariad|hubby|missus|mrs|bro|sis|boyfriend|girlfriend|parent|parents"
        r"|rhiant|rhieni|boy|girl|lad|lass|bairn|hogyn|hogan|bachgen|mother-in-law|father-in-law)")
_FOR_KIN = re.compile(
    r"\b(?:my|me|fy|'y|our|ein|for|i|am|dros|ar ran|ar rhan|on behalf of|the|y)\s+(?:my\s+|me\s+|fy\s+|'y\s+)?"
    + _KIN
    + r"\b|\b" + _KIN + r"\s+(?:fi|i)\b|\b" + _KIN + r"'?s\s+carer\b|^\W*" + _KIN + r"\W*$")
#: "Dad. Gwilym ydi enw fo", "nain, a mr jones": who it is about, first and in a clause of its own.
_KIN_FIRST = re.compile(r"^\W*" + _KIN + r"\s*[.,:;–—-]")
#: Words that say they care for someone, wherever they are in the message.
_CARING = tuple(fold(w) for w in (
    "carer", "caring", "care for", "look after", "looking after", "looks after", "on behalf", "gofal", "gofalu",
    "gofalwr", "gofalydd", "ofalwr", "ofalydd", "edrych ar ol", "edrach ar ol", "sbio ar ol", "edrych ar ei ol",
    # south (stop 30: "fi'n dishgwl ar ôl bamps" was not understood)
    "dishgwl ar ol", "disgwl ar ol", "dishgwl ar ei ol", "dishgwl ar ei hol",
    "edrych ar ei hol", "ar ran", "ar rhan", "helpu mam", "helpu dad", "help my mum", "help my dad", "foster",
    "maethu", "guardian", "gwarcheidwad", "support worker", "gweithiwr cymorth", "next of kin"))
#: "my son looks after me", "mae Mam yn helpu fi": someone cares for them, so it is about them.
_HELPED = re.compile(r"\b(?:looks?|looking|cares?|caring|helps?|helping|edrych|gofalu|helpu|sbio)\s+"
                     r"(?:after\s+|ar ol\s+|am\s+)?(?:me|fi|i mi|mi)\b(?!\s+" + _KIN + r"\b)")
#: "it's about me", "for me", "myself", "meself", "fi fy hun": about themselves ("for me mam" is "for my mam", not
#: this; stop 26, the fuzzing player: "meself" was not understood, twice, and asked again after "start again").
_ABOUT_ME = re.compile(r"\b(?:about me|for me|it'?s me|its me|just me|only me|me myself|myself|meself|fi fy hun|fy hun"
                       r"|amdana i|amdanaf i|amdana fi|i fi|i mi)\b(?!\s+" + _KIN + r"\b)")
#: "Dim carer, fi", "nid gofalwr": saying they are not a carer.
_NOT_CARER_WORDS = re.compile(r"\b(?:dim|nid|not|no)\s+(?:a\s+)?(?:carer|gofalwr|ofalwr)\b")
#: "I'm the one who needs help", "fi sydd angen help": the person themselves, however long the sentence.
_ME_WORDS = re.compile(r"\b(?:the one who|the one that|the one with|i need|i'm the person|im the person"
                       r"|fi sy(?:dd)?(?:'n| yn)? (?:angen|isio|eisiau|moyn|ishe|isie|cael)"
                       r"|dw i angen|dwi angen|wi angen|fi angen|needs? help myself|for myself)\b")
#: Someone else named or meant after the parent's clause ("Mae fy mab yn 19", "my son is 22", "he has…", "mae hi'n
#: awtistig", "ganddo"): whose parent they are (review 47 S5).
_WHOSE_PARENT = re.compile(r"\b(?:" + _KIN + r"|kids?|children|child|plant|plentyn|he|she|him|his|her|hers|they|them"
                           r"|their|ganddo|ganddi|ganddyn|iddo|iddi|iddyn|efo\s+fo|gyda\s+fe|(?:mae|ma|mai)\s+(?:o|e|fe|fo|hi)"
                           r"|(?:o|e|fe|fo|hi)['’]?n|(?:yw|ydi|ydy|di|is)\s+(?:e|fe|o|fo|hi|he|she))\b")


def _a_parent_of_someone(key: str, bracketed: str) -> bool:
    """Whether the answer to "who is talking?" is a parent in a clause of its own, then someone else named or meant,
    with nothing saying it is about themselves, or the parent alone: a carer (BA13, stop 46 trial: "Dw i'n dad. Mae fy
    mab yn 19…", "Dw i'n dad.").
    Why not the parent alone: "im a mum. its about me", "I'm a mum. I need help with my depression", "Dw i'n fam. Dw
    i angen help…", "fi'n fam - fi sy angen help" are the person themselves (review 47 S5)."""
    parent = _A_PARENT_ALONE.search(bracketed)
    if parent is None or _ABOUT_ME.search(key):
        return False
    if _ME_WORDS.search(key) and not _FOR_KIN.search(bracketed, parent.end()):
        return False  # ("I'm a dad. I need some help for my son": "I need" for him)
    rest = bracketed[parent.end():]
    return not re.search(r"\w", rest) or _WHOSE_PARENT.search(rest) is not None  # "Dw i'n dad." alone: the answer


#: Someone only typing for the person, who is there and saying what to write ("I'm her daughter Helen, just typing",
#: "typing for my mother, she's sitting next to me", "dwi'n teipio i nain, ma hi wrth fy ochr i yn deud be i
#: sgwennu"; stop-22 trial V14): the person is the one talking, so their own questions and their own view.
_JUST_TYPING = re.compile(
    r"\b(?:(?:just|only)\s+(?:typing|doing\s+the\s+typing|writing\s+it\s+(?:down|for\s+(?:her|him)))"
    r"|(?:she|he)\s*(?:'s|is)\s+(?:sitting\s+)?(?:right\s+)?(?:next\s+to|beside)\s+me"
    r"|(?:she|he)\s*(?:'s|is)\s+telling\s+me\s+what\s+to\s+(?:say|write|type|put)|dictat(?:ing|es)"
    r"|(?:jyst|dim\s+ond)\s+(?:teipio|sgwennu)|yn\s+(?:deud|dweud)\s+(?:be|beth)\s+i\s+(?:sgwennu|ysgrifennu|deipio))\b")


#: A paid worker typing the person's own words, the person there ("its Dai but Jo his support worker is typing what he
#: says", "Jo o'r staff sy'n teipio i Dai"; trial 39 AT8: read as a family carer, "Dai" as the carer's name, then
#: "Caring can be a lot"): the person is the one talking. On folded lower-case words.
_STAFF_TYPING = re.compile(
    r"\b(?:support\s+worker|key\s*worker|care\s+worker|staff|pa|personal\s+assistant|(?:g|w)?weithiwr\s+(?:cymorth"
    r"|gymorth|gofal|ofal|allweddol)|o'?r\s+staff)(?:\s+(?:o|e|fe|fo|hi))?\s*,?\s+(?:(?:is|sy|sydd)\s*(?:'n|\s+yn)?\s+)?(?:typing|teipio|writing"
    r"|sgwennu)\b"
    r"|\btyping\s+(?:down\s+)?what\s+(?:he|she|they|[^\W\d_]+)\s+(?:says|say|tells\s+me|wants)\b"
    r"|\bteipio\s+(?:be|beth)\s+(?:mae|ma)\s+(?:o|e|fe|fo|hi)\s*(?:'n|\s+yn)\s+(?:ddeud|ddweud|weud)\b")
#: The person's name said by the one typing for them: "its Dai but Jo…", "typing for Dai", "sy'n teipio i Dai",
#: "teipio dros Dai" (a capital marks the name, as typed; "Jo here" is the typist's own).
_PERSON_NAMED_BY_TYPIST = (
    re.compile(r"^\W*(?:(?i:hi|hiya|hello|helo|haia)[\s,.!]+)?(?i:it'?s|it’s|its|this\s+is)\s+"
               r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)(?![\w'’])(?!\s*,?\s*(?i:his|her|their|ei|the|y|from|o'r|here)\b)"),
    re.compile(r"(?i:typing|teipio|sgwennu|writing)\s+(?i:for|i|dros|ar\s+ran)\s+(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)(?![\w'’])"),
)


def staff_typing_for_them(text: str) -> bool:
    """Whether the answer to "who is talking?" says a paid worker is typing the person's own words (trial 39 AT8)."""
    return bool(_STAFF_TYPING.search(fold(" ".join(str(text or "").lower().split()))))


def person_named_by_typist(text: str) -> str | None:
    """The person's own name, when whoever types for them says it ("its Dai but Jo his support worker is typing",
    "Jo o'r staff sy'n teipio i Dai" -> "Dai"); None when no name is said, or it is a family word."""
    for pattern in _PERSON_NAMED_BY_TYPIST:
        found = pattern.search(text)
        if found and _is_a_name(found.group("name")) and fold(found.group("name")).lower() not in _KIN_AS_NAME:
            return _tidy(found.group("name"))
    return None


def role_from_text(text: str) -> str | None:
    """Who is talking, from what they wrote ("I look after my mum" -> carer), or None if unclear.

    Accents never matter ("edrych ar ol dad" is "edrych ar ôl dad"); a name alone says nothing.
    """
    key = fold(phrase_key(text))
    bracketed = fold(" ".join((text or "").lower().split()))  # "me (16)": the brackets kept
    if gives_a_young_age(text) or _YOUNG_SIGNS.search(bracketed):
        return "young_person"  # "I'm 15", "Dw i'n 14 oed", "me (16)": a young person, whatever else is said
    if (_NOT_A_CARER.search(key) or _NOT_CARER_WORDS.search(key) or _HELPED.search(key) or _JUST_TYPING.search(key)
            or staff_typing_for_them(text)):
        return "person"  # "not a carer", "my daughter looks after me", "I'm her daughter Helen, just typing"
    t = " " + key + " "
    if (_RELATIVE_OF.search(key) or _FOR_A_RELATIVE.search(key) or any((" " + w + " ") in t for w in _CARING)
            # "dw i'n fam i Gethin, mae o'n 14…" (AU10, stop-39 trial; stop 42): whose mother, with his name, is a
            # carer as "dw i'n fam iddo fe" is (and as "I'm Gethin's mum" already was, by whose_relative_speaking)
            or named_in_own_relation(text or "") is not None or _a_parent_of_someone(key, bracketed)):
        return "carer"  # "I'm his daughter", "ar ran fy nhad", "I look after..."
    if _ABOUT_ME.search(key) or _ME_WORDS.search(key):
        return "person"  # "it's about me, I live with my wife": a relative mentioned is not who it is about
    if (_FOR_KIN.search(key) or _KIN_FIRST.search(bracketed)
            or any((" " + fold(w) + " ") in t for w in ROLE_WORDS["carer"])):
        return "carer"  # "it's for my mum", "me mam", "Nain"
    for role in ("young_person", "person"):
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
    answer = consent_in(turn.latest_text)
    if not is_button_payload(turn.latest_text) and asks_about_assistant(turn.latest_text):
        # "Who's going to read all this then?", "will my mum see what i write?" (trial T37), "ia ok. ond ydi hwn yn
        # mynd at fy social worker i?" (U2), "does this go to my social worker? i dont want her reading everything"
        # (U31, read as a "no"): answered, then the short question again (answers.ask), whatever else the words or
        # NLU say. Consent waits on a question it is given with "but" / "ond"; a yes said apart, with a question
        # added ("ok yes, thank you. And how long you keep it?", eighth trial AB9), is taken, and the question answered.
        turn.say(about_assistant_reply(turn.latest_text))
        if not yes_beside_a_question(turn.latest_text):
            return {"consent_choice": None}
        answer = True
    if answer is None:
        answer = {"yes": True, "no": False}.get(str(value)) if value in ("yes", "no") else consent_in(str(value))
    if answer is None and carries_on(turn.latest_text):
        answer = True  # "parhau", "continue", "can we carry on?" at "is it OK to keep your answers?": go ahead
    if answer is None and explained(turn, "consent_explained"):
        return {"consent_choice": None}
    if answer is None and not is_button_payload(turn.latest_text) and (
            mentions_a_hurry(turn.latest_text) or len(turn.latest_text.split()) >= CONSENT_TELLS_MORE_WORDS):
        return _told_before_consent(turn)
    if answer is None:
        return _consent_unclear(turn)
    turn.ensure_record()
    repository.record_consent(turn.sender_id, answer)
    return {"consent_choice": "yes" if answer else "no"}


#: A question that waits on the answer before the yes counts: "yeah ok. but does this go to my social worker?" (U2).
_YES_WAITS_ON_IT = re.compile(
    r"^\W*(?:but|ond|only|dim\s+ond|as\s+long\s+as|cyn\s+belled|if|os|provided|unless|oni\s+bai)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


def yes_beside_a_question(text: str) -> bool:
    """A yes to "is it OK to write down your answers?" in sentences of its own, beside a question about us that only
    adds to it ("ok yes, thank you. And how long you keep it?": eighth trial AB9, the yes was lost and the question
    never answered); never a question the yes waits on ("yeah ok. but does this go to my social worker?")."""
    parts = [part for part in _SENTENCE.split(text.strip()) if part.strip()]
    asking = [part for part in parts if asks_about_assistant(part)]
    saying = [part for part in parts if not asks_about_assistant(part)]
    if not asking or not saying or any(_YES_WAITS_ON_IT.match(part) for part in asking):
        return False
    return consent_in(" ".join(saying)) is True


#: A reply at consent this long, neither a yes nor a no, is them starting to tell us (stop-25 trial U10).
CONSENT_TELLS_MORE_WORDS = 10


def _told_before_consent(turn: Turn) -> dict[str, Any]:
    """"Sorry I've only got 5 mins, school run. It's for my mum, Margaret, she's 84 and has dementia" at "is it OK to
    keep your answers?" got "Sorry, I didn't quite catch that" (stop-25 trial U10): what they wrote is lost and the
    hurry ignored. Now they are told honestly that nothing is kept before their OK, and asked once more; a hurry is
    heard (no "why" questions from here on, as a hurry later does: bot.conversation.answers)."""
    hurry = mentions_a_hurry(turn.latest_text)
    turn.say("consent_told_before_hurry" if hurry else "consent_told_before")
    skipped = {why: SKIPPED for why in questions.why_slots() if turn.slot(why) is None} if hurry else {}
    return {**skipped, "consent_choice": None}


def explained(turn: Turn, key: str) -> bool:
    """A typed "sori?", "be?", "what do you mean" instead of an answer: the question explained (message `key`)
    and asked again; True when it was. Never counted as a reply not understood (replies_not_understood)."""
    if is_button_payload(turn.latest_text) or not asks_what_it_means(turn.latest_text):
        return False
    turn.say(key)
    return True


def replies_not_understood(turn: Turn) -> int:
    """The earlier replies to the question now waiting, less those that asked what it means ("sori?",
    "what do you mean"): asking is not an answer, so it never brings the last ask or the best reading nearer."""
    earlier = turn.earlier_replies()
    if earlier <= 0:
        return 0
    asked_meaning = sum(asks_what_it_means(m) for m in turn.earlier_messages()[-earlier:])
    return max(earlier - asked_meaning, 0)


#: Replies not understood before consent is asked the last time, plainly, with what to type.
UNCLEAR_BEFORE_LAST_ASK = 1
#: Replies not understood before any other start question takes the most likely reading (never a third ask).
UNCLEAR_BEFORE_BEST_READING = 1


def _consent_unclear(turn: Turn) -> dict[str, Any]:
    """Consent is never assumed: asked again, then once more saying what to type, and that ask is the last.

    After a third reply that is neither a yes nor a no nothing is kept (as after a "no"), and the
    person is told they can type "ia" / "yes" whenever they want to begin (steering.reconsider).
    """
    earlier = replies_not_understood(turn)
    if earlier < UNCLEAR_BEFORE_LAST_ASK:
        turn.say("consent_unclear")
        return {"consent_choice": None}
    if earlier == UNCLEAR_BEFORE_LAST_ASK:
        turn.say("consent_last")
        return {"consent_choice": None}
    turn.ensure_record()
    repository.record_consent(turn.sender_id, False)
    return {"consent_choice": "no"}


#: A typed answer to "who is talking?" longer than this says more than who: it is kept as written.
ROLE_ANSWER_WORDS = 5


#: "I look after my husband Dave, he has dementia", "for my dad Alan", "dwi'n gofalu am fy ngŵr Dafydd": who the
#: carer looks after and their name, said in the answer to "who is talking?" (a capital marks the name).
def _kin_and_name() -> re.Pattern[str]:
    # "dwi'n edrych ar ol Mam, Menna", "Dw i'n gofalu am Dad, Gwilym" (stop-21 trial U39, U48: issue 11's own
    # example): after "am" / "ar ôl" / "for" the kin word is who they are, and a comma then a capital gives the name.
    # Fifth trial Y8, Y13: "i look after my lad Callum", "Dw i'n gofalu am y wraig, Glenys" (the article kept with it).
    # ("dros y wraig, Nerys": trial 40 AU10)
    return re.compile(r"(?<![\w'’])(?:(?i:my|our|me|fy|'y|ein)\s+"
                      r"|(?P<after>(?i:am|ar\s+[oô]l|for|after|dros|ar\s+ran))\s+"
                      r"(?P<article>(?i:y|yr|'r|the)\s+)?)"
                      r"(?P<relation>" + _WHOSE_KIN + r"|" + _RELATION
                      + r"|(?i:lad|boy|girl|lass|wraig|hubby|missus|mrs|hogyn|hogan|crwt))"
                      # "y gwr fi, Brian", "mam fi, Eirlys": the spoken "my" after the word (AX19, stop 43 trial)
                      r"(?P<own>\s+(?i:fi))?"
                      r"(?(after)\s*,\s*|\s*,?\s+)"
                      r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)(?![\w'’])")


#: Whose relative, as written (re-trial 32 AF5: "I look after my husbands mother, Wenda" was asked her name again):
#: "husbands mother", "wife's dad", "fam y gŵr", "tad y wraig".
_WHOSE_KIN = (r"(?i:(?:husband|hubby|wife|partner|missus)['’]?s\s+(?:mother|mum|mam|father|dad|nan|gran)"
              r"|(?:mam|fam|tad|dad|nain|mam-gu|fam-gu|taid)\s+(?:y|yr|'r|fy|ein)\s+(?:gŵr|gwr|ngŵr|ngwr|wraig|gwraig"
              r"|ngwraig|partner|mhartner))")


def _cared_for_in_role_answer(turn: Turn, text: str) -> dict[str, Any]:
    """The person cared for and who they are, when a carer's answer to "who is talking?" names them ("I look
    after my husband Dave, he has dementia"): kept, so neither question is asked again (stop-20 trial T34, T10:
    "Dave, I said", and then twelve words about his dog taken as the relationship). Returns the slot updates."""
    found = _kin_and_name().search(text)
    if found is None or not _is_a_name(found.group("name")):
        return {}
    # "dw i'n gofalu am Taid, Emrys ond Taid ma pawb yn ei alw fo": the name the family use (AW19, stop 42)
    name = _tidy(_name_they_go_by(text[found.end("name"):], found.group("name")))
    # "my husband Dave" keeps "my husband"; "am Dad, Gwilym" keeps "Dad" (never "am Dad").
    relation = (found.group("article") or "") + found.group("relation") if found.group("after") else \
        text[found.start():found.start("relation")] + found.group("relation")
    relation += found.group("own") or ""
    repository.update_conversation(turn.sender_id, cared_for_name=name, relationship_to_person=relation.strip())
    turn.set("cared_for_name", name)
    turn.set("relationship", relation.strip())
    return {"cared_for_name": name, "relationship": relation.strip()}


def _cared_for_said_so_far(turn: Turn, typed: bool) -> dict[str, Any]:
    """Who a carer looks after, from the answer to "who is talking?" or, when they pressed the button, from what they
    wrote before it since the start ("hi, i look after my lad Callum" as the first message, fifth trial Y8: the name
    and "how are you connected to Callum?" were asked again). Returns the slot updates."""
    for text in ([str(turn.latest_text)] if typed else []) + list(reversed(_said_since_start(turn))):
        named = _cared_for_in_role_answer(turn, text)
        if named:
            return named
    return {}


def _said_since_start(turn: Turn) -> list[str]:
    """What they wrote before this message since the start, or since they last started again, oldest first."""
    earlier = turn.earlier_messages()
    restarts = [i for i, m in enumerate(earlier)
                if m.strip() == "/start_again" or control_of(m) == ("start_again", None)]
    return earlier[restarts[-1] + 1:] if restarts else earlier


def _own_name_said_so_far(turn: Turn, words: str, role: str, typed: bool) -> dict[str, Any]:
    """Their own name, from the answer to "who is talking?" or, when it gives none, from what they wrote before it
    since the start ("Gwyn odw i" as the very first message, trial 39 AT11: asked again after the button "Fi").
    Returns the slot updates."""
    for text in ([words] if typed else []) + list(reversed(_said_since_start(turn))):
        own = _own_name_in_role_answer(turn, text, role)
        if own:
            return own
    return {}


def take_role(turn: Turn, value: Any) -> dict[str, Any]:
    role = value if value in ROLES else role_from_text(str(value))
    typed = not is_button_payload(turn.latest_text) and not is_button_payload(str(value))
    # "Ei henw yw Nansi", "Her name is Nansi" (trial 38 re-trial AS3: not understood): someone else named, so a carer
    theirs = their_name_alone(str(value)) if role is None and typed else None
    # "Mam Osian", "Osian's mum" (fix38b's leftover): Osian's mother is talking, about Osian; never a name "Mam Osian"
    whose = whose_relative_speaking(str(value)) if role in (None, "carer") and typed and not theirs else None
    role = "carer" if theirs or whose else role
    if (role is None or value not in ROLES) and explained(turn, "role_explained"):
        # "be ti isio i fi ddeud?" holds "fi" (me) but asks what to say (stop 25, the fuzzing player: a carer read
        # as the person, and the carer's questions never asked): explained, and asked again
        return {"role": None}
    best_reading = role is None and replies_not_understood(turn) >= UNCLEAR_BEFORE_BEST_READING
    if typed and (best_reading or stated_age(str(value)) is not None or word_count(str(value)) > ROLE_ANSWER_WORDS):
        # Kept as written, for the worker: "im 19, care leaver" (their age decides which helplines
        # fit, bot.conversation.safety), "I look after my husband, he had a heart attack in march",
        # "Jean's neighbour Pat, typing for her", or the last unclear reply before the best reading.
        text = _words(turn)
        if text is not None:
            store_answer(turn, "role", text)
    if role is None and not best_reading:
        turn.say("role_unclear")
        return {"role": None}
    if role is None:
        # Never a third ask: the most likely reading is the person themselves (a carer or a young
        # person says so in words role_from_text knows).
        role = "person"
        turn.say("role_assumed")
    register = REGISTER_FOR[role]
    repository.update_conversation(turn.sender_id, completed_by=role, register=register)
    named = _use_name(turn, "cared_for_name", theirs) if theirs else \
        {**_use_name(turn, "cared_for_name", whose[0]), **_keep_relationship(turn, whose[1])} if whose else \
        _cared_for_said_so_far(turn, typed) if role == "carer" else {}
    if role == "carer" and typed and "relationship" not in named:
        turn.set("completed_by", role)  # (who is talking, so their own relationship is read as a carer's)
        named = {**named, **_own_relation_said(turn, str(turn.latest_text))}
    if role == "carer" and typed and "relationship" not in named and turn.slot("relationship") is None:
        named = {**named, **_kin_cared_for_said(turn, str(turn.latest_text))}
    words = str(turn.latest_text)
    if role == "carer" and typed and "cared_for_name" not in named and turn.slot("cared_for_name") is None:
        after = _named_after_own_relation(words)
        inside = named_in_own_relation(words) if after is None else None
        if after is not None:  # "dw i'n fam iddo fe, Dafydd": his name, never hers (the rest is read for hers)
            named = {**named, **_use_name(turn, "cared_for_name", after[0])}
            words = words[:after[1]]
        elif inside is not None:  # "dw i'n fam i Gethin", "I'm Gethin's mum" (trial 40 AU10): his name, kept
            named = {**named, **_use_name(turn, "cared_for_name", inside)}
    if role == "carer" and "cared_for_name" not in named and turn.slot("cared_for_name") is None:
        named = {**named, **_whose_relative_said_before(turn)}
    typist_named = person_named_by_typist(words) if typed and role == "person" and staff_typing_for_them(words) \
        else None
    if typist_named is not None and not turn.slot("name"):
        # "its Dai but Jo his support worker is typing": Dai is the person, never the typist (trial 39 AT8)
        own = _use_name(turn, "name", typist_named)
        turn.say("nice_to_meet")
    else:
        own = _own_name_said_so_far(turn, _own_words_after_whose(words) if whose else words, role, typed)
    return {"role": role, "completed_by": role, "register": register, **named, **own}


def _whose_relative_said_before(turn: Turn) -> dict[str, Any]:
    """Whom a carer looks after and who they are to them, from a message before "who is talking?" that says it by
    whose relative they are: "dw i'n fam i Gethin, mae o'n 14…" / "I'm Gethin's mum, he's 14…" as the first message,
    then "gofalwr" or the carer button (AU10, stop-39 trial; stop 42: Gethin and how they are connected were asked
    again). As `_cared_for_said_so_far` does for "my lad Callum". Returns the slot updates."""
    for text in reversed(_said_since_start(turn)):
        name = named_in_own_relation(text)
        if name is not None:
            kept = _use_name(turn, "cared_for_name", name)
            if turn.slot("relationship") is None:
                kept = {**kept, **_keep_relationship(turn, own_relation_in(text))}
            return kept
    return {}


def kin_cared_for_in(text: str) -> str | None:
    """Who the person is to the carer, when the answer to "who is talking?" names them by that alone ("I look after my
    wife", "dwi'n edrych ar ol y wraig", "y wraig"), as typed; else None."""
    found = _CARES_FOR.search(text)
    rest = text[found.end():] if found else text
    clause = re.split(r"[.,;:!?()–—]+|\s-\s", rest, maxsplit=1)[0]
    alone = _ONLY_RELATION.match(clause.strip())
    return alone.group("relation").strip() if alone else None


#: A later sentence about who they look after, its subject "my son" ("Dw i'n dad. Mae fy mab yn 19…", "I'm his dad. My
#: son is 19…"): who he is to them (BA13, BA21, stop 46 trial: "Beth yw enw'r person dych chi'n gofalu amdano neu
#: amdani?" was asked after "fy mab").
_KIN_AS_SUBJECT = re.compile(
    r"(?:^|[.!?;]\s*)(?i:(?:mae|ma)\s+)?(?P<relation>(?i:fy|my|me|'y)\s+" + _KIN + r")(?![\w'’-])"
    r"(?=\s*(?i:yn|['’]n|wedi|['’]di|is|['’]s|has|was|had|needs|lives|can|can['’]?t|cant|doesn['’]?t|gets|got)(?![\w'’]))",
    re.IGNORECASE)


def _kin_cared_for_said(turn: Turn, text: str) -> dict[str, Any]:
    """"I look after my wife" at "who is talking?" (leftovers 33): who she is to him is kept as the answer to "how are
    you connected?", so it is never asked, and the questions say "her"; or "Mae fy mab yn 19" in a sentence of its own
    (BA13). Returns the slot updates."""
    subject = _KIN_AS_SUBJECT.search(text)
    return _keep_relationship(turn, kin_cared_for_in(text) or (subject.group("relation") if subject else None))


#: Their own name said in the answer to "who is talking?" ("I'm Karen, I look after my mum", "It's me, Gareth, I'm
#: filling this in for my dad", "Catrin dw i, dwi'n gofalu am Mam"): only a capitalised word, right after "I'm" /
#: "it's me" / "fy enw i yw" or before "dw i" / "here", so "I'm filling this in" or "I'm worried" is never a name.
_HELLO = r"(?:(?i:hi+|hiya|hello|helo|hey|haia|shwmae|s'mae|bore da|prynhawn da|noswaith dda)[\s,.!]+)?"
#: A verb after "<name> here" that tells of someone beside them, never signs the message ("John here is my brother").
_TOLD_OF = (r"(?:is|was|has|had|says|said|told|tells|wants|needs|does|did|lives|gets|goes|can|can['’]?t|will|won['’]?t"
            r"|would|could|should|isn['’]?t|wasn['’]?t|doesn['’]?t|hasn['’]?t|likes|loves|keeps|helps|knows)(?![\w'’])")
_OWN_NAME_IN_ROLE = (
    re.compile(r"^\W*" + _HELLO + r"(?i:it'?s\s+me|it’s\s+me|its\s+me|i'?m|i’m|im|i\s+am|this\s+is|my\s+name'?s"
               r"|my\s+name\s+is|fy\s+enw\s+i\s+yw"
               r"|fy\s+enw\s+i\s+ydi|fy\s+enw\s+i\s+ydy|enw\s+fi\s+ydi|enw\s+fi\s+yw|enw\s+fi\s+di|fi\s+yw|fi\s+ydi)[\s,]+"
               r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)(?![\w'’])(?!\s+(?i:here|yma)\b)"),
    # Never "Sian here is my sister", "Gwyn here is 84", "Milo here is my cat" (someone beside them, told of: stop 41)
    re.compile(r"^\W*" + _HELLO + r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)\s+"
               r"(?i:dw\s+i|dwi|ydw\s+i|odw\s+i|wdw\s+i|wi|sy\s*'ma|sy\s+yma|here(?!\s+" + _TOLD_OF + r"))(?![\w'’])"),
    # Who they are to the person, then their name: "im his daughter, Bethan", "I'm her son - Dave", "fi yw ei ferch e,
    # Bethan", "merch fo dwi, Bethan" (eleventh trial AG14: her name was asked for right after).
    re.compile(r"^\W*" + _HELLO + r"(?:(?i:it'?s\s+me|its\s+me|i'?m|i’m|im|i\s+am|fi\s+yw|fi\s+ydi|fi\s+di)\s+)?"
               r"(?i:(?:his|her|their|ei)\s+" + _RELATIVE + r"(?:\s+(?:e|fe|fo|o|hi))?"
               r"|" + _RELATIVE + r"\s+(?:fo|o|hi|e|fe)\s+(?:dw\s+i|dwi|ydw\s+i|wi|ydw))"
               r"\s*[,–—-]\s*(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)(?![\w'’])(?=\s*(?:[.,;:!?)]|$))"),
    # A name, the full name, and what to call them: "Ken, Kenneth Roberts but Ken", "Gwil, Gwilym Jones ond Gwil" (trial
    # 40 AU10: "What name would you like me to use?" came next).
    re.compile(r"^\W*[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*\s*,\s*[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)+\s+(?i:but|ond)\s+"
               r"(?:(?i:call\s+me|just|jyst|jest|galwch\s+fi|galw\s+fi)\s+)?(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)(?![\w'’])"
               r"(?:\s+(?i:please|plis|is\s+fine|sy'n\s+iawn))?\W*$"),
)


#: Where a sentence of the answer starts: after a full stop, a question or exclamation mark, or a new line.
_SENTENCE_START = re.compile(r"(?<=[.!?;])\s+|\s*\n+\s*")
#: Words that follow "I'm" in an answer about who is talking and are never a name ("I'm Worried about mum").
_NOT_A_NAME_HERE = frozenset({"worried", "tired", "caring", "looking", "filling", "doing", "writing", "typing", "carer",
                              "his", "her", "their", "mum", "dad", "struggling", "concerned", "asking", "helping",
                              "gofalwr", "gofalu", "poeni", "llenwi", "helpu",
                              # where they are from, their language or faith, or what they are to someone, written with
                              # a capital as a learner may ("I'm Polish, my English not so good", "I'm English only",
                              # "Cymro dw i ond…", "I'm Muslim", "I'm Friend of Edna": stop 41, each was their name)
                              "welsh", "english", "scottish", "irish", "british", "polish", "romanian", "portuguese",
                              "spanish", "italian", "french", "german", "lithuanian", "latvian", "ukrainian",
                              "russian", "bulgarian", "hungarian", "czech", "slovak", "turkish", "kurdish", "syrian",
                              "afghan", "iranian", "arabic", "indian", "pakistani", "bangladeshi", "chinese",
                              "filipino", "nigerian", "somali", "eritrean", "american", "european", "cymro", "cymraes",
                              "gymro", "gymraes", "sais", "saesnes", "muslim", "christian", "catholic", "hindu",
                              "sikh", "jewish", "buddhist", "deaf", "blind", "disabled", "autistic", "retired",
                              "widowed", "widow", "widower", "pensioner", "friend", "neighbour", "neighbor", "nurse",
                              "mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "partner",
                              "new", "sorry", "learner", "dysgwr", "dysgwraig"})


#: A name written as whose ("Sarah’s", with the curly apostrophe a phone types): never their own.
_POSSESSIVE = re.compile(r"[’'](?i:s)$")
#: Someone else shown in: "This is Emma, my daughter", "this is Dai our son" (their relative, never the writer).
_SOMEONE_ELSE_SHOWN = re.compile(r"^\W*" + _HELLO + r"(?i:this\s+is)\s+[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*[\s,]+(?i:my|our|me)\s+"
                                 r"(?i:" + _RELATIVE + r")\s*(?:[,.;:!?)]|$"
                                 r"|\s+(?i:(?:is\s+)?(?:typing|writing|helping|here)|who|she|he|set)(?![\w'’]))")


def _own_name_in_role_answer(turn: Turn, text: str, role: str) -> dict[str, Any]:
    """Their own name, when the answer to "who is talking?" gives it (stop-20 trial T10: "It's me, Gareth, …" and
    then "What name would you like me to use?", "Gareth, like I said"): kept, thanked, and not asked again.
    Returns the slot updates."""
    if turn.slot("name"):
        return {}
    # Each sentence may start with it: "Dwi'n edrych ar ôl Mam. Sioned dw i" (stop 32: only the first was read).
    for sentence, pattern in itertools.product(_SENTENCE_START.split(text), _OWN_NAME_IN_ROLE):
        found = pattern.match(sentence)
        word = fold(found.group("name")).lower() if found else ""
        if found and (_POSSESSIVE.search(found.group("name")) or _SOMEONE_ELSE_SHOWN.match(sentence)):
            continue  # "Hi, I’m Sarah’s daughter", "This is Emma, my daughter" (stop 41): someone else's name
        if found and _is_a_name(found.group("name")) and word not in _KIN_AS_NAME and word not in _NOT_A_NAME_HERE:
            name = _tidy(found.group("name"))
            updates = _use_name(turn, "name", name)
            turn.say("nice_to_meet")
            if role == "carer" and turn.slot("cared_for_name") not in (None, SKIPPED) and turn.slot("relationship"):
                turn.say("carer_intro_named")  # "I'm Karen, I look after my mum Pat": both named at once
            return updates
    return {}


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
#: ("y wraig", "y fam", "y ferch": after "the", as "Mair yw'r wraig" says it: trial 37 AP10, her name was asked again)
_RELATION = (r"(?i:mum|mam|mom|mother|dad|father|nhad|tad|nan|nana|nain|taid|nhaid|gran|grandad|grandma|mam-gu|tad-cu"
             r"|wife"
             r"|husband|gwraig|ngwraig|wraig|gŵr|ngŵr|gwr|ngwr|son|daughter|mab|merch|ferch|brother|sister|brawd|mrawd"
             r"|chwaer|partner|friend|ffrind|fam|fam-gu)"
             # in-laws ("fy mam-yng-nghyfraith, Nansi", "my mother-in-law Nansi": trial 38 re-trial AS3)
             r"(?i:[\s-]+in[\s-]+law|[\s-]+yng[\s-]+nghyfraith)?")
#: "Tecwyn ydi o", "Meini ydi hithau" (she too: fix33d, "Meini ydi hithau" was kept whole as her name).
_IS_HE = r"\s+(?i:(?:ydi|ydy|yw|di)\s+(?:o|fo|hi|e|fe|hithau|hitha|hithe|yntau|ynta|ynte))\W*$"
#: The name, then who they are, at the start of the answer: "Dai yw'r gŵr, ni 'di bod yn briod 41 mlynedd",
#: "Emrys ydi'r gŵr", "Carol is my mum, she's 78" (stop-28 trial Z2: every question after said "Dai yw'r gŵr").
_NAME_IS_RELATION = re.compile(
    r"^\W*(?!(?i:hi|he|she|it|this|that|mae|ma|nid|dim)\s)" + _NAME
    + r"(?i:\s+(?:yw|ydi|ydy|di)['’]?r|\s+(?:is|was)\s+(?:my|our|me|the)|['’]s\s+(?:my|our|me|the))\s+(?P<relation>"
    + _RELATION + r")(?![\w'’-])")
#: How people give a name in a sentence, north and south: "Gwilym ydi enw fo", "enw fo ydi Gwilym",
#: "Tecwyn ydi o", "his name's Gwilym", "she's called Ann", "Dad, Gwilym". Only the words around the
#: name ignore case, so a lower-case word after the name is never taken as part of it.
_NAME_PATTERNS = tuple(re.compile(p) for p in (
    _NAME + r"\s+(?i:(?:ydi|ydy|yw|di)\s+(?:ei\s+)?h?enw)\b",
    r"(?i:\bh?enw\s+(?:fo|o|e|fe|hi|ei|fi|i)\s+(?:ydi|ydy|yw|di))\s+" + _NAME,
    # "ei henw hi ydi Gwladys" (stop 30: her name takes an h)
    r"(?i:\bei\s+h?enw\s+(?:fo\s+|o\s+|e\s+|fe\s+|hi\s+)?(?:ydi|ydy|yw|di))\s+" + _NAME,
    r"^(?:\W*" + _RELATION + r"\s*[.,:;–—-])?\s*" + _NAME + _IS_HE,
    r"(?i:\b(?:his|her|their|my)\s+name(?:'s|’s|s|\s+is))\s+" + _NAME,
    r"(?i:\b(?:he's|she's|he’s|she’s|hes|shes|he is|she is|they're|they are|i'm|im|i am)\s+called)\s+" + _NAME,
    r"^\s*" + _RELATION + r"(?:\s*[.,:;–—]|\s+-|-\s)\s*" + _NAME + r"\s*[.!]*\s*$",
    # "Ifan gwr fi", "Dave my hubby", "Joan my mother in law": the name, then who they are.
    r"^\W*(?!(?i:my|our|me|fy|'y|the|y|yr|ein)\s)" + _NAME
    + r"\s+(?i:(?:my|our|me|fy|'y|the|y)\s+)?(?i:hubby|husband|wife|missus|gwr|gŵr|wraig|partner|son"
    r"|daughter|mab|merch|mum|mam|mother|dad|father|tad|nain|taid|nan|gran|brother|sister|brawd|chwaer|friend|ffrind"
    r"|neighbour|lad|boy|girl)(?i:[\s-]+in[\s-]+law)?(?:\s+(?i:fi|i))?\W*$",
    # "our Ryan": a family member by name.
    r"^\W*(?i:our|ein)\s+(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)\W*$",
    # "my mum's name is Edna", "Dad is called Tom", "mam ydi Edna", "enw mam ydi Edna"; "Mother is Edna" with
    # a capital only ("my dad is poorly" is no name).
    r"^\W*(?i:(?:my|our|me|fy|'y|ein|enw)\s+)?" + _RELATION + r"(?i:(?:'s|’s)\s+name(?:'s|’s|\s+is)|\s+is\s+called"
    r"|\s+(?:ydi|ydy|yw|di))\s+" + _NAME + r"\s*[.!]*\s*$",
    r"^\W*(?i:(?:my|our|me|fy|'y|ein)\s+)?" + _RELATION + r"\s+(?i:is)\s+(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*"
    r"(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?)\s*[.!]*\s*$",
    _NAME_IS_RELATION.pattern,
))


#: The person cared for, named in the carer's own name answer ("Karen. And mum is Pat, Patricia but she hates that",
#: "Nia. A Dad ydi Emrys"): a kin word, "is" / "ydi", then a capitalised name, in a clause after the carer's name.
_CARED_FOR_TOO = re.compile(
    r"(?:^|[.,;:!?]\s*|\s(?i:and|a|ac|&)\s+)(?i:(?:my|our|me|fy|'y|ein)\s+)?(?P<relation>" + _RELATION + r")"
    r"(?i:(?:'s|’s|\s+is)\s+called|\s+is|\s+ydi|\s+ydy|\s+yw|'s|’s|\s+di)\s+(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)")


#: The person cared for named the other way round in the carer's own name answer, after their own name: "Sioned. Emrys
#: ydi enw Dad", "Nia, enw Mam ydi Glenys", "Karen. My dad's name is Tom", "Jo. Pat is mum's name" (ninth trial AC1:
#: "Diolch, Emrys." thanked the carer by her father's name, and her correction was not heard).
_NAMED_BY_KIN = (
    r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)\s+(?i:ydi|ydy|yw|di)\s+(?i:enw|henw)(?:\s+|(?=['’]r\s))(?i:(?:fy|'y|ein|['’]r)\s+)?"
    r"(?P<relation>" + _RELATION + r")"
    r"|(?i:enw|henw)\s+(?i:(?:fy|'y|ein)\s+)?(?P<relation2>" + _RELATION + r")(?:\s+(?i:i|ni))?\s+(?i:ydi|ydy|yw|di)\s+"
    r"(?P<name2>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)"
    r"|(?i:(?:my|our|me)\s+)?(?P<relation3>" + _RELATION + r")(?:'s|’s)\s+(?i:name(?:'s|’s|\s+is)|called)\s+"
    r"(?P<name3>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)"
    r"|(?P<name4>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)\s+(?i:is)\s+(?i:(?:my|our)\s+)?(?P<relation4>" + _RELATION + r")(?:'s|’s)\s+"
    r"(?i:name)")
_CARED_FOR_NAMED_TOO = re.compile(r"(?:[.,;:!?]\s*(?:(?i:and|a|ac|&)\s+)?|\s(?i:and|a|ac|&)\s+)(?:" + _NAMED_BY_KIN
                                  + r")(?![\w'’-])")
#: The same said alone, as the whole answer to a carer's own name question: "Mair ydi enw Mam", "Mum's name is Mair".
_CARED_FOR_NAMED_ALONE = re.compile(r"^\W*(?:" + _NAMED_BY_KIN + r")(?![\w'’-])")


def _named_by_kin(found: re.Match[str]) -> tuple[str, str] | None:
    """(name, relation) of a _NAMED_BY_KIN match, when the name is a name and not itself a kin word."""
    name = next(found.group(g) for g in ("name", "name2", "name3", "name4") if found.group(g))
    relation = next(found.group(g) for g in ("relation", "relation2", "relation3", "relation4") if found.group(g))
    if not _is_a_name(name) or relation_in(name) is not None:
        return None
    return _tidy(name), relation


#: The end of the carer's own name, before a clause of its own about the person they look after.
_OWN_NAME_ENDS = re.compile(r"\s*[.,;:!?]+\s*")


def _cared_for_called_after(text: str) -> tuple[str, str, str | None] | None:
    """As cared_for_with_name, for "Cerys. Emrys ond Taid ma pawb yn ei alw fo" / "Cerys. Emrys, but everyone calls
    him Taid": their own name, then his name and what the family call him, said of him ("fo", "him"); the name he
    goes by is used (AW19, stop-41 trial; stop 42). Else None: "Dilys, Dil i bawb" is her own."""
    end = _OWN_NAME_ENDS.search(text)
    if end is None or end.start() == 0:
        return None
    theirs = text[end.end():]
    given = re.match(r"(?i:(?:and|a|ac|&)\s+)?(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)", theirs)
    if given is None or not _is_a_name(given.group("name")) or not _SOMEONE_ELSE.search(theirs):
        return None
    called = _name_they_go_by(theirs[given.end():], "")  # (L3, stop 46 review: "Rhods", what the family call him)
    return (text[:end.start()], _tidy(called), None) if called else None


def _cared_for_in_own_relation_after(text: str) -> tuple[str, str, str | None] | None:
    """As cared_for_with_name, for "Llinos. dw i'n fam i Gethin, mae o'n 14…" / "Sue. I'm Gethin's mum, he's 14…"
    (AU10, stop-39 trial; stop 42: Gethin was asked for again): their own name, then whose relative they are, kept as
    typed as how they are connected; else None."""
    found = _NAMED_IN_OWN_RELATION.search(text)
    name = named_in_own_relation(text)
    if found is None or found.start() == 0 or name is None:
        return None
    return text[:found.start()], name, own_relation_in(text[found.start():])


def _cared_for_named_the_other_way(text: str) -> tuple[str, str, str | None] | None:
    """As cared_for_with_name, for "Sioned. Emrys ydi enw Dad" / "Karen. My dad's name is Tom"; else None."""
    found = _CARED_FOR_NAMED_TOO.search(text)
    if found is None or found.start() == 0:
        return None
    named = _named_by_kin(found)
    return None if named is None else (text[:found.start()], *named)


#: The person cared for named after the carer's own name, by a pronoun ("fi yw Eirlys a fe yw Dai", "I'm Jan and he's
#: Bill", "Sue, his name's Ron") or with who they are ("Eirlys. Dai ydi'r gŵr", "Jan. Bill is my husband"): stop 34,
#: "who do you look after?" was asked after both names were given.
_AND_THEY_ARE = re.compile(
    r"(?:[.,;:!?]\s*|\s(?i:and|a|ac|&)\s+)(?i:(?:fe|fo|o|e|hi|he|she)\s+(?:yw|ydi|ydy|di|is)|(?:he|she)['’]s"
    r"|(?:his|her)\s+name(?:['’]s|\s+is)|(?:enw|henw)\s+(?:fo|o|e|fe|hi)\s+(?:yw|ydi|ydy|di))\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)(?=[\s.,;:!?]*$|[\s.,;:!?]+\S)")
_THEN_NAME_IS_RELATION = re.compile(r"[.,;:!?]\s*(?=\S)")


def _cared_for_named_after(text: str) -> tuple[str, str, str | None] | None:
    """As cared_for_with_name, for "fi yw Eirlys a fe yw Dai" / "Eirlys. Dai ydi'r gŵr"; else None."""
    found = _AND_THEY_ARE.search(text)
    if found is not None and found.start() > 0 and _is_a_name(found.group("name")) \
            and relation_in(found.group("name")) is None:
        return text[:found.start()], _tidy(found.group("name")), None
    for clause_start in _THEN_NAME_IS_RELATION.finditer(text):
        named = _NAME_IS_RELATION.match(text[clause_start.end():])
        if named and _is_a_name(named.group("name")) and relation_in(named.group("name")) is None:
            return text[:clause_start.start()], _tidy(named.group("name")), named.group("relation")
    return None


def cared_for_with_name(text: str) -> tuple[str, str, str | None] | None:
    """(the carer's own part of the answer, the name of the person cared for, who they are to the carer) when a
    carer's name answer also names the person they care for; the name they go by wins ("Debbie. And mum is
    Margaret, everyone calls her Peggy though" -> ("Debbie.", "Peggy", "mum"))."""
    found = _CARED_FOR_TOO.search(text)
    cares = _CARES_FOR.search(text)
    if (found is None or found.start() == 0 or not _is_a_name(found.group("name"))) and cares and cares.start() > 0:
        # "Sian, I look after my mum Carol", "Cadi, dwi'n gofalu am Mrs Lloyd" (stop 30: "who do you look after?" was
        # asked next): their own name, then whom they look after by name. A kin word alone ("I care for my mum") is
        # not taken: the question still asks what name to use for her.
        first = re.split(r"(?<=[.!?])\s+", text[cares.end():].strip(), maxsplit=1)[0]
        name, relation = cared_for_in(first)
        return (text[:cares.start()], name, relation) if name and name not in _KIN_AS_NAME.values() else None
    if found is None or found.start() == 0 or not _is_a_name(found.group("name")):
        return (_cared_for_named_the_other_way(text) or _cared_for_named_after(text)
                or _cared_for_in_own_relation_after(text) or _cared_for_called_after(text))
    return text[:found.start()], _tidy(_name_they_go_by(text[found.start("relation"):], found.group("name"))), \
        found.group("relation")


#: Words of a name pattern's match that speak of the speaker ("call me Jo", "pawb yn galw fi Dil", "ngalw i"): never
#: what the person they look after goes by.
_OF_THE_SPEAKER = re.compile(r"(?i)(?<![\w'’])(?:me|fi|ngalw|my|mi)(?![\w'’])")


def _name_they_go_by(theirs: str, given: str) -> str:
    """The name the person they look after goes by, said after the name first given for them ("mum is Margaret,
    everyone calls her Peggy though" -> "Peggy"; "Emrys ond Taid ma pawb yn ei alw fo" -> "Taid"), else `given`: the
    questions use what the family call them, and their words, kept whole, hold both (AW19, stop-41 trial; stop 42)."""
    for pattern in _WILL_DO:
        found = pattern.search(theirs)
        if found and _is_a_name(found.group("name")) and not _OF_THE_SPEAKER.search(found.group(0)):
            return found.group("name")
    return given


#: The name their friends or family call them, after the name they first gave: "Its Margaret, Peggy to my friends",
#: "Eirlys, Lys i'n ffrindie" (stop-28 trial Y11). Never after a title and surname ("Mr Roberts. Ted to my friends"):
#: who gives those has chosen how to be addressed here.
_TO_MY_FRIENDS = re.compile(
    r"\b(?:(?i:ond|but|and|a|ac|jyst|just)\s+)?(?P<name>[^\W\d_][\w'’-]*)(?i:\s+(?:to\s+(?:my|me|all\s+my)"
    r"\s+(?:friends|mates|pals|family|fam)|i['’]?(?:n|\s+fy)\s+(?:ffrindie|ffrindiau|ffrindia|mêts|mets|teulu)"
    r"(?:\s+i)?))(?=\s*(?:[.,;!)]|$))")
#: A title and a surname first ("Mr Roberts", "Mrs. Hughes"): the name to use, whatever friends say.
_TITLE_FIRST = re.compile(r"^\W*(?:it['’]?s\s+|i['’]?m\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b", re.IGNORECASE)
#: ... unless they say the title is for officialdom only ("Mr Thomas to the council, Gwyn to anyone who's had a cup
#: of tea in my kitchen", "Mr Thomas i'r cyngor, Gwyn i bawb arall": stop 43, fresh7 669 was "Thank you, Mr Thomas"):
#: then it is the name on paper, and the name the people who know them use is the one (as "Ann on the forms" is).
_TITLE_ON_PAPER = re.compile(
    _TITLE_FIRST.pattern + r"[\w.'’ -]{0,40}?\s(?:to\s+(?:the\s+)?(?:council|forms?|officials?|authorities|social"
    r"(?:\s+services)?|government|doctors?|bank)|on\s+(?:the\s+)?(?:forms?|paper(?:work)?|letters)|officially"
    r"|for\s+(?:the\s+)?(?:forms?|council)|i['’]r\s+(?:cyngor|doctor|gwasanaethau)|ar\s+(?:y\s+)?(?:papur|papura"
    r"|papurau|papure|ffurflen\w*|llythyrau|llythyre)|yn\s+swyddogol)(?![\w'’])", re.IGNORECASE)
#: A name offered as the other one that will do too ("…, ond mae Mrs Ellis yn iawn hefyd", "Mrs Ellis is fine too"):
#: never the one they prefer.
_TOO = r"(?!\s+(?i:hefyd|too|as\s+well|also)(?![\w'’-]))"
#: "Call me …" in either language: "call me Jo", "galwch fi'n Jo", and the forms the twelfth trial's AJ4 used
#: ("Gelwch fi yn Mrs Morgan, os gwelwch yn dda" was "Gelwch"): gelwch, galw, galwa; "fi'n" or "fi yn".
_CALL_ME = r"(?:call\s+me|(?:galwch|gelwch|galwa|galw)\s+fi(?:['’]?\s*n|\s+yn))"
#: The person's own wish to be called something: "he wants to be called Gaz", "mae o isio cael ei alw'n Gaz".
_WANTS_TO_BE_CALLED = (r"(?i:\b(?:wants?|would\s+like|['’]d\s+like|likes?|prefers?)\s+(?:to\s+be|being)\s+called"
                       r"|\b(?:isio|eisiau|eisie|ishe|isie|moyn|am)\s+cael\s+(?:ei\s+)?(?:alw|galw)(?:['’]?\s*n|\s+yn))")
#: What the family call someone that is not a name to call them by here (M1, review 47): a family word ("ni'n galw hi
#: Mam": the questions said "i Mam") or a day or time ("ni'n galw fe Dydd Sul": "galw" is calling round on Sunday).
_NOT_A_CALLED_NAME = (r"(?!(?i:mam|mum|mom|mami|mammy|dad|tad|tada|nhad|nain|taid|nhaid|nan|nana|nanna|gran|granny"
                      r"|grandma|grandad|grandpa|mam-gu|mamgu|tad-cu|tadcu|dad-cu|dadcu|bamps|dydd|bob|pob|every|each"
                      r"|nos|heno|fory|yfory|weithiau|wythnos|sul|sadwrn|monday|tuesday|wednesday|thursday|friday"
                      r"|saturday|sunday|on|at|most|twice|once|daily|weekly)(?![\w'’-]))")
#: "Mrs Beti Morgan, ond Beti yn iawn bach", "but Jo is fine", "call me Jo": the name they say will do.
_WILL_DO = tuple(re.compile(p) for p in (
    # The name they say they prefer, wherever it comes, before any other that will do (stop 31, eighth trial: "Gwyn
    # sy'n iawn, ond mae Mrs Ellis yn iawn hefyd" was "Mrs Ellis"): "Gwyn sy'n iawn" (Gwyn is the one), "Gwyn sy
    # orau", "mae Gwyn yn well", "Gwyn is better", "Gwyn's best"; at the start of a clause, ending it.
    r"(?:^\W*|[.,;!?]\s*(?i:(?:ond|but)\s+)?|(?i:\b(?:ond|but)\s+))(?i:(?:mae|ma)\s+)?" + _NAME
    + r"(?i:\s+sy['’]?n\s+(?:iawn|ok|grêt|gret|well|neis)|\s+sy\s+(?:orau|ore|well)|\s+(?:yn|is)\s+(?:well|better"
    r"|best|gorau|ore|preferred)|['’]s\s+(?:better|best|preferred))" + _TOO + r"(?=\s*(?:[.,;:!?)]|$))",
    # "I'd prefer Gwyn", "well gen i Gwyn" (never "prefer not to say", "prefer to be called": a pattern below)
    r"(?i:\b(?:i['’]?d\s+|i\s+would\s+|i\s+)?prefer|\b(?:g?well|gwell)\s+(?:gen|gyda|da)\s+(?:i|fi))\s+"
    r"(?!(?i:to|being|not|it|if|that|you|u)(?![\w'’-]))" + _NAME + r"(?=\s*(?:[.,;:!?)]|$))",
    # "Parch. Evans, ond mae Huw yn iawn", "Dai Bach they call me, Dai's fine" (stop 30: "Parch. Evans"; "round");
    # "Mrs Ellis is fine but Gwyn will do perfectly well", "…ond mae Gwyn yn neud y tro" (stop 31); never the name
    # said to do "too" after the one preferred
    r"(?:[.,;]\s*(?i:(?:ond|but|jyst|just)\s+)?|(?i:\b(?:ond|but|jyst|just)\s+))(?i:(?:mae|ma)\s+)?" + _NAME
    + r"(?i:\s+(?:yn\s+iawn|yn\s+ok|yn\s+grêt|yn\s+gret|is\s+fine|is\s+ok"
    r"|is\s+okay|will\s+do|would\s+do|neith\s+y\s+tro|wneith\s+y\s+tro|gneith\s+y\s+tro"
    r"|fydd\s+yn\s+iawn|fyddai['’]?n\s+iawn|fasai['’]?n\s+iawn"  # "…. Mrs Morgan fydd yn iawn" (AJ4)
    r"|(?:yn\s+)?(?:neud|gwneud|g['’]?neud|wneud)\s+y\s+tro)|['’]s\s+(?:fine|ok|okay))\b" + _TOO,
    # "Mae Gwyn yn iawn", alone or first ("Mae Mrs Ellis yn iawn", when no other name is said to do)
    r"^\W*(?i:mae|ma)\s+" + _NAME + r"(?i:\s+yn\s+(?:iawn|ok|grêt|gret)|\s+yn\s+(?:neud|gwneud|g['’]?neud)\s+y\s+tro)"
    r"(?![\w'’-])" + _TOO,
    # The name they use, after the name on paper: "Enw hi yw Olwen ond Mam-gu i fi", "Llinos i chi" (stop 30).
    r"(?i:\b(?:ond|but)\s+)" + _NAME + r"(?i:\s+(?:i\s+fi|i\s+mi|i\s+chi|i\s+ti|to\s+me|to\s+us|to\s+you))"
    r"(?=\s*(?:[.,;!)]|$))",
    # Their own wish, before what the family call them or say to call them (M1, review 47: "fy mab Gethin, ni'n galw
    # fe Geth ond mae o isio cael ei alw'n Gethin" is Gethin, as "…we call him Geth but he wants to be called Gethin")
    _WANTS_TO_BE_CALLED + r"\s+" + _NAME,
    # "galwch o'n Bob", "call him Bob": what to call the person they look after (never their own name: `own`).
    r"(?i:\b(?:(?<!\bwe\s)call\s+(?:him|her|them)|galwch\s+(?:o|fo|hi|e|fe)['’]?n|galwa\s+(?:o|fo|hi|e|fe)['’]?n))\s+"
    + _NAME,
    # "ni'n galw fe Geth", "dan ni'n ei alw fo'n Geth": what the family call them, before or after the name given (L3,
    # stop 46 review: the called name is used whichever comes first, as "Rhi ni'n galw hi, Rhiannon yw hi"); only a
    # name (never "Mam", "Dydd Sul": M1, review 47)
    r"(?i:(?<![\w'’])(?:ni|dan\s+ni|dyn\s+ni|ry['’]?n\s+ni|rydyn\s+ni)\s*['’]?\s*n\s+(?:ei\s+)?(?:galw|alw)\s+"
    r"(?:hi|fo|o|e|fe)(?:\s*['’]\s*n|\s+yn)?|\bwe\s+call\s+(?:him|her|them))\s+" + _NOT_A_CALLED_NAME + _NAME,
    r"(?i:\b" + _CALL_ME + r")\s+" + _NAME,
    # "Dwedwch Mrs Morgan", "deudwch Gwen": the name to say (a capital, so "dwedwch wrtho fo" is never a name)
    r"(?i:\b(?:dwedwch|dywedwch|deudwch|dudwch|gwedwch)\s+)(?P<name>(?:(?i:mr|mrs|ms|miss|dr|parch)\.?\s+)?"
    r"[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?)",
    # "Gwenllian. Just Gwen.", "Mrs Gwenllian Morgan, dim ond Mrs Morgan": after the full name, the one to use, alone
    r"[.,;:–—-]\s*(?i:just|jyst|only|dim\s+ond)\s+" + _NAME
    + r"(?=\s*(?i:please|plis|pls|os\s+gwelwch\s+yn\s+dda|thanks|diolch|x+)?[\s.!]*$)",
    # What everyone calls them, or the name the person likes: "Gwen i bawb", "pawb yn galw fi Dil",
    # "everyone calls me Peg", "Em mae o'n licio", "he likes Em", "likes to be called Em".
    r"\b(?:(?i:ond|but|and|a|ac|jyst|just)\s+)?" + _NAME
    + r"(?i:\s+(?:i\s+bawb(?:\s+arall)?|to\s+(?:everyone|everybody|every1|all|anyone|anybody)"
    # "Gwyn to everyone else", "…to anyone who's had a cup of tea in my kitchen", "i bawb arall" (stop 43, fresh7 669)
    r"(?:\s+else|\s+who\b[^.,;!?]*)?"
    # "Lys ma pawb yn gweud", "Lys mae pawb yn galw fi", "Dil ma pawb yn ngalw i" (stop-28 trial Y11)
    r"|(?:ma|mae)\s+pawb\s+yn\s+(?:(?:ei\s+)?(?:gweud|dweud|ddweud|deud|ddeud|weud)|galw\s+fi|ngalw\s+i"
    r"|fy\s+ngalw\s+i|(?:ei\s+)?(?:galw|alw)\s+(?:hi|fo|o|e|fe))"  # "Nans ma pawb yn galw hi" (eleventh trial AG1)
    # "Taid dan ni'n ddeud", "Taid we call him" (stop-28 trial Z7): the name the family use
    # "Taid dan ni gyd yn ei alw fo", "Tad-cu ni i gyd yn galw fe" (stop 43): we all call him
    # "Rhods ni'n galw fe" (AZ7, stop 45 trial: the south's "ni'n" with no "dan" / "ryn" before it)
    r"|(?:(?:(?:dan|dyn|ryn|rydan|ydan|da)\s+)?ni['’]?\s*n|(?:(?:dan|dyn|ryn|rydan|ydan|da)\s+)?ni\s+(?:i\s+)?(?:gyd|gid)\s+yn)"
    r"\s+(?:(?:ei\s+)?(?:ddeud|deud|dweud|ddweud|weud|gweud|alw|galw)"
    r"(?:\s+(?:fo|o|hi|e|fe))?)|we\s+(?:all\s+)?call\s+(?:him|her|them)"
    # "Meini dwi'n galw hi, Meinir ar y ffurflenni", "Meini I call her" (retrial 33 AG1): the name the speaker uses
    r"|(?:dwi|dw\s+i|fi|wi|rwy|rydw\s+i|ydw\s+i)\s*['’]?\s*n\s+(?:ei\s+)?(?:galw|alw)\s+(?:hi|fo|o|e|fe|hithau|hitha"
    r"|hithe|yntau|ynta)|i\s+(?:always\s+|just\s+)?call\s+(?:him|her)"
    r"|(?:mae\s+)?(?:o|fo|e|fe|hi)['’]?n\s+(?:licio|leicio|lecio|lico|hoffi|ffafrio)"
    r"|(?:he|she|they)\s+(?:likes|prefers|like|prefer)))(?=\s*(?:[.,;!)]|$))",
    r"(?i:\b(?:pawb\s+yn\s+(?:galw|ngalw|ei\s+alw|ei\s+galw)\s+(?:fi|i|fo|o|hi|e|fe)(?:['’]n|\s+yn)?"
    r"|(?:ev(?:e)?ry\s*(?:one|1|body|bdy)|errybody|they\s+all|people|ppl|all|(?:my\s+)?(?:friends|mates|family))"
    r"\s+calls?\s+(?:me|him|her|them|us)"
    r"|(?:likes?|prefers?)\s+(?:to\s+be\s+|being\s+)called|known\s+as|go(?:es)?\s+by"
    r"|(?:licio|leicio|lico|hoffi)\s+cael\s+(?:ei\s+)?(?:alw|galw)(?:['’]n|\s+yn)?))\s+" + _NAME,
    r"(?i:\b(?:he|she)\s+(?:likes|prefers))\s+(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)(?=\s*(?:[.,;!)]|$))",
    # A second name asked for after the first: "Elizabeth - Beth plis", "Robert, Bob please" (stop-28 trial Y11).
    # (never after a title's full stop: "Mr. Morgans os gwelwch yn dda" is Mr. Morgans, stop 30)
    r"^\W*(?!(?i:mr|mrs|ms|miss|mx|dr|prof|parch)\.)[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?\s*(?:[,.;:]|\s[-–—])\s*"
    r"(?P<name>[^\W\d_][\w'’-]*)"
    r"(?i:\s+(?:plis|please|pls|plz|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]?n\s+dda))\W*$",
    _TO_MY_FRIENDS.pattern,
    # Two names and "but" between them, the whole answer: the one after it ("Ann-Marie but Annie", "Gwenda ond Gwen"
    # was kept whole, stop 32); never "Margaret but not Maggie" (no name after "but").
    r"^\W*[^\W\d_][\w'’-]*\s+(?i:but|ond)\s+(?P<name>[^\W\d_][\w'’-]*)(?=[^\w'’]*$)",
    # The name they go by, after the name on paper and a sign between them (stop 32, the names writer's "Hopcyn = Hops"
    # was no name at all, and "Gareth aka Gaz" was "Thanks, Gareth aka Gaz"): "Kerry = Kez", "Bethan > Beth",
    # "Gareth aka Gaz", "Dafydd -> Daf". The whole answer is the two forms (a sign-off aside): never a sentence.
    r"^\W*[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?\s*(?:=+>?|-+>|→|>|(?<=\s)(?i:aka|a\.k\.a\.?)(?=\s))\s*"
    + _NAME + r"(?=[^\w'’]*$|\s+(?i:x+|lol|plis|please|pls|thanks|diolch)(?![\w'’-]))",
))
#: Who the person is to the carer, at the start of the answer ("my husband Dai", "fy ngŵr, Dai", "Mam, Nansi...").
_GIVEN_RELATION = re.compile(
    # whose relative, as written (tenth trial AE10: "mam y gwr" was kept as "Mam"): "my husband's mum", "the kids' nan"
    r"^\W*(?P<relation>(?i:(?:my|our|me)\s+(?:husband|wife|partner|hubby|missus|boyfriend|girlfriend)['’]s\s+"
    r"|(?:the|our|my)\s+(?:kids|children|grandkids|grandchildren)['’]s?\s+"
    r"|(?:my|our|me|the|fy|'y|ein|y|yr)\s+)?(?i:mam-gu|tad-cu|dad-cu|dadcu|mamgu|tadcu|grandma"
    r"|grandad|grandpa|granny|grandson|granddaughter|gran|nana|nan|nain|taid|nhaid|mum|mam|mom|mother|mother-in-law|father"
    r"|dad|nhad|tad|wife|husband|hubby|missus|partner|gwraig|ngwraig|wraig|gŵr|ngŵr|gwr|ngwr|son|daughter|mab|merch"
    r"|little girl|little boy|lad|boy|girl|nephew|niece|brother|sister|brawd|mrawd|chwaer|friend|ffrind|neighbour"
    r"|cymydog|cymdoges|nghymydog|gariad|nghariad"
    # aunts, uncles, cousins, steps, and the mutated forms after "fy" ("modryb fi, Myfanwy", "fy mhartner Sam": stop 30)
    r"|modryb|fodryb|auntie|aunty|aunt|anti|uncle|yncl|wncwl|ewythr|cousin|cefnder|nghefnder|cyfnither|nghyfnither"
    r"|step-?(?:mum|mam|dad|son|daughter)|llysfam|llystad|mhartner|nghymdoges|ngŵr)"
    r"(?i:[\s-]+in[\s-]+law|[\s-]+yng[\s-]+nghyfraith)?(?:\s+(?i:fi|i)(?![\w'’-]))?"
    # "mam y gŵr", "mam-gu y plant", "tad fy ngwraig": whose relative, in Welsh
    r"(?:\s+(?i:y|yr|'r|fy|ein)\s+(?i:gŵr|gwr|ngŵr|ngwr|wraig|gwraig|ngwraig|partner|mhartner|plant|wyrion|mab|fab"
    r"|ferch|merch))?"
    # "mother of my husband" (the eighteenth trial's AU4, kept as "mother"): whose relative, as a learner may put it
    r"(?:\s+(?i:of)\s+(?i:my|our|me)\s+(?i:husband|hubby|wife|partner|missus|boyfriend|girlfriend|son|daughter))?)"
    r"(?![\w'’-])\s*(?:[.,:;–—(-]+\s*)?")
#: An answer, or a clause of one, that is only who the person is to them ("y gŵr", "my husband", "(Mam)").
_ONLY_RELATION = re.compile(_GIVEN_RELATION.pattern.replace(r"\s*(?:[.,:;–—(-]+\s*)?", "") + r"[\s.,:;!?)–—-]*$")
#: Kin words people use as a name ("Mam", "Dad", "Nain"): said as the name when no other is given.
_KIN_AS_NAME = {"mam": "Mam", "mum": "Mum", "mom": "Mom", "dad": "Dad", "nhad": "Dad", "tad": "Dad", "nain": "Nain",
                "taid": "Taid", "nhaid": "Taid", "nan": "Nan", "nana": "Nana", "gran": "Gran", "granny": "Granny",
                "grandma": "Grandma", "grandad": "Grandad", "grandpa": "Grandpa", "mam-gu": "Mam-gu",
                "mamgu": "Mamgu", "tad-cu": "Tad-cu", "tadcu": "Tadcu", "dad-cu": "Dad-cu", "dadcu": "Dadcu",
                "fam": "Mam", "tada": "Tada", "bamps": "Bamps", "mami": "Mami", "mammy": "Mammy", "nanna": "Nanna"}
#: A title that ends in a full stop, which does not end the name ("Mr. Roberts").
_TITLE = re.compile(r"^\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.\s*")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?()–—/]|\s-\s)")  # ("Dafydd / Daf": two forms, never one name)
#: A first clause longer than this is more than a name: only its first name (and surname) is kept.
_MAX_NAME_WORDS = 3


def _first_clause(text: str) -> str:
    """The answer up to its first full stop or comma ("Mr Roberts. Ted to my friends" -> "Mr Roberts"); of a
    sentence, only a name that starts it as its subject ("Dai has dementia" -> "Dai"), else ""."""
    clause = _first_clause_as_typed(text)
    from_place = _FROM_PLACE.search(clause)
    if from_place and from_place.start() > 0:
        clause = clause[:from_place.start()]
    if len(clause.split()) > _MAX_NAME_WORDS or _A_VERB_SECOND.match(clause):
        return _subject_of(clause)  # ("Dai has dementia" -> "Dai", never the three words)
    return clause


#: A short sentence about the person, its verb second ("Dai has dementia", "Mum needs help"): never the name whole.
_A_VERB_SECOND = re.compile(r"^\S+\s+(?i:is|has|was|had|needs|lives|likes|loves|can['’]?t|cant|won['’]?t|doesn['’]?t"
                            r"|does|gets|got|goes)(?:\s|$)")


def _first_clause_as_typed(text: str) -> str:
    """The answer up to its first full stop or comma, whole."""
    title = _TITLE.match(text)
    end = _CLAUSE_END.search(text, title.end() if title else 0)
    return text[:end.start()].strip() if end else text.strip()


#: A place after the name ("Megan o Gaernarfon", "Dai from Merthyr"): never part of it.
_FROM_PLACE = re.compile(r"\s+(?i:o|from|frm|of)\s+(?=[^\W\d_])")
#: What follows a name that starts a sentence as its subject, in English ("Dai has dementia", "Pat is 80", "Glyn and
#: me") or in a Welsh sentence that puts the name first ("Dai sy'n…", "Dai ydi'r gŵr", "Dai oedd…"); never what a
#: thing takes ("Dementia sydd gan Dad": dementia is what Dad has).
_AFTER_A_SUBJECT = re.compile(
    r"\s+(?i:is|isn['’]?t|was|wasn['’]?t|has|hasn['’]?t|had|needs|lives|likes|loves|hates|can|can['’]?t|cant|could"
    r"|will|won['’]?t|would|does|doesn['’]?t|did|didn['’]?t|gets|got|goes|went|used|uses|just|still|always|never"
    r"|and|but|so|not|n|&|who|who['’]?s|whos|that['’]?s|my|our|me|the|aged|age|here|aka|x+|lol|please|pls|plz|thanks|thx"
    # an age ("jac 14 oed o Rhyl", "jade 15 in Year 10"), never a number of years ("Married 50 years this June")
    r"|\d{1,3}(?!\d|\s+(?:years?|yrs?|mlynedd|blynedd|blwyddyn)(?![\w'’])(?!\s+(?:old|oed)))"
    # or the speaker going on about themselves, or another sentence run on without a stop ("ellie im 14 n live with my
    # mum", "jac my mum is…", "Sian dwi'n 45", "Gwen mae hi'n…")
    r"|i|i['’]?m|im|i['’]?ve|ive|i['’]?d|she|he|she['’]s|he['’]s|shes|hes|they|it['’]?s|its"
    r"|dwi|dw|dwi['’]n|wi|wi['’]n|fi|fi['’]n|ydw|mae|ma|mae['’]n|ma['’]n|hi|fo|e|fe|ac|a|ond|yma|plis|diolch"
    r"|yr|y|sef|bach|fach|hefyd|jyst|just|only|really|obvs|tbh|innit|haha+|btw|yeah|yh|ye|ok|okay"
    r"|sy(?:dd)?(?!\s+(?:gan|gen|efo|hefo|gyda|'da)(?![\w'’]))['’]?n?|ydi|ydy|yw|di|wedi|['’]di|yn|['’]n)"
    r"(?![\w'’-])")


def _subject_of(sentence: str) -> str:
    """The name a sentence starts with as its subject ("Dai has dementia", "Dai Bach the plumber…", "Dai sy'n…"), or
    "" when its first word is a verb, a time, an illness or an exclamation ("Married him in 75", "Gweithio oedd fy
    mywyd i", "Ddoe aeth hi i'r sbyty", "Priodi ddaru ni yn 1975": each was used as a name, stop 34)."""
    found = re.match(r"\s*" + _NAME, sentence)
    if found is None:
        return ""
    if " " in found.group("name").strip() or _AFTER_A_SUBJECT.match(sentence, found.end()):
        return found.group("name")
    return ""


def relation_in(text: str) -> str | None:
    """Who the person is to the carer when the name answer says it, first or in a clause of its own
    ("my husband Dai" -> "my husband", "y gŵr, Emyr" -> "y gŵr", "Gwen (Mam)" -> "Mam", "Sue, the wife", "its mum,
    Carol" -> "mum")."""
    for_kin = _IT_IS_FOR_KIN.match(text)  # (stop 49: "its mum, Carol" said who she is too)
    found = _GIVEN_RELATION.match(text[for_kin.end():] if for_kin else text) or _NAME_IS_RELATION.match(text)
    if found:
        return found.group("relation")
    for clause in re.split(r"[.,;:!?()–—]+|\s-\s", text)[1:]:
        alone = _ONLY_RELATION.match(_SHE_IS.sub("", clause, count=1))  # "Gwen, she's my mum" (stop 30)
        if alone:
            return alone.group("relation")
    return None


#: "she's", "he is", "hi ydi", "mae hi'n" before who the person is, in a clause of its own ("Gwen, she's my mum").
_SHE_IS = re.compile(r"^\s*(?i:she['’]?s|he['’]?s|shes|hes|she\s+is|he\s+is|hi\s+(?:ydi|yw|di)|fo\s+(?:ydi|di)"
                     r"|o\s+(?:ydi|di)|e\s+yw|(?:mae|ma)\s+(?:hi|o|fo|e|fe)['’]?n)\s+(?=\S)")


#: The words that say they look after someone, with or without "I" ("gofalu am", "dwi'n edrych ar ôl", "fi'n dishgwl ar
#: ôl", "I look after", "looking after", "caring for"): whom they look after comes next.
_CARES_FOR = re.compile(
    r"(?i)(?<![\w'’])(?:(?:dw\s*i|dwi|rwy|rydw\s+i|wi|fi|i['’]?m|im|i)(?:['’]?\s*n)?\s+)?"
    r"(?:gofalu\s+am|edrych\s+ar\s+[oô]l|edrach\s+ar\s+[oô]l|sbio\s+ar\s+[oô]l|dishgwl\s+ar\s+[oô]l|disgwl\s+ar\s+[oô]l"
    r"|look(?:ing)?\s+after|car(?:e|ing)\s+for"
    # "Donna. Im doing this for my dad, Keith", "dw i'n gwneud hyn ar ran fy nhad, Keith" (retrial 33 AG14: "Who do you
    # look after?" came next)
    r"|(?:doing|filling\s+in|answering)\s+(?:this|it|these)(?:\s+in)?\s+(?:for|on\s+behalf\s+of)"
    r"|(?:gwneud|g?neud|llenwi|ateb)\s+(?:hyn|hwn|hwn\s+i\s+mewn)\s+(?:ar\s+ran|dros|ar\s+gyfer))\s+")
#: A preposition before whom they look after ("am Fam", "i Nain", "gyda Mrs Jones", "efo 'Nhad", "for my mum"): never
#: part of the name; a mutated kin word after it is the kin word ("Fam" is Mam).
_TO_WHOM = re.compile(r"^\W*(?i:am|i|gyda|efo|hefo|'da|for|with)\s+(?=['’]?[A-ZÀ-ÖØ-ÞŴŶ]|(?i:fy|my|me|ein|our)\s|"
                      + r"(?i:fam|nhad|['’]nhad|dad|nain|taid|mam|mum|nan)(?![\w'’-]))")
#: Two of the family together ("mum n dad", "Mam a Dad", "nain and taid"): the two, as typed, are who they look after.
_KIN_PAIR = re.compile(
    r"^\W*(?i:(?:my|me|fy|'y|our|ein)\s+)?(?P<pair>(?i:mum|mam|dad|nain|taid|nan|nana|gran|grandad|mam-gu|tad-cu)"
    r"\s+(?i:and|n|&|a|ac|an['’]?)\s+(?i:(?:my|me|fy)\s+)?(?i:mum|mam|dad|nhad|nain|taid|nan|nana|gran|grandad"
    r"|mam-gu|tad-cu))\W*$")
#: A kin word used as a title before the name, nothing else said ("Taid Llew", "Auntie Glad", "Nanna Pat").
_KIN_TITLE = re.compile(
    r"^\W*(?P<name>(?P<kin>(?i:taid|nain|nan|nana|nanna|nanny|gran|granny|grandad|grandpa|bamps|gramps|mam-gu|mamgu"
    r"|tad-cu|tadcu|auntie|aunty|aunt|anti|uncle|yncl|wncwl))\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)[\s.!]*$")


#: "Ma", "Pa", "my ma": who they look after, said the way some families say it, and no name.
_MA_OR_PA = re.compile(r"^\W*(?i:(?:my|me|our)\s+)?(?i:ma|pa)\W*$")


def cared_for_in(text: str) -> tuple[str, str | None]:
    """The name to use for the person cared for, and who they are to the carer, from one answer.

    "y gŵr, Emyr. Em mae o'n licio" -> ("Em", "y gŵr"): the name they say he likes, the relationship
    from the same answer. A relationship alone is no name ("y gŵr", "my husband" -> ("", relationship)),
    so no question ever reads "i y gŵr"; a kin word people say as a name is one ("Mam", "nain fi" -> "Nain").
    "Mair ydi enw Mam", "Mum's name is Mair" -> ("Mair", "Mam"): both (stop-32 smoke: once her own name came with the
    role, these words answered this question, and "how do you know Mair?" was asked after she had said it twice).
    """
    alone = _CARED_FOR_NAMED_ALONE.match(text)
    named = None if alone is None else _named_by_kin(alone)
    if named is not None:
        return named
    found = _CARES_FOR.search(text)
    if found and not name_in(text[:found.start()]):
        # "gofalu am fy mab, Deian, mae o'n 8", "Don't know what you mean, I look after my dad" (stop 30: "gofalu",
        # "Don't"): who they look after comes after the words that say so.
        after = cared_for_in(text[found.end():])
        if after[0] or after[1] is not None:
            return after
    for_kin = _IT_IS_FOR_KIN.match(text)
    if for_kin:  # "it's mum, Carol" (stop 49): never "it's" as whose mum ("Mary's husband, Ted")
        text = text[for_kin.end():]
    pair = _KIN_PAIR.match(text)
    if pair:  # "mum n dad", "Mam a Dad" (stop 30: "n dad"): both, as typed
        return pair.group("pair"), pair.group("pair")
    text = _TO_WHOM.sub("", text, count=1)  # "am Fam", "gyda Mrs Jones", "efo 'Nhad" (stop 30: "am Fam")
    typed = fold(text).strip(" .!'’").lower()
    kin_word = typed if typed in _KIN_AS_NAME else demutate(typed)  # ("Dad-cu" stays Dad-cu)
    if kin_word in _KIN_AS_NAME and " " not in kin_word:  # "Fam" after "am" is Mam, "'Nhad" is Dad
        return _KIN_AS_NAME[kin_word], text.strip(" .!")
    titled = _KIN_TITLE.match(text)
    if titled:  # "Taid Llew", "Auntie Glad": what the family call them, kin word and all (stop 30: "Llew"); an
        # "Auntie" may be a family friend, so how they are connected is still asked
        return titled.group("name"), None
    if _MA_OR_PA.match(text):  # "Ma" (re-trial 32 AF5): who she is, and no name (the name is asked once)
        return "", text.strip(" .!")
    first = re.split(r"[.,;:!?()–—]+|\s-\s", text, maxsplit=1)
    if len(first) == 2 and _SOMEONES_RELATION.match(first[0]) and name_in(first[1].strip()):
        # "gŵr Mair, Gwil", "Mary's husband, Ted": whose relative they are, then their name (re-trial 32 AF5: the
        # questions asked about Mair, whose husband Gwil is the one cared for).
        return name_in(first[1].strip()), first[0].strip()
    name, relation = name_in(text), relation_in(text)
    alone = _ONLY_RELATION.match(name or text)
    if alone is None and not name and relation is not None:
        # "nain. a mr jones pe", "Mam. She's 80": who they are, then a sentence and no name; the kin word is the name.
        alone = _ONLY_RELATION.match(relation)
    if alone is None:
        return name, relation
    relation = relation or alone.group("relation")
    words = [w.strip("'’") for w in fold(alone.group("relation")).lower().split()]
    kin = [w for w in words if w in _KIN_AS_NAME]
    # "Mam", "my mum", "nain fi": the kin word as a name; "y gŵr", "the wife", "my son", "y fam": no name.
    return (_KIN_AS_NAME[kin[0]] if kin and not {"the", "y", "yr"} & set(words) else ""), relation


def name_in(text: str, *, own: bool = False) -> str:
    """The name in an answer to "what name shall I use?", exactly as typed ("" when none was given). `own`: the
    speaker's own name, so what is said of someone else ("he likes Mikey", "his name's Michael") is never it.

    "Dad. Gwilym ydi enw fo" -> "Gwilym", "his name's Tom" -> "Tom", "Dad, Gwilym" -> "Gwilym",
    "my husband Dai, he's got dementia" -> "Dai", "Mrs Beti Morgan, ond Beti yn iawn bach" -> "Beti",
    "Mr Roberts. Ted to my friends" -> "Mr Roberts" (what they offered first), "Hi, I'm Sarah" -> "Sarah",
    "Dilys dw i, ond pawb yn galw fi Dil" -> "Dil", "call me Jo x" -> "Jo", "ellie lol" -> "ellie",
    "jac (14)" -> "jac". An extra clause, a greeting or a sign-off is never part of the name; an answer
    that is only a name stays whole; "fi", "me" or "hi" alone is no name.
    """
    text = _LEADING_SYMBOLS.sub("", text)  # "🙂 bethan", "👋 hi im kayla", "** Siân": never part of the name
    without = _PRONOUNS.sub(" ", text).strip()
    text = without if re.search(r"[^\W\d_]", without) else text  # "Sam they/them", "Alex, hi/ei": not the name
    greeting = _GREETING.match(text)
    body = text[greeting.end():] if greeting and re.search(r"[^\W\d_]", text[greeting.end():]) else text
    if greeting and body is text:
        return ""  # only a greeting: "hi"
    filler = _FILLER.match(body)
    while filler and filler.end() and re.search(r"[^\W\d_]", body[filler.end():]):
        body = body[filler.end():]  # "Well I'm Susan", "ym, Siân", "oh ok its Dave": never the name
        filler = _FILLER.match(body)
    said = _ALREADY_SAID.match(body)
    if said and re.search(r"[^\W\d_]", body[said.end():]):
        body = body[said.end():]  # "Deudis i'n barod, Gareth, y gŵr": never the name
    for_kin = _IT_IS_FOR_KIN.match(body)
    if for_kin:
        body = body[for_kin.end():]  # "its mum, Carol": who it is for, then the name (stop 49)
    asked_for = _form_of_address_asked_for(body) if own else None
    if asked_for:  # "Megan Evans yw fy enw. Mrs Evans, os gwelwch yn dda." (trial 36 AM10): what to call her
        return asked_for
    outright = _said_in_so_many_words(body, own=own)
    if outright:
        return outright
    titled = _TITLE_AND_SURNAME.match(body)
    if titled:  # "mr morgans os gwelwch yn dda", "Mrs Okafor please": the title kept with the surname, in any case
        return titled.group("name")
    whose = _WHOSE_RELATIVE_I_AM.match(body) if own else None
    if whose:  # "mam Gethin dw i, Llinos", "Gwraig Dai dw i": whose relative they are, never their name (stop 34)
        body = body[whose.end():]
        if not re.search(r"[^\W\d_]", body):
            return ""
    relation = None if whose else _GIVEN_RELATION.match(body)
    rest = body[relation.end():] if relation else body
    if relation:  # "My mum is Fatima, she's 67", "Mam yw Glenys" (stop 29: every question said "Mum")
        rest = _IS_CALLED.sub("", _KIN_ADJECTIVE.sub("", rest, count=1), count=1)
    again = _ALREADY_SAID.match(rest) if relation else None
    if again and re.search(r"[^\W\d_]", rest[again.end():]):
        rest = rest[again.end():]  # "my dad like I said. Ken" (stop-22 trial V11): never "like I said"
    name = _tidy(_first_clause(rest)) if rest.strip() else ""
    later, said_so = _named_in_a_later_clause(rest, own=own)
    if later and (not name or _only_by_where_it_is(name, later, said_so)):
        # "Duwcs, Gwyneth dwi", "wotcha. Tel", "alright butt, Rhodri", "Married him in 75, Glyn" (stop 34: the
        # first word was the name): a name said in so many words, or a capitalised name alone, comes later.
        return later
    if not name and rest.strip() and len(_first_clause_as_typed(rest).split()) > _MAX_NAME_WORDS:
        name = ""  # a sentence that starts with no name ("Ddoe aeth hi i'r sbyty"): never the whole of it
    else:
        name = name or body.strip() or body
    if name and _is_a_name(name) and not (own and _SOMEONES_RELATION.match(name)):
        return _short_form(rest, name) or name
    if relation and own and _WILL_DO_AFTER_KIN.match(rest):
        return _tidy(_first_clause(body))  # "Nan is fine, everybody does": the kin word is what they go by
    # "fi, Megan": the first clause is no name, a later one may be ("Mary's husband, Ted"; "i'd rather you used my
    # first name, its Pat": a name said in so many words there, stop 32).
    for clause in re.split(r"[.,;:!?()–—]+|\s-\s", rest)[1:]:
        named_here = _said_in_so_many_words(clause.strip(), own=own) if clause.strip() else ""
        if named_here:
            return named_here
        filler = _FILLER.match(clause)  # "sori, jyst Rhodri" was "jyst Rhodri" (AZ7, stop 45 trial)
        clause = clause[filler.end():] if filler and re.search(r"[^\W\d_]", clause[filler.end():]) else clause
        found = re.match(r"\s*" + _NAME, clause)
        if found and _is_a_name(found.group("name")) and (
                len(clause.split()) <= _MAX_NAME_WORDS or _subject_of(clause)):  # (never "Priodi ers 1970")
            return _tidy(found.group("name"))
    return ""


#: Only "please" after a title and surname: "Mrs Evans, os gwelwch yn dda", "Mr Jones please".
_ONLY_PLEASE = re.compile(r"^\W*(?i:(?:please|plis|plîs|pls|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]n\s+dda|diolch"
                          r"|thanks|thank\s+you|if\s+you\s+don['’]?t\s+mind)\W*)*$")


def _form_of_address_asked_for(body: str) -> str | None:
    """A title and surname asked for in a sentence of its own after the name ("Megan Evans yw fy enw. Mrs Evans, os
    gwelwch yn dda.", "Megan Evans. Mrs Evans please"): how she wants to be addressed, so it is what we call her."""
    parts = [p for p in re.split(r"(?<=[.!?;])\s+", body.strip()) if p.strip()]
    if len(parts) < 2:
        return None
    titled = _TITLE_AND_SURNAME.match(parts[-1])
    if titled is None or not _ONLY_PLEASE.match(parts[-1][titled.end():]):
        return None
    return titled.group("name")


#: An adjective between the kin word and the name ("fy mrawd bach, Siôn", "my little sister, Cerys" after "my"):
#: never the name (stop 34: "Thank you; and bach?").
_KIN_ADJECTIVE = re.compile(r"^\s*(?i:bach|fach|mawr|fawr|hyna|hynaf|ienga|ieuengaf|little|lil|big|baby|older|younger"
                            r"|eldest|youngest|oldest|twin)(?![\w'’-])[\s,.:;–—-]*")
#: Kin words: never the name a later clause gives in place of the first one ("sian, Mam" is not "Mam").
_KIN_WORDS = frozenset(_KIN_AS_NAME)


def _named_in_a_later_clause(rest: str, *, own: bool) -> tuple[str, bool]:
    """A name given after the first clause, and whether it was said in so many words ("…, Gwyneth dwi", "…. Alun dw
    i", "…, it's Shaz", "…, Glyn ydi o") rather than a clause that is a capitalised name alone ("wotcha. Tel");
    ("", False) when none."""
    for clause in re.split(r"[.,;:!?()–—]+|\s-\s|\s(?i:a|ac|and|&|n)\s", rest)[1:]:  # ("dwi'n 13 a Gethin dw i")
        said = _said_of_themselves(clause.strip()) if own else _said_of_them(clause.strip())
        if (said and said[:1].isupper() and not _SOMEONES_RELATION.match(said)
                and not re.search(r"['’]s$", said) and fold(said).lower() not in _KIN_WORDS):
            return said, True
    for clause in re.split(r"[.,;:!?()–—]+|\s-\s", rest)[1:]:
        clause = clause.strip()
        if not clause:
            continue
        said = _said_of_themselves(clause) if own else _said_of_them(clause)
        if (said and said[:1].isupper() and not _SOMEONES_RELATION.match(said)
                and not re.search(r"['’]s$", said) and fold(said).lower() not in _KIN_WORDS):
            return said, True
        alone = _tidy(clause)
        if (alone[:1].isupper() and len(alone.split()) <= 2 and _is_a_name(alone)
                and fold(alone).lower() not in _KIN_WORDS and relation_in(alone) is None):
            return alone, False
    return "", False


def _said_of_themselves(clause: str) -> str:
    """The speaker's own name in a clause that says it of themselves ("Gwyneth dwi", "it's Shaz", "Jackie here",
    "call me Bob"), else "": never a name said of someone else ("Dai ydi'r gŵr")."""
    for pattern in _SELF_PATTERNS:
        found = pattern.match(clause)
        if found and _is_a_name(found.group("name")):
            return _tidy(found.group("name"))
    return ""


def _said_of_them(clause: str) -> str:
    """The name of whom they look after said in so many words in a clause ("Glyn ydi o", "his name's Ron"), else "":
    never what the speaker says of themselves ("Jan, I'm worried about mum" is not "worried")."""
    for pattern in _WILL_DO + _NAME_PATTERNS + (_CALLED,):
        found = pattern.search(clause)
        if found and _is_a_name(found.group("name")):
            return _tidy(found.group("name"))
    return ""


def _only_by_where_it_is(name: str, later: str, said: bool) -> bool:
    """Whether the first clause's name is only there by being first, and so gives way to one given later: any word
    before a name said in so many words ("Duwcs, Gwyneth dwi", "Gweithio oedd fy mywyd i. Alun dw i"), a lower-case
    word before a capitalised name ("wotcha. Tel", "alright butt, Rhodri"); never two forms of one name ("Dafydd,
    Daf", "jayden. jay")."""
    first, then = fold(name).lower(), fold(later).lower()
    if first.startswith(then) or then.startswith(first):
        return False
    return said or (name[:1].islower() and later[:1].isupper())


#: Whose relative the speaker is, as the first clause of their own name answer ("Mary's husband, Ted", "gŵr Mair,
#: Gwil"): never their name (stop 32: "Thank you, Mary's husband.").
_SOMEONES_RELATION = re.compile(
    r"^\W*(?:[^\W\d_][\w-]*['’]s\s+(?i:husband|hubby|wife|partner|son|daughter|carer|mum|mam|mother|dad|father"
    r"|sister|brother|friend|neighbour|grandson|granddaughter|niece|nephew|boy|girl)"
    r"|(?i:gŵr|gwr|gwraig|wraig|mab|merch|chwaer|brawd|ffrind|cymydog|gymydog|gofalwr|ofalwr|gofalwraig|ofalwraig"
    r"|mam|fam|tad)"  # "mam Gethin dw i, Llinos" (stop 34: "mam Gethin" was her name)
    r"\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)\W*$")
#: The same as the first clause of their own name answer, with "dw i" / "here" ("mam Gethin dw i, Llinos").
_WHOSE_RELATIVE_I_AM = re.compile(
    _SOMEONES_RELATION.pattern.removesuffix(r"\W*$")
    + r"(?:\s+(?i:dw\s+i|dwi|ydw\s+i|ydw|odw\s+i|odw|wi|yw\s+fi|ydi\s+fi|here|speaking|sy\s*['’]?\s*ma|sy\s+yma))?"
    r"(?:[.,;:!?–—]+|\s-\s|\s*$)")
#: The name in "Mam Osian", "Osian's mum": a capital, before "'s", the end, or "dw i" / "here".
_NAME_IN_WHOSE = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w-]*)"
                            r"(?=['’]s\s|\W*$|\s+(?i:dw|dwi|ydw|odw|wi|yw|ydi|here|speaking|sy))")


def whose_relative_speaking(text: str) -> tuple[str, str] | None:
    """(the name of whom they look after, who the speaker is to them, as typed) when the answer to "who is talking?"
    is whose relative they are ("Mam Osian", "Mam Osian dw i", "Osian's mum", "gŵr Mair"); else None."""
    text = re.sub(r"^\W*(?i:i['’]?m|im|i\s+am|it['’]?s|fi\s+(?:yw|ydi|di))\s+(?=\S)", "", text)  # "I'm Osian's mum"
    found = _WHOSE_RELATIVE_I_AM.match(text)
    if found is None:
        return None
    said = re.sub(r"\s+(?i:dw\s+i|dwi|ydw\s+i|ydw|odw\s+i|odw|wi|yw\s+fi|ydi\s+fi|here|speaking"
                  r"|sy\s*['’]?\s*ma|sy\s+yma)$", "",
                  found.group(0).strip(" .,;:!?–—-"))
    named = _NAME_IN_WHOSE.search(said)
    if named is None or not _is_a_name(named.group("name")) or fold(named.group("name")).lower() in _KIN_AS_NAME:
        return None
    if _looks_after_someone_else(text, named.group("name")):
        return None  # "I'm Tom's mum, I care for my dad": Tom's mother, looking after her dad (stop 41)
    return _tidy(named.group("name")), said.strip()


def _own_words_after_whose(text: str) -> str:
    """What follows whose relative they are, where their own name may be ("mam Gethin dw i, Llinos" -> "Llinos":
    trial 39 AT11, "Pa enw hoffech chi…?" asked at once)."""
    text = re.sub(r"^\W*(?i:i['’]?m|im|i\s+am|it['’]?s|fi\s+(?:yw|ydi|di))\s+(?=\S)", "", text)
    found = _WHOSE_RELATIVE_I_AM.match(text)
    rest = text[found.end():].strip() if found else ""
    # "mam Gethin dw i, Llinos" alone: the name with nothing around it is theirs, as "Llinos dw i" would be
    return rest + " dw i" if re.fullmatch(r"[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*\W*", rest) else rest


#: What says the kin word just given is their name ("Nan is fine", "Taid yn iawn", "Nain plis").
_WILL_DO_AFTER_KIN = re.compile(r"^\s*(?i:is\s+fine|is\s+ok(?:ay)?|will\s+do|yn\s+iawn|sy['’]?n\s+iawn|please|plis|pls)"
                                r"(?![\w'’-])")


#: The pronouns someone gives with their name ("Sam they/them", "Alex - she/her", "Cai (fe/ei)"): never part of it
#: (stop 32: "Sam they/them" was no name, as "they" is never a name).
_PRONOUNS = re.compile(
    r"[\s,;–—-]*[(\[]?\s*(?<![\w'’])(?i:she|he|they|ze|xe|hi|fe|fo|nhw)\s*/\s*(?i:her|him|them|they|she|he|hers|his"
    r"|theirs|zir|xem|it|any|ei|eu|hi|fe|fo|nhw)(?:\s*/\s*(?i:her|him|them|they|she|he|hers|his|theirs|any|ei|eu))?"
    r"(?![\w'’])\s*[)\]]?")
#: "I said already" before the name, asked again ("Deudis i'n barod, Gareth", "like I said, Gareth").
_ALREADY_SAID = re.compile(
    r"^\W*(?i:(?:be\W*\s*)?(?:fel\s+)?(?:deudis|dudis|dwedes|dwedais|dywedais|wedes|wedais|nes\s+i\s+ddeud)\s+i"
    r"(?:['’]?n\s+barod|\s+yn\s+barod|\s+gynna)?|(?:i\s+)?(?:already\s+said|said\s+already|told\s+you(?:\s+already)?)"
    r"|(?:like|as)\s+i\s+said)(?![\w'’-])[\s,.!:;–—-]*")
#: "it's" / "it's for" before who the person is ("its mum, Carol", "it's for my dad, Keith", "this is about my nan,
#: Gwen"): who it is for, never their name. Stop 49 (stop-48 finding): "its mum, Carol" was read as "it's Mum" (the
#: "it's Dave" pattern) and every question said "Mum". Only before a kin word, so "its Carol" stays Carol.
_IT_IS_FOR_KIN = re.compile(r"^\W*(?i:it['’]?s|its|it\s+is|this\s+is|tis)\s+(?i:(?:for|about|on\s+behalf\s+of)\s+)?"
                            r"(?=" + _GIVEN_RELATION.pattern.lstrip("^") + r")")
#: What a name's short form may be followed by ("ffi os ti'n licio", "jay if you like").
_IF_YOU_LIKE = re.compile(r"(?i:\s*(?:os\s+(?:ti|chi)['’]?\s*n\s+licio|os\s+(?:ti|chi)\s+isio|if\s+(?:you|u)\s+like"
                          r"|for\s+short|yn\s+fyr))?\W*$")


def _short_form(rest: str, name: str) -> str | None:
    """The short form said after the name ("jayden. jay" -> "jay", "ffion. ffi os tin licio" -> "ffi")."""
    after = rest.strip()[len(name):] if rest.strip().startswith(name) else ""
    found = re.match(r"[\s.,;:–—-]+(?P<short>[^\W\d_][\w'’-]*)", after)
    if found is None:
        return None
    short = found.group("short")
    tail = after[found.end():]
    if not (2 <= len(short) < len(name) and fold(name).lower().startswith(fold(short).lower().rstrip("'’"))):
        return None
    return short if _IF_YOU_LIKE.fullmatch(tail) or not tail.strip() else None


#: Between who they are and their name, written with a capital: "my mum is Fatima", "my husband is called Dai",
#: "Mam yw Glenys" (never "my mum is poorly").
_IS_CALLED = re.compile(r"^(?i:is\s+called|is\s+named|is|was|ydi|ydy|yw|di)\s+(?=[A-ZÀ-ÖØ-ÞŴŶ])")
#: Emoji, symbols and punctuation before the first word ("🙂 bethan", "👋 hi im kayla"): never part of a name (an
#: apostrophe is kept: "'Nhad"). Stop 30: "🙂 bethan" was used whole, "Thanks, 🙂 bethan!" in every later question.
_LEADING_SYMBOLS = re.compile(r"^[^\w'’]+")
#: A title and the surname after it, typed in any case ("mr morgans os gwelwch yn dda" was "mr": stop 30), as the name
#: they chose to be called by; a second capitalised word is kept too ("Mrs Beti Morgan"), a lower-case one never.
_TITLE_AND_SURNAME = re.compile(
    r"^\W*(?:(?i:it['’]?s|its|i['’]?m|im|i\s+am|this\s+is)\s+)?"
    r"(?P<name>(?i:mr|mrs|ms|miss|mx|dr|prof|parch|y\s+parch|mister)\.?\s+"
    r"(?:(?i:and|a|ac|&)\s+(?i:mr|mrs|ms|miss|mx|dr)\.?\s+)?"  # "Mr and Mrs Hughes at number 4" (stop 30: "Mr")
    r"(?!(?i:and|a|ac|please|plis|plîs|os)(?![\w'’-]))"
    # (a second capitalised word, never a "please" in capitals: "MR MORGANS OS GWELWCH YN DDA")
    r"[^\W\d_][\w'’-]*(?:\s+(?!(?i:os|please|plis|plîs|pls|if|thanks|thank|diolch)(?![\w'’-]))[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?)"
    r"(?![\w'’-])")
#: A greeting before the name ("Hi, I'm Sarah", "haia, Catrin dw i"): never the name.
_GREETING = re.compile(
    r"^\W*(?i:hi+|hiya|hia|hello|helo|hey+|heya|haia|hai|shwmae|shwmai|s'mae|smae|sumae|su'mae|sut mae|sud mae"
    r"|bore da|prynhawn da|p'nawn da|pnawn da|noswaith dda|alright|alrite|howdy|hi there|hiya there"
    # "Morning! Ted" was "Thank you, Morning." (stop 32)
    r"|(?:good\s+)?(?:morning|afternoon|evening)|mornin|bore|pnawn|p'nawn"
    # England's and the Valleys' greetings ("ey up, it's Shaz", "wotcha. Tel": stop 34, each was the name)
    r"|wotcha|watcha|ey\s*up|ay\s*up|now\s+then|how\s+do|alright\s+butt|all\s+right)"
    r"(?![\w'’-])[\s,.!:;–—-]*")
#: A sound or word people start a sentence with ("Well I'm Susan", "ym, Siân", "erm its Dave"), never a name; also a
#: yes or an "only" before it ("yeah its ellie", "ok ellie", "just ellie", "ia, Siôn": stop 29, the name was lost and
#: no name used in any later question).
_FILLER = re.compile(r"^\W*(?:(?i:well|wel|um+|erm*|ym+|hm+|oh|ah|ok so|so|right|yeah|yea|yeh|yes|yep|yup|ya|yh|ok|okay"
                     r"|okey|kk|sure|ie|ia|iawn|haha+|lol|just|only|jyst|dim ond"
                     # a hedge or not knowing first ("idk just Sam", "maybe Deio", "ella Deio": stop 30); "ella" only in
                     # lower case before a capital, as "Ella" is a name
                     r"|idk|dunno|dno|maybe|mebbe|prob|probably|efallai|falle|fallai|dwn\s+im"
                     # an exclamation or an endearment first ("Duwcs, Gwyneth dwi", "aye, Bob'll do", "hiya hun,
                     # Jackie here", "wrth gwrs, Nia": stop 34, each was the name)
                     r"|duwcs|duw|jiw(?:\s+jiw)?|iesgob|bobol\s+bach|wrth\s+gwrs|of\s+course|aye|ay|hun|hon|butt"
                     r"|mate|love|luv|pet|duck|cariad)|ella(?=\s+[A-ZÀ-ÖØ-ÞŴŶ]))"
                     r"(?![\w'’-])[\s,.!:;–—-]*")
#: "I'm Sarah", "it's Dave", "the name's Bond", "fy enw i yw Sian", "enw fi ydi Bethan"; "Gareth dw i",
#: "Sian ydw i", "Dai yw'r enw", "Nansi sy 'ma", "Dave here".
_SELF_PATTERNS = (
    re.compile(r"^\W*(?i:it'?s me|it’s me|its me|i'?m|i’m|i am|im|it'?s|it’s|its|it is|this is|the name'?s|the name’s"
               r"|the name is|name'?s|my name'?s|my name’s|my name is|my names|me name'?s|me name is|fy enw i yw"
               r"|fy enw i ydi|fy enw i ydy|fy enw yw|fy enw ydi|fy enw i|enw fi ydi|enw fi yw|enw fi di|enw fi'?n"
               r"|yr enw yw|yr enw ydi|yr enw ydy|fi yw|fi ydi|fi di"
               # "First name Joan", "my first name's Joan", "you can use Joan", "yr enw cyntaf yw Mererid" (stop 32:
               # each was no name at all)
               r"|(?:my\s+|me\s+)?first\s+name(?:'?s|’s|\s+is|:)?|(?:you\s+can\s+|u\s+can\s+|please\s+)?use"
               r"|(?:yr\s+|fy\s+|'?y\s+)?enw\s+cynta(?:f)?(?:\s+(?:i|fi))?(?:\s+(?:yw|ydi|ydy|di))?)\s+" + _NAME),
    # "Rhian wi" (south), "Bob neith" (will do), "Gwen dw i", "Dave here".
    re.compile(r"^\W*" + _NAME + r"\s+(?i:dw i|dwi|ydw i|ydw|odw i|wdw i|odw|wi|yw fi|ydi fi|ydy fi|wyf i"
               r"|ydi'r enw|yw'r enw|ydy'r enw"
               r"|di'r enw|sy 'ma|sy'ma|sy ma|sydd yma|sy yma|yma|'ma|here|speaking|neith|wneith|fydd yn iawn"
               r"|sy['’]?n siarad|sy['’]?n teipio|sy['’]?n sgwennu|sy['’]?n ysgrifennu)"
               r"(?![\w'’-])"),
)
#: Words that are never a name on their own: "fi", "me", "hi", and words a sentence starts with.
_NOT_NAMES = frozenset({
    "fi", "me", "mi", "i", "hi", "hiya", "hello", "helo", "hey", "haia", "shwmae", "myself", "fy hun", "fi fy hun",
    "yes", "no", "ok", "okay", "ia", "ie", "na", "not", "just", "only", "the", "a", "an", "his", "her", "my", "fy",
    "ei", "so", "well", "um", "erm", "yn", "wel", "nothing", "dim", "nobody", "neb", "you", "chi", "ti", "it", "its",
    "that", "this", "sure", "fine", "happy", "called", "dwi", "dw", "i'm", "im", "sorry", "sori", "oh", "o", "yeah",
    "ye", "yep", "thanks", "diolch", "ta", "please", "plis", "lol", "x", "xx", "what", "be", "beth", "why", "pam",
    # "hi its me again", "fi sy 'ma eto" on coming back (stop-25 trial V4: "Thank you, again."): no name
    "again", "me again", "back", "me back", "eto", "fi eto", "nol", "yn ol",
    # "Mam. Enw'r meddyg ydi Dr Evans" (stop 41): "Enw'r" (the name of) was taken as Mam's name
    "enw", "enw'r", "enw’r", "name"})
#: Sign-offs and text-speak after a name ("Jo x", "ellie lol", "tom thx", "Dave mate", "Elin 😊", "jac (14)"), and an
#: age or a "will do" said with it ("tyler im 14", "osian dwi'n 15", "Ffion 14 oed", "ellie obvs", "Ellie is fine":
#: stop 29, the twin set's "Thank you, tyler im 14." in every later question).
_SIGN_OFF = re.compile(
    r"(?:[\s,.!]+(?i:x+|lol|lmao|haha+|ha|thx|thanks|ta|diolch|please|plis|plîs|pls|plz|innit|mate|love|luv|butt|bach"
    r"|os\s+gwelwch\s+yn\s+dda|os\s+gwelwch\s+chi['’]?n\s+dda|os\s+gweli\s+di['’]?n\s+dda|if\s+(?:you|u)\s+(?:don['’]?t|dont)\s+mind"
    r"|cheers|ok|obvs|btw|tho|i\s+guess|i\s+suppose|that['’]?s\s+me|is\s+fine|['’]?s\s+fine|is\s+ok|is\s+okay"
    r"|will\s+do|yn\s+iawn|sy['’]?n\s+iawn|sy\s+orau|:\)|:-\)|;\)"
    r"|de|'de|ynde|yndê|yndi"  # the north's tag: "wel, Mererid de" was "Mererid de" (stop 32)
    # the Welsh copula after the name, which is never part of it ("Rhodri yw e", "Mali ydi hi", "Rhodri yw ei enw e",
    # "Rhodri mae'n cael ei alw"): AZ7 (stop 45 trial), "Rhodri yw e, Rhods ni'n galw fe" was "Rodri yw e" to the end
    r"|(?:ydi|ydy|yw|di|ydyw)\s+(?:o|fo|hi|e|fe|hithau|hitha|hithe|yntau|ynta|ynte|(?:ei\s+)?h?enw(?:\s+(?:o|fo|e|fe"
    r"|hi))?)|(?:mae|ma)\s*['’]?\s*n\s+cael\s+ei\s+(?:alw|galw|halw)(?:\s+(?:o|fo|e|fe|hi))?)"
    r"|[\s,.!]+(?i:(?:and\s+)?(?:i['’]?m|im|i\s+am|aged?|dw\s*i['’]?n|dwi\s*n|wi['’]?n|fi['’]?n|rwy['’]?n"
    r"|he['’]?s|she['’]?s|he\s+is|she\s+is|who['’]?s|(?:mae|ma)\s+(?:o|fo|e|fe|hi)['’]?n|sy['’]?n)\s+)?\d{1,3}"
    r"(?i:\s*(?:oed|yrs?|years?(?:\s+old)?|y/?o))?"
    r"|['’]s\s+fine|['’]ll\s+do|\s*\(\s*\d+\s*\)|\s*[^\w\s'’.)-]+)+\s*$")


def _tidy(name: str) -> str:
    """A name without what texting adds after it ("Jo x" -> "Jo"); the name itself is never changed."""
    kept = _SIGN_OFF.sub("", name).strip()
    return kept or name.strip()


def _is_a_name(name: str) -> bool:
    """False for "fi", "me", "hi", "not" and other words that cannot be what to call someone.

    A wrong name is worse than none (it is in every later question), so a word that is never a name anywhere in it
    ("I'd", "gofalu", "round", "sa") or a title alone ("Mr") makes it no name: the question is asked again, or none
    is used. A capitalised "Will" alone is the name (stop 30: it was skipped as the verb)."""
    tidy = _tidy(name)
    words = fold(tidy).lower().split()
    if words == ["will"] and tidy[:1].isupper():
        return True
    return (bool(words) and " ".join(words) not in _NOT_NAMES and words[0] not in _NOT_FIRST
            and all(_NAME_WORD.fullmatch(w) for w in words) and not _NEVER_IN_A_NAME.intersection(words)
            and not _TITLE_ALONE.fullmatch(tidy))


#: Words that are never part of a name, in either language (stop 30, the names writer: "its for my nan" was "for",
#: "gofalu am fy mab, Deian" was "gofalu", "sa well gen i beidio deud" was "sa", "I'd rather not say" was "I'd",
#: "Don't know what you mean" was "Don't", "they call me round here" was "round"). Names that are also words (Haf,
#: Eira, Seren, Rose, Hope, Joy, Grace, Dawn, Will, Wyn, Glyn, Bryn, Llew, Mai, Ella, Di) are left out on purpose.
_NEVER_IN_A_NAME = frozenset((
    "i'd", "id", "i'll", "ill", "i've", "ive", "don't", "dont", "doesn't", "didn't", "can't", "won't", "isn't",
    "for", "with", "from", "of", "in", "on", "at", "by", "about", "after", "round", "around", "here", "there", "now",
    "then", "when", "where", "what", "who", "why", "how", "because", "cos", "coz", "if", "or", "very", "really", "also",
    "too", "all", "some", "any", "none", "them", "their", "us", "our", "your", "mine", "are", "were", "been", "be",
    "do", "know", "think", "mean", "say", "said", "tell", "told", "look", "looking", "care", "caring", "help",
    "helping", "need", "want", "name", "names", "skip", "pass", "maybe", "idk", "dunno", "rather", "prefer",
    "am", "gyda", "efo", "hefo", "'da", "yr", "y", "ac", "ond", "neu", "mae", "ma", "oedd", "roedd", "sy", "sydd",
    "ti", "chi", "nhw", "eu", "dy", "ein", "eich", "gen", "gennyf", "gennych", "gan", "wedi", "sa", "sai", "well",
    "gwell", "beidio", "peidio", "ddim", "byth", "gofalu", "ofalu", "edrych", "helpu", "isio", "eisiau", "moyn",
    "angen", "enw", "henw", "galw", "galwch", "deud", "dweud", "gweud", "ddeud", "pam", "pwy", "sut", "lle", "ble",
    "pryd", "yma", "hyn", "hynny", "hwn", "hwnna", "hon", "yna", "efallai", "falle", "dwn", "gwbod", "gwybod",
    "dishgwl", "disgwl", "ar", "ol", "ôl", "hefyd", "weithia", "weithiau", "u", "r", "him", "them", "they", "he",
    "she", "we", "nhw", "fo", "fe", "iddo", "iddi", "amdano", "amdani", "amdanyn",
    # "Mae popeth yn iawn", "either is fine", "unrhyw beth sy'n iawn": no name (stop 31)
    "popeth", "unrhyw", "rhywbeth", "unrhywbeth", "naill", "everything", "anything", "either", "neither", "both",
    "whichever",
    # "Nan is fine, everybody does" was "everybody" (stop 32)
    "everybody", "everyone", "every1", "somebody", "someone", "nobody", "anybody", "anyone", "people", "pawb", "use",
    "used",
    # "bod adre. ody hi'n ca'l aros adre" was her name, "Bod Adre" (trial 37 AP10): being at home is what matters
    "bod", "adre", "adra", "adref", "gartre", "gartref", "aros", "byw", "cael", "ca'l", "cal", "home", "staying"))
#: A title with nothing after it is no name ("Mr and Mrs Hughes" cut short was "Mr").
_TITLE_ALONE = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|parch|mister)\.?")


#: Every word of a name is letters (with an apostrophe, hyphen or full stop in it: "O'Brien", "Sian-Elin", "Mr."):
#: never a number ("Nain 92" gave "92" as the name of whom they look after: stop 30) nor an emoji.
_NAME_WORD = re.compile(r"['’]?[^\W\d_][^\W\d_'’.-]*(?:['’.-]+[^\W\d_]*)*")


#: A first word that shows the rest is a sentence, not a name ("not sure", "just a sec").
_NOT_FIRST = frozenset({"not", "just", "only", "his", "her", "my", "so", "well", "the", "a", "an", "yes", "no", "ok",
                        "called", "sure", "fine", "happy", "you", "it", "that", "this",
                        # A pronoun or a verb starts a sentence about them ("Mam. She's 80", "Dad, he is 90",
                        # "mam, ma hi'n 80", "my mum has dementia"), never their name.
                        "he", "she", "he's", "she's", "hes", "shes", "they", "they're", "theyre", "we", "i", "i'm",
                        "has", "is", "was", "had", "have", "gets", "got", "lives", "needs", "can", "can't", "cant",
                        "does", "did", "will", "would", "mae", "ma", "mae'n", "ma'n", "mae'r", "oedd", "roedd", "sy",
                        "sydd", "sy'n", "wedi", "yn", "efo", "gyda", "hefo", "o", "fo", "hi", "e", "fe", "nhw", "ni",
                        "and", "ac", "but", "ond", "who", "sef", "aged", "age", "oed", "yw", "ydi", "ydy", "like",
                        "dwi'n", "dw", "dwi", "wi'n", "fi'n", "rwy'n", "im", "iam", "it's", "its", "wi",
                        # Words that open a sentence ("Honestly, my mum. She has…": stop 27).
                        "honestly", "basically", "actually", "obviously", "really", "seriously", "literally",
                        "right", "sorry", "sori", "hiya", "hello", "helo", "wel", "reit", "iawn", "yeah", "yep", "ie",
                        "ia", "oh", "um", "erm", "hmm", "wow",
                        # Not wanting to say, or not minding ("prefer not to say", "dim ots, Huw": stop 29).
                        "prefer", "rather", "whatever", "idk", "dunno", "dim", "sai", "dwn"})


#: A name put right mid-way ("Be? Gareth ydi ei enw fo, nid 'Deudis i'n barod'!", "his name's Gareth, not that",
#: "call me Jay"): the words around it that say it is a correction, and whose name it is.
_CORRECTION_AROUND = re.compile(
    r"^\W*(?i:(?:be|beth|what|huh|eh|na|no|nope|sori|sorry|oops|wps|oh|o|ah|ie|ia|actually|wait)\b(?!['’])\W*)*"
    r"(?P<said>.*?)"
    r"(?:[\s,.;:!-]*(?i:nid|not|dim|ddim)\b.*)?[\s\W]*$", re.DOTALL)
_THEIR_NAME = tuple(re.compile(p) for p in (
    r"^" + _NAME + r"\s+(?i:(?:ydi|ydy|yw|di)\s+(?:ei\s+)?(?:enw\s+(?:fo|o|e|fe|hi)|henw\s+(?:hi))"
    r"|(?:ydi|ydy|yw|di)\s+ei\s+enw)$",
    # "Meg yw hi, nid Megan", "Wil ydi o": who they are, said as a correction.
    r"^" + _NAME + r"\s+(?i:ydi|ydy|yw|di)\s+(?i:hi|o|fo|e|fe)$",
    r"^(?i:enw\s+(?:fo|o|e|fe|hi)\s+(?:ydi|ydy|yw|di)|ei\s+enw\s+(?:fo\s+|o\s+|e\s+|fe\s+)?(?:ydi|ydy|yw|di)"
    r"|ei\s+henw\s+hi\s+(?:ydi|ydy|yw|di)|(?:his|her|their)\s+name(?:'s|’s|s|\s+is)|call\s+(?:him|her|them)"
    r"|galwch\s+(?:o|fo|hi|e|fe)['’]?n|galwa\s+(?:o|fo|hi|e|fe)['’]?n|(?:he|she)['’]?s\s+called)\s+" + _NAME + r"$",
))
_MY_NAME = tuple(re.compile(p) for p in (
    r"^(?i:my\s+name(?:'s|’s|s|\s+is)|" + _CALL_ME + r"|fy\s+enw\s+i\s+(?:ydi|ydy|yw)|enw\s+fi\s+(?:ydi|yw|di))\s+"
    + _NAME + r"$",
    r"^" + _NAME + r"\s+(?i:(?:ydi|ydy|yw|di)\s+fy\s+enw(?:\s+i)?|ydi\s+enw\s+fi)$",
))
#: A name written with a capital (without "I meant" before it, "sorry, tired" is no name).
_CAPITAL_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?)"
#: Their own name put right by an apology, only in the message right after it was taken (own_name_put_right):
#: "sorry I meant John", "sorry, what I meant was Beverley", "sori, Dafydd dw i", "sori, Siân efo to bach".
_MEANT_NAME = tuple(re.compile(p) for p in (
    r"^(?i:(?:i\s+)?meant|what\s+i\s+meant\s+(?:was|is)|i\s+mean|it'?s|its|o'?n\s+i'?n\s+[fm]eddwl)\s+" + _NAME + r"$",
    r"^" + _CAPITAL_NAME + r"\s+(?i:dw\s+i|dwi|ydw\s+i|ydw|odw\s+i|odw|yw\s+fi|di\s+fi|ydi\s+fi|wi|w\s+i)$",
    r"^" + _CAPITAL_NAME + r"\s+(?i:efo|gyda|with)\s+(?:(?:an?|the|y)\s+)?(?:to\s+bach|accent|circumflex|hat)$",
    r"^" + _CAPITAL_NAME + r"$",
))
_SORRY_FIRST = re.compile(r"^\W*(?:(?:o|oh|o\s+na|oh\s+no)[\s,.!]+)?(?:sori|sorry|soz|sry|oops|wps|whoops)\b"
                          r"|^\W*(?:i\s+meant|what\s+i\s+meant)\b", re.IGNORECASE)
#: A message putting their name right is this short; longer, it is an answer.
OWN_NAME_RIGHT_WORDS = 8


def own_name_put_right(turn: Turn) -> dict[str, Any] | None:
    """Right after their name was taken, "sorry I meant John" / "sori, Dafydd dw i" puts it right: kept verbatim
    with their answer about their name, and the name used from now on (the slot update); else None. The caller
    says so and asks the question waiting again.

    Why (stop 26, the fuzzing player): the message came at the next question, so a carer's "sorry I meant John" was
    taken as the name of the person they look after ("sorry I"), and anyone else's as an answer, with the wrong name
    kept. Only an apology first, a few words, and only in the very next message: "Dafydd dw i" alone at a question
    about their life is an answer."""
    text = turn.latest_text
    in_use = turn.slot("name")
    if (not in_use or in_use == SKIPPED or len(text.split()) > OWN_NAME_RIGHT_WORDS or not _SORRY_FIRST.search(text)
            or not _just_named(turn)):
        return None
    around = _CORRECTION_AROUND.match(text)
    said = (around.group("said") if around else text).strip().rstrip("!.?,;:🙈🙄😅 ").strip()
    for pattern in (*_MY_NAME, *_MEANT_NAME):
        found = pattern.match(said)
        if found and _is_a_name(found.group("name")) and relation_in(found.group("name")) is None:  # "sori, Mam"
            name = _tidy(found.group("name"))
            if name.casefold() == str(in_use).casefold():  # ("Siân" for "Sian" is a change)
                return None
            store_answer(turn, "name", text)
            return _use_name(turn, "name", name)
    return None


def _just_named(turn: Turn) -> bool:
    """Was their name taken just before this message ("Thank you, Jon." among the last things said)?"""
    thanks = turn.render("nice_to_meet").text
    return any(thanks in said for said in turn.said_before()[-2:])


#: Words beside a name said again, or said the way they like it, right after it was taken: "well jayden but jay",
#: "jay lol", "actually call me jay", "neu jay", "Jayden, ond Jay plis" (AY3, stop 44 trial).
_BESIDE_THE_NAME_AGAIN = frozenset({
    "well", "wel", "but", "ond", "actually", "actchually", "acc", "neu", "or", "lol", "lmao", "haha", "call", "me",
    "just", "jst", "jest", "its", "it's", "it’s", "im", "i'm", "i’m", "fi", "i", "mean", "meant", "yeah", "ia", "ie",
    "oh", "o", "na", "nah", "no", "sorry", "sori", "soz", "plz", "pls", "plis", "please", "x", "xx", "tbh", "ok",
    "okay", "iawn", "fine", "too", "hefyd", "though", "tho", "galwa", "galw", "galwch", "fi'n", "fin", "yn", "mostly",
    "everyone", "calls", "pawb", "mae", "ma", "sy'n", "dwi", "dw", "wi", "ydw", "yw", "ydi", "di", "nickname",
    "really", "rili", "like", "fel", "arfer", "usually", "full", "name", "enw", "is", "my", "fy", "short", "for",
    "i'n", "i’n",
})
#: The words that say a name is put the way they like it, not merely said again: "jayden actually", "neu jay". In a
#: burst only (the typing window says it came too soon to answer the question): outside one, see the markers below.
_A_NAME_THEY_PREFER = frozenset({"but", "ond", "actually", "actchually", "acc", "neu", "or", "call", "galwa", "galw",
                                 "galwch", "lol", "haha", "lmao", "just", "jst", "jest", "mean", "meant", "short",
                                 "plis", "pls", "plz", "please", "nickname", "usually", "mostly"})
#: Letters a short form of a name shares with it, at least ("Jay" of "Jayden", "Ffi" of "Ffion").
SHORT_FORM_LETTERS = 2
#: S3 (review 45): outside a burst, "lol", "just", "pls" or "mostly" beside a word that starts with the name in use are
#: an answer ("mates lol" after "Mat", "just jobs" after "Jo", "money lol" after "Mo": each renamed the person and the
#: answer lost). Only words that say so name a form of it. Words naming how to call them: a longer form needs these
#: ("jayden actually", "actually call me jayden", "galwa fi'n Jayden"), as any word starts like some name.
_CALL_ME_THIS = re.compile(r"(?<![\w'’])(?:call\s+me|galw(?:a|ch)\s+fi(?:['’]?n)?|actually|actchually|acc)(?![\w'’])",
                           re.IGNORECASE)
#: Words about themselves ("well jayden but jay", "it's jay", "i'm jay", "dw i'n Jay", "fi yw Jay"): a shorter form,
#: or their own name said again at "who do you look after?" (never the name of whom they look after: not "neu").
_ABOUT_THEMSELVES = re.compile(
    r"(?<![\w'’])(?:call\s+me|galw(?:a|ch)\s+fi(?:['’]?n)?|actually|actchually|acc|well|wel|it['’]?s|its|i['’]?m|im"
    r"|dw\s*i['’]?\s*n|wi['’]?n|fi['’]?n|fi\s+(?:yw|di|ydi)|sorry|sori|soz)(?![\w'’])", re.IGNORECASE)
#: Two forms of a name, one the one in use ("Gruffydd ond Guto", "jayden but jay", "Gwenllian neu Gwen"), or a shorter
#: form asked for ("neu jay", "Ffi plis").
_OR_THIS_ONE = re.compile(r"(?<![\w'’])(?:but|ond|neu|or|plis|pls|plz|please)(?![\w'’])", re.IGNORECASE)


def name_restated(turn: Turn, text: str, slot: str = "") -> str | None:
    """The name they want, when a message right after their name was taken only says it again or the way they like it
    ("well jayden but jay" -> "jay", "jayden actually" -> "jayden", "neu jay"); else None. At `slot`
    "cared_for_name" only their own name said again, about themselves ("well jayden but jay"): never a new name.

    Why (AY3, stop 44 trial): Jay typed "jay" and, at once, "well jayden but jay": the second became his answer to
    "What matters most to you right now?". S3 (review 45): "mates lol" after "Mat" renamed him "Mates" and lost his
    answer; a carer Dan's "Danny mostly" renamed the carer, and Gwen's "Gwenllian neu Gwen" at "who do you look
    after?" (Welsh families share names) asked the question again. So: in a burst (too soon to answer the question)
    a form of the name beside "lol" / "pls"; else only the name in use itself, or a form of it with words that say
    so (`_CALL_ME_THIS`, `_ABOUT_THEMSELVES`, `_OR_THIS_ONE`)."""
    in_use = turn.slot("name")
    if not isinstance(in_use, str) or in_use in SENTINELS or len(text.split()) > OWN_NAME_RIGHT_WORDS \
            or is_button_payload(text) or not _just_named(turn):
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    names = [w for w in words if w.casefold() not in _BESIDE_THE_NAME_AGAIN]
    if not names or len(names) > 2 or not all(_is_a_name(n) and relation_in(n) is None for n in names):
        return None
    used = fold(in_use.split()[0]).casefold()

    def the_same(name: str) -> bool:
        return fold(name).casefold() == used

    def shorter(name: str) -> bool:
        return len(name) >= SHORT_FORM_LETTERS and used.startswith(fold(name).casefold()) and not the_same(name)

    def longer(name: str) -> bool:
        return fold(name).casefold().startswith(used) and not the_same(name)

    if slot == "cared_for_name":  # their own name again, said of themselves: never a name for whom they look after
        return names[-1] if the_same(names[-1]) and _ABOUT_THEMSELVES.search(text) else None
    if sent_too_soon(turn, text):  # (AY3: the name typed again at once, "jay lol")
        if not any(the_same(n) or shorter(n) or longer(n) for n in names):
            return None
        if len(names) == 1 and not the_same(names[0]) and not _A_NAME_THEY_PREFER & {w.casefold() for w in words}:
            return None
        return _tidy(names[-1])
    if all(the_same(n) for n in names):  # "jay lol", "Jay!", "jay x"
        return _tidy(names[-1])
    if len(names) == 2:  # "Gruffydd ond Guto", "well jayden but jay": the name in use and the one they go by
        return _tidy(names[-1]) if any(the_same(n) for n in names) and (
            _OR_THIS_ONE.search(text) or _ABOUT_THEMSELVES.search(text)) else None
    name = names[0]
    if shorter(name) and (_ABOUT_THEMSELVES.search(text) or _OR_THIS_ONE.search(text)):  # "neu jay", "Ffi plis"
        return _tidy(name)
    if longer(name) and _CALL_ME_THIS.search(text):  # "jayden actually" (never "mates lol", "just jobs")
        return _tidy(name)
    return None


def more_of_the_start(turn: Turn, slot: str) -> dict[str, Any] | None:
    """Right after their name was taken, a message that is more of the start, not an answer to the question waiting
    (the slot updates, the question asked again by the caller; else None):
    - their name said again or the way they like it ("well jayden but jay": name_restated), kept with their answer
      about their name;
    - sent too soon to answer the question (the typing window), words saying who they are ("young carer i mam", "im
      15 n i look after my mum"): kept with who is talking, as what they said of themselves (the summary reads them
      for a young carer, AY4); a person who says they are young is spoken to as "ti" from now on.
    AY3 (stop 44 trial)."""
    text = turn.latest_text
    restated = name_restated(turn, text, slot)
    if restated is not None:
        store_answer(turn, "name", text)
        if restated.casefold() == str(turn.slot("name")).casefold():
            turn.say("name_again")  # ({name}: the name in use, with its capitals)
            return {slot: None}
        # their own capitals when they gave any, else the usual ones ("jayden actually" was kept as "jayden": review 45)
        restated = with_name_capitals(restated)
        turn.say("name_form_taken", new_name=restated)  # another form they like, not our mistake (AZ19)
        return {**_use_name(turn, "name", restated), slot: None}
    if not _just_named(turn) or not sent_too_soon(turn, text) or not _says_who_they_are(text):
        return None
    store_answer(turn, "role", text)
    young = now_a_young_person(turn) if turn.role == "person" and role_from_text(text) == "young_person" else {}
    # a worry in it heard as at the questions: the heavy word and a young person's lines for low mood (S4, review 45:
    # "fi'n 15 a dwi'n edrych ar ol mam, sai'n gweld y pwynt i ddim byd" got only "added")
    say_it_was_added(turn, text)
    return {**young, slot: None}


#: A correction is short: a longer message is an answer that happens to name someone (the patterns are
#: anchored, so "Be? Gari ydi ei enw fo, nid Gareth, does neb yn ei alw fo'n Gareth! 🙈" is one).
CORRECTION_MAX_WORDS = 20


def name_correction(turn: Turn) -> dict[str, Any] | None:
    """A name put right while the questions go on: the slot updates (the name to use from now on), else None.

    "Be? Gareth ydi ei enw fo, nid 'Deudis i'n barod'! 🙈" sets the cared-for name (a carer's); "call
    me Jay" sets their own. Said, and the question asked again, by the caller (answers.take_answer).
    A correction followed by an answer is not this (see name_put_right_in_answer).
    """
    text = turn.latest_text
    if len(text.split()) > CORRECTION_MAX_WORDS or _correction_before_an_answer(turn) is not None:
        return None
    said_wrong = any_name_said_wrong(turn, text)
    if said_wrong is not None:  # "Sioned ydw i, dim Emrys!", "o sori, Idwal ydi enw Dad dim Idris! dwi'n hanner cysgu":
        slot, name, rest = said_wrong  # the name, and nothing else to keep as the answer
        answered = words_beside_a_correction(rest, str(turn.slot(slot))) >= ANSWER_AFTER_CORRECTION_WORDS
        return None if answered else _use_name(turn, slot, name)
    found = _correction_in(turn, text)
    if found is not None and _answered_after_the_correction(text, found[1]):
        return None  # an answer follows: kept whole as the answer (name_put_right_in_answer takes the name if it can)
    return _use_name(turn, *found) if found else None


#: The end of a sentence, for the words after a name put right.
_SENTENCE_END = re.compile(r"[.!?\n]+(?=\s|$)")
#: The name said to be wrong beside a correction ("nid Megan", "not Megan").
_WRONG_NAME = re.compile(r"(?<![\w'’])(?:nid|not|dim|ddim)\s+['\"‘“]?([^\W\d_][\w'’-]*)", re.IGNORECASE)


def _answered_after_the_correction(text: str, name: str) -> bool:
    """Do the sentences after the one putting a name right answer the question ("O ie, sori - Meg yw hi, nid Megan.
    Neb yn galw hi'n Megan. Becso am y nosweithiau fi.")? Words about the wrong name or the slip count for nothing.

    Why (stop 37, probing the form with the readable sets' answers): when the name said to be wrong was not the one in
    use ("Megan" when we had "Mam"), the correction took the whole message and the answer after it was lost, the
    question asked again and answered "skip" (a swallowed answer)."""
    at = text.casefold().find(name.casefold())
    if at < 0:
        return False
    end = _SENTENCE_END.search(text, at + len(name))
    if end is None:
        return False
    wrong = _WRONG_NAME.search(text[:end.start()], at)
    return words_beside_a_correction(text[end.end():], wrong.group(1) if wrong else "") >= ANSWER_AFTER_CORRECTION_WORDS


def _correction_in(turn: Turn, text: str, only: tuple[str, ...] = ("cared_for_name", "name")) -> tuple[str, str] | None:
    """(slot, name) when `text` puts a name right (`only`: the slots it may put right), else None."""
    around = _CORRECTION_AROUND.match(text)
    said = (around.group("said") if around else text).strip().rstrip("!.?,;:🙈🙄😅 ").strip()
    # A carer may put right the name of the person they look after.
    whose = [(_THEIR_NAME, "cared_for_name")] if turn.role == "carer" else []
    for patterns, slot in [*whose, (_MY_NAME, "name")]:
        if slot not in only:
            continue
        for pattern in patterns:
            found = pattern.match(said)
            if found and _is_a_name(found.group("name")):
                return slot, _tidy(found.group("name"))
    return None


def _use_name(turn: Turn, slot: str, name: str) -> dict[str, Any]:
    """The name from now on, in the record and the conversation: the slot update."""
    repository.update_conversation(turn.sender_id, **{"cared_for_name" if slot == "cared_for_name"
                                                      else "display_name": name})
    turn.set(slot, name)
    return {slot: name}


#: Their own name put right with the wrong one said beside it, anywhere in the message and at any question: "a Sioned
#: ydw i, dim Emrys! lol", "I'm Sioned, not Emrys", "not Emrys - I'm Sioned", "dim Emrys, Sioned dw i" (ninth trial AC1:
#: the carer was called by her father's name, and "…Sioned ydw i, dim Emrys!" changed nothing). Only when the wrong
#: name is the one in use, so "Sian ydw i, dim Siân" and "I'm Jo, not Jo's mum" change nothing they did not mean.
_I_AM = r"(?:ydw\s+i|odw\s+i|dw\s+i|dwi|wi|w\s+i|yw\s+fi|ydi\s+fi|di\s+fi|ydy\s+fi|ydw)(?![\w'’])"
_NOT_NAME = r"(?:dim|nid|ddim|nage|not)\s+(?P<wrong>[^\W\d_][\w'’-]*)"
_ONE_NAME = r"[^\W\d_][\w'’-]*"
_BETWEEN = r"[\s,.;:!–—-]*"
_A_TITLE = r"(?:(?:mr|mrs|ms|miss|mx|dr|prof|parch)\.?\s+)"
_OWN_NAME_NOT = tuple(re.compile(p, re.IGNORECASE) for p in (
    # "Mrs Morgan, nid Mrs Gwenllian.", "It's Mrs Morgan, not Mrs Gwenllian" (twelfth trial AJ4: kept as something to
    # keep, and she was Mrs Gwenllian to the end): a name written with a capital, a title kept with it, starting a
    # sentence
    r"(?:^|(?<=[.!?]))\s*\W*?(?:(?:it['’]?s|its|it\s+is|na|no|nage|sori|sorry|actually)[\s,]+)*(?P<name>" + _A_TITLE
    + r"?(?-i:[A-ZÀ-ÖØ-ÞŴŶ])[\w'’-]*)" + _BETWEEN + r"(?:dim|nid|ddim|nage|not)\s+(?P<wrong>" + _A_TITLE + r"?"
    + _ONE_NAME + r")",
    r"(?<![\w'’])(?P<name>" + _ONE_NAME + r")\s+" + _I_AM + _BETWEEN + _NOT_NAME,
    r"(?<![\w'’])(?:i['’]?m|im|i\s+am|my\s+name(?:['’]s|\s+is)|call\s+me|fy\s+enw\s+i\s+(?:ydi|ydy|yw)"
    r"|enw\s+fi\s+(?:ydi|yw|di))\s+(?P<name>" + _ONE_NAME + r")" + _BETWEEN + _NOT_NAME,
    r"(?<![\w'’])" + _NOT_NAME + r"[\s,.;:!–—-]+(?:(?:i['’]?m|im|i\s+am|it['’]?s|its)\s+(?P<name>" + _ONE_NAME + r")"
    r"|(?P<name2>" + _ONE_NAME + r")\s+" + _I_AM + r")",
    # "nid Meini ydw i de, Dafydd dwi", "I'm not Meini, I'm Dafydd" (retrial 33 AG1: ignored, and he was Meini to the
    # end): the wrong name denied as theirs, then their own
    r"(?<![\w'’])(?:nid|dim|nage|ddim)\s+(?P<wrong>" + _ONE_NAME + r")\s+" + _I_AM
    + r"(?:\s+(?:de|te|ta|'ta|chwaith|sori|though))*[\s,.;:!–—-]+(?:(?:ond|but|a|ac)\s+)?(?:(?:i['’]?m|im|i\s+am"
    r"|my\s+name['’]?s)\s+(?P<name>" + _ONE_NAME + r")|(?P<name2>" + _ONE_NAME + r")\s+" + _I_AM + r")",
    r"(?<![\w'’])(?:i['’]?m|im|i\s+am)\s+not\s+(?P<wrong>" + _ONE_NAME + r")(?:\s+(?:though|tho|lol))*[\s,.;:!–—-]+"
    r"(?:(?:but|ond)\s+)?(?:(?:i['’]?m|im|i\s+am|my\s+name['’]?s|it['’]?s|its)\s+(?P<name>" + _ONE_NAME + r")"
    r"|(?P<name2>" + _ONE_NAME + r")\s+" + _I_AM + r")",
))
#: The name of whom a carer looks after put right the same way, the name in use said to be wrong beside it (re-trial
#: 31 AC1: "o sori, Idwal ydi enw Dad dim Idris!", "Idwal dwi'n feddwl, dim Idris. Ta waeth…" and "Jyst bod enw Dad yn
#: Idwal, dim Idris" were thanked for, the summary kept Idris, and the last was filed as something to keep).
_WHOSE = r"(?:" + _RELATION + r"|fo|o|e|fe|hi|ei|\w+['’]s|his|her|their)"
_THEIR_NAME_NOT = tuple(re.compile(p, re.IGNORECASE) for p in (
    # "Idwal ydi enw Dad dim Idris", "Idwal yw ei enw e, nid Idris", "Idwal is Dad's name, not Idris"
    r"(?<![\w'’])(?P<name>" + _ONE_NAME + r")\s+(?:(?:ydi|ydy|yw|di)\s+(?:ei\s+)?h?enw\s+" + _WHOSE
    + r"|is\s+" + _WHOSE + r"\s+name)" + _BETWEEN + _NOT_NAME,
    # "enw Dad yn Idwal, dim Idris", "enw fo ydi Idwal nid Idris", "Dad's name is Idwal not Idris", "it's Idwal not…"
    r"(?<![\w'’])(?:h?enw\s+" + _WHOSE + r"\s+(?:ydi|ydy|yw|di|yn)|" + _WHOSE + r"\s+name(?:['’]?s|\s+is)"
    r"|(?:he|she)['’]?s\s+called|it['’]?s|its|it\s+is|call\s+(?:him|her))\s+(?P<name>" + _ONE_NAME + r")"
    + _BETWEEN + _NOT_NAME,
    # "Idwal dwi'n feddwl, dim Idris", "Idwal, not Idris", "Meg yw hi, nid Megan": a name written with a capital
    r"(?<![\w'’])(?P<name>(?-i:[A-ZÀ-ÖØ-ÞŴŶ])[\w'’-]*)(?:\s+(?:dwi['’]?n\s+[fm]eddwl|i\s+think|i\s+mean"
    r"|(?:ydi|ydy|yw|di)\s+(?:o|fo|hi|e|fe)))?" + _BETWEEN + _NOT_NAME,
    # "dim Idris, Idwal ydi o", "not Idris - it's Idwal"
    r"(?<![\w'’])" + _NOT_NAME + r"[\s,.;:!–—-]+(?:(?:it['’]?s|its|it\s+is|" + _WHOSE + r"\s+name(?:['’]?s|\s+is))"
    r"\s+(?P<name>" + _ONE_NAME + r")|(?P<name2>" + _ONE_NAME + r")\s+(?:ydi|ydy|yw|di)\s+(?:o|fo|hi|e|fe|ei\s+enw))",
))
#: Before a name, words that make it their own ("I'm Sioned, not Idris" never renames whom they look after).
_OWN_BEFORE = re.compile(r"(?i)(?:i['’]?m|im|i\s+am|my\s+name(?:['’]s|\s+is)|call\s+me)\s*$")
NAME_NOT = {"name": _OWN_NAME_NOT, "cared_for_name": _THEIR_NAME_NOT}


def name_said_wrong(turn: Turn, text: str, slot: str = "name") -> tuple[str, str] | None:
    """(the name, the message without the words putting it right) when the message puts a name right by saying the
    one in use is wrong: their own ("a Sioned ydw i, dim Emrys!") or, for a carer, that of whom they look after
    ("o sori, Idwal ydi enw Dad dim Idris!"); else None."""
    found = _name_said_wrong_at(turn, text, slot)
    return None if found is None else found[:2]


def _name_said_wrong_at(turn: Turn, text: str, slot: str) -> tuple[str, str, tuple[int, int]] | None:
    """name_said_wrong, with where in `text` the words putting the name right are."""
    in_use = str(turn.slot(slot) or "")
    if not in_use or in_use == SKIPPED or (slot == "cared_for_name" and turn.role != "carer"):
        return None
    wrong_words = {w.casefold() for w in fold(in_use).split()}
    for pattern in NAME_NOT[slot]:
        for found in pattern.finditer(text):
            name = found.group("name") or found.groupdict().get("name2") or ""
            wrong = fold(found.group("wrong")).casefold().split()  # ("not Mrs Jones" never puts "Mrs Ellis" right)
            if (not set(wrong) <= wrong_words or all(_TITLE_ALONE.fullmatch(w) for w in wrong) or not _is_a_name(name)
                    or relation_in(name) is not None or fold(name).casefold() in wrong_words
                    or (slot != "name" and _OWN_BEFORE.search(text[:found.start()]))):
                continue
            before = re.sub(r"(?i)[\s,;:–—-]*(?:\b(?:and|a|ac|but|ond|&))?\s*$", "", text[:found.start()])
            return _tidy(name), (before + " " + text[found.end():]).strip(), (found.start(), found.end())
    return None


def own_name_said_wrong(turn: Turn, text: str) -> tuple[str, str] | None:
    """Their own name put right by saying the one in use is wrong (name_said_wrong for "name")."""
    return name_said_wrong(turn, text, "name")


def any_name_said_wrong(turn: Turn, text: str) -> tuple[str, str, str] | None:
    """(slot, name, the rest) for the first name put right in `text`, their own first; else None."""
    for slot in ("name", "cared_for_name"):
        found = name_said_wrong(turn, text, slot)
        if found is not None:
            return slot, *found
    return None


#: Words beside a correction that are only about the slip, never an answer: "dwi'n hanner cysgu", "nes i gamdeipio ar
#: y dechra", "Dyna'r cwbl, diolch", "sorry, typo", "that's all, thanks" (re-trial 31 AC1).
_ABOUT_THE_SLIP = re.compile(
    r"(?i)^\W*(?:(?:o|oh|ah|ie|ia|jyst|just|only|sori|sorry|soz|oops|wps|lol|haha|diolch|thanks|thank\s+you|ta|cheers"
    r"|ta\s+waeth|anyway|bod|that|ok|iawn)\b\W*)*(?:$|.*(?:hanner\s+cysgu|half\s+asleep"
    r"|gamdeipio|camdeipio|teipio['’]?n\s+anghywir|typo|mistyp|misspel|spelt\s+it\s+wrong|wrong\s+name"
    r"|my\s+mistake|my\s+bad|fy\s+mai|bai\s+fi|dyna['’]?r\s+cwbl|dyna\s+(?:i\s+gyd|fo|hi|ni)|that['’]?s\s+(?:all|it)"
    r"|that\s+is\s+all))")


def words_beside_a_correction(rest: str, wrong: str) -> int:
    """How many words of `rest` (a message without its correction) could answer the question: its clauses only about
    the slip ("dwi'n hanner cysgu", "I mistyped it at the start") or about the wrong name ("does neb yn ei alw fo'n
    Tomos") count for nothing."""
    said_wrong = re.compile(r"(?<![\w'’])" + re.escape(fold(wrong)) + r"(?![\w'’])", re.IGNORECASE)
    return sum(_words_in(clause) for clause in re.split(r"[.,;:!?\n]+", rest)
               if not _ABOUT_THE_SLIP.match(clause) and not (wrong and said_wrong.search(fold(clause))))


def _words_in(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))


#: "By the way" / "I should have said" beside their own name, later in the conversation.
_BY_THE_WAY = (r"(?i:gyda['’]?r?\s+llaw|efo['’]?r?\s+llaw|gyda\s+llaw|btw|b\.t\.w\.?|by\s+the\s+way|fyi|o\.?s\.?"
               r"|i\s+should\s+(?:have|of)\s+said|(?:i\s+)?forgot\s+to\s+say|ddylswn\s+i\s+fod\s+wedi\s+(?:deud|dweud)"
               r"|dyl(?:wn|swn|ien)\s+i\s+fod\s+wedi\s+(?:deud|dweud|gweud)|anghofi(?:ais|es|is)\s+i\s+(?:ddeud|ddweud))")
_OWN_IS = (r"(?i:i['’]?m|im|i\s+am|my\s+name['’]?s|my\s+name\s+is|call\s+me|fy\s+enw\s+i\s+(?:ydi|ydy|yw)"
           r"|enw\s+fi\s+(?:ydi|yw|di))")
#: A name, then "is my name" ("Alun ydi fy enw i", "Alun yw'n enw i", "Alun is my name").
_IS_MY_NAME = r"(?i:(?:ydi|ydy|yw|di)\s+(?:fy\s+enw|['’]?n\s+enw|enw\s+fi)(?:\s+i)?|is\s+my\s+name)(?![\w'’])"
#: Their own name given by the way, anywhere in a later message: "Wil dwi gyda llaw", "gyda llaw, Wil ydw i", "I'm
#: Wil by the way", "btw my name's Wil".
_OWN_NAME_BY_THE_WAY = tuple(re.compile(p) for p in (
    r"(?:^|(?<=[.,;:!?\n])\s*)\W*" + _CAPITAL_NAME + r"\s+(?i:" + _I_AM + r")[\s,.;:–—-]*"
    + _BY_THE_WAY,
    _BY_THE_WAY + r"[\s,.;:–—-]*" + _CAPITAL_NAME + r"\s+(?i:" + _I_AM + r")",
    # "a gyda llaw Alun ydi fy enw i", "Alun is my name btw" (stop 49, the names benchmark's line 159: at "how are you
    # connected?" her own name was kept as part of the relationship and the wrong one used to the end)
    _BY_THE_WAY + r"[\s,.;:–—-]*" + _CAPITAL_NAME + r"\s+" + _IS_MY_NAME,
    r"(?:^|(?<=[.,;:!?\n])\s*)\W*(?i:(?:a|ac|and|&)\s+)?" + _CAPITAL_NAME + r"\s+" + _IS_MY_NAME + r"[\s,.;:–—-]*"
    + _BY_THE_WAY,
    _BY_THE_WAY + r"[\s,.;:–—-]*" + _OWN_IS + r"\s+" + _CAPITAL_NAME + r"(?=\s*(?:[.,;:!?)]|$))",
    r"(?<![\w'’])" + _OWN_IS + r"\s+" + _CAPITAL_NAME + r"[\s,.;:–—-]*" + _BY_THE_WAY,
    # How to address them, asked for anywhere ("Siarad yn araf ac yn glir, a'm galw'n Mrs Evans.", "please call me Mrs
    # Evans", "galwch fi'n Mrs Evans": trial 36 AM10, the name was left as it was)
    r"(?<![\w'’])(?i:(?:please\s+|pls\s+|just\s+)?call\s+me|a['’]?m\s+galw['’]?n|a['’]?m\s+galw\s+yn|galwch\s+fi['’]?n"
    r"|galwch\s+fi\s+yn|galwa\s+fi['’]?n|galw\s+fi['’]?n|fy\s+ngalw['’]?n|fy\s+ngalw\s+i['’]?n)\s+"
    r"(?P<name>(?:(?i:mr|mrs|ms|miss|mx|dr|prof|parch)\.?\s+)?[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)(?=\s*(?:[.,;:!?)]|$|(?i:please|plis|os\s)))",
))
#: What someone says they are that is no name ("I'm Welsh by the way", "Cymro dw i gyda llaw").
_WHAT_NOT_WHO = frozenset({"welsh", "english", "scottish", "irish", "british", "cymro", "cymraes", "cymraeg", "sais",
                           "saesnes", "fine", "ok", "okay", "sorry", "sori", "tired", "retired", "deaf", "blind",
                           "disabled", "single", "married", "divorced", "widowed", "gay", "straight", "christian",
                           "muslim", "new", "back", "here", "yma", "hefyd", "also"})


def own_name_by_the_way(turn: Turn) -> tuple[str, bool] | None:
    """(their own name, whether the rest of the message answers the question) when a later message gives their own
    name by the way ("Ein merch ni, Gwenllian, yn dod draw… Wil dwi gyda llaw, ddylswn i fod wedi deud ynghynt", "I'm
    Wil by the way"), and it is not the name in use; else None.

    Why (eleventh trial AG1): "Wil dwi gyda llaw" was ignored, and he was called by his wife's name to the end."""
    found = _own_name_by_the_way_at(turn.latest_text)
    if found is None:
        return None
    name, (start, end) = found
    in_use = str(turn.slot("name") or "")
    if fold(name).casefold() == fold(in_use).casefold() and in_use != turn.slot("cared_for_name"):
        return None
    rest = turn.latest_text[:start] + " " + turn.latest_text[end:]
    return name, words_beside_a_correction(rest, "") >= ANSWER_AFTER_CORRECTION_WORDS


def _own_name_by_the_way_at(text: str) -> tuple[str, tuple[int, int]] | None:
    """(their own name, where it is said) when the message gives it by the way ("I'm Karen btw", "Karen dw i gyda
    llaw"), else None."""
    for pattern in _OWN_NAME_BY_THE_WAY:
        found = pattern.search(text)
        if (found is None or not _is_a_name(found.group("name")) or relation_in(found.group("name")) is not None
                or fold(found.group("name")).lower().split()[0] in _WHAT_NOT_WHO):
            continue
        return _tidy(found.group("name")), found.span()
    return None


#: The name of whom a carer looks after, given in a later answer: "Gwilym ydi enw fo", "Gwilym yw ei enw e", "enw fo
#: ydi Gwilym", "ei henw hi yw Menna", "his name's Gwilym", "she's called Menna".
_THEIR_NAME_LATER = tuple(re.compile(p) for p in (
    r"(?<![\w'’])" + _NAME + r"\s+(?i:ydi|ydy|yw|di)\s+(?i:(?:ei\s+)?h?enw\s+(?:fo|o|e|fe|hi)|ei\s+h?enw)(?![\w'’])",
    r"(?<![\w'’])(?i:h?enw\s+(?:fo|o|e|fe|hi)|ei\s+h?enw(?:\s+(?:fo|o|e|fe|hi))?)\s+(?i:ydi|ydy|yw|di)\s+" + _NAME,
    r"(?<![\w'’])(?i:(?:his|her)\s+name(?:['’]?s|\s+is)|(?:he|she)['’]?s\s+called|(?:he|she)\s+is\s+called)\s+" + _NAME,
    r"(?<![\w'’])" + _NAME + r"\s+(?i:is\s+(?:his|her)\s+name)(?![\w'’])",  # "Nansi is her name" (AS3)
))
#: Someone else the words may be about ("mae fy mrawd yn cymryd ei bensiwn. Huw ydi enw fo"): then the name is not
#: that of whom they look after.
_OTHER_PEOPLE = re.compile(
    r"(?i)(?<![\w'’])(?:brawd|mrawd|frawd|chwaer|chwaer|mab|fab|merch|ferch|hogan|hogyn|cymydog|gymydog|cymdoges"
    r"|ffrind|mêt|mate|gweinidog|doctor|meddyg|nyrs|nurse|gofalwr|ofalwr|gofalwraig|carer|cefnder|cyfnither|nai|nith"
    r"|ŵyr|wyr|wyres|brother|sister|son|daughter|neighbou?r|friend|vicar|minister|cousin|nephew|niece|grandson"
    r"|granddaughter|boyfriend|girlfriend|cariad|partner|social\s+worker|gweithiwr)(?![\w'’])")


def their_name_given_later(turn: Turn) -> str | None:
    """The name of whom a carer looks after, given in a later answer when no name is known ("o, Gwilym ydi enw fo
    gyda llaw, …", "his name's Gwilym by the way"), else None. Never over a name in use (a word like "Dad" used for
    want of one is no name), never the carer's own, never from words that may be about someone else.

    Why (fifth trial AK8): "Gwilym ydi enw fo" at a later question was ignored; the summary had no name for him."""
    in_use = str(turn.slot("cared_for_name") or "")
    if turn.role != "carer" or (in_use and in_use not in SENTINELS and relation_in(in_use) is None):
        return None
    text = turn.latest_text
    for pattern in _THEIR_NAME_LATER:
        for found in pattern.finditer(text):
            name = found.group("name")
            if (not _is_a_name(name) or relation_in(name) is not None
                    or fold(name).lower().split()[0] in _WHAT_NOT_WHO
                    or fold(name).casefold() == fold(str(turn.slot("name") or "")).casefold()):
                continue
            said = sentences(text)
            here = next((n for n, (a, b) in enumerate(said) if a <= found.start() < b), 0)
            begin = said[here - 1][0] if here else (said[0][0] if said else 0)
            if _OTHER_PEOPLE.search(text, begin, found.start()):
                continue
            return _tidy(name)
    return None


def their_name_alone(text: str) -> str | None:
    """The name, when the whole message only gives the name of someone else, "her" or "him" ("Ei henw yw Nansi",
    "Nansi yw ei henw hi", "Enw hi ydi Nansi", "Her name is Nansi", "Nansi is her name"); else None."""
    said = text.strip().rstrip(" .!")
    for pattern in _THEIR_NAME_LATER:
        found = pattern.fullmatch(said)
        if found and _is_a_name(found.group("name")) and relation_in(found.group("name")) is None \
                and fold(found.group("name")).lower().split()[0] not in _WHAT_NOT_WHO:
            return _tidy(found.group("name"))
    return None


def use_their_name_given(turn: Turn, name: str) -> dict[str, Any]:
    """The name of whom they look after from now on, and said so. The slot update."""
    turn.say("cared_for_name_noted", new_name=name)
    return _use_name(turn, "cared_for_name", name)


def use_own_name_given(turn: Turn, name: str) -> dict[str, Any]:
    """Their own name from now on, and said so: "sorry" when another name was in use (perhaps the name of whom they
    look after), a plain thanks when none was. The slot update."""
    in_use = turn.slot("name")
    turn.say("name_corrected" if in_use and in_use not in SENTINELS else "name_noted", new_name=name)
    return _use_name(turn, "name", name)


#: The first sentence of a message, and the rest ("Oh sorry, actually she's called Meg, not Megan. I worry...").
_FIRST_SENTENCE = re.compile(r"^(?P<first>.+?[.!?]+)\s+(?P<rest>\S.*)$", re.DOTALL)
#: The rest of the message answers the question when it has this many words or more.
ANSWER_AFTER_CORRECTION_WORDS = 3


def _correction_before_an_answer(turn: Turn) -> tuple[str, str] | None:
    """(slot, name) when the first sentence puts right the name in use ("not Megan") and an answer follows."""
    found = _FIRST_SENTENCE.match(turn.latest_text.strip())
    if (found is None or len(found.group("first").split()) > CORRECTION_MAX_WORDS
            or len(re.findall(r"\w+", found.group("rest"))) < ANSWER_AFTER_CORRECTION_WORDS):
        return None
    first = fold(found.group("first"))
    for slot in ("cared_for_name", "name"):
        in_use = fold(str(turn.slot(slot) or "")).strip()
        if not in_use or (slot == "cared_for_name" and turn.role != "carer"):
            continue
        said_wrong = r"(?<![\w'’])(?:nid|not|dim|ddim)\s+" + re.escape(in_use) + r"(?![\w'’])"
        if re.search(said_wrong, first, re.IGNORECASE) is None:
            continue
        correction = _correction_in(turn, found.group("first"), only=(slot,))
        if correction and fold(correction[1]).lower() != in_use.lower():
            return correction
    return None


def where_name_put_right(turn: Turn, text: str) -> tuple[int, int] | None:
    """Where in an answer its name correction is, when the correction is a sentence of its own ("Mrs Morgan, nid Mrs
    Gwenllian. Diwrnod da i mi yw…"): kept in the words, never an outcome (twelfth trial AJ4: it was something to
    keep); None when there is none, or the sentence says more than the name (its outcomes stay)."""
    start = len(text) - len(text.lstrip())
    first = _FIRST_SENTENCE.match(text.strip())
    if first is not None and _correction_before_an_answer(turn) is not None:
        return start, start + len(first.group("first"))
    for slot in ("name", "cared_for_name"):
        found = _name_said_wrong_at(turn, text, slot)
        if found is None:
            continue
        begin, end = found[2]
        sentence = next(((a, b) for a, b in sentences(text) if a <= begin < b), None)
        if sentence is None:
            return None
        rest = text[sentence[0]:begin] + " " + text[end:sentence[1]]
        return sentence if words_beside_a_correction(rest, "") < ANSWER_AFTER_CORRECTION_WORDS else None
    return None


def name_put_right_in_answer(turn: Turn) -> dict[str, Any] | None:
    """A name put right at the start of an answer that goes on: the slot update, else None.

    "Oh sorry, actually she's called Meg, not Megan. Nobody calls her Megan. I worry about the nights.",
    "sori Gwen di enw hi ddim Gwenda. mae hi isio aros efo'i chi": the rest answers the question, so the
    caller keeps the whole message as the answer; the name is taken only when the first sentence says the
    name in use is wrong ("not Megan", "ddim Gwenda"), so an answer that merely names someone changes nothing.
    """
    found = _correction_before_an_answer(turn)
    if found is None:  # "I'm Sioned, not Emrys, and what matters is…", "Idwal dwi'n feddwl, dim Idris. Ta waeth. Mae
        said_wrong = any_name_said_wrong(turn, turn.latest_text)  # o'n dal i fwynhau…": a name, anywhere in it
        if (said_wrong is not None and words_beside_a_correction(said_wrong[2], str(turn.slot(said_wrong[0])))
                >= ANSWER_AFTER_CORRECTION_WORDS):
            found = said_wrong[:2]
    return _use_name(turn, *found) if found else None


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


def _cared_for_at_name_question(turn: Turn, text: str) -> dict[str, Any] | None:
    """A carer who says whom they look after at "what name shall I use for you?" and gives no name of their own
    ("Dw i'n gofalu am y gŵr, Emrys, mae o wedi cael strôc fis Medi", "hi its me, i look after my mam Carol"):
    the person's name and who they are kept, and their own name asked once more. None otherwise.

    Why (stop-28 trial Z3, Y8): "Diolch, Emrys." thanked the carer by her husband's name, and "who do you look
    after?" was asked again. Only once: when the person cared for is known, an answer is read as their own name."""
    found = _CARES_FOR.search(text)
    if turn.role != "carer" or found is None or turn.slot("cared_for_name") is not None:
        return None
    if name_in(text[:found.start()], own=True):
        return None  # "Sian, I look after my mum Carol": their own name first
    name, relation = cared_for_in(text[found.end():])
    if not name and relation is None:
        return None
    return _cared_for_kept_own_name_asked(turn, text, name, relation)


#: Family words (with the circumflex the typed answer keeps), for who a person named is to the speaker.
_THEIR_KIN = r"(?:" + _KIN + r"|gŵr|ngŵr)"
#: A name, then who that person is to the speaker, said of someone else and ending the clause: "Mr Hughes, tad y gŵr.",
#: "Mrs Jones, my mum", "Bob – my husband's dad" (never "Sian, the wife", nor "Sue, my husband is Dai").
_NAME_THEN_THEIR_RELATION = re.compile(
    r"^\W*(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)?)\s*[,–—(-]\s*"
    r"(?P<relation>(?i:(?:my|fy|'y|our|ein)\s+" + _THEIR_KIN + r"(?:[\s-]+in[\s-]+law|[\s-]+yng[\s-]+nghyfraith)?"
    r"|" + _THEIR_KIN + r"\s+(?:y|yr|fy|'y)\s+(?:gŵr|gwr|ngŵr|ngwr|wraig|gwraig|ngwraig|partner|mhartner)"
    r"|(?:my|our)\s+(?:husband|wife|partner|hubby)['’]?s\s+" + _THEIR_KIN + r"))\s*(?=[.,;:!?)]|$)")


def _cared_for_named_at_name_question(turn: Turn, text: str) -> dict[str, Any] | None:
    """At a carer's own "what name shall I use for you?", a name said with who that person is to them ("Mr Hughes,
    tad y gŵr. Taid ydy o i bawb yn tŷ ni…"): the person cared for, named and placed, and their own name asked again.

    Why (eighth trial AB5): "Diolch, Mr Hughes." thanked the carer by her father-in-law's name, and then "who do you
    look after?" and "how do you know Mr Hughes?" were asked though she had said both twice."""
    found = _NAME_THEN_THEIR_RELATION.match(text)
    if turn.role != "carer" or found is None or turn.slot("cared_for_name") is not None \
            or not _is_a_name(found.group("name")):
        return None
    return _cared_for_kept_own_name_asked(turn, text, found.group("name"), found.group("relation"))


def _cared_for_named_alone_at_name_question(turn: Turn, text: str) -> dict[str, Any] | None:
    """At a carer's own "what name shall I use for you?", only the person cared for named ("Mair ydi enw Mam",
    "Mum's name is Mair"): that person named and placed, and the carer's own name asked again. None otherwise.

    Why (stop-31 smoke): "Diolch, Mair." thanked the carer by her mother's name, as in the ninth trial's AC1."""
    found = _CARED_FOR_NAMED_ALONE.match(text)
    if turn.role != "carer" or found is None or turn.slot("cared_for_name") is not None \
            or name_in(text[found.end():], own=True):
        return None  # ("Mair ydi enw Mam, a Sioned dw i": their own name follows, read as before)
    named = _named_by_kin(found)
    return None if named is None else _cared_for_kept_own_name_asked(turn, text, *named)


def _cared_for_in_own_relation_at_name_question(turn: Turn, text: str) -> dict[str, Any] | None:
    """At a carer's own "what name shall I use for you?", whose relative they are and no name of their own before it
    ("dw i'n fam i Gethin, mae o'n 14…", "I'm Gethin's mum, he's 14…"): Gethin kept, with how they are connected as
    typed, and their own name asked once more. None otherwise (their own name first is read by cared_for_with_name).

    Why (AU10, stop-39 trial; stop 42): "Thank you, Gethin's." thanked the mother by her son's name, and "who do you
    look after?" came next in Welsh."""
    found = _NAMED_IN_OWN_RELATION.search(text)
    name = named_in_own_relation(text)
    if turn.role != "carer" or turn.slot("cared_for_name") is not None or found is None or name is None \
            or name_in(text[:found.start()], own=True):
        return None
    known = turn.slot("relationship")
    relation = known if known not in (None, SKIPPED) else own_relation_in(text[found.start():])
    return _cared_for_kept_own_name_asked(turn, text, name, relation)


#: "my mother-in-law, Nansi", "fy mam-yng-nghyfraith, Nansi": whose relative, said as theirs ("my", "fy"), first.
_MY_RELATIVE_FIRST = re.compile(r"^\W*(?i:my|our|me|fy|'y|ein)\s")


def _cared_for_named_with_my_relative_at_name_question(turn: Turn, text: str) -> dict[str, Any] | None:
    """At a carer's own "what name shall I use for you?", "my mother-in-law, Nansi" / "fy mam-yng-nghyfraith, Nansi":
    the person cared for, named after who they are to the carer, and the carer's own name asked again. None
    otherwise, and when their own name follows ("my mum Pat. I'm Karen": read as before).

    Why (trial 38 re-trial AS3): "Diolch, Nansi." thanked a Welsh learner by her mother-in-law's name."""
    if turn.role != "carer" or turn.slot("cared_for_name") is not None or not _MY_RELATIVE_FIRST.match(text):
        return None
    relation = _GIVEN_RELATION.match(text)
    if relation is None:
        return None
    name, kin = cared_for_in(text)
    if not name or relation_in(name) is not None or name_in(text[relation.end():].replace(name, " ", 1), own=True):
        return None
    return _cared_for_kept_own_name_asked(turn, text, name, kin or relation.group("relation").strip())


def name_said_of_someone_else(text: str) -> tuple[str, int] | None:
    """(the name, where its words start) when a name pattern gives it with "hi", "fo", "her", "him", "she", "he"
    around it ("Nans ma pawb yn galw hi", "Nans ydi hi", "everyone calls her Nans", "her name's Ann"), else None:
    someone else's name, never the speaker's own."""
    for pattern in _WILL_DO + _NAME_PATTERNS:
        for found in pattern.finditer(text):
            around = found.group(0).replace(found.group("name"), " ")
            if _SOMEONE_ELSE.search(around) and _is_a_name(found.group("name")):
                return _tidy(found.group("name")), found.start()
    return None


def _name_said_of_them_at_name_question(turn: Turn, text: str) -> dict[str, Any] | None:
    """At a carer's own "what name shall I use for you?", a name said of "her" or "him" and no name of their own
    before it ("Nans ma pawb yn galw hi. Ann ar y papura", "Everyone calls her Nans. Ann on the forms"): the person
    cared for named, and the carer's own name asked again. None otherwise.

    Why (eleventh trial AG1): "Diolch, Nans." thanked a husband by his wife's name, and the summary gave both as
    Nans. Their own name said first ("Wil dw i, Nans ma pawb yn galw hi") is read as before."""
    if turn.role != "carer" or turn.slot("cared_for_name") is not None:
        return None
    theirs = name_said_of_someone_else(text)
    if theirs is None or _said_in_so_many_words(text, own=True):
        return None
    name, start = theirs
    own = name_in(text, own=True)
    if own and own != name and own in text[:start] and not _given_then_called(text, start, own):
        return None  # ("Sian, I look after Mam, she's called Pat": their own name first)
    return _cared_for_kept_own_name_asked(turn, text, name, relation_in(text))


#: Only a name, then "but"/"ond" (or nothing but a comma) before what the family call him: "Emrys, but everyone
#: calls him Taid", "Emrys ond Taid ma pawb yn ei alw fo", "emrys but we all call him taid" (up to three words of who
#: calls him so after "but").
_GIVEN_THEN = r"^\W*{name}[\s,.;:–—-]*(?:(?i:but|ond|tho|though|er)\b[\s,]*(?:[^\W\d_][\w'’]*\s+){{0,3}})?$"
#: A word that sets the two names against each other: one person, two names ("…calls him Taid though").
_BUT_BETWEEN = re.compile(r"(?i)(?<![\w'’])(?:but|ond|tho|though|er)(?![\w'’])")


def _given_then_called(text: str, start: int, given: str) -> bool:
    """True when the answer up to what the family call "him"/"her" (`start`) is only a name and "but"/"ond", and
    the answer sets the two against each other ("…calls him Taid though"): both are the names of the one person
    they speak of, never the speaker's own ("Emrys, but everyone calls him Taid" at the carer's own name question:
    stop 42 left it thanking her as "Emrys"; stop 43). "Sian, she's called Pat" has no "but": Sian is the speaker."""
    return re.match(_GIVEN_THEN.format(name=re.escape(given)), text[:start]) is not None \
        and _BUT_BETWEEN.search(text) is not None


def _cared_for_kept_own_name_asked(turn: Turn, text: str, name: str, relation: str | None) -> dict[str, Any]:
    """The person cared for kept from an answer to the carer's own name question (their words kept whole), and the
    carer told so and asked their own name once more. The slot updates."""
    store_answer(turn, "name", text)
    repository.update_conversation(turn.sender_id, cared_for_name=name or None, relationship_to_person=relation)
    updates: dict[str, Any] = {"name": None, "cared_for_name": name or SKIPPED}
    turn.set("cared_for_name", name or SKIPPED)
    if relation is not None:
        updates["relationship"] = relation
        turn.set("relationship", relation)
    # "…am y gŵr", "…about my husband"
    turn.say("cared_for_at_name_question", cared_for_name=with_name_capitals(name) if name else str(relation))
    return updates


#: Their age right after their own name, as young people give it: "Kieran, 17", "jac 15", "Cerys (16)", "Osian - 14
#: oed", "tyler im 14".
_AGE_AFTER_NAME = re.compile(r"^\W*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?[\s,.;:(–—-]+"
                             r"(?P<age>[89]|1[0-9])\s*(?i:oed|yrs?|years?(?:\s+old)?|y/?o)?\W*$")


def _own_age_with_name(text: str) -> int | None:
    """The age they give with their own name ("Kieran, 17", "Megan, dwi'n 15"), or None."""
    found = _AGE_AFTER_NAME.match(text.strip())
    return int(found.group("age")) if found else stated_age(text)


#: A relative or caring named in a name answer ("Osian dwi, 17, mab Mam lol. Mam di Delyth", fresh6 511).
_KIN_OR_CARING = re.compile(r"\b" + _KIN + r"\b")


def _speaks_of_whom_they_look_after(text: str) -> bool:
    """Whether a name answer also speaks of whom they look after: answered as a carer, so kept as one (fresh6 511: a
    17-year-old who names his mother and says he is her son goes on to answer the carer's own questions)."""
    key = fold(phrase_key(text))
    return bool(_KIN_OR_CARING.search(key)) or any((" " + w + " ") in " " + key + " " for w in _CARING)


def says_they_care_for_someone(text: str) -> bool:
    """Whether the words say they look after or care for someone ("dwi'n sbio ar ol mam", "I help my mum"), not only
    that a relative is there: "idk my mum said to do it. im 13" is a young person, no young carer (tenth trial AE11)."""
    key = " " + _IN_CARE_WORDS.sub(" ", fold(phrase_key(text))) + " "  # "newydd adael gofal" is no caring
    return any((" " + w + " ") in key for w in _CARING) or _DOES_EVERYTHING_FOR.search(key) is not None


#: Being in care or leaving it, as words to leave out when reading whether someone looks after another (_IN_CARE).
_IN_CARE_WORDS = re.compile(r"\b" + _IN_CARE + r"\b")


#: "i do everything for my mum", "dwi'n gneud bob dim i mam": looking after someone, in other words.
_DOES_EVERYTHING_FOR = re.compile(
    r"\b(?:do|does|doing|did)\s+(?:everything|loads|a lot|most things|all the \w+)\s+for\b"
    r"|\b(?:gneud|neud|gwneud|wneud)\s+(?:bob dim|popeth|pob dim|lot|bopeth)\s+(?:i|dros|am)\b")


def _young_carer_by_age(turn: Turn, text: str) -> dict[str, Any]:
    """A carer whose name answer gives an age under 18 is a young carer, and so a young person: their own questions,
    in "ti" (fresh6 533: "fi, wi'n helpu mam", then "Kieran, 17", was asked whom he looks after, how they are
    connected and the adult carer's questions; a young carer who says his age at "who is talking?" was always read as a
    young person). Their answer to "who is talking?" is kept, so the summary says in their words that they are a young
    carer. A name answer that speaks of whom they look after too is a carer's (fresh6 511), and stays one. Returns the
    slot updates ({} when they stay a carer)."""
    age = _own_age_with_name(text)
    if turn.role != "carer" or age is None or age >= ADULT_AT or _speaks_of_whom_they_look_after(text):
        return {}
    said = next((m for m in reversed(turn.earlier_messages()) if role_from_text(m) == "carer"), None)
    if said is not None and said not in repository.answer_texts(turn.sender_id, only="role"):
        store_answer(turn, "role", said)
    return now_a_young_person(turn)


def now_a_young_person(turn: Turn) -> dict[str, Any]:
    """From now on a young person, spoken to as "ti", in the record and the conversation: the slot updates."""
    role = "young_person"
    repository.update_conversation(turn.sender_id, completed_by=role, register=REGISTER_FOR[role])
    updates = {"role": role, "completed_by": role, "register": REGISTER_FOR[role]}
    for slot, value in updates.items():
        turn.set(slot, value)
    return updates


def _says_who_they_are(text: str) -> bool:
    """Whether a message says something of who is talking: a role role_from_text reads, an age, or caring for someone
    ("wel fi a mam", "fi'n 15 a fi'n edrych ar ol mam", "young carer i mam")."""
    return role_from_text(text) is not None or stated_age(text) is not None or says_they_care_for_someone(text)


def _more_of_who_is_talking(turn: Turn, text: str) -> dict[str, Any] | None:
    """A message at "what should I call you?" that came too soon to answer it, straight after the answer to "who is
    talking?", is more of that answer, when it says who they are or gives no name: the slot updates, with "name" (None:
    asked again) unless a name in it is still to be taken ("jay, im 15"); else None.

    Why (AY3, stop 44 trial): Seren (15, Telegram) typed "fi" / "wel fi a mam" / "fi'n 15 a fi'n edrych ar ol mam" in a
    few seconds: she was put on the adult path, in "chi", "wel fi a mam" became her name and the third message her
    answer to "what matters". Read together, the pieces say a young person who looks after her mother: "ti", her
    words kept with who is talking (the summary reads them for a young carer), and the name asked again. "jay" sent
    quickly after "me" is still a name."""
    earlier = _said_since_start(turn)
    if not earlier or not sent_too_soon(turn, text):
        return None
    before = earlier[-1]
    kept_at_role = repository.answer_texts(turn.sender_id, only="role")
    if not (before.strip() in (t.strip() for t in kept_at_role) or role_from_text(before) is not None):
        return None  # (the message before was no answer to "who is talking?")
    named = name_in(text, own=True)
    if named and (_OF_THE_SPEAKER.search(named) or relation_in(named) is not None):
        named = ""  # ("wel fi a mam": me and mum, never a name)
    if not _says_who_they_are(text) and named:
        return None
    current = turn.role
    reading = role_from_text(before + "\n" + text)
    # a young person or a carer stays one when the pieces together read only as "me" ("person ifanc" / "ma MS da hi")
    role = current if reading is None or (reading == "person" and current in ("young_person", "carer")) \
        or (current == "young_person" and reading == "carer") else reading  # (a young person who cares: AY4)
    store_answer(turn, "role", text)  # verbatim, with who is talking
    updates = take_role(turn, role) if role != current else {}
    for slot, value in updates.items():
        turn.set(slot, value)  # (so the name, if any, is thanked in the new register)
    if named and not updates.get("name"):
        return updates
    if not updates:
        # BA17 (stop 46 trial): "fi, fi'n 15" / "ma'r ysgol wedi gweud wrtha fi neud hwn", "im 13" / "i look after my
        # mum and my little brother": "What should I call you?" twice. Nothing the piece says changes how the question
        # is put, so it is thanked in a few words, the question just above it (answers._said_another_way), as a burst
        # piece at the questions is; read as someone else now (a young person, "ti"), the question is put again.
        turn.say("added_more_noted")
    return {**updates, "name": updates.get("name")}


#: The name the person asks to be called by, passed on by whoever types for them: "Gareth says call him Gaz", "he
#: wants to be called Gaz", "Mae Gareth yn deud galwch o'n Gaz", "mae o isio cael ei alw'n Gaz".
_PASSED_ON = re.compile(
    r"(?i:\b(?:says?|said|saying|wants?|asked|asks|would\s+like|['’]d\s+like)\s+"
    r"(?:(?:to\s+)?(?:you\s+|u\s+)?(?:to\s+)?call\s+(?:him|her|them)|(?:to\s+be|being)\s+called)"
    r"|\b(?:deud|dweud|ddeud|ddweud|gweud|weud)\s+(?:(?:i\s+chi|wrthoch\s+chi)\s+)?(?:galwch|gelwch|galwa|galw"
    r"|(?:ei\s+)?(?:alw|galw))\s+(?:o|fo|hi|e|fe)(?:['’]?\s*n|\s+yn)"
    r"|" + _WANTS_TO_BE_CALLED + r")\s+" + _NAME)


def name_passed_on(text: str) -> str:
    """The name the person asks to be called by, said by someone typing for them ("Gareth. this is Jo his support
    worker typing, Gareth says call him Gaz" -> "Gaz"), else "".

    Why (twelfth trial AJ5): "Thank you, Gareth." though he had asked, through his support worker, to be Gaz. Only
    for the person's own name (a carer's "Mum says call her Nan" names whom they look after)."""
    for found in _PASSED_ON.finditer(text):
        if _is_a_name(found.group("name")):
            return _tidy(found.group("name"))
    return ""


def take_name(turn: Turn, value: Any) -> dict[str, Any]:
    if is_skip(turn, value):
        return {"name": SKIPPED}
    if explained(turn, "question_again"):
        return {"name": None}
    text = _words(turn)
    if text is None:
        return {"name": None}
    burst = _more_of_who_is_talking(turn, text)  # "fi" / "wel fi a mam" / "fi'n 15 a…" (AY3): never a name
    if burst is not None and "name" in burst:
        return burst
    # ("jay, im 15" sent at once: a young person now, and the name taken from it as ever)
    return {**(burst or {}), **_name_taken(turn, text)}


def _name_taken(turn: Turn, text: str) -> dict[str, Any]:
    """The answer to "what should I call you?", read for their name (and whom they look after): the slot updates."""
    told = (_cared_for_at_name_question(turn, text) or _cared_for_named_at_name_question(turn, text)
            or _cared_for_named_alone_at_name_question(turn, text) or _name_said_of_them_at_name_question(turn, text)
            or _cared_for_named_with_my_relative_at_name_question(turn, text)
            or _cared_for_in_own_relation_at_name_question(turn, text))
    if told is not None:
        return told
    both = cared_for_with_name(text) if turn.role == "carer" else None
    # "Sian. Dw i'n fam iddo fe, Dafydd" (re-trial 37 AM14): his name, after who she is to him; never hers
    after = _named_after_own_relation(text) if turn.role == "carer" and turn.slot("cared_for_name") is None else None
    name = ((turn.role != "carer" and name_passed_on(text))  # "Gareth says call him Gaz" (AJ5), typed for him
            or name_in(both[0] if both else text[:after[1]] if after else text, own=True))  # (never theirs)
    cared_for = turn.slot("cared_for_name") if turn.role == "carer" else None
    if name and name == cared_for:  # "Mr Hughes fel dudis i! Gwenllian ydw i" (AB5): theirs is the other name
        name = name_in(text.replace(cared_for, " ", 1), own=True)
    _keep_whole_answer(turn, "name", text, name)
    if not name:  # "fi", "me", "hi": no name given; their words are kept, and no name is used
        return {"name": SKIPPED}
    repository.update_conversation(turn.sender_id, display_name=name)
    turn.set("name", name)
    young = _young_carer_by_age(turn, text)  # (before the thanks, so they hear "ti" from here on)
    turn.say("nice_to_meet")
    if young:
        return {"name": name, **young}
    if both is None:
        # "Sian. I'm his daughter", "Sian, merch fo dwi" (T12); "fi yw Eirlys a fe yw Dai, y gŵr" (AJ14)
        told = _own_relation_said(turn, text) or _their_relation_said(turn, text)
        if after is not None and told:
            told = {**told, **_use_name(turn, "cared_for_name", after[0])}
        if turn.role == "carer" and turn.slot("cared_for_name") not in (None, SKIPPED) and turn.slot("relationship"):
            turn.say("carer_intro_named")  # named with who they are in the answer to "who is talking?"
        return {"name": name, **told}
    # "Karen. And mum is Pat": the person cared for is named too, so that question is not asked (stop-19 trial C3, C5).
    _, cared_for, relation = both
    if relation is None and turn.slot("relationship") is None:  # "fi yw Eirlys a fe yw Dai, y gŵr" (AJ14)
        relation = relation_in(text)
    turn.set("cared_for_name", cared_for)
    if relation is None:  # "Cadi, dwi'n gofalu am Taid": how they are connected is asked next
        repository.update_conversation(turn.sender_id, cared_for_name=cared_for)
        if turn.slot("relationship") not in (None, SKIPPED):  # said at "who is talking?" ("I look after my grandad",
            turn.say("carer_intro_named")  # then "Cerys. Emrys, but everyone calls him Taid": AW19, stop 42)
        return {"name": name, "cared_for_name": cared_for}
    repository.update_conversation(turn.sender_id, cared_for_name=cared_for, relationship_to_person=relation)
    turn.say("carer_intro_named")
    return {"name": name, "cared_for_name": cared_for, "relationship": relation}


#: An answer to "who do you look after? what name shall I use?" longer than this is telling us more than a name:
#: a name is taken from it only when said outright ("her name's Pat", "Pat ydi enw hi", "my mum Pat").
LONG_NAME_ANSWER_WORDS = 12
#: ... unless its first sentence is who they are, this short ("Dad. mae o'n 81…", "Mum. She's 84…").
NAME_FIRST_WORDS = 3


#: Words that make a name pattern's match about someone else ("he likes Mikey", "his name's Tom", "enw fo ydi").
_SOMEONE_ELSE = re.compile(r"(?i)(?<![\w'’])(?:(?:he|she)['’]s|(?:o|fo|e|fe|hi)['’]n|hes|shes|he|she|his|"
                           r"her|him|they|their|fo|o|e|fe|hi|ei|iddo|iddi|hithau|hitha|hithe|yntau|ynta)(?![\w'’])")


#: "its for my nan shes 91 called Glenys", "o'r enw Glenys", "she is my husband mother, name Fatima" (trial 41 AW10:
#: she was "the person you look after" to the end): a name after "called" or a bare "name", for whom they look after
#: only (in their own name's answer it could be anyone's: "I'm Sue, my mum's called Pat").
_CALLED = re.compile(r"(?i:\b(?:called|named|o['’]r\s+enw)|(?:^|[,.;:–-])\s*(?:(?:her|his|their|ei|eu)\s+)?(?:name|enw"
                     r"(?:\s+(?:hi|fo|o|fe|e))?)(?:\s+(?:is|ydi|yw|ydy)|\s*[:–-])?)\s+" + _CAPITAL_NAME)


def _said_in_so_many_words(text: str, *, own: bool = False) -> str:
    """The name a name pattern finds ("his name's Tom", "Gwilym ydi enw fo", "call me Jo"), else "". `own`: only
    a pattern that speaks of the speaker ("Dave (support worker). The person is Michael, he likes Mikey" was
    "Thank you, Mikey" to Dave: stop-25 trial V4)."""
    for pattern in _WILL_DO + _NAME_PATTERNS + _SELF_PATTERNS + ((_CALLED,) if not own else ()):
        if pattern.pattern == _TO_MY_FRIENDS.pattern and _TITLE_FIRST.match(text) \
                and not _TITLE_ON_PAPER.match(text):
            continue
        for found in pattern.finditer(text):
            around = found.group(0).replace(found.group("name"), " ")
            if own and (_SOMEONE_ELSE.search(around) or _SOMEONES_RELATION.match(found.group("name"))):
                continue  # (never "Gwraig Dai dw i", "mam Gethin dw i": whose relative they are)
            if _is_a_name(found.group("name")) or (found.start("name") > 0 and _also_a_name(found.group("name"))):
                return _tidy(found.group("name"))
    return ""


#: Words that are never a name alone but are names with a capital after another word: "Beth" ("what?" alone).
_ALSO_NAMES = frozenset({"beth"})


def _also_a_name(name: str) -> bool:
    """A capitalised word that is a name inside a name pattern ("Elizabeth - Beth plis"), though alone it is not."""
    return name[:1].isupper() and fold(_tidy(name)).lower() in _ALSO_NAMES


def named_outright(text: str) -> str:
    """The name when the answer says it in so many words (a name pattern, not just its first word), else ""."""
    said = _said_in_so_many_words(text)
    if said:
        return said
    found_relation = _GIVEN_RELATION.match(text)
    if found_relation:
        following = re.match(r"\s*(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)", text[found_relation.end():])
        if following and _is_a_name(following.group("name")):
            return following.group("name")
    cares = _CARES_FOR.search(text)
    if cares:  # "Dw i'n gofalu am fy nghymydog, Mr Lewis. Dw i'n dysgu Cymraeg, sori." (stop 30: asked again)
        first = re.split(r"(?<=[.!?])\s+", text[cares.end():].strip(), maxsplit=1)[0]
        name, _ = cared_for_in(first)
        if name:
            return name
    return _named_in_a_short_first_sentence(text)


#: A first sentence this short, with a name and who they are, is the answer; the rest tells us more.
_SHORT_FIRST_SENTENCE_WORDS = 5


def _named_in_a_short_first_sentence(text: str) -> str:
    """The name when the answer starts with a short sentence giving the name and who they are ("Mam yw hi, Glenys. Ma
    hi'n 78…", "Anna, my wife. She have a stroke in August…"), else "".

    Why (stop-27 trial X2): such an answer is longer than a name answer, and its name is no pattern, so the question
    came again right after it was answered, in both languages."""
    first, *rest = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    if not rest or len(first.split()) > _SHORT_FIRST_SENTENCE_WORDS:
        return ""
    name, relation = cared_for_in(first)
    return name if name and relation is not None and name in first and name not in _KIN_AS_NAME.values() else ""


def take_cared_for_name(turn: Turn, value: Any) -> dict[str, Any]:
    if is_skip(turn, value):
        if turn.slot("relationship") not in (None, SKIPPED):  # ("The wife", then Skip: how they are connected is
            turn.set("cared_for_name", SKIPPED)  # not asked, so the intro is said here)
            turn.say("carer_intro")
        return {"cared_for_name": SKIPPED}
    if explained(turn, "question_again"):
        return {"cared_for_name": None}
    renamed = own_name_put_right(turn)  # "sorry I meant John": their own name, never the name of whom they look after
    if renamed:
        turn.say("name_corrected", new_name=renamed["name"])
        return {**renamed, "cared_for_name": None}
    started = more_of_the_start(turn, "cared_for_name")  # "well jayden but jay" (AY3): never whom they look after
    if started is not None:
        return started
    text = _words(turn)
    if text is None:
        return {"cared_for_name": None}
    whole, own_name = text, {}  # (their own name put right on the way)
    said_wrong = own_name_said_wrong(turn, text)  # "Dad - Emrys. a Sioned ydw i, dim Emrys! lol" (ninth trial AC1)
    if said_wrong is not None:
        turn.say("name_corrected", new_name=said_wrong[0])
        own_name = _use_name(turn, "name", said_wrong[0])
        text = said_wrong[1]
        if _words_in(text) == 0:
            store_answer(turn, "cared_for_name", whole)
            return {**own_name, "cared_for_name": None}
    by_the_way = _own_name_by_the_way_at(text)
    if by_the_way is not None:  # "I'm Karen btw", "Karen dw i gyda llaw" (AS3): the carer's own name, never theirs
        if fold(by_the_way[0]).casefold() != fold(str(turn.slot("name") or "")).casefold():
            own_name = use_own_name_given(turn, by_the_way[0])
        text = (text[:by_the_way[1][0]] + " " + text[by_the_way[1][1]:]).strip(" .,;:!–—-")
        if _words_in(text) == 0:
            store_answer(turn, "cared_for_name", whole)
            return {**own_name, "cared_for_name": None}
    name, relation = cared_for_in(text)
    _keep_whole_answer(turn, "cared_for_name", whole, name)
    first = _FIRST_SENTENCE.match(text.strip())
    if (word_count(text) > LONG_NAME_ANSWER_WORDS and not named_outright(text) and first is not None
            and word_count(first.group("first")) <= NAME_FIRST_WORDS and cared_for_in(first.group("first"))[0]):
        # "Dad. mae o'n 81 ac yn byw ar ben ei hun…" (fifth trial AK8: the question came again): who, then more
        name, relation = cared_for_in(first.group("first"))
    elif word_count(text) > LONG_NAME_ANSWER_WORDS and not named_outright(text):
        # "Honestly what matters most to mum is her house…" (200 words): its first word is no name (stop-19 trial
        # C3: "Honestly" was used for her mother from then on). The words are kept; the name is asked once more.
        if len(repository.answer_texts(turn.sender_id, only="cared_for_name")) < 2:
            turn.say("cared_for_long_answer")
            return {**own_name, "cared_for_name": None}
        name, relation = "", None
    if turn.slot("relationship") is not None:
        relation = None
    elif own_relation_in(text) is not None:
        relation = own_relation_in(text)  # "Dad, Gwilym. merch fo dwi", "Gwilym, I'm his daughter" (T12)
    if not name and relation is not None:
        # "y gŵr", "The wife", "Ma": who they are is kept, never asked again, and the role word is never taken as a
        # name; the name is asked once more, in a few words (answers.ask: "cared_for_name_only"; re-trial 32 AF5).
        # Without one the questions say "the person you look after" (no question says "i y gŵr").
        repository.update_conversation(turn.sender_id, relationship_to_person=relation)
        turn.set("relationship", relation)
        return {**own_name, "cared_for_name": None, "relationship": relation}
    known = turn.slot("relationship") not in (None, SKIPPED)
    if not name:  # "hi": no name given; their words are kept, and "the person you look after" is used
        turn.set("cared_for_name", SKIPPED)
        if known:  # (how they are connected is known: that question is not asked, so the intro is said here)
            turn.say("carer_intro")
        return {**own_name, "cared_for_name": SKIPPED}
    if relation is None:
        repository.update_conversation(turn.sender_id, cared_for_name=name)
        if known:
            turn.set("cared_for_name", name)
            turn.say("carer_intro")
        return {**own_name, "cared_for_name": name}
    # "my husband Dai, he's got dementia": the relationship was given with the name, so it is not asked.
    repository.update_conversation(turn.sender_id, cared_for_name=name, relationship_to_person=relation)
    turn.set("cared_for_name", name)
    turn.say("carer_intro")
    return {**own_name, "cared_for_name": name, "relationship": relation}


#: Who the speaker is to the person, said in so many words before they are asked (stop-24 trial T12: "I'm his
#: daughter", "merch fo dwi" were asked again): "I'm his daughter", "I am Dewi's support worker", "merch fo dwi",
#: "mab hi dw i", "ei ferch o ydw i", "fi yw ei ferch e", "dwi'n ferch iddo fo". Never "my daughter" (whom they
#: look after), nor "I'm his carer" (that says nothing of how they are connected: family, a friend, paid).
_OWN_KIN_EN = (r"(?:(?:grand|step-?)?(?:daughter|son)(?:[\s-]+in[\s-]+law)?|wife|husband|partner|niece|nephew|sister"
               r"|brother|cousin|aunt|auntie|uncle|neighbour|neighbor|friend|(?:support|key|care)\s+worker|nurse"
               r"|social\s+worker|pa|personal\s+assistant|mum|mother|dad|father|girlfriend|boyfriend)")
_OWN_KIN_CY = (r"(?:merch|ferch|hogan|hogyn|mab|fab|gwraig|wraig|gŵr|gwr|ŵr|wr|chwaer|brawd|frawd|nith|nai|ffrind"
               r"|cymydog|gymydog|cymdoges|gymdoges|wyres|ŵyr|wyr|gweithiwr\s+cymorth"
               r"|weithiwr\s+cymorth|mam|fam|tad|dad|partner|cariad|gariad)")
_OWN_RELATION = re.compile(
    r"(?<![\w'’])(?:"
    r"(?:i['’]?m|im|i\s+am)\s+(?:his|her|their|[A-ZÀ-ÖØ-ÞŴŶ][\w-]*['’]s)\s+(?:eldest\s+|youngest\s+|only\s+|oldest\s+)?"
    + _OWN_KIN_EN +
    # "I am husband of Anna" (stop-27 trial X3: English as a second language; he was asked how he was connected)
    r"|(?:i['’]?m|im|i\s+am)\s+(?:the\s+)?" + _OWN_KIN_EN + r"\s+of\s+(?:him|her|them|[A-ZÀ-ÖØ-ÞŴŶ][\w-]*)" +
    r"|" + _OWN_KIN_CY + r"\s+(?:(?:fo|o|hi|e|fe|nhw)|i(?:ddo|ddi)\s+(?:fo|o|hi|e|fe))"
    r"\s+(?:dwi|dw\s+i|ydw\s+i|wi|yw\s+i|ydi\s+fi)"
    r"|ei\s+" + _OWN_KIN_CY + r"\s+(?:fo|o|hi|e|fe)\s+(?:dwi|dw\s+i|ydw\s+i|wi|yw\s+i|ydi\s+fi)"
    r"|(?:fi\s+yw|fi\s+ydi|fi\s+di)\s+(?:ei\s+)?" + _OWN_KIN_CY + r"(?:\s+(?:fo|o|hi|e|fe))?"
    r"|(?:dwi|dw\s+i|wi|rydw\s+i)(?:['’]n|\s+yn)\s+" + _OWN_KIN_CY + r"\s+i(?:ddo|ddi)(?:\s+(?:fo|o|hi|e|fe))?"
    # "dw i'n fam i Gethin" (trial 40 AU10: "Am bwy dych chi'n gofalu?" was asked next, "dwi newydd ddeud hynna 🙂")
    r"|(?:dwi|dw\s+i|wi|rydw\s+i|fi)(?:['’]n|\s+yn)\s+" + _OWN_KIN_CY + r"\s+i\s+(?-i:[A-ZÀ-ÖØ-ÞŴŶ])[\w’-]*"
    r")(?![\w'’])", re.IGNORECASE)
#: The person cared for, named inside the speaker's own relation to them: "dw i'n fam i Gethin", "fi'n dad i Osian",
#: "I'm Gethin's mum", "I am mother of Anna".
_NAMED_IN_OWN_RELATION = re.compile(
    r"(?<![\w'’])(?:(?i:dwi|dw\s+i|wi|rydw\s+i|fi)(?:['’]n|\s+(?i:yn))\s+(?i:" + _OWN_KIN_CY + r")\s+i\s+"
    r"|(?i:i['’]?m|im|i\s+am)\s+(?i:the\s+)?(?i:" + _OWN_KIN_EN + r")\s+of\s+)"
    r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’-]*)(?![\w'’])"
    r"|(?<![\w'’])(?i:i['’]?m|im|i\s+am)\s+(?P<whose>[A-ZÀ-ÖØ-ÞŴŶ][\w-]*)['’]s\s+(?i:(?:eldest|youngest|only|oldest)\s+)?"
    r"(?i:" + _OWN_KIN_EN + r")(?![\w'’])")


#: Whom the answer says they look after, when it is not the one whose relative they are: a kin word or another
#: name after "I look after" ("I'm Tom's mum, I care for my dad", "dw i'n gofalu am y gŵr"); a pronoun ("I look after
#: him", "dw i'n gofalu amdano fo") or the same name is the one they are the relative of.
_CARES_FOR_SOMEONE = re.compile(_CARES_FOR.pattern + r"(?!(?i:him|her|them|he|she|fo|o|hi|e|fe|nhw)(?![\w'’]))\S")


def _looks_after_someone_else(text: str, name: str) -> bool:
    """Does the answer say they look after someone other than `name`, whose relative they are ("I'm Tom's mum, I care
    for my dad")?"""
    cares = _CARES_FOR_SOMEONE.search(text)
    return cares is not None and not text[cares.end() - 1:].startswith(name)


def named_in_own_relation(text: str) -> str | None:
    """The name of the person cared for, said inside who the speaker is to them ("dw i'n fam i Gethin", "I'm Gethin's
    mum"), else None. Not when the answer says they look after someone else ("I'm Gethin's mum but I look after my
    husband", "I look after my husband. I'm Gethin's mum": Gethin is their son, never whom they look after)."""
    found = _NAMED_IN_OWN_RELATION.search(text)
    if found is None:
        return None
    if _looks_after_someone_else(text, found.group("name") or found.group("whose")):
        return None
    name = found.group("name") or found.group("whose")
    return _tidy(name) if _is_a_name(name) and fold(name).lower() not in _KIN_AS_NAME else None


def own_relation_in(text: str) -> str | None:
    """The words saying who the speaker is to the person ("I'm his daughter", "merch fo dwi"), as typed, else None."""
    found = _OWN_RELATION.search(text)
    return found.group(0) if found else None


#: A name right after who the speaker is to the person, ending the clause: "dw i'n fam iddo fe, Dafydd", "I'm his
#: mum, Osian." (re-trial 37 AM14: "Dafydd" was asked for again; "I'm his mum, Osian" thanked the mother as Osian).
_NAME_ENDING_THE_CLAUSE = re.compile(r"\s*[,:–—-]\s*(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w’'-]*)\s*(?=[.,;:!?)]|$)")


#: The person cared for named again later in the same message ("hes Clive, 71", "Clive ydi o", "her name's Glenys").
_THEIRS_NAMED_TOO = re.compile(
    r"(?<![\w'’])(?:he['’]?s|she['’]?s|he\s+is|she\s+is|his\s+name(?:['’]s|\s+is)|her\s+name(?:['’]s|\s+is)"
    r"|(?:ei|ei\s+h)enw\s+(?:o|hi|fo|fe|e)?\s*(?:ydi|yw|ydy|di))\s+[A-ZÀ-ÖØ-ÞŴŶ]"
    r"|(?<![\w'’])[A-ZÀ-ÖØ-ÞŴŶ][\w’'-]+\s+(?:ydi|yw|ydy|di)\s+(?:o|fo|e|fe|hi)(?![\w'’])")


def _named_after_own_relation(text: str) -> tuple[str, int] | None:
    """The name of the person cared for, said just after the speaker's own relation to them ("I'm his mum, Osian",
    "dw i'n ferch iddi hi, Glenys"), and where that name starts; None when none is said there."""
    found = _OWN_RELATION.search(text)
    if found is None:
        return None
    after = _NAME_ENDING_THE_CLAUSE.match(text, found.end())
    if after is None or not _is_a_name(after.group("name")) or fold(after.group("name")).lower() in _KIN_AS_NAME:
        return None
    if _THEIRS_NAMED_TOO.search(text, after.end()):
        return None  # "im his daughter, Bethan. hes Clive, 71" (trial 33 AG14): his name comes after; Bethan is hers
    return _tidy(after.group("name")), after.start("name")


def _own_relation_said(turn: Turn, text: str) -> dict[str, Any]:
    """A carer who says who they are to the person before being asked (stop-24 trial T12): kept as the answer to
    "how are you connected?", so it is never asked. Returns the slot updates."""
    if turn.role != "carer" or turn.slot("relationship") is not None:
        return {}
    return _keep_relationship(turn, own_relation_in(text))


def _keep_relationship(turn: Turn, relation: str | None) -> dict[str, Any]:
    """Who the carer is to the person, said before being asked: kept as the answer to "how are you connected?", in
    the record and the conversation, so that question is never put. Returns the slot updates (none when not said)."""
    if relation is None:
        return {}
    repository.update_conversation(turn.sender_id, relationship_to_person=relation)
    turn.set("relationship", relation)
    return {"relationship": relation}


def _their_relation_said(turn: Turn, text: str) -> dict[str, Any]:
    """Who the person cared for is, said with the carer's own name and no name the name readers find for them ("fi yw
    Eirlys a fe yw Dai, y gŵr": twelfth trial AJ14, then "Am bwy dych chi'n gofalu?"): kept as how they are connected,
    so "who do you look after?" is never asked; only the name, once (answers._as_put). Returns the slot updates."""
    if turn.role != "carer" or turn.slot("relationship") is not None or turn.slot("cared_for_name") is not None:
        return {}
    return _keep_relationship(turn, relation_in(text))


def take_relationship(turn: Turn, value: Any) -> dict[str, Any]:
    if is_skip(turn, value):
        turn.say("carer_intro")
        return {"relationship": SKIPPED}
    if explained(turn, "question_again"):
        return {"relationship": None}
    text = _words(turn)
    if text is None:
        return {"relationship": None}
    renamed, rest = _cared_for_put_right(turn, text)
    if renamed and not re.search(r"[^\W\d_]", rest):  # "Gwen? Na, Val ydi hi": the name, and the question again
        store_answer(turn, "relationship", text)
        return {**renamed, "relationship": None}
    by_the_way = _own_name_by_the_way_at(text)
    if by_the_way is not None and re.search(r"[^\W\d_]", text[:by_the_way[1][0]] + text[by_the_way[1][1]:]):
        # "mab, a gyda llaw Alun ydi fy enw i", "son, and btw my name's Alun" (stop 49, names benchmark line 159): their
        # own name from now on, as at the name of whom they look after (AS3); never part of how they are connected
        if fold(by_the_way[0]).casefold() != fold(str(turn.slot("name") or "")).casefold():
            renamed = {**renamed, **use_own_name_given(turn, by_the_way[0])}
        text = (text[:by_the_way[1][0]] + " " + text[by_the_way[1][1]:]).strip(" .,;:!–—-")
        text = re.sub(r"[\s,.;:–—-]+(?i:and|a|ac|&)$", "", text)
    if any(wish_before_the_questions(o.text) for o in wishes_kept("relationship", analyse(text)).outcomes):
        # "Keeping his chapel, Bethel, on Sunday mornings…" (trial 37 AP6): a wish is no relationship. It is kept as
        # an answer with its outcomes, and how they are connected is left empty unless they said it too.
        store_answer(turn, "relationship", text)
        relation = own_relation_in(text)
        if relation is not None:
            repository.update_conversation(turn.sender_id, relationship_to_person=relation)
        turn.say("carer_intro")
        return {**renamed, "relationship": relation or SKIPPED}
    repository.update_conversation(turn.sender_id, relationship_to_person=text)
    turn.say("carer_intro")
    return {**renamed, "relationship": text}


#: "Gwen? No its Val, and I'm her daughter", "Gwen? Na, Val ydi hi": at "how are you connected to Gwen?", the name in
#: use put right first (stop 30: every later question still said Gwen).
_NOT_THAT_NAME = r"\s*\?+\s*(?i:no|nope|nah|na|nage|naci|not\s+quite)\b[\s,.!]*" \
                 r"(?:(?i:it['’]?s|its|it\s+is|she['’]?s|he['’]?s|her\s+name['’]?s|his\s+name['’]?s)\s+)?"


def _cared_for_put_right(turn: Turn, text: str) -> tuple[dict[str, Any], str]:
    """(the slot update, the rest of the message) when the answer first puts right the name of whom they look after;
    ({}, text) otherwise. The caller says nothing of it but the thanks: "name_corrected" is said here."""
    in_use = str(turn.slot("cared_for_name") or "")
    if not in_use or in_use == SKIPPED:
        return {}, text
    found = re.match(r"^\W*" + re.escape(in_use) + _NOT_THAT_NAME + _CAPITAL_NAME, text)
    if found is None or not _is_a_name(found.group("name")) or relation_in(found.group("name")) is not None:
        return {}, text
    name = _tidy(re.sub(r"\s+(?i:ydi|ydy|yw|di)$", "", found.group("name")))
    if name.casefold() == in_use.casefold():
        return {}, text
    turn.say("name_corrected", new_name=name)
    rest = re.sub(r"^\s*(?i:ydi|ydy|yw|di)\s+(?i:hi|o|fo|e|fe)\b", "", text[found.end():])
    return _use_name(turn, "cared_for_name", name), rest


Take = Callable[[Turn, Any], dict[str, Any]]


def _hearing_them_out(slot: str, take: Take) -> Take:
    """A start question's taker that first hears what else the message says to us (stop-21 trial U2, U3).

    "you ignored me" / "ti di anwybyddu fi" is no answer: sorry, the question they asked answered, and the same
    question again. A question about who reads this ("ydi hwn yn mynd at fy social worker i?") is answered: alone,
    then the same question again (never "will" as a name); inside an answer ("ffion. ond … social worker i??"),
    after the answer is taken. Consent hears its own (take_consent).
    """

    def take_heard(turn: Turn, value: Any) -> dict[str, Any]:
        from bot.conversation.steering import pressed_start_mid_question  # (steering builds on this module)

        restarted = pressed_start_mid_question(turn, slot)
        if restarted is not None:
            return restarted
        text = turn.latest_text
        typed = not is_button_payload(text) and not is_button_payload(str(value))
        meaning_asked = replies.word_meaning_asked(turn) if typed else None
        if meaning_asked or (meaning_asked is False and slot == "consent_choice"):
            # "Beth ydy 'diogelu'?" (AK6), at consent too ("Ydy, iawn. Beth ydy 'diogelu'?…": a yes waits on knowing
            # what it says yes to): the meaning, then the question again
            return {slot: None}
        if typed and slot != "consent_choice":
            from bot.conversation.steering import consent_taken_wrongly

            withdrawn = consent_taken_wrongly(turn)  # "i said no before??" at "who is talking?" (AK3)
            if withdrawn is not None:
                return {**withdrawn, slot: None}
        if typed and complains_of_being_ignored(text):
            answer_missed_question(turn)
            turn.say("ignored_sorry")
            return {slot: None}
        asked = asks_about_assistant(text) if typed and slot != "consent_choice" else None
        if asked == "whole":
            turn.say(about_assistant_reply(text))
            return {slot: None}
        simpler = asks_for_simpler_words(text, answer_words=1) if typed and slot != "consent_choice" else None
        if simpler == "whole":  # "Cymraeg syml plis" alone (eleventh trial AG5): never a name; yes, and the question
            say_simpler_words(turn)
            return {slot: None}
        updates = take(turn, value)
        if asked == "part":
            turn.say(about_assistant_reply(text))
        if simpler == "part":  # "Rachel. Ond Cymraeg syml plis?": the answer taken, and the request said yes to
            say_simpler_words(turn)
        return updates

    take_heard.__name__ = take.__name__
    take_heard.__doc__ = take.__doc__
    return take_heard


def answer_missed_question(turn: Turn) -> None:
    """After "you ignored me": the question to us in this message or their last few, answered (again): "you didnt
    answer me. will someone ring me?" (stop-23 trial W8) asks it again as it complains."""
    for earlier in [turn.latest_text, *reversed(turn.earlier_messages()[-3:])]:
        if asks_about_assistant(earlier):
            turn.say(about_assistant_reply(earlier))
            return


#: The validation of each "about you" slot.
TAKE: dict[str, Take] = {slot: _hearing_them_out(slot, take) for slot, take in {
    "consent_choice": take_consent,
    "role": take_role,
    "name": take_name,
    "cared_for_name": take_cared_for_name,
    "relationship": take_relationship,
}.items()}
