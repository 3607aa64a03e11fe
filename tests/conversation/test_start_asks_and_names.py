"""The start, as people really begin (issue 11, stop 19's dev_starts openings): asking what a question means,
a grudging yes, a name inside a sentence, a kin word with no other name, and who is talking said in passing.

Each quoted message is one a scripted opening derailed on (benchmarks/conversations/dev_starts), with its twin
in the other language; played through the core as Rasa's rules route it (test_colloquial's Dialogue).
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.controls import asks_what_it_means, consent_in
from bot.conversation.about_you import cared_for_in, name_in, role_from_text
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.conversation.test_colloquial import Dialogue


def _sender(*parts: object) -> str:
    return "mem-start-asks-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_consent(sender: str, language: str) -> Dialogue:
    dialogue = Dialogue(sender)
    dialogue.say("helo" if language == "cy" else "hello")
    dialogue.say("", intent="choose_language", chosen=[language])
    assert dialogue.asking == "consent_choice"
    return dialogue


def _at_role(sender: str, language: str) -> Dialogue:
    dialogue = _at_consent(sender, language)
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"
    return dialogue


# --- "sori?", "what do you mean": the question explained, never counted as an answer not understood ---------

ASKING = {"cy": ["sori?", "be?", "be dach chi'n feddwl?", "dwi'm yn dallt", "dw i ddim yn deall y cwestiwn"],
          "en": ["sorry?", "what do you mean", "pardon?", "I don't understand", "what's this for?"]}


@pytest.mark.parametrize("text", ASKING["cy"] + ASKING["en"])
def test_asking_what_it_means(text: str) -> None:
    assert asks_what_it_means(text)


# "what" / "be" alone were answers until trial 38 (AR11: "wat" got "Wat – nice." and became a thing to keep): now a
# request to explain the question (tests/conversation/test_trial38_flow_b.py)
@pytest.mark.parametrize("text", ["ia", "yes", "sori", "sorry", "Gwilym",
                                  "what do you mean by support, I just want my garden back and to see my friends"])
def test_an_answer_is_not_asking_what_it_means(text: str) -> None:
    assert not asks_what_it_means(text)


@pytest.mark.parametrize("language,asking,yes", [("cy", ["sori?", "be dach chi'n feddwl?"], "ia iawn"),
                                                 ("en", ["sorry?", "what do you mean"], "ok fine")])
def test_consent_explained_then_a_yes(sqlite_url: str, language: str, asking: list[str], yes: str) -> None:
    """dev_starts en-person-03 ("sorry?", "what do you mean", "ok fine") ended with nothing kept."""
    dialogue = _at_consent(_sender("consent-asks", language), language)
    for text in asking:
        dialogue.say(text)
        assert messages.text("consent_explained", language) in dialogue.replies[-1]
        assert messages.text("consent_last", language) not in dialogue.replies[-1]
        assert dialogue.asking == "consent_choice"
    dialogue.say(yes)
    assert dialogue.asking == "role" and dialogue.record().consent is True


@pytest.mark.parametrize("language", ["cy", "en"])
def test_asking_twice_never_brings_the_last_ask_nearer(sqlite_url: str, language: str) -> None:
    dialogue = _at_consent(_sender("consent-asks-then-unclear", language), language)
    for text in ASKING[language][:2]:
        dialogue.say(text)
    dialogue.say("hmm")  # the first reply not understood: asked again, not the last ask, nothing decided
    assert messages.text("consent_unclear", language) in dialogue.replies[-1]
    assert dialogue.asking == "consent_choice"


@pytest.mark.parametrize("language,text", [("cy", "be?"), ("en", "what do you mean")])
def test_who_is_talking_explained_and_never_assumed(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_role(_sender("role-asks", language, text), language)
    dialogue.say(text)
    assert messages.text("role_explained", language) in dialogue.replies[-1]
    dialogue.say("hmm")  # one reply not understood after asking: asked again, not taken as "me"
    assert dialogue.asking == "role" and messages.text("role_unclear", language) in dialogue.replies[-1]
    dialogue.say("fi" if language == "cy" else "me")
    assert dialogue.slots["role"] == "person"


@pytest.mark.parametrize("language,text,name", [("cy", "be?", "Dilys"), ("cy", "dwi'm yn dallt", "Dilys"),
                                                ("en", "what do you mean", "Pat"), ("en", "pardon?", "Pat")])
def test_asking_at_the_name_question_is_no_name(sqlite_url: str, language: str, text: str, name: str) -> None:
    """'dwi'm yn dallt' was kept as the name, 'what do you mean' skipped the question."""
    dialogue = _at_role(_sender("name-asks", language, text), language)
    dialogue.say("fi" if language == "cy" else "me")
    assert dialogue.asking == "name"
    dialogue.say(text)
    assert dialogue.asking == "name" and messages.text("question_again", language) in dialogue.replies[-1]
    dialogue.say(name)
    assert dialogue.record().display_name == name


