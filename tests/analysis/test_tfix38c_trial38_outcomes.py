"""Trial 38 (stop 38), the outcome findings AR4, AR7, AR10, AR11: the trial's messages as fixtures, with a twin in
the other language and close variants, through the real analysis (bot.analysis.analyse, with the question's prior
and what bot.conversation.answers keeps at that question).

AR7: grief told ("Fe gollon ni fe dwy flynedd yn ôl nawr", "wi'n gweld ei isie fe bob dydd") was two change outcomes;
what she said was everything to her ("y capel yw popeth i fi") gave no thing to keep; loneliness felt ("Weithie wi'n
teimlo'n unig yn y nos") was a concern at the top and a process outcome too.
AR4: "Dim ond Elin sy'n siarad Cymraeg" lost "Dim ond" ("only" read as "Dim" + "but").
AR10: "Whats going well" (our question said back as a heading) was a change outcome; "I used to do aqua aerobics on a
Thursday, I miss that" was lost; "he will NOT go to the day centre" was lost from the two views side by side.
AR11: "i dont wanna move again" was a change; "i want every week" was split from the wish it says how often of.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse, grief_not_a_wish
from bot.analysis.loss import misses_someone, tells_of_a_loss
from bot.analysis.outcomes import views_passed_on
from bot.conversation.answers import wishes_kept
from bot.conversation.questions import question_for


def _outcomes(key: str, text: str) -> list[tuple[str, str]]:
    """(words, type) of each outcome an answer at this question keeps."""
    question = question_for(key)
    analysis = wishes_kept(key, analyse(text, question=question.outcome_prior if question else None))
    return [(o.text, o.type) for o in analysis.outcomes]


# --- AR7: grief is no wish; what is everything to them is kept; loneliness felt is a concern only --------------------

MEGAN = {
    "cy": ("Wel, y capel yw popeth i fi. Wi'n mynd i Gapel Bethesda bob bore Sul ers o'n i'n groten, a wês 'da fi "
           "Merched y Wawr bob nos Fawrth yn y festri. Ma'r menywod 'na fel teulu i fi.\nOdd Wil a fi'n briod am bum deg "
           "naw o flynydde. Fe gollon ni fe dwy flynedd yn ôl nawr, a wi'n gweld ei isie fe bob dydd. Ond 'na fe, fel "
           "'na ma' hi, a ma' da fi ffrindie da.",
           "y capel yw popeth i fi."),
    "en": ("Well, the chapel is everything to me. I go every Sunday morning and to the women's guild on a Tuesday night. "
           "We lost him two years ago now, and I miss him every day.",
           "the chapel is everything to me."),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_grief_told_is_no_outcome_and_what_is_everything_to_her_is_kept(language: str) -> None:
    text, kept = MEGAN[language]
    found = _outcomes("what_matters", text)
    assert (kept, "maintenance") in found
    assert not any(word in quote.lower() for quote, _ in found for word in ("gollon", "isie fe", "lost him", "miss him"))


@pytest.mark.parametrize("text", [
    "Fe gollon ni fe dwy flynedd yn ôl nawr",
    "wi'n gweld ei isie fe bob dydd.",
    "We lost him two years ago now",
    "I miss him every day",
    "I miss my wife so much",
    "dw i'n gweld ei isie hi",
])
def test_a_loss_or_someone_missed_is_grief_not_a_wish(text: str) -> None:
    assert tells_of_a_loss(text) or misses_someone(text)
    assert grief_not_a_wish(text)


@pytest.mark.parametrize("text", [
    "Since my wife died I'd like to get out more",  # a wish beside the loss stays
    "I miss him every day, I'd love someone to talk to",
    "I used to do aqua aerobics on a Thursday, I miss that",  # a thing missed is a wish (AR10)
    "wi'n gweld isie'r côr",
])
def test_a_wish_beside_grief_or_a_thing_missed_is_no_grief(text: str) -> None:
    assert not grief_not_a_wish(text)


@pytest.mark.parametrize("text", [
    "Na, dim byd mowr. Wi'n olreit. Weithie wi'n teimlo'n unig yn y nos, ond 'na fe.",
    "Nothing much. I'm alright. Sometimes I feel lonely at night, but there we are.",
])
def test_loneliness_felt_at_how_to_help_is_a_concern_not_an_outcome(text: str) -> None:
    analysis = analyse(text, question="process")
    assert analysis.risk.level == "concern" and "isolation" in analysis.risk.categories  # at the top
    assert analysis.outcomes == ()


def test_loneliness_with_a_wish_keeps_the_wish() -> None:
    found = _outcomes("support", "Sometimes I feel lonely at night, I'd like someone to phone me in the evening.")
    assert [quote for quote, _ in found] == ["I'd like someone to phone me in the evening."]


# --- AR4: "dim ond" is "only" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,quote", [
    ("Dw i'n eisiau mwy o staff sy'n siarad Cymraeg. Dim ond Elin sy'n siarad Cymraeg, a mae hi'n gweithio dau diwrnod.",
     "Dim ond Elin sy'n siarad Cymraeg, a mae hi'n gweithio dau diwrnod."),
    ("Dwi isio mwy o help. Dim ond unwaith yr wythnos mae rhywun yn dod.", "Dim ond unwaith yr wythnos mae rhywun yn dod."),
])
def test_dim_ond_is_never_cut_at_ond(text: str, quote: str) -> None:
    quotes = [quote for quote, _ in _outcomes("change", text)]
    assert not any(q.startswith(("Elin", "unwaith")) for q in quotes)
    assert all("Dim ond" in q for q in quotes if "Elin" in q or "unwaith" in q)


# --- AR10 ---------------------------------------------------------------------------------------------------------------

PAT = ("sorry that was my name again. For Alan a good day is being in his own chair by the window watching the birds and "
       "the rugby, he wants to stay home and he will NOT go to the day centre, he says its for old people. I think he "
       "should try it, even once a week, he might like it and it would give me a break.\nWhats going well - our daughter "
       "Lisa comes Sundays and the physio has been good, he can walk to the kitchen now with the frame.")


@pytest.mark.parametrize("text", [PAT, "Be sy'n mynd yn dda - mae Lisa'n dod bob dydd Sul.",
                                  "What's going well: Lisa comes on Sundays."])
def test_our_question_said_back_as_a_heading_is_no_outcome(text: str) -> None:
    quotes = [quote.lower() for quote, _ in _outcomes("what_matters", text)]
    assert not any(q.startswith(("whats going", "what's going", "be sy'n mynd")) for q in quotes)


def test_the_refusal_is_kept_with_what_he_says_of_it() -> None:
    text = PAT.split("\n", maxsplit=1)[0]
    assert views_passed_on(text) == [(
        "he will NOT go to the day centre, he says its for old people.",
        "I think he should try it, even once a week, he might like it and it would give me a break.")]
    # only the clause of the same "he", never the wish before it ("he wants to stay home" is an outcome of its own)
    assert views_passed_on("Mum won't have carers, she says she is fine, but I don't think she is.") == [
        ("she says she is fine", "I don't think she is.")]


@pytest.mark.parametrize("key,text,quote", [
    ("carer_own", "A night's sleep. Seeing my sister in Mumbles now and then, I haven't seen her since the summer.\n"
                  "I used to do aqua aerobics on a Thursday, I miss that",
     "I used to do aqua aerobics on a Thursday, I miss that"),
    ("what_matters", "I used to go swimming every week and I really miss it.",
     "I used to go swimming every week and I really miss it."),
])
def test_a_thing_missed_is_a_wish_to_change(key: str, text: str, quote: str) -> None:
    assert (quote, "change") in _outcomes(key, text)


# --- AR11 ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,quote", [
    ("stayin with sue n dave. i dont wanna move again", "i dont wanna move again"),
    ("dwi'm isio symud eto, dwi'n hapus efo Sue a Dave", "dwi'm isio symud eto, dwi'n hapus efo Sue a Dave"),
])
def test_not_moving_is_a_thing_to_keep(text: str, quote: str) -> None:
    assert (quote, "maintenance") in _outcomes("change", text)


def test_moving_something_is_still_a_change() -> None:
    assert _outcomes("change", "I don't want to move my bed downstairs") == [
        ("I don't want to move my bed downstairs", "change")]


@pytest.mark.parametrize("key,text,quote", [
    ("support", "ok so basically i want 1 worker who dosnt keep changin ive had like 5 this yr\nalso i want to see my "
                "little bro more he lives with diff carers in mold n i only see him once a month 😢 i want every week\n"
                "and txt me dont ring",
     "i want to see my little bro more he lives with diff carers in mold n i only see him once a month 😢 i want every "
     "week"),
    ("change", "i want to see my nan more, once a month isnt enough. i want every week",
     "i want to see my nan more, once a month isnt enough. i want every week"),
])
def test_how_often_is_joined_to_its_wish(key: str, text: str, quote: str) -> None:
    found = _outcomes(key, text)
    assert quote in [q for q, _ in found]
    assert "i want every week" not in [q for q, _ in found]
