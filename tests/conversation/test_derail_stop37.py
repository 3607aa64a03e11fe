"""Derailments, stop 37 (issue 11), found by probing the start and the form through the core with the readable
sets' replies, and by the fuzzing player drawing on the test set's twins (benchmarks/derail_fuzz.py --twins).

- "dwi'n deall" / "fi'n dallt" (I understand) was read as "dwi'm yn deall" (I don't understand): the "not" in the
  reader was optional. At "is it OK to write down your answers?" the consent was explained again each time, and an
  explanation is never counted as a reply not understood, so the same reply looped for ever. Now only a "not" (or
  "sai", a "not" by itself) makes it a request to explain.
- A carer putting right a name we never had, then answering ("O ie, sori - Meg yw hi, nid Megan. Neb yn galw hi'n
  Megan. Becso am y nosweithiau fi.", with "Mam" in use) lost the answer: the correction took the whole message and
  the question came again (a swallowed answer). Now the sentences after the correction are read: an answer there is
  kept whole as the answer; a correction alone is still a correction.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.controls import asks_what_it_means
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started
from tests.conversation.test_colloquial import Dialogue


def _sender(*parts: object) -> str:
    return "mem-derail37-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_consent(sender: str, language: str) -> Dialogue:
    dialogue = Dialogue(sender)
    dialogue.say("helo" if language == "cy" else "hello")
    dialogue.say("", intent="choose_language", chosen=[language])
    assert dialogue.asking == "consent_choice"
    return dialogue


#: Saying they understand, north and south, with and without the apostrophe; and the English twin.
UNDERSTAND = {"cy": ["dwi'n deall", "Dwi'n dallt", "fi'n deall", "wi'n deall", "dw i'n dallt"],
              "en": ["I understand", "ok I understand"]}
#: Saying they do not: still a request to explain.
NOT_UNDERSTAND = {"cy": ["dwi'm yn dallt", "dwi ddim yn deall", "sai'n deall", "wi ddim yn deall", "fi ddim yn deall"],
                  "en": ["I don't understand", "i dont get it"]}


@pytest.mark.parametrize("text", UNDERSTAND["cy"] + UNDERSTAND["en"])
def test_saying_they_understand_is_not_asking_what_it_means(text: str) -> None:
    assert not asks_what_it_means(text)
    assert not asks_what_it_means(text, question="q_keep")


@pytest.mark.parametrize("text", NOT_UNDERSTAND["cy"] + NOT_UNDERSTAND["en"])
def test_saying_they_do_not_understand_still_asks(text: str) -> None:
    assert asks_what_it_means(text)
    assert asks_what_it_means(text, question="q_keep")


@pytest.mark.parametrize("language,understood", [("cy", "dwi'n deall"), ("en", "I understand")])
def test_understanding_the_explained_consent_is_no_loop(sqlite_url: str, language: str, understood: str) -> None:
    """"be?" gets the consent explained; "dwi'n deall" after it was explained again and again (a loop). Since stop 38
    (closing note 37: "I understand" and "ready" at consent) understanding the explained question is the yes: the
    questions begin, and nothing is explained or asked again."""
    dialogue = _at_consent(_sender("understood", language), language)
    dialogue.say("be?" if language == "cy" else "what?")
    explained = messages.text("consent_explained", language)
    assert explained in dialogue.replies[-1]
    dialogue.say(understood)
    assert explained not in dialogue.replies[-1]
    assert messages.text("consent_unclear", language) not in dialogue.replies[-1]
    assert dialogue.asking == "role" and dialogue.record().consent is True


# --- a name put right, then an answer: the answer kept -----------------------------------------------------------

#: A carer puts right a name we never had ("not Megan": we had "Mam"), then answers "is anything worrying you?".
MEG = {"cy": "O ie, sori - Meg yw hi, nid Megan. Neb yn galw hi'n Megan. Becso am y nosweithiau fi.",
       "en": "Oh sorry, actually she's called Meg, not Megan. Nobody calls her Megan. I worry about the nights."}
#: A correction with nothing after it is still a correction (the name from now on, the question again).
MEG_ONLY = {"cy": "sori, Meg yw hi, nid Megan!", "en": "sorry, she's called Meg, not Megan!"}


def _carer_at_worries(language: str, cared_for: str) -> MemoryConversation:
    sender = _sender("carer-worries", language, cared_for)
    conversation = started(sender, language, role="carer", name="Sian")
    conversation.say(cared_for)
    if conversation.requested == "relationship":  # ("Mam" says it already)
        conversation.say("merch" if language == "cy" else "daughter")
    assert conversation.slots["cared_for_name"] == cared_for
    while conversation.requested != "q_worries":
        assert conversation.requested is not None and conversation.requested.startswith("q_")
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_answer_after_putting_right_a_name_we_never_had_is_kept(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_worries(language, "Mam")
    conversation.say(MEG[language])
    assert MEG[language] in repository.answer_texts(conversation.sender_id)  # kept as typed, not lost
    assert conversation.requested == "q_people"  # the next question, not the same one again
    assert conversation.slots["cared_for_name"] in ("Mam", "Meg")  # the name we had, or the one she is called


@pytest.mark.parametrize("language", ["cy", "en"])
def test_putting_right_the_name_in_use_then_an_answer_still_renames(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_worries(language, "Megan")
    conversation.say(MEG[language])
    assert MEG[language] in repository.answer_texts(conversation.sender_id)
    assert conversation.slots["cared_for_name"] == "Meg"
    assert conversation.requested == "q_people"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_correction_alone_is_still_a_correction(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_worries(language, "Mam")
    conversation.say(MEG_ONLY[language])
    assert conversation.slots["cared_for_name"] == "Meg"
    assert conversation.requested == "q_worries"  # the question again, for its answer
