"""A new writer's everyday answers are not urgent (stop 31, issue 11; benchmarks/heldout/everyday_writers31).

A writer who never saw the code wrote 320 everyday answers with no urgent line; main read 17 of them as urgent. The tuning
half's (odd lines) are quoted here, each with its twin in the other language (written for this test) and a near-twin that
says a harm and must stay urgent: food or a pipe that "tried to kill me", a crash "on purpose" in a video game, a carer
nearly "thrown out" over weak tea, a father who thinks everyone is out to take his money since a scam, a mother "not safe
to use knives" who has been assessed, a son passing on his old phone, a burglary years ago that the court dealt with;
and beside them, hanging up the phone and a chore said in jest ("I'd kick him out if he didn't do the washing up").
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from bot.analysis.risk import assess_risk

#: (the writer's answer, its twin in the other language)
EVERYDAY = [
    pytest.param("honestly change the school canteen. the food is a crime against humanity. like, yesterday the pasta bake tried to kill me. ok but for real i'd like to get onto a proper college course after year 11, maybe mechanics or games design, and i dont really know how because my mum didnt go to college and shes not sure either. if someone could help us with that. and maybe a bike so i can get to Neath without relying on the bus that never comes",
                 "Newidiwch y ffreutur ysgol plis. Mae'r bwyd yn drosedd yn erbyn dynoliaeth. Ddoe mi wnaeth y pasta bake "
                 "drio fy lladd i. Ond o ddifri, dw i isio mynd ar gwrs coleg iawn ar ôl blwyddyn 11.",
                 id="pasta-bake"),
    pytest.param("Cadw fy nhŷ bach. Dw i wedi byw yma yn Nyffryn Nantlle ers saith deg o flynyddoedd. Mi oedd fy nhad yn y chwarel a finna wedyn, ac mi gollais i ddau fys mewn damwain yn 1971, ond dyna fo, dw i wedi hen arfer. Dw i isio cadw fy ngardd lysiau, cadw fy ffrindia yn y Clwb Henoed, a chadw'r papur bro yn dod drwy'r drws. Ac os gwelwch yn dda, peidiwch â gyrru pobl ifanc i ddeud wrtha i am roi'r gorau i'r bibell. Dw i'n 92. Os ydi hi'n mynd i fy lladd i mae hi'n cymryd ei hamser.",
                 "Please don't send young people round to tell me to give up the pipe. I'm 92. If it's going to kill me "
                 "it's taking its time.",
                 id="pipe"),
    pytest.param("Our son Jamie had a motorbike accident six years ago, head injury, and he lives with us in Cwmbran. He's doing well but he's 31 and he's bored out of his mind. He used to be a mechanic and he'd love to be around engines again. If there was a day service or volunteering at a garage or the motorcycle museum, anything with oil and spanners, he'd be in his element. He's not dangerous with tools, people worry because of the head injury, but the OT has assessed him and he's fine with a bit of supervision. Right now he plays Gran Turismo eight hours a day and crashes the car on purpose to wind his sister up.",
                 "Ar hyn o bryd mae o'n chwarae Gran Turismo wyth awr y dydd ac yn crasio'r car yn bwrpasol i wylltio'i "
                 "chwaer.",
                 id="video-game"),
    pytest.param("Gan rywun sy'n gwybod sut i wneud panad iawn. Mae'r un dwytha yn gwneud te fel dŵr golchi llestri, bron i mi ei thaflu hi allan.",
                 "Someone who knows how to make a proper cuppa. The last one made tea like dishwater, I nearly threw her "
                 "out.",
                 id="weak-tea"),
    pytest.param("Ffoniwch fi yn lle Dad, plis. Ma Dad yn gwrthod ateb y ffôn ers iddo fe gael ei sgamio dair blynedd yn ôl, ma fe'n meddwl bod pawb yn trio dwyn ei arian e. Mae hynny i gyd wedi'i sortio ers amser a'r heddlu wedi bod, ond ma fe wedi colli ffydd yn y ffôn. Os chi'n dod i'r tŷ, mae'r drws cefn ar agor yn y dydd a chi'n gweiddi 'helô' wrth fynd mewn. Peidiwch becso am y ci, ma fe'n swnio fel blaidd ond ma fe'n ofni'r gath. Dad sy'n siarad Cymraeg orau, felly Cymraeg os yn bosib.",
                 "Ring me instead of Dad, please. Dad won't answer the phone since he was scammed three years ago, he "
                 "thinks everyone is trying to steal his money. That's all been sorted long ago and the police have "
                 "been, but he's lost faith in the phone.",
                 id="scam-sorted"),
    pytest.param("Mum had her stroke two years ago and she's come on so well. She wants to keep cooking, it's her whole identity, she fed the whole street at one time. The OT got her a board with spikes to hold the veg and a rocker knife so she can chop one-handed, and honestly she's quicker than me now. So please nobody come in and say it's not safe for her to use knives, she's been assessed and she's fine. Keep her cooking, keep her Thursday lunch club at the Baptist chapel, and keep the same district nurse if at all possible, Angharad, because Mum won't let anyone else near her feet.",
                 "Felly plis peidiwch â dod i mewn a deud nad ydi hi'n saff iddi ddefnyddio cyllyll, mae hi wedi cael ei "
                 "hasesu ac mae hi'n iawn. Cadwch hi'n coginio, a'i chlwb cinio dydd Iau yn y capel.",
                 id="knives-assessed"),
    pytest.param("Letters please, in large print if you can. I don't have one of those smart phones and I don't want one, my son keeps trying to give me his old one and it lives in the drawer. I have a landline and it's in the hall. It takes me a while to get to it with my frame, so let it ring for a good long time, at least ten rings, don't hang up after three like the surgery does. I'm in most days except Wednesday when I go to the day centre in Abergele. Speak slowly on the phone and don't use too many long words.",
                 "Llythyrau plis, mewn print mawr os medrwch chi. Does gen i ddim un o'r ffonau clyfar 'na a dw i ddim "
                 "isio un, mae fy mab yn trio rhoi ei hen un i mi ac mae o'n byw yn y drôr. Mae gen i ffôn tŷ ac mae o "
                 "yn y cyntedd. Mae'n cymryd amser i mi ei gyrraedd efo fy ffrâm, felly gadewch iddo ganu am amser hir, o "
                 "leia deg caniad, peidiwch â rhoi'r ffôn i lawr ar ôl tri fel mae'r feddygfa'n neud. Dw i adra'r rhan "
                 "fwya o ddyddiau ond dydd Mercher pan dw i'n mynd i'r ganolfan ddydd yn Abergele. Siaradwch yn ara deg "
                 "ar y ffôn a pheidiwch â defnyddio gormod o eiriau mawr.",
                 id="old-phone"),
    # Beside the writer's answers, the same idioms said another way (written for this test).
    pytest.param("Please let it ring, don't hang up after three rings, I'd hang up on them if they rang before nine.",
                 "Mi fydda i'n rhoi'r ffôn i lawr arnyn nhw os ydyn nhw'n ffonio cyn naw.", id="phone-down"),
    pytest.param("I'd kick him out of the house if he didn't do the washing up, ha.",
                 "Mi fyswn i'n ei daflu fo allan tasa fo ddim yn golchi llestri, ha.", id="chore-jest"),
]


@pytest.mark.parametrize("answer, twin", EVERYDAY)
def test_everyday_answer_and_its_twin_reach_no_one_on_duty(answer: str, twin: str) -> None:
    for text in (answer, twin):
        reading = assess_risk(text)
        assert (reading.level, reading.reaches_duty) == ("none", False), text


#: Harm long over, dealt with by the police and the court: a history the practitioner reads, not a duty alert.
BURGLED = ("Not much, really. I'll tell you something so you have it: years ago I was burgled while I was in, a lad came in through the back door I'd left open and took my purse and pushed me over. That was 2009. The police caught him, I went to court, it was all sorted and I had a lovely victim support lady called Pam. Since then I've had a chain on the door and one of those video doorbells my nephew put in, and I feel perfectly safe. I just check the locks twice before bed, old habit. My real worry now is my cat Mostyn who keeps bringing in half-dead mice, the little murderer.",
           "Dim llawer. Flynyddoedd yn ôl mi ges i fy lladrata pan o'n i yn y tŷ, daeth hogyn i mewn drwy'r drws cefn a "
           "dwyn fy mhwrs a fy ngwthio i drosodd. Yn 2009 oedd hynny. Mi ddaliodd yr heddlu fo, es i i'r llys, ac mae'r "
           "cwbl wedi'i sortio.")


@pytest.mark.parametrize("text", BURGLED)
def test_a_burglary_years_ago_dealt_with_is_an_abuse_concern(text: str) -> None:
    reading = assess_risk(text)
    assert (reading.level, reading.categories, reading.reaches_duty) == ("concern", ("abuse",), False)


@pytest.mark.parametrize("text", [
    # the food or habit is not who does it
    "honestly change the school canteen. like, yesterday my mum's boyfriend tried to kill me.",
    "newidiwch y ffreutur ysgol plis. ddoe mi wnaeth cariad mam drio fy lladd i.",
    "he puts stuff in my food he is trying to kill me",
    "mae hi'n rhoi rhywbeth yn fy mwyd i yn trio fy lladd i",
    "I'm 92. My son says he's going to kill me.",
    "Dw i'n 92. Mae fy mab yn deud ei fod o'n mynd i fy lladd i.",
    # no game: a real car, or a drive into a wall said
    "He plays xbox all day and then he took dad's car and crashed it on purpose into a wall.",
    "Right now he sits in his room all day and says he'll crash the car on purpose.",
    "Ar hyn o bryd mae o'n eistedd yn ei stafell drwy'r dydd ac yn deud y bydd o'n gyrru i mewn i wal yn fwriadol.",
    # the writer is the one thrown out
    "Someone who knows how to make a proper cuppa. Mum threw me out and I'm sleeping in the car.",
    "Gan rywun sy'n gwybod sut i wneud panad iawn. Mae mam wedi fy nhaflu i allan a dw i'n cysgu yn y car.",
    # someone known takes the money, and is feared
    "Ring me instead of Dad, please. My brother takes Dad's money every week and Dad is scared of him.",
    "Ffoniwch fi yn lle Dad, plis. Ma fy mrawd yn dwyn arian Dad bob wythnos a ma Dad ofn e.",
    # knives used on herself
    "She isn't safe to use knives, last night she cut her arms with one on purpose.",
    "Dydi hi ddim yn saff iddi ddefnyddio cyllyll, neithiwr mi dorrodd hi ei breichiau yn fwriadol.",
    # a wish to die beside the old phone
    "Letters please. I don't want to be here anymore, my son keeps trying to give me his old phone but what's the point "
    "in going on.",
    "Llythyrau plis. Dw i ddim isio byw ddim mwy, mae fy mab yn trio rhoi ei hen ffôn i mi ond be ydi'r pwynt.",
    # hanging oneself, or the writer put out, beside the phone and the chore
    "I'm going to hang myself after they hang up.",
    "Dw i'n mynd i grogi fy hun ar ôl rhoi'r ffôn i lawr.",
    "He said he'd kick me out if I told anyone.",
    "Mae o'n deud y bydd o'n fy nhaflu i allan os dw i'n deud wrth rywun.",
    # last week, or a few years ago (a young person may still live with them)
    "Last week a lad came in through the back door I'd left open and took my purse and pushed me over.",
    "Wythnos diwethaf daeth hogyn i mewn drwy'r drws cefn a dwyn fy mhwrs a fy ngwthio i drosodd.",
    "A few years ago my stepdad pushed me over and hit me.",
    "Ychydig flynyddoedd yn ôl mi wnaeth fy llystad fy ngwthio i drosodd a fy nharo i.",
])
def test_the_near_twin_that_says_a_harm_stays_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


def test_halves_counts_the_calm_lines_that_reach_duty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`risk_benchmark.py --halves` says how many calm lines of each half reach a person on duty (urgent or "please
    check"): the figure issue 11 counts for a new writer's everyday answers."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "risk_benchmark.py"
    spec = importlib.util.spec_from_file_location("risk_benchmark_halves", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    tsv = tmp_path / "calm.tsv"
    tsv.write_text("text\tlanguage\texpected_level\tcategories\n"
                   "Someone who knows how to make a proper cuppa.\ten\tnone\tidiom\n"
                   "Mum threw me out and I'm sleeping in the car.\ten\tnone\tidiom\n", encoding="utf-8")
    bench.half_figures(tsv, show_errors=False)
    out = capsys.readouterr().out
    assert "risk_calm_tuning_calm_reached_duty_en: 0 of 1" in out
    assert "risk_calm_heldout_calm_reached_duty_en: 1 of 1" in out