@pytest.mark.parametrize("text", ["dwi'n 13", "wi'n 15 oed", "im 15", "i'm 14", "its me", "wi"])
def test_an_age_or_me_at_the_name_question_is_no_name(text: str) -> None:
    assert name_in(text) == ""


# --- a grudging yes is a yes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["os oes rhaid", "Os oes raid", "ia pam lai", "os oes rhaid i fi",
                                  "if I have to", "sure why not", "yeah if i must", "I guess so"])
def test_a_grudging_yes(text: str) -> None:
    assert consent_in(text) is True


@pytest.mark.parametrize("text", ["not if I have to", "ddim os oes rhaid", "why?", "pam?"])
def test_a_grudging_yes_turned_round_or_a_question_is_not(text: str) -> None:
    assert consent_in(text) is not True


# --- names in a sentence --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Well I'm Susan but I go by Sue", "Sue"), ("I go by Sue", "Sue"), ("erm its Dave", "Dave"),
    ("Well it's Susan", "Susan"),
    ("Wel, Mair dw i ond Mai i bawb", "Mai"), ("ym, Siân", "Siân"), ("ym Gwyn dw i", "Gwyn"),
    ("Rhian wi", "Rhian"), ("Bob neith", "Bob"), ("yr enw yw Ioan", "Ioan"), ("the name is Ioan", "Ioan"),
    ("hiya its me Bob", "Bob"), ("It's me, Sandra", "Sandra"),
])
def test_a_name_after_well_or_erm(text: str, name: str) -> None:
    found = name_in(text)
    assert found == name and found in text


@pytest.mark.parametrize("text,name,relation", [
    ("nain. a mr jones pe", "Nain", "nain"), ("Mam. Mae hi'n 80 a mae ganddi ddementia", "Mam", "Mam"),
    ("mam, ma hi'n 80", "Mam", "mam"),
    ("Mam. She's 80 and has dementia", "Mam", "Mam"), ("Dad, he is 90", "Dad", "Dad"),
    ("my mum has dementia", "Mum", "my mum"),
    ("my husband, he's 80", "", "my husband"), ("y gŵr, mae o'n 80", "", "y gŵr"),
    ("Mother is Edna", "Edna", "Mother"), ("mam ydi Edna", "Edna", "mam"), ("my dad is poorly", "Dad", "my dad"),
    ("Dad is called Tom", "Tom", "Dad"), ("fy nhad yw Wil", "Wil", "fy nhad"),
    ("my lad Ryan", "Ryan", "my lad"), ("my hubby Dave", "Dave", "my hubby"), ("Dave my hubby", "Dave", None),
    ("Ifan gwr fi", "Ifan", None), ("our Ryan", "Ryan", None), ("Dad-cu", "Dad-cu", "Dad-cu"),
    ("dad-cu, Wil", "Wil", "dad-cu"), ("y gŵr", "", "y gŵr"), ("Anti Mair", "Anti Mair", None),
])
def test_a_kin_word_then_a_sentence_is_never_a_name(text: str, name: str, relation: str | None) -> None:
    """"Mam. She's 80" was named "She's"; "nain. a mr jones pe" had no name and its intro quoted it whole."""
    assert cared_for_in(text) == (name, relation)


