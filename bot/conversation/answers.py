"""Asking the questions and keeping every answer exactly as it was written.

Which questions are asked depends on who is talking (a carer is asked about the
person they care for, then about themselves) and on the answers (a service named
without a reason gets one gentle "why"). All of it is read from the question
table (bot.conversation.questions).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot import messages
from bot.analysis import analyse, detect_language, is_service_led
from bot.analysis.about_assistant import (
    about_assistant_reply,
    answer_beside_a_complaint,
    answer_still_to_come,
    asks_about_assistant,
    asks_about_the_form,
    asks_about_the_same_worker,
    asks_for_a_person,
    asks_for_the_question_again,
    asks_if_someone_else_can_write,
    asks_the_point,
    asks_us_to_wait,
    asks_what_is_possible,
    complains_of_being_ignored,
    is_remark_on_the_conversation,
    question_for_the_worker,
    question_named,
    question_to_us,
    questions_about_what_next,
    says_they_are_back,
    says_we_went_too_fast,
    where_a_person_is_asked,
    where_visit_days_are_asked,
)
from bot.analysis.age import ADULT_AT, is_only_a_young_age
from bot.analysis.controls import (
    asks_for_simpler_words,
    asks_for_ti_at,
    asks_how_to_talk_to_me,
    asks_what_it_means,
    bored_of_this,
    control_of,
    disowns_the_last_message,
    ends_with_a_stop,
    is_button_payload,
    language_request_at,
    names_a_visit_need,
    names_me_as_the_one_talked_to,
    only_disowns_the_last_message,
    says_it_was_said_already,
    word_count,
)
from bot.analysis.keep_from import asks_to_keep_from_someone
from bot.analysis.language import (
    is_only_a_language_choice,
    only_tells_their_language,
    says_they_will_mix,
    share_of_words,
)
from bot.analysis.outcomes import (
    asks_for_a_break,
    has_a_verb,
    is_a_carers_need,
    is_clear_wish,
    only_says_when_or_the_harm,
    passes_on_a_refusal,
    points_back,
    refuses_a_home,
    says_a_wish,
    sentences,
    their_wish_said,
    times_said,
    trim,
    typists_own_part,
)
from bot.analysis.risk.means import names_a_means
from bot.analysis.safe_check_questions import harm_now
from bot.analysis.safe_reply import says_not_safe, says_what_they_meant
from bot.analysis.safety_wish import asks_for_support_too, is_safety_wish
from bot.analysis.text import A_DAY_OR_TIME, cut_at_a_word, fold, plain_fold, says_when
from bot.analysis.thanks import opens_with_thanks
from bot.analysis.types import ANSWERING_FOR_THEM, Analysis, OutcomeSpan
from bot.conversation import questions, readback, replies
from bot.conversation.questions import CARERS_OWN, question_for
from bot.conversation.turn import NOTHING, SENTINELS, SKIPPED, Turn, answers_as_a_professional
from bot.storage import repository

#: A person is followed into the other language only when the message is clearly in it.
FOLLOW_LANGUAGE_CONFIDENCE = 0.9
#: (7, stop-22 trial V37: "netflix and chill 😂 and my dog" from a Welsh teenager who chose Cymraeg flipped the chat.)
FOLLOW_LANGUAGE_MIN_WORDS = 7
# Still writing a quarter of their known words in the chosen language: they are mixing, not switching.
KEEP_LANGUAGE_SHARE = 0.25
#: How much of an answer is quoted back in the "why" question.
QUOTE_LIMIT = 80


def question_key(slot: str) -> str:
    """Storage key for a slot: q_change -> change, why_change -> why_change."""
    return slot[2:] if slot.startswith("q_") else slot


def about_whom(turn: Turn, slot: str) -> str:
    """Whether an answer is about the person cared for or the carer's own life."""
    question = question_for(slot)
    if turn.role == "carer" and question is not None and question.asked_of == CARERS_OWN:
        return "carer"
    return "person"


#: A carer speaking of their own life inside an answer about the person ("a finna hefyd dwi isio cadw fy
#: swydd", "me too, I want to keep my job"): that outcome is about the carer.
_CARERS_OWN_WORDS = re.compile(
    r"\b(?:finna|finnau|fi\s+hefyd|a\s+minnau|minnau|minna|me\s+too|for\s+me|for\s+myself|i\s+mi\s+gael|"
    r"i\s+fi\s+gael|i\s+fi\s+fy\s+hun|i\s+want\s+to\s+keep\s+my\s+(?:job|work)|my\s+(?:own\s+)?(?:job|part[-\s]time\s+job)|"
    r"fy\s+swydd|fy\s+ngwaith|"
    # a good day for the carer, said beside the person's (stop-34 trial AJ6: "a diwrnod da i fi sbo bydde noson o gwsg"
    # was filed among Dai's changes)
    r"(?:diwrnod|dydd|noson|bore)\s+(?:da|dda)\s+i\s+(?:fi|mi)|(?:a\s+)?good\s+day\s+for\s+me|"
    # what it is for, with the carer doing it (trial 37 AP13: "sitter un prynhawn… so fi'n gallu mynd i'r mart" was
    # filed as Mair's): "so I can", "so that I can", "so fi'n gallu", "fel bo fi'n gallu", "er mwyn i fi allu"
    r"(?:so|so\s+that|fel|fel\s+bo|fel\s+bod|er\s+mwyn\s+i)\s+(?:i|fi|mi)(?:['’]?n|\s+yn)?\s+"
    r"(?:can|could|get\s+to|gallu|allu|galla|gallai|medru|fedru|cael|gael|ca['’]l))\b", re.IGNORECASE)


#: Words only a carer's own life has, wherever they come: "fy nghefn", "mae nghefn i'n brifo" ("nghefn" is
#: "my back"), "os dwi'n mynd yn sâl fy hun", "my back", "I need a break", "if I get ill".
_CARERS_OWN_LIFE = re.compile(
    r"(?<![\w'’])(?:fy\s+(?:nghefn|iechyd|hun|hunan|nerfa|nerfau|mhen-glin|nghoes|nghoesau)|nghefn"
    r"|(?:dwi|dw\s+i|wi|rwy|rydw\s+i)['’]?n\s+mynd\s+yn\s+s[aâ]l|my\s+(?:back|health|own\s+life|nerves|knees?)"
    r"|myself|i\s+(?:need|want|could\s+do\s+with)\s+a\s+(?:break|rest|night\s+off|day\s+off)"
    r"|if\s+i\s+(?:get|fall|go|am|['’]?m|was|were)\s+(?:ill|sick|poorly|into\s+hospital)"
    # the carer's own fear ("mae'r gweiddi yn fy nychryn i ganol nos", "the shouting frightens me": AY17, stop 44 trial,
    # filed under Idris's change)
    r"|(?:yn|['’]n)\s+(?:fy\s+)?(?:nychryn|nychryn\s+i|ddychryn\s+i|nghodi\s+ofn)|codi\s+ofn\s+(?:arna\s+i|arnaf\s+i|arna\s+fi)"
    r"|(?:frightens|frightened|scares|scared|terrifies|terrified|petrifies)\s+me"
    r"|(?:i['’]?m|im|i\s+am|i\s+get)\s+(?:so\s+|really\s+|a\s+bit\s+)?(?:frightened|scared|terrified|petrified))(?![\w'’])",
    re.IGNORECASE)
#: A carer's first-person wish ("dwi isio bod yna", "I want to be there", "I need to see the doctor").
_CARERS_WISH = re.compile(
    r"(?<![\w'’])(?:(?:dwi|dw\s+i|wi|fi|rwy|rydw\s+i)['’]?n?\s+(?:isio|eisiau|moyn|isie|angen)"
    r"|i\s*(?:['’]d\s+like|['’]d\s+love|\s+would\s+(?:like|love)|\s+want|\s+wanna|\s+need))(?![\w'’])", re.IGNORECASE)


def _outcomes_apart_from(text: str, outcomes: tuple[OutcomeSpan, ...],
                         spans: tuple[tuple[int, int], ...]) -> tuple[OutcomeSpan, ...]:
    """The outcomes with the words of `spans` cut off their ends (an outcome inside them is none): "Mum needs more
    help, is anyone going to read this" keeps "Mum needs more help" (a question to us beside the answer)."""
    kept: list[OutcomeSpan] = []
    for outcome in outcomes:
        start, end = outcome.start, outcome.end
        for a, b in spans:
            if start < b and a < end:
                if start < a:
                    end = a
                elif b < end:
                    start = b
                else:
                    start = end
        start, end = trim(text, start, end)
        if (start, end) == (outcome.start, outcome.end):
            kept.append(outcome)
        elif re.search(r"[^\W\d_]|\d", text[start:end]) and start < end:
            kept.append(replace(outcome, text=text[start:end], start=start, end=end))
    return tuple(kept)


#: The person cared for named in the same words ("dwi isio iddo fo gael cawod", "I want her to have a bath"):
#: then the carer's wish is for the person.
_THE_PERSON = re.compile(
    r"(?<![\w'’])(?:fo|fe|hi|iddo|iddi|nhw|ei|he|she|him|her|his|they|them|their|mam|dad|nain|taid|mamgu|mam-gu"
    r"|tad-cu|mum|nan|gran|grandad)(?![\w'’])|['’]w\s", re.IGNORECASE)


#: A wish whose first words make the person its subject ("Bod o'n gallu cael cawod ei hun heb fi'n gorfod ei godi fo,
#: mae nghefn i'n brifo", "him being able to...", "for her to...", "he can..."): the person's, whatever the carer's
#: own reason after it (stop-25 trial U6: filed under the carer for "nghefn"). "someone to lift him, my back..." is
#: not led by him: help for the carer, hers as before.
_LED_BY_THE_PERSON = re.compile(
    r"^\W*(?:(?:bod|fod|iddo|iddi)\s+(?:o|fo|e|fe|hi|nhw)(?:['’]n)?\b|(?:he|she)\s+(?:can|could|would|wants|needs|being"
    r"|is|gets|to)\b|(?:for\s+)?(?:him|her)\s+(?:to|being)\b"
    r"|(?:mam|dad|nain|taid|mum|nan|gran)\s+(?:to|being|yn\s+gallu|can)\b)", re.IGNORECASE)


#: The person's own wish or liking, passed on in the carer's words ("mae o isio cael cawod", "ma hi moyn aros yn
#: ei thŷ", "hi isio aros adra", "he wants to keep going down the Oval", "she loves her music", "he hates that",
#: "Dai likes…"): the person's view, as the carer reports it ("Friend not foe": say whose view each is).
_WELSH_LIKES = (r"(?:ddim\s+|wir\s+|dal\s+|wastad\s+)?"
                r"(?:isio|isho|ishe|eisiau|eisie|moyn|isie|licio|lico|hoffi|dwlu|caru|casáu|casau|mwynhau"
                r"|wrth\s+ei\s+(?:fodd|bodd))")
_ENGLISH_LIKES = (r"(?:(?:['’]d|\s+would|\s+(?:does|did)(?:n['’]?t|\s+not))?\s+(?:really\s+|still\s+|always\s+|just\s+"
                  r"|also\s+)?(?:wants?|wanna|likes?|loves?|hates?|enjoys?|misses|prefers?|rather)"
                  r"|(?:['’]s|\s+is)\s+(?:dying\s+to|dead\s+set\s+on|adamant|desperate\s+to|keen\s+to))")
#: Who the person is to the carer, as a carer names them ("Mum wants…", "Mae Nain isio…"; stop-28 trial Z11).
_KIN_EN = r"(?:my\s+)?(?:mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|mother|father|husband|wife)"
_KIN_CY = r"(?:mam|dad|nain|taid|mamgu|mam-gu|tadcu|tad-cu|nana|fy\s+ngŵr|fy\s+ngwr|fy\s+ngwraig)"
_THEIR_WISH = re.compile(
    r"(?<![\w'’])(?:(?:(?:mae|ma|mi|bo|bod|fysa|bysa|sa)\s+)?(?:o|e|fo|fe|hi)(?:['’]n|['’]m|\s+yn)?\s+" + _WELSH_LIKES
    # "mae'n isio aros adra": the person left out, as Welsh speech does ("mae'n" is "he's" or "she's")
    + r"|(?:mae|ma)['’]n\s+" + _WELSH_LIKES
    + r"|(?:mae|ma)\s+" + _KIN_CY + r"(?:['’]n|\s+yn)?\s+" + _WELSH_LIKES
    # said the other way round, for weight: "Isio aros adra mae hi", "Moyn mynd gatre ma fe"
    + r"|" + _WELSH_LIKES.removeprefix(r"(?:ddim\s+|wir\s+|dal\s+|wastad\s+)?")
    + r"\s+(?:[^\W\d_][\w'’-]*\s+){1,6}?(?:mae|ma)\s+(?:hi|o|fo|e|fe)(?=\s*(?:[,.;:!?]|$))"
    + r"|(?:he|she|" + _KIN_EN + r")" + _ENGLISH_LIKES + r")(?!\w)", re.IGNORECASE)
#: The carer's own judgement about the person ("I think he needs…", "dwi'n meddwl bod hi angen…",
#: "yn bersonol wi'n credu…"): the carer's view, even with "she wants" in the same sentence.
_CARERS_OPINION = re.compile(
    r"(?<![\w'’])(?:i\s+(?:think|reckon|feel|believe)|personally|in\s+my\s+(?:view|opinion)|to\s+be\s+honest\s+i"
    r"|(?:dwi|dw\s+i|wi|rwy|rydw\s+i)['’]?n\s+(?:meddwl|credu|teimlo)|yn\s+bersonol)(?![\w'’])", re.IGNORECASE)


#: The carer giving the person's own words as they would say them ("What dad would say: nothing needs to change,
#: leave me alone", "Be fasa Dad yn ddeud: ...", "His words: ..."; stop-20 trial T7: it was filed as the carer's view).
_WHAT_THEY_WOULD_SAY = re.compile(
    r"\s*(?:what\s+(?:[\w'’]+\s+){0,2}?(?:[\w]+['’]d|would|will)\s+(?:\w+\s+)?(?:say|tell\s+you)"
    r"|(?:be|beth)\s+(?:fasa|fysa|basa|bysa|bydde|byddai|fydde|fyddai|sa|neith|wneith)\s+(?:[\w'’]+\s+){1,2}?(?:yn\s+)?"
    r"(?:ddeud|ddweud|dweud|deud|weud|gweud)"
    r"|(?:in\s+)?(?:his|her|their)\s+(?:own\s+)?words|(?:yn\s+)?ei\s+(?:eiriau|geiriau)\s+(?:ei\s+hun|o|e|fo|fe|hi))"
    r"\s*[:,-]", re.IGNORECASE)


#: The carer telling what the person says or would say, at the start of the quote ("He'd tell you nothing needs to
#: change, he doesnt need help", "He says he's fine", "Fysa fo'n deud wrthach chi does dim angen newid dim";
#: stop-21 trial U12: it was filed as the carer's own change).
_THEY_SAY = re.compile(
    r"\s*(?:(?:he|she)(?:['’]d|\s+would|\s+will|['’]ll|\s+always|\s+keeps)?\s+(?:says?|said|saying|tells?\s+(?:you|me|us|everyone)"
    r"|told\s+(?:me|us|you))"
    r"|(?:(?:mae|ma|mi|fasa|fysa|basa|bysa|sa|byddai|bydde|fydde|fyddai|neith|wneith)\s+)+(?:o|e|hi|fo|fe)(?:['’]?n|\s+yn)\s+"
    r"(?:deud|dweud|gweud|ddeud|ddweud|weud))(?![\w'’])", re.IGNORECASE)


#: A wish, then what the person says of it ("Mynd allan yn amlach, ma hi'n deud bod hi'n teimlo fel carcharor", "Going
#: out more, she says she feels like a prisoner"): what she says is why, so the wish is hers, as the carer passes it on.
_THEY_SAY_AFTER = re.compile(r"[,;:–-]\s*(?:(?:and|a|ac)\s+)?" + _THEY_SAY.pattern.removeprefix(r"\s*"), re.IGNORECASE)
#: ... unless what she says is set against the wish ("Help with washing, she says she's fine but she isn't", "ma hi'n
#: deud bod hi'n iawn"): then the wish is the carer's, and her words an objection to it.
_SAID_AGAINST = re.compile(
    r"(?<![\w'’])(?:but|though|ond|er|fine|ok|okay|alright|iawn|no|na|not|\w+n['’]?t|never|ddim|dim|byth|nad)"
    r"(?![\w'’])", re.IGNORECASE)


#: The carer in the wish itself, as "me" or "my" ("please ring ME on my mobile … not her", "ffoniwch fi ar fy ffôn"):
#: their own wish, whatever she says after (trial 37 AP11: filed as Glenys's view, passed on).
_ME_IN_THE_WISH = re.compile(r"(?<![\w'’])(?:me|my|myself|fi|fy|ata\s+i|arna\s+i)(?![\w'’])", re.IGNORECASE)


def _the_wish_and_what_they_say_of_it(text: str) -> bool:
    """A wish not in the carer's own voice, then the person's words about it that are not set against it."""
    said = _THEY_SAY_AFTER.search(text)
    return (said is not None and not _CARERS_WISH.search(text, 0, said.start())
            and not _ME_IN_THE_WISH.search(text, 0, said.start())
            and not _SAID_AGAINST.search(text, said.end()))


def _disclosure_told(turn: Turn) -> str:
    """What the conversation's urgent disclosures said, verbatim, joined: a safety wish is read with it, as who they
    name is who hurts them (stop 49, L2)."""
    return "\n".join(repository.urgent_texts(turn.sender_id))


def _their_wish_named(turn: Turn, text: str) -> re.Match[str] | None:
    """The person's wish or liking, with the name the carer gave ("Dai likes…", "dydi Eirlys ddim isio…")."""
    name = str(turn.slot("cared_for_name") or "").strip()
    if not name:
        return None
    named = (r"(?<![\w'’])" + re.escape(name)
             + r"(?:" + _ENGLISH_LIKES + r"|(?:['’]n|\s+yn)?\s+" + _WELSH_LIKES + r")(?![\w'’])")
    return re.search(named, text, re.IGNORECASE)


def passes_on_their_wish(turn: Turn, outcome_text: str) -> bool:
    """Whether a carer's outcome passes on the person's own wish, not the carer's judgement.

    "he says he wants…" (readback.reports_their_wish), or a plain "ma hi moyn…", "he loves…", "Dai likes…"
    (the name the carer gave), unless the carer frames it as their own opinion ("I think she wants…"); or a wish with
    what the person says of it after (stop-26 trial W9: "Mynd allan yn amlach, ma hi'n deud bod hi'n teimlo fel
    carcharor" was filed as Gwyn's own view).
    """
    if turn.role != "carer" and turn.whose_view not in ANSWERING_FOR_THEM:  # (or whoever took over the keyboard)
        return False
    text = outcome_text.replace("’", "'")
    if readback.reports_their_wish(text) or _WHAT_THEY_WOULD_SAY.match(text) or _THEY_SAY.match(text):
        return True
    if passes_on_a_refusal(text):  # "…nath hi ddeud ers talwm bod hi byth isio mynd i gartra" (AX6, stop 44)
        return True
    if _CARERS_OPINION.search(text):
        return False
    if _THEIR_WISH.search(text) or _the_wish_and_what_they_say_of_it(text):
        return True
    return _their_wish_named(turn, text) is not None


#: Only joining words before the person's wish or objection ("Ond dydi Eirlys ddim isio…", "But she doesn't want…").
_ONLY_JOINERS = re.compile(r"^\W*(?:(?:but|and|though|so|ond|a|ac|felly|ac\s+mae|dydi|dydy|tydi|dyw|sdim)\s+)*$",
                           re.IGNORECASE)


def _led_by_their_wish(turn: Turn, text: str) -> bool:
    """The outcome is the person's own wish or objection, passed on, from its first words ("dydi Eirlys ddim isio
    dieithriaid yn y tŷ", "she says she doesn't want strangers in the house"), with none of the carer's own in it."""
    text = text.replace("’", "'")
    if not passes_on_their_wish(turn, text) or _CARERS_WISH.search(text) or _CARERS_OPINION.search(text):
        return False
    found = [m.start() for m in (_THEIR_WISH.search(text), _THEY_SAY.match(text), _their_wish_named(turn, text))
             if m is not None]
    reported = readback.where_their_wish_is_reported(text)
    return any(_ONLY_JOINERS.match(text[:start]) for start in (*found, *([] if reported is None else [reported])))


#: The words just before a wish that make it the typist's own, left out of the quote: "Ac i fi | gael noson o gwsg",
#: "and for me | to get a night's sleep".
_FOR_ME_BEFORE = re.compile(r"(?<![\w'’])(?:i\s+(?:fi|mi)|for\s+(?:me|myself))[\s,]*$", re.IGNORECASE)


def for_the_typist(text: str, start: int) -> bool:
    """Whether the words just before `start`, in its sentence, make what follows the typist's own ("Ac i fi | gael
    noson o gwsg weithia": retrial 33 AG9, filed among his wife's wishes to change)."""
    begin = max((a for a, _b in sentences(text) if a <= start), default=0)
    return _FOR_ME_BEFORE.search(text[begin:start]) is not None


def outcome_about(turn: Turn, slot: str, outcome_text: str) -> str:
    """Whom one outcome is about: a carer's own wish inside an answer about the person is the carer's.

    In an answer about the person, the carer's own life ("fy nghefn", "I need a break") and a wish of
    their own with the person not in it ("dwi isio bod yna") are the carer's. Either way, a sentence passing
    on the person's own wish ("fasa fo'n deud ei fod o isio llonydd gynna fi", "he says he wants...") is the
    person's, even in the carer's own answers (bot.storage.repository then files it as the person's view).
    Unlike an addition at the read-back (readback.about_addition), a plain "me"/"fi" here is not enough:
    the question was about the person.
    """
    about = about_whom(turn, slot)
    if turn.role != "carer":
        return about
    if readback.reports_their_wish(outcome_text):
        return "person"
    if about == "carer" and _led_by_their_wish(turn, outcome_text):
        # her objection among his own needs ("Ond dydi Eirlys ddim isio dieithriaid yn y tŷ": stop-26 trial W9)
        return "person"
    if about == "person" and asks_how_to_talk_to_me(outcome_text) and (
            not _how_to_talk_to_them(turn, slot) or names_me_as_the_one_talked_to(outcome_text)):
        # "Siarad efo fi mewn Cymraeg syml": how to talk to him (retrial 33 AH2); a bare "Siaradwch yn araf" at how to
        # help the person is how to talk to them (BA12, stop 46 trial)
        return "carer"
    if about == "person" and _LED_BY_THE_PERSON.search(outcome_text):
        return "person"
    if about == "person" and (
        _CARERS_OWN_WORDS.search(outcome_text)
        or _CARERS_OWN_LIFE.search(outcome_text)
        or (_CARERS_WISH.search(outcome_text) and not _THE_PERSON.search(outcome_text)
            and not _only_points_back(outcome_text) and not _asks_for_their_help(outcome_text))
    ):
        return "carer"
    return about


