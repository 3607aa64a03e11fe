"""Outcome cuts, stop 37 (issue 11: "each person's wishes as separate, correctly grouped quotes"; spans37).

The extra outcomes on the fresh writers' readable half, read by family in both languages: thanks to the assistant and
a helper saying who types were outcomes; a fact about the past ("My grandson Lewis moved in with me last year…",
"nathon nw gymryd ffôn fi…") was one, and "My late husband and I bought it" was cut after "husband"; an older
person's formal Welsh (re-trial 36 AM11: 17 items) kept "Fel y soniais eisoes", "Nid wyf yn disgwyl gwyrthiau.",
"Cefais lythyr Saesneg…" and "rwyf yn dal i deimlo ei fod yma gyda mi" as outcomes; and a wish taken back with what
would do instead (re-trial 36 AM7: "sai moyn penwythnos cyfan… un noson y mis bydde'n neud.") was a change for
nothing beside the new one. Each outcome stays an exact slice of what was typed, never a fragment.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.outcomes import MIN_OUTCOME_WORDS


def _spans(text: str, question: str | None) -> list[str]:
    _type, _conf, spans = sort_outcomes(text, question)
    for sp in spans:
        assert text[sp.start:sp.end] == sp.text  # stored byte for byte
        assert len(sp.text.split()) >= MIN_OUTCOME_WORDS or sp.text == text.strip()  # never a fragment
    return [sp.text for sp in spans]


#: (answer, question's prior, the outcomes it holds)
Case = tuple[str, "str | None", list[str]]

SAID_TO_US: list[Case] = [
    # thanks, or kind words, to the assistant at "anything else?" (fresh6, a thing to keep)
    ("No thank you love, you've been very kind.", None, []),
    ("Na diolch cariad, dych chi wedi bod yn garedig iawn.", None, []),
    ("Na, dim byd arall. Diolch yn fawr i chi am eich amynedd.", None, []),
    # a helper saying who types, then the person's wish (fresh6: two process outcomes)
    ("Bethan here typing now - Sharon has asked me to type this bit. Just be nice to me love", "process",
     ["Just be nice to me love"]),
    ("Mae Sharon wedi gofyn i fi deipio hwn. Byddwch yn glên efo hi plis", "process",
     ["Byddwch yn glên efo hi plis"]),
]

PAST_FACTS: list[Case] = [
    ("I should like to stay in my bungalow for as long as I am able. My late husband and I bought it in 1979 and I "
     "know every inch of it.", None, ["I should like to stay in my bungalow for as long as I am able."]),
    ("My grandson Lewis moved in with me last year after his marriage broke up. I'd like some help with the garden.",
     None, ["I'd like some help with the garden."]),
    ("nathon nw gymryd ffôn fi a rhoi un arall i fi. isio mynd nôl i ysgol go iawn", "change",
     ["isio mynd nôl i ysgol go iawn"]),
    ("Ges i lythyr Saesneg llynedd. Dwi isio pob llythyr yn Gymraeg plis.", "process",
     ["Dwi isio pob llythyr yn Gymraeg plis."]),
]

# re-trial 36 AM11: an 82-year-old's formal Welsh, cut only where wishes separate; English beside it
FORMAL: list[Case] = [
    ("Yr ardd, fel y dywedais. Buaswn yn ddiolchgar pe bai rhywun yn gallu dod i dorri'r lawnt unwaith y mis. Nid wyf "
     "yn disgwyl gwyrthiau.", "change",
     ["Buaswn yn ddiolchgar pe bai rhywun yn gallu dod i dorri'r lawnt unwaith y mis."]),
    ("Hoffwn i bob llythyr ddod yn Gymraeg, os gwelwch yn dda. Cefais lythyr Saesneg yn unig y llynedd ac nid oeddwn "
     "yn ei ddeall yn iawn.", "process", ["Hoffwn i bob llythyr ddod yn Gymraeg"]),
    ("Rwyf wedi byw yn y tŷ hwn ers trigain mlynedd, ac er bod fy ngŵr wedi ein gadael ers wyth mlynedd bellach, rwyf "
     "yn dal i deimlo ei fod yma gyda mi. Byddwn yn dymuno parhau i fynd i'r capel cyhyd ag y gallaf.", None,
     ["Byddwn yn dymuno parhau i fynd i'r capel cyhyd ag y gallaf."]),
    ("Fel y soniais eisoes, y capel ar fore Sul. Hefyd, hoffwn aros yn fy nghartref fy hun.", "maintenance",
     ["hoffwn aros yn fy nghartref fy hun."]),
    ("As I said, the chapel on a Sunday. I'd also like to stay in my own home.", "maintenance",
     ["I'd also like to stay in my own home."]),
]

# re-trial 36 AM7: not wanting something, then what would do instead, is one wish
INSTEAD: list[Case] = [
    ("wedes i'n barod, seibiant. ond a dweud y gwir, nawr bo fi'n meddwl am y peth, sai moyn penwythnos cyfan, bydden "
     "i'n becso gormod amdano fe. un noson y mis bydde'n neud. a rhywun i siarad gyda nhw weithie", "change",
     ["sai moyn penwythnos cyfan, bydden i'n becso gormod amdano fe. un noson y mis bydde'n neud.",
      "rhywun i siarad gyda nhw weithie"]),
    ("I said already, a break. But actually, now I think about it, I don't want a whole weekend, I'd worry too much "
     "about him. One night a month would do. And someone to talk to sometimes", "change",
     ["I don't want a whole weekend, I'd worry too much about him. One night a month would do.",
      "someone to talk to sometimes"]),
    ("dwi ddim isio penwythnos cyfan. un noson neith y tro.", "change",
     ["dwi ddim isio penwythnos cyfan. un noson neith y tro."]),
]


@pytest.mark.parametrize("text,question,expected", SAID_TO_US + PAST_FACTS + FORMAL + INSTEAD)
def test_outcomes_as_the_person_means_them(text: str, question: str | None, expected: list[str]) -> None:
    assert _spans(text, question) == expected


@pytest.mark.parametrize("text,question,expected", [
    # the wishes beside them stay as they were: a "don't want" with a wish after it that is no "instead"
    ("I don't want carers in the morning. I want to do it myself.", "change",
     ["I don't want carers in the morning.", "I want to do it myself."]),
    # "…and I" after a clause is a new clause ("that is all in the past now and I do not really want…")
    ("He comes on a Tuesday and I want that to carry on.", "maintenance",
     ["He comes on a Tuesday and I want that to carry on."]),
    # thanks said with a wish keeps the wish
    ("Thanks. I'd like a lift to the hospital on a Tuesday.", "change", ["I'd like a lift to the hospital on a Tuesday."]),
    ("Diolch. Hoffwn i gael lifft i'r ysbyty ar ddydd Mawrth.", "change",
     ["Hoffwn i gael lifft i'r ysbyty ar ddydd Mawrth."]),
])
def test_the_wishes_beside_them_stand(text: str, question: str | None, expected: list[str]) -> None:
    assert _spans(text, question) == expected
