"""Re-trial 31, AD1 and AD4.

- AD1: "17, my teacher told me to fill this in" at "who is talking?" was read as the person themselves (an adult): the
  summary said "Y person ei hun", a later disclosure got only 999 and Samaritans (no Childline or Meic), and he was
  asked the adult questions. An age under 18 said at the start, alone or with other words, makes a young person, in
  both languages: the same rule (bot.analysis.age.young_by_age) that makes "Kieran, 17" at a carer's name question one.
- AD4: "I like a bit of Welsh but English is easier for me now" was read as Welsh, so the summary asked for a
  Welsh-speaking practitioner. The preference is the language said to be easier, preferred or better, not every
  language mentioned.

Through the conversation core, SQLite and the summary, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.age import ADULT_AT, stated_age, young_by_age
from bot.conversation.about_you import role_from_text
from bot.summary.record import load_record, stated_language
from bot.summary.view import build_view, label
from tests.conversation.test_start_never_loops import _at_role, _sender
from tests.summary.test_summary_stated_language import _carer_in_english

# --- AD1: an age under 18 at "who is talking?" ------------------------------------------------------------------

#: (language, the answer to "who is talking?", the age in it): Welsh and English twins.
YOUNG_AT_THE_START = [
    ("en", "17, my teacher told me to fill this in", 17),
    ("cy", "17, fy athro ddwedodd wrtha i am lenwi hwn", 17),
    ("en", "17", 17),
    ("cy", "17", 17),
    ("en", "im 15", 15),
    ("cy", "dwi'n 16 oed", 16),
    ("cy", "14 fi", 14),
    ("en", "14 me", 14),
    ("cy", "pymtheg", 15),
    ("en", "fifteen", 15),
]


@pytest.mark.parametrize("language, who, age", YOUNG_AT_THE_START)
def test_an_age_under_18_at_the_start_is_a_young_person(language: str, who: str, age: int) -> None:
    assert stated_age(who) == age and age < ADULT_AT and young_by_age(who)
    assert role_from_text(who) == "young_person"


@pytest.mark.parametrize("who", ["45, i look after my mum", "45, dwi'n gofalu am Mam", "I look after my mum, she's 84",
                                 "dwi'n gofalu am fy mab, 15 oed", "3, 4 times a week", "2021, i moved here"])
def test_an_adults_age_or_someone_elses_is_no_young_person(who: str) -> None:
    assert not young_by_age(who)


@pytest.mark.parametrize("language, who", [
    ("en", "17, my teacher told me to fill this in"),
    ("cy", "17, fy athro ddwedodd wrtha i am lenwi hwn"),
    ("cy", "14 fi"),
    ("en", "fifteen"),
])
def test_the_young_person_hears_ti_and_the_summary_says_so(sqlite_url: str, language: str, who: str) -> None:
    sender = _sender("fix31a-young", language, who)
    dialogue = _at_role(sender, language)
    dialogue.say(who)
    assert dialogue.slots["role"] == dialogue.slots["completed_by"] == "young_person"
    assert dialogue.slots["register"] == "ti"
    record = load_record(sender)
    assert record is not None and record["completed_by"] == "young_person"
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        facts = {f.key: f for f in about.facts}
        assert facts["completed_by"].value == label("completed_young_person", interface)
    # A disclosure now gets the young people's lines, not only 999 and Samaritans.
    reply = dialogue.say(DISCLOSURE[language])
    assert "Childline" in reply and "Meic" not in reply  # one young person's own line, 999 and the line for the worry (AW17, stop 42: at most three)


#: A disclosure after the role answer (the re-trial's head injury), as the person's own words.
DISCLOSURE = {"en": "my dad hit me on the head with a pan last night and it still hurts",
              "cy": "nath dad fy nharo i ar fy mhen efo sosban neithiwr a mae'n dal i frifo"}


# --- AD4: the language said to be easier is the preference -------------------------------------------------------

#: (what they said about language, the preference): Welsh and English twins.
PREFERENCES = [
    ("I like a bit of Welsh but English is easier for me now", "en"),
    ("dwi'n licio tipyn o Gymraeg ond mae Saesneg yn haws i fi rwan", "en"),
    ("Saesneg yn haws i fi", "en"),
    ("English is easier for me", "en"),
    ("I prefer English but Welsh is fine", "en"),
    ("well gen i Saesneg ond mae Cymraeg yn iawn", "en"),
    ("Cymraeg plis, ond dwi'n dallt Saesneg", "cy"),
    ("Welsh please, but I understand English", "cy"),
    ("I like a bit of English but Welsh is easier for me now", "cy"),
    ("Welsh if you can, it was her first language", "cy"),
]


@pytest.mark.parametrize("words, language", PREFERENCES)
def test_the_language_said_to_be_easier_is_the_preference(sqlite_url: str, words: str, language: str) -> None:
    assert stated_language([{"question_key": "communication", "text": words, "id": 1}])[0] == language
    record = _carer_in_english(f"fix31a-lang-{abs(hash(words)) % 10**8}", "communication", words)
    assert record["stated_language"] == language
    # An English chat: the Active Offer (a Welsh-speaking practitioner) only when Welsh is the preference.
    assert record["active_offer_applies"] is (language == "cy")
