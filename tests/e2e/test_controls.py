"""Skip, don't know, help, stop, come back, start again, switch language, and bad input: no dead ends."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid

import pytest
from sqlalchemy import text

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from tests.support.records import stored_conversation

pytestmark = pytest.mark.e2e


def begin(assistant, language: str = "en", name: str = "Ann"):
    sender = f"e2e-ctl-{language}-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say("/affirm")
    user.press("mae hyn amdana i" if language == "cy" else "it's about me")
    user.say(name)
    return user


def answers(sender: str):
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        return [(a.question_key, a.text, a.language) for a in conv.answers]


def test_stop_then_come_back_later_carries_on_where_they_left_off(assistant) -> None:
    user = begin(assistant)
    user.say("Seeing my sister on Fridays")
    assert messages.text("q_strengths", "en") in user.text
    user.say("stop")
    assert messages.text("stopped", "en") in user.text
    with session_scope() as s:
        assert stored_conversation(s, user.sender).status == "stopped"
    # Days later, a new session starts: simulate it through Rasa's API, then they say hello.
    request = urllib.request.Request(
        f"{assistant.stack.rasa_url}/conversations/{user.sender}/execute?token={assistant.stack.env['RASA_TOKEN']}",
        data=json.dumps({"name": "action_session_start"}).encode(), headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=30).read()
    user.say("hiya")
    assert messages.text("welcome_back", "en") in user.text
    user.press("Carry on")
    assert messages.text("q_strengths", "en") in user.text  # the next unanswered question, not the first
    user.say("My sister Mair")
    assert messages.text("q_keep", "en") in user.text
    assert [a[1] for a in answers(user.sender)] == ["Seeing my sister on Fridays", "My sister Mair"]


def test_start_again_clears_answers_and_begins_again(assistant) -> None:
    user = begin(assistant)
    user.say("My garden")
    user.say("start again")
    assert messages.text("start_again_confirm", "en") in user.text  # asked first (trial 37 AP9)
    assert answers(user.sender) != []
    user.press("Yes, clear them and start again")
    assert messages.text("restarted", "en") in user.text
    assert messages.text("role", "en") in user.text
    assert answers(user.sender) == []


def test_switching_language_by_word_and_by_writing_in_it(assistant) -> None:
    user = begin(assistant, "en")
    user.say("Cymraeg")
    assert messages.text("language_switched", "cy") in user.text
    assert messages.text("q_what_matters", "cy") in user.text  # the same question, now in Welsh
    user.say("ok")  # a one-word reply never flips the language
    assert messages.text("q_strengths", "cy") in user.text
    user.say("My daughter comes round every evening after work")  # one English answer: not yet a switch (Y4)
    assert messages.text("language_followed", "en") not in user.text
    assert messages.text("q_keep", "cy") in user.text
    user.say("I want to keep my Tuesday lunch club with my friends")  # writing in English again: follow them
    assert messages.text("language_followed", "en") in user.text
    assert messages.text("q_change", "en") in user.text
    user.say("/cymraeg")
    assert messages.text("q_change", "cy") in user.text
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.language == "cy" and conv.preferred_language == "cy"


def test_skip_dont_know_help_and_off_topic_all_lead_somewhere(assistant) -> None:
    user = begin(assistant, "cy", "Gwyn")
    user.say("hepgor")
    assert messages.text("ack_skipped", "cy") in user.text
    assert messages.text("q_strengths", "cy") in user.text
    user.say("dwn i ddim")
    assert messages.text("ack_dont_know", "cy") in user.text
    assert messages.text("q_keep", "cy") in user.text
    user.say("help")
    assert "hepgor" in user.text and messages.text("q_keep", "cy") in user.text
    user.say("pwy enillodd y rygbi ddoe?")
    assert messages.text("redirect", "cy") in user.text and messages.text("q_keep", "cy") in user.text
    user.say("Dw i isio stopio poeni am bob dim")  # "stopio" inside an answer is an answer, not a command
    assert messages.text("q_change", "cy") in user.text
    keys = [a[0] for a in answers(user.sender)]
    assert keys == ["strengths", "keep"]


@pytest.mark.parametrize(
    "message,reply_key,kept",
    [
        ("   ", "input_empty", False),
        ("x" * 10_001, "input_too_long", False),  # over 10,000 characters, under the door's 16 KB (tests/doors: larger)
        ("😊😊😊", None, True),
        ("<script>alert('hi')</script> & <b>bold</b>", None, True),
        ("Robert'); DROP TABLE answers;--", None, True),
        ("Line one\r\nline two\ttabbed\u200b", None, True),
        ("\x1b[31mred\x1b[0m and a bell\x07", None, True),
        ("a\x00b", "input_control_characters", False),
    ],
)
def test_bad_input_gets_a_clear_reply_and_never_a_crash(assistant, message, reply_key, kept) -> None:
    user = begin(assistant)
    user.say(message)
    if reply_key:
        assert messages.text(reply_key, "en") in user.text
        assert messages.text("q_what_matters", "en") in user.text  # asked again, not stuck
    else:
        assert messages.text("q_strengths", "en") in user.text
    stored = [a[1] for a in answers(user.sender)]
    assert stored == ([message] if kept else [])


def test_readback_edit_move_remove_and_add_before_confirming(assistant) -> None:
    user = begin(assistant)
    user.say("I want to walk to the shop again and keep seeing the grandchildren")
    for _ in range(8):  # strengths .. visit time
        user.press("Skip")
    user.press("Nothing else")
    assert "1. “I want to walk to the shop again”" in user.text
    user.press("Change something")
    user.say("1")
    user.press("keep the same")
    assert messages.text("readback_done", "en") in user.text
    user.press("Change something")
    user.say("2")
    user.press("Change the words")
    user.say("Keep seeing my grandchildren, Cerys and Tom 💕")
    user.press("Add something")
    user.say("Not being rushed when I get dressed")
    user.press("Change something")
    user.say("1")
    user.press("Take it out")
    user.press("Yes, send it")
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        live = {o.text: (o.type, o.type_set_by) for o in repository.active_outcomes(conv)}
        assert conv.status == "confirmed"
        assert "Keep seeing my grandchildren, Cerys and Tom 💕" in live
        assert "Not being rushed when I get dressed" in live
        assert len(live) == 2


def test_controls_before_choosing_a_language_keep_the_active_offer(assistant) -> None:
    user = assistant.user("e2e-ctl-first-" + uuid.uuid4().hex[:8])
    user.say("help")
    assert "hepgor" in user.text and "skip" in user.text  # both languages, Welsh first
    assert user.text.index("hepgor") < user.text.index("skip")
    user.say("dechrau eto")
    assert [b["title"] for b in user.buttons] == ["Cymraeg", "English"]  # the language comes first
    user.say("yes")  # not consent: nobody has read the consent text yet; it carries on in English (issue 11)
    assert user.text.endswith(messages.text("consent_choice", "en"))
    assert [b["title"] for b in user.buttons] == ["Yes, that's OK", "No thanks"]
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv is None or conv.consent is None


def test_rasa_http_api_needs_the_token(assistant) -> None:
    url = f"{assistant.stack.rasa_url}/conversations/anyone/tracker"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url, timeout=10)
    assert err.value.code in (401, 403)
    ok = urllib.request.urlopen(url + f"?token={assistant.stack.env['RASA_TOKEN']}", timeout=10)
    assert ok.status == 200


def test_typed_text_starting_with_a_slash_is_still_checked_and_flagged(assistant) -> None:
    user = begin(assistant)
    user.say("/I want to kill myself")
    assert "999" in user.text
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.urgent and [f.text for f in conv.risk_flags] == ["/I want to kill myself"]


def test_start_again_after_a_regrouping_clears_everything_but_flags(assistant) -> None:
    user = begin(assistant, name="Bethan")
    user.say("I want to walk to the shop again and keep seeing the grandchildren")
    for _ in range(8):
        user.press("Skip")
    user.press("Nothing else")
    user.press("Change something")
    user.say("1")
    user.press("keep the same")
    user.say("start again")  # at the read-back it asks first, as at any question (fix38b)
    user.press("Yes, clear them and start again")
    assert messages.text("restarted", "en") in user.text
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.answers == [] and conv.outcomes == [] and conv.display_name is None


def test_after_sending_a_language_switch_does_not_send_it_again(assistant) -> None:
    user = begin(assistant)
    for _ in range(9):
        user.press("Skip")
    user.press("Nothing else")
    user.press("Yes, send it")
    assert assistant.smtp.wait_for(1, timeout=10)
    with session_scope() as s:
        first = stored_conversation(s, user.sender).confirmed_at
    user.say("Cymraeg")
    assert messages.text("finished_already", "cy") in user.text
    with session_scope() as s:
        assert stored_conversation(s, user.sender).confirmed_at == first


def test_a_young_person_who_gives_their_age_is_spoken_to_as_ti(assistant) -> None:
    user = assistant.user("e2e-ctl-age-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg")
    user.say("/affirm")
    user.say("Dw i'n 15 oed")
    assert messages.text("name", "cy", "ti") in user.text


def _stored_events(sender: str) -> str:
    with session_scope() as s:
        rows = s.execute(text("SELECT data FROM events WHERE sender_id = :s"), {"s": sender}).scalars().all()
    return "\n".join(rows)


def test_saying_no_leaves_none_of_their_words_in_rasas_event_log(assistant) -> None:
    """Our record keeps only the choice; Rasa's tracker must not keep the story either."""
    sender = "e2e-decline-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("Hello, I'm Dilys Prydderch from Tregaron and my son Emyr needs help with his shopping")
    user.press("English")
    assert messages.text("consent_choice", "en") in user.text
    user.say("hmm my daughter Gwenllian usually does the forms for me")  # Rasa keeps this as the slot's raw value
    user.press("No")
    assert messages.text("declined", "en") in user.text
    stored = _stored_events(sender)
    assert stored, "the tracker store holds the conversation's events"
    for word in ("Prydderch", "Tregaron", "Emyr", "Gwenllian"):
        assert word not in stored, word
    user.say("Prydderch again, just checking")
    assert messages.text("declined_still", "en") in user.text  # still knows where it is (fix39b AS5)
    assert "Prydderch" not in _stored_events(sender)


