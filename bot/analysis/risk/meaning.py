"""Readings whose meaning the whole message changes: urgent words told of something that is a worry, not an emergency.

Families, each a data file in the rules' own pattern language (@MACRO, {lemma}, ~N), matched on the normalised text:

* **Confusion** (risk_confusion.tsv, stop 20, risk_fresh4): a person with dementia or confusion lashing out at whoever
  cares for them, told calmly ("when he's confused in the evenings he lashes out at me, he doesn't know it's me",
  "neith taid ddim nabod fi weithia a mae o di trio rhoi slap i fi unwaith, ond doctor yn deud ma'r dementia ydi o").
  Abuse becomes a memory concern.
* **A stranger's scam** (risk_scam.tsv, stop-20 trial T27): "a man said he was from the bank and I gave him my
  card number... The bank sorted it" was an urgent exploitation alert with 999 as the help. It stays exploitation (the
  practitioner reads it in the safeguarding section; a grandson asking for the card is worth a look), as a concern.
  Since stop 28 (trial X20: "someone rang pretending to be the bank" got "are you safe?") whether or not the bank has
  sorted it yet; a courier coming for the card, someone on the way or still on the phone keep it urgent.

* **Shouting when he has had a drink** (risk_drink.tsv, stop-24 trial T9): "mae o'n gweiddi lot pan mae o 'di cael
  peint" was urgent abuse from the model alone. A drink worry (alcohol) the worker sees, as a concern; hitting,
  threats, fear, the children or a partner named keep the reading as it was.

* **Self-harm told as the past and stopped** (risk_stopped.tsv, stop-21 trial U45): "o'n i'n arfer torri fy hun ond nes
  i stopio llynedd, dwi'n iawn rwan" was urgent self-harm. It stays self-harm (a harm: beside the risk, never an
  outcome), as a concern; started again, the urge now, tonight keep it urgent.

* **Bullying by other children** (risk_bullying.tsv, stop 41, trial 40 AV2): "kids at school pick on me, calling me
  names on snapchat every night" was urgent abuse (the name-calling rule is for abuse at home). Other children, school
  or a group chat told in every sentence a harm rule fired in make it an abuse concern, as bullying is; hitting,
  threats, fear, money or pictures asked for, someone at home or a partner calling them names keep it urgent.

* **Put out of one's home, told with the letter** (risk_eviction.tsv, stop 43, dev_fresh7): "getting kicked out of the
  flat ... the housing lady sent a letter" was urgent homelessness. A letter, notice or court papers from the housing,
  the council, the landlord or a court, in the sentence or the one after, make it a homelessness concern; out tonight,
  nowhere to sleep, the locks changed or someone hurting them keep it urgent.

* **A fall told as a fall** (risk_falls.tsv, stop 47, trial 46 BA1): "He's been on the floor once in the night but he
  wasn't hurt" was urgent neglect from the learned model alone (its Welsh twin a falls concern). On the floor, a fall,
  not able to get up, not hurt make neglect a falls concern; a carer's failure told (left on the floor, nobody came,
  days on the floor) or someone on the floor now keep the reading as it was. Since review47b (A) only the model's own
  neglect is softened (a neglect rule's stays), "falls asleep", "fell out with", "it all falls on me" are no fall, and
  no food, left in bed soaked, again, since Friday, nobody been, a baby or little brother keep the reading.

* **A fall read as self-harm** (risk_fall_not_harm.tsv, stop 48, stop 47's review leftovers): "he fell again last night
  but he wasnt hurt" was urgent self-harm from the learned model alone ("again last night" is how self-harm is told). A
  fall told as a fall makes the model's own self-harm a falls concern; himself, on purpose, cut, blood, marks, tablets,
  someone pushing or hitting, or a self-harm rule anywhere keep the reading.

* **Money taken once, told as past and sorted** (risk_settled.tsv, stop 47, trial 46 BA6): "Last month someone took his
  bank card and took £200 out… the bank sorted it" was urgent exploitation. Sorted by the bank or the police, refunded,
  the card stopped: a "please check" in exploitation; still, again, someone known taking it, threats keep it urgent.

* **Hitting or bullying told as long over** (risk_long_ago.tsv, stop 26): "my dad hit us with a belt back then, I've
  made my peace with it", "oedd fy ngŵr cynta'n fy nghuro yn y saithdegau, hanner can mlynedd yn ôl" were urgent abuse.
  It stays abuse (a history the practitioner asks about), as a concern; still, again, now, fear of them, the children,
  sexual harm or a first telling keep it urgent. A partner may be named: a first husband fifty years ago. Since stop 31
  the "long over" may be told in the sentence after the harm ("My dad used to beat me. A long time ago, I've made my
  peace with it"), and still, every day, yesterday count where someone else is named or the harm is told, not in the
  writer's own life today ("and I still laugh", "I do the crossword every day"). Since stop 37 an overdose or self-harm
  told as long over is in the same family ("I took an overdose forty years ago", "nes i gymryd gorddos ddeugain mlynedd
  yn ôl" were 999 replies): a suicide or self-harm concern, a history to note; "last night", "neithiwr", "last week",
  again or still keep it urgent. Since stop 39 (calm8) a harm told as the past ("used to", "when I was little", "pan
  o'n i'n hogyn", a year two or more years back) may have its "long over" later in the message, not only in the next
  sentence, and in words that are no cue alone: the one who did it dead long ago ("mae o wedi marw ers 1998"), "all
  done with now", "I'm not in that place now" ("My dad hits me. She has been dead since 2005" and "I took an overdose.
  I'm not in that place now" stay urgent); and the writer's own "still" (thinking about it, wearing the alarm: "wi'n
  gwisgo fe o hyd nawr") is not the harm going on.

A family's reading is softened only when its harm is the only harm found; every sentence a harm rule fired in says the
family's cue (or, for confusion, the message says once what explains them all: "She doesn't mean it, it's the illness",
"y salwch ydi o", stop 28; a harm the model alone read needs the cue once in the message); the family's "also" patterns,
when it has them, are in the message too (the self-harm that stopped); and nothing says otherwise ("never": the carer's
own harm, a child hurt, drink, someone known still taking the money), nor is a partner named (but for the long-over
family; for confusion a partner named makes the reading a "please check" the duty team reads, stop 27).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache

from bot.analysis.text import DATA_DIR
from bot.analysis.types import RiskAssessment

from .rules import RuleSet, compile_pattern, fired, partner_pattern, read_rows, sort_categories


@dataclass(frozen=True)
class Family:
    """One meaning: its data file, the harm it softens, the worry it leaves, and whether "also" rows must match."""

    file: str
    harm: str
    worry: str
    kinds: tuple[str, ...]
    #: Other harms the family softens, alone or with `harm` (stop 37, risk_long_ago.tsv: an overdose or self-harm long
    #: over). When `worry` is `harm`, each harm found stays named, as a concern.
    other_harms: tuple[str, ...] = ()
    #: A second worry, named when the (normalised) message says this of the writer (stop-22 trial V42: the carer hit by
    #: the person with dementia was filed as "memory" only; the worker should read that the carer is being hurt).
    also: tuple[str, re.Pattern[str]] | None = None
    #: The cue alone must carry the urgency: with the cue taken out, the learned model must not read what is left as
    #: urgent (risk_drink.tsv: "he gets loud when he drinks and last Friday he tipped me out of the wheelchair").
    alone: bool = False
    #: A partner named does not keep the reading urgent (risk_long_ago.tsv: "my first husband knocked me about in the
    #: seventies"); for the other families a partner is domestic abuse, which they do not soften.
    partner_too: bool = False
    #: A partner named leaves the reading a "please check" (a concern the duty team reads), not the family's worry:
    #: a wife whose husband has dementia and grabs her arm when frightened is a carer's worry, but a partner's violence
    #: can be put down to an illness, so a person decides (stop 27; the model alone read it urgent at 0.89, Welsh rules
    #: too).
    partner_checked: bool = False
    #: The cue may be told in the sentence right after the harm, as people tell it ("Roedd 'y nhad yn arfer 'y nghuro i
    #: pan o'n i'n grwt. Amser maith yn ôl, mae e 'di marw a wi 'di dod i delerau", stop 31): not only in its sentence.
    told_after: bool = False
    #: With no confusion named, the illness said to explain it ("explained") and the person said not to be themselves in
    #: it ("changed": "Dim hi ydi hynna, y salwch ydi o", "that's not her, it's the illness") make a "please check" (a
    #: concern the duty team reads), not the family's worry: a carer's account of Mam lashing out once with a wooden
    #: spoon was an urgent alert in a calm conversation (stop 34, dev_fresh3 cy-north-carer-62). Either alone excuses
    #: nothing (stop 28: "Mae o'n fy nharo i. Y salwch ydi o." stays urgent), and an illness can be blamed for what is
    #: not one, so a person decides.
    explained_checked: bool = False
    #: Only a harm an urgent rule read is softened; the learned model's own urgent reading stays (stop 47, trial 46
    #: BA4): with concern rows for online bullying, "i'm being trolled on insta and they found out where i live" was
    #: softened to bullying by "on insta", though the urgency was the model's, in what the rows did not read.
    by_rule: bool = False
    #: The softened reading is a "please check" (a concern the duty team reads), not a plain concern (stop 47, trial 46
    #: BA6: money taken once, told as past and sorted by the bank, still wants a person's look).
    checked: bool = False
    #: Only a harm the learned model alone read is softened: an urgent rule of the family's harm fired anywhere in the
    #: message keeps the reading (review47b A: "the carers put him to bed without his tea again and he fell" was
    #: urgent neglect by rule, softened to a falls concern by "fell"). The reverse of `by_rule`.
    by_model: bool = False


#: Someone other than the writer named in a sentence (a person, he, she, they, o, fo, hi, nhw): a "now" row of a family
#: counts only in such a sentence or one a harm rule fired in (stop 31: "a dal i chwerthin", "dwi'n gneud y croesair bob
#: dydd" are the writer's own life today, not the harm going on).
_SOMEONE_ELSE = compile_pattern("@PERSON_EN|@AGENTW_CY|them|their|his")


#: The writer is the one hit ("he lashed out and hit me", "mae o wedi dechra fy nharo i"): carer strain beside memory.
_HURT_ME = re.compile(
    r"\b(?:hit|hits|hitting|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|scratch(?:es|ed|ing)?|bit|bites"
    r"|biting|grab(?:s|bed|bing)?|pinch(?:es|ed|ing)?|thump(?:s|ed|ing)?|lash(?:es|ed|ing)? out at|push(?:es|ed|ing)?"
    r"|hurt(?:s|ing)?) me\b"
    r"|\bfy (?:nharo|nghicio|nghuro|mrifo|nyrnu|slapio|nghrafu|mrathu|ngwthio|mhinsio|nghripio)\b")
CONFUSION = Family("risk_confusion.tsv", "abuse", "memory", ("confused", "never", "illness", "explained", "changed"),
                   also=("carer_strain", _HURT_ME),
                   partner_checked=True, explained_checked=True)
#: Stop 28 (stop-27 trial X20): a stranger's scam already done is a concern whether or not the bank has sorted it yet
#: ("someone rang pretending to be the bank" got "are you safe?"), so its "also" rows (sorted) are no longer required.
SCAM = Family("risk_scam.tsv", "exploitation", "exploitation", ("scam", "never"))
STOPPED = Family("risk_stopped.tsv", "self_harm", "self_harm", ("used", "also", "never"))
DRINK = Family("risk_drink.tsv", "abuse", "alcohol", ("drink", "never"), alone=True)
LONG_AGO = Family("risk_long_ago.tsv", "abuse", "abuse", ("over", "never", "now", "past", "later", "mine"),
                  other_harms=("suicide", "self_harm"), partner_too=True, told_after=True)
#: Stop 41 (trial 40 AV2): name-calling by other children at school or online is bullying, an abuse concern.
#: Review (stop 44): "adult" rows (an adult or the family named as doing it) are a "never" and keep the label off.
BULLYING = Family("risk_bullying.tsv", "abuse", "abuse", ("peers", "never", "adult"), by_rule=True)
#: Stop 43 (risk43, dev_fresh7): being put out of one's home told with the letter that started it is a concern.
EVICTION = Family("risk_eviction.tsv", "homelessness", "homelessness", ("notice", "never"), told_after=True)
#: Stop 47 (trial 46 BA1): a fall told as a fall is a falls concern, not neglect.
#: Review47b A: only the model's own neglect reading (a neglect rule's reading stays neglect).
FALLS = Family("risk_falls.tsv", "neglect", "falls", ("fall", "never"), by_model=True)
#: Stop 47 (trial 46 BA6): money or a card taken once, told as past and sorted by the bank, is a "please check".
#: "abuse" too: the Welsh rows read "nath rhywun ddwyn ei gerdyn banc" as exploitation and abuse (hitting and threats
#: are the family's "never").
SETTLED = Family("risk_settled.tsv", "exploitation", "exploitation", ("settled", "never"), other_harms=("abuse",),
                 told_after=True, checked=True)
#: Stop 48 (stop 47's review leftovers): a fall the learned model alone read as self-harm ("he fell again last night but
#: he wasnt hurt") is a falls concern. Only the model's own self-harm: a self-harm rule's reading stays.
FALL_NOT_HARM = Family("risk_fall_not_harm.tsv", "self_harm", "falls", ("fall", "never"), by_model=True)
FAMILIES = (CONFUSION, SCAM, STOPPED, DRINK, LONG_AGO, BULLYING, EVICTION, FALLS, SETTLED, FALL_NOT_HARM)


@cache
def _patterns(family: Family) -> dict[str, re.Pattern[str]]:
    """One alternation per kind of the family's file."""
    kinds: dict[str, list[str]] = {}
    for number, cols in read_rows(DATA_DIR / family.file):
        if len(cols) < 2 or cols[0].strip() not in family.kinds:
            raise ValueError(f"{family.file} line {number}: expected kind ({'|'.join(family.kinds)}) and pattern")
        kinds.setdefault(cols[0].strip(), []).append(cols[1].strip())
    return {kind: compile_pattern("|".join(f"(?:{p})" for p in pats)) for kind, pats in kinds.items()}


