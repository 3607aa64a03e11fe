"""Names as tired carers give them (stop-19 acceptance trial C3, C5).

- "Karen. And mum is Pat, Patricia but she hates that" and "Nia. A Dad ydi Emrys": the person cared for was named
  with the carer's own name and ignored; the question came anyway. Now both names are taken and the intro follows.
- A 200-word answer to "who do you look after? what name shall I use?" starting "Honestly what matters most to mum…"
  made "Honestly" her mother's name for the rest of the conversation. A long answer gives a name only when it says
  one outright; otherwise its words are kept and the name is asked once more.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.storage import repository
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)


def _carer_at_name(language: str, role_words: str) -> MemoryConversation:
    conversation = MemoryConversation(f"names19-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    conversation.say(role_words)
    assert conversation.slots.get("role") == "carer"
    assert conversation.requested == "name"
    return conversation


@pytest.mark.parametrize("language,role_words,answer,name,cared_for,relation", [
    ("en", "I'm her daughter, I look after my mum, she has dementia", "Karen. And mum is Pat, Patricia but she hates that",
     "Karen", "Pat", "mum"),
    ("cy", "Dw i'n gofalu am dad, mae o'n 84 ac yn syrthio o hyd", "Nia. A Dad ydi Emrys", "Nia", "Emrys", "Dad"),
    ("cy", "dwi'n sbio ar ol mam", "Gwenan, a mam ydi Rhiannon", "Gwenan", "Rhiannon", "mam"),
    ("en", "I look after my dad", "Sian & my dad is Gareth", "Sian", "Gareth", "dad"),
    # re-trial: the name she goes by became the CARER's name ("Thank you, Peggy" to Debbie, to the end)
    ("en", "I look after my mum", "Debbie. And mum is Margaret, everyone calls her Peggy though", "Debbie", "Peggy",
     "mum"),
    ("en", "I look after my mum", "I'm Bethan, mum's called Gwen", "Bethan", "Gwen", "mum"),
    ("cy", "dwi'n gofalu am mam", "Carys. Mam ydi Gwenda, ond pawb yn ei galw hi'n Gwen", "Carys", "Gwen", "Mam"),
])
def test_the_person_cared_for_named_with_the_carers_name(sqlite_url: str, language: str, role_words: str, answer: str,
                                                         name: str, cared_for: str, relation: str) -> None:
    conversation = _carer_at_name(language, role_words)
    conversation.say(answer)
    assert (conversation.slots["name"], conversation.slots["cared_for_name"]) == (name, cared_for)
    assert conversation.slots["relationship"] == relation
    assert conversation.requested == "q_what_matters"  # neither the name nor the relationship is asked
    assert messages.text("carer_intro_named", language, cared_for_name=cared_for) in conversation.text


@pytest.mark.parametrize("language,answer", [
    ("en", "Karen. She's 84 and Mum is the one who needs the help"),
    ("cy", "Nia. Dw i'n 52 a Dad sy angen help"),
    ("en", "Karen, and mum is poorly"),
])
def test_no_cared_for_name_without_one(sqlite_url: str, language: str, answer: str) -> None:
    conversation = _carer_at_name(language, "I look after my mum" if language == "en" else "dwi'n gofalu am mam")
    conversation.say(answer)
    assert conversation.requested == "cared_for_name"


LONG = {
    "en": "Honestly what matters most to mum is her house and her cat and her routine, she has lived in that house for "
          "fifty years and she would hate to leave it. She loves her garden too.",
    "cy": "A bod yn onest, beth sy'n bwysig i mam ydi ei thŷ hi a'r gath a'i threfn, mae hi wedi byw yn y tŷ ers "
          "hanner can mlynedd a fysa hi'n casáu gadael. Mae hi wrth ei bodd efo'r ardd hefyd.",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_long_answer_is_kept_and_the_name_asked_once_more(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_name(language, "I look after my mum" if language == "en" else "dwi'n gofalu am mam")
    conversation.say("Karen" if language == "en" else "Nia")
    conversation.say(LONG[language])
    assert conversation.slots.get("cared_for_name") is None
    assert messages.text("cared_for_long_answer", language) in conversation.text
    assert conversation.requested == "cared_for_name"
    assert LONG[language] in repository.answer_texts(conversation.sender_id, only="cared_for_name")
    conversation.say("Pat")
    assert conversation.slots["cared_for_name"] == "Pat"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_second_long_answer_goes_on_without_a_name(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_name(language, "I look after my mum" if language == "en" else "dwi'n gofalu am mam")
    conversation.say("Karen" if language == "en" else "Nia")
    conversation.say(LONG[language])
    conversation.say(LONG[language] + " x")
    assert conversation.requested != "cared_for_name"
    assert conversation.slots["cared_for_name"] not in (None, "Honestly", "A")


@pytest.mark.parametrize("answer,name", [
    ("my husband Dai, he had a stroke last year and since then he can't walk far and he gets very frustrated", "Dai"),
    ("his name is Dai but everyone calls him Dafydd, he had a stroke last year and he can't walk far", "Dafydd"),
    ("Dai ydi enw fo, gafodd o strôc llynedd a fedrith o ddim cerdded yn bell rŵan, mae o'n flin efo fo'i hun", "Dai"),
])
def test_a_long_answer_that_says_the_name_outright_gives_it(sqlite_url: str, answer: str, name: str) -> None:
    conversation = _carer_at_name("en", "I look after my husband")
    conversation.say("Sue")
    conversation.say(answer)
    assert conversation.slots["cared_for_name"] == name
