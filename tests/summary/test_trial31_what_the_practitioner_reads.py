"""Ninth user trial (stop 31): what the practitioner reads, through the conversation core, the real analysis and the
summary's view, in Welsh (north, south) and English, each with the trial's own words and a twin in the other language.

AC2: a carer's everyday "Mae o'n gwylltio os oes 'na ddiarth yn y tŷ… gwell os dwi yna y tro cynta" (Dad, who has
dementia, upset by strangers) was read as more of her disclosure about her brother and the money, added to the urgent
alert and thanked three times; its wish was no outcome. AC6: a long lie after a fall ("couple of hours maybe, didn't
want to bother nobody so I didn't ring") was a change outcome, and "don't go telling her" was merged with the stairs
wish. AC7: "anyway can we just carry on" and "na dim byd mwy, symud mlaen" were outcomes. AC8: outcomes cut or joined
wrongly ("tecst" alone stays an outcome: the practitioners' gold marks such answers as how help is given). AC12: a fact with how to help filed as a change; a question asked back filed as an outcome. AC13: carer strain
missed. AC14: a death told in passing got no word. AC5: money taken from a 17-year-old labelled memory; a child at home
with the one who hurt him raised nothing. The words are the trial's (fictional people) or made up for the twins.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis import analyse, steers_the_conversation
from bot.analysis.keep_from import asks_to_keep_from_someone
from bot.analysis.risk import assess_risk
from bot.analysis.risk.told_again import goes_back_to
from bot.conversation.replies import tells_of_a_loss
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, at_question, started_with_record


def _sender(*parts: object) -> str:
    return "mem-t31-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(sender_id: str) -> list[tuple[str, str]]:
    """(type, words) of every outcome kept, not taken out."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(o.type, o.text) for o in conv.outcomes if not o.removed] if conv else []


def _flags(sender_id: str) -> list[tuple[str, str, str, bool]]:
    """(level, categories, words, added to another alert) of every flag, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        assert conv is not None
        return [(f.level, f.categories, f.text, f.joined_flag_id is not None)
                for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _safeguarding_quotes(sender_id: str, interface: str) -> dict[str, list[str]]:
    """The quotes of the summary's safeguarding section, by group."""
    record = load_record(sender_id)
    assert record is not None
    section = build_view(record, interface).section("safeguarding")
    assert section is not None
    return {group.key: [item.quote for item in group.items] for group in section.groups}


def _carer(sender_id: str, language: str, cared_for: str) -> MemoryConversation:
    conversation = started_with_record(sender_id, language, role="carer", name="Sioned")
    conversation.slots.update({"cared_for_name": cared_for, "relationship": "Dad"})
    conversation._ask_next()
    assert conversation.requested == "q_what_matters"
    return conversation


# AC2 ------------------------------------------------------------------------------------------------------------------

#: A brother with Dad's bank card, who gets angry when she asks (the trial's words, shortened, and twins).
MONEY = {
    "cy": "Mae fy mrawd Dylan yn 'helpu' efo pres Dad, mae gynno fo'r cerdyn banc, ond mae 'na bres yn mynd allan o'r "
          "cyfri a dio'm yn deud be ydi o, a pan dwi'n gofyn mae o'n gwylltio.",
    "cy_south": "Ma mrawd i Dylan yn cadw cerdyn banc Dad a ma arian yn mynd mas o'r cyfrif a sa fe'n gweud beth yw "
                "e, a pan fi'n gofyn ma fe'n grac.",
    "en": "My brother Dylan 'helps' with Dad's money, he has the bank card, but money keeps going out of the account "
          "and he won't say what for, and when I ask he gets angry.",
}
#: How Dad wants help given, and what upsets him: everyday, not about the brother.
SUPPORT = {
    "cy": "Siarad Cymraeg efo fo, plis, mae o di colli lot o'i Saesneg ers y dementia. A peidio brysio fo. Mae o'n "
          "gwylltio os oes 'na ddiarth yn y tŷ heb i rywun ddeud wrtho fo gynta, felly gwell os dwi yna y tro cynta",
    "cy_south": "Siaradwch Gymraeg gyda fe plis. Ma fe'n grac os oes dieithriaid yn y tŷ heb i rywun weud wrtho fe "
                "gynta, felly well os fi 'na y tro cynta",
    "en": "Speak Welsh to him please, he's lost a lot of his English since the dementia. And don't rush him. He gets "
          "angry if there are strangers in the house without someone telling him first, so it's better if I'm there "
          "the first time",
}
#: The wish in it, word for word.
THERE_FIRST = {"cy": "gwell os dwi yna y tro cynta", "cy_south": "well os fi 'na y tro cynta",
               "en": "it's better if I'm there the first time"}
