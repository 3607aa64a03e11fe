"""Stop 26 (issue 11): calm messages that were urgent alerts, Welsh and English, and the disclosures beside them.

Each calm line below was urgent (a duty alert, 999 and the helplines) before stop 26, from a rule that read a harm
word out of its place: an overdose or a kidnapping in a news story or a programme, a damp flat someone does not want to
live in any more, a dog that bit someone, a pension taken out for them, a mother who "will kill" a teenager when she
sees a cracked phone, a fitter who "nearly killed himself" carrying a worktop, wanting to die "here, not in a home",
news that "hit him hard"; and insulin given at set times was a "please check". Hitting told as long over (decades ago,
"back then", made peace with it) is an abuse concern for the practitioner, and a confused person calling names when
the memory nurse says it is sundowning a memory concern: neither is a duty alert. The disclosures that share their
words stay urgent, so every fix is checked from both sides. Every line is new, written for these tests.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk, explain
from tests.conversation.memory import started
from tests.safeguarding.risk_family_checks import assert_new, check_none, check_urgent
from tests.safeguarding.test_please_check_stop24 import _flags, _text

NONE = [
    # a story on the news, a programme, a book; other people's work
    "I watched a documentary about the overdose crisis in America, it was shocking",
    "They said on the news a teenager died of an overdose in Swansea, so sad",
    "Nes i wylio rhaglen ddogfen am yr argyfwng gorddos yn America, oedd o'n ofnadwy",
    "Oedden nhw'n deud ar y newyddion bod dyn wedi marw o orddos yn y dre neithiwr",
    "My nephew is a nurse and he says they see overdoses every weekend in A&E",
    "Mae'r parafeddygon yn deud eu bod nhw'n gweld gorddosys bob nos Sadwrn",
    # a place to live, not life
    "I don't want to live in this flat any more, it's damp and the mould is making my chest bad",
    "The flat's that damp I don't want to live there any more, the council need to move us",
    "dim isio byw yn y tŷ 'ma ddim mwy, mae o'n damp a'r llwydni'n gneud fy mrest i'n waeth",
    "Dwi'm isio byw yn yr ardal 'ma ddim mwy, does dim byd i bobl ifanc",
    # an animal, effort, money help, being told off
    "the dog bit me when I was a kid so I'm still a bit wary of big dogs",
    "Our cat scratched me when I put her in the basket for the vet",
    "the fitter nearly killed himself carrying the worktop up the stairs",
    "My neighbour takes my pension out for me on a Thursday and brings the receipt",
    "ma mam yn mynd i ladd fi pan ma hi'n gweld sgrin y ffôn lol",
    "Bydd Dad yn fy nghrogi i pan mae o'n ffeindio allan am y car",
    # a fresh writer's tuning half: where to end one's days, news that hit someone hard, medicines at set times
    "I want to die here, not in some care home, this is my house",
    "Dw i isio marw fama, nid mewn cartref nyrsio",
    "Mae'r newyddion am gau'r capel wedi ei daro fo'n galed, oedd o yno bob Sul",
    "She has her insulin at 8 and 6, I do it for her and write it down",
]

#: Long over, or a confused person's: a concern of this kind, never urgent.
CONCERN = [
    ("My dad was strict and hit us with a belt back then, everyone did, I've made my peace with it", "abuse"),
    ("My stepfather used to hit me in the 80s but he's been dead for years", "abuse"),
    ("Oedd fy ngŵr cynta'n fy nghuro yn y saithdegau, ond hanner can mlynedd yn ôl oedd hynny", "abuse"),
    ("Ges i fy mwlio yn yr ysgol, mae o drosodd ers talwm ond dwi dal ddim yn licio torfeydd", "abuse"),
    ("Mae o'n cynhyrfu amser te ac yn galw enwau arna i, mae'r nyrs cof yn deud mai machlud ydi o", "memory"),
]

URGENT = [
    ("I saw on the news about an overdose and I've got my tablets ready tonight", "suicide"),
    ("Welais i raglen ddogfen am hunanladdiad a dw i wedi meddwl am neud o fy hun heno", "suicide"),
    ("I took an overdose an hour ago", "suicide"),
    ("dw i wedi cymryd gorddos", "suicide"),
    ("I don't want to live in this world any more", "suicide"),
    ("dw i ddim isio byw ddim mwy", "suicide"),
    ("my stepdad bit me and kicked me last night", "abuse"),
    ("my grandson takes my pension out for me and keeps most of it", "exploitation"),
    ("mae o'n mynd i ladd fi pan ddaw o adra", "abuse"),
    ("my brother nearly killed himself last night with tablets", "suicide"),
    ("mae o'n galw enwau arna i bob nos a dw i ofn", "abuse"),
    ("my dad hit us with a belt back then and he still hits me now", "abuse"),
    ("Oedd o'n fy nghuro i ers talwm a mae o wedi dechrau eto", "abuse"),
    ("my uncle touched me back in the 90s and I've never told anyone", "abuse"),
    ("I want to die here, tonight", "suicide"),
    ("dw i isio marw yma heno", "suicide"),
    ("mae o wedi fy nharo i'n galed ar ôl clywed y newyddion", "abuse"),
    ("she took all her tablets at once", "suicide"),
]


def test_the_lines_are_new() -> None:
    assert_new(URGENT, NONE + [t for t, _ in CONCERN], with_training=True)


@pytest.mark.parametrize("text", NONE)
def test_calm_lines_are_not_flagged(text: str) -> None:
    check_none(text)


@pytest.mark.parametrize("text, category", CONCERN)
def test_long_over_or_confused_is_a_concern(text: str, category: str) -> None:
    result = assess_risk(text)
    assert (result.level, result.please_check) == ("concern", False), explain(text)
    assert category in result.categories, explain(text)


@pytest.mark.parametrize("text, category", URGENT)
def test_the_disclosures_beside_them_stay_urgent(text: str, category: str) -> None:
    check_urgent(text, category)


_senders = itertools.count(1)
DAMP = {"cy": "dim isio byw yn y tŷ 'ma ddim mwy, mae o'n damp a'r llwydni'n gneud fy mrest i'n waeth",
        "en": "I don't want to live in this flat any more, it's damp and the mould is making my chest bad"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_damp_flat_is_taken_as_the_answer_in_a_conversation(sqlite_url: str, language: str) -> None:
    conversation = started(f"calm-stop26-{language}-{next(_senders)}", language, role="person", name="Sam")
    asked = conversation.requested
    conversation.say(DAMP[language])
    assert _text(conversation, "urgent", helplines="").splitlines()[0] not in conversation.text
    assert _text(conversation, "safety_check") not in conversation.text
    assert _flags(conversation.sender_id) == []  # no flag, no duty alert
    assert conversation.requested not in (None, asked)  # the questions carry on
