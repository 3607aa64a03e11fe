"""Whose life each of a carer's wishes is about, and whose view (issue 11, the trial's Welsh carer).

Her own Merched y Wawr afternoon ("dwi isio bod yna"), her bad back and her worry about falling ill were
filed about her husband; his wish "Fasa fo'n deud ei fod o isio llonydd gynna fi" under her own section.
"""
from __future__ import annotations

import pytest

from bot.conversation import answers, readback
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _carer_turn(language: str, text: str = "") -> MemoryTurn:
    conversation = MemoryConversation("whose-words", language=language)
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Emyr"})
    return MemoryTurn(conversation, text)


@pytest.mark.parametrize("language,slot,text,about", [
    # in an answer about the person: her own life and her own wishes are hers
    ("cy", "q_visit_time", "dwi isio bod yna.", "carer"),
    ("cy", "q_keep", "dwi isio cadw fy mhnawn dydd Mawrth efo Merched y Wawr hefyd os dwi'n gallu", "carer"),
    ("cy", "q_change", "Sa'n dda cael rhywun i'w godi fo yn bora hefyd achos mae nghefn i'n brifo'n ofnadwy.",
     "carer"),
    ("cy", "q_change", "dwi isio gwbod be sy'n mynd i ddigwydd os dwi'n mynd yn sâl fy hun, pwy fasa'n edrych ar ei"
     " ôl o?", "carer"),
    ("en", "q_visit_time", "I want to be there when you visit", "carer"),
    ("cy", "q_visit_time", "Fi moyn bod 'na pan chi'n dod", "carer"),  # stop 17 trial, southern "fi moyn"
    ("en", "q_change", "I need a break now and then", "carer"),
    ("en", "q_change", "someone to lift him in the mornings, my back is killing me", "carer"),
    # ... and the person's stay the person's
    ("cy", "q_what_matters", "Fasa fo'n deud ei fod o isio llonydd gynna fi hefyd haha.", "person"),
    ("cy", "q_change", "mae o isio medru cael cawod iawn eto", "person"),
    # led by him, with her own reason after it (stop-25 trial U6: filed under the carer for "nghefn")
    ("cy", "q_change", "Bod o'n gallu cael cawod ei hun heb fi'n gorfod ei godi fo, mae nghefn i'n brifo'n ddiawledig.",
     "person"),
    ("en", "q_change", "Him being able to shower on his own without me lifting him, my back is killing me", "person"),
    ("en", "q_change", "for him to get himself dressed again, my back can't take much more", "person"),
    ("cy", "q_change", "dwi isio iddo fo gael cawod iawn", "person"),
    ("en", "q_change", "I want her to have a proper bath", "person"),
    ("en", "q_change", "someone to sit with her on Wednesdays when I'm in work", "person"),
    ("en", "q_what_matters", "he'd say he wants a bit of peace from me", "person"),
    # in the carer's own answers: her own wishes are hers, his reported wish is his
    ("cy", "q_carer_own", "dwi isio noson o gwsg", "carer"),
    ("cy", "q_carer_own", "mae o'n deud ei fod o isio i fi fynd allan mwy", "person"),
    ("en", "q_carer_own", "he says he wants peace from me", "person"),
    ("en", "q_carer_support", "a sitter one afternoon a week", "carer"),
])
def test_whose_life_each_wish_is_about(language: str, slot: str, text: str, about: str) -> None:
    assert answers.outcome_about(_carer_turn(language), slot, text) == about


@pytest.mark.parametrize("text,about", [
    ("amdana fi: dwi angen gweld y doctor am fy nghefn", "carer"),
    ("about me: I need to see the doctor about my back", "carer"),
    ("Fasa fo'n deud ei fod o isio llonydd gynna fi", "person"),
    ("he says he wants a break from me", "person"),
])
def test_an_addition_at_the_read_back(text: str, about: str) -> None:
    assert readback.about_addition(_carer_turn("en", text), text) == about


def test_a_reported_wish_in_the_carers_own_answer_is_the_persons_view(sqlite_url: str) -> None:
    sender = "whose-view-reported"
    repository.ensure_conversation(sender, channel="rest", team=None)
    repository.update_conversation(sender, language="en", completed_by="carer")
    conversation = MemoryConversation(sender, language="en")
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Emyr"})
    text = "I want a night's sleep. He says he wants peace from me"
    answers.store_answer(MemoryTurn(conversation, text), "q_carer_own", text)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        found = {o.text: (o.about, o.whose_view) for o in conv.outcomes}
    # the quote leaves "He says" off, as careful readers do (stop 19); the frame still tells whose view it is
    assert found.get("he wants peace from me") == ("person", "person"), found
    assert ("carer", "carer") in found.values(), found