#: A real follow-up of the disclosure: anger at her for telling.
FOLLOW_UP = {"cy": "Bydd Dylan yn gwylltio efo fi os neith o ffeindio allan mod i wedi deud",
             "en": "Dylan will go mad at me if he finds out I said"}


@pytest.mark.parametrize("case", ["cy", "cy_south", "en"])
def test_an_everyday_answer_after_a_disclosure_is_not_added_to_the_alert(sqlite_url: str, case: str) -> None:
    language = case[:2]
    conversation = _carer(_sender("ac2", case), language, "Emrys")
    conversation.say(MONEY[case])
    assert repository.is_urgent(conversation.sender_id), "the disclosure this test rests on"
    conversation.say("/continue_conversation", intent="/continue_conversation")
    while conversation.requested != "q_support":
        conversation.say("/skip", intent="skip")
    conversation.said.clear()
    conversation.say(SUPPORT[case])
    said = conversation.text
    assert messages.text("urgent_added", language) not in said
    flags = _flags(conversation.sender_id)
    assert not any(text == SUPPORT[case] and (level == "urgent" or joined) for level, _, text, joined in flags)
    for interface in ("cy", "en"):
        assert SUPPORT[case] not in _safeguarding_quotes(conversation.sender_id, interface).get("urgent", [])
    if case != "cy_south":  # (the southern "well os fi 'na" is not read as a wish yet: noted, not claimed)
        assert any(text.endswith(THERE_FIRST[case]) for _, text in _outcomes(conversation.sender_id))


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_real_follow_up_is_added_and_thanked_once(sqlite_url: str, language: str) -> None:
    conversation = _carer(_sender("ac2-follow", language), language, "Emrys")
    conversation.say(MONEY[language])
    conversation.say("/continue_conversation", intent="/continue_conversation")
    asked = conversation.requested
    conversation.said.clear()
    conversation.say(FOLLOW_UP[language])
    assert _flags(conversation.sender_id)[-1][2:] == (FOLLOW_UP[language], True)  # added to the alert
    said = [m.text for m in conversation.said]
    assert said[0] == messages.text("urgent_added", language)
    # then straight to the next question: no second "Diolch." / "Thank you." for the same words
    assert len(said) == 2 and conversation.requested != asked, said


@pytest.mark.parametrize("disclosure, later, goes_back", [
    (MONEY["cy"], SUPPORT["cy"], False), (MONEY["en"], SUPPORT["en"], False),
    (MONEY["cy_south"], SUPPORT["cy_south"], False),
    (MONEY["cy"], FOLLOW_UP["cy"], True), (MONEY["en"], FOLLOW_UP["en"], True),
    (MONEY["en"], "he'll be angry with me if he knows", True),  # only a pronoun, but angry at the one who told
    (MONEY["cy"], "mae o'n flin efo fi rwan", True),
    (MONEY["en"], "she gets angry when the telly is too loud", False),
    (MONEY["cy"], "mae'n flin gen i, dw i wedi blino", False),  # "I'm sorry": no anger
])
def test_anger_counts_only_at_the_one_who_told(disclosure: str, later: str, goes_back: bool) -> None:
    assert goes_back_to(later, disclosure) is goes_back


# AC6 ------------------------------------------------------------------------------------------------------------------

