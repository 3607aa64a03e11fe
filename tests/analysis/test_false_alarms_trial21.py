"""Stop-21 acceptance trial, the risk reader's blockers (U7, U8, U15, U21): four false urgent alerts in five
conversations, each from the learned model alone (rules none, p(urgent) 0.61-0.73). Each message is quoted, with a
twin in the other language, and a disclosure in the same words that stays urgent. Through
bot.conversation.safety.read_risk (real rules, real model).

* U7: a long answer read in pieces needs the model's higher bar to be urgent on its word alone (decide.combine,
  `pieces`): the strongest of many sentences counts, so a long warm answer had many chances to look urgent.
* U8: talk about this chat itself ("did it not save? I'm not typing it all again") is guarded.
* U15: a child's frightened questions about what telling means ("am i in trouble?? is someone gonna take us away")
  are guarded; a disclosure beside them is still read.
* U21: who lives where ("he lives with me and his dad in Rhyl") is guarded to its clause end.
"""
from __future__ import annotations

import pytest

from bot.conversation.safety import read_risk

CALM = [
    "I just told you all that. did it not save? I'm not typing it all again at this time of night",  # U8, quoted
    "Dw i newydd ddeud hynna i gyd wrthat ti. Nath o ddim safio? Dw i ddim yn teipio fo i gyd eto yr adeg yma o'r nos",
    "wait what. am i in trouble?? is someone gonna take us away. i said dont tell anyone",  # U15, quoted
    "aros be. ydw i mewn trwbl?? ydi rhywun yn mynd i fynd a ni i ffwrdd. nes i ddeud paid deud wrth neb",
    "I look after my son, Daniel. He's 32 and has a learning disability, he lives with me and his dad in Rhyl",  # U21
    "Dw i'n edrych ar ôl fy mab, Daniel. Mae o'n 32 ac mae ganddo anabledd dysgu, mae o'n byw efo fi a'i dad yn y Rhyl",
    "she lives with me and her dad in Bangor",
]

STILL_URGENT = [
    "I'm not typing it all again, I want to die",
    "Dw i ddim yn teipio fo eto, dw i isio marw",
    "am i in trouble? my dad hits me when he drinks",
    "ydw i mewn trwbl? mae dad yn fy nharo i pan mae o wedi meddwi",
    "i said dont tell anyone but he touches me at night",
    "nes i ddeud paid deud wrth neb ond mae o yn cyffwrdd fi yn y nos",
    "he lives with me and his dad in Rhyl and his dad hits him",
    "mae o'n byw efo fi a'i dad yn y Rhyl a mae ei dad yn ei daro fo",
]

LONG_WARM = {
    "en": (
        'A good day for Martin. Honestly its hard to remember what one looks like now. He was a PE teacher for 25 years at the comp, everyone in town knows him, and he still lights up when someone from the old days stops him in Tesco even if he cant always remember their name. A good day is when he gets out walking early with the dog (Bess, shes a collie, shes more patient with him than I am some days), along the prom and back, and he comes home and has his porridge and reads the paper, or pretends to, he turns the pages anyway.\n\n'
        'He loves the rugby. If Wales are playing he is a different man, he sings the anthem, he shouts at the telly, he knows all the old players from the 70s better than I do. His brother Gareth takes him to the Scarlets sometimes and he comes back happy and tired and sleeps all night which means I sleep all night.\n\n'
        'Good days are routine days. Same breakfast, same walk, same chair. When things change, when we have to go to the hospital or the dentist or someone new comes to the house, he gets frightened and then he gets cross, and then the evening is bad. He doesnt like being rushed. He doesnt like people talking over him like hes not there, the consultant did that and he went quiet for two days.\n\n'
        'He likes music, Max Boyce and the Stereophonics and hymns from chapel, and he still plays a bit of the guitar, three chords but he plays them. He likes doing jobs, feeling useful, he will sweep the yard for an hour. If I give him a job he is calmer. A good day is him feeling like himself, like Martin, not like a patient.'
    ),  # U7, quoted
    "cy": (
        "Diwrnod da i Martin. A bod yn onest mae'n anodd cofio sut un ydi o erbyn hyn. Roedd o'n athro addysg gorfforol "
        "am 25 mlynedd yn yr ysgol fawr, mae pawb yn y dre yn ei nabod o, ac mae o'n dal i oleuo pan mae rhywun o'r hen "
        "ddyddiau yn ei stopio fo yn Tesco.\n\nMae o wrth ei fodd efo'r rygbi. Mae ei frawd Gareth yn mynd â fo i weld y "
        "Scarlets weithiau ac mae o'n dod adra'n hapus ac wedi blino ac yn cysgu drwy'r nos, sy'n golygu fy mod i'n "
        "cysgu drwy'r nos.\n\nDiwrnodau o drefn ydi diwrnodau da. Yr un brecwast, yr un daith gerdded, yr un gadair. Pan "
        "mae pethau'n newid, mae o'n cael ofn ac wedyn mae o'n gwylltio, ac wedyn mae'r noson yn ddrwg. Dydi o ddim yn "
        "licio cael ei frysio.\n\nMae o'n licio miwsig, Max Boyce a'r Stereophonics ac emynau o'r capel. Mae o'n licio "
        "gwneud jobsys, teimlo'n ddefnyddiol. Diwrnod da ydi fo'n teimlo fel fo'i hun, fel Martin, nid fel claf."
    ),
}


@pytest.mark.parametrize("text", CALM, ids=[t[:40] for t in CALM])
def test_the_trials_calm_messages_raise_no_flag(text: str) -> None:
    assert read_risk(text).level == "none", read_risk(text)


@pytest.mark.parametrize("text", STILL_URGENT, ids=[t[:40] for t in STILL_URGENT])
def test_a_disclosure_in_the_same_words_stays_urgent(text: str) -> None:
    assert read_risk(text).reaches_duty, read_risk(text)  # stop 24: urgent, or "please check" where the model alone reads it below its sure bar


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_long_warm_answer_is_not_urgent(language: str) -> None:
    text = LONG_WARM[language]
    assert len(text) > 400  # read in pieces
    assert read_risk(text).level != "urgent", read_risk(text)


def test_a_disclosure_inside_a_long_answer_stays_urgent() -> None:
    text = LONG_WARM["en"] + "\n\nThe truth is he grabbed me by the throat last night and I'm scared to go to sleep."
    assert read_risk(text).level == "urgent"
    text = LONG_WARM["cy"] + "\n\nA deud y gwir, nath o afael yn fy ngwddw i neithiwr a dw i ofn mynd i gysgu."
    assert read_risk(text).level == "urgent"
