"""Eighth trial flow findings (stop 30, issue 11), through the conversation core, in Welsh (north, south, text-speak) and
English, each with the trial's own words and a twin in the other language.

AB1/AB2: after the safe check, "Oh now, there's no need for that. I'm safe, he's not here. Look I've had enough for
today. stop" was read as suicide, "Are you safe right now?" was asked again, and both the "I'm safe" and the stop were
lost. AB9: "Can my son also write?" went unanswered (kept as who helps); "how long you keep it?" was never answered and
"ok yes, thank you. And how long you keep it?" was not taken as consent. AB11: "change something" at the read-back picked
the item with "something" in it; "Number 4, 7 and 8 … Please remove." was not acted on; an item was quoted cut inside a
word. AB13: "wedes i hwnna yn barod??" got the question again. AB16: the web chat's stop after an urgent flag said
"Send me a message whenever you're ready", though the conversation cannot be opened again once the browser is closed.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant
from bot.analysis.controls import says_it_was_said_already
from bot.analysis.risk import assess_risk
from bot.analysis.safe_reply import reply_to_safe_check
from bot.conversation import steering
from bot.conversation.about_you import yes_beside_a_question
from bot.conversation.readback import numbered_items
from bot.conversation.retention import current_policy
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from tests.conversation.memory import MemoryConversation, MemoryTurn, started, started_with_record
from tests.conversation.test_start_never_loops import _at_consent


def _sender(*parts: object) -> str:
    return "mem-t30-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(sender_id: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv else []


def _outcome_texts(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [o.text for o in conv.outcomes] if conv else []


# AB1 + AB2 ------------------------------------------------------------------------------------------------------------

#: A man afraid of his son when he drinks (the trial's words, then a north and a south Welsh twin).
FRIGHTENED = {
    "en": "Gareth's alright but I'm a bit frightened of him when he's had a few, he shouts and bangs about.",
    "cy": "Mae Gareth yn iawn ond mae gen i chydig o'i ofn o pan mae o wedi cael diod, mae o'n gweiddi ac yn taro pethau.",
    "cy_south": "Ma Gareth yn olreit ond wi bach o'i ofn e pan ma fe wedi ca'l cwpwl, ma fe'n gweiddi a bwrw pethe.",
}
#: Safe, and the chat is too much for today, and stop: in one message.
SAFE_AND_STOP = {
    "en": "Oh now, there's no need for that. I'm safe, he's not here. Look I've had enough for today. stop",
    "cy": "Na wir, does dim angen hynny. Dw i'n saff, dydi o ddim yma. Dw i wedi cael digon am heddiw. stopio",
    "cy_south": "Sdim isie 'ny. Wi'n saff, dyw e ddim 'ma. Wi 'di ca'l digon am heddi. stop",
}


@pytest.mark.parametrize("case", list(SAFE_AND_STOP))
def test_safe_and_stop_in_one_message_is_both_recorded_and_stopped(sqlite_url: str, case: str) -> None:
    language = case[:2]
    conversation = started_with_record(_sender("ab2", case), language, role="person", name="Glyn")
    conversation.say(FRIGHTENED[case])
    assert repository.is_urgent(conversation.sender_id)
    conversation.said.clear()
    conversation.say(SAFE_AND_STOP[case])
    said = conversation.text
    assert messages.text("safety_check_again", language) not in said  # not asked again whether he is safe
    assert said.startswith(messages.text("stopped", language))  # stopped, in the same turn
    assert messages.text("safety_check_stopped", language) in said
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped"
    # his answer to "are you safe?" is kept byte for byte, and raised no flag of its own (no false 'suicide')
    assert ("safety_check", SAFE_AND_STOP[case]) in _answers(conversation.sender_id)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert all(f["text"] != SAFE_AND_STOP[case] for f in record["risk_flags"])
    assert not any("suicide" in f["categories"] for f in record["risk_flags"])
    for ui in ("cy", "en"):
        markdown = render.md_unescape(render.render_markdown(record, ui))
        assert f"“{SAFE_AND_STOP[case]}”" in markdown  # shown as his reply to the check


@pytest.mark.parametrize("text", [*SAFE_AND_STOP.values(), "I've had enough of these questions. stop",
                                  "I've had enough of this, can we stop", "ive had enuf 4 2day. stop",
                                  "dwi di cal llond bol o'r cwestiynau ma. stopio", "Wi di ca'l llond bol am heddi, moyn stopio"])
def test_having_had_enough_of_the_chat_with_a_stop_is_no_harm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", [
    "I've had enough of life. stop", "I've had enough, I want to end it all. stop", "I've had enough of being here. stop",
    "i've had enough today, i just want to go to sleep and not wake up. stop", "dw i wedi cael digon ar fyw. stopio",
    "dw i wedi cael digon, dw i isio marw. stopio", "I've had enough of this, I want to die stop",
    "dw i wedi cael digon am heddiw, dw i isio marw. stopio",
])
def test_real_despair_beside_a_stop_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", ["I've had enough of everything. stop", "I've had enough for today I can't go on stop"])
def test_despair_without_the_chat_is_still_read(text: str) -> None:
    assert assess_risk(text).level != "none"


@pytest.mark.parametrize("text", [
    "Oh now, there's no need for that. I'm safe, he's not here. stop", "No really, there's no need for all that. stop",
    "Na wir, does dim angen hynny. Dw i'n saff. stopio",
])
def test_waving_the_help_away_is_no_word_of_danger(text: str) -> None:
    assert reply_to_safe_check(text) == "stop"


@pytest.mark.parametrize("text", ["no, there's no need, he's here now. stop", "does dim angen, ond mae o adra rŵan. stopio"])
def test_danger_beside_it_still_is(text: str) -> None:
    assert reply_to_safe_check(text) is None


# AB16 -----------------------------------------------------------------------------------------------------------------

class WebChatTurn(MemoryTurn):
    """A memory turn on the web chat's channel, where "stopped" has words of its own."""

    @property
    def channel(self) -> str:
        return "webchat"


