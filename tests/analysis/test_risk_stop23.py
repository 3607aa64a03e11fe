"""Stop-23 trial [risk] W24, W26 (its isolation half) and W22 (its risk half), each by meaning with a twin.

W24: a 17-year-old's "Ma hi'n mynd i ladd fi pan ma hi'n gweld hwn lol 😅" (mum will kill me when she sees this) was an
urgent abuse alert with Childline while the English twin was guarded: the Welsh of the English guard; "when he gets home"
stays a threat. W26: an 84-year-old widower's "Dwi heb siarad efo neb arall ers wythnosau" read nothing while the English
twin was an isolation concern ("arall", else, was not allowed). W22: a brother's "She hasn't been like this since she came
off her tablets" (not eating, not letting him in) is now the medication concern beside self-neglect; a clause saying more
("and says nobody would miss him") is left to the model.
"""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

W24_LOOK_ALIKES = [
    "Dwi isio dysgu dreifio ond ma Mam yn deud bo fi'n rhy ifanc. Ma hi'n mynd i ladd fi pan ma hi'n gweld hwn lol 😅",
    "I want to learn to drive but Mum says I'm too young. She's going to kill me when she sees this lol 😅",
    "mae Dad yn mynd i fy lladd i pan welith o'r bil ffôn",
    "dad's going to kill me when he sees the phone bill",
]
THREATS = [
    "mae o'n mynd i fy lladd i pan ddaw o adra heno",
    "he's going to kill me when he gets home tonight",
]
ISOLATION = [
    "Mae'r mab yng nghyfraith yn galw efo'r papur bob bore. Dwi heb siarad efo neb arall ers wythnosau a deud y gwir, "
    "heblaw'r dyn llaeth.",  # W26, quoted
    "My son-in-law calls with the paper every morning. I haven't spoken to anyone else in weeks to be honest, apart "
    "from the milkman.",
]
STOPPED_MEDICATION = [
    "Her flat and her independence, she's always been private. Honestly I'm worried sick though. She hasn't eaten "
    "properly since Tuesday and won't let me in, she just talks through the letterbox. She hasn't been like this since "
    "she came off her tablets.",  # W22, quoted
    "Ei fflat a'i hannibyniaeth, mae hi wastad wedi bod yn breifat. Dydi hi ddim wedi bwyta'n iawn ers dydd Mawrth a "
    "dydi hi ddim yn gadael fi mewn. Dydi hi ddim fel hyn ers iddi ddod oddi ar ei thabledi.",
]


@pytest.mark.parametrize("text", W24_LOOK_ALIKES, ids=[t[:40] for t in W24_LOOK_ALIKES])
def test_being_told_off_when_she_sees_it_is_no_threat(text: str) -> None:
    assert read_risk(text).level == "none", read_risk(text)


@pytest.mark.parametrize("text", THREATS)
def test_when_he_gets_home_is_still_a_threat(text: str) -> None:
    assert read_risk(text).level == "urgent", read_risk(text)


