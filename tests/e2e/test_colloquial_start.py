"""Colloquial Welsh and English at the start, over the real Rasa (issue 11).

The core's behaviour is tested in tests/conversation/test_colloquial.py; these check that Rasa's NLU
and rules bring each quoted message to it: the greeting never loops, a carer's own words, a name in
a sentence, a language typed as an answer, and a change of mind after saying no.
"""
from __future__ import annotations

import uuid

import pytest

from bot import messages
from bot.storage.db import session_scope
from tests.support.records import stored_conversation

pytestmark = pytest.mark.e2e


def test_short_replies_get_the_greeting_once_the_buttons_once_then_carry_on(assistant) -> None:
    user = assistant.user("e2e-coll-offer-" + uuid.uuid4().hex[:8])
    user.say("hiya")
    assert user.text == messages.text("active_offer", None)
    user.say("ok")
    assert user.text == messages.text("active_offer_again", None)
    assert [b["title"] for b in user.buttons] == ["Cymraeg", "English"]
    user.say("ok")
    assert messages.text("active_offer", None) not in user.text
    assert messages.text("language_set", "cy") in user.text
    assert user.text.endswith(messages.text("consent_choice", "cy"))


def test_a_welsh_carer_in_their_own_words(assistant) -> None:
    user = assistant.user("e2e-coll-carer-" + uuid.uuid4().hex[:8])
    user.say("helo")
    user.say("ia")  # a Welsh reply to the offer: Welsh, and the consent question
    assert user.text.endswith(messages.text("consent_choice", "cy"))
    user.say("yndi 👍")
    user.say("dwi'n edrych ar ol dad")
    assert user.text.endswith(messages.text("name", "cy", role="carer"))
    user.say("Eirian")
    user.say("Dad. Gwilym ydi enw fo")
    assert messages.text("redirect", "cy") not in user.text
    # "Dad" already says how they are connected: the relationship question is not asked again, and the
    # questions that follow use Gwilym's name ("merch fo dwi" as a relationship answer: tests/conversation).
    assert messages.text("relationship", "cy", role="carer", cared_for_name="Gwilym") not in user.text
    assert "Gwilym" in user.text and "Dad. Gwilym" not in user.text
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        # ("dad" as said at "who is talking?": kept there since leftovers34)
        assert (conv.completed_by, conv.cared_for_name, conv.relationship_to_person) == (
            "carer", "Gwilym", "dad")


@pytest.mark.parametrize("no,changed,yes,language", [
    ("na", "sori, dwi wedi newid fy meddwl", "ia", "cy"), ("no", "sorry I've changed my mind", "yes", "en")])
