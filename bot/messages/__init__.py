"""Every word the assistant says, in Welsh and English, in one catalogue.

Why not Rasa's conditional response variations? Rasa renders a custom
action's responses against the tracker *before* that action's own slot
events are applied, so "switch to Welsh, then say something in Welsh" would
come out in the old language. The actions therefore render from this
catalogue with the language and register passed in explicitly.

Each entry (in bot/messages/*.yml, one file per part of the conversation)
has variants keyed by language, register and role, tried most specific first:
`cy_carer`, `cy_ti`, `cy_chi`, `cy`, `en_carer`, `en_ti`, `en`. Welsh uses
"chi" for adults and carers and "ti" for young people. With no language
chosen yet, the Welsh (chi) and English variants are shown together, Welsh first.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CATALOGUE_DIR = Path(__file__).resolve().parent
#: The YAML reader for the catalogue and the summary's labels: libyaml's safe loader, the same data (a test compares
#: them), 25 times faster than the pure-Python one, which took half a second of every `whatmatters summary` (AY20,
#: stop 44 trial).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """YAML as yaml.safe_load reads it (only plain data, never objects), with libyaml's reader when installed."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader: CSafeLoader or SafeLoader)


LANGUAGES = ("cy", "en")
#: Where a reply carries its language, from the action to the channels: `utter_message`'s keyword, the
#: bot event's metadata, the collected reply.
LANGUAGE_KEY = "lang"


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Rendered:
    text: str
    buttons: list[Button] = field(default_factory=list)
    #: The language it is written in ("cy" / "en"); None when both are shown (before anyone chose).
    language: str | None = None

    def as_dispatch(self) -> dict[str, Any]:
        """Keyword arguments for rasa_sdk's `dispatcher.utter_message`.

        The language travels with the message (Rasa keeps it in the bot event's metadata and hands it to
        the output channel), so the web chat marks each line for screen readers and follows the
        conversation's language without asking Rasa for the tracker again."""
        out: dict[str, Any] = {"text": self.text}
        if self.buttons:
            out["buttons"] = [{"title": b.title, "payload": b.payload} for b in self.buttons]
        if self.language in LANGUAGES:
            out[LANGUAGE_KEY] = self.language
        return out


class _Blank(dict[str, Any]):
    """Leaves a placeholder visible instead of crashing when a value is missing."""

    def __missing__(self, key: str) -> str:
        return ""


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(CATALOGUE_DIR.glob("*.yml")):
        data = read_yaml(path.read_text(encoding="utf-8")) or {}
        for key, value in data.items():
            if key in entries:
                raise ValueError(f"message {key!r} is defined twice (second time in {path.name})")
            entries[key] = value
    return entries


def _variant_keys(language: str, register: str, role: str | None) -> list[str]:
    keys = []
    if role == "carer":
        keys.append(f"{language}_carer")
    if language == "cy":
        keys += [f"cy_{register}", "cy_chi", "cy"]
    else:
        keys += [f"en_{register}", "en"]
    return keys


def _pick(entry: dict[str, Any], language: str, register: str, role: str | None) -> str:
    for key in _variant_keys(language, register, role):
        if key in entry:
            return str(entry[key])
    raise KeyError(f"no {language} variant")


#: Another message's words inside this one ("{@who_reads_when}"), in the same language, register and role: one
#: sentence said in several messages is written once (trial 36 AM2: who reads the answers, and when).
_MESSAGE_INSIDE = re.compile(r"\{@(\w+)\}")


def _picked(key: str, language: str, register: str, role: str | None) -> str:
    """The variant of `key` to fill, with any message inside it put in."""
    return _MESSAGE_INSIDE.sub(lambda m: _picked(m.group(1), language, register, role),
                               _pick(catalogue()[key], language, register, role))


#: "gyda {name}" becomes "gydag {name}" when the name starts with a vowel ("gydag Elwyn"). Only
#: the message's own "gyda" in front of a placeholder changes, never the person's quoted words.
_GYDA_PLACEHOLDER = re.compile(r"(?<![\w'’])([Gg]yda|â) \{(\w+)\}")
_VOWELS = "AEIOUWYÂÊÎÔÛŴŶaeiouwyâêîôûŵŷ"
#: Welsh "a" (and) before a name: "ac" before a vowel ("ydych chi, ac Elen, yn ddiogel?"; stop 49: the carer's safe
#: check said "a Elen").
_AND_PLACEHOLDER = re.compile(r"(?<![\w'’])a \{(\w+)\}")
#: A "w" before a vowel is said as a consonant ("Wenda", "Wil", "Wyn"): "gyda Wenda", as people say it (re-trial 32
#: AF8: "Dechreuwn ni gydag Wenda"; welsh-style.md: "gyda" before a name is fine in speech).
_CONSONANT_W = re.compile(r"^[WwŴŵ][aeiouwyâêîôûŵŷAEIOUWYÂÊÎÔÛŴŶ]")


