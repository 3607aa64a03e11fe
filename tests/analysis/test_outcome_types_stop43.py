"""The right group for each outcome (issue 11, stop 43), families that several writers' gold agrees on, read on the
fresh sets' tuning halves (fresh5, fresh6, fresh7 odd numbers) and fixed by rule in `bot.analysis.outcomes._regroup`:

AX1. keeping a particular worker (a PA, nurse, CPN, teacher, driver, support worker) by name, the same worker every
     time, or asking that they not be changed is how support is given: process (28 of 34 such gold lines in the three
     tuning halves, all four stop-38 writers; the type reader, taught by the dev and retired gold, read them as keeps).
     A friend, a relative or a neighbour to go on seeing is no worker: kept; a new or different worker wished for is a
     change.
AX2. time given to them ("Rhowch amser i mi", "give me time"), how to talk to or treat them ("gofynnwch iddi am y
     plant, ma hi'n dwlu ar hynny") and someone who speaks their language: process at any question (57 of 57 gold
     lines; "amser i mi" was read as time of their own, a change, and "she loves that" as a keep).
AX3. something new, said as "would love it if" / "mi fasa fo'n licio", or a home of their own to move into: a change
     (12 of 14 gold lines; the love word, or the "-ing" of a thing done now, made it a keep). Staying put is kept.
AX4. medicines on time ("his meds exactly on time cos of the seizures"): how help is given, process (3 of 3 gold lines,
     fresh5 and fresh7); being on time themselves is no medicine.

Each family has the writers' own words, phrasings written for this test (in no benchmark file), and twins that must
stay as they were, in both languages.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes


def _types(text: str, question: str | None) -> list[str]:
    _otype, _conf, spans = sort_outcomes(text, question)
    assert spans, text
    for s in spans:
        assert s.text == text[s.start:s.end]
    return [s.type for s in spans]


# --- AX1: a worker kept by name ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the writers' words (fresh7 tuning half)
    "My PA Jen on Mondays and Thursdays, she's more like a mate.",
    "My CPN Steph, I've had her 4 years and she knows me inside out, please don't change her.",
    "the Parkinsons nurse Angela, she's smashing",
    "Plis cadwch Carys.",
    "dont change her pls the last one was proper dry",
    "mr williams chwaraeon, mae o yn cal fi",
    "The school transport with Dai the driver, Ollie trusts him.",
    "his keyworker there Dean.",
    # written for this test, north and south Welsh, text-speak, no accents
    "Fy ngofalwr Dafydd ar fore Mawrth, mae o'n grêt efo fi.",
    "nyrs fi Meinir, plis peidiwch newid hi",
    "Y gweithiwr cymorth, Rhodri, ma fe'n ffab.",
    "cadwch Elen plis",
    "our home carer Trish, she's a diamond",
    "dont swap him pls hes the only one who gets me",
    "Mrs Pritchard the teaching assistant, she gets him",
])
def test_keeping_a_worker_is_process(text: str) -> None:
    assert _types(text, "maintenance") == ["process"]


@pytest.mark.parametrize("text,question", [
    ("Same carer at tea time would be nice.", "change"),
    ("yr un gofalwyr bob tro plis", "process"),
    ("I want the same driver every day", None),
])
def test_the_same_worker_every_time_is_process(text: str, question: str | None) -> None:
    assert _types(text, question) == ["process"]


@pytest.mark.parametrize("text,question,want", [
    # a friend or a neighbour to go on seeing is kept
    ("Seeing my friend Jen on a Friday for a coffee.", "maintenance", "maintenance"),
    ("Gweld fy ffrind Siân bob dydd Sadwrn.", "maintenance", "maintenance"),
    ("Keep my cat Smudge with me", "maintenance", "maintenance"),
    ("Cadwch Smwt y gath efo fi", "maintenance", "maintenance"),
    # a different worker wished for is a change
    ("dwi isio carer gwahanol, dynes", "change", "change"),
    ("I'd like a different carer in the mornings, a woman.", "change", "change"),
    # a worker's place is no name: the physio at the hospital, a job as a teaching assistant
    ("my job, I'm a teaching assistant in Ninian Park primary, I don't want to give it up", "maintenance",
     "maintenance"),
])
def test_no_worker_kept_stays_as_it_was(text: str, question: str | None, want: str) -> None:
    assert _types(text, question) == [want]


# --- AX2: time given, and how to talk to or treat them -----------------------------------------------------------------

@pytest.mark.parametrize("text,question", [
    ("Rhowch amser i mi.", "maintenance"),  # the writer's words, at "how to talk with you?"
    ("Rhowch amser i mi.", None),
    ("give me time to get to the door, I'm slow with the oxygen.", "process"),
    ("gofynnwch iddi am y plant, ma hi'n dwlu ar hynny.", "process"),
    ("ne rhywun sy yn siarad cymraeg o leia", "change"),
    ("Siarad efo fo fel hogyn mawr, mae o'n casáu cael ei drin fel babi.", "process"),
    # written for this test
    ("Rhowch ddigon o amser iddo fo.", "maintenance"),
    ("rho amser iddi hi ateb plis", None),
    ("Peidiwch siarad â hi fel plentyn.", "maintenance"),
    ("give him a bit of time to answer", "maintenance"),
    ("ask him about the football, he loves that.", "maintenance"),
    ("dont talk to her like a baby", "maintenance"),
    ("Talk to Gwen first, she knows him best", "process"),
    ("someone who speaks Polish, his English is going", "change"),
])
def test_time_and_how_to_talk_is_process(text: str, question: str | None) -> None:
    assert _types(text, question) == ["process"]


@pytest.mark.parametrize("text,question,want", [
    # time of their own is still a change
    ("Dwi isio amser i fi fy hun weithia.", "process", "change"),
    ("I just want some time for myself.", "process", "change"),
])
def test_time_of_their_own_is_still_a_change(text: str, question: str | None, want: str) -> None:
    assert _types(text, question) == [want]


@pytest.mark.parametrize("text", [
    # talking to or asking someone of their own is a wish of their own life, no way of talking to them
    "I want to talk to my friends more.",
    "Dwi isio siarad efo fy ffrindia yn amlach.",
])
def test_talking_to_others_is_not_how_to_talk_to_them(text: str) -> None:
    assert "process" not in _types(text, None)


# --- AX3: something new ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,question", [
    ("Mi fasa hi wrth ei bodd tasa rhywun yn dod i'r tŷ i neud ei gwallt hi.", None),  # the writers' words
    ("Mi fasa fo'n licio byw efo'i ffrind Mark o'r clwb.", None),
    ("Moving into my own flat.", None),
    ("Be mae Huw isio ydi fflat ei hun.", None),
    # written for this test
    ("Mi fysa fo wrth ei fodd tasa fo'n cael mynd i bysgota.", "maintenance"),
    ("Bydde hi'n dwlu cael ci bach.", None),
    ("she'd love it if someone took her to the garden centre", "maintenance"),
    ("Getting my own place near the sea.", None),
    ("cael fflat fy hun yn Bangor", None),
])
def test_something_new_is_a_change(text: str, question: str | None) -> None:
    assert _types(text, question) == ["change"]


@pytest.mark.parametrize("text,question", [
    ("Staying in my own house.", None),
    ("i want to keep my flat", None),
    ("byw yn fama, dwi ddim yn symud i nunlla", "maintenance"),
    ("My own flat with my own front door", "maintenance"),
    ("I don't want to move, I love it here.", None),
])
def test_staying_put_is_still_kept(text: str, question: str | None) -> None:
    assert _types(text, question) == ["maintenance"]


# --- AX4: medicines on time --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,question", [
    ("his meds exactly on time cos of the seizures", "maintenance"),  # the writers' words (fresh7)
    ("Her tablets have to be on time, to the minute", "process"),
    # written for this test
    ("Ei thabledi hi ar amser plis, mae hi'n mynd yn stiff hebddyn nhw", "maintenance"),
    ("moddion Dad ar yr amser iawn bob bore", "maintenance"),
    ("his insulin at the right time every day", None),
])
def test_medicines_on_time_is_process(text: str, question: str | None) -> None:
    assert _types(text, question) == ["process"]


@pytest.mark.parametrize("text,question,want", [
    # being on time themselves is no medicine: a change in their own life
    ("I want to get to college on time without stressing.", None, "change"),
    ("isio cyrraedd coleg mewn pryd heb stresio", None, "change"),
])
def test_on_time_without_medicine_is_not_process(text: str, question: str | None, want: str) -> None:
    assert _types(text, question) == [want]