#: A carer's wish for more help or staff, not for something to do themselves: "Dw i'n eisiau mwy o staff sy'n siarad
#: Cymraeg" (a learner's "Dw i'n eisiau"), "I want someone who speaks Welsh", "dwi isio rhywun i ddod yn y bore".
_HELP_ASKED_FOR = re.compile(
    r"(?<![\w'’])(?:(?:dwi|dw\s+i|wi|fi|rwy|rydw\s+i)['’]?n?\s+(?:isio|eisiau|moyn|isie|angen)"
    r"|i\s*(?:['’]d\s+like|['’]d\s+love|\s+would\s+(?:like|love)|\s+want|\s+need))\s+"
    r"(?:(?:mwy|rhagor|llai)\s+o\s+|more\s+|some\s+|extra\s+|other\s+)?"
    r"(?:staff|gweithwyr|gweithiwr|gofalwyr|gofalwr|nyrsys|nyrs|rhywun|rhywrai|help|cymorth|carers?|nurses?|someone"
    r"|somebody|people)(?![\w'’])", re.IGNORECASE)


def _asks_for_their_help(outcome_text: str) -> bool:
    """A carer asking, at a question about the person, for staff or help with no "me" in it ("Dw i'n eisiau mwy o staff
    sy'n siarad Cymraeg" at "Beth hoffai Nansi ei newid?": trial 38 AR4, filed as the carer's own outcome): help for
    the person, so the person's outcome. Help for the carer says so ("someone to sit with him so I can sleep",
    "I need a break": _CARERS_OWN_WORDS, _CARERS_OWN_LIFE)."""
    asked = _HELP_ASKED_FOR.search(outcome_text)
    return asked is not None and not _ME_IN_THE_WISH.search(outcome_text, asked.end())


def _only_points_back(outcome_text: str) -> bool:
    """Whether the carer's own wish in an outcome is only about "that", said before it ("dan ni'n mynd bob dydd Gwener
    ers 30 mlynedd a dw i isio cadw hynna beth bynnag sy'n digwydd"): the view is that of what it points at (fifth
    trial AK11: "I'd like to keep that going whatever happens" went to the carer's own outcomes)."""
    wish = _CARERS_WISH.search(outcome_text)
    return wish is not None and wish.start() > 0 and points_back(outcome_text[wish.start():])


def short(text: str | None, limit: int = QUOTE_LIMIT) -> str:
    """An answer on one line, cut after a whole word within `limit` characters, for quoting it back."""
    return cut_at_a_word(text, limit) if text else ""


def ask(turn: Turn, slot: str) -> None:
    """Put a question to the person in their language, register and role.

    After a disclosure the question waits until they have said how they are (bot.conversation.pause).
    """
    from bot.conversation import pause  # (pause keeps its answers through this module)

    if not pause.before_question(turn):
        return
    if slot.startswith(("q_", "why_", "readback")) and start_again_asked_now(turn):
        return  # "start again? that clears every answer" stands in for the question, with its own buttons (AP9)
    if slot == "consent_choice" and turn.language is None:
        turn.say("active_offer")  # (after "start again" before any choice) the language comes first
    elif slot == "consent_choice" and turn.asked_before(slot):
        turn.say("consent_short")  # the whole text was shown in this language already: the question only
    elif slot.startswith("why_"):
        turn.say("why", answer=short(turn.slot("q_" + slot[4:])))
    elif slot.startswith("readback"):
        readback.ask(turn, slot)
    elif not _said_another_way(turn, slot):
        key, said = _as_put(turn, slot)
        turn.say(key, **said)


def start_again_asked_now(turn: Turn) -> bool:
    """Whether "start again? that clears every answer" (bot.conversation.steering) was the last thing said."""
    said = turn.said_before()
    return bool(said) and said[-1] == turn.render("start_again_confirm").text


def _said_another_way(turn: Turn, slot: str) -> bool:
    """A question asked again in other words, as the message just taken asks: after a one-word answer to an open
    question, kept as its answer, the one invitation to say more (bot.conversation.replies.invites_more decided it);
    after "what do you mean?" / "dwi'm yn dallt", the question in plainer words (stop-21 trial U19). True when said."""
    from bot.conversation import safety  # (safety stores its answers through this module)

    if not turn.latest_text.strip():
        return False
    if _thanked_for_more_just_now(turn) and (slot.startswith("q_") or _put_just_above(turn, slot)):
        # one more piece of a burst (AY7): "added that too", the question just above it; at the name too, unless the
        # piece after the thanks made them someone else and the question reads otherwise now ("ti": BA17, AY3)
        return True
    if not slot.startswith("q_"):
        return False
    if _said_last(turn, "urgent_added") and _question_just_above(turn, slot):
        # L2 (review 47): a piece added to the alert 1.5 s after the question ("sori anwybydda hynna. ma fe'n bwrw fi
        # eto heno"): "Diolch. Dw i wedi ychwanegu hyn…", the question unread just above it, never put twice in a row
        return True
    if _asked_what_it_is(turn):
        return True  # "ia" to "is anything worrying you?" (AM9): "what is it?" was said instead of the question
    if slot in replies.INVITES_MORE:
        word = replies.kept_from_this_message(turn, slot)
        if word is not None:
            replies.invitation(turn, slot, word, safety.read_risk)
            return True
    plain = "plain_" + slot
    if plain in messages.catalogue() and asks_what_it_means(turn.latest_text, turn.render(slot).text) \
            and not replies.asks_why_we_ask(turn.latest_text) and _just_asked(turn, slot):
        question = turn.render(slot)
        turn.say_text(turn.render("plain_lead").text + " " + turn.render(plain).text, question.buttons)
        return True
    return False


#: The wordings "are you safe right now?" is put in (bot.conversation.pause.say_safe_check): asked again, before a yes
#: or after a no, and to a carer harmed at home about her alone.
_SAFE_CHECK_WORDINGS = ("safety_check", "safety_check_again", "safety_check_no_consent")


def _safe_check_as_put(turn: Turn) -> str | None:
    """The safe check's wording they last saw, or None. Why (re-trial 36 AN3): the chat asked a carer harmed by her
    husband "ydych chi'n ddiogel…?" (about her alone) while the page quoted the carer's wording about them both."""
    catalogue, values = messages.catalogue(), turn.values()
    wordings = sorted({messages.render(key, turn.language, turn.register, role, **values).text
                       for key in _SAFE_CHECK_WORDINGS if key in catalogue for role in (turn.role, None)},
                      key=len, reverse=True)
    for said_then in reversed(turn.said_since_start_again()):
        seen = next((wording for wording in wordings if wording in said_then), None)
        if seen is not None:
            return seen
    return None


def question_text(turn: Turn, slot: str) -> str:
    """The question exactly as it was put to the person, for the record."""
    if slot.startswith("why_"):
        return turn.render("why", answer=short(turn.slot("q_" + slot[4:]))).text
    if slot == "safety_check":
        put_then = _safe_check_as_put(turn)
        if put_then is not None:
            return put_then
    key, said = _as_put(turn, slot)
    put = turn.render(key, **said).text
    if "plain_" + slot not in messages.catalogue():
        return put
    # The wording they last saw: a request for simpler words in this very message changes the questions from now on,
    # not the one it answered (retrial 33 AH2: the summary quoted "Beth mae Meinir yn hoffi ei wneud…", never put to
    # him), and "what do you mean?" puts the question in plainer words once without any request.
    wordings = (turn.render(slot).text, turn.render("plain_" + slot).text)
    for said_then in reversed(turn.said_since_start_again()):
        seen = [w for w in wordings if w in said_then]
        if seen:
            return put if put in seen else seen[-1]
    return put


#: The visit-time question, and how it is put when an earlier answer already said when to come.
VISIT_TIME = "q_visit_time"
#: Only yes, to "would you like to be there?" at the visit-time question: "Hoffwn, wrth gwrs.", "ydw", "yes I'd like
#: to", "baswn, plis", "of course I would" (AY17, stop 44 trial: "Hoffwn, wrth gwrs." was listed under "how help should
#: be given"). The answer, never an outcome; "I want to be there" names what they want and stays one (stop 34 AH4).
_ONLY_YES_TO_BE_THERE = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|aye|ok|okay|of\s+course|definitely|sure|please|pls|plz|thanks|thank\s+you"
    r"|i(?:['’]?d|\s+would)(?:\s+(?:really\s+)?(?:like|love)(?:\s+(?:to|that))?)?|i\s+will|i\s+do"
    r"|ydw(?:\s+i)?|ydw\s+wir|ie|ia|iep|iawn|hoffwn(?:\s+i)?|baswn(?:\s+i)?|byddwn(?:\s+i)?|faswn(?:\s+i)?|fyddwn(?:\s+i)?"
    r"|leiciwn(?:\s+i)?|liciwn(?:\s+i)?|wrth\s+gwrs|plis|os\s+gwelwch\s+yn\s+dda|diolch|yn\s+bendant|bendant"
    r"|siwr\s+iawn|siŵr\s+iawn|wrth\s+fy\s+modd)(?![\w'’])[\s,.!]*)+$", re.IGNORECASE)


def only_yes_to_be_there(text: str) -> bool:
    """Whether words at the visit-time question only say yes to being there (_ONLY_YES_TO_BE_THERE)."""
    return _ONLY_YES_TO_BE_THERE.match(text) is not None
VISIT_TIME_SAID_BEFORE = "visit_time_said_before"
#: Answers that are not what they told us about their life: an earlier visit time is never looked for in them.
_NOT_TOLD_ANSWERS = (*questions.ABOUT_YOU_SLOTS, "aside", "safety_check", "readback_comment")
#: Words that a sentence is about the visit itself, not a day someone else comes: "when you come", "pan chi'n dod",
#: "the best time", "visit", "dewch", "come round" said to us (a nurse who "comes on Monday", or "Mae fy nghymydog
#: Dafydd yn galw heibio bob bore", is not the visit: CI stop 28).
_ABOUT_THE_VISIT = re.compile(
    r"\b(?:visit\w*|best\s+time|good\s+time|(?:is|are|works?)\s+best|sydd\s+orau|(?:yw|ydi|ydy)['’]?r\s+gorau"
    r"|(?:you|u|ya|someone|somebody|anyone|they|worker)\s+(?:\w+\s+){0,2}?(?:come|comes|coming|call|calls|pop|pops"
    r"|drop)\b|(?:^|please\s+|pls\s+|just\s+|can\s+you\s+|could\s+you\s+)(?:come|call|pop)\s+(?:round|over|on|in|by)\b"
    r"|ymwel\w*|amser\s+gorau|(?:chi|ti|chdi|rhywun|neb|nhw|gweithiwr)\s*['’]?n\s+(?:\w+\s+){0,1}?(?:dod|galw|ddod|alw)"
    r"|dewch|dowch|dere|tyrd)\b", re.IGNORECASE)

#: Someone coming to do something for them ("maybe someone come in the morning to check", "rhywun i ddod yn y bore i
#: tsiecio arna i"): a wish for support, with its time, not when to visit for the assessment (trial 40 AV8: it was
#: quoted back as the best time). Unless the sentence names the visit itself ("visit", "the best time").
_COMES_TO_HELP = re.compile(
    r"\b(?:come|comes|coming|call|calls|pop|pops|dod|ddod|galw|alw|picio)\b(?:\s+[\w'’]+){0,5}?\s+(?:to|i|and|a|ac)\s+"
    r"(?:check|help|sort|make|get|give|do|wash|dress|cook|shower|bath|sit\s+with|keep|tidy|clean|put|look\s+after"
    r"|tsiecio|tjecio|jecio|checio|checkio|helpu|neud|wneud|gwneud|rhoi|roi|coginio|golchi|molchi|gwisgo|cadw|tacluso"
    r"|glanhau|edrych\s+ar\s+(?:fy|ei|ôl|ol))\b", re.IGNORECASE)
_NAMES_THE_VISIT = re.compile(r"\b(?:visit\w*|best\s+time|good\s+time|ymwel\w*|amser\s+gorau|see\s+(?:me|us|her|him)"
                              r"|(?:fy|ein|ei)\s+gweld)\b", re.IGNORECASE)

#: How much of that sentence the question quotes.
SAID_BEFORE_QUOTE = 160


def visit_time_said_before(turn: Turn) -> str | None:
    """The sentence of an earlier answer that already says when to come ("Fi moyn bod na pan chi'n dod plis, ond
    bydd rhaid iddo fe fod ar ddydd Mawrth achos fi off bryd 'ny"), the latest one, as typed; else None.

    Why: asked "when is the best time to visit?" afresh after saying it, a carer wrote "wedes i jyst nawr!" (fourth
    trial X19). The question then quotes it and asks them to confirm it or give another time."""
    for text in reversed(repository.answer_texts(turn.sender_id, leave_out=(*_NOT_TOLD_ANSWERS, VISIT_TIME[2:]))):
        for start, end in reversed(sentences(text)):
            sentence = text[start:end]
            if A_DAY_OR_TIME.search(sentence) and _ABOUT_THE_VISIT.search(sentence) and not (
                    _COMES_TO_HELP.search(sentence) and not _NAMES_THE_VISIT.search(sentence)):
                return sentence
    return None


#: The communication question, and how it is put when an earlier answer already told how they communicate.
COMMUNICATION = "q_communication"
COMMUNICATION_SAID_BEFORE = "communication_said_before"
#: Answers never looked in for how they communicate (what was said to us, not about them; the question itself). The
#: answers to "who is talking?" and the names are looked in: a carer's long first answer often says it (AU10).
_NOT_ABOUT_THEM = ("aside", "safety_check", "readback_comment", COMMUNICATION[2:])
#: Words that tell how someone communicates: no speech, signing, Makaton or BSL, a device or pictures, lip-reading,
#: hearing aids, the way they like to be contacted, the language they speak (what the communication question asks
#: for), in English and Welsh (north, south, text-speak, no accents). A tablet or a phone only when used to talk.
_HOW_THEY_COMMUNICATE = re.compile(
    r"(?:(?<![\w'’])|(?<=['’]))(?:non[-\s]?verbal|no\s+speech|makaton|bsl|sign\s+language|signs\s+to|uses\s+signs"
    r"|pecs|aac|eye[-\s]?gaze|communication\s+(?:aid|device|book|board|app)s?|lip[-\s]?read\w*|hearing\s+aids?|deaf|(?:picture|symbol)\s+cards|"
    r"(?:does\s*n['’]?t|doesnt|dosnt|don['’]?t|dont|can['’]?t|cant|cannot|never)\s+(?:really\s+)?(?:speak|talk)"
    r"(?=\s*(?:[.,;:!?]|$|and\b|at\s+all|much\b|but\b|so\b|or\b))"
    r"|(?:uses?|using)\s+(?:(?:his|her|their|my|an?|the)\s+)?(?:tablet|ipad|phone|device|pictures|symbols)\s+to\s+"
    r"(?:talk|speak|say|tell|show)"
    r"|(?:prefers?|likes?)\s+(?:(?:a|to)\s+)?(?:texts?|texting|messages?|emails?|whatsapp|phone\s+calls?)"
    r"|(?:hates?|can['’]?t\s+do|cant\s+do)\s+(?:the\s+)?(?:phone|phone\s+calls|calls)"
    r"|(?:speaks?|speaking)\s+(?:(?:mostly|only|just|in)\s+)?(?:welsh|english|cymraeg)|first\s+language"
    # Welsh
    r"|(?:ddim|dim|m)\s+yn\s+(?:gallu\s+)?siarad(?=\s*(?:[.,;:!?]|$|o\s+gwbl|llawer|lot|ond|a\b|ac\b))"
    r"|iaith\s+arwyddion|arwyddo|darllen\s+gwefus\w*"
    r"|byddar|fyddar|cymorth\s+clyw|teclyn(?:nau)?\s+clyw|cyfathreb\w*|cardi(?:au|e|a)\s+llun\w*|symbolau"
    r"|defnyddio\s+(?:ei\s+|y\s+)?(?:dabled|tabled|ipad|iPad|lechen|llechen)"
    r"|well\s+(?:gan|gen|gynno|gyno|ganddo|ganddi|gynni|gyni|da|gyda)\s+(?:\w+\s+){0,2}?"
    r"(?:negeseuon|neges|tecst\w*|decst\w*|testun|whatsapp|e-?bost)"
    r"|siarad\s+(?:(?:dim\s+ond|jyst|mwy\s+o)\s+)?(?:cymraeg|saesneg)|iaith\s+gynta\w*|iaith\s+y\s+cart\w*)",
    re.IGNORECASE)
#: Where a clause starts inside a sentence: the quote begins at the clause that tells it ("he's non-verbal, …").
_CLAUSE_START = re.compile(r"[,;:–—-]\s+")


def communication_said_before(turn: Turn) -> str | None:
    """The words of an earlier answer that already told how they communicate ("he's non-verbal, uses Makaton and his
    tablet", "dydi o ddim yn siarad, mae o'n defnyddio Makaton"), from the clause that says it to its sentence's end,
    the latest, as typed; else None.

    Why (AU10, stop-39 trial; stop 42 left, stop 43): a carer's long first answer said how he communicates, and the
    communication question was later asked cold, as if she never had. It now says so and asks for anything else;
    the answer is stored as any answer to it is."""
    # (never risk material quoted back: "he doesnt talk, he just hits me", stop 43's review; the flags kept tell)
    for text in reversed(repository.answer_texts(turn.sender_id, leave_out=_NOT_ABOUT_THEM, without_risk=True)):
        for start, end in reversed(sentences(text)):
            found = _HOW_THEY_COMMUNICATE.search(text, start, end)
            if found is not None:
                begin = max((c.end() for c in _CLAUSE_START.finditer(text, start, found.start())), default=start)
                return text[begin:end]
    return None


def _as_put(turn: Turn, slot: str) -> tuple[str, dict[str, str]]:
    """The catalogue key a question is put with, and its values: the visit-time question quotes an earlier answer
    that already said when to come (visit_time_said_before), the communication question one that already told how
    they communicate (communication_said_before); every other question is put as written."""
    for asked, quoted, finder in ((VISIT_TIME, VISIT_TIME_SAID_BEFORE, visit_time_said_before),
                                  (COMMUNICATION, COMMUNICATION_SAID_BEFORE, communication_said_before)):
        said = finder(turn) if slot == asked else None
        if said is not None:
            # (the question's own full stop follows the quote: never "…to check.”." as trial 40 AV8 read)
            return quoted, {"said": short(said.rstrip().rstrip("."), SAID_BEFORE_QUOTE)}
    if slot == "cared_for_name" and turn.slot("relationship") not in (None, SKIPPED):
        # "The wife", "y gŵr" said at "who do you look after? what name shall I use?": only the name, once more
        # (re-trial 32 AF5), never "who do you look after?" again; nor asked at all when who they are was said with
        # the carer's own name ("fi yw Eirlys a fe yw Dai, y gŵr", twelfth trial AJ14).
        return ("cared_for_name_only_thanked" if _thanked_just_before(turn) else "cared_for_name_only"), {}
    if "plain_" + slot in messages.catalogue() and wants_simpler_words(turn):
        return "plain_" + slot, {}  # "Cymraeg syml plis" (eleventh trial AG5): the simpler wording from then on
    return slot, {}


def _thanked_just_before(turn: Turn) -> bool:
    """Whether the last thing said opened with a thanks ("Diolch, Huw."): a question after it does not thank again
    (trial 40 AU13: "Diolch, Huw." then "Diolch. A pha enw…")."""
    said = turn.said_before()
    return bool(said) and opens_with_thanks(said[-1])  # (the one reader of thanks: bot.analysis.thanks, stop 49)


#: The questions about how to help them and how they talk to people: there "Cymraeg syml neu Saesneg" or "siaradwch yn
#: araf" answers the question (how to speak to them), as well as asking us for simpler words.
HOW_TO_TALK_TO_THEM = ("q_support", "q_communication")


#: Where a sentence ends, for reading a carer's request for slow or simple words one sentence at a time.
_SENTENCE_END = re.compile(r"[.!?\n]+")


def asks_us_for_simpler_words(turn: Turn, text: str, slot: str | None = None) -> str | None:
    """asks_for_simpler_words, but never a carer's words about how to talk to the person they care for: "siarad yn
    araf, ma'i llais hi'n wan" at the communication question (re-trial 37 AQ5: answered "Bydda i'n defnyddio geiriau
    symlach", and every later question put in plainer words) tells the worker how to speak to her, an outcome for her.
    A carer asks it of us only in a sentence that names nobody else ("Cymraeg syml plis", "speak to me slowly"); at the
    question how to help the person (`slot` HOW_THEY_ARE_HELPED), only in one that says it is for them ("â fi", "I"):
    "Siaradwch yn araf and use simple words" at "Sut hoffai Rhys gael help?" is how to talk to Rhys (BA12, stop 46)."""
    found = asks_for_simpler_words(text)
    if found is None or turn.role != "carer":
        return found
    about_them = _how_to_talk_to_them(turn, slot)
    mine = any(asks_for_simpler_words(part) is not None and asks_how_to_talk_to_me(part)
               and (not about_them or names_me_as_the_one_talked_to(part))
               for part in _SENTENCE_END.split(text) if part.strip())
    return found if mine else None


#: The carer's question that asks how people should talk to the one they care for ("Sut hoffai Rhys gael help? Er
#: enghraifft, sut dylai pobl siarad…"): "Siaradwch yn araf" there is about him (BA12, stop 46 trial).
HOW_THEY_ARE_HELPED = "q_support"


def _how_to_talk_to_them(turn: Turn, slot: str | None) -> bool:
    """Whether a carer's answer at `slot` is about how to help the person they care for (HOW_THEY_ARE_HELPED)."""
    return turn.role == "carer" and slot == HOW_THEY_ARE_HELPED and about_whom(turn, slot) == "person"


