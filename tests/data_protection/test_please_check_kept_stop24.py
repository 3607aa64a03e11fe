"""A "please check" flag (stop 24) is the duty team's part, as an urgent one is.

Its alert asked the person on duty to read the message and decide, and links to the record: if "delete everything"
or the retention sweep took the words before they read them, the alert would lead nowhere. So an erasure keeps the
reference, the team and the flags (and says so, before and after), the sweep does not pick the record up again once
only that part is left, and declining consent or starting again says the words stayed. A plain concern still goes.
SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import timedelta

from bot import messages
from bot.analysis.types import RiskAssessment
from bot.conversation import steering
from bot.conversation.erase import confirm_message_key, erase_conversation
from bot.conversation.retention import RetentionPolicy, apply_retention
from bot.storage import repository
from bot.storage.db import session_scope
from bot.storage.models import utcnow
from tests.data_protection.conftest import WORDS, a_record, age

#: A dev-set message the learned model alone reads as maybe urgent (tests/safeguarding/test_please_check_stop24.py).
UNSURE = "I walked to the bridge last night and just stood there for a long time"


def with_a_flag(sender: str, *, please_check: bool) -> str:
    reference = a_record(sender)
    repository.record_risk(sender, message_id="m3", text=UNSURE, language="en", alert_needed=please_check,
                           assessment=RiskAssessment("concern", ("suicide",), please_check=please_check))
    return reference


def test_an_erasure_keeps_a_please_check_flag_for_the_duty_team_and_says_so_first(database_url: str) -> None:
    reference = with_a_flag("check-erase-1", please_check=True)
    assert confirm_message_key("check-erase-1") == "delete_confirm_safety_kept"  # told before they confirm
    done = erase_conversation(sender_id="check-erase-1")
    assert done.kept_for_safety and done.safety_flags_kept == 1
    with session_scope() as s:
        conv = repository.get_conversation_by_reference(s, reference)
        assert conv is not None and [f.text for f in conv.risk_flags] == [UNSURE]
        assert [f.please_check for f in conv.risk_flags] == [True]
        assert conv.answers == [] and conv.outcomes == [] and conv.display_name is None
        assert WORDS not in [a.text for a in conv.answers]


def test_a_plain_concern_goes_with_everything_else(database_url: str) -> None:
    reference = with_a_flag("check-erase-2", please_check=False)
    assert confirm_message_key("check-erase-2") == "delete_confirm"
    done = erase_conversation(sender_id="check-erase-2")
    assert not done.kept_for_safety and done.safety_flags_erased == 1
    with session_scope() as s:
        assert repository.get_conversation_by_reference(s, reference) is None


def test_the_sweep_keeps_the_duty_teams_part_once_and_then_leaves_it(database_url: str) -> None:
    with_a_flag("check-retention-1", please_check=True)
    age("check-retention-1", last_activity=utcnow() - timedelta(days=40))
    first = apply_retention(RetentionPolicy(30, 90))
    assert first.unconfirmed == 1 and first.kept_for_safety == 1
    again = apply_retention(RetentionPolicy(30, 90))
    assert again.unconfirmed == 0  # only the duty team's part is left: nothing more for the sweep
    with session_scope() as s:
        conv = repository.get_conversation(s, "check-retention-1")
        assert conv is not None and [f.please_check for f in conv.risk_flags] == [True]


def test_declining_or_starting_again_says_the_words_stayed(database_url: str) -> None:
    with_a_flag("check-decline-1", please_check=True)
    with_a_flag("check-decline-2", please_check=False)
    assert steering.declined_message("check-decline-1") == "declined_flag_kept"
    assert steering.declined_message("check-decline-2") == "declined"


# Stop 25: the messages that say the duty team keeps the words are shown for a "please check" too, where the assistant
# was only unsure. They said "because you told me something that means someone may not be safe" (Welsh "...efallai nad
# yw rhywun yn ddiogel"): a claim about what the person meant that a "please check" cannot make. They now say only
# what is true of both: the words went to the safeguarding team and stay with them.
KEPT_WORDS_MESSAGES = ("delete_confirm_safety_kept", "delete_question_answer_safety_kept", "delete_done_safety_kept",
                       "declined_flag_kept", "restarted_flag_kept")


def test_what_stays_is_said_without_claiming_someone_is_not_safe() -> None:

    for key in KEPT_WORDS_MESSAGES:
        for language in ("cy", "en"):
            for register in ("chi", "ti"):
                said = messages.text(key, language, register)
                assert ("tîm diogelu" in said) if language == "cy" else ("safeguarding team" in said), (key, language)
                for claim in ("may not be safe", "not being safe", "nad yw rhywun yn ddiogel", "sydd ddim yn ddiogel"):
                    assert claim not in said, (key, language, register)
