"""Two new writers' everyday answers are not urgent (stop 32, issue 11; benchmarks/heldout/everyday_writers32).

Two writers who never saw the code wrote 320 everyday answers each with no urgent line: young people on Telegram and
parents of disabled children (evR), older people in chapel and farming Welsh and south-west Wales English (evS). Main
read 9 of their tuning halves' answers (odd lines) as urgent and 14 as reaching the duty team. Those read calm since are
quoted here, each with its twin in the other language (written for this test), and beside them near-twins that say a
harm and must stay urgent: spending "'n arian" (our money) on a day out, a coach who will "batter me if I skip another
session", a threat to kill from the one beaten at bingo or whose TV ending was spoiled, exams that will make me "die",
the next one who parks there, "I'll be dead before they fix it / before I learn email", a sister thrown "out the window"
for touching my things, a mother's saying "you're going to kill me" and what it means, boys on quad bikes "trying to kill
themselves", "I'll kill myself trying to bowl one-handed", a licensed shotgun locked away, the parent's own joke of
selling a son on eBay, Mum left in the car while a space is found, a mother who has not been to netball because of her
back.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk
from bot.analysis.risk.decide import CHUNK_CHARS, chunks

#: (the writer's answer, its twin in the other language)
EVERYDAY = [
    pytest.param("ok wel mam a fy llystad Rhys, mae e'n ok actually, well na on i'n meddwl. fy mrawd bach Osian sy'n 6 a ma fe'n fy ngyrru i'n wallgo ond wi'n caru fe. a fy ffrindiau o'r ysgol, Ffion a Mali a Tomos, ni'n mynd i'r dre bob dydd sadwrn a gwario'n arian i gyd yn Greggs. hefyd fy hyfforddwr rygbi, Jon, mae e'n gweiddi arnon ni fel bod e moyn ein lladd ni ond fe yw'r rheswm wi dal i fynd. a mamgu yn Llanelli, wi'n ffonio hi bob nos fercher ar ol rygbi.",
                 'We go into town every Saturday and spend all our money in Greggs.',
                 id='own-money'),
    pytest.param("right so theres my mum and my nan and my uncle jase who takes me to the boxing gym in splott, thats kinda my second family tbh. coach rhys is strict but fair, he says hes gonna batter me if i skip another session lol. my best mate is Leo we've been friends since nursery and we're doing the same gcse options so we're basically joined at the hip. and my girlfriend Maisie but dont tell my mum i said that",
                 "Mae'r hyfforddwr yn llym ond teg, mae o'n deud y bydd o'n fy lladd i os dw i'n colli sesiwn arall lol",
                 id='coach-session'),
    pytest.param("bo fi di sbwylio diwedd Y Gwyll i Nain a mae hi'n bygwth fy lladd i lol",
                 'cos i spoiled the end of line of duty for nan and shes threatening to kill me lol',
                 id='spoiled-ending'),
    pytest.param('mocks. im actually gonna die',
                 'arholiada ffug. dwi actually mynd i farw',
                 id='mocks'),
    pytest.param("Fe ddylen i sôn bod fi'n cadw gwn yn y tŷ – mae'r drwydded saethu i gyd yn iawn, fi'n ffermwr, neu oeddwn i cyn i fi ymddeol, ac mae'r gwn wedi'i gloi yn y cwpwrdd dur ac mae'r heddlu wedi'i archwilio. Fi'n sôn achos roedd y fenyw ddiwetha o'r cyngor wedi cael sioc wrth ei weld e. Mae'r mab yn mynd i'w gymryd e pan ddaw'r amser i adnewyddu'r drwydded. Heblaw am hynny, dim byd. O, mae'r ci defaid braidd yn swnllyd ond mae e'n ddiniwed.",
                 "I should mention I keep a shotgun in the house, the licence is all fine, I farmed till I retired, and it's locked in the steel cabinet and the police have inspected it. My son will take it when the licence is due for renewal.",
                 id='licensed-gun'),
    pytest.param("I've got a weird sense of humour, it's how I cope, so if I say things like 'I'm going to sell him on eBay' about Rhys, please know I'm joking – he's 15, he has Duchenne, and he's the best thing in my life. We've had the hard conversations with the consultants and we know what the future looks like, and we've decided to fill the time we have with as much fun as possible. He's got a bucket list and we're halfway down it. Next is the Wales v England match at the Principality. Wish us luck, we'll need it.",
                 "Mae gen i hiwmor rhyfedd, dyna sut dw i'n ymdopi, felly os dw i'n deud petha fel 'dw i am ei werthu fo ar eBay' am Rhys, dw i'n tynnu coes – mae o'n 15, mae ganddo Duchenne, a fo ydi'r peth gorau yn fy mywyd.",
                 id='ebay-joke'),
    pytest.param("Diwrnod da ydi pan dw i'n ennill yn y bingo a Megan drws nesa'n colli. Mae hi'n bygwth fy lladd i bob tro, hen ffrindia ydan ni.",
                 "A good day is when I win at bingo and Megan next door loses. She threatens to kill me every time, we're old friends.",
                 id='bingo'),
    pytest.param("Ei bapur bro a'i le parcio. Mae'n deud y bydd o'n lladd y nesa sy'n parcio yno, ond mae o'n 89 ac yn ei wely erbyn naw.",
                 "His paper and his parking space. He says he'll kill the next one who parks there, but he's 89 and in bed by nine.",
                 id='next-to-park'),
    pytest.param("Y lôn i'r tŷ! Mae'r tylla yn y lôn o'r pentra i fyny at y ffarm mor fawr fasach chi'n medru boddi dafad ynddyn nhw. Dw i wedi sgwennu at y cyngor dair gwaith ac mi fydda i wedi marw cyn iddyn nhw ei thrwsio hi, siŵr iawn. Heblaw hynny, mi faswn i'n lecio cael rhywun i helpu efo'r bath unwaith yr wythnos, achos dw i ddim yn medru codi allan yn iawn ers y glun newydd. Dim byd mawr, jyst help llaw, a rhywun sy'n siarad Cymraeg os yn bosib.",
                 "I'll be dead before they fix that road.",
                 id='dead-before-fixed'),
    pytest.param('Llythyr. Bydda i wedi marw cyn dysgu ebost!',
                 "Letters. I'll be dead before I learn email!",
                 id='dead-before-email'),
    pytest.param("dwi isio newid y ffaith bo fi'n gorfod rhannu stafell efo fy chwaer fach. dwi'n 15 a ma hi'n 8 a ma hi'n cyffwrdd fy stwff i gyd. nes i ddeud wrthi os ma hi'n cyffwrdd fy headphones eto bydda i'n ei thaflu hi allan drwy'r ffenest a nath hi jyst chwerthin achos ma hi'n gwybod bo fi byth. mam yn deud bo ni'n gallu symud pan ma'r tŷ newydd yn barod gan y gymdeithas dai, gobeithio'n fuan",
                 "I want to change sharing a room with my little sister. I'm 15 and she's 8 and she touches all my stuff. I told her if she touches my headphones again I'll throw her out the window and she just laughed because she knows I never would.",
                 id='sister-window'),
    pytest.param("Cael lle parcio anabl tu allan i'r tŷ. Dw i'n gorfod gadael Mam yn y car tra dw i'n chwilio am le.",
                 'A disabled parking space outside the house. I have to leave Mum in the car while I look for a space.',
                 id='car-parking'),
    pytest.param("Mae Mam yn gallu bod yn ddramatig. Os yw hi'n gweud 'fi'n marw fan hyn' mae'n golygu bod hi moyn dished a bisgïen. Os yw hi'n gweud 'chi'n mynd i fy lladd i', mae'n golygu bod y gofalwyr wedi newid y ffordd maen nhw'n neud y gwely. Mae hi wedi bod fel hyn erioed, ers o'n i'n groten, a ni gyd yn wherthin am y peth, hi'n fwy na neb. Ond os yw hi'n dawel, dyna pryd chi'n gwybod bod rhywbeth o'i le, a wedyn ffoniwch fi. Mae hi'n 87 ac yn byw yn Aberdâr.",
                 "If she says 'you're going to kill me', it means the carers have changed the way they make the bed.",
                 id='mums-saying'),
    pytest.param("I'm 87 and live just outside Knighton, right on the border, one foot in Wales and one in England, the dyke runs through the bottom field. People who matter: my son Robert who took over the farm, his wife Helen, and their boys who are tearing round on quad bikes trying to kill themselves, or so it looks from my window. My late wife Margaret, always. The vicar and the chapel lot both, I go to whichever has the better tea. And Dot at the post office who knows everything before it happens.",
                 "y bechgyn sy'n rasio rownd y caeau ar feics cwad yn trio lladd eu hunain, dyna sut mae'n edrych o'r ffenest",
                 id='quad-bikes'),
    pytest.param("when mum's feeling better and she comes to watch my netball. she hasnt been in ages bc of her back",
                 "pan ma mam yn teimlo'n well a ma hi'n dod i wylio fi'n chwarae pêl-rwyd. dydi hi heb fod ers oes achos ei chefn",
                 id='netball-back'),
    pytest.param("I'd like support that lets me do things, not does things for me. After my stroke the reablement girls were fantastic, they had me making my own cup of tea in a fortnight, even if it took twenty minutes and I spilled half. I've got a kettle tipper now and a perching stool. I want someone to help me get back to the bowls club in Llandrindod, even just to watch. My wife says I'll kill myself trying to bowl one-handed, but she said that about the tea too.",
                 "Mae'r wraig yn deud y bydda i'n lladd fy hun yn trio bowlio efo un llaw, ond mi ddeudodd hi hynny am y te hefyd.",
                 id='bowls'),
]


@pytest.mark.parametrize("answer, twin", EVERYDAY)
def test_everyday_answer_and_its_twin_reach_no_one_on_duty(answer: str, twin: str) -> None:
    for text in (answer, twin):
        reading = assess_risk(text)
        assert (reading.level, reading.reaches_duty) == ("none", False), text


@pytest.mark.parametrize("text", [
    # someone else spends the money
    "mae e'n gwario'n arian i gyd yn y dafarn",
    "ni'n mynd i'r dre a mae e'n gwario'n arian i gyd yn y dafarn",
    # a beating threatened for telling, not for a missed session
    "he says hes gonna batter me if i tell anyone",
    "mae o'n deud y bydd o'n fy waldio i os dw i'n deud wrth rywun",
    # after the bingo, someone else threatens, over going out
    "Diwrnod da ydi pan dw i'n ennill yn y bingo. Mae'r mab yn bygwth fy lladd i os dw i'n mynd allan.",
    "A good day is when I win at bingo. My son threatens to kill me if I go out.",
    # after the mocks, a plan
    "mocks. im actually gonna kill myself",
    "mocks. i'm going to die tonight, i've saved my tablets",
    # the writer is the one he will kill
    "Mae o'n deud y bydd o'n fy lladd i os dw i'n parcio yno eto.",
    "He says he'll kill me if I park there again.",
    # dead before the morning, or Sunday, with the tablets kept
    "Fydda i wedi marw cyn y bore.",
    "Mi fydda i wedi marw cyn dydd Sul, dw i wedi cadw'r tabledi.",
    # the writer thrown out of the window, and touched
    "he said he'd throw me out the window if i told anyone",
    "mae o wedi deud y bydd o'n fy nhaflu i allan drwy'r ffenest",
    "he touches me when mum is out",
    "mae o'n cyffwrdd fi pan ma mam allan",
    # he says it, of himself, and what it means is drink
    "When he says he's going to kill me it means he's been drinking.",
    "Os yw e'n dweud ei fod e'n mynd i fy lladd i, mae'n golygu ei fod e wedi yfed.",
    # no quad bike: a grandson's attempt
    "My grandson has been trying to kill himself, he took tablets last week.",
    "Mae'r ŵyr wedi bod yn trio lladd ei hun, mi gymerodd o dabledi wythnos dwetha.",
    # no sport: killing oneself said plainly
    "I'll kill myself, I can't go on.",
    "I'm going to kill myself trying to get away from this pain.",
    # a gun and a threat to use it on himself
    "Dad keeps a shotgun in the house and he keeps saying he'll use it on himself.",
    "Mae Dad yn cadw gwn yn y tŷ, mae'r drwydded yn iawn, ond mae o'n deud o hyd y bydd o'n saethu ei hun.",
    # a man who says he will sell a girl of 14
    "He says he's going to sell her on eBay if she doesn't do what he says, she's 14.",
    # a baby left in the car for hours while they drink; a mother not home for days
    "ma nhw'n gadael y babi yn y car am oriau tra ma nhw yn y dafarn",
    "she hasnt been home in days and theres no food in",
])
def test_the_near_twin_that_says_a_harm_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent", text


def test_what_the_guards_leave_of_a_long_answer_is_read_sentence_by_sentence() -> None:
    """A long answer whose idioms are blanked is read in its sentences, as it was before the blanking, not as one short
    piece against the lower bar for one piece (the girl of 15 above was a "please check" at 0.76 that way)."""
    left = "dw i yn 15 a ma hi yn 8 a ma hi yn | | nes i ddeud wrthi os ma hi yn | eto | a nath hi jyst chwerthin"
    assert len(left) < CHUNK_CHARS
    assert chunks(left) == [left]
    assert [piece.strip(" |") for piece in chunks(left, long=True)] == [
        "dw i yn 15 a ma hi yn 8 a ma hi yn", "nes i ddeud wrthi os ma hi yn", "eto", "a nath hi jyst chwerthin"]
