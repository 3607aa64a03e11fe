"""Stop 43 (risk43, issue 11): families of the risk reader's errors on the tuning halves of dev_fresh5/6/7, in Welsh
(north and south, text-speak) and English, each with a calm look-alike.

1. Children in the care of an adult drinking all day are neglect, urgent (was an alcohol concern).
2. Children left alone: a parent not back since a day, then a child or an empty cupboard (was a "please check").
3. Threats to come round if they are not answered or paid: exploitation, urgent (was a "please check").
4. Coming round for the money owed and not there: exploitation, urgent (read nothing).
5. Still bleeding and alone: self-harm, urgent (read nothing).
6. A history told as past and "all over now" (English had no such cue; Welsh "mae e gyd drosodd").
7. Put out of one's home, told with the housing's letter: a homelessness concern; out tonight stays urgent.
8. Everyday phrases the learned model alone read urgent: a doctor writing a wish down, a man who "won't be told".
9. Stop 42's leftovers: "he shouts at me and throws things" (word order), "mae'n llystad i'n fy nharo i rwan" (now).
The phrasings are new (no benchmark line); the people are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now


def _reading(text: str) -> tuple[str, set[str], bool]:
    r = assess_risk(text)
    return r.level, set(r.categories), r.please_check


@pytest.mark.parametrize("text", [
    "the kids are 7 and 9 and they love swimming on Saturdays",
    "Mae'r plant yn 6 a 9 ac maen nhw wrth eu boddau efo nofio",
    "Dad's been drinking tea all day and doing the crossword",
])
def test_children_named_without_drink_stay_calm(text: str) -> None:
    assert _reading(text)[0] != "urgent"


@pytest.mark.parametrize("text", [
    "Our Dad texted that he hasn't been home since Tuesday, he's working away on the rigs, and the kids miss him",
    "Mae Dad yn deud bod o ddim wedi bod adra ers dydd Mawrth, mae o'n gweithio ar y rigs, a'r plant yn ei golli fo",
])
def test_a_parent_away_working_is_not_urgent_neglect(text: str) -> None:
    level, categories, _ = _reading(text)
    assert not (level == "urgent" and "neglect" in categories)


@pytest.mark.parametrize("text", [
    "if I don't answer the door the nurse says she'll come back tomorrow",
    "os dw i ddim yn ateb y drws mae'r nyrs yn dod yn ôl fory",
])
def test_a_nurse_coming_back_is_not_a_threat(text: str) -> None:
    level, categories, _ = _reading(text)
    assert not (level == "urgent" and "exploitation" in categories)


@pytest.mark.parametrize("text", [
    "my son is coming round Sunday to help me sort the garden",
    "mae'r mab yn dod draw dydd Sul i helpu efo'r ardd",
])
def test_a_visit_without_money_owed_stays_calm(text: str) -> None:
    assert _reading(text)[0] != "urgent"


def test_bleeding_stopped_is_not_urgent() -> None:
    assert _reading("the nosebleed has stopped now, I'm on my own but fine")[0] != "urgent"


# ---------- 6. a history told as past and all over now

@pytest.mark.parametrize("text", [
    "My first husband was violent and knocked me about. That was a lifetime back and it is all over now, he's long gone.",
    "Roedd fy nghyn-ŵr yn fy nharo i. Mae e gyd drosodd nawr, mae e wedi symud i Sbaen ers oes.",
])
def test_a_history_told_as_all_over_is_a_concern_not_urgent(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "concern" and "abuse" in categories


@pytest.mark.parametrize("text", [
    "He used to hit me. It is all over now he says, but he still comes round every day.",
    "He hit me last night. It's all over the place now, the kitchen.",
])
def test_still_going_on_stays_urgent(text: str) -> None:
    assert _reading(text)[0] == "urgent"


# ---------- 7. put out of one's home, told with the letter

@pytest.mark.parametrize("text", [
    "We're getting thrown out of the house. The letting agent sent us a section 21 and I don't know what it means",
    "we're being chucked out of the flat, got a letter off the council about it yesterday",
    "ni'n cael ein taflu mas o'r ty. ma'r landlord di hala llythyr a sai'n deall e",         # south
    "dan ni'n cael ein hel allan o'r tŷ, ges i notis gan y gymdeithas dai",                 # north
])
def test_put_out_told_with_the_letter_is_a_homelessness_concern(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "concern" and "homelessness" in categories


@pytest.mark.parametrize("text", [
    "got thrown out tonight, the landlord sent a letter last month, nowhere to sleep",
    "ces i fy nhaflu mas heno, ges i lythyr gan y cyngor, sdim unman i gysgu",
])
def test_put_out_tonight_stays_urgent(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "homelessness" in categories


# ---------- 8. everyday phrases the model alone read urgent

@pytest.mark.parametrize("text", [
    "When it comes I want to be at home with the cat on my bed. I told the palliative nurse and she has written it down. "
    "My son comes on Thursdays and we watch the snooker, that is what I look forward to.",
    "Dw i wedi deud wrth y doctor a mae o wedi ei sgwennu fo lawr. Dw i isio aros adra efo'r gath, a'r hogia'n dod "
    "draw ar ddydd Sul.",
    "Dad still goes to his allotment every morning with his bad hip, he won't be told, and then he has his tea with "
    "the grandchildren.",
    "Mae Taid yn dal i fynd i'r rhandir bob bore efo'i glun ddrwg, dyw e ddim yn gwrando ar neb, a wedyn te efo'r "
    "wyrion.",
])
def test_everyday_phrases_are_not_urgent(text: str) -> None:
    assert _reading(text)[0] != "urgent"


def test_a_doctor_told_of_a_wish_to_die_stays_urgent() -> None:
    assert _reading("i told the doctor i want to kill myself and he wrote it down")[0] == "urgent"


# ---------- 9. stop 42's leftovers

@pytest.mark.parametrize("text", [
    "my brother screams at me and chucks stuff",
    "she yells at me and smashes plates",
    "mae o'n gweiddi arna i ac yn taflu petha",
])
def test_shouting_at_me_and_throwing_things_is_urgent_in_either_order(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "abuse" in categories


@pytest.mark.parametrize("text", [
    "mae'n llystad i'n fy nharo i nawr",
    "ma'n llystad i'n fy mwrw i rwan",
])
def test_someone_named_with_i_hurting_them_now_is_now(text: str) -> None:
    assert _reading(text)[0] == "urgent"
    assert happening_now(text)
