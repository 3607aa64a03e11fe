"""Derailments, stop 34 (issue 11): names. A wrong name is in every later question, so it derails the conversation.

The name reader took a name by where it stood more than by what it was. Found by playing everyday replies written for
this stop (benchmarks/names/dev_names34.tsv: north and south Welsh, text-speak, English dialects) at the name
questions:
- An exclamation, a dialect greeting or an endearment first was the name: "Duwcs, Gwyneth dwi" ("Diolch, Duwcs."),
  "ey up, it's Shaz", "aye, Bob'll do", "alright butt, Rhodri", "wotcha. Tel", "hiya hun, Jackie here" ("hun").
- The first word of a sentence was the name though a later clause gave one: "Gweithio oedd fy mywyd i. Alun dw i"
  ("Gweithio"), "Married him in 75, Glyn" ("Married"), "Priodi ddaru ni yn 1975, Glyn ydi o" ("Priodi"); and with no
  name anywhere: "duwcs, gwr iddi dw i. Priodi ers hanner can mlynedd" ("duwcs", then "Priodi"), "my husband. Married
  50 years this June" ("Married"), "Mam. Ddoe aeth hi i'r sbyty" ("Ddoe"), "Dementia sydd gan Dad" ("Dementia").
  A sentence's first word is a name only when the sentence goes on as a name's would ("Dai has dementia", "Dai sy'n…",
  "ellie im 14…"); a name said in so many words later, or a capitalised name alone after a lower-case word, wins.
- A place after the name was part of it ("Megan o Gaernarfon"), and "Dai from Merthyr like" gave none.
- Whose relative the speaker is was their name: "mam Gethin dw i, Llinos" ("mam Gethin"), "Gwraig Dai dw i".
- "Meini ydi hithau" (fix33d) was kept whole; "fy mrawd bach, Siôn" gave "bach"; "me name's Maureen but everyone
  calls us Mo" gave Maureen.
- A carer's own name with whom they look after, by a pronoun or with who they are ("fi yw Eirlys a fe yw Dai", "I'm Jan
  and he's Bill", "Eirlys. Dai ydi'r gŵr"): "who do you look after?" was asked after both names were given.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from bot.conversation.about_you import SKIPPED, cared_for_in, name_in
from bot.storage import repository
from tests.conversation.test_derail_stop29 import _named
from tests.conversation.test_names_stop30 import _carer_at_name
from tests.conversation.test_names_trial28_z import _answered_who

#: (language, who is talking, the answer to "what name shall I use?", the name every later question uses)
OWN_NAMES = [
    ("cy", "person", "Duwcs, Gwyneth dwi", "Gwyneth"),
    ("cy", "young_person", "iawn? Cerys sy ma", "Cerys"),
    ("en", "person", "ey up, it's Shaz", "Shaz"),
    ("en", "person", "aye, Bob'll do", "Bob"),
    ("en", "person", "alright butt, Rhodri", "Rhodri"),
    ("en", "person", "wotcha. Tel", "Tel"),
    ("en", "person", "hiya hun, Jackie here", "Jackie"),
    ("en", "person", "me name's Maureen but everyone calls us Mo", "Mo"),
    ("cy", "person", "Gweithio oedd fy mywyd i. Alun dw i", "Alun"),
    ("cy", "person", "Siopa efo'r ferch heddiw, Mair sy 'ma", "Mair"),
    ("cy", "person", "wrth gwrs, Nia", "Nia"),
    ("cy", "person", "Megan o Gaernarfon", "Megan"),
    ("en", "person", "Dai from Merthyr like", "Dai"),
    ("en", "person", "Retired now. Name's Colin", "Colin"),
]


@pytest.mark.parametrize("language, role, typed, name", OWN_NAMES)
def test_their_own_name_not_the_word_before_it(sqlite_url: str, language: str, role: str, typed: str,
                                               name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("nice_to_meet", language, register, name=with_name_capitals(name)) in after


#: (language, the carer's answer to "what name shall I use?", their own name, whom they look after, who they are)
BOTH_NAMED = [
    ("cy", "fi yw Eirlys a fe yw Dai", "Eirlys", "Dai", None),
    ("en", "I'm Jan and he's Bill", "Jan", "Bill", None),
    ("cy", "Eirlys. Dai ydi'r gŵr", "Eirlys", "Dai", "gŵr"),
    ("en", "Jan. Bill is my husband", "Jan", "Bill", "husband"),
]


@pytest.mark.parametrize("language, typed, own, theirs, relation", BOTH_NAMED)
def test_both_names_in_one_answer(sqlite_url: str, language: str, typed: str, own: str, theirs: str,
                                  relation: str | None) -> None:
    dialogue = _carer_at_name(language, typed)
    assert dialogue.slots["name"] == own and dialogue.slots["cared_for_name"] == theirs
    assert "cared_for_name" not in dialogue.conversation.asked
    if relation is not None:
        assert dialogue.slots["relationship"] == relation and "relationship" not in dialogue.conversation.asked


@pytest.mark.parametrize("language, typed, own", [
    ("cy", "mam Gethin dw i, Llinos", "Llinos"),
    ("cy", "Gwraig Dai dw i", SKIPPED),
])
def test_whose_relative_they_are_is_never_their_name(sqlite_url: str, language: str, typed: str, own: str) -> None:
    dialogue = _carer_at_name(language, typed)
    assert dialogue.slots["name"] == own
    assert typed in repository.answer_texts(dialogue.sender, only="name")  # their words, as typed


#: (language, the answer to "who do you look after?", the name later questions use, who they are)
THEIR_NAMES = [
    ("cy", "Meini ydi hithau", "Meini", None),
    ("cy", "fy mrawd bach, Siôn", "Siôn", "fy mrawd"),
    ("cy", "Priodi ddaru ni yn 1975, Glyn ydi o", "Glyn", None),
    ("en", "Married him in 75, Glyn", "Glyn", None),
    ("cy", "Mam. Ddoe aeth hi i'r sbyty", "Mam", "Mam"),
    ("cy", "Mam, o Gaerdydd", "Mam", "Mam"),
]


@pytest.mark.parametrize("language, typed, name, relation", THEIR_NAMES)
def test_the_name_of_whom_they_look_after(sqlite_url: str, language: str, typed: str, name: str,
                                          relation: str | None) -> None:
    dialogue, _after = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name
    if relation is not None:
        assert dialogue.slots["relationship"] == relation
    assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")


#: (language, an answer with who they are and no name, a word that must never be used as the name, who they are)
NO_NAME_GIVEN = [
    ("cy", "Duwcs, y gŵr. Priodi ers 1970", "Priodi", "y gŵr"),
    ("en", "my husband. Married 50 years this June", "Married", "my husband"),
    ("cy", "y wraig, ma hi 'di cael strôc", "strôc", "y wraig"),
]


@pytest.mark.parametrize("language, typed, never, relation", NO_NAME_GIVEN)
def test_a_word_that_starts_a_sentence_is_no_name(sqlite_url: str, language: str, typed: str, never: str,
                                                  relation: str) -> None:
    """Who they are is kept and the name asked once, in a few words; the first word of a sentence is never used."""
    dialogue, after = _answered_who(language, typed)
    assert dialogue.slots["relationship"] == relation
    assert dialogue.slots["cared_for_name"] in (None, SKIPPED)
    assert never not in after and "Duwcs" not in after


@pytest.mark.parametrize("typed", ["Dementia sydd gan Dad", "Married 50 years this June", "Ddoe aeth hi i'r sbyty",
                                   "Priodi ers hanner can mlynedd", "o Fangor ydw i"])
def test_no_name_in_a_sentence_that_names_nobody(typed: str) -> None:
    assert name_in(typed) == name_in(typed, own=True) == ""


#: Read as before: a name that starts a sentence as its subject, two forms of one name, the speaker's own clause.
UNCHANGED = [("Dai has dementia and needs help", "Dai"), ("ellie im 14 n live with my mum", "ellie"),
             ("Dafydd, Daf", "Daf"), ("jayden. jay", "jay"), ("Jan, I'm worried about mum", "Jan"),
             ("Dai Bach the plumber they call me round here, Dai's fine", "Dai"), ("Gwen sy'n byw efo fi", "Gwen")]


@pytest.mark.parametrize("typed, name", UNCHANGED)
def test_names_that_start_a_sentence_are_kept(typed: str, name: str) -> None:
    assert name_in(typed, own=True) == name
    assert cared_for_in(typed)[0] == name
