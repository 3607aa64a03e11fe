"""The acceptance trial of stop 16 (start4): names as carers give them, and "carry on" read as meant.

A relationship given with the name is taken from the same answer and never asked again; a relationship
alone is no name, so no question reads "i y gŵr"; the name everyone uses is the name used; "carry on" at
the consent question is a yes to going on; a return that already says carry on goes on at once.
Played through the core (MemoryConversation, routed as Rasa's rules route it); both languages.
"""
from __future__ import annotations

import hashlib
import re

import pytest

from bot import messages
from bot.analysis.controls import carries_on
from bot.conversation import steering
from bot.conversation.about_you import cared_for_in, name_in
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent


def _sender(*parts: object) -> str:
    return "mem-start4-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]




def _carer_at(sender: str, language: str, slot: str) -> Dialogue:
    dialogue = _at_consent(sender, language)
    dialogue.say("ia" if language == "cy" else "yes")
    # (who they look after not said here: "I look after my husband" keeps "my husband" at the role since leftovers34)
    dialogue.say("dw i'n gofalu am rywun" if language == "cy" else "I look after someone")
    assert dialogue.slots["role"] == "carer"
    if slot == "cared_for_name":
        dialogue.say("Gwenda dw i" if language == "cy" else "Sue")
    assert dialogue.asking == slot
    return dialogue


# --- the cared-for answer: the name, and the relationship from the same answer ----------------------------

@pytest.mark.parametrize("answer,name,relation", [
    ("y gŵr, Emyr. Em mae o'n licio", "Em", "y gŵr"), ("fy ngŵr i, Emyr", "Emyr", "fy ngŵr i"),
    ("the wife, Sue", "Sue", "the wife"), ("Mam (Gwen)", "Gwen", "Mam"), ("nain fi, Megan", "Megan", "nain fi"),
    ("Emyr, y gŵr", "Emyr", "y gŵr"), ("Sue, the wife", "Sue", "the wife"), ("Gwen (Mam)", "Gwen", "Mam"),
    ("my husband Dai, he likes Dai", "Dai", "my husband"), ("Robert, my husband. He likes Bob", "Bob", "my husband"),
    ("y gŵr", "", "y gŵr"), ("my husband", "", "my husband"), ("the wife", "", "the wife"), ("y wraig", "", "y wraig"),
    ("my son", "", "my son"), ("Mam", "Mam", "Mam"), ("nain fi", "Nain", "nain fi"), ("my mum", "Mum", "my mum"),
    ("our Mam", "Mam", "our Mam"), ("Gwilym", "Gwilym", None), ("Dad. Gwilym ydi enw fo", "Gwilym", "Dad"),
    ("Mamgu. Megan yw ei henw hi ond Mamgu i bawb", "Mamgu", "Mamgu"),  # trial 16b: was "ond Mamgu"
    ("Nan, but Nanny Joan to everyone", "Nanny Joan", "Nan"),
    # stop 17 trial: asked again, "I said already" was taken for his name in every question
    ("Deudis i'n barod, Gareth, y gŵr", "Gareth", "y gŵr"), ("like I said, Gareth, my husband", "Gareth", "my husband"),
])
def test_the_name_and_the_relationship_from_one_answer(answer: str, name: str, relation: str | None) -> None:
    assert cared_for_in(answer) == (name, relation)


@pytest.mark.parametrize("answer", ["Emyr, mae o'n licio pêl-droed", "Dai, he likes football", "Ann, she likes it here"])
def test_what_they_like_is_never_taken_for_a_name(answer: str) -> None:
    assert cared_for_in(answer)[0] == answer.split(",", maxsplit=1)[0]


@pytest.mark.parametrize("answer,name", [
    ("Gwenda dw i, Gwen i bawb", "Gwen"), ("Dilys dw i, ond pawb yn galw fi Dil", "Dil"),
    ("everyone calls me Peg", "Peg"), ("call me Jo", "Jo"), ("it's Margaret but everyone calls me Peg", "Peg"),
    ("Margaret, Peg to everyone", "Peg"), ("Siân dw i, ond mae pawb yn galw fi'n Sianco", "Sianco"),
    # stop 17 trial: the short form said after the name is the name they asked for
    ("jayden. jay", "jay"), ("ffion. ffi os tin licio", "ffi"), ("Catherine. Cath if you like", "Cath"),
    ("Tom. Tomos", "Tom"), ("Sam. sorry", "Sam"),
])
def test_the_name_everyone_uses_is_the_name(answer: str, name: str) -> None:
    assert name_in(answer) == name


#: Article after a word ending in a vowel, or a mutation-less "gydag y": how the trial's questions read badly.
_BADLY = re.compile(r"\b(?:i|gyda|gydag|hoffai|poeni|am|Am|AM) (?:y|Y) (?:gŵr|GŴR|wraig)\b|\bgydag y\b|\bi y\b"
                    r"|\bhoffai y\b|\bpoeni y\b|\bthem would\b|\bwould them\b|\bhoffai nhw\b")


def _through_the_questions(dialogue: Dialogue) -> str:
    """Every question to the read-back skipped; everything said from the first word."""
    dialogue.skip_to("readback")
    return dialogue.everything_said


