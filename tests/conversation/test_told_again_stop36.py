"""Stop 36 (issue 11: a calm conversation's first false alert carried to later answers): after an alert the learned
model alone raised, a later ordinary answer with nothing of that alert in it but "he" or "she" getting cross with the
one speaking ("he gets mad at me if his tea is late", "mae o'n mynd yn flin efo fi os ydi'r te yn hwyr") was added to
the alert, urgent. It is read on its own merits now. Pointing back to what was told ("i said about the tablets"), and
"he did it again" / "mae o wedi gwneud o eto", and anger at their telling ("he'll be angry with me if he knows") still
carry after any alert, and the same cross words still carry after a disclosure the rules read. Through the conversation core with SQLite, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk, rules_only
from bot.analysis.risk.told_again import goes_back_to
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

#: Read urgent by the learned model alone (no rule): the alert every later answer is read beside.
MODEL_ONLY = {
    "cy": "dwi di cyfri tabledi cysgu dad fwy nag unwaith a meddwl bysa fo'n hawdd cymryd nhw i gyd a jest cysgu",
    "en": "ive counted dads sleeping tablets more than once and thought how easy it would be to take them all and "
          "just sleep",
}
#: Read urgent by the rules.
BY_RULES = {
    "cy": "mae llystad fi yn fy nharo i bob nos pan mae o wedi meddwi",
    "en": "my stepdad hits me every night when hes drunk",
}
#: Someone cross with the one speaking, with nothing of either disclosure in it.
CROSS = {
    "cy": "mae o'n mynd yn flin efo fi os ydi'r te yn hwyr",
    "en": "he gets mad at me if his tea is late",
}
#: Going back to the disclosure: "he did it again", anger at their telling, and pointing back to what was told.
AGAIN = {"cy": "mae o wedi gwneud o eto", "en": "he did it again"}
ANGRY_AT_TELLING = {"cy": "mae o'n mynd i fod yn flin efo fi os ydi o'n gwybod",
                    "en": "he'll be angry with me if he knows"}
POINTS_BACK = {"cy": "soniais i am y tabledi. dwi ddim isio siarad am hynna eto",
               "en": "i said about the tablets. i dont want to talk about it"}


def _flags(sender: str) -> list[tuple[str, str, bool]]:
    """(level, words, added to another alert) of every flag kept, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.text, f.joined_flag_id is not None) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _after(disclosure: str, language: str) -> MemoryConversation:
    """A conversation at the questions, after this disclosure and "carry on"."""
    conversation = MemoryConversation(f"told-again-36-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Lowri", "register": "ti"})
    conversation.start()
    conversation.say(disclosure)
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    conversation.say("parhau" if language == "cy" else "carry on")
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_fixtures_are_what_they_say(language: str) -> None:
    assert rules_only(MODEL_ONLY[language]).level != "urgent" and assess_risk(MODEL_ONLY[language]).level == "urgent"
    assert rules_only(BY_RULES[language]).level == "urgent"
    assert assess_risk(CROSS[language]).level == "none" and assess_risk(AGAIN[language]).level == "none"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_after_an_alert_the_model_alone_raised_a_cross_word_is_read_on_its_own(sqlite_url: str,
                                                                               language: str) -> None:
    conversation = _after(MODEL_ONLY[language], language)
    conversation.say(CROSS[language])
    flags = _flags(conversation.sender_id)
    assert all(text != CROSS[language] for _, text, _ in flags)  # nothing in it: no flag, not added to the alert
    assert sum(1 for level, _, _ in flags if level == "urgent") == 1


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("later", [AGAIN, POINTS_BACK, ANGRY_AT_TELLING], ids=["again", "points_back", "telling"])
def test_after_an_alert_the_model_alone_raised_going_back_to_it_still_carries(sqlite_url: str, language: str,
                                                                              later: dict[str, str]) -> None:
    conversation = _after(MODEL_ONLY[language], language)
    conversation.say(later[language])
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", later[language], True)  # added to the disclosure's alert, word for word
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("later", [CROSS, AGAIN], ids=["cross", "again"])
def test_after_a_disclosure_the_rules_read_the_same_words_still_carry(sqlite_url: str, language: str,
                                                                      later: dict[str, str]) -> None:
    conversation = _after(BY_RULES[language], language)
    conversation.say(later[language])
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", later[language], True)
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1


@pytest.mark.parametrize("text", ["can we do it again next week", "he started again at college",
                                  "mae o eto i ddod", "gawn ni neud o eto wythnos nesa"])
def test_doing_something_again_that_is_no_harm_is_not_going_back(text: str) -> None:
    assert not goes_back_to(text, BY_RULES["en"] if text.isascii() else BY_RULES["cy"])