def _said_at(turn: Turn) -> dict[str, str]:
    """Each earlier message's question, where it was kept as an answer (message words -> slot), so an earlier "speak
    slowly" said of the person (BA12) is read as at its own question."""
    if turn.role != "carer":
        return {}
    said = repository.answer_texts(turn.sender_id, only=question_key(HOW_THEY_ARE_HELPED))
    return dict.fromkeys(said, HOW_THEY_ARE_HELPED)


def wants_simpler_words(turn: Turn) -> bool:
    """Whether they asked, in this message or an earlier one, for simpler or slower words ("Cymraeg syml plis", "use
    easy Welsh", "siaradwch yn araf"): each question with a simpler wording (plain_<slot>) is put that way from then on.
    """
    said_at = _said_at(turn)
    latest = turn.latest_text
    return any(asks_us_for_simpler_words(turn, m, said_at.get(m)) for m in turn.earlier_messages()) or bool(
        asks_us_for_simpler_words(turn, latest, said_at.get(latest, turn.question_waiting)))


def say_simpler_words(turn: Turn) -> None:
    """Yes to simpler words; asked again once they are in use, honestly that these are the simplest we have."""
    said_at = _said_at(turn)
    again = any(asks_us_for_simpler_words(turn, m, said_at.get(m)) for m in turn.earlier_messages())
    turn.say("simpler_words_already" if again else "simpler_words_noted")


def store_answer(turn: Turn, slot: str, text: str, asked: str | None = None,
                 leave_out: tuple[tuple[int, int], ...] = (), cut_out: tuple[tuple[int, int], ...] = (),
                 more_of_a_list: str | None = None) -> None:
    """Keep an answer exactly as typed, with its question (`asked`: the words put to them, when not the slot's own
    question), language and whose view it is.

    Safeguarding material makes no outcomes: a disclosure, or a concern in a harm category such as
    suicide or abuse (bot.storage.repository.record_answer, by bot.safeguarding.harm.is_harm),
    an answer to "are you safe?" (key "safety_check": no question of the form holds outcomes), and
    a safety wish ("don't ring the house, he'll see") once anything in the conversation was urgent. `leave_out`: parts
    of the message that are no answer (a request to go on in the other language): kept in the words, never outcomes.
    `cut_out`: likewise, but cut off the ends of the outcomes they touch (a question to us beside the answer).
    `more_of_a_list`: the piece carries on an answer whose outcomes were of this type; a thing named with no verb
    that makes no outcome of its own is one more of them (`_one_more_of_the_list`, AY12).
    """
    key = question_key(slot)
    question = question_for(slot)
    analysis = wishes_kept(key, analyse(text, question=question.outcome_prior if question else None), turn)
    if question is not None and question.asked_of == CARERS_OWN:  # "Sleep, mainly." is what they need (AY13)
        analysis = replace(analysis, outcomes=tuple(
            replace(o, type="change", unsure=False) if is_a_carers_need(o.text) else o for o in analysis.outcomes))
    if slot == VISIT_TIME and analysis.risk.level == "none":  # "after skool. not weds…": each time said (AQ6)
        analysis = replace(analysis, outcomes=times_said(text, analysis.outcomes))
    if slot == VISIT_TIME:  # "Hoffwn, wrth gwrs.": yes to "would you like to be there?", the answer itself (AY17)
        analysis = replace(analysis, outcomes=tuple(o for o in analysis.outcomes if not only_yes_to_be_there(o.text)))
    # ("I want be there" at this question stays a process outcome, being involved in the visit, as the dev sets' writers
    # mark it (stop 34 AH4); the summary shows it with the visit details, bot.summary.view)
    # "fi'n carry on neu? be sy'n digwydd nesa ar ol hwn" (eleventh trial AG13): questions to us, never outcomes
    leave_out = (*leave_out, *((start, end) for _, start, end in questions_about_what_next(text)))
    if leave_out:
        analysis = replace(analysis, outcomes=tuple(
            o for o in analysis.outcomes if not any(o.start < end and start < o.end for start, end in leave_out)))
    if key in LANGUAGE_CHOSEN_AT:  # "Cymraeg neu Saesneg, dim ots": the language line, no outcome (span33); nor
        # which language they speak and where they are from ("she is Welsh from Rhymney but speak English": AU11)
        analysis = replace(analysis, outcomes=tuple(
            o for o in analysis.outcomes if not is_only_a_language_choice(o.text)
            and not only_tells_their_language(o.text)))
    if slot != VISIT_TIME and key not in LANGUAGE_CHOSEN_AT and only_says_when_or_the_harm(text):
        # "galw enwe", "bob nos" sent after an answer (trial 40 AV3): they qualify it, never an outcome on their own
        # (at the visit time and how to communicate, "bob nos" or "on whatsapp" is the answer: the dev flow set)
        analysis = replace(analysis, outcomes=())
    if cut_out:
        analysis = replace(analysis, outcomes=_outcomes_apart_from(text, analysis.outcomes, cut_out))
    if more_of_a_list and not analysis.outcomes and analysis.risk.level == "none" and not leave_out:
        analysis = replace(analysis, outcomes=_one_more_of_the_list(text, more_of_a_list))
    if more_of_a_list and analysis.service_led:
        # "a canllaw ar y grisia" after Nia's answer (AY12): a thing named is asked "what would it make possible?",
        # but a piece of a list carries on an answer that said what matters, and no "why" follows a piece: kept as one
        # more of that list, to confirm at the visit, never lost.
        analysis = replace(analysis, service_led=False,
                           outcomes=tuple(replace(o, unsure=True) for o in analysis.outcomes))
    # A service named without a reason is not the person's outcome (Principle 1): its "why" is.
    holds_outcomes = (question is not None and (question.holds_outcomes or slot.startswith("why_")
                                                or key in WISHES_SAID_OUTRIGHT)) or key in WISHES_BEFORE_THE_QUESTIONS
    if not holds_outcomes and key == "safety_check" and any(asks_for_support_too(o.text) for o in analysis.outcomes):
        # "isio PA sy'n tecstio fi" as the reply to "are you safe?" (trial 38 AR17): how they want support, kept as
        # that outcome as well as for the safeguarding team; nothing else in the reply becomes one.
        holds_outcomes = True
        analysis = replace(analysis, outcomes=tuple(o for o in analysis.outcomes if asks_for_support_too(o.text)))
    elif holds_outcomes and is_safety_wish(text) and repository.is_urgent(turn.sender_id) and is_safety_wish(
            text, told := _disclosure_told(turn)):
        # The safety wishes go to the top (bot.summary.record.safety_wish_excerpt), never outcomes; the rest of the
        # answer keeps its own ("dont talk to me like im a kid. ... text me not nans landline": stop-23 trial W17).
        # A wish for someone to support them in that way ("isio PA sy'n tecstio fi, dim ffonio": trial 38 AR17) is
        # how they want support too: kept as an outcome as well, unless it keeps something from someone.
        # Read with the disclosure: "before Dad comes back from the shop" after an alert about something else is a
        # timing remark, an ordinary answer (stop 49, L2).
        wishes = [is_safety_wish(text[a:b], told) for a, b in sentences(text)]
        if (all(wishes) or not any(wishes)) and not any(asks_for_support_too(o.text) for o in analysis.outcomes):
            holds_outcomes = False  # the whole answer is quoted at the top, as before
        else:
            analysis = replace(analysis, outcomes=tuple(o for o in analysis.outcomes
                                                        if not is_safety_wish(o.text, told)
                                                        or asks_for_support_too(o.text)))
    own_lines = typists_own_part(text) if turn.role == "carer" else []
    if own_lines:
        analysis = replace(analysis, outcomes=tuple(_with_own_lead(text, o, own_lines) for o in analysis.outcomes))
    own = {o.text for o in analysis.outcomes if any(a <= o.start and o.end <= b for a, b in own_lines)}
    turn.ensure_record()
    # An outcome quoted without its frame ("She says | she wants..."; "I think" stays in the quote since stop 28) is
    # read with it to tell whose view it is (bot.analysis.outcomes leaves the frame out of the quote, as readers do).
    framed = {o.text: o.frame + o.text for o in analysis.outcomes if o.frame}
    for_me = {o.text for o in analysis.outcomes if for_the_typist(text, o.start - len(o.frame))} \
        if turn.role == "carer" else set()
    listed = _listed_with_their_wish(turn, text, [(o.start, o.end, o.text, framed.get(o.text, o.text))
                                                  for o in analysis.outcomes])
    supporter, supporters_answer = _supporters_own_words(turn, text)
    if supporter is None or not any(supporter(o) for o in analysis.outcomes):
        supporters_answer = None  # ("its her son who helps me now": the person, telling who helps; no view of his)
    repository.record_answer(
        turn.sender_id,
        question_key=key,
        question_text=asked or question_text(turn, slot),
        text=text,
        whose_view=supporters_answer or turn.whose_view,
        about=about_whom(turn, slot),
        # (under "ME (Helen)" in a note: the carer's own words, whoever they mention; eleventh trial AG10)
        about_outcome=lambda outcome_text: "carer" if outcome_text in own or outcome_text in for_me
        else "person" if outcome_text in listed else outcome_about(turn, slot, framed.get(outcome_text, outcome_text)),
        passed_on=lambda outcome_text: outcome_text not in own and (
            outcome_text in listed or passes_on_their_wish(turn, framed.get(outcome_text, outcome_text))),
        own_view_of=supporter,
        analysis=analysis,
        message_id=turn.message_id,
        # (never "No that's everything thanks love": it was a wish to keep, "to confirm at the visit", stop-29 web chat)
        make_outcomes=holds_outcomes and not analysis.service_led and not readback.says_nothing_to_add(text, key),
        # The why of a service is the outcome (Principle 1): "I'd see some people, have a proper dinner
        # and a laugh" has no wish verb, so it is kept whole, marked to confirm at the visit.
        whole_if_no_outcome=slot.startswith("why_"),
    )


def _supporters_own_words(turn: Turn, text: str) -> tuple[Callable[[OutcomeSpan], str | None] | None, str | None]:
    """In the person's own answer, the outcomes someone typing for them gives as their own view ("Jo here - in my
    view…", "Jo sy'n teipio: dw i'n meddwl…"; trial 34 AJ5) -> whose view they are; the person's words they pass on
    ("Gareth says he wants…") stay the person's. None when the answer is already someone else's view (a carer's, or
    whoever took over the keyboard).

    Second: whose view the whole answer is, when the supporter's words are all of it ("this is Jo his support worker,
    in my view he needs…"), else None. Why (re-trial 35 AL1): the JSON's outcomes were Jo's, yet the page and the PDF
    quoted Jo's whole answer as "Barn y person ifanc", from the answer's view."""
    if turn.whose_view in ANSWERING_FOR_THEM:
        return None, None
    from bot.conversation import keyboard  # (keyboard keeps its words through this module)

    found = keyboard.supporters_own_words(text, turn.earlier_messages(), turn.display_name)
    if found is None:
        return None, None
    view, stretches = found
    outside = "".join(" " if any(a <= i < b for a, b in stretches) else c for i, c in enumerate(text))
    whole = not _WORDS.search(outside)
    return (lambda span: (view if not span.reported and not span.frame
                          and any(a <= span.start < b for a, b in stretches) else None)), (view if whole else None)


#: A word outside the supporter's stretches of an answer: the person's own words are in it too.
_WORDS = re.compile(r"\w")


#: A list item's marker, and the typist's own voice opening what it says before a dash or comma ("I'm not sleeping -",
#: "Dw i ddim yn cysgu -").
_ITEM_MARK = re.compile(r"[ \t]*(?:[-\u2022*\u00b7\u2013]|\(?\d{1,2}[.)])[ \t]+")
_OWN_LEAD = re.compile(r"^(?:i|i['’]m|im|i['’]ve|dw\s+i|dwi|dwi['’]n|fi|fi['’]n|wi|wi['’]n|sai|rydw\s+i)\b.*"
                       r"(?:\s[-\u2013\u2014]|[,;:])\s*$", re.IGNORECASE)


def _with_own_lead(text: str, outcome: OutcomeSpan, own_lines: list[tuple[int, int]]) -> OutcomeSpan:
    """An outcome in the carer's own part of a note, with what the carer says of themselves just before it in the same
    item ("I'm not sleeping - | he needs turning twice a night."): one need of theirs (eleventh trial AG10: "I'm not
    sleeping" was lost, and the rest filed under the person)."""
    for a, b in own_lines:
        if a <= outcome.start and outcome.end <= b and not outcome.frame:
            mark = _ITEM_MARK.match(text, a, b)
            words = mark.end() if mark else a
            if words < outcome.start and _OWN_LEAD.match(text[words:outcome.start]):
                return replace(outcome, text=text[words:outcome.end], start=words, reported=False)
            return replace(outcome, reported=False)
    return outcome


#: Only joining words between two wishes of one list ("…at home and keep going to chapel, and see her sister more").
#: (Was `_LIST_JOIN`, shadowed by the list piece's own `_LIST_JOIN` below, so ", seeing the grandchildren" never went on
#: from a wish: AZ14, stop 46 trial.)
_LIST_JOIN_BETWEEN = re.compile(r"^[\s,;&+/]*(?:(?:and|also|or|plus|a|ac|hefyd|neu|efo|and\s+also)\b[\s,]*)?$",
                                re.IGNORECASE)
#: A list of what the person loves or what matters to them, told by the carer: "What matters to her is …", "the most
#: important thing to him is …", "She loves …", "beth sy'n bwysig iddi hi yw …", "be sy'n bwysig iddo fo ydi …",
#: "ma fe'n dwlu ar …", "mae hi wrth ei bodd gyda …" (AZ14, stop 46 trial: "What matters to her is being at home with
#: me and the dog, seeing the grandchildren on a Sunday, and her garden" were three keeps in the carer's view). Every
#: item is theirs, as the carer passed it on.
_THEIR_LIST_LEAD = re.compile(
    r"(?<![\w'’])(?:(?:what|the\s+(?:thing|things|main\s+thing|most\s+important\s+thing))\s+(?:that\s+)?"
    r"(?:really\s+|most\s+)?(?:matters?|is\s+important|are\s+important)\s+(?:most\s+)?to\s+"
    r"(?:her|him|them|" + _KIN_EN + r"|(?-i:[A-Z])[\w'’-]+)(?:\s+most)?\s+(?:is|are)"
    r"|(?:beth|be|y\s+peth|y\s+pethe|y\s+petha)\s+(?:sy['’]?n|sydd\s+yn|sy\s+yn)\s+(?:wir\s+)?(?:bwysig|pwysig)\s+"
    r"(?:iddi|iddo|iddyn|i\s+" + _KIN_CY + r"|i\s+(?-i:[A-Z])[\w'’-]+)(?:\s+(?:hi|fo|fe|e|o|nhw))?\s+"
    r"(?:yw|ydi|ydy|ydi['’]r|yw['’]r)"
    r")(?![\w'’])", re.IGNORECASE)


def _led_as_theirs(text: str, start: int, words: str) -> bool:
    """Whether the outcome at `start` (its quote `words`) is the first item of a list the carer tells as the person's:
    right after _THEIR_LIST_LEAD in its own sentence, with none of the carer's own opinion (AZ14). The items after
    it go on from it (`_listed_with_their_wish`)."""
    begin = max((a for a, _b in sentences(text) if a <= start), default=0)
    lead = text[begin:start].replace("’", "'")
    found = _THEIR_LIST_LEAD.search(lead)
    return bool(found is not None and not lead[found.end():].strip(" \t:,–-")
                and not (_CARERS_OPINION.search(lead) or _CARERS_OPINION.search(words) or _CARERS_WISH.search(words)))


#: The list going on in a sentence of its own: "… ma fe moyn cadw hwnna. a'r clwb bowlio nos wener gyda'i ffrindie",
#: ". And his darts." (AZ14, stop 46 trial: the "a'r …" was filed as the carer's view).
_LIST_GOES_ON = re.compile(r"^[\s.!?…]*(?:(?:and|also|plus|a['’]r|a|ac|hefyd|&|n)\s+)?$", re.IGNORECASE)
_GOES_ON_WITH = re.compile(r"^(?:and|also|plus|a['’]r|a|ac|hefyd|&|n)\s+(?!(?:i|I|me|my|fi|mi|dw|dwi|rwy|wi)\b)",
                           re.IGNORECASE)


def _listed_with_their_wish(turn: Turn, text: str, outcomes: list[tuple[int, int, str, str]]) -> set[str]:
    """Of the outcomes (start, end, quote, quote with its frame), the quotes that go on, in the same sentence, from a
    wish the carer passes on ("She wants to stay at home and keep going to chapel, and see her sister more", "mae hi
    isio aros adra a cael mynd i'r capel"): the person's wishes too, as the carer passed them on (stop-28 trial Z11:
    "keep going to chapel" was filed as the carer's own view). A piece in the carer's own voice ("…and I need a
    break") stays theirs."""
    listed: set[str] = set()
    ends = [end for _, end in sentences(text)]
    previous: tuple[int, bool] | None = None  # where the last outcome ended, and whether it was the person's wish
    carers = turn.role == "carer" or turn.whose_view in ANSWERING_FOR_THEM
    for start, end, quote, words in sorted(outcomes):
        theirs = passes_on_their_wish(turn, words)
        if not theirs and carers and _led_as_theirs(text, start, words) and not _CARERS_OWN_LIFE.search(words):
            listed.add(quote)  # "What matters to her is | being at home with me and the dog, …" (AZ14)
            theirs = True
        between = text[previous[0]:start] if previous is not None else ""
        goes_on = previous is not None and bool(
            (not any(previous[0] <= boundary < start for boundary in ends) and _LIST_JOIN_BETWEEN.match(between))
            or (_LIST_GOES_ON.match(between) and _GOES_ON_WITH.match(between.lstrip(" .!?…\n") + quote)))
        if not theirs and previous is not None and previous[1] and goes_on \
                and not (_CARERS_WISH.search(words) or _CARERS_OPINION.search(words) or _CARERS_OWN_WORDS.search(words)
                         or _CARERS_OWN_LIFE.search(words)):
            listed.add(quote)
            theirs = True
        previous = (end, theirs)
    return listed


#: Questions whose answers are kept as answers, where a wish said outright is still an outcome: "Me mam in Buckley,
#: I'd like to see her more. Stu. Tyson." (every dev reader and the fresh writer quote the wish, none the names);
#: "I worry about the bills piling up. I'd love to get back to chapel on Sundays" (stop-28 trial Z5: the worry stays
#: under Worries, the wish was in no group).
#: The question that offers "Cymraeg neu Saesneg" as an example: a language chosen there is a preference, shown in the
#: summary's language line (bot.summary.record.stated_language), never an outcome of its own.
LANGUAGE_CHOSEN_AT = frozenset({"communication"})
#: What goes well holds no outcomes but a wish said outright ("…it gets me out of the house and I want to keep doing
#: that": eleventh trial AG12, marked a maintenance outcome by the twins' writers).
WISHES_SAID_OUTRIGHT = frozenset({"people", "worries", "strengths"})
#: Of those, the questions where only a wish word makes a wish ("I'd love…", "dw i isio…"): what worries them is told
#: with verbs that look like asking ("gofyn yr un cwestiwn ugain gwaith", he asks the same question twenty times), and
#: what goes well with verbs of wishing about others ("Karen helps and she wants to keep helping").
WISH_WORDS_ONLY = frozenset({"worries", "strengths"})


#: A wish word inside "what I want", told of someone else asking ("holi beth dw i moyn e i", "asks what I want it
#: for"): no wish of theirs in what goes well.
_WHAT_I_WANT = re.compile(r"(?<![\w'’])(?:beth|be|what)\s+(?:dw\s*i|dwi|fi|wi|i)(?![\w'’])", re.IGNORECASE)


#: Answers before the questions that may hold a wish said outright: "who is talking?" ("fi, amdana fi. … dwi isio mynd
#: nol i'r pub quiz … a cadw Mot": trial 37 AP4, both lost) and "how are you connected?" ("Keeping his chapel, Bethel,
#: on Sunday mornings…": AP6, shown as the relationship). Only those wishes are outcomes; the rest is the answer.
WISHES_BEFORE_THE_QUESTIONS = frozenset({"role", "relationship"})
#: "Keeping his chapel…", "Keep my cat", "Cadw ei gapel…": a wish to keep something, said with no "I want".
_KEEPING = re.compile(r"^\W*(?:keeping|keep|cadw|cadwch)\s+(?:(?:my|his|her|their|our|fy|ei|eu|ein|y|yr|the)\b"
                      r"|(?-i:[A-Z]))", re.IGNORECASE)


#: Who is writing and for whom ("sgwennu ar ran dad.", "ffonio ar ran mam", "writing on behalf of my dad", "typing this
#: for mum", "filling it in for him"): the who-is-talking answer itself, never a wish (AY12, stop 44 trial: "dwi'n
#: ffonio... sgwennu ar ran dad. fi di ei ferch o" made a keep "sgwennu ar ran dad." under Emrys's things to keep).
_WRITING_FOR = re.compile(
    r"^\W*(?:(?:i['\u2019]?m|im|i\s+am|dw\s?i['\u2019]?n|dwi['\u2019]?n|wi['\u2019]?n|fi['\u2019]?n|just|jyst|jest|only|dim\s+ond)\s+)*"
    r"(?:sgwennu|sgwenu|ysgrifennu|sgrifennu|teipio|tecstio|ffonio|ffonio\s+ac\s+sgwennu|llenwi|siarad|atab|ateb"
    r"|writing|typing|texting|phoning|calling|ringing|filling|doing|answering|speaking|here)"
    r"(?:\s+(?:this|it|hwn|hyn|o|fo|e|fe|hwnna|in|out|y\s+ffurflen|the\s+form)){0,2}"
    r"\s+(?:ar\s+ran|on\s+behalf\s+of|for|i|dros|ar\s+gyfer|efo|with)\s+\S", re.IGNORECASE)


def wish_before_the_questions(text: str) -> bool:
    """Whether one of the outcomes of an answer before the questions is a wish said outright (its outcomes); never
    who is writing for whom (_WRITING_FOR, AY12)."""
    if _WRITING_FOR.match(plain_fold(text)):
        return False
    return bool(is_clear_wish(text) or says_a_wish(text) or _KEEPING.match(text))


