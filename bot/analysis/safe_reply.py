"""The person's reply to "are you safe right now? carry on, take a break or stop?".

Only a reply made wholly of the known phrases ("carry on", "parhau", "ia", "yes ok", "dwi'n
iawn", "i'm ok thanks x", "seibiant", "stopio") is taken as a choice; anything more ("I'm not
safe", "he's here now", "no") is the person telling us something, and is kept as their own
answer about their safety. "No" is never a choice: to "are you safe?" it says they are not.
Two exceptions, which carry on with the words still kept: a reply that asks to carry on in so many
words ("we're fine, carry on"), or says they are fine ("be?? dwi'n iawn. jyst swil dwi", "im fine
love, nobody's hurting me"), when it says nothing that may be unsafe and reads as no risk. A harm
said not to be happening ("nobody's hurting me", "neb yn fy mrifo") is not unsafe; "not safe",
"dwi ddim yn saff", "he's here now" and "help" never carry on.
The phrases are data (bot/data/analysis/safe_check_replies.tsv).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from .cue_patterns import matches, prepared
from .safety_wish import is_safety_wish
from .text import iter_tsv

Choice = Literal["carry_on", "break", "stop"]
CHOICES: tuple[Choice, ...] = ("carry_on", "break", "stop")
PHRASES = "safe_check_replies.tsv"
_NOT_A_WORD = re.compile(r"[^\w']+")


#: "Want" in the south as in the north ("fi moyn brêc" is "isio brec": acceptance trial T24, after a disclosure,
#: was read as carrying on), and who wants it is no part of the choice ("fi / wi / dwi / dw i / o'n i isio").
_WANT = {"moyn": "isio", "mo'yn": "isio", "isie": "isio", "ishe": "isio", "isho": "isio", "eisie": "isio",
         "eisiau": "isio"}
_WANTER = frozenset(("fi", "wi", "dwi", "dw", "i", "o'n", "on", "ro'n", "ron", "mi"))


def _key(text: str) -> tuple[str, ...]:
    """The reply's words: lower case, no accents, no punctuation or emoji ("Dwi'n iawn 👍" -> dwi'n iawn), "want"
    in one form ("fi moyn brêc" -> isio brec; the phrases are read the same way)."""
    words: list[str] = []
    for word in (w.strip("'") for w in _NOT_A_WORD.sub(" ", prepared(text)).split() if w.strip("'")):
        word = _WANT.get(word, word)
        if word == "isio":
            while words and words[-1] in _WANTER:
                words.pop()
        words.append(word)
    return tuple(words)


@cache
def _phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words, kind) for every phrase, longest first, so "take a break" is read before "break"."""
    found = {(_key(row[2]), row[0].strip()) for row in iter_tsv(PHRASES) if len(row) >= 3 and _key(row[2])}
    return tuple(sorted(found, key=lambda item: -len(item[0])))


#: Words that ask to carry on in so many words ("we're fine, carry on", "dwi yn ty nain. parhau").
_CARRY_ON_WORDS = (("carry", "on"), ("carryon",), ("continue",), ("keep", "going"), ("go", "on"), ("go", "ahead"),
                   ("next", "question"), ("cwestiwn", "nesa"), ("cwestiwn", "nesaf"),
                   ("parhau",), ("parha",), ("cario", "mlaen"), ("cario", "ymlaen"),
                   # southern "mlan" (re-trial 32 AF6: "Ni'n gallu cario mlan")
                   ("cario", "mlan"), ("gario", "mlan"), ("mynd", "mlan"), ("fynd", "mlan"), ("mlan", "plis"),
                   ("mynd", "ymlaen"), ("mynd", "mlaen"), ("dal", "ati"),
                   # mutated after "gawn ni" / "ga i" ("gawn ni gario mlaen?", "gawn ni barhau?")
                   ("barhau",), ("gario", "mlaen"), ("gario", "ymlaen"), ("fynd", "ymlaen"), ("fynd", "mlaen"),
                   ("mlaen", "plis"), ("mlaen", "pls"), ("ymlaen", "plis"),
                   # "awn ni ymlaen", "awn ni mlaen" (let's go on)
                   ("awn", "ni", "ymlaen"), ("awn", "ni", "mlaen"), ("awn", "ymlaen"), ("let's", "go", "on"),
                   # the imperative, to us (trial 47 BB7: "…jyst teimlo'n isel. cariwch mlan" got the check again)
                   ("cariwch", "mlan"), ("cariwch", "mlaen"), ("cariwch", "ymlaen"), ("caria", "mlan"),
                   ("caria", "mlaen"), ("caria", "ymlaen"), ("ewch", "ymlaen"), ("ewch", "mlaen"), ("ewch", "mlan"),
                   ("cer", "mlan"), ("cer", "mlaen"), ("cerwch", "mlan"), ("dos", "ymlaen"), ("dos", "mlaen"))
#: Words saying they are fine ("im fine love", "be?? dwi'n iawn"): with nothing unsafe, a reply to carry on.
_FINE_WORDS = (("im", "fine"), ("i'm", "fine"), ("i", "am", "fine"), ("im", "ok"), ("i'm", "ok"), ("i", "am", "ok"),
               ("im", "okay"), ("i'm", "okay"), ("im", "alright"), ("i'm", "alright"), ("im", "safe"),
               ("i'm", "safe"), ("we're", "fine"), ("were", "fine"), ("we're", "ok"), ("we", "are", "fine"),
               ("all", "good"), ("nothing's", "wrong"), ("nothings", "wrong"), ("nothing", "wrong"),
               ("dwi'n", "iawn"), ("dwin", "iawn"), ("dw", "i'n", "iawn"), ("wi'n", "iawn"), ("win", "iawn"),
               ("rwy'n", "iawn"), ("dwi'n", "ok"), ("dwin", "ok"), ("dw", "i'n", "ok"), ("wi'n", "ok"),
               ("dwi'n", "oce"), ("dwi'n", "saff"), ("wi'n", "saff"), ("dwi'n", "ddiogel"), ("ni'n", "iawn"),
               ("dan", "ni'n", "iawn"), ("popeth", "yn", "iawn"), ("pob", "dim", "yn", "iawn"),
               ("fi'n", "ok"), ("fin", "ok"), ("fi'n", "iawn"), ("fi'n", "saff"), ("fi'n", "oce"),
               ("dw", "i'n", "saff"), ("dwin", "saff"), ("win", "ok"), ("win", "saff"), ("dw", "in", "iawn"),
               ("fi'n", "fine"), ("fin", "fine"), ("dwi'n", "fine"), ("dwin", "fine"), ("wi'n", "fine"),
               ("dw", "i'n", "fine"),
               # eleventh trial AG2: "wat?? fi'n ddiogel. pam ti'n gweud hwnna?" (a girl of 15, southern Welsh)
               ("fi'n", "ddiogel"), ("fin", "ddiogel"), ("wi'n", "ddiogel"), ("win", "ddiogel"),
               ("dw", "i'n", "ddiogel"), ("dwin", "ddiogel"),
               # ninth trial AC10: "o diar, ydan ni'n saff, dim byd fel'na. … awn ni ymlaen" (a carer and her father)
               ("ni'n", "saff"), ("nin", "saff"), ("ni'n", "ddiogel"), ("we're", "safe"), ("were", "safe"),
               ("we", "are", "safe"), ("we're", "okay"), ("we're", "alright"), ("we", "are", "ok"),
               # stop 43, AX5: "yes I am safe", and formal literary Welsh ("yr wyf yn ddiogel", "rwyf yn iawn") and
               # Hywel's "wrth gwrs fy mod i'n ddiogel"
               ("i", "am", "safe"), ("i", "am", "okay"), ("i", "am", "alright"),
               ("yr", "wyf", "yn", "ddiogel"), ("yr", "wyf", "yn", "iawn"), ("rwyf", "yn", "ddiogel"),
               ("rwyf", "yn", "iawn"), ("rwy'n", "ddiogel"), ("rwyn", "ddiogel"), ("rwy'n", "saff"),
               ("mod", "i'n", "ddiogel"), ("mod", "in", "ddiogel"), ("mod", "i'n", "saff"), ("mod", "i'n", "iawn"))
#: Nobody doing harm ("nobody's hurting me", "neb yn fy mrifo i"): who, then what is not being done.
_NOBODY = (("nobody",), ("nobody's",), ("nobodys",), ("nobody", "is"), ("no", "one"), ("no", "one's"),
           ("no", "one", "is"), ("noone",), ("noones",), ("no-one",), ("neb",), ("neb", "yn"), ("neb", "yn", "fy"))
_HARM_VERBS = frozenset(("hurting", "harming", "hitting", "touching", "threatening", "bothering", "hurt", "harm", "hit",
                         "brifo", "mrifo", "niweidio", "curo", "nghuro", "bwrw", "mwrw", "cyffwrdd", "bygwth"))
_OBJECT = frozenset(("me", "us", "fi", "i", "ni"))
#: Any of these in a reply and it may be saying they are not safe: never read as carrying on.
_MAYBE_UNSAFE = frozenset((
    "not", "no", "nope", "dont", "don't", "cant", "can't", "never", "but", "unsafe", "scared", "afraid", "frightened",
    "help", "police", "999", "hurt", "hurting", "ddim", "dim", "na", "nac", "nid", "nag", "ond", "ofn", "ofnus",
    "helpu", "heddlu", "brifo", "anniogel", "peryg", "perygl", "isn't", "isnt", "aint", "wasn't", "neb",
    # "he is violent when he drinks" (stop 43, AX5: "not violent" is a reassurance, _REASSURED; "violent" alone is not)
    "violent", "treisgar", "dreisgar", "nhreisgar",
    # what is done to them beside "he's not violent" ("hes not violent he just grabs me when hes drunk", the review)
    "grabs", "grabbed", "grabbing", "pushes", "pushed", "shoves", "shoved", "slaps", "slapped", "chokes", "choked",
    "hits", "hit", "kicks", "kicked", "throws", "threw", "threatens", "threatened", "drunk", "gafael", "cydio",
    "gwthio", "nghydio", "ngwthio", "nharo", "nghicio", "mwrw",
    "taro", "daro", "bwrw", "cicio", "bygwth", "feddw", "meddw", "unless", "drink", "drinks", "drinking", "yfed",
    "here", "yma", "fan", "coming", "dod", "watching", "outside", "allan", "back", "nol", "adre", "adra",
    # Welsh "can't", as "can't" is ("Fi'n ffaelu cario mlan fel hyn" carried on; re-trial 32 AF6)
    "methu", "fethu", "ffaelu", "ffili", "ffaeli",
    # the south's "not" ("sa i'n saff o gwbl", "sai'n saff": review46b A1, read as nothing unsafe)
    "sa", "sai", "sai'n"))
#: Words that take a message back ("na anghofia hynna", "nah ignore that"): a "no" just before one is part of the
#: take-back, not "no, I'm not safe" (stop 46: "na anghofia hynna, dwi ddim am neud dim byd gwirion" was asked again).
_FORGET = frozenset(("anghofia", "anghofiwch", "angofia", "anwybydda", "anwybyddwch", "forget", "4get", "ignore",
                     "disregard", "scrap"))


