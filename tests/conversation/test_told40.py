"""Stop 40 (issue 11): follow-ups one or two answers after an urgent disclosure that say the harm goes on, which the
thread reader did not tie (the live misses on the readable halves, stop 39): the harm again on a day to come ("And
Friday, she's in again Friday."), they are coming, in an answer that points back ("said it already... theyre meant to
be coming saturday"), an overdose's effects now ("dunno.. dwi rili sleepy"), still going without ("bod y trydan yn
mynd, ma'r meter ar emergency"), the way they think pointed back to ("Dyna pam dwi'n meddwl fel dwi'n meddwl"), and
"a bod e n neud e eto". Each in Welsh and English, with a calm twin: the same words in a conversation with no
disclosure stay calm; long after the disclosure (more than FOLLOW_UP_ANSWERS answers) they are read on their own; words
that close the topic ("dwi'n iawn rwan", "I'm fine now") do not count. The words are fictional, after the writers'.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.told_again import goes_back_to, harm_goes_on
from bot.conversation.safety import FOLLOW_UP_ANSWERS
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

#: family -> language -> (the disclosure, the follow-up soon after it, words alike that say nothing goes on)
FAMILIES: dict[str, dict[str, tuple[str, str, str]]] = {
    "again_on_a_day": {
        "en": ("There's one carer, she's very rough with me getting me out of bed, last week she pushed me back down "
               "on the bed and I hit my head on the headboard.",
               "Going in a home. And Friday, she's in again Friday.",
               "She wants to go to the beach at Aberavon again, she used to take me every Sunday."),
        "cy": ("Mae un o'r gofalwyr yn arw efo fi, wythnos dwytha mi wthiodd hi fi'n ôl ar y gwely a nes i daro 'mhen "
               "ar y pen gwely.",
               "Mynd i gartra. A dydd Gwener, mae hi i mewn eto dydd Gwener.",
               "Dyw hi ddim wedi bod eto, falle dydd Gwener."),
    },
    "coming_said_already": {
        "en": ("theres these older boys from newport, i gotta take stuff down on the train for them and when i said i "
               "wanted out one of them showed me a knife and said they know where my nan lives",
               "said it already. them lot. they text me 20 times a day. theyre meant to be coming saturday",
               "my cousins. theyre meant to be coming saturday for my birthday"),
        "cy": ("ma cwpl o bois hyn o abertawe yn neud fi fynd a bags ar y tren iddyn nhw a ma un o nhw wedi dangos "
               "cyllell i fi yn y car a gweud bo nhw'n gwbod lle ma mamgu'n byw",
               "^ wedes i. ma nhw'n tecstio fi drwy'r dydd. ma nhw fod i ddod nos sadwrn",
               "cefndryd fi. ma nhw fod i ddod nos sadwrn i'r parti"),
    },
    "overdose_effects": {
        "en": ("i took a load of my mums sleeping tablets earlier, idk how many tbh, just wanted everything to stop for "
               "a bit",
               "dunno.. im rly sleepy",
               "im fine now, just sleepy"),
        "cy": ("nes i gymryd rhei o tabledi cysgu mam gynt, idk faint tbh, jest isio i bob dim stopio am bach",
               "dunno.. dwi rili sleepy, mhen i'n troi",
               "dwi'n iawn rwan, jyst sleepy"),
    },
    "still_going_without": {
        "en": ("mum goes off with her boyfriend for days, shes been gone since friday. theres no food in the house, "
               "just cereal with no milk, i get my little sister ready for school",
               "kayla. the electric is going, the meter's on emergency",
               "the electric bill's gone up a lot"),
        "cy": ("ma mam yn mynd off gyda'i boyfriend am ddyddie, ma hi 'di bod off ers dydd gwener. sdim bwyd ar ôl, "
               "jyst cereal heb llaeth, fi sy'n neud Kayla ready i'r ysgol",
               "kayla. bod y trydan yn mynd, ma'r meter ar emergency",
               "ma'r bil trydan wedi mynd lan ofnadw"),
    },
    "the_way_i_think": {
        "en": ("I've been keeping her sleeping tablets and mine in a tin in the shed. If things get too bad I'll take "
               "them all and take her with me, so nobody can part us.",
               "What happens to her if I go first. That's why I think the way I do.",
               "That's why I want a break, an afternoon a week."),
        "cy": ("Dwi 'di bod yn cadw tabledi cysgu Glenys a rhai fi fy hun mewn tun yn y sied. Os aiff petha'n rhy "
               "ddrwg, mi gymra i nhw i gyd a mynd â hi efo fi, fel bod neb yn gorfod ein gwahanu ni.",
               # (the writer's "Be ddigwyddith iddi hi os dwi'n mynd gynta." before it is low mood beside the means,
               # urgent already by bot.conversation.safety.means_beside_despair: left out to test this family alone)
               "Poeni amdani hi. Dyna pam dwi'n meddwl fel dwi'n meddwl.",
               "Dyna pam dwi isio seibiant, pnawn yr wythnos."),
    },
}
CASES = [(family, language) for family in FAMILIES for language in ("cy", "en")]
#: Ordinary answers, for "long after".
ORDINARY = {"cy": "Y radio a phaned yn y bore.", "en": "The radio and a cup of tea in the morning."}
CARRY_ON = {"cy": "parhau", "en": "carry on"}
HELP_NOT_CALLED = {"cy": "na. parhau", "en": "no. carry on"}
CARRIED_ON = {"cy": "Awn ni ymlaen", "en": "We'll carry on"}
URGENT_NOW = {"cy": "Ffoniwch 999 nawr", "en": "Please call 999 now"}
ADDED = {"cy": "Dw i wedi ychwanegu hyn at beth sydd gan ein tîm diogelu yn barod",
         "en": "added this to what our safeguarding team already has"}


def _flags(sender: str) -> list[tuple[str, str, bool]]:
    """(level, words, added to another alert) of every flag kept, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.text, f.joined_flag_id is not None) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _started(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"told40-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Sam",
                               "register": "chi"})
    conversation.start()
    return conversation


