"""One thread, one alert (stop-22 trial V18): through the conversation core, Welsh and English.

In one open pause (from the urgent reply until the person carries on, takes a break or stops) a later urgent
message is added to the same duty alert: no second alert, no urgent text again; the duty team's record shows
every message, verbatim, with when. A later message saying the harm is happening now gets "call 999 now" at once
and one update notice (no personal data). After they carried on, "i dont really want to talk about it" about the
same thing is respected (no alert text, kept as the answer); a disclosure of another kind is a new alert as before.
The words are fictional.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot import messages
from bot.safeguarding import alerts
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)

ABUSE = {"en": "He hits me when he's had a drink and I'm scared to go home.",
         "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}
#: At the safe check, urgent again by the rules: the same thread.
AGAIN = {"en": "he hit me again last night and said he'd kill me if I told anyone",
         "cy": "nath o fy nharo i eto neithiwr a deud bysa fo'n fy lladd i taswn i'n deud wrth rywun"}
#: Happening now: more severe.
NOW = {"en": "he's hitting me right now", "cy": "mae o'n fy nharo i rwan"}
CARRY_ON = {"en": "carry on", "cy": "parhau"}
#: V18's worries answer, after carrying on: about the same thing, and he does not want to talk about it.
NOT_TALKING = {
    "en": "being on my own. and like i said the stuff with him hitting me, i dont really want to talk about it",
    "cy": "bod ar ben fy hun. a fel nes i ddeud, y stwff efo fo'n fy nharo i, dwi'm rili isio siarad am y peth",
}
#: After carrying on, a disclosure of another kind: a new alert.
OTHER_KIND = {"en": "I want to kill myself", "cy": "Dw i eisiau lladd fy hun"}


def _adult(language: str) -> MemoryConversation:
    return started(f"one-alert-{language}-{next(_senders)}", language, role="person", name="Sue")


def _text(conversation: MemoryConversation, key: str, **values: Any) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi", **values)


def _all_said(conversation: MemoryConversation) -> str:
    return "\n".join(m.text for m in conversation.said)


def _flags(sender: str) -> list[tuple[str, str, int | None, str]]:
    """(level, alert status, joined flag id, words) of every flag, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.alert_status, f.joined_flag_id, f.text) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _lead_id(sender: str) -> int:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return min(f.id for f in conv.risk_flags)


