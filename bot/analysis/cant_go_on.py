"""Saying they cannot go on ("Some days I feel like I can't go on like this", "dw i'n methu mynd ymlaen fel hyn", "sai'n
gwbod faint mwy alla i gymryd", "dwi ar ben fy nhennyn", "I'm at the end of my tether").

From a carer it may be the caring that is too much, or a wish to die: neither an alarm nor a plain "noted" fits (the
sixteenth trial's AR9). The conversation asks gently which it is and gives carer support (bot.conversation.replies).
"""
from __future__ import annotations

import re

from bot.analysis.text import fold

#: "go on" that is about going somewhere or something else ("I can't go on holiday", "can't go on the bus").
_ELSEWHERE = (r"(?!\s+(?:a\s+|the\s+|my\s+|holiday|holidays|trips?|line|online|about"
              r"|with\s+(?:the|my)\s+(?:course|job)))")
_CANT_GO_ON = re.compile(
    r"(?<![\w'])(?:"
    r"(?:can'?t|cant|cannot|can\s+not|couldn'?t)\s+(?:go\s+on|carry\s+on|keep\s+(?:on|going))" + _ELSEWHERE
    + r"|(?:methu|ffaelu|ffili|fethu|alla\s*'?\s*i\s+ddim|alla\s+fi\s+ddim|ddim\s+yn\s+gallu)"
    r"\s+(?:cario|mynd|dal|bwrw)\s+(?:ymlaen|mlaen|mlan|mla'?n|ati)(?!\s+(?:i|a|â|efo|gyda)(?!\w))"
    # Not knowing how much more they can take, at the end of their tether (trial 39 AT4, a carer in south Welsh: "sai'n
    # gwbod faint mwy alla i gymryd, fi ar ben fy nhennyn"; north "dwi'm yn gwbod faint mwy fedra i gymryd")
    + r"|(?:gwybod|gwbod|wybod|wbod|wn\s+i\s+ddim)\s+(?:faint|pa\s+mor\s+hir)\s+"
    r"(?:mwy|rhagor|eto|hirach|yn\s+rhagor)\s+"
    r"(?:y\s+)?(?:alla|galla|gallaf|gallai|fedra|fedrai|fedrwn|medra|medrai|alle|galle)\s+(?:i|fi)\s+"
    r"(?:gymryd|gymyd|gymeryd|ddiodde|ddioddef|oddef|odde|ddal|gario|fynd|fynd\s+ymlaen|neud\s+hyn|wneud\s+hyn)"
    r"|ar\s+ben\s+(?:fy\s+|'y\s+|y\s+|yn\s+)?(?:nhennyn|nhenyn|tennyn|dennyn)"
    r"|(?:methu|ffaelu|ffili|fethu|alla\s*'?\s*i\s+ddim|alla\s+fi\s+ddim)\s+(?:cymryd|cymyd|diodde|dioddef|godde|goddef)"
    r"\s+(?:mwy|rhagor|dim\s+mwy|dim\s+rhagor|llawer\s+mwy)(?!\s+(?:o|o'r|na)\s)"  # (never "mwy o dabledi")
    r"|(?:know|knw)\s+how\s+much\s+(?:more|longer)\s+i\s+can\s+(?:take|cope|stand|do\s+this|keep\s+(?:this\s+)?up|go\s+on)"
    r"|(?:at|reached|come\s+to|coming\s+to)\s+the\s+end\s+of\s+my\s+tether"
    r"|(?:can'?t|cant|cannot|can\s+not)\s+take\s+(?:much|any|a\s+lot)\s+more"
    r"(?=\s*(?:$|[.,!?;]|of\s+(?:this|it|him|her|them)\b|like\s+this\b|tbh\b|honestly\b|to\s+be\s+honest\b))"
    r")(?![\w'])", re.IGNORECASE)


def says_they_cannot_go_on(text: str) -> bool:
    """Whether the message says the writer cannot go on (carry on, keep going) as things are."""
    return _CANT_GO_ON.search(fold(text)) is not None
