"""Stop 46 (names46): names and the first minute (AZ7, AZ19, AZ20, AZ9 start part; stop 45 trial).

AZ7: Eirlys typed "Rhodri yw e, Rhods ni'n galw fe" (Rhodri he is, we call him Rhods): the name became "Rhodri yw e",
mutated to "Rodri yw e" in every question and on the summary ("AM RODRI YW E"); "sori, jyst Rhodri. neu Rhods" and
"na, ei enw fe yw Rhodri. dim 'Rhodri yw e'" were kept as answers. The Welsh copula is never part of a name, a short
form the family use is the name used, whichever comes first (L3, stop 46 review, changed at stop 47: it kept the name
first given, so "Rhi ni'n galw hi, Rhiannon yw hi" gave 'Rhi' and "Rhodri yw e, Rhods ni'n galw fe" 'Rhodri'), a name starting Rh or Ll is not mutated ("am Rhodri"), and the name
said again the way they put it right is never an answer. AZ19: Lowri's "neu low" after "Lowri" was apologised for
("Sori am hynna!"): a form they like is thanked. AZ20: the carer's Welsh name question, when who they look after is a
man or a woman, is "Beth yw ei enw e?" / "Beth yw ei henw hi?". AZ9: a burst at "who is talking?" gets one name question,
in the register the last piece settles. Through the conversation core, Welsh (north and south, text-speak) and
English; the words are fictional (the trial's quoted, and phrasings in no benchmark file).
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation import about_you
from bot.messages import welsh_name_after
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
#: Seconds after the question: typed after reading it, and a burst (too soon to have read it and typed).
READ = 9.0
BURST = 1.2


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv is not None else []


def _at_who(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"names46-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    return conversation


def _carer_at_cared_for_name(language: str, who: str) -> MemoryConversation:
    conversation = _at_who(language)
    conversation.say(who)
    if conversation.requested == "name":
        conversation.say("Eirlys")
    assert conversation.requested == "cared_for_name"
    return conversation


# --- AZ7: the copula, the family's short form, and the words around a name said again ------------------------------

@pytest.mark.parametrize("text, name", [
    # L3 (stop 46 review; stop 47): the name the family call them is used, whichever comes first (was "Rhodri")
    ("Rhodri yw e, Rhods ni'n galw fe", "Rhods"),  # the trial's (south)
    ("sori, jyst Rhodri. neu Rhods", "Rhodri"),  # the trial's
    ("Rhodri ydi o, Rhods dan ni'n ddeud", "Rhods"),  # north (new)
    ("Gethin yw e, ni'n galw fe Geth", "Geth"),  # (new) the short form after the verb
    ("Mared ydy hi, Mar ni'n galw hi", "Mar"),  # (new) her
    ("Llŷr yw ei enw e", "Llŷr"),  # (new)
    ("Tomos mae'n cael ei alw", "Tomos"),  # (new)
    ("iolo di o", "iolo"),  # text-speak, no capital (new): kept as typed
    ("na, Rhodri", "Rhodri"),
    ("Gethin, we call him Geth", "Geth"),  # English (new)
    ("sorry, just Gethin. or Geth", "Gethin"),  # English twin of the trial's (new)
    ("his name is Gethin not Geth", "Gethin"),
])
def test_the_copula_and_the_words_around_a_name_are_never_part_of_it(text: str, name: str) -> None:
    assert about_you.name_in(text) == name
    assert about_you.cared_for_in(text)[0] == name


@pytest.mark.parametrize("text, name, relation", [
    ("dw i'n gofalu am fy mab, Rhodri yw e, Rhods ni'n galw fe", "Rhods", "fy mab"),  # with who he is (new; L3)
    ("my son Rhodri, we call him Rhods", "Rhods", "my son"),  # (new; L3)
])
def test_who_they_are_and_the_short_form_keep_the_name(text: str, name: str, relation: str) -> None:
    assert about_you.cared_for_in(text) == (name, relation)


@pytest.mark.parametrize("text, name", [
    ("Carys yw hi, Caz ni'n galw hi", "Caz"),  # not a short form of hers: the family's own name for her, as before
    ("Emrys ond Tad-cu ma pawb yn galw fe", "Tad-cu"),
    ("Meini dwi'n galw hi, Meinir ar y ffurflenni", "Meini"),
])
def test_a_name_the_family_use_that_is_no_short_form_is_still_used(text: str, name: str) -> None:
    assert about_you.name_in(text) == name


@pytest.mark.parametrize("language, who, given", [
    ("cy", "dw i'n gofalu am fy mab", "Rhodri yw e, Rhods ni'n galw fe"),  # the trial's (south)
    ("cy", "dwi'n sbio ar ôl fy hogyn", "Rhodri ydi o, Rhods dan ni'n ddeud"),  # north (new)
    ("en", "I look after my son", "Rhodri, we call him Rhods"),
])
def test_the_carer_hears_his_name_unmutated_and_whole(sqlite_url: str, language: str, who: str, given: str) -> None:
    conversation = _carer_at_cared_for_name(language, who)
    conversation.say(given)
    assert conversation.slots["cared_for_name"] == "Rhods"  # what the family call him (L3, stop 47; was "Rhodri")
    assert "yw e" not in conversation.text.split(given)[-1] and "Rodri" not in conversation.text


@pytest.mark.parametrize("word, name, said", [
    ("am", "Rhodri", "Rhodri"), ("i", "Llinos", "Llinos"), ("o", "Rhys", "Rhys"),  # AZ7: never "Rodri", "Linos"
    ("am", "Gwenda", "Wenda"), ("i", "Dafydd", "Ddafydd"),  # the rest of the soft mutation stays (AA15)
])
def test_a_name_starting_rh_or_ll_is_not_mutated(word: str, name: str, said: str) -> None:
    assert welsh_name_after(word, name) == said


@pytest.mark.parametrize("language, who, again", [
    ("cy", "dw i'n gofalu am fy mab", "sori, jyst Rhodri. neu Rhods"),  # the trial's
    ("cy", "dw i'n gofalu am fy mab", "na, ei enw fe yw Rhodri. dim 'Rhodri yw e'"),  # the trial's
    ("cy", "dwi'n sbio ar ôl fy hogyn", "na, Rhodri ydi ei enw fo"),  # north (new)
    ("en", "I look after my son", "sorry, just Rhodri. or Rhods"),
    ("en", "I look after my son", "no, his name is Rhodri"),  # (new)
])
def test_his_name_said_again_at_a_question_is_never_an_answer(sqlite_url: str, language: str, who: str,
                                                              again: str) -> None:
    conversation = _carer_at_cared_for_name(language, who)
    conversation.say("Rhodri")
    while conversation.requested == "relationship":
        conversation.say("mab" if language == "cy" else "son")
    waiting = conversation.requested
    assert waiting is not None and waiting.startswith("q_")
    before = len(_answers(conversation))
    conversation.say(again)
    assert conversation.requested == waiting  # the question again
    assert not [k for k, _ in _answers(conversation)[before:] if k.startswith(waiting.removeprefix("q_"))]
    assert conversation.slots["cared_for_name"] == "Rhodri"
    assert messages.text("name_again_theirs", language, name="Rhodri") in conversation.text


# --- AZ19: a second name offered is thanked, and shown with its capital ---------------------------------------------

@pytest.mark.parametrize("language, who, name, after, now", [
    ("cy", "fi", "Lowri", "neu low", "Low"),  # the trial's (north, text-speak)
    ("cy", "fi", "Gwenllian", "neu gwen plis", "Gwen"),  # (new)
    ("en", "me", "Lowri", "or low", "Low"),
    ("en", "me", "Tegan", "teg for short lol", "Teg"),  # (new)
])
def test_a_second_name_offered_is_thanked_not_apologised_for(sqlite_url: str, language: str, who: str, name: str,
                                                            after: str, now: str) -> None:
    conversation = _at_who(language)
    conversation.say(who, seconds_since_asked=READ, typing_window=True)
    conversation.say(name, seconds_since_asked=READ, typing_window=True)
    conversation.say(after, seconds_since_asked=BURST, typing_window=True)
    assert conversation.slots["name"] == now  # capitalised when shown
    with session_scope() as s:  # the summary's name too ("low" was on the trial's summary)
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.display_name == now
    assert ("name", after) in _answers(conversation)  # their words kept verbatim
    register = conversation.slots.get("register") or "chi"
    assert messages.text("name_form_taken", language, register, new_name=now) in conversation.text
    assert messages.text("name_corrected", language, register, new_name=now) not in conversation.text
    assert conversation.requested == "q_what_matters"


# --- AZ20: the carer's Welsh name question for a man or a woman ------------------------------------------------------

@pytest.mark.parametrize("language, who, asked", [
    ("cy", "fi'n gofalu am y mab", "Beth yw ei enw e?"),  # south (new)
    ("cy", "dwi'n edrych ar ôl mam fi", "Beth yw ei henw hi?"),  # north
    ("cy", "dw i'n gofalu am ffrind", "Beth yw eu henw nhw?"),
    ("en", "I look after my son", "for him?"),
    ("en", "I look after my mum", "for her?"),
])
def test_the_carers_name_question_is_plain_welsh(sqlite_url: str, language: str, who: str, asked: str) -> None:
    conversation = _carer_at_cared_for_name(language, who)
    question = [line for line in conversation.text.splitlines() if "?" in line][-1]
    assert asked in question
    assert "pha enw hoffech" not in question and "ar ei gyfer" not in question
    if language == "cy":
        assert "Does dim rhaid i chi ddweud." in question


# --- AZ9 (start part): a burst at "who is talking?" gets one name question, in the register it settles ---------------

@pytest.mark.parametrize("language, pieces", [
    ("cy", ("fi", "dwi'n 13", "dwi'n helpu mam efo Osian")),  # the trial's (north)
    ("cy", ("fi", "fi'n 14", "fi'n helpu mam gyda Osian")),  # south (new)
    ("en", ("im 16", "its about me")),  # the trial's
    ("en", ("me", "im 15", "i help my mum with my brother")),  # (new)
])
def test_a_start_burst_gets_one_name_question(sqlite_url: str, language: str, pieces: tuple[str, ...]) -> None:
    conversation = _at_who(language)
    start = len(conversation.said)
    conversation.say(pieces[0], seconds_since_asked=READ, typing_window=True)
    mark = len(conversation.said)
    for piece in pieces[1:]:
        conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert conversation.slots.get("register") == "ti"
    assert conversation.requested == "name"
    # (stop 47, BA17: counted over the replies to the whole burst, not the last reply alone, which put the question
    # again after a piece that changed nothing: "What should I call you?" twice)
    whole = "\n".join(m.text for m in conversation.said[start:])
    assert whole.count(messages.text("name", language, "ti")) == 1  # once, never twice
    said = "\n".join(m.text for m in conversation.said[mark:])
    assert messages.text("name", language, "chi") not in said or messages.text("name", language, "chi") == \
        messages.text("name", language, "ti")