def wishes_kept(key: str, analysis: Analysis, turn: Turn | None = None) -> Analysis:
    """At a question in WISHES_SAID_OUTRIGHT only the wishes said outright are outcomes ("I'd like to see her more",
    "dwi isio cario mlaen gweld hi bob mis"); the names and facts around them stay the answer. A wish about how help
    is given, said outright at any of them, is kept too ("ni moyn yr un gweithiwr cymdeithasol bob tro plis, nid un
    newydd bob tro" at what goes well, said twice and no outcome: trial 36 AM8): the sorter read it as process, with
    the whole answer in view, and "ni moyn" / "we want" is a wish as plain as "dw i isio". Before the questions
    (WISHES_BEFORE_THE_QUESTIONS) only the wishes said outright are kept.

    `turn`, when given, is who is answering: a carer's words pass on the person's wish said outright ("He really
    wants his own flat one day", "mae o wir isio'i fflat ei hun": AW7, stop 42 trial), never another helper's
    ("My sister Karen helps on Saturdays and she wants to keep helping")."""
    if key in WISHES_BEFORE_THE_QUESTIONS:
        return replace(analysis, outcomes=tuple(o for o in analysis.outcomes if wish_before_the_questions(o.text)
                                                and not asks_to_keep_from_someone(o.text)))
    if key not in WISHES_SAID_OUTRIGHT:
        return analysis
    if key in WISH_WORDS_ONLY:  # (never "please don't tell mum": that goes to the top)
        text = analysis.text
        about_the_help = _ABOUT_THE_HELP.search(plain_fold(text)) is not None
        for_them = turn is not None and (turn.role == "carer" or turn.whose_view in ANSWERING_FOR_THEM)
        return replace(analysis, outcomes=tuple(_from_the_wish(text, o, theirs=for_them) for o in analysis.outcomes
                                                if (says_a_wish(o.text) or _wish_about_the_help(o)
                                                    or (about_the_help and o.type == "process" and not o.unsure)
                                                    or (for_them and turn is not None
                                                        and _passes_on_their_wish_said(turn, text, o))
                                                    or (key == "worries" and asks_for_someone_to_help(o.text))
                                                    or asks_for_a_break(o.text)  # (AW12, stop 42 trial)
                                                    # "…bod hi byth isio mynd i gartra" at what goes well: her wish
                                                    # to stay at home, read as at the other questions (AX6, stop 44)
                                                    or refuses_a_home(o.text))
                                                and not asks_to_keep_from_someone(o.text)
                                                and not (key == "strengths" and _WHAT_I_WANT.search(o.text))))
    return replace(analysis, outcomes=tuple(o for o in analysis.outcomes if is_clear_wish(o.text)))


#: Someone to help them do a thing, with no wish word: "someone to help him learn to cook and manage bills",
#: "rhywun i'w helpu fo ddysgu coginio", "rhywun i helpu fe i ddysgu cwcan", "rhywun i helpu fi i..." (AW7, stop 42
#: trial: at "is anything worrying you?" it made no outcome). A need asked for, not a worry told ("I worry he can't
#: cook or manage bills" stays a worry).
_SOMEONE_TO_HELP = re.compile(
    r"^\W*(?:(?:and|also|just|maybe|plus|but|a|ac|hefyd|jyst|jest|ella|falle|efallai|ond)\s+)*"
    r"(?:someone|somebody|some1|sum1|rhywun|rywun)\s+(?:"
    r"(?:to|2)\s+help\s+(?:him|her|me|them|us|mum|dad|mam|nan)\s+(?:to\s+)?(?=\w)"
    r"|i['\u2019](?:w|n|m)\s+helpu(?:\s+(?:o|fo|hi|e|fe|i|ni))?\s+(?:i\s+)?(?=\w)"
    r"|i\s+helpu\s+(?:fi|mi|fe|fo|hi|e|o|ni|nhw|mam|dad|nain|mamgu|mam-gu)\s+(?:i\s+)?(?=\w))", re.IGNORECASE)


def asks_for_someone_to_help(text: str) -> bool:
    """Whether the words ask for someone to help them, or the one they look after, do a thing (_SOMEONE_TO_HELP)."""
    return _SOMEONE_TO_HELP.match(text) is not None


#: Another helper, named before a wish a carer tells of ("My sister Karen helps on Saturdays and she wants to keep
#: helping", "Mae fy chwaer Karen yn helpu ... a mae hi isio dal i helpu"): the wish is that helper's, not the person's.
_ANOTHER_HELPER = re.compile(
    r"(?<![\w'\u2019])(?:sister|brother|friend|neighbou?r|carers?|nurse|worker|(?-i:PA)|auntie|aunty|aunt|uncle|cousin"
    r"|chwaer|brawd|ffrind|cymydog|cymdoges|gofalwr|gofalwraig|ofalwr|ofalwraig|nyrs|gweithiwr|modryb|ewythr|anti"
    r"|yncl)(?![\w'\u2019])", re.IGNORECASE)
#: A name doing something before the wish ("Karen helps", "Siân comes", "Mae Karen yn helpu"), or any word helping
#: or coming, capital or not ("karen helps on saturdays": stop 42 review). Named verbs only: "Since his stroke he
#: really wants his own flat" names no one else.
_HELPING_VERBS = (r"helps|comes|visits|pops|calls|rings|phones|stays|sits|takes|brings|looks|does|cooks|cleans|drives"
                  r"|did|came|helped|visited|(?:yn|'n)\s+(?:helpu|dod|galw|ffonio|aros|gwneud|neud|edrych)")
_NAMED_DOING = re.compile(
    r"(?<![\w'\u2019])(?:(?:mae|ma|mi)\s+)?(?:(?-i:([A-ZÀ-ÖØ-ÞŴŶ][\w'\u2019-]{2,}))(?=\s+(?:yn|sy|has|is|was|will|can"
    rf"|{_HELPING_VERBS})\b|['\u2019](?:s|n)\b)|([^\W\d_]{{3,}})(?=\s+(?:{_HELPING_VERBS})\b))", re.IGNORECASE)
#: The south's "so" / "smo" (does not) just before a Welsh wish passed on: turned down.
_TURNED_DOWN_BEFORE = re.compile(r"(?<![\w'\u2019])s?mo\s*$|(?<![\w'\u2019])so\s*$", re.IGNORECASE)
#: Words with a capital before a verb that name no one else ("She's", "Mum's").
_NO_ONE_ELSE = frozenset({"she", "her", "his", "him", "the", "they", "mum", "mam", "dad", "nan", "nain", "taid", "gran",
                          "and", "but", "this", "that", "there", "then", "mae", "ond", "which", "what", "who", "it",
                          "hefyd", "also", "just", "jyst", "really", "rili", "still", "dal", "wir", "dwi", "rwy",
                          "roedd", "oedd", "fe", "fo", "he's", "she's", "it's"})


def _passes_on_their_wish_said(turn: Turn, text: str, outcome: OutcomeSpan) -> bool:
    """A carer passing on the person's wish said outright ("He really wants his own flat", "mae o wir isio'i fflat ei
    hun", "fysa fo'n licio": AW7, stop 42 trial): a wish, whatever question it was said at; not when someone else is
    named before it in its sentence (another helper, "my sister Karen helps … and she wants to keep helping")."""
    found = their_wish_said(outcome.text)
    if found is None:
        return False
    if text[outcome.start:outcome.end] == outcome.text:
        at = outcome.start + found.start()
        lead = text[max((a for a, _ in sentences(text) if a <= at), default=0):at]
    else:
        lead = outcome.text[:found.start()]
    if _TURNED_DOWN_BEFORE.search(lead) and found.group().lower().startswith(("fe", "fo", "hi")):
        return False  # "So fe moyn gadael…": the "so" (south: does not) left out of the quote
    person = {w.lower() for w in re.findall(r"[^\W\d_]+", f"{turn.slot('cared_for_name') or ''} "
                                                             f"{turn.slot('relationship') or ''}")}
    if any(m.group().lower() not in person for m in _ANOTHER_HELPER.finditer(lead)):
        return False
    return not any((m.group(1) or m.group(2)).lower() not in person | _NO_ONE_ELSE for m in _NAMED_DOING.finditer(lead))


#: Asking, in so many words, by the speaker and those with them or with a "please": "ni moyn…", "we want…", "dan ni
#: isio…", "…bob tro plis". Never what someone else wanted once ("doedd o ddim isio i fi ffonio neb", a dev answer).
_ASKED_FOR = re.compile(
    r"(?<![\w'’])(?:we\s+(?:really\s+|just\s+)?(?:want|need|would\s+like|'d\s+like)|we'd\s+(?:like|love)"
    r"|(?:ni|dan\s+ni|dyn\s+ni|'dan\s+ni|rydyn\s+ni|ryn\s+ni|y'n\s+ni)\s*(?:['’]n\s+)?(?:wir\s+|jyst\s+)?(?:moyn|mo['’]yn"
    r"|isio|isie|eisiau|angen)|hoffen\s+ni|bydden\s+ni['’]n\s+hoffi|please|plis|pls|plz|os\s+gwelwch\s+yn\s+dda)(?![\w'’])",
    re.IGNORECASE)


#: An answer that says it is about the help, or for another question: "Ynglŷn â'r help - llythyron yn Gymraeg plîs…",
#: "o'n i'n ateb y cwestiwn anghywir", "about the help -", "sorry, wrong question" (trial 38 AR8: said at "is anything
#: worrying you?", it gave no outcome). Its ways of helping are outcomes there, wish words or not.
_ABOUT_THE_HELP = re.compile(
    r"(?<![\w'])(?:(?:ynglyn\s+a|ynghylch|am|o\s+ran|about|re|regarding|as\s+for)\s+(?:y|'r|yr|the)\s*"
    r"(?:help|cymorth|gefnogaeth|cefnogaeth|support)(?:\s*[-:,\u2013\u2014]|\s+(?:question|cwestiwn))"
    r"|(?:cwestiwn|question)\s+(?:anghywir|rong|wrong|arall|other)|(?:wrong|other|last|previous)\s+question)(?![\w'])",
    re.IGNORECASE)


#: How to talk with them, told to whoever comes: "talk normal not like a teacher", "speak slowly", "don't talk down to
#: me", "siaradwch yn normal", "paid siarad efo fi fel athro" (trial 39 AT6: at "is anything worrying you?" it was
#: kept as a worry, no outcome). An instruction of its own, no "please" needed.
_HOW_TO_TALK_TO_ME = re.compile(
    r"^\W*(?:(?:just|jyst|and|a|ac|ond|but)\s+)?(?:(?:please|plis|pls|plz)\s+)?(?:(?:don'?t|dont|do\s+not|never|paid|peidiwch)"
    r"\s+(?:(?:a|â|ag)\s+)?)?(?:talk|speak|treat|explain|listen|siarada?|siaradwch|sgwrsia|sgwrsiwch|trin|triniwch"
    r"|esbonia|esboniwch|egluro|eglurwch|gwranda|gwrandewch)(?![\w'])", re.IGNORECASE)


def _wish_about_the_help(outcome: OutcomeSpan) -> bool:
    """A wish about how help is given, asked for outright ("the same worker each time please", "ni moyn yr un
    gweithiwr bob tro plis", "llythyron yn Gymraeg plîs") or told as how to talk with them ("talk normal not like a
    teacher"): kept at whichever question it was said (what goes well, what worries them)."""
    return (outcome.type == "process" and is_clear_wish(outcome.text)
            and ((not outcome.unsure and (says_a_wish(outcome.text)
                                          or _ASKED_FOR.search(plain_fold(outcome.text)) is not None))
                 or _HOW_TO_TALK_TO_ME.match(plain_fold(outcome.text)) is not None))


def _from_the_wish(text: str, outcome: OutcomeSpan, theirs: bool = False) -> OutcomeSpan:
    """A wish quoted from the sentence that says it, without the worry told before it ("I worry about the money,
    everything's gone up. I'd love to get back to Zumba if I could afford it": the wish is the second sentence).
    `theirs`: a carer's answer, where the person's wish passed on is a wish too (says_a_wish)."""
    if text[outcome.start:outcome.end] != outcome.text:
        return outcome
    ends = [start for start, _ in sentences(text) if outcome.start < start < outcome.end]
    if ends and points_back(text[ends[-1]:outcome.end]):
        return outcome  # "He loves his garden. I want him to keep doing that.": the wish is about the garden
    for start, _ in sentences(text):
        if start >= outcome.end:
            break
        if outcome.start < start and not says_a_wish(text[outcome.start:start], theirs=theirs):
            return replace(outcome, start=start, text=text[start:outcome.end])
    return outcome


def _clearly_in(text: str, chosen: str | None) -> str | None:
    """The other language when one message is clearly written in it (sure, long enough, and hardly any words of the
    language in use); None otherwise. A one-word or mixed reply ("ok", "Yes, diolch") never is: the analysis
    returns "und" or low confidence for those."""
    guess = detect_language(text)
    if (
        guess.language in ("cy", "en")
        and guess.language != chosen
        and guess.confidence >= FOLLOW_LANGUAGE_CONFIDENCE
        and sum(1 for word in text.split() if re.search(r"[^\W\d_]", word)) >= FOLLOW_LANGUAGE_MIN_WORDS
        and (chosen is None or share_of_words(text, chosen) < KEEP_LANGUAGE_SHARE)
    ):
        return guess.language
    return None


def follow_language(turn: Turn, text: str) -> dict[str, Any]:
    """Follow the person into the other language when they have clearly switched to it.

    The language in use was chosen (a button, words, or an earlier switch), so one message is never enough: the
    message before this one must be clearly in the same other language too (stop-28 trial Y4: a Welsh speaker who
    chose Cymraeg and mixes English into her Welsh text-speak was flipped to English and back four times, once by
    "dunno. jus dont talk down to me"). Words asking for the other language switch at once (bot.conversation.steering
    .switch_language), and a learner who said they would mix is never followed.
    """
    other = _clearly_in(text, turn.language)
    if other is None:
        return {}
    earlier = turn.earlier_messages()
    if turn.language is not None and (
        not earlier or _clearly_in(earlier[-1], turn.language) != other
        # (read only when about to follow: every earlier message) a learner who chose Welsh to practise, and said
        # they would slip into English, is never followed (stop-23 trial W19)
        or any(says_they_will_mix(m) for m in (*earlier, text))
    ):
        return {}
    turn.set("language", other)
    repository.update_conversation(turn.sender_id, language=other)
    turn.say("language_followed")
    return {"language": other}


#: The question key of something added to an earlier answer while another question waits ("O a hefyd anghofis i
#: ddeud - mae o isio gallu mynd i'r capel eto"): its outcomes are kept, as an addition at the read-back's are.
ADDED_LATER_KEY = "added_later"
#: A day or a time of day, in one or two words ("Tuesday", "dydd Gwener", "bore Iau", "10am"): what a short
#: correction at "when is the best time to visit?" puts right.
_WHEN = (r"(?:(?:dydd|ddydd|bore|pnawn|prynhawn|nos|fore|y)\s+){0,2}"
         r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\w*|llun|mawrth|fawrth|mercher|fercher|iau|gwener|wener|sadwrn"
         r"|sul|bore|pnawn|prynhawn|mornings?|afternoons?|evenings?|\d{1,2}(?::\d\d)?\s*(?:am|pm|yb|yh)?)"
         r"(?:\s+(?:mornings?|afternoons?|evenings?|am|pm))?")
#: A message that opens by saying it adds to something said before: "O a hefyd anghofis i ddeud -", "sori un peth
#: arall,", "oh and I forgot to say", "one more thing:" (stop-25 trial U5: taken as the answer to "what's going
#: well?", her real answer then filed under the next question, and a second one under "worries").
_ONE_MORE_THING = (
    # (after "go back -", "mynd nôl -": ninth trial AC11, "go back - I forgot to say my daughter Ffion helps on weekends
    # too" was kept as her answer to "what would you like to keep?")
    r"^\W*(?:(?:can\s+(?:i|we)\s+|could\s+(?:i|we)\s+|ga\s+i\s+|gawn\s+ni\s+)?(?:go\s+back|(?:mynd|fynd)\s+(?:yn\s+)?(?:[oô]l|n[oô]l|'n[oô]l))"
    r"(?:\s+(?:a\s+(?:bit|sec|second|question|step)|plis|please|pls))?[\s,.!:;?–—-]+)?"
    r"(?:(?:o|oh|a|ac|and|sori|sorry|hefyd|also|btw|ah|um|o\s+ie|o\s+ia)[\s,.!-]+){0,3}"
    r"(?:anghofi\w*\s+(?:i\s+|fi\s+)?(?:dd?eud|dd?weud|weud|sôn|son|s[oô]n\s+am)"
    r"|(?:un|1)\s+peth\s+(?:arall|bach\s+arall)|peth\s+arall\s+(?:hefyd|anghofi\w*)"
    r"|i\s+(?:forgot|forget)\s+to\s+(?:say|mention|tell\s+you|add)|(?:one|1)\s+(?:more|other|last)\s+thing"
    r"|before\s+i\s+forget|something\s+i\s+forgot)\b")
_PUT_RIGHT = (
    # "sorry I meant …", "sori, o'n i'n feddwl: …", "o na sori, be o'n i'n feddwl oedd …" (stop 26, the fuzzing player:
    # a correction of the last answer was kept as the answer to the next question, and that question was never asked)
    r"^\W*(?:(?:o|oh|oops|wps|o\s+na|oh\s+no)[\s,.!-]+)?(?:sori|sorry|soz|sry)[\s,.!-]+(?:(?:i\s+)?meant\b"
    r"|what\s+i\s+meant(?:\s+(?:was|is))?\b|i\s+mean\b|not\s+that\b"
    r"|(?:be|beth)?\s*(?:o'?n|oeddwn|on)\s+i'?n\s+(?:ei\s+)?[fm]eddwl(?:\s+oedd)?\b"
    r"|dim\s+(?:hynna|hwnna|hynny)\b)"
    r"|^\W*(?:what\s+i\s+meant\s+(?:was|is)|i\s+meant\s+to\s+say)\b"
    # A short correction of a day or a time, "o'n i'n feddwl" at its end or "X not Y" (stop 27, the fuzzing player at
    # "when is the best time to visit?": "sori, dydd Mawrth o'n i'n feddwl", "oops sorry, Friday not Thursday", "o
    # sori, dydd Gwener dim dydd Iau" were kept as the answer to the next question)
    r"|^\W*(?:(?:o|oh|oops|wps)[\s,.!-]+)?(?:sori|sorry|soz|sry)[\s,.!-]+(?:[^\s.!?]+\s+){1,5}"
    r"(?:o['’]?n|oeddwn)\s+i['’]?n\s+(?:ei\s+)?[fm]eddwl\W*$"
    rf"|^\W*(?:(?:o|oh|oops|wps)[\s,.!-]+)?(?:sori|sorry|soz|sry)[\s,.!-]+{_WHEN}\s*,?\s+"
    rf"(?:not|dim|nid|ddim|nage|instead\s+of)\s+{_WHEN}\W*$"
    # "X, not his / hers": who it was put right, in a short "sorry" (stop 43, AX12: "sorry Welsh is my first not his,
    # he learnt it", two seconds after "he's English first language mind", was taken as the worries answer); never
    # "sorry he's not his usual self" (a word after the "his") nor "sorry I'm not me." (no "me" there)
    r"|^\W*(?:(?:o|oh|oops|wps)[\s,.!-]+)?(?:sori|sorry|soz|sry)[\s,.!-]+(?:[^\s.!?]+\s+){1,8}"
    r"(?:not|nid|dim|ddim|nage|nace)\s+(?:his|hers|him|her|theirs|them|mine|fe|fo|fi|hi|nhw|e|o)"
    r"(?=\s*(?:[,.;:!?-]|$))")
#: A message that opens by changing what they said before, then the new words (trial 40 AU8: "ma isio newid be ddeudis i
#: gynna - ma'r ffitia yn 3 neu 4 yr wsnos rwan nid 2 neu 3" became a new thing to change, the fits' new count apart
#: from the answer it puts right): "I need to change what I said before, it's 3 or 4 fits a week", "dwi isio newid be
#: ddudes i: …", "fi moyn newid beth wedes i gynne, …". Never "I want to change my job" (no "what I said").
_CHANGES_WHAT_WAS_SAID = (
    r"^\W*(?:(?:o|oh|sori|sorry|soz|ok|okay|right|reit|wel|well|um|ym)[\s,.!-]+){0,2}"
    r"(?:(?:i|i'?ll|dw\s+i|dwi|wi|fi|ma|mae|rhaid\s+i\s+(?:fi|mi)|raid\s+i\s+fi|can\s+i|could\s+i|ga\s+i|alla\s+i)\s+)?"
    r"(?:(?:need|want|have|has|got|must|ve\s+got|'ve\s+got)\s+(?:to\s+)?|(?:isio|eisiau|angen|moyn|gorfod|wanna|gotta)\s+)?"
    r"(?:change|correct|fix|update|newid|cywiro)\s+(?:what\s+i\s+(?:said|wrote|put|typed|told\s+you)|something\s+i\s+said"
    r"|(?:be|beth)\s+(?:dd?eudis|dd?udis|dd?eudes|dd?udes|wedes|wedais|ddwedes|ddwedais|ddywedais|sgwennis|sgwennes|nes\s+i"
    r"\s+dd?eud)(?:\s+i)?)"
    r"(?:\s+(?:before|earlier|just\s+now|a\s+(?:bit|minute|min|while)\s+ago|at\s+the\s+start|first|gynna|gynne|gynt|cynt"
    r"|yn\s+gynt|o['’]?r\s+blaen|ar\s+y\s+dechr(?:a|au|e)|am\s+(?:y|yr)\s+\w+|about\s+(?:the\s+)?\w+))?"
    r"\s*[-–—:,;.]+(?=\s*\w)")
_CORRECTS_WHAT_WAS_SAID = re.compile(_CHANGES_WHAT_WAS_SAID, re.IGNORECASE)
#: A reply to a question asked before, sent once a later one is waiting (stop 33, the fuzzing player: "o ran y cwestiwn
#: cynt, a Pat fy ffrind hefyd" was kept as the answer to the question waiting, which was never answered, and "going
#: back to your earlier question, …" was set aside as a wish to go back, its words kept with no outcome): "going back to
#: your earlier question", "re what you asked before", "about the question before", "o ran y cwestiwn cynt", "mynd nôl
#: at be ofynnoch chi gynt", "am y cwestiwn dwetha ond un".
_EARLIER_QUESTION = (
    r"(?:(?:your|the|that)\s+)?(?:earlier|previous|last|other|first|old)\s+(?:question|q)"
    r"|(?:the\s+)?(?:question|q)\s+(?:before|earlier|before\s+(?:that|last))"
    r"|what\s+(?:you|u)\s+asked\s+(?:me\s+)?(?:before|earlier|first|a\s+(?:minute|min|bit)\s+ago)"
    r"|(?:y\s+|'r\s+)?cwestiwn\s+(?:cynt|blaenorol|dwetha|diwethaf|cyntaf|arall|o['’]r\s+blaen)(?:\s+ond\s+un)?"
    r"|(?:be|beth)\s+(?:ofynnoch|ofynnest|ofynnaist|ofynest|ofynsoch|oeddech\s+chi['’]n\s+gofyn|o['’]t\s+ti['’]n\s+gofyn)"
    r"(?:\s+(?:chi|ti))?\s+(?:gynt|gynna|gynne|cynt|o['’]r\s+blaen)")
