"""Stop 27 (issue 11): recall on fresh text. Families of harm told sideways that the rules read in one language only,
or only as the learned model's "please check", are urgent in both languages.

Each family (bot/data/analysis/risk_patterns.tsv, "stop 27") is quoted in Welsh and English, next to calm look-alikes
that share its words and must read as they did before (none of them urgent). Every line was written for these tests,
not taken from a held-out or blind set (checked below against the held-out sets).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from tests.safeguarding.risk_family_checks import assert_new, check_urgent

# (text, a category that must be reported)
URGENT = [
    # a story, then the writer's own "doing it myself" (the story guard must not swallow it)
    ("I watched a programme about suicide and I think about doing it myself every night", "suicide"),
    ("there was a documentary on about people overdosing and I've been planning to do the same", "suicide"),
    ("mi wyliais i raglen am hunanladdiad a dw i'n meddwl am ei wneud o fy hun bob nos", "suicide"),
    # an injury told as a plain fact, with the one who did it coming back
    ("he's gone to his mate's. my lip is split and my eye's gone black, I need someone to know before he gets home", "abuse"),
    ("mae 'ngwefus i'n gwaedu a ma'n llygad i'n cau. dw i isio i rywun wybod cyn iddo fo ddod adra", "abuse"),
    # someone locked in a room, keys taken so no one can get out
    ("the night carer locks my nan in her bedroom when she goes for a smoke", "abuse"),
    ("ma fe'n cloi'r drws cefn ac yn cuddio'r allweddi. sa i'n gallu mynd mas o gwbl", "abuse"),
    # someone coming into a young person's room
    ("my mum's boyfriend comes into my bedroom at night when she's on nights", "abuse"),
    ("ma cariad mam yn dod mewn i'n stafell i pan ma hi ar shifft nos", "abuse"),
    # someone else's tablets, all of them, just taken
    ("nain newydd lyncu holl dabledi taid, mae hi'n deud bod hi isio bod efo fo", "suicide"),
    ("my gran has just taken all of grandad's tablets, she says she wants to be with him", "suicide"),
    # sleep and not wake
    ("sa i'n gallu neud hyn, jyst isio mynd i gysgu a peidio dihuno", "suicide"),
    ("i just want to go to sleep and not wake up", "suicide"),
    # a goodbye to a pet after "had enough", a funeral arranged and a pet given away, not a bother after a day
    ("honestly had enough. said goodbye to the cat. sorry for everything", "suicide"),
    ("wedi cael digon. dw i wedi deud hwyl fawr wrth y gath. sori x", "suicide"),
    ("I've been to the undertakers and paid. I've given the dog to my sister", "suicide"),
    ("dw i wedi bod at y trefnwr angladdau a thalu. dw i wedi rhoi'r ci i fy chwaer", "suicide"),
    ("I don't want to be a bother to anyone after Friday.", "suicide"),
    ("dw i ddim isio bod yn faich ar neb ar ôl nos Wener.", "suicide"),
    # a carer giving tablets early or doubled so the person sleeps; afraid of what they will do to them
    ("I give mum her bedtime tablets early so she sleeps, sometimes two lots. I know I shouldn't", "abuse"),
    ("dw i'n rhoi ei thabledi nos i Mam yn gynnar er mwyn iddi gysgu, weithiau dwbl", "abuse"),
    ("dw i'n ofni be wna i iddo fo os dw i ddim yn cael seibiant", "abuse"),
    ("I'm frightened of what I might do to him if nobody helps", "abuse"),
    # sex refused, told sideways
    ("my husband doesn't stop when I say no, and since the stroke I can't push him off", "abuse"),
    ("dydi o ddim yn stopio pan dw i'n deud na, a fedra i'm ei wthio fo i ffwrdd", "abuse"),
    # someone believed to hit a mother or sister
    ("my sister's got a new fella and I'm pretty sure he hits her, she's always got bruises", "abuse"),
    ("dw i'n siŵr bod y dyn newydd yn ei churo hi, mae hi wastad efo cleisiau", "abuse"),
    # from a fresh writer's tuning half: sex asked as "thanks" from someone who depends on him
    ("the man from the chapel fetches my prescriptions but he wants thanking in the bedroom afterwards", "abuse"),
    ("mae'r gofalwr isio diolch yn y llofft wedyn, a dw i ddim yn gwbod sut i ddeud na wrtho fo", "abuse"),
    ("I don't know how to say no to him now, he knows I depend on him for everything", "abuse"),
    # violence now, with people hiding
    ("he's thrown the plates at the wall and we're hiding in the bathroom", "abuse"),
    ("mae o wedi malu'r drws ac mae'r rhai bach yn cuddio o dan y gwely", "abuse"),
    # an ex who still has a key, standing by the bed in the night
    ("my ex-partner still has a key and comes in whenever he wants", "abuse"),
    ("mae'r cyn-bartner dal efo goriad ac yn dod mewn pan mae o isio", "abuse"),
    ("there he was standing over my bed when I woke up in the night", "abuse"),
    # violence minimised, bruises explained away, fear of walking past him, punished after a visit
    ("it's only when he's had a few that he gets handy", "abuse"),
    ("my nan's always got bruises but she insists she's just clumsy", "abuse"),
    ("mae Mam yn gleisiau i gyd ond mae hi'n mynnu ei bod hi wedi baglu", "abuse"),
    ("she's too scared to go past him to the kitchen", "abuse"),
    ("mae gen i ormod o ofn i gerdded heibio iddo fo", "abuse"),
    ("the social worker came and I paid for it afterwards, I couldn't walk properly for days", "abuse"),
    ("ddaeth y nyrs ac mi wnes i dalu amdani wedyn, methu eistedd am ddyddiau", "abuse"),
    # no visit needed, it will all be over
    ("no need to arrange a visit. after Friday it'll all be over.", "suicide"),
    ("peidiwch â thrafferthu trefnu apwyntiad. erbyn y penwythnos bydd y cwbl drosodd", "suicide"),
]

# Calm look-alikes sharing the families' words: none of them urgent.
CALM = [
    "I watched a programme about suicide prevention and I think about the people who do that work",
    "my nose is bleeding again, it always does in the heat, I'll have a lie down before he gets back",
    "mae fy llygad i wedi chwyddo efo'r clefyd y gwair, bydd o'n nôl y diferion cyn iddo fo ddod adra",
    "we lock the cat in the utility room at night so she doesn't wake us",
    "the carer locks grandad's door at his request because he worries about burglars",
    "mae Taid yn cloi'r drws ffrynt ac yn cadw'r goriad yn ei boced",
    "mae fy ewythr yn dod i mewn i'r stafell fyw i wylio'r rygbi efo Dad",
    "mae Nain wedi cymryd ei holl dabledi bore 'ma, dw i'n eu rhoi nhw yn y bocs dyddiol iddi",
    "dw i isio mynd i gysgu a peidio deffro tan ddydd Sadwrn, dw i wedi blino gymaint ar ôl yr arholiadau",
    "I've sorted everything for the move and said bye to the dog at the kennels, we pick him up Monday",
    "dw i wedi sortio pob dim ar gyfer y gwyliau a deud ta-ra wrth y ci, mae Mam yn ei gymryd o",
    "we went to my uncle's funeral and my cousin gave the dog to a farm afterwards",
    "dw i wedi talu am fy angladd ymlaen llaw, does dim rhaid i'r plant boeni",
    "I don't want to be a bother to anyone after Sunday's operation, so the neighbours will do my shopping",
    "dw i ddim isio bod yn drafferth i neb ar ôl dydd Sul, felly mae'r cymdogion am siopa i fi",
    "I give Dad his night tablets early so he sleeps before the carers come at nine, the GP said that's fine",
    "dw i'n rhoi ei dabledi nos i Dad yn gynnar er mwyn iddo fo gysgu cyn i'r gofalwyr ddod",
    "dw i'n poeni be fydda i'n neud heb y gofalwyr dros y Dolig",
    "my son doesn't stop when I say no to more sweets, he's three",
    "dydi'r plant ddim yn stopio pan dw i'n deud na, maen nhw'n dal i swnian am sglodion",
    "I can't push him in the wheelchair up the hill any more, my back's gone",
    "I think he hits the ball harder than anyone in the team",
    "fi'n credu bod hi'n bwrw hi tu allan, paid anghofio dy got",
    "my grandson does my shopping and wants paying in cash after, in the kitchen",
    "I don't know how to say no to him, he's my grandson and I rely on him for lifts, he wants to take me to bingo",
    "he smashed it at darts last night and the kids were hiding behind the sofa from the dog",
    "the kids smashed the piñata and then we were hiding in the garden playing hide and seek",
    "my ex still has a key so he can let the dog out when he comes in to pick the kids up",
    "the carer was standing by the bed when I woke up with my tea",
    "she gets handy with a paintbrush after a glass of wine",
    "my toddler is covered in bruises from the trampoline, she's just a clumsy kid",
    "mae hi ofn cerdded heibio'r ci drws nesa",
    "I paid for it after, the parking was dear and I couldn't find the pay machine",
    "after the operation I couldn't sit down for a week",
    "peidiwch trafferthu trefnu ymweliad, mae'r ferch yma, bydd bob dim wedi'i sortio erbyn dydd Llun",
]


@pytest.mark.parametrize("text, category", URGENT)
def test_sideways_disclosure_is_urgent(text: str, category: str) -> None:
    check_urgent(text, category)


@pytest.mark.parametrize("text", CALM)
def test_look_alike_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


def test_a_story_alone_is_not_the_writers_harm() -> None:
    """The story guard (stop 26) still reads a programme about suicide, with nothing of the writer's own, as calm."""
    text = "I watched a programme about suicide last night, it was very well made"
    assert assess_risk(text).level == "none", explain(text)


def test_examples_are_new() -> None:
    assert_new(URGENT, CALM)