@cache
def _partner_cue(family: Family) -> re.Pattern[str]:
    """The family's cue, or the illness named ("my husband has dementia"): read only when a partner is named."""
    p = _patterns(family)
    cue = p[family.kinds[0]]
    return re.compile(f"(?:{cue.pattern})|(?:{p['illness'].pattern})", cue.flags) if "illness" in p else cue


def said_of_confusion(text: str) -> bool:
    """Does this (normalised) text put the harm down to the person's confusion?"""
    return _patterns(CONFUSION)["confused"].search(text) is not None


def said_of_other_children(text: str) -> bool:
    """Does this (normalised) text tell of other children: at school, in a year group, in a group chat or online (the
    bullying family's own cue), with no partner named? Then an abuse reading of it is bullying by other children, and
    the summary says so beside "abuse" (AX16, stop 43 trial: Cai, 14, read "cam-drin" about the boys in year 10 and
    a worker could think of harm at home). The category itself stays abuse. Never when an adult or the family is named
    as doing it (review, stop 44: "my dad hits me when i get home from school" was labelled bullying)."""
    p = _patterns(BULLYING)
    return (p["peers"].search(text) is not None and partner_pattern().search(text) is None
            and p["adult"].search(text) is None)


#: What makes a reading about other children exploitation rather than bullying: money, drugs, pictures, sex, meeting
#: up, someone older, being made to do things (normalised text; English and Welsh).
_EXPLOITATION_CUE = re.compile(
    r"(?<![\w'])(?:money|cash|pay|paid|owe|owes|debt|drugs?|weed|sell|selling|deliver|county lines|nudes?|pics?"
    r"|pictures?|photos?|videos?|naked|sex|sexual|send|sent|meet|meeting|older|man|men|guy|adult|gifts?|made me|make me"
    r"|forced|arian|pres|cyffur\w*|lluniau|llunia|llun|noeth|rhyw|cwrdd|gwrdd|hyn|hŷn|dyn|dynion|gorfodi|gwneud i fi)"
    r"(?![\w'])")


