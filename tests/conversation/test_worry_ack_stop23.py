"""Stop-23 trial W29: one cheerful line for everything. A 16-year-old lifting her drunk dad off the floor, a daughter
whose mother was found at the bus stop at 3am, a brother whose sister has not eaten since Tuesday, and an 84-year-old
who has not spoken to anyone for weeks each got "that really helps" or "Iawn, diolch yn fawr". A worry or a hard thing
told, about anyone, gets a word for it; the second one in a conversation a shorter word; a list of hobbies does not."""
from __future__ import annotations

import pytest

from bot.conversation.replies import WORRY_ACKS, tells_a_worry
from tests.conversation.test_tone_stop22 import _at, _text

WORRIES = {
    "cy": ["Ges i ofn mawr pan syrthiodd Mam yn y gegin wythnos dwytha, oedd hi ar y llawr am awr",
           "Mae'r mab yng nghyfraith yn galw efo'r papur bob bore. Dwi heb siarad efo neb arall ers wythnosau a deud y "
           "gwir, heblaw'r dyn llaeth."],  # the trial's own words (P5)
    # (stop 43: "found at the bus stop at 3am … in her nightie" is a "please check" now, going missing at night: AW5, AX3)
    "en": ["I'm so worried about her, last week she didn't know where she was going in town",
           "She hasn't eaten properly since Tuesday and won't let me in, she just talks through the letterbox."],
}
CALM = {"cy": "Dw i'n hoffi'r ardd a gweld fy chwaer ar y Sul", "en": "I like my garden and seeing my sister on Sundays"}


@pytest.mark.parametrize("text", [*WORRIES["cy"], *WORRIES["en"],
                                  "dwi'n gorfod codi fo o'r llawr weithia pan ma fo di meddwi",  # C1's own words
                                  "she fell last Tuesday by the bath and I couldn't get her up, I've done my back in, we "
                                  "waited 6 hours on the floor for the ambulance. I'm not going to top myself don't worry "
                                  "lol but I'm at the end of my tether some days."])  # C7's own words (W30)
def test_a_worry_is_read(text: str) -> None:
    assert tells_a_worry(text)


@pytest.mark.parametrize("text", [CALM["cy"], CALM["en"], "No worries really, she's doing well",
                                  "Dwi ddim yn poeni amdani hi, mae hi'n iawn"])
def test_calm_answers_and_no_worries_are_not(text: str) -> None:
    assert not tells_a_worry(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_worry_about_anyone_gets_a_word_then_a_shorter_one(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "person", "q_what_matters", "w29")
    first, second = WORRIES[language]
    conversation.say(first)
    assert conversation.text.startswith(_text(WORRY_ACKS[0], language))
    conversation.say(second)
    assert conversation.text.startswith(_text(WORRY_ACKS[1], language))
    assert _text("ack_long_2", language) not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_calm_answer_keeps_the_ordinary_word(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "person", "q_what_matters", "w29-calm")
    conversation.say(CALM[language])
    assert not conversation.text.startswith(tuple(_text(key, language) for key in WORRY_ACKS))
