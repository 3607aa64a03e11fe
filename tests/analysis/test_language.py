"""Language detection: short replies must not flip the conversation; sentences must be right."""
from __future__ import annotations

import pytest

from bot.analysis import detect_language


@pytest.mark.parametrize("text", ["ie", "Ia", "Ydw", "yndw", "nac ydw", "Oes", "Naddo", "Iawn", "diolch",
                                  "Diolch yn fawr", "diolch x", "bore da", "Shwmae", "dim diolch", "hepgor",
                                  "dechrau eto", "dwn i ddim", "sa i'n gwbod", "Nain", "mam-gu", "Cymraeg"])
def test_short_welsh(text: str) -> None:
    guess = detect_language(text)
    assert guess.language == "cy", guess
    assert guess.method == "word_list"


@pytest.mark.parametrize("text", ["yes", "Yeah", "nope", "thanks", "Thank you", "skip", "start again",
                                  "I don't know", "dunno", "hello", "English", "okay"])
def test_short_english(text: str) -> None:
    assert detect_language(text).language == "en"


@pytest.mark.parametrize("text", ["ok", "OK", "help", "na", "hi", "👍", "123", "Gwen", "lol"])
def test_ambiguous_tokens_do_not_decide(text: str) -> None:
    """Words both languages use, emoji, numbers and names give 'und' with low confidence."""
    guess = detect_language(text)
    assert guess.language == "und"
    assert guess.confidence < 0.5
    assert guess.method in ("too_short", "no_letters")


def test_emoji_and_numbers_say_no_letters() -> None:
    assert detect_language("👍👍").method == "no_letters"
    assert detect_language("  ").method == "no_letters"


@pytest.mark.parametrize("text", ["Yes, diolch", "thanks, hwyl", "ydw thanks"])
def test_mixed_reply_is_undetermined(text: str) -> None:
    """A reply mixing both languages must not switch the conversation's language."""
    guess = detect_language(text)
    assert guess.language == "und"
    assert guess.method == "mixed"
    assert guess.confidence < 0.5


@pytest.mark.parametrize("text", [
    "dwi isio mynd i'r siop efo fy nhad",
    "sa i'n gwbod be i ddeud",
    "Mae Mam-gu yn dod draw bob dydd Sul am ginio",
    "Ma'r carers yn hwyr bob bore a dwi'n poeni",
    "Dw i eisiau cerdded i'r siop eto a chadw i weld yr wyrion",
    "wi'n becso am yr arian drwy'r amser",
])
def test_welsh_sentences(text: str) -> None:
    guess = detect_language(text)
    assert guess.language == "cy"
    assert guess.confidence > 0.9


@pytest.mark.parametrize("text", [
    "I want to go to chapel with my nain like always",
    "im worried about money all the time",
    "Is it possible to have someone who speaks Welsh?",
])
def test_english_sentences(text: str) -> None:
    assert detect_language(text).language == "en"


def test_restricted_detector_never_returns_other_languages() -> None:
    """The default langdetect says 'ie' is Latvian; ours only knows cy and en."""
    from bot.analysis.language import _detector_factory

    assert sorted(_detector_factory().get_lang_list()) == ["cy", "en"]
