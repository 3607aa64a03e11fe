"""Trial 39's safeguarding findings (AT1-AT5), in Welsh and English, each with a calm look-alike that stays calm.

AT1: a minimiser ("a bit", "bach", "dim byd mawr") never softens self-harm, and asking us to forget it afterwards is
answered honestly (the worker still sees it) and never kept as an outcome. AT2: not wanting to tell everyone is
privacy, "be ti di rannu??" a question answered. AT3: a name from the staff in a list is who helps; a neighbour
frightening a man in his home is a please-check abuse. AT4: a carer at the end of their tether in south and north
Welsh gets the gentle check; losing their temper with someone who wanders on the road is a please check. AT5: a son
who holds his mother's pension card and shouts is a please-check financial abuse, with the older person's line.
The words are the trial's (fictional people).
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply
from bot.analysis.cant_go_on import says_they_cannot_go_on
from bot.analysis.risk import assess_risk
from bot.analysis.safe_reply import asks_us_to_forget, takes_it_back
from bot.summary import load_record
from tests.conversation.memory import consented_at

_senders = itertools.count(1)


def _reading(text: str) -> tuple[str, set[str], bool]:
    r = assess_risk(text)
    return r.level, set(r.categories), r.please_check


# ---------- AT1: a minimiser never softens self-harm

@pytest.mark.parametrize("text", [
    "i cut my arm a bit",
    "i cut my arm a bit but its not deep its fine",
    "sometimes when it gets too much i cut my arm a bit but its not deep its fine, anyway i want to go back to my old "
    "form",
    "i cut ma arm abit",
    "weithia dwi'n torri fy mraich pan ma petha'n ormod",
    "dwi'n torri mraich weithia",
    "weithie fi'n torri'n fraich pan fi'n teimlo'n isel",
    "dwin torri mraich bach ond dim byd mawr, mae'n iawn",
    "dw i'n brifo fy hun weithiau",
])
def test_self_harm_with_a_minimiser_is_urgent(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "self_harm" in categories


@pytest.mark.parametrize("text", [
    "i cut my arm a bit on the fence",
    "i cut my finger a bit chopping onions",
    "dw i wedi torri fy mraich",
    "nes i dorri fy mraich yn chwarae rygbi",
])
def test_an_accident_stays_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


RETRACTION = {"en": "actually forget i said that bit about my arm. dont tell nan",
              "cy": "anghofia be ddudis i, paid deud wrth nain"}
DISCLOSURE = {"en": "sometimes when it gets too much i cut my arm a bit but its not deep its fine, anyway i want to go "
                    "back to my old form",
              "cy": "weithia dwi'n torri fy mraich pan ma petha'n ormod, ond isio mynd nôl i fy hen ddosbarth"}


@pytest.mark.parametrize("text", [*RETRACTION.values(), "Forget what I said earlier", "i take it back",
                                  "anghofiwch beth ddwedais i", "paid cymryd sylw o be wedes i"])
def test_asking_us_to_forget_is_read(text: str) -> None:
    assert asks_us_to_forget(text) and takes_it_back(text)


@pytest.mark.parametrize("text", ["forget it", "i always forget what i said", "na sori anghofia hynna, dw i isio cadw fo",
                                  "dw i'n anghofio be ddudis i"])
def test_no_retraction_in_these(text: str) -> None:
    assert not asks_us_to_forget(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_retraction_after_the_disclosure_is_answered_honestly_and_is_no_outcome(sqlite_url: str,
                                                                                   language: str) -> None:
    conversation = consented_at(f"tfix39a-at1-{next(_senders)}", language, "q_what_matters",
                                what_matters="being with my friends", role="young_person", name="Jay")
    conversation.say(DISCLOSURE[language])
    conversation.say("parhau" if language == "cy" else "carry on")
    asked = conversation.requested
    conversation.say(RETRACTION[language])
    still_seen = messages.text("safety_check_taken_back", language, "ti")
    assert still_seen.split(".")[0] in conversation.text
    assert messages.text("safety_check_untold_too", language, "ti").split(".")[0] in conversation.text
    assert conversation.requested == asked, "the question waiting is asked again"
    record = load_record(conversation.sender_id)
    assert record is not None
    assert not any(o["text"] in RETRACTION[language] or RETRACTION[language] in o["text"] for o in record["outcomes"])
    [flag] = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert (flag.get("played_down") or {}).get("text") == RETRACTION[language]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_retraction_at_the_safe_check_is_answered_honestly(sqlite_url: str, language: str) -> None:
    conversation = consented_at(f"tfix39a-at1c-{next(_senders)}", language, "q_what_matters",
                                what_matters="being with my friends", role="young_person", name="Jay")
    conversation.say(DISCLOSURE[language])
    conversation.say(RETRACTION[language])
    assert messages.text("safety_check_taken_back", language, "ti").split(".")[0] in conversation.text


# ---------- AT2: privacy is no plan; "what did you share?" is answered

@pytest.mark.parametrize("text", [
    "isio i'r ysgol wbod pam dwi'n hwyr heb fi orfod deud wrth bawb",
    "nath mr parry weiddi arna fi o flaen pawb, nath o'n lladd i lol. isio i'r ysgol wbod pam dwi'n hwyr heb fi orfod "
    "deud wrth bawb",
    "I want school to know why I am late without me having to tell everyone",
    "be ti di rannu?? dwi heb ddeud dim byd drwg. plis paid deud wrth mam",
    "what have you shared?? i didnt say anything bad. please dont tell mum",
])
def test_privacy_and_a_question_about_it_are_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


@pytest.mark.parametrize("text", ["be ti di rannu?? dwi heb ddeud dim byd drwg. plis paid deud wrth mam",
                                  "what have you shared?? i didnt say anything bad. please dont tell mum"])
def test_what_was_shared_is_answered(text: str) -> None:
    assert about_assistant_reply(text) == "who_sees"


def test_a_plan_beside_not_telling_everyone_still_reaches_duty() -> None:
    assert assess_risk("isio mynd heb orfod deud wrth bawb, ma gen i dabledi").reaches_duty


# ---------- AT3: who helps is no abuse; a neighbour frightening him is

@pytest.mark.parametrize("text", ["his mam, his brother Gareth, me and Sam from staff",
                                  "ei fam, ei frawd Gareth, fi a Sam o'r staff"])
def test_a_list_of_who_helps_is_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


@pytest.mark.parametrize("text", [
    "the neighbour upstairs bangs on the floor and shouted at Dai on the stairs, he gets scared and wont go out some "
    "days",
    "mae'r cymydog i fyny grisiau yn cnocio ar y llawr ac wedi gweiddi ar Dai ar y grisiau, mae o'n cael ofn a ddim "
    "isio mynd allan rhai dyddiau",
])
def test_a_neighbour_frightening_him_reaches_duty_as_abuse(text: str) -> None:
    reading = assess_risk(text)
    assert reading.reaches_duty and "abuse" in reading.categories and "falls" not in reading.categories


@pytest.mark.parametrize("text", ["the neighbours shout hello to Dai, they are lovely",
                                  "mae'r cymydog yn cnocio ar y drws bob bore i weld os ydi Dai yn iawn"])
def test_a_friendly_neighbour_is_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


# ---------- AT4: the carer at the end of their tether; losing their temper with someone who wanders

@pytest.mark.parametrize("text", ["sai'n gwbod faint mwy alla i gymryd", "fi ar ben fy nhennyn", "dwi ar ben fy nhennyn",
                                  "dwi'm yn gwbod faint mwy fedra i gymryd", "I dont know how much more I can take",
                                  "I'm at the end of my tether"])
def test_the_end_of_their_tether_is_cannot_go_on(text: str) -> None:
    assert says_they_cannot_go_on(text)


@pytest.mark.parametrize("text", ["dw i ar ben fy hun", "methu cymryd mwy o dabledi", "I cant take any more tablets"])
def test_not_cannot_go_on(text: str) -> None:
    assert not says_they_cannot_go_on(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_carer_at_the_end_of_their_tether_gets_the_gentle_check(sqlite_url: str, language: str) -> None:
    text = {"cy": "sai'n gwbod faint mwy alla i gymryd, fi ar ben fy nhennyn",
            "en": "I don't know how much more I can take, I'm at the end of my tether"}[language]
    conversation = consented_at(f"tfix39a-at4-{next(_senders)}", language, "q_what_matters", what_matters="Menna",
                                role="carer", name="Gwyn")
    conversation.say(text)
    first = messages.text("carer_cant_go_on", language, "chi", helplines="").split("\n")[0]
    assert first in conversation.text


@pytest.mark.parametrize("text", [
    "Weithie fi'n colli 'y nhymer 'da hi, a ma hi'n crwydro ar yr hewl am 3 y bore",
    "I lose my temper with her and she wanders on the road at 3am",
])
def test_losing_their_temper_with_someone_who_wanders_is_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.reaches_duty and "memory" in reading.categories


@pytest.mark.parametrize("text", ["Weithie fi'n colli 'y nhymer 'da hi", "sometimes I lose my temper with him"])
def test_losing_their_temper_alone_is_strain_in_both_languages(text: str) -> None:
    assert _reading(text) == ("concern", {"carer_strain"}, False)


@pytest.mark.parametrize("text", ["she loves a wander round the garden, I never lose my temper with her",
                                  "dw i byth yn colli fy nhymer efo hi, mae hi'n crwydro o gwmpas y tŷ"])
def test_no_temper_lost_is_no_please_check(text: str) -> None:
    assert not assess_risk(text).reaches_duty


# ---------- AT5: a son holding her pension card who shouts

GLENYS = {"en": "My son Darren, he looks after my pension card for me. He shouts a bit when hes stressed but he's under "
                "a lot of pressure with money",
          "cy": "Darren, fy mab, sy'n edrych ar ôl fy ngherdyn pensiwn i. Mae e'n gweiddi tipyn pan mae e dan straen ond "
                "mae lot o bwysau arno fe gydag arian"}


@pytest.mark.parametrize("text", GLENYS.values())
def test_the_pension_card_and_the_shouting_is_financial_abuse_to_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.reaches_duty and "exploitation" in reading.categories


@pytest.mark.parametrize("text", ["my son looks after my pension card because i get muddled, hes very good",
                                  "he looks after my pension card for me. he shouts a bit at the telly when the rugby is on",
                                  "mae o'n edrych ar ôl fy mhensiwn i, mae o'n gweiddi ar y teledu pan mae'r rygbi ymlaen"])
def test_a_son_who_helps_with_the_money_is_calm(text: str) -> None:
    assert not assess_risk(text).reaches_duty


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_older_persons_line_is_given(sqlite_url: str, language: str) -> None:
    conversation = consented_at(f"tfix39a-at5-{next(_senders)}", language, "q_what_matters",
                                what_matters="my garden", role="person", name="Glenys")
    conversation.say(GLENYS[language])
    assert "0808 808 8141" in conversation.text  # Hourglass, from config/helplines.yml
