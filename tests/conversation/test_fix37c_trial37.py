"""Trial 37 (stop 37), the flow of the conversation: the trial's messages as fixtures, with a twin in the other
language, through the conversation core with SQLite.

AP5: a young man with a learning disability sent short bursts ("i wont to go bowlin wiv my frends", "and see my mum
more", "she lives in burry port"); each was kept as the answer to the NEXT question, and "wont to" gave no outcome.
AP8: "digon am heddi, diolch", "'na ddigon am nawr. fi'n mynd mas at y defed" got "Diolch" and the next question.
AP10: "Emlyn. Mair yw'r wraig" had her name asked again, then "bod adre. ody hi'n ca'l aros adre" became her name.
AP9: "dechrau eto" cleared every answer at once; now it asks first (yes / no), saying what is cleared.
AP9: "dechrau eto" cleared every answer at once; now it asks first (yes / no), saying what is cleared.
AP16: the web chat's English stop said "can't be opened again" while the Welsh offered "Cofio'r sgwrs hon": two
different cases (after a duty alert, and without one); each says the same in both languages.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from bot import messages
from bot.analysis import analyse
from bot.analysis.controls import control_of
from bot.conversation import steering
from bot.conversation.answers import joins_on
from bot.conversation.safety import note_risk
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_stop_and_come_back_trial26 import _intent


def _sender(*parts: object) -> str:
    return "mem-fix37c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(sender: str) -> list[tuple[str, str, list[str]]]:
    """(question key, words, outcome words) of every stored answer, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, [o.text for o in a.outcomes]) for a in conv.answers]


# --- AP5: a burst of short messages belongs to the answer before it -----------------------------------------------

