"""What a person asks us in the pause after a disclosure, by what it is about, so it is the question answered.

Stop-21 trial: a 13-year-old's "am i in trouble?? is someone gonna take us away", a carer's "will they take him away
because of my wrist? I dont want that" / "fyddan nhw'n mynd â fo o 'ma?", "do I tell the doctor?" and "will the police
come?" all got the general "what happens next" text, and nobody told him he was not in trouble. Each kind has its own
honest answer (bot/messages/safeguarding.yml, safety_check_answer_<kind>). Only questions are read (a sentence the
safe-check reader takes as asking us something, bot.analysis.safe_reply.asks_what_happens_next), and fears said
outright ("I dont want him taken away for it"): "he's been in trouble with the police" is no question.
The patterns are data (bot/data/analysis/safe_check_questions.tsv).
"""
from __future__ import annotations

import re

from .cue_patterns import matches, prepared
from .outcomes import sentences
from .safe_reply import asks_what_happens_next

PATTERNS = "safe_check_questions.tsv"
#: The kinds, in the order they are answered: the person first, then what may happen, then what they can do.
KINDS = ("why_said", "their_trouble", "trouble", "taken_away", "police", "coming", "tell_someone", "emergency", "phone",
         "doctor")
#: Help in an emergency named in a question about phoning ("do i need to call an ambulance?", "oes rhaid i fi ffonio
#: 999?"): its answer is "call 999 now", never "you don't have to phone anyone" (stop 48, review48 S2).
_EMERGENCY = re.compile(r"(?<![\w'])(?:999|111|ambulance|ambulanse|ambiwlans|paramedics?|parafeddyg\w*|emergency"
                        r"|argyfwng|a ?& ?e|casualty)(?![\w'])")


def questions_asked(text: str) -> list[str]:
    """The kinds of question in the message (KINDS order, each once), from its questions and fears said outright."""
    asked: set[str] = set()
    pleaded = False  # "please don't tell the police": answered, whatever else is said (seventh trial AA6)
    for start, end in sentences(text) or [(0, len(text))]:
        sentence = text[start:end]
        folded = prepared(sentence)
        if matches(PATTERNS, "police_plea", folded):
            asked.add("police")
            pleaded = True
        if not (asks_what_happens_next(sentence) or matches(PATTERNS, "fear", folded)):
            continue
        asked.update(kind for kind in KINDS if matches(PATTERNS, kind, folded))
    if "police" in asked:
        asked.discard("coming")  # "will the police come?": the police answer says it
    if "their_trouble" in asked:
        asked.discard("trouble")  # "is grandad going to get in trouble?": about him, not them (stop-23 trial W16)
        # "I don't want him to get in trouble with the police" (stop-27 trial X10): his trouble, not a question about
        # the police ("You asked about the police" frightened someone playing the harm down).
        if not pleaded:
            asked.discard("police")
    if asked & {"police", "doctor"}:
        asked.discard("phone")  # "should i call the police?", "do i have to ring the doctor?": their own answers
    if "phone" in asked and _EMERGENCY.search(prepared(text)):
        asked.discard("phone")
        asked.add("emergency")
    if "why_said" in asked:
        asked.discard("tell_someone")  # "pam ti'n deud hyn": why, not who is told (stop-23 trial W2)
    return [kind for kind in KINDS if kind in asked]


def harm_now(text: str) -> bool:
    """Does a reply at the safe check say the harm is happening at this moment ("im locked in right now actually")?
    The risk reader's own test (immediacy.happening_now) or harm_now_beyond_the_reader."""
    from .risk.immediacy import happening_now

    return happening_now(text) or harm_now_beyond_the_reader(text)


def harm_now_beyond_the_reader(text: str) -> bool:
    """Harm happening now that the risk reader's immediacy rules do not name yet ("dwi wedi cael fy nghloi yn y
    stafell rwan", "im locked in"): the pause says "call 999 now" for these itself."""
    return matches(PATTERNS, "now", prepared(text))


__all__ = ["KINDS", "harm_now", "harm_now_beyond_the_reader", "questions_asked"]
