"""Stop 26 (issue 11): disclosures told sideways, without the words "abuse", "suicide" or "partner", are urgent.

Each family (bot/data/analysis/risk_patterns.tsv, "stop 26") is quoted in English and Welsh where the rules have both,
next to calm look-alikes that share its words and must not reach the duty team. Every line was written for these
tests, not taken from a held-out or blind set (checked below against the held-out sets).
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain
from tests.safeguarding.risk_family_checks import assert_new, check_urgent

# (text, a category that must be reported)
URGENT = [
    # overdose now, no tablet word
    ("I've just taken all of them. the whole box. I feel funny", "suicide"),
    ("took everything in the cupboard about an hour ago. sorry", "suicide"),
    ("swallowed the lot with vodka. dont tell anyone", "suicide"),
    ("dw i newydd gymryd y cwbl lot. y bocs i gyd. dw i'n teimlo'n rhyfedd", "suicide"),
    # plans and means said sideways
    ("I've worked out how many of my tablets it would take. I've got enough now.", "suicide"),
    ("I've been putting my tablets aside every night instead of taking them. theres a fair few now", "suicide"),
    ("i keep standing at the top of the multi storey working out if its high enough", "suicide"),
    ("I know which bridge. I've been driving past it every day to look.", "suicide"),
    ("I'll go back when I'm braver", "suicide"),
    ("I've thought about just driving us both off the road, it would be easier for everyone", "suicide"),
    ("dw i wedi cyfri faint o dabledi fysa'n ddigon. ma gen i ddigon rwan", "suicide"),
    ("dwi'n gwbod pa bont. dwi'n mynd heibio iddi bob dydd i sbio", "suicide"),
    # "won't be here"
    ("this is the last time anyone will hear from me. tell my mum I'm sorry", "suicide"),
    ("i wont be a problem to anyone for much longer x", "suicide"),
    ("everyone will be better off soon, I've made my mind up", "suicide"),
    ("by the time anyone reads this I'll be gone", "suicide"),
    ("fydda i ddim yn broblem i neb am lot hirach", "suicide"),
    ("fydd dim rhaid i chi boeni amdana i ar ôl y penwythnos", "suicide"),
    # money, phone and keys controlled
    ("I'm not allowed any money of my own, he controls all of it", "abuse"),
    ("he took my phone off me so I can't ring anyone", "abuse"),
    # violence told sideways
    ("He put my head through the kitchen door at Christmas", "abuse"),
    ("I've moved twice and changed my number and she still finds me", "abuse"),
    ("my son's been flushing my tablets down the toilet and telling the nurse I won't take them", "abuse"),
    # sexual harm sideways
    ("my stepdad comes in the bathroom when I'm in the shower and won't leave", "abuse"),
    ("I woke up and he was in my bed doing things. I didn't say yes", "abuse"),
    ("my uncle says it's our secret what happens when he babysits", "abuse"),
    ("he sends me pictures of himself and wants ones back. he's 30", "exploitation"),
    ("this lad says he'll show everyone what I sent him unless I send more", "exploitation"),
    ("some guy picks me up after school in his car and gives me money, I'm 14", "exploitation"),
    # money taken from someone who cannot stop it
    ("the lodger keeps borrowing her pension and never pays it back", "exploitation"),
    ("the cleaner keeps taking money out of his wallet when he's asleep", "exploitation"),
    # a carer at breaking point with a plan, a carer's own hand
    ("I can't do this anymore, some nights I think about putting a pillow over his face", "abuse"),
    ("I've started giving him extra of his sleeping tablets so I get some peace, I know it's wrong", "abuse"),
    ("I don't trust myself on my own with him any more", "abuse"),
    ("I screamed in his face and shoved him back into the chair. I'm frightened of what I'm turning into", "abuse"),
    ("fedra i ddim neud hyn ddim mwy, weithia dwi'n meddwl am roi clustog dros ei wyneb o", "abuse"),
    ("dw i ddim yn trystio fy hun efo hi ddim mwy", "abuse"),
    # a child not fed, left, in the same dirty clothes
    ("my sister's kids are always in the same dirty clothes and they come to ours starving", "neglect"),
    ("mum's been drunk since friday and the little ones are eating dry cereal out the box", "neglect"),
    ("last night I left her in the wet bed till morning because I couldn't face it again", "neglect"),
    ("There's been no food in since her boyfriend moved out and mum's been in bed all week", "neglect"),
    # across sentences: the place first, the sideways ending in the next sentence
    ("Went up to the viaduct again after tea. I've picked which side.", "suicide"),
    ("I've been down by the reservoir most nights. I won't be driving home.", "suicide"),
    ("I can't go on. There are notes for the family on the table", "suicide"),
    ("Fedra i ddim dal ati. Dw i wedi gadael llythyr i'r plant", "suicide"),
    # signing things unread, the deeds gone
    ("the deeds to her bungalow went missing after he moved in", "exploitation"),
    ("Mae'r cymydog yn gneud i Taid arwyddo papura heb eu darllen", "exploitation"),
    ("mae gweithredoedd y tŷ wedi mynd a does neb yn deud dim", "exploitation"),
    # third batch: harm told by what was done, not named
    ("he pushed my head under the water in the sink when I answered back", "abuse"),
    ("mae o'n dal fy mhen i dan y dŵr yn y bath", "abuse"),
    ("she says she'll drown the kitten if I tell anyone", "abuse"),
    ("mae o'n deud neith o ladd y gath os dwi'n mynd", "abuse"),
    ("my stepbrother films me getting undressed through the door", "abuse"),
    ("the man at the shop puts his hand up my skirt when I pay", "abuse"),
    ("woke up at his flat with my jeans pulled down and no idea how I got there", "abuse"),
    ("my sister is 4 and she's been on her own all night while mum's out", "neglect"),
    ("his hand is burnt and swollen and dad won't take him to the hospital", "neglect"),
    ("I'm on the verge of hitting her, I've had no sleep for a week", "abuse"),
    ("tell my boys I love them, and sorry for everything", "suicide"),
    ("Tomorrow I'm not coming back down.", "suicide"),
    # from the tuning half of a fresh writer's disclosures: control as a routine, one last Christmas, insulin, a debt
    ("Sunday dinner at his mum's is the only time he lets me out", "abuse"),
    ("she keeps my bank card in her pocket and I have to ask for bus fare", "abuse"),
    ("I want the boys to have one last birthday with me, then that's it", "suicide"),
    ("jabbed the whole insulin pen into my leg an hour ago", "suicide"),
    ("if I don't pay them by friday they'll batter me", "exploitation"),
    ("he's downstairs right now. broke my phone, using my laptop. help", "abuse"),
    ("she talks about special cuddles in the bed with grandad", "abuse"),
    ("mae'r hogyn bach yn yr un cewyn ers neithiwr", "neglect"),
    ("medda fo os dwi'n mynd bydd o'n lladd y gath", "abuse"),
    ("mae o isio lluniau ac yn deud bod o'n caru fi. dwi'n 12", "exploitation"),
]

# Calm look-alikes sharing the families' words: no urgent reading and no "please check".
CALM = [
    "I've just taken all of them, the morning tablets, the carer watched me",
    "took everything to the tip this morning, the garage is clear at last",
    "I had the whole box of chocolates to myself last night, no regrets",
    "dw i wedi cymryd y cwbl i'r tip bore 'ma",
    "ma'r ci'n cymryd y cwbl o'r gwely bob nos",
    "I've worked out how many tablets I take a day, it's eleven with the water ones.",
    "how many people would take the minibus if we booked it?",
    "been reading up on how much paracetamol you can have with my back pain, the pharmacist helped",
    "I know which bridge the bus goes over, I like to look at the river from it.",
    "we parked on the top of the multi storey and walked round the market",
    "dw i wedi cyfri faint o dabledi dw i'n gymryd bob dydd, un ar ddeg",
    "I won't be here at Christmas, I'm going to my daughter's in Leeds",
    "i wont be a problem for the carers much longer, the new hoist is coming",
    "by the time anyone reads this I'll be gone on my holidays, back on the 12th",
    "my son does my banking online for me, I'm hopeless with the computer",
    "they took my phone off me at school for using it in maths",
    "my stepdad comes in the bathroom to fix the shower when it's broken",
    "my uncle babysits on tuesdays and we make pizza, it's our tradition",
    "he sends me pictures of his dog every morning, it's dead cute",
    "he grabbed me by the arm so I didn't fall on the ice",
    "nath o afael yn fy mraich i rhag i fi ddisgyn ar y rhew",
    "the grandkids pushed me over in the garden playing football, we all laughed",
    "my little brother threw a cushion so I hit him back with it, we were both laughing",
    "i shook him awake for school, he'd slept through the alarm",
    "I give him his sleeping tablets at ten so we both get some peace",
    "I shoved the chair back against the wall so he can get past with his frame",
    "the little ones love eating dry cereal out the box on a saturday morning",
    "We fed the ducks at the river. I know which bit of the park is best for a picnic",
    "We walked along the river. I won't be walking home though, the taxi is booked.",
    "I can't carry on with the gardening. I wrote a letter to the council.",
    "Fedra i ddim cario mlaen heb banad gynta. Nes i sgwennu llythyr i Mam am y gwylia ddoe",
    "Mae Dad yn gwneud i fi arwyddo fy adroddiad ysgol",
    "the hairdresser held my head under the tap to rinse it",
    "we had to put the dog down if the vet said so, it was kinder",
    "she'll kill the weeds if I leave the spray out",
    "mum watches me play netball every saturday",
    "the physio puts his hand on my back to check my posture",
    "tell mum I love her and I'll ring her on Sunday",
    "no point after Sunday, the offer finishes",
    "my brother is 15 and he's been on his own all afternoon while mum's at work, he's fine",
    "Sunday dinner is the only time he gets out of bed, the physio says that's normal after the op",
    "he keeps all the money safe in the joint account, I've got my own card",
    "dw i isio marw yma, nid mewn cartref",
    "mae'r newyddion am y ffatri wedi ei daro fo'n galed",
    "my son wants pictures of the garden for his wall, he's 30",
]


@pytest.mark.parametrize("text, category", URGENT)
def test_sideways_disclosure_is_urgent(text: str, category: str) -> None:
    check_urgent(text, category)


@pytest.mark.parametrize("text", CALM)
def test_look_alike_stays_calm(text: str) -> None:
    result = assess_risk(text)
    assert result.level != "urgent" and not result.please_check, explain(text)


AN_HOUR = "mae'r babi wedi bod yn yr un clwt ers awr, dw i'n ei newid o rŵan"


def test_an_hour_in_the_same_nappy_is_not_urgent() -> None:
    """The same nappy since the morning or last night is neglect; for an hour, while it is being changed, is not urgent
    (the learned model may still ask the duty team to check it, as it did before this rule)."""
    text = AN_HOUR
    assert assess_risk(text).level != "urgent", explain(text)


def test_examples_are_new() -> None:
    assert_new(URGENT, [*CALM, AN_HOUR])
