"""A disclosure over the REST channel: the right help at once, the flag kept, the duty team alerted."""
from __future__ import annotations

import json
import socket
import time
import uuid
from urllib.parse import urlsplit

import pytest

from bot import messages
from bot.safeguarding.alerts import verify_signature
from bot.storage.db import session_scope
from tests.safeguarding.test_please_check_stop24 import FUNERAL, WATER
from tests.support.records import stored_conversation

pytestmark = pytest.mark.e2e


def start(assistant, sender: str, language: str, role_button: str):
    user = assistant.user(sender)
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say("/affirm")
    user.press(role_button)
    user.say("Sam")
    return user


def flags(sender: str):
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        return conv, list(conv.risk_flags)


@pytest.mark.parametrize(
    "language,role_button,disclosure,helpline",
    [
        ("en", "young person", "my stepdad hits me when mum is out", "Childline"),
        ("cy", "mae hyn amdana i", "Dw i ddim isio byw rhagor, dw i wedi cael digon", "Samariaid"),
    ],
)
def test_disclosure_mid_conversation_gets_help_flag_and_alert(assistant, language, role_button, disclosure, helpline) -> None:
    sender = f"e2e-sg-{language}-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, language, role_button)
    user.say("Going to football with my mates" if language == "en" else "Mynd am dro efo'r ci")
    assistant.smtp.clear()
    user.say(disclosure)

    # The right help, at once, in the person's language.
    assert "999" in user.text and helpline in user.text
    register = "ti" if role_button == "young person" else "chi"
    assert messages.text("safety_check", language, register) in user.text
    # ... and the questions pause until they say whether they are safe and want to go on.
    assert messages.text("q_keep", language, register) not in user.text

    # The flag is in the database, with the words verbatim.
    conv, found = flags(sender)
    assert conv.urgent is True
    assert [f.text for f in found if f.level == "urgent"] == [disclosure]
    with session_scope() as s:  # kept as their answer, never made into a "personal outcome"
        stored = stored_conversation(s, sender)
        assert disclosure in [a.text for a in stored.answers]
        assert all(disclosure not in o.text and o.text not in disclosure for o in stored.outcomes)

    # The duty team's email arrives (off the person's reply path), with a reference and link, never the words.
    # How fast is a figure for a benchmark, not a bound here: a busy CI machine is slower.
    assert assistant.smtp.wait_for(1, timeout=60.0), "no duty alert email within 60 s"
    raw = assistant.smtp.received[-1].raw.decode("utf-8", "replace")
    assert conv.reference in raw and f"/summaries/{conv.reference}" in raw
    for word in disclosure.split():
        if len(word) > 3:
            assert word not in raw, f"the person's word {word!r} leaked into the alert"
    assert "Sam" not in raw

    # The signed webhook fires too, again without the words.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        r.json().get("reference") == conv.reference for r in assistant.webhook.requests
    ):
        time.sleep(0.1)
    hook = [r for r in assistant.webhook.requests if r.json().get("reference") == conv.reference][-1]
    assert verify_signature(hook.body, "test-secret", hook.header("X-WhatMatters-Signature"))
    assert disclosure not in hook.body.decode("utf-8")

    # A later "only joking" never clears the flag.
    user.say("only joking" if language == "en" else "dim ond tynnu coes")
    conv, found = flags(sender)
    assert conv.urgent is True and any(f.level == "urgent" for f in found)
    with session_scope() as s:
        assert stored_conversation(s, sender).risk_flags[0].alert_status == "sent"


def test_disclosure_before_choosing_a_language_gets_help_then_the_active_offer(assistant) -> None:
    sender = "e2e-sg-first-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("I want to kill myself")
    # Answered at once in the language they wrote in ...
    assert "999" in user.text and "Samaritans" in user.text and "Thank you for telling me" in user.text
    # ... and the conversation carries on with the Active Offer, Welsh first.
    assert user.text.index("Thank you for telling me") < user.text.index("Shwmae") < user.text.rindex("Hello")
    assert [b["title"] for b in user.buttons] == ["Cymraeg", "English"]
    conv, found = flags(sender)
    assert conv.urgent and found[0].text == "I want to kill myself"