def bullying_not_exploitation(categories: tuple[str, ...], norm: str) -> tuple[str, ...]:
    """The categories of a "please check" the learned model alone read, with "exploitation" read as abuse when the
    message tells of other children (`said_of_other_children`) and of nothing that makes it exploitation (money,
    drugs, pictures, meeting up, someone older): the summary then says "bullying by other children". The level is
    the model's, unchanged: the person on duty still reads it.

    Why (AY5, stop-44 trial): Jay's "lads from my old school … posting stuff about me on snap n tiktok … made a fake
    account of me" went to the duty team labelled exploitation. Stop 45's first fix (concern rows for online bullying)
    raised the model's bar for whole messages and lowered real disclosures (the review); a label hides nothing."""
    if "exploitation" not in categories or not said_of_other_children(norm) or _EXPLOITATION_CUE.search(norm):
        return categories
    return sort_categories({*(c for c in categories if c != "exploitation"), "abuse"})


#: A year said beside the harm ("I took an overdose in 2019", "ers 1998"): the harm's sentence is told as the past when
#: the year is at least this many years back (stop 39; read in code so that it does not age in the data file).
_YEARS_BACK = 2
_YEAR = re.compile(r"\b(?:in|since|back in|from|yn|ym|ers|nol yn) (19[0-9]{2}|20[0-9]{2})\b")


