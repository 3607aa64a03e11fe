"""The twenty-first trial's safeguarding findings (stop 45): AY5, AY2, AY10, AY14 and the risk part of AY13.

AY5: Jay (17), "theres these lads from my old school who keep posting stuff about me on snap n tiktok, calling me gay n
fat n that. they made a fake account of me" was "please check … exploitation" with a duty alert (the learned model
alone). The model's "please check" stays (the duty team reads it: concern rows for online bullying, tried first, raised
the model's bar for whole messages and lowered real disclosures, stop 45's review), but about other children and with
no cue of exploitation (money, pictures, meeting up, someone older) it is labelled abuse, "bullying by other
children". Sextortion, nudes shared and threats to share them stay urgent.
AY2: Seren (15), "weithie sai'n gweld y pwynt i ddim byd": the Welsh family of AX2's "I don't see the point anymore" is
heard as the English is (the rules read low mood; a young person hears the heavy word and Childline); the point of a
given task ("sai'n gweld y pwynt o wneud gwaith cartref") is no worry.
AY10: Morfudd, formal Welsh: "Aeth allan o'r tŷ unwaith ym mis Hydref yn ei byjamas, a daeth cymydog ag ef adref." read
nothing. Out at night in night clothes, brought home or found on the street, is AX3's "please check" (missing,
memory). (Not knowing where one is as a memory concern was left out: stop 45's review.)
AY14: Gareth, "my brother Kevin takes my money. he has my card and he gives me £20 a week" got 999 and Samaritans: a
relative taking an adult's money is domestic (economic) abuse, the Live Fear Free line; Samaritans only with low mood.
(The bus rows, and AY13's "rather die than go into a home" guard, were left out after stop 45's reviews: they told the
duty team of everyday words, or hid wishes to die. Their disclosures are tests here.)
The trial's words first; the rest are fictional and in no benchmark file.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.analysis.risk.domestic import with_domestic
from bot.conversation.safety import helplines_shown
from bot.summary.view import category_keys
from tests.conversation.memory import consented_at

LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _sender(*parts: object) -> str:
    return "mem-trial44-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# ---------- AY5: peer online bullying is bullying, not exploitation
ONLINE_BULLYING = [
    "theres these lads from my old school who keep posting stuff about me on snap n tiktok, calling me gay n fat n "
    "that. they made a fake account of me",
    "some girls from my class keep posting stuff about me on insta",
    "people from school made a fake account of me on tiktok",
    "im being trolled on snapchat by kids in my year",
    "they keep spreading rumours about me in the group chat",
    "mae rhai o'r ysgol yn postio pethau amdana i ar tiktok",
    "ma hogia o'r dosbarth wedi gneud cyfrif ffug ohona i ar insta",
    "dw i'n cael fy mwlio ar-lein gan blant o'r ysgol",
    "ma nhw'n postio petha amdana fi ar snap bob nos",
]
#: Sextortion, nudes shared, pictures asked for, money or drugs: these keep their urgent reading, at school or online.
STAYS_URGENT = [
    "someone is threatening to share my nudes unless i pay",
    "he says he'll post my pics if i dont send more",
    "a boy from school shared my nudes on snapchat",
    "some lads from my year posted naked pics of me in the group chat",
    "an older lad keeps asking me to send pics on snap",
    "mae rhywun yn bygwth rhannu lluniau noeth ohona i",
    "nath o rannu lluniau noeth ohona i ar snap",
    "nath hogyn o'r ysgol rannu lluniau noeth ohona i ar y grwp",
]


#: The model alone reads these as "please check": about other children, with nothing of exploitation in them.
MODEL_BULLYING = [ONLINE_BULLYING[0], "ma hogia o'r dosbarth wedi gneud cyfrif ffug ohona i ar insta"]
#: Exploitation's own cues keep its label (and at least the duty team's reading).
STILL_EXPLOITATION = ["they made a fake account of me and are asking me for nudes",
                      "posting stuff about me on snap and an older guy messaged me asking to meet",
                      "they made a fake account of me and posted my address and said theyre coming to get me"]
#: Stop 45's review (S1, review45b 1c): concern rows for online bullying lowered these; they must keep their reading.
KEPT_URGENT = ["i'm being trolled on insta and they found out where i live",
               "they keep calling me gay on snap and said they know where i live",
               "maen nhw'n trolio fi ar insta a ma nhw'n gwbod lle dwi'n byw",
               "kids from school made a fake account of me and now a man i dont know keeps messaging me to meet up",
               "everyone in the group chat calls me fat and ugly and i've stopped eating"]


@pytest.mark.parametrize("text", MODEL_BULLYING)
def test_the_models_please_check_about_other_children_is_labelled_bullying(text: str) -> None:
    reading = assess_risk(text)
    assert reading.please_check and reading.categories == ("abuse",), reading
    assert category_keys(list(reading.categories), text)[0] == "cat_abuse_bullying"


@pytest.mark.parametrize("text", STILL_EXPLOITATION)
def test_exploitation_cues_keep_the_label_and_the_duty_team(text: str) -> None:
    reading = assess_risk(text)
    assert "exploitation" in reading.categories and (reading.level == "urgent" or reading.please_check), reading


@pytest.mark.parametrize("text", KEPT_URGENT)
def test_bullying_with_threats_or_strangers_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


@pytest.mark.parametrize("text", STAYS_URGENT)
def test_sextortion_and_nudes_shared_stay_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent", reading


def test_the_trials_message_is_no_exploitation_alert() -> None:
    """AY5 itself: the duty team still reads it ("please check"), labelled as what it is, not "exploitation"."""
    reading = assess_risk(ONLINE_BULLYING[0])
    assert reading.categories == ("abuse",) and reading.please_check


@LANGS
def test_bullying_gets_a_word_that_it_was_heard(sqlite_url: str, language: str) -> None:
    text = {"en": "kids at school keep calling me names", "cy": "ma plant yn yr ysgol yn galw enwau arna i"}[language]
    conversation = consented_at(_sender("ay5", language), language, "q_worries", role="young_person", name="Jay",
                                what_matters={"en": "football", "cy": "pêl-droed"}[language])
    conversation.said.clear()
    conversation.say(text)
    said = conversation.text
    assert messages.text("ack_bullying", language, "ti") in said, said
    assert "999" not in said


# ---------- AY2: not seeing the point of anything, in Welsh as in English
POINT_CY = ["weithie sai'n gweld y pwynt i ddim byd", "sa i'n gweld y pwynt i unrhyw beth", "dwi'm yn gweld pwynt mewn dim byd",
            "sdim pwynt i ddim", "beth yw'r pwynt", "be di'r pwynt", "weithia dwi ddim yn gweld pwynt i ddim byd"]
POINT_EN = ["i dont see the point anymore", "i cant see the point in anything", "whats the point"]
A_TASK = ["sai'n gweld y pwynt o wneud gwaith cartref", "dwi ddim yn gweld pwynt gwneud gwaith cartre",
          "i dont see the point of doing homework", "i cant see the point in learning french"]


@pytest.mark.parametrize("text", POINT_CY + POINT_EN)
def test_not_seeing_the_point_of_anything_is_low_mood(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "low_mood" in reading.categories, reading


@pytest.mark.parametrize("text", A_TASK)
def test_the_point_of_a_task_is_no_worry(text: str) -> None:
    assert assess_risk(text).level == "none"


@LANGS
def test_a_young_persons_point_is_heard_in_welsh_as_in_english(sqlite_url: str, language: str) -> None:
    text = {"cy": "weithie sai'n gweld y pwynt i ddim byd", "en": "sometimes i dont see the point in anything"}[language]
    conversation = consented_at(_sender("ay2", language), language, "q_what_matters", role="young_person", name="Seren",
                                what_matters={"en": "my friends", "cy": "fy ffrindiau"}[language])
    conversation.said.clear()
    conversation.say(text)
    said = conversation.text
    assert messages.text("ack_heavy", language, "ti").split(".")[0] in said, said
    assert "Childline" in said and "999" not in said


# ---------- AY10: night wandering in formal Welsh, and not knowing where one is
NIGHT_OUT = [
    "Aeth allan o'r tŷ unwaith ym mis Hydref yn ei byjamas, a daeth cymydog ag ef adref.",
    "Aeth hi allan yn ei gŵn nos, a daeth yr heddlu â hi adref.",
    "Cafodd ei ffeindio ar y stryd yn ei ŵn nos",
    "Cafodd ei ddarganfod ar y ffordd fawr am 3 y bore",
    "He went out of the house once in October in his pyjamas, and a neighbour brought him home.",
    "She went out one night in her nightie and a neighbour brought her back",
    "he was found on the main road in his dressing gown",
]
NOT_NIGHT_OUT = ["Aeth allan i'r ardd yn ei byjamas i fwydo'r gath", "Aeth allan gyda'r ci bore 'ma",
                 "He went out to the garden in his pyjamas to put the bins out", "a neighbour brought him home from bingo"]


@pytest.mark.parametrize("text", NIGHT_OUT)
def test_out_at_night_in_night_clothes_is_a_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.please_check and "missing" in reading.categories, reading


@pytest.mark.parametrize("text", NOT_NIGHT_OUT)
def test_the_garden_the_dog_and_bingo_are_calm(text: str) -> None:
    assert not assess_risk(text).please_check and "missing" not in assess_risk(text).categories


#: Stop 45's review (S1): a memory concern row for "doesn't know where she is" lowered these; they must keep theirs.
WHERE_AND_WORSE = ["she's taken too many of her pills and she doesn't know where she is",
                   "nid yw'n gwybod ble mae ac mae ei gŵr yn ei tharo hi",
                   "dad doesn't know where he is half the time and the man next door keeps taking him to the bank"]


@pytest.mark.parametrize("text", WHERE_AND_WORSE)
def test_not_knowing_where_one_is_beside_a_harm_reaches_the_duty_team(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" or reading.please_check, reading


@pytest.mark.parametrize("text", ["dw i ddim yn gwybod ble mae'r swyddfa", "I don't know where the office is"])
def test_not_knowing_where_a_place_is_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---------- AY14: money taken by a relative, and laughed at on the bus
KEVIN = {"en": "my brother Kevin takes my money. he has my card and he gives me £20 a week",
         "cy": "mae fy mrawd Kevin yn cymryd fy arian. mae ganddo fe fy ngherdyn a mae o'n rhoi £20 yr wythnos i mi"}
KEVIN_LOW = {"en": "my sister has my bank card and takes my money and i feel so low",
             "cy": "mae fy chwaer yn cymryd fy arian i a dw i'n teimlo mor isel"}
SAMARITANS = {"samaritans", "samaritans_cy"}


def _shown(text: str, language: str, age: int | None = 34) -> list[str]:
    reading = assess_risk(text)
    categories = with_domestic(text, reading.categories)
    return [h.id for h in helplines_shown(categories, language, register="chi", role="person", age=age,
                                          words=[text])]


@LANGS
def test_money_taken_by_a_relative_gets_live_fear_free_not_samaritans(language: str) -> None:
    assert assess_risk(KEVIN[language]).level == "urgent"
    shown = _shown(KEVIN[language], language)
    assert "live_fear_free" in shown and not SAMARITANS & set(shown), shown


@LANGS
def test_samaritans_still_beside_it_with_low_mood(language: str) -> None:
    shown = _shown(KEVIN_LOW[language], language)
    assert "live_fear_free" in shown and SAMARITANS & set(shown), shown


#: Stop 45's reviews: "please check" rows for being laughed at or called names out and about told the duty team of
#: these; they were left out. None of them is a flag.
NOT_BUS = ["my mates laugh at me when I fall off my bike lol", "we all laugh at me on the bus when i sing lol",
           "people on the bus laugh at my jokes", "people in the village call me Taff",
           "the girls in the shop call me by my first name"]


@pytest.mark.parametrize("text", NOT_BUS)
def test_everyday_laughing_and_names_are_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


#: Stop 45's review (review45b 1e): a Welsh fall off a scooter or a bike with an injury or fits is still a fall.
FALLS_OFF = ["syrthiodd o oddi ar ei sgwter symudedd a tharo ei ben, mae o'n cysgu lot ers hynny",
             "mae Dad wedi cwympo oddi ar ei sgwter eto", "dwi'n cwympo oddi ar y beic achos dwi'n cael ffitiau"]


@pytest.mark.parametrize("text", FALLS_OFF)
def test_falling_off_a_scooter_is_a_fall(text: str) -> None:
    assert "falls" in assess_risk(text).categories


# ---------- Wishes to die beside a place stay read (stop 45's reviews: AY13's guard hid them; it was left out)
STILL_URGENT = ["I'd rather die", "id rather die tbh", "she says she wants to die", "I'd rather die than go on like this",
                "well gen i farw", "mae hi'n dweud ei bod hi eisiau marw", "gwell gen i farw na byw fel hyn",
                "i'd rather die than live at home anymore", "well gen i farw na byw gartre efo fe",
                "well gen i fod wedi marw na byw yn y cartref gofal", "well gen i farw na byw yn y cartref 'na",
                "well gen i fod wedi marw na mynd i'r ysbyty eto, dw i wedi cadw'r tabledi",
                "dwi isho marw", "dwi jyst isho marw"]  # ("isho": the north's spelling, read as "isio" since stop 45)
STILL_FLAGGED = ["I'd rather die than go into a home.", "Gwell gen i farw na mynd i gartref.",
                 "well gen i farw na mynd adre ato fe", "well da fi farw na mynd gatre ato fe",
                 "i'd rather die than live in a home where nobody cares about me"]


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_wish_to_die_stays_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and "suicide" in reading.categories, reading


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_rather_die_than_a_place_stays_flagged(text: str) -> None:
    assert assess_risk(text).level != "none"


# ---------- AY2, AY5 in a burst: a worry sent straight after an answer is heard, not only "added"
BURST = {"cy": [("pêl-droed a fy ffrindiau", "weithie sai'n gweld y pwynt i ddim byd", "ack_heavy"),
                ("mynd i'r coleg", "ma plant yn yr ysgol yn galw enwau arna i", "ack_bullying")],
         "en": [("football and my mates", "tbh sometimes i dont see the point in anything", "ack_heavy"),
                ("getting to college", "kids at school keep calling me names", "ack_bullying")]}


@LANGS
@pytest.mark.parametrize("n", [0, 1])
def test_a_worry_at_the_end_of_a_burst_is_heard(sqlite_url: str, language: str, n: int) -> None:
    answer, worry, key = BURST[language][n]
    conversation = consented_at(_sender("burst", language, n), language, "q_what_matters", role="young_person",
                                name="Seren", what_matters=answer)
    conversation.say(answer, seconds_since_asked=20.0, typing_window=True)
    conversation.said.clear()
    conversation.say(worry, seconds_since_asked=0.5, typing_window=True)  # (a piece of the burst: the window on)
    said = conversation.text
    assert messages.text(key, language, "ti").split(".")[0] in said, said
    # (the review, M9: this asserted "… or '?' in said", always true)
    assert messages.text("added_more_noted", language, "ti") in said, said  # (a piece of a burst: a few words, AZ9)


@pytest.mark.parametrize("text", ["my nephew has my bank card and wont give me it back", "our son spends all my pension",
                                  "mae gan fy mrawd fy ngherdyn", "ma fy nai yn cymryd fy mhres i bob wythnos",
                                  "mae fy chwaer wedi gwario fy nghynilion"])
def test_a_relative_taking_an_adults_money_is_domestic_abuse(text: str) -> None:
    from bot.analysis.risk.domestic import is_domestic

    assert is_domestic(text)


@pytest.mark.parametrize("text", ["my daughter keeps my bank card safe for me", "my son has my card to do my shopping",
                                  "mae fy merch yn cadw fy ngherdyn yn saff i fi", "my mum keeps my money for me"])
def test_money_kept_safe_for_them_is_not(text: str) -> None:
    from bot.analysis.risk.domestic import is_domestic

    assert not is_domestic(text)