_BACK_TO_AN_EARLIER_QUESTION = (
    r"^\W*(?:(?:o|oh|ah|and|a|ac|sori|sorry|btw|also|hefyd|um|just|jyst)[\s,.!-]+){0,3}"
    r"(?:(?:going|go|coming|mynd|dod|yn)\s+)?(?:back\s+to|(?:yn\s+)?(?:[oô]l|n[oô]l|'n[oô]l)\s+(?:at|i)|re:?|about|regarding"
    r"|as\s+for|on|for|o\s+ran|ynglŷn\s+(?:â|a|ag)|ynglyn\s+(?:â|a|ag)|am)\s+(?:" + _EARLIER_QUESTION + r")\b")
_ADDS_TO_EARLIER = re.compile(_ONE_MORE_THING + "|" + _PUT_RIGHT + "|" + _BACK_TO_AN_EARLIER_QUESTION + "|"
                              + _CHANGES_WHAT_WAS_SAID, re.IGNORECASE)
_ANSWERS_AN_EARLIER_QUESTION = re.compile(_BACK_TO_AN_EARLIER_QUESTION, re.IGNORECASE)
#: At "is there anything else?" "One more thing.", "oh I forgot to say", "un peth arall" begin its answer (fresh5 469:
#: "One more thing. When my time comes I wish to die here, in my own bed…" was added to an earlier answer and "anything
#: else?" asked again): there, only a correction ("sorry I meant …", "Friday not Thursday") adds to an earlier answer.
_PUTS_RIGHT = re.compile(_PUT_RIGHT + "|" + _CHANGES_WHAT_WAS_SAID, re.IGNORECASE)


#: A message that carries on the answer just given (seventh trial AA9: "sorry pressed send too soon!! and our daughter
#: Ceri comes on Tuesdays…" was filed as the answer to the next question, which was then never asked): "pressed send
#: too soon", "sent that too early", "wasn't finished", "sori, heb orffen", "o'n i heb orffen", "wi heb bennu", or an
#: opening "also", "oh and", "and also", "o a", "a hefyd", "hefyd," (a bare "hefyd mae o…" opens an answer, stop 25).
#: Never "A proper night's sleep" (an article).
_ALSO = r"(?:and\s+)?also\b|(?:oh|o|ah)[\s,.!]+(?:and|a|ac)\b|(?:a|ac)\s+hefyd\b|hefyd\s*[,:-]|and\s+another\s+thing\b"
#: The question where "also" opens the answer itself.
ANYTHING_ELSE = "q_anything_else"
#: How those open: "sorry", "oops", "o", "wps" (up to three).
_SORRY_FIRST = r"^\W*(?:(?:sorry|sori|soz|sry|oops|wps|o|oh|ah|argh|doh)[\s,.!-]+){0,3}"
#: Saying in words that the answer before was sent before it was done ("pressed send too soon", "heb orffen").
_SENT_UNFINISHED = (
    r"(?:i\s+|fi\s+|nes\s+i\s+|wnes\s+i\s+)?(?:pressed|hit|clicked|tapped|sent|send|pwyso|bwyso|pwysais|pwyses|gyrru|yrru"
    r"|anfon|hala)\s+(?:send\s+|enter\s+|anfon\s+|it\s+|that\s+|this\s+|o\s+|e\s+|fe\s+|fo\s+|hwnna\s+)*"
    r"(?:too\s+(?:soon|early|quick(?:ly)?)|by\s+(?:mistake|accident)|before\s+i\s+(?:finished|was\s+(?:done|finished))"
    r"|(?:yn\s+)?rhy\s+(?:fuan|gynnar|gloi|gyflym)|(?:cyn|before)\s+(?:gorffen|i\s+fi\s+orffen|imi\s+orffen))"
    r"|(?:i\s+)?(?:wasn'?t|was\s+not|hadn'?t|had\s+not|haven'?t|have\s+not|not)\s+(?:quite\s+)?(?:finished|done)\b"
    r"|(?:o['’]?n\s+i\s+|dwi\s+|dw\s+i\s+|wi\s+|fi\s+)?(?:heb|ddim\s+wedi)\s+(?:orffen|gorffen|bennu|cwpla|gwpla|ddarfod)")
_CONTINUES = re.compile(_SORRY_FIRST + r"(?:" + _SENT_UNFINISHED + r"|" + _ALSO + r")", re.IGNORECASE)
#: AY6 (stop 44 trial): only these words say so whatever the timing; "also…", "and…" are read from their shape.
_SAYS_SENT_UNFINISHED = re.compile(_SORRY_FIRST + r"(?:" + _SENT_UNFINISHED + r")", re.IGNORECASE)
#: Where "anything else?" waits, "also…" is how its answer begins: only "pressed send too soon" carries on there.
_ALSO_ONLY = re.compile(_SORRY_FIRST + r"(?:" + _ALSO + r")", re.IGNORECASE)


def continues_the_last_answer(text: str, slot: str = "") -> bool:
    """Whether a message opens by carrying on the answer just given rather than answering the question waiting
    (`slot`: at "anything else?", only a message sent too soon does)."""
    if slot == ANYTHING_ELSE and _ALSO_ONLY.search(text):
        return False
    return bool(_CONTINUES.search(text))


#: A short message that opens with "and", "but", "ond", "ac", "a'r" (never "an", an article; nor a bare "hefyd",
#: which opens an answer: stop 25) (trial 37 AP5: a young man with a learning
#: disability sent "i wont to go bowlin wiv my frends", then "and see my mum more", and it was kept as what was going
#: well). Longer, it is more likely an answer of its own.
_JOINED_ON = re.compile(
    r"^\W*(?:and|but|also|n|ond|ac|a(?=['’](?:r|i|n|u)\b)|a(?=\s+(?:fy|'y|mam|dad|nain|taid|ffrind)\b))"
    r"(?![\w])(?!\s+(?:i\s+)?(?:forgot|anghofi))", re.IGNORECASE)
#: In Welsh, "a" opens a fragment before any word ("a gweld mam yn amlach"), but for "a dweud y gwir", "a bod yn
#: onest" and a question ("a oes…?"); in English it is an article ("A proper night's sleep").
_WELSH_A = re.compile(r"^\W*a\s+(?!(?:dweud\s+y\s+gwir|bod\s+yn\s+onest|oes|ydy|ydi|ydych|wyt|fydd|fyddai|allwch"
                      r"|alla|ga|gaf|wnewch|wnei|pha|phwy)\b)[^\W\d_]", re.IGNORECASE)
JOINED_ON_WORDS = 12
#: A fragment that points back at someone or somewhere in the answer just before: "she lives in burry port" after
#: "and see my mum more", "i like it there" after "…at the charity shop" (AP5).
_SOMEONE_BEFORE = re.compile(
    r"(?<![\w'’])(?:mum|mam|mom|mother|dad|father|tad|nan|nain|gran|granny|taid|grandad|sister|brother|chwaer|brawd"
    r"|friends?|frends?|ffrind\w*|mates?|wife|husband|gwraig|gŵr|partner|boyfriend|girlfriend|cariad|son|daughter"
    r"|mab|merch|auntie|anti|uncle|yncl|neighbour|cymydog|carer|teacher|athro|athrawes)(?![\w'’])", re.IGNORECASE)
#: Where they live or work, said of "she" / "he" ("she lives in burry port", "mae hi'n byw ym Mhorth Tywyn"): about
#: someone just named; never "she comes every day and helps me", an answer of its own.
_THEY_LIVE = re.compile(
    r"^\W*(?:(?:she|he|they)\s+(?:lives|lived|live|works|worked|work|stays|is\s+from|comes\s+from)"
    r"|(?:mae|ma|mai)\s+(?:hi|o|fo|fe|e|nhw)\s*(?:['’]n|\s+yn)\s+(?:byw|gweithio|aros|dod\s+o))(?![\w'’])",
    re.IGNORECASE)
#: Liking it there ("i like it there", "dw i'n licio fe yno"): the place named in the answer just before.
_LIKES_IT_THERE = re.compile(
    r"(?<![\w'’])(?:like|love|enjoy|liked|loved|enjoyed|hoffi|licio|lico|caru|dwlu\s+ar|mwynhau)\s+(?:it|fe|e|o|fo)\s+"
    r"(?:there|yno|fan\s*['’]?na|fanna)\W*$", re.IGNORECASE)
POINTS_BACK_WORDS = 8
#: A piece of a burst that only carries on the answer before (trial 39 AT9: a young person's "i like football" /
#: "like" / "with my mates", "I want a job" / "with trains", "efo fy ffrindia": each filed at the next question): it
#: opens with a preposition, a joining word or a filler, or is only a tag ("innit", "like", "lol"), with no verb of its
#: own (outcomes.has_a_verb).
_CARRIES_ON = re.compile(
    r"^\W*(?:with|wiv|for|at|in|on|to|about|like|or|plus|efo|hefo|gyda|gyda['’]r|efo['’]r|'da|da|i['’]r|fel|neu|am"
    r"|ar|yn\s+y|yn\s+yr|ym|yng)(?![\w'’])", re.IGNORECASE)
_ONLY_TAGS = re.compile(r"^\W*(?:(?:like|innit|init|lol|lmao|tho|though|n\s+that|and\s+that|an\s+all|as\s+well|too"
                        r"|'?fyd|hefyd|ynde|de|sti|yeah|ye|ya|aye)\W*)+$", re.IGNORECASE)
#: Said of someone just named, in a few words ("shes old innit" after "my nan", "mae hi'n hen"): about them.
_SAID_OF_THEM = re.compile(
    r"^\W*(?:(?:she|he)(?:['’]?s|\s+is)\s+[^\W\d_]+|(?:mae|ma)\s+(?:hi|o|fo|e|fe)\s*(?:['’]n|\s+yn)\s+[^\W\d_]+)"
    r"(?:\s+(?:innit|init|like|lol|tho|tbf|sti|de|ynde))?\W*$", re.IGNORECASE)
CARRIES_ON_WORDS = 5
#: A piece that only qualifies the answer before (the eighteenth trial's AU7: a young person's "someone to talk to",
#: then "1 to 1.", then "NOT a group", each filed at the next question): how the help is given, one to one ("1 to 1",
#: "one-to-one", "un i un"); the alternative they do not want, negated with no verb ("NOT a group", "not in a class",
#: "nid grŵp", "dim mewn grŵp"); or only emphasis ("for real", "o ddifri", "go iawn").
_QUALIFIES = re.compile(
    r"^\W*(?:(?P<one_to_one>(?:1|one|un)[\s-]*(?:to|2|i|[:-])[\s-]*(?:1|one|un)|121|for\s+real|fr|seriously|srsly"
    r"|o\s+ddifri|go\s+iawn)"
    r"|(?:not|nid|ddim|dim)\s+(?:(?:in|at|as|mewn|yn|efo|gyda|fel)\s+)?(?:(?:a|an|the|y|yr)\s+)?"
    r"(?!(?:lot|bit|clue|thing|problem|problems|worries|much|really|rili|yet|now|all|byd|llawer|eto|diolch|syniad"
    r"|ots|nawr|rwan|rŵan|gwbl|sure|siwr|siŵr|bad|too|very|always|often|sometimes|weithiau|weithie|bob|every"
    r"|today|tonight|heddiw|heno|me|fi|mine)(?![\w'’]))[^\W\d_][\w'’-]*)"
    r"(?:\s+(?:only|pls|please|plis|tho|though|lol|innit|de|sti|ok|okay))?[\W_]*$", re.IGNORECASE)


def only_qualifies(text: str, *, negated_too: bool = True) -> bool:
    """A piece of a burst that only qualifies the answer kept before it ("1 to 1.", "NOT a group", "for real"): it joins
    that answer. A negated time ("not mornings") is when not to come, never a qualifier; `negated_too`: False where
    the question waiting is answered by a phrase, where "not text" is how to get in touch (only "1 to 1" or emphasis
    joins there)."""
    if word_count(text) > CARRIES_ON_WORDS or says_when(text):
        return False
    found = _QUALIFIES.match(text)
    return found is not None and (negated_too or found.group("one_to_one") is not None)


#: A piece that says what the answer before meant by setting it against another reading: "like the looking after
#: stuff not like that", "fel y stwff edrych ar ol, dim fel 'na" (BA9, stop 46 trial: Ffion's, 1.5 s after her
#: "sometimes i feel like i cant do this anymore", stood as a thing to keep).
_NOT_LIKE_THAT_AFTER = re.compile(
    r"(?<![\w'’])(?:not|nt|nid|dim|ddim|nage)\s+(?:like\s+(?:that|dat|this)|fel\s*(?:['’]?\s*na|hynna|hynny|['’]ny))"
    r"(?:\s+(?:lol|tho|though|haha|x+|de|sti|ynde|like))*\W*$", re.IGNORECASE)


def says_what_the_answer_meant(text: str) -> bool:
    """A piece of a burst that only says what the answer before meant ("i just mean like a break", "like the looking
    after stuff not like that"): kept with it, never an outcome of its own (BA9)."""
    return says_what_they_meant(text) or _NOT_LIKE_THAT_AFTER.search(text) is not None


def only_carries_on(text: str) -> bool:
    """A short piece with nothing of its own: a tag ("innit", "lol"), a qualifier (`only_qualifies`), or words that
    open with a preposition or a joining word and have no verb ("with trains", "efo fy ffrindia"). Kept with the
    answer before, it makes no outcome of its own (trial 39 AT9: "like" and "with trains" were each an outcome)."""
    return word_count(text) <= CARRIES_ON_WORDS and bool(
        _ONLY_TAGS.match(text) or only_qualifies(text) or (_CARRIES_ON.search(text) and not has_a_verb(text)))


def joins_on(text: str, before: str | None, *, someone_else_asked_about: bool = False, welsh: bool = False,
             a_phrase_answers: bool = False) -> bool:
    """Whether a short message is a fragment of the answer kept just before (`before`): it opens with "and" / "but" /
    "ond" / "a'r", or it points back at someone or somewhere named there ("she lives in burry port", "i like it
    there"). A pronoun is read so only where the questions are about the speaker's own life
    (`someone_else_asked_about`: a carer's "she" is the person cared for, and answers the question); `welsh`: the
    conversation's language, where "a" is "and"; `a_phrase_answers`: the question waiting is answered by a phrase that
    opens with a preposition ("ar ôl ysgol", "in the morning", "by text"), so only a tag carries on there."""
    words = word_count(text)
    if before is None or not words:
        return False
    if words <= JOINED_ON_WORDS and (_JOINED_ON.search(text) or (welsh and _WELSH_A.search(text))):
        return True
    if only_carries_on(text) and not (a_phrase_answers and not (
            _ONLY_TAGS.match(text) or only_qualifies(text, negated_too=False))):
        return True
    if words > POINTS_BACK_WORDS:
        return False
    if not someone_else_asked_about and (_THEY_LIVE.search(text) or _SAID_OF_THEM.match(text)) \
            and _SOMEONE_BEFORE.search(before):
        return True
    return bool(_LIKES_IT_THERE.search(text))


def _kept_in_a_row(turn: Turn) -> int:
    """How many of the last things kept carried on the answer before them (never more than a short burst)."""
    kept = repository.answer_texts(turn.sender_id)
    someone_else = turn.slot("cared_for_name") is not None
    run = 0
    while len(kept) >= run + 2 and (continues_the_last_answer(kept[-1 - run]) or joins_on(
            kept[-1 - run], kept[-2 - run], someone_else_asked_about=someone_else, welsh=turn.language == "cy")):
        run += 1
    return run


#: A burst of this many fragments after an answer is kept with it; the next message answers the question waiting.
FRAGMENTS_IN_A_ROW = 2


def _carried_on_just_before(turn: Turn, text: str) -> bool:
    """Whether the last things kept already carried on an answer, as many as a burst holds: the next is the answer to
    the question waiting (never a loop of "back to this question"). Words that only point back at a place just named
    ("i like it there" after "she lives in burry port": re-trial 37 AP5, taken as what was going well) have nothing
    of their own to answer with, so the burst holds one more of them."""
    more = 1 if word_count(text) <= POINTS_BACK_WORDS and _LIKES_IT_THERE.search(text) else 0
    return _kept_in_a_row(turn) >= FRAGMENTS_IN_A_ROW + more


def _sent_again(turn: Turn, text: str) -> bool:
    """The words just kept with the last answer, sent again right after "added to what you said" and the question:
    meant for the question waiting now, never one more fragment (seventh trial AA9; fix37c's bursts of two)."""
    kept = repository.answer_texts(turn.sender_id)
    return bool(kept) and kept[-1].strip() == text.strip()


def _a_fragment_of_the_last_answer(turn: Turn, slot: str, text: str) -> bool:
    """Whether a short message joins on to the last answer to a question of the form (joins_on); never at "anything
    else?", where "and…" opens its answer."""
    if slot == ANYTHING_ELSE or word_count(text) > max(JOINED_ON_WORDS, POINTS_BACK_WORDS):
        return False  # (no fragment is this long: joins_on would say no; the stored answer is not read for it)
    last = repository.last_answer_kept(turn.sender_id)
    slots = {question_key(s) for s in questions.question_slots()}
    if last is None or last.question_key not in slots:
        return False
    return joins_on(text, last.text, someone_else_asked_about=turn.slot("cared_for_name") is not None,
                    welsh=turn.language == "cy", a_phrase_answers=slot in _ANSWERED_BY_A_PHRASE or says_when(text))


#: AX17 / AW16 (stop 44 trial): Cai (14, Telegram) sent "osian yw brawd fi, ma autism da fe, ma fe'n 9" a second or
#: two after his answer, and it was kept as his answer to "Beth sy'n mynd yn dda…?", which he had not read. Two ways a
#: message can be too soon to answer the question waiting:
#: - it ARRIVED before the question was even sent (it waited behind the message before it): always;
#: - it arrived sooner after the question than a person could take the question in and type these words, when the
#:   typing window is on (`Turn.typing_window`, settings `BURST_TYPING_WINDOW`: on for people, off for scripted
#:   clients, which answer within milliseconds of the reply). Generous to fast typists, so that only a message that
#:   cannot be an answer to the question is read so:
#:   - a floor for taking the question in: adults read silently at about 238 words a minute (most 175-300;
#:     Brysbaert 2019, "How many words do we read per minute?", J. Memory and Language 109, 104047), so a question of
#:     8-12 words takes 2-3 s; one second is well under a quick skim of it;
#:   - a tenth of a second per character typed, 10 characters (about 2 words) a second, 120 words a minute: the
#:     average on a phone is 36.2 words a minute (Palin et al. 2019, "How do People Type on Mobile Devices?",
#:     MobileHCI '19); three times that is faster than all but a very few.
#:   So Cai's 45 characters need 5.5 s after the question was sent; a second or two is too soon.
#: "Before the question was sent" compares two clocks: the channel's arrival stamp (bot.channels) and the stamp Rasa
#: puts on the BotUttered event. Both are taken in the Rasa process that handles the chat, so they share a clock; with
#: several Rasa servers (tests/scale) they are two hosts' clocks, which NTP keeps within a few milliseconds. So a
#: message only counts as having arrived before the question when it is more than 10 ms ahead of it: a skewed clock
#: never joins a quick answer to the answer before (stop 44's review). Not more: through the web chat a real burst can
#: reach Rasa only a few hundredths of a second before the answer before it is done (the web app forwards one message
#: of a browser's at a time; tests/telegram/test_burst_e2e_stop44.py failed at a tenth of a second).
ARRIVED_BEFORE_THE_QUESTION = -0.01
READ_THE_QUESTION_SECONDS = 1.0
TYPING_SECONDS_PER_CHARACTER = 0.1


def arrived_too_soon(text: str, seconds_since_asked: float | None, typing_window: bool) -> bool:
    """Whether a message came too soon after the question waiting to be an answer to it: before the question was sent,
    or (`typing_window`) sooner than anyone could read it and type these words. No timing known (None: the terminal
    client, old events): never."""
    if seconds_since_asked is None:
        return False
    if seconds_since_asked < ARRIVED_BEFORE_THE_QUESTION:
        return True
    return typing_window and seconds_since_asked < (READ_THE_QUESTION_SECONDS
                                                    + TYPING_SECONDS_PER_CHARACTER * len(text.strip()))


#: AY6 (stop 44 trial): the other side of the window. Seren, 8 s after "Pwy sy'n bwysig i ti?", sent "a'r gath lol"
#: (her Telegram burst "mam obvs" / "nain" / "a'r gath lol" reached us at once, the last first), and it was joined to
#: her worry before on its "a'r…" alone; the next two, now "before the question" asked again, followed it, and all
#: three stood under her worries with the question shown four times. Jay's "n dont ring my house, msg me on here", 20 s
#: after "How would you like people to support you?", likewise. A message that came long enough after the question for
#: a person to have read it and typed these words answers it, whatever its first word: only saying in words that the
#: answer before was sent unfinished ("pressed send too soon", "heb orffen") still joins it. What a burst does differ
#: in is the reading: a second piece is typed while the question arrives, an answer after reading it. So long enough
#: is the question read at an average adult's silent pace (238 words a minute, Brysbaert 2019, as above; its first
#: sentence, the question itself: the examples after it are skimmed) and these words typed at 60 words a minute, 5
#: characters to the word (0.2 s a character: far above the 36.2 average on a phone, Palin et al. 2019), so that a
#: quick typist's burst piece still falls short of it. Between this and `arrived_too_soon` the words decide, as before.
READING_WORDS_PER_SECOND = 238 / 60
TYPING_SECONDS_PER_CHARACTER_QUICK = 0.2


