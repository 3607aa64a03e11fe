"""The nineteenth user trial's AW17 (stop 42): a 17-year-old on Telegram, writing north-Welsh text-speak, told of being
hit at home and the urgent reply listed six helplines: too many to read in a panic.

The urgent reply now shows at most MAX_HELPLINES_SHOWN lines, best first (bot.safeguarding.helplines.lines_to_show):
999, a young person's own line (Childline under 19), then the line for what was told (Live Fear Free / Byw Heb Ofn
for domestic abuse, Samaritans for suicide, CEOP for someone online, Hourglass for an older person). Kept: adults never
get Childline; "call 999 now" first when the harm is happening now; the ids kept on the flag are exactly the lines
sent, and a record kept before those were works out the same few. Welsh and English; fictional words after the trial's.
"""
from __future__ import annotations

import hashlib
import re

import pytest

from bot import messages
from bot.conversation.safety import helplines_offered, helplines_shown
from bot.safeguarding.helplines import MAX_HELPLINES_SHOWN, Helpline, format_helplines, lines_to_show, load_helplines
from bot.summary import load_record
from bot.summary.record import HELPLINES_KEPT, HELPLINES_WORKED_OUT
from tests.conversation.memory import MemoryConversation, consented_at
from tests.summary.test_what_happened_next import kept_before_0009

LANGS = pytest.mark.parametrize("language", ["cy", "en"])
BULLET = re.compile(r"^• ", re.MULTILINE)
SAMARITANS = {"samaritans", "samaritans_cy"}

#: The trial's message (north-Welsh text-speak) and its English twin, and what the 17-year-old said before it.
HIT_AT_HOME = {"cy": "mae o'n fy nharo i weithia", "en": "he hits me sometimes"}
#: Hit by a partner (an adult).
PARTNER = {"cy": "mae'r gŵr yn fy nharo i", "en": "my husband hits me"}
#: A wish to die, from a young person and from an adult.
SUICIDE = {"cy": "dwi isio lladd fy hun", "en": "i want to kill myself"}
#: Harm happening now.
HARM_NOW = {"cy": "mae dad yn fy nharo i a mae o'n fy nharo i rwan", "en": "my dad hits me and hes hitting me now"}


def _sender(*parts: object) -> str:
    return "mem-help42-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _young(language: str, tag: str) -> MemoryConversation:
    return consented_at(_sender(tag, language), language, "q_worries", role="young_person", name="Gwion",
                        what_matters={"en": "my mates", "cy": "fy ffrindia"}[language])


def _adult(language: str, tag: str) -> MemoryConversation:
    return consented_at(_sender(tag, language), language, "q_worries", role="person", name="Eluned",
                        what_matters={"en": "my garden", "cy": "fy ngardd"}[language])


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("• ")]


def _kept_ids(sender_id: str) -> list[str]:
    record = load_record(sender_id)
    assert record is not None
    urgent = [f for f in record["risk_flags"] if f.get("level") == "urgent"]
    assert urgent and urgent[0]["after"]["helplines_from"] == HELPLINES_KEPT
    return [line["id"] for line in urgent[0]["after"]["helplines"]]


def _by_id() -> dict[str, Helpline]:
    return {h.id: h for h in load_helplines()}


# ---------- the rule on its own

@LANGS
def test_a_17_year_old_hit_at_home_is_shown_999_childline_and_live_fear_free(language: str) -> None:
    offered = helplines_offered(("abuse", "domestic_abuse"), language, register="ti", role="young_person", age=17,
                                words=[HIT_AT_HOME[language]])
    assert len(offered) > MAX_HELPLINES_SHOWN  # what fits is still more than is shown (the trial's six)
    shown = [h.id for h in lines_to_show(offered, ("abuse", "domestic_abuse"))]
    assert shown == ["emergency_999", "childline", "live_fear_free"]


@LANGS
@pytest.mark.parametrize("role, age", [("young_person", 15), ("person", None)])
def test_suicide_always_has_samaritans(language: str, role: str, age: int | None) -> None:
    shown = [h.id for h in helplines_shown(("suicide",), language, register="ti" if age else "chi", role=role,
                                           age=age, words=[SUICIDE[language]])]
    assert shown[0] == "emergency_999" and SAMARITANS & set(shown) and len(shown) <= MAX_HELPLINES_SHOWN
    assert ("childline" in shown) is (role == "young_person")


@LANGS
def test_an_adult_never_gets_childline_and_domestic_abuse_leads_with_live_fear_free(language: str) -> None:
    shown = [h.id for h in helplines_shown(("abuse", "domestic_abuse"), language, register="chi", role="person",
                                           age=None, words=[PARTNER[language]])]
    assert shown[:2] == ["emergency_999", "live_fear_free"] and len(shown) <= MAX_HELPLINES_SHOWN
    assert "childline" not in shown and "meic" not in shown


