"""Stop-25 trial U7/U9 through the conversation core: a concern the worker should see is kept as a concern, gets a word
for it, raises no alert and the questions go on (the children hearing daddy shout; an older man not eating). The words
are the trial's, with their twins; fictional.
"""
from __future__ import annotations

import pytest

from bot.conversation.replies import WORRY_ACKS
from bot.storage import repository
from tests.conversation.test_tone_stop22 import _at, _text

WORRIES = {
    ("en", "children"): ("money mostly, and the kids noticing things. Ava asked why daddy shouts. I don't want social "
                         "services taking them off me, thats my biggest fear honestly", "domestic_abuse"),
    ("cy", "children"): ("arian yn bennaf, a'r plant yn sylwi ar bethau. Gofynnodd Ava pam mae dadi'n gweiddi. Dwi ddim "
                         "isio i'r gwasanaethau cymdeithasol fynd â nhw oddi arna i", "domestic_abuse"),
    ("cy", "eating"): ("Wel, does gen i ddim llawer o awydd bwyd ers colli Mair. Tost a phaned fel arfer. Mae'r trowsus "
                       "yn llac. Ond peidiwch â phoeni.", "self_neglect"),
    ("en", "eating"): ("Well, I've not had much appetite since I lost Mair. Toast and a cuppa usually. My trousers are "
                       "loose now. But don't worry.", "self_neglect"),
}


@pytest.mark.parametrize("language,kind", list(WORRIES))
def test_a_concern_is_kept_said_and_the_questions_go_on(sqlite_url: str, language: str, kind: str) -> None:
    text, category = WORRIES[(language, kind)]
    conversation = _at(language, "person", "q_worries", "u7u9", kind)
    conversation.say(text)
    concerns = repository.other_flag_categories(conversation.sender_id, "", "concern")
    assert len(concerns) == 1 and category in concerns[0]
    assert not repository.is_urgent(conversation.sender_id)
    # (a death named in passing, "ers colli Mair" / "since I lost Mair", is met with sympathy since stop 31's re-trial
    # AC14; since stop 44 (AX24) after the word for the concern read in the same answer, which comes first)
    assert conversation.text.startswith(tuple(_text(key, language) for key in WORRY_ACKS))
    if kind == "eating":
        assert _text("ack_loss", language) in conversation.text
    assert conversation.requested not in (None, "q_worries")  # the next question, no pause