def read_and_typed_in_time(text: str, seconds_since_asked: float | None, typing_window: bool, question: str) -> bool:
    """Whether a message came long enough after the question waiting (`question`, as put) for a person to have read it
    and typed these words (AY6): then it answers that question, never joined to the answer before on its shape alone.
    Only with the typing window on (off for scripted clients, which answer within milliseconds) and the timing known."""
    if not typing_window or seconds_since_asked is None:
        return False
    first = re.split(r"(?<=[?.!])\s", question.strip(), maxsplit=1)[0]
    reading = max(READ_THE_QUESTION_SECONDS, word_count(first) / READING_WORDS_PER_SECOND)
    return seconds_since_asked >= reading + TYPING_SECONDS_PER_CHARACTER_QUICK * len(text.strip())


def _joined_by_its_words(turn: Turn, slot: str, text: str) -> bool:
    """A message that carries on the last answer by its words or shape ("also…", "and my nan", "sorry pressed send too
    soon"), unless it came long enough after the question to answer it (`read_and_typed_in_time`, AY6): then only
    "pressed send too soon" and its like say so."""
    if not (continues_the_last_answer(text, slot) or _a_fragment_of_the_last_answer(turn, slot, text)):
        return False
    return not read_and_typed_in_time(text, turn.seconds_since_asked, turn.typing_window, question_text(turn, slot)) \
        or bool(_SAYS_SENT_UNFINISHED.search(text))


def sent_too_soon(turn: Turn, text: str) -> bool:
    """A typed message that came too soon after the question waiting to answer it (`arrived_too_soon`, the typing
    window), and is no button (pressed on what was shown), control word ("stop", "alla i ddechre eto plz") nor safety
    wish: those keep their meaning whatever the timing. The one reading of a burst piece, at the questions and at the
    start steps (bot.conversation.about_you)."""
    return (arrived_too_soon(text, turn.seconds_since_asked, turn.typing_window) and not is_button_payload(text)
            and not control_of(text) and not is_safety_wish(text))


def too_soon_for_the_question(turn: Turn, text: str) -> bool:
    """A message that came too soon after the question waiting to answer it (`arrived_too_soon`), straight after an
    answer to a question of the form: more of that answer (AX17, stop 44). Never a button (pressed on what was
    shown) nor a control word ("stop", "start again", "help"), nor a safety wish ("wait i dont want my mum to see
    this", "paid dweud wrth dad am hyn plis": stop 44's review found them joined, "Thanks, I've added that", where they
    are answered with who is told): those keep their meaning whatever the timing; the safe check, consent and the
    language choice never come here (take_answer's callers and `_not_urgent`). A disclosure in such a piece is filed
    with that answer too (BA5, stop 46 trial: bot.conversation.safety.respond_to_urgent)."""
    if not sent_too_soon(turn, text):
        return False
    last = repository.last_answer_kept(turn.sender_id)
    earlier = turn.earlier_messages()
    keys = {question_key(s) for s in questions.question_slots()}
    # (the message just before was that answer: never one put aside, a question to us, a name given again)
    return last is not None and last.question_key in keys and bool(earlier) \
        and earlier[-1].strip() == last.text.strip()


#: Start questions whose answers are kept as words (a disclosure said there is kept with its question, as at any other;
#: a piece typed on the heels of one is more of it: BB8).
ANSWERED_AT_THE_START = frozenset(("role", "name", "cared_for_name", "relationship"))


def _start_answer_carried_on(turn: Turn, slot: str, text: str) -> str | None:
    """The start question (who is talking, a name, who they look after, how they are connected) whose answer this
    message carries on, when it came too soon to answer the question of the form now waiting (`sent_too_soon`, the
    typing window) straight after that answer, says no wish of its own and nothing urgent; else None.

    Stop 48, BB8 (trial 47): a carer's "its mum, Carol" then, a moment later, "she's 84 and lives alone" (Welsh "mam,
    Carol" / "ma hi'n 84 ac yn byw ar ben ei hun"): the second was taken as the answer to "What matters most to Carol?",
    the question it had not read. `too_soon_for_the_question` reads only answers to questions of the form. A wish
    ("she wants to stay in her own home") is still the answer to the question waiting, as before; a message typed
    after reading the question always is."""
    if not slot.startswith("q_") or not sent_too_soon(turn, text):
        return None
    last = repository.last_answer_kept(turn.sender_id)
    earlier = turn.earlier_messages()
    if last is None or last.question_key not in ANSWERED_AT_THE_START or not earlier \
            or earlier[-1].strip() != last.text.strip():
        return None
    question = question_for(slot)
    if analyse(text, question=question.outcome_prior if question else None).outcomes or not _not_urgent(text):
        return None
    return last.question_key


#: Questions answered by a phrase that opens with a preposition: "ar ol ysgol", "in the mornings", "am 3", "by text",
#: "efo tecst", "yn Gymraeg" (the stop-40 mid-form set: "ar ol ysgol" to the best time to visit was kept as more of
#: the answer before, "tecst", and the question asked again).
_ANSWERED_BY_A_PHRASE = frozenset({VISIT_TIME, "q_communication"})


#: Words kept beside a flag, not as an answer to a question of the form: a reply to "are you safe?" (a take-back said
#: there: "nah ignore that im not gonna do anything stupid"), or an aside (a take-back said at a question, AX2).
_BESIDE_A_FLAG = ("safety_check", "aside")  # (ASIDE_KEY)


def _reply_beside_a_flag_it_carries_on(turn: Turn, text: str) -> repository.KeptWords | None:
    """The reply kept just before this message beside a flag (the safe check's reply, or a take-back kept as an aside)
    when this message, too soon after the question to answer it (`sent_too_soon`), is more of that reply, not the
    answer to the question that reply let through; None otherwise, and always when it is urgent itself (the
    disclosure path reads it)."""
    if not sent_too_soon(turn, text) or not no_more_than_a_reply(text):
        return None
    last = repository.last_answer_kept(turn.sender_id)
    earlier = turn.earlier_messages()
    if last is None or last.question_key not in _BESIDE_A_FLAG or not earlier:
        return None
    return last if earlier[-1].strip() == last.text.strip() else None


#: How to talk to someone or reach them ("he's autistic", "doesn't like phone calls", "mae o'n fyddar", "galwadau
#: ffôn", "BSL", "tecstiwch"): what the communication question asks (stop 48, BB16).
_COMMUNICATION_NEED = re.compile(
    r"(?<![\w'’])(?:autis\w*|awtistig|asd|adhd|deaf|byddar|fyddar|hearing|clyw|glyw|hearing\s+aids?|blind|dall|ddall"
    r"|sight|golwg|bsl|sign\s+language|iaith\s+arwyddion|makaton|interpreter|cyfieithydd|phone\s+calls?|the\s+phone"
    r"|on\s+the\s+phone|galwadau(?:\s+ff[oô]n)?|galwad\s+ff[oô]n|ar\s+y\s+ff[oô]n|ffonio|texts?|texting|tecst\w*"
    r"|large\s+print|print\s+mawr|speak\s+slowly|siarad\s+yn\s+araf|stammer|stutter|atal\s+dweud|non-?verbal"
    r"|dim\s+yn\s+siarad)(?![\w'’])", re.IGNORECASE)


def _communication_not_a_time(text: str) -> bool:
    """Whether words tell how to talk to them or reach them, and say nothing of when (BB16)."""
    return _COMMUNICATION_NEED.search(text) is not None and not says_when(text)  # (review48 L3: one reader of when)


def _last_answer_key(turn: Turn) -> str | None:
    """The question key of the last answer kept, or None."""
    last = repository.last_answer_kept(turn.sender_id)
    return last.question_key if last is not None else None


def keep_with_the_last_answer(turn: Turn, text: str) -> None:
    """Keep a message that carries on the answer just given as more of that answer: verbatim, with its question, read
    as that question's answers are (outcomes only where that question makes them); when the last thing kept was no
    answer to a question of the form, as something added to an earlier answer (keep_added_later)."""
    last = repository.last_answer_kept(turn.sender_id)
    slots = {question_key(slot): slot for slot in questions.question_slots()}
    if last is None or last.question_key not in slots:
        keep_added_later(turn, text)
        return
    nothing_of_its_own = ((0, len(text)),) if only_carries_on(text) or says_what_the_answer_meant(text) else ()
    store_answer(turn, slots[last.question_key], text, asked=last.question_text, leave_out=nothing_of_its_own,
                 more_of_a_list=repository.last_answers_outcome_type(turn.sender_id))


#: The joining word a piece of a list opens with ("a canllaw ar y grisia", "and a rail on the stairs", "n my own
#: room"): no part of the thing named. ("a'r" is left: "the" belongs to the thing.)
_LIST_JOIN = re.compile(r"^\W*(?:and|n|an|also|a|ac|hefyd|plus)\s+", re.IGNORECASE)
#: A thing named in a piece of a list is short: longer, it says something of its own and is read as any answer is.
LIST_ITEM_WORDS = 8


#: Words that make a clause of a thing named ("mam yn blino", "she is tired", "it's"): then it says something.
_SAYS_SOMETHING_OF_IT = re.compile(r"(?:^|\s|['’])(?:yn|n|is|are|was|were|am|s|re)(?![\w'’])", re.IGNORECASE)


def _names_a_thing(item: str) -> bool:
    """A thing named, not a clause: no verb, or a verb only after the noun it describes ("gwersi nofio", "someone to
    help with his tablets"), with nothing said of it."""
    first = item.split(maxsplit=1)[0]
    return not has_a_verb(item) or (not has_a_verb(first) and not _SAYS_SOMETHING_OF_IT.search(item))


def _one_more_of_the_list(text: str, kind: str) -> tuple[OutcomeSpan, ...]:
    """AY12 (stop 44 trial): Nia's "a canllaw ar y grisia", sent after her answer to "what would you like to change?",
    made no outcome, and the stair rail was lost. A piece that only names a thing (no verb, a few words) after an
    answer whose outcomes were `kind` is one more of them: its words after the joining word, verbatim, to confirm at
    the visit (the model did not read it so)."""
    found = _LIST_JOIN.match(text)
    start, end = trim(text, found.end() if found else 0, len(text))
    item = text[start:end]
    if not item or word_count(item) > LIST_ITEM_WORDS or not _names_a_thing(item) or only_carries_on(text) \
            or says_when(item) or not re.search(r"[^\W\d_]{3}", item):
        return ()
    return (OutcomeSpan(text=item, start=start, end=end, type=kind, confidence=0.5, unsure=True),)


def adds_to_an_earlier_answer(text: str, slot: str = "") -> bool:
    """Whether a message opens by adding to something said before, rather than answering the question waiting
    (`slot`: at "anything else?" only a correction does; "one more thing" opens its answer there)."""
    return bool((_PUTS_RIGHT if slot == ANYTHING_ELSE else _ADDS_TO_EARLIER).search(text))


#: The first question: nothing said before it to add to.
FIRST_QUESTION = "q_what_matters"


#: A bare yes, with nothing of what it is: "ia", "oes", "yes", "yep" (trial 36 AM9); and the words that soften it.
_YES_WORDS = frozenset({"ia", "ie", "iep", "yes", "yep", "yeah", "yea", "yeh", "yh", "ya", "yup", "aye", "oes", "ydw",
                        "ydy", "ydi", "do", "mae", "wes", "yndw", "sure", "definitely", "bendant", "braidd"})
_SOFTENING_WORDS = frozenset({"a", "bit", "kind", "of", "kinda", "sort", "bach", "well", "wel", "um", "umm", "hmm",
                              "erm", "ym", "mm", "plis", "please", "i", "guess", "suppose", "sbo"})
#: A bare yes is a word or three ("ia", "yes a bit", "oes braidd").
BARE_YES_WORDS = 3
#: A question put as yes or no: "Oes unrhyw beth yn eich poeni chi…?", "Is anything worrying you…?".
_YES_NO_QUESTION = re.compile(r"^\W*(?:is|are|do|does|have|has|oes|a\s+oes|ydy|ydych|wyt|ydi)(?![\w'’])", re.IGNORECASE)


def _bare_yes(text: str) -> bool:
    """"ia", "oes", "yes", "yep", "yes a bit": a yes with nothing in it of what it is."""
    words = re.findall(r"[^\W\d_]+", plain_fold(text).lower())
    return 0 < len(words) <= BARE_YES_WORDS and bool(set(words) & _YES_WORDS) \
        and all(w in _YES_WORDS or w in _SOFTENING_WORDS for w in words)


def _only_emoji(text: str) -> bool:
    """"😐", "🤷", "👍👍": a face or sign, with no word or number in it."""
    return not re.search(r"[^\W_]", text) and any(unicodedata.category(ch) in ("So", "Sk", "Cs") for ch in text)


def _yes_or_no_reply(turn: Turn, slot: str, text: str) -> dict[str, Any] | None:
    """A reply that says yes or shows a face, and nothing of what it is (trial 36 AM9: "Oes unrhyw beth yn dy boeni
    di?" → "ia" got "Diolch." and the next question, and "ia" stood under Concerns; "😐" was the best time to visit).

    A bare yes to a question put as yes or no is asked, gently and once, what it is (the prompt stands in for the
    question; a second bare yes is kept as said). A face alone is their "not sure": kept as shown (no outcome; the
    summary never shows it as a time, bot.summary.view), said so kindly, and the questions go on. Returns the slot
    updates, or None for any other reply."""
    if not slot.startswith("q_") or is_button_payload(text):
        return None
    if _only_emoji(text) and _not_urgent(text):
        store_answer(turn, slot, text)  # as shown (the summary reads "🤷" as not sure, and a face names no time)
        turn.say("ack_dont_know")
        return {slot: text}
    if not _bare_yes(text) or _asked_what_it_is(turn):
        return None
    if not _YES_NO_QUESTION.match(question_text(turn, slot)):
        if slot in OPEN_QUESTIONS and not _just_said(turn, "yes_tell_more"):
            # "yes" to "what is going well, and who helps?" (trial 39 AT9: kept as the answer): once, gently, a bit more
            turn.say("yes_tell_more")
            return {slot: None}
        return None
    turn.say("yes_what_is_it")
    return {slot: None}


#: Questions that ask what, not whether: a bare yes says nothing of what ("What's going well, and who helps?").
OPEN_QUESTIONS = frozenset({"q_what_matters", "q_strengths", "q_change", "q_support", "q_people"})


def _just_said(turn: Turn, key: str) -> bool:
    """Whether this message of ours was among the last things said (before the question it came with)."""
    words = turn.render(key).text
    return any(words in said for said in turn.said_before()[-2:])  # (the question itself may follow it)


def _said_last(turn: Turn, key: str) -> bool:
    """Whether this message of ours, alone, was the last thing said: then it stands in for the question."""
    said = turn.said_before()
    return bool(said) and said[-1] == turn.render(key).text


def _asked_what_it_is(turn: Turn) -> bool:
    """Whether "what is it?" (yes_what_is_it) was the last thing said: it stands in for the question, once."""
    return _said_last(turn, "yes_what_is_it")


def no_more_than_a_reply(text: str) -> bool:
    """A piece sent on the heels of a reply at the safe check that may be kept with it: nothing urgent, no "not safe",
    no harm happening now, no means named. Review 46 (H1): "actually im not safe", "actually no i do want to die",
    "ive got pills saved up tho", "wait no hes coming up the stairs", sent straight after a take-back or "carry on",
    got only "Thanks, I've added that too" (no 999 line)."""
    # (the word readers first: the risk reader, with its learned model, only when they pass)
    return not says_not_safe(text) and not harm_now(text) and not names_a_means(text) and _not_urgent(text)


def _not_urgent(text: str) -> bool:
    from bot.conversation import safety  # (safety stores its answers through this module)

    return safety.read_risk(text).level != "urgent"


def _added_just_before(turn: Turn) -> bool:
    """Whether the last thing kept was an addition: a second one in a row is the answer (never a loop of "back to
    this question", whoever keeps opening with "one more thing")."""
    added = repository.answer_texts(turn.sender_id, only=ADDED_LATER_KEY)
    return bool(added) and repository.answer_texts(turn.sender_id)[-1:] == added[-1:]


def keep_added_later(turn: Turn, text: str) -> None:
    """Keep an addition to an earlier answer, verbatim, with its outcomes (whose life each is about as at the
    read-back); never the answer to the question waiting."""
    turn.ensure_record()
    opening = _ADDS_TO_EARLIER.search(text)
    start = opening.end() if opening else 0
    start += len(text[start:]) - len(text[start:].lstrip(" \t\n:;,.-–—!"))  # "o a anghofis i ddeud - " (trial V8)
    readback.record_addition(turn, text, start if start < len(text) else 0, question_key=ADDED_LATER_KEY,
                             question_text=turn.render("added_later_question").text,
                             correction=_CORRECTS_WHAT_WAS_SAID.match(text) is not None)


#: A message asking whether it saved is about the form up to this many words; longer, it is an answer that asks too.
SAVED_QUESTION_WORDS = 25
#: The question key of words said instead of an answer ("where were we?"): kept, never an outcome.
ASIDE_KEY = "aside"


def keep_aside(turn: Turn, text: str, asked: str, about: str = "person", key: str = ASIDE_KEY) -> None:
    """Keep words said outside any question's answer, verbatim and without outcomes (key `aside`, or `key`: who has
    the keyboard, bot.conversation.keyboard)."""
    turn.ensure_record()
    repository.record_answer(turn.sender_id, question_key=key, question_text=asked, text=text,
                             whose_view=turn.whose_view, about=about, analysis=analyse(text),
                             message_id=turn.message_id, make_outcomes=False)


def is_skip(turn: Turn, value: Any) -> bool:
    return turn.latest_intent == "skip" or value == "/skip"


#: Words about their own language beside a request to switch ("my Welsh isn't good enough for this bit", "Dw i'n
#: teimlo'n fwy hyderus nawr", "my welsh spelling is terrible"): part of the request, never an answer.
_OWN_LANGUAGE_TALK = re.compile(
    r"(?<![\w'])(?:hyderus|hyder|confident|confidence|rusty|rhydlyd|dysgu|learning|learner|practise|practice|ymarfer"
    r"|good\s+enough|digon\s+da|for\s+this\s+bit|i'?r\s+darn\s+(?:yma|hwn|ma)"
    # (their own Welsh or English and how they type it: "my welsh spelling is terrible and im typing on my phone")
    r"|my\s+(?:welsh|english|cymraeg)|fy\s+(?:nghymraeg|saesneg|cymraeg)|spelling|sillafu|typing|teipio"
    # (why that language suits them: "can we do english actually its easier to type", twelfth trial AJ10, was kept as
    # her answer to "how would you like to be supported?")
    r"|easier\s+(?:to\s+|for\s+me\s+to\s+)?(?:type|write|read|say|understand)|to\s+type"
    r"|(?:haws|hawddach|rhwyddach)\s+(?:i\s+(?:fi|mi)\s+)?(?:i\s+)?(?:deipio|teipio|sgwennu|ysgrifennu|darllen|deall|dallt))"
    r"(?![\w'])",
    re.IGNORECASE)
#: What else a message asking for the other language says is an answer when it has this many words that are not
#: apologies, thanks or filler ("Ok Cymraeg eto plis, sori am hynna 🙈" says nothing more).
ANSWER_BESIDE_A_REQUEST_WORDS = 3
_NO_ANSWER_WORDS = frozenset((
    "sori", "sorry", "soz", "am", "hynna", "hynny", "that", "about", "for", "the", "confusion", "lol", "ok", "okay",
    "iawn", "diolch", "thanks", "thank", "you", "please", "plis", "pls", "plz", "bach", "x", "xx", "haha", "oops",
    "wps",
    "again", "eto", "now", "nawr", "rwan", "rŵan", "then", "te", "ta", "actually", "really", "rili"))
#: Not knowing what to do or say ("sai'n gwbod be dwi fod i neud fan hyn", "dunno what im meant to do"): no answer.
_LOST = re.compile(
    r"(?<![\w'])(?:sai'?n|sa\s+i'?n|dwi'?m\s+yn|dw\s+i\s+ddim\s+yn|dwi\s+ddim\s+yn|wi\s+ddim\s+yn|i\s+don'?t|i\s+dont"
    r"|dunno|idk|not\s+sure)\s*(?:'n\s+|yn\s+)?(?:gwbod|gwybod|wbod|know|siwr|sure)?\s*(?:be|beth|what|how)\b",
    re.IGNORECASE)


def answer_beside_a_language_request(turn: Turn, slot: str) -> dict[str, Any]:
    """A request to go on in the other language, said with the answer to the question waiting ("Sorry, can we switch
    to English please? What matters most is my garden…"): the answer kept, as typed, with outcomes from the answer
    only; the slot updates, or {} when the rest says nothing but the request (then the question is asked again in the
    new language). Ninth trial AC3: the whole message was kept as her answer and the language never changed, so every
    later answer landed one question late."""
    found = language_request_at(turn.latest_text)
    if found is None or not slot.startswith(("q_", "why_")):
        return {}
    withdrawn = _withdraw_the_last_message(turn)
    if withdrawn is not None:
        return {withdrawn: None}  # nothing kept from this message either: that question again, in the new language
    text = turn.latest_text
    _, start, end = found
    leave_out = [(start, end)]
    leave_out.extend((sentence.start(), sentence.end()) for sentence in re.finditer(r"[^.!?\n]+[.!?\n]*", text)
                     if _OWN_LANGUAGE_TALK.search(fold(sentence.group(0))))
    rest = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in leave_out))
    said = [w for w in re.findall(r"[^\W\d_][\w']+", fold(rest).lower()) if w not in _NO_ANSWER_WORDS]
    if len(said) < ANSWER_BESIDE_A_REQUEST_WORDS or _LOST.search(plain_fold(rest)):
        return {}
    return take_answer(turn, slot, text, leave_out=tuple(leave_out))


def _withdraw_the_last_message(turn: Turn) -> str | None:
    """The answer they sent just before, taken back when this message disowns it ("sorry ignore that. Can we do it in
    Welsh actually, I'm fluent…": the "Owain" sent before by mistake stayed as a thing to keep, tenth trial AE8).
    Returns the slot of the question it answered, to ask again, or None when nothing was taken back."""
    earlier = turn.earlier_messages()
    last = repository.last_answer_kept(turn.sender_id)
    if not earlier or last is None or not disowns_the_last_message(turn.latest_text) or last.text != earlier[-1]:
        return None
    slot = last.question_key if last.question_key.startswith("why_") else "q_" + last.question_key
    if question_for(slot) is None or not repository.withdraw_answer(turn.sender_id, last.question_key, last.text):
        return None
    return slot