@pytest.mark.parametrize("text", ISOLATION, ids=["cy", "en"])
def test_weeks_without_speaking_to_anyone_else_is_isolation(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "concern" and "isolation" in reading.categories, reading


@pytest.mark.parametrize("text", STOPPED_MEDICATION, ids=["en", "cy"])
def test_coming_off_her_tablets_is_a_medication_concern(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "concern" and {"medication", "self_neglect"} <= set(reading.categories), reading


def test_a_clause_that_says_more_is_left_to_the_model() -> None:
    assert read_risk("he stopped taking his meds and says nobody would miss him").reaches_duty  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar


@pytest.mark.parametrize("text", [
    "I'd rather die in my own bed",
    "she's said she'd rather die in her own bed",
    "ma hi wedi gweud bydde well 'da hi farw yn ei gwely ei hunan",  # W31's last clause, quoted
    "mae o'n deud sa well ganddo fo farw adra",
])
def test_where_someone_wants_to_end_their_days_is_no_wish_to_die(text: str) -> None:
    """Stop-23 trial W31: the stay-at-home wish of someone old ('rather die in my own bed' was urgent by rule)."""
    assert read_risk(text).level != "urgent", read_risk(text)


@pytest.mark.parametrize("text", ["I'd rather die, I can't go on", "i would rather be dead",
                                  "well gen i farw na byw fel hyn"])
def test_rather_die_alone_stays_urgent(text: str) -> None:
    assert read_risk(text).level == "urgent", read_risk(text)


@pytest.mark.parametrize("text", [
    "My kids, Mia and Jack. Getting back to work part time. He says he'll take the kids if I leave, so I stay.",  # W32
    "ma fe'n gweud bydd e'n mynd â'r plant os fi'n gadael",  # W32's Welsh twin, quoted
    "mae o'n deud neith o gadw'r plant os dwi'n gadael",
    "my ex said he would take the baby if i told anyone",
])
def test_a_threat_about_the_children_if_she_leaves_is_domestic_abuse(text: str) -> None:
    """Stop-23 trial W32: coercive control by a partner, read by rule in both languages, so Live Fear Free / Byw Heb
    Ofn is offered (the model alone read 'abuse' only)."""
    reading = read_risk(text)
    assert reading.level == "urgent" and "domestic_abuse" in reading.categories, reading


@pytest.mark.parametrize("text", ["she said she'll take the kids if I go to work on Saturday",
                                  "mae hi'n deud neith hi fynd â'r plant os dwi'n mynd i'r gwaith ddydd Sadwrn"])
def test_childcare_is_no_threat_by_rule(text: str) -> None:
    from bot.analysis.risk import rules_only

    assert rules_only(text).level == "none", rules_only(text)


W18 = {
    "cy": "Dw i'n poeni am yr haf. Six weeks with no routine and he has meltdowns, mae o'n taro ei ben yn erbyn y wal "
          "weithiau when it gets too much. And me, I'm running on empty to be honest, dw i wedi blino'n lân",  # quoted
    "en": "I'm worried about the summer. He has meltdowns, he hits his head against the wall sometimes when it gets too "
          "much. And me, I'm running on empty, I'm exhausted",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_child_banging_his_head_is_self_injury_never_domestic_abuse(language: str) -> None:
    """Stop-23 trial W18: a mother of an autistic 9-year-old; the worker read 'domestic abuse' beside her tiredness and
    never saw the head-banging. 'He' hitting his own head is not a man hurting her; the self-injury is a concern."""
    reading = read_risk(W18[language])
    assert reading.level == "concern" and "self_harm" in reading.categories, reading
    assert "domestic_abuse" not in reading.categories, reading


@pytest.mark.parametrize("text", ["mae o'n fy nharo i pan mae o wedi yfed", "he hits me when he has had a drink",
                                  "mae o'n taro ei ben ac wedyn mae o'n fy nharo i"])
def test_he_hitting_her_is_still_domestic_abuse(text: str) -> None:
    reading = read_risk(text)
    assert reading.level == "urgent" and "domestic_abuse" in reading.categories, reading


W30 = {
    "en": "And honestly the big one - she fell last Tuesday by the bath and I couldn't get her up, I've done my back in, "
          "we waited 6 hours on the floor for the ambulance.",  # quoted
    "cy": "nath hi ddisgyn wrth y bath dydd Mawrth dwetha a fedrwn i ddim ei chodi hi, buon ni ar y llawr am 6 awr yn "
          "disgwyl am yr ambiwlans",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_fall_by_the_bath_and_a_long_lie_are_the_falls_concern(language: str) -> None:
    """Stop-23 trial W30: a husband's account of his wife's fall and six hours on the floor read nothing."""
    reading = read_risk(W30[language])
    assert reading.level == "concern" and "falls" in reading.categories, reading


@pytest.mark.parametrize("text", ["I couldn't get her up this morning, she was so tired", "the football fell on tuesday"])
def test_getting_her_up_in_the_morning_is_no_fall(text: str) -> None:
    from bot.analysis.risk import rules_only

    assert rules_only(text).level == "none", rules_only(text)


@pytest.mark.parametrize("text", ["He'd kill me if he knew I was talking to you", "he'd kill me if he knew I told you",
                                  "bysa fo'n fy lladd i tasa fo'n gwybod mod i'n siarad efo chi",
                                  "neith e ladd fi os bydd e'n gwbod bo fi'n siarad â chi"])
def test_fear_of_him_finding_out_they_told_is_urgent(text: str) -> None:
    """Noticed beside W24's look-alikes: this read nothing in either language (no rule, the model 0.17)."""
    assert read_risk(text).level == "urgent", read_risk(text)


@pytest.mark.parametrize("text", ["He'd kill me if he knew I told you how much he loves Abba lol",
                                  "mum will kill me if she finds out i was late"])
def test_told_what_or_being_late_is_not_that_fear_by_rule(text: str) -> None:
    from bot.analysis.risk import rules_only

    assert rules_only(text).level == "none", rules_only(text)
