"""A person's wish passed on in the carer's own answer is shown as the person's view, as the carer passed it on."""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view, label

WORDS = "I want a night's sleep. He says he wants peace from me"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_persons_view_as_the_carer_passed_it_on(seeded_db, language: str) -> None:
    repository.record_answer(
        "tg-carer-1", question_key="carer_own", question_text="What matters to you?", text=WORDS,
        whose_view="carer", about="carer", analysis=analyse(WORDS, question="change"),
        about_outcome=lambda text: "person" if "wants peace" in text else "carer",
    )
    record = load_record("tg-carer-1")
    assert record is not None
    # found by its words, with or without the frame "He says" (bot.analysis.outcomes decides that)
    (reported,) = [o for o in record["outcomes"] if "wants peace" in o["text"]]
    assert (reported["about"], reported["whose_view"], reported["reported_by"]) == ("person", "person", "carer")
    view = build_view(record, language)
    section = view.section("what_matters")
    assert section is not None
    (item,) = [i for i in section.items if i.quote == reported["text"]]
    assert label("whose_person_reported", language) in item.meta
    carer = view.section("carer")
    assert carer is not None and reported["text"] not in [i.quote for i in carer.items if i.source == "outcome"]
    # the carer's own wish at the same question does not differ from his (nothing sets one against the other:
    # trial T6): each stays where it belongs, the carer's in the carer's section
    (own,) = [o for o in record["outcomes"] if "night's sleep" in o["text"]]
    assert "views" not in [g.key for g in section.groups]
    assert own["text"] in [i.quote for i in carer.items if i.source == "outcome"]
    assert "views_side_by_side" not in [n.key for n in carer.notices]