#: Welsh "y"/"yr" after a word ending in a vowel is "'r" ("i'r person", "hoffai'r gŵr", "gyda'r gŵr"),
#: when a placeholder's value begins with it; only the message's own word changes.
_BEFORE_PLACEHOLDER = re.compile(r"(?<![\w'’])(\w*[aeiouwyâêîôûŵŷ]) \{(\w+)\}")
_WELSH_ARTICLE = re.compile(r"^(?:y|yr)\s+(?=\S)", re.I)
#: The placeholders the assistant fills with its own words (never a quote of the person's).
_ARTICLE_PLACEHOLDERS = frozenset({"cared_for_name"})


#: The message's own Welsh word before the cared-for person's name that mutates it (welsh-style.md, "Mutations"):
#: soft after am, i, ar, at, o, wrth, gan, heb, dan, dros, drwy, neu ("Bydda i'n gofyn am Wenda", the heading "Am
#: Wenda"); aspirate after gyda, â, a, tua. Seventh trial AA15: "Bydda i'n gofyn am Gwenda", "AM GWENDA".
_SOFT_TRIGGERS = frozenset(("am", "i", "ar", "at", "o", "wrth", "gan", "heb", "dan", "dros", "drwy", "neu"))
_ASPIRATE_TRIGGERS = frozenset(("gyda", "â", "a", "tua"))
_MUTATING_BEFORE_NAME = re.compile(r"(?<![\w'’])(\w+) \{cared_for_name\}")
#: (No "ll" -> "l" or "rh" -> "r": a name starting Ll or Rh is said as it is after these words in speech, "am
#: Rhodri", "i Llinos", and "Rodri", "Linos" read as other names: AZ7, stop 45 trial, "AM RODRI YW E".)
_SOFT = (("gw", "w"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("m", "f"))
_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))
#: Words for family used as a name ("Mam", "Taid"): said as people say them, unmutated ("at Mam", "i Taid").
_KIN_NAMES = frozenset(("mam", "dad", "nain", "taid", "mam-gu", "mamgu", "tad-cu", "tadcu", "nan", "nana", "bampi",
                        "mami", "dadi", "gran", "grandad", "mum", "mom", "nanny", "grandma", "grandpa"))
#: A name spelt the Welsh way: Welsh letters only, no English doubled letters or final consonant + "y", and a sign of
#: Welsh spelling (dd, ll, ff, rh, an opening gw, ae, ai, ei, eu, oe, wy, yw, or "y" inside the word). Welsh names
#: are mutated; names from elsewhere are left as given ("am Brian", "am Kyle", "i Phil"), as Welsh writers do. A
#: Welsh name with no such sign (Bethan, Catrin) is left as given too, as it is often said: never a wrong mutation.
_WELSH_LETTERS = re.compile(r"^[a-ik-pr-uwyâêîôûŵŷáéíóúàèìòùäëïöü'-]+$")
_NOT_WELSH = re.compile(r"(?:bb|cc|gg|kk|mm|pp|rr|ss|tt|ee|oo|ck|sh|[^aeiouwy]y$|ia$)")
_WELSH_SIGN = re.compile(r"(?:dd|ll|ff|^rh|^gw|ae|ai|ei|eu|oe|wy|yw|y(?=\w))")


def _spelt_the_welsh_way(word: str) -> bool:
    word = word.lower()
    return (bool(_WELSH_LETTERS.match(word)) and "j" not in word and _NOT_WELSH.search(word) is None
            and _WELSH_SIGN.search(word) is not None and word not in _KIN_NAMES)


def welsh_name_after(word: str, name: str) -> str:
    """The cared-for person's name as Welsh says it after the message's own `word`: "am" + "Gwenda" is "Wenda", "i" +
    "Dafydd" is "Ddafydd", "gyda" + "Carys"... Only a name spelt the Welsh way changes (see _spelt_the_welsh_way); its
    capital stays, so a heading in capitals reads "AM WENDA"."""
    trigger = word.lower()
    table = _SOFT if trigger in _SOFT_TRIGGERS else _ASPIRATE if trigger in _ASPIRATE_TRIGGERS else ()
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if not table or not _spelt_the_welsh_way(first):
        return name
    for radical, mutated in table:
        if name.lower().startswith(radical):
            rest = name[len(radical):]
            if radical == "gw" and rest[:1].lower() not in "aeiouwyâêîôûŵŷ":
                return name  # "Gwyn" → "Wyn", but never a "W" before a consonant
            head = mutated.capitalize() if name[:1].isupper() else mutated
            head = head.upper() if name[:len(radical)].isupper() and len(radical) > 1 else head
            return head + rest
    return name