def test_first_message_disclosure_then_no_is_told_the_truth_about_what_was_shared(assistant) -> None:
    """Nobody has said who they are yet, so a child may be writing; "no" afterwards must not be
    answered with "nothing was kept"."""
    sender = "e2e-sg-first-no-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("my stepdad hits me when mum is at work and im scared to go home")
    assert "999" in user.text and "Childline" in user.text and "0800 1111" in user.text
    assert "0808 164 0123" not in user.text  # the Welsh-language line goes to Welsh conversations
    user.press("English")
    # The questions wait for "are you safe right now?", asked in the language just chosen (issue 11).
    assert user.text.endswith(messages.text("safety_check_again", "en"))
    assert messages.text("consent_choice", "en") not in user.text
    user.press("Carry on")
    assert messages.text("consent_choice", "en") in user.text
    user.press("No")
    assert messages.text("declined_flag_kept", "en") in user.text
    assert messages.text("declined", "en") not in user.text
    conv, found = flags(sender)
    assert conv.urgent and found[0].text == "my stepdad hits me when mum is at work and im scared to go home"


def test_disclosure_in_welsh_before_choosing_is_answered_in_welsh(assistant) -> None:
    sender = "e2e-sg-first-cy-" + uuid.uuid4().hex[:8]
    user = assistant.user(sender)
    user.say("Mae fy nghariad yn fy nharo i bob nos")
    assert "999" in user.text and "Diolch am ddweud wrtha i" in user.text
    assert "Byw Heb Ofn" in user.text  # domestic abuse: Live Fear Free, by its Welsh name


def test_idiom_is_not_a_disclosure(assistant) -> None:
    sender = "e2e-sg-idiom-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, "en", "it's about me")
    user.say("Honestly my knees are killing me but I could murder a cup of tea")
    assert "999" not in user.text
    assert messages.text("q_strengths", "en") in user.text
    conv, found = flags(sender)
    assert not conv.urgent and not [f for f in found if f.level == "urgent"]


