"""Derailments, stop 32 (issue 11): a name given with the name it goes by, or with pronouns, was no name at all.

- Two forms joined by a sign ("Hopcyn = Hops", the names writer's line 75; "Kerry = Kez", "Bethan > Beth",
  "Dafydd -> Daf") were read as one name with a symbol in it, so no name was kept: every later question went on with
  none and the record had none (a "wrong name" derailment). "Gareth aka Gaz" was kept whole ("Thanks, Gareth aka
  Gaz!" in every later question). The name after the sign is the one they go by, as "known as" already was.
- Pronouns typed after the name ("Sam they/them", "Alex - she/her", "Cai fe/ei") made it no name, as "they" is
  never a name; in brackets they were already left out. They are never part of the name.
- Names said the ways people say them that gave a wrong name or none, found by playing varied own-name answers at the
  name question (name_benchmark.py on replies written for this stop, not from any set): "Morning! Ted" ("Thank you,
  Morning."), "Mary's husband, Ted" ("Thank you, Mary's husband."), "Nan is fine, everybody does" ("everybody"),
  "Rhys sy'n siarad" and "wel, Mererid de" (kept whole), "Ann-Marie but Annie" (kept whole); "First name Joan",
  "you can use Joan", "Yr enw cyntaf yw Mererid" and "i'd rather you used my first name, its Pat" (no name at all).

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.conversation.about_you import name_in
from bot.summary.record import load_record
from tests.conversation.test_start_never_loops import _at_role, _sender

#: What a person alone says at "who is talking?" (they are asked their own name next).
JUST_ME = {"cy": "fi fy hun", "en": "just me"}
#: The thanks before the first form question, with the name in it.
THANKS = {"cy": "Diolch, {}.", "en": "Thank you, {}."}

#: (language, the answer to "what name shall I use?", the name used)
NAMES_WITH_A_SIGN = [
    ("cy", "Hopcyn = Hops", "Hops"),
    ("en", "Hopcyn = Hops", "Hops"),
    ("cy", "Bethan > Beth", "Beth"),
    ("en", "Kerry = Kez", "Kez"),
    ("cy", "Dafydd -> Daf", "Daf"),
    ("en", "Gareth aka Gaz", "Gaz"),
    ("cy", "Gwenllian aka Gwen plis", "Gwen"),
    ("en", "Kerry aka Kez lol", "Kez"),
]

#: (language, the answer, the name used): pronouns with the name, in the open or in brackets.
NAMES_WITH_PRONOUNS = [
    ("en", "Sam they/them", "Sam"),
    ("cy", "Sam they/them", "Sam"),
    ("en", "Alex - she/her", "Alex"),
    ("cy", "Cai fe/ei", "Cai"),
    ("en", "Jo she/her/hers", "Jo"),
    ("cy", "Alaw, hi/ei", "Alaw"),
    ("en", "Tom (he/they)", "Tom"),
]

#: (language, the answer, the name used): everyday ways of saying a name that gave a wrong one or none.
NAMES_SAID_EVERY_WAY = [
    ("en", "Morning! Ted", "Ted"),
    ("en", "Good afternoon, Ted here", "Ted"),
    ("cy", "Bore! Ted sy 'ma", "Ted"),
    ("en", "Mary's husband, Ted", "Ted"),
    ("en", "Nan is fine, everybody does", "Nan"),
    ("cy", "Nain yn iawn, ma pawb yn deud", "Nain"),
    ("cy", "Rhys sy'n siarad", "Rhys"),
    ("cy", "Rhys sy'n teipio", "Rhys"),
    ("cy", "wel, Mererid de", "Mererid"),
    ("en", "Ann-Marie but Annie", "Annie"),
    ("cy", "Gwenda ond Gwen", "Gwen"),
    ("en", "First name Joan", "Joan"),
    ("en", "you can use Joan", "Joan"),
    ("cy", "Yr enw cyntaf yw Mererid", "Mererid"),
    ("cy", "Enw cyntaf fi ydi Mererid", "Mererid"),
    ("en", "i'd rather you used my first name, its Pat", "Pat"),
    ("cy", "sa well gen i ddefnyddio enw cyntaf, fi di Pat", "Pat"),
]


def _given_at_the_name_question(language: str, typed: str) -> tuple[str, str, str]:
    """The person's own name typed at "what name shall I use?": (sender, what the slot holds, the reply)."""
    sender = _sender("derail32-name", language, typed)
    dialogue = _at_role(sender, language)
    dialogue.say(JUST_ME[language])
    assert dialogue.asking == "name"
    reply = dialogue.say(typed)
    assert dialogue.asking == "q_what_matters"  # the conversation goes on, the name question never asked again
    return sender, dialogue.slots["name"], reply


@pytest.mark.parametrize("language, typed, name", NAMES_WITH_A_SIGN + NAMES_WITH_PRONOUNS + NAMES_SAID_EVERY_WAY)
def test_the_name_they_go_by_is_used_and_kept(sqlite_url: str, language: str, typed: str, name: str) -> None:
    sender, kept, reply = _given_at_the_name_question(language, typed)
    assert kept == name
    assert THANKS[language].format(name) in reply
    record = load_record(sender)
    assert record is not None and record["name"] == name


#: Answers where a sign or a pronoun set is not two forms of a name: never a name taken from them.
NO_NAME_HERE = ["he/him", "hi/ei", "a = b is what I think", "it is 2 > 1", "Evening", "good morning",
                "use my first name", "everybody does"]


@pytest.mark.parametrize("typed", NO_NAME_HERE)
def test_a_sign_or_pronouns_alone_are_no_name(typed: str) -> None:
    assert name_in(typed) == name_in(typed, own=True) == ""


#: Other answers read as before: the first of two forms, the short form said after it, the name they say will do.
UNCHANGED = [("Dafydd / Daf", "Dafydd"), ("Dafydd (Daf)", "Dafydd"), ("jayden. jay", "jay"),
             ("Elin, ond Els ma pawb yn galw fi", "Els"), ("Mrs Ellis is fine but Gwyn will do perfectly well", "Gwyn"),
             ("Margaret but not Maggie", "Margaret"), ("Kayleigh but call me Kay", "Kay"), ("Ifan gwr fi", "Ifan"),
             ("Dad, he does the talking", "")]


@pytest.mark.parametrize("typed, name", UNCHANGED)
def test_two_forms_without_a_sign_are_read_as_before(typed: str, name: str) -> None:
    assert name_in(typed, own=True) == name
