"""Re-trial 35 AL3: a wish beside a disclosure is an outcome in every format.

After a homelessness disclosure, "my foster mum Bev is sound, honestly im fine, she'll kill me if she thinks I've been
moaning about her. football on a sunday in Aberfan, i want to keep that whatever happens" was added to the alert, and
its football wish was an outcome in the JSON (`safeguarding: true`) but on neither the page nor the PDF. Now (the lead's
stop-35 reading of "she'll kill me if…" as an idiom) the wish is an outcome in the JSON, the page and the PDF alike,
and the disclosure's own words are in the safeguarding section only. Played through the conversation core with SQLite.
"""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot.summary import load_record, render
from tests.conversation.memory import started_with_record
from tests.summary.test_safeguarding_section import pdf_text

DISCLOSURE = {"en": "thing is im sofa surfing at my mates in merthyr and his mam says i gotta be out by friday",
              "cy": "dw i'n cysgu ar soffa fy mêt ym Merthyr a ma'i fam o'n deud bod rhaid i fi fynd erbyn dydd Gwener"}
CARRY_ON = {"en": "ok carry on", "cy": "iawn, parhau"}
STRENGTHS = {
    "en": "my foster mum Bev is sound, honestly im fine, she'll kill me if she thinks I've been moaning about her. "
          "football on a sunday in Aberfan, i want to keep that whatever happens",  # the re-trial's words
    "cy": "ma mam maeth fi, Bev, yn grêt, dw i'n iawn, bydd hi'n fy lladd i os ydy hi'n meddwl mod i'n cwyno amdani. "
          "ffwtbol ar ddydd Sul yn Aberfan, dw i isio cadw hwnna beth bynnag sy'n digwydd",
}
WISH = {"en": "football on a sunday in Aberfan, i want to keep that whatever happens",
        "cy": "ffwtbol ar ddydd Sul yn Aberfan, dw i isio cadw hwnna beth bynnag sy'n digwydd"}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_wish_beside_a_disclosure_is_an_outcome_everywhere(sqlite_url: str, lang: str, tmp_path: Path) -> None:
    sender = f"fix36a-al3-{lang}"
    conversation = started_with_record(sender, lang, role="young_person", name="Rhys")
    conversation.say(DISCLOSURE[lang])
    conversation.say(CARRY_ON[lang])
    while conversation.requested != "q_strengths":
        conversation.say("/skip", intent="skip")
    conversation.say(STRENGTHS[lang])
    record = load_record(sender)
    assert record is not None
    (wish,) = [o for o in record["outcomes"] if o["text"] == WISH[lang]]
    assert wish["safeguarding"] is False and wish["type"] == "maintenance"
    page = " ".join(html.unescape(render.render_html_body(record, lang)).split())
    pdf = pdf_text(render.render_pdf(record, lang), tmp_path)
    for shown in (page, pdf):
        assert f"“{WISH[lang]}”" in shown
    # the disclosure itself is quoted, whole, only where the safeguarding team reads it
    assert [f["text"] for f in record["risk_flags"]] == [DISCLOSURE[lang]]
    assert not any(DISCLOSURE[lang] in o["text"] for o in record["outcomes"])