def _told_as_past(sentence: str, past: re.Pattern[str]) -> bool:
    """Whether a harm's own sentence is told as the past: childhood, "used to", or a year long enough back."""
    if past.search(sentence):
        return True
    this_year = datetime.now(tz=timezone.utc).year
    return any(int(m.group(1)) <= this_year - _YEARS_BACK for m in _YEAR.finditer(sentence))


def _not_mine(sentence: str, mine: re.Pattern[str] | None) -> str:
    """The sentence without the writer's own thinking or wearing, and its "still" ("dw i'n meddwl amdano fe o hyd",
    "I still think about it", "wi'n gwisgo fe o hyd"): that goes on, the harm does not (stop 39)."""
    return mine.sub(" ", sentence) if mine is not None else sentence


def _someone_else_now(sentence: str, mine: re.Pattern[str] | None) -> bool:
    """Whether a sentence names someone other than the writer, leaving out the writer's own thinking or wearing
    (:func:`_not_mine`) and the "o" of "o hyd" ("still"), which is no "o" (he) (stop 39)."""
    return _SOMEONE_ELSE.search(_not_mine(sentence, mine).replace(" o hyd", " ")) is not None


def _harm_told(sentence: str, rules: RuleSet, harm: str | None = None) -> bool:
    """Whether an urgent rule fires in this sentence (of `harm`, when given)."""
    return any(r.level == "urgent" and (harm is None or harm in r.categories) for r in fired(sentence, rules))


