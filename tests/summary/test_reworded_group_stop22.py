"""Rewording an item at the read-back is no choice of its group (stop-22 trial V5), Welsh and English words.

A 14-year-old retyped his one change wish ("wi moyn i'r athrawon stopo pigo arna i trwy'r amser") over an item that was
under "keep"; the new words kept "keep" and were labelled "Group: keep (the person's choice)" though he never chose a
group. Now the new words' group is read again and is a draft to confirm at the visit ("Assistant's draft: change"); a
group the person did choose (a "move to" button) stays theirs. Through the real repository; view in both languages.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view, label

NEW = {"cy": "wi moyn i'r athrawon stopo pigo arna i trwy'r amser",
       "en": "i want the teachers to stop picking on me all the time"}


def _keep_item() -> dict:
    record = load_record("tg-carer-1")
    assert record is not None
    return next(o for o in record["outcomes"] if o["type"] == "maintenance")


@pytest.mark.parametrize("words", ["cy", "en"])
def test_new_words_are_a_draft_not_the_persons_choice(seeded_db, words: str) -> None:
    old = _keep_item()
    new_id = repository.replace_outcome_text("tg-carer-1", old["id"], NEW[words], analyse(NEW[words]))
    record = load_record("tg-carer-1")
    assert record is not None
    (new,) = [o for o in record["outcomes"] if o["id"] == new_id]
    assert new["text"] == NEW[words] and new["type_set_by"] == "model" and new["to_confirm"]
    assert new["type"] == analyse(NEW[words]).outcome_type  # read again, not the old item's "keep"
    for ui in ("cy", "en"):
        item = next(i for s in build_view(record, ui).sections for g in s.groups for i in g.items
                    if i.source == "outcome" and i.id == new_id)
        assert item.type_label == label("draft_type", ui, type=label("type_" + new["type"], ui))
        assert item.to_confirm_label == label("to_confirm", ui)


def test_a_group_they_chose_stays_theirs_when_reworded(seeded_db) -> None:
    old = _keep_item()
    repository.change_outcome_type("tg-carer-1", old["id"], "maintenance", corrected_by="person")
    new_id = repository.replace_outcome_text("tg-carer-1", old["id"], NEW["en"], analyse(NEW["en"]))
    record = load_record("tg-carer-1")
    assert record is not None
    (new,) = [o for o in record["outcomes"] if o["id"] == new_id]
    assert (new["type"], new["type_set_by"], new["to_confirm"]) == ("maintenance", "person", False)
