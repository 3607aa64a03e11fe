"""Stop-23 trial W8: "Will a real person ring me after this though? I've filled in so many forms for Mum and nobody
ever gets back to me" was asked at consent, again inside an answer, and again alone ("you didnt answer me. will
someone ring me?"), and never answered. W12: a 16-year-old's "ia ok. ond ddim yr ysgol na?" (but not school, right?)
at consent was "not understood". Each is answered honestly (who reads the answers and gets in touch; who sees them),
then the question again; consent is never taken from the question."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_who_gets_in_touch, asks_who_sees
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _at_question, _sender
from tests.conversation.test_start_never_loops import _at_consent

ASKS_WHO_RINGS = [
    ("en", "Yes thats fine. Will a real person ring me after this though? I've filled in so many forms for Mum and "
           "nobody ever gets back to me"),  # the trial's own words
    ("cy", "Iawn, dim problem. Fydd person go iawn yn ffonio fi ar ol hyn? Dwi wedi llenwi gymaint o ffurflenni i Mam "
           "a does neb byth yn dod nol ata i"),
    ("en", "will someone ring me?"),
    ("cy", "neith rhywun gysylltu efo fi?"),
    ("en", "is anyone going to call me back?"),
    ("cy", "pryd fydd rhywun yn cysylltu?"),
]
NOT_ASKING = ["she rings me every night", "I want someone to ring me before they come, not just turn up",
              "mae hi'n ffonio fi bob nos", "Dwi isio i rywun ffonio cyn dod"]


@pytest.mark.parametrize("language,text", ASKS_WHO_RINGS)
def test_asking_if_a_person_will_ring_is_read(language: str, text: str) -> None:
    assert asks_who_gets_in_touch(text) and about_assistant_reply(text) == "who_gets_in_touch"


@pytest.mark.parametrize("text", NOT_ASKING)
def test_wishes_about_ringing_are_answers(text: str) -> None:
    assert not asks_who_gets_in_touch(text)


@pytest.mark.parametrize("language,text", ASKS_WHO_RINGS[:2])
def test_at_consent_it_is_answered_and_the_yes_beside_it_taken(sqlite_url: str, language: str, text: str) -> None:
    """"Yes thats fine. Will a real person ring me after this though?": the question is answered, and the yes said in a
    sentence of its own is taken (stop 30, eighth trial AB9: asking consent again lost a yes already given)."""
    dialogue = _at_consent(_sender("w8-consent", language, text), language)
    said = dialogue.say(text)
    assert messages.text("who_gets_in_touch", language, "chi") in said
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,text", [
    ("en", "Yes ok. But will a real person ring me after this?"),
    ("cy", "Iawn. Ond fydd person go iawn yn ffonio fi ar ol hyn?"),
])
def test_at_consent_a_yes_that_waits_on_the_answer_is_asked_again(sqlite_url: str, language: str, text: str) -> None:
    """A yes given with "but" / "ond" waits on the answer: answered, then consent asked again."""
    dialogue = _at_consent(_sender("w8-consent-but", language, text), language)
    said = dialogue.say(text)
    assert messages.text("who_gets_in_touch", language, "chi") in said
    assert dialogue.asking == "consent_choice"
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"


@pytest.mark.parametrize("language,answer", [
    ("en", "Mostly that she can stay in her own house. She's been there 50 years. Will a real person actually ring me "
           "about all this?"),
    ("cy", "Bod hi'n cael aros adra efo'i chath. Fydd rhywun yn ffonio fi am hyn i gyd?"),
])
def test_inside_an_answer_the_answer_is_kept_and_the_question_answered(sqlite_url: str, language: str,
                                                                       answer: str) -> None:
    sender = _sender("w8-part", language)
    dialogue = _at_question(sender, language, "q_what_matters")
    said = dialogue.say(answer)
    assert messages.text("who_gets_in_touch", language, "chi") in said
    assert dialogue.asking != "q_what_matters"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and answer in [a.text for a in conv.answers]


@pytest.mark.parametrize("language,text", [("en", "you didnt answer me. will someone ring me?"),
                                           ("cy", "ti heb ateb fi. fydd rhywun yn ffonio fi?")])
def test_asked_again_with_a_complaint_it_is_answered(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_question(_sender("w8-again", language), language, "q_people")
    said = dialogue.say(text)
    assert messages.text("who_gets_in_touch", language, "chi") in said
    assert dialogue.asking == "q_people"


@pytest.mark.parametrize("language,text", [
    ("cy", "ia ok. ond ddim yr ysgol na? dwi ddim isio i mrs hughes wbod bob dim lol"),  # the trial's own words
    ("en", "yeah ok. but not school right? i dont want mrs hughes knowing everything lol"),
    ("cy", "ydy'r ysgol yn cael gweld hwn?"),
])
def test_a_young_persons_question_about_school_at_consent_is_answered(sqlite_url: str, language: str,
                                                                      text: str) -> None:
    assert asks_who_sees(text)
    dialogue = _at_consent(_sender("w12", language, text), language)
    said = dialogue.say(text)
    assert messages.text("who_sees", language, "chi") in said
    assert dialogue.asking == "consent_choice"