def _softened(family: Family, found: RiskAssessment, norm: str, guarded: str, rules: RuleSet,
              urgent_categories: Collection[str], urgent_without: Callable[[str], bool]) -> RiskAssessment | None:
    harms = {c for c in found.categories if c in urgent_categories}
    if not harms or not harms <= {family.harm, *family.other_harms}:
        return None
    p = _patterns(family)
    partner = rules.partner.search(guarded) is not None and not family.partner_too
    cue = _partner_cue(family) if partner and family.partner_checked else p[family.kinds[0]]
    explained_only = (family.explained_checked and not cue.search(norm)
                      and all(kind in p and p[kind].search(norm) is not None for kind in ("explained", "changed")))
    later = p.get("later")
    told_later = later is not None and later.search(norm) is not None and any(
        _harm_told(s, rules) for s in guarded.split(" | "))
    if (not (cue.search(norm) or explained_only or told_later) or p["never"].search(norm)
            or ("adult" in p and p["adult"].search(norm))
            or (partner and not family.partner_checked)):
        return None
    if "also" in p and not p["also"].search(norm):
        return None
    if "now" in p and any(p["now"].search(_not_mine(s, p.get("mine")))
                          and (_someone_else_now(s, p.get("mine")) or _harm_told(s, rules))
                          for s in norm.split(" | ")):
        return None
    if family.alone and urgent_without(cue.sub(" | ", norm)):
        return None
    if family.by_rule and not any(_harm_told(s, rules) for s in guarded.split(" | ")):
        return None
    if family.by_model and any(_harm_told(s, rules, family.harm) for s in guarded.split(" | ")):
        return None
    if harms & set(family.other_harms) and not any(_harm_told(s, rules) for s in guarded.split(" | ")):
        # A suicide or self-harm the learned model alone read is never put down to the past by a cue said of something
        # else (stop 38, dev_fresh7: "i used to do zumba but that went years ago" beside tablets saved and a date
        # chosen): only a harm told in words the rules read can be told as long over.
        return None
    if not ("explained" in p and p["explained"].search(norm)):
        sentences = guarded.split(" | ")
        for i, sentence in enumerate(sentences):
            after = sentences[i + 1] if family.told_after and i + 1 < len(sentences) else ""
            if (_harm_told(sentence, rules) and not cue.search(sentence) and not (after and cue.search(after))
                    and not _over_later(sentence, sentences[i + 1:], cue, p)):
                return None
    kept = {c for c in found.categories if c not in (family.harm, "domestic_abuse")} | {family.worry}
    if family.worry == family.harm:
        kept = {c for c in found.categories if c != "domestic_abuse"}
    if family.also is not None and family.also[1].search(norm):
        kept.add(family.also[0])
    if partner or explained_only or family.checked:
        return RiskAssessment("concern", sort_categories(kept | {family.harm}), please_check=True)
    return RiskAssessment("concern", sort_categories(kept))


