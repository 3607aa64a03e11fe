"""Outcome boundaries and groups the stop-20 round fixed, each with a twin in the other language.

- someone loving a thing is kept whatever the case of the pronoun ("I love my garden": a capital "I" was missed);
- "..., she'd rather a woman and she likes to do her own face": a wish after a comma said with "'d" starts its
  own outcome, and a wish with its own subject after "and" is a second outcome;
- a remark that tells why a wish is needed (what cannot be done, what hurts) stays with a wish said outright, as
  every dev reader keeps it ("Someone to help with the lifting in the mornings, my back can't take it"); after a
  thing or an instruction asked for, or a request, it is still left out.
"""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import _regroup, sort_outcomes
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.types import OutcomeSpan


def _spans(text: str, question: str | None) -> list[tuple[str, str]]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [(s.text, s.type) for s in spans]


@pytest.mark.parametrize("text", ["I love my garden", "i love my garden", "She loves her music",
                                  "Dwi wrth fy modd efo'r ardd", "Mae hi wrth ei bodd efo'i miwsig"])
def test_loving_a_thing_is_kept_whatever_the_case(text: str) -> None:
    span = OutcomeSpan(text=text, start=0, end=len(text), type="change", confidence=0.6, unsure=False)
    assert _regroup(text, span, "change").type == "maintenance"


@pytest.mark.parametrize("text,expected", [
    ("Mum says she doesn't want 'strangers washing her', she'd rather a woman and she likes to do her own face "
     "and hair.",
     ["she doesn't want 'strangers washing her'", "she'd rather a woman", "she likes to do her own face and hair."]),
    ("Dydi Mam ddim isio 'dieithriaid yn ei molchi hi', fasa well ganddi ddynes a mae hi'n licio gwneud ei gwallt "
     "ei hun.",
     None),
])
def test_a_wish_with_its_own_subject_is_its_own_outcome(text: str, expected: list[str] | None) -> None:
    found = [t for t, _type in _spans(text, "process")]
    if expected is not None:
        assert found == expected
    else:  # the Welsh twin: the two wishes are not one quote
        assert len(found) >= 2 and not any("dieithriaid" in t and "gwallt" in t for t in found)


@pytest.mark.parametrize("text,expected", [
    ("Someone to help with the lifting in the mornings, my back can't take it.",
     "Someone to help with the lifting in the mornings, my back can't take it."),
    ("He told me himself he wants to be able to get washed and shaved on his own again, he hates me doing it.",
     "he wants to be able to get washed and shaved on his own again, he hates me doing it."),
    ("fi moyn i ni ga'l cawod lawr llawr, fi'n ffaelu ca'l e lan stâr mwyach.",
     "fi moyn i ni ga'l cawod lawr llawr, fi'n ffaelu ca'l e lan stâr mwyach."),
    ("hi isio gallu mynd i'r siop ei hun eto, ma hi'n colli'r sgwrs yn y siop.",
     "hi isio gallu mynd i'r siop ei hun eto, ma hi'n colli'r sgwrs yn y siop."),
])
def test_the_reason_a_wish_is_needed_stays_with_it(text: str, expected: str) -> None:
    assert [t for t, _type in _spans(text, "change")] == [expected]


@pytest.mark.parametrize("text,expected", [
    # (stop 23: an English remark after a wish stays with it, as both fresh writers keep it)
    ("can someone ring me tomorrow please, I cant do the forms on my own",
     "can someone ring me tomorrow please, I cant do the forms on my own"),
    ("I want to be at every match, which at the moment I can't because of the steps.",
     "I want to be at every match, which at the moment I can't because of the steps."),
])
def test_other_remarks_after_a_wish(text: str, expected: str) -> None:
    assert [t for t, _type in _spans(text, "process")] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("the cat. and mum ringing. not much else", ["the cat. and mum ringing."]),
    ("y gath. a fy nain. dim lot arall", ["y gath. a fy nain."]),
    ("a job. and my mates", ["a job. and my mates"]),
    ("swydd. a'r hogia", ["swydd. a'r hogia"]),
])
def test_short_items_joined_by_and_stay_together_and_not_much_else_is_talk(text: str, expected: list[str]) -> None:
    """Stop-19 trial F29: 'smwt. a mam yn ffonio. dim lot arall' kept 'dim lot arall' (nothing much else) as a
    process outcome; short things joined by 'and' / 'a' are one outcome together, never lost."""
    assert [t for t, _type in _spans(text, "maintenance")] == expected