#: The trial's burst (h5, Telegram), and its Welsh twin: the first answer, then fragments of it.
BURST = {
    "en": ("i wont to go bowlin wiv my frends", ["and see my mum more", "she lives in burry port"]),
    "cy": ("dw i isio mynd i fowlio efo fy ffrindiau", ["a gweld mam yn amlach", "mae hi'n byw ym Mhorth Tywyn"]),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_burst_of_fragments_is_kept_with_the_answer_it_carries_on(sqlite_url: str, language: str) -> None:
    first, fragments = BURST[language]
    conversation = started_with_record(_sender("ap5", language), language, role="young_person", name="Jordan")
    assert conversation.requested == "q_what_matters"
    conversation.say(first)
    assert conversation.requested == "q_strengths"
    for n, fragment in enumerate(fragments):
        conversation.say(fragment)
        if n == 0:
            assert messages.text("added_later_noted", language, "ti") in conversation.text
        else:  # stop 45 (AY7): a later piece of the same burst is thanked in a few words, the question just above
            assert conversation.text == messages.text("added_more_noted", language, "ti")
        assert conversation.requested == "q_strengths"  # the question they had not read yet, asked again once
    answers = _answers(conversation.sender_id)
    assert [(key, words) for key, words, _ in answers] == [("what_matters", first), *(
        ("what_matters", fragment) for fragment in fragments)]
    # then an answer to the question waiting is taken as its answer: a burst is never a loop
    conversation.say("my job at the charity shop" if language == "en" else "fy swydd yn y siop elusen")
    assert conversation.requested == "q_keep"
    assert _answers(conversation.sender_id)[-1][0] == "strengths"


@pytest.mark.parametrize("language, fragment", [("en", "i like it there"), ("cy", "dw i'n licio fe yno")])
def test_a_fragment_that_points_back_at_a_place_is_kept_with_the_answer(sqlite_url: str, language: str,
                                                                        fragment: str) -> None:
    """"i like it there", sent after "keep my job at the charity shop. i do tusdays and fridays", was kept as what
    was worrying him."""
    conversation = started_with_record(_sender("ap5-there", language), language, role="young_person", name="Jordan")
    while conversation.requested != "q_keep":
        conversation.say("/skip", intent="skip")
    conversation.say("keep my job at the charity shop. i do tusdays and fridays" if language == "en"
                     else "cadw fy swydd yn y siop elusen. dw i'n mynd dydd mawrth a dydd gwener")
    waiting = conversation.requested
    conversation.say(fragment)
    assert conversation.requested == waiting
    assert _answers(conversation.sender_id)[-1][:2] == ("keep", fragment)


@pytest.mark.parametrize("language, text, before", [
    ("en", "and see my mum more", "i wont to go bowlin wiv my frends"),
    ("en", "but not on sundays", "going to the football"),
    ("en", "she lives in burry port", "and see my mum more"),
    ("en", "i like it there", "keep my job at the charity shop"),
    ("cy", "a gweld mam yn amlach", "mynd i fowlio efo ffrindiau"),
    ("cy", "ond dim ar ddydd Sul", "mynd i'r pêl-droed"),
    ("cy", "mae hi'n byw ym Mhorth Tywyn", "a gweld mam yn amlach"),
    ("cy", "dw i'n licio fe yno", "cadw fy swydd yn y siop elusen"),
])
def test_fragments_join_on(language: str, text: str, before: str) -> None:
    assert joins_on(text, before, welsh=language == "cy")


@pytest.mark.parametrize("language, text, before, someone_else", [
    # an answer of its own, not a fragment
    ("en", "A proper night's sleep", "going to the football", False),
    ("cy", "A dweud y gwir, mynd allan yn amlach", "mynd i'r pêl-droed", False),
    ("en", "is there a club near me?", "going to the football", False),
    ("en", "she likes her garden and her cat", "Mair", True),  # a carer's "she" is the person cared for
    ("cy", "mae hi'n licio ei gardd", "Mair", True),
    ("en", "he helps me with shopping", "going to the football", False),  # nobody named before to point back at
    ("en", "she comes every day and helps me", "seeing my daughter", False),  # who helps: the answer waited for
    ("cy", "mae hi'n dod bob dydd i helpu", "gweld fy merch", False),
    ("en", "An hour to myself", "seeing my daughter", False),
    ("en", "I want to keep going there", "the day centre", False),
    ("en", "and then there's the long list of things the council never did for my mother after she fell", "x", False),
])
def test_answers_of_their_own_do_not_join_on(language: str, text: str, before: str, someone_else: bool) -> None:
    assert not joins_on(text, before, someone_else_asked_about=someone_else, welsh=language == "cy")


@pytest.mark.parametrize("text, outcome", [
    ("i wont to go bowlin wiv my frends", "i wont to go bowlin wiv my frends"),
    ("i wnat to see my mum more", "i wnat to see my mum more"),
])
def test_want_spelt_as_it_sounds_is_a_wish_quoted_as_typed(text: str, outcome: str) -> None:
    found = analyse(text, "change")
    assert [span.text for span in found.outcomes] == [outcome]  # the person's own spelling, letter for letter


def test_the_trials_first_answer_is_an_outcome_in_the_record(sqlite_url: str) -> None:
    conversation = started_with_record(_sender("ap5-wont"), "en", role="young_person", name="Jordan")
    conversation.say(BURST["en"][0])
    assert _answers(conversation.sender_id) == [("what_matters", BURST["en"][0], [BURST["en"][0]])]


# --- AP8: enough for today is a wish to pause -----------------------------------------------------------------------

ENOUGH_FOR_TODAY = [
    ("cy", "digon am heddi, diolch"),
    ("cy", "'na ddigon am nawr. fi'n mynd mas at y defed"),
    ("cy", "Dyna ddigon am heddiw diolch"),
    ("cy", "digon am rŵan, diolch"),
    ("en", "that's enough for today"),
    ("en", "ok thats enough for now thanks"),
    ("en", "that'll do for today. off to see to the sheep"),
]


@pytest.mark.parametrize("language, text", ENOUGH_FOR_TODAY)
def test_enough_for_today_is_a_stop(sqlite_url: str, language: str, text: str) -> None:
    assert control_of(text) == ("stop", None)
    assert _intent(text) == "stop"  # Rasa's NLU routes it to the stop (bot.nlu.signals)
    conversation = started_with_record(_sender("ap8", language, text), language, role="carer", name="Emlyn")
    while conversation.requested != "q_keep":
        conversation.say("/skip", intent="skip")
    conversation.messages.append(text)
    turn = MemoryTurn(conversation, text, "stop")
    assert note_risk(turn).level == "none"
    steering.stop(turn)
    said = "\n".join(m.text for m in conversation.said)
    assert messages.text("stopped", language, "chi", "carer") in said  # kept, and how to come back
    assert text not in [words for _, words, _ in _answers(conversation.sender_id)]  # never an answer
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped"


@pytest.mark.parametrize("text", [
    "mae o wedi cael digon am heddiw", "He's had enough for today", "enough money for today",
    "Mae digon am heddiw yn y gegin", "Digon o fwyd",
])
def test_what_someone_had_enough_of_is_an_answer(text: str) -> None:
    assert control_of(text) is None


# --- AP10: the name of the person cared for, said with who she is ----------------------------------------------------

def _carer(language: str, *parts: object) -> MemoryConversation:
    conversation = MemoryConversation(_sender("ap10", language, *parts), language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer"})
    conversation.start()
    assert conversation.requested == "name"
    return conversation


@pytest.mark.parametrize("language, answer, own, cared_for", [
    ("cy", "Emlyn. Mair yw'r wraig", "Emlyn", "Mair"),
    ("cy", "Emlyn. Mair ydi'r wraig", "Emlyn", "Mair"),
    ("cy", "Sian. Glenys yw'r fam", "Sian", "Glenys"),
    ("en", "Emlyn. Mair is the wife", "Emlyn", "Mair"),
    ("en", "Emlyn. Mair is my wife", "Emlyn", "Mair"),
])
def test_her_name_with_who_she_is_is_never_asked_again(sqlite_url: str, language: str, answer: str, own: str,
                                                       cared_for: str) -> None:
    conversation = _carer(language, answer)
    conversation.say(answer)
    assert conversation.slots["name"] == own and conversation.slots["cared_for_name"] == cared_for
    assert conversation.requested not in ("name", "cared_for_name", "relationship")
    assert f"{own}." in conversation.text and cared_for in conversation.text  # thanked by name, then asked about her
    assert not any(asked in conversation.text for asked in ("ar eu cyfer nhw", "use for them"))  # her name, again


@pytest.mark.parametrize("language, answer", [
    ("cy", "bod adre. ody hi'n ca'l aros adre, 'na'r peth"),
    ("cy", "bod adre"),
    ("en", "staying at home. can she stay at home?"),
    ("en", "being at home"),
])
def test_a_sentence_is_never_her_name(sqlite_url: str, language: str, answer: str) -> None:
    conversation = _carer(language, answer)
    conversation.say("Emlyn")
    assert conversation.requested == "cared_for_name"
    conversation.say(answer)
    assert conversation.slots["cared_for_name"] in (None, "__skipped__") or not conversation.slots["cared_for_name"]
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and not conv.cared_for_name  # never "Bod Adre"
    assert "Bod Adre" not in conversation.text and "bod adre" not in conversation.text.replace(answer, "")


# --- AP16: the web chat's stop says the same in both languages --------------------------------------------------------

def _remember_label(language: str) -> str:
    strings = yaml.safe_load((Path(__file__).resolve().parents[2] / "bot" / "web" / "strings.yml").read_text("utf-8"))
    return str(strings["chat_remember"][language]).split(" {days}")[0].split(" am {days}")[0]


@pytest.mark.parametrize("register", ["chi", "ti"])
def test_the_web_chats_stop_says_the_same_in_both_languages(register: str) -> None:
    """Without a duty alert both offer the page's own "remember" choice by its label; after one (when the page no
    longer offers it: bot.web.chat) neither does, and both say it cannot be opened again on this device."""
    for language in ("cy", "en"):
        calm = messages.text("stopped_webchat", language, register)
        after_alert = messages.text("stopped_urgent_webchat", language, register)
        label = _remember_label(language).removesuffix(" for").removesuffix(" am")
        assert label in calm and label not in after_alert
    assert "can't be opened again on this device" in messages.text("stopped_urgent_webchat", "en", register)
    assert "fydd dim modd agor y sgwrs hon eto ar y ddyfais hon" in messages.text("stopped_urgent_webchat", "cy",
                                                                                  register)


# --- AP9: "dechrau eto" asks before it clears -------------------------------------------------------------------------

def _worried_at(language: str, *parts: object) -> Dialogue:
    """Emlyn's conversation (h6) at "is anything worrying you?", with answers kept."""
    dialogue = Dialogue(_sender("ap9", language, *parts))
    dialogue.say("helo" if language == "cy" else "hello")
    dialogue.say("", intent="choose_language", chosen=[language])
    dialogue.conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer",
                                        "name": "Emlyn", "cared_for_name": "Mair", "relationship": "wraig"})
    dialogue.conversation.start()
    dialogue.conversation.say("aros adre" if language == "cy" else "staying at home")
    while dialogue.asking != "q_worries":
        dialogue.say("/skip", intent="skip")
    return dialogue


