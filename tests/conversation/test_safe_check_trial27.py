"""Stop-27 trial X10, X11: an older woman told of her grandson keeping her bank card and shouting, then answered "are
you safe right now?" with "Ydw siŵr, dydi o ddim yma rŵan. O diar, doeddwn i ddim isio gwneud ffys. Dydw i ddim isio i
Dylan gael trwbl efo'r polis." The "ddim" of the later sentences made her "yes" unsure, so she was asked again; and her
fear for him was answered "You asked about the police" and "You're not in trouble", which she had not asked. Now her
yes is heard, and the fear is answered as a fear for someone else. Through the conversation core, Welsh and English;
the words are fictional."""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_check_questions import questions_asked
from bot.analysis.safe_reply import says_they_are_safe
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
DISCLOSURE = {
    "cy": "Pan dw i'n gofyn i Dylan am y cerdyn yn ôl mae o'n gwylltio ac yn taro'r bwrdd ac yn gweiddi, a dw i'n crynu "
          "wedyn. Mae gen i ofn ei ddigio fo.",
    "en": "When I ask Dylan for my card back he loses his temper and bangs the table and shouts, and I shake after. I'm "
          "frightened of him.",
}
SAFE_AND_A_FEAR = {
    "cy": "Ydw siŵr, dydi o ddim yma rŵan. O diar, doeddwn i ddim isio gwneud ffys. Dydw i ddim isio i Dylan gael trwbl "
          "efo'r polis.",
    "en": "Yes of course, he's not here now. Oh dear, I didn't want to make a fuss. I don't want him to get in trouble "
          "with the police.",
}


@pytest.mark.parametrize("text", [*SAFE_AND_A_FEAR.values(), "Yes I'm safe, he's not here now. I don't want him to "
                                  "get in trouble with the police.", "dwi'n iawn. dwi ddim isio siarad am y peth"])
def test_safe_then_other_things_is_safe(text: str) -> None:
    assert says_they_are_safe(text)


@pytest.mark.parametrize("text", ["yes he's here now", "ydw ond mae o adra rŵan", "I'm fine. He's coming back tonight.",
                                  "I'm safe. But not for long.", "I'm fine. I can't take this anymore.",
                                  "dwi'n iawn. alla i ddim cario mlaen", "ydw. ond dwi ofn"])
def test_safe_with_danger_after_is_not(text: str) -> None:
    assert not says_they_are_safe(text)


@pytest.mark.parametrize("text,kinds", [
    (SAFE_AND_A_FEAR["cy"], ["their_trouble"]), (SAFE_AND_A_FEAR["en"], ["their_trouble"]),
    ("will the police come?", ["police"]), ("am i in trouble??", ["trouble"]),
])
def test_a_fear_for_him_is_no_question_about_the_police(text: str, kinds: list[str]) -> None:
    assert questions_asked(text) == kinds


@pytest.mark.parametrize("language", ["cy", "en"])
def test_her_yes_is_heard_and_her_fear_answered(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"safe-check-27-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Gwen"})
    conversation.start()
    conversation.say(DISCLOSURE[language])
    assert conversation.text.rstrip().endswith(messages.text("safety_check", language).rstrip()[-40:])
    conversation.said.clear()
    conversation.say(SAFE_AND_A_FEAR[language])
    said = conversation.text
    assert messages.text("safety_check_answer_their_trouble", language) in said
    assert messages.text("safety_check_answer_police", language) not in said
    assert messages.text("safety_check_answer_trouble", language) not in said
    assert messages.text("safety_check_again", language) not in said  # not asked again whether she is safe
    assert messages.text("safety_check_choose", language) in said