#: The trial's answer to "What would you like to be different?" (an 86-year-old), and twins.
FALLS = {
    "en": "Well. I've had a couple of falls, nothing much. One in the kitchen in October, I was on the floor a while "
          "before I could get up, couple of hours maybe, didn't want to bother nobody so I didn't ring. Rhian doesn't "
          "know about that one so don't go telling her. It'd be nice to get up the stairs easier, I been sleeping in "
          "the chair downstairs some nights.",
    "cy": "Wel. Dw i wedi cael cwpl o godymau, dim byd mawr. Un yn y gegin ym mis Hydref, ro'n i ar y llawr am sbel cyn "
          "i mi allu codi, cwpl o oriau ella, do'n i ddim isio trafferthu neb felly wnes i ddim ffonio. Dydi Rhian ddim "
          "yn gwybod am honna felly peidiwch â mynd i ddeud wrthi hi. Sa'n braf cael mynd i fyny'r grisiau'n haws, dw i "
          "wedi bod yn cysgu yn y gadair lawr grisiau rhai nosweithiau.",
}
LONG_LIE = {"en": "couple of hours maybe", "cy": "cwpl o oriau ella"}
KEPT_FROM = {"en": "Rhian doesn't know about that one so don't go telling her.",
             "cy": "Dydi Rhian ddim yn gwybod am honna felly peidiwch â mynd i ddeud wrthi hi."}