@pytest.mark.parametrize("language, role", [("en", "person"), ("cy", "person"), ("en", "young_person"),
                                            ("cy", "young_person")])
def test_the_web_chats_stop_after_an_urgent_flag_says_how_to_come_back(sqlite_url: str, language: str,
                                                                       role: str) -> None:
    conversation = started_with_record(_sender("ab16", language, role), language, role=role, name="Glyn")
    conversation.say(FRIGHTENED[language])
    assert repository.is_urgent(conversation.sender_id)
    conversation.said.clear()
    steering.stop(WebChatTurn(conversation, "stop", "stop"))
    said = "\n".join(m.text for m in conversation.said)
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("stopped_urgent_webchat", language, register) in said
    assert messages.text("stopped", language, register) not in said  # never "send me a message whenever you're ready"
    assert messages.text("stopped_webchat", language, register) not in said  # "Remember this conversation" is not offered


def test_the_web_chats_stop_with_no_flag_is_as_before(sqlite_url: str) -> None:
    conversation = started_with_record(_sender("ab16-calm"), "en", role="person", name="Glyn")
    steering.stop(WebChatTurn(conversation, "stop", "stop"))
    said = "\n".join(m.text for m in conversation.said)
    assert messages.text("stopped_webchat", "en") in said and messages.text("stopped_urgent_webchat", "en") not in said


@pytest.mark.parametrize("language", ["en", "cy"])
def test_elsewhere_the_stop_after_an_urgent_flag_is_the_plain_one(sqlite_url: str, language: str) -> None:
    """Telegram (and any channel that keeps the chat) can come back any time: the plain words are true there."""
    conversation = started_with_record(_sender("ab16-tg", language), language, role="person", name="Glyn")
    conversation.say(FRIGHTENED[language])
    conversation.said.clear()
    steering.stop(MemoryTurn(conversation, "stop", "stop"))
    assert messages.text("stopped", language) in "\n".join(m.text for m in conversation.said)


# AB9 ------------------------------------------------------------------------------------------------------------------

SOMEONE_ELSE_WRITES = [
    ("en", "Can my son also write? He is 19 and he help a lot, his English is better than mine."),
    ("en", "can my daughter type for me?"), ("en", "is it ok if my husband answers?"),
    ("cy", "Geith fy mab sgwennu hefyd? Mae o'n 19 ac yn helpu lot, mae ei Saesneg o'n well na fi."),
    ("cy", "all fy merch i deipio?"), ("cy", "ydy'n iawn i fy ngŵr ateb?"),
]


@pytest.mark.parametrize("language, text", SOMEONE_ELSE_WRITES)
def test_asking_if_someone_else_can_write_is_answered_and_never_an_answer(sqlite_url: str, language: str,
                                                                         text: str) -> None:
    conversation = MemoryConversation(_sender("ab9-writes", language, text), language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Agnieszka",
                               "cared_for_name": "Tomasz", "relationship": "husband"})
    conversation.start()
    while conversation.requested != "q_strengths":
        conversation.say("/skip", intent="skip")
    conversation.say(text)
    assert messages.text("someone_else_writes", language) in conversation.text
    assert conversation.requested == "q_strengths" and conversation.slots.get("q_strengths") is None  # asked again
    answers = _answers(conversation.sender_id)
    assert ("strengths", text) not in answers
    assert ("aside", text) in answers or asks_about_assistant(text) == "whole"  # (a bare question is not kept)
    assert not any(o in text for o in _outcome_texts(conversation.sender_id))


