"""The few words that steer the conversation: stop, skip, help, start again, language.

They act only when they are (nearly) the whole message, so that "I want to
stop worrying about Mam" is an answer and never a command. Yes/no follows
the Welsh echo forms in ../shared/reference/welsh-style.md.
"""
from __future__ import annotations

import re

from bot.analysis.text import normalise as _normalise

CONTROL_INTENTS = ("stop", "skip", "dont_know", "help", "start_again", "choose_language", "continue_conversation")

# phrase -> (intent, value)
_PHRASES: dict[str, tuple[str, str | None]] = {}


def _add(intent: str, value: str | None, *phrases: str) -> None:
    for phrase in phrases:
        _PHRASES[phrase] = (intent, value)


_add("choose_language", "cy", "dw i eisiau siarad cymraeg", "well gen i gymraeg", "can we do this in welsh",
     "i'd like to use welsh", "id like to use welsh", "newid i gymraeg", "change to welsh", "switch to welsh",
     "ga i siarad cymraeg", "cymraeg", "cymraeg plis", "cymraeg os gwelwch yn dda", "yn gymraeg", "yn gymraeg plis",
     "welsh", "in welsh", "welsh please", "welsh plis", "cy", "siarad cymraeg")
_add("choose_language", "en", "dw i eisiau saesneg", "well gen i saesneg", "switch to english",
     "can we speak english", "i'd prefer english", "change to english", "english", "saesneg", "yn saesneg",
     "english please", "in english", "english plis", "saesneg plis", "en", "seasneg")
_add("stop", None, "that's enough for now", "thats enough for now", "can we stop", "i need a break",
     "i'll finish later", "ill finish later", "dyna ddigon am nawr", "dyna ddigon am rwan", "ga i stopio",
     "dw i angen seibiant", "wna i orffen wedyn", "stop", "stopio", "stopia", "stop please", "aros", "dyna ddigon",
     "that's enough", "thats enough", "i want to stop", "dw i eisiau stopio", "dwi isio stopio", "dwi eisiau stopio",
     "gorffen", "quit", "exit", "pause", "saib", "later", "wedyn", "stop now", "stopio nawr", "stopio rwan",
     "stopio rŵan")
_add("skip", None, "skip this one", "next question", "move on", "y cwestiwn nesaf", "gwell gen i beidio ateb",
     "i'd rather not answer that", "id rather not answer that", "skip", "hepgor", "pass", "next", "nesaf", "nesa",
     "skip this", "skip that", "skip it", "hepgor hwn", "dim ateb", "no answer", "rather not say",
     "prefer not to say", "gwell gen i beidio", "gwell gen i beidio dweud", "sgip", "sgipio")
_add("dont_know", None, "i'm not sure really", "im not sure really", "hard to say", "dw i ddim yn siŵr",
     "dw i ddim yn siwr", "anodd dweud", "i don't know", "i dont know", "dont know", "don't know", "dunno", "idk",
     "not sure", "i'm not sure", "im not sure", "no idea", "dwn i ddim", "dw i ddim yn gwybod",
     "dwi ddim yn gwybod", "dwi'm yn gwybod", "wn i ddim", "sai'n gwybod", "sa i'n gwybod",
     "sai'n gwbod", "sa i'n gwbod", "dim syniad", "ddim yn siwr", "ddim yn siŵr", "dim yn siwr")
_add("help", None, "how does this work", "what is this", "beth yw hwn", "sut mae hwn yn gweithio", "help plis",
     "help", "helpu", "help me", "helpwch fi", "helpa fi", "cymorth", "what do i do",
     "beth ddylwn i wneud", "i'm confused", "im confused", "dw i ddim yn deall", "dwi ddim yn deall",
     "i don't understand", "i dont understand", "?", "what", "be", "beth")
_add("start_again", None, "can i start again", "ga i ddechrau eto", "let's begin again", "lets begin again",
     "start again", "restart", "start over", "dechrau eto", "ail-ddechrau",
     "ailddechrau", "dechrau o'r dechrau", "begin again", "from the start")
_add("continue_conversation", None, "awn ni ymlaen 'te", "awn ni ymlaen te", "i'm back", "im back", "back again",
     "dw i'n ôl", "dw i'n ol", "carry on", "continue", "keep going", "parhau", "cario mlaen", "cario ymlaen",
     "ymlaen", "mynd ymlaen", "let's carry on", "lets carry on")

_YES = {"yes", "yeah", "yep", "yup", "y", "ok", "okay", "sure", "fine", "i agree", "agree", "aye", "ya",
        "ie", "ia", "ydw", "yndw", "ydy", "ydi", "oes", "do", "iawn", "ydw dw i'n cytuno", "cytuno",
        "dw i'n cytuno", "dwi'n cytuno", "ok iawn", "iawn diolch", "yes please", "ie plis", "grand",
        "that's right", "thats right", "correct", "cywir", "mae'n gywir", "mae hynny'n gywir", "👍",
        "ydy mae hynny'n iawn", "yes that's ok", "yes thats ok"}
_NO = {"no", "nope", "nah", "n", "no thanks", "no thank you", "i don't agree", "i dont agree",
       "na", "nage", "naddo", "nac ydw", "nac oes", "nac ydy", "nac ydi", "dim diolch", "dim", "na diolch",
       "ddim", "dw i ddim yn cytuno", "dwi ddim yn cytuno", "👎"}

_STRIP = re.compile(r"[\s\.\!\,\;\:\"“”]+")


def phrase_key(text: str | None) -> str:
    """A whole message as a phrase to look up: the shared normaliser (text.normalise), then a
    leading slash and punctuation between words dropped ("Stop!" and "/stop" are "stop")."""
    t = _normalise(text or "").strip()
    t = t.removeprefix("/")
    return _STRIP.sub(" ", t).strip()


def control_of(text: str) -> tuple[str, str | None] | None:
    """(intent, value) when the whole message is a control phrase, else None."""
    t = phrase_key(text)
    if t in _PHRASES:
        return _PHRASES[t]
    # tolerate a polite word either side: "stop please", "diolch, stop"
    for extra in ("please", "plis", "plîs", "diolch", "thanks", "os gwelwch yn dda", "now", "nawr"):
        for candidate in (t.removesuffix(" " + extra), t.removeprefix(extra + " ")):
            if candidate != t and candidate in _PHRASES:
                return _PHRASES[candidate]
    return None


def yes_or_no(text: str) -> bool | None:
    """True for yes-forms (Welsh echo forms included), False for no-forms, else None."""
    t = phrase_key(text)
    if t in _YES:
        return True
    if t in _NO:
        return False
    first = t.split(" ")[0] if t else ""
    if first in {"yes", "yeah", "yep", "yup", "sure", "ok", "okay", "ie", "ia", "ydw", "yndw", "ydy", "ydi", "oes",
                 "do", "iawn", "cytuno"} and len(t.split()) <= 5:
        return True
    if t.startswith(("no ", "na ", "nac ", "dim ")) and len(t.split()) <= 4:
        return False
    return None


_PAYLOAD = re.compile(r"^/[A-Za-z_]+(?:\{.*\})?$", re.S)


def is_button_payload(text: str) -> bool:
    """A button's payload ("/affirm", '/choose{"choice":"carer"}'), not words a person typed.

    "/I want to kill myself" is typed words, so it is NOT a payload and is checked for risk.
    """
    return bool(_PAYLOAD.match((text or "").strip())) and " " not in (text or "").strip().split("{")[0]


def word_count(text: str) -> int:
    return len(phrase_key(text).split())
