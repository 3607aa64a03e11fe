"""A question to the assistant itself: "are you a real person?", "who reads this?" ("Say what it is").

The first messages say it is a program and who reads the answers, but people ask again mid-way
("Ydach chi'n berson go iawn, 'ta peiriant?", "r u even a real person", "Pwy fydd yn darllen hyn i
gyd?"). Such a question is not their answer: it gets a short, honest reply, and the question they
were asked is asked again. Asked inside an answer, the answer is kept and the reply given too.
"""
from __future__ import annotations

import re
from typing import Literal

from bot.analysis.text import fold

#: How people ask what they are talking to, or who will read it, in Welsh and English, any register.
_ASKS = re.compile(
    r"(?<![\w'])(?:"
    # English: are you a real person / a bot; am I talking to a person; is this a robot
    r"(?:are|r)\s+(?:you|u)\s+(?:even\s+|actually\s+|really\s+)?(?:an?\s+)?(?:real|actual|live|human|person|bot|robot"
    r"|computer|machine|program|programme|ai|chatbot)"
    r"|am\s+i\s+(?:talking|speaking|chatting|typing)\s+(?:to|with)\s+(?:an?\s+)?(?:real|actual|live|human|person|bot"
    r"|robot|computer|machine|ai|chatbot)"
    r"|is\s+(?:this|it|that)\s+(?:an?\s+)?(?:real\s+person|person|human|bot|robot|computer|machine|chatbot|automated)"
    r"|who(?:'s|\s+is|\s+will|\s+gets\s+to|\s+can)?\s+(?:going\s+to\s+|gonna\s+)?(?:be\s+)?(?:reads?|reading|sees?|seeing)"
    r"\s+(?:this|all\s+this|these|my\s+answers|what\s+i\s+(?:write|say|type))"
    r"|(?:does|will)\s+(?:any\s*one|any\s*body|a\s+person|a\s+human|someone|somebody)\s+(?:actually\s+)?(?:read|see)"
    r"|is\s+(?:any\s*one|any\s*body|someone|somebody)\s+(?:reading|there|actually\s+reading)"
    # Welsh: ydach chi'n berson go iawn; wyt ti'n robot; ai peiriant ydach chi; pwy fydd yn darllen hyn
    r"|(?:ydach|ydych|dach|wyt|ych|ydi|ydy|yw)\s+(?:chi|ti|hwn|hyn)\s*(?:'n|yn)?\s*(?:berson|person|ddyn|dyn|ddynes"
    r"|fod\s+dynol|robot|beiriant|peiriant|bot|gyfrifiadur|cyfrifiadur|rhaglen)"
    r"|(?:ai|ti'n|chi'n|tin|chin)\s+(?:berson|person|robot|beiriant|peiriant|bot|gyfrifiadur|rhaglen)"
    # south "ife" / "ai e": "ife person go iawn yw hwn?", "ife robot wyt ti?" (never "ife person neis yw hi?")
    r"|(?:ife|ai\s+e)\s+(?:(?:berson|person)\s+(?:go\s+iawn|byw)|robot|beiriant|peiriant|bot|gyfrifiadur|rhaglen)"
    r"|(?:go\s+iawn|byw)\s*,?\s*(?:'ta|ta|neu)\s+(?:beiriant|peiriant|robot|bot|rhaglen|gyfrifiadur)"
    r"|pwy\s+(?:fydd|sy|sydd|neith|wneith|sy'n|fydd\s+yn|sydd\s+yn|sy\s+yn)\s*(?:yn\s+)?(?:darllen|gweld|cael\s+gweld)"
    r"\s+(?:hyn|hwn|hwnna|hynna|fy\s+atebion|yr\s+atebion|beth\s+dw\s+i|be\s+dwi)"
    r"|oes\s+(?:rhywun|rywun|person)\s+(?:yn\s+)?(?:darllen|gweld)"
    r")(?![\w'])", re.IGNORECASE)

#: Asking for the question again: "where were we?", "what do you mean?", "ble o'n ni?", "be dach chi'n feddwl?".
_AGAIN = re.compile(
    r"(?<![\w'])(?:where\s+were\s+we|what\s+(?:do|did)\s+(?:you|u)\s+mean|what\s+was\s+the\s+question"
    r"|(?:can|could)\s+(?:you|u)\s+(?:repeat|say)\s+(?:that|the\s+question)|come\s+again"
    r"|(?:ble|lle)\s+(?:o['’]?n|oeddan|oedden|roedden|ro['’]?n)\s+ni|be\s*(?:dach|dych|ych)\s+chi['’]?n\s+(?:ei\s+)?feddwl"
    r"|beth\s+(?:ydych|dych)\s+chi['’]?n\s+(?:ei\s+)?feddwl|be\s+ti['’]?n\s+(?:ei\s+)?feddwl|beth\s+oedd\s+y\s+cwestiwn"
    r"|be\s+oedd\s+y\s+cwestiwn|(?:be|beth)\s+(?:chi|ti)['’]?n\s+(?:ei\s+)?(?:feddwl|olygu|ofyn)"
    r"|not\s+sure\s+what\s+(?:you|u)\s+(?:mean|are\s+asking|want))(?![\w'])\W*", re.IGNORECASE)
