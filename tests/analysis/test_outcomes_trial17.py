"""Outcomes from the stop-17 acceptance trial's real answers (/tmp/trial17 transcripts), each with a twin in
the other language: the rule, not the sentence, is what is tested.

1. Welsh conditional wishes ("Mi fasa'n braf cael...", "Mi fasa rampyn ... yn help mawr") and English
   "it'd be lovely to", "would be a big help" are wishes;
2. a wish said without a verb of wishing ("her tablets sorted", "rhywun i eistedd gyda Dad", "Gwybod bod
   rhywun ar gael", "Cwsg. Jyst cwsg 😴", "phone first") is kept;
3. a hedge ("Dim llawer a deud y gwir.", "to tell the truth") is never an outcome;
4. a limit on when to come ("Not Tuesdays if I ever get back to bowls") is a process outcome.
"""
from __future__ import annotations

import pytest

from bot.analysis import analyse, sort_outcomes
from bot.analysis.outcomes import MIN_OUTCOME_WORDS
from bot.analysis.types import OutcomeSpan


def _spans(text: str, question: str | None) -> tuple[OutcomeSpan, ...]:
    _otype, _conf, spans = sort_outcomes(text, question)
    for s in spans:  # exact slices, no fragments
        assert s.text == text[s.start:s.end]
        assert len(s.text.split()) >= MIN_OUTCOME_WORDS or s.text == text.strip()
    return spans


def _texts(text: str, question: str | None) -> list[str]:
    return [s.text for s in _spans(text, question)]


# ------------------------------------------------------------ 1. conditional wishes

GLENYS_CHANGE = ("Dim llawer a deud y gwir. Mi fasa'n braf cael canllaw ar y grisiau a rhywbeth yn y bathrwm i "
                 "afael ynddo fo, a dwi isio gallu mynd i Gaernarfon ar y bws eto heb boeni am ddisgyn. O, a dwi "
                 "isio i'r meddyg sbïo ar fy nghlun eto.")
GLENYS_CHANGE_EN = ("Not much to be honest. It'd be lovely to have a rail on the stairs and something in the bathroom "
                    "to hold on to, and I want to be able to get the bus to Caernarfon again without worrying about "
                    "falling. Oh, and I want the doctor to look at my hip again.")


@pytest.mark.parametrize("text,wish,hedge", [
    (GLENYS_CHANGE, "Mi fasa'n braf cael canllaw ar y grisiau a rhywbeth yn y bathrwm i afael ynddo fo", "gwir"),
    (GLENYS_CHANGE_EN, "It'd be lovely to have a rail on the stairs and something in the bathroom to hold on to",
     "honest"),
])
def test_a_conditional_wish_is_her_main_outcome_and_the_hedge_is_not(text: str, wish: str, hedge: str) -> None:
    spans = _spans(text, "change")
    assert wish in [s.text for s in spans]
    assert next(s for s in spans if s.text == wish).type == "change"
    assert not [s for s in spans if hedge in s.text]
    assert len(spans) == 3  # the rail, the bus, the doctor


@pytest.mark.parametrize("text,start", [
    ("Mae o isio mwy o ffisio, dim ond chwe sesiwn gafodd o. Mi fasa rampyn wrth y drws cefn yn help mawr hefyd, "
     "mae'r stepan yn beryg efo'r ffon. Ac mae o isio mynd yn ôl i'r Llew Coch nos Wener efo'r hogia.",
     "Mi fasa rampyn wrth y drws cefn yn help mawr hefyd"),
    ("He wants more physio, he only got six sessions. A ramp by the back door would be a big help too, the step's "
     "dangerous with his stick. And he wants to go back to the Red Lion on Friday nights with the lads.",
     "A ramp by the back door would be a big help too"),
])
def test_a_thing_that_would_be_a_help_is_a_wish(text: str, start: str) -> None:
    spans = _spans(text, "change")
    assert len(spans) == 3
    ramp = [s for s in spans if s.text.startswith(start)]
    assert len(ramp) == 1 and ramp[0].type == "change"