def _has(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words)))


#: "he's not here now", "she's gone", "dydi o ddim yma", "mae e wedi mynd": the one they fear is away.
_GONE = tuple(tuple(p.split()) for p in (
    "he's not here", "he is not here", "he isn't here", "she's not here", "she is not here", "she isn't here",
    "they're not here", "they are not here", "he's gone", "she's gone", "they've gone", "he has gone", "she has gone",
    "dydi o ddim yma", "dydy o ddim yma", "dyw e ddim yma", "dyw fe ddim yma", "dydi hi ddim yma", "dyw hi ddim yma",
    "dydi o ddim ma", "dyw e ddim ma", "dyw fe ddim ma", "dydi hi ddim ma", "dyw hi ddim ma", "so fe ddim ma",
    "so fe ma", "sa fe ddim ma",
    "mae o wedi mynd", "mae e wedi mynd", "ma fe wedi mynd", "ma fo di mynd", "mae hi wedi mynd", "ma hi di mynd",
    # the person they care for, settled again ("ma fe nôl yn y gwely nawr", "he's back in bed")
    "back in bed", "back in his bed", "back in her bed", "back to bed", "back to sleep", "nol yn y gwely",
    "nol yn ei wely", "nol yn ei gwely", "nol yn cysgu"))
#: Reassurances, not risks: "I'm not going to do anything daft", "dwi ddim am neud dim byd gwirion",
#: "nothing like that" (to a check after words misread as a disclosure).
_REASSURED = tuple(tuple(p.split()) for p in (
    # first, so the "no" goes with it (stop-24 trial T1: "what?? no, nothing like that! just stressed. I'm ok")
    "no nothing like that", "nah nothing like that", "na dim byd fel'na", "na dim byd fel na", "na dim byd felly",
    # formal Welsh "I will not do anything foolish" (Hywel, stop 43 AX5), before "am wneud dim byd" takes its "nid"
    "nid wyf am wneud dim byd", "nid ydwyf am wneud dim byd", "dydw i ddim am wneud dim byd",
    "nid wyf yn mynd i wneud dim byd",
    "not going to do anything", "not gonna do anything", "won't do anything", "wont do anything",
    "not going to hurt myself", "not gonna hurt myself", "won't hurt myself", "wont hurt myself",
    "nothing like that", "not like that", "dwi ddim am neud dim byd", "dwi ddim am wneud dim byd",
    "dw i ddim am wneud dim byd", "dwi ddim yn mynd i neud dim byd", "sa i am neud dim byd",
    "sa i'n mynd i neud dim byd", "sai'n mynd i neud dim byd", "dim byd fel na", "dim byd felly",
    # any subject, north or south, contracted or not ("dw i'm yn mynd i neud dim byd heno", "wi ddim am wneud dim byd")
    "yn mynd i neud dim byd", "yn mynd i wneud dim byd", "am neud dim byd", "am wneud dim byd",
    # stop-24 trial T1: "fyswn i byth yn gneud dim byd" (I'd never do anything), "naci, dim byd fel'na!"
    "byth yn gneud dim byd", "byth yn neud dim byd", "byth yn gwneud dim byd", "byth yn wneud dim byd",
    "dim byd fel'na", "dim byd felna", "dim byd fel'ny", "dim byd felny", "would never do anything",
    "never do anything", "never do anything like that",
    # stop-25 trial V5: "its not like an emergency or anything, i just said it because its true. can we carry on"
    "not like an emergency", "not an emergency", "its not an emergency", "nothing urgent", "not urgent",
    "ddim yn argyfwng na dim byd", "dim yn argyfwng na dim byd", "ddim yn argyfwng", "dim yn argyfwng", "dim byd brys",
    "ddim yn frys",
    # third trial W12: "ye fi'n fine, ma fe ddim yn neud dim byd i fi" (he doesn't do anything to me; it is nan he
    # shouts at) was asked "are you safe?" again
    "doesnt do anything to me", "doesn't do anything to me", "does not do anything to me", "dont do anything to me",
    "ddim yn neud dim byd i fi", "ddim yn gneud dim byd i fi", "ddim yn gwneud dim byd i fi",
    "ddim yn neud dim byd i mi", "ddim yn gneud dim byd i mi", "ddim yn gwneud dim byd i mi",
    # eighth trial AB2: "Oh now, there's no need for that. I'm safe, he's not here. … stop" (the help waved away, not
    # danger) had its "no" read as "not safe", so neither the "I'm safe" nor the stop was taken
    "there's no need for that", "theres no need for that", "there is no need for that", "no need for that",
    "there's no need for all that", "no need for all that", "there's no need", "theres no need", "there is no need",
    "does dim angen hynny", "does dim angen hynna", "does dim angen", "dim angen hynny", "dim angen hynna",
    "sdim angen hynny", "sdim angen", "sdim isio ny", "sdim isio hynny", "does dim isio hynny", "dim isio hynna",
    # stop 35, the thirteenth trial's AK10: "ia dw i'n ok, dw i'n saff, dim byd heddiw. jyst cario mlaen plis" (nothing
    # today, of the cutting she had told) was asked "are you safe?" again
    "dim byd heddiw", "dim byd heddi", "dim byd heno", "nothing today", "nothing tonight",
    # stop 36, the fourteenth trial's AM12: "im fine its not a big deal. can we just carry on" (a 14-year-old after
    # telling of grooming) was asked "are you safe?" again. Making light of it is no word of danger: they carry on, and
    # the summary marks it played down (_PLAYED_DOWN_ANY) so the practitioner does not discount what was told.
    "its not a big deal", "it's not a big deal", "it is not a big deal", "not a big deal", "no big deal",
    "not a big thing", "not that big a deal", "ddim yn big deal", "dim yn big deal",
    "ddim yn beth mawr", "dim yn beth mawr", "dio'm yn fawr o beth", "dydi o ddim yn fawr o beth",
    "dyw e ddim yn fawr o beth", "so fe'n fawr o beth"))
#: Where the writer is, or that they are back ("dwi adra efo mam", "I'm home", "hiya sorry, I'm back now"):
#: about themselves, so not the "he's back" / "mae o adra" that keeps the check open.
_ME_HERE = tuple(tuple(p.split()) for p in (
    "dwi adra", "dwi adre", "dw i adra", "dw i adre", "wi adre", "wi gartre", "dwi gartre", "dwi'n y ty",
    "dwi yn y ty", "dw i yn y ty", "dwi'n ol", "dwi nol", "dw i'n ol", "dw i nol", "wi nol", "wi'n ol",
    "i'm home", "im home", "i'm at home", "im at home", "i'm back", "im back", "i am back", "i am home",
    "i'm back home", "im back home",
    # coming back later, and someone at home watching the telly (trial U14 "Dof i nôl mewn awr", U16 "lily is
    # watching tv"): no one feared is back or watching
    "dof i nol", "dof i'n ol", "ddo i nol", "ddoi nol", "do i nol", "i'll come back", "ill come back", "i'll be back",
    "ill be back", "be back later", "come back later", "watching tv", "watching the tv", "watching telly",
    "watching the telly", "gwylio teli", "gwylio'r teli", "gwylio teledu", "gwylio'r teledu"))
#: A way of reaching them said not to be used (trial T28 "I dont do texts", U14 "Ffono'r mobeil sy ore, dim y tŷ"):
#: how to contact them, no word of danger.
_CONTACT_WAY = tuple(tuple(p.split()) for p in (
    "dont do texts", "don't do texts", "dont do text", "don't do text", "do not do texts", "no texts", "not texts",
    "not the house", "not the house phone", "not the landline", "not on the landline", "not my landline",
    "dim y ty", "ddim y ty", "dim ffon y ty", "ddim ffon y ty", "dim tecsts", "dim tecst", "ddim yn gwneud tecsts",
    "ddim yn gwneud tecst", "ddim yn neud tecsts", "ddim yn neud tecst", "dim negeseuon testun",
    # who may not be told (third trial W12): "just please dont tell nan" is a wish, not "not safe"
    "dont tell", "don't tell", "do not tell",
    # the one they told of is not violent (stop 43, AX5: "oh. yes im safe hes not violent or anything. … carry on" was
    # asked "are you safe?" again): north and south, formal and spoken ("dydi o ddim yn dreisgar", "so fe'n dreisgar",
    # "nid yw'n dreisgar")
    "not violent", "isn't violent", "isnt violent", "never violent", "not a violent", "ddim yn dreisgar",
    "dim yn dreisgar", "so fe'n dreisgar", "so fo'n dreisgar", "sa fe'n dreisgar", "nid yw'n dreisgar",
    "nid yw e'n dreisgar", "nid yw ef yn dreisgar", "nid yw o'n dreisgar", "byth yn dreisgar",
    # formal Welsh "I will not do anything foolish" (Hywel, AX5) and "nothing more" after why ("hiraeth yw e, dim byd
    # mwy": its "mwy" is no "I can't go on any more")
    "dim byd mwy", "dim mwy na hynny"))
#: "No" or "na" before saying they are fine ("Na, ni'n iawn", "no no I'm fine") answers a misreading.
_NO_WORDS = frozenset(("no", "na", "nope", "nah"))


#: Words that only soften a "no" before "I'm fine" ("Na wir, dw i'n saff", "no honestly, I'm fine").
_SOFTENERS = frozenset(("wir", "really", "honestly", "honest", "seriously", "love", "bach", "cariad", "now", "oh", "o"))


def _fine_after_no(words: tuple[str, ...], at: int) -> bool:
    """Whether the "no"s from `at` lead straight into saying they are fine ("no no I'm fine", "na wir, dw i'n saff")."""
    while at < len(words) and (words[at] in _NO_WORDS or words[at] in _SOFTENERS):
        at += 1
    return any(words[at:at + len(f)] == f for f in _FINE_WORDS)