@pytest.mark.parametrize("language,text,said", [("cy", "nain. a mr jones pe", "Nain"),
                                                ("en", "Nan. she's 92 and a right laugh", "Nan"),
                                                ("cy", "y gŵr, mae o'n 80", None),
                                                ("en", "my husband, he's 80", None)])
def test_the_carer_intro_never_quotes_the_whole_answer(sqlite_url: str, language: str, text: str,
                                                       said: str | None) -> None:
    conversation = MemoryConversation(_sender("intro", language, text), language=language)
    conversation.start()
    conversation.say("ia" if language == "cy" else "yes")
    conversation.say("gofalwr" if language == "cy" else "carer")
    conversation.say("Nia")
    assert conversation.requested == "cared_for_name"
    conversation.slots["cared_for_name"] = text  # Rasa's form fills the slot with the text before validating it
    conversation.say(text)
    if said is None:  # who they are, and no name: the name asked once more (re-trial 32 AF5), then skipped
        assert text not in conversation.text
        assert MemoryTurn(conversation, "").render("cared_for_name_only").text in conversation.text  # "ar ei gyfer" (AM14)
        conversation.say("/skip", intent="skip")
    intro = conversation.text
    assert text not in intro
    unnamed = messages.text("cared_for_unnamed", language)
    assert (said or unnamed) in intro
    assert conversation.requested == "q_what_matters"


# --- who is talking, said in passing ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,role", [
    ("Dad. Gwilym ydi enw fo", "carer"), ("nain. a mr jones pe", "carer"), ("Mum, her name's Jean", "carer"),
    ("Nan - she's 92", "carer"),
    ("dwi mewn gofal", "young_person"), ("wedi gadael gofal", "young_person"), ("im in foster care", "young_person"),
    ("care leaver", "young_person"),
    ("me, it's for me like", "person"), ("fi, Megan", "person"),
    ("sai'n siwr, fi sy'n llenwi fe i'n wncwl", "carer"), ("I'm filling this in for my uncle", "carer"),
    ("I'm her neighbour, she asked me to help", "carer"), ("ffrind hi dwi", "carer"),
    ("dwi'n llenwi hwn i fi fy hun", "person"), ("filling it in for myself", "person"),
    ("fi sydd angen help", "person"),
])
def test_who_is_talking_in_passing(text: str, role: str) -> None:
    """"dwi mewn gofal" (I'm in care) was read as a carer; "Dad. Gwilym ydi enw fo" was not understood."""
    assert role_from_text(text) == role


# --- a Welsh answer naming English things never flips the language ---------------------------------------------

@pytest.mark.parametrize("language,answer", [("cy", "rugby a'r pub quiz"), ("cy", "gaming a'r gym efo'r hogia"),
                                             ("en", "Pobol y Cwm every night"), ("en", "Nain and Taid")])
def test_naming_things_in_the_other_language_keeps_the_language(sqlite_url: str, language: str, answer: str) -> None:
    """'rugby a'r pub quiz' flipped a Welsh carer to English, and 'Mr Jones drws nesa' flipped it back."""
    conversation = MemoryConversation(_sender("names-things", language, answer), language=language)
    conversation.start()
    conversation.say("ia" if language == "cy" else "yes")
    conversation.say("fi" if language == "cy" else "me")
    conversation.say("Eleri")
    assert conversation.requested == "q_what_matters"
    conversation.say(answer)
    assert conversation.slots["language"] == language
    assert messages.text("language_followed", "en" if language == "cy" else "cy") not in conversation.text


@pytest.mark.parametrize("language,text", [("cy", "be?"), ("cy", "sori?"), ("en", "what?"), ("en", "sorry?")])
def test_asking_what_at_the_language_offer_keeps_its_language(sqlite_url: str, language: str, text: str) -> None:
    """'be?' (Welsh 'what?') in reply to the Active Offer carried the conversation on in English."""
    dialogue = Dialogue(_sender("offer-asks", language, text))
    dialogue.say("helo")
    dialogue.say(text)
    assert dialogue.slots["language"] == language