@pytest.mark.parametrize("text", ["dim lot arall", "not much else", "nothing much else", "dim llawer arall"])
def test_not_much_else_is_no_outcome(text: str) -> None:
    assert _spans(text, "maintenance") == []


# ---- stop-20 acceptance trial (over the real channels), each message quoted with a twin in the other language


@pytest.mark.parametrize("text", [
    "Na, dim byd arall diolch yn fawr i chdi.",  # T11, to "anything else?"
    "Na dim byd arall, diolch yn fawr iawn i chi",
    "no that's all thanks love",
    "nothing else thank you very much",
])
def test_nothing_else_thank_you_is_no_outcome(text: str) -> None:
    assert _spans(text, None) == []


@pytest.mark.parametrize("text,question", [
    ("sai'n siwr tbh", "maintenance"),  # T4, to "anything to keep?"
    ("jyst... sai'n gwbod.", "process"),
    ("not sure tbh", "maintenance"),
    ("just... I don't know.", "process"),
])
def test_not_knowing_is_no_outcome(text: str, question: str) -> None:
    assert _spans(text, question) == []


@pytest.mark.parametrize("text,expected", [
    ("This is where me and dad don't agree. What I think needs to change:\n1) the teatime call needs to be ON TIME\n"
     "2) he needs to wear the Lifeline pendant",  # T8
     ["the teatime call needs to be ON TIME", "he needs to wear the Lifeline pendant"]),
    ("Dyma lle dydan ni ddim yn cytuno. Be dwi'n feddwl sydd angen newid:\n1) yr alwad amser te ar amser\n"
     "2) mae o angen gwisgo'r larwm",
     ["yr alwad amser te ar amser", "mae o angen gwisgo'r larwm"]),
])
def test_a_heading_before_a_list_is_no_outcome_and_item_numbers_are_left_off(text: str, expected: list[str]) -> None:
    assert [t for t, _type in _spans(text, "change")] == expected


@pytest.mark.parametrize("text,question", [
    ("fel ddudes i", "change"),  # T21 / T26: "as I said", at the read-back
    ("like I said", "change"),
    ("Dim byd mawr", "process"),  # T26
    ("nothing really", "process"),
])
def test_pointing_back_or_nothing_much_is_no_outcome(text: str, question: str) -> None:
    assert _spans(text, question) == []


@pytest.mark.parametrize("text,wish,suggested", [
    ("I'd like her to be able to get upstairs for a proper bath instead of a strip wash. I don't know, maybe a "
     "stairlift.", "I'd like her to be able to get upstairs for a proper bath instead of a strip wash.",
     "maybe a stairlift."),  # T19 (C5)
    ("Dwi isio cysgu yn fy ngwely fy hun eto. Ella stairlift? Neu rail arall? Dwi'm yn gwbod be sy'n bosib.",
     "Dwi isio cysgu yn fy ngwely fy hun eto.", "Ella stairlift? Neu rail arall?"),  # T19 (C3)
])
def test_a_tentative_named_help_is_kept(text: str, wish: str, suggested: str) -> None:
    assert [t for t, _type in _spans(text, "change")] == [wish, suggested]


