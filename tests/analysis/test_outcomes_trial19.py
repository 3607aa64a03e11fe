"""Outcomes the stop-19 acceptance trial got wrong over the real assistant, each with a twin in the other language.

- a thing asked for after "and" in a list was lost ("... grab rails in the bathroom and a shower she can
  actually use");
- a 3,000-character carer answer holding several clear wishes was kept whole as ONE outcome: a long answer
  (over READ_IN_FULL_CHARS, up to LONG_ANSWER_CUT_CHARS) now yields its clear wishes, at most the cap; with
  none, or more than the cap, or longer still, it is read in full as before;
- "I haven't spoken to anybody since my wife died" is a change (company), not process; "she loves her music"
  is kept (maintenance), whatever the question.
"""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import (
    LONG_ANSWER_CUT_CHARS,
    MAX_OUTCOMES_PER_ANSWER,
    READ_IN_FULL_CHARS,
    sort_outcomes,
)


def _spans(text: str, question: str | None) -> list[tuple[str, str]]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [(s.text, s.type) for s in spans]


@pytest.mark.parametrize("text,second", [
    ("She'd like to wash herself again, so grab rails in the bathroom and a shower she can actually use.",
     "a shower she can actually use."),
    ("Mae hi isio molchi ei hun eto, felly canllawiau yn y bathrwm a chawod mae hi'n gallu ei iwsio go iawn.",
     "chawod mae hi'n gallu ei iwsio go iawn."),
])
def test_the_second_thing_asked_for_in_a_list_is_kept(text: str, second: str) -> None:
    found = [t for t, _type in _spans(text, "change")]
    assert second in found and len(found) == 3


@pytest.mark.parametrize("text", [
    "She needs grab rails in the bathroom and a shower she can actually use.",
    "Mae hi angen canllawiau yn y stafell ymolchi a chawod mae hi'n gallu ei defnyddio go iawn.",
])
def test_one_wish_for_two_things_keeps_both(text: str) -> None:
    """'She needs X and Y' is one wish with both things in it: nothing is lost."""
    assert [t for t, _type in _spans(text, "change")] == [text]


_STORY_EN = ("Mum was a nurse in Bangor for thirty years and she still talks about the ward. Since Dad died in 2019 "
             "she has been on her own in the bungalow, and the stairs are a problem now although she only uses them "
             "at night. The carers come at half eight and again at tea time, and they are very kind, but they are "
             "always rushing. ")
_STORY_CY = ("Roedd Mam yn nyrs ym Mangor am dri deg mlynedd ac mae hi'n dal i sôn am y ward. Ers i Dad farw yn "
             "2019 mae hi wedi bod ar ei phen ei hun yn y byngalo, ac mae'r grisiau yn broblem rŵan er mai dim ond "
             "yn y nos mae hi'n eu defnyddio nhw. Mae'r gofalwyr yn dod am hanner awr wedi wyth ac eto amser te, "
             "ac maen nhw'n glên iawn, ond maen nhw wastad ar frys. ")


@pytest.mark.parametrize("story,wishes", [
    (_STORY_EN, ["She wants to stay in her own home.", "she needs someone to sit with her on a Thursday night.",
                 "Please ring me before anyone comes round."]),
    (_STORY_CY, ["Mae hi isio aros yn ei chartref ei hun.", "Dwi angen rhywun i eistedd efo hi ar nos Iau.",
                 "Plis ffoniwch fi cyn i neb ddod draw."]),
])
def test_a_long_carer_answer_yields_its_clear_wishes(story: str, wishes: list[str]) -> None:
    said = wishes[1] if story is _STORY_CY else "I think " + wishes[1]
    text = story * 4 + wishes[0] + " " + said + " " + story * 3 + wishes[2] + " " + story * 2
    assert READ_IN_FULL_CHARS < len(text) <= LONG_ANSWER_CUT_CHARS
    _t, _c, spans = sort_outcomes(text, None)
    assert [s.text for s in spans] == [wishes[0], said, wishes[2]]  # "I think" stays in the quote (stop 28)
    assert not any(s.read_in_full for s in spans)


@pytest.mark.parametrize("story", [_STORY_EN, _STORY_CY])
def test_a_long_answer_with_no_clear_wish_is_read_in_full(story: str) -> None:
    text = story * 7
    assert READ_IN_FULL_CHARS < len(text) <= LONG_ANSWER_CUT_CHARS
    _t, _c, spans = sort_outcomes(text, None)
    assert len(spans) == 1 and spans[0].read_in_full and spans[0].text == text.strip()


@pytest.mark.parametrize("wish", ["I want to go to the club on Tuesdays again. ",
                                  "Dwi isio mynd i'r clwb ar ddydd Mawrth eto. "])
def test_a_long_answer_with_more_wishes_than_the_cap_is_read_in_full(wish: str) -> None:
    # (the story's first sentence only, so that one more wish than the cap still fits under LONG_ANSWER_CUT_CHARS)
    text = (_STORY_EN.split(". ", maxsplit=1)[0] + ". " + wish) * (MAX_OUTCOMES_PER_ANSWER + 1)
    assert READ_IN_FULL_CHARS < len(text) <= LONG_ANSWER_CUT_CHARS
    _t, _c, spans = sort_outcomes(text, None)
    assert len(spans) == 1 and spans[0].read_in_full


