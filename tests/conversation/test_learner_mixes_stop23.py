"""Stop-23 trial W19: a learner chose Welsh to practise ("Cymraeg plis, I want to practise. Sorry if I slip into
English!") and the chat flipped English -> Welsh -> English in eight messages. Someone who says they are learning, will
mix, or want to practise keeps the language they chose, however each answer is written; they can still ask for the
other language."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.language import says_they_will_mix
from tests.conversation.memory import started

#: What the learner typed when choosing (the trial's own words), and a Welsh-first twin who will mix into English.
CHOSE = {
    "cy": ("Cymraeg plis, I want to practise. Sorry if I slip into English!", "cy"),
    "en": ("English os gwelwch yn dda, ond dwi'n cymysgu nhw weithiau, sori", "en"),
}
#: Long answers in the other language, each of which would follow a speaker who said nothing of mixing.
OTHER_LANGUAGE = {
    "cy": ["Mostly that Osian is happy and settled, he gets so anxious when things change and school has been hard",
           "He says nobody plays with him at break, and that breaks my heart, he just wants one good friend"],
    "en": ["Dw i eisiau aros yn fy nghartref fy hun gyda fy nghi bach a gweld fy wyrion bob wythnos",
           "Mae'r gofalwyr yn dod yn rhy gynnar yn y bore a dw i ddim wedi deffro'n iawn erbyn hynny"],
}


@pytest.mark.parametrize("text", [CHOSE["cy"][0], CHOSE["en"][0], "Dw i'n dysgu Cymraeg", "I'll probably mix them",
                                  "dwi isio ymarfer fy Nghymraeg"])
def test_saying_they_will_mix_is_read(text: str) -> None:
    assert says_they_will_mix(text)


@pytest.mark.parametrize("text", ["my welsh is rusty, can we do English", "she's learning to walk again",
                                  "mix the tablets in her yoghurt", "dwi isio dysgu nofio"])
def test_other_words_are_not(text: str) -> None:
    assert not says_they_will_mix(text)


@pytest.mark.parametrize("chose", ["cy", "en"])
def test_a_learner_who_mixes_keeps_the_language_chosen(sqlite_url: str, chose: str) -> None:
    words, language = CHOSE[chose]
    conversation = started(f"mem-w19-{chose}", language, role="person", name="Becky")
    conversation.messages.insert(0, words)  # said when choosing, before the form (Rasa's tracker holds it)
    for answer in OTHER_LANGUAGE[chose]:
        conversation.say(answer)
        assert conversation.slots["language"] == language
    other = "en" if language == "cy" else "cy"
    assert messages.text("language_followed", other) not in conversation.text


def test_without_saying_so_whole_answers_in_the_other_language_are_still_followed(sqlite_url: str) -> None:
    """Two in a row (stop-28 trial Y4: one alone never changes the language chosen)."""
    conversation = started("mem-w19-control", "cy", role="person", name="Becky")
    conversation.say(OTHER_LANGUAGE["cy"][0])
    assert conversation.slots["language"] == "cy"
    conversation.say(OTHER_LANGUAGE["cy"][1])
    assert conversation.slots["language"] == "en"