@pytest.mark.parametrize("language,text,passed_on", [
    # the person's own wish or liking, passed on by the carer: the person's view (stop 16 trial, south-Walian carer)
    ("cy", "Ma hi moyn aros yn ei thŷ ei hunan", True),
    ("cy", "hi isio aros adra", True),
    ("cy", "mae o'n licio'r ardd", True),
    ("cy", "bo fo'm isio \"pobol ddiarth\" yn y tŷ", True),
    ("cy", "fysa fo wrth ei fodd yn mynd nôl i'r côr meibion", True),
    ("cy", "Emyr isio cadw'i gadair yn y gegin fel mae hi", True),
    ("en", "he wants to keep getting down the Oval on a Saturday", True),
    ("en", "She's dying to get back to the over 60s club on a Wednesday", True),
    ("en", "she'd rather a woman", True),
    ("en", "Emyr likes to go out the back and watch them come in", True),
    ("en", "Mike says he doesn't want strangers seeing him like that", True),
    # the carer's own judgement or wish for the person: the carer's view
    ("cy", "Wi'n credu bydde hi'n saffach 'da rhywun yn galw bob bore", False),
    ("cy", "dwi'n meddwl bod hi angen help efo molchi yn bora", False),
    ("cy", "rhywun i helpu efo'r tabledi", False),
    ("en", "I think he needs to get out more with other men his age", False),
    ("en", "I want her to have a proper bath", False),
    ("en", "someone to sit with her on Wednesdays when I'm in work", False),
])
def test_a_wish_of_theirs_passed_on_by_the_carer(language: str, text: str, passed_on: bool) -> None:
    assert answers.passes_on_their_wish(_carer_turn(language), text) is passed_on


def test_a_person_speaking_for_themselves_passes_nothing_on(sqlite_url: str) -> None:
    # (on a database: whether someone else took over the keyboard is read from the record, stop 28)
    conversation = MemoryConversation("whose-words-person", language="en")
    conversation.slots.update({"completed_by": "person", "role": "person"})
    assert not answers.passes_on_their_wish(MemoryTurn(conversation, ""), "she'd rather a woman")


@pytest.mark.parametrize("language,text,theirs,carers", [
    ("cy", "Ma hi moyn aros yn ei thŷ ei hunan. Yn bersonol wi'n credu bydde hi'n saffach 'da rhywun yn galw bob bore",
     "Ma hi moyn aros yn ei thŷ ei hunan", "Yn bersonol wi'n credu bydde hi'n saffach 'da rhywun yn galw bob bore"),
    ("en", "She wants to stay in her own house. I think she needs someone calling in every morning",
     "She wants to stay in her own house", "I think she needs someone calling in every morning"),  # "I think" kept
    # her wish with "she has said that clearly" after it is hers (fifth trial Y10: filed as her husband's view)
    ("cy", "Dw i isio i rywun fod efo hi yn ystod y dydd. Ond isio aros adra ar ei phen ei hun, ma hi di deud "
     "hynna'n glir.", "isio aros adra ar ei phen ei hun, ma hi di deud hynna'n glir",
     "Dw i isio i rywun fod efo hi yn ystod y dydd"),
    ("en", "I want someone with her in the day. But wants to stay at home on her own, she's said that clearly.",
     "wants to stay at home on her own, she's said that clearly", "I want someone with her in the day"),
])
def test_their_view_and_the_carers_side_by_side_in_one_answer(sqlite_url: str, language: str, text: str,
                                                              theirs: str, carers: str) -> None:
    sender = f"whose-view-side-by-side-{language}-{len(text)}"
    repository.ensure_conversation(sender, channel="rest", team=None)
    repository.update_conversation(sender, language=language, completed_by="carer")
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Gwen"})
    answers.store_answer(MemoryTurn(conversation, text), "q_what_matters", text)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        found = {o.text.rstrip("."): (o.about, o.whose_view) for o in conv.outcomes}
    assert found.get(theirs) == ("person", "person"), found
    assert found.get(carers) == ("person", "carer"), found
