"""/delete with its confirmation, the erase core it calls, and /start with an invitation link."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from markupsafe import escape
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot import messages
from bot.analysis.types import Analysis, LanguageGuess, OutcomeSpan, RiskAssessment
from bot.conversation import invitations
from bot.conversation.erase import erase_conversation
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.tracker_store import UrlSQLTrackerStore
from bot.summary.fhir import EXT_ANSWERS_DELETED_AT, to_fhir
from bot.summary.record import load_record
from bot.summary.render import render_html_body, render_markdown
from bot.summary.view import Fact, SummaryView, build_view, format_time
from bot.summary.view import labels as view_labels
from channels.telegram import DELETE_NO, DELETE_YES
from tests.servers.fake_telegram import callback_update, text_update
from tests.telegram.conftest import Harness
from tests.telegram.test_channel import CHAT, expected_sender

WORDS = "Dw i eisiau cerdded i'r siop eto"


def a_record(sender: str, urgent: bool = False) -> str:
    """A conversation with an answer, an outcome, a name, a note and (maybe) an urgent flag."""
    reference = repository.ensure_conversation(sender, "telegram")
    repository.update_conversation(sender, language="cy", register="ti", display_name="Cai")
    analysis = Analysis(WORDS, LanguageGuess("cy", 1.0, "test"), "change", 0.9,
                        outcomes=(OutcomeSpan(WORDS, 0, len(WORDS), "change", 0.9, False),))
    repository.record_answer(sender, question_key="what_matters", question_text="Beth sy'n bwysig i ti?", text=WORDS,
                             whose_view="young_person", about="person", analysis=analysis, message_id="11")
    repository.note_unreadable(sender, kind="voice", message_id="12", channel="telegram")
    if urgent:
        repository.record_risk(sender, message_id="13", text="Dw i ddim eisiau byw", language="cy",
                               assessment=RiskAssessment("urgent", ("suicide",)), alert_needed=True)
    return reference


def a_transcript(url: str, sender: str) -> UrlSQLTrackerStore:
    """Rasa's own tracker store in the same database, holding this sender's words."""
    store = UrlSQLTrackerStore(domain=Domain.empty(), host=url)
    tracker = DialogueStateTracker.from_events(sender, [UserUttered(WORDS), BotUttered("Diolch")])
    asyncio.run(store.save(tracker))
    return store


def answers_of(sender: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        return [a.text for a in conv.answers] if conv is not None else []


def events_of(sender: str) -> int:
    with session_scope() as s:
        return int(s.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar_one())


def test_delete_asks_first_in_the_persons_language_and_no_keeps_everything(harness: Harness) -> None:
    sender = expected_sender()
    a_record(sender)
    harness.deliver(text_update(CHAT, "/delete"))
    asked = harness.fake.calls_of("sendMessage", CHAT)[-1]
    assert asked.text == messages.text("delete_confirm", "cy", "ti")
    assert [b["callback_data"] for b in asked.buttons] == [DELETE_YES, DELETE_NO]
    assert [b["text"] for b in asked.buttons] == ["Dileu popeth", "Na, cadw fy atebion"]
    assert harness.assistant.received == []  # a channel matter: the conversation is not disturbed

    harness.deliver(callback_update(CHAT, DELETE_NO, pressed=asked))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("delete_cancelled", "cy", "ti")
    assert harness.fake.calls_of("editMessageReplyMarkup", CHAT)  # the question's buttons are gone
    assert answers_of(sender) == [WORDS]


def test_delete_yes_erases_the_record_and_rasas_transcript_and_says_so(harness: Harness, sqlite_url: str) -> None:
    sender = expected_sender()
    a_record(sender)
    a_transcript(sqlite_url, sender)
    other = "tg-someone-else"
    a_record(other)
    a_transcript(sqlite_url, other)
    assert events_of(sender) > 0

    harness.deliver(text_update(CHAT, "/delete"))
    asked = harness.fake.calls_of("sendMessage", CHAT)[-1]
    harness.deliver(callback_update(CHAT, DELETE_YES, pressed=asked))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("delete_done", "cy", "ti")
    with session_scope() as s:
        assert repository.get_conversation(s, sender) is None
        for table in ("answers", "draft_outcomes", "unreadable_messages"):
            rows = s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608 - fixed names
            assert rows == 1, table  # only the other person's
    assert events_of(sender) == 0
    assert events_of(other) > 0 and answers_of(other) == [WORDS]

    harness.deliver(text_update(CHAT, "/delete"))
    again = harness.fake.calls_of("sendMessage", CHAT)[-1]
    assert again.text == messages.text("delete_confirm", None)  # nothing known now: both languages
    harness.deliver(callback_update(CHAT, DELETE_YES, pressed=again))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("delete_nothing_held", None)


def test_an_urgent_flag_is_kept_for_the_duty_team_and_the_person_is_told(harness: Harness, sqlite_url: str) -> None:
    sender = expected_sender()
    reference = a_record(sender, urgent=True)
    a_transcript(sqlite_url, sender)
    harness.deliver(text_update(CHAT, "/delete"))
    asked = harness.fake.calls_of("sendMessage", CHAT)[-1]
    # What stays is said before they choose (stop-22 trial V30: he was told only after confirming).
    assert asked.text == messages.text("delete_confirm_safety_kept", "cy", "ti")
    assert "tîm diogelu" in asked.text
    harness.deliver(callback_update(CHAT, DELETE_YES, pressed=asked))
    said = harness.fake.calls_of("sendMessage", CHAT)[-1].text
    assert said == messages.text("delete_done_safety_kept", "cy", "ti")
    assert "tîm diogelu" in said and "999" in said
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None and conv.reference == reference and conv.urgent
        assert [f.text for f in conv.risk_flags] == ["Dw i ddim eisiau byw"]
        assert conv.answers == [] and conv.outcomes == [] and conv.unreadable == []
        assert conv.display_name is None
    assert events_of(sender) == 0


def test_erase_by_reference_for_a_later_command(sqlite_url: str) -> None:
    reference = a_record("rest-abc")
    done = erase_conversation(reference=reference)
    assert done.found and not done.kept_for_safety and done.answers == 1 and done.outcomes == 1
    assert done.message_key == "delete_done"
    with session_scope() as s:
        assert repository.get_conversation_by_reference(s, reference) is None
    assert erase_conversation(reference=reference).message_key == "delete_nothing_held"
    with pytest.raises(ValueError):
        erase_conversation()


# --- invitation links -------------------------------------------------------------------------------------

def test_start_with_an_invitation_ties_the_conversation_to_the_referral(harness: Harness) -> None:
    made = invitations.create_invitation(case_reference="CYF/2026/0042", team="plant-gogledd", language="cy",
                                         audience="young_person", created_by=None)
    harness.deliver(text_update(CHAT, f"/start {made.token}"))
    assert harness.assistant.texts == ['/choose_language{"language":"cy"}']  # in the known language
    sent = [c.text for c in harness.fake.calls_of("sendMessage", CHAT)]
    assert sent[-1] == messages.text("telegram_other_language", "cy", "ti")  # the other language offered
    with session_scope() as s:
        conv = repository.get_conversation(s, expected_sender())
        assert conv is not None
        assert (conv.case_reference, conv.team, conv.register, conv.channel) == (
            "CYF/2026/0042", "plant-gogledd", "ti", "telegram")

    # The same link from somebody else: kindly told, and still able to talk (unmatched).
    harness.deliver(text_update(CHAT + 1, f"/start {made.token}"))
    assert harness.fake.calls_of("sendMessage", CHAT + 1)[0].text == messages.text("invitation_link_used", None)
    assert harness.assistant.texts[-1] == "/greet"
    with session_scope() as s:
        stranger = repository.get_conversation(s, harness.channel().sender_id(CHAT + 1))
        assert stranger is not None and stranger.case_reference is None and stranger.unmatched_invitation


def test_an_unknown_link_still_lets_the_person_talk(harness: Harness) -> None:
    harness.deliver(text_update(CHAT, "/start not-a-real-token"))
    assert harness.fake.calls_of("sendMessage", CHAT)[0].text == messages.text("invitation_link_unknown", None)
    assert harness.assistant.texts == ["/greet"]


# --- /delete of a conversation that came through an invitation ---------------------------------------------

def invitation_row(made: invitations.NewInvitation) -> tuple[str | None, object, str | None]:
    """(sender id, bound at, channel) of the stored invitation."""
    with session_scope() as s:
        row = s.execute(text("SELECT sender_id, bound_at, channel FROM invitations WHERE id = :i"),
                        {"i": made.id}).one()
        return row[0], row[1], row[2]


@pytest.mark.parametrize("language, audience, register", [("cy", "young_person", "ti"), ("en", "person", "chi")])
def test_delete_unlinks_the_invitation_and_the_link_stays_used(harness: Harness, language: str, audience: str,
                                                                register: str) -> None:
    made = invitations.create_invitation(case_reference="CASE-ERASE-1", team="north", language=language,
                                         audience=audience, created_by=None)
    sender = expected_sender()
    harness.deliver(text_update(CHAT, f"/start {made.token}"))
    assert invitation_row(made)[0] == sender

    harness.deliver(text_update(CHAT, "/delete"))
    asked = harness.fake.calls_of("sendMessage", CHAT)[-1]
    assert asked.text == messages.text("delete_confirm", language, register)
    harness.deliver(callback_update(CHAT, DELETE_YES, pressed=asked))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("delete_done", language, register)

    linked, bound_at, _ = invitation_row(made)
    assert linked is None and bound_at is not None  # nothing ties it to the person; still used
    with session_scope() as s:
        dump = "\n".join(str(v) for row in s.execute(text("SELECT * FROM invitations")).all() for v in row)
    assert sender not in dump
    row = repository.get_invitation(made.id)
    assert row is not None and row.conversation_reference is None
    assert invitations.state_of(row) != "sent"  # never offered again as a link waiting to be opened
    assert not invitations.revoke(made.id, None)  # a used link cannot be revoked into anything new
    assert not invitations.is_bound_to(made.token, sender)

    # The same link again, from the same chat or anyone else: used, kindly told, tied to nothing.
    for chat in (CHAT, CHAT + 7):
        before = len(harness.assistant.received)
        harness.deliver(text_update(chat, f"/start {made.token}"))
        sent = harness.fake.calls_of("sendMessage", chat)
        assert messages.text("invitation_link_used", None) in [c.text for c in sent]  # learns nothing of the case
        assert len(harness.assistant.received) == before + 1
        with session_scope() as s:
            conv = repository.get_conversation(s, harness.channel().sender_id(chat))
            assert conv is not None and conv.case_reference is None and conv.unmatched_invitation
            assert conv.completed_by is None  # not the invitation's: they will be asked who they are
    assert invitation_row(made)[0] is None


# --- a question typed at the delete prompt (stop-22 trial V30) -------------------------------------------------

@pytest.mark.parametrize("typed", [
    "what happens to what I told you about him?",
    "ydi'r gweithiwr yn cael gweld?",
    "aros, be sy'n digwydd i'r stwff am yr athrawon? os fi'n dileu ydy'r safeguarding yn mynd hefyd",
    "wait, does the safeguarding go too",
])
def test_a_question_at_the_delete_prompt_is_answered_and_the_prompt_comes_again(harness: Harness, typed: str) -> None:
    sender = expected_sender()
    a_record(sender, urgent=True)
    harness.deliver(text_update(CHAT, "/delete"))
    harness.deliver(text_update(CHAT, typed))
    *_, answer, again = harness.fake.calls_of("sendMessage", CHAT)
    assert answer.text == messages.text("delete_question_answer_safety_kept", "cy", "ti")
    assert "tîm diogelu" in answer.text  # what stays, and who sees it, said honestly
    assert again.text == messages.text("delete_confirm_again_safety_kept", "cy", "ti")
    assert [b["callback_data"] for b in again.buttons] == [DELETE_YES, DELETE_NO]
    assert harness.assistant.received == []  # not added to the record, not a break
    assert answers_of(sender) == [WORDS]  # nothing deleted yet
    harness.deliver(callback_update(CHAT, DELETE_NO, pressed=again))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("delete_cancelled", "cy", "ti")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_answer_without_a_safety_flag_says_the_worker_will_not_see_it(harness: Harness, language: str) -> None:
    sender = expected_sender()
    a_record(sender)
    repository.update_conversation(sender, language=language, register="chi")
    harness.deliver(text_update(CHAT, "/delete"))
    harness.deliver(text_update(CHAT, "ydi'r gweithiwr yn cael gweld?" if language == "cy"
                                else "will the worker see it?"))
    *_, answer, again = harness.fake.calls_of("sendMessage", CHAT)
    assert answer.text == messages.text("delete_question_answer", language, "chi")
    assert again.text == messages.text("delete_confirm_again", language, "chi")


def test_an_answer_typed_after_the_prompt_goes_to_the_conversation(harness: Harness) -> None:
    sender = expected_sender()
    a_record(sender)
    harness.deliver(text_update(CHAT, "/delete"))
    harness.deliver(text_update(CHAT, "mynd i'r pwll nofio efo fy ffrindiau"))
    assert harness.assistant.texts == ["mynd i'r pwll nofio efo fy ffrindiau"]  # as before: no question, no wait


def test_the_delete_prompt_is_read_once_not_for_every_message(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop 24: one database read per incoming message, for a prompt the channel knows is not waiting, is avoided:
    read once (which clears it), then again only after the channel asked "delete everything?" once more. The real
    read runs every time it is made; only how many times is counted."""
    import channels.telegram as telegram_channel

    real = repository.delete_asked_within
    reads: list[str] = []

    def counted(sender_id: str, seconds: float) -> bool:
        reads.append(sender_id)
        return real(sender_id, seconds)

    monkeypatch.setattr(telegram_channel.repository, "delete_asked_within", counted)
    sender = expected_sender()
    a_record(sender)
    harness.deliver(text_update(CHAT, "mynd i'r pwll nofio"), text_update(CHAT, "a gweld fy ffrindiau"),
                    text_update(CHAT, "dyna i gyd"))
    assert len(reads) == 1  # the first message read it; the others knew
    harness.deliver(text_update(CHAT, "/delete"), text_update(CHAT, "ydi'r gweithiwr yn cael gweld?"),
                    text_update(CHAT, "ydi'r gweithiwr yn cael gweld?"), text_update(CHAT, "mynd i'r parc"),
                    text_update(CHAT, "a'r sinema"))
    # a fresh channel reads once; after each "delete everything?" (asked, then again after the answer) once more
    assert len(reads) == 1 + 3
    asked = [c.text for c in harness.fake.calls_of("sendMessage", CHAT)]
    assert asked.count(messages.text("delete_question_answer", "cy", "ti")) == 2  # each question answered
    assert harness.assistant.texts[-2:] == ["mynd i'r parc", "a'r sinema"]  # then on to the conversation


