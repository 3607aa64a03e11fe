"""Third trial (stop 26) W8, over the real assistant: a Welsh learner answered "is it OK to keep your answers?" with
"Ydy. sorry my Welsh is not very good", was switched to English unasked, and her "Ydy" was lost (the consent question
came again); "Ond dw i eisiau trio Cymraeg, plis, yn araf" was then ignored. Now a learner's apology keeps Welsh with
either language welcome, the consent given in the same words is kept, and asking to try Welsh again switches back.
"""
from __future__ import annotations

import uuid

from bot import messages
from bot.storage.db import session_scope
from tests.support.records import stored_conversation


def _at_consent(assistant, opening: str):
    user = assistant.user("e2e-learner-" + uuid.uuid4().hex[:8])
    user.say(opening)
    user.press("Cymraeg")
    return user


def test_a_learners_apology_keeps_welsh_and_her_yes(assistant) -> None:
    user = _at_consent(assistant, "Helo. Dw i'n dysgu Cymraeg, sorry")
    user.say("Ydy. sorry my Welsh is not very good")
    said = user.text
    assert messages.text("learner_welcome", "cy", "chi") in said
    assert messages.text("language_switched", "en") not in said
    assert messages.text("role", "cy", "chi").split("?")[0] in said  # the next question, in Welsh: consent was kept
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.language == "cy" and conv.consent is True


def test_someone_not_learning_is_switched_and_their_yes_kept(assistant) -> None:
    user = _at_consent(assistant, "helo")
    user.say("Ydy. sorry my Welsh is not very good")
    said = user.text
    assert messages.text("language_switched", "en") in said
    assert messages.text("role", "en").split("?")[0] in said
    with session_scope() as s:
        conv = stored_conversation(s, user.sender)
        assert conv.language == "en" and conv.consent is True


def test_asking_to_try_welsh_again_switches_back(assistant) -> None:
    user = _at_consent(assistant, "helo")
    user.say("Ydy. sorry my Welsh is not very good")
    user.say("Ond dw i eisiau trio Cymraeg, plis, yn araf")
    assert messages.text("language_switched", "cy", "chi") in user.text
    with session_scope() as s:
        assert stored_conversation(s, user.sender).language == "cy"
