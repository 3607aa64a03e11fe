"""Whole conversations (stop 43, issue 11): the group each outcome is stored in, for the families of
tests/analysis/test_outcome_types_stop43.py, said at the question the writers said them at, in both languages.

AX1: a worker kept by name at "what would you like to keep?" is stored as process (how support is given); a friend
kept there stays a keep. AX2: "give me time" at "how shall we talk with you?" is process, not time of their own.
AX3: a home of their own at "what matters?" is a change, not a thing done now.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from tests.conversation.memory import skipped_to, stored_outcomes


def _sender(*parts: object) -> str:
    return "mem-types43-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


KEEP = {
    ("cy", "carer"): "Plis cadwch Carys.",  # the writer's words (a carer)
    ("en", "person"): "My CPN Steph, I've had her 4 years and she knows me inside out, please don't change her.",
    ("cy", "person"): "Fy ngofalwr Dafydd ar fore Mawrth, mae o'n grêt efo fi.",  # written for this test
    ("en", "young_person"): "dont swap him pls hes the only one who gets me",
}


@pytest.mark.parametrize("language,role", list(KEEP))
def test_a_worker_kept_is_stored_as_process(sqlite_url: str, language: str, role: str) -> None:
    conversation = skipped_to(_sender("ax1", language, role), language, role, "q_keep")
    conversation.say(KEEP[(language, role)])
    assert repository.answer_texts(conversation.sender_id, only="keep") == [KEEP[(language, role)]]
    assert stored_outcomes(conversation) == [(KEEP[(language, role)], "process")]


FRIEND = {"cy": "Gweld fy ffrind Siân bob dydd Sadwrn.", "en": "Seeing my friend Jen on a Friday for a coffee."}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_friend_kept_is_still_a_keep(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("ax1-twin", language), language, "person", "q_keep")
    conversation.say(FRIEND[language])
    assert stored_outcomes(conversation) == [(FRIEND[language], "maintenance")]


TIME = {"cy": "Rhowch amser i mi.", "en": "give me a bit of time to answer"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_time_given_is_stored_as_process(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("ax2", language), language, "person", "q_communication")
    conversation.say(TIME[language])
    assert stored_outcomes(conversation) == [(TIME[language], "process")]


HOME = {"cy": "Cael fflat fy hun yn Bangor.", "en": "Moving into my own flat."}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_home_of_their_own_is_a_change(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("ax3", language), language, "young_person", "q_what_matters")
    conversation.say(HOME[language])
    assert stored_outcomes(conversation) == [(HOME[language], "change")]