@pytest.mark.parametrize("text", ["my son can write his name", "can he write? no, not since the stroke",
                                  "Mae fy mab yn sgwennu llythyrau i mi"])
def test_writing_told_of_is_no_such_question(text: str) -> None:
    assert asks_about_assistant(text) is None


#: How long it is kept, asked as the trial asked it (English not her first language), and twins.
HOW_LONG = [("en", "how long you keep it?"), ("en", "Who will see it and is it kept long time?"),
            ("cy", "ydy o'n cael ei gadw'n hir?"), ("cy", "am faint o amser chi'n ei gadw fo?")]


@pytest.mark.parametrize("language, text", HOW_LONG)
def test_how_long_it_is_kept_asked_plainly_is_answered(sqlite_url: str, language: str, text: str) -> None:
    assert about_assistant_reply(text) == "how_long_kept"
    dialogue = _at_consent(_sender("ab9-how-long", language, text), language)
    reply = dialogue.say(text)
    policy = current_policy()
    assert messages.text("how_long_kept", language, kept_days_after_visit=policy.after_visit_days,
                         kept_days_unsent=policy.unconfirmed_days) in reply
    assert dialogue.asking == "consent_choice"  # a question only: consent asked again


#: A yes said apart, with a question added (the trial's words, then twins): the yes taken and the question answered.
YES_AND_A_QUESTION = [("en", "ok yes, thank you. And how long you keep it?"),
                      ("en", "Yes that's fine. Who will read it?"),
                      ("cy", "iawn, ia. Am faint dach chi'n cadw fo?"),
                      ("cy", "Ydy, mae hynny'n iawn. Pwy fydd yn darllen hwn?")]


@pytest.mark.parametrize("language, text", YES_AND_A_QUESTION)
def test_a_yes_with_a_question_added_is_consent_and_the_question_answered(sqlite_url: str, language: str,
                                                                          text: str) -> None:
    assert yes_beside_a_question(text)
    dialogue = _at_consent(_sender("ab9-yes", language, text), language)
    reply = dialogue.say(text)
    assert messages.render(about_assistant_reply(text), language, "chi").text.split("{")[0][:40] in reply
    assert dialogue.asking == "role"  # consent taken: the next question
    assert dialogue.record().consent is True


@pytest.mark.parametrize("text", ["yeah ok. but does this go to my social worker?",
                                  "ia ok. ond ydi hwn yn mynd at fy social worker i? 😬",
                                  "how long do you keep it?"])
def test_a_question_the_yes_waits_on_is_no_consent(text: str) -> None:
    assert not yes_beside_a_question(text)


# AB11 -----------------------------------------------------------------------------------------------------------------

#: Answers with outcomes, so the read-back lists items (the carer's own words from the trial, and Welsh twins).
WISHES = {
    "en": ["He wants to walk to the shop on the corner for his newspaper. He'd like the physio to come more often.",
           "He wants to keep watching the football with me on saturdays.",
           "I would like information about money, carers allowance or something, I dont understand the forms."],
    "cy": ["Mae o isio cerdded i'r siop ar y gornel i nôl ei bapur. Mae o isio i'r ffisio ddod yn amlach.",
           "Mae o isio dal i wylio'r pêl-droed efo fi ar ddydd Sadwrn.",
           "Dw i isio gwybodaeth am arian, lwfans gofalwr neu rywbeth, dw i ddim yn dallt y ffurflenni o gwbl."],
}


def _at_read_back(language: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender("ab11", language, *parts), language, role="person", name="Aga")
    said = list(WISHES[language])
    while not (conversation.requested or "").startswith("readback"):
        slot = conversation.requested
        if slot in ("q_what_matters", "q_keep", "q_change") and said:
            conversation.say(said.pop(0))
        else:
            conversation.say("/skip", intent="skip")
    assert conversation.requested == "readback" and not said
    return conversation


def _item_with(sender_id: str, words: str) -> tuple[int, Any]:
    return next((n, o) for n, o in numbered_items(sender_id) if words in o.text)


@pytest.mark.parametrize("language, text", [("en", "change something"), ("en", "I need to change something"),
                                            ("cy", "newid rhywbeth"), ("cy", "dw i isio newid rhywbeth")])
