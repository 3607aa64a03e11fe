"""Thirteenth trial (stop 35, issue 11): what an outcome says and whose view it is. Played through the conversation
core (no Rasa) with SQLite, the trial's words with a twin in the other language, then read back from the record.

- AK9: "…isio stopio'r dance class… na sori anghofia hynna, dw i isio cadw fo defo" was a *change*; "a rail by the back
  step… Actually scratch the rail" stayed a *change*: a change of mind keeps only the last wish, with its own type, and
  a wish taken back by name is no outcome.
- AK11: "I'd like to keep that going whatever happens." was cut off from the Friday lunch and filed among the carer's
  own outcomes; "i want to keep that whatever happens." lost the football: a pointer carries what it points at, and its
  view.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record

FILLER = {"en": "Her neighbours pop in most days.", "cy": "Mae'r cymdogion yn galw bron bob dydd."}

# AK9 ----------------------------------------------------------------------------------------------------------------
CHANGED_MIND = {
    "cy": "mwy o amser efo mates hi. o a actually dw i'n meddwl dw i isio stopio'r dance class tbh, ma'n rhy ddrud... "
          "na sori anghofia hynna, dw i isio cadw fo defo",  # the trial's words
    "en": "more time with her mates. oh and actually I think I want to stop the dance class tbh, it's too dear... no "
          "sorry, forget that, I want to keep it defo",
}
RAIL = {
    "en": "The transport, it's always late. Oh and a rail by the back step would help, she nearly went over last week. "
          "Actually scratch the rail, our son-in-law's putting one up on Saturday.",  # the trial's words
    "cy": "Y trafnidiaeth, mae o wastad yn hwyr. O a fasa canllaw wrth y stepen gefn yn help, bu bron iddi syrthio "
          "wythnos dwytha. A dweud y gwir anghofia'r canllaw, mae'r mab-yng-nghyfraith yn rhoi un i fyny dydd Sadwrn.",
}
# AK11 ---------------------------------------------------------------------------------------------------------------
POINTER = {
    "en": "A good day is when her tablets kick in on time. Friday lunch at the Butchers Arms is the highlight of her "
          "week, we've been going every Friday for 30 years and I'd like to keep that going whatever happens.",
    "cy": "Diwrnod da ydi pan mae ei thabledi'n gweithio mewn pryd. Cinio dydd Gwener yn y Butchers Arms ydi uchafbwynt "
          "ei hwythnos hi, dan ni'n mynd bob dydd Gwener ers 30 mlynedd a dw i isio cadw hynna beth bynnag sy'n "
          "digwydd.",
}
POINTER_ALONE = {"en": "I'd like to keep that going whatever happens.",
                 "cy": "dw i isio cadw hynna beth bynnag sy'n digwydd."}
POINTED_AT = {"en": "every Friday for 30 years", "cy": "bob dydd Gwener ers 30 mlynedd"}
FOOTBALL = {
    "en": "my mate Jordan and his mam for putting me up, fair play to them. football on a sunday with the boys in "
          "Aberfan, i want to keep that whatever happens. college is going ok, doing plastering",  # the trial's words
    "cy": "fy mêt Jordan a'i fam am adael fi aros, chwarae teg iddyn nhw. ffwtbol ar ddydd sul efo'r hogia yn Aberfan, "
          "dw i isio cadw hwnna doed a ddelo. coleg yn mynd yn ok, neud plastro",
}
FOOTBALL_WORDS = {"en": ("football on a sunday", "i want to keep that whatever happens"),
                  "cy": ("ffwtbol ar ddydd sul", "dw i isio cadw hwnna doed a ddelo")}


def play(sender_id: str, lang: str, role: str, answers: dict[str, str]) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    carer = role == "carer"
    conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": "carer" if carer else "self",
                               "name": "Glyn" if carer else "Kyle"})
    if carer:
        conversation.slots.update({"cared_for_name": "Margaret", "relationship": "husband"})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer" if carer else "self", display_name="Glyn" if carer else "Kyle",
                                   cared_for_name="Margaret" if carer else None)
    repository.record_consent(sender_id, True)
    conversation.start()
    left = dict(answers)
    while left and conversation.requested not in (None, "readback"):
        key = next((k for k in left if conversation.requested == f"q_{k}"), None)
        conversation.say(left.pop(key) if key else FILLER[lang])
    assert not left, left
    record = load_record(sender_id)
    assert record is not None
    return record


def outcomes_of(record: dict[str, Any], answer: str) -> list[dict[str, Any]]:
    return [o for o in record["outcomes"] if o["text"] in answer]


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_change_of_mind_keeps_the_last_wish_with_its_own_type(sqlite_url: str, lang: str) -> None:
    record = play(f"fix35c-ak9-{lang}", lang, "carer", {"change": CHANGED_MIND[lang], "worries": RAIL[lang]})
    dance = [o for o in outcomes_of(record, CHANGED_MIND[lang]) if "dance class" in o["text"]]
    (kept,) = dance  # one outcome: the wish kept, quoted with what "fo"/"it" is
    assert kept["type"] == "maintenance", kept
    assert kept["text"].endswith("cadw fo defo" if lang == "cy" else "keep it defo")
    rail = "canllaw" if lang == "cy" else "rail"
    assert not any(rail in o["text"] for o in outcomes_of(record, RAIL[lang])), record["outcomes"]
    assert any(RAIL[lang] == a["text"] for a in record["answers"])  # their words stay, as typed


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_keep_that_keeps_what_it_points_at_and_its_view(sqlite_url: str, lang: str) -> None:
    record = play(f"fix35c-ak11-{lang}", lang, "carer", {"what_matters": POINTER[lang]})
    (joined,) = [o for o in outcomes_of(record, POINTER[lang]) if POINTER_ALONE[lang].rstrip(".") in o["text"]]
    assert POINTED_AT[lang] in joined["text"], joined  # one outcome, quoting both
    assert joined["about"] == "person", joined  # Margaret's lunch, not the carer's own life
    assert joined["type"] == "maintenance"


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_keep_that_whatever_happens_keeps_the_football(sqlite_url: str, lang: str) -> None:
    record = play(f"fix35c-ak11-yp-{lang}", lang, "person", {"strengths": FOOTBALL[lang]})
    thing, pointer = FOOTBALL_WORDS[lang]
    (joined,) = [o for o in outcomes_of(record, FOOTBALL[lang]) if pointer in o["text"]]
    assert joined["text"].startswith(thing) and joined["type"] == "maintenance", joined
