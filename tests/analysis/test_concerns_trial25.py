"""Stop-25 trial (U7/U9): missed concerns the worker should see at the top, and false concerns that crowded it.

Each message as the trial typed it, with its twin in the other language. A concern is never urgent on its own (a person
decides); the false ones read nothing. The words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

# (message, the category the worker sees)
MISSED = [
    # U7: an 87-year-old living alone, not eating, losing weight
    ("Wel, does gen i ddim llawer o awydd bwyd ers colli Mair. Tost a phaned fel arfer. Mae'r trowsus yn llac. Ond "
     "peidiwch â phoeni.", "self_neglect"),
    ("Well, I've not had much appetite since I lost Mair. Toast and a cuppa usually. My trousers are loose now. But "
     "don't worry.", "self_neglect"),
    ("does gen i ddim llawer o awydd bwyd ers colli Mair… Mae'r trowsus yn llac", "self_neglect"),
    ("I've not had much appetite since I lost Mair... my trousers are loose now", "self_neglect"),
    ("Mae'r trowsus yn llac.", "self_neglect"),
    ("she's gone off her food and she's losing weight", "self_neglect"),
    ("mae hi wedi colli pwysau ers y gaeaf", "self_neglect"),
    # the fear that self-harm starts again, with the past self-harm in the same sentence
    ("i used to cut but not anymore, im just scared that ill start again if it gets really bad", "self_harm"),
    # children hearing domestic abuse
    ("money mostly, and the kids noticing things. Ava asked why daddy shouts. I don't want social services taking them "
     "off me, thats my biggest fear honestly", "domestic_abuse"),
    ("arian yn bennaf, a'r plant yn sylwi ar bethau. Gofynnodd Ava pam mae dadi'n gweiddi. Dwi ddim isio i'r "
     "gwasanaethau cymdeithasol fynd â nhw oddi arna i", "domestic_abuse"),
    ("Ava asked why daddy shouts", "domestic_abuse"),
    ("gofynnodd Ava pam mae dadi'n gweiddi", "domestic_abuse"),
    ("the kids heard him shouting at me again", "domestic_abuse"),
    ("mae'r plant wedi clywed o'n gweiddi", "domestic_abuse"),
    # money controlled by a partner: abuse, and domestic abuse where the partner is named
    ("My sister Jen is great but I don't get to see her much anymore. Mark (my partner) doesn't really like her. He "
     "does the shopping and that, he handles all the money now since I stopped working, I have to ask him if I need "
     "anything, even for tampons lol", "domestic_abuse"),
    ("Mae fy chwaer Jen yn grêt ond dwi ddim yn ei gweld hi lot. Dydi Mark (fy mhartner) ddim yn ei hoffi hi. Fo sy'n "
     "gwneud y siopa, mae o'n delio efo'r holl bres ers i mi stopio gweithio, rhaid i fi ofyn iddo fo os dwi angen "
     "rhywbeth, hyd yn oed am damponau lol", "domestic_abuse"),
    ("I have to ask him if I need anything, even for tampons lol", "abuse"),
    ("he handles all the money… even for tampons I have to ask", "abuse"),
    ("mae o'n delio efo'r holl bres… hyd yn oed am damponau mae rhaid i fi ofyn", "abuse"),
    # a dementia said with what it does, or getting worse
    ("Ma Mam yn gweud bo fi'n dwyn ei phwrs hi, ond ma fe wastad yn y bin bara. Y dementia yw e", "memory"),
    ("Mum says I steal her purse, but it's always in the bread bin. It's the dementia", "memory"),
    ("It's for my mum, Margaret, she's 84 and has dementia, getting worse since the summer", "memory"),
    ("mae gan Mam ddementia sy'n gwaethygu", "memory"),
]

#: Facts and wishes that crowded the risk section (U9), and look-alikes: nothing to read there.
NOTHING = [
    "Eirlys. Ond Eirlys sy'n iawn, neb yn galw fi'n Mrs Jones",
    "Eirlys. But Eirlys is fine, nobody calls me Mrs Jones",
    "My mum Margaret, she's 84, dementia",
    "Fy mam Margaret, mae hi'n 84, dementia",
    "mum has dementia",
    "mae gan mam ddementia",
    "I'm trying to lose weight and my jeans are loose now",
    "dwi'n trio colli pwysau",
    "my trousers are not loose",
    "I have to ask my dad for money for the trip",
    "I have to ask my mum to buy pads for me, I'm too embarrassed",
]


@pytest.mark.parametrize("text,category", MISSED)
def test_a_missed_concern_is_a_concern_the_worker_sees(text: str, category: str) -> None:
    reading = assess_risk(text)
    assert reading.level == "concern", (text, reading)
    assert category in reading.categories
    assert not reading.please_check


@pytest.mark.parametrize("text", NOTHING)
def test_a_fact_or_a_wish_is_not_a_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text,expected", [
    ("i used to cut but not anymore", "concern"), ("o'n i'n arfer torri ond dim mwy", "concern"),
    ("i used to cut myself but not anymore", "concern"), ("ro'n i'n arfer torri fy hun ond dim mwy", "concern"),
    ("I'm scared I'll start cutting again", "urgent"), ("i used to cut , i stopped but i want to again", "urgent"),
    ("ro'n i'n arfer torri fy hun ond ddim rwan, ond dwi isio eto", "urgent"),
])
def test_past_self_harm_stays_calm_and_wanting_it_again_urgent(text: str, expected: str) -> None:
    """Past self-harm said as the past only is a calm concern, in Welsh as in English; wanting to or starting again
    stays urgent. Cutting hair is a job."""
    assert assess_risk(text).level == expected
    assert assess_risk("o'n i'n arfer torri gwallt").level == "none"
