"""The twentieth user trial's Welsh-twin findings (stop 43): AX3, AX4, AX11, AX14 and AX20. Welsh read less than
English for the same words (Welsh is never second class).

AX3: a son's "ma hi'n codi tua 2 neu 3 y bora a trio mynd allan … nath heddlu ffonio fi, odd hi ar y stryd yn Stryd
Llyn yn ei choban a dim sgidia" read nothing (the street line a keep outcome); the English twins were concerns. Going
missing at night (AW5's family) is a "please check" in `missing`, in both languages, never an outcome.
AX4: "ma hi di gadal y popty ymlaen ddwywaith" read nothing ("gadal" was no form of "gadael"); the oven or gas left on
again is memory and self-neglect, a "please check", as in English.
AX11: "Nid wyf yn bwyta fel y dylwn" (literary Welsh) read nothing; "the tablets, I forget them" (object first) read
nothing; "anghofio … tabledi" was memory only. Both languages now read self-neglect and medication.
AX14: "deud o'n barod" (I said it already) was a suicide "please check" from the learned model alone (training lines
where "barod" is tablets or plans made ready); it is a reference back, no risk and no outcome. Beside it, "dw i'n barod
i farw" read nothing where "I'm ready to die" is urgent.
AX20: a woman whose husband took her bank card (no low mood) got Samaritans beside Live Fear Free.
Fictional words after the trial's; each with its twin in the other language and calm look-alikes.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.outcomes import sort_outcomes
from bot.analysis.risk import assess_risk
from bot.conversation.readback import numbered_items
from bot.conversation.safety import helplines_shown
from tests.conversation.memory import consented_at

LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _sender(*parts: object) -> str:
    return "mem-welsh43-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# ---------- AX3: out at night
#: The trial's message and its parts, then new phrasings (north, south, no accents, text-speak).
NIGHT = {
    "cy": ["ma hi'n codi tua 2 neu 3 y bora a trio mynd allan i chwilio am Dad, ond ma Dad di marw ers 6 mlynadd. "
           "wsos dwytha nath heddlu ffonio fi, odd hi ar y stryd yn Stryd Llyn yn ei choban a dim sgidia.",
           "nath heddlu ffonio fi, odd hi ar y stryd yn ei choban",
           "odd hi ar y stryd yn Stryd Llyn yn ei choban a dim sgidia",
           "ma hi'n codi tua 2 neu 3 y bora a trio mynd allan",
           "roedd hi ar yr hewl heb sgidie am hanner nos",  # south
           "mae o'n codi yn y nos ac yn trio mynd allan",
           "ma hi'n codi ganol nos a crwydro",
           "heddlu wedi ffeindio hi ar y stryd yn ganol nos"],
    "en": ["she gets up at 2 or 3 in the morning and tries to go out to look for Dad. last week the police rang me, "
           "she was on the high street in her nightie and no shoes.",
           "the police rang me, she was on the high street in her nightie and no shoes",
           "found him on the main road with no shoes on",
           "cops phoned me, mum was wandering down the road in her dressing gown"],
}
# (English "she gets up at 2 or 3 in the morning and tries to go out" alone is not read: its row raised an urgent flag on
# a calm held-out conversation, the lead took it out at stop 43; docs/benchmarks.md says so.)
#: Up early, a walk, the police about something else, slippers in the garden: calm.
NIGHT_CALM = {
    "cy": ["codi'n gynnar i fynd allan am dro", "mam yn mynd am dro yn ei slipars yn yr ardd",
           "dw i'n codi am 6 y bore i fynd allan i redeg"],
    "en": ["i get up early to go out for a walk", "the police rang me about the car, it was parked on the street",
           "she potters in the garden in her slippers"],
}


@LANGS
def test_out_at_night_is_a_please_check_for_going_missing(language: str) -> None:
    for text in NIGHT[language]:
        reading = assess_risk(text)
        assert reading.please_check and reading.reaches_duty, (text, reading)
        assert "missing" in reading.categories and "memory" in reading.categories, (text, reading)


@LANGS
def test_up_early_and_the_street_by_day_stay_calm(language: str) -> None:
    for text in NIGHT_CALM[language]:
        assert assess_risk(text).level == "none", text


@LANGS
def test_out_at_night_is_never_an_outcome(sqlite_url: str, language: str) -> None:
    conversation = consented_at(_sender("night", language), language, "q_worries", role="carer", name="Gwyn",
                                what_matters={"en": "my mother", "cy": "mam"}[language])
    conversation.say(NIGHT[language][1])
    kept = [item.text for _, item in numbered_items(conversation.sender_id)]
    assert not any(word in item for item in kept for word in ("choban", "nightie", "stryd", "street")), kept


# ---------- AX4: the oven or gas left on again
GAS = {
    "cy": ["a'r nwy. ma hi di gadal y popty ymlaen ddwywaith", "ma hi di gadal y popty ymlaen ddwywaith",
           "ma hi di gadal y nwy ymlaen ddwywaith", "mae hi wedi gadael y nwy ymlaen eto",
           "ma hi di gadal y cwcer mlaen eto", "mae o wedi gadael yr hob on eto"],
    "en": ["she left the gas on twice", "she left the oven on twice", "she left the gas fire on twice",
           "hes left the hob on again"],
}
GAS_CALM = {"cy": ["gadael y golau ymlaen", "popty newydd", "ma gynni hi bopty newydd"],
            "en": ["left the light on", "a new oven", "she has a new cooker"]}


@LANGS
def test_the_oven_or_gas_left_on_again_is_memory_and_self_neglect(language: str) -> None:
    for text in GAS[language]:
        reading = assess_risk(text)
        assert reading.please_check and reading.reaches_duty, (text, reading)
        assert {"memory", "self_neglect"} <= set(reading.categories), (text, reading)


@LANGS
def test_a_light_left_on_and_a_new_oven_are_calm(language: str) -> None:
    for text in GAS_CALM[language]:
        assert assess_risk(text).level == "none", text


# ---------- AX11: literary negatives, the object first
NOT_EATING = {"cy": ["Nid wyf yn bwyta fel y dylwn, mae'n debyg.", "Nid yw hi'n bwyta fel y dylai",
                     "nid ydwyf yn bwyta llawer o gwbl"],
              "en": ["I dont eat like I should", "I do not eat as I should, I suppose"]}
TABLETS = {"cy": ["dwi'n anghofio cymryd y tabledi", "y tabledi, dw i'n eu hanghofio", "mae o'n anghofio ei dabledi",
                  "dwi'n anghofio fy nhabledi"],
           "en": ["and the, what do you call it, the tablets, I forget them", "I keep forgetting my tablets",
                  "the pills, he forgets them"]}
TABLETS_CALM = {"cy": ["dw i byth yn anghofio fy nhabledi"],
                "en": ["the tablets, I never forget them", "I forget things, but never my tablets"]}


@LANGS
def test_not_eating_as_one_should_is_self_neglect(language: str) -> None:
    for text in NOT_EATING[language]:
        reading = assess_risk(text)
        assert reading.level == "concern" and "self_neglect" in reading.categories, (text, reading)


@LANGS
def test_forgetting_tablets_is_a_medication_concern(language: str) -> None:
    for text in TABLETS[language]:
        reading = assess_risk(text)
        assert reading.level == "concern" and "medication" in reading.categories, (text, reading)


@LANGS
def test_never_forgetting_tablets_is_calm(language: str) -> None:
    for text in TABLETS_CALM[language]:
        assert "medication" not in assess_risk(text).categories, text


# ---------- AX14: "I said it already"
SAID_ALREADY = {"cy": ["deud o'n barod", "dwi di deud o'n barod", "wedes i'n barod", "fel wedes i gynt"],
                "en": ["I said it already", "told you already", "i've said that before"]}
READY_TO_DIE = {"cy": ["dw i'n barod i farw", "dwi'n barod i farw", "nes i ddeud yn barod. dw i isio marw"],
                "en": ["I'm ready to die", "i said already. i want to die"]}


@LANGS
def test_said_already_is_no_risk(language: str) -> None:
    for text in SAID_ALREADY[language]:
        assert assess_risk(text).level == "none", text


@LANGS
def test_ready_to_die_is_urgent_in_both_languages(language: str) -> None:
    for text in READY_TO_DIE[language]:
        reading = assess_risk(text)
        assert reading.level == "urgent" and "suicide" in reading.categories, (text, reading)


@pytest.mark.parametrize("text, wish", [
    ("rhywun dros nos. deud o'n barod", "rhywun dros nos."),  # the trial's
    ("rhywun i aros efo hi dros nos. wedes i'n barod", "rhywun i aros efo hi dros nos."),
    ("someone to sit with her overnight. I said it already", "someone to sit with her overnight."),
])
def test_said_already_is_no_outcome_beside_the_wish(text: str, wish: str) -> None:
    spans = [s.text for s in sort_outcomes(text, "q_change")[2]]
    assert spans == [wish], spans


@pytest.mark.parametrize("text", ["deud o'n barod", "na sa i'n credu", "sa i'n credu", "na, dwi'm yn meddwl",
                                  "I said it already", "no I dont think so", "i don't think so thanks"])
def test_said_already_and_i_dont_think_so_alone_are_no_outcome(text: str) -> None:
    for question in ("q_change", "q_anything_else"):
        assert sort_outcomes(text, question)[2] == (), (text, question)


# ---------- AX20: Samaritans only for low mood, distress or suicide
BANK_CARD = {"cy": "mae'r gŵr wedi cymryd fy ngherdyn banc i a mae o'n gwylltio os dw i'n gofyn amdano fo",
             "en": "my husband took my bank card and he gets cross if I ask for it"}
LOW = {"cy": "mae'r gŵr yn fy nharo i a dw i'n teimlo mor isel", "en": "my husband hits me and i feel so low"}
SAMARITANS = {"samaritans", "samaritans_cy"}


@LANGS
def test_no_samaritans_for_money_taken_by_a_husband(language: str) -> None:
    shown = [h.id for h in helplines_shown(("abuse", "domestic_abuse", "exploitation"), language, register="chi",
                                           role="person", age=58, words=[BANK_CARD[language]])]
    assert shown == ["emergency_999", "live_fear_free"], shown


@LANGS
def test_samaritans_still_given_for_low_mood_beside_domestic_abuse(language: str) -> None:
    shown = [h.id for h in helplines_shown(("abuse", "domestic_abuse", "low_mood"), language, register="chi",
                                           role="person", age=None, words=[LOW[language]])]
    assert "live_fear_free" in shown and SAMARITANS & set(shown), shown


@LANGS
def test_an_adult_harmed_with_no_other_line_still_has_someone_to_talk_to(language: str) -> None:
    shown = [h.id for h in helplines_shown(("abuse",), language, register="chi", role="person", age=40,
                                           words=[{"cy": "mae'r gofalwr yn fy nharo i", "en": "the carer hits me"}[language]])]
    assert shown[0] == "emergency_999" and SAMARITANS & set(shown), shown