# --- the summary after /delete (eighth trial AB19: "Carry on…: Not recorded" was left behind) ----------------------

def summary_after_delete(harness: Harness, language: str, register: str) -> tuple[str, dict[str, Any]]:
    """A disclosure, the helplines given, "carry on" pressed; then /delete, confirmed, over Telegram."""
    sender = expected_sender()
    reference = a_record(sender, urgent=True)
    repository.update_conversation(sender, language=language, register=register,
                                   completed_by="young_person" if register == "ti" else "person")
    repository.record_consent(sender, True)
    repository.note_helplines_given(sender, "13", ["samaritans"])
    repository.note_pause_step(sender, "carry_on", "14")
    before = load_record(reference)
    assert before is not None and before["erased_at"] is None
    assert [f.key for f in follow_up_of(build_view(before, language))] == [
        "helplines_given", "safe_check_choice"]  # "Chose to carry on" while their answers are there
    harness.deliver(text_update(CHAT, "/delete"))
    asked = harness.fake.calls_of("sendMessage", CHAT)[-1]
    assert asked.text == messages.text("delete_confirm_safety_kept", language, register)
    harness.deliver(callback_update(CHAT, DELETE_YES, pressed=asked))
    assert harness.fake.calls_of("sendMessage", CHAT)[-1].text == messages.text("delete_done_safety_kept", language,
                                                                                 register)
    after = load_record(reference)
    assert after is not None
    return reference, after


