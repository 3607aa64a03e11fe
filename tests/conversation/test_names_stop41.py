"""Stop 41: names read at the start since stop 40 that are not the person's own.

Stop 40 reads a name said before "who is talking?" (the first message, the consent answer) and the name inside "I'm
Gethin's mum" / "dw i'n fam i Gethin". New openings written as messy writers put them (a carer, a learner of English,
Welsh north and south) showed three wrong names:

- "Sian here is my sister", "Gwyn here is 84", "Milo here is my cat lol", "John here is my brother": someone beside
  them, told of, never the writer signing the message as "Dave here, ringing about mum" does;
- "I'm Polish, my English not so good", "I'm English only sorry", "I'm Muslim", "Cymro dw i ond…", "I'm Friend of
  Edna": where they are from, their language or faith, or what they are to someone, with a capital;
- "I'm Gethin's mum but I look after my husband", "I look after my husband. I'm Gethin's mum", "I'm Tom's mum, I care
  for my dad", "dwi'n gofalu am y gŵr. Dwi'n fam i Gethin hefyd": the son named is not whom they look after.

The stop-40 wins stay: "Ken, Kenneth Roberts but Ken", "I'm Gethin's mum" (and "… I look after him"), "Gwyn odw i",
"mam Gethin dw i, Llinos", a name said in the first message or at consent ("its Dave here, ringing about mum",
"Yes. I'm Alun by the way"). Through the conversation core from the first message; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from tests.conversation.test_colloquial import Dialogue


def _sender(*parts: object) -> str:
    return "mem-names41-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _opened(language: str, opening: str, consent: str) -> Dialogue:
    """A conversation from its first message, the language chosen by its button, consent answered: at "who is
    talking?"."""
    dialogue = Dialogue(_sender(language, opening, consent))
    dialogue.say(opening)
    if dialogue.asking is None:
        dialogue.say("", intent="choose_language", chosen=[language])
    assert dialogue.asking == "consent_choice"
    dialogue.say(consent)
    assert dialogue.asking == "role"
    return dialogue


# --- someone beside them, told of before "who is talking?" ------------------------------------------------------

TOLD_OF = [
    ("en", "Hiya. Sian here is my sister she said use this", "yes", "me", "Sian"),
    ("en", "hi its about my dad. Gwyn here is 84", "yes", "i care for him", "Gwyn"),
    ("en", "Hi. Milo here is my cat lol", "yes", "me", "Milo"),
    ("en", "hi im looking for help for my dad. John here is my brother and hes helping me type", "yes", "daughter",
     "John"),
    ("en", "hello", "yes. Mike here has the forms, hes my son", "me", "Mike"),
    ("cy", "helo. Sian here is my sister, hi ddeudodd wrtha i", "ia", "fi", "Sian"),  # code-switched, north
    ("cy", "shwmae. Gwyn here is 84, dad fi yw e", "ie", "fi sy'n dishgwl ar ei ôl e", "Gwyn"),  # south
]


@pytest.mark.parametrize("language, opening, consent, role, other", TOLD_OF)
def test_someone_told_of_before_who_is_talking_is_never_their_name(sqlite_url: str, language: str, opening: str,
                                                                   consent: str, role: str, other: str) -> None:
    dialogue = _opened(language, opening, consent)
    dialogue.say(role)
    assert dialogue.slots.get("name") != other
    assert dialogue.asking == "name"  # their own name is asked, never thanked as the sister, the dad or the cat
    dialogue.say("Carol")
    assert dialogue.slots["name"] == "Carol"


SIGNED = [
    ("en", "hi Dave here, ringing about mum", "yes", "carer", "Dave"),
    ("en", "Dave here, is this the right place", "yes", "carer", "Dave"),
    ("en", "hi", "Yes. I'm Alun by the way", "me", "Alun"),
    ("cy", "helo, Dave sy 'ma, ffonio am mam", "ia", "gofalwr", "Dave"),
    ("cy", "shwmae, Gwyn odw i", "ie", "fi", "Gwyn"),  # south
    ("cy", "haia", "ia iawn. Alun dwi btw", "fi", "Alun"),  # text-speak
]


@pytest.mark.parametrize("language, opening, consent, role, own", SIGNED)
def test_their_own_name_before_who_is_talking_is_still_used(sqlite_url: str, language: str, opening: str,
                                                            consent: str, role: str, own: str) -> None:
    dialogue = _opened(language, opening, consent)
    dialogue.say(role)
    assert dialogue.slots.get("name") == own
    assert dialogue.asking != "name"


# --- someone else's name in whose relative they are, or shown in ----------------------------------------------------

SHOWN_IN = [
    # the curly apostrophe a phone types ("Sarah’s" was read as a name, as "Sarah's" never was)
    ("en", "Hi, I’m Sarah’s daughter, she needs a bit of help", "yes", "carer", "Sarah’s"),
    ("en", "hello", "yes", "Hi, I’m Sarah’s daughter", "Sarah’s"),
    ("en", "This is Emma, my daughter, she set this up for me", "yes", "me", "Emma"),
    ("en", "hi this is Emma my daughter typing for me", "yes", "its me", "Emma"),
    ("cy", "Helo, dyma Emma, fy merch i, hi sy'n teipio", "ia", "fi", "Emma"),  # north
    ("cy", "shwmae, merch Sarah’s odw i", "ie", "gofalwr", "Sarah’s"),  # south, a learner's apostrophe
]