@pytest.mark.parametrize("text", [
    "Mi fasa'n grêt cael mynd i'r capel eto.",  # north
    "Mi fysa'n lyfli mynd i lan y môr efo'r plant.",
    "Basa'n dda cael rhywun i alw bob bore.",
    "Sa'n neis cael rhywun i siarad efo.",
    "Se fo'n help cael lifft i'r dre ar ddydd Sadwrn.",
    "Bydde fe'n grêt cael mynd i'r côr eto.",  # south
    "Byddai'n dda cael rhywun i helpu gyda'r siopa.",
    "Licen i fynd nôl i nofio yn y pwll.",
    "Hoffwn i gael mwy o help yn y bore.",
    "Baswn i'n licio gweld fy wyrion yn amlach.",
    "It'd be lovely to get out to the garden centre again.",  # English
    "A lift to the shops would be a big help.",
    "It would be nice to have the same carer every day.",
])
def test_conditional_wish_forms_are_outcomes_whatever_comes_before(text: str) -> None:
    # After a report the wish must stand on its own reading (a report's "mi" / "it" opening is not enough).
    lead = "Dwi'n byw ar ben fy hun. " if text[0] not in "IA" else "I live on my own. "
    answer = lead + text
    assert _texts(answer, None) == [text]


@pytest.mark.parametrize("text", [
    "Sa i'n dda iawn heddi.",  # south "I'm not well today"
    "Os oes tân yn y nos fyswn i ddim yn gwbod.",  # "I wouldn't know"
    "That would be hard for him.",
])
def test_a_conditional_that_is_no_wish_stays_a_report(text: str) -> None:
    assert _texts(text, None) == []


# ------------------------------------------------------------ 2. wishes without a verb of wishing

@pytest.mark.parametrize("text,wish", [
    ("For me, I'd like to get out a bit, bowls like I said, and somebody to sit with Maureen so I can. For her, she "
     "wants to be able to get in the bath again, she misses a proper soak, and her tablets sorted as they wear off by "
     "teatime. And I need help with the bills, the gas bill came last week and I nearly fell over",
     "her tablets sorted as they wear off by teatime."),
    ("I fi, licen i fynd mas chydig, bowls fel wedes i, a rhywun i eistedd gyda Maureen er mwyn i fi allu. Iddi hi, "
     "mae hi moyn gallu mynd i'r bath eto, mae hi'n gweld eisiau socian iawn, a'r tabledi wedi'u sortio achos maen "
     "nhw'n gwisgo bant erbyn amser te.",
     "tabledi wedi'u sortio achos maen nhw'n gwisgo bant erbyn amser te."),
])
def test_a_thing_and_the_state_it_should_be_in_is_a_wish(text: str, wish: str) -> None:
    texts = _texts(text, "change")
    assert wish in texts
    assert len(texts) >= 4  # getting out, a sitter, the bath, the tablets (and the bills)


@pytest.mark.parametrize("text,wish", [
    ("Talk to me like a grown man, not like I'm daft. Don't talk over Maureen either, she understands everything "
     "even if her voice is quiet. And phone first, don't just turn up", "phone first, don't just turn up"),
    ("Siaradwch efo fi fel dyn yn ei oed a'i amser, dim fel taswn i'n dwp. A ffoniwch gynta, peidiwch â jyst troi "
     "fyny", "ffoniwch gynta, peidiwch â jyst troi fyny"),
])
def test_a_short_instruction_keeps_the_one_after_its_comma(text: str, wish: str) -> None:
    spans = _spans(text, "process")
    found = [s for s in spans if s.text == wish]
    assert len(found) == 1 and found[0].type == "process"


def test_phone_as_a_thing_is_no_instruction() -> None:
    assert _texts("Phone is fine but landline please", "process") == ["Phone is fine but landline please"]


@pytest.mark.parametrize("text,wish", [
    ("Cwsg. Jyst cwsg 😴 Ac amser i fynd i chwarae rygbi cyffwrdd nos Iau 'to, sai 'di bod ers misoedd. A help gyda'r "
     "biliau, neu o leia rhywun i weud wrtha i os oes hawl 'da ni i ryw fudd-dal. RHYS-CWSG-RYGBI", "Cwsg. Jyst cwsg 😴"),
    ("Sleep. Just sleep 😴 And time to get back to touch rugby on a Thursday night, haven't been for months.",
     "Sleep. Just sleep 😴"),
])
def test_a_thing_said_twice_for_stress_is_one_wish(text: str, wish: str) -> None:
    texts = _texts(text, None)
    assert texts[0] == wish
    assert any(t.startswith(("amser i fynd", "time to get back")) for t in texts)


def test_two_different_short_things_are_not_joined_as_a_repeat() -> None:
    assert "Cwsg. Bwyd." not in _texts("Cwsg. Bwyd. Ac amser i fynd i chwarae rygbi nos Iau eto.", None)