def _fill(template: str, values: dict[str, Any], *, welsh: bool = False) -> str:
    def mutation(m: re.Match[str]) -> str:
        name = str(values.get("cared_for_name") or "")
        said = welsh_name_after(m.group(1), name)
        if said == name:
            return m.group(0)
        return f"{m.group(1)} " + said.replace("{", "{{").replace("}", "}}")

    def article(m: re.Match[str]) -> str:
        value = str(values.get(m.group(2)) or "") if m.group(2) in _ARTICLE_PLACEHOLDERS else ""
        found = _WELSH_ARTICLE.match(value)
        if not found or m.group(1).lower() in ("y", "yr", "fy", "dy"):
            return m.group(0)
        rest = value[found.end():].replace("{", "{{").replace("}", "}}")
        return f"{m.group(1)}'r {rest}"

    def gyda(m: re.Match[str]) -> str:
        value = str(values.get(m.group(2)) or "")
        vowel = value[:1] in _VOWELS and not _CONSONANT_W.match(value)
        if not (vowel and value):
            return m.group(0)
        # "gydag Alun", and "ag Alun" for "â" (welsh-review.md's "Beth yw'ch perthynas chi â {name}?", stop 45)
        return f"{m.group(1)}g {{{m.group(2)}}}" if m.group(1) != "â" else f"ag {{{m.group(2)}}}"

    def and_before(m: re.Match[str]) -> str:
        value = str(values.get(m.group(1)) or "")
        vowel = value[:1] in _VOWELS and not _CONSONANT_W.match(value)
        return f"ac {{{m.group(1)}}}" if value and vowel else m.group(0)

    template = _BEFORE_PLACEHOLDER.sub(article, template)
    template = _GYDA_PLACEHOLDER.sub(gyda, template)
    if welsh:
        template = _AND_PLACEHOLDER.sub(and_before, template)
        template = _MUTATING_BEFORE_NAME.sub(mutation, template)
    return string.Formatter().vformat(template, (), _Blank(values)).strip()


#: The Welsh "what is their name?" for the person cared for, by whether they are a man or a woman (AZ20, stop 45
#: trial: "A pha enw hoffech chi i mi ei ddefnyddio ar ei gyfer?" sounded translated); "eu henw nhw" when nothing
#: says which (as "ar eu cyfer nhw" was).
THEIR_NAME_CY = {"he": "Beth yw ei enw e?", "she": "Beth yw ei henw hi?", None: "Beth yw eu henw nhw?"}
#: "To them" in Welsh when no name was given, by whether they are a man or a woman ("sydd bwysicaf iddo": BA21, stop 46
#: trial); with a name, "i" and the name (to_them_cy).
TO_THEM_CY = {"he": "iddo", "she": "iddi", None: "iddyn nhw"}


def render(
    key: str,
    language: str | None,
    register: str = "chi",
    role: str | None = None,
    **values: Any,
) -> Rendered:
    """The message `key` in the person's language, register and role.

    `language=None` (not chosen yet) gives Welsh first, then English.
    """
    entry = catalogue()[key]
    register = register if register in ("chi", "ti") else "chi"
    if values.get("cared_for_name") and not values.get("cared_for_them"):
        # An English question refers back to the person by the name given unless the caller knows "her" / "him"
        # (bot.conversation.turn.Turn.cared_for_them): never a blank in the middle of a question.
        values["cared_for_them"] = values["cared_for_name"]
    # Nothing known of the person cared for: "them", "eu henw nhw" (never a blank; Turn.values fills "him", "ei enw e"
    # when who they are says so, trial 36 AM14)
    values.setdefault("cared_for_them", "them")
    if not values.get("cared_for_name") and language in ("cy", "en") and key != "cared_for_unnamed":
        # Never a blank where the name goes ("ydych chi, a , yn ddiogel", stop 47): no name known is "the person you
        # look after", as Turn.cared_for_name says it.
        values["cared_for_name"] = _fill(_picked("cared_for_unnamed", language, register, None), {},
                                         welsh=language == "cy")
    values.setdefault("their_name_cy", THEIR_NAME_CY[None])
    name = values.get("cared_for_name")
    values.setdefault("to_them_cy", "i " + welsh_name_after("i", str(name)) if name else TO_THEM_CY[None])
    if language in ("cy", "en"):
        text = _fill(_picked(key, language, register, role), values, welsh=language == "cy")
    else:
        text = (
            _fill(_picked(key, "cy", register, role), values, welsh=True)
            + "\n\n"
            + _fill(_picked(key, "en", register, role), values)
        )
    buttons = []
    for b in entry.get("buttons", []) or []:
        if language in ("cy", "en"):
            title = b.get(f"{language}_{register}") or b[language]
        else:
            title = b["cy"] if b["cy"] == b["en"] else f"{b['cy']} / {b['en']}"
        buttons.append(Button(title=_fill(title, values, welsh=language == "cy"), payload=b["payload"]))
    return Rendered(text=text, buttons=buttons, language=language if language in LANGUAGES else None)


def text(key: str, language: str | None, register: str = "chi", role: str | None = None, **values: Any) -> str:
    return render(key, language, register, role, **values).text


def for_channel(key: str, channel: str) -> str | None:
    """`key`'s own version for this channel (`<key>_<channel>`, e.g. how_to_delete_telegram), or None.

    Why one place: what a person can do on their own device (clear the chat, delete from the web page) differs by
    channel, and every such message is chosen the same way.
    """
    own = f"{key}_{channel}"
    return own if own in catalogue() else None
