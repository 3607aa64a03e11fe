"""A way to reach them that they took back (stop-34 trial AJ12): "My mobile is 07700 900123 if needed. Actually, please
don't ring me at all, email only." The words "don't ring me" are their wish about contact and stay; the number itself
must not be shown to the practitioner as a way to contact them (bot.summary.record.withhold_withdrawn_numbers).
"""
from __future__ import annotations

import re

#: A UK phone number as people type it: 07700 900123, 07700-900-123, 01633 123456, (01633) 123456, +44 7700 900123.
PHONE_NUMBER = re.compile(
    r"(?<![\d+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?(?:[\s-]?\d){6,8}(?!\d)")

#: Asking not to be phoned, or to have their number taken out, in English or Welsh (north and south, with or
#: without accents): "please don't ring me at all", "no phone calls", "delete my mobile number altogether",
#: "peidiwch â fy ffonio i", "peidiwch ffonio fi o gwbl", "dilëwch fy rhif ffôn", "sa i moyn galwadau ffôn".
_DONT_RING = re.compile(
    r"\b(?:do\s*n[o']?t|do\s+not|never|please\s+don'?t|no\s+need\s+to)\s+(?:ring|phone|call|telephone)\s+(?:me|us)\b"
    r"|\bno\s+(?:phone\s+|telephone\s+)?calls\b"
    r"|\b(?:delete|remove|take\s+out|get\s+rid\s+of|cross\s+out|scrap)\s+(?:my|our|the)\s+(?:mobile|phone|landline|"
    r"telephone|home)?\s*(?:number|mobile|phone\s+number)\b"
    r"|\bdon'?t\s+want\s+to\s+be\s+(?:rung|phoned|called)\b"
    r"|\bpeidiwch\s+(?:[âa]\s+|ag\s+)?(?:fy\s+|'?yn\s+)?(?:ffonio|ngalw|galw)\b"
    r"|\bpaid\s+(?:[âa]\s+)?(?:fy\s+)?(?:ffonio|ngalw)\b"
    r"|\b(?:dim|heb)\s+galwadau(?:\s+ff[ôo]n)?\b"
    r"|\b(?:d[iî]l[eë]wch|dilewch|tynnwch|croeswch)\s+(?:fy|ein|y)\s+(?:rhif|rif|nifer)\b"
    r"|\b(?:sa\s+i|sai|dw\s+i\s+ddim|dwi\s+ddim|dwi'm|smo\s+fi)\s+(?:moyn|isio|eisiau|ishe)\s+(?:i\s+(?:neb|chi)\s+)?"
    r"(?:(?:fy\s+|'?n\s+)?ffonio|galwadau|cael\s+fy\s+ffonio|cael\s+galwad)",
    re.IGNORECASE)


def takes_back_phone_contact(text: str) -> bool:
    """Whether they ask not to be phoned, or for their number to be taken out (_DONT_RING)."""
    return bool(_DONT_RING.search(text or ""))


def phone_numbers(text: str) -> list[str]:
    """The phone numbers in `text`, as typed."""
    return [m.group() for m in PHONE_NUMBER.finditer(text or "")]


#: How they want to be contacted, by a way other than a call ("just text", "email only", "text me", "tecstiwch fi",
#: "e-bost yn unig"), beside asking not to be phoned (_DONT_RING).
_CONTACT_BY = re.compile(
    r"\b(?:just|only)\s+(?:text|txt|email|e-mail|message|whatsapp)\b|\b(?:text|txt|email|e-mail)(?:\s+me)?\s+"
    r"(?:only|instead|rather)\b|\b(?:text|txt|email|e-mail|message)\s+me\b"
    r"|\b(?:tecst|neges(?:\s+destun)?|e-?bost)\s+yn\s+unig\b|\b(?:jyst|dim\s+ond)\s+(?:tecst|tecstio|e-?bost|neges)\b"
    r"|\b(?:tecstiwch|tecstia|e-?bostiwch|anfonwch\s+neges|gyrrwch\s+neges|hala\s+neges)\b",
    re.IGNORECASE)


