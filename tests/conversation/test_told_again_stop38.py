"""Stop 38 (issue 11, found on dev_fresh7's tuning half): after an older man told that his grandson Dean took his bank
card and shoved him into the door frame, "And to be honest with you Dean. He is coming round Sunday for the rest of the
money and I have not got it" was nothing: the name stands in a sentence of its own and "he" in the next, so the name and
his coming were never in one sentence. A he or she right after the sentence that named them is them now. Through the
conversation core with SQLite, Welsh and English; the words are fictional.
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

DISCLOSURE = {
    "cy": "Mae Dean, fy ŵyr, wedi cael fy ngherdyn banc ers y Nadolig a mae'r pensiwn wedi mynd bob wythnos. Pan "
          "ofynnais i am y cerdyn yn ôl mi wylltiodd o a ngwthio i i ffrâm y drws.",
    "en": "Our Dean, thats my grandson, he have had my bank card since last Christmas and the pension is gone by the "
          "Tuesday. When I asked for the card back he lost his temper and shoved me into the door frame.",
}
#: The name in a sentence of its own, "he" coming in the next.
COMING = {
    "cy": "Y frest yn gwaethygu. A Dean, i fod yn onest. Mae o'n dod draw dydd Sul am weddill y pres a does gen i ddim.",
    "en": "The chest getting worse. And to be honest with you Dean. He is coming round Sunday for the rest of the money "
          "and I have not got it.",
}
#: The same name, then an ordinary he: nothing feared, nothing coming.
AWAY = {"cy": "Dean. Mae o i ffwrdd efo'r fyddin tan y Nadolig.", "en": "Dean. He is away with the army till Christmas."}


def _flags(sender: str) -> list[tuple[str, str, bool]]:
    """(level, words, added to another alert) of every flag kept, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.text, f.joined_flag_id is not None) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _after_the_disclosure(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"told-again-38-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person",
                               "name": "Emlyn", "register": "chi"})
    conversation.start()
    conversation.say(DISCLOSURE[language])
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    conversation.say("parhau" if language == "cy" else "carry on")
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_fixtures_are_what_they_say(language: str) -> None:
    assert rules_only(DISCLOSURE[language]).level == "urgent"
    assert assess_risk(COMING[language]).level != "urgent" and assess_risk(AWAY[language]).level == "none"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_he_right_after_the_name_is_the_one_who_harmed_them(language: str) -> None:
    assert goes_back_to(COMING[language], DISCLOSURE[language])
    assert not goes_back_to(AWAY[language], DISCLOSURE[language])


@pytest.mark.parametrize("language", ["cy", "en"])
def test_his_coming_for_the_money_is_added_to_the_alert(sqlite_url: str, language: str) -> None:
    conversation = _after_the_disclosure(language)
    conversation.say(COMING[language])
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", COMING[language], True)
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_name_then_an_ordinary_he_is_not_added(sqlite_url: str, language: str) -> None:
    conversation = _after_the_disclosure(language)
    conversation.say(AWAY[language])
    assert all(text != AWAY[language] for _, text, _ in _flags(conversation.sender_id))


#: A young person's cutting, told urgent, then (in the last answer) the wound still bleeding, alone till evening.
CUTTING = {
    "cy": "mae o di mynd yn waeth eto, y cutting. ers pythefnos dwi yn neud o bob nos a neithiwr nath o fynd yn "
          "ddyfnach na arfer, nath o ddim stopio gwaedu am ages",
    "en": "its got worse again, the cutting. for two weeks ive been doing it every night and last night it went deeper "
          "than usual, it didnt stop bleeding for ages",
}
STILL_BLEEDING = {"cy": "am be ddudis i gynt. mae o dal yn gwaedu bach. dwi ar ben fy hun tan 7. ydi hwnna yn normal",
                  "en": "about what i said before. its still bleeding a bit. im on my own till 7. is that normal"}
STOPPED = {"cy": "mae o di stopio gwaedu rwan, dwi di rhoi plastar arno fo", "en": "its stopped bleeding now, i put a plaster on"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wound_still_bleeding_after_cutting_was_told_is_added_to_the_alert(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"told-again-38-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Cai", "register": "ti"})
    conversation.start()
    conversation.say(CUTTING[language])
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    conversation.say("parhau" if language == "cy" else "carry on")
    conversation.say(STILL_BLEEDING[language])
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", STILL_BLEEDING[language], True)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wound_that_has_stopped_bleeding_is_not_going_back(language: str) -> None:
    assert goes_back_to(STILL_BLEEDING[language], CUTTING[language])
    assert not goes_back_to(STOPPED[language], CUTTING[language])
    assert assess_risk(STILL_BLEEDING[language]).level != "urgent"


#: A child left with her little sister, told urgent; then asked when to visit: "now?", or asking to be rung today.
LEFT = {
    "cy": "mae mam wedi bod yng Nghaerdydd efo'i chariad ers dydd Gwener a does dim byd yn y tŷ, dwi'n edrych ar ôl "
          "Poppy",
    "en": "mams been in cardiff with her boyfriend since friday and theres nothing in the house, im looking after poppy",
}
NOW = {"cy": ["Rŵan?", "plis ffoniwch fi heddiw am fory"],
       "en": ["now?", "please can someone ring me TODAY about tomorrow. I have to be in for 7am"]}
A_DAY = {"cy": ["dydd Iau ar ôl ysgol", "cyn gynted a phosib plis. dwi'n gorffen gwaith am 2"],
         "en": ["after school on thursday", "asap please. I finish work at 2"]}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("which", [0, 1], ids=["now", "ring_today"])
def test_asking_for_now_after_a_disclosure_is_added_to_the_alert(sqlite_url: str, language: str, which: int) -> None:
    later = NOW[language][which]
    conversation = MemoryConversation(f"told-again-38-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Seren", "register": "ti"})
    conversation.start()
    conversation.say(LEFT[language])
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    conversation.say("parhau" if language == "cy" else "carry on")
    conversation.say(later)
    assert _flags(conversation.sender_id)[-1] == ("urgent", later, True)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_day_to_visit_after_a_disclosure_is_not_going_back(language: str) -> None:
    assert not any(goes_back_to(t, LEFT[language]) for t in A_DAY[language])
    assert all(assess_risk(t).level != "urgent" for t in NOW[language])
