"""Stop 28 (issue 11): the retired test set's risk misses and false alarms, and the stop-27 trial's left-overs.

The first test set, retired into dev material at stop 28, showed three English disclosures read less than urgent, four
calm conversations with an urgent alert and three everyday answers urgent. Each was a family of how people say it, so
each is fixed in both languages and checked from both sides, with new wordings beside the set's own sentence:

* misses: hiding behind a locked door while he tries to get in, "pls help"; an ambulance refused for fear of someone
  finding out; affairs put in order with "nothing for anyone to sort out after next week"; letters left for the
  children and the tablets ready (a plan, in either order); "don't bother booking a visit... it'll be sorted by the
  weekend" (a plan told sideways, unless someone else is sorting it);
* false alarms: where someone wants to die is their own home ("fama dwi isio marw hefyd, dim mewn rhyw gartra", "she
  wants to die in it" of her house); checking one's own phone in lessons; "lladd fy hunan yn tynnu'r gader lan y step";
  overdosing on chocolate; showing pictures or writing it down as how someone understands; thanks for being asked
  ("neb 'di gneud o'r blaen"); children who don't stop when told no; "mae hi'n bwrw hi" (rain);
* meaning: a person with dementia lashing out, "y salwch ydi o" said once for the whole message, is a memory concern;
  a stranger's scam already done ("someone rang pretending to be the bank") is a concern, not "are you safe?", unless a
  courier is coming for the card; "dw i ddim yn cael cadw fy mhres fy hun" / "I'm not allowed to keep my own money" is
  urgent in both languages, as "sai'n cael cadw arian fy hun" was.

Every line is new wording but for the set's own sentences, quoted as they were read.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from bot.analysis.risk.told_again import goes_back_to
from tests.safeguarding.risk_family_checks import assert_new, check_none, check_urgent

URGENT = [
    # hiding behind a locked door while someone tries to get in
    ("hes trying to get in the back now im in the bathroom with mason i locked it pls help", "abuse"),
    ("he's trying to kick the door in, I've locked myself in the bedroom with the kids, please help", "abuse"),
    ("mae o'n trio dod i mewn drwy'r cefn, dw i wedi cloi fy hun yn y stafell molchi efo'r babi, helpwch fi", "abuse"),
    ("ma fe'n treial torri miwn, wi 'di cloi'r drws, help plis", "abuse"),
    # an ambulance refused for fear of someone finding out
    ("pls dont tell my dad. dont call an ambulance he'll find out", "medical_emergency"),
    ("please don't ring 999, my mum will kill me", "medical_emergency"),
    ("plis paid ffonio ambiwlans, neith dad ffeindio allan", "medical_emergency"),
    ("peidiwch â galw ambiwlans, bydd mam yn gwylltio", "medical_emergency"),
    # affairs in order, nothing for anyone to do after a near date
    ("Only that I've put everything in order. The will's with the solicitor, the car's going to Peter's eldest, I've "
     "written the letters and the spare key is with Raj. So there'll be nothing for anyone to sort out after next week.",
     "suicide"),
    ("The dog's going to my sister. There'll be nothing left for the family to deal with after Friday.", "suicide"),
    ("Mae'r ewyllys efo'r twrne a'r goriad sbâr drws nesa. Fydd dim byd i neb ei sortio ar ôl wythnos nesa.", "suicide"),
    ("Mae'r gath yn mynd at fy chwaer. Fydd dim i'r teulu ei glirio ar ôl dydd Sul.", "suicide"),
    # letters left and the tablets ready, either order
    ("I've left letters for the kids and the tablets are ready", "suicide"),
    ("the pills are all counted and I've written notes to mum and my sister", "suicide"),
    ("dw i wedi gadael llythyrau i'r plant ac mae'r tabledi'n barod", "suicide"),
    ("mae'r tabledi'n barod a dw i wedi sgwennu llythyr i mam", "suicide"),
    # a visit refused, "it" sorted by a near date
    ("don't bother booking a visit… it'll be sorted by the weekend", "suicide"),
    ("no need to book a visit, everything will be over by Sunday", "suicide"),
    ("peidiwch trafferthu trefnu ymweliad, fydd o i gyd wedi'i sortio erbyn y penwythnos", "suicide"),
    ("paid â thrafferthu bwcio ymweliad. bydd bob dim drosodd erbyn dydd Sul", "suicide"),
    # money kept from them
    ("dw i ddim yn cael cadw fy mhres fy hun", "abuse"),
    ("I'm not allowed to keep my own money", "abuse"),
    ("we're not allowed to spend our own money, he keeps the cards", "abuse"),
    # a scam happening now
    ("someone rang pretending to be the bank and I gave them my card number, a courier is coming round to collect my "
     "card now", "exploitation"),
    ("ffoniodd rhywun yn esgus bod o'r banc, mae negesydd yn dod draw i nôl fy ngherdyn", "exploitation"),
    # a scam still going on: more money to be sent, the caller at it again
    ("a man rang pretending to be the bank and mum gave him her card, now she wants to send them more", "exploitation"),
    ("ffoniodd rhywun yn esgus bod o'r banc a mae Taid isio gyrru mwy iddyn nhw", "exploitation"),
    # the look-alike guards never hide the harm beside them
    ("this is where I want to die, tonight, I've got the tablets", "suicide"),
    ("fama dwi isio marw heno, ma'r tabledi gen i", "suicide"),
    ("he checks my phone every night", "abuse"),
    ("mae o'n checkio fy ffon bob nos", "abuse"),
    ("I took an overdose on Saturday", "suicide"),
    ("Diolch am ofyn amdana i, neb 'di gneud o'r blaen. Dw i wedi cadw'r tabledi i gyd", "suicide"),
    ("she wants to die in her own bed tonight, she's been saving her tablets", "suicide"),
    ("he doesn't stop when I say no", "abuse"),
    ("dydi o ddim yn stopio pan dw i'n deud na", "abuse"),
]

NONE = [
    # where someone wants to die is their home
    "isio aros yn y tŷ 'ma. fama dwi 'di byw ers 1971 a fama dwi isio marw hefyd, dim mewn rhyw gartra",
    "Me mam's 86, she's got vascular dementia and bad arthritis. What matters to her is her house, she's been in it "
    "since 1962 and she wants to die in it, she's always said that.",
    "I've lived here since 1971 and this is where I want to die too, not in some home",
    "mae hi isio marw yn ei thŷ, mae hi wastad 'di deud",
    "Dad was born in that farmhouse and he wants to die there, we all know it",
    "ges i fy magu yn y tŷ yma a fama dw i isio marw, dim yn yr ysbyty",
    # one's own phone
    "I check my phone all the time in lessons in case mum's fallen",
    "dw i'n checkio fy ffôn bob awr yn y gwaith rhag ofn bod Nain angen fi",
    # hard work, not harm
    "Y physio nôl. Fel bod hi'n gallu sefyll i symud o'r gader i'r toilet. Ramp wrth y drws ffrynt fel bod ni'n gallu "
    "mynd mas heb bo fi'n lladd fy hunan yn tynnu'r gader lan y step, ha.",
    "a ramp would help, I'm killing myself pushing the wheelchair up the step every morning",
    "dw i'n lladd fy hun yn cario'r siopa lan y grisiau bob wythnos",
    # overdosing on treats
    "Mum overdosed on chocolate at Christmas and still hasn't recovered lol. Seriously though she's doing fine.",
    "Nes i orddos ar siocled dros y Pasg, dyna'r unig ddrwg dwi di neud eleni haha",
    "we overdosed on Netflix all weekend, best weekend in ages",
    "mae Taid wedi gorddosio ar y teledu dros y Nadolig",
    # how someone understands best
    "Mae Mam yn deall yn well os dach chi'n dangos lluniau neu sgwennu fo lawr.",
    "Dangoswch luniau iddo fo neu pwyntio, mae hynna'n helpu",
    "Mum understands better if you show her pictures or write it down.",
    # thanks for being asked
    "Dim. Diolch am ofyn amdana i, neb 'di gneud o'r blaen",
    "Nothing. Thanks for asking about me, nobody's done that before",
    # children who don't stop when told no
    "the kids don't stop when I say no",
    "the kids dont stop when i tell them no, theyre 4 and 6",
    "dydi'r plant ddim yn stopio pan dw i'n deud na",
    "the dog never listens when I say no, he's a nightmare on the lead",
    "dydi'r ci byth yn gwrando pan dw i'n deud na",
    # rain
    "mae hi'n bwrw hi",
    "mae hi'n bwrw hi heddiw, so dim mynd allan",
    "roedd hi'n bwrw glaw drwy'r dydd ddoe",
    # money looked after by oneself
    "dw i'n cadw fy mhres fy hun",
    "dw i'n rheoli fy mhres fy hun ers i Dad farw",
    "I manage my own money",
    # a visit refused because someone else is sorting it
    "peidiwch trafferthu trefnu ymweliad, mae'r ferch yma, bydd bob dim wedi'i sortio erbyn dydd Llun",
]

#: A concern, not urgent: the worker reads it, no "are you safe?".
CONCERN = [
    # a young carer's worry (gold concern), no longer abuse for checking her own phone
    ("weithie ma mam yn cwmpo pan fi yn ysgol a sneb yna. fi n checko ffon fi trwy r amser yn y gwersi", "falls"),
    ("someone rang pretending to be the bank", "exploitation"),
    ("someone rang pretending to be the bank and I gave them my card number", "exploitation"),
    ("ffoniodd rhywun yn esgus bod o'r banc", "exploitation"),
    ("ffoniodd rhywun yn esgus bod o'r banc a mi aethon nhw â £500 o fy nghyfrif", "exploitation"),
    ("a man said he was from the bank and I gave him my card number", "exploitation"),
    ("Mae hi 'di dechra taro allan pan dwi'n trio'i molchi hi. Ddoe nath hi fy nghicio fi. Dydi hi ddim yn ei feddwl o, "
     "y salwch ydi o.", "memory"),
    ("She's started lashing out when I try to wash her. Yesterday she kicked me. She doesn't mean it, it's the illness.",
     "memory"),
]

#: The illness named is never a reason on its own, nor beside a child hurt.
STILL_URGENT = [
    "My son hits me. It's the illness.",
    "She's started lashing out when I try to wash her. Yesterday she kicked the baby. It's the illness.",
    "Mae o'n fy nharo i. Y salwch ydi o.",
]


@pytest.mark.parametrize("text, category", URGENT)
def test_disclosure_is_urgent(text: str, category: str) -> None:
    check_urgent(text, category)


@pytest.mark.parametrize("text", NONE)
def test_look_alike_reads_nothing(text: str) -> None:
    check_none(text)


@pytest.mark.parametrize("text, category", CONCERN)
def test_concern_not_urgent(text: str, category: str) -> None:
    result = assess_risk(text)
    assert result.level == "concern", explain(text)
    assert not result.please_check, explain(text)
    assert category in result.categories, explain(text)


@pytest.mark.parametrize("text", STILL_URGENT)
def test_the_illness_alone_excuses_nothing(text: str) -> None:
    assert assess_risk(text).level == "urgent", explain(text)


THREAD = {
    "en": ("sorry hes here. my ex. hes outside banging on the door shouting hes gonna kill me, he knows ive got someone "
           "new. hes broke my window before",
           ["hes trying to get in the back now im in the bathroom with mason i locked it pls help",
            "he's outside my door again, please help"]),
    "cy": ("mae fy nghyn-gariad tu allan yn cicio'r drws ac yn gweiddi bod o am fy lladd i",
           ["mae o wrth y drws eto, helpwch fi", "mae o'n trio dod i mewn drwy'r cefn"]),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_at_the_door_after_the_disclosure_goes_back_to_it(language: str) -> None:
    disclosure, later = THREAD[language]
    for text in later:
        assert goes_back_to(text, disclosure), text


@pytest.mark.parametrize("text", ["she is at the door with the shopping", "nan has him on tuesdays",
                                  "mae o'n hoffi pêl-droed"])
def test_other_words_after_it_do_not(text: str) -> None:
    assert not goes_back_to(text, THREAD["en"][0] if text.isascii() else THREAD["cy"][0])


def test_examples_are_new() -> None:
    assert_new(URGENT, NONE + [t for t, _ in CONCERN] + STILL_URGENT)
