"""Which helplines to offer after a disclosure, and how to say them in Welsh or English.

Numbers live in configuration (config/helplines.yml, or the file named by HELPLINES_FILE) so a
changed number is a config change reviewed by the service, not a code change.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.analysis.controls import phrase_key
from bot.analysis.text import fold
from bot.settings import DEFAULT_HELPLINES_FILE, get_settings

DEFAULT_FILE = DEFAULT_HELPLINES_FILE
REGISTERS = ("chi", "ti")
#: At most this many lines in an urgent reply, 999 among them (AW17, stop 42 trial: a 17-year-old in a panic after
#: telling of being hit at home was given six numbers, too many to read). Chosen by `lines_to_show`.
MAX_HELPLINES_SHOWN = 3


@dataclass(frozen=True)
class Helpline:
    """One helpline as configured. Texts are keyed "cy_chi", "cy_ti" and "en"."""

    id: str
    name: Mapping[str, str]
    number: str
    hours: Mapping[str, str]
    description: Mapping[str, str]
    always: bool = False
    categories: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()  # empty = everyone; else "young_person" / "adult"
    language: str | None = None  # "cy": only offered in Welsh conversations
    young_person_always: bool = False
    max_age: int | None = None  # not offered to someone who has said they are older
    older_person: bool = False  # only when the words are about an older person (Hourglass: the abuse of older people)
    online: bool = False  # only when the words tell of someone met or talking online (CEOP: online grooming)
    money: bool = False  # only when the words tell of money or a bank card taken from someone not older (Action Fraud)
    specialist: bool = False  # a line for the worry itself (dementia, caring): first in a "please check" reply
    lead_for: tuple[str, ...] = ()  # the risk categories it is the line to lead with for (lines_to_show)
    service: str | None = None  # one service on two numbers (Samaritans and its Welsh-language line): given once

    def text(self, field_name: str, language: str, register: str = "chi") -> str:
        """A field in the right language and register, falling back sensibly (cy_ti -> cy -> en)."""
        values: Mapping[str, str] = getattr(self, field_name)
        keys = [f"cy_{register}", "cy", "cy_chi", "en"] if language == "cy" else ["en"]
        for k in keys:
            if values.get(k):
                return values[k]
        return next(iter(values.values()), "")


def _helpline(raw: Mapping[str, Any]) -> Helpline:
    """Build one Helpline from its YAML mapping, failing loudly on a missing field."""
    for key in ("id", "name", "number", "description"):
        if key not in raw:
            raise ValueError(f"helpline entry missing {key!r}: {raw!r}")
    fits = raw.get("fits") or {}
    name = raw["name"] if isinstance(raw["name"], Mapping) else {"cy": str(raw["name"]), "en": str(raw["name"])}
    return Helpline(
        id=str(raw["id"]),
        name={k: str(v) for k, v in name.items()},
        number=str(raw["number"]),
        hours={k: str(v) for k, v in (raw.get("hours") or {}).items()},
        description={k: str(v) for k, v in raw["description"].items()},
        always=bool(fits.get("always", False)),
        categories=tuple(str(c) for c in fits.get("categories", ()) or ()),
        audiences=tuple(str(a) for a in fits.get("audiences", ()) or ()),
        language=fits.get("language"),
        young_person_always=bool(fits.get("young_person_always", False)),
        max_age=int(fits["max_age"]) if fits.get("max_age") is not None else None,
        older_person=bool(fits.get("older_person", False)),
        online=bool(fits.get("online", False)),
        money=bool(fits.get("money", False)),
        specialist=bool(fits.get("specialist", False)),
        lead_for=tuple(str(c) for c in fits.get("lead_for", ()) or ()),
        service=str(raw["service"]) if raw.get("service") else None,
    )


def helplines_file() -> Path:
    """HELPLINES_FILE if set (relative paths are taken from the repo root), else the default.

    The process's settings, because the actions that offer helplines are built by rasa_sdk.
    """
    return get_settings().helplines_file


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> tuple[Helpline, ...]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    entries = data.get("helplines") if isinstance(data, Mapping) else data
    if not entries:
        raise ValueError(f"no helplines in {path}")
    return tuple(_helpline(e) for e in entries)


def load_helplines(path: Path | None = None) -> tuple[Helpline, ...]:
    """All configured helplines in file order (re-read when the file changes)."""
    p = Path(path) if path else helplines_file()
    return _load(str(p), p.stat().st_mtime)


def helplines_for(
    categories: Sequence[str],
    young_person: bool,
    language: str | None = None,
    helplines: Sequence[Helpline] | None = None,
    age: int | None = None,
    older_person: bool = False,
    online: bool = False,
    money: bool = False,
) -> list[Helpline]:
    """The helplines that fit what was found, 999 first.

    Mental-health lines for suicide/self_harm/low_mood, Childline and Meic for young people (not to
    someone who has said an `age` above a line's limit), Live Fear Free for domestic abuse, Hourglass
    for the abuse of an older person (`older_person`: see :func:`about_an_older_person`), CEOP for a young person
    groomed or abused by someone online (`online`: see :func:`about_someone_online`). The
    Welsh-language Samaritans line is offered in Welsh conversations, and also when the language is
    unknown (None), since offering it costs nothing.
    """
    pool = list(helplines) if helplines is not None else list(load_helplines())
    found = set(categories or ())
    audience = "young_person" if young_person else "adult"
    chosen: list[Helpline] = []
    for h in pool:
        if h.audiences and audience not in h.audiences:
            continue
        if h.language and language is not None and h.language != language:
            continue
        if age is not None and h.max_age is not None and age > h.max_age:
            continue
        if h.older_person and not older_person:
            continue
        if h.online and not online:
            continue
        if h.money and (not money or older_person or "domestic_abuse" in found):
            # an older person's money: Hourglass (BA6); a partner's hold on it is economic abuse, never a fraud to
            # report (M3, review 47: "my husband controls all my money" was offered Action Fraud)
            continue
        if h.always or (young_person and h.young_person_always) or found.intersection(h.categories):
            chosen.append(h)
    # 999 (any "always" line) first; for a young person, the lines made for them next (Childline,
    # Meic), then the configured order.
    return sorted(chosen, key=lambda h: (not h.always, not (young_person and h.young_person_always),
                                         pool.index(h)))


def given_already(line: Helpline, given: Sequence[Helpline]) -> bool:
    """Whether `line`, or its service on another number, is among `given`: after the Welsh Samaritans line, 116 123 is
    not news (stop 42: a second disclosure's short reply named Samaritans again)."""
    return any(line == g or (line.service is not None and line.service == g.service) for g in given)


def lines_to_show(lines: Sequence[Helpline], categories: Iterable[str],
                  limit: int = MAX_HELPLINES_SHOWN, already: Sequence[Helpline] = ()) -> list[Helpline]:
    """Of the lines that fit (`helplines_for`, in its order), the few an urgent reply shows, best first: 999 (any
    "always" line); a young person's own line (the first that fits them: Childline, or Meic past Childline's age);
    then the line to lead with for each kind of risk found (`lead_for` in config/helplines.yml: Samaritans for
    suicide, Live Fear Free / Byw Heb Ofn for domestic abuse, Hourglass for an older person, CEOP for someone
    online), one kind at a time so a second kind is not crowded out by a second line for the first; then the rest in
    order, up to `limit`.

    Why: AW17 (stop 42 trial), a 17-year-old hit at home got six helplines, too many to read in a panic. What is left
    out is not lost to the practitioner: the reply keeps on the flag exactly what it sent (bot.summary.record's
    HELPLINES_KEPT), and the worker gives the rest at the visit.

    `already`: lines an earlier reply gave. They are never shown again, a young person's own line given before fills
    that place, and the kinds they led for are covered; so a later disclosure with a new kind gets that kind's line
    (a 15-year-old's "my dad hits me" after "i want to kill myself": Live Fear Free, not nothing)."""
    found = set(categories or ())
    given = list(already)
    left = [h for h in lines if not given_already(h, given)]
    chosen: list[Helpline] = [h for h in left if h.always]
    own = [h for h in left if h.young_person_always and not h.always]  # a young person's own lines: one at most
    if not any(h.young_person_always and not h.always for h in given):
        chosen += own[:1]
    left = [h for h in left if h not in own or h in chosen]
    covered: set[str] = {kind for h in given for kind in found.intersection(h.lead_for)}
    for h in left:  # the first line for each kind found, in order
        kinds = found.intersection(h.lead_for)
        if h not in chosen and kinds - covered:
            chosen.append(h)
            covered |= kinds
    # Then the rest in `helplines_for`'s order, not a second line for a kind already led for (a Welsh adult's suicide:
    # 999, the Welsh Samaritans line, NHS 111 press 2; not both Samaritans lines and no 111). A line made to lead for
    # other kinds fills a place only for a kind nothing chosen leads for, a domestic-abuse line covering abuse too:
    # AX20 (stop 43 trial), a woman whose husband took her bank card (no low mood) got Samaritans beside Live Fear Free.
    covered |= {part for kind in covered for part in _ALSO_COVERS.get(kind, ())}
    chosen += [h for h in left if h not in chosen
               and (not h.lead_for or found.intersection(h.lead_for) or found.intersection(h.categories) - covered)]
    return chosen[:limit]


#: A kind of risk and the wider kinds its line also covers (lines_to_show): domestic abuse is abuse.
_ALSO_COVERS: dict[str, tuple[str, ...]] = {"domestic_abuse": ("abuse",)}


#: Words that say someone older is involved: a pension, "elderly", a care home, an age of 60 or more said of someone
#: ("she's 84", "mae hi'n 84 oed", "81 years old").
_OLDER = re.compile(
    r"\b(?:pension|pensions|pensioner|pensioners|(?:p|b|mh|ph)ensiwn|elderly|oedrannus|henoed|oap|old age"
    r"|(?:in|into|in to) (?:a|the|no) (?:care |nursing |old people'?s )?home"
    r"|(?:c|g|ngh|ch)artref (?:gofal|nyrsio|henoed|preswyl)"
    r"|(?:[6-9]\d|10\d) (?:years old|year old|yrs old|yr old|oed|mlwydd oed|mlwydd))\b"
    r"|\b(?:she|he|mum|mam|dad|nan|nain|taid|gran|grandad|grandma|mother|father|hi|fo|o|e|fe)(?:'s| is| yn|'n) "
    r"(?:[6-9]\d|10\d)\b")
#: Grandchildren of their own, said by someone writing for themselves ("my grandson has my card", "fy ŵyr"): older
#: (eighth trial AB17: a widower afraid of the son who holds his money got 999 and Samaritans, not Hourglass).
_OWN_GRANDCHILDREN = re.compile(
    r"\b(?:my|me|fy|yn|ein) (?:grandson|grandsons|granddaughter|granddaughters|grandchildren|grandkids|grandchild"
    r"|wyr|wyres|wyrion)\b")
#: A parent or grandparent, named by someone caring for them: for an adult carer, someone older.
_PARENT_OR_GRANDPARENT = re.compile(
    r"\b(?:mum|mums|mam|mom|mother|dad|dads|father|nan|nans|nain|taid|tad|nhad|fam|mham|gran|granny|grandad"
    r"|grandma|grandpa|grandmother|grandfather|grandparents?)\b")


#: A carer saying they are the parent ("dw i'n dad", "I'm his mum", "dwi'n fam i Ffion"): the "dad" or "mam" in those
#: words is the writer (BA6, stop 46 trial: a father's "Dw i'n dad. Mae fy mab yn 19…" read as caring for a parent,
#: and Hourglass, the line for older people, was given twice for a 19-year-old).
_I_AM_THE_PARENT = re.compile(
    r"\b(?:i'?m|i m|i am|dw i'?n|dw i n|dwi'?n|dwi n|dwi yn|dw i yn|rwy'?n|rwy n|wi'?n|wi n|fi'?n|fi n|fi yw)"
    r" (?:his |her |their |ei |a |an |y )?"
    r"(?:dad|mum|mam|mom|father|mother|tad|fam|nhad|mham|parent|rhiant)\b")
#: Their own child as the one cared for, told by an age ("my son is 19", "fy mab yn 19", "mab 19"). Review47b J (stop
#: 47): a child only named ("my daughter noticed it first", "nath fy merch sylwi") is not the one cared for: "my mum's
#: neighbour has been taking money from her purse, my daughter noticed" is still about an older person.
_THEIR_CHILD_CARED_FOR = re.compile(
    r"\b(?:(?:my|me|our|fy|yn|ein) )?(?:son|daughter|boy|girl|lad|kid|child|mab|merch|hogyn|hogan|crwt|croten"
    r"|plentyn|mhlentyn)(?:'s| is| yn|'n| n|,)? (?:aged |nearly |almost |just |bron yn |newydd droi )?\d{1,2}\b")
#: With their own child cared for, a parent counts only as theirs ("my mum's", "fy mam", "mam"), never the child's
#: ("his dad", "ei dad": the child's parent is not someone older).
_NOT_THEIR_PARENT = re.compile(r"\b(?:his|her|their|ei|eu) (?:\w+ )?$")


def _their_parent_named(key: str) -> bool:
    """A parent or grandparent of the writer named, when their own child is the one cared for (review47b J)."""
    key = _I_AM_THE_PARENT.sub(" ", key)
    return any(not _NOT_THEIR_PARENT.search(key[:found.start()])
               for found in _PARENT_OR_GRANDPARENT.finditer(key))


def about_an_older_person(texts: Iterable[str], *, role: str | None, age: int | None) -> bool:
    """Whether a disclosure is about an older person, so the elder-abuse line fits (stop-22 trial V26: a carer told
    of her mum's son-in-law holding her bank card and PIN): the writer is 60 or more, or the words name a pension, a
    care home ("I'm not going in no home") or someone's age of 60 or more, or a carer names the parent or grandparent
    they care for, or someone writing for themselves names their own grandchildren. A young
    person's mum is not (the line is for adults: `audiences` in config/helplines.yml)."""
    if age is not None and age >= 60:
        return True
    keys = [fold(phrase_key(text or "")) for text in texts]
    if any(_OLDER.search(key) for key in keys):
        return True
    if role == "carer" and any(_I_AM_THE_PARENT.search(key) or _THEIR_CHILD_CARED_FOR.search(key) for key in keys):
        # caring for their own child (BA6): a "dad" or "mam" said as the writer is no older person; their own parent
        # named as the one harmed still is ("my son is 19 and he took my mum's card": review47b J)
        return any(_their_parent_named(key) for key in keys)
    return any((role == "carer" and _PARENT_OR_GRANDPARENT.search(key))
               or (role == "person" and _OWN_GRANDCHILDREN.search(key)) for key in keys)


#: Someone met or talking online: a game, an app, a chat, pictures asked for ("this guy from fortnite keeps asking for
#: pics", "mae rhywun ar snapchat yn gofyn am lunia").
_ONLINE = re.compile(
    r"\b(?:online|on ?line|ar[- ]lein|internet|rhyngrwyd|fortnite|roblox|minecraft|xbox|playstation|ps[45]|discord"
    r"|snapchat|snap|insta|instagram|tiktok|whatsapp|facebook|messenger|kik|omegle|telegram|twitch|youtube|a game"
    r"|gaming|in game|in-game|gêm|gem|app|apps|ap|dm|dms|pics|pictures|photos|nudes|lluniau|llunia|lunia|lluniau noeth"
    r"|webcam|camera|vbucks|robux)\b")


#: Money or a bank card taken or used ("took his bank card and took £200 out", "cymryd ei arian", "ei gerdyn banc").
_MONEY = re.compile(
    r"(?:£\s?\d|\b\d+ ?(?:quid|pounds|punt|bunt)\b)"
    r"|\b(?:bank card|debit card|credit card|card and pin|pin number|his card|her card|bank account|savings|benefits"
    r"|money|cash|(?:c|g|ngh|ch)erdyn (?:banc|debyd)|(?:c|g|ngh|ch)erdyn e|arian|pres"
    r"|(?:b|f|m)udd-daliadau|budd daliadau|(?:c|g|ngh|ch)ynilion)\b")


def about_money_taken(texts: Iterable[str]) -> bool:
    """Whether the words tell of money or a bank card, so Action Fraud fits the exploitation of an adult who is not
    older (BA6, stop 46 trial: a 19-year-old's "friends" took his bank card and £200; he was given Hourglass, the
    line for older people)."""
    keys = [fold((text or "").lower()) for text in texts]
    return any(_MONEY.search(key) for key in keys) and not any(_KIN_TAKES.search(key) for key in keys)


#: A partner or family member as the one taking or holding the money ("my husband controls all my money", "mae'r gŵr
#: yn rheoli fy arian i gyd", "my son keeps my card"): economic abuse, Action Fraud does not fit (M3, review 47).
_KIN_TAKES = re.compile(
    r"\b(?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|son|daughter|brother|sister|mum"
    r"|mam|mom|dad|stepdad|stepmum|gwr|wr|gwraig|wraig|cariad|mab|merch|mrawd|brawd|chwaer|nhad|tad|llysdad|llystad"
    r"|llysfam)(?:'s|s)? (?:\w+ ){0,3}?(?:takes?|took|taking|controls?|controlling|keeps?|kept|holds?|uses?"
    r"|spends?|spent|steals?|stole|makes? me (?:give|hand)|won'?t (?:give|let)|rheoli|reoli|cymryd|gymryd|cadw|gadw"
    r"|dwyn|ddwyn|gwario|wario|defnyddio|ddefnyddio)\b")


def about_someone_online(texts: Iterable[str]) -> bool:
    """Whether the words tell of someone online (a game, an app, pictures asked for), so the National Crime Agency's
    CEOP Safety Centre fits a young person's disclosure of grooming or sexual abuse (the fourteenth trial's AM12: "this
    guy from fortnite keeps asking for pics and says he'll send me vbucks" got 999, Childline and Meic, not CEOP)."""
    return any(_ONLINE.search(fold(phrase_key(text or ""))) for text in texts)


def format_helplines(
    helplines: Sequence[Helpline], language: str, register: str = "chi", describe: bool = False
) -> str:
    """Plain, short lines, one per helpline: "• Samaritans: 116 123 (free, any time)".

    `register` is "chi" (adults) or "ti" (young people) and only matters in Welsh. With
    `describe` each line also carries the helpline's one-sentence description.
    """
    language = "cy" if language == "cy" else "en"
    register = register if register in REGISTERS else "chi"
    lines: list[str] = []
    for h in helplines:
        name = h.text("name", language, register)
        hours = h.text("hours", language, register) if h.hours else ""
        if name == h.number:  # 999: the number is the name
            line = f"• {h.number} {hours}".rstrip()
        else:
            line = f"• {name}: {h.number}" + (f" ({hours})" if hours else "")
        if describe:
            desc = h.text("description", language, register)
            if desc and name != h.number:
                line += f" – {desc}"
        lines.append(line)
    return "\n".join(lines)


__all__ = [
    "DEFAULT_FILE",
    "MAX_HELPLINES_SHOWN",
    "Helpline",
    "about_an_older_person",
    "about_money_taken",
    "about_someone_online",
    "format_helplines",
    "helplines_file",
    "helplines_for",
    "lines_to_show",
    "load_helplines",
]
