"""The eighteenth user trial's safeguarding findings (stop 40): AU2, AU3's category, AU4 and AU13's "999 then carry on".

AU3: a boy of 13, after telling of a plate his drunk dad threw, wrote "sori ia ma fo adra eto heno a ma di dechra yfed yn
barod. dwi'n cuddio yn llofft efo Llŷr": urgent, labelled suicide ("ma di dechra yfed yn barod" alone was a suicide
"please check"; the English twin read nothing). A parent drinking is drink at home; hiding from it is the parent's harm.
AU2: a 16-year-old sleeping on a mate's sofa after being outed raised nothing, then "can they find me somewhere to stay"
was an exploitation "please check"; his read-back edit "take out 1 and 2 they wasnt answers" a neglect one.
AU4: a carer's "she leave gas on two times ... police bring her home" was only a memory concern; "she is Welsh from
Rhymney but speak English" made Welsh her language; "mother of my husband" was kept as "mother".
AU13: "call 999 now, please" went straight on to "we'll carry on gently" and the next question.
Fictional words, after the trial's; each with its Welsh or English twin and a calm look-alike.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.conversation.readback import numbered_items, said_numbers
from bot.safeguarding.helplines import helplines_for
from bot.storage import repository
from bot.summary.record import stated_language
from tests.conversation.memory import MemoryConversation, consented_at, started_with_record

LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _sender(*parts: object) -> str:
    return "mem-tfix40a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


# ---------- AU3: a parent drinking, and a child hiding from it
STARTED_DRINKING = {"cy": ["mae o wedi dechrau yfed yn barod", "ma di dechra yfed yn barod"],
                    "en": ["he has started drinking already", "hes started drinking again"]}
HIDING = {"cy": "sori ia ma fo adra eto heno a ma di dechra yfed yn barod. dwi'n cuddio yn llofft efo Llŷr",
          "en": "sorry yeah hes home again tonight and hes started drinking already. im hiding in my room with Llyr"}
DOWNSTAIRS = {"cy": "na. ma fo jyst yn yfed lawr grisia, dio ddim yn neud dim byd. dwi'n iawn go iawn",
              "en": "no. hes just drinking downstairs, hes not doing anything. im fine honestly"}
CALM_DRINK = {"cy": "mae hi wedi dechrau yfed te heb siwgr", "en": "he has started drinking tea without sugar"}


@LANGS
def test_a_parent_who_has_started_drinking_is_drink_at_home_not_suicide(language: str) -> None:
    for text in STARTED_DRINKING[language]:
        reading = assess_risk(text)
        assert reading.level == "concern" and not reading.please_check, text
        assert reading.categories == ("alcohol",), text


@LANGS
def test_hiding_from_a_parent_drinking_is_the_parents_harm(language: str) -> None:
    reading = assess_risk(HIDING[language])
    assert reading.reaches_duty
    assert "abuse" in reading.categories
    assert not {"suicide", "self_harm"} & set(reading.categories)
    ids = [h.id for h in helplines_for(reading.categories, young_person=True, language=language)]
    assert "childline" in ids and "meic" in ids  # the lines for a young person, not only 111


@LANGS
def test_drinking_downstairs_is_not_low_mood(language: str) -> None:
    reading = assess_risk(DOWNSTAIRS[language])
    assert "low_mood" not in reading.categories
    assert "alcohol" in reading.categories


@LANGS
def test_drinking_tea_is_nothing(language: str) -> None:
    assert assess_risk(CALM_DRINK[language]).level == "none"


# ---------- AU2: a young person with nowhere settled to stay
NOWHERE_SETTLED = {
    "en": ["sleeping on his sofa",
           "and can they find me somewhere to stay thats not jordans, his mum says i can only stay til next week",
           "i have nowhere to go", "my dad kicked me out"],
    "cy": ["dwi'n cysgu ar ei soffa fo",
           "a allan nhw ffeindio rhywle i fi aros sy ddim efo Jordan, ma'i fam o'n deud mai dim ond tan wsnos nesa "
           "dwi'n cael aros",
           "dim lle i fynd", "mae dad di nghicio allan", "dwi'n cysgu ar soffa ffrind"],
}
#: Look-alikes: nobody without a home.
SETTLED = {"en": ["the dog is sleeping on his sofa", "I need somewhere to wait for the bus",
                  "i can only stay for an hour"],
           "cy": ["mae'r ci'n cysgu ar ei soffa o", "dwi angen rhywle i aros am y bws",
                  "dim ond am awr dw i'n gallu aros", "dim lle i fynd a'r gadair olwyn"]}


@LANGS
def test_nowhere_settled_to_stay_is_homelessness_for_the_duty_team(language: str) -> None:
    for text in NOWHERE_SETTLED[language]:
        reading = assess_risk(text)
        assert reading.reaches_duty, text
        assert "homelessness" in reading.categories, text
        assert "exploitation" not in reading.categories, text


@LANGS
def test_a_settled_home_is_no_flag(language: str) -> None:
    for text in SETTLED[language]:
        assert assess_risk(text).level == "none", text


READ_BACK_EDIT = {"en": "take out {0} and {1} they wasnt answers",
                  "cy": "tynnwch allan {0} a {1}, doedden nhw ddim yn atebion"}


def test_a_read_back_edit_names_its_numbers() -> None:
    assert said_numbers(READ_BACK_EDIT["en"].format(1, 2)) == [1, 2]
    assert said_numbers(READ_BACK_EDIT["cy"].format(1, 2)) == [1, 2]
    assert said_numbers("I go out 3 times a week") == []  # a number that is not an item


def _at_read_back(language: str) -> MemoryConversation:
    conversation = started_with_record(_sender("readback", language), language, role="young_person", name="Rhys")
    wishes = {"en": ["football with my mates", "a counsellor, 1 to 1"],
              "cy": ["chwarae pêl-droed efo'n mêts", "dw i isio siarad efo cwnselydd, un i un"]}
    said = 0
    while not (conversation.requested or "").startswith("readback"):
        if conversation.requested in ("q_what_matters", "q_change") and said < 2:
            conversation.say(wishes[language][said])
            said += 1
        else:
            conversation.say("/skip", intent="skip")
    return conversation


@LANGS
def test_a_read_back_edit_raises_no_flag(sqlite_url: str, language: str) -> None:
    conversation = _at_read_back(language)
    numbers = [n for n, _ in numbered_items(conversation.sender_id)]
    assert len(numbers) >= 2
    conversation.say(READ_BACK_EDIT[language].format(numbers[0], numbers[1]))
    assert repository.open_alert(conversation.sender_id) is None
    assert not repository.other_flag_categories(conversation.sender_id, "", "concern")


# ---------- AU4: a person with dementia at risk to herself; her nationality; whose mother
AT_RISK = {"en": ["she leave gas on two times, she go out at night in nightdress last week, police bring her home",
                  "she left the gas on two times", "she go out at night in her nightdress, police bring her home"],
           "cy": ["mae hi wedi gadael y nwy ymlaen ddwywaith",
                  "mae hi'n mynd allan yn y nos yn ei choban, yr heddlu'n dod â hi adre"]}
FORGETS = {"en": ["she forgets things", "she left the gas on once"], "cy": ["mae hi'n anghofio petha"]}


@LANGS
def test_gas_left_on_again_and_found_at_night_by_police_is_a_please_check(language: str) -> None:
    for text in AT_RISK[language]:
        reading = assess_risk(text)
        assert reading.please_check and reading.reaches_duty, text
        assert "memory" in reading.categories, text


@LANGS
def test_forgetting_stays_a_memory_worry(language: str) -> None:
    for text in FORGETS[language]:
        reading = assess_risk(text)
        assert not reading.please_check and not reading.reaches_duty, text


@pytest.mark.parametrize("text,language", [
    ("speak slow and simple. she is Welsh from Rhymney but speak English. she not like to be rushed", "en"),
    ("Mae hi'n Gymraes o Rymni ond yn siarad Saesneg", "en"),
    ("She is Welsh but speaks English", "en"),
    ("she is Welsh from Rhymney", None),  # where she is from: no language stated
    # look-alikes: the language wanted, beside who she is
    ("She is Welsh, Welsh is her first language", "cy"),
    ("Welsh please, she is from Rhymney", "cy"),
    ("She's Welsh speaking", "cy"),
    ("Her language is Welsh", "cy"),
    # who she is, then that she speaks it (the lead's check of this branch: no language was read)
    ("Mam is Welsh, speaks it at home", "cy"),
    ("He is Welsh and speaks it every day", "cy"),
])
def test_being_welsh_is_not_the_welsh_language(text: str, language: str | None) -> None:
    assert stated_language([{"question_key": "support", "text": text}])[0] == language


@pytest.mark.parametrize("language,text,relationship", [
    ("en", "mother of my husband, Margaret. She have dementia, 2 years now", "mother of my husband"),
    ("cy", "mam fy ngŵr, Margaret. Mae ganddi ddementia ers 2 flynedd", "mam fy ngŵr"),
])
def test_the_mother_of_my_husband_is_kept_as_written(sqlite_url: str, language: str, text: str,
                                                      relationship: str) -> None:
    conversation = started_with_record(_sender("inlaw", language), language, role="carer", name="Aga")
    assert conversation.requested == "cared_for_name"
    conversation.say(text)
    assert conversation.slots.get("cared_for_name") == "Margaret"
    assert conversation.slots.get("relationship") == relationship


# ---------- AU13: after "call 999 now" the questions wait
FINE = {"cy": "na dwi'n iawn, ma'r drws di cloi. isio gorffen hwn", "en": "no im fine, the doors locked. wanna finish this"}
NEXT = {"cy": "ar ôl ysgol", "en": "after school"}


def _said(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], "ti")


@LANGS
def test_call_999_now_is_not_followed_by_carrying_on(sqlite_url: str, language: str) -> None:
    conversation = consented_at(_sender("au13", language), language, "q_visit_time", role="young_person", name="Cai",
                                what_matters={"en": "fishing with taid", "cy": "pysgota efo taid"}[language])
    conversation.say(HIDING[language])
    assert conversation.text.startswith(_said(conversation, "urgent_now"))
    conversation.say(FINE[language])
    assert conversation.text == _said(conversation, "safety_check_help_coming")
    waiting = conversation.requested
    conversation.say(DOWNSTAIRS[language])
    said = conversation.text
    assert said.startswith(_said(conversation, "safety_check_999_reminder"))
    assert said.endswith(_said(conversation, "safety_check_choose"))  # carry on, a break or stop: theirs to choose
    assert _said(conversation, "safety_check_carry_on") not in said
    assert repository.safe_check(conversation.sender_id)[0] is not None  # the questions wait
    conversation.say(NEXT[language])  # then on, with no 999 line again: never a loop
    said = conversation.text
    assert _said(conversation, "safety_check_carry_on") in said and "999" not in said
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert conversation.requested == waiting
