"""Spellings by sound ("the staf … take my fone of me") brought to the usual spelling before the risk rules and the
learned model read a message.

Why (stop 37, the fifteenth trial's AP2): a young man with a learning disability wrote "the staf at the house shout
at me and take my fone of me" and it read nothing, while "the staff … take my phone off me" read an abuse concern.
People who write as they speak, or with a learning disability or dyslexia, spell many common words by their sound;
a pattern per spelling would never end, so each such word is first brought to one spelling, as text-speak is
(:mod:`.normalise`). Only words that are no Welsh word, so a Welsh message reads the same (the reader does not know
the language when it runs); words with two senses ("ma" is Welsh "mae" and English "my"; "of" is also "of") only
where the words round them leave one.
"""
from __future__ import annotations

import re

#: Spelling by sound -> the usual spelling (the text is folded to lower case first). Welsh text-speak is in
#: :mod:`.normalise` already ("dwi'm", "sdim", "isio").
SOUNDED: dict[str, str] = {
    "staf": "staff", "stafs": "staff", "fone": "phone", "fones": "phones", "fon": "phone",
    "wiv": "with", "wivout": "without", "wiff": "with", "becos": "because", "becoz": "because", "bcos": "because",
    "bcoz": "because", "becuz": "because", "bcuz": "because", "sed": "said", "sez": "says", "skool": "school",
    "skul": "school", "ther": "there", "thay": "they", "wot": "what", "wat": "what",
    "frend": "friend", "frends": "friends", "munny": "money", "muny": "money", "mony": "money",
    "nuffin": "nothing", "nuthin": "nothing", "nothin": "nothing", "fink": "think", "finks": "thinks",
    "sum1": "someone", "sumone": "someone", "some1": "someone", "no1": "nobody", "every1": "everyone",
    "evry1": "everyone", "evryone": "everyone", "hous": "house", "howse": "house", "hart": "hurt", "hert": "hurt",
    "hurted": "hurt", "hertin": "hurting", "tuch": "touch", "tuched": "touched", "tuches": "touches",
    "tutch": "touch", "tutched": "touched", "skared": "scared", "scaird": "scared", "afrayd": "afraid",
    "lok": "lock", "lokked": "locked", "lokd": "locked", "lockd": "locked", "kik": "kick", "kiks": "kicks",
    "kikd": "kicked", "kiked": "kicked", "slaped": "slapped", "hitted": "hit", "hitin": "hitting",
    "shoutin": "shouting", "shoutd": "shouted", "yellin": "yelling", "sware": "swear", "swares": "swears",
    "tel": "tell", "tels": "tells", "tole": "told", "tolt": "told", "hav": "have", "kild": "killed",
    "rume": "room", "bedrum": "bedroom", "kerer": "carer", "kerers": "carers",
    "cerer": "carer", "cerers": "carers", "wanto": "want to",
    # Stop 49 (stop 48's review, cases 3 and 4): "he pushd her i saw", "they filmd me in the showr" read nothing.
    "pushd": "pushed", "pusht": "pushed", "filmd": "filmed", "showr": "shower", "shwer": "shower",
}

#: "my" written as it is said ("ma fone", "ma mum"), only before a word no Welsh sentence puts after "ma" (Welsh "mae");
#: "ma" or "me" before an arm, a wrist or a leg too (stop 39, trial AT1: "i cut ma arm abit" read nothing).
_MY = re.compile(r"\bma (?=(?:phone|phones|money|stuff|things|room|bedroom|carer|carers|staff|brother|bruvva|bruvver"
                 r"|sister|sista|mum|friends|friend|mates|key ?worker|support worker|tablets|meds|food|dinner"
                 r"|door|bag|clothes|keys|telly|tv|ipad|tablet|laptop|social worker)\b)"
                 r"|\b(?:ma|me) (?=(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin)\b)")
#: "off" written "of" when something is taken from someone ("take my fone of me", "took it of me").
_OFF = re.compile(r"\b((?:take|takes|took|taken|taking|grab|grabs|grabbed|nick|nicks|nicked|snatch|snatches"
                  r"|snatched|keep|keeps|kept) (?:my |me |all my |all me |it |them |that |the )?(?:[^ |,]+ )?)"
                  r"of (me|us|him|her)\b")


def in_usual_spelling(text: str) -> str:
    """`text` (already folded, one space between words) with words spelt by sound in their usual spelling."""
    words = text.split(" ")
    if not any(w in SOUNDED or w in ("ma", "me", "of") for w in words):
        return text
    text = " ".join(SOUNDED.get(w, w) for w in words)
    text = _MY.sub("my ", text)
    return _OFF.sub(r"\1off \2", text)