def test_change_something_asks_which_one(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_read_back(language, "something", text)
    assert _item_with(conversation.sender_id, "rywbeth" if language == "cy" else "something")
    conversation.say(text)
    assert conversation.requested == "readback_item"  # "Which one?", not an item picked by "something"


@pytest.mark.parametrize("language, text", [
    ("en", "Number {0}, {1} and {2} is not important, this was only us changing who is typing. Please remove."),
    ("en", "please take out {0}, {1} & {2}"),
    ("cy", "Dydi rhif {0}, {1} a {2} ddim yn bwysig, dim ond ni'n newid pwy sy'n teipio. Tynnwch nhw allan plis."),
    ("cy", "dilewch {0} {1} a {2} plis"),
])
def test_several_numbers_to_take_out_are_taken_out(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_read_back(language, "several", text)
    items = numbered_items(conversation.sender_id)
    assert len(items) >= 4
    gone = [items[0][1].text, items[1][1].text, items[3][1].text]
    kept = items[2][1].text
    conversation.say(text.replace("{0}, {1}", "{0}, {1}").format(1, 2, 4))
    assert messages.text("readback_removed", language) in conversation.text
    left = [o.text for _, o in numbered_items(conversation.sender_id)]
    assert not set(gone) & set(left) and kept in left


def test_a_number_outside_the_list_takes_nothing_out(sqlite_url: str) -> None:
    conversation = _at_read_back("en", "outside")
    before = [o.text for _, o in numbered_items(conversation.sender_id)]
    conversation.say("remove 1 and 2, he's been like it since he was 19")
    assert [o.text for _, o in numbered_items(conversation.sender_id)] == before


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_item_is_quoted_cut_after_a_whole_word(sqlite_url: str, language: str) -> None:
    conversation = _at_read_back(language, "quote")
    number, outcome = _item_with(conversation.sender_id, "ffurflenni" if language == "cy" else "forms")
    assert len(outcome.text) > 80
    conversation.say("/change", value="change")
    conversation.say(str(number))
    said = conversation.text
    quoted = said[said.index("“") + 1:said.index("”")]
    assert quoted.endswith("…") and outcome.text.startswith(quoted[:-1])
    assert outcome.text[len(quoted) - 1] == " "  # cut where a word ends, never inside one


# AB13 -----------------------------------------------------------------------------------------------------------------

#: The first answer says what goes well too; then "I already said that" at "what is going well?".
FIRST = {
    "cy": "diwrnod da = mam yn ok, fi'n cal mynd i coleg a gweld ffrindie. a beth sy'n mynd yn dda? mamgu yn dod draw "
          "ar ddydd sul a ma'r nyrs MS yn lush",
    "en": "good day = mum being ok and me getting to college and seeing my mates. and whats going well? nan comes over "
          "on sundays and the MS nurse is lush",
}
SAID_ALREADY = [("cy", "wedes i hwnna yn barod?? pam ti moyn gwbod?"), ("cy", "dudis i'n barod"),
                ("cy", "dw i wedi deud hynna'n barod"), ("en", "I already said that"),
                ("en", "already told u that lol. why do u need to know?"), ("en", "i said that already!!")]


@pytest.mark.parametrize("language, text", SAID_ALREADY)
def test_i_already_said_that_takes_the_earlier_answer_and_moves_on(sqlite_url: str, language: str, text: str) -> None:
    conversation = started(_sender("ab13", language, text), language, role="young_person", name="Ffion")
    conversation.say(FIRST[language])
    assert conversation.requested == "q_strengths"
    conversation.say(text)
    said = conversation.text
    assert said.startswith(messages.text("said_already_sorry", language, "ti"))
    assert ("why" in text or "pam" in text) == (messages.text("why_we_ask", language, "ti") in said)
    assert conversation.requested != "q_strengths" and conversation.slots["q_strengths"] == FIRST[language]
    answers = _answers(conversation.sender_id)
    assert [t for k, t in answers if t == FIRST[language]] == [FIRST[language]]  # kept once, not copied
    assert ("aside", text) in answers and ("strengths", text) not in answers


@pytest.mark.parametrize("text", ["I already said she likes gardening and her friend comes on Tuesdays",
                                  "she already said that to the nurse", "i just said, mum and nan",
                                  "mam already said that"])
def test_an_answer_that_mentions_saying_is_an_answer(text: str) -> None:
    assert not says_it_was_said_already(text)


def test_with_nothing_said_before_it_is_read_as_before(sqlite_url: str) -> None:
    conversation = started(_sender("ab13-first"), "en", role="person", name="Jo")
    assert conversation.requested == "q_what_matters"
    conversation.say("I already said that")
    assert messages.text("said_already_sorry", "en") not in conversation.text