def follow_up_of(view: SummaryView) -> tuple[Fact, ...]:
    section = view.section("safeguarding")
    assert section is not None
    (flag,) = [item for item in section.items if item.level == "urgent"]
    return flag.follow_up


@pytest.mark.parametrize("language, register", [("cy", "ti"), ("en", "chi")])
@pytest.mark.parametrize("practitioner", ["cy", "en"])
def test_after_delete_the_summary_says_plainly_they_deleted_their_answers(harness: Harness, language: str,
                                                                          register: str, practitioner: str) -> None:
    _, record = summary_after_delete(harness, language, register)
    assert record["erased_at"] is not None and record["answers"] == [] and record["outcomes"] == []
    view = build_view(record, practitioner)
    label = view_labels()
    deleted_label = label["answers_deleted"][practitioner]
    # Under the disclosure: the helplines given, then that they deleted their answers: no "Carry on…" row.
    facts = follow_up_of(view)
    assert [f.key for f in facts] == ["helplines_given", "answers_deleted"]
    assert facts[1].label == deleted_label and facts[1].value  # with when
    markdown = render_markdown(record, practitioner)
    for stale in ("after_choice", "choice_not_recorded", "not_recorded", "no_items", "not_confirmed_notice",
                  "language_not_stated", "active_offer_ask"):
        assert label[stale][practitioner] not in markdown, stale
    # Said once, plainly, in the practitioner's language, where "not confirmed yet" would be (and on the PDF's page 1).
    about = view.section("about")
    assert about is not None and [n.key for n in about.notices] == ["answers_deleted"]
    assert about.notices[0].text == label["answers_deleted_notice"][practitioner].format(
        time=format_time(record["erased_at"], practitioner))
    assert about.notices[0].text in markdown
    assert view.glance_notices[0] == about.notices[0]
    # Only what the duty team needs: the words that raised the alert, and no section of answers that are gone.
    assert view.quotes() == ["Dw i ddim eisiau byw"]
    assert [s.key for s in view.sections] == ["safeguarding", "about", "language", "visit"]
    assert WORDS not in markdown and "Cai" not in markdown
    assert render_html_body(record, practitioner).count(str(escape(about.notices[0].text))) == 1  # (as Jinja2 does)
    fhir = to_fhir(record)
    (response,) = [e["resource"] for e in fhir["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    assert {"url": EXT_ANSWERS_DELETED_AT, "valueDateTime": record["erased_at"]} in response["extension"]


def test_words_said_after_the_delete_are_shown_with_the_notice_that_earlier_ones_went(harness: Harness) -> None:
    reference, _ = summary_after_delete(harness, "en", "chi")
    later = "I'd like help with the shopping"
    analysis = Analysis(later, LanguageGuess("en", 1.0, "test"), "change", 0.9,
                        outcomes=(OutcomeSpan(later, 0, len(later), "change", 0.9, False),))
    repository.record_answer(expected_sender(), question_key="what_matters", question_text="What matters to you?",
                             text=later, whose_view="person", about="person", analysis=analysis, message_id="21")
    record = load_record(reference)
    assert record is not None
    view = build_view(record, "en")
    about = view.section("about")
    assert about is not None
    assert [n.key for n in about.notices] == ["answers_deleted", "not_confirmed"]
    assert about.notices[0].text == view_labels()["answers_deleted_notice_since"]["en"].format(
        time=format_time(record["erased_at"], "en"))
    assert later in view.quotes() and view.section("what_matters") is not None
    # The flag raised before the deletion still says so, and no answer since is read as "chose to carry on".
    assert [f.key for f in follow_up_of(view)] == ["helplines_given", "answers_deleted"]


def test_retention_keeping_the_duty_part_does_not_say_the_person_deleted_anything(sqlite_url: str) -> None:
    reference = a_record("rest-kept", urgent=True)
    done = erase_conversation(reference=reference, asked_by_person=False)  # as bot.conversation.retention does
    assert done.kept_for_safety
    record = load_record(reference)
    assert record is not None and record["erased_at"] is None
    assert "answers_deleted" not in [n.key for s in build_view(record, "cy").sections for n in s.notices]
    asked = a_record("rest-asked", urgent=True)
    erase_conversation(reference=asked)  # `whatmatters erase` at the person's request
    record = load_record(asked)
    assert record is not None and record["erased_at"] is not None
