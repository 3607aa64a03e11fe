"""Eleventh user trial (stop 33) AG9: whose view, for a husband caring for his wife. Her own view as he reports it
("Hi'n deud bo hi'n iawn, bod hi ddim angen help gan neb") was filed as his; his own wish with its subject left out
("Ddim isio iddi fynd i gartra, byth") as hers (a capitalised "Ddim" was read as someone's name); and "Aros adra.",
which he called "y peth pwysica", was no outcome (two words). Through the conversation core, SQLite and the summary's
view; the trial's words (fictional people) and an English twin.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.analysis.outcomes import views_passed_on
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, started_with_record

GOOD_DAY = {
    "cy": "Diwrnod da ydi pan ma hi'n nabod fi yn bora a dan ni'n cal panad efo'n gilydd a mynd am dro bach i lawr at "
          "y cei. Ma hi wrth ei bodd efo canu, emynau a ballu, isio cadw hynna. Ond ma hi'n syrthio yn y nos, dwywaith "
          "wsos dwytha, a dwi'n methu codi hi ar ben fy hun efo nghefn i. Hi'n deud bo hi'n iawn, bod hi ddim angen "
          "help gan neb, ond dydi hi ddim, duwcs. Dwi isio rhywun i helpu yn y nos os oes na ffasiwn beth",
    "en": "A good day is when she knows me in the morning and we have a cuppa together and a little walk down to the "
          "quay. She loves singing, hymns and that, wants to keep that. But she falls at night, twice last week, and I "
          "can't lift her on my own with my back. She reckons she's fine, that she doesn't need help from anyone, but "
          "she isn't. I want someone to help at night if there's such a thing",
}
HERS = {"cy": "bod hi ddim angen help gan neb", "en": "that she doesn't need help from anyone"}
HER_WORDS = {"cy": ("Hi'n deud bo hi'n iawn, bod hi ddim angen help gan neb", "dydi hi ddim, duwcs."),
             "en": ("She reckons she's fine, that she doesn't need help from anyone", "she isn't.")}
SINGING = {"cy": "Ma hi wrth ei bodd efo canu, emynau a ballu, isio cadw hynna.",
           "en": "She loves singing, hymns and that, wants to keep that."}
KEEP = {
    "cy": "Aros adra. Ddim isio iddi fynd i gartra, byth. A chadw'r canu yn capel bob nos fawrth. O ia, os dach chi'n "
          "gyrru rhywun, plis ffoniwch fi gynta, ma hi'n cael braw efo pobl ddiarth yn landio",
    "en": "Stay home. Don't want her going into a home, ever. And keep the singing at chapel on Tuesday nights.",
}
STAY = {"cy": "Aros adra.", "en": "Stay home."}
HIS = {"cy": "Ddim isio iddi fynd i gartra, byth.", "en": "Don't want her going into a home, ever."}


def _sender(*parts: object) -> str:
    return "mem-f33c-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _husband(sender_id: str, language: str) -> MemoryConversation:
    conversation = started_with_record(sender_id, language, role="carer", name="Wil")
    repository.update_conversation(sender_id, cared_for_name="Nans")
    conversation.slots.update({"cared_for_name": "Nans", "relationship": "y wraig"})
    conversation._ask_next()
    assert conversation.requested == "q_what_matters"
    return conversation


def _outcomes(record: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    (answer,) = [a for a in record["answers"] if a["question_key"] == key]
    return {o["text"]: o for o in record["outcomes"] if o.get("answer_id") == answer["id"]}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_her_view_his_wish_and_the_short_thing_to_keep(sqlite_url: str, language: str) -> None:
    conversation = _husband(_sender("ag9", language), language)
    conversation.say(GOOD_DAY[language])
    assert conversation.requested == "q_strengths"
    conversation.say("Ein merch ni, Gwenllian, yn dod draw ar ddydd sul efo cinio." if language == "cy"
                     else "Our daughter Gwen comes over on Sundays with dinner.")
    assert conversation.requested == "q_keep"
    conversation.say(KEEP[language])
    record = load_record(conversation.sender_id)
    assert record is not None
    good_day = _outcomes(record, "what_matters")
    # what she says, as he reports it, is her view; his own wish stays his
    assert good_day[HERS[language]]["whose_view"] == "person"
    assert [o["whose_view"] for t, o in good_day.items() if t.startswith(("Dwi isio", "I want"))] == ["carer"]
    (answer,) = [a for a in record["answers"] if a["question_key"] == "what_matters"]
    assert answer["views_passed_on"] == [{"their_words": HER_WORDS[language][0], "own_view": HER_WORDS[language][1]}]
    keep = _outcomes(record, "keep")
    assert keep[HIS[language]]["whose_view"] == "carer"  # "Ddim isio iddi…": his, not someone called "Ddim"
    assert STAY[language] in keep  # the short thing he most wants kept is an outcome
    section = build_view(record, language).section("what_matters")
    assert section is not None
    (views,) = [g for g in section.groups if g.key == "views"]
    quotes = [i.quote for i in views.items]
    # her view beside his own wish and his view of hers; her singing (no one disagrees) is not set against his view
    assert HERS[language] in quotes and HER_WORDS[language][0] in quotes and HER_WORDS[language][1] in quotes
    assert SINGING[language] not in quotes


@pytest.mark.parametrize("words, theirs", [
    ("Hi'n deud bo hi'n iawn, ond dydi hi ddim.", "Hi'n deud bo hi'n iawn"),
    ("Fo'n meddwl bod o'n iawn ar ben ei hun, ond dydi o ddim.", "Fo'n meddwl bod o'n iawn ar ben ei hun"),
    ("She thinks she can manage the stairs, but she can't.", "She thinks she can manage the stairs"),
    ("He reckons he's fine, but he isn't.", "He reckons he's fine"),
])
def test_she_says_or_thinks_is_her_view(words: str, theirs: str) -> None:
    assert [t for t, _own in views_passed_on(words, "Nans")] == [theirs]


@pytest.mark.parametrize("words", [
    "Ddim isio iddi fynd i gartra, byth.",
    "Dim isio i neb ei symud hi.",
    "Still wants to go to chapel.",  # no one named: the speaker's, as said
    "O'n deud wrthi bod hi'n iawn.",  # "I was telling her": his words, not hers
])
def test_no_one_named_is_no_view_passed_on(words: str) -> None:
    assert views_passed_on(words, "Nans") == []
