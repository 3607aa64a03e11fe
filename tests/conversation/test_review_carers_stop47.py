"""Review 47 (/work/notes/s47/review47_report.md) of the stop-47 carers' work: S4, S5, M1. Welsh (north, south) and
English; the review's probes first, then phrasings in no benchmark file.

S4. "the husband / the old man / y gŵr will kill me if he finds out" is a request to keep it from him (it may be fear);
    the wife's joke only as Glyn told it or with a sign of fun, and never when abuse is read in the message or the
    conversation.
S5. A parent talking about themselves ("im a mum. its about me") is the person, not a carer; "Dw i'n dad. Mae fy mab
    yn 19…" stays a carer.
M1. What the family call someone wins only when it is a name (never "Mam", "Dydd Sul"), and never over the person's
    own wish ("…ond mae o isio cael ei alw'n Gethin").
M4. At the read-back, "2 is wrong, not a keep, change it to 'i want rugby' and take out 3": item 2 reads "i want rugby"
    and 3 is taken out; a removal said not to be done ("a peidiwch tynnu 2 allan", "dont take out 2") is no removal,
    and never said to be one.
L3. "1 and 2 are about Rhys not me" when they already were: said so, never "I've changed that".
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.keep_from import asks_to_keep_from_someone
from bot.conversation import about_you, readback
from bot.summary import load_record
from bot.summary.view import label
from tests.conversation.memory import number_shown, started_with_record
from tests.conversation.test_readback_stop47 import (
    CARER_OWN,
    CHANGE,
    KEEP,
    SUPPORT,
    _at_readback,
    _listed,
    _number,
    _text,
)
from tests.summary.test_carers_summary_stop47 import _markdown

_senders = itertools.count(1)


# --- S4 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the husband will kill me if he finds out I told you",  # the review's
    "the old man will kill me if he finds out i told u",  # the review's (a teenager about a father)
    "Bydd y gŵr yn fy lladd i os bydd o'n ffeindio allan",  # the review's (north)
    "the wife will kill me if she finds out I told you, she hits me when shes angry",  # abuse read in it
    "Bydd y gwr yn fy lladd i os neith o ffeindio allan lol",  # a husband, even with a laugh (no accents)
    "the hubby'll kill me if he finds out haha",
    "my husband will kill me if he finds out i told u lol",
    "Neith yr hen ddyn fy lladd i os bydd o'n clywed",  # north, new
])
def test_a_husband_or_abuse_is_never_the_joke(text: str) -> None:
    assert asks_to_keep_from_someone(text)


@pytest.mark.parametrize("text", [
    "The wife will kill me if she finds out I said that mind",  # BA19, the trial's
    "Bydd y wraig yn fy lladd i os bydd hi'n clywed",
    "my other half will kill me if she finds out ha",
    "the missus will kill me if she finds out 😂",
])
def test_the_wife_joke_still_is(text: str) -> None:
    assert not asks_to_keep_from_someone(text)


@pytest.mark.parametrize("text", ["The wife will kill me if she finds out I said that mind",
                                  "Neith y wraig fy lladd i os neith hi ffeindio allan bo fi di deud hyn"])
def test_the_joke_is_fear_when_abuse_was_read_in_the_conversation(text: str) -> None:
    assert asks_to_keep_from_someone(text, abuse_known=True)


@pytest.mark.parametrize("language, said", [
    ("en", "I want to drive again. The wife will kill me if she finds out I told you. She hits me when shes angry."),
    ("cy", "Dw i isio dreifio eto. Neith y wraig fy lladd i os neith hi ffeindio allan. Mae hi'n fy nharo i pan mae "
           "hi'n flin."),
])
def test_the_summary_keeps_it_from_her_when_abuse_is_read(sqlite_url: str, language: str, said: str) -> None:
    conversation = started_with_record(f"rc47-kill-{next(_senders)}", language, role="person", name="Glyn")
    while conversation.requested != "q_what_matters":
        conversation.say("/skip", intent="skip")
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert any({"abuse", "domestic_abuse"} & set(f["categories"]) for f in record["risk_flags"])
    for ui in ("cy", "en"):
        assert label("read_as_sensitive", ui) in _markdown(record, ui)


# --- S5 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "im a mum. its about me", "I'm a mum. I need help with my depression",  # the review's
    "Dw i'n fam. Dw i angen help gyda fy iechyd meddwl", "fi'n fam - fi sy angen help",  # the review's
    "I'm a dad. Its for me really", "dwi'n dad. dwi isio help i fi fy hun",  # new
])
def test_a_parent_about_themselves_is_the_person(text: str) -> None:
    assert about_you.role_from_text(text) == "person"


@pytest.mark.parametrize("text", ["I'm a dad. Struggling with my own health tbh", "wi'n fam. wi'n flinedig trwy'r amser"])
def test_a_parent_with_no_one_else_meant_is_not_taken_as_a_carer(text: str) -> None:
    assert about_you.role_from_text(text) != "carer"


@pytest.mark.parametrize("text", [
    "Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability. Sorry my Welsh is not great, dw i'n dysgu",
    "I'm a mum. My daughter is 12 and autistic", "Dw i'n fam. Mae hi'n 15 ac yn awtistig",
    "I'm a dad. I need some help for my son",
])
def test_a_parent_who_names_whose_parent_they_are_is_a_carer(text: str) -> None:
    assert about_you.role_from_text(text) == "carer"


# --- M1 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("fy mab Gethin, ni'n galw fe Geth ond mae o isio cael ei alw'n Gethin", "Gethin"),  # the review's
    ("fy mam, Eirlys, ni'n galw hi Mam", "Eirlys"),  # the review's
    ("dw i'n gofalu am fy nhad Emrys, ni'n galw fe Dydd Sul", "Emrys"),  # the review's
    ("my son Gethin, we call him Geth but he wants to be called Gethin", "Gethin"),
    ("I look after my mum Eirlys, we call her Mam", "Eirlys"),
    ("fy nain Gwenda, dan ni'n ei galw hi'n Nain", "Gwenda"),
    ("fy merch Ffion, ni'n galw hi Ffi ond ma hi isie cael ei galw'n Ffion", "Ffion"),
    ("fy mab Gethin, ni'n galw fe Geth", "Geth"),  # a name the family use still wins (L3, stop 46 review)
    ("Rhodri yw e, Rhods ni'n galw fe", "Rhods"),
])
def test_the_called_name_only_when_it_is_a_name_and_not_against_their_wish(text: str, name: str) -> None:
    assert about_you.cared_for_in(text)[0] == name


# --- M4 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, role, said, words", [
    ("en", "young_person", "{A} is wrong, not a keep, change it to 'i want rugby' and take out {B}", "i want rugby"),
    ("en", "person", "{A} is wrong, thats not a keep. change it to “I want to go swimming” and take {B} out please",
     "I want to go swimming"),
    ("cy", "young_person", "mae {A} yn anghywir, nid rhywbeth i'w gadw, newidia fe i 'fi moyn mynd i rygbi' a tynna {B} "
                           "allan", "fi moyn mynd i rygbi"),
    ("cy", "person", "Mae rhif {A} yn anghywir: nid rhywbeth i'w gadw yw hynny. Newidiwch o i 'dwi isio mynd i nofio' a "
                     "tynnwch rif {B} allan", "dwi isio mynd i nofio"),
])
def test_new_words_end_at_the_quote_and_the_removal_after_is_done(sqlite_url: str, language: str, role: str,
                                                                  said: str, words: str) -> None:
    conversation = _at_readback(language, role)
    a, b = number_shown(conversation, KEEP[language]), number_shown(conversation, SUPPORT[language])
    conversation.said.clear()
    conversation.say(said.replace("{A}", a).replace("{B}", b))
    listed = [text for text, _ in _listed(conversation)]
    assert words in listed  # the new words only, without their quotes
    assert KEEP[language] not in listed and SUPPORT[language] not in listed
    assert CHANGE[language] in listed
    assert _text("readback_taken_out", language, role, numbers=_number(language, role, b)) in conversation.text


@pytest.mark.parametrize("language, said", [
    ("cy", "dylai {A} fod dan cadw, a peidiwch tynnu {B} allan"),  # the review's (BA19's reply)
    ("en", "{A} should be under keep, and dont take out {B}"),  # the review's
    ("cy", "rhowch {A} dan cadw plis, a paid â thynnu {B} allan"),
    ("en", "move {A} to keep but please don't remove {B}"),
])
def test_a_removal_said_not_to_be_done_is_not_done_nor_said(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at_readback(language, "person")
    a, b = number_shown(conversation, CHANGE[language]), number_shown(conversation, KEEP[language])
    conversation.said.clear()
    conversation.say(said.replace("{A}", a).replace("{B}", b))
    assert KEEP[language] in [text for text, _ in _listed(conversation)]
    for key in ("readback_removed", "readback_taken_out"):
        assert _text(key, language, "person", numbers=_number(language, "person", b)) not in conversation.text
    assert ("tynnu rhif" if language == "cy" else "taken number") not in conversation.text


@pytest.mark.parametrize("language, role, said", [
    ("en", "young_person", "{B} - dont take it out, its right"),  # the review's
    ("cy", "young_person", "rhif {B} - paid tynnu fe mas, mae'n iawn"),  # the review's (south)
    ("en", "person", "number {B}, please don't remove it"),  # the review's
    ("cy", "person", "rhif {B}, peidiwch â'i dynnu o allan plis"),  # north, new
])
def test_dont_take_it_out_keeps_it(sqlite_url: str, language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    b = number_shown(conversation, KEEP[language])
    conversation.said.clear()
    conversation.say(said.replace("{B}", b))
    assert KEEP[language] in [text for text, _ in _listed(conversation)]
    assert _text("readback_removed", language, role) not in conversation.text


def test_a_negated_removal_is_no_removal_word() -> None:
    for text in ("dont take it out", "please don't remove 2", "paid tynnu fe mas", "a peidiwch tynnu 2 allan",
                 "peidiwch â dileu rhif 2", "do not delete it"):
        assert readback._TAKE_OUT.search(readback.fold(text)) is None, text
    for text in ("take it out", "please remove 2", "tynnu fe mas", "tynnwch 2 allan", "dileu rhif 2", "na, tynnwch o"):
        assert readback._TAKE_OUT.search(readback.fold(text)) is not None, text


# --- L3 ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, said", [
    ("en", "{A} and {B} are about Rhys not me"),  # the review's
    ("cy", "mae {A} a {B} am Rhys nid fi"),
    ("cy", "ma {A} a {B} amdano fe, dim amdana i"),  # south
    ("en", "{A} and {B} r about him not me"),
])
def test_already_about_them_is_said_so(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at_readback(language, "carer")
    conversation.slots["cared_for_name"] = "Rhys"  # (as the name question fills it)
    a, b = number_shown(conversation, CHANGE[language]), number_shown(conversation, KEEP[language])
    before = _listed(conversation)
    conversation.said.clear()
    conversation.say(said.replace("{A}", a).replace("{B}", b))
    assert _listed(conversation) == before
    assert _text("readback_done", language, "carer") not in conversation.text
    both = f"{_number(language, 'carer', a)} {_text('readback_number_and', language, 'carer')} " \
           f"{_number(language, 'carer', b)}"
    assert _text("readback_already_about_person", language, "carer", numbers=both,
                 cared_for_name="Rhys") in conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_real_change_of_whom_is_still_done(sqlite_url: str, language: str) -> None:
    conversation = _at_readback(language, "carer", {"q_keep": KEEP[language], **CARER_OWN[language]})
    a, b = (number_shown(conversation, words) for words in CARER_OWN[language].values())
    conversation.said.clear()
    conversation.say(("{A} and {B} are about Rhys not me" if language == "en" else "mae {A} a {B} am Rhys nid fi")
                     .replace("{A}", a).replace("{B}", b))
    assert _text("readback_done", language, "carer") in conversation.text


def test_the_already_said_messages_exist_in_every_register() -> None:
    for key in ("readback_already_about_person", "readback_already_about_carer"):
        for language, register in (("en", "chi"), ("cy", "chi"), ("cy", "ti")):
            said = _text(key, language, "young_person" if register == "ti" else "person", numbers="1",
                         cared_for_name="Rhys")
            assert said and "{" not in said
    assert "amdanat ti" in _text("readback_already_about_carer", "cy", "young_person", numbers="1")
    assert "amdanoch chi" in _text("readback_already_about_carer", "cy", "person", numbers="1")
