"""Stop 42's review of its own branch (wish42, help42): what the first fixes got wrong, in both languages.

- A later disclosure of a new kind gets that kind's line: the cap of three is applied after the lines already given
  are taken out, not before (a 15-year-old's "my dad hits me" after "i want to kill myself" got no line at all).
- A Welsh adult's suicide: the Welsh Samaritans line and NHS 111 press 2, not both Samaritans lines.
- Someone's own health getting worse, said the Welsh way ("mae'r cof gyda hi yn mynd yn waeth": her memory), is not
  harm with him or her getting worse; "its never been worse with him", "mae petha efo fo yn gwaethygu" are.
- A carer's "He wants me there all the time and I cant cope" is her worry, not his wish.
- Another helper named without a capital or with an accent ("karen helps on saturdays", "Siân") keeps her wish hers;
  "Since his stroke he really wants his own flat" names no one else.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk.told_again import worse_with_them
from bot.conversation.safety import helplines_shown
from tests.conversation.test_wishes_stop42 import _carer_at, _outcomes, _sender
from tests.safeguarding.test_helplines_stop42 import PARTNER, SUICIDE, _adult, _lines

LANGS = pytest.mark.parametrize("language", ["cy", "en"])
LIVE_FEAR_FREE = {"cy": "Byw Heb Ofn", "en": "Live Fear Free"}


@LANGS
def test_a_new_kind_after_an_earlier_disclosure_still_gets_its_line(language: str) -> None:
    shown = [h.id for h in helplines_shown(("suicide", "domestic_abuse", "abuse"), language, register="ti",
                                           role="young_person", age=15, words=[PARTNER[language]],
                                           earlier=("suicide",))]
    assert shown and shown[0] == "live_fear_free"
    assert "emergency_999" not in shown and "childline" not in shown and "meic" not in shown  # given, or its place


@LANGS
def test_a_second_disclosure_of_a_new_kind_names_its_line(sqlite_url: str, language: str) -> None:
    conversation = _adult(language, "review-second")
    conversation.say(SUICIDE[language])
    first = conversation.text
    assert LIVE_FEAR_FREE[language] not in first
    conversation.say(PARTNER[language])
    again = conversation.text
    assert LIVE_FEAR_FREE[language] in again
    assert not any(line in first for line in _lines(again))  # nothing given before is given again


def test_a_welsh_adults_suicide_is_shown_the_welsh_samaritans_line_and_111() -> None:
    shown = [h.id for h in helplines_shown(("suicide",), "cy", register="chi", role="person", age=None,
                                           words=["dw i ddim eisiau byw rhagor"])]
    assert shown == ["emergency_999", "samaritans_cy", "nhs_111_press_2"]


@pytest.mark.parametrize("text", [
    "its never been worse with him", "no its getting worse with him", "i think its worse with him now",
    "mae petha efo fo yn gwaethygu", "dim ond mynd yn waeth mae o efo fo",
])
def test_more_ways_of_saying_it_is_getting_worse_with_him(text: str) -> None:
    assert worse_with_them(text)


@pytest.mark.parametrize("text", [
    "mae'r cof gyda hi yn mynd yn waeth", "ma'r dementia efo fo'n mynd yn waeth", "mae'r boen efo hi yn waeth heddiw",
    "it's no worse with him", "i'm worse with them around",
])
def test_their_own_health_or_no_worse_is_not_harm_getting_worse(text: str) -> None:
    assert not worse_with_them(text)


@pytest.mark.parametrize("language, answer", [
    ("en", "He wants me there all the time and I cant cope."),
    ("cy", "Mae o isio fi yna drwy'r amser a dw i wedi blino."),
    ("en", "if he wants to come he can but he never does"),
])
def test_what_he_wants_of_the_carer_is_her_worry_not_his_wish(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("review-wants-me", language, answer)
    conversation = _carer_at(sender, language, "q_worries")
    conversation.say(answer)
    assert [o for o in _outcomes(sender) if o[0] == "worries"] == []


@pytest.mark.parametrize("language, answer", [
    ("en", "karen helps on saturdays and she wants to keep helping"),
    ("en", "Siân comes on Tuesdays and she wants to keep coming"),
    ("cy", "Mae Siân yn dod bob dydd Mawrth a mae hi isio dal i ddod."),
])
def test_another_helper_without_a_capital_or_with_an_accent_keeps_her_wish(sqlite_url: str, language: str,
                                                                          answer: str) -> None:
    sender = _sender("review-helper", language, answer)
    conversation = _carer_at(sender, language, "q_strengths")
    conversation.say(answer)
    assert [o for o in _outcomes(sender) if o[0] == "strengths"] == []


@pytest.mark.parametrize("language, answer, wish", [
    ("en", "Since his stroke he really wants his own flat one day.",  # the why kept with it
     "Since his stroke he really wants his own flat one day."),
    ("cy", "Dwn i'm pa mor hir, ond mae o wir isio'i fflat ei hun ryw ddiwrnod.",
     "mae o wir isio'i fflat ei hun ryw ddiwrnod."),
])
def test_his_wish_after_words_that_name_no_one_is_kept(sqlite_url: str, language: str, answer: str, wish: str) -> None:
    sender = _sender("review-his-wish", language, answer)
    conversation = _carer_at(sender, language, "q_strengths")
    conversation.say(answer)
    kept = [(text, kind) for key, text, kind, *_ in _outcomes(sender) if key == "strengths"]
    assert len(kept) == 1 and kept[0][1] == "change", kept
    assert kept[0][0] in answer and kept[0][0].lower().rstrip(".") == wish.lower().rstrip(".")  # verbatim