def test_an_urgent_disclosure_keeps_its_transcript_even_after_saying_no(assistant) -> None:
    sender = "e2e-decline-urgent-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("hello")
    user.press("English")
    user.press("No")
    user.say("my stepdad Wyn hits me every night and I'm scared to go home")
    assert "999" in user.text
    assert "Wyn hits me" in _stored_events(sender)


@pytest.mark.parametrize("body", [b"", b"{not json", b'{"sender": 1, "message": "hi"}', b'["a list"]',
                                  b'{"sender": "someone"}'])
def test_the_rest_channel_answers_a_bad_body_with_400_never_500(assistant, body: bytes) -> None:
    request = urllib.request.Request(f"{assistant.stack.rasa_url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 400


@pytest.mark.parametrize("language,request_words,switched_to", [
    ("cy", "sorry can we do this in english, my welsh is rusty for typing", "en"),
    ("en", "Ok Cymraeg eto plis, sori am hynna 🙈", "cy"),
    ("cy", "sorry can we do english, my welsh spelling is terrible and im typing on my phone on my break", "en"),
    # Stop-22 trial V39: a learner's request was kept as her name, and Welsh carried on.
    ("cy", "sori, can we do it in English actually? my Welsh isnt great, I'm a learner", "en"),
])
def test_asking_for_the_other_language_in_a_sentence_switches_and_asks_again(assistant, language: str,
                                                                             request_words: str,
                                                                             switched_to: str) -> None:
    """Stop-18 trial: the request was kept as the answer to the question, and that question was lost."""
    user = begin(assistant, language)
    user.say("Seeing my sister on Fridays" if language == "en" else "Gweld fy chwaer ar ddydd Gwener")
    user.say(request_words)
    assert messages.text("language_switched", switched_to) in user.text
    assert messages.text("q_strengths", switched_to) in user.text  # the same question, in the new language
    assert [a[0] for a in answers(user.sender)] == ["what_matters"]  # the request is not an answer
    user.say("My daughter, every evening" if switched_to == "en" else "Fy merch, bob nos")
    assert [a[0] for a in answers(user.sender)] == ["what_matters", "strengths"]
