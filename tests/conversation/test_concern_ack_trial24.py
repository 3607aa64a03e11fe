"""Stop-24 trial T8: grief and feeling a burden got "thank you for so much detail, that's a big help".

"ers i Mair farw dwi ddim yn gweld pwynt mewn llawer o ddim byd ... dwi'n teimlo fel baich ar bawb" was read as low
mood (a concern) and answered with the long-answer line. Feeling a burden, seeing no point, sad, is how they feel; an
answer read as a concern gets a word for it, never praise for detail. A calm long answer keeps the ordinary line.
"""
from __future__ import annotations

import pytest

from bot.conversation.replies import WORRY_ACKS, says_how_they_feel
from tests.conversation.test_tone_stop22 import _at, _text

HEAVY = {
    "cy": "Mae'r ardd yn bwysig i fi, a'r capel ar y Sul. Ond ers i Mair farw dwi ddim yn gweld pwynt mewn llawer o "
          "ddim byd a dweud y gwir, mae'r dyddiau'n hir iawn. Dwi'n teimlo fel baich ar bawb, y plant yn ffonio bob "
          "nos achos bod nhw'n poeni amdana i.",
    "en": "The garden matters to me, and chapel on a Sunday. But since Mair died I don't see the point in much to be "
          "honest, the days are very long. I feel like a burden on everyone, the kids ring every night because they "
          "worry about me.",
}


@pytest.mark.parametrize("text", ["dwi'n teimlo fel baich ar bawb", "dwi ddim yn gweld pwynt", "I feel like a burden",
                                  "I'm so sad since she went"])
def test_feeling_a_burden_or_no_point_is_how_they_feel(text: str) -> None:
    assert says_how_they_feel(text)


@pytest.mark.parametrize("text", ["she likes sad films", "Mae o'n cario baich y fferm ers i'w dad farw"])
def test_a_sad_film_is_not(text: str) -> None:
    assert not says_how_they_feel(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_grief_and_a_burden_get_a_word_not_thanks_for_the_detail(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "person", "q_what_matters", "t8")
    conversation.say(HEAVY[language])
    said = conversation.text
    assert not any(_text(key, language) in said for key in ("ack_long", "ack_long_2"))
    assert said.startswith((_text("ack_feeling", language), _text("ack_heavy", language),
                            *(_text(key, language) for key in WORRY_ACKS)))
