"""Stop-21 acceptance trial, [start] findings.

U2: a 16-year-old in foster care asked "ydi hwn yn mynd at fy social worker i?" three times (with her yes at consent,
with her name, inside her worries answer) and was never answered. U3: her "helo?? ti di anwybyddu fi eto lol" ("you've
ignored me again") was then kept as her answer to "who is important to you?". Now the question is answered wherever it
comes (who reads the answers, that a social worker may, and the safety exception), the answer beside it is still
taken, and a complaint of being ignored gets a sorry, the missed answer and the same question again.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _at_question, _sender
from tests.conversation.test_start_never_loops import _at_consent

ASKS = {"cy": "ydi hwn yn mynd at fy social worker i? 😬", "en": "does this go to my social worker? 😬"}
SOCIAL_WORKER = {"cy": "weithiwr cymdeithasol", "en": "social worker"}


def _answers(sender: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


@pytest.mark.parametrize("language,text", [
    ("cy", "ia ok. ond ydi hwn yn mynd at fy social worker i? 😬"), ("en", "yeah ok. but does this go to my social worker?"),
    # U31: read as a "no" in English and a "yes" in Welsh; either way her question comes first.
    ("en", "does this go to my social worker? i dont want her reading everything"),
    ("cy", "ydi hwn yn mynd at fy social worker i? dwi'm isio hi ddarllen bob dim"),
])
def test_at_consent_the_question_is_answered_then_consent_asked_again(sqlite_url: str, language: str,
                                                                     text: str) -> None:
    """U2, U31: consent is given once her question about who reads it is answered, never before (and never a "no")."""
    dialogue = _at_consent(_sender("u2-consent", language, text), language)
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply and SOCIAL_WORKER[language] in reply
    assert reply.endswith(messages.text("consent_short", language))
    assert dialogue.asking == "consent_choice" and dialogue.record().status != "declined"
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,no,undo", [
    ("en", "no thanks", "wait no i didnt say no. i just asked a question"),
    ("cy", "dim diolch", "aros, nes i ddim deud na. jyst gofyn cwestiwn o'n i"),
])
def test_i_didnt_say_no_asks_for_consent_again(sqlite_url: str, language: str, no: str, undo: str) -> None:
    """U31: after a decline she did not mean, "i didnt say no" undoes it (she was locked out unless she guessed
    "start again")."""
    dialogue = _at_consent(_sender("u31-undo", language), language)
    dialogue.say(no)
    assert dialogue.record().status == "declined"
    reply = dialogue.say(undo)
    assert messages.text("consent_again", language) in reply and dialogue.asking == "consent_choice"
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,text,name", [
    ("cy", "ffion. ond ti heb ateb fi, ydi hwn yn mynd at fy social worker i??", "ffion"),
    ("en", "ffion. but u didnt answer me, does this go to my social worker??", "ffion"),
])
def test_with_her_name_the_name_is_taken_and_the_question_answered(sqlite_url: str, language: str, text: str,
                                                                   name: str) -> None:
    dialogue = _at_consent(_sender("u2-name", language), language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say("dwi'n 16" if language == "cy" else "im 16")
    assert dialogue.asking == "name" and dialogue.slots["register"] == "ti"
    reply = dialogue.say(text)
    assert dialogue.slots["name"] == name
    assert messages.text("who_sees", language, "ti") in reply


@pytest.mark.parametrize("language,text", [("cy", "ydi hwn yn mynd at fy social worker i?"),
                                           ("en", "is this going to my social worker?")])
def test_alone_at_the_name_question_it_is_no_name(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("u2-name-alone", language), language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say('/choose{"choice":"person"}', intent="choose")
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply
    assert not dialogue.slots.get("name") and dialogue.asking == "name"


@pytest.mark.parametrize("language,text", [
    ("cy", "exams mostly. a ella dylswn i ddeud, nes i redeg i ffwrdd am noson mis dwetha, cysgu yn ty mate fi. "
           "o'n i'n iawn, jyst angen space ar ol ffrae efo carys. ydi hwn yn mynd at fy social worker i?"),
    ("en", "exams mostly. and maybe i should say, i ran off for a night last month, slept at a mate's. i was fine, "
           "just needed space after a row with carys. does this go to my social worker?"),
])
def test_inside_an_answer_it_is_kept_and_answered(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("u2-part", language)
    dialogue = _at_question(sender, language, "q_worries")
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply
    assert ("worries", text) in _answers(sender)


@pytest.mark.parametrize("language,text", [("cy", "helo?? ti di anwybyddu fi eto lol"),
                                           ("en", "hello?? you ignored me again lol")])
def test_you_ignored_me_is_not_an_answer(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("u3", language)
    dialogue = _at_question(sender, language, "q_people")
    reply = dialogue.say(text)
    assert messages.text("ignored_sorry", language) in reply
    assert dialogue.asking == "q_people"
    assert ("people", text) not in _answers(sender)


@pytest.mark.parametrize("language,asked,complaint", [
    ("cy", "ydi hwn yn mynd at fy social worker i?", "ti heb ateb fi"),
    ("en", "does this go to my social worker?", "you didnt answer me"),
])
def test_the_complaint_gets_the_missed_answer(sqlite_url: str, language: str, asked: str, complaint: str) -> None:
    dialogue = _at_question(_sender("u3-missed", language), language, "q_people")
    dialogue.say(asked)
    reply = dialogue.say(complaint)
    assert messages.text("who_sees", language) in reply and messages.text("ignored_sorry", language) in reply
    assert dialogue.asking == "q_people"


@pytest.mark.parametrize("language,text,said", [
    ("en", "Welsh please", "language_answer_cy"), ("en", "Cymraeg", "language_answer_cy"),
    ("cy", "Saesneg plis", "language_answer_en"), ("cy", "Cymraeg", None),
])
def test_a_language_named_at_the_communication_question_is_followed_up(sqlite_url: str, language: str, text: str,
                                                                      said: str | None) -> None:
    """U32: "Welsh please" in an English chat was kept (right) but the person was told nothing: now they hear that a
    Welsh-speaking worker will be asked for and that this chat can go on in Welsh (a button); at the end they hear
    the Active Offer line as a Welsh chat does. The language in use named again needs no such word."""
    from bot.conversation import steering
    from tests.conversation.memory import MemoryTurn
    from tests.conversation.test_start_language_answer import _at_communication_question

    conversation = _at_communication_question(_sender("u32", language, text), language)
    turn = MemoryTurn(conversation, text, intent="choose_language")
    updates = steering.language_as_answer(turn, ["cy" if said != "language_answer_en" else "en"])
    assert updates is not None and updates["q_communication"] == text
    keys = [m.text for m in conversation.said[-2:]]
    if said is None:
        assert messages.text("language_answer_cy", language) not in keys
        return
    assert messages.text(said, language) in keys
    assert conversation.said[-1].buttons[0].payload.startswith("/choose_language")
    if said == "language_answer_cy":
        steering.finish(MemoryTurn(conversation, "send it"))
        assert conversation.said[-1].text == messages.text("active_offer_applies", language)


@pytest.mark.parametrize("language,text,key", [
    ("en", "I just told you all that. did it not save? I'm not typing it all again at this time of night", "saved_yes"),
    ("cy", "Dw i newydd ddeud hynna i gyd. nath o ddim safio? dwi ddim am deipio fo eto", "saved_yes"),
])
def test_did_it_save_is_answered_and_not_kept_as_the_answer(sqlite_url: str, language: str, text: str,
                                                            key: str) -> None:
    """U8/U13: her "did it not save?" after the question came again: yes, it is saved (and how to skip)."""
    sender = _sender("u13-saved", language)
    dialogue = _at_question(sender, language, "q_people")
    reply = dialogue.say(text)
    assert messages.text(key, language) in reply and dialogue.asking == "q_people"
    assert ("people", text) not in _answers(sender)


@pytest.mark.parametrize("language,text", [
    ("en", "Honestly I'm running on empty. I dont know if Im allowed to have a carer's assessment?"),
    ("cy", "A bod yn onest dwi wedi blino'n lân. Oes hawl gen i gael asesiad gofalwr?"),
])
def test_a_carers_assessment_question_is_answered_and_the_answer_kept(sqlite_url: str, language: str,
                                                                      text: str) -> None:
    sender = _sender("u13-assessment", language)
    dialogue = _at_question(sender, language, "q_people")
    reply = dialogue.say(text)
    assert messages.text("carers_assessment", language) in reply
    assert ("people", text) in _answers(sender) and dialogue.asking != "q_people"


@pytest.mark.parametrize("language,text", [
    ("cy", "haia eto. dwi isio newid rwbath nes i ddeud. dwi'm isio symud i fflat fy hun rwan, dwi isio aros efo carys"),
    ("en", "hiya again. i want to change something i said. i dont want my own flat now, i want to stay with carys"),
])
def test_news_after_sending_is_kept_for_the_worker(sqlite_url: str, language: str, text: str) -> None:
    """U41: the closing message says "if anything changes, message me again"; she did and her words were dropped."""
    from bot.conversation import steering
    from tests.conversation.memory import MemoryTurn

    sender = _sender("u41", language)
    dialogue = _at_question(sender, language, "q_people")
    repository.confirm_record(sender)
    turn = MemoryTurn(dialogue.conversation, text)
    assert steering.route(turn) is False
    assert dialogue.conversation.said[-1].text == messages.text("finished_kept", language)
    assert ("aside", text) in _answers(sender)
    # thanks after it: a welcome, never a second thank-you (stop 48: "…already been sent – thank you")
    steering.route(MemoryTurn(dialogue.conversation, "diolch" if language == "cy" else "thanks"))
    assert dialogue.conversation.said[-1].text == messages.text("finished_thanked", language)
    steering.route(MemoryTurn(dialogue.conversation, "ok" if language == "en" else "iawn"))
    assert dialogue.conversation.said[-1].text == messages.text("finished_already", language)


@pytest.mark.parametrize("language,text", [("en", "back. what was the question again"), ("cy", "nôl. be oedd y cwestiwn")])
def test_what_was_the_question_on_return_gets_the_question(sqlite_url: str, language: str, text: str) -> None:
    """U43: "back. what was the question again" was answered with "I can't ring anyone myself"; asking for the
    question is asking to carry on (stop 22): welcomed back, and the question."""
    from tests.conversation.test_flow_return_question import _stopped

    dialogue = _stopped(_sender("u43", language), language)
    reply = dialogue.say(text)
    assert reply == messages.text("welcome_back_carrying_on", language) + "\n" + messages.text("q_what_matters", language)
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("language,payload", [("cy", "/greet"), ("en", "/greet"), ("cy", "/start")])
def test_telegram_start_mid_form_is_never_an_answer(sqlite_url: str, language: str, payload: str) -> None:
    """U46: Telegram's Start button mid-form arrives as "/greet" and was stored as her what-matters answer."""
    sender = _sender("u46", language, payload)
    dialogue = _at_question(sender, language, "q_what_matters")
    reply = dialogue.say(payload)
    assert messages.text("welcome_back", language) in reply
    assert dialogue.asking == "q_what_matters"
    assert all(text != payload for _, text in _answers(sender))


