"""The Welsh reviewer's wording (../shared/reference/welsh-review.md), applied at stop 45.

"Am bwy dych chi'n gofalu? Pa enw hoffech chi i mi ei ddefnyddio ar eu cyfer nhw?" sounded translated; "A sut dych
chi'n adnabod {name}?" means "how do you know them"; "Hyd y gwyddoch chi" is stiff; "Gallech chi ddweud wrtha i" is a
calque; "clyw neu olwg" alone said nothing; "Ei dynnu allan" is now "Tynnu hwn allan". "â" before a vowel is "ag".
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.readback import _ACTION_WORDS, _match


def test_the_cared_for_name_is_asked_plainly() -> None:
    assert messages.text("cared_for_name", "cy", "chi") == "Beth yw enw'r person dych chi'n gofalu amdano neu amdani?"
    assert messages.text("cared_for_name", "cy", "ti") == "Beth yw enw'r person rwyt ti'n gofalu amdano neu amdani?"


@pytest.mark.parametrize("name, said", [
    ("Alun", "ag Alun"), ("Eirlys", "ag Eirlys"), ("Mair", "â Mair"), ("Brian", "â Brian"),
    ("Wenda", "â Wenda"),  # (a "w" before a vowel is a consonant)
])
def test_the_relationship_is_asked_with_a_or_ag(name: str, said: str) -> None:
    for register in ("chi", "ti"):
        text = messages.text("relationship", "cy", register, cared_for_name=name)
        assert f"{'perthynas chi' if register == 'chi' else 'berthynas di'} {said}?" in text
        assert "adnabod" not in text


def test_gyda_before_a_vowel_is_still_gydag() -> None:
    assert "gydag Alun" in messages.text("q_what_matters", "cy", "chi", role="carer", cared_for_name="Alun")


def test_the_questions_take_the_reviewers_wording() -> None:
    carer = messages.text("q_what_matters", "cy", "chi", role="carer", cared_for_name="Mair")
    assert "Beth dych chi'n meddwl sydd bwysicaf" in carer and "Hyd y gwyddoch" not in carer
    assert "Efallai yr hoffech chi sôn" in messages.text("q_what_matters", "cy", "chi")
    told = messages.text("q_communication", "cy", "chi", role="carer", cared_for_name="Mair")
    assert "oes angen help gyda chlyw neu olwg, neu a hoffai eich cael chi yno" in told


@pytest.mark.parametrize("typed", ["Tynnu hwn allan", "tynnu hwn allan", "Ei dynnu allan", "take it out"])
def test_the_remove_button_and_its_words_typed_remove(typed: str) -> None:
    assert _match(typed, _ACTION_WORDS) == "remove"  # (the button's words, typed)


def test_the_carers_support_question_asks_how_they_would_like_help() -> None:
    text = messages.text("q_support", "cy", "chi", role="carer", cared_for_name="Gwenda")
    assert text.startswith("Sut hoffai Gwenda gael help?")  # ("hoffai" mutates nothing)


def test_a_carer_is_not_told_sorry_its_happening_to_them() -> None:
    """Review 45 (M7): "Mae'n ddrwg gen i fod hynny'n digwydd i chi" was said to a mother about her son's bullying."""
    for language in ("cy", "en"):
        said = messages.text("ack_bullying", language, "chi", "carer")
        assert "i chi" not in said and "to you" not in said
    assert "i ti" in messages.text("ack_bullying", "cy", "ti", "young_person")