#: Saying they are not sure what the question means, without a question mark: "Sai'n siŵr beth chi'n feddwl",
#: "not sure what you mean", "dwi'm yn siŵr be ti'n ofyn".
_NOT_SURE_WHAT = re.compile(
    r"^\W*(?:(?:sori|sorry|hmm+|ym+|um+|erm+)\W+)?(?:(?:i'?m|im|i\s+am)\s+)?(?:not|sai|sa\s+i|dwi'?m|dw\s+i\s+ddim|dydw\s+i\s+ddim"
    r"|wi\s+ddim)\s*(?:['’]?n\s+|yn\s+)?(?:sure|siwr|siwr\s+iawn)\s+(?:what|(?:be|beth))\s+(?:(?:you|u|(?:dach|dych|ych)?\s*chi|ti)"
    r"['’]?n?\s*(?:ei\s+)?(?:mean|feddwl|olygu|ofyn|are\s+asking|'re\s+asking)|(?:the\s+question|y\s+cwestiwn)\s+(?:means|yn\s+feddwl))"
    r"\W*$", re.IGNORECASE)


def asks_for_the_question_again(text: str) -> bool:
    """"Sori, o'n i'n gorfod mynd at Dad… Ble o'n ni?", "what do you mean, how do I want to be supported?":
    a message that ends by asking where they were, or what the question means, is not their answer."""
    folded = fold(text).replace("’", "'").strip()
    if _NOT_SURE_WHAT.match(folded):
        return True
    last = re.split(r"(?<=[.!])\s+", folded)[-1]
    return _AGAIN.search(last) is not None and folded.rstrip().endswith("?")


#: A question this short (in words) that asks about the assistant is the whole message.
WHOLE_QUESTION_WORDS = 14


def asks_about_assistant(text: str) -> Literal["whole", "part"] | None:
    """"whole" when the message is a question about the assistant, "part" when an answer holds one, else None."""
    found = _ASKS.search(fold(text).replace("’", "'"))
    if found is None:
        return None
    return "whole" if len(text.split()) <= WHOLE_QUESTION_WORDS else "part"


#: Words to the assistant about the conversation itself ("you skipped what she wants to change", "ti 'di
#: anghofio gofyn", "nest ti'm gofyn"): a remark on the form, never the person's wish.
_TO_THE_ASSISTANT = re.compile(
    r"^(?:(?:oh|and|but|also|a|ac|ond|hefyd|btw|by\s+the\s+way)\s+)?(?:you|u|ya|ti|chi)\s+"
    r"(?:(?:have|['\u2019]?ve|havent|haven['\u2019]?t|didnt|didn['\u2019]?t|did\s+not|never|just|wedi|['\u2019]?di|ddim\s+wedi|"
    r"heb)\s+)?(?:skipped|skip|missed|miss|forgot|forget|left\s+out|leave\s+out|jumped|asked|ask|repeated|sgipio|neidio|"
    r"anghofio|methu|colli|gofyn|ofyn|hepgor|gadael\s+allan)\b"
    r"|^(?:nest|naethost|wnest|wnaethoch|naethoch|nathoch)\s+(?:ti|chi)\s*(?:['\u2019]?m|ddim)?\s+(?:sgipio|neidio|anghofio|"
    r"gofyn|ofyn|methu)\b", re.IGNORECASE)


#: Longer than this, a message that starts with a remark on the form is taken as an answer.
MAX_REMARK_WORDS = 15


def remarks_on_the_conversation(text: str) -> bool:
    """"you skipped what she wants to change", "ti 'di anghofio gofyn": words to the assistant about the
    conversation itself, never the person's wish (a piece of an answer, or a whole short message)."""
    return bool(_TO_THE_ASSISTANT.match(text.strip()))


def is_remark_on_the_conversation(text: str) -> bool:
    """A whole short message that is a remark on the form: kept as an aside, not the answer to the question."""
    return len(text.split()) <= MAX_REMARK_WORDS and remarks_on_the_conversation(text)


