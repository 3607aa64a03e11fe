"""The nineteenth user trial's safeguarding findings (stop 41): AW1, AW3, AW5, AW8 (part) and AW17.

AW1: "sometimes i just wanna disappear tbh" from a 15-year-old on Telegram got "Thanks." and the next question (a plain
low-mood concern). Wanting to disappear, said on its own, is a "please check" with the gentle reply and a young person's
own line; somewhere to go or a while to be gone ("into my room with my switch", "on holiday") is a break, and calm.
AW3: "Moyn cadw 'mlaen i fyw yn y tŷ 'ma. A'r ci, Mot, sai'n mynd i unman heb Mot" raised homelessness, Shelter Cymru
and a duty alert (the model alone); the dog wish was lost. Both are things to keep.
AW5: a carer's "she turn on the gas and forget ... one time we find her on the street at 3 clock" was a memory concern
only, and the street line a change outcome: gas and going missing at night are a "please check", never an outcome.
AW8: "mae o allan o wynt yn cerdded i'r giat" (COPD) was a self-neglect concern: being out of breath is a health worry.
AW17: a 17-year-old hit at home was given CEOP because an earlier answer said "ffrindia a gaming".
Fictional words, after the trial's; each with its Welsh or English twin and a calm look-alike.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.safe_reply import says_it_was_misread, takes_back_the_flagged_words
from bot.conversation.readback import numbered_items
from bot.conversation.safety import helplines_offered
from bot.safeguarding.helplines import format_helplines, load_helplines
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at

LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _sender(*parts: object) -> str:
    return "mem-tfix41a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# ---------- AW1: wanting to disappear
DISAPPEAR = {"en": ["sometimes i just wanna disappear tbh", "sumtimes i jus wanna disapear tbh",
                    "I just want to disappear", "i wish i could just vanish"],
             "cy": ["weithia dwi jyst isio diflannu", "weithie wi jyst moyn diflannu", "weithia dwi jst isho diflannu lol",
                    "dw i eisiau diflannu"]}
#: Somewhere to go, or a while to be gone: a break, read as nothing.
A_BREAK = {"en": ["i wanna disappear into my room with my switch", "wish i could disappear on holiday",
                  "i want to disappear for the weekend with my mates"],
           "cy": ["dwi isio diflannu i fy llofft efo'r switch", "biti na fyswn i'n gallu diflannu ar wyliau",
                  "weithie wi moyn diflannu ar wylie i rywle twym"]}


@LANGS
def test_wanting_to_disappear_is_a_please_check(language: str) -> None:
    for text in DISAPPEAR[language]:
        reading = assess_risk(text)
        assert reading.level == "concern" and reading.please_check and reading.reaches_duty, text
        assert "suicide" in reading.categories and "low_mood" in reading.categories, text


@LANGS
def test_disappearing_somewhere_is_a_break(language: str) -> None:
    for text in A_BREAK[language]:
        assert assess_risk(text).level == "none", text


@LANGS
def test_a_young_person_wanting_to_disappear_gets_the_gentle_reply_with_childline(sqlite_url: str,
                                                                               language: str) -> None:
    conversation = consented_at(_sender("disappear", language), language, "q_worries", role="young_person",
                                name="Jay", what_matters={"en": "football", "cy": "pêl-droed"}[language])
    asked = conversation.requested
    conversation.say(DISAPPEAR[language][0])
    childline = next(h for h in load_helplines() if h.id == "childline")
    assert format_helplines([childline], language, "ti") in conversation.text
    assert "999" in conversation.text
    assert repository.open_alert(conversation.sender_id) is None  # a "please check", not the urgent pause
    assert conversation.requested not in (None, asked)  # the questions carry on


# ---------- AW3: staying at home with the dog
AT_HOME_WITH_THE_DOG = {
    "cy": "Moyn cadw 'mlaen i fyw yn y tŷ 'ma. A'r ci, Mot, sai'n mynd i unman heb Mot",
    "en": "I want to keep living in this house. And the dog, Mot, I'm not going anywhere without Mot",
}
#: Not blanked: not wanting to go on living, and being told to go.
STILL_READ = {"cy": ["dw i ddim eisiau cadw mlaen i fyw"], "en": ["I don't want to keep on living"]}


@LANGS
def test_staying_at_home_with_the_dog_is_no_risk(language: str) -> None:
    assert assess_risk(AT_HOME_WITH_THE_DOG[language]).level == "none"


@LANGS
def test_not_wanting_to_go_on_living_is_still_read(language: str) -> None:
    for text in STILL_READ[language]:
        assert assess_risk(text).reaches_duty, text


@LANGS
def test_the_house_and_the_dog_are_two_things_to_keep(sqlite_url: str, language: str) -> None:
    conversation = consented_at(_sender("dog", language), language, "q_keep", role="person", name="Dai",
                                what_matters={"en": "my garden", "cy": "fy ngardd"}[language])
    conversation.say(AT_HOME_WITH_THE_DOG[language])
    assert repository.open_alert(conversation.sender_id) is None
    shelter = next(h for h in load_helplines() if h.id == "shelter_cymru")
    assert shelter.number not in conversation.text
    kept = [item.text for _, item in numbered_items(conversation.sender_id)]
    text = AT_HOME_WITH_THE_DOG[language]
    dog = text[text.index("A") if language == "cy" else text.index("And"):]
    assert any("Mot" in item and item in text for item in kept), kept
    assert any(item.strip(" .") in dog for item in kept if "Mot" in item), kept


# ---------- AW5: gas and going missing at night in dementia
GAS_AND_NIGHT = {
    "en": ["I am worry about gas. she turn on the gas and forget. also at night she walk outside, one time we find her "
           "on the street at 3 clock", "gas fire. she go out at night and get lost. also I am tired"],
    "cy": ["Dw i'n poeni am y nwy. Mae hi'n troi'r nwy ymlaen ac yn anghofio. Yn y nos mae hi'n cerdded allan, un tro "
           "naethon ni ffeindio hi ar y stryd am 3 o'r gloch y bore",
           "tân nwy. mae hi'n mynd allan yn y nos ac yn mynd ar goll. a dw i wedi blino"],
}
ON_THE_STREET = {"en": "one time we find her on the street at 3 clock",
                 "cy": "un tro naethon ni ffeindio hi ar y stryd am 3 o'r gloch y bore"}
#: Day-to-day lapses stay memory worries.
LAPSES = {"en": ["dad got lost walking home", "she forgets to turn off the cooker",
                 "at night she gets lost in the house looking for the toilet"],
          "cy": ["aeth dad ar goll yn cerdded adre", "mae hi'n anghofio diffodd y popty"]}


@LANGS
def test_gas_and_going_missing_at_night_are_a_please_check(language: str) -> None:
    for text in GAS_AND_NIGHT[language]:
        reading = assess_risk(text)
        assert reading.please_check and reading.reaches_duty, text
        assert "memory" in reading.categories, text
    assert "self_neglect" in assess_risk(GAS_AND_NIGHT[language][0]).categories  # the gas
    assert "missing" in assess_risk(ON_THE_STREET[language]).categories  # out on the street at 3 in the morning


@LANGS
def test_everyday_lapses_stay_memory_worries(language: str) -> None:
    for text in LAPSES[language]:
        reading = assess_risk(text)
        assert not reading.please_check and not reading.reaches_duty, text


@LANGS
def test_found_on_the_street_at_night_is_never_an_outcome(sqlite_url: str, language: str) -> None:
    conversation = consented_at(_sender("night", language), language, "q_worries", role="carer", name="Amira",
                                what_matters={"en": "family", "cy": "teulu"}[language])
    conversation.say(GAS_AND_NIGHT[language][0])
    kept = [item.text for _, item in numbered_items(conversation.sender_id)]
    assert not any("3" in item for item in kept), kept


# ---------- AW8: out of breath is a health worry
OUT_OF_BREATH = {"cy": ["o a mae o'n deud bod o'n iawn, ond dydi o ddim, mae o allan o wynt yn cerdded i'r giat",
                        "ma fe mas o wynt yn cerdded lan y stâr"],
                 "en": ["and he says he's fine, but he isn't, he's out of breath walking to the gate"]}
EXERCISE = {"cy": "o'n i allan o wynt ar ôl rhedeg", "en": "i was out of breath after football lol"}


@LANGS
def test_out_of_breath_is_a_health_worry_not_self_neglect(language: str) -> None:
    for text in OUT_OF_BREATH[language]:
        reading = assess_risk(text)
        assert reading.categories == ("health",) and not reading.reaches_duty, text


@LANGS
def test_out_of_breath_after_running_is_nothing(language: str) -> None:
    assert assess_risk(EXERCISE[language]).level == "none"


# ---------- AW17: CEOP only when someone online is in the harm's own words
HIT_AT_HOME = {"cy": "mae o'n fy nharo i weithia", "en": "he hits me sometimes"}
GAMING = {"cy": "dwn i'm. ffrindia a gaming dwi'n meddwl 🎮", "en": "idk. mates and gaming i think 🎮"}
GROOMED = {"cy": "ma 'na foi ar fortnite yn gofyn am lunia ohona i", "en": "this guy from fortnite keeps asking for pics"}


@LANGS
def test_no_ceop_for_harm_at_home_after_talk_of_gaming(language: str) -> None:
    ids = [h.id for h in helplines_offered(("abuse",), language, register="ti", role="young_person", age=17,
                                           words=[HIT_AT_HOME[language], GAMING[language]],
                                           harm_words=[HIT_AT_HOME[language]])]
    assert "ceop" not in ids
    assert ids[:3] == ["emergency_999", "childline", "meic"]
    ids = [h.id for h in helplines_offered(("abuse",), language, register="ti", role="young_person", age=17,
                                           words=[GROOMED[language], GAMING[language]],
                                           harm_words=[GROOMED[language]])]
    assert "ceop" in ids  # someone online in the harm's own words


@LANGS
def test_the_urgent_reply_to_a_young_person_hit_at_home_names_no_ceop(sqlite_url: str, language: str) -> None:
    conversation: MemoryConversation = consented_at(_sender("ceop", language), language, "q_what_matters",
                                                    role="young_person", name="Cai", what_matters="")
    conversation.say(GAMING[language])  # a good day: friends and gaming
    assert conversation.requested != "q_what_matters"
    conversation.say(HIT_AT_HOME[language])
    # one young person's own line (at most a few lines: AW17's other half, stop 42)
    assert "Childline" in conversation.text and "Meic" not in conversation.text
    assert "ceop.police.uk" not in conversation.text


# ---------- AW2: "the disappear thing", said later, is linked to that flag; "i meant the keep question" is not
ABOUT_THE_QUESTION = {"en": "wait what. i meant the keep question is football on saturdays, its the only time i see my "
                            "mates",
                      "cy": "be?? o'n i'n meddwl y cwestiwn cadw, pêl-droed ar ddydd Sadwrn, dyna'r unig amser dwi'n "
                            "gweld fy mêts"}
THE_DISAPPEAR_THING = {"en": "not like that lol btw, the disappear thing. i just mean like a break from everything",
                       "cy": "dim fel na lol, y peth diflannu. o'n i'n feddwl jyst brêc o bob dim"}
BETWEEN = {"en": ["someone to help mum in the mornings so im not late", "mum falling when im at school. and money"],
           "cy": ["rhywun i helpu mam yn y bora fel bo fi ddim yn hwyr", "mam yn disgyn pan dwi'n rysgol. a pres"]}


@LANGS
def test_the_disappear_thing_taken_back_later_is_linked_to_its_flag(sqlite_url: str, language: str) -> None:
    conversation = consented_at(_sender("takeback", language), language, "q_what_matters", role="young_person",
                                name="Jay", what_matters="")
    conversation.say(DISAPPEAR[language][0])
    conversation.say(ABOUT_THE_QUESTION[language])
    for text in BETWEEN[language]:
        conversation.say(text)
    conversation.say(THE_DISAPPEAR_THING[language])
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == DISAPPEAR[language][0])
    assert flag["please_check"] and flag["misread"] is None
    assert flag["played_down"] is not None and flag["played_down"]["text"] == THE_DISAPPEAR_THING[language]


@pytest.mark.parametrize("text", list(ABOUT_THE_QUESTION.values()))
def test_naming_a_question_is_no_correction(text: str) -> None:
    assert not says_it_was_misread(text)
    assert says_it_was_misread("that's not what i meant")  # still heard


@pytest.mark.parametrize("text,flagged", [
    ("i just mean like a break from everything", DISAPPEAR["en"][0]),  # names nothing flagged
    ("the football thing, i mean saturdays", DISAPPEAR["en"][0]),
    ("y peth pêl-droed, o'n i'n meddwl dydd Sadwrn", DISAPPEAR["cy"][0]),
])
def test_a_thing_meant_that_is_not_the_flagged_words(text: str, flagged: str) -> None:
    assert not takes_back_the_flagged_words(text, flagged)