@pytest.mark.parametrize("text,wish,second", [
    ("Ie, rhywun i eistedd gyda Dad un noson yr wythnos er mwyn i fi gael mynd mas. A sai moyn i Dad fynd i gartre, "
     "fydde fe byth yn maddau i fi.", "rhywun i eistedd gyda Dad un noson yr wythnos er mwyn i fi gael mynd mas.",
     "sai moyn i Dad fynd i gartre"),
    ("Yes, someone to sit with Dad one night a week so I can get out. And I don't want Dad going into a home, he'd "
     "never forgive me.", "someone to sit with Dad one night a week so I can get out.", "I don't want Dad going"),
])
def test_someone_to_do_a_thing_after_yes_is_a_wish(text: str, wish: str, second: str) -> None:
    texts = _texts(text, None)
    assert texts[0] == wish
    assert len(texts) == 2 and texts[1].startswith(second)


@pytest.mark.parametrize("text,wish", [
    ("Gwybod bod rhywun ar gael os dwi'n sâl. Grŵp gofalwyr ella, yn Gymraeg", "Gwybod bod rhywun ar gael os dwi'n sâl."),
    ("Knowing someone's there if I'm ill. A carers' group maybe, in Welsh", "Knowing someone's there if I'm ill."),
])
def test_knowing_someone_is_there_is_a_wish(text: str, wish: str) -> None:
    texts = _texts(text, "change")
    assert texts == [wish, text[len(wish) + 1:]]


# ------------------------------------------------------------ 3. hedges

@pytest.mark.parametrize("text", [
    "Dim llawer a deud y gwir.", "Not much to be honest.", "Dim llawer, a bod yn onest.", "Not a lot, to tell the truth.",
    "Fawr ddim.",
])
def test_a_hedge_alone_is_no_outcome(text: str) -> None:
    otype, _conf, spans = sort_outcomes(text, "change")
    assert otype is None and spans == ()


@pytest.mark.parametrize("text,wish", [
    ("Diwrnod da i Dad yw pan mae'n cofio pwy ydw i. Ma fe moyn aros yn y ffarm, mae wedi gweud 'na ganwaith. "
     "Wi wedi blino'n lân a gweud y gwir. RHYS-MART-DEFAID", "Ma fe moyn aros yn y ffarm"),
    ("A good day for Dad is when he remembers who I am. He wants to stay on the farm, he's said it a hundred times. "
     "I'm worn out to tell the truth.", "He wants to stay on the farm, he's said it a hundred times."),
])
def test_a_hedge_after_a_report_is_not_cut_off_as_an_outcome(text: str, wish: str) -> None:
    texts = _texts(text, None)
    assert texts == [wish]


# ------------------------------------------------------------ 4. visit-time limits

@pytest.mark.parametrize("text,limit,question", [
    ("Mornings are best, before Maureen gets tired. Not Tuesdays if I ever get back to bowls ha",
     "Not Tuesdays if I ever get back to bowls ha", "process"),
    ("Boreau sydd orau, cyn i Maureen flino. Ddim dydd Mawrth os a' i nôl i'r bowls byth ha",
     "Ddim dydd Mawrth os a' i nôl i'r bowls byth ha", "process"),
    ("Not Tuesdays if I ever get back to bowls ha", "Not Tuesdays if I ever get back to bowls ha", None),
    ("Ddim dydd Mawrth os a' i nôl i'r bowls byth ha", "Ddim dydd Mawrth os a' i nôl i'r bowls byth ha", None),
])
def test_a_limit_on_when_to_come_is_process(text: str, limit: str, question: str | None) -> None:
    spans = _spans(text, question)
    found = [s for s in spans if s.text == limit]
    assert len(found) == 1 and found[0].type == "process"


def test_a_day_to_keep_stays_maintenance() -> None:
    spans = _spans("Only on Sundays with Sharon, the roast dinner together", "maintenance")
    assert spans and all(s.type == "maintenance" for s in spans)


def test_the_assistant_stores_the_trial_wish() -> None:
    """Through the same analysis the assistant stores (bot.analysis.analyse)."""
    a = analyse(GLENYS_CHANGE, "change")
    assert "Mi fasa'n braf cael canllaw ar y grisiau a rhywbeth yn y bathrwm i afael ynddo fo" in [
        o.text for o in a.outcomes]