def is_contact_wish(text: str) -> bool:
    """Whether words say how (not) to contact them: "please don't ring me at all", "just text", "peidiwch â fy ffonio",
    "e-bost yn unig". A contact preference wherever it is typed, never the best time to visit (re-trial 34: "actually
    please don't ring me at all, i never pick up lol. just text", typed at the visit time, was filed under it)."""
    return takes_back_phone_contact(text) or bool(_CONTACT_BY.search(text or ""))


#: Words just before a number that make it their own ("my mobile is", "ring me on", "fy rhif i ydi", "fi ar").
_THEIR_OWN = re.compile(
    r"\b(?:my|our)\s+(?:mobile|mob|number|phone|landline|cell|home\s+(?:number|phone)|phone\s+number|tel)\b"
    r"|\b(?:me|us)\s+(?:on|at)\b|\bi'?m\s+on\b|\bim\s+on\b|\bmine\b|\bf['’]?un\s+i\b"
    r"|\b(?:fy|ein)\s+(?:rhif|ff[oô]n|mobeil|mobail|symudol|rhif\s+ff[oô]n)\b|\brhif\s+(?:i|fi|ni)\b"
    r"|\b(?:fi|ni)\s+ar\b|\b(?:ffoniwch|ffonia)\s+(?:fi|ni)\b",
    re.IGNORECASE)
#: Words just before a number that make it someone else's: who they are to the person ("my sister Linda on", "her
#: number is", "rhif fy chwaer", "ei rhif hi"), or a name with "on", "'s" or a colon ("Linda's is", "Linda:").
_SOMEONE_ELSES = re.compile(
    r"(?i:\b(?:sister|sis|brother|daughter|son|mum|mam|mother|dad|father|wife|husband|partner|neighbou?r|friend|nan|nain"
    r"|gran|granny|taid|grandad|grandpa|auntie|aunty|aunt|uncle|carer|gp|doctor|surgery|social\s+worker"
    r"|chwaer|brawd|frawd|merch|ferch|mab|fab|g[wŵ]r|gwraig|wraig|cymydog|gymydog|cymdoges|gymdoges|ffrind|modryb"
    r"|fodryb|ewythr|meddyg|feddyg|mam-gu|tad-cu|mamgu|tadcu|mrawd|nhad|ng[wŵ]r|ngwraig|nghymydog|nghymdoges)\b"
    r"|\b(?:her|his|their)\s+(?:number|mobile|phone|landline)\b|\bei\s+(?:rhif|ff[oô]n|mobeil)\s+(?:hi|o|fo|e|fe)\b)"
    r"|\b[A-Z][\w-]+(?:'s|’s)\b|\b[A-Z][\w-]+\s+(?:on|at|ar)\s*$|\b[A-Z][\w-]+\s*:\s*$"
    r"|\b(?:rhif|ff[oô]n|mobeil)\s+[A-Z][\w-]+",
)
#: How far back from a number its owner is read (characters): the words said with it, not the whole answer.
OWNER_REACH = 60


def someone_elses_number(text: str, start: int) -> bool:
    """Whether the number at `start` in `text` is someone else's, by the nearest words before it that say whose: "my
    sister Linda on 07700 900456" (stop-34 fix34b: a sister's number was hidden with their own after "don't ring me").
    Their own when nothing says ("07700 900123 if needed")."""
    before = text[max(0, start - OWNER_REACH):start]
    before = PHONE_NUMBER.split(re.split(r"[.!?\n;]", before)[-1])[-1]  # (the words since the number before it)
    own = [m.end() for m in _THEIR_OWN.finditer(before)]
    other = [m.end() for m in _SOMEONE_ELSES.finditer(before)]
    return bool(other) and (not own or max(other) > max(own))


def own_phone_numbers(text: str) -> list[str]:
    """The phone numbers in `text` that are their own (not someone else's: someone_elses_number), as typed."""
    return [m.group() for m in PHONE_NUMBER.finditer(text or "") if not someone_elses_number(text, m.start())]
