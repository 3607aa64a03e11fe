"""Questions to the assistant itself get an honest answer, and the question they were asked comes again.

In the stop 17 trial "Ydach chi'n berson go iawn, 'ta peiriant?" was stored as the answer to "who is
important to you?", "r u even a real person" became a process outcome, and "Who's going to read all
this then?" at the consent question got "Sorry, I didn't quite catch that".
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_consent, _at_role


def _sender(*parts: object) -> str:
    return "mem-about-assistant-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


WHOLE = {
    "cy": ["Ydach chi'n berson go iawn, 'ta peiriant?", "Pwy fydd yn darllen hyn i gyd, deudwch?", "wyt ti'n robot",
           "oes rhywun yn darllen hwn?"],
    "en": ["r u even a real person", "Who's going to read all this then?", "are you a bot lol",
           "is anyone actually reading this?", "am I talking to a real person?"],
}
NOT_ABOUT_IT = ["I want to see a real person at the visit", "my son reads the post for me", "Mae Dad yn berson go iawn",
                "I like robots", "are you going to send someone?", "who reads to her at night? me"]


@pytest.mark.parametrize("text", [t for texts in WHOLE.values() for t in texts])
def test_a_question_about_the_assistant_is_read_as_one(text: str) -> None:
    assert asks_about_assistant(text) == "whole"


@pytest.mark.parametrize("text", NOT_ABOUT_IT)
def test_answers_that_mention_people_or_reading_are_not(text: str) -> None:
    assert asks_about_assistant(text) is None


def _at_question(sender: str, language: str, slot: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say("Glenys")
    while dialogue.asking != slot:
        dialogue.say("skip")
    return dialogue


@pytest.mark.parametrize("language,text", [(lang, t) for lang, texts in WHOLE.items() for t in texts])
def test_mid_way_it_is_answered_honestly_and_the_question_comes_again(sqlite_url: str, language: str,
                                                                      text: str) -> None:
    sender = _sender("mid", language, text)
    dialogue = _at_question(sender, language, "q_people")
    said = dialogue.say(text)
    assert messages.text(about_assistant_reply(text), language, "chi") in said
    assert dialogue.asking == "q_people"  # asked again, not taken as their answer
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert text not in [a.text for a in conv.answers] and text not in [o.text for o in conv.outcomes]
    dialogue.say("Fy chwaer Mair" if language == "cy" else "My sister Mair")
    assert dialogue.asking != "q_people"


@pytest.mark.parametrize("language,text", [
    ("cy", "Mi fasa'n braf cael canllaw ar y grisiau. Pwy fydd yn darllen hyn i gyd, deudwch? A rhywbeth yn y "
           "bathrwm hefyd plis, mae'r bath yn anodd"),
    ("en", "A rail on the stairs would be lovely, and something in the bathroom. Who's going to read all this "
           "then? The bath is hard for me now"),
])
def test_inside_an_answer_the_answer_is_kept_and_the_question_answered(sqlite_url: str, language: str,
                                                                       text: str) -> None:
    sender = _sender("part", language)
    dialogue = _at_question(sender, language, "q_change")
    said = dialogue.say(text)
    assert messages.text(about_assistant_reply(text), language, "chi") in said
    assert dialogue.asking != "q_change"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and text in [a.text for a in conv.answers]


#: A question to the assistant with a statement of their own after it (stop 26, a fresh writer's "anything else"): the
#: statement is their answer, so the whole message is kept and the question answered; "just wondering" adds nothing.
SAID_AFTER = {
    "cy": ["pwy sy'n darllen hwn? dwi isio i Eirlys gael mynd allan mwy", "Fydd hyn yn mynd ar fy nghofnodion i? Dw i ddim isio ffys."],
    "en": ["Will this go on my records? I don't want no fuss.",
           "Does my mum see this? I want her to get help with her legs"],
}


@pytest.mark.parametrize("text", [t for texts in SAID_AFTER.values() for t in texts])
def test_a_statement_after_the_question_makes_it_an_answer(text: str) -> None:
    assert asks_about_assistant(text) == "part"


@pytest.mark.parametrize("text", ["who reads this? just wondering lol", "is this private? thanks",
                                  "pwy sy'n darllen hwn? jyst gofyn", "pwy fydd yn darllen hwn? ydy mam yn cael gweld?"])
def test_a_sign_off_or_a_second_question_after_it_does_not(text: str) -> None:
    assert asks_about_assistant(text) == "whole"


@pytest.mark.parametrize("language,text", [(lang, t) for lang, texts in SAID_AFTER.items() for t in texts])
def test_at_anything_else_the_statement_is_kept_and_the_question_answered(sqlite_url: str, language: str,
                                                                          text: str) -> None:
    sender = _sender("after", language, text)
    dialogue = _at_question(sender, language, "q_anything_else")
    said = dialogue.say(text)
    reply = messages.text(about_assistant_reply(text), language, "chi")
    assert reply.split(".")[0] in said  # (its figures, such as the days kept, are filled in when said)
    assert dialogue.asking != "q_anything_else"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and text in [a.text for a in conv.answers]


@pytest.mark.parametrize("language,text,yes", [("en", "Who's going to read all this then?", "yes"),
                                               ("cy", "Pwy fydd yn darllen hyn i gyd?", "ia")])
def test_at_the_consent_question_too(sqlite_url: str, language: str, text: str, yes: str) -> None:
    dialogue = _at_consent(_sender("consent", language), language)
    said = dialogue.say(text)
    assert messages.text(about_assistant_reply(text), language, "chi") in said
    assert dialogue.asking == "consent_choice"
    dialogue.say(yes)
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,text", [
    ("cy", "Sori, o'n i'n gorfod mynd at Dad, odd e wedi trio mynd mas i'r clos yn ei byjamas. Ble o'n ni?"),
    ("en", "sorry, had to see to Dad. where were we?"),
    # ("what do you mean?", "Be dach chi'n feddwl, sut...?" get the question in plainer words: test_tone_stop22.py)
    # stop-18 trial: a remark on the form was kept as the next question's answer, and that question was lost
    ("en", "you skipped what she wants to change"),
    ("cy", "ti 'di anghofio gofyn be ma hi isio newid"),
])
def test_asking_where_they_were_gets_the_question_again_and_keeps_the_words(sqlite_url: str, language: str,
                                                                             text: str) -> None:
    """Second trial of stop 17: "Ble o'n ni?" was stored as the support answer and became a change outcome."""
    sender = _sender("again", language, text)
    dialogue = _at_question(sender, language, "q_support")
    said = dialogue.say(text)
    assert messages.text("question_again", language, "chi") in said
    assert dialogue.asking == "q_support"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        kept = [a for a in conv.answers if a.text == text]
        assert [a.question_key for a in kept] == ["aside"] and kept[0].outcomes == []


@pytest.mark.parametrize("text", ["I want to know where we were living when I was a child",
                                  "what do you mean by support, I just want my garden back",
                                  "Ble o'n ni'n byw pan o'n i'n blentyn? yn Nefyn"])
def test_an_answer_that_only_mentions_it_is_an_answer(text: str) -> None:
    from bot.analysis.about_assistant import asks_for_the_question_again

    assert not asks_for_the_question_again(text)
