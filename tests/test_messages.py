"""Every response has a Welsh and an English variant, Welsh keeps one register, and nothing is missing."""
from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from bot import messages
from bot.conversation.questions import asked_slots
from bot.settings import REPO_ROOT

CATALOGUE = messages.catalogue()

# Words that mark the polite "chi" or familiar "ti" register in Welsh.
TI_MARKERS = re.compile(r"\b(ti|dy|rwyt|wyt|gelli|hoffet|dwed|dewisa|anfona|ysgrifenna|ffonia|byddi|amdanat|dywedaist)\b", re.I)
CHI_MARKERS = re.compile(r"\b(chi|eich|dych|ydych|gallwch|hoffech|dywedwch|dewiswch|anfonwch|ysgrifennwch|ffoniwch|byddwch|amdanoch|dywedoch)\b", re.I)


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_has_welsh_and_english(key: str) -> None:
    entry: dict[str, Any] = CATALOGUE[key]
    assert any(k in entry for k in ("cy", "cy_chi")), f"{key} has no Welsh"
    assert "en" in entry, f"{key} has no English"
    if any(k.startswith("cy_") for k in entry) and "cy" not in entry:
        assert "cy_chi" in entry and "cy_ti" in entry, f"{key}: Welsh needs both the chi and ti variants"
    if "en_carer" in entry:
        assert "cy_carer" in entry, f"{key}: a carer variant in English needs one in Welsh"
    for button in entry.get("buttons", []) or []:
        assert button.get("cy") and button.get("en") and button.get("payload"), f"{key}: button {button}"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_welsh_keeps_one_register_per_message(key: str) -> None:
    entry = CATALOGUE[key]
    if "cy_ti" in entry:
        assert not CHI_MARKERS.search(entry["cy_ti"].replace("gyda chi", "")), f"{key}: 'chi' form in the ti variant"
    if "cy_chi" in entry:
        assert not TI_MARKERS.search(entry["cy_chi"]), f"{key}: 'ti' form in the chi variant"


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_a_message_names_the_cared_for_person_once(key: str) -> None:
    """Later mentions are "them" / left out: a name like "Mam-gu (Glenys Morgan)" read three times in a row jars."""
    for variant, words in CATALOGUE[key].items():
        if isinstance(words, str):
            assert words.count("{cared_for_name}") <= 1, f"{key}.{variant} names the person more than once"


def test_every_question_the_form_can_ask_has_words() -> None:
    for slot in asked_slots():
        key = "why" if slot.startswith("why_") else slot
        if slot.startswith("readback"):
            key = {"readback_text": "readback_add"}.get(slot, slot)
        assert key in CATALOGUE, f"no words for {slot}"


def test_rendering_with_no_language_yet_puts_welsh_first() -> None:
    text = messages.text("active_offer", None)
    assert text.index("Shwmae") < text.index("Hello")


def test_domain_lists_an_ask_action_for_every_form_slot() -> None:
    domain = yaml.safe_load((REPO_ROOT / "bot" / "domain" / "what_matters_form.yml").read_text())
    actions = set(domain["actions"])
    for slot in domain["forms"]["what_matters_form"]["required_slots"]:
        assert f"action_ask_{slot}" in actions


def test_gyda_becomes_gydag_before_a_name_starting_with_a_vowel() -> None:
    assert "gydag Elwyn" in messages.text("q_what_matters", "cy", role="carer", cared_for_name="Elwyn")
    assert "gyda Mair" in messages.text("q_what_matters", "cy", role="carer", cared_for_name="Mair")


def test_gyda_stays_before_a_w_said_as_a_consonant() -> None:
    """Re-trial 32 AF8: "Dechreuwn ni gydag Wenda" is "gyda Wenda", as people say it; "Wmffra" keeps its vowel."""
    assert "gyda Wenda." in messages.text("q_what_matters", "cy", role="carer", cared_for_name="Wenda")
    assert "gyda Wil." in messages.text("q_what_matters", "cy", role="carer", cared_for_name="Wil")
    assert "gydag Wmffra." in messages.text("q_what_matters", "cy", role="carer", cared_for_name="Wmffra")
    assert "gydag Elwyn." in messages.text("q_what_matters", "cy", role="carer", cared_for_name="Elwyn")


def test_saying_no_after_a_disclosure_does_not_claim_nothing_was_kept() -> None:
    for lang, reg in (("cy", "chi"), ("cy", "ti"), ("en", "chi")):
        said = messages.text("declined_flag_kept", lang, reg)
        assert ("tîm diogelu" in said) if lang == "cy" else ("safeguarding team" in said)
        assert said != messages.text("declined", lang, reg)


def test_gydag_never_changes_the_persons_own_quoted_words() -> None:
    from bot.messages import _fill

    assert _fill("Dewch gyda {name}: “{item}”", {"name": "Ann", "item": "mynd gyda Alun"}) == (
        "Dewch gydag Ann: “mynd gyda Alun”")
