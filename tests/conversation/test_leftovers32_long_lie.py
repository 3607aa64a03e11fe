"""Re-trial 31 AC6: a long lie after a fall, and who must not be told (stop 32).

"…I went over in the bathroom a fortnight back and couldn't get myself up, I was lying there on the lino most of the
night…" was flagged as *isolation*: it is the falls concern. "Karen doesn't know and I'd rather she didn't" was a
*keep* outcome: it is what must not be shared, at the top of the summary, never an outcome to confirm at the visit
(where Karen may be) nor read back as a wish. Welsh twins, north and south ("fyswn i'n well gen i bod hi ddim yn
gwbod", "well 'da fi bo hi ddim yn gwbod"). Through the conversation core, SQLite and the summary renderer.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis import analyse
from bot.analysis.keep_from import says_who_must_not_be_told
from bot.storage import repository
from bot.summary import load_record, render
from tests.conversation.memory import started_with_record

#: The re-trial's words (English), and Welsh twins, north and south.
LONG_LIE = {
    "en": "Truth be told I went over in the bathroom a fortnight back and couldn't get myself up, I was lying there on "
          "the lino most of the night till the morning, cold as anything. I never pressed nothing, didn't want a fuss. "
          "Karen doesn't know and I'd rather she didn't, she'll only worry and have me in a home. Apart from that I'd "
          "like to get the bath sorted, and get back down the allotment to dig and plant the spuds",
    "cy": "A deud y gwir es i lawr yn y bathrwm bythefnos yn ôl a fedrwn i ddim codi fy hun, bues i'n gorwedd ar y leino "
          "am y rhan fwya o'r nos tan y bore, yn oer ofnadwy. Wnes i ddim pwyso dim byd, o'n i ddim isio ffys. Dydi "
          "Karen ddim yn gwbod a fyswn i'n well gen i bod hi ddim yn gwbod, neith hi ddim ond poeni a'n rhoi fi mewn "
          "cartref. Heblaw am hynny swn i'n licio cael trefn ar y bath, a mynd yn ôl i lawr i'r rhandir i balu",
    "cy-south": "Wi'n gweud y gwir, bues i'n gorwedd ar y leino am y rhan fwya o'r nos ar ôl cwmpo yn y bathrwm. Dyw "
                "Karen ddim yn gwbod a well 'da fi bo hi ddim yn gwbod, bydd hi'n becso. Licen i gael y bath wedi'i "
                "sorto",
}
UNTOLD = {"en": "Karen doesn't know and I'd rather she didn't", "cy": "fyswn i'n well gen i bod hi ddim yn gwbod",
          "cy-south": "well 'da fi bo hi ddim yn gwbod"}


@pytest.mark.parametrize("case", list(LONG_LIE))
def test_a_long_lie_is_falls_not_isolation(case: str) -> None:
    risk = analyse(LONG_LIE[case]).risk
    assert risk.level == "concern" and "falls" in risk.categories and "isolation" not in risk.categories


@pytest.mark.parametrize("text", [
    "I was lying there on the lino most of the night", "bues i'n gorwedd ar y leino am y rhan fwya o'r nos",
    "he went over in the kitchen and couldn't get himself up", "es i lawr yn y gegin a fedrwn i ddim codi",
])
def test_each_part_of_a_long_lie_is_falls(text: str) -> None:
    assert "falls" in analyse(text).risk.categories


@pytest.mark.parametrize("text", [
    "I'd rather she didn't worry about me", "well gen i bod hi ddim yn dod bob dydd",
    "Karen doesn't know the way and I'd rather she didn't come on her own",
])
def test_rather_she_did_not_do_something_else_is_no_untold_wish(text: str) -> None:
    assert not says_who_must_not_be_told(text)


@pytest.mark.parametrize("case", list(LONG_LIE))
def test_who_must_not_be_told_is_at_the_top_never_an_outcome(sqlite_url: str, case: str) -> None:
    language = "en" if case == "en" else "cy"
    sender = "mem-l32-lie-" + hashlib.sha256(case.encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="person", name="Dai")
    while conversation.requested != "q_change":
        conversation.say("/skip", intent="skip")
    conversation.say(LONG_LIE[case])
    record = load_record(sender)
    assert record is not None
    flags = record["risk_flags"]
    assert any("falls" in f["categories"] for f in flags)
    assert not any("isolation" in f["categories"] for f in flags)
    outcomes = [o for o in record["outcomes"] if not o["sensitive"]]  # (the words kept from Karen are none)
    assert outcomes and not any(UNTOLD[case] in o["text"] or "Karen" in o["text"] for o in outcomes)
    read_back = repository.outcomes_for_readback(sender)
    assert not any("Karen" in o.text or UNTOLD[case] in o.text for o in read_back)  # never read back as a wish
    answer = next(a for a in record["answers"] if a["text"] == LONG_LIE[case])
    assert UNTOLD[case] in str(answer["sensitive_words"])
    for ui in ("cy", "en"):
        markdown = render.md_unescape(render.render_markdown(record, ui))
        assert UNTOLD[case] in markdown
