"""Stop 46 (flow46): one disclosure, one alert; a new harm its own line; the list row names the first alert (AZ1, AZ3).

The stop-46 trial's Tegan: her stepdad's assault, told in a burst, then "wait i didnt say i was safe lol. hes home
tonight", then "sometimes i think everyone would be better off without me tbh" and the take-back. The summary showed
the suicidal thought only as a "Reply to 'Are you safe right now?'" under a later alert labelled bullying, and the list
row read "abuse (bullying by other children)". Now the assault's alert holds the burst and the not-safe reply as
"Later messages added to this alert"; the suicidal thought is a line of its own (suicide), with the take-back under it;
the list row names the first alert's family, never one of a message added to it. Welsh and English.
"""
from __future__ import annotations

import hashlib
import re
from types import SimpleNamespace

import pytest

from bot.conversation import safety
from bot.summary import load_record, render
from bot.web.summaries import list_families
from tests.conversation.memory import started_with_record

#: (language, the burst, the not-safe reply, the new harm, its take-back): the trial's English (the disclosure a
#: new phrasing: the trial's own reads "suicide, abuse" until the risk labels' fix, risk46) and its Welsh twin.
TEGAN = [
    ("en", ("my stepdad shoved me into the door yesterday", "like proper hard. my shoulder is all bruised",
            "mam was at work"),
     "wait i didnt say i was safe lol. hes home tonight. im in my room",
     "sometimes i think everyone would be better off without me tbh",
     "nah ignore that im not gonna do anything stupid"),
    ("cy", ("gwthiodd fy llystad fi yn erbyn y wal neithiwr", "fel, go iawn. ma fy ysgwydd i'n gleisiau i gyd",
            "oedd mam yn gwaith"),
     "aros, nes i ddim deud bo fi'n saff lol. mae o adra heno. dwi yn fy stafell",
     "weithia dwi'n meddwl sa pawb yn well off hebdda fi tbh",
     "na anghofia hynna dwi ddim am neud dim byd gwirion"),
]


@pytest.mark.parametrize("language, burst, not_safe, thought, take_back", TEGAN)
def test_the_summary_has_one_line_per_harm(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, language: str,
                                           burst: tuple[str, ...], not_safe: str, thought: str,
                                           take_back: str) -> None:
    sent: list[int] = []
    monkeypatch.setattr(safety, "deliver_soon", lambda flag_id, reference, level: sent.append(flag_id))
    sender = "mem-lines46-" + hashlib.sha256(language.encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="young_person", name="Tegan")
    while conversation.requested != "q_keep":
        conversation.say("/skip", intent="skip")
    conversation.say(burst[0], seconds_since_asked=25.0, typing_window=True)
    for piece in burst[1:]:
        conversation.say(piece, seconds_since_asked=-0.4, typing_window=True)
    for words in (not_safe, thought, take_back):
        conversation.say(words, seconds_since_asked=25.0, typing_window=True)
    assert len(sent) == 2  # the assault and the suicidal thought: two duty alerts, never one per message
    record = load_record(conversation.sender_id)
    assert record is not None
    first, second = record["risk_flags"][:2]
    assert first["text"] == burst[0] and second["text"] == thought
    assert [m["text"] for m in first["added_messages"]] == [*burst[1:], not_safe]
    assert "suicide" in second["categories"] and not second["added_messages"]
    for ui in ("cy", "en"):
        md = re.sub(r"[ \t]+", " ", render.md_unescape(render.render_markdown(record, ui)))
        top, _, rest = md.partition(thought)
        assert rest, "the thought is quoted"
        assert take_back not in top and take_back in rest.split("##")[0]  # under its own line, not the assault's
        line = top.rsplit("\n- ", 1)[-1]  # the thought's own line opens with what it answered, not the check
        assert "Are you safe" not in line and "Wyt ti'n ddiogel" not in line


def test_the_list_row_names_the_first_alerts_family_never_an_added_messages() -> None:
    """AZ1: a later message's reading (bullying by other children) is no part of the row."""
    def flag(flag_id: int, text: str, categories: str, level: str = "urgent", joined: int | None = None) -> object:
        return SimpleNamespace(id=flag_id, text=text, categories=categories, level=level, joined_flag_id=joined)

    at_home = flag(1, "my stepdad shoved me into the door yesterday", "abuse")
    bullying_words = "some girls in my year made a group chat about me"
    assert list_families([at_home, flag(2, bullying_words, "abuse", joined=1)]) == []
    assert list_families([at_home, flag(2, bullying_words, "abuse")]) == []  # a later alert: in the summary
    assert list_families([flag(1, bullying_words, "abuse"), at_home]) == ["cat_abuse_bullying"]
    assert list_families([flag(1, "ma na hogia yn blwyddyn 10 yn postio petha amdana fi", "abuse", "concern")]) \
        == ["cat_abuse_bullying"]