def test_a_disclosure_from_a_caller_who_hangs_up_is_still_flagged_and_never_logged(assistant) -> None:
    """A phone that loses its connection 0.2 s after sending still leaves the flag, and no words in any log."""
    sender = f"hangup-{uuid.uuid4().hex[:8]}"
    start(assistant, sender, "en", "me")
    disclosure = "My son punches me and takes my money, I am scared to go home"
    body = json.dumps({"sender": sender, "message": disclosure}).encode("utf-8")
    port = urlsplit(assistant.stack.rasa_url).port
    assert port is not None
    with socket.create_connection(("127.0.0.1", port)) as conn:
        conn.sendall(b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        time.sleep(0.2)  # then hang up, before the reply
    deadline = time.monotonic() + 60
    urgent: list[str] = []
    while time.monotonic() < deadline and not urgent:
        time.sleep(0.5)
        urgent = [f.text for f in flags(sender)[1] if f.level == "urgent"]
    assert urgent == [disclosure]
    logs = "".join(p.read_text(errors="replace") for p in assistant.stack.log_dir.glob("*.log"))
    assert "punches" not in logs and disclosure not in logs


def test_welsh_disclosure_pause_safe_check_and_carrying_on_to_the_end(assistant) -> None:
    """Issue 11: the urgent reply (Byw Heb Ofn for "fe" hitting her), the questions paused, a safety
    wish kept for the team, "Parhau" and on to the end; nothing of it among the outcomes."""
    sender = "e2e-sg-pause-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, "cy", "mae hyn amdana i")
    assert messages.text("q_what_matters", "cy", name="Sam") in user.text
    user.say("Mynd am dro efo'r ci bob bore")
    assert messages.text("q_strengths", "cy") in user.text

    disclosure = "mae fe'n fy mwrw i pan mae e 'di yfed"
    user.say(disclosure)
    assert "Diolch am ddweud wrtha i" in user.text and "999" in user.text and "Byw Heb Ofn" in user.text
    assert user.text.endswith(messages.text("safety_check", "cy"))
    assert messages.text("q_keep", "cy") not in user.text  # the next question waits
    assert [b["title"] for b in user.buttons] == ["Parhau", "Cael seibiant", "Stopio am nawr"]

    wish = "paid ffonio'r tŷ, bydd e'n gweld"
    user.say(wish)
    assert messages.text("safety_check_wish", "cy") in user.text
    assert user.text.endswith(messages.text("safety_check_again", "cy"))
    assert messages.text("q_keep", "cy") not in user.text

    user.say("parhau")  # typed (the "Parhau" button sends the same intent)
    assert user.text.startswith(messages.text("safety_check_carry_on", "cy"))  # no "welcome back"
    # A harm told alone is no answer to "what is going well?" (stop 47, BA5; review 46): it is asked again. (An answer
    # with the harm in it still answers its question: stop-21 trial U9.)
    assert user.text.endswith(messages.text("q_strengths", "cy"))
    for _ in range(12):  # skip the rest of the questions
        if "Dyma beth dw i wedi'i ysgrifennu" in user.text:
            break
        user.press("Dim byd arall" if messages.text("q_anything_else", "cy") in user.text else "Hepgor")
    assert "Dyma beth dw i wedi'i ysgrifennu" in user.text
    assert "Mynd am dro efo'r ci" in user.text and "ffonio" not in user.text and "mwrw" not in user.text
    user.press("Ydy")
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert conv.status == "confirmed" and conv.urgent and conv.safe_check is None
        answers = {(a.question_key, a.text): len(a.outcomes) for a in conv.answers}
        assert answers[("strengths", disclosure)] == 0
        assert answers[("safety_check", wish)] == 0
        urgent = [f for f in conv.risk_flags if f.level == "urgent"]
        assert [f.text for f in urgent] == [disclosure] and "domestic_abuse" in urgent[0].categories.split(",")
        assert all("ffonio" not in o.text and "mwrw" not in o.text for o in conv.outcomes)


def test_english_disclosure_take_a_break_then_carry_on_with_the_buttons(assistant) -> None:
    sender = "e2e-sg-break-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, "en", "it's about me")
    user.say("I've taken all my tablets")
    assert user.text.startswith(messages.text("urgent_now", "en"))  # "call 999 now" first
    assert messages.text("q_strengths", "en") not in user.text
    user.press("Take a break")
    assert user.text == messages.text("safety_check_break", "en")
    user.press("Carry on")
    # an overdose taken is still an emergency, however they feel (stop-23 trial W27): asked once whether help is coming
    assert user.text == messages.text("safety_check_help_coming", "en")
    user.say("I've called 999, the ambulance is on its way. carry on")
    assert user.text.startswith(messages.text("safety_check_carry_on", "en"))
    # the disclosure answered "what matters" (stop-21 trial U9): the next question, not the same one again
    assert user.text.endswith(messages.text("q_strengths", "en"))
    user.press("Skip")
    assert messages.text("q_keep", "en") in user.text
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        assert conv.safe_check is None
        assert next((a.question_key, a.text) for a in conv.answers) == ("what_matters", "I've taken all my tablets")


@pytest.mark.parametrize("language,disclosure,again", [
    ("en", "I've taken all my tablets", "carry on"),
    ("cy", "dwi newydd gymryd y tabledi i gyd", "parhau"),
])
def test_carry_on_twice_after_harm_now_goes_on_over_the_real_rasa(assistant, language, disclosure, again) -> None:
    """Stop 24: the first "carry on" after an overdose taken asks once whether help is coming; the second (what the
    conversation benchmark's scripted player sends, typed or pressed) goes on: no loop (since stop 41 with no 999 line
    again: the eighteenth trial's AU13)."""
    sender = f"e2e-sg-twice-{language}-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, language, "it's about me" if language == "en" else "mae hyn amdana i")
    user.say(disclosure)
    assert user.text.startswith(messages.text("urgent_now", language, "chi"))
    user.say(again)
    assert user.text == messages.text("safety_check_help_coming", language, "chi")
    user.press("Carry on" if language == "en" else "Parhau")
    # (since stop 41, AU13: carry on at the help question just carries on, with no 999 line again)
    assert user.text.startswith(messages.text("safety_check_carry_on", language, "chi"))
    assert "999" not in user.text
    assert user.text.endswith(messages.text("q_strengths", language, "chi"))
    with session_scope() as s:
        assert stored_conversation(s, sender).safe_check is None


@pytest.mark.parametrize("language,disclosure,questions,carry_on", [
    ("en", "my stepdad hits me when mum is out", "wait what. am i in trouble?? is someone gonna take us away",
     "carry on i guess. but did u tell someone??"),
    ("cy", "mae fy llystad yn fy nharo i pan mae mam allan", "aros be. ydw i mewn trwbl?? ydi rhywun am fynd â ni i "
     "ffwrdd", "parhau am wn i. ond nest ti ddeud wrth rywun??"),
])
def test_his_own_questions_are_answered_and_carry_on_beside_a_question_carries_on(
        assistant, language, disclosure, questions, carry_on) -> None:
    """Stop-21 trial U15 / U17 over the real Rasa: "am i in trouble??" gets "you're not in trouble" (ti), and "carry
    on i guess. but did u tell someone??" answers who is told and carries on, to the next question."""
    sender = f"e2e-sg-own-{language}-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, language, "young person" if language == "en" else "mae hyn amdana i")
    register = "ti" if language == "en" else "chi"
    user.say("Going to football with my mates" if language == "en" else "Mynd am dro efo'r ci")
    user.say(disclosure)
    assert messages.text("safety_check", language, register) in user.text
    user.say(questions)
    assert messages.text("safety_check_answer_trouble", language, register) in user.text
    assert messages.text("safety_check_answer_taken_away", language, register) in user.text
    assert messages.text("safety_check_questions", language, register) not in user.text
    user.say(carry_on)
    assert messages.text("safety_check_answer_tell_someone", language, register) in user.text
    assert messages.text("safety_check_carry_on", language, register) in user.text
    assert messages.text("safety_check_kept", language, register) not in user.text
    # a harm told alone is no answer to "what's going well and who helps?" (stop 47, BA5): it is asked again
    assert user.text.endswith(messages.text("q_strengths", language, register))
    with session_scope() as s:
        assert stored_conversation(s, sender).safe_check is None


@pytest.mark.parametrize("language,disclosure,again,now,carry_on", [
    ("en", "He hits me when he's had a drink and I'm scared to go home.",
     "he hit me again last night and said he'd kill me if I told anyone", "he's hitting me right now",
     "the police are here now. carry on"),
    ("cy", "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra.",
     "nath o fy nharo i eto neithiwr a deud bysa fo'n fy lladd i taswn i'n deud wrth rywun",
     "mae o'n fy nharo i rwan", "mae'r heddlu yma rwan. parhau"),
])
def test_one_thread_is_one_alert_with_one_update_when_it_is_happening_now(
        assistant, language, disclosure, again, now, carry_on) -> None:
    """Stop-22 trial V18 over the real Rasa: later urgent messages while "are you safe?" waits are added to the same
    alert (no second alert email, no urgent text again); harm happening now gets "call 999 now" at once and one
    update notice to the duty inbox, with no personal data; after "carry on" the next question."""
    sender = f"e2e-sg-one-{language}-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, language, "it's about me" if language == "en" else "mae hyn amdana i")
    assistant.smtp.clear()
    user.say(disclosure)
    opening = messages.text("urgent", language, "chi", helplines="").splitlines()[0]
    assert opening in user.text
    assert assistant.smtp.wait_for(1, timeout=60.0), "no duty alert email within 60 s"
    user.say(again)
    assert opening not in user.text
    assert messages.text("urgent_again", language, "chi", helplines="").splitlines()[0] not in user.text
    assert messages.text("safety_check_heard", language, "chi") in user.text
    user.say(now)
    assert user.text.startswith(messages.text("urgent_now", language, "chi"))
    assert assistant.smtp.wait_for(2, timeout=60.0), "no update notice within 60 s"
    user.press("Carry on" if language == "en" else "Parhau")  # harm now: the questions wait for help (trial W27)
    assert user.text == messages.text("safety_check_help_coming", language, "chi")
    user.say(carry_on)  # help has come
    assert messages.text("safety_check_carry_on", language, "chi") in user.text
    assert user.text.endswith(messages.text("q_strengths", language, "chi"))
    conv, found = flags(sender)
    assert [f.text for f in found if f.joined_flag_id is None] == [disclosure]
    assert [f.text for f in found if f.joined_flag_id is not None] == [again, now]
    import email
    import email.policy

    mails = [email.message_from_bytes(m.raw, policy=email.policy.default) for m in assistant.smtp.received]
    raws = [f"{mail['Subject']}\n{mail.get_body().get_content()}" for mail in mails]  # type: ignore[union-attr]
    assert len([r for r in raws if conv.reference in r]) == 2  # the alert, and one update
    assert any("harm may be happening now" in r and "urgent, raised" in r for r in raws)
    from bot.safeguarding.alerts import DutyAlert, body, subject

    ours = " ".join(f"{subject(a)} {body(a)}" for a in (DutyAlert("WM-0000", level, "x") for level in ("urgent",
                                                                                                     "raised")))
    for raw in raws:
        for word in (*disclosure.split(), *now.split()):
            if len(word) > 3 and word not in ours:  # ("wedi" is the alert's own Welsh too)
                assert word not in raw, f"the person's word {word!r} leaked into the alert"


#: Read by the learned model alone, below the bar where it is sure (dev2_disclosures.tsv; stop 24): "please check".
PLEASE_CHECK = {"en": WATER, "cy": FUNERAL}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_please_check_gets_a_gentle_reply_an_unsure_alert_and_the_questions_go_on(assistant, language) -> None:
    """Stop 24, over the real stack: the learned model alone, unsure. Not the urgent reply and no "are you safe?"
    pause, but thanks, 999 and one helpline, then the next question; the duty team's email says the assistant was
    unsure, and holds no words; the flag is a concern marked "please check", the record not marked urgent."""
    sender = f"e2e-check-{language}-" + uuid.uuid4().hex[:8]
    user = start(assistant, sender, language, "it's about me" if language == "en" else "mae hyn amdana i")
    assistant.smtp.clear()
    user.say(PLEASE_CHECK[language])
    gentle_first_line = messages.text("please_check", language, "chi", helpline="").splitlines()[0]
    assert gentle_first_line in user.text and "999" in user.text
    assert messages.text("urgent", language, "chi", helplines="").splitlines()[0] not in user.text
    assert messages.text("safety_check", language, "chi") not in user.text
    conv, found = flags(sender)
    assert conv.urgent is False
    assert [(f.level, f.please_check, f.text) for f in found] == [("concern", True, PLEASE_CHECK[language])]
    assert assistant.smtp.wait_for(1, timeout=60.0), "no duty alert email within 60 s"
    raw = assistant.smtp.received[-1].raw.decode("utf-8", "replace")
    assert conv.reference in raw and "please check" in raw.lower()
    for word in PLEASE_CHECK[language].split():
        if len(word) > 4:
            assert word not in raw, f"the person's word {word!r} leaked into the alert"
