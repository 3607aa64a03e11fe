"""A concern the model read in a whole short answer never empties its section (stop-22 trial V10), Welsh and English.

"Me mostly, I go round every evening after work and do his tablets and his tea. My sister Claire does Sundays ..." (who
helps Ken) was read as "low mood" by the learned model alone, no sentence of it reading so; the whole answer went to the
top and "Strengths and who helps" held only "Some of their words here are shown only under ...". Now such an answer is
quoted whole at the top and kept whole with its question too, marked as also quoted at the top. Through the real
repository (the flag pinned, as the trial's model read it); the view and Markdown in both languages.
"""
from __future__ import annotations

import re

import pytest

from bot.analysis import analyse
from bot.analysis.types import RiskAssessment
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label

WHO_HELPS = {
    "en": ("Me mostly, I go round every evening after work and do his tablets and his tea. My sister Claire does "
           "Sundays. Next door, Pat, keeps an eye and she rang me both times he fell. He's still sharp as anything "
           "mentally, does the crossword every day."),
    "cy": ("Fi yn bennaf, dwi'n mynd draw bob nos ar ôl gwaith i neud ei dabledi a'i de. Mae fy chwaer Claire yn neud "
           "dydd Sul. Drws nesa, Pat, yn cadw llygad ac mi ffoniodd hi fi y ddau dro y syrthiodd o. Mae o'n dal yn "
           "siarp fel dim yn ei ben, yn gneud y croesair bob dydd."),
}


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_a_model_only_concern_stays_in_its_section_too(sqlite_url: str, lang: str, ui: str) -> None:
    sender, words = f"v10-{lang}-{ui}", WHO_HELPS[lang]
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer", display_name="Gareth", cared_for_name="Ken")
    repository.record_answer(sender, question_key="strengths", question_text="What is going well, and who helps?",
                             text=words, whose_view="carer", about="person", analysis=analyse(words), message_id="m1")
    repository.record_risk(sender, message_id="m1", text=words, assessment=RiskAssessment("concern", ("low_mood",)),
                           language=lang, alert_needed=False)
    record = load_record(sender)
    assert record is not None
    view = build_view(record, ui)
    strengths = view.section("strengths")
    assert strengths is not None
    (item,) = [i for g in strengths.groups for i in g.items]
    assert item.quote == words  # whole, with its question's section
    assert label("concern_excerpt_whole", ui, section=label("sec_safeguarding", ui)) in item.meta
    assert not [n for n in strengths.notices if n.key == "moved_to_safeguarding"]
    top = view.sections[0]
    assert words in [i.quote for g in top.groups for i in g.items]  # and at the top, as the concern
    md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
    assert md.count(" ".join(words.split())) == 2