def _over_later(sentence: str, rest: list[str], cue: re.Pattern[str], p: dict[str, re.Pattern[str]]) -> bool:
    """A harm told as the past whose "long over" comes after it, in its sentence or a later one (stop 39): "My dad used
    to knock us about. I still think about it. He's been dead ten years.", "I took an overdose back in 2019 but I'm not
    in that place now". Never for a harm told as now ("My dad hits me. She has
    been dead since 2005"), nor a bare "I'm not in that place now" after an overdose with no time said."""
    if "past" not in p or not _told_as_past(sentence, p["past"]):
        return False
    return any(cue.search(s) or p["later"].search(s) for s in [sentence, *rest])


def soften(found: RiskAssessment, norm: str, guarded: str, rules: RuleSet,
           urgent_categories: Collection[str], urgent_without: Callable[[str], bool]) -> RiskAssessment:
    """The urgent reading made a concern when a family's meaning says so (see the module); otherwise `found`.
    `urgent_without(text)`: whether the learned model reads the text left with a family's cue taken out as urgent."""
    if found.level != "urgent":
        return found
    for family in FAMILIES:
        softer = _softened(family, found, norm, guarded, rules, urgent_categories, urgent_without)
        if softer is not None:
            return softer
    return found


__all__ = ["BULLYING", "CONFUSION", "DRINK", "EVICTION", "FALLS", "FALL_NOT_HARM", "FAMILIES", "LONG_AGO", "SCAM",
           "SETTLED", "STOPPED", "Family", "said_of_confusion", "said_of_other_children", "soften"]
