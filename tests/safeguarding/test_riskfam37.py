"""The risk reader's leftovers from stop 36, read by family of meaning (issue 11, stop 37), both languages.

Each family: the quoted message, twins in the other language, and what must stay as it was.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

# ---- 1. Someone else's death by suicide told as past is grief: a low-mood concern for the visit, whatever the length
# of the name. "cyflawnodd Dad hunanladdiad" was grief, "cyflawnodd <a two-word name> hunanladdiad" urgent; "nath gŵr
# fy ffrind ladd ei hun" (three words between "nath" and "ladd") read nothing of the loss.
GRIEF = ["cyflawnodd Dafydd Jones hunanladdiad", "cyflawnodd fy ffrind gorau hunanladdiad",
         "cyflawnodd ei gŵr hunanladdiad llynedd", "cyflawnodd Siân Rhys hunanladdiad yn 2010",
         "nath gŵr fy ffrind ladd ei hun", "nath tad fy ffrind gorau ladd ei hun llynedd",
         "wnaeth brawd fy nain ladd ei hun", "my friend's husband killed himself",
         "my best friend's dad committed suicide last year", "David Jones committed suicide in 2010"]
#: Told as just now, or one's own: urgent, however long the name.
NOW_OR_OWN = ["cyflawnodd Dafydd Jones hunanladdiad neithiwr", "cyflawnodd hi hunanladdiad bore ma",
              "nath gŵr fy ffrind ladd ei hun neithiwr", "dwi'n meddwl am hunanladdiad",
              "cyflawnodd fy mrawd hunanladdiad a dw i'n meddwl am hunanladdiad hefyd",
              "my friend's husband killed himself last night", "i'm thinking about suicide"]


@pytest.mark.parametrize("text", GRIEF)
def test_someone_elses_suicide_told_as_past_is_grief_whatever_the_name(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.please_check) == ("concern", False), explain(text)
    assert found.categories == ("low_mood",), explain(text)


@pytest.mark.parametrize("text", NOW_OR_OWN)
def test_a_suicide_just_now_or_ones_own_stays_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


# ---- 2. One's own overdose or self-harm told as long over is a history to note, not a 999 reply: "I took an overdose
# forty years ago" and "nes i gymryd gorddos ddeugain mlynedd yn ôl" were urgent.
LONG_OVER = {"I took an overdose forty years ago": "suicide",
             "nes i gymryd gorddos ddeugain mlynedd yn ôl": "suicide",
             "cymerais i orddos ugain mlynedd yn ôl": "suicide",
             "I overdosed back in the eighties, it's all behind me now": "suicide",
             "i used to cut myself decades ago, it's long over": "self_harm",
             "ro'n i'n torri fy hun yn y saithdegau, mae hynny drosodd": "self_harm"}
#: Recent, again, or the thought back: urgent.
RECENT = ["I took an overdose last night", "cymerais i orddos neithiwr", "I took an overdose last week",
          "nes i gymryd gorddos wythnos diwethaf",
          "I took an overdose forty years ago and another one last week",
          "I took an overdose forty years ago and I have been thinking about it again lately",
          "Cymerais orddos ddeugain mlynedd yn ôl. Dw i wedi bod yn meddwl am y peth eto.",
          "nes i gymryd gorddos ddeugain mlynedd yn ôl a wnes i eto neithiwr"]


@pytest.mark.parametrize("text, harm", LONG_OVER.items())
def test_an_overdose_or_self_harm_long_over_is_a_concern_that_keeps_its_harm(text: str, harm: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and not found.reaches_duty, explain(text)
    assert harm in found.categories, explain(text)


@pytest.mark.parametrize("text", RECENT)
def test_a_recent_overdose_or_the_thought_back_stays_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


#: The future and goodbyes are never "long over": "i'll be long gone by easter" stays urgent beside the family above.
FUTURE = ["i'll be long gone by easter", "I took an overdose years ago and I've made my peace with everyone now",
          "fydda i wedi hen fynd erbyn y Pasg, nes i gymryd gorddos ddeugain mlynedd yn ôl"]


@pytest.mark.parametrize("text", FUTURE)
def test_the_future_or_a_goodbye_is_never_long_over(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" or found.please_check, explain(text)


# ---- 3. Past a guard, a "please check" by the learned model alone still reaches duty: tried at stop 37 for "nath y ci fy
# mrathu i pan nes i sefyll ar ei gynffon" (a dog's bite, 0.61, its guard matched), making the model alone raise
# nothing past any guard lost "my son keeps my bank card because I forget the PIN but he takes money out for himself"
# (the PIN guard matched, the harm beside it). So the bar was left as it is; a sure reading and a rule stay urgent.
PAST_A_GUARD_STILL_READ = ["my son keeps my bank card because I forget the PIN but he takes money out for himself",
                           "mae'r mab yn cadw fy ngherdyn banc achos dw i'n anghofio'r PIN ond mae o'n cymryd pres i "
                           "fo'i hun"]
PAST_A_GUARD_STILL_URGENT = [
    "fi di sgwennu llythyr i mam yn barod. dyna bopeth, fydda i ddim yn broblem iddi ar ôl wsos nesa",
    "he bit me when I tried to take his phone off him"]


@pytest.mark.parametrize("text", PAST_A_GUARD_STILL_READ)
def test_past_a_guard_the_harm_beside_it_still_reaches_duty(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty or found.level == "concern", explain(text)


@pytest.mark.parametrize("text", PAST_A_GUARD_STILL_URGENT)
def test_past_a_guard_a_sure_reading_or_a_rule_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)