AGAIN = {"cy": "dechrau eto", "en": "start again"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_start_again_asks_first_and_clears_on_yes(sqlite_url: str, language: str) -> None:
    dialogue = _worried_at(language, "yes")
    reply = dialogue.say(AGAIN[language])
    asked = messages.render("start_again_confirm", language, "chi")
    assert reply == asked.text  # what is cleared, said; no question under it
    assert [b.payload for b in dialogue.conversation.said[-1].buttons] == ["/start_again", "/deny"]
    assert messages.text("restarted", language) not in reply
    assert repository.answer_texts(dialogue.sender)  # nothing cleared yet
    reply = dialogue.say("/start_again", intent="start_again")  # their yes, the button
    assert messages.text("restarted", language) in reply
    assert repository.answer_texts(dialogue.sender) == []


@pytest.mark.parametrize("language, no", [("cy", "na"), ("cy", "/deny"), ("en", "no"), ("en", "/deny")])
def test_no_keeps_every_answer_and_asks_the_question_again(sqlite_url: str, language: str, no: str) -> None:
    dialogue = _worried_at(language, "no", no)
    kept = repository.answer_texts(dialogue.sender)
    dialogue.say(AGAIN[language])
    reply = dialogue.say(no, intent="deny")
    assert messages.text("start_again_kept", language) in reply
    assert dialogue.asking == "q_worries"  # the question again
    assert repository.answer_texts(dialogue.sender) == kept  # "na" is no answer, and nothing went


@pytest.mark.parametrize("language, yes", [("cy", "ydw"), ("en", "yes")])
def test_a_typed_yes_clears_as_the_button_does(sqlite_url: str, language: str, yes: str) -> None:
    dialogue = _worried_at(language, "typed", yes)
    dialogue.say(AGAIN[language])
    reply = dialogue.say(yes, intent="affirm")
    assert messages.text("restarted", language) in reply
    assert repository.answer_texts(dialogue.sender) == []


def test_start_again_with_nothing_kept_clears_at_once(sqlite_url: str) -> None:
    dialogue = Dialogue(_sender("ap9-nothing"))
    dialogue.say("hello")
    dialogue.say("", intent="choose_language", chosen=["en"])
    dialogue.conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person",
                                        "name": "Jo"})
    dialogue.conversation.start()
    assert "OK, let's start again" in dialogue.say("start again")
