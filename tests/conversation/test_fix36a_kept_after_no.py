"""Re-trial 35 AL4: what the safe check says about keeping is true to the consent state.

After "nah" the person was told "That's fine. I haven't kept anything you told me – only that you said no."; one
message later, after "thing is im sofa surfing at my mates in merthyr and his mam says i gotta be out by friday", the
safe check said "Everything you've told me is kept." Now, before a yes and after a no, it says only what went to the
safeguarding team is kept; after a yes it says everything is kept, as before. Played through the core the way Rasa's
rules route each message (tests.conversation.test_colloquial.Dialogue: an urgent message outside the questions goes to
the urgent reply, as the rule does); tests/e2e/test_fix36a_kept_after_no.py plays it over the REST channel.
"""
from __future__ import annotations

import pytest

from bot import messages
from tests.conversation.test_about_assistant import _sender
from tests.conversation.test_start_never_loops import _at_consent

DISCLOSURE = {
    "en": "thing is im sofa surfing at my mates in merthyr and his mam says i gotta be out by friday",
    "cy": "Dw i ddim isio byw rhagor, dw i wedi cael digon",
}
NO = {"en": "nah", "cy": "na"}
EVERYTHING_KEPT = {"en": "Everything you've told me is kept", "cy": "Mae popeth dych chi wedi'i ddweud wedi'i gadw"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_after_a_no_the_safe_check_says_only_the_disclosure_is_kept(sqlite_url: str, language: str) -> None:
    dialogue = _at_consent(_sender("fix36a-al4-no", language), language)
    declined = dialogue.say(NO[language])
    assert messages.text("declined", language) in declined
    reply = dialogue.say(DISCLOSURE[language])
    assert messages.text("safety_check_no_consent", language) in reply
    assert EVERYTHING_KEPT[language] not in reply
    record = dialogue.record()
    assert record.status == "declined" and record.consent is False and record.safe_check == "open"
    # what comes next says the same: the answers are not kept, the disclosure went to the team
    later = dialogue.say("im safe at my mates for now" if language == "en" else "dw i'n saff am nawr")
    assert messages.text("declined_flag_kept", language) in later
    assert EVERYTHING_KEPT[language] not in later


@pytest.mark.parametrize("language", ["en", "cy"])
def test_before_a_yes_the_safe_check_and_a_break_say_only_the_disclosure_is_kept(sqlite_url: str,
                                                                                 language: str) -> None:
    dialogue = _at_consent(_sender("fix36a-al4-before", language), language)
    reply = dialogue.say(DISCLOSURE[language])
    assert messages.text("safety_check_no_consent", language) in reply
    assert EVERYTHING_KEPT[language] not in reply
    pause = dialogue.say('/choose{"choice":"break"}', intent="choose")
    assert messages.text("safety_check_break_no_consent", language) in pause
    assert messages.text("safety_check_break", language) not in pause


@pytest.mark.parametrize("language, register", [("en", "chi"), ("cy", "chi"), ("cy", "ti"), ("en", "ti")])
def test_after_a_yes_everything_is_kept_as_before(sqlite_url: str, language: str, register: str) -> None:
    dialogue = _at_consent(_sender("fix36a-al4-yes", language, register), language)
    dialogue.slots["register"] = register
    dialogue.say("yes" if language == "en" else "ia")
    assert dialogue.asking == "role"
    reply = dialogue.say(DISCLOSURE[language])
    assert messages.text("safety_check", language, register) in reply
    assert messages.text("safety_check_no_consent", language, register) not in reply