@LANGS
def test_a_second_kind_found_is_not_crowded_out_by_a_second_line_for_the_first(language: str) -> None:
    """Suicide and domestic abuse together, in Welsh: not both Samaritans lines and no Live Fear Free."""
    shown = [h.id for h in helplines_shown(("suicide", "domestic_abuse", "abuse"), language, register="chi",
                                           role="person", age=None)]
    assert "live_fear_free" in shown and SAMARITANS & set(shown) and len(shown) == MAX_HELPLINES_SHOWN


@LANGS
def test_the_lines_made_for_the_worry_are_not_capped_away(language: str) -> None:
    """CEOP for a young person groomed online; Hourglass for an older person's money taken."""
    grooming = {"cy": "ma 'na foi ar fortnite yn gofyn am lunia ohona i",
                "en": "this guy from fortnite keeps asking for pics"}[language]
    shown = [h.id for h in helplines_shown(("exploitation", "abuse"), language, register="ti", role="young_person",
                                           age=14, words=[grooming])]
    assert shown == ["emergency_999", "childline", "ceop"]
    pension = {"cy": "mae fy mab yn cymryd fy mhensiwn i", "en": "my son takes my pension"}[language]
    shown = [h.id for h in helplines_shown(("abuse", "exploitation"), language, register="chi", role="person",
                                           age=None, words=[pension])]
    assert "hourglass" in shown and len(shown) <= MAX_HELPLINES_SHOWN


# ---------- whole conversations

@LANGS
def test_aw17_the_urgent_reply_shows_a_few_lines_and_keeps_exactly_those(sqlite_url: str, language: str) -> None:
    conversation = _young(language, "aw17")
    conversation.say(HIT_AT_HOME[language])
    lines = _lines(conversation.text)
    assert 0 < len(lines) <= MAX_HELPLINES_SHOWN, conversation.text
    by_id = _by_id()
    kept = _kept_ids(conversation.sender_id)
    assert kept == ["emergency_999", "childline", "live_fear_free"]
    # what was sent is what was kept, line for line, in that order
    assert lines == format_helplines([by_id[i] for i in kept], language, "ti").splitlines()
    assert "Meic" not in conversation.text and "Samari" not in conversation.text
    if language == "cy":
        assert "Byw Heb Ofn" in conversation.text


@LANGS
def test_a_record_kept_before_the_ids_were_works_out_the_same_few(sqlite_url: str, language: str) -> None:
    conversation = _young(language, "aw17-old")
    conversation.say(HIT_AT_HOME[language])
    sent = _kept_ids(conversation.sender_id)
    record = kept_before_0009(conversation.sender_id)
    (flag,) = [f for f in record["risk_flags"] if f.get("level") == "urgent"]
    assert flag["after"]["helplines_from"] == HELPLINES_WORKED_OUT
    worked_out = [line["id"] for line in flag["after"]["helplines"]]
    assert len(worked_out) <= MAX_HELPLINES_SHOWN and worked_out[:2] == sent[:2]


@LANGS
def test_an_adult_hit_by_her_partner_gets_no_childline(sqlite_url: str, language: str) -> None:
    conversation = _adult(language, "partner")
    conversation.say(PARTNER[language])
    assert len(_lines(conversation.text)) <= MAX_HELPLINES_SHOWN
    assert "Childline" not in conversation.text and "Meic" not in conversation.text
    assert _kept_ids(conversation.sender_id)[:2] == ["emergency_999", "live_fear_free"]


@LANGS
def test_harm_happening_now_still_says_call_999_now_first(sqlite_url: str, language: str) -> None:
    conversation = _young(language, "now")
    conversation.say(HARM_NOW[language])
    assert conversation.text.startswith(messages.text("urgent_now", language, "ti"))
    assert len(_lines(conversation.text)) <= MAX_HELPLINES_SHOWN
    assert _kept_ids(conversation.sender_id)[:2] == ["emergency_999", "childline"]


@LANGS
def test_a_young_person_wanting_to_die_gets_childline_and_samaritans(sqlite_url: str, language: str) -> None:
    conversation = _young(language, "suicide")
    conversation.say(SUICIDE[language])
    kept = _kept_ids(conversation.sender_id)
    assert kept[:2] == ["emergency_999", "childline"] and SAMARITANS & set(kept)
    assert len(BULLET.findall(conversation.text)) == len(kept) <= MAX_HELPLINES_SHOWN