def _alerts(sender: str) -> list[tuple[int, str, str]]:
    """The alerts waiting to go (none is delivered in the tests: no channel), this conversation's."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        reference = conv.reference
    return [row for row in repository.flags_awaiting_alert() if row[1] == reference]


def _opening(conversation: MemoryConversation) -> str:
    """The urgent reply's first line (said once per alert)."""
    return _text(conversation, "urgent", helplines="").splitlines()[0]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_later_urgent_messages_in_one_pause_are_one_alert(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    asked = conversation.requested
    conversation.say(AGAIN[language])
    again_said = conversation.text
    assert _opening(conversation) not in again_said  # no urgent text again
    assert _text(conversation, "urgent_again", helplines="").splitlines()[0] not in again_said
    assert _text(conversation, "safety_check_heard") in again_said  # kept for the team, said so
    assert conversation.requested == asked  # the questions still wait
    conversation.say(NOW[language])
    assert conversation.text.startswith(_text(conversation, "urgent_now"))  # "call 999 now", at once
    conversation.say(CARRY_ON[language])
    assert _all_said(conversation).count(_opening(conversation)) == 1
    lead = _lead_id(conversation.sender_id)
    flags = _flags(conversation.sender_id)
    assert [(level, joined, words) for level, _, joined, words in flags] == [
        ("urgent", None, ABUSE[language]), ("urgent", lead, AGAIN[language]), ("urgent", lead, NOW[language])]
    assert flags[1][1] == "not_needed"  # added, no alert of its own
    # One alert for the thread, and one update notice for the raised severity (none delivered here: no channel).
    assert sorted(level for _, _, level in _alerts(conversation.sender_id)) == ["raised", "urgent"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_summary_shows_one_item_with_every_message(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    for words in (ABUSE, AGAIN, NOW, CARRY_ON):
        conversation.say(words[language])
    record = load_record(conversation.sender_id)
    assert record is not None
    (flag,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert [m["text"] for m in flag["added_messages"]] == [AGAIN[language], NOW[language]]
    assert [m["raised"] for m in flag["added_messages"]] == [False, True]
    assert all(m["time"] for m in flag["added_messages"])
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        (item,) = next(g for g in view.sections[0].groups if g.key == "urgent").items
        assert item.quote == ABUSE[language]
        said_after = [f.value for f in item.follow_up if f.verbatim]
        assert said_after.index(AGAIN[language]) < said_after.index(NOW[language])  # replies, in order, verbatim
        assert label("alert_added", ui, count="2") in item.meta
        assert any(m.startswith(label("alert_raised", ui, time="").split("(")[0]) for m in item.meta)
        md = render.md_unescape(render.render_markdown(record, ui))
        assert md.count(ABUSE[language]) == 1 and md.count(NOW[language]) == 1


def test_the_update_notice_carries_nothing_personal() -> None:
    notice = alerts.DutyAlert(reference="WM-AB12", level="raised", link="https://example.org/summaries/WM-AB12")
    settings = alerts.AlertSettings(smtp_host="localhost", email_to=("duty@example.org",))
    email = alerts.build_email(notice, settings).as_string()
    assert "WM-AB12" in email and "harm may be happening now" in alerts.body(notice)
    assert "efallai fod niwed yn digwydd nawr" in alerts.body(notice)  # Welsh first
    for words in (*ABUSE.values(), *NOW.values(), "abuse", "domestic"):
        assert words not in email and words not in alerts.webhook_payload(notice).decode()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_not_wanting_to_talk_about_it_is_respected(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say(CARRY_ON[language])
    asked = conversation.requested
    assert asked is not None and asked.startswith("q_")
    conversation.say(NOT_TALKING[language])
    said = conversation.text
    assert _opening(conversation) not in said
    assert _text(conversation, "urgent_again", helplines="").splitlines()[0] not in said
    assert _text(conversation, "safety_check_again") not in said and _text(conversation, "safety_check") not in said
    assert conversation.requested != asked  # kept as the answer: the next question
    kinds = [(level, joined is not None) for level, _, joined, _ in _flags(conversation.sender_id)]
    assert kinds[0] == ("urgent", False) and all(joined for _, joined in kinds[1:])
    assert [level for *_, level in _alerts(conversation.sender_id)] == ["urgent"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_another_kind_after_carrying_on_is_a_new_alert(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say(CARRY_ON[language])
    conversation.say(OTHER_KIND[language])
    assert _text(conversation, "urgent_again", helplines="").splitlines()[0] in conversation.text
    flags = _flags(conversation.sender_id)
    assert [joined for _, _, joined, _ in flags] == [None, None]
    assert [level for *_, level in _alerts(conversation.sender_id)] == ["urgent", "urgent"]


# --- V18's second half: the names typed at the check are the answer to "who matters to you?" --------------------

PEOPLE = {"en": "Sian, Jordan, Bev. my little sister Mia, shes 12 and in foster care in Newport, i see her once a "
                "month at contact",
          "cy": "Sian, Jordan, Bev. fy chwaer fach Mia, mae hi'n 12 ac mewn gofal maeth yng Nghasnewydd, dwi'n ei "
                "gweld hi unwaith y mis"}
WORRY = {"en": "I want to kill myself", "cy": "Dw i eisiau lladd fy hun"}


def _at_worries(language: str) -> MemoryConversation:
    from tests.conversation.test_disclosure_resume import _skip_to

    conversation = _adult(language)
    _skip_to(conversation, "q_worries")
    return conversation


@pytest.mark.parametrize("language", ["en", "cy"])
def test_names_typed_at_the_check_are_kept_as_who_matters(sqlite_url: str, language: str) -> None:
    conversation = _at_worries(language)
    conversation.say(WORRY[language])
    assert conversation.requested == "q_people"  # the question waiting once they carry on
    conversation.say(PEOPLE[language])
    assert _text(conversation, "safety_check_answer_kept") in conversation.text
    assert conversation.text.endswith(_text(conversation, "safety_check_again"))
    conversation.say(CARRY_ON[language])
    assert _text(conversation, "q_people", name="Sue") not in conversation.text  # no "i literally just told you"
    assert conversation.requested not in (None, "q_people")
    assert repository.answer_texts(conversation.sender_id, only="people") == [PEOPLE[language]]
    assert PEOPLE[language] not in repository.answer_texts(conversation.sender_id, only="safety_check")
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        people = next(s for s in build_view(record, ui).sections if s.key == "people")
        assert PEOPLE[language] in [i.quote for g in people.groups for i in g.items]


SAFE_BUT = {"en": "we're fine, hes not here now", "cy": "dan ni'n iawn, dydi o ddim yma rwan"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_reply_about_safety_is_not_taken_for_names(sqlite_url: str, language: str) -> None:
    conversation = _at_worries(language)
    conversation.say(WORRY[language])
    conversation.say(SAFE_BUT[language])
    assert _text(conversation, "safety_check_answer_kept") not in conversation.text
    assert repository.answer_texts(conversation.sender_id, only="people") == []


# --- V18 as it happened (Telegram C4), and its Welsh twin ------------------------------------------------------

C4 = {
    "en": ("i hold bags for an older mate who lets me stay at his. i dont ask whats in them. i owe him so i cant "
           "really say no",
           "im safe yeah im at the gym. text me dont ring, my mate goes through my phone sometimes. carry on i guess",
           "the flat. being on my own. what if i mess it up and they take it off me. and like i said the stuff with "
           "my mate, i dont really want to talk about it"),
    "cy": ("dwi'n dal stwff i foi hŷn achos dwi'n ddyledus iddo fo, mae o'n gadael i fi aros yn ei le fo",
           "dwi'n saff, dwi yn y gym. tecstia fi paid ffonio, mae fy mêt yn mynd trwy fy ffôn i weithiau. parhau am "
           "wn i",
           "y fflat. bod ar ben fy hun. a fel nes i ddeud, y stwff efo fy mêt, dwi'm rili isio siarad am y peth"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_v18_as_it_happened_is_one_alert_and_carries_on(sqlite_url: str, language: str) -> None:
    disclosure, at_the_check, not_talking = C4[language]
    conversation = started(f"one-alert-c4-{language}-{next(_senders)}", language, role="young_person", name="Kai")
    conversation.say(disclosure)
    assert repository.is_urgent(conversation.sender_id), "the disclosure this test rests on"
    conversation.say(at_the_check)
    assert _text(conversation, "safety_check_carry_on") in conversation.text  # safe, and carry on: carried on
    asked = conversation.requested
    conversation.say(not_talking)
    said = conversation.text
    assert _text(conversation, "safety_check_again") not in said and _text(conversation, "safety_check") not in said
    assert conversation.requested != asked  # kept as the answer: the next question
    assert _all_said(conversation).count(_opening(conversation)) == 1
    assert _text(conversation, "urgent_again", helplines="").splitlines()[0] not in _all_said(conversation)
    assert [level for *_, level in _alerts(conversation.sender_id)] == ["urgent"]


# --- stop-23 trial W16: more of the same thread after carrying on, and "is grandad going to get in trouble?" ------

W16 = {
    "en": ("me and grandad dont get on. we had a massive argument on sunday about my phone and he grabbed my arm "
           "proper hard",
           "theres a bruise but its fine. he says hell chuck me out if i carry on like this",
           "carry on",
           "is grandad going to get in trouble? cos nan will be gutted and its my fault for kicking off. i dont want "
           "to get chucked out"),
    "cy": ("dwi a taid ddim yn dod mlaen. gafon ni ffrae fawr dydd sul am fy ffôn a nath o afael yn fy mraich i'n "
           "galed",
           "ma 'na glais ond mae'n iawn. mae o'n deud neith o fy nhaflu i allan os dwi'n cario mlaen fel hyn",
           "parhau",
           "fydd taid mewn trwbl? achos fydd nain yn torri ei chalon a fy mai i ydi o. dwi ddim isio cael fy nhaflu "
           "allan"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_more_of_the_same_thread_after_carrying_on_is_added_and_his_question_answered(sqlite_url: str,
                                                                                      language: str) -> None:
    disclosure, at_the_check, carry_on, later = W16[language]
    conversation = started(f"one-alert-w16-{language}-{next(_senders)}", language, role="young_person", name="Jay")
    conversation.say(disclosure)
    assert repository.is_urgent(conversation.sender_id), "the disclosure this test rests on"
    conversation.say(at_the_check)  # the same thread, at the check (a second alert in the trial)
    conversation.say(carry_on)
    asked = conversation.requested
    conversation.say(later)
    said = conversation.text
    assert _text(conversation, "safety_check_answer_their_trouble") in said  # about grandad, and not his fault
    assert _text(conversation, "safety_check_answer_trouble") not in said  # not "You're not in trouble"
    assert _text(conversation, "urgent_again", helplines="").splitlines()[0] not in said
    assert _text(conversation, "safety_check") not in said
    assert conversation.requested != asked
    assert [level for *_, level in _alerts(conversation.sender_id)] == ["urgent"]
    flags = _flags(conversation.sender_id)
    assert flags[-1][3] == later and flags[-1][2] is not None  # added to the alert, verbatim
