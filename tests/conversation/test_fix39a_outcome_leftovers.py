"""Re-trial 38's outcome leftovers (stop 39, fix39a), through the conversation core with SQLite and the summary view:
the trial's messages as fixtures, each with a twin in the other language.

AS1: a good-day sentence beside a concern was lost (only the concern kept). AS2: a preamble, a hesitation or a
complaint at the assistant ("lle i ddechra...", "did u even read that??") was an outcome. AR10: what is going well,
said at "what matters", was listed under Important people. The splitter: "Whether she gets to stay at home, that's the
thing" gave nothing; why he never gets to go was cut from his good day; a wish was cut from what it would give ("…yn
help mawr ac mi fysa hi'n cael cysgu lan llofft eto"); a refusal ("I am not going into a home") was no outcome.
AR17 (part): a threat ("landlord yn mynd i ladd fi") read as a figure of speech was an outcome.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis import a_threat_not_a_wish, analyse
from bot.analysis.outcomes import refuses_a_home
from bot.storage import repository
from bot.summary.view import SummaryView, build_view
from tests.conversation.memory import MemoryConversation, skipped_to, stored_outcomes


def _sender(*parts: object) -> str:
    return "mem-fix39a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    """A conversation at `slot`, the questions before it skipped; a carer's about Mair."""
    return skipped_to(_sender(language, role, slot, *parts), language, role, slot)


_outcomes = stored_outcomes


def _view(conversation: MemoryConversation, language: str) -> SummaryView:
    from bot.summary import load_record

    record = load_record(conversation.sender_id)
    assert record is not None
    return build_view(record, language)


# --- AS1: a good day beside a concern -----------------------------------------------------------------------------------

GOOD_DAY = {
    "en": ("A good day is when I get out to the garden and Mam's settled. Bad days she doesn't eat and I worry she's "
           "losing weight.", "A good day is when I get out to the garden and Mam's settled.", "losing weight"),
    "cy": ("Diwrnod da ydi pan dw i'n cael mynd allan i'r ardd a Mam wedi setlo. Diwrnodau drwg dydi hi ddim yn bwyta a"
           " dw i'n poeni ei bod hi'n colli pwysau.",
           "Diwrnod da ydi pan dw i'n cael mynd allan i'r ardd a Mam wedi setlo.", "colli pwysau"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_good_day_beside_a_concern_is_kept_with_the_concern_at_the_top(sqlite_url: str, language: str) -> None:
    answer, good_day, worry = GOOD_DAY[language]
    conversation = _at(language, "carer", "q_what_matters", answer)
    conversation.say(answer)
    assert _outcomes(conversation) == [(good_day, "maintenance")]  # the good day, where it belongs
    view = _view(conversation, language)
    top = view.sections[0]
    assert top.key == "safeguarding"
    concerns = [str(i.quote) for g in top.groups for i in g.items]
    assert any(worry in quote for quote in concerns)  # the concern, at the top
    outcomes = view.section("what_matters")
    assert outcomes is not None
    kept = [str(i.quote) for g in outcomes.groups if g.key == "maintenance" for i in g.items]
    assert kept == [good_day]


# --- AS2: a preamble, a hesitation or a complaint is no wish ------------------------------------------------------------

@pytest.mark.parametrize("language, answer, wishes", [
    ("cy", "lle i ddechra...", []),
    ("cy", "lle i ddechra... dw i isio help efo'r siopa", ["dw i isio help efo'r siopa"]),
    ("cy", "dw i'm yn gwbod be i ddeud", []),
    ("cy", "wnest ti hyd yn oed ddarllen hwnna??", []),
    ("en", "where do I begin", []),
    ("en", "Where to start... I'd like help with the shopping", ["I'd like help with the shopping"]),
    ("en", "I don't know what to say", []),
    ("en", "did u even read that??", []),
])
def test_a_preamble_hesitation_or_complaint_is_no_outcome(sqlite_url: str, language: str, answer: str,
                                                         wishes: list[str]) -> None:
    conversation = _at(language, "person", "q_change", answer)
    conversation.say(answer)
    assert [words for words, _ in _outcomes(conversation)] == wishes


# --- AR10: what is going well is a strength, never an important person --------------------------------------------------

GOING_WELL = {
    "en": "For Alan a good day is being in his own chair by the window watching the birds and the rugby.\nWhats going "
          "well - our daughter Lisa comes Sundays and the physio has been good, he can walk to the kitchen now with the "
          "frame.",
    "cy": "Diwrnod da iddo fo ydi bod yn ei gadair wrth y ffenest yn gwylio'r adar.\nBe sy'n mynd yn dda - mae ein merch "
          "Lisa yn dod bob dydd Sul ac mae'r ffisio wedi bod yn dda, mae o'n gallu cerdded i'r gegin efo'r ffrâm rŵan.",
}


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("strengths_answer", [None, {"en": "He still does his own crossword", "cy": "Mae o'n dal i neud y"
                                                     " croesair ei hun"}])
def test_what_is_going_well_is_under_strengths_not_people(sqlite_url: str, language: str,
                                                          strengths_answer: dict[str, str] | None) -> None:
    conversation = _at(language, "carer", "q_what_matters", strengths_answer is None)
    conversation.say(GOING_WELL[language])
    if strengths_answer is not None:
        assert conversation.requested == "q_strengths"
        conversation.say(strengths_answer[language])
    going_well = GOING_WELL[language].split("\n")[1]
    for ui in ("cy", "en"):
        view = _view(conversation, ui)
        strengths, people = view.section("strengths"), view.section("people")
        assert strengths is not None and people is not None
        assert going_well in [fact.value for fact in strengths.facts]
        assert not any("Lisa" in fact.value for fact in people.facts)


# --- The splitter's leftovers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, answer, outcome", [
    ("en", "Whether she gets to stay at home, that's the thing", ("Whether she gets to stay at home", "maintenance")),
    ("cy", "P'un a gaiff hi aros adre, dyna'r peth", ("P'un a gaiff hi aros adre", "maintenance")),
    ("cy", "Sa lifft i fyny'r grisia yn help mawr ac mi fysa hi'n cael cysgu lan llofft eto",
     ("Sa lifft i fyny'r grisia yn help mawr ac mi fysa hi'n cael cysgu lan llofft eto", "change")),
    ("en", "A stairlift would be a big help and she'd be able to sleep upstairs again",
     ("A stairlift would be a big help and she'd be able to sleep upstairs again", "change")),
    ("en", "I am not going into a home", ("I am not going into a home", "maintenance")),
    ("cy", "Dw i ddim yn mynd i gartre", ("Dw i ddim yn mynd i gartre", "maintenance")),
])
def test_a_main_wish_its_consequence_and_a_refusal_are_one_outcome_each(sqlite_url: str, language: str, answer: str,
                                                                        outcome: tuple[str, str]) -> None:
    conversation = _at(language, "carer" if "she" in answer or "hi " in answer else "person", "q_what_matters", answer)
    conversation.say(answer)
    assert _outcomes(conversation) == [outcome]