def test_a_change_of_mind_after_saying_no(assistant, no: str, changed: str, yes: str, language: str) -> None:
    user = assistant.user("e2e-coll-mind-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say(no)
    assert messages.text("declined", language) in user.text
    user.say(changed)
    assert messages.text("consent_again", language) in user.text
    # After a "no" the stored events lost their words (bot/storage/tracker_store.py): the whole consent text again.
    assert user.text.endswith(messages.text("consent_choice", language))
    user.say(yes)
    assert user.text.endswith(messages.text("role", language))
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.consent is True and conv.status != "declined"
        assert not conv.urgent and conv.risk_flags == []


@pytest.mark.parametrize("language,asking,grudging,name_asking", [
    ("cy", ["sori?", "be dach chi'n feddwl?"], "os oes rhaid", "be?"),
    ("en", ["sorry?", "what do you mean"], "yeah if I must", "what do you mean"),
])
def test_asking_what_a_start_question_means(assistant, language: str, asking: list[str], grudging: str,
                                            name_asking: str) -> None:
    """dev_starts (stop 19): asking twice at consent ended with nothing kept; a grudging yes was not understood;
    asking at the name question skipped it."""
    user = assistant.user("e2e-coll-asks-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    for text in asking:
        user.say(text)
        assert messages.text("consent_explained", language) in user.text
        # Explained, then the short question: the whole consent text was shown once already in this language.
        assert user.text.endswith(messages.text("consent_short", language))
    user.say(grudging)
    assert user.text.endswith(messages.text("role", language))
    user.say("fi" if language == "cy" else "me")
    user.say(name_asking)
    assert messages.text("question_again", language) in user.text
    assert user.text.endswith(messages.text("name", language))
    user.say("Well I'm Susan but I go by Sue" if language == "en" else "ym, Siân dw i")
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.consent is True and conv.completed_by == "person"
        assert conv.display_name == ("Sue" if language == "en" else "Siân")


@pytest.mark.parametrize("language,stop,answer", [
    ("cy", "sori gorfod mynd ma Cai yn llefen. alla i neud y gweddill wedyn?", "Dwi'n methu stopio poeni am y biliau"),
    ("en", "gotta go, can I finish this later?", "I can't stop worrying about the bills"),
])
def test_a_stop_in_a_sentence_mid_form(assistant, language: str, stop: str, answer: str) -> None:
    """Stop-20 trial T2 over the real NLU: a stop asked for in a sentence stops, and is never kept as an answer;
    'stop' inside an answer is an answer."""
    user = assistant.user("e2e-coll-stop-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say("ia" if language == "cy" else "yes")
    user.say("fi" if language == "cy" else "me")
    user.say("Cai")
    user.say(answer)  # the what-matters answer: kept, and the next question
    assert messages.text("stopped", language) not in user.text
    user.say(stop)
    assert messages.text("stopped", language) in user.text
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        texts = [a.text for a in conv.answers]
        assert answer in texts and stop not in texts and conv.status == "stopped"


@pytest.mark.parametrize("language,asks,yes", [
    ("en", "will my mum see what i write?", "yes"),
    ("cy", "pwy fydd yn darllen hwn? ydy mam yn cael gweld?", "ia"),
    ("en", "does this go to my social worker? i dont want her reading everything", "ok"),
    ("cy", "ydi hwn yn mynd at fy social worker i? dwi'm isio hi ddarllen bob dim", "iawn"),
])
def test_who_sees_it_asked_at_consent(assistant, language: str, asks: str, yes: str) -> None:
    """Stop-20 trial T37, stop-21 U2/U31 over the real NLU: whatever intent the question is read as, it is answered
    (who reads the answers, not family), nothing is declined or accepted, and only the short question follows."""
    user = assistant.user("e2e-coll-who-sees-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say(asks)
    assert messages.text("who_sees", language) in user.text
    assert user.text.endswith(messages.text("consent_short", language))
    assert messages.text("consent_choice", language) not in user.text
    user.say(yes)
    assert user.text.endswith(messages.text("role", language))
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.consent is True and conv.status != "declined"


@pytest.mark.parametrize("language,typed", [("cy", "Cymraeg"), ("en", "English")])
def test_the_language_in_use_typed_at_consent(assistant, language: str, typed: str) -> None:
    """Stop-20 closing note: "Cymraeg" typed at consent in a Welsh chat repeated the whole consent text."""
    user = assistant.user("e2e-coll-lang-consent-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say(typed)
    assert user.text.endswith(messages.text("consent_short", language))
    assert messages.text("consent_choice", language) not in user.text


@pytest.mark.parametrize("language,word,more,puzzled,why", [
    ("en", "fifa", "i play it online with my mates every night", "what do you mean", "why are you asking me all this?"),
    ("cy", "ffwtbol", "dwi'n chwarae i dîm y dref bob dydd Sadwrn", "dwi'm yn dallt", "pam ti'n gofyn hyn i gyd?"),
])
def test_replies_that_respond_over_the_real_nlu(assistant, language: str, word: str, more: str, puzzled: str,
                                                 why: str) -> None:
    """Stop-21 trial U36 / U19, stop-22 trial V41 / V3 over the real NLU: a one-word answer is invited once to say
    more; "what do you mean" gets the question in plainer words; "why are you asking all this?" gets why; none of
    them is kept as an answer."""
    user = assistant.user("e2e-coll-tone-" + uuid.uuid4().hex[:8])
    user.say("/greet")
    user.press("Cymraeg" if language == "cy" else "English")
    user.say("ia" if language == "cy" else "yes")
    user.say("fi" if language == "cy" else "me")
    user.say("Cai")
    user.say(word)
    assert user.text.endswith(messages.text("invite_more_tail", language))
    user.say(more)
    assert user.text.endswith(messages.text("q_strengths", language))
    user.say(puzzled)
    assert user.text.endswith(messages.text("plain_q_strengths", language))
    user.say("Fy chwaer a fy ffrindiau" if language == "cy" else "My sister and my mates")
    assert user.text.endswith(messages.text("q_keep", language))
    user.say(why)
    assert messages.text("why_we_ask", language) in user.text and user.text.endswith(messages.text("q_keep", language))
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        kept = [(a.question_key, a.text) for a in conv.answers]
        assert ("what_matters", word) in kept and ("what_matters", more) in kept
        assert ("aside", puzzled) in kept and ("aside", why) in kept
