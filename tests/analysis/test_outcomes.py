"""Outcome sorting: types from the words, not the question; exact spans; no outcome for 'yes'."""
from __future__ import annotations

import pytest

from bot.analysis import UNSURE_THRESHOLD, sort_outcomes


def _assert_exact(text: str, spans) -> None:
    for s in spans:
        assert s.text == text[s.start:s.end]
        assert s.text == s.text.strip()
        assert s.text[0].isalnum()  # leading "and" / spaces / bullets off; the person's closing punctuation and emoji kept


@pytest.mark.parametrize("text", ["yes", "ok", "OK!", "diolch", "skip", "Ydw", "thanks", "👍", "dunno",
                                  "nac oes", "dim diolch"])
def test_no_outcome_replies(text: str) -> None:
    otype, _conf, spans = sort_outcomes(text)
    assert otype is None
    assert spans == ()


@pytest.mark.parametrize("question", ["change", "What would you like to change?", None])
def test_chapel_in_answer_to_change_is_maintenance(question) -> None:
    """The question is weak evidence only: keeping something is maintenance whatever was asked."""
    otype, _conf, spans = sort_outcomes("I want to keep going to chapel", question)
    assert otype == "maintenance"
    assert spans and spans[0].type == "maintenance"


def test_welsh_chapel_in_answer_to_change_is_maintenance() -> None:
    otype, _conf, _spans = sort_outcomes("Dw i isio dal i fynd i'r capel efo Nain", "change")
    assert otype == "maintenance"


@pytest.mark.parametrize("text,expected", [
    ("I want to be able to walk to the post office again", "change"),
    ("Dw i moyn bod yn llai pryderus", "change"),
    ("I want to stay living in my own home", "maintenance"),
    ("Dw i eisiau aros yn fy nghartref fy hun", "maintenance"),
    ("I want carers who turn up on time", "process"),
    ("Dw i isio i'r gofalwyr siarad Cymraeg efo fi", "process"),
])
def test_types(text: str, expected: str) -> None:
    assert sort_outcomes(text)[0] == expected


def test_split_english_two_outcomes() -> None:
    text = "I want to walk to the shop again and keep seeing the grandchildren"
    otype, _conf, spans = sort_outcomes(text)
    assert otype is not None
    assert [s.text for s in spans] == ["I want to walk to the shop again", "keep seeing the grandchildren"]
    assert [s.type for s in spans] == ["change", "maintenance"]
    _assert_exact(text, spans)


def test_split_welsh_two_outcomes() -> None:
    text = "Dw i eisiau cerdded i'r siop eto a chadw i weld yr wyrion"
    _otype, _conf, spans = sort_outcomes(text)
    assert [s.text for s in spans] == ["Dw i eisiau cerdded i'r siop eto", "chadw i weld yr wyrion"]
    assert [s.type for s in spans] == ["change", "maintenance"]
    _assert_exact(text, spans)


def test_spans_exact_with_emoji_and_line_breaks() -> None:
    text = ("  I want the same carers every morning 😊\n\n"
            "- I want to keep going to choir!!\r\n"
            "Diolch 🙏")
    _otype, _conf, spans = sort_outcomes(text)
    _assert_exact(text, spans)
    assert [s.text for s in spans] == ["I want the same carers every morning 😊", "I want to keep going to choir!!"]
    assert [s.type for s in spans] == ["process", "maintenance"]


def test_no_split_when_one_side_is_not_an_outcome() -> None:
    """'and' inside a list of people is not a boundary between outcomes."""
    text = "I want to see my son and daughter more often"
    _otype, _conf, spans = sort_outcomes(text)
    assert len(spans) == 1
    assert spans[0].text == text


def test_confidence_and_unsure_consistent() -> None:
    for text in ["I want to keep my dog", "maybe something with the garden", "Dw i isio mynd allan mwy"]:
        _otype, conf, spans = sort_outcomes(text)
        assert 0.0 <= conf <= 1.0
        for s in spans:
            assert s.unsure == (s.confidence < UNSURE_THRESHOLD)


def test_thanks_sentence_is_not_a_span() -> None:
    text = "I want to keep my allotment. Thanks!"
    _otype, _conf, spans = sort_outcomes(text)
    assert [s.text for s in spans] == ["I want to keep my allotment."]


def test_empty_text() -> None:
    assert sort_outcomes("") == (None, 1.0, ())