@pytest.mark.parametrize("language, answer, outcome", [
    ("en", "a good day = rugby training tuesdays and thursdays with my mates\nbut i never get to go because of the twins",
     "a good day = rugby training tuesdays and thursdays with my mates\nbut i never get to go because of the twins"),
    ("cy", "diwrnod da = rugby training nos fawrth a nos iau a bod gyda fy mates\nond sai byth yn cael mynd achos y "
           "twins. sai'n gwbod tbh",
     "diwrnod da = rugby training nos fawrth a nos iau a bod gyda fy mates\nond sai byth yn cael mynd achos y twins."),
])
def test_why_he_never_gets_to_go_stays_with_the_wish(sqlite_url: str, language: str, answer: str, outcome: str) -> None:
    conversation = _at(language, "young_person", "q_what_matters", answer)
    conversation.say(answer)
    assert _outcomes(conversation) == [(outcome, "change")]


def test_a_remark_with_no_reason_stays_out_of_the_wish() -> None:
    assert [o.text for o in analyse("i like my garden. i dont go out much").outcomes] == ["i like my garden."]


@pytest.mark.parametrize("text, refuses", [
    ("I am not going into a home", True),
    ("I'm not going in no home", True),
    ("sa i'n mynd i gartref", True),
    ("I am not going home yet", False),  # their own home
    ("dw i ddim yn mynd adre eto", False),
    ("is she not going into a home?", False),  # a question
])
def test_what_a_refusal_of_a_home_is(text: str, refuses: bool) -> None:
    assert refuses_a_home(text) is refuses


# --- AR17 (part): a threat is never a wish ------------------------------------------------------------------------------

@pytest.mark.parametrize("language, answer, wish", [
    ("cy", "isio PA sy'n tecstio fi. landlord yn mynd i ladd fi os dwi'n hwyr efo'r rent eto",
     "isio PA sy'n tecstio fi."),
    ("en", "I need a PA who texts me. my landlord's gonna kill me if im late with the rent again",
     "I need a PA who texts me."),
])
def test_a_threat_read_as_a_figure_of_speech_is_still_no_outcome(sqlite_url: str, language: str, answer: str,
                                                                 wish: str) -> None:
    conversation = _at(language, "young_person", "q_support", answer)
    conversation.say(answer)
    assert [words for words, _ in _outcomes(conversation)] == [wish]


@pytest.mark.parametrize("language, answer, wish", [
    ("cy", "isio help efo'r rent. landlord yn mynd i ladd fi", "isio help efo'r rent."),
    ("en", "I need help with the rent. the landlord is going to kill me", "I need help with the rent."),
])
def test_a_threat_read_as_harm_is_at_the_top_and_no_outcome(sqlite_url: str, language: str, answer: str,
                                                            wish: str) -> None:
    conversation = _at(language, "young_person", "q_support", answer)
    conversation.say(answer)
    assert repository.is_urgent(conversation.sender_id)
    assert [words for words, _ in _outcomes(conversation)] == [wish]


@pytest.mark.parametrize("text, threat", [
    ("landlord yn mynd i ladd fi", True),
    ("my landlord's gonna kill me if im late", True),
    ("maths yn lladd fi", False),
    ("my feet are killing me", False),
    ("I want him to stop hurting me", False),  # a wish said outright: harm.py decides, as for any disclosure
])
def test_what_a_threat_is(text: str, threat: bool) -> None:
    assert a_threat_not_a_wish(text) is threat