def _without_nobody_harming(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words less each "nobody's hurting me" / "neb yn fy mrifo i" (a harm said not to be happening)
    and each "he's not here" / "mae e wedi mynd" (the one they fear is away): "I'm alright love, he's not
    here now. carry on" carries on; "I'm fine but he's not here now" still does not ("but")."""
    for gone in (*_GONE, *_REASSURED, *_ME_HERE, *_CONTACT_WAY):
        at = next((i for i in range(len(words)) if words[i:i + len(gone)] == gone), None)
        if at is not None:
            start = at
            if gone in _REASSURED:  # the "no" that leads into it goes with it ("Na wir, does dim angen hynny")
                while start and (words[start - 1] in _NO_WORDS or words[start - 1] in _SOFTENERS):
                    start -= 1
                start = start if _NO_WORDS.intersection(words[start:at]) else at
            words = words[:start] + words[at + len(gone):]
    # A "no" said just before they are fine ("Be? Na, ni'n iawn"), or just before taking it back ("na anghofia
    # hynna"), is not "no, I'm not safe".
    words = tuple(w for i, w in enumerate(words) if not (w in _NO_WORDS and (_fine_after_no(words, i) or (
        i + 1 < len(words) and words[i + 1] in _FORGET) or (
        i + 2 < len(words) and words[i + 1] in ("jyst", "just") and words[i + 2] in _FORGET))))
    out: list[str] = []
    i = 0
    while i < len(words):
        for who in sorted(_NOBODY, key=len, reverse=True):
            after = i + len(who)
            if words[i:after] == who and after < len(words) and words[after] in _HARM_VERBS:
                i = after + 1
                if i < len(words) and words[i] in _OBJECT:
                    i += 1
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


#: "wait i didnt say i was safe lol" (AZ1, stop 46 trial: read as nothing unsafe; Welsh "nes i ddim deud" has "ddim");
#: as phrases, not the bare "didn't" ("Oh dear, I didn't want to make a fuss" says nothing unsafe: trial 27).
_UNSAFE_PHRASES = tuple(tuple(p.split()) for p in (
    "didnt say", "didn't say", "didnt said", "never said i was", "wasnt safe", "wasn't safe", "didnt feel safe",
    "didn't feel safe"))


def _unsafe(words: tuple[str, ...]) -> bool:
    """Any word that may say they are not safe, once harms said not to happen and the one feared away are left out."""
    left = _without_nobody_harming(words)
    return bool(_MAYBE_UNSAFE.intersection(left)) or _has(left, _UNSAFE_PHRASES)


#: Not being safe said outright, fear, help asked for, or the one they fear near or armed: what a message that also
#: takes a disclosure back may still say ("forget it. im not safe", "anghofia hynna, dw i ddim yn saff", "ignore that.
#: hes in the house and im scared": review46b A1, read as a take-back with no 999 line). Narrower than unsafe_words,
#: whose "not"/"ddim" are in every take-back ("im not gonna do anything stupid").
#: The words of being safe, both languages (mutated "ddiogel", "nniogel"): one list for every reader of them.
SAFE_WORDS = r"safe|saff|ddiogel|diogel|nniogel"
_SAYS_NOT_SAFE = re.compile(
    r"\b(?:not|never|dont feel|don'?t feel|didn'?t feel|didn'?t say i was|didnt say i was|wasn'?t|isn'?t|aint)"
    r"\s+(?:really\s+|very\s+|that\s+|totally\s+)?safe\b|\bunsafe\b|\banniogel\b"
    r"|\b(?:ddim|dim|sa i|sai|so fi|nid wyf|nid ydw i|dydw i ddim|dwi ddim|dw i ddim)\s*(?:'n|yn)?\s*"
    r"(?:teimlo\s*'?n\s+|teimlo\s+yn\s+)?(?:" + SAFE_WORDS + r")\b"
    r"|\b(?:scared|afraid|frightened|terrified|petrified|ofn|ofnus|help me|helpa fi|helpwch fi|999|police|heddlu)\b"
    r"|\b(?:he|she|they|hes|shes|theyre)(?:'s|s|'re| is| are)?\s+(?:here|coming|back|outside|downstairs|upstairs"
    r"|in the (?:house|room|next room)|next door|at the door|home)\b"
    r"|\b(?:knife|knives|cyllell|cyllyll|gun|gwn)\b")


def says_not_safe(text: str) -> bool:
    """They say they are not safe, are afraid, ask for help, or say the one they fear is near (see _SAYS_NOT_SAFE)."""
    return bool(_SAYS_NOT_SAFE.search(prepared(text).replace("\u2019", "'")))


def unsafe_words(text: str) -> bool:
    """Any word in the reply that may say they are not safe ("not safe", "he's here now", "help")."""
    return _unsafe(_key(text))


def _risk_level(text: str) -> str:
    """The risk level read in a reply to the safe check; "please check" (the model alone, unsure) counts as urgent
    here, as it did before stop 24, so such a reply does not carry on by itself."""
    from bot.analysis.risk import assess_risk  # (the risk package loads its model lazily)

    found = assess_risk(text)
    return "urgent" if found.please_check else found.level


#: Sadness told beside "I'm safe" ("dw i'n saff. jyst wedi blino'n lan a trist"): no risk the rules read, but said only
#: to be fine it is no choice to carry on; the choice (carry on, a break or stop) follows (stop 48: once "blino'n lân"
#: was read as tiredness, not low mood, the questions went straight on).
_SAD_WORDS = tuple((w,) for w in ("sad", "upset", "crying", "lonely", "heartbroken", "trist", "drist", "ypset", "crio",
                                  "llefain", "llefen", "unig", "torcalonnus", "digalon", "ddigalon"))


def _asks_to_carry_on(text: str, words: tuple[str, ...]) -> bool:
    """A longer reply that asks to carry on, or says they are fine, with nothing unsafe and no risk read.

    "we're fine, carry on", "dwi'n ok rwan, dwi yn ty nain. parhau", "be?? dwi'n iawn. jyst swil dwi"
    and "im fine love, nobody's hurting me" carry on (their words are kept all the same), as do "Be? Na,
    ni'n iawn, ma fe nôl yn y gwely nawr. Parhau" and "I'm fine love, I'm not going to do anything daft.
    Carry on"; "not safe, carry on", "dwi ddim yn saff", "I'm fine but he's here now" or "help" never do.
    """
    if _unsafe(words):
        return False
    asks = _has(words, _CARRY_ON_WORDS)
    if not (asks or _has(words, _FINE_WORDS)):
        return False
    if not asks and _has(words, _SAD_WORDS):
        return False  # "dw i'n saff. jyst wedi blino'n lan a trist": safe, and sad; the choice, so a break is offered
    # A worry read in it ("I meant I'm worn out. Carry on") is kept as a concern; asked in so many
    # words, they carry on. Said only to be fine, a worry there keeps the question open.
    level = _risk_level(text)
    return level == "none" or (asks and level == "concern")


#: "Yes" first, answering "are you safe right now?" in its own verb ("Ydw siŵr, dydi o ddim yma rŵan": stop-27 trial
#: X11, where the check was asked again though the English "Yes I'm safe, he's not here now" was taken).
_YES_I_AM_FIRST = frozenset(("ydw", "yndw", "odw", "ydw'n", "yes", "yeah", "yep", "yup", "ye", "yh",
                             "ydwyf", "ydwy"))  # (formal "Ydwyf": stop 43, AX5)


#: Words that only make "I'm fine" stronger ("wi'n hollol saff!", "I'm totally fine", "dwi'n berffaith iawn"): read
#: past, so the stop-28 trial's (Y7) "wi'n hollol saff! … Carry on." is the yes it is, not a reason to ask again.
_STRONGER = frozenset(("hollol", "berffaith", "gwbl", "llwyr", "totally", "completely", "perfectly", "absolutely",
                       "honestly", "defo", "definitely", "100%", "quite", "fully"))


def _says_fine(words: tuple[str, ...]) -> bool:
    """They say they are fine or safe ("dwi'n iawn", "I'm ok"), or start with yes to the check ("Ydw siŵr, …")."""
    # (Never "ydw i mewn trwbl?": "am I…", a question.)
    plain = tuple(w for w in words if w not in _STRONGER)
    return _has(words, _FINE_WORDS) or _has(plain, _FINE_WORDS) or (bool(words) and words[0] in _YES_I_AM_FIRST
                                        and words[1:2] not in (("i",), ("i'n",), ("in",), ("fi",)))


def says_they_are_safe(text: str) -> bool:
    """"dwi'n iawn", "dw i'n saff", "I'm ok", "yeah im fine now", "wi'n ok": they tell us they are safe, and nothing
    in the reply may say they are not ("I'm fine but he's here now" does not). Once said in reply to "are you safe
    right now?", it is not asked again for the same harm (bot.conversation.pause.ask_again)."""
    words = _key(text)
    if _DOUBTS_IT.search(text.lower().replace("\u2019", "'")):
        return False  # "dwi'm yn meddwl mod i'n iawn", "sa i'n credu mod i'n saff" (stop 43's review): they doubt it
    return ((_says_fine(words) and not _unsafe(words) and _risk_level(text) != "urgent")
            or _safe_first_then_other_things(text))


#: Not thinking, believing or being sure that they are safe, before "mod i'n iawn / saff / ddiogel" (Welsh "that I'm…").
_DOUBTS_IT = re.compile(
    r"(?:dwi'?m|dw i'?m|dw i ddim|dwi ddim|dydw i ddim|sa i|sai|so fi|smo fi|ddim yn|dim yn|nid wyf)"
    r"\s*(?:'n |yn )?(?:meddwl|credu|siwr|siŵr|gwbod|gwybod|teimlo)\b[^.!?]{0,30}\b(?:mod|fy mod)\b")


#: Words that only turn a sentence round ("not", "ond"): beside "I'm safe", a later sentence's "ddim" or "don't" says
#: nothing of their safety ("doeddwn i ddim isio gwneud ffys"); its other unsafe words still do ("he's coming back").
_ONLY_TURNING = frozenset(("not", "no", "nope", "dont", "don't", "cant", "can't", "never", "but", "ddim", "dim", "na",
                           "nac", "nid", "nag", "ond", "isn't", "isnt", "aint", "wasn't", "neb"))


def _safe_first_then_other_things(text: str) -> bool:
    """They say they are safe in the first sentence, with nothing unsafe in it, and the sentences after say nothing of
    danger: no unsafe word but a "not", nothing the risk rules read, or only the fear that the one who harmed them gets
    into trouble ("Ydw siŵr, dydi o ddim yma rŵan. O diar, doeddwn i ddim isio gwneud ffys. Dydw i ddim isio i Dylan
    gael trwbl efo'r polis." — stop-27 trial X11: "are you safe?" was asked again)."""
    from .safe_check_questions import questions_asked  # (that module reads this one)

    sentences = [part for part in _SENTENCE_ENDS.split(text or "") if part.strip()]
    while sentences and SURPRISE.fullmatch(" ".join(_key(sentences[0]))):
        sentences.pop(0)  # "oh. yes im safe …" (stop 43, AX5): the surprise says nothing of their safety
    if len(sentences) < 2:
        return False
    first = _key(sentences[0])
    if not _says_fine(first) or _unsafe(first):
        return False
    for sentence in sentences[1:]:
        if _key(sentence)[:1] in (("but",), ("ond",), ("though",), ("except",), ("heblaw",)):
            return False  # "I'm safe. But not for long."
        words = _without_nobody_harming(_key(sentence))
        if _ONLY_TURNING.intersection(words) and _NOT_GOING_ON.intersection(words):
            return False  # "I'm fine. I can't take this anymore.", "dwi'n iawn. alla i ddim cario mlaen"
        unsafe = _MAYBE_UNSAFE.intersection(words) - _ONLY_TURNING
        if unsafe and questions_asked(sentence) != ["their_trouble"]:
            return False
    # last: the whole risk reading, only for a reply the words let through; a worry read in it ("dwi jyst ddim yn siŵr
    # be mae Dylan yn neud efo'r pres") is kept as a concern when they also ask to go on in so many words ("… awn ni
    # ymlaen": ninth trial AC10, asked "are you safe?" again), as in a shorter reply (_asks_to_carry_on)
    level = _risk_level(text)
    return level == "none" or (level == "concern" and _has(_key(text), _CARRY_ON_WORDS))


#: Beside a "not", words of not going on ("can't take this anymore", "ddim yn gallu ymdopi", "alla i ddim cario
#: mlaen"): a later sentence with them is no "I'm safe".
_NOT_GOING_ON = frozenset(("anymore", "more", "rhagor", "mwy", "longer", "hirach", "cope", "ymdopi", "ymlaen", "mlaen",
                           "mlan", "go", "living", "live", "byw"))


def asks_to_carry_on(text: str) -> bool:
    """Whether the words ask to carry on in so many words ("carry on i guess", "parhau plis"), not only say they are
    fine: beside a question, only this is taken as the choice (bot.conversation.pause)."""
    return _has(_key(text), _CARRY_ON_WORDS)


def reply_to_safe_check(text: str) -> Choice | None:
    """carry_on / break / stop when the whole reply is that choice, else None (their own words).

    A reply naming a break or a stop as well as carrying on ("I'm ok, but a break please") is the
    break or the stop: the gentler reading of what they want, also when the break is asked for in a
    sentence of its own among others ("dw i'n iawn, dw i'm yn mynd i neud dim byd heno. jyst isio
    brec"). A reply that asks us something ("are they gonna ring my mum??") is not a choice, even
    said with "I'm safe": the question is answered first (bot.conversation.pause). A longer reply
    that asks to carry on or says they are fine, with nothing unsafe in it, carries on too
    (_asks_to_carry_on).
    """
    words = _key(text)
    choice = _whole_choice(words)
    if choice is not None:
        return choice
    if asks_what_happens_next(text):
        return None
    named = named_within(text)
    if named is not None:
        return named
    if _asks_to_carry_on(text, words) or (_has(words, _CARRY_ON_WORDS) and _safe_first_then_other_things(text)):
        return "carry_on"  # (the second: "ydan ni'n saff, dim byd fel'na. dwi jyst ddim yn siŵr… awn ni ymlaen")
    return None


#: Surprise before the answer ("wtf?? wi'n iawn", "omg ydw", "oh. yes im safe"): no part of what they say about being
#: safe (bot.conversation.pause reads the first clause past it; _safe_first_then_other_things the first sentence).
_SURPRISES = r"wtf|omg|eh|be|beth|what|huh|wait|aros|hang on|lol|ha|haha|oh|o|wow|sorry|sori|um|erm|ym|hm+|ffs"
SURPRISE = re.compile(rf"(?:{_SURPRISES})(?:\s+(?:{_SURPRISES}))*")
LEADING_SURPRISE = re.compile(rf"^(?:(?:{_SURPRISES})\s+)+", re.I)

_SENTENCES = re.compile(r"[.!?;,\n]+")
_SENTENCE_ENDS = re.compile(r"(?<=[.!?\n])\s*")
#: Words that make a question about the choice itself ("gawn ni gario mlaen?", "can we take a break?").
_CHOICE_WORDS = frozenset(("break", "brec", "seibiant", "saib", "hoe", "egwyl", "pause", "stop", "stopio", "carry",
                           "continue", "parhau", "barhau", "cario", "gario", "ymlaen", "mlaen", "mlan"))
#: How a question to us starts when typed without "?" ("are they gonna ring my mum", "pwy ydi'r tim").
_QUESTION_OPENERS = frozenset((
    "who", "what", "whats", "what's", "when", "where", "why", "how", "will", "would", "are", "is", "can", "could",
    "do", "does", "did", "should", "r", "pwy", "beth", "be", "pryd", "lle", "ble", "pam", "sut", "fydd", "fyddan",
    "ydyn", "ydi", "ydy", "oes", "wnaiff", "wnan", "wneith", "neith", "ydach", "ydych"))
#: Welsh future forms ("neith e…", "fydd hi…"): a question without "?" only when they open the sentence ("fydd rhywun yn
#: ffonio'r ty"); after a comma they say what will happen ("plis peidiwch deud wrtho fo, neith o wylltio").
_WELSH_FUTURE = frozenset(("neith", "wneith", "fydd", "fyddan", "wnan", "wnaiff"))
#: Words before a question's opener ("but will they…", "so who…", "ond fydd…", "ia ond pwy…").
_LEAD_INS = frozenset(("but", "and", "so", "ok", "okay", "like", "yeah", "um", "erm", "ond", "a", "ac", "felly", "ia",
                       "ie", "ym", "wel", "well", "then", "te"))
#: After "does", Welsh "there is no …" ("does dim angen", "does neb yma"), never the English question "does …?".
_WELSH_THERE_IS_NO = (("dim",), ("ddim",), ("neb",), ("na",))
#: A question this short ("be??", "eh?", "what?") is surprise, not something to answer.
QUESTION_WORDS = 3


def asks_what_happens_next(text: str) -> bool:
    """Whether a reply to the safe check asks us something ("who is the safeguarding team, are they gonna ring
    my mum??", "u didnt answer me. are they gonna ring my mum", "pwy fydd yn darllen hyn?") other than
    whether they may carry on, pause or stop."""
    for sentence in _SENTENCE_ENDS.split(text):
        clauses = [_key(clause) for clause in _SENTENCES.split(sentence)]
        clauses = [words for words in clauses if words]
        for i, words in enumerate(clauses):
            if len(words) < QUESTION_WORDS or _CHOICE_WORDS.intersection(words):
                continue
            ends_asking = i == len(clauses) - 1 and sentence.rstrip().endswith("?")
            at = next((j for j, w in enumerate(words) if w not in _LEAD_INS), len(words))
            opener = words[at] if at < len(words) else ""  # "but will they actually call mum or not"
            if opener == "does" and words[at + 1:at + 2] in _WELSH_THERE_IS_NO:
                opener = ""  # "does dim angen hynny" (there's no need for that), Welsh, no question
            if opener in _WELSH_FUTURE and i > 0 and not ends_asking:
                continue  # "…bo fi 'di sôn am y cerdyn, neith e golli'i dymer" (re-trial 32 AF6): what he will do
            if ends_asking or opener in _QUESTION_OPENERS:
                return True
    return False


#: The verb a stop phrase ends on ("i want to stop", "dwi isio stopio"): a word after it can be what is stopped.
_STOP_VERBS = frozenset(("stop", "stopio", "stopia", "quit", "finish", "gorffen", "pause"))
#: What is stopped, straight after that verb: a person or thing ("stop him", "stopio fo") or, in Welsh, a verb-noun
#: ("stopio poeni"); English verbs in -ing are read by their ending ("stop worrying", "quit smoking").
_STOPPED_THING = frozenset((
    "him", "her", "them", "it", "that", "this", "me", "myself", "us", "the", "my", "his", "their", "people", "fo",
    "o", "hi", "e", "fe", "nhw", "fi", "y", "yr", "fy", "ei", "eu", "ein", "poeni", "boeni", "becso", "fecso",
    "pryderu", "meddwl", "feddwl", "yfed", "smocio", "ysmygu", "crio", "teimlo", "gweithio", "cwyno", "gweiddi",
    "brifo", "bod", "mynd", "dod", "siarad", "bwyta", "gamblo"))


def _stops_something(words: tuple[str, ...], after: int, phrase: tuple[str, ...]) -> bool:
    """Whether the stop phrase ending before `after` names what is to stop ("I just want to stop worrying", "dwi
    isio stopio poeni amdano fo"): a wish about their life, not a stop of the questions (stop-35 fuzz seed 3604:
    "same as before I just want to stop worrying" at "are you safe?" stopped the conversation)."""
    if phrase[-1] not in _STOP_VERBS or after >= len(words):
        return False
    following = words[after]
    return following in _STOPPED_THING or (len(following) > 4 and following.endswith("ing"))


def _choice_in(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The choice a clause makes and its other words: the whole clause ("isio brec plis"), or a break or a stop of
    two words or more inside it ("can we stop for now i need to do tea", "i said i want to stop for now"); one word
    inside a clause is no choice ("mae o isio fi stopio", "he told me to stop"), nor a stop of something named
    ("I just want to stop worrying")."""
    whole = _whole_choice(words)
    if whole is not None:
        return whole, ()
    for phrase, kind in _phrases():  # longest first
        if kind not in ("break", "stop") or len(phrase) < 2:
            continue
        at = next((i for i in range(len(words) - len(phrase) + 1) if words[i:i + len(phrase)] == phrase), None)
        if at is not None and not _stops_something(words, at + len(phrase), phrase):
            return kind, words[:at] + words[at + len(phrase):]
    return None, words


def named_within(text: str) -> Choice | None:
    """A break or a stop asked for in a sentence or clause of the reply ("dw i'n iawn rwan. isio brec plis",
    "im fine. im at home. lily is watching tv. can we stop for now i need to do tea", trial U16), beside a question
    to us or a way to reach them ("I just told you, mobile. will the police come? I need a break now", U25): the
    gentler choice, when nothing else in it may say they are not safe and no urgent risk is read. A question (it
    is answered) and a safety wish (it is kept) are no words of danger here."""
    chosen: set[str] = set()
    rest: list[str] = []
    for clause in _SENTENCES.split(text):
        clause_words = _key(clause)
        kind, other = _choice_in(clause_words)
        if kind is not None:
            chosen.add(kind)
            rest.extend(other)
        elif not (asks_what_happens_next(clause) or _is_safety_wish(clause)):
            rest.extend(clause_words)
    named = next((kind for kind in ("stop", "break") if kind in chosen), None)
    if named is None or _unsafe(tuple(rest)):
        return None
    # Read by the rules only: a break or a stop is the gentler choice, and the learned model alone made "be?? na dwi'n
    # iawn, jyst isio stopio am heno. dwi'n gorfod neud te i'r plant" urgent (stop-23 trial W23: "are you safe?" again)
    return named if _rules_level(text) != "urgent" else None


def _rules_level(text: str) -> str:
    from bot.analysis.risk import rules_only  # (the risk package loads its model lazily)

    return rules_only(text).level


def _is_safety_wish(text: str) -> bool:
    return is_safety_wish(text)


def is_plain_reply(text: str) -> bool:
    """Nothing in it that may say they are unsafe, and no risk read: e.g. an answer to the question they
    thought was next ("mam. smwt. fy ffrind Dion"), typed at the safe check."""
    return not _unsafe(_key(text)) and _risk_level(text) == "none"



#: A reply this long or longer can be the answer to a question, not a reply to "is help on its way?".
ANSWER_WORDS = 6
#: Words that speak of danger even inside a long answer about something else ("scared", "outside", "not safe"); the
#: short-reply list (_MAYBE_UNSAFE) also holds "no", "not", "but", "here", which every long answer has.
_DANGER_WORDS = frozenset((
    "unsafe", "safe", "saff", "ddiogel", "diogel", "anniogel", "scared", "afraid", "frightened", "terrified", "ofn",
    "ofnus", "police", "heddlu", "999", "hurt", "hurting", "hurts", "brifo", "peryg", "perygl", "danger", "watching",
    "outside", "tu allan", "coming back", "coming home", "coming round", "on his way", "on her way", "dod nol",
    "dod yn ol", "dod yn ôl", "ddod nol", "ddod yn ol", "dod adra", "dod adre", "dod yma", "help me", "helpa fi",
    "helpwch fi", "helpu fi", "ambulance", "ambiwlans", "tablets", "tabledi", "pills", "overdose", "bleeding", "blood",
    "gwaed", "gwaedu"))


#: Concerns read in everyday answers ("mae hi'n anghofio popeth", "its getting her down more") that say nothing of
#: danger right now.
_EVERYDAY_CONCERNS = frozenset(("carer_strain", "memory", "falls", "isolation", "money", "health"))


def is_answer_about_something_else(text: str) -> bool:
    """A longer reply with no risk read (or only an everyday concern) and no word of danger: the answer to the question
    they thought came next ("text or voice notes. no long letters i just dont read them lol"), typed where "is help on
    its way?" was asked.

    Why: the short-reply reading (is_plain_reply) holds any "no", "dont" or "but", so such an answer was kept and the
    questions waited; the next reply then went on and the same question came round a third time (stop 25, the fuzzing
    player and the test set's scripted player: a loop)."""
    words = _key(text)
    if len(words) < ANSWER_WORDS:
        return False
    joined = f" {' '.join(words)} "
    if any(f" {w} " in joined for w in _DANGER_WORDS):
        return False
    from bot.analysis.risk import assess_risk  # (the risk package loads its model lazily)

    found = assess_risk(text)
    # An everyday concern ("its getting her down more", carer strain) is no danger; any other still holds: "i took them
    # all an hour ago" was read as low mood only.
    return not found.please_check and (found.level == "none" or (
        found.level == "concern" and bool(found.categories) and set(found.categories) <= _EVERYDAY_CONCERNS))

#: "i dont really want to talk about it", "rather not go into it", "dwi'm isio siarad am y peth", "sa i moyn trafod e":
#: they do not want to talk about what they have told us (stop-22 trial V18: the alert text came again).
_NOT_TALKING_ABOUT_IT = re.compile(
    r"\b(?:(?:i )?(?:dont|do not|don't|dnt|didnt|didn't) (?:really |rly |even )?(?:want|wanna|like) (?:to )?"
    r"(?:talk|speak|go) (?:about|into) (?:it|that|this|him|her|them|the \w+)"
    r"|(?:i'?d |i would )?rather (?:not|no) (?:talk|speak|go) (?:about|into) (?:it|that|this)"
    r"|(?:not|no) (?:going|gonna) (?:to )?(?:talk|speak|go) (?:about|into) (?:it|that|this)"
    r"|(?:dwi ?ddim|dw i ddim|dwi'?m|dw i'?m|sa i|sai|smo fi|dydw i ddim|fi ddim|ddim) (?:wir |rili |really )?"
    r"(?:isio|eisiau|moyn|mo'yn|isie|ishe|eisie) (?:siarad|trafod|son|sôn|mynd mewn i)"
    r"(?: (?:am|amdano|amdani|amdanyn|amdan))?(?: (?:y peth|fe|fo|e|o|hi|hynny|hyn|nhw|hwnna|hwnnw))?\b"
    r"|(?:gwell|well) (?:gen i|gyda fi|gen i beidio|da fi) (?:beidio |bido |peidio )?(?:siarad|trafod|sôn|son))",
    re.I)


def does_not_want_to_talk_about_it(text: str) -> bool:
    """Do they say they do not want to talk about it ("and like i said the stuff with my mate, i dont really want to
    talk about it")? Respected: what they said already is with the team, and the alert text is not said again."""
    return bool(_NOT_TALKING_ABOUT_IT.search(prepared(text).replace("\u2019", "'")))


#: A figure of speech, not meant ("its just a saying", "not literally", "jyst dywediad ydi o", "dim go iawn").
_A_SAYING = (
    r"(?:it'?s|its|it is|it was|that'?s|thats|just|only) (?:just |only )?(?:a |an )"
    r"(?:saying|expression|figure of speech|turn of phrase|way of (?:saying|talking|speaking)|thing people say"
    r"|thing you say)"
    r"|\bnot (?:literally|for real)\b|(?:didn'?t|didnt|did not) mean (?:it )?literally"
    # "not actually die. just cringe" (stop 48, BB15: a young person's own take-back, heard in Welsh, "dim go iawn",
    # but not in English): only with the heavy word after it, so "im not actually ok" is never a misreading
    # Review 48b S1: never when more follows ("im not seriously gonna end it tonight, maybe at the weekend", "not
    # actually dead yet lol, i've tried twice"): only at the end of the message or before a laugh or "cringe".
    r"|\bnot (?:actually|really|seriously|irl) (?:(?:going to|gonna) )?(?:die|dying|dead|kill (?:myself|meself|my self)"
    r"|kms|end it)\b(?![^?!]*\b(?:but|tho|though|yet|maybe|tried|try|want|wanna|again|tonight|weekend|think|thinking"
    r"|stop|tablets|pills)\b)(?=\W*$|[^?!]{0,25}(?:\b(?:lol|lmao|haha\w*|cring\w*|embarrass\w*|joke|joking|jk)\b"
    r"|[\U0001F602\U0001F923]))"
    r"|\b(?:jyst|jest|dim ond|ond) (?:yn )?(?:deud|dweud|gweud|ddeud|ddweud|weud)"
    r" (?:ydw i|dw i|ydw|oeddwn i|o'?n i|yw e|mae o)"
    r"|\b(?:jyst|jest|dim ond|ond) (?:yn )?(?:dywediad|ddywediad"
    r"|ffordd o (?:siarad|deud|dweud|ddeud|ddweud|gweud|weud))"
    r"|\b(?:dim|ddim|nid) (?:yn )?(?:llythrennol|go iawn|o ddifri)\b")
_SAYING = re.compile(_A_SAYING, re.I)


#: They say we read them wrong ("lol be?? jocian o'n i", "haha no we're fine, it was a joke about Abba", "what?? no,
#: nobody's suicidal! ... as in cross", "o'n i jyst yn deud pwy sy'n helpu", "that's not what I meant").
_MISREAD = re.compile(
    r"\b(?:(?:i was|i'?m|im|only|just|it was|it'?s|its|twas) (?:only |just )?"
    r"(?:joking|kidding|messing|having a laugh)"
    r"|(?:it was|it'?s|its|just|only) (?:a )?joke|that'?s not what i (?:meant|said)|not what i meant|i didn'?t mean"
    r"|i didnt mean|you(?:'ve| have)? (?:got it |read (?:it|that) )?wrong|misread|misunderstood"
    r"|\bi meant (?:the|my|a|an|our|his|her|that)\b"
    r"|as in (?:cross|angry|mad)"
    r"|i was (?:just |only )?(?:answering|saying|telling you|talking about|listing)"
    r"|(?:nobody|no one|noone|no-one)(?:'s| is|s)? suicidal"
    r"|joc(?:i|ia)n (?:o'?n i|on i|oeddwn i|wnes i)|(?:o'?n i|on i|oeddwn i) (?:jyst |ond |dim ond )?(?:yn )?"
    r"(?:jocian|jocan|tynnu coes|deud|dweud|gweud|ateb|son|sôn)"
    # "o'n i'n jocian"; "na, o'n i'n sôn am y ci": no, talking about something else (stop 24; "o'n i'n sôn am fy
    # llystad" alone says who, and is no correction)
    r"|(?:o'?n i'?n|on in|oeddwn i'?n) (?:jyst |ond |dim ond )?(?:jocian|jocan|tynnu coes)"
    r"|\b(?:na|naci|nage|nag|no)\W+(?:o'?n i'?n|on in|oeddwn i'?n) (?:jyst |ond |dim ond )?(?:son am|sôn am)"
    r"|dim dyna (?:be|beth) (?:o'?n i|on i|oeddwn i)|dim dyna oedd|wedi camddeall|camddeall|ti wedi camddeall"
    # "o'n i'm yn ei feddwl o fel'na": "I didn't mean it like that" (seventh trial AA4's twin)
    r"|(?:o'?n i'?m|do'?n i'?m|do'?n i ddim|o'?n i ddim|doeddwn i ddim) (?:yn )?(?:ei )?(?:feddwl|meddwl|golygu)"
    r" (?:o |e |fe |fo |hynny |hynna )?(?:fel'?na|fel'?ny|felly|fel yna|fel hynny)"
    # "be?? naci, dim byd fel'na!", "no, nothing like that" (stop-24 trial T1): the no opens the reply or a sentence.
    # Mid-sentence "na" is "or" ("Dwi'm yn meddwl bod o'n argyfwng na dim byd felly": not an emergency or anything
    # like that, seventh trial AA3), no correction of what we said.
    r"|(?:^\W*|[.!?]+\s*)(?:na|naci|nage|nag|no|nah|nope)\W+(?:dim byd|nothing) (?:fel'?na|fel'?ny|felly|like that)"
    r"|(?:dydy|dyw|does|sdim|smo) neb yn hunanladdol"
    # "wait what?? no im fine its just a saying lol", "na dwi'n iawn, jyst deud ydw i" (stop-28 trial Y1, after
    # "my mum's gonna kill me if she knows i missed school again lol" read urgent): a figure of speech, not meant
    r"|" + _A_SAYING + r")",
    re.I)


#: Playing it down, which is no correction ("I didn't mean anything by it, I'm just tired some days", "I'm fine
#: really", "paid â phoeni", "o'n i'm yn feddwl o"): stop-26 trial W3, an 84-year-old widower's "everyone would be
#: better off without me" was then recorded as "the person said this was misread". "I didn't mean it like that" and
#: "that's not what I meant" still say we read them wrong.
#: Said of how they feel ("I'm just tired", "dwi jyst wedi blino", "I'm being silly"): it plays down only words about
#: how they feel (FEELINGS), never a fall or a scam. Never as a condition ("if I'm tired English is ok", "pan dwi
#: wedi blino": the eleventh trial's AG12, where a falls concern was marked played down by a wish about language).
_FEELING_PLAYED_DOWN = (
    r"(?<!\bif )(?<!\bwhen )(?<!\bwhenever )(?<!\bunless )\b(?:i'?m|im|i am) (?:just |only )?(?:tired|being silly"
    r"|being daft|having a bad day|a bit down|a bit low)\b"
    r"|(?<!\bos )(?<!\bpan )(?<!\bphan )\b(?:dwi|dw i|fi|wi)(?:'?n)? (?:jyst |dim ond )?(?:wedi blino|blinedig"
    r"|bod yn wirion|bod yn dwp)\b")
#: "It isn't", "it's not", in either language: the opening both readers of playing it down share (_PLAYED_DOWN_ANY's "no
#: big deal", "dio'm yn fawr o beth"; _MINIMISES's "not that bad", "dio'm yn ddrwg"): one list, not two that drift
#: (stop 49, duplicates).
_IT_IS = r"(?:it'?s|its|it is|it was|this is|that'?s|thats|things are|things r|tis)"
_IT_IS_NOT_CY = (r"(?:dio'?m|dydi\s+o\s+ddim|tydi\s+o\s+ddim|di\s+o\s+ddim|dyw\s+e\s+ddim|dyw\s+hi\s+ddim|so\s+fe'?n"
                 r"|smo\s+fe'?n|dydy\s+o\s+ddim|nid\s+yw'?n)")
_PLAYED_DOWN_ANY = (
    r"\b(?:i )?(?:didn'?t|didnt|did not) mean (?:anything|nothing|it)(?: by (?:it|that))?(?! like| that way| as)"
    r"|\b(?:i'?m|im|i am) (?:fine|ok|okay|alright|all right),? (?:really|honestly|honest)\b"
    r"|\b(?:just )?ignore me\b|\bdon'?t (?:you )?worry(?: about me)?\b|\btake no notice\b"
    r"|\b(?:it'?s|its|it was) nothing(?: really)?\b"
    r"|\b(?:" + _IT_IS + r" (?:not|no)|no) (?:a |that )?big (?:deal|thing)\b"
    r"|\b(?:ddim|dim) (?:yn )?(?:big deal|beth mawr)\b"
    r"|\b" + _IT_IS_NOT_CY + r" (?:yn )?fawr o beth\b"
    r"|\b(?:paid|peidiwch|peidia) (?:â |a |ag )?(?:phoeni|poeni)\b"
    r"|\b(?:o'?n i'?m|on im|do'?n i'?m|do'?n i ddim|doeddwn i ddim|o'?n i ddim) (?:yn )?(?:ei )?(?:feddwl|meddwl) "
    r"(?:o|e|fe|fo|hynny|hynna|dim byd)\b(?! ?(?:fel'?na|fel'?ny|felly|fel yna|fel hynny))"
    r"|\b(?:dwi'?n|dw i'?n|fi'?n|wi'?n) (?:iawn|ok|oce|fine) (?:rili|really|wir|go iawn)\b"
    r"|\banwybydd(?:a|wch) fi\b")
_PLAYED_DOWN = re.compile(_PLAYED_DOWN_ANY + "|" + _FEELING_PLAYED_DOWN, re.I)
_PLAYED_DOWN_WHATEVER_READ = re.compile(_PLAYED_DOWN_ANY, re.I)
#: The flags whose words are about how they feel, which "I'm just tired" may play down.
FEELINGS = frozenset(("suicide", "self_harm", "low_mood", "anxiety", "carer_strain", "isolation"))


def plays_it_down(text: str) -> bool:
    """Do they play down what they said ("I didn't mean anything by it, I'm just tired some days", "paid â phoeni,
    o'n i'm yn feddwl o")? Not a correction (says_it_was_misread): the flag and its reading stand, and the summary
    says they played it down, in their words, so the worker does not discount it."""
    return bool(_PLAYED_DOWN.search(prepared(text).replace("\u2019", "'")))


#: Making light of what they told, said after it ("its not that bad really", "other people have it worse", "dio'm yn
#: ddrwg go iawn", "ma pobl eraill yn waeth eu byd"): stop 48, BB17, the twenty-fourth trial: a carer's "its not that
#: bad really" after a hard answer got a plain "thanks". Short lines only: a longer answer says more than this.
_MINIMISES = re.compile(
    # (said at the line's start, after a word or two of their own: "the food is not that bad" is about the food)
    r"^\W*(?:(?:but|tbh|honestly|well|anyway|ah|oh|i\s+mean|to\s+be\s+honest|ond|wel|a\s+deud\s+y\s+gwir|i\s+fod\s+yn\s+onest"
    r"|ia|ie|yeah|yh|tho)\W+)*(?:"
    r"(?:" + _IT_IS + r"\s+)?(?:not|n'?t|isnt|isn'?t|aint|ain'?t)\s+"
    r"(?:really\s+)?(?:that|so|too|all\s+that)\s+bad\b"
    r"|\b(?:it\s+)?could\s+be\s+(?:a\s+lot\s+|much\s+|far\s+|way\s+)?worse\b"
    r"|\b(?:other|some|lots\s+of|loads\s+of|plenty\s+of)\s+(?:people|ppl|folk|families|kids|carers)\s+(?:have|has|got|"
    r"have\s+got)\s+it\s+(?:a\s+lot\s+|much\s+|far\s+|way\s+)?worse\b"
    r"|\bothers\s+have\s+it\s+(?:a\s+lot\s+|much\s+|far\s+|way\s+)?worse\b"
    r"|\b(?:there\s+are|theres|there'?s)\s+(?:people|ppl|plenty|others|loads)\s+(?:\w+\s+)?worse\s+off\b"
    r"|\b(?:i\s+)?(?:mustn'?t|shouldn'?t|cant|can'?t)\s+(?:grumble|complain)\b"
    r"|\b" + _IT_IS_NOT_CY + r"\s+(?:yn\s+|mor\s+|rhy\s+|yn\s+rhy\s+)?(?:ddrwg|wael|ddrwg\s+a\s+hynny)\b"
    r"|\b(?:gallai|galle|gallsai|allai|alle|gallith|allith|fe\s+allai|mi\s+allai)\s+(?:fod\s+yn\s+)?waeth\b"
    r"|\b(?:mae|ma)\s+(?:na\s+|'na\s+)?(?:pobl|bobl|rhai|teuluoedd|plant)\s+(?:eraill\s+)?(?:sy'?n\s+|yn\s+)?"
    r"(?:waeth|llawer\s+gwaeth|lot\s+gwaeth)\b"
    r"|\b(?:sa\s+i'?n|sai'?n|dwi'?m\s+yn|dw\s+i\s+ddim\s+yn|fi\s+ddim\s+yn)\s+(?:cwyno|gallu\s+cwyno)\b)",
    re.I)
#: The most words a line of making light of it may have (longer, it tells more: read as any answer).
MINIMISING_WORDS = 12


def makes_light_of_it(text: str) -> bool:
    """Do they make light of what they told, in a short line of its own ("its not that bad really", "other people have
    it worse", "dio'm yn ddrwg go iawn")? Heard with a warm word that it still counts (stop 48, BB17), never argued
    with; the summary's reading of what they told stands."""
    return len(text.split()) <= MINIMISING_WORDS and bool(_MINIMISES.search(prepared(text).replace("\u2019", "'")))


#: Taking back what they told, later in the conversation ("like i said hes fine, i overreacted before. dont make it a
#: thing", the eleventh trial's AG8; "fel wedes i mae o'n iawn, nes i or-ymateb"): the words say it was too much, not
#: that it was misread. Read in any later answer (bot.summary.record.mark_misread), so only these plain retractions.
_TAKES_IT_BACK = re.compile(
    r"\b(?:i )?(?:over ?reacted|was over ?reacting|am over ?reacting|'?m over ?reacting)\b"
    r"(?! (?:when|to|at|with|because|cos|coz|over|if)\b)"
    r"|\bdon'?t make (?:it|this|that) (?:a|into a) (?:thing|big deal|big thing)\b"
    r"|\bdon'?t make a (?:big )?(?:thing|deal|fuss) (?:of|out of|about) (?:it|this|that)\b"
    r"|\blike i said,? (?:he'?s|hes|he is|she'?s|shes|she is|it'?s|its|it is|we'?re|were) "
    r"(?:fine|ok|okay|alright|all good|nothing)\b"
    r"|\b(?:nes i|wnes i|o'?n i'?n|on in|dw i'?n|dwi'?n) (?:or-?ymateb|gor-?ymateb|neud ffys|gwneud ffys"
    r"|neud môr a mynydd|gwneud môr a mynydd|neud mor a mynydd)\b"
    r"|\b(?:paid|peidiwch)(?: a| â)? (?:neud|gwneud) (?:ffys|môr a mynydd|mor a mynydd|peth mawr)\b"
    # (not "peidiwch â gwneud ffys ohona i", "don't make a fuss of me": how they want help, stop 30)
    r"(?! (?:ohona|ohonof|ohonaf|ohono|ohoni)\b| (?:o|amdana|amdanaf) (?:i|fi|fo|hi|e)\b)"
    r"|\bfel (?:wedes|dwedes|ddudis|ddeudis|dywedais) i,? (?:mae|ma) (?:o|e|fe|fo|hi)(?:'n| yn) (?:iawn|ok|oce|fine)\b"
    # "Forget the money bit", "don't go making trouble for Darren" (trial 39 AT5): what they told, taken back
    r"|\bforget (?:(?:what )?i said (?:about )?|about )?(?:the|that|this) (?:\w+ )?(?:bit|part|thing)\b"
    r"|\bdon'?t (?:go )?(?:making|make|causing|cause|getting|get) (?:\w+ )?(?:into |in )?trouble (?:for|to)\b"
    r"|\b(?:anghofia|anghofiwch)(?: am)? (?:y|yr|'r) (?:\w+ )?(?:darn|bit|peth|rhan)\b"
    # "forget about the money", "anghofiwch am y pres" (stop 40): the money told of, taken back, said to its end (not
    # "I want to forget about money worries")
    r"|(?:^|[.!?,;] )(?:oh |o |just |actually |na,? |no,? )?(?:forget|anghofia|anghofiwch) (?:about |am )?"
    r"(?:the|my|y|yr|fy) (?:money|cash|pension|bank card|card|pres|arian|pensiwn|cerdyn|ngherdyn|cardyn)"
    r"(?= ?(?:[.!?,;]|$| (?:now|please|then|plis|rwan|nawr|wan)\b))"
    r"|\b(?:paid|peidiwch)(?: a| â| ag)? (?:chreu|creu|neud|gwneud|gneud|codi) (?:\w+ )?(?:trwbl|trafferth|helynt)"
    r" (?:i|efo|gyda)\b",
    re.I)


def takes_it_back(text: str) -> bool:
    """Do they take back what they told, later ("like i said hes fine, i overreacted", "nes i or-ymateb", "forget i
    said that bit about my arm": asks_us_to_forget)? Never a correction: the flag stands, marked as played down, with
    their words beside it at the top."""
    return bool(_TAKES_IT_BACK.search(prepared(text).replace("\u2019", "'"))) or asks_us_to_forget(text)


def asks_us_to_forget(text: str) -> bool:
    """Do they ask us to forget what they told ("actually forget i said that bit about my arm", "anghofia be ddudis
    i", "I take it back")? Why (stop 39, trial AT1): after a disclosure it was kept as an outcome and "don't tell nan",
    and nobody told them the worker would still see it. The words are data (safe_check_questions.tsv, "forget_it")."""
    return matches("safe_check_questions.tsv", "forget_it", prepared(text))


def _plays_down(reply: str, categories: tuple[str, ...] | list[str]) -> bool:
    """Playing down what was flagged: "I didn't mean anything by it" of any flag; "I'm just tired" only of words about
    how they feel (a flag naming no category may be any)."""
    if not categories or FEELINGS.intersection(categories):
        return plays_it_down(reply)
    return bool(_PLAYED_DOWN_WHATEVER_READ.search(prepared(reply).replace("\u2019", "'")))


#: Surprise or a plain no at the reply's start ("be??", "what??", "wtf", "lol no", "haha na"): the first half of a
#: correction in their own words (stop-24 trial T4).
_TAKEN_ABACK = re.compile(
    r"\b(?:be|beth|what|wha|wot|eh|huh|pardon)\s*\?{2,}|\bwtf\b|\b(?:lol|lmao|haha+|ha ha|hah|lmfao)\W+"
    r"(?:no|nah|na|naci|nage|nope)\b|^\W*(?:no|nah|nope|na|naci|nage)\s*[,.!]")
#: ...and the second: not in trouble or danger, or "it's just boring at home", said of themselves ("sai mewn trwbl",
#: "im not in trouble", "ma fe jyst yn boring adre"). "I'm fine" alone is neither.
_NOT_IN_TROUBLE = re.compile(
    r"\b(?:sai|sa i|so fi|smo fi|dwi ddim|dw i ddim|dwi'?m|dydw i ddim|dwi ddim yn|fi ddim)\s*(?:'n |yn )?(?:mewn )?"
    r"(?:trwbl|trwbwl|trafferth|perygl)\b"
    r"|\b(?:i'?m|im|i am|we'?re|we are) not (?:in (?:any )?(?:trouble|danger)|unsafe|being hurt)\b"
    r"|\b(?:it'?s|its|it is|ma fe|mae o|mae fo|mae e|mae fe|mae'?n|ma'?n|ma hi|mae hi) (?:jyst |just |only |ond )?"
    r"(?:yn |'n )?(?:boring|bored|dull|diflas|ddiflas)\b")


#: One of our questions named ("i meant the keep question is football", "o'n i'n sôn am y cwestiwn cynta"): what they
#: meant is an answer, not a correction of how a flag read them (trial 41 AW2).
_ABOUT_A_QUESTION = re.compile(
    r"\b(?:the|that|this|your|ur|last|first|other|next) (?:\w+ )?(?:question|q|qs|questions)\b"
    r"|\b(?:y|yr|'r|r) (?:\w+ )?(?:cwestiwn|gwestiwn|cwestiynau|cwestiyna)\b")
#: The flagged words named as a thing and their sense said ("not like that lol btw, the disappear thing. i just mean
#: like a break", "dim fel 'na, y peth diflannu. jyst isio brêc"): `{word}` is filled with the flagged words' own.
_THE_THING_MEANT = (r"\b(?:the|that) (?:{word}) (?:thing|bit|comment|remark)\b"
                    r"|\b(?:y|'r|r) (?:peth|darn|sylw|busnes) (?:am |efo |gyda )?(?:y |'r )?(?:{word})\b")
_NOT_LIKE_THAT = re.compile(
    r"\b(?:not|didn'?t mean it|did not mean it|dim|ddim|nid) (?:like|fel) (?:that|this|na|'na|hynna|hynny)\b"
    r"|\bi (?:just |only )?(?:mean|meant)\b"
    r"|\b(?:o'?n i|on i|dw i|dwi) (?:jyst |ond )?(?:yn |'n )?(?:feddwl|meddwl|golygu)\b")


def takes_back_the_flagged_words(text: str, flagged: str) -> bool:
    """Do they name the flagged words as a thing and say what they meant ("not like that lol btw, the disappear thing.
    i just mean like a break from everything")? Said later, it is about that flag: marked beside it as played down,
    never a correction and never an outcome (trial 41 AW2)."""
    t = prepared(text).replace("\u2019", "'")
    if not _NOT_LIKE_THAT.search(t):
        return False
    words = re.findall(r"[a-zà-ÿŵŷ]{4,}", prepared(flagged).lower())
    return any(re.search(_THE_THING_MEANT.format(word=re.escape(w)), t) for w in words)


#: Opening by saying what they meant, as words that refer back ("i just mean like a break from everything", "not like
#: that lol. i mean a break", "o'n i jyst yn feddwl brêc o bob dim", "dim fel na. jyst moyn brêc", "be o'n i'n ei
#: olygu oedd…"): after a reaction word or two ("no", "lol", "wait"). Never "I mean it", "i meant what i said" (it was
#: meant), nor "dw i jyst yn meddwl bod…" (I just think that…: "meddwl" only in the past, "o'n i jyst yn feddwl").
_MEANT_FIRST = re.compile(
    r"^\W*(?:(?:no|nah|nope|na|naddo|nage|wait|lol|haha|ha|sorry|sori|oh|o|um|erm|ym|well|wel|ok|okay|iawn|like|btw"
    r"|tbh)\W+)*"
    r"(?:(?:not|didn'?t mean it|did not mean it|dim|ddim|nid|nage) (?:like|fel) ?(?:that|this|na|'na|hynna|hynny)\b"
    r"|(?:(?:i (?:just |only |jus |jst )?(?:mean|meant|ment)|(?:what|all) i (?:mean|meant) (?:was|is))"
    r"|(?:o'?n i|on i) (?:jyst|jest|jst|ond|dim ond) (?:yn |'n )?(?:feddwl|meddwl|olygu|golygu)"
    r"|(?:dw i|dwi|wi|fi) (?:jyst|jest|jst|ond|dim ond) (?:yn |'n )?(?:olygu|golygu)"
    r"|(?:o'?n i|on i|dw i|dwi|wi|fi) ?(?:yn |'n )?(?:golygu|olygu)"
    r"|(?:be|beth) (?:o'?n i|on i) ?(?:yn |'n )?(?:ei )?(?:feddwl|olygu))"
    # (never "I mean it", "i meant every word", "dwi'n golygu fo", "o'n i'n golygu hynna": they say it was meant)
    r"(?!\w)(?! (?:it|that|this|every|what|exactly|i (?:really )?(?:do|did)|fo|fe|e|o|hi|hynna|hynny|hyn|pob|bob)\b))")


def says_what_they_meant(text: str) -> bool:
    """Does the message open by saying what they meant by what they wrote before ("i just mean like a break from
    everything", "o'n i jyst yn feddwl brêc o bob dim")? Said straight after words that raised a gentle "please
    check", it is about those words (trial 41 AW2's leftover, stop 43: kept as who mattered to him, the flag bare)."""
    return _MEANT_FIRST.search(prepared(text).replace("\u2019", "'")) is not None


#: A take-back said plainly, at the start of a message: "not like that", "i didnt mean it like that", "nid fel'na",
#: "o'n i ddim yn meddwl e fel'na", "nid dyna o'n i'n feddwl", after a reaction word or two; then what follows it
#: ("…, just fed up with school") is an answer of its own. Never "not like that any more" (how things are now).
_TAKEN_BACK_PLAINLY = re.compile(
    r"^\W*(?:(?:no|nah|nope|na|naddo|nage|wait|lol|haha|ha|sorry|sori|soz|oh|o|um|erm|ym|well|wel|ok|okay|iawn|btw"
    r"|tbh|and|a|also|hefyd)\W+)*"
    r"(?:(?:i\s+)?(?:didn['’]?t|did\s+not|dint|never)\s+mean(?:t)?\s+(?:it|that|dat)\s+like\s+(?:that|this|dat)"
    r"|(?:(?:it['’]?s|its|it\s+is|it\s+was|it\s+wasn['’]?t)\s+)?not\s+like\s+(?:that|dat)"
    r"|(?:nid|dim|ddim|nage)\s+fel\s*(?:['’]?\s*na|hynna|hynny|['’]ny)"
    r"|(?:o['’]?n\s+i|on\s+i|doeddwn\s+i|do['’]?n\s+i|don\s+i|wnes\s+i|nes\s+i)\s+(?:ddim|dim)\s+(?:yn\s+|['’]n\s+)?"
    r"(?:ei\s+|i\s+)?(?:feddwl|meddwl|golygu|olygu)\s+(?:(?:e|o|fe|fo|hi|hynna|hwnna)\s+)?fel\s*(?:['’]?\s*na|hynna|hynny)"
    r"|(?:nid|nage|dim)\s+(?:dyna|hynny|hynna)\s+(?:o['’]?n\s+i|on\s+i)\s*(?:['’]\s*n|yn)\s+(?:ei\s+)?"
    r"(?:feddwl|meddwl|olygu|golygu))"
    r"(?![\w'’])(?!\s*(?:any\s*more|now|these\s+days|rhagor|bellach|nawr|rwan|rŵan|mwyach|mwy)\b)"
    r"(?:\s+(?:lol|tho|though|like|obvs|haha|x+|de|sti|ynde))*[\s,.;:!…–—-]*", re.IGNORECASE)


#: BA9 (stop 46 trial): Ffion (13), "sorry ignore that. after school is fine…" at the visit question, the message after
#: her "whats the point anyway nothing ever changes": filed whole as the visit time, the low mood not marked taken back.
#: Asking us to ignore or forget what was just said, in a sentence of its own at the start ("sorry ignore that.",
#: "sori anwybydda hynna.", "forget that,", "anghofia hwnna -"), takes it back whatever the next sentence says: that is
#: an answer of its own (an "ignore that" never says where or with whom it is so, as "not like that at my dads" does).
_IGNORE_THAT_FIRST = re.compile(
    r"^\W*(?:(?:no|nah|nope|na|naddo|nage|wait|aros|lol|haha|ha|sorry|sori|soz|sry|oh|o|um|erm|ym|well|wel|ok|okay|oops"
    r"|iawn|actually|jk)\W+)*(?:just\s+|jyst\s+|pls\s+|plz\s+|please\s+|plis\s+)?"
    r"(?:ignore|forget|4get|disregard|scrap|anwybydda|anwybyddwch|anghofia|anghofiwch|angofia)\s+"
    r"(?:that|this|all\s+that|dat|hynna|hwnna|hyn|hynny|hwnnw)(?:\s+(?:lol|tho|though|haha|x+|plis|pls|plz|sorry|sori))*"
    r"\s*(?:[.!…\n,;:–—-]+\s*|$)", re.IGNORECASE)


#: How many answers after words that raised a flag a plain take-back ("not like that, …") is still about them: the
#: flagged answer and the one after it (AX2: the keep question came between).
TAKE_BACK_WITHIN_ANSWERS = 2


def within_answers(new_answer: Iterable[bool], within: int = TAKE_BACK_WITHIN_ANSWERS) -> int:
    """How many of a run of kept rows, read away from a flag or a take-back, lie within `within` answers of it:
    `new_answer` says of each row whether it starts an answer of its own (the next message; never a second row of one
    message, nor an aside the record does not count). The one count of "within two answers" that the conversation
    (bot.storage.repository.please_check_just_before) and the summary (bot.summary.record) both use (stop 44's
    review: two counts, one of them an unexplained `limit(within * 4)`)."""
    answers = taken = 0
    for new in new_answer:
        answers += bool(new)
        if answers > within:
            break
        taken += 1
    return taken


def names_a_thing_meant(text: str) -> bool:
    """Does the message name something said before as a thing ("the disappear thing", "y peth diflannu")? Then a
    take-back in it is about that thing, whichever flag it was (`takes_back_the_flagged_words`, trial 41 AW2)."""
    t = prepared(text).replace("\u2019", "'")
    return re.search(_THE_THING_MEANT.format(word=r"[^\W\d_]{3,}(?:[\s-][^\W\d_]{3,})?"), t) is not None


#: What may follow a plain take-back for it to be one: playing it down ("just fed up with school", "school is just
#: rubbish rn", "jyst wedi cael llond bol", "dwi jyst di blino", "only bored", "dim ond wedi blino", "i meant…",
#: "o'n i'n feddwl…"), in the first few words of the rest.
_PLAYED_DOWN_AFTER = re.compile(
    r"^\W*(?:\S+\s+){0,3}?(?:just|jus|jst|juss|only|simply|jyst|jest|jst|dim\s+ond|i\s+(?:just\s+|only\s+)?(?:mean|meant)"
    r"|(?:o['’]?n|on)\s+i\s*(?:['’]\s*n|yn)\s+(?:feddwl|meddwl|olygu|golygu)|(?:be|beth)\s+(?:o['’]?n|on)\s+i)(?![\w'’])",
    re.IGNORECASE)
#: What never follows a take-back: where, with whom or when it is so ("not like that at my dads tho", "nid fel'na
#: gyda dad", "dim fel'na pan…"): it is not like that *there*, an answer about that place or person.
_WHERE_IT_IS_SO = re.compile(
    r"^\W*(?:at|with|in|when|whenever|where|round|around|near|yn|ym|yng|gyda|gydag|efo|hefo|pan|lle|adre|adra|gartre"
    r"|gartref)(?![\w'’])", re.IGNORECASE)
#: Words that make it worse, anywhere after ("like its rly bad", "mae'n waeth na hynna", "mae'n llawer gwaeth", "i mean
#: it's worse", "more than that"): a take-back of our *reading* as too mild, never a playing-down.
_WORSE = re.compile(
    r"(?<![\w'’])(?:worse|worst|waeth|gwaeth|waethaf|gwaetha|(?:rly|really|rlly|so|proper|well|very|v|too)\s+bad"
    r"|(?:it['’]?s|its|it\s+is|i\s+mean\s+it['’]?s|i\s+mean\s+its)\s+(?:bad|serious|real|proper)"
    r"|i\s+(?:mean|meant)\s+(?:it|every\s+word)|more\s+than\s+that|mwy\s+na\s+hynna|mwy\s+na\s+hynny|serious|difrifol"
    r"|(?:dw\s*i|dwi|wi)\s*(?:['’]n|yn)\s+(?:ei\s+)?(?:feddwl|meddwl|golygu)\s+(?:e|o|fe|fo|hynna|hynny)"
    r"|(?:yn|['’]n)\s+ddrwg\s+(?:iawn|go\s+iawn|rili)|rili\s+ddrwg)(?![\w'’])", re.IGNORECASE)


def takes_it_back_plainly(text: str) -> int | None:
    """Where a plain take-back that opens the message ends ("not like that, " in "not like that, just fed up with
    school"; "o'n i ddim yn meddwl e fel'na. "; "sorry ignore that. " before an answer of its own, BA9), or None.
    Said within two answers of words that raised a flag, it is
    about that flag: kept beside it as what they later said, and the rest is their answer (AX2, stop 44).

    Only when it ends the message or the rest plays it down (_PLAYED_DOWN_AFTER): never before where or with whom it is
    so, nor words that make it worse (stop 44's review: "no not like that, like its rly bad", "nid fel'na, mae'n waeth
    na hynna", "not like that at my dads tho, id like to see him more" each marked the flag played down)."""
    found = _TAKEN_BACK_PLAINLY.match(text)
    if found is None:
        ignored = _IGNORE_THAT_FIRST.match(text)  # BA9: "sorry ignore that. after school is fine"
        if ignored is None or _WORSE.search(prepared(text[ignored.end():]).replace("\u2019", "'")):
            return None
        return ignored.end()
    rest = prepared(text[found.end():]).replace("\u2019", "'")
    if not re.search(r"\w", rest):
        return found.end()
    if _WHERE_IT_IS_SO.match(rest) or _WORSE.search(rest) or not _PLAYED_DOWN_AFTER.match(rest):
        return None
    return found.end()


def says_it_was_misread(text: str) -> bool:
    """Do they say we read them wrong (a joke, not what they meant, nobody is hurting anyone)? Said at the safe check,
    it is heard: sorry, a person reads it and will see what they meant (stop-23 trial W25).

    Beside the fixed phrases, their own words (stop-24 trial T4: "be?? wtf ma fe jyst yn boring adre, sai mewn trwbl",
    "lol no im not in trouble, it's just boring at home"): taken aback and not in trouble, with nothing in the reply
    the risk rules read (a correction that tells of harm is not one). Conservative: "I'm fine" alone is not a claim
    that we misread them."""
    t = _PLAYED_DOWN.sub(" ", prepared(text).replace("\u2019", "'"))  # playing it down is no correction
    if _ABOUT_A_QUESTION.search(t):
        return False  # "wait what. i meant the keep question is football…": about our questions (trial 41 AW2)
    if _MISREAD.search(t):
        return True
    if not (_TAKEN_ABACK.search(t) and _NOT_IN_TROUBLE.search(t)):
        return False
    from .risk import rules_only  # the risk package reads more than this module needs at import

    return rules_only(text).level == "none"


#: Words everyday speech also uses in another sense (an idiom, a joke, a pet): "my mum's gonna kill me", "I could
#: murder a custard slice", "he bites" (the dog), "mae hi'n mynd i fy lladd i". Only a flag raised on such words can
#: have been misread (seventh trial AA4).
_ANOTHER_SENSE = re.compile(
    r"\b(?:kill\w*|murder\w*|die|dies|died|dying|dead|death|hang\w*|shoot\w*|strangl\w*|throttl\w*|suicidal|hurt\w*"
    r"|bit|bite\w*|biting|hit|hits|hitting|beat\w*|thump\w*|smack\w*|slap\w*|scratch\w*|cut|cuts|cutting|burn\w*"
    r"|punch\w*|kick\w*|knife|knives|gun|shot|bored|boring|mad|cross|angry"
    r"|lladd|ladd|nladd|marw|farw|crogi|grogi|saethu|tagu|brifo|frifo|mrifo|cnoi|gnoi|taro|daro|nharo|curo|guro|nghuro"
    r"|cicio|gicio|llosgi|losgi|torri|dorri|wyllt|gwyllt|cynddeiriog|diflas|ddiflas|boring)\b", re.I)
#: Harm to someone, the kinds a "correction" cannot take back unless the words had another sense.
_HARM_KINDS = frozenset(("suicide", "self_harm", "abuse", "domestic_abuse", "exploitation", "neglect", "missing"))


def corrects_our_reading(reply: str, flagged: str, categories: tuple[str, ...] | list[str]) -> bool:
    """Does `reply` correct how we read the flagged words (says_it_was_misread), and could we have misread them?

    Why (seventh trial AA4): "im fine tho honestly lol. i didnt mean it like that … i would never do anything" after
    "some nights i think everyone would be better off without me" got "Sorry – I may have read that wrong" and the
    urgent flag was shown as misread. Playing down thoughts of suicide or harm is no misreading: a misread is only
    where the flagged words have another sense ("my mum's gonna kill me", "I could murder a custard slice", "he bites"
    when they meant the dog), or the flag named no harm (low mood, carer strain) and they say what they meant."""
    if not says_it_was_misread(reply):
        return False
    if not _HARM_KINDS.intersection(categories):
        return True
    return bool(_ANOTHER_SENSE.search(prepared(flagged).replace("\u2019", "'")))


def says_it_was_only_words(text: str) -> bool:
    """Do they say the words were a figure of speech ("its just a saying", "jyst dywediad ydi o", "not literally") or
    that they are not in danger or trouble ("im not in danger lol", "dwi'm mewn perygl")? Said a few messages after a
    flag (tenth trial AE1), it is about that flag, not another thing ("I was joking about the cuppa" is not)."""
    t = prepared(text).replace("\u2019", "'")
    return bool(_SAYING.search(t) or _NOT_IN_TROUBLE.search(t))


def plays_down_the_harm(reply: str, flagged: str, categories: tuple[str, ...] | list[str]) -> bool:
    """Does `reply` play down what the flag read ("I didn't mean anything by it", "paid â phoeni"), or "correct" words
    of harm that had no other sense (corrects_our_reading)? The flag stands; the team read their words after it."""
    return _plays_down(reply, categories) or (says_it_was_misread(reply)
                                              and not corrects_our_reading(reply, flagged, categories))


#: Who someone is to them ("my little sister Mia", "fy chwaer fach", "my PA", "Nain").
_RELATION = re.compile(
    r"\b(?:sister|brother|sis|bro|mum|mam|mom|dad|nan|nana|nain|taid|grandad|grandma|gran|granny|aunt|auntie|uncle"
    r"|cousin|son|daughter|wife|husband|partner|girlfriend|boyfriend|friend|friends|mate|mates|pa|carer|neighbour"
    r"|chwaer|chwiorydd|brawd|brodyr|mab|merch|gwraig|gwr|gŵr|modryb|anti|ewythr|yncl|cefnder|cyfnither|ffrind"
    r"|ffrindiau|ffrindia|mêt|mets|cymydog|cymdogion|nhad|tad|mamgu|tadcu|nana)\b", re.I)
#: A name: a capitalised word that is not the first of a sentence, or any capitalised word in a comma list.
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zà-ÿŵŷ]+\b")
_LIST_OF_NAMES = re.compile(r"^\s*[A-Z][a-zà-ÿŵŷ]+(?:\s*(?:,|&|and|a|ac|\+)\s*[A-Z][a-zà-ÿŵŷ]+)+")


def names_people(text: str) -> bool:
    """Does the reply name people who matter to them ("Sian, Jordan, Bev. my little sister Mia, shes 12..."): a list
    of names, or two people named or called by who they are ("my nan and my mate Dion", "Nain a fy chwaer")?
    Read at the safe check when "who matters to you?" is the question waiting (stop-22 trial V18)."""
    if _LIST_OF_NAMES.search(text):
        return True
    names = {m.group(0) for m in _NAME.finditer(text)} - {"I", "I'm", "Im"}
    return len(names) + len(_RELATION.findall(text)) >= 2


def _whole_choice(words: tuple[str, ...]) -> Choice | None:
    """The choice when the reply is made wholly of the known phrases, else None."""
    chosen: set[str] = set()
    i = 0
    while i < len(words):
        for phrase, kind in _phrases():
            if words[i:i + len(phrase)] == phrase:
                if kind != "polite":
                    chosen.add(kind)
                i += len(phrase)
                break
        else:
            return None  # a word that is not part of a choice: the person is telling us something
    for kind in ("stop", "break", "carry_on"):
        if kind in chosen:
            return kind  # type: ignore[return-value]
    return None


__all__ = [
    "CHOICES",
    "Choice",
    "asks_to_carry_on",
    "asks_what_happens_next",
    "corrects_our_reading",
    "does_not_want_to_talk_about_it",
    "is_answer_about_something_else",
    "is_plain_reply",
    "makes_light_of_it",
    "named_within",
    "names_people",
    "plays_down_the_harm",
    "plays_it_down",
    "reply_to_safe_check",
    "says_it_was_misread",
    "says_it_was_only_words",
    "says_they_are_safe",
    "takes_it_back",
    "unsafe_words",
]