STAIRS = {"en": "It'd be nice to get up the stairs easier", "cy": "Sa'n braf cael mynd i fyny'r grisiau'n haws"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_long_lie_is_a_concern_and_who_not_to_tell_is_apart(sqlite_url: str, language: str) -> None:
    conversation = at_question(_sender("ac6", language), language, "q_change", what_matters="My garden.",
                               name="Gareth")
    conversation.say(FALLS[language])
    flags = _flags(conversation.sender_id)
    assert [(level, categories) for level, categories, _, _ in flags] == [("concern", "falls")]
    outcomes = _outcomes(conversation.sender_id)
    assert not any(LONG_LIE[language] in text for _, text in outcomes), outcomes  # the long lie is no wish
    (stairs,) = [text for _, text in outcomes if STAIRS[language] in text]
    assert KEPT_FROM[language] not in stairs  # the stairs wish alone
    for interface in ("en", "cy"):
        quotes = _safeguarding_quotes(conversation.sender_id, interface)
        assert quotes["sensitive"] == [KEPT_FROM[language]]
        assert any(LONG_LIE[language] in quote for quote in quotes["concerns"]), quotes["concerns"]


@pytest.mark.parametrize("text, asks", [
    ("don't go telling her", True), ("don't you go telling my son", True), ("no need to tell her", True),
    ("a sai'n moyn neb yn yr ysgol gwbod apart o miss jenkins, plz", True), ("dw i ddim isio neb wybod", True),
    ("I don't go telling people my business", False), ("don't go telling me that", False),
])
def test_keeping_it_from_someone_said_another_way(text: str, asks: bool) -> None:
    assert asks_to_keep_from_someone(text) is asks


# AC7 ------------------------------------------------------------------------------------------------------------------

#: The disclosure that ended by asking to carry on (a 17-year-old), and a Welsh twin.
CARRY_ON = {
    "en": ("honestly home. mums boyfriend keeps kicking off when hes had a drink, last week he pinned me against the "
           "wall n mum just watched. i dont want to go back there tonight tbh. anyway can we just carry on",
           "anyway can we just carry on"),
    "cy": ("adra a deud gwir. ma cariad mam yn kicio off pan mae o di yfed, wsos dwytha nath o 'y ngwthio i yn erbyn "
           "y wal a mam jyst yn sbio. dwi ddim isio mynd nôl yna heno. eniwe gawn ni jyst cario mlaen",
           "gawn ni jyst cario mlaen"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_asking_to_carry_on_inside_a_disclosure_is_no_outcome(language: str) -> None:
    text, steer = CARRY_ON[language]
    found = analyse(text, "change")
    assert found.risk.level == "urgent"
    assert not any(steer in span.text for span in found.outcomes), found.outcomes


@pytest.mark.parametrize("language, text", [
    ("cy", "na dim byd mwy, symud mlaen"), ("cy", "dim byd arall, awn ni ymlaen"),
    ("en", "no nothing more, move on"), ("en", "nothing else, let's move on"),
])
def test_moving_on_in_an_answer_is_no_outcome(sqlite_url: str, language: str, text: str) -> None:
    assert steers_the_conversation(text)
    conversation = at_question(_sender("ac7", language, text), language, "q_support", what_matters="My garden.")
    conversation.say(text)
    assert not any(words in text for _, words in _outcomes(conversation.sender_id))
    assert conversation.requested != "q_support"


@pytest.mark.parametrize("text", ["carry on going to chapel", "dal i fynd ymlaen i'r clwb", "move on to a flat of my own"])
def test_wishes_that_look_like_steering_are_not(text: str) -> None:
    assert not steers_the_conversation(text)


# AC8 ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, text, whole", [
    ("change", "And I'd like to get back to the garden, grow a few leeks and beans like I used to",
     "grow a few leeks and beans like I used to"),
    ("change", "A hoffwn i fynd nôl i'r ardd, tyfu cennin a ffa fel o'r blaen", "tyfu cennin a ffa fel o'r blaen"),
    ("change", "I used to go to aqua aerobics on a Thursday with my sister and I'd love to get back to that.",
     "I used to go to aqua aerobics on a Thursday with my sister and I'd love to get back to that."),
    ("change", "Ro'n i'n arfer mynd i aerobics dŵr ar ddydd Iau efo fy chwaer a baswn i wrth fy modd yn mynd nôl i "
               "hynny.", "aerobics dŵr"),
])
def test_one_wish_stays_one_outcome(question: str, text: str, whole: str) -> None:
    found = analyse(text, question)
    assert any(whole in span.text for span in found.outcomes), found.outcomes
    parts = [span for span in found.outcomes if span.text in whole and span.text != whole]
    assert not parts, parts


@pytest.mark.parametrize("text, fact", [
    ("I want to stop in my own house, that's the main thing. Me and Mair bought it in 1962. And the club and the "
     "chapel.", "Mair bought it in 1962"),
    ("Dw i isio aros yn fy nhŷ fy hun, dyna'r prif beth. Brynon ni fo yn 1962. A'r clwb a'r capel.",
     "Brynon ni fo yn 1962"),
])
def test_a_fact_told_in_the_past_is_kept_in_the_answer_not_an_outcome(text: str, fact: str) -> None:
    found = analyse(text, "maintenance")
    assert found.outcomes, "the wishes beside it stay"
    assert not any(fact in span.text for span in found.outcomes), found.outcomes


@pytest.mark.parametrize("text, first, second", [
    ("netball bob nos Lun. a mamgu ar dydd sadwrn.", "netball bob nos Lun.", "mamgu ar dydd sadwrn."),
    ("netball on monday nights. and my nan on a saturday.", "netball on monday nights.", "my nan on a saturday."),
])
def test_two_short_things_said_apart_are_two_outcomes(text: str, first: str, second: str) -> None:
    assert [span.text for span in analyse(text, "maintenance").outcomes] == [first, second]


@pytest.mark.parametrize("text", ["netball defo. a mamgu ar dydd sadwrn.",
                                  "netball definitely. and my nan on a saturday."])
def test_two_things_stay_one_outcome_when_one_would_be_a_fragment(text: str) -> None:
    """Issue 11: no outcome under three words that is not the whole answer ("netball defo." alone would be one)."""
    spans = analyse(text, "maintenance").outcomes
    assert len(spans) == 1 and text.startswith(spans[0].text.rstrip(".")), spans


# AC12 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("I'm a bit deaf in the left ear so speak up and sit on my right.", "speak up"),
    ("Dw i braidd yn fyddar yn y glust chwith felly siaradwch yn uchel.", "siaradwch yn uchel"),
])
def test_a_fact_then_how_to_help_is_how_help_is_given(text: str, words: str) -> None:
    (span,) = [s for s in analyse(text, "process").outcomes if words in s.text]
    assert span.type == "process"


@pytest.mark.parametrize("text, question", [
    ("And will someone ring me about the carers assessment, or do I have to ask for that separately?",
     "will someone ring me"),
    ("A fydd rhywun yn fy ffonio am yr asesiad gofalwr, neu oes rhaid i mi ofyn ar wahân?", "fydd rhywun"),
    ("nah. is someone actually gonna message me tho or is it just this bot", "is someone"),
    ("na. oes rhywun yn mynd i decstio fi neu ai jyst y bot ydy o?", "oes rhywun"),
])
def test_a_question_asked_back_is_no_outcome(text: str, question: str) -> None:
    assert not any(question in span.text for span in analyse(text, "change").outcomes)


