"""The thirteenth user trial's risk finding AK1 (stop 35, issue 11), read by the risk reader and,
where the behaviour is the conversation's, through the real core, SQLite and the summary. Each finding is quoted with
a twin in the other language and a look-alike that must stay calm; the words are the trial's (fictional) or written
for the twin.

AK1 (blocker): a widower's "sdim pwynt i ddim byd rhagor. Mari wedi mynd ers blwyddyn", then "a ma'r gwn yn y cwpwrdd o
hyd 'fyd", then "weithie wy'n meddwl bydde hi'n well se fi 'da Mari" got "Diolch." each time and no alert; in English
"I've thought about using the gun", "I'd be better off with Mary", "the gun's still in the cupboard" read nothing. A
means beside hopelessness (in the same answer or a recent one) is urgent; a wish to be with the dead alone reaches the
person on duty; the means is named at the top of the summary.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.risk import assess_risk, rules_only
from bot.analysis.risk.means import names_a_means
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _adult_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial35a-{language}-{next(_senders)}", language, slot, role="person", name="Huw",
                        what_matters={"en": "my garden", "cy": "fy ngardd"}[language])


# --- AK1: a passive wish to die and a means at hand -------------------------------------------------------------------

#: The trial's answers, one after another, and their twins in the other language.
HOPELESS = {"cy": "sdim pwynt i ddim byd rhagor. Mari wedi mynd ers blwyddyn",
            "en": "there's no point in anything any more. Mary's been gone a year"}
THE_MEANS = {"cy": "a ma'r gwn yn y cwpwrdd o hyd 'fyd", "en": "the gun's still in the cupboard"}
WITH_MARI = {"cy": "weithie wy'n meddwl bydde hi'n well se fi 'da Mari", "en": "I'd be better off with Mary"}

#: A means beside hopelessness, or the thought of using it, in one answer: urgent.
MEANS_AND_DESPAIR = [
    "I've thought about using the gun",
    "dw i wedi meddwl am ddefnyddio'r gwn",
    "sdim pwynt i ddim byd rhagor, a ma'r gwn yn y cwpwrdd o hyd",
    "there's no point in anything any more and the gun's still in the cupboard",
    "what's the point. I've got tablets saved up in the drawer",
    "be di'r pwynt. ma gen i ddigon o dabledi yn y drar",
    "I'd be better off with Mary. Dad's old shotgun is still in the shed",
    "well se fi 'da Mari. ma'r hen ddryll yn y sied o hyd",
]
#: A wish to be with the dead (or not to wake) alone: at least the person on duty reads it.
PASSIVE_WISH = [
    "weithie wy'n meddwl bydde hi'n well se fi 'da Mari",
    "I'd be better off with Mary",
    "I just want to be with my wife again",
    "dw i jyst isio bod efo Dafydd eto",
]
#: Look-alikes: a gun on the farm, a locked cabinet, no point going to the shop, grief told calmly.
CALM = [
    "the gun cabinet's locked, the police checked it",
    "mae'r cabinet gwn dan glo, mae'r heddlu wedi'i wirio fo",
    "we do a bit of shooting on the farm, the gun's in the cupboard for the foxes",
    "ma'r gwn yn y cwpwrdd, dw i'n saethu cwningod ar y fferm",
    "no point going to the shop today, it's raining",
    "sdim pwynt mynd i'r siop heddi, mae'n bwrw",
    "I miss Mary every day but I'm managing, the grandchildren come on Sundays",
    "dw i'n gweld eisiau Mari bob dydd ond dw i'n iawn, mae'r wyrion yn dod ar ddydd Sul",
    "we'd be better off with a bungalow",
    "I'd be better off with Mary doing the shopping",
    "dwn i ddim be di'r pwynt gofyn hynna",
    # no hope of a parking space, not a chance: idioms, not despair (stop 35, lead)
    "dim gobaith cael lle parcio yn y dre, a ma'r gwn yn y cwpwrdd at y llwynogod",
    "dim gobaith caneri",
    "sa i'n gweld y pwynt mynd i'r mart heddi",
]


@pytest.mark.parametrize("text", MEANS_AND_DESPAIR)
def test_a_means_beside_despair_is_urgent_suicide(text: str) -> None:
    for reading in (assess_risk(text), rules_only(text)):
        assert reading.level == "urgent" and reading.categories[0] == "suicide"


@pytest.mark.parametrize("text", PASSIVE_WISH)
def test_a_wish_to_be_with_the_dead_reaches_the_person_on_duty(text: str) -> None:
    reading = assess_risk(text)
    assert "suicide" in reading.categories
    assert reading.level == "urgent" or reading.please_check


@pytest.mark.parametrize("text", CALM)
def test_guns_on_the_farm_and_everyday_no_point_stay_calm(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "urgent" and not reading.please_check
    assert "suicide" not in reading.categories


@pytest.mark.parametrize("text", ["sdim pwynt i ddim byd rhagor", "there's no point in anything any more",
                                  "what's the point", "sa i'n gweld pwynt rhagor"])
def test_hopelessness_alone_is_a_low_mood_concern(text: str) -> None:
    reading = rules_only(text)
    assert reading.level == "concern" and "low_mood" in reading.categories


def _quotes_at_the_top(sender: str) -> list[str]:
    record = load_record(sender)
    assert record is not None
    sections = {s.key: s for s in build_view(record, "en").sections}
    return [str(i.quote) for g in sections["safeguarding"].groups for i in g.items]


@LANGS
def test_the_means_after_hopelessness_is_urgent_and_named_at_the_top(sqlite_url: str, language: str) -> None:
    conversation = _adult_at(language, "q_worries")
    conversation.say(HOPELESS[language])
    assert not repository.is_urgent(conversation.sender_id)
    conversation.say(THE_MEANS[language])
    assert repository.is_urgent(conversation.sender_id)
    assert repository.safe_check(conversation.sender_id)[0] is not None  # the urgent reply asks "are you safe?"
    assert any(THE_MEANS[language] in quote for quote in _quotes_at_the_top(conversation.sender_id))


@LANGS
def test_the_means_alone_in_a_calm_conversation_stays_calm(sqlite_url: str, language: str) -> None:
    conversation = _adult_at(language, "q_worries")
    conversation.say({"cy": "dw i'n iawn, mae'r ardd yn edrych yn dda", "en": "I'm fine, the garden looks lovely"}[language])
    conversation.say(THE_MEANS[language])
    assert not repository.is_urgent(conversation.sender_id)


@LANGS
def test_despair_after_the_means_is_urgent(sqlite_url: str, language: str) -> None:
    conversation = _adult_at(language, "q_worries")
    conversation.say(THE_MEANS[language])
    assert not repository.is_urgent(conversation.sender_id)
    conversation.say(WITH_MARI[language])
    assert repository.is_urgent(conversation.sender_id)



# --- The re-trial (stop 35): the gun said in a long answer about the farm -----------------------------------------------

#: The re-trial's farm answer, where "sa i'n gwerthu" (not selling the farm) made the gun "safe" for the whole answer.
THE_FARM = {"cy": "y fferm. wedes i wrth Dafydd sa i'n gwerthu. mae'r defed wedi mynd ond ma'r caeau 'da fi o hyd, a "
                  "ma'r gwn yn y cwpwrdd o hyd 'fyd. sa i moyn gadel",
            "en": "the farm. told Dafydd I'm not selling, sold the sheep in the spring. the fields are still mine and "
                  "the gun's still in the cupboard too. don't want to leave"}


@pytest.mark.parametrize("text, named", [
    (THE_FARM["cy"], True), (THE_FARM["en"], True),
    ("I've got Dad's shotgun. It's locked away in the cabinet.", False),
    ("mae gwn Dad gen i. mae o dan glo yn y cabinet.", False),
])
def test_what_makes_a_means_safe_is_said_of_it(text: str, named: bool) -> None:
    assert names_a_means(text) is named


@LANGS
def test_the_gun_in_a_farm_answer_after_hopelessness_is_urgent(sqlite_url: str, language: str) -> None:
    conversation = _adult_at(language, "q_worries")
    conversation.say(HOPELESS[language])
    assert not repository.is_urgent(conversation.sender_id)
    conversation.say(THE_FARM[language])
    assert repository.is_urgent(conversation.sender_id)