@pytest.mark.parametrize("text", [
    "Dwi isio cael help efo'r siopa bwyd, dwi'n methu cario'r bagia.",  # T26, typed at "anything to keep?"
    "I want help with the food shopping, I can't carry the bags.",
])
def test_asking_for_help_is_a_change_even_at_keep(text: str) -> None:
    assert _spans(text, "maintenance") == [(text, "change")]


def test_help_already_had_that_is_to_go_on_is_kept() -> None:
    text = "I want to keep the help I get from Bev"
    assert _spans(text, "maintenance") == [(text, "maintenance")]


@pytest.mark.parametrize("text", [
    "Dydd Iau yn y syrjeri. Ddim yn y tŷ.",  # T17: her visit-time answer after a coercive-control disclosure
    "Thursday at the surgery. Not at the house.",
    "Ddim yn y tŷ.",
    "Not at the house please",
])
def test_meeting_away_from_the_home_is_a_safety_wish(text: str) -> None:
    """Counted only in a conversation with an urgent flag (bot.conversation.answers, bot.summary.record): there it sits
    beside the risk, never among the outcomes 'to confirm at the visit' the household may read."""
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", ["Any morning except Friday", "Bore dydd Llun", "dwi isio aros adra",
                                  "I want to stay at home", "Dim dydd Sul"])
def test_ordinary_visit_times_and_home_wishes_are_no_safety_wish(text: str) -> None:
    assert not is_safety_wish(text)


def test_three_welsh_wishes_joined_by_a_are_three_outcomes() -> None:
    """T38: 'isio mynd i'r gym yn amlach a cal job dydd sadwrn a pasio dreifio cyn dolig' was one outcome; each
    verb-noun after 'a' under the one 'isio' is a wish of its own."""
    text = "isio mynd i'r gym yn amlach a cal job dydd sadwrn a pasio dreifio cyn dolig ond ma gwersi'n ddrud"
    found = [t for t, _type in _spans(text, "change")]
    assert found[:3] == ["isio mynd i'r gym yn amlach", "cal job dydd sadwrn", "pasio dreifio cyn dolig"]


def test_the_english_twin_keeps_every_wish() -> None:
    """English 'want to X and Y' stays one outcome, as every dev reader quotes it ("finish my level 2 and have my own
    money"); no wish is lost."""
    text = "want to go to the gym more and get a saturday job and pass my driving before christmas but lessons are dear"
    joined = " ".join(t for t, _type in _spans(text, "change"))
    assert all(w in joined for w in ("gym more", "saturday job", "pass my driving"))


def test_a_noun_after_a_r_is_no_second_wish() -> None:
    text = "dwi angen neud hwn ar gyfer y coleg a'r help efo tai"
    assert [t for t, _type in _spans(text, "change")] == [text]


@pytest.mark.parametrize("text", [
    "help efo'r gwaith papur, y taliadau uniongyrchol a ballu",  # T8 addendum: cut in two at its comma
    "help with the paperwork, the direct payments and that",
    "somebody to help me with my post and that",
])
def test_and_such_closes_the_thing_it_follows(text: str) -> None:
    assert [t for t, _type in _spans(text, "change")] == [text]


def test_and_that_s_starts_a_clause() -> None:
    text = "not before 10 or you'll get me in my dressing gown and that's a crime against humanity"
    assert [t for t, _type in _spans(text, "process")] != [text]


@pytest.mark.parametrize("text", [
    "fi jyst moyn bach o amser i fi weithie, fel chware pel-droed gyda'r bois ar nos sadwrn heb ffono adre bob "
    "hanner awr",  # T4: a young carer's one real wish, at "how would you like to be supported?"
    "I just want a bit of time for myself sometimes, like playing football with the lads on a saturday night without "
    "ringing home every half hour",
])
def test_time_of_their_own_is_a_change_even_at_support(text: str) -> None:
    assert _spans(text, "process") == [(text, "change")]


def test_a_break_they_have_and_want_to_keep_is_kept() -> None:
    assert _spans("keep my break on a friday", "maintenance") == [("keep my break on a friday", "maintenance")]
