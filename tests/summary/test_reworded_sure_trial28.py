"""Rewording an item keeps it sure when its group does not change (fifth trial, stop 28, Y16), Welsh and English.

After "Newid y geiriau" (edit the words) an item showed "(?)" though its group was certain before and the new words
are read in the same group. New words read in another group are still a draft to confirm (stop-22 trial V5:
tests/summary/test_reworded_group_stop22.py). Through the real repository.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record

SAME_GROUP = {"cy": "Dw i isio dal i fynd i'r côr bob nos Fercher", "en": "I want to keep going to choir every Wednesday"}
OTHER_GROUP = {"cy": "wi moyn i'r athrawon stopo pigo arna i trwy'r amser",
               "en": "i want the teachers to stop picking on me all the time"}


def _sure_keep_item() -> dict:
    record = load_record("tg-carer-1")
    assert record is not None
    return next(o for o in record["outcomes"] if o["type"] == "maintenance" and not o["to_confirm"])


@pytest.mark.parametrize("words", ["cy", "en"])
def test_new_words_in_the_same_group_stay_sure(seeded_db, words: str) -> None:
    old = _sure_keep_item()
    assert analyse(SAME_GROUP[words]).outcome_type == "maintenance"
    new_id = repository.replace_outcome_text("tg-carer-1", old["id"], SAME_GROUP[words], analyse(SAME_GROUP[words]))
    record = load_record("tg-carer-1")
    assert record is not None
    (new,) = [o for o in record["outcomes"] if o["id"] == new_id]
    assert (new["text"], new["type"], new["to_confirm"]) == (SAME_GROUP[words], "maintenance", False)


@pytest.mark.parametrize("words", ["cy", "en"])
def test_new_words_in_another_group_are_still_a_draft(seeded_db, words: str) -> None:
    old = _sure_keep_item()
    new_id = repository.replace_outcome_text("tg-carer-1", old["id"], OTHER_GROUP[words], analyse(OTHER_GROUP[words]))
    record = load_record("tg-carer-1")
    assert record is not None
    (new,) = [o for o in record["outcomes"] if o["id"] == new_id]
    assert new["type"] != "maintenance" and new["to_confirm"]