@pytest.mark.parametrize("language, opening, consent, role, other", SHOWN_IN)
def test_someone_elses_name_shown_in_is_never_theirs(sqlite_url: str, language: str, opening: str, consent: str,
                                                     role: str, other: str) -> None:
    dialogue = _opened(language, opening, consent)
    dialogue.say(role)
    if dialogue.asking == "role":  # ("Hi, I’m Sarah’s daughter" alone is asked once more: then read as said before)
        dialogue.say("carer" if language == "en" else "gofalwr")
    assert dialogue.slots.get("name") not in (other, other.removesuffix("’s"))
    assert dialogue.asking == "name"


@pytest.mark.parametrize("language, opening", [("en", "This is Dave, my mum has dementia"),
                                               ("en", "This is Dave"),
                                               ("cy", "Dave sy 'ma, mae mam yn sâl")])
def test_this_is_their_own_name_still(sqlite_url: str, language: str, opening: str) -> None:
    dialogue = _opened(language, opening, "yes" if language == "en" else "ia")
    dialogue.say("carer" if language == "en" else "gofalwr")
    assert dialogue.slots.get("name") == "Dave"


# --- where they are from, their language, faith or role, with a capital -----------------------------------------

NOT_THEIR_NAME = [
    ("en", "Hello. I'm Polish, my English not so good", "yes ok", "I am the carer for my husband", "Polish"),
    ("en", "Hi I'm Welsh but prefer English thanks", "yes", "me", "Welsh"),
    ("en", "hello", "yes please. I'm English only sorry", "me", "English"),
    ("en", "hello", "yes", "I'm Muslim, I look after my father", "Muslim"),
    ("en", "hello", "yes", "I'm Friend of Edna, I help her", "Friend"),
    ("cy", "haia. Cymro dw i ond gwell gen i Saesneg", "ia", "fi", "Cymro"),  # north
    ("cy", "shwmae. Cymraes odw i, yn byw yn Lloegr", "ie", "fi", "Cymraes"),  # south
    ("cy", "helo", "ia", "Sais dwi ond dwi'n dysgu lol", "Sais"),  # text-speak
]


@pytest.mark.parametrize("language, opening, consent, role, word", NOT_THEIR_NAME)
def test_where_they_are_from_is_never_their_name(sqlite_url: str, language: str, opening: str, consent: str,
                                                 role: str, word: str) -> None:
    dialogue = _opened(language, opening, consent)
    dialogue.say(role)
    if dialogue.asking == "role":  # (a reply read as no answer to who is talking is asked once more)
        dialogue.say("me" if language == "en" else "fi")
    assert dialogue.slots.get("name") != word
    assert dialogue.asking == "name"


# --- whose relative they are, when they look after someone else ------------------------------------------------

SOMEONE_ELSE = [
    ("en", "I'm Gethin's mum but I look after my husband", "Gethin"),
    ("en", "I look after my husband. I'm Gethin's mum", "Gethin"),
    ("en", "I'm Tom's mum, I care for my dad", "Tom"),
    ("cy", "dwi'n gofalu am y gŵr. Dwi'n fam i Gethin hefyd", "Gethin"),  # north
    ("cy", "wi'n dishgwl ar ôl y gŵr, fi'n fam i Gethin hefyd", "Gethin"),  # south
]


@pytest.mark.parametrize("language, role, son", SOMEONE_ELSE)
def test_whose_mother_they_are_is_not_whom_they_look_after(sqlite_url: str, language: str, role: str,
                                                          son: str) -> None:
    dialogue = _opened(language, "hello" if language == "en" else "helo", "yes" if language == "en" else "ia")
    dialogue.say(role)
    assert dialogue.slots["role"] == "carer"
    assert dialogue.slots.get("cared_for_name") != son
    assert dialogue.asking == "name"
    dialogue.say("Llinos")
    assert dialogue.slots["name"] == "Llinos"
    assert dialogue.asking == "cared_for_name"  # whom they look after is asked, the husband or the dad
    dialogue.say("Dai")
    assert dialogue.slots["cared_for_name"] == "Dai"


KEPT = [
    ("en", "I'm Gethin's mum, I look after him"),
    ("en", "I'm Gethin's mum, I care for Gethin"),
    ("cy", "dw i'n fam i Gethin, fi sy'n edrych ar ei ôl o"),
    ("cy", "fi'n fam i Gethin, wi'n dishgwl ar ei ôl e"),
]


@pytest.mark.parametrize("language, role", KEPT)
def test_whose_mother_they_are_is_whom_they_look_after_when_it_is_him(sqlite_url: str, language: str,
                                                                      role: str) -> None:
    dialogue = _opened(language, "hello" if language == "en" else "helo", "yes" if language == "en" else "ia")
    dialogue.say(role)
    assert dialogue.slots["cared_for_name"] == "Gethin"
    assert dialogue.asking == "name"


def test_the_reading_itself() -> None:
    from bot.conversation.about_you import named_in_own_relation

    assert named_in_own_relation("I'm Gethin's mum but I look after my husband") is None
    assert named_in_own_relation("dwi'n gofalu am y gŵr. Dwi'n fam i Gethin hefyd") is None
    assert named_in_own_relation("I'm Gethin's mum, I look after him") == "Gethin"
    assert named_in_own_relation("dw i'n fam i Gethin") == "Gethin"
