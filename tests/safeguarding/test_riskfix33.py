"""Four risk-reader gaps found at stop 33 (issue 11), each read in both languages with its calm look-alikes.

Why: "Her nephew Darren hits her." read no risk at all while "...and she's frightened of him" was urgent: a relative,
carer or neighbour hitting or hurting the person cared for, told in the present, is abuse whether or not fear is named.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk
from bot.storage import repository
from tests.conversation.memory import MemoryConversation

#: 1. A relative, carer or neighbour hitting or hurting the person cared for, now.
RELATIVE_HITS = [
    "Her nephew Darren hits her.",
    "Mae ei nai Darren yn ei tharo hi.",
    "Her carer hurts her.",
    "Mae ei gofalwr yn ei brifo hi.",
    "Her grandson hits her when he's had a drink.",
    "Mae ei mab yn ei churo hi pan mae o wedi bod yn yfed.",
]

#: The same words about a ball, the gym, the heat, feelings, luck and the past that is over.
RELATIVE_CALM = [
    "he hits the ball",
    "Darren hits the gym",
    "the heat hits her",
    "her son hits the gym every morning",
    "her son hurts her feelings sometimes",
    "mae'r gwres yn ei tharo hi",
    "mae ei mab yn ei tharo hi'n lwcus",
    "he hit her once years ago, he's changed",
    "her nephew hit her once years ago, he's changed",
    "wnaeth ei nai ei tharo hi unwaith flynyddoedd yn ôl, mae o wedi newid",
]


@pytest.mark.parametrize("text", RELATIVE_HITS)
def test_a_relative_hitting_the_person_cared_for_is_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent"
    assert "abuse" in found.categories


@pytest.mark.parametrize("text", RELATIVE_CALM)
def test_hitting_a_ball_the_gym_or_the_past_stays_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


#: 2. Someone keeping her card while her money goes, told at a start question (who is talking, names, relationship):
#: urgent in Welsh by rule and only by the learned model in English, so a concern in English alone there (leftovers33).
MONEY_KEPT = {
    "en": "Her nephew Darren calls round on a Friday night. He keeps her bank card now, but her pension is gone "
          "before the end of the week and I don't know where it goes.",
    "cy": "Ma'i nai hi, Darren, yn galw draw ar nos Wener. Fe sy'n cadw'i cherdyn banc hi nawr, ond ma'r pensiwn "
          "yn diflannu cyn diwedd yr wthnos a sa i'n gwbod ble ma fe'n mynd.",
}
#: Her card kept safe in a drawer: no one keeping her money from her.
CARD_KEPT_SAFE = {"en": "He keeps her bank card safe in the drawer.", "cy": "Mae o'n cadw ei cherdyn yn saff yn y drôr."}
START_QUESTIONS = ("role", "name", "cared_for_name", "relationship")
_senders = itertools.count()


def _at_start(language: str, slot: str) -> MemoryConversation:
    """A carer's conversation at one of the start questions, with the record a real start leaves."""
    sender = f"riskfix33-{language}-{next(_senders)}"
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes"})
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language, register="chi")
    repository.record_consent(sender, True)
    conversation.start()
    while conversation.requested != slot:
        assert conversation.requested in START_QUESTIONS, conversation.requested
        answer = {"role": "carer", "name": "Sian", "cared_for_name": "Nerys", "relationship": "aunt"}
        conversation.say(answer[conversation.requested], value=answer[conversation.requested])
    return conversation


@pytest.mark.parametrize("slot", START_QUESTIONS)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_her_card_kept_and_her_money_gone_is_urgent_at_the_start_in_both(sqlite_url: str, language: str,
                                                                         slot: str) -> None:
    conversation = _at_start(language, slot)
    conversation.say(MONEY_KEPT[language])
    assert repository.is_urgent(conversation.sender_id)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_her_card_kept_safe_is_no_alert_at_the_start(sqlite_url: str, language: str) -> None:
    conversation = _at_start(language, "role")
    conversation.say(CARD_KEPT_SAFE[language])
    assert not repository.is_urgent(conversation.sender_id)
    assert assess_risk(CARD_KEPT_SAFE[language]).level != "urgent"


#: 3. Followed on social media is not stalking by itself; followed home or everywhere still is.
FOLLOWED_ONLINE = ["my ex follows me on instagram", "mae fy ex yn dilyn fi ar instagram", "my ex is following me on tiktok"]
FOLLOWED_HOME = ["my ex follows me home", "mae fy ex yn dilyn fi adra", "my ex keeps following me everywhere",
                 "my ex is stalking me on instagram"]


@pytest.mark.parametrize("text", FOLLOWED_ONLINE)
def test_followed_on_social_media_is_no_alarm(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", FOLLOWED_HOME)
def test_followed_home_or_everywhere_is_still_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories


#: 4. A fall told with how often it happened is a falls concern in both languages.
FALLEN = ["help in the bath because I've fallen once", "help yn y bath achos dw i wedi syrthio unwaith",
          "She fell a few times this winter", "Mae hi wedi syrthio ychydig o weithiau y gaeaf 'ma"]
#: Fallen asleep, behind with the rent, out with a sister, ill, in love; prices fallen once again; falling asleep in Welsh.
NOT_A_FALL = ["I have fallen asleep in the chair", "I've fallen behind with the rent", "she has fallen out with her sister",
              "he has fallen ill", "prices have fallen once again", "I have fallen in love with the garden",
              "dw i wedi syrthio i gysgu yn y gadair"]


@pytest.mark.parametrize("text", FALLEN)
def test_a_fall_with_how_often_is_a_falls_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "falls" in found.categories


@pytest.mark.parametrize("text", NOT_A_FALL)
def test_fallen_asleep_behind_or_out_is_no_fall(text: str) -> None:
    assert "falls" not in assess_risk(text).categories