#: Asking how long the form is: "how long is this?", "how many more questions?", "faint o amser fydd hyn?",
#: "pa mor hir ydi hwn?", "oes lot mwy?".
_HOW_LONG = re.compile(
    r"(?<![\w'])(?:how\s+long\s+(?:is|will|does|'s|s|has|do)\s+(?:this|it|that|the\s+form|the\s+questions?)"
    r"|how\s+(?:many|much)\s+(?:more\s+)?(?:questions?|longer|more|left|to\s+go)|(?:is\s+there|are\s+there)\s+(?:much|many|lots?)"
    r"\s+(?:more|left)|nearly\s+(?:done|finished|there)\s*\?|(?:is\s+this|are\s+we)\s+(?:nearly|almost)\s+(?:done|finished|over)"
    r"|faint\s+o\s+(?:amser|hyd)\s+(?:fydd|neith|wneith|gymrith|gymerith|mae|ma|sy|gymer|cymer)"
    r"|faint\s+(?:mwy\s+)?o\s+(?:gwestiynau|gwestiyna|gwestiwn)|faint\s+(?:mwy|sy\s+ar\s+ol|sydd\s+ar\s+ol)"
    r"|pa\s+mor\s+hir\s+(?:fydd|ydi|ydy|yw|mae|ma|neith)|(?:oes|os)\s+(?:lot|llawer|llwyth)\s+(?:mwy|eto|ar\s+ol)"
    r"|bron\s+(?:wedi\s+)?(?:gorffen|gorffod|drosodd)\s*\?)", re.IGNORECASE)
#: Asking to go back to an earlier answer: "go back", "can I change what I said about my friends?",
#: "ga i newid be ddudes i am fy ffrindia?", "alla i fynd nôl?".
_GO_BACK = re.compile(
    r"(?<![\w'])(?:go(?:ing)?\s+back(?:\s+(?:a\s+(?:question|step|bit)|one|to\s+(?:the\s+)?(?:last|previous|that)))?"
    r"|change\s+(?:what\s+i\s+(?:said|wrote|put|typed|answered)|my\s+(?:last\s+|other\s+|first\s+)?answers?"
    r"|the\s+(?:last|previous)\s+(?:answer|one|question))|(?:undo|redo)\s+(?:that|the\s+last)"
    r"|(?:mynd|fynd)\s+(?:yn\s+)?(?:ol|nol|'nol|'n\s+ol)|newid\s+(?:be|beth)\s+(?:dd?udes|ddywedais|wedes|ddwedes|nes|sgwennes|ysgrifennais"
    r"|atebais)(?:\s+i)?|newid\s+(?:fy\s+|yr\s+)?(?:ateb|atebion|ateb\s+dwetha|ateb\s+diwethaf))(?![\w'])",
    re.IGNORECASE)
#: Asking about the form is a short message: longer, it is an answer that mentions it.
ABOUT_THE_FORM_WORDS = 14


def asks_about_the_form(text: str) -> Literal["how_long", "go_back"] | None:
    """The message key of the reply when a whole short message asks how long the form is ("how long is this?",
    "faint o amser fydd hyn?") or to go back to an earlier answer ("go back", "ga i newid be ddudes i am fy
    ffrindia?"): not their answer, so the caller keeps it as an aside, replies and asks the question again.
    "I'd like to go back to work" and "dwi isio mynd yn ôl i'r côr" are answers (a wish follows)."""
    if len(text.split()) > ABOUT_THE_FORM_WORDS:
        return None
    folded = fold(text).replace("’", "'").strip()
    if _HOW_LONG.search(folded) and (folded.endswith("?") or len(folded.split()) <= 6):
        return "how_long"
    found = _GO_BACK.search(folded)
    if found is None:
        return None
    rest = folded[found.end():].strip(" ?!.,")
    # A wish after it ("go back to work", "mynd yn ôl i'r côr") is an answer; "about my friends" is what to change.
    what_to_change = re.match(r"(?:about|to\s+(?:the\s+)?(?:last|previous|that)|one|question|answer|bit|step|am|ar)\b",
                              rest)
    a_wish = re.match(r"(?:to|i|i'r|at|adra|adre|home|gartre)\b(?!\s+(?:the\s+)?(?:last|previous|that)\b)", rest)
    about_the_form = re.search(r"\b(?:question|questions|answer|answers|cwestiwn|ateb|atebion)\b", rest)
    if about_the_form:  # "can I go back to the garden question?"
        return "go_back"
    return "go_back" if (folded.endswith("?") or not rest or what_to_change) and not a_wish else None


__all__ = ["ABOUT_THE_FORM_WORDS", "WHOLE_QUESTION_WORDS", "asks_about_assistant", "asks_about_the_form",
           "asks_for_the_question_again", "is_remark_on_the_conversation", "remarks_on_the_conversation"]
