"""The twenty-first trial's safeguarding findings (stop 45): AY5, AY2, AY10, AY14 and the risk part of AY13.

AY5: Jay (17), "theres these lads from my old school who keep posting stuff about me on snap n tiktok, calling me gay n
fat n that. they made a fake account of me" was "please check … exploitation" with a duty alert (the learned model
alone). Peer online bullying (posting about, names, a fake account, trolling) is read by rule as bullying, an abuse
concern labelled "bullying by other children" (stop 44); exploitation only with its own cues. Sextortion, nudes shared
and threats to share them stay urgent.
AY2: Seren (15), "weithie sai'n gweld y pwynt i ddim byd": the Welsh family of AX2's "I don't see the point anymore" is
heard as the English is (the rules read low mood; a young person hears the heavy word and Childline); the point of a
given task ("sai'n gweld y pwynt o wneud gwaith cartref") is no worry.
AY10: Morfudd, formal Welsh: "Aeth allan o'r tŷ unwaith ym mis Hydref yn ei byjamas, a daeth cymydog ag ef adref." read
nothing; "… nid yw'n gwybod ble mae." read self-neglect. Out at night in night clothes, brought home or found on the
street, is AX3's "please check" (missing, memory); not knowing where one is, is memory.
AY14: Gareth, "my brother Kevin takes my money. he has my card and he gives me £20 a week" got 999 and Samaritans: a
relative taking an adult's money is domestic (economic) abuse, the Live Fear Free line; Samaritans only with low mood.
"people on the bus laugh at me sometimes" (an adult with a learning disability) is a "please check" (harassment, maybe
a hate incident); "my mates laugh at me when I fall off my bike lol" is not.
AY13: "she'd rather die than go into a home (her words not mine)" was a low-mood concern: rather die than go to a place
(a home, a care home, hospital) is a preference idiom; "I'd rather die" with no place and "she says she wants to die"
stay urgent.
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


@pytest.mark.parametrize("text", ONLINE_BULLYING)
def test_peer_online_bullying_is_a_bullying_concern(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "abuse" in reading.categories, reading
    assert "exploitation" not in reading.categories, reading
    assert not reading.please_check, reading
    assert category_keys(list(reading.categories), text)[0] == "cat_abuse_bullying"


@pytest.mark.parametrize("text", STAYS_URGENT)
def test_sextortion_and_nudes_shared_stay_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent", reading


def test_the_trials_message_is_no_exploitation_alert() -> None:
    """AY5 itself: no duty alert (no please-check) and no "exploitation" a worker reads as sexual or criminal."""
    reading = assess_risk(ONLINE_BULLYING[0])
    assert reading.categories == ("abuse",) and not reading.please_check


@LANGS
def test_bullying_gets_a_word_that_it_was_heard(sqlite_url: str, language: str) -> None:
    text = {"en": ONLINE_BULLYING[0], "cy": ONLINE_BULLYING[5]}[language]
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
WHERE_HE_IS = ["Mae'n codi ac yn gweiddi, ac weithiau nid yw'n gwybod ble mae.", "dydi o ddim yn gwbod lle mae o weithia",
               "Nid yw hi'n gwybod ble y mae hi", "He gets up and shouts, and sometimes he doesn't know where he is.",
               "some nights she doesnt know where she is"]


@pytest.mark.parametrize("text", NIGHT_OUT)
def test_out_at_night_in_night_clothes_is_a_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.please_check and "missing" in reading.categories, reading


@pytest.mark.parametrize("text", NOT_NIGHT_OUT)
def test_the_garden_the_dog_and_bingo_are_calm(text: str) -> None:
    assert not assess_risk(text).please_check and "missing" not in assess_risk(text).categories


@pytest.mark.parametrize("text", WHERE_HE_IS)
def test_not_knowing_where_one_is_is_memory(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and "memory" in reading.categories, reading
    assert "self_neglect" not in reading.categories, reading


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


BUS = ["people on the bus laugh at me sometimes", "kids in town call me names when i go to the shop",
       "i get laughed at on the bus every day", "Mae pobl ar y bws yn chwerthin am fy mhen weithiau",
       "ma pobol ar y bys yn chwerthin ar fy mhen i", "ma plant ar y stryd yn gwneud hwyl am fy mhen i"]
NOT_BUS = ["my mates laugh at me when I fall off my bike lol", "we all laugh at me on the bus when i sing lol",
           "mae fy ffrindiau'n chwerthin am fy mhen pan dw i'n cwympo oddi ar fy meic lol",
           "people on the bus laugh at my jokes"]


@pytest.mark.parametrize("text", BUS)
def test_laughed_at_by_people_out_and_about_is_a_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern" and reading.please_check and "abuse" in reading.categories, reading


@pytest.mark.parametrize("text", NOT_BUS)
def test_mates_laughing_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none"


# ---------- AY13: rather die than go to a place is a preference, not low mood
RATHER_A_PLACE = ["she'd rather die than go into a home (her words not mine)", "Mum would sooner die than go in a home",
                  "I'd rather die than go into hospital", "He says he'd rather be dead than go into a care home",
                  "byddai'n well ganddi farw na mynd i gartref (ei geiriau hi)",
                  "Gwell gen i farw na mynd i gartre'", "well gyda fi farw na mynd i'r ysbyty"]
STILL_URGENT = ["I'd rather die", "id rather die tbh", "she says she wants to die", "I'd rather die than go on like this",
                "well gen i farw", "mae hi'n dweud ei bod hi eisiau marw", "gwell gen i farw na byw fel hyn"]


@pytest.mark.parametrize("text", RATHER_A_PLACE)
def test_rather_die_than_go_to_a_place_is_a_preference(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "none", reading


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_wish_to_die_with_no_place_stays_urgent(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "urgent" and "suicide" in reading.categories, reading


# ---------- AY2, AY5 in a burst: a worry sent straight after an answer is heard, not only "added"
BURST = {"cy": [("pêl-droed a fy ffrindiau", "weithie sai'n gweld y pwynt i ddim byd", "ack_heavy"),
                ("mynd i'r coleg", "ma nhw'n postio petha amdana fi ar snap bob nos", "ack_bullying")],
         "en": [("football and my mates", "tbh sometimes i dont see the point in anything", "ack_heavy"),
                ("getting to college", "lads from my old school keep posting stuff about me on tiktok", "ack_bullying")]}


@LANGS
@pytest.mark.parametrize("n", [0, 1])
def test_a_worry_at_the_end_of_a_burst_is_heard(sqlite_url: str, language: str, n: int) -> None:
    answer, worry, key = BURST[language][n]
    conversation = consented_at(_sender("burst", language, n), language, "q_what_matters", role="young_person",
                                name="Seren", what_matters=answer)
    conversation.say(answer, seconds_since_asked=20.0)
    conversation.said.clear()
    conversation.say(worry, seconds_since_asked=0.5)
    said = conversation.text
    assert messages.text(key, language, "ti").split(".")[0] in said, said
    assert messages.text("added_later_noted", language, "ti").split(",")[0] in said or "?" in said, said


@LANGS
def test_rather_die_than_a_home_at_a_question_gets_no_heavy_word_and_no_flag(sqlite_url: str, language: str) -> None:
    """AY13 in the chat: Mark's words about his mother got "It sounds like a lot to carry" and a low-mood concern."""
    from bot.summary import load_record

    text = {"en": "she'd rather die than go into a home (her words not mine)",
            "cy": "byddai'n well ganddi farw na mynd i gartref (ei geiriau hi, nid fy rhai i)"}[language]
    sender = _sender("ay13", language)
    conversation = consented_at(sender, language, "q_what_matters", role="carer", name="Mark",
                                what_matters={"en": "her garden", "cy": "ei gardd"}[language])
    conversation.say(text)
    said = conversation.text
    assert messages.text("ack_heavy", language, "chi").split(".")[0] not in said, said
    assert "999" not in said
    record = load_record(sender)
    assert record is not None
    assert not record["risk_flags"], record["risk_flags"]


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
