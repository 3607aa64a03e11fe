"""Stop 27 (a fourth fresh writer's conversations): after a disclosure, a later answer that goes back to it reads as
nothing on its own: "bod mam yn mynd i fod yn flin efo fi. a bod Steve yn dod nos fory" after a child told of Steve
coming into her room at night; "soniais i am y tabledi" after a carer told of counting her dad's tablets; "jay bein angry
if he finds out i said about the flat". Said after that disclosure it is more of it: urgent, added to the same alert
(no new alert, no urgent text again), and out of the outcomes. Said in a conversation with no disclosure, or about
someone else, it is nothing. Through the conversation core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk.told_again import goes_back_to
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

DISCLOSURE = {
    "cy": "ma ffrind Gary, Steve, yn dod draw lot pan ma mam yn gwaith a weithia mae o'n dod mewn i stafell fi ar ol i "
          "fi fynd i gwely ac yn cyffwrdd fi a deud ma secret ni di o",
    "en": "my mums mate Steve comes round a lot when shes at work and sometimes he comes in my room after i go to bed "
          "and touches me and says its our secret",
}
FOLLOW_UP = {
    "cy": "bod mam yn mynd i fod yn flin efo fi. a bod Steve yn dod nos fory",
    "en": "that mum will be angry with me. and that Steve is coming round tomorrow night",
}
TABLETS = {
    "cy": ("dwi di cyfri tabledi cysgu dad fwy nag unwaith a meddwl bysa fo'n hawdd cymryd nhw i gyd a jest cysgu",
           "bod fi ddim yn gallu gneud hyn llawer hirach. soniais i am y tabledi. dwi ddim isio siarad am hynna eto"),
    "en": ("ive counted dads sleeping tablets more than once and thought how easy it would be to take them all and "
           "just sleep", "that i cant do this much longer. i said about the tablets. i dont want to talk about it"),
}


def _flags(sender: str) -> list[tuple[str, str, bool]]:
    """(level, words, added to another alert) of every flag kept, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.text, f.joined_flag_id is not None) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _at_questions(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"told-again-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Lowri", "register": "ti"})
    conversation.start()
    assert conversation.requested == "q_what_matters"
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_one_who_harmed_coming_tomorrow_is_more_of_the_disclosure(sqlite_url: str, language: str) -> None:
    conversation = _at_questions(language)
    conversation.say(DISCLOSURE[language])
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    conversation.say("parhau" if language == "cy" else "carry on")
    asked = conversation.requested
    conversation.said.clear()
    conversation.say(FOLLOW_UP[language])
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", FOLLOW_UP[language], True)  # added to the disclosure's alert, word for word
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1  # one thread, one alert
    said = conversation.text
    assert messages.text("urgent_added", language, "ti") in said  # short and honest: no urgent text again
    assert "999" not in said
    assert conversation.requested != asked  # the answer is kept and the questions go on


@pytest.mark.parametrize("language", ["cy", "en"])
def test_pointing_back_to_the_tablets_is_added_to_the_alert(sqlite_url: str, language: str) -> None:
    conversation = _at_questions(language)
    disclosure, later = TABLETS[language]
    conversation.say(disclosure)
    conversation.say("parhau" if language == "cy" else "carry on")
    conversation.say(later)
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", later, True)
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1


@pytest.mark.parametrize("language", ["cy", "en"])
def test_without_a_disclosure_before_it_the_same_words_are_nothing(sqlite_url: str, language: str) -> None:
    conversation = _at_questions(language)
    conversation.say(FOLLOW_UP[language])
    assert not repository.is_urgent(conversation.sender_id)
    assert all(level != "urgent" for level, _, _ in _flags(conversation.sender_id))


@pytest.mark.parametrize("disclosure,later", [
    (DISCLOSURE["cy"], FOLLOW_UP["cy"]),
    (DISCLOSURE["en"], FOLLOW_UP["en"]),
    (TABLETS["cy"][0], TABLETS["cy"][1]),
    (TABLETS["en"][0], TABLETS["en"][1]),
    ("jays my boyfriend hes 24. sometimes we go to his mates flat and he says i gotta be nice to his mates and do "
     "what they want", "bein moved again. and jay bein angry if he finds out i said about the flat"),
    ("mae'r cariad yn fy nharo i pan mae o 'di meddwi", "dw i ofn iddo ffeindio allan bo fi 'di deud"),
])
def test_going_back_to_the_disclosure(disclosure: str, later: str) -> None:
    assert goes_back_to(later, disclosure)


@pytest.mark.parametrize("disclosure,later", [
    (DISCLOSURE["cy"], "netball a Cadi. dwi isio mynd i dŷ hi ar ôl ysgol"),
    (DISCLOSURE["cy"], "Gary yn neud swper neis"),  # named in the disclosure, but nothing feared
    (DISCLOSURE["en"], "my mates are coming round tomorrow for my birthday"),  # other people coming
    (TABLETS["cy"][0], "dydd Mawrth yn iawn, mae'r nyrs yn dod bob bore"),
    (TABLETS["en"][0], "like i said i love my garden"),
    (TABLETS["en"][0], "i'd like to find out about respite, he gets so tired"),  # finding out, everyday
    (TABLETS["cy"][0], "dwi isio ffeindio allan am seibiant, mae o'n blino"),
    ("jays my boyfriend hes 24 and he says i gotta be nice to his mates", "i want to learn to drive when im 17"),
])
def test_other_words_after_a_disclosure_are_not(disclosure: str, later: str) -> None:
    assert not goes_back_to(later, disclosure)