def _message_taken_back(turn: Turn, slot: str, text: str) -> dict[str, Any] | None:
    """"sorry that was meant for my sister", "sori, i'r gŵr oedd hwnna", "sorry ignore that", and nothing else: the
    message just before was not for us. When it was kept as an answer it is taken back (with its outcomes) and its
    question asked again; this message is kept as an aside either way, never as an answer. Stop 33, the fuzzing
    player: "can you grab milk on the way home x" was kept as what they want to keep and "sorry that was meant for my
    husband" as what they would change; neither question was answered. None when the message is anything else."""
    if not slot.startswith(("q_", "why_")) or not only_disowns_the_last_message(text) or not _not_urgent(text):
        return None
    withdrawn = _withdraw_the_last_message(turn)
    keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
    if withdrawn is None:
        turn.say("question_again")
        return {slot: None}
    turn.say("message_taken_back")
    return {withdrawn: None, slot: None}


def take_answer(turn: Turn, slot: str, value: Any, leave_out: tuple[tuple[int, int], ...] = (), *,
                thanked: bool = False) -> dict[str, Any]:
    """An answer to a question (or its "why"): kept verbatim, or a skip noted. Returns slot updates.

    While "are you safe?" waits after a disclosure, the message is the reply to it (bot.conversation.pause).
    `leave_out`: parts of the message that are no answer (store_answer).
    `thanked`: the message was answered already in this turn (added to the duty alert, with its thanks), so no
    acknowledgement follows (ninth trial AC2: "Diolch." three times in a row).
    """
    from bot.conversation import pause  # (pause keeps its answers through this module)

    held = pause.take_reply(turn, slot)
    if held is not None:
        return held
    from bot.conversation.steering import pressed_start_mid_question  # (steering builds on this module)

    restarted = pressed_start_mid_question(turn, slot)  # Telegram's "/start" mid-form (U46): never an answer
    if restarted is not None:
        return restarted
    from bot.conversation.steering import reply_to_start_again

    again = reply_to_start_again(turn, slot)  # "na" to "start again? that clears every answer" (AP9): all kept
    if again is not None:
        return again
    from bot.conversation.steering import consent_taken_wrongly

    withdrawn = consent_taken_wrongly(turn)  # "wait what, i said no before??" (AK3): sorry, cleared, and stopped
    if withdrawn is not None:
        return {**withdrawn, slot: None}
    if replies.word_meaning_asked(turn):
        return {slot: None}  # "cymorth?? what does that mean please" (AK6): the meaning, the question again, no outcome
    text = turn.latest_text
    if slot.startswith("q_") and not is_button_payload(text) and readback.only_asks_to_send(text):
        # "anfon", "ok send" (trial 41 AW11: kept as an outcome): they think they are done. At "anything else?" it
        # says nothing more; elsewhere, that they send it at the end, and the question again. Never an answer.
        question = question_for(slot)
        if question is not None and question.offers_nothing_more:
            return {slot: NOTHING}
        turn.say("send_at_the_end")
        return {slot: None}
    earlier = _invited_to_say_more(turn, slot)
    if is_skip(turn, value) or (earlier and replies.moves_on(text)):
        # After the invitation to say more, "Move on" or "nah" keeps the one-word answer already given.
        turn.say("ack_skipped")
        skipped = {slot: earlier or SKIPPED}
        replies.nearly_done(turn, skipped)
        return skipped
    yes_no = _yes_or_no_reply(turn, slot, text)
    if yes_no is not None:
        return yes_no
    question = question_for(slot)
    if (question is not None and question.offers_nothing_more and value == "nothing"
            and asks_about_assistant(text) is None):  # "na dim byd. ody hwn yn mynd at mam?" is kept and answered (T5)
        return {slot: NOTHING}
    if not turn.can_keep(text):
        return {slot: None}
    taken_back = _message_taken_back(turn, slot, text)
    if taken_back is not None:
        return taken_back
    spoken_to_as_young = _asks_for_ti(turn, text)
    if spoken_to_as_young is not None:
        switched, request = spoken_to_as_young
        if _says_nothing_more(text, request):
            return {**switched, slot: None}  # only the request: the question again, now with "ti"
        return {**switched, **take_answer(turn, slot, value, (*leave_out, *request), thanked=thanked)}
    asked = asks_about_assistant(text)
    # (never beside a request for a person: "I want to talk to a real person. a human. not this" is all request, AM2)
    the_question = _more_than_the_question(text) if asked == "whole" and not asks_for_a_person(text) else None
    if the_question is not None:
        asked = "part"  # "Mum needs more help, is anyone going to read this": their answer, and the question answered
    if asked == "whole":  # "are you a real person?": not their answer; an honest reply, then the question again
        _reply_about_us(turn, text)
        answer_what_next(turn, text)  # "be sy'n digwydd nesa? a pwy sy'n gweld hwn eto?" (AG13): both answered
        return {slot: None}
    if asked == "part" and _not_urgent(text) and (asks_if_someone_else_can_write(text)
                                                or (asks_the_point(text) and not analyse(text).outcomes)):
        # "be di'r pwynt o hyn? sori, dwi di deud hyn i gyd wrth y nyrs ardal… Dwi jest isio gwbod os oes rhywun am
        # ddarllen hwn go iawn." (seventh trial AA1): nothing in it answers the question, so it is kept as an aside
        # (no outcomes), answered honestly, and the question asked again. With a wish in it, it is the answer.
        # "Can my son also write? He is 19 and he help a lot…" (eighth trial AB9) is about who writes, whatever
        # follows: an aside too, answered, and the question again (for whoever writes next).
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say(about_assistant_reply(text))
        return {slot: None}
    from bot.conversation.steering import points_at_cleared_answers  # (steering builds on this module)

    if points_at_cleared_answers(turn):  # "same as before" after "start again": those answers were cleared
        turn.say("cleared_tell_again")
        return {slot: None}
    from bot.conversation import keyboard  # (keyboard keeps its words through this module)

    hands = keyboard.changed_hands(turn, slot, text)  # "this is his brother now", "fi sy 'ma eto" (stop 28, X12)
    if hands:
        return hands  # only who has the keyboard: kept apart, and the same question again
    from bot.conversation.about_you import (  # (about_you builds on this module)
        more_of_the_start,
        name_correction,
        own_name_put_right,
    )

    own = own_name_put_right(turn)  # "sori, Dafydd dw i" just after "Diolch, Dai.": their name, then the question
    if own:
        turn.say("name_corrected", new_name=own["name"])
        return {**own, slot: None}
    started = more_of_the_start(turn, slot)  # "well jayden but jay", "young carer i mam" just after "Thanks, Jay!"
    if started is not None:  # (AY3): their name or who they are, then the question again
        return started
    name_again = _name_given_again(turn, slot, text)
    if name_again is not None:  # "Pat" at "what matters to Alan?" (trial 38 AR14): their name again, never an answer
        key, name = name_again
        turn.say(key, name=name)
        return {slot: None}
    put_right = _day_put_right_then_answer(text) if slot.startswith("q_") and slot != FIRST_QUESTION else None
    if put_right is not None and _not_urgent(text):
        # "sorry I meant Tuesday not Monday, anyway what matters to me is my job" (fourth trial X7): the day put
        # right goes where the day was said, and the rest is the answer to this question.
        correction, text = put_right
        keep_day_put_right(turn, correction)
        turn.say("put_right_noted")
    flag_taken_back_at = pause.where_the_flag_is_taken_back(turn, text) if slot.startswith("q_") and _not_urgent(text) \
        and not pause.says_what_the_flag_meant(turn, text) else None
    if flag_taken_back_at is not None:
        # "not like that, just fed up with school", two answers after "i dont see the point anymore" (AX2, stop 44):
        # the message kept whole beside the flag (the summary shows it as what they later said, never a cut-off
        # "not like that,": stop 44's review; the flag stays), heard kindly, never an outcome; the rest, if any, is the
        # answer to the question asked. A concern told no team: the worker sees both (the review: "the safeguarding
        # team – they read both" was said of a concern).
        end, please_check = flag_taken_back_at
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("safety_check_played_down" if please_check else "safety_check_played_down_concern")
        text = text[end:]
        if not word_count(text):
            return {slot: None}
    to_us = question_to_us(text)
    for_the_worker = question_for_the_worker(text) if slot.startswith("q_") and to_us is None and asked is None \
        and _not_urgent(text) else None
    if for_the_worker is not None and _words_outside(text, [("", *for_the_worker)]) < ANSWER_WORDS_BESIDE_A_QUESTION:
        # "is there a carers group?" alone (trial 38 AR16: unanswered): honestly, the worker picks it up at the visit;
        # kept as an aside for them, and the question again.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("question_for_the_worker")
        return {slot: None}
    if not said_again_after_an_aside(turn, slot, text):
        set_aside = _instead_of_an_answer(turn, slot, text, to_us)
        if set_aside is not None:
            return set_aside
    corrected = name_correction(turn)
    if corrected:  # "Be? Gareth ydi ei enw fo!": the name from now on, then the question again
        turn.say("name_corrected", new_name=next(iter(corrected.values())))
        return {**corrected, slot: None}
    if to_us == "visit_days":  # the question to us (and its reason) is kept in the words, never an outcome (AE12)
        days = where_visit_days_are_asked(text)
        leave_out = (*leave_out, days) if days is not None else leave_out
    person = where_a_person_is_asked(text) if asked == "part" else None
    if person is not None:  # "…Gareth helps with the digging now. look can I just speak to a real person" (AM2)
        leave_out = (*leave_out, person)
    from bot.conversation.about_you import own_name_by_the_way, use_own_name_given

    by_the_way = own_name_by_the_way(turn)  # "…Wil dwi gyda llaw" (eleventh trial AG1): their name from now on
    if by_the_way is not None and not by_the_way[1]:
        return {**use_own_name_given(turn, by_the_way[0]), slot: None}  # only the name: the question again
    from bot.conversation.about_you import where_name_put_right

    put_right_name = where_name_put_right(turn, text)  # "Mrs Morgan, nid Mrs Gwenllian. …" (AJ4): never an outcome
    leave_out = (*leave_out, put_right_name) if put_right_name is not None else leave_out
    # first, so the question is recorded in the language it was asked in
    store_answer(turn, slot, text, leave_out=leave_out, cut_out=(*(the_question or ()), *(
        (for_the_worker,) if for_the_worker is not None else ())))
    if for_the_worker is not None:  # "…sa ti'n gallu helpu fi ffeindio gwaith?" (AR16): noted apart for the worker
        keep_aside(turn, text[slice(*for_the_worker)], question_text(turn, slot), about_whom(turn, slot))
        # "… Ydi hynna'n bosib yn Llŷn?" (trial 40 AU9): what is possible where they live is the worker's to say
        turn.say("question_what_is_possible" if asks_what_is_possible(text[slice(*for_the_worker)])
                 else "question_for_the_worker")
    keyboard.gives_back_after(turn, text)  # "… ok giving it back to mum now": theirs again from the next answer
    from bot.conversation.about_you import name_put_right_in_answer

    renamed = name_put_right_in_answer(turn) or {}  # "Actually she's called Meg, not Megan. I worry about..."
    if renamed:
        turn.say("name_corrected", new_name=next(iter(renamed.values())))
    elif by_the_way is not None:
        renamed = use_own_name_given(turn, by_the_way[0])
    else:
        from bot.conversation.about_you import their_name_given_later, use_their_name_given

        named = their_name_given_later(turn)  # "o, Gwilym ydi enw fo gyda llaw, …" (fifth trial AK8)
        renamed = use_their_name_given(turn, named) if named else {}
    if asked == "part":
        _reply_about_us(turn, text)
    elif replies.why_we_ask_in(text) == "part":
        turn.say("why_we_ask")
    next_asked = slot.startswith("q_") and bool(questions_about_what_next(text))
    if next_asked:
        answer_what_next(turn, text)  # "…fi'n carry on neu? be sy'n digwydd nesa ar ol hwn" (AG13): kept, and answered
    simpler = slot.startswith("q_") and asks_us_for_simpler_words(turn, text, slot) is not None
    if simpler:  # "siaradwch yn araf plis and use easy Welsh… don't rush me" (AG5): the answer kept, and said yes to
        say_simpler_words(turn)
    elif slot.startswith("q_") and names_a_visit_need(text):
        # "Siaradwch yn araf ac wynebwch fi… Yr wyf yn darllen gwefusau" (twelfth trial AJ13: "Bydda i'n defnyddio
        # geiriau symlach"): a need for the visit, kept for the worker and said so; no chat can face anyone.
        # (a carer's words about the one they look after are about them: "siarad gyda Emrys", never "â chi": AY18)
        turn.say("visit_need_noted_them" if turn.role == "carer" and about_whom(turn, slot) == "person"
                 and not asks_how_to_talk_to_me(text) else "visit_need_noted")
        simpler = True  # (answered already: no second thanks)
    if to_us in ("carers_assessment", "visit_days"):  # "I dont know if Im allowed a carer's assessment" (U13), "Fydd y
        turn.say(to_us)  # gweithiwr yn gallu dod ar ddydd Sul?" (re-trial 32 AE12): answered, kept too
    from bot.conversation import safety  # (safety stores its answers through this module)

    reading = safety.read_in_this_conversation(turn, text)
    heavy = safety.heard_first_time(turn, reading) or replies.feeling_after_a_disclosure(turn, text, reading)
    updates = follow_language(turn, text)
    if safety.please_check(turn, text, reading):
        # Only the learned model read it as maybe urgent, unsure (stop 24): a gentle word, 999 and one helpline, not
        # an acknowledgement; the duty team reads it (note_risk alerted them) and the questions go on.
        safety.reply_to_please_check(turn, text, reading)
    elif not heavy and not earlier and replies.invites_more(turn, slot, text, reading):
        # "fifa": kept as the answer, and asked once to say more (ask says the invitation instead of the question).
        return {**renamed, **updates, slot: None}
    else:
        replies.acknowledge(turn, slot, text, reading, heavy=heavy,
                            answered_already=bool(renamed) or asked == "part"
                            or to_us in ("carers_assessment", "visit_days") or thanked or simpler or next_asked
                            or for_the_worker is not None)
    if turn.latest_intent == "dont_know":
        turn.say("ack_dont_know")
    taken = {**renamed, **updates, slot: " ".join((earlier, text)) if earlier else text}
    replies.nearly_done(turn, taken)
    return taken


#: Where a name alone can be the answer: who helps, who matters.
_NAMES_ANSWER = frozenset(("q_strengths", "q_people"))
#: Around a name given again: "it's Pat", "I'm Gareth", "Pat dw i", "Gareth here".
#: Said as a correction of how it was taken (AZ7, stop 45 trial: "sori, jyst Rhodri. neu Rhods", "na, ei enw fe yw
#: Rhodri. dim 'Rhodri yw e'", at the next questions, were kept as answers): "sori", "na", "no" and "jyst", "just"
#: first; "ei enw fe yw", "his name is" before it, "yw e", "is his name" after it; then a short form offered ("neu
#: Rhods", "or Rhods") or the wrong form denied ("dim 'Rhodri yw e'", "not Rhodri is").
_NAME_AGAIN = (
    r"^\W*(?i:(?:sori|sorry|soz|sry|na|naci|nage|no|nope|oops|wps|o|oh|a|ac|and)\b[\s,.!:;–—-]*)*"
    r"(?i:(?:jyst|just|only|dim\s+ond)\s+)?"
    r"(?i:(?:it['’]?s|its|i['’]?m|im|i\s+am|me|fi|my\s+name['’]?s|my\s+name\s+is"
    r"|(?:ei\s+)?h?enw\s+(?:fe\s+|e\s+|fo\s+|o\s+|hi\s+)?(?:yw|ydi|ydy|di)|(?:his|her|their)\s+name(?:['’]?s|\s+is)"
    r"|(?:he|she)['’]?s\s+called)\s+)?"
    "{name}"
    r"(?i:\s+(?:dw\s+i|dwi|ydw\s+i|yw\s+fy\s+enw|here|again|(?:yw|ydi|ydy|di)\s+(?:ei\s+)?h?enw(?:\s+(?:e|fe|o|fo|hi))?"
    r"|(?:yw|ydi|ydy|di)\s+(?:e|fe|o|fo|hi)|is\s+(?:his|her|their)\s+name))?"
    r"(?i:[\s,.!:;–—-]+(?:neu|or)\s+[^\W\d_][\w'’-]*)?"
    r"(?i:[\s,.!:;–—-]+(?:dim|nid|ddim|not)\s+(?:['\"‘“’]|{name})[^.!?\n]{{0,40}})?\W*$")


def _name_given_again(turn: Turn, slot: str, text: str) -> tuple[str, str] | None:
    """(the message key, the name) when the whole message is a name we have already: their own ("Gareth" at the
    first question), or, at a question about the person they look after, that person's ("Alan"); else None.

    Why (trial 38 AR14): "Pat", given again at "what matters most to Alan?", got "Pat – lovely." and was kept as
    what Alan wants to keep. A name alone answers who helps or who matters, and a carer's own question may be
    answered with the name of whom they look after, so those keep it as an answer."""
    if not slot.startswith("q_") or slot in _NAMES_ANSWER:
        return None
    own = turn.slot("name")
    theirs = turn.slot("cared_for_name") if about_whom(turn, slot) != "carer" else None
    for key, name in (("name_again", own), ("name_again_theirs", theirs)):
        if isinstance(name, str) and name not in SENTINELS and name.strip() and re.match(
                _NAME_AGAIN.format(name=re.escape(name.strip())), text.strip(), re.IGNORECASE):
            return key, name.strip()
    return None


#: A piece of a message, to the next comma or full stop.
_A_PIECE = re.compile(r"[^.!?,;\n]+[.!?,;\n]*")
#: Words beside a question to us, apart from thanks and filler ("ok then", "lol"), that can say more ("my garden").
SAYS_MORE_WORDS = 2