# AC13 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "mam ar ben ei hun pan fi'n ysgol. a fi'n blino lot, fi'n cal dim cwsg achos ma hi'n galw fi yn y nos",
    "dwi'n cael dim cwsg achos mae hi'n fy neffro fi bob nos",
    "mums on her own when im at school. and im tired loads, i get no sleep cos she calls me in the night",
    "Me coping I suppose, my back's bad from helping him in the shower",
    "Fi'n ymdopi am wn i, mae nghefn i'n ddrwg o'i helpu fo yn y gawod",
])
def test_a_carers_lost_sleep_and_bad_back_are_carer_strain(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "carer_strain" in found.categories, found


@pytest.mark.parametrize("text", ["my back is bad from the gym", "i get no sleep cos of my exams",
                                  "dw i ddim yn cysgu'n dda achos y gwres"])
def test_other_backs_and_nights_are_not(text: str) -> None:
    assert "carer_strain" not in assess_risk(text).categories


@pytest.mark.parametrize("language, text", [
    ("cy", "mam ar ben ei hun pan fi'n ysgol. weithie ma hi'n cwmpo. a fi'n blino lot, fi'n cal dim cwsg achos ma hi'n "
           "galw fi yn y nos"),
    ("en", "mum's on her own when I'm at school. sometimes she falls. and I'm tired loads, I get no sleep cos she calls "
           "me in the night"),
])
def test_a_young_carer_losing_sleep_is_a_concern_for_the_practitioner(sqlite_url: str, language: str,
                                                                     text: str) -> None:
    conversation = at_question(_sender("ac13", language), language, "q_worries", what_matters="netball",
                               role="young_person", name="Ffion")
    conversation.say(text)
    (flag,) = _flags(conversation.sender_id)
    assert flag[0] == "concern" and "carer_strain" in flag[1].split(",")


# AC14 -----------------------------------------------------------------------------------------------------------------

LOSS = {"en": "Well now. I'm 86, lost the wife, Mair, four year ago. A good day is when I can get down the club.",
        "cy": "Wel. Dw i'n 86, golles i'r wraig, Mair, bedair blynedd yn ôl. Diwrnod da ydi pan dw i'n cael mynd i'r "
              "clwb."}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_death_told_in_passing_gets_a_word(sqlite_url: str, language: str) -> None:
    assert tells_of_a_loss(LOSS[language])
    conversation = started_with_record(_sender("ac14", language), language, role="person", name="Gareth")
    conversation.say(LOSS[language])
    assert messages.text("ack_loss", language) in conversation.text


@pytest.mark.parametrize("text", ["I lost the keys again", "we lost the match", "colli'r bws eto"])
def test_other_losses_are_not_a_death(text: str) -> None:
    assert not tells_of_a_loss(text)


# AC5 ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "what i said before obvs. and money, mum took my EMA money last month.",
    "be ddudis i gynt. a pres, cymerodd mam fy arian EMA i mis dwetha.",
])
def test_money_taken_from_a_young_person_is_financial_not_memory(text: str) -> None:
    found = assess_risk(text)
    assert "exploitation" in found.categories and "memory" not in found.categories, found


@pytest.mark.parametrize("text", [
    "nan, jordan, my little sister kayla shes 9 and still at home with them which i worry about",
    "nain, jordan, fy chwaer fach kayla, mae hi'n 9 a dal adra efo nhw, dwi'n poeni amdani",
])
def test_a_child_at_home_with_them_is_a_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "none" and "abuse" in found.categories, found


@pytest.mark.parametrize("text", ["I took my EMA money to the bank", "my little brother lives with them and loves it",
                                  "mae fy chwaer fach yn byw efo nhw ac wrth ei bodd"])
def test_ordinary_money_and_siblings_are_not(text: str) -> None:
    categories = assess_risk(text).categories
    assert "abuse" not in categories and "exploitation" not in categories, categories