def test_the_welsh_trial_answer_uses_em_and_never_asks_the_relationship_again(sqlite_url: str) -> None:
    dialogue = _carer_at(_sender("trial-cy"), "cy", "name")
    dialogue.say("Gwenda dw i, Gwen i bawb")
    assert dialogue.record().display_name == "Gwen" and "Gwen" in dialogue.replies[-1]
    dialogue.say("y gŵr, Emyr. Em mae o'n licio")
    record = dialogue.record()
    assert record.cared_for_name == "Em" and record.relationship_to_person == "y gŵr"
    assert "relationship" not in dialogue.conversation.asked and dialogue.asking == "q_what_matters"
    assert "gydag Em." in dialogue.replies[-1]
    said = _through_the_questions(dialogue)
    assert not _BADLY.search(said), _BADLY.search(said)
    assert "i Em " in said and "hoffai Em " in said


@pytest.mark.parametrize("language,answer", [("cy", "y gŵr"), ("cy", "fy ngŵr"), ("cy", "y wraig"),
                                             ("en", "my husband"), ("en", "the wife"), ("en", "my son")])
def test_a_relationship_alone_reads_naturally_and_is_not_asked_again(sqlite_url: str, language: str,
                                                                     answer: str) -> None:
    dialogue = _carer_at(_sender("relation-only", language, answer), language, "cared_for_name")
    dialogue.say(answer)
    record = dialogue.record()
    assert record.cared_for_name is None and record.relationship_to_person == answer
    assert "relationship" not in dialogue.conversation.asked
    said = _through_the_questions(dialogue)
    assert not _BADLY.search(said), _BADLY.search(said)
    unnamed = messages.text("cared_for_unnamed", language)
    if language == "cy":
        assert "i'r person dych chi'n gofalu amdano" in said and "hoffai'r person dych chi'n gofalu amdano" in said
        assert "gyda'r person dych chi'n gofalu amdano" in said
    else:
        assert f"would {unnamed} like" in said and f"for {unnamed}" in said
    assert answer not in said.replace(f"“{answer}”", "")  # the relationship word is never said back as a name


@pytest.mark.parametrize("language,answer,name", [("cy", "Mam", "Mam"), ("cy", "nain fi", "Nain"),
                                                  ("en", "my mum", "Mum")])
def test_a_kin_word_people_say_as_a_name_is_the_name(sqlite_url: str, language: str, answer: str, name: str) -> None:
    dialogue = _carer_at(_sender("kin-name", language, answer), language, "cared_for_name")
    dialogue.say(answer)
    assert dialogue.record().cared_for_name == name and "relationship" not in dialogue.conversation.asked
    said = _through_the_questions(dialogue)
    assert (f"i {name} " in said) if language == "cy" else (f"for {name} " in said)


def test_a_skipped_name_reads_naturally_in_both_languages(sqlite_url: str) -> None:
    for language in ("cy", "en"):
        dialogue = _carer_at(_sender("skipped", language), language, "cared_for_name")
        dialogue.say("/skip", intent="skip")
        assert dialogue.asking == "relationship"
        said = _through_the_questions(dialogue)
        assert not _BADLY.search(said), _BADLY.search(said)
        assert messages.text("cared_for_unnamed", language) in said


def test_the_welsh_article_is_shortened_only_after_a_vowel() -> None:
    text = messages.text("q_visit_time", "cy", role="carer", cared_for_name="y gŵr")
    assert "i weld y gŵr" in text
    text = messages.text("q_strengths", "cy", role="carer", cared_for_name="y gŵr")
    assert "i'r gŵr" in text
    assert "gyda'r gŵr" in messages.text("q_what_matters", "cy", role="carer", cared_for_name="y gŵr")
    quoted = messages.text("why", "cy", role="carer", cared_for_name="Emyr", answer="i y dre")
    assert "“i y dre”" in quoted  # the person's own words are never changed


# --- "carry on" at the consent question, and on coming back ---------------------------------------------------

@pytest.mark.parametrize("text", ["carry on", "parhau", "continue", "keep going", "cario mlaen", "ymlaen",
                                  "can we carry on", "parhau plis", "gawn ni gario mlaen",
                                  "hi it's Steve again… can we carry on?", "Helo, fi sy 'ma eto. Ga i barhau?",
                                  "hi it's Steve again, sorry about yesterday I was knackered. can we carry on?",
                                  "sori am ddoe, o'n i ddim yn teimlo'n dda. gawn ni gario mlaen plis?"])
def test_carry_on_in_its_forms(text: str) -> None:
    assert carries_on(text)


@pytest.mark.parametrize("text", ["I can't carry on", "carry on later", "dwi ddim isio parhau", "im back",
                                  "dw i'n ôl", "stop", "methu parhau", "we'll continue tomorrow",
                                  "I want to continue seeing my friends at the club every week and go to chapel",
                                  "carry on going to chapel", "I'd like to carry on with my painting but not tomorrow"])
def test_not_carry_on(text: str) -> None:
    assert not carries_on(text)