def _more_than_the_question(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where the question to us is in a message read as only that question, when the rest says more: an answer or a
    wish beside it ("Mum needs more help, is anyone going to read this", "pwy sy'n darllen hwn, dwi isio help efo
    siopa", "who sees this? my garden"). None when nothing else is said ("is someone actually gonna message me tho or
    is it just this bot"), or when the answer is still to come ("Before I answer, who actually reads this? … I don't
    want it saying I said she's suicidal" stays off the record, as the stop-23 trial's person asked).

    Why: such a message got the honest reply and its question again, and its words were kept nowhere (stop 33: a
    held-out answer of dev_fresh3, a swallowed answer; derail33's fix kept the whole message, the question too, and
    was reverted for the stop-23 rule). Now only the words that say more are their answer."""
    if answer_still_to_come(text):
        return None
    questions: list[tuple[int, int]] = []
    says_more = False
    for piece in _A_PIECE.finditer(text):
        words = piece.group(0)
        if words.rstrip().endswith("?") or asks_about_assistant(words) is not None:
            questions.append(piece.span())
        elif (len([w for w in re.findall(r"[^\W\d_][\w']*", fold(words).lower()) if w not in _NO_ANSWER_WORDS])
              >= SAYS_MORE_WORDS and analyse(words).outcomes):
            says_more = True
    return tuple(questions) if says_more and questions else None


def _reply_about_us(turn: Turn, text: str) -> None:
    """The honest reply to a question about us, and whether the same worker will come each time when that is asked
    beside it ("And who's going to read this? Will it be the same person each time…", tenth trial AE13)."""
    key = about_assistant_reply(text)
    turn.say(key)
    if key != "same_worker" and asks_about_the_same_worker(text):
        turn.say("same_worker")


def said_again_after_an_aside(turn: Turn, slot: str, text: str) -> bool:
    """The very words set aside as not an answer at this question ("email is best can we speed this up" read as a
    wish to hurry, "how long is this?"), typed again right after: now they are the answer, kept as typed.

    Why: someone who says the same thing twice means it as said, and setting it aside again asked the same question
    for ever (stop 25, the fuzzing player: a loop until the conversation gave up). "what do you mean?" twice has its
    own way on (the question is left for the visit)."""
    last = repository.last_answer_kept(turn.sender_id)
    return (last is not None and last.question_key == ASIDE_KEY and last.text == text
            and last.question_text == question_text(turn, slot)
            and not asks_what_it_means(text, question_text(turn, slot)))


def _earlier_question_asked_for(turn: Turn, slot: str, text: str) -> str | None:
    """The question before this one that the message asks to go back to (about_assistant.question_named), when it
    was asked already in this conversation (answered or skipped) and comes before the question waiting; else None."""
    named = question_named(text) if slot.startswith("q_") and _not_urgent(text) else None
    order = questions.question_slots()
    if named is None or named == slot or named not in order or slot not in order or turn.slot(named) is None:
        return None
    return named if order.index(named) < order.index(slot) else None


def _instead_of_an_answer(turn: Turn, slot: str, text: str, to_us: str | None) -> dict[str, Any] | None:
    """Words that are not the answer to the question waiting (a question about the form, a complaint, a wish to
    hurry, "where were we?", an age, something added to an earlier answer): what to do about them, and the slot
    updates; None when they are an answer."""
    if slot.startswith("q_") and asks_us_to_wait(text):
        # "wait", "aros", "eiliad" alone (trial 40 AU7: "wait" became who is important to him): nothing kept, a short
        # "take your time", and the same question.
        turn.say("hold_on")
        return {slot: None}
    if slot.startswith("q_") and says_we_went_too_fast(text) and _not_urgent(text):
        # "ur going too fast lol i wasnt answering them questions i was just typing" (trial 40 AU7: kept as how he
        # likes to talk, and the summary said someone else typed for him): sorry, nothing kept, how to take out what
        # was no answer at the read-back, and the same question again.
        turn.say("too_fast_sorry")
        return {slot: None}
    said_already = _said_already(turn, slot, text)
    if said_already is not None:
        return said_already
    if (slot.startswith("q_") and slot != FIRST_QUESTION and _ANSWERS_AN_EARLIER_QUESTION.search(text)
            and _not_urgent(text) and not _added_just_before(turn)):
        # "going back to your earlier question, and my friend Pat too" (stop 33): added to what they said (never a
        # wish to go back, nor this question's answer), and the question waiting asked again.
        keep_day_put_right(turn, text)
        turn.say("added_later_noted")
        return {slot: None}
    from bot.conversation import pause  # (pause keeps its answers through this module)

    if _not_urgent(text) and pause.corrects_the_alert(turn, text):
        # "wait wat?? im not in danger lol its just a saying. hes my maths teacher" (tenth trial AE1): a correction of
        # how we read the alert's words, heard with a sorry, kept as an aside (the summary marks the flag as said to be
        # misread, with these words; bot.summary.record.mark_misread), and the question again. Never their answer.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("safety_check_misread")
        return {slot: None}
    if _not_urgent(text) and pause.takes_back_the_disclosure(turn, text):
        # "actually forget i said that bit about my arm. dont tell nan" (trial 39 AT1): never an outcome nor the answer;
        # kept as an aside (the summary marks the flag as taken back, with these words), answered honestly that the
        # worker will still see it, and the question again.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        pause.say_it_is_still_seen(turn, text)
        return {slot: None}
    if _not_urgent(text) and pause.says_what_the_flag_meant(turn, text):
        # "i just mean like a break from everything", straight after "sometimes i just wanna disappear tbh" raised a
        # "please check" (trial 41 AW2's leftover, stop 43: kept as who mattered to him): what those words meant, kept
        # as an aside (the summary shows it under the flag), heard kindly, and the question again. Never an outcome.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("safety_check_played_down")
        return {slot: None}
    back_to = _earlier_question_asked_for(turn, slot, text)
    if back_to is not None:
        # "can we go back to who is important", "ga i newid be ddudis i am y pethau sy'n mynd yn dda?" (trial 39 AT7:
        # kept as the answer to the question waiting): kept as an aside (no outcomes), and that question asked again;
        # the one waiting comes after it, as the form asks the first question with no answer.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("go_back_to_question")
        return {back_to: None, slot: None}
    about_the_form = asks_about_the_form(text)
    if about_the_form is not None:
        # "how long is this?", "go back": kept as an aside (no outcomes), an honest reply, and the question again.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        if about_the_form == "how_long":
            replies.say_how_long(turn)  # the questions left, counting this one
        else:
            turn.say(about_the_form)
        return {slot: None}
    if complains_of_being_ignored(text):
        beside = answer_beside_a_complaint(text) if slot.startswith("q_") and _not_urgent(text) else None
        if beside is not None:
            # "I just said. Mornings. are you listening" (trial 40 AU9: sorry, and "Mornings" kept nowhere): the words
            # beside the complaint are the answer, kept with a sorry; the complaint is no outcome.
            store_answer(turn, slot, text, leave_out=beside)
            turn.say("ignored_sorry_kept")
            taken = {slot: text}
            replies.nearly_done(turn, taken)
            return taken
        # "helo?? ti di anwybyddu fi eto lol" (stop-21 trial U3): kept as an aside, sorry, the question they asked
        # answered, and the same question again; never their answer.
        from bot.conversation.about_you import answer_missed_question  # (about_you builds on this module)

        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        answer_missed_question(turn)
        turn.say("ignored_sorry")
        return {slot: None}
    if to_us == "saved_yes" and len(text.split()) <= SAVED_QUESTION_WORDS:
        # "I just told you all that. did it not save? I'm not typing it all again" (stop-21 trial U8): yes, it is
        # saved; kept as an aside, never their answer, and the question again (to skip if it was answered).
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say(to_us)
        return {slot: None}
    if replies.why_we_ask_in(text) == "whole":
        # "pam ti'n gofyn hyn i gyd?" (stop-22 trial V3: kept as a wish to keep): why, and the question again. After an
        # answer ("I want more help at home. why do you ask?") the answer is kept, then why (take_answer).
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("why_we_ask")
        return {slot: None}
    to_us_next = questions_about_what_next(text)
    if to_us_next and slot.startswith("q_") and _words_outside(text, to_us_next) < ANSWER_WORDS_BESIDE_A_QUESTION:
        # "be sy'n digwydd nesa?", "fi'n carry on neu?" alone (AG13): answered, kept as an aside, the question again
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        answer_what_next(turn, text)
        return {slot: None}
    if asks_for_simpler_words(text) == "whole" and slot.startswith("q_") and slot not in HOW_TO_TALK_TO_THEM:
        # "sori dw i ddim yn deall 'Gallech chi'. beth ydy hynna? Cymraeg syml plis" (eleventh trial AG5: kept as what
        # mattered to her): a request, never an answer. Kept as an aside, said yes to, and the question again in its
        # simpler words (ask, _as_put), as every question with simpler words is from now on.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        say_simpler_words(turn)
        return {slot: None}
    if asks_what_it_means(text, question_text(turn, slot)) and slot.startswith("q_"):
        # "what do you mean?", "beth yw 'yn union fel y mae'?" (U19): kept as an aside, and the question is asked
        # again in plainer words (ask, _said_another_way); asked a second time ("still dont get it. like what kind of
        # thing", V25), it is left for the visit and the questions go on.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        if _put_plainly_before(turn, slot):
            turn.say("ack_dont_know")
            return {slot: SKIPPED}
        return {slot: None}
    if bored_of_this(text) and slot.startswith("q_") and _not_urgent(text):
        # "this is boring" (twelfth trial AJ8: "Got it, thanks." and the next question): kept as an aside, never an
        # answer; stopping offered kindly (everything is kept), and the question again.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("bored_offer", left=replies.questions_left_words(turn.language or "en",
                                                                     replies.questions_left(turn)))
        return {slot: None}
    if replies.in_a_hurry(text):
        # "can we speed this up please, I'm at work" (V32): kept as an aside, the questions left, and no "why" from
        # here on, this one or a later one (they are asked only sometimes; the worker can ask at the visit). The
        # question waiting is asked again otherwise: it still waits for its answer.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        no_more_whys = {why: SKIPPED for why in questions.why_slots() if turn.slot(why) is None}
        updates = {**no_more_whys, slot: SKIPPED if slot.startswith("why_") else None}
        turn.say("hurry_noted", left=replies.questions_left_words(turn.language or "en",
                                                                     replies.questions_left(turn, updates)))
        return updates
    from bot.conversation import data_rights  # (the lead's V20 module)

    if data_rights.answer_delete_question(turn):  # "can I delete all this?" (V20): how, and the question again
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        return {slot: None}
    young = _says_a_young_age(turn, text)
    if young:  # "14" to "Beth sy'n bwysig i chi?" after tapping "Fi" (V8): a young person, spoken to as "ti"
        return {**young, slot: None}
    if asks_for_the_question_again(text) or is_remark_on_the_conversation(text) or says_they_are_back(text):
        # "Sori, o'n i'n gorfod mynd at Dad… Ble o'n ni?", "you skipped what she wants to change": kept as an
        # aside (no outcomes), and the question again.
        keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
        turn.say("question_again")
        return {slot: None}
    last = _reply_beside_a_flag_it_carries_on(turn, text) if slot.startswith("q_") else None
    if last is not None:
        # AZ17 (stop 46 trial): "nah ignore that im not gonna do anything stupid" / "just been a long week", the second
        # sent before the next question could be read, was taken as the answer to "Is anything worrying you…?" and
        # filed under worries: it is more of the take-back, kept with it, and the question stays just above it.
        if last.question_key == ASIDE_KEY:
            keep_aside(turn, text, last.question_text or question_text(turn, slot), about_whom(turn, slot))
        else:
            store_answer(turn, last.question_key, text, asked=last.question_text)
        turn.say("added_more_noted")
        return {slot: None}
    start = _start_answer_carried_on(turn, slot, text)
    if start is not None:
        # BB8 (stop 48): "its mum, Carol" / "she's 84 and lives alone", typed together at the name of the one they look
        # after: the second was kept as the answer to "What matters most to Carol?", sent between the two. Kept with
        # the answer it carries on, thanked in a few words, the question just above it still waiting.
        store_answer(turn, start, text)
        say_it_was_added(turn, text, more_of_a_burst=True)
        return {slot: None}
    if (slot.startswith("q_") and slot != FIRST_QUESTION
            and (_joined_by_its_words(turn, slot, text) or too_soon_for_the_question(turn, text))
            and not adds_to_an_earlier_answer(text) and _not_urgent(text) and not _carried_on_just_before(turn, text)
            and not _sent_again(turn, text) and not _invited_to_say_more(turn, slot)
            and (_more_of_a_burst(turn) or not _asked_twice_already(turn))):
        # (never after "Taid – neis. Anything about it…?": "a mam" then says more of that answer, kept with it and
        # thanked once, trial 40 AU13's double reply)
        # "sorry pressed send too soon!! and our daughter Ceri comes on Tuesdays…" (seventh trial AA9): kept with the
        # answer it carries on, and the question waiting asked again; a second piece of the same burst is thanked
        # in a few words, the question just above it (AY7, `_more_of_a_burst`).
        # (trial 45 AZ9: the first piece of a burst sent before the question could be read had the whole "back to this
        # question" reply and the question again, which it had not read yet: thanked in a few words too)
        more = _more_of_a_burst(turn) or arrived_too_soon(text, turn.seconds_since_asked, turn.typing_window)
        keep_with_the_last_answer(turn, text)
        # (AY2, AY5: a worry in a burst is heard, not only added; AY15: tiredness or a long lie heard, once)
        say_it_was_added(turn, text, more_of_a_burst=more)
        return {slot: None}
    if (slot == "q_visit_time" and _communication_not_a_time(text) and _not_urgent(text)
            and _last_answer_key(turn) == "communication" and not _more_of_a_burst(turn)):
        # Stop 48, BB16: "he's autistic and doesn't like phone calls", sent just after the answer to "what makes
        # talking easier?" as "when is the best time to visit?" came, was filed as the visit time and shown under "Best
        # time to visit": it says no time, and is more of how to talk to them. Kept there, the time asked again.
        keep_with_the_last_answer(turn, text)
        say_it_was_added(turn, text)
        return {slot: None}
    if slot.startswith("q_") and slot != FIRST_QUESTION and adds_to_an_earlier_answer(text, slot) \
            and _not_urgent(text) and not _added_just_before(turn):
        # "O a hefyd anghofis i ddeud - mae o isio gallu mynd i'r capel eto" (U5): added to what they said, and the
        # question waiting asked again. (A disclosure is read as any answer is: it takes the safe path.)
        keep_day_put_right(turn, text)
        say_it_was_added(turn, text)
        return {slot: None}
    return None


def say_it_was_added(turn: Turn, text: str, *, more_of_a_burst: bool = False) -> None:
    """More of an answer kept: a worry in it heard (replies.heard_in_an_addition), and "I've added that" said once, in
    the words that hear tiredness or a long lie when it tells of them (one acknowledgement, never two in a row)."""
    from bot.conversation import safety  # (safety stores its answers through this module)

    plain = "added_more_noted" if more_of_a_burst else "added_later_noted"  # (AY7: a later piece, a few words)
    reading = safety.read_in_this_conversation(turn, text)
    if safety.please_check(turn, text, reading):
        # "n sometimes i just wanna disappear tbh" as a piece of a burst (stop 45's review, S5): the gentle reply
        # that any "please check" answer gets (the duty team reads it), then that it was added.
        safety.reply_to_please_check(turn, text, reading)
        turn.say(plain)
        return
    key = _added_later_key(text)
    heard = replies.heard_in_an_addition(turn, text, heavy_said_after=key != "added_later_noted")
    turn.say(plain if heard or key == "added_later_noted" else key)


def _added_later_key(text: str) -> str:
    """What is said back to more of an earlier answer: tiredness heard ("dwi di blino'n lan deud gwir": "Mae'n swnio
    fel bod llawer ar eich plât chi"), a fall or a long lie after one, as the risk rules read it ("oedd o ar lawr am
    oria": "Mae hynny'n swnio'n bryderus"),
    else a plain "I've added that" (AY15, stop 44 trial: a tired daughter was told twice "I've added that")."""
    if replies.tells_they_are_tired(text):
        return "added_later_strain"
    if replies.tells_of_a_fall(text):
        return "added_later_worrying"
    return "added_later_noted"


#: The replies to more of an answer (AY7: after any of them, one more piece of the burst is thanked in a few words).
ADDED_LATER_KEYS = ("added_later_noted", "added_later_strain", "added_later_worrying", "added_more_noted")


#: AY6 (stop 44 trial): a question is shown at most this many times in a row (Jay's "How would you like people to
#: support you?" came five times, until "bro i literally just answered that").
ASKED_AT_MOST = 2


def _asked_twice_already(turn: Turn) -> bool:
    """Whether the question waiting was already put again after an earlier reply (`Turn.earlier_replies`: each
    reply to it that was no answer brought it again, or words that stood in for it): then the next message is its
    answer, never one more piece of the answer before with the question a third time (AY6)."""
    return turn.earlier_replies() >= ASKED_AT_MOST - 1


def _more_of_a_burst(turn: Turn) -> bool:
    """Whether the reply just before thanked them for more of an answer ("added that to what you told me… back to this
    question", or the short "added that too"): this is one more piece of the same burst, thanked in a few words with
    no question after it, as it is just above (AY7: Telegram showed three fragments three "back to this question"
    replies and the question three times)."""
    return any(_just_said(turn, key) for key in ADDED_LATER_KEYS)


def _put_just_above(turn: Turn, slot: str) -> bool:
    """Whether the name question, as it would be put now, is what was said just before the short thanks for a piece
    of a burst at "who is talking?" (BA17): then it is not put again."""
    return slot == "name" and _question_just_above(turn, slot)


def _question_just_above(turn: Turn, slot: str) -> bool:
    """Whether the question, as it would be put now, is what was said just before our last line."""
    said = turn.said_before()
    key, values = _as_put(turn, slot)
    return len(said) >= 2 and said[-2] == turn.render(key, **values).text


def _thanked_for_more_just_now(turn: Turn) -> bool:
    """Whether the last thing said was the short thanks for one more piece of a burst (AY7): it stands in for the
    question, which is just above it."""
    return _said_last(turn, "added_more_noted")


#: Words beside questions to us that make the message an answer too ("tecst nid ffonio… fi'n carry on neu?").
ANSWER_WORDS_BESIDE_A_QUESTION = 2


def _words_outside(text: str, spans: list[tuple[str, int, int]]) -> int:
    """How many words of `text` are outside the spans, leaving out lead-ins ("na. wel,", "ok so")."""
    kept, at = [], 0
    for _, start, end in sorted(spans, key=lambda span: span[1]):
        kept.append(text[at:start])
        at = max(at, end)
    kept.append(text[at:])
    rest = re.findall(r"[^\W\d_]{2,}", " ".join(kept).lower())
    return sum(w not in {"na", "no", "ok", "okay", "wel", "well", "so", "ia", "ie", "yeah", "um", "ym", "and", "ac",
                         "lol", "sori", "sorry", "diolch", "thanks"} for w in rest)


def answer_what_next(turn: Turn, text: str) -> None:
    """The answer to each question to us about what happens next, or whether to carry on, in the message (AG13)."""
    from bot.conversation.steering import what_happens_next  # (steering builds on this module)

    for key in dict.fromkeys(key for key, _, _ in questions_about_what_next(text)):
        turn.say(what_happens_next(turn) if key == "return_what_next" else key)


def _said_already(turn: Turn, slot: str, text: str) -> dict[str, Any] | None:
    """"wedes i hwnna yn barod?? pam ti moyn gwbod?", "I already said that" (eighth trial AB13: the question was asked
    again and the "already" not heard): sorry, the earlier answer stands for this question (kept where it was, not
    stored again), their words kept as an aside, a question why we ask answered, and the next question. Before any
    answer was kept there is nothing to point at: read as anything else is."""
    if not slot.startswith("q_") or not says_it_was_said_already(text):
        return None
    told = repository.answer_texts(turn.sender_id, leave_out=_NOT_TOLD_ANSWERS)
    if not told:
        return None
    keep_aside(turn, text, question_text(turn, slot), about_whom(turn, slot))
    if not ends_with_a_stop(text):  # (stopping now: "let's go on" would not be true, AG6; the stop's reply follows)
        turn.say("said_already_sorry")
    if any(replies.asks_why_we_ask(part) for part in re.split(r"(?<=[.!?])\s+", text)):
        turn.say("why_we_ask")
    taken = {slot: told[-1]}
    replies.nearly_done(turn, taken)
    return taken


#: Where the answer begins after a day put right at the start of a message: "…, anyway", "… beth bynnag", "… ta
#: waeth", or the next sentence.
_THEN_THE_ANSWER = re.compile(
    r"[\s,;:.!?–—-]*\b(?:but\s+|ond\s+)?(?:anyway|any\s+way|anyhow|beth\s+bynnag|ta\s+waeth|ta\s+beth|eniwe|eniwei)\b"
    r"[\s,;:.!?–—-]*|(?<=[.!?])\s+", re.IGNORECASE)
#: The answer after it has at least this many words (else the whole message is the correction).
_ANSWER_WORDS = 2


def _day_put_right_then_answer(text: str) -> tuple[str, str] | None:
    """A message that opens by putting a day or time right and then answers the question waiting ("sorry I meant
    Tuesday not Monday, anyway what matters to me is…", "sori, o'n i'n meddwl dydd Mawrth nid dydd Llun. Beth
    sy'n bwysig i fi ydi…"): (the correction, the answer), each as typed; None for anything else."""
    opening = _ADDS_TO_EARLIER.match(text)
    if opening is None:
        return None
    cut = _THEN_THE_ANSWER.search(text, opening.end())
    if cut is None or cut.end() == cut.start():
        return None
    correction, answer = text[:cut.start()].rstrip(), text[cut.end():].strip()
    if not A_DAY_OR_TIME.search(correction) or len(answer.split()) < _ANSWER_WORDS:
        return None
    return correction, answer


def keep_day_put_right(turn: Turn, text: str) -> None:
    """Keep something added to an earlier answer: a day or time put right once the visit time was answered with a
    day or time goes with the visit time ("sorry I meant Tuesday not Monday": the worker reads both there, fourth
    trial X7), as typed; anything else is added to what they said (keep_added_later)."""
    visit = repository.answer_texts(turn.sender_id, only=VISIT_TIME[2:])
    if A_DAY_OR_TIME.search(text) and any(A_DAY_OR_TIME.search(t) for t in visit):
        store_answer(turn, VISIT_TIME, text, asked=turn.render("added_later_question").text)
    else:
        keep_added_later(turn, text)


def _just_asked(turn: Turn, slot: str) -> bool:
    """Whether the message answered this very question (so "what do you mean?" is about it, not the next one): it is
    among the last things said (True when the channel cannot tell)."""
    said = turn.said_before()
    if not said:
        return True
    words = (turn.render(slot).text, turn.render("plain_" + slot).text)
    return any(w in s for s in said[-4:] for w in words)


def _put_plainly_before(turn: Turn, slot: str) -> bool:
    """Whether this question was already put in plainer words in this conversation, since any start again."""
    plain = "plain_" + slot
    if plain not in messages.catalogue():
        return False
    words = turn.render(plain).text
    return any(words in said for said in turn.said_since_start_again())


def _says_a_young_age(turn: Turn, text: str) -> dict[str, Any]:
    """After "Fi – mae hyn amdana i", a bare age under 18 typed as an answer (stop-22 trial V8: "14" was kept as what
    matters to a 14-year-old spoken to as "chi"): kept with who is talking, as the start keeps it, and from now on
    a young person, "ti"; the question again. Returns the slot updates, or {} for anything else."""
    if turn.role != "person" or not is_only_a_young_age(text):
        return {}
    store_answer(turn, "role", text)  # with who is talking: their age decides which helplines fit
    repository.update_conversation(turn.sender_id, completed_by="young_person", register="ti")
    for name, value in (("role", "young_person"), ("completed_by", "young_person"), ("register", "ti")):
        turn.set(name, value)
    turn.say("young_age_noted")
    return {"role": "young_person", "completed_by": "young_person", "register": "ti"}


def _asks_for_ti(turn: Turn, text: str) -> tuple[dict[str, Any], tuple[tuple[int, int], ...]] | None:
    """Asked not to be called "chi" or spoken to as someone old (tenth trial AE3: "lol pam ti'n deud chi, dwi ddim yn
    nain 😂" was ignored, and she kept hearing "chi" and the adult helplines): from now on "ti", and the lines made for
    young people (they follow the register, bot.conversation.safety); the person talking for themselves is a young
    person. Said once, briefly. Returns the slot updates and where the request is, or None when there is none (or they
    gave an adult's age, or "ti" is used already)."""
    from bot.conversation.safety import own_age  # (safety stores its answers through this module)

    request = asks_for_ti_at(text)
    if not request or turn.register == "ti":
        return None
    age = own_age(turn)
    if age is not None and age >= ADULT_AT:
        return None
    switched: dict[str, Any] = {"register": "ti"}
    if turn.role in (None, "person"):
        switched.update(role="young_person", completed_by="young_person")
    for name, value in switched.items():
        turn.set(name, value)
    turn.ensure_record()
    repository.update_conversation(turn.sender_id, register="ti", completed_by=switched.get("completed_by", turn.role))
    turn.say("register_ti_noted")
    return switched, tuple(request)


def _says_nothing_more(text: str, left_out: tuple[tuple[int, int], ...]) -> bool:
    """Whether the message says nothing but what is left out of it (a request beside the answer): too few words."""
    rest = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in left_out))
    said = [w for w in re.findall(r"[^\W\d_][\w']+", fold(rest).lower()) if w not in _NO_ANSWER_WORDS]
    return len(said) < ANSWER_BESIDE_A_REQUEST_WORDS


def _invited_to_say_more(turn: Turn, slot: str) -> str:
    """The one-word answer already kept for this question when the invitation to say more is waiting, else ""."""
    if slot not in replies.INVITES_MORE or turn.slot(slot) is not None:
        return ""
    return " ".join(repository.answer_texts(turn.sender_id, only=question_key(slot)))


def required_slots(slot: Callable[[str], Any]) -> list[str]:
    """The slots the form still has to fill, in order, given the answers so far."""
    slots = ["consent_choice"]
    if slot("consent_choice") == "no":
        return slots
    slots += ["role", "name"]
    role = slot("role")
    if role == "carer":
        slots += ["cared_for_name", "relationship"]
    # A family carer is asked about their own life; a support worker answering for the person is there for their
    # job, so is not (stop-24 trial T7: "ha, I'm paid staff... this isn't really about me. skip").
    asks_carers_own = role == "carer" and not answers_as_a_professional(slot("relationship"))
    for question in questions.QUESTIONS:  # read at call time: the table is the one source
        if question.asked_of == CARERS_OWN and not asks_carers_own:
            continue
        slots.append(question.slot)
        value = slot(question.slot)
        if question.why_slot and value and value not in SENTINELS and is_service_led(str(value)):
            slots.append(question.why_slot)
    return slots + readback.required_slots(slot)
