"""A death told in an answer gets a short word of sympathy, once, never praise for the detail (stop-25 trial U11: a
proud 87-year-old named his late wife in a long formal-Welsh answer and heard "Mae hynny'n help mawr")."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.replies import tells_of_a_loss
from bot.conversation.safety import read_risk
from tests.conversation.test_disclosure_resume import _conversation, _skip_to

TOLD = {
    "cy": "Rydw i'n byw ar fy mhen fy hun ers i'm gwraig, Megan, farw dair blynedd yn ôl. Rydw i'n dal i fynd i'r "
          "capel bob Sul ac yn gofalu am yr ardd, ac mae'r cymdogion yn garedig iawn wrtha i. Mae fy merch yn ffonio "
          "bob nos o Gaerdydd, ac mae hynny'n bwysig iawn i mi, a'r papur dyddiol a'r croesair.",
    "en": "I've lived on my own since my wife, Megan, died three years ago. I still go to chapel every Sunday and look "
          "after the garden, and the neighbours are very kind to me. My daughter rings every night from Cardiff, and "
          "that matters a great deal to me, and the daily paper and the crossword.",
}
#: Later in the same conversation, the loss named again: no second condolence, and no "that really helps".
AGAIN = {
    "cy": "Megan oedd yn gwneud y bwyd i gyd cyn iddi farw, a dw i'n dal i ddysgu coginio. Hoffwn i gael help i "
          "wneud prydau syml, a chadw mynd i'r capel, a'r ardd, a'r cymdogion yn galw heibio fel maen nhw nawr, os "
          "yw hynny'n bosibl, a'r ferch yn ffonio bob nos.",
    "en": "Megan did all the cooking before she died, and I'm still learning. I'd like some help to make simple meals, "
          "and to keep going to chapel, and the garden, and the neighbours calling in as they do now, if that's "
          "possible, and my daughter ringing every night.",
}


@pytest.mark.parametrize("text", [
    "My wife died two years ago and I've been on my own since", "since she passed I dont go out much",
    "I lost my husband in March", "my late wife used to do the garden", "Mair died in the spring",
    "Ers i'r wraig farw dw i ar ben fy hun", "Bu farw fy ngŵr llynedd", "ar ôl colli Mam aeth popeth yn ddu",
    "Fy niweddar wraig, Mair, oedd yn coginio", "Mae Mair wedi marw ers dwy flynedd", "ma dad wedi marw",
    "Megan did all the cooking before she died",
])
def test_a_loss_is_heard(text: str) -> None:
    assert tells_of_a_loss(text)


@pytest.mark.parametrize("text", [
    "my phone died halfway through", "the battery died", "I nearly died laughing", "she's dead nice",
    "he's dead set on getting to the match", "I passed my driving test", "lost my keys again", "I'm on a late shift",
    "mae'r ffôn wedi marw", "dw i'n marw isio paned", "mam yn marw isio mynd i'r dre",
    "ma mamgu'n moyn mynd 'nôl i Langrannog cyn iddi hi farw", "she wants to see the sea before she dies",
])
def test_no_loss_in_look_alikes(text: str) -> None:
    assert not tells_of_a_loss(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_late_wife_gets_sympathy_once_and_no_praise_for_detail(sqlite_url: str, language: str) -> None:
    assert read_risk(TOLD[language]).level == "none"  # what the test rests on: the long, calm answer
    conversation = _conversation(language)
    _skip_to(conversation, "q_strengths")
    conversation.say(TOLD[language])
    sorry = messages.text("ack_loss", language, "chi")
    assert sorry in conversation.text
    for key in ("ack_long", "ack_long_2"):
        assert messages.text(key, language, "chi") not in conversation.text
    conversation.say(AGAIN[language])
    assert sorry not in conversation.text
    assert messages.text("ack_long_2", language, "chi") not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_young_person_hears_it_in_their_register(sqlite_url: str, language: str) -> None:
    told = {"cy": "nain oedd yn neud bob dim i fi ond ma hi di marw flwyddyn dwytha, dwi'n byw efo mam rwan",
            "en": "my nan used to do everything for me but she died last year, i live with mum now"}[language]
    conversation = _conversation(language, role="young_person")
    _skip_to(conversation, "q_strengths")
    conversation.say(told)
    assert messages.text("ack_loss", language, "ti") in conversation.text
    assert messages.text("ack_loss", language, "ti") != messages.text("ack_loss", language, "chi")
