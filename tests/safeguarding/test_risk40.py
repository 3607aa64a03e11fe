"""Stop 40 (risk40): the risk reader's leftovers from trial 39, in Welsh and English, each with a calm look-alike.

1. Someone hurting a part of their body ("he hit my arm", "nath e fwrw fy mraich i") is abuse, not self-harm; cutting
   one's own arm stays self-harm. 2. "dwi di torri mraich" (a broken arm) is an accident, unless a blade, on purpose or
   feeling low is told beside it. 3. A wish to be with him or her after a death told is a please-check passive wish to
   die; "he's going to kill me for saying this" after harm from someone told earlier is a please check, alone calm.
4. A carer's "can't go on" that is also a please check gets the gentle check in the same reply. 5. A please-check
   money flag taken back later is marked as played down. 6. The threat check of each wish reads the message once first.
The words are the trial's and their twins (fictional people).
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis import a_threat_not_a_wish, says_a_threat_to_them
from bot.analysis.risk import assess_risk, may_tell_of
from bot.analysis.safe_reply import takes_it_back
from bot.summary import load_record
from tests.conversation.memory import consented_at

_senders = itertools.count(1)


def _reading(text: str) -> tuple[str, set[str], bool]:
    r = assess_risk(text)
    return r.level, set(r.categories), r.please_check


# ---------- 1. someone hurting their arm is abuse; cutting their own arm is self-harm

@pytest.mark.parametrize("text", ["he hit my arm", "she hit my arm", "my dad hit my arm", "he kicked my leg",
                                  "mae o di taro fy mraich", "nath e fwrw fy mraich i", "nath hi gicio fy nghoes i"])
def test_someone_hurting_their_arm_is_abuse_not_self_harm(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "abuse" in categories and "self_harm" not in categories


@pytest.mark.parametrize("text", ["i cut my arm a bit", "dwi'n torri fy mraich", "I cut my arm with a razor",
                                  "weithia dwi'n torri fy mraich pan ma petha'n ormod"])
def test_cutting_their_own_arm_stays_self_harm(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "self_harm" in categories


@pytest.mark.parametrize("text", ["he kicked my leg playing football", "she hit my arm by accident",
                                  "i hit my arm on the door", "he shook my hand",
                                  "nath o daro fy mraich i wrth chwarae pêl-droed", "nath hi fwrw fy mraich i ddamwain"])
def test_a_game_or_an_accident_stays_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


# ---------- 2. a broken arm is an accident, unless self-harm is told beside it

@pytest.mark.parametrize("text", ["dwi di torri mraich", "dwi di torri nghoes", "wi di torri ngarddwrn",
                                  "fi wedi torri'n fraich", "dwi di torri mraich, dwi mewn plaster",
                                  "I broke my arm", "i broke my wrist falling off my bike"])
def test_a_broken_arm_is_no_risk(text: str) -> None:
    assert _reading(text) == ("none", set(), False)


@pytest.mark.parametrize("text", ["dw i wedi torri fy mraich efo rasel", "dwi di torri mraich efo blêd",
                                  "dw i wedi torri fy mraich ar bwrpas", "dwi'n torri fy hun",
                                  "I've cut my arm with a blade again"])
def test_torri_with_a_blade_or_on_purpose_is_self_harm(text: str) -> None:
    level, categories, _ = _reading(text)
    assert level == "urgent" and "self_harm" in categories


# ---------- 3a. a wish to be with the dead is a please check; with no death told it is calm

@pytest.mark.parametrize("text", ["Mae Dad wedi marw ers 1998 a dw i isio bod efo fo",
                                  "Mam wedi marw llynedd. dw i isio bod efo hi",
                                  "I just want to be with my wife again, she passed last year",
                                  "my wife passed last year and i just want to be with her"])
def test_a_wish_to_be_with_the_dead_is_a_gentle_please_check(text: str) -> None:
    level, categories, please_check = _reading(text)
    assert level == "concern" and please_check and "suicide" in categories


@pytest.mark.parametrize("text", ["dw i isio bod efo fo yn y llun", "I want to be with my family at Christmas",
                                  "dw i isio bod efo fo", "I want to be with her",
                                  "Mae Dad wedi marw ers 1998 a dw i isio bod efo fo yn y llun ar y wal"])
def test_a_wish_for_company_is_calm(text: str) -> None:
    assert _reading(text)[0] == "none"


# ---------- 3b. "he's going to kill me for saying this": alone calm, after his harm a please check

THREAT = {"en": "my stepdad is going to kill me for saying this",
          "cy": "mae fy llystad yn mynd i'n lladd i am ddeud hyn"}
HARM_FIRST = {"en": "my stepdad hits my mum when he's drunk and i'm scared of him",
              "cy": "mae fy llystad yn taro mam pan mae o wedi meddwi a dw i ofn o"}
SAFE = {"en": "im safe yeah, hes at work. carry on", "cy": "dwi'n saff, mae o yn gwaith. cario mlaen"}


@pytest.mark.parametrize("text", [*THREAT.values(), "kian is gonna murder me for saying this"])
def test_the_threat_is_said_in_so_many_words(text: str) -> None:
    assert says_a_threat_to_them(text)


@pytest.mark.parametrize("text", ["text me or hit me up later", "dw i'n mynd i weld mam nos fory"])
def test_no_threat_is_said(text: str) -> None:
    assert not says_a_threat_to_them(text)


def _young(language: str) -> object:
    return consented_at(f"risk40-threat-{next(_senders)}", language, "q_what_matters", what_matters="my mates",
                        role="young_person", name="Seren")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_threat_alone_stays_calm(sqlite_url: str, language: str) -> None:
    assert assess_risk(THREAT[language]).level == "none"
    conversation = _young(language)
    conversation.say(THREAT[language])  # type: ignore[attr-defined]
    record = load_record(conversation.sender_id)  # type: ignore[attr-defined]
    assert record is not None and not record["risk_flags"]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_threat_after_his_harm_is_a_please_check(sqlite_url: str, language: str) -> None:
    conversation = _young(language)
    conversation.say(HARM_FIRST[language])  # type: ignore[attr-defined]
    conversation.say(SAFE[language])  # type: ignore[attr-defined]
    conversation.say(THREAT[language])  # type: ignore[attr-defined]
    record = load_record(conversation.sender_id)  # type: ignore[attr-defined]
    assert record is not None
    # One thread, one alert: the threat is added to the alert of his harm, verbatim, for the person on duty to read.
    flag = next(f for f in record["risk_flags"] if f["text"] == HARM_FIRST[language])
    assert any(THREAT[language] in str(added) for added in flag["added_messages"])


# ---------- 4. a carer's please check that says they can't go on gets the gentle check in the same reply

AT4 = {"cy": "sai'n gwbod faint mwy alla i gymryd. Weithie fi'n colli 'y nhymer 'da hi, a ma hi'n crwydro ar yr hewl "
             "am 3 y bore",
       "en": "I can't go on like this, I lose my temper with her and she wanders on the road at 3am"}
NO_END_OF_TETHER = {"cy": "Weithie fi'n colli 'y nhymer 'da hi, a ma hi'n crwydro ar yr hewl am 3 y bore",
                    "en": "I lose my temper with her and she wanders on the road at 3am"}


def _carer_says(language: str, text: str) -> str:
    conversation = consented_at(f"risk40-at4-{next(_senders)}", language, "q_what_matters", what_matters="Menna",
                                role="carer", name="Gwyn")
    conversation.say(text)
    return conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_please_check_and_cannot_go_on_get_one_reply_with_the_gentle_check(sqlite_url: str, language: str) -> None:
    assert assess_risk(AT4[language]).please_check
    said = _carer_says(language, AT4[language])
    combined = messages.text("please_check_cant_go_on", language, "chi", helpline="").split("\n")
    assert combined[1].split("?")[0] in said  # what they mean: the caring too much, or harming themselves
    assert combined[0] in said
    thanks = combined[0].split(".")[0]
    assert said.count(thanks) == 1  # one reply, not the please check and then the gentle check
    assert messages.text("please_check", language, "chi", helpline="").split("\n")[0] not in said


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_please_check_without_cannot_go_on_gets_the_plain_reply(sqlite_url: str, language: str) -> None:
    said = _carer_says(language, NO_END_OF_TETHER[language])
    assert messages.text("please_check", language, "chi", helpline="").split("\n")[0] in said
    assert messages.text("please_check_cant_go_on", language, "chi", helpline="").split("\n")[1].split("?")[0] \
        not in said


# ---------- 5. a please-check money flag taken back later is marked so

GLENYS = {"en": "My son Darren, he looks after my pension card for me. He shouts a bit when hes stressed but he's under "
                "a lot of pressure with money",
          "cy": "Darren, fy mab, sy'n edrych ar ôl fy ngherdyn pensiwn i. Mae e'n gweiddi tipyn pan mae e dan straen ond "
                "mae lot o bwysau arno fe gydag arian"}
TAKEN_BACK = {"en": "Oh forget about the money, he's a good boy. I'd like to get to chapel on Sundays",
              "cy": "O, anghofiwch am y pres, mae o'n hogyn da. Dw i isio mynd i'r capel ar ddydd Sul"}
NOT_TAKEN_BACK = {"en": "I'd like to get to chapel on Sundays and forget about money worries for a bit",
                  "cy": "Dw i isio mynd i'r capel ar ddydd Sul a pheidio poeni am bres am sbel"}


@pytest.mark.parametrize("text", ["Forget the money bit", "anghofiwch am y pres", "Oh forget about the money, he's good",
                                  "na, anghofiwch y pres"])
def test_the_money_taken_back(text: str) -> None:
    assert takes_it_back(text)


@pytest.mark.parametrize("text", ["I want to forget about money worries", "i always forget the money for the milkman",
                                  "dw i'n anghofio'r pres i'r dyn llaeth weithia"])
def test_forgetting_money_is_not_taking_it_back(text: str) -> None:
    assert not takes_it_back(text)


def _money_then(language: str, later: str) -> dict[str, object]:
    conversation = consented_at(f"risk40-money-{next(_senders)}", language, "q_what_matters", what_matters="my garden",
                                role="person", name="Glenys")
    conversation.say(GLENYS[language])
    while conversation.requested is not None and conversation.requested.startswith("safety"):
        conversation.say("/skip", intent="skip")
    conversation.say(later)
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == GLENYS[language])
    assert flag["please_check"] and flag["level"] != "urgent"
    return flag


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_please_check_taken_back_is_marked(sqlite_url: str, language: str) -> None:
    flag = _money_then(language, TAKEN_BACK[language])
    assert flag["played_down"] is not None and flag["played_down"]["text"] == TAKEN_BACK[language]  # type: ignore[index]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_later_worry_is_no_mark(sqlite_url: str, language: str) -> None:
    assert _money_then(language, NOT_TAKEN_BACK[language])["played_down"] is None


# ---------- 6. the threat check reads the message once first, with the same answers

@pytest.mark.parametrize("text, threat", [
    ("landlord yn mynd i ladd fi os dwi'n hwyr efo'r rent", True),
    ("my landlord's gonna kill me if im late with the rent", True),
    ("I'd like to go swimming on Tuesdays with my sister", False),
    ("Dw i isio mynd i nofio ar ddydd Mawrth efo fy chwaer", False),
])
def test_the_message_read_once_answers_for_its_wishes(text: str, threat: bool) -> None:
    could = may_tell_of(text, ("abuse", "domestic_abuse", "exploitation"))
    assert a_threat_not_a_wish(text) is threat
    assert a_threat_not_a_wish(text, could) is threat  # the gate never changes the answer
    if not could:
        assert not threat
