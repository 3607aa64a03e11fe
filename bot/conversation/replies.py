"""What the assistant says back to an answer, so the conversation does not feel like a form (stop-21 trial U36, U13).

Before the next question: an acknowledgement that fits what was written (warmer for a long answer, lighter when they
say they are OK, a human line for "thank you for listening"), varied rather than "Thanks." every time; once per
conversation a light invitation to say more after a one-word answer; "a couple more questions" near the end for young
people and carers; how many questions are left when they ask; and a question put in plainer words when they ask what
it means. Every line is in bot/messages (questions.yml, welcome.yml), Welsh and English, "chi" and "ti".

This module reads only the turn and the record; bot.conversation.answers calls it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from bot import messages
from bot.analysis.about_assistant import answered_before
from bot.analysis.cant_go_on import says_they_cannot_go_on
from bot.analysis.controls import carries_on, is_button_payload, phrase_key
from bot.analysis.glossary import word_asked_about
from bot.analysis.language import apologises_for_their_welsh
from bot.analysis.loss import loss_long_ago, tells_of_a_loss
from bot.analysis.safe_reply import makes_light_of_it
from bot.analysis.text import fold, plain_fold, short_message_says
from bot.analysis.thanks import thanks_for_the_chat
from bot.analysis.types import RiskAssessment
from bot.conversation import questions
from bot.conversation.turn import SENTINELS, Turn
from bot.safeguarding.helplines import Helpline, format_helplines, helplines_for
from bot.storage import repository

#: An answer this long (in words) gets the warmer acknowledgement.
LONG_ANSWER_WORDS = 40
#: An answer this short (in words) to an open question may get the one invitation to say more.
ONE_WORD_ANSWER_WORDS = 2
#: "I'm fine really" in an answer this short (in words) is what the answer says, not a passing phrase.
OK_ANSWER_WORDS = 15
#: How many questions are left when "a couple more" is said.
NEARLY_DONE_LEFT = 2
#: The ordinary acknowledgements, taken in turn so no two answers in a row get the same words.
ORDINARY_ACKS = ("ack", "ack_2", "ack_3")
#: A worry or a hard thing told, about anyone (stop-23 trial W29): a word for it, never "that really helps".
WORRY_ACKS = ("ack_worry", "ack_worry_2")
#: After those two, shorter words, in turn (seventh trial AA15: "Mae hynny'n swnio'n anodd. Diolch – bydd y gweithiwr
#: yn gweld hyn." five times in one conversation).
LATER_WORRY_ACKS = ("ack_worry_3", "ack_worry_4")
LONG_ACKS = ("ack_long", "ack_long_2")

#: Open questions where a one-word answer is invited to say more (not who, how to get in touch or when to visit:
#: one word answers those, nor "anything else?").
INVITES_MORE = frozenset({"q_what_matters", "q_strengths", "q_keep", "q_change", "q_support", "q_worries",
                          "q_carer_own", "q_carer_support"})
#: Questions about good things, where the person's own word may be said back with "nice" ("Fifa – nice.").
GOOD_THINGS = frozenset({"q_what_matters", "q_strengths", "q_keep", "q_carer_own"})

_OK = re.compile(
    r"(?<![\w'])(?:(?:i'?m|im|i\s+am)\s+(?:(?:doing|feeling|really|actually|generally|mostly)\s+)?"
    r"(?:ok|okay|fine|alright|all\s+right|good|grand|not\s+too\s+bad)"
    r"|(?:dw\s+i|dwi|dw|wi|rwy|rydw\s+i|fi)\s*['’]?n\s+(?:iawn|oce|ok|grêt|gret|dda|champion|eitha\s+da)"
    r"|(?:dw\s+i|dwi)\s+(?:yn\s+)?iawn|all\s+good|no\s+worries\s+really)(?![\w'])", re.IGNORECASE)
#: Saying they are tired: "its been a long night", "wedi blino'n lân".
_TIRED = re.compile(
    r"(?<![\w'])(?:long\s+(?:night|day|week)|tired|exhausted|knackered|shattered|worn\s+out|(?:wedi|di|'di)\s+blino(?:['’]n\s+l[aâ]n)?|blinedig"
    r"|noson\s+hir|diwrnod\s+hir|wedi\s+ymlad+|wedi\s+llwyr\s+ymlad+)(?![\w'])", re.IGNORECASE)


def tells_of_a_fall(text: str) -> bool:
    """Whether the risk rules read a fall or a long lie after one in the words ("oedd o ar lawr am oria", "was on the
    floor for hours"): worrying, said back as such (AY15, stop 44 trial). The falls rows of risk_patterns.tsv are the
    one reading: a second regex here said "worrying" to a Welsh long lie the record held no flag for (M10, stop 45
    review)."""
    from bot.analysis.risk import rules_only  # (the risk package reads more than this module needs at import)

    return "falls" in rules_only(text).categories


def tells_they_are_tired(text: str) -> bool:
    """Whether the words say they are tired out ("dwi di blino'n lan", "I'm shattered": _TIRED)."""
    return _TIRED.search(fold(text)) is not None


#: One word that says no, not sure or nothing: never invited to say more.
_NOTHING_MORE = frozenset({"??", "a", "byd", "ddim", "dim", "do", "dont", "dunno", "dwn", "dwnim", "dwnimbe", "fine",
    "gwybod", "ia", "iawn", "idea", "idk", "ie", "im", "k", "know", "llawer", "lol", "meh", "much", "n", "na", "nac",
    "naddo", "nage", "nah", "nid", "no", "none", "nope", "not", "nothing", "nowt", "oes", "ok", "okay", "really",
    "rili", "sai'n", "same", "sure", "syniad", "ya", "ydw", "ydy", "yeah", "yep", "yes", "yh"})
_NOTHING_MORE_PHRASES = frozenset({"not really", "no idea", "dont know", "don't know", "not sure", "dim byd",
                                   "dim syniad", "nac oes", "nac ydw", "dim really", "dim rili", "not much",
                                   "dim llawer", "nothing really", "no thanks", "na diolch", "dim diolch",
                                   # "just that": what they said already (stop-26 trial W13)
                                   "just that", "jyst hynna", "jyst hynny", "only that"})
#: A word said back is only one a reader would say back: letters (a hyphen or apostrophe inside), not too long.
_SAYABLE_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
_SAYABLE_LETTERS = 20
_LANGUAGE_NAMED = re.compile(r"cymraeg|gymraeg|welsh|english|saesneg")
#: Words never said back with "nice" even where the risk reader hears nothing in them.
_NOT_NICE = re.compile(
    r"(?:hospital|ysbyty|pain|poen|sad|trist|alone|unig|death|dead|marw|funeral|angladd|bully|bullied|bwlio|drink|drugs"
    r"|cyffuria|police|heddlu|court|llys|money|arian|debt|dyled|exam|arholiad|school|ysgol|work|gwaith|nobody|neb"
    r"|sleep|cysgu|cry|crio|hate|casau|fight|ffraeo|ffrae|hurt|brifo|scared|ofn|worried|poeni|anxious|anxiety|pryder"
    r"|depress|iselder|stress|straen|tired|blino|ill|sal|sick|cancer|canser|care|gofal|social|foster|maeth)",
    re.IGNORECASE)



def _key(text: str) -> str:
    return plain_fold(phrase_key(text))


def says_they_are_ok(text: str) -> bool:
    """"Ond dw i'n iawn", "but I'm OK really", "I'm fine": the person says they are all right."""
    return _OK.search(plain_fold(text)) is not None


def thanks_at_the_end(text: str) -> bool:
    """"thank you for listening, its been a long night", "diolch am wrando": thanks for the conversation itself (the one
    reader: bot.analysis.thanks, stop 49)."""
    return thanks_for_the_chat(text)


def says_nothing_more(text: str) -> bool:
    """"no", "dunno", "dim byd", "🤷": an answer with nothing in it to ask more about."""
    key = _key(text)
    if not re.search(r"[^\W\d_]", key):
        return True  # only emoji, digits or punctuation: a shrug
    return key in _NOTHING_MORE_PHRASES or all(w in _NOTHING_MORE for w in key.split())


#: Moving on typed after the invitation to say more (the button sends /skip).
_MOVE_ON = frozenset({"move on", "next", "next question", "symud ymlaen", "nesa", "nesaf", "cwestiwn nesa", "ymlaen",
                      "no thats it", "thats it", "thats all", "that's it", "that's all", "dyna fo", "dyna ni",
                      "dyna'r cwbl"})


def moves_on(text: str) -> bool:
    """"move on", "carry on", "symud ymlaen", "that's it": nothing to add after the invitation to say more."""
    return says_nothing_more(text) or carries_on(text) or re.sub(r"[\s?!.…]+$", "", _key(text)) in _MOVE_ON


#: "pam ti'n gofyn hyn i gyd?", "why are you asking all this?", "what's this for?" (stop-22 trial V3: kept as a wish).
_WHY_WE_ASK = re.compile(
    r"(?<![\w'])(?:why\s+(?:are|r)\s+(?:you|u)\s+(?:even\s+)?asking(?:\s+me)?(?:\s+(?:all\s+)?(?:this|these|that|them))?"
    r"|why\s+(?:do|d)\s+(?:you|u|ya)\s+(?:need|want|wanna|wana)\s+(?:to\s+)?know|why\s+do\s+(?:you|u)\s+ask|what(?:'s|s|\s+is)\s+(?:all\s+)?this\s+for"
    r"|pam\s+(?:(?:wyt|ydych|dach|dych|ych)\s+)?(?:ti|chi)\s*['’]?\s*(?:n|yn)?\s*(?:gofyn|holi|ofyn)"
    r"|pam\s+(?:bod\s+)?(?:ti|chi)\s*['’]?\s*(?:n\s+|yn\s+)?(?:isio|isie|isho|eisiau|eisie|moyn|mo[iy]n)\s+(?:gwybod|gwbod|gwbo|wbod)"
    # A bare "pam" / "pam?" / "why?" / "y tho" (fifth trial Y6: "Pam – neis", and "pam" listed under Strengths): the
    # whole message asks why, about the question just put.
    r"|^(?:why|wai|whyy+|pam|pamm+|how\s+come|y\s+(?:tho|though))(?:\s+(?:tho|though|like|lol|te|then|that|hynna|ynde))?\W*$"
    r"|(?:beth|be)\s+(?:yw|ydi|di)\s+(?:pwrpas|diben)\s+(?:hyn|hwn|hyn\s+i\s+gyd))(?![\w'])", re.IGNORECASE)
#: Asking why is a short message: longer, it is an answer that wonders on the way.
WHY_WE_ASK_WORDS = 10


def asks_why_we_ask(text: str) -> bool:
    """"pam ti'n gofyn hyn i gyd?", "why are you asking me all this?": about the conversation, never a wish."""
    return why_we_ask_in(text) is not None


def why_we_ask_in(text: str) -> Literal["whole", "part"] | None:
    """"whole" when a short message only asks why we ask, "part" when it answers first ("I want more help at home. why
    do you ask?": the answer is kept, then why), else None. "What's the point of this?" is
    bot.analysis.about_assistant's (the honest answer: who reads it and when)."""
    if len(text.split()) > WHY_WE_ASK_WORDS or _WHY_WE_ASK.search(_key(text)) is None:
        return None
    sentences = re.split(r"(?<=[.!?\n])", fold(text))
    asking = next((i for i, sentence in enumerate(sentences) if _WHY_WE_ASK.search(_key(sentence))), 0)
    return "part" if answered_before("".join(sentences[:asking])) else "whole"


#: "Methu cario mlaen", "ffaelu mynd mla'n" (can't go on), read by both the feeling and the hard-words readers below.
_CANT_GO_ON = r"(?:methu|ffaelu|ffili|fethu)\s+(?:cario|mynd)\s+(?:ymlaen|mlaen|mlan|mla'?n)"

#: Saying how they feel themselves ("fi'n teimlo bach yn unig ambell waith", "I'm not sleeping great myself", "running
#: on empty"; stop-22 trial V23: a carer's tiredness got no word).
_FEELING = re.compile(
    r"(?<![\w'])(?:i'?m|im|i\s+am|i\s+feel|i\s+get|i'?ve\s+been|ive\s+been|i\s+have\s+been|feeling|fi'?n|dwi'?n|dw\s+i'?n"
    r"|wi'?n|rwy'?n|dwi|dw\s+i|wi\s+wedi|fi\s+wedi|i\s+can'?t|i\s+cannot)(?:\s+[\w']+){0,3}?\s+(?:lonely|isolated|unig|exhausted|knackered|shattered|worn\s+out|tired"
    r"|blino|flinedig|blinedig|not\s+sleeping|ddim\s+yn\s+cysgu|methu\s+cysgu|heb\s+gysgu|haven'?t\s+slept|struggling"
    r"|stressed|isel|fed\s+up|overwhelmed|anxious|pryderus|running\s+on\s+empty|ar\s+ben\s+fy\s+nhennyn|cry|cried|crying"
    r"|crio|guilty|euog|scared|ofn|can'?t\s+(?:cope|keep\s+(?:going|doing\s+this))|methu\s+ymdopi|alla\s+i\s+ddim\s+cario"
    # tenth trial AE15: "Fi'n ffaelu cario mlan fel hyn, wi wedi blino'n shwps" (a carer) got "Diolch, dw i wedi nodi
    # hynny"; "I can't carry on like this" is its twin
    r"|" + _CANT_GO_ON + r"|carry\s+on\s+like\s+this"
    r"|go\s+on\s+like\s+this"
    # stop-24 trial T8: "dwi'n teimlo fel baich ar bawb", "dwi ddim yn gweld pwynt", "I feel like a burden"
    r"|baich|a\s+burden|trist|sad|digalon|hopeless|anobeithiol|miserable|gweld\s+(?:y\s+)?pwynt|see\s+the\s+point)(?!\w)|(?<![\w'])feel(?:ing)?\s+(?:a\s+bit\s+|quite\s+|so\s+)?"
    r"(?:low|down)(?![\w'])", re.IGNORECASE)


#: A worry or a hard thing told about anyone (stop-23 trial W29: a 16-year-old lifting her drunk dad off the floor, a
#: mother found at the bus stop at 3am, a sister not eating since Tuesday, "Dwi heb siarad efo neb arall ers wythnosau"
#: each got "Thank you for giving so much detail – that really helps" or "Iawn, diolch yn fawr").
_WORRY = re.compile(
    r"(?<![\w'])(?:worried|worry(?:ing)?|worries\s+me|scared|frightened|terrified|afraid|fell|has\s+fallen|falls\s+(?:over|down)"
    r"|on\s+the\s+floor|off\s+the\s+floor|(?:been|was|were|got)\s+found|found\s+(?:her|him|them)|wander(?:s|ed|ing)?\s+(?:out|off)|got\s+lost|gets\s+lost"
    r"|(?:hasn'?t|has\s+not|hadn'?t|not|won'?t|isn'?t)\s+(?:been\s+)?eat(?:en|ing)?|blood|bleeding|ambulance|a\s*&\s*e"
    r"|breaks\s+my\s+heart|heartbreaking|can'?t\s+cope|(?:hasn'?t|haven'?t|not)\s+spoken\s+to\s+any(?:one|body)"
    r"|poeni|pryderu|yn\s+bryder|(?<!rhag\s)ofn|dychryn|syrthio|disgyn|cwympo|ar\s+(?:y\s+)?llawr|o'?r\s+llawr|crwydro|ar\s+goll"
    r"|heb\s+(?:fwyta|fyta)|ddim\s+yn\s+(?:bwyta|byta)|gwaed|gwaedu|ambiwlans|torri\s+(?:fy\s+)?nghalon|methu\s+ymdopi"
    r"|heb\s+siarad\s+(?:efo|gyda|â|a)\s+neb)(?![\w'])", re.IGNORECASE)
#: Saying there is nothing to worry about: "no worries", "I'm not worried", "dim ofn", "dwi ddim yn poeni". Not "don't
#: worry" said on the way ("she fell ... 6 hours on the floor ... I'm not going to top myself don't worry lol", W30).
_NO_WORRY = re.compile(
    r"(?<![\w'])(?:no\s+worries|not\s+(?:really\s+)?worried|nothing\s+(?:to\s+)?worr|never\s+worr"
    # A wish to be free of the worry is no worry told (sixth trial Z8: "a sitter one evening a week so i can go to
    # zumba and choir without worrying" got "that sounds worrying").
    r"|without\s+(?:having\s+to\s+)?worr|so\s+(?:i|we)\s+(?:don'?t|do\s+not|dont|wont|won'?t)\s+(?:have\s+to\s+)?worr"
    r"|heb\s+(?:orfod\s+)?(?:boeni|poeni|becso|fecso|pryderu|bryderu)"
    r"|(?:ddim|dim)\s+yn\s+poeni|dim\s+ofn|heb\s+ofn)", re.IGNORECASE)


#: Something hard said in words, beside a worry (tells_a_worry): "Jest bod hi'n anodd", "mewn poen", "it's too much",
#: "I'm struggling". Only where such words (or a worry) are said does an answer get "that sounds hard" (AA15: said after
#: "Cwsg! Noson lawn o gwsg. Cael mynd i'r côr nos Iau eto", a list of happy wishes read as carer strain).
_HARD = re.compile(
    r"(?<![\w'])(?:anodd|galed|caled|hard|difficult|tough|struggl\w*|poen|pain|in\s+agony|hurts?|brifo|ofnadwy|awful"
    r"|terrible|horrible|upset|ypset|crio|cry|cries|crying|llefen|ormod|too\s+much|can'?t\s+cope|methu\s+ymdopi|lonely"
    r"|unig|blino'?n\s+lan|exhausted|shattered|knackered|worn\s+out|gweiddi|shouting|torri\s+(?:ei|fy)\s+(?:chalon|nghalon)"
    r"|" + _CANT_GO_ON + r"\s+fel\s+(?:hyn|'?ma|yma)"
    r"|can'?t\s+(?:carry|go)\s+on\s+like\s+this"
    r"|heartbroken|breaks\s+(?:my|her|his)\s+heart)(?![\w'])", re.IGNORECASE)


def tells_of_something_hard(text: str) -> bool:
    """A worry, or something hard said in words ("Jest bod hi'n anodd", "he's in pain"): what "that sounds hard" is
    said back to, never a flag alone."""
    return tells_a_worry(text) or _HARD.search(plain_fold(text)) is not None


#: A thing that is lost, never a person: "sbectol ar goll hannar yr amser" (eleventh trial AG14: glasses mislaid got
#: the word said to a worry), "keys always get lost", "his hearing aid got lost".
_A_THING_LOST = re.compile(
    r"(?<![\w'])(?:sbectol|spectol|sbecs|specs|glasses|spectacles|ffon|phone|allweddi|goriad(?:au)?|keys?|pwrs|purse"
    r"|waled|wallet|remote|teclyn|bag|cerdyn|card|tabledi|pils|pills|dannedd|teeth|hearing\s+aids?|cymorth\s+clyw"
    r"|papurau|papers|llythyr(?:au)?|letters?|sliper(?:s|i)?|slippers?|cot|coat|het|hat|ffon\s+gerdded|stick)"
    r"(?:\s+(?:fo|fe|o|e|hi|i|fi|ni|nhw))?\s+(?:(?:yn|wastad|always|often|keep|keeps|kept|mynd|going|get|gets|got)\s+)*"
    r"(?:ar\s+goll|lost)(?![\w'])", re.IGNORECASE)


def tells_a_worry(text: str) -> bool:
    """A worry or a hard thing told, about themselves or someone else ("she was found at the bus stop at 3am", "dwi'n
    gorfod codi fo o'r llawr"): heard with a word of its own. A thing mislaid ("sbectol ar goll") is none."""
    key = _A_THING_LOST.sub(" ", plain_fold(text))
    return _WORRY.search(key) is not None and _NO_WORRY.search(key) is None


def says_how_they_feel(text: str) -> bool:
    return _FEELING.search(plain_fold(text)) is not None


#: A feeling said short, without "I'm" ("bit scared tbh", "braidd yn ofnus"): read only after a disclosure
#: (`feeling_after_a_disclosure`).
_SHORT_FEELING = re.compile(
    r"(?<![\w'])(?:a\s+)?(?:bit|abit|little|kinda|kind\s+of|pretty|quite|so|really|well|bach|braidd|eitha|reit|mor)"
    r"\s+(?:yn\s+)?(?:scared|frightened|worried|anxious|nervous|terrified|upset|shaken|ofnus|ofn|poeni|bryderus|nerfus"
    r"|nerfys|ypset)\b")


def feeling_after_a_disclosure(turn: Turn, text: str, reading: RiskAssessment) -> bool:
    """An answer that reads no risk but says how they feel ("friday innit. where im gonna sleep… bit scared tbh but im
    ok"), after a disclosure in this conversation: said back kindly, not "Thanks." (the thirteenth trial's AK13, a
    young man to be homeless by Friday)."""
    if reading.level != "none" or not (says_how_they_feel(text) or _SHORT_FEELING.search(plain_fold(text))):
        return False
    return bool(repository.other_urgent_categories(turn.sender_id, turn.message_id))


#: In a hurry: "can we speed this up please, I'm at work" (stop-22 trial V32: it became Ron's only change outcome).
#: About this conversation only: "Siarad Cymraeg efo hi, a pheidio â'i brysio" (don't rush her) and "I'm in a rush
#: every morning getting Mum ready" are answers.
_HURRY = re.compile(
    r"(?<![\w'])(?:speed\s+(?:this|it|things)\s+up|hurry\s+(?:this|it)\s+up"
    r"|(?:i'?m|im|i\s+am)\s+in\s+a\s+(?:rush|hurry)(?=\s*(?:$|[.,!;:-]|now|right\s+now|sorry|at\s+work|so\b|can\b"
    r"|could\b|please|pls))"
    r"|(?:don'?t|dont|do\s+not)\s+have\s+time\s+for\s+(?:this|all\s+this)|no\s+time\s+for\s+(?:this|all\s+this)"
    r"|(?:mynd|fynd|neud|wneud|gwneud|symud|sumud)\s+(?:hyn\s+|drwy\s+hyn\s+|drwyddo\s+)?yn\s+gyflymach|hyn\s+yn\s+gyflymach"
    r"|^\W*(?:brysia|brysiwch)|(?:gawn|allwn|gallwn)\s+ni\s+frysio|(?:dw\s+i|dwi|wi|fi|rydw\s+i)\s*(?:'n|yn)?\s+ar\s+frys"
    r"|(?:dim|does\s+dim)\s+amser\s+(?:gen\s+i\s+)?(?:i\s+hyn|am\s+hyn)"
    # "I've only got 5 mins", "dim ond 5 munud sgen i", "jyst deg munud" (stop-25 trial U10)
    r"|(?:only|just)\s+(?:got|have|has)\s+(?:\d+|a\s+few|two|five|ten|fifteen)\s+(?:mins?|minutes)"
    r"|(?:dim\s+ond|jyst|jest)\s+(?:\d+|dwy|pum|pump|deg|chydig\s+o|ychydig\s+o)\s+(?:munud|funud))(?![\w'])",
    re.IGNORECASE)
#: A hurry is a short message: longer, it is an answer said in a hurry.
HURRY_WORDS = 14


def mentions_a_hurry(text: str) -> bool:
    """Says they are short of time, in a message of any length ("Sorry I've only got 5 mins, school run. It's for my
    mum..."): at consent, where nothing can be kept yet, the hurry is still heard."""
    return _HURRY.search(_key(text)) is not None


def in_a_hurry(text: str) -> bool:
    """"can we speed this up please, I'm at work", "dwi'n y gwaith, dim amser": asking to go faster, not an answer."""
    return short_message_says(text, _HURRY, HURRY_WORDS, read=_key)


def word_meaning_asked(turn: Turn) -> bool | None:
    """A learner asks what a word of ours means ("Beth ydy 'cymorth'?", "What does poeni mean?", "be di ystyr …":
    thirteenth trial AK6): its meaning said, in simple Welsh and in English. True when that was all the message asked
    (the question waiting is then asked again, and the message is never an answer or an outcome), False when it says
    more (an answer, taken as usual), None when it asks about no word of ours (nothing said)."""
    if is_button_payload(turn.latest_text):
        return None
    asked = word_asked_about(turn.latest_text)
    if asked is None:
        return None
    meaning, alone = asked
    # A Welsh word is Welsh for its English; an English word of ours ("What does consent mean?", trial 38 AR12) is
    # explained in the chat's language.
    key = "word_meaning" if meaning.language == "cy" else "word_meaning_english"
    turn.say(key, word=meaning.word, welsh=meaning.welsh, english=meaning.english)
    return alone


def _variant(keys: tuple[str, ...], turn: Turn) -> str:
    """One of `keys`, turn by turn: which one follows from how many questions were answered."""
    answered = sum(1 for slot in questions.question_slots() if turn.slot(slot) not in (None, *SENTINELS))
    return keys[answered % len(keys)]


#: Concerns after which a young person is told, once, who they can talk to now (not 999: nothing says danger).
YOUNG_LINES_FOR = frozenset(("low_mood", "self_harm"))


def lines_for_young_low_mood(turn: Turn, reading: RiskAssessment) -> None:
    """A young person's first low mood ("sometimes i dont see the point of anything") gets the lines made for young
    people (Childline, Meic) after the word for it, as a concern: no alert, no 999.

    Why (stop-27 trial X13): a 15-year-old in foster care got only "I've noted it", while a 12-year-old's idiom, read
    as urgent by mistake, got Childline. Help to talk should follow what is heavy, not an alarm."""
    if turn.register != "ti" and turn.role != "young_person":
        return
    if reading.level != "concern" or not YOUNG_LINES_FOR.intersection(reading.categories):
        return
    language = turn.language or "en"
    lines = [h for h in helplines_for(list(reading.categories), young_person=True, language=language)
             if h.young_person_always and not h.always]
    if lines:
        turn.say("young_lines_to_talk", helplines=format_helplines(lines, language, "ti"))


def a_carer_cannot_go_on(turn: Turn, text: str) -> bool:
    """A carer saying they cannot go on ("I can't go on like this", "fi ar ben fy nhennyn"): the caring too much, or a
    wish to die; asked gently which (`carer_cannot_go_on`, or inside the "please check" reply,
    bot.conversation.safety.reply_to_please_check)."""
    return turn.role == "carer" and says_they_cannot_go_on(text)


def carer_cannot_go_on(turn: Turn, text: str, reading: RiskAssessment) -> bool:
    """A carer who says they cannot go on, read as no more than a concern, is asked gently what they mean (the caring
    too much, or thoughts of harming themselves), given a line to talk to now and told of their right to a carer's
    assessment and of Carers Wales; no 999 (nothing says danger). Said when it was; False otherwise.

    Why (the sixteenth trial's AR9): a carer's "Some days I feel like I can't go on like this" got only "Thank you for
    saying how you're feeling. I've noted that for the worker.": no check, no carer support, no line to talk to."""
    if reading.level == "urgent" or reading.please_check or not a_carer_cannot_go_on(turn, text):
        return False
    language = turn.language or "en"
    lines = carers_lines(language)
    turn.say("carer_cant_go_on", helplines=format_helplines(lines, language, turn.register))
    return True


def carers_lines(language: str) -> list[Helpline]:
    """The lines for a carer under strain to talk to now (not 999: `carer_cannot_go_on`)."""
    return [h for h in helplines_for(["carer_strain"], young_person=False, language=language) if not h.always]


def acknowledge(turn: Turn, slot: str, text: str, reading: RiskAssessment, *, heavy: bool,
                answered_already: bool) -> None:
    """The line before the next question (_acknowledge), and after an answer that says sorry for its Welsh ("Sorry am
    y Cymraeg drwg": thirteenth trial AK15, no word back) a short word that their Welsh is fine."""
    _acknowledge(turn, slot, text, reading, heavy=heavy, answered_already=answered_already)
    if turn.language == "cy" and apologises_for_their_welsh(text):
        turn.say("welsh_is_fine")


def _rules_read_heavy(text: str) -> bool:
    """Whether the risk rules themselves (not the learned model) read low mood in these words (AX2)."""
    from bot.analysis.risk import rules_only  # (the risk package reads more than this module needs at import)

    reading = rules_only(text)
    return reading.level != "none" and "low_mood" in reading.categories  # (hopelessness; a worry keeps its own word)


#: Concerns about how heavy things are for the person writing: heard once, out loud (stop-19 trial C3: "I cried in the
#: car park at work last week… I can't keep doing this on my own" got only the next question;
#: bot.conversation.safety.heard_first_time).
HEARD_ONCE = frozenset(("carer_strain", "low_mood", "isolation", "anxiety"))


def _acknowledge(turn: Turn, slot: str, text: str, reading: RiskAssessment, *, heavy: bool,
                 answered_already: bool) -> None:
    """The line before the next question, fitted to the answer.

    `heavy`: the first answer to say how heavy things are (bot.conversation.safety.heard_first_time) is said back
    once; lighter when they say they are OK ("Weithiau dw i'n unig yn y gaeaf... Ond dw i'n iawn"). "Thank you for
    listening" gets a human line (U13). `answered_already`: something else in this answer was replied to (a question
    of theirs, a name put right), so no acknowledgement is added to it. Never praise for courage: nothing hard may
    have been told.
    """
    from bot.conversation.pause import acknowledge_safety_wishes  # (pause builds on this module)

    if carer_cannot_go_on(turn, text, reading):
        acknowledge_safety_wishes(turn, text)
        return
    from bot.conversation.safety import tells_carers_own_strain  # (safety builds on this module)

    # (a carer's own strain at their own question, "I don't sleep much, I listen for her at night", is heard at the line
    # that says it: AZ12, stop 46 trial, "Thank you.")
    if heavy and (says_how_they_feel(text) or slot not in GOOD_THINGS or _rules_read_heavy(text)
                  or (turn.role == "carer" and tells_carers_own_strain(text))):
        # (V23: a list of who helps, read as heavy, got "It sounds like a lot to carry": at a question about good
        # things the heavy word follows the words, not the flag; or the rules' own reading, never the model's alone:
        # trial 43 AX2, "i dont see the point anymore" from a 16-year-old at "what's going well?", got "Thanks.")
        turn.say("ack_heavy_light" if says_they_are_ok(text) else "ack_heavy")
        lines_for_young_low_mood(turn, reading)
        acknowledge_safety_wishes(turn, text)
        return
    if acknowledge_safety_wishes(turn, text):
        # Who may not be told, and after a disclosure how (not) to reach them, are always said to be kept (re-trial
        # 31 AD5), even beside a question of theirs answered; eighth trial AB4: "please don't tell Gareth I said all
        # that about him" got "It sounds like a lot to carry".
        return
    if thanks_at_the_end(text):
        turn.say("ack_thanks_tired" if _TIRED.search(fold(text)) else "ack_thanks")
        return
    if answered_already or turn.latest_intent == "dont_know":
        return
    from bot.conversation.readback import says_nothing_to_add  # (readback reads replies)

    if says_nothing_to_add(text, slot.removeprefix("q_")):
        # Eighth trial AB14: "thats it" at "Anything else?" got "Thank you, I've noted that.": nothing was noted.
        turn.say("ack")
        return
    if reading.level == "none" and makes_light_of_it(text) and _heard_something_hard(turn):
        # Stop 48, BB17: "its not that bad really", "other people have it worse", after a hard answer, got a plain
        # "thanks": one warm line that it still counts, no lecture.
        turn.say("ack_still_counts")
        return
    words = len(text.split())
    worry = ((tells_a_worry(text) or (reading.level == "concern" and not reading.please_check
                                      and slot not in GOOD_THINGS)) and not says_they_are_ok(text))
    loss = tells_of_a_loss(text)
    if says_how_they_feel(text) and not says_they_are_ok(text):
        turn.say("ack_feeling")  # "fi'n teimlo bach yn unig ambell waith" (V23): a word for it, whatever its length
    elif loss and not worry:
        # (stop-25 trial U11: "Mae hynny'n help mawr" came straight after a late wife was named.) Once: after that, a
        # plain thanks, never praise for the detail. How heavy it is, when they say, is heard first (above).
        _condolence(turn)
    elif (slot in GOOD_THINGS and tells_of_harm(reading)
          and turn.render("ack_harm_told").text not in " ".join(turn.said_before())):
        # Stop-27 trial X15: "my old foster dad used to hit me but thats over now im with new ppl", told at "what's
        # going well?", got a bare "Thanks." Harm told at a question about good things gets a word that it was heard
        # and noted, once; at the other questions the word for a worry fits better (a fear it starts again). Bullying
        # going on gets its own word (AY5, stop 45 trial), not "you've had to go through that".
        turn.say("ack_bullying" if bullying_told(turn, text, reading) else "ack_harm_told")
    elif worry:
        # W29: a worry about anyone gets a word for it, not "that really helps"; so does anything read as a concern
        # (stop-24 trial T8: grief and feeling a burden got "thank you for so much detail"). A "please check" had its
        # own gentle reply; at a question about good things the word follows the words, not the flag (V23, W1). A
        # concern read where the words tell nothing hard (AA15: wishes for sleep and the choir) is noted, plainly.
        # Harm, not eating or a fall, read as a concern, is hard whatever the words (stop-25 U7/U9: "Ava asked why daddy
        # shouts", "Mae'r trowsus yn llac").
        hard = tells_of_something_hard(text) or bool(HARD_WHATEVER_THE_WORDS & set(reading.categories)) \
            or a_young_persons_heavy_line(turn, reading)  # (BA9: a young person's heavy line, heard every time)
        turn.say("ack_bullying" if bullying_told(turn, text, reading) else _worry_ack(turn) if hard else "ack_2")
        if loss and not loss_long_ago(text) and turn.render("ack_loss").text not in " ".join(turn.said_before()):
            # AX24 (stop 43's trial): a worry told beside a death is heard first; the condolence follows only for a
            # death not long past (a father dead six years, named in an answer about his mother out at night, is not
            # what the answer is about).
            turn.say("ack_loss")
    elif words >= LONG_ANSWER_WORDS and reading.level == "none":
        turn.say(_variant(LONG_ACKS, turn))
    elif reading.level != "none":
        # Read as a concern where the words alone tell no worry (a question about good things): a plain thanks, never
        # "thank you for so much detail – that really helps" (second stop-25 trial V12: a 15-year-old's "dad yn yfed
        # lot a wedyn mae o'n gweiddi arna fi a mam").
        turn.say("ack")
    elif reading.level == "none" and words <= OK_ANSWER_WORDS and says_they_are_ok(text):
        turn.say("ack_ok")
    else:
        turn.say(_variant(ORDINARY_ACKS, turn))


def _condolence(turn: Turn) -> None:
    """The word of sympathy for a death told, once; after that a plain thanks (stop-25 trial U11)."""
    turn.say("ack" if turn.render("ack_loss").text in " ".join(turn.said_before()) else "ack_loss")


#: Concerns that are harm told (done to them, or to themselves), not a worry about health, money or how things are.
HARM_TOLD = frozenset({"abuse", "domestic_abuse", "exploitation", "neglect", "self_harm", "suicide"})
#: Concerns that get "that sounds hard" however they were worded; the others (carer strain read from wishes for sleep
#: and the choir, AA15) only when the words tell something hard.
HARD_WHATEVER_THE_WORDS = HARM_TOLD | {"self_neglect", "falls"}


def bullying_told(turn: Turn, text: str, reading: RiskAssessment) -> bool:
    """Abuse read as a concern and told of other children (at school, in a year group, online: the summary's
    "bullying by other children"), not yet said sorry for in this conversation: it gets "I'm sorry that's happening to
    you" (AY5, stop 45 trial: Jay's posts, names and fake account got no sign they were heard)."""
    from bot.analysis.risk import pattern_text  # (the risk package reads more than this module needs at import)
    from bot.analysis.risk.meaning import said_of_other_children

    return (tells_of_harm(reading) and "abuse" in reading.categories
            and said_of_other_children(pattern_text(text))
            and turn.render("ack_bullying").text not in " ".join(turn.said_before()))


def heard_in_an_addition(turn: Turn, text: str, *, heavy_said_after: bool = False) -> bool:
    """A worry told as more of the last answer, or of an earlier one (a burst of messages; "one more thing…"), is heard
    before "I've added that to what you told me", as at any answer: the heavy word and a young person's lines for low
    mood the rules read, once (`_rules_read_heavy`), or the word for bullying (`bullying_told`). True when it said
    one (then no second word of its own for tiredness follows). `heavy_said_after`: the reply that follows hears it
    already ("Mae'n swnio fel bod llawer ar eich plât chi", AY15), so no "ack_heavy" before it (one word, not two).

    Why (AY2, AY5: stop 45 trial): Seren's (15) "weithie sai'n gweld y pwynt i ddim byd", the third message of a burst,
    and Jay's bullying got only "Diolch, dw i wedi ychwanegu hynny at beth ddwedaist ti"."""
    from bot.analysis.risk import assess_risk  # (the risk package reads more than this module needs at import)
    from bot.conversation.safety import heard_first_time  # (safety builds on this module)

    reading = assess_risk(text)
    if reading.level != "concern" or reading.please_check:
        return False  # (urgent and "please check" have their own replies)
    if _rules_read_heavy(text) and heard_first_time(turn, reading):
        if not heavy_said_after:
            turn.say("ack_heavy")
        lines_for_young_low_mood(turn, reading)
        return not heavy_said_after
    if bullying_told(turn, text, reading):
        turn.say("ack_bullying")
        return True
    if a_young_persons_heavy_line(turn, reading):
        # BA9 (stop 46 trial): Ffion's (13) "whats the point anyway nothing ever changes", a burst piece after an
        # earlier concern, got only "Thanks, I've added that too.": a young person's heavy line is always heard.
        if not heavy_said_after:
            first = heard_first_time(turn, reading)
            turn.say("ack_heavy" if first else _worry_ack(turn))
            if first:
                lines_for_young_low_mood(turn, reading)
        return not heavy_said_after
    return False


def a_young_persons_heavy_line(turn: Turn, reading: RiskAssessment) -> bool:
    """A concern about how heavy things are (low mood, carer strain, loneliness, worry: `HEARD_ONCE`) from a young
    person: said back every time, never "Got it, thanks" (BA9, stop 46 trial: a 13-year-old young carer's "sometimes i
    feel like i cant do this anymore" was thanked like a bus time). The first in a conversation gets `ack_heavy`, the
    later ones the worry words in turn (`_worry_ack`: never the same line twice in a row)."""
    return ((turn.register == "ti" or turn.role == "young_person") and reading.level == "concern"
            and not reading.please_check and bool(HEARD_ONCE.intersection(reading.categories)))


def tells_of_harm(reading: RiskAssessment) -> bool:
    """A concern (not urgent: that has its own reply; not "please check": that has its gentle one) about harm."""
    return reading.level == "concern" and not reading.please_check and bool(HARM_TOLD & set(reading.categories))


#: The lines that say something hard was heard (a heavy answer, a feeling, a worry, harm told).
HARD_HEARD_ACKS = ("ack_heavy", "ack_heavy_light", "ack_feeling", "ack_harm_told", *WORRY_ACKS, *LATER_WORRY_ACKS)


def _heard_something_hard(turn: Turn) -> bool:
    """Whether this conversation already said it heard something hard (HARD_HEARD_ACKS): what "its not that bad
    really" makes light of (BB17)."""
    said = " ".join(turn.said_before())
    return any(turn.render(key).text in said for key in HARD_HEARD_ACKS)


def _worry_ack(turn: Turn) -> str:
    """The fuller word for the first worry in this conversation, "that sounds hard" for the second, then shorter words
    in turn: never the same line twice in a row (seventh trial AA15: the second line five times)."""
    said = " ".join(turn.said_before())
    heard = sum(said.count(turn.render(key).text) for key in (*WORRY_ACKS, *LATER_WORRY_ACKS))
    if heard < len(WORRY_ACKS):
        return WORRY_ACKS[heard]
    return LATER_WORRY_ACKS[(heard - len(WORRY_ACKS)) % len(LATER_WORRY_ACKS)]


def _sayable(word: str, reading: RiskAssessment) -> bool:
    return (reading.level == "none" and len(word) <= _SAYABLE_LETTERS and _SAYABLE_WORD.match(word) is not None
            and _NOT_NICE.search(fold(word)) is None)


def invites_more(turn: Turn, slot: str, text: str, reading: RiskAssessment) -> bool:
    """Whether a one-word answer to an open question ("fifa", "football") gets the one invitation to say more: once per
    conversation, never for "no" / "dunno" / a skip, a service named (its "why" follows) or anything risky."""
    if slot not in INVITES_MORE or len(text.split()) > ONE_WORD_ANSWER_WORDS or says_nothing_more(text):
        return False
    if _LANGUAGE_NAMED.search(_key(text)):  # "Cymraeg" to how they want support: a whole answer
        return False
    if turn.latest_intent in ("dont_know", "skip", "deny") or reading.level != "none":
        return False
    from bot.analysis import is_service_led  # (the analysis package loads its word lists on first use)

    if is_service_led(text):
        return False
    tail = turn.render("invite_more_tail").text
    return not any(tail in said for said in turn.said_before())


def invitation(turn: Turn, slot: str, word: str, reading: Callable[[str], RiskAssessment]) -> None:
    """The invitation to say more, said instead of the question asked again: their word said back with "nice" only
    at a question about good things and when nothing in it could be sensitive, else without it; a button moves on."""
    word = " ".join(word.split()).strip(" .!?,")
    tail = turn.render("invite_more_tail").text
    if slot in GOOD_THINGS and _sayable(word, reading(word)):
        message = turn.render("invite_more_word", word=word[:1].upper() + word[1:])
    else:
        message = turn.render("invite_more")
    turn.say_text(message.text + " " + tail, message.buttons)


def questions_left(turn: Turn, changes: dict[str, Any] | None = None) -> int:
    """How many of the form's questions are still to come (a "why" is not counted: it is asked only sometimes)."""
    from bot.conversation.answers import required_slots  # (answers builds on this module)

    now = dict(changes or {})

    def value(name: str) -> Any:
        return now[name] if name in now else turn.slot(name)

    return sum(1 for slot in required_slots(value) if slot.startswith("q_") and value(slot) is None)


#: Welsh numbers that mutate the noun after them: "dau gwestiwn" (soft), "tri chwestiwn", "chwe chwestiwn" (aspirate).
_SOFT_AFTER = frozenset({2})
_ASPIRATE_AFTER = frozenset({3, 6})


def questions_left_words(language: str, left: int) -> str:
    """How many questions are left, in words that agree with the number: "one question" / "un cwestiwn", "2
    questions" / "2 gwestiwn" (the Welsh noun stays singular after a number, and mutates after 2, 3 and 6). Why: "There
    are 1 questions left" could be said when one was left (trial 34)."""
    key = ("questions_left_one" if left == 1 else "questions_left_soft" if left in _SOFT_AFTER
           else "questions_left_aspirate" if left in _ASPIRATE_AFTER else "questions_left_many")
    return messages.text(key, language, n=left)


def say_how_long(turn: Turn, changes: dict[str, Any] | None = None) -> None:
    """"how long is this?", "faint mwy?": the questions left, counting the one waiting, when the form is under way."""
    left = questions_left(turn, changes)
    if left == 0 or turn.slot("consent_choice") != "yes":
        turn.say("how_long")
    elif left == 1:
        turn.say("how_long_last")
    else:
        turn.say("how_long_left", left=questions_left_words(turn.language or "en", left))


def nearly_done(turn: Turn, changes: dict[str, Any]) -> None:
    """For a young person or a carer, "just a couple more questions" when two are left after this answer."""
    if turn.register != "ti" and turn.role != "carer":
        return
    if questions_left(turn, changes) == NEARLY_DONE_LEFT:
        turn.say("nearly_done")


def kept_from_this_message(turn: Turn, slot: str) -> str | None:
    """The words this very message left as the answer to `slot`, if it was kept as one (the invitation's cue)."""
    return repository.kept_answer_text(turn.sender_id, turn.message_id, slot[2:] if slot.startswith("q_") else slot)