def _after_the_disclosure(family: str, language: str) -> MemoryConversation:
    conversation = _started(language)
    conversation.say(FAMILIES[family][language][0])
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    conversation.say(CARRY_ON[language])
    if "999" in conversation.text:  # an overdose taken is an emergency: "is help on its way?" is asked once
        conversation.say(HELP_NOT_CALLED[language])
    assert "999" not in conversation.text or CARRIED_ON[language] in conversation.text, "the questions go on"
    return conversation


@pytest.mark.parametrize("family, language", CASES)
def test_the_follow_up_reads_nothing_urgent_alone(family: str, language: str) -> None:
    _, follow_up, _ = FAMILIES[family][language]
    assert assess_risk(follow_up).level != "urgent"
    assert not goes_back_to(follow_up, FAMILIES[family][language][0]), "a follow-up the older reader missed"


@pytest.mark.parametrize("family, language", CASES)
def test_the_harm_goes_on_after_its_disclosure(family: str, language: str) -> None:
    disclosure, follow_up, alike = FAMILIES[family][language]
    assert harm_goes_on(follow_up, disclosure)
    assert not harm_goes_on(alike, disclosure)


@pytest.mark.parametrize("family, language", CASES)
def test_the_follow_up_is_added_to_the_alert_with_the_short_reply(sqlite_url: str, family: str,
                                                                  language: str) -> None:
    conversation = _after_the_disclosure(family, language)
    follow_up = FAMILIES[family][language][1]
    conversation.say(follow_up)
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", follow_up, True)
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1  # one thread, one alert
    assert ADDED[language] in conversation.text
    # An overdose working is harm happening now: "call 999 now" first, then the short follow-up; nothing else is.
    assert (URGENT_NOW[language] in conversation.text) == (family == "overdose_effects")


@pytest.mark.parametrize("family, language", CASES)
def test_the_same_words_in_a_calm_conversation_stay_calm(sqlite_url: str, family: str, language: str) -> None:
    conversation = _started(language)
    conversation.say(ORDINARY[language])
    follow_up = FAMILIES[family][language][1]
    conversation.say(follow_up)
    assert not any(level == "urgent" for level, _, _ in _flags(conversation.sender_id))


@pytest.mark.parametrize("family, language", CASES)
def test_long_after_the_disclosure_the_words_are_read_alone(sqlite_url: str, family: str, language: str) -> None:
    conversation = _after_the_disclosure(family, language)
    for _ in range(FOLLOW_UP_ANSWERS):
        conversation.say(ORDINARY[language])
    follow_up = FAMILIES[family][language][1]
    conversation.say(follow_up)
    assert all(text != follow_up or level != "urgent" for level, text, _ in _flags(conversation.sender_id))


#: Words that close the topic: none of this stop's follow-ups counts beside them.
CLOSED = {"cy": "Mae hi i mewn eto dydd Gwener ond dwi'n iawn rwan, dim byd arall.",
          "en": "She's in again Friday but I'm fine now, nothing else."}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_words_that_close_the_topic_are_not_a_follow_up(language: str) -> None:
    assert not harm_goes_on(CLOSED[language], FAMILIES["again_on_a_day"][language][0])


#: "a bod e n neud e eto" (south-Walian text-speak: and that he's doing it again), after a partner pushed her.
PUSHED = {"cy": "ma fe n yfed mwy a nos sadwrn fe wthiodd e fi yn erbyn y wal yn y gegin a gafael yn fy ngwddf",
          "en": "hes drinking more and saturday night he pushed me against the wall in the kitchen and grabbed my neck"}
AGAIN = {"cy": "y plant. a bod e n neud e eto, ma fe di bod yn yfed drwy r dydd heddi",
         "en": "the kids. and that hes doing it again, hes been drinking all day today"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_that_he_is_doing_it_again_goes_back_in_south_walian_text_speak(language: str) -> None:
    assert goes_back_to(AGAIN[language], PUSHED[language])
    assert not goes_back_to("y plant. a bod e n neud ei waith cartref" if language == "cy"
                            else "the kids. and that hes doing his homework", PUSHED[language])
