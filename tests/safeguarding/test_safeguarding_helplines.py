"""Helplines: which are offered, order, Welsh and English wording, config loading."""
from __future__ import annotations

import textwrap

import pytest

from bot.safeguarding.helplines import format_helplines, helplines_file, helplines_for, load_helplines


def ids(lines):
    return [h.id for h in lines]


def test_config_has_every_required_helpline_and_fields():
    all_lines = {h.id: h for h in load_helplines()}
    numbers = {h.number for h in all_lines.values()}
    assert {"999", "111", "116 123", "0808 164 0123", "0800 1111", "080 880 23456", "0808 80 10 800"} <= numbers
    for h in all_lines.values():
        assert h.name.get("cy") and h.name.get("en")
        assert h.description.get("cy_chi") and h.description.get("cy_ti") and h.description.get("en")


@pytest.mark.parametrize("cats,young", [([], False), (["suicide"], True), (["falls"], False), (["domestic_abuse"], True)])
def test_999_always_first(cats, young):
    result = helplines_for(cats, young_person=young)
    assert result[0].number == "999"


def test_young_person_gets_childline_and_meic():
    result = ids(helplines_for(["abuse"], young_person=True))
    assert "childline" in result and "meic" in result
    adult = ids(helplines_for(["abuse"], young_person=False))
    assert "childline" not in adult and "meic" not in adult


@pytest.mark.parametrize("age,expected", [(None, {"childline", "meic"}), (15, {"childline", "meic"}),
                                          (18, {"childline", "meic"}), (19, {"meic"}), (24, {"meic"}), (25, set())])
def test_a_stated_age_past_a_lines_limit_leaves_it_out(age, expected):
    """Childline is for under-19s and Meic for under-25s: a 19-year-old who said so gets Meic only."""
    result = set(ids(helplines_for(["abuse"], young_person=True, age=age)))
    assert result & {"childline", "meic"} == expected
    assert "emergency_999" in result


def test_young_people_hear_their_own_lines_straight_after_999():
    result = ids(helplines_for(["suicide", "abuse"], young_person=True, language="en"))
    assert result[0] == "emergency_999" and set(result[1:3]) == {"childline", "meic"}


def test_domestic_abuse_gets_live_fear_free():
    assert "live_fear_free" in ids(helplines_for(["domestic_abuse", "abuse"], young_person=False))
    assert "live_fear_free" not in ids(helplines_for(["falls"], young_person=False))


def test_mental_health_lines_for_suicide_self_harm_low_mood():
    for cat in ("suicide", "self_harm", "low_mood"):
        got = ids(helplines_for([cat], young_person=False, language="en"))
        assert "nhs_111_press_2" in got and "samaritans" in got


def test_welsh_samaritans_line_offered_to_welsh_speakers():
    assert "samaritans_cy" in ids(helplines_for(["suicide"], young_person=False, language="cy"))
    assert "samaritans_cy" not in ids(helplines_for(["suicide"], young_person=False, language="en"))


def test_welsh_formatting_uses_welsh_names():
    text = format_helplines(helplines_for(["suicide", "domestic_abuse"], young_person=False, language="cy"), "cy", "chi")
    lines = text.splitlines()
    assert lines[0] == "• 999 os ydych chi mewn perygl nawr"
    assert "• Y Samariaid: 116 123" in text
    assert "Llinell Gymraeg y Samariaid: 0808 164 0123" in text
    assert "GIG 111 Cymru, pwyswch 2" in text
    assert "Byw Heb Ofn: 0808 80 10 800" in text
    assert "Samaritans" not in text and "Live Fear Free" not in text


def test_welsh_ti_register_for_young_people():
    text = format_helplines(helplines_for(["self_harm"], young_person=True, language="cy"), "cy", "ti")
    assert text.splitlines()[0] == "• 999 os wyt ti mewn perygl nawr"
    assert "chi" not in text.split()
    described = format_helplines(helplines_for(["domestic_abuse"], young_person=True, language="cy"), "cy", "ti", describe=True)
    assert "dy gam-drin di" in described and "eich" not in described


def test_english_lines_are_short_and_plain():
    text = format_helplines(helplines_for(["suicide"], young_person=False, language="en"), "en", "chi")
    assert "• Samaritans: 116 123 (free, any time)" in text
    assert all(len(line) < 80 for line in text.splitlines())


def test_helplines_file_env(tmp_path, monkeypatch):
    custom = tmp_path / "lines.yml"
    custom.write_text(textwrap.dedent("""\
        helplines:
          - id: emergency_999
            name: {cy: "999", en: "999"}
            number: "999"
            description: {cy_chi: "a", cy_ti: "b", en: "c"}
            fits: {always: true}
          - id: test_line
            name: {cy: "Llinell Prawf", en: "Test Line"}
            number: "0800 000 000"
            hours: {cy: "am ddim", en: "free"}
            description: {cy_chi: "a", cy_ti: "b", en: "c"}
            fits: {categories: [falls]}
    """), encoding="utf-8")
    monkeypatch.setenv("HELPLINES_FILE", str(custom))
    assert helplines_file() == custom
    assert ids(helplines_for(["falls"], young_person=False)) == ["emergency_999", "test_line"]
    assert format_helplines(helplines_for(["falls"], False), "cy").splitlines()[1] == "• Llinell Prawf: 0800 000 000 (am ddim)"
