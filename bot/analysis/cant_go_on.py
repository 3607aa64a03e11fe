"""Saying they cannot go on ("Some days I feel like I can't go on like this", "dw i'n methu mynd ymlaen fel hyn").

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
    r")(?![\w'])", re.IGNORECASE)


def says_they_cannot_go_on(text: str) -> bool:
    """Whether the message says the writer cannot go on (carry on, keep going) as things are."""
    return _CANT_GO_ON.search(fold(text)) is not None
