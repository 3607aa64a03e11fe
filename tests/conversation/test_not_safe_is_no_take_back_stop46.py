"""Reviews 46 and 46b (A1, H1, H2, M1): "forget it. im not safe" at "are you safe right now?" was read as a take-back (stop 46's new
"forget that" rows at the check): the young person was told "I get that you'd rather not have said it" and offered
only the choice, with no 999 line. A reply that says they are not safe is never a take-back, whatever words open it.
"""
from __future__ import annotations

import pytest

from bot.conversation import safety
from tests.conversation.test_disclosure_path_stop46 import BEFORE_THE_CHECK, READ_AND_TYPED, _at_keep

NOT_SAFE = [
    ("en", "my stepdad hit me last night", "forget it. im not safe"),
    ("en", "my stepdad hit me last night", "ignore that. hes in the house and im scared"),
    ("en", "my stepdad hit me last night", "nah forget that hes coming back tonight and ill be dead"),
    ("cy", "nath llystad fi bwrw fi neithiwr", "anghofia hynna, dw i ddim yn saff"),
    ("cy", "nath llystad fi bwrw fi neithiwr", "jyst anghofia hynna, sa i'n saff o gwbl"),
]


@pytest.mark.parametrize("language, disclosure, reply", NOT_SAFE)
def test_a_not_safe_reply_that_opens_with_forget_it_gets_999(sqlite_url: str, language: str, disclosure: str,
                                                              reply: str) -> None:
    conversation = _at_keep(language, "not-safe", reply)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    before = len(conversation.said)
    conversation.say(reply, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    answer = "\n".join(m.text for m in conversation.said[before:])
    assert "999" in answer
    assert "rather not have said" not in answer and "well gen ti" not in answer.lower()


@pytest.mark.parametrize("language, disclosure, reply", [
    ("en", "sometimes i think everyone would be better off without me", "nah ignore that im not gonna do anything stupid"),
    ("cy", "weithia dwi'n meddwl sa pawb yn well off hebdda fi", "na anghofia hynna, dwi ddim am neud dim byd gwirion"),
])
def test_a_take_back_at_the_check_is_still_one(sqlite_url: str, language: str, disclosure: str, reply: str) -> None:
    conversation = _at_keep(language, "take-back", reply)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    before = len(conversation.said)
    conversation.say(reply, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    answer = "\n".join(m.text for m in conversation.said[before:]).lower()
    assert "are you safe" not in answer and "wyt ti'n ddiogel" not in answer


# Review 46 (H1): words sent on the heels of a take-back or "carry on" at the check were kept with that reply, in
# silence ("Thanks, I've added that too"), whatever they said.
ON_THE_HEELS = [
    ("en", "sometimes i think everyone would be better off without me", "nah ignore that im not gonna do anything stupid",
     "actually im not safe"),
    ("en", "sometimes i think everyone would be better off without me", "nah ignore that im not gonna do anything stupid",
     "ive got pills saved up tho"),
    ("cy", "weithia dwi'n meddwl sa pawb yn well off hebdda fi", "na anghofia hynna, dwi ddim am neud dim byd gwirion",
     "na dydw i ddim yn saff"),
]


@pytest.mark.parametrize("language, disclosure, reply, piece", ON_THE_HEELS)
def test_not_safe_on_the_heels_of_a_reply_is_heard(sqlite_url: str, language: str, disclosure: str, reply: str,
                                                   piece: str) -> None:
    conversation = _at_keep(language, "heels", piece)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(reply, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    before = len(conversation.said)
    conversation.say(piece, seconds_since_asked=BEFORE_THE_CHECK, typing_window=True)
    answer = "\n".join(m.text for m in conversation.said[before:])
    assert "999" in answer or "111" in answer


# Review 46 (M1): the one they fear near or armed, in the disclosure's own burst, was added in silence.
@pytest.mark.parametrize("language, disclosure, piece", [
    ("en", "my stepdad hit me last night", "and he has a knife"),
    ("en", "my stepdad hit me last night", "hes in the next room"),
    ("cy", "ma llystad fi di bwrw fi neithiwr", "a ma cyllell gyda fe"),
])
def test_the_one_they_fear_near_in_the_burst_gets_999(sqlite_url: str, language: str, disclosure: str,
                                                      piece: str) -> None:
    conversation = _at_keep(language, "near", piece)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    before = len(conversation.said)
    conversation.say(piece, seconds_since_asked=BEFORE_THE_CHECK, typing_window=True)
    assert "999" in "\n".join(m.text for m in conversation.said[before:])


# Review 46 (H2): harm by someone else told at a suicide alert's check is an alert of its own.
@pytest.mark.parametrize("language, thought, harm, seconds", [
    ("en", "sometimes i think everyone would be better off without me", "and my dad hits me when hes drunk",
     READ_AND_TYPED),
    ("en", "sometimes i think everyone would be better off without me", "and my uncle touches me when i stay there",
     BEFORE_THE_CHECK),
    ("cy", "weithia dwi'n meddwl sa pawb yn well off hebdda fi", "a ma dad yn hitio fi pan mae o'n feddw",
     READ_AND_TYPED),
])
def test_harm_by_someone_else_at_a_suicide_alerts_check_is_its_own_alert(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch, language: str, thought: str, harm: str,
        seconds: float) -> None:
    sent: list[int] = []
    monkeypatch.setattr(safety, "deliver_soon", lambda flag_id, reference, level: sent.append(flag_id))
    conversation = _at_keep(language, "other-harm", harm)
    conversation.say(thought, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(harm, seconds_since_asked=seconds, typing_window=True)
    assert len(sent) == 2