def test_the_north_welsh_who_sees_at_consent(sqlite_url: str) -> None:
    """U24 (half): "fydd mam yn gweld be dwi'n sgwennu?" got "Mae'n ddrwg gen i, wnes i ddim deall"."""
    dialogue = _at_consent(_sender("u24"), "cy")
    reply = dialogue.say("fydd mam yn gweld be dwi'n sgwennu?")
    assert messages.text("who_sees", "cy") in reply and dialogue.asking == "consent_choice"


@pytest.mark.parametrize("language,text,name,relation", [
    ("cy", "Dw i'n gofalu am Dad, Gwilym, mae o'n 88", "Gwilym", "Dad"),
    ("cy", "dwi'n edrych ar ol Mam, Menna, mae hi'n 84 efo dementia", "Menna", "Mam"),
    ("en", "I look after Mum, Edna, she's 84 with dementia", "Edna", "Mum"),
])
def test_kin_then_name_in_the_role_answer(sqlite_url: str, language: str, text: str, name: str, relation: str) -> None:
    """U39, U48 (issue 11's own example "Dad, Gwilym"): the name was asked again, then her good day was taken as the
    relationship. Now who they look after and their name are kept from the answer to "who is talking?"."""
    dialogue = _at_consent(_sender("u48", language, text), language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say(text)
    assert (dialogue.slots["cared_for_name"], dialogue.slots["relationship"]) == (name, relation)
    dialogue.say("Nerys")
    assert dialogue.asking == "q_what_matters"
    assert "cared_for_name" not in dialogue.conversation.asked and "relationship" not in dialogue.conversation.asked
