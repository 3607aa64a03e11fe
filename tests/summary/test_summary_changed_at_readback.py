"""An answer changed at the read-back: every format shows the latest wording, the earlier one marked (issue 11).

The trial's carer changed "Monday or Friday afternoons..." to "actually Friday mornings are better, Monday
she has the chiropodist"; the summary's "Best time to visit" still showed the old time only.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record
from bot.summary.fhir import EXT_EARLIER_WORDING, to_fhir
from bot.summary.render import render_markdown
from bot.summary.view import build_view, label

NEW_WORDS = {"cy": "Bore dydd Gwener sy orau rŵan, mae'r traed-doctor yn dod ddydd Mawrth",
             "en": "actually Friday mornings are better, Monday she has the chiropodist"}
OLD_WORDS = "Bore dydd Mawrth, ar ôl 10."  # the Welsh carer's visit_time answer (conftest)


def _change_visit_time(language: str) -> dict:
    record = load_record("tg-carer-1")
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["question_key"] == "visit_time"]
    assert answer["text"] == OLD_WORDS
    (outcome,) = [o for o in record["outcomes"] if o["answer_id"] == answer["id"]]
    repository.replace_outcome_text("tg-carer-1", outcome["id"], NEW_WORDS[language], analyse(NEW_WORDS[language]))
    changed = load_record("tg-carer-1")
    assert changed is not None
    return changed


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_latest_wording_first_and_the_earlier_one_marked(seeded_db, language: str) -> None:
    record = _change_visit_time(language)
    new = NEW_WORDS[language]
    # JSON: both kept, linked both ways
    (old,) = [a for a in record["answers"] if a["question_key"] == "visit_time"]
    (edit,) = [a for a in record["answers"] if a["question_key"] == "readback_edit"]
    assert (old["text"], old["changed_to"], old["latest_text"]) == (OLD_WORDS, edit["id"], new)
    assert edit["changes"] == old["id"] and edit["text"] == new
    for interface in ("cy", "en"):
        view = build_view(record, interface)
        section = view.section("visit_time")
        assert section is not None
        first, second = section.items
        assert (first.quote, second.quote) == (new, OLD_WORDS)
        assert label("changed_latest", interface) in first.meta
        assert label("changed_earlier", interface) in second.meta
        markdown = render_markdown(record, interface)
        part = markdown[markdown.index(section.title):]
        assert part.index(new) < part.index(OLD_WORDS)
    # FHIR: the item answers the visit question with the new words; the earlier ones in an extension
    (qr,) = [e["resource"] for e in to_fhir(record)["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    (item,) = [i for i in qr["item"] if i["linkId"] == "visit_time"]
    assert item["answer"][0]["valueString"] == new
    assert {"url": EXT_EARLIER_WORDING, "valueString": OLD_WORDS} in item["extension"]
    assert "readback_edit" not in [i["linkId"] for i in qr["item"]]


def test_an_answer_never_changed_is_shown_once_unmarked(welsh_carer_record) -> None:
    view = build_view(welsh_carer_record, "en")
    section = view.section("visit_time")
    assert section is not None and [i.quote for i in section.items] == [OLD_WORDS]
    assert label("changed_earlier", "en") not in section.items[0].meta


#: Words given at the read-back to change an item that disclose harm (the reviewer's stop 16 note).
DISCLOSURE_AS_EDIT = {"cy": "Dim ots am hynny. Mae o'n fy nharo i pan mae o wedi yfed",
                      "en": "Never mind that. He hits me when he's been drinking"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_disclosure_given_as_an_edit_is_never_an_outcome_nor_the_items_new_wording(seeded_db, language: str) -> None:
    record = load_record("tg-carer-1")
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["question_key"] == "visit_time"]
    (outcome,) = [o for o in record["outcomes"] if o["answer_id"] == answer["id"]]
    words = DISCLOSURE_AS_EDIT[language]
    analysis = analyse(words)
    assert analysis.risk.level == "urgent"
    # As note_risk does for every message, before the read-back form keeps the words.
    repository.record_risk("tg-carer-1", message_id=f"edit-{language}", text=words, assessment=analysis.risk,
                           language=language, alert_needed=True)
    assert repository.replace_outcome_text("tg-carer-1", outcome["id"], words, analysis) is None
    changed = load_record("tg-carer-1")
    assert changed is not None
    assert [o["text"] for o in changed["outcomes"] if o["answer_id"] == answer["id"]] == [outcome["text"]]  # kept
    assert words not in [o["text"] for o in changed["outcomes"]]
    (edit,) = [a for a in changed["answers"] if a["question_key"] == "readback_edit"]
    assert edit["text"] == words  # the words are kept, verbatim
    (old,) = [a for a in changed["answers"] if a["question_key"] == "visit_time"]
    assert old["latest_text"] is None and edit["changes"] is None
    for interface in ("cy", "en"):
        view = build_view(changed, interface)
        section = view.section("visit_time")
        assert section is not None and [i.quote for i in section.items] == [OLD_WORDS]
        top = view.section("safeguarding")
        assert top is not None and words in [i.quote for i in top.items]
        assert view.quotes().count(words) == 1  # at the top, and nowhere else


LONGER = {"cy": "Mae o isio mwy o ffisio. Mi fasa rampyn wrth y drws cefn yn help mawr hefyd.",
          "en": "He wants more physio. A ramp at the back door would be a big help too."}
ITEM_NOW = {"cy": "Rampyn wrth y drws ffrynt, dim y cefn", "en": "A ramp at the front door, not the back"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_one_item_of_a_longer_answer_changed_leaves_the_rest_of_the_answer_standing(seeded_db,
                                                                                    language: str) -> None:
    """Stop 17 trial: after one item was edited, her whole change answer was marked "earlier words"."""
    stored = repository.record_answer("tg-carer-1", question_key="change", question_text="q-change",
                                      text=LONGER[language], whose_view="carer", about="person",
                                      analysis=analyse(LONGER[language]))
    record = load_record("tg-carer-1")
    assert record is not None
    items = [o for o in record["outcomes"] if o["answer_id"] == stored.answer_id]
    assert len(items) >= 2, items  # the answer holds more than the item changed
    repository.replace_outcome_text("tg-carer-1", items[-1]["id"], ITEM_NOW[language], analyse(ITEM_NOW[language]))
    changed = load_record("tg-carer-1")
    assert changed is not None
    (original,) = [a for a in changed["answers"] if a["id"] == stored.answer_id]
    assert original["changed_to"] is None and original["latest_text"] is None  # not marked as taken back
    assert ITEM_NOW[language] in [o["text"] for o in changed["outcomes"]]
    assert items[-1]["text"] not in [o["text"] for o in changed["outcomes"]]
    assert items[0]["text"] in [o["text"] for o in changed["outcomes"]]
    for interface in ("cy", "en"):
        assert label("changed_earlier", interface) not in render_markdown(changed, interface)