@pytest.mark.parametrize("language,text", [("en", "carry on"), ("cy", "parhau"), ("en", "continue"),
                                           ("cy", "cario mlaen")])
def test_carry_on_at_the_consent_question_is_a_yes_to_going_on(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("consent-carry-on", language, text), language)
    dialogue.say(text)
    assert dialogue.slots["consent_choice"] == "yes" and dialogue.record().consent is True
    assert dialogue.asking == "role" and dialogue.conversation.asked.count("consent_choice") == 1


@pytest.mark.parametrize("language,text", [("en", "hi it's Steve again, sorry about yesterday I was knackered. can we carry on?"),
                                           ("en", "hi it's Steve again… can we carry on?"), ("cy", "parhau plis"),
                                           ("cy", "gawn ni gario mlaen"), ("en", "carry on")])
def test_coming_back_saying_carry_on_carries_on_at_once(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_at(_sender("back", language, text), language, "cared_for_name")
    dialogue.say("Emyr")
    dialogue.say("/skip", intent="skip")  # the relationship
    waiting = dialogue.asking
    assert waiting == "q_what_matters"
    steering.stop(MemoryTurn(dialogue.conversation, "stop", "stop"))  # a break, as action_stop
    dialogue.in_form, dialogue.slots["paused"] = False, True
    asked_before = len(dialogue.conversation.asked)
    reply = dialogue.say(text)
    assert messages.text("welcome_back_carrying_on", language) in reply
    assert messages.text("welcome_back", language) not in reply  # no "carry on or start again?" buttons
    assert dialogue.asking == waiting and dialogue.conversation.asked[asked_before:] == [waiting]


@pytest.mark.parametrize("language,text", [("en", "hi it's Steve again"), ("cy", "helo, fi sy 'ma eto")])
def test_coming_back_without_saying_still_gets_the_choice(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_at(_sender("back-choice", language, text), language, "cared_for_name")
    steering.stop(MemoryTurn(dialogue.conversation, "stop", "stop"))
    dialogue.in_form, dialogue.slots["paused"] = False, True
    reply = dialogue.say(text)
    assert messages.text("welcome_back", language) in reply and dialogue.asking is None


# --- Rasa's form adapter: "carry on" typed at the consent question reaches the core (no Rasa server) -----------

@pytest.mark.parametrize("language,text,expected", [("en", "carry on", "yes"), ("cy", "parhau", "yes"),
                                                    ("en", "continue", "yes"), ("cy", "ymlaen", "yes")])
def test_the_form_adapter_reads_carry_on_at_consent(sqlite_url: str, language: str, text: str,
                                                    expected: str) -> None:
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.questions import ValidateWhatMattersForm

    sender = _sender("adapter", language, text)
    latest = {"text": text, "intent": {"name": "continue_conversation"}, "message_id": "m-1", "entities": []}
    slots = {"requested_slot": "consent_choice", "language": language, "register": "chi"}
    tracker = Tracker(sender, slots, latest, [{"event": "slot", "name": "requested_slot", "value": "consent_choice"},
                                              {"event": "user", "text": text}],
                      False, None, {"name": "what_matters_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateWhatMattersForm().run(dispatcher, tracker, {"slots": {}, "forms": {}}))
    assert {"event": "slot", "name": "consent_choice", "value": expected} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert messages.text("consent_unclear", language) not in said


@pytest.mark.parametrize("name", ["y person dych chi'n gofalu amdano", "Emyr", "Mair"])
def test_the_conversation_benchmark_still_knows_each_welsh_carer_question(name: str) -> None:
    """"i'r person...", "gydag Emyr": the benchmark's reader of questions follows the message's own changes."""
    from bot.bench.people import PromptReader

    reader = PromptReader.from_catalogue()
    for key in ("q_what_matters", "q_strengths", "q_keep", "q_change", "q_worries", "q_people", "q_visit_time"):
        assert reader.last_prompt(messages.text(key, "cy", role="carer", cared_for_name=name)) == key


@pytest.mark.parametrize("language,text,carries", [
    ("en", "hi it's Steve again, sorry about yesterday I was knackered. can we carry on?", True),
    ("cy", "gawn ni gario mlaen", True), ("en", "hi it's Steve again", False)])
def test_rasa_route_action_carries_on_at_once(sqlite_url: str, language: str, text: str, carries: bool) -> None:
    """ActionRoute (the catch-all after a break) runs the form at once when the message says carry on."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.steering import ActionRoute
    from bot.storage import repository

    sender = _sender("route", language, text)
    repository.ensure_conversation(sender, "rest", "default")
    repository.update_conversation(sender, status="stopped")
    latest = {"text": text, "intent": {"name": "greet"}, "message_id": "m-2", "entities": []}
    tracker = Tracker(sender, {"language": language, "register": "chi", "paused": True}, latest,
                      [{"event": "user", "text": text}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRoute().run(dispatcher, tracker, {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    followed = any(e.get("event") == "followup" and e.get("name") == "what_matters_form" for e in events)
    assert followed is carries
    assert (messages.text("welcome_back_carrying_on", language) in said) is carries
    assert (messages.text("welcome_back", language) in said) is not carries