def test_a_very_long_answer_is_read_in_full_whatever_it_holds() -> None:
    text = (_STORY_CY + "Mae hi isio aros adra. ") * 14
    assert len(text) > LONG_ANSWER_CUT_CHARS
    _t, _c, spans = sort_outcomes(text, None)
    assert len(spans) == 1 and spans[0].read_in_full


@pytest.mark.parametrize("question", [None, "process", "change"])
@pytest.mark.parametrize("text", [
    "I haven't spoken to anybody since my wife died.",
    "Dwi heb siarad efo neb ers i'r wraig farw.",
    "Sai wedi siarad â neb ers i'r wraig farw.",
    "Company really. He's so lonely since Mum went into the home.",
])
def test_being_alone_is_a_change(text: str, question: str | None) -> None:
    spans = _spans(text, question)
    assert spans and all(t == "change" for _s, t in spans)


@pytest.mark.parametrize("question", [None, "process", "change"])
@pytest.mark.parametrize("text", ["she loves her music", "mae hi wrth ei bodd efo'i miwsig"])
def test_loving_a_thing_is_kept(text: str, question: str | None) -> None:
    assert _spans(text, question) == [(text, "maintenance")]


@pytest.mark.parametrize("text", ["just be straight with me love", "Just be patient with me love, I'm slow on the phone."])
def test_love_said_to_someone_is_no_attachment(text: str) -> None:
    assert [t for _s, t in _spans(text, "process")] == ["process"]


@pytest.mark.parametrize("text", ["dim ond yn unig ar y ffôn, dim llythyrau", "Tecst yn unig plis"])
def test_yn_unig_meaning_only_is_no_loneliness(text: str) -> None:
    assert all(t != "change" for _s, t in _spans(text, "process"))


# ------------------------------------------------------------------ three readers (stop 19): general rules


@pytest.mark.parametrize("text,span", [
    ("dwi'n chwara i Llanrug dan 16 a dwi isio cario mlaen.", "dwi'n chwara i Llanrug dan 16 a dwi isio cario mlaen."),
    ("I play for the under 16s on a Saturday and I want to keep going.",
     "I play for the under 16s on a Saturday and I want to keep going."),
    ("ia, ma'r tîm yn mynd i Gaerdydd mis Mai, dwi isio mynd efo nhw",
     "ma'r tîm yn mynd i Gaerdydd mis Mai, dwi isio mynd efo nhw"),
    ("yeah, the team are going to Cardiff in May, I want to go with them",
     "the team are going to Cardiff in May, I want to go with them"),
])
def test_a_wish_to_go_on_keeps_what_it_goes_on_with(text: str, span: str) -> None:
    """A wish with nothing of its own to name ("... a dwi isio cario mlaen") is quoted with the report it
    points back at, as every dev reader quotes it; talk before a comma ("ia,", "yeah,") is left off."""
    assert [t for t, _type in _spans(text, None)] == [span]


@pytest.mark.parametrize("text,span,frame", [
    ("She says she wants to go back to baking for the chapel.", "she wants to go back to baking for the chapel.",
     "She says "),
    ("He tells everyone he wants to work at the zoo", "he wants to work at the zoo", "He tells everyone "),
])
def test_a_frame_is_left_off_the_quote_and_kept_beside_it(text: str, span: str, frame: str) -> None:
    _t, _c, spans = sort_outcomes(text, None)
    assert [(s.text, s.frame) for s in spans] == [(span, frame)]


@pytest.mark.parametrize("text", [
    # the speaker's own opinion stays in the quote, as every writer's gold keeps it (stop 28); Welsh has no frame to
    # leave off ("dwi'n meddwl bod o angen...")
    "I think he needs to get out more with other men his age",
    "We think she needs the same carers every morning",
    "I reckon he needs a bit more company in the day",
    "Dwi'n meddwl bod o angen mynd allan mwy efo dynion eraill ei oed o",
])
def test_the_speakers_own_i_think_stays_in_the_quote(text: str) -> None:
    _t, _c, spans = sort_outcomes(text, None)
    assert [(s.text, s.frame) for s in spans] == [(text, "")]


def test_a_welsh_frame_stays_in_the_quote() -> None:
    """Welsh reports a wish by changing its verb ("mae hi'n deud ei bod hi isio..."): nothing can be left off."""
    text = "Mae hi'n deud ei bod hi isio mynd yn ôl i'r capel."
    _t, _c, spans = sort_outcomes(text, None)
    assert [(s.text, s.frame) for s in spans] == [(text, "")]


@pytest.mark.parametrize("text,wanted", [
    ("same people, same routine, tell him whats happening the day before.",
     ["same people, same routine", "tell him whats happening the day before."]),
    ("un person, tawel, dim lot o gwestiynau ar unwaith", ["un person, tawel", "dim lot o gwestiynau ar unwaith"]),
    ("one person, quiet, not lots of questions at once", ["one person, quiet", "not lots of questions at once"]),
])
def test_an_instruction_after_short_items_is_its_own_outcome(text: str, wanted: list[str]) -> None:
    """Short items of a list stay together (never a fragment); an instruction after them stands alone, as every
    dev reader quotes it."""
    assert [t for t, _type in _spans(text, "process")] == wanted
