"""Stop 31 (issue 11, "at most 1 in 200 everyday answers read as urgent", zero urgent alerts on calm conversations):
calm answers from the dev material that were urgent alerts, with their twins in the other language, each beside a
near-twin that tells a real harm in the same words and must stay urgent.

The causes are general ones (bot/data/analysis/risk_guards.tsv, "Stop 31"; bot/analysis/risk/meaning.py, long over):
a threat to kill over a borrowed top or a game, a pillow fight, tablets taken as the doctor says or taken back to the
chemist by the nurse, not wanting to go on like this with one's hearing, an overdose told of a lad at someone's school,
a denial said with "or anything", an accident that "nearly killed him", being kicked out of school or out for a walk,
an illness that "hit him hard", a fall that "shook me", and hitting told as long over and dealt with. The quoted lines
are the dev material's (dev2-dev5 everyday answers' readable halves, risk_writers30's odd lines, dev_calm26, dev_fresh6
odd ids); the others are their twins.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk

#: (calm line, its twin in the other language, a near-twin disclosure that must stay urgent)
CASES = [
    # a threat to kill over something small
    ("my brother keeps threatening to kill me cos i used his charger lol hes so dramatic",  # quoted
     "ma chwaer fi n bygwth fy lladd i achos nes i fenthyg ei top hi lol ma hi mor ddramatig",  # quoted
     "my brother keeps threatening to kill me because i told mum what he does"),
    ("arholiade'n bennaf ond fel gofid normal, dim gofid gwael. wi'n mynd i farw os wi'n ffaelu maths 'to lol, ma "
     "'mhen i'n mynd i ffrwydro 'da'r adolygu i gyd. gath mam diwtor i fi ar nos Iau a ma hi'n help mawr. hefyd ma sgrin "
     "'yn ffôn i 'di torri'n rhacs a wi'n becso bydd dad yn fy lladd i pan welith e fe. ond ie heblaw am 'ny wi'n iawn, "
     "ma ffrindie da 'da fi a wi yn sioe'r ysgol.",  # quoted
     "my phone screen is smashed and dad is going to kill me when he sees it, other than that I'm fine",
     "dad is going to kill me when he gets home, he said so and he's got a knife"),
    # games and a pillow fight
    ("mum, dad, and my big brother Callum who batters me with a pillow every time i win on FIFA lol",  # quoted
     "Mam a Dad, a fy mrawd mawr Gethin sy'n fy hitio fi efo clustog bob tro dwi'n ennill FIFA lol",  # quoted
     "my big brother batters me with a belt every time i answer back"),
    ("ma'n chwaer i'n rhoi crasfa i fi ar Mario Kart bob tro",  # quoted
     "my sister batters me at Mario Kart every time",
     "ma'n chwaer i'n rhoi crasfa i fi bob tro mae hi'n feddw"),
    ("been on fifa all night, absolutely battered my cousin 6-0, he wants to kill me",  # quoted
     "bues i ar fifa drwy'r nos, curais i fy nghefnder 6-0, mae o isio fy lladd i",
     "my cousin wants to kill me, he's been waiting outside the house all night"),
    # tablets as the doctor says, and taken back to the chemist
    ("I take all my tablets every morning like the doctor says, the chemist does them in a dosette box with the days "
     "on.",  # quoted
     "Dwi'n cymryd y tabledi i gyd bob bore fel ma'r doctor yn deud, ma'r fferyllfa'n rhoi nhw mewn bocs bach efo'r "
     "dyddia arno fo.",  # quoted
     "I took all my tablets last night with a bottle of vodka"),
    ("Help we get is good to be fair. My sister does Dad's shopping, the GP is brilliant, and the district nurse comes "
     "Mondays. Last week the nurse took all the tablets out the house, the old ones from before he went into hospital, "
     "to take back to the chemist because they were confusing everyone. Good idea. Would be nice to have someone to "
     "help him in the shower, that's the only thing.",  # quoted
     "Ma'r help dan ni'n gael yn dda a deud y gwir. Wsnos dwytha nath y nyrs gymryd y tabledi i gyd o'r tŷ, y rhai hen "
     "o cyn iddo fo fynd i'r sbyty, i fynd â nhw nôl i'r fferyllfa achos roedden nhw'n drysu pawb.",  # quoted
     "Nes i gymryd y tabledi i gyd neithiwr"),
    # a practical trouble, not life
    ("I don't want to go on like this with my hearing, I'd like a hearing aid check",  # quoted
     "Dwi ddim isio cario mlaen fel hyn efo 'nghlyw, licen i gael prawf cymorth clyw",  # quoted
     "I don't want to go on like this, I'd be better off dead"),
    # someone in a story
    ("My cousin told me about a lad in her school who took an overdose, it's really sad",  # quoted
     "Ma 'nghefnder yn deud bod hogyn yn ei ysgol o wedi cymryd gorddos, mae'n drist",  # quoted
     "Mae fy merch wedi cymryd gorddos"),
    # a denial said with "or anything"
    ("music, i play bass and write songs with my mate. and drama. but since year 10 started ive felt really anxious all "
     "the time and i cant sleep properly and im eating less. mum knows and im on the CAMHS waiting list since "
     "september. i dont want to hurt myself or anything like that, i just want to feel normal again and enjoy stuff "
     "like i used to",  # quoted
     "Dwi ddim isio brifo fy hun na dim byd fel 'na, dwi jyst isio teimlo'n normal eto",
     "i want to hurt myself or something, idk"),
    ("its not like i wanna hurt myself or anything its just meh",  # quoted (a part of a rwC line)
     "dim fel bo fi isio brifo fy hun na dim byd, jyst meh",
     "i dont want to hurt myself but i keep doing it"),
    # accidents and effort
    ("my mates are the best, we go up the mountain on bikes on sundays, Cai nearly killed himself going over the "
     "handlebars last week, he's fine tho just a scrape, we were crying laughing",  # quoted (a part of a rwJ line)
     "bu bron i Cai ladd ei hun wrth syrthio oddi ar y beic wsnos dwytha, mae o'n iawn",
     "my son nearly killed himself last month, he took an overdose"),
    ("dydd iau ar ol ysgol sy ora. dydd llun a mercher dwi n helpu yncl dei ar y ffarm, ma r wyn bach yn cyrraedd rwan a "
     "dwi n lladd fy hun yn trio cadw fyny lol.",  # quoted (its first half)
     "I'm killing myself trying to keep up with the lambing lol",
     "dwi n mynd i ladd fy hun heno"),
    # kicked out of school, or out for a walk
    ("cael fy nghicio mas o'r ysgol. wi ar report",  # quoted
     "got kicked out of school, I'm on report",
     "ges i fy nghicio mas o'r tŷ neithiwr a sgen i unman i gysgu"),
    ("a ma mam yn fy nghicio fi allan o'r tŷ bob dydd Sadwrn i fynd am dro achos 'ti'n byw ar y ffôn 'na' lol. so dim "
     "byd mawr rili",  # quoted (a part of a rwA line)
     "mum kicks me out of the house every Saturday to go for a walk lol",
     "mum kicked me out of the house last night and I've got nowhere to go"),
    # an illness or news that hit hard, a fall that shook me
    ("Mae'r strôc wedi'i daro fo'n galed ond mae o'n brwydro",  # quoted
     "The stroke has hit him hard but he's fighting",
     "Mae o wedi ei daro fo'n galed efo'r ffon"),
    ("Golles i'r job a'r leisans llynedd pan ges i'r ffitie, yr epilepsi yw hwnna, a nath hynny 'nharo i, sa i'n mynd "
     "i esgus na naeth e.",  # quoted (a part of a dev_calm/rwB line)
     "I lost my job and my licence last year with the fits, and that hit me hard",
     "Golles i'r job llynedd a nath o 'nharo i, fy ngŵr, achos o hynny"),
    # hitting told as long over: the "long over" in the next sentence, and the writer's own life today
    ("Roedd 'y nhad yn arfer 'y nghuro i pan o'n i'n grwt. Amser maith yn ôl, mae e 'di marw a wi 'di dod i delerau, "
     "ges i gwnsela yn 'y nhridegau.",  # quoted
     "My dad used to beat me when I was a lad. A long time ago now, he's dead and I've made my peace with it, I had "
     "counselling in my thirties.",
     "Roedd 'y nhad yn arfer 'y nghuro i pan o'n i'n grwt. Amser maith yn ôl, ond mae e'n dal i ddod draw bob dydd a "
     "mae gen i ofn e."),
    ("Dwi 'di dod drwy lot. Roedd fy ngŵr cynta'n fy nharo i, ond ma hynny dros 40 mlynedd yn ôl, mae o 'di marw ers "
     "talwm a ges i gwnsela flynyddoedd yn ôl. Nes i briodi Emrys wedyn a gafon ni 35 mlynedd hapus cyn iddo fo fynd. "
     "Dwi'n meddwl mai dyna fy nerth i, dwi'n gwybod mod i'n gallu dod drwy betha a dal i chwerthin. A dwi'n gneud y "
     "croesair bob dydd heb help!",  # quoted
     "I've come through a lot. My first husband hit me, but that was over 40 years ago, he died long ago. I know I can "
     "come through things and still laugh. And I do the crossword every day without help!",
     "Roedd fy ngŵr cynta'n fy nharo i, ond ma hynny dros 40 mlynedd yn ôl. Mae o'n dal i ddod draw bob dydd."),
    ("Roedd fy ngŵr cynta'n fy nharo i, ond ma hynny dros 40 mlynedd yn ôl. Dwi'n dal i neud y croesair bob dydd.",
     "My first husband hit me, but that was over 40 years ago. I still do the crossword every day.",
     "My first husband hit me, but that was over 40 years ago. He still comes round every day."),
    # hoping not to "kill" the chat, being good at breaking things
    ("s'mae, ma'r nyrs ardal di deud wrtha i am drio hwn. gobeithio na fydda i'n ei ladd o, dwi'n dda am dorri "
     "petha",  # quoted
     "hi, the district nurse told me to try this. hope I don't kill it, I'm good at breaking things",
     "gobeithio na fydda i'n ei ladd o tro nesa, nes i afael yn ei wddw fo neithiwr"),
    ("Nes i faglu ar y mat a bwrw 'mhen, medd y meddyg bo fi'n iawn ond nath o'n ysgwyd i",  # quoted
     "I tripped on the mat and banged my head, the doctor says I'm fine but it shook me up",
     "Nath o fy ysgwyd i nes o'n i'n crio"),
]


@pytest.mark.parametrize("calm, twin, _urgent", CASES, ids=[c[0][:40] for c in CASES])
def test_the_calm_line_and_its_twin_are_not_urgent(calm: str, twin: str, _urgent: str) -> None:
    for text in (calm, twin):
        assert assess_risk(text).level != "urgent", (text, assess_risk(text))


@pytest.mark.parametrize("_calm, _twin, urgent", CASES, ids=[c[2][:40] for c in CASES])
def test_the_harm_in_the_same_words_stays_urgent(_calm: str, _twin: str, urgent: str) -> None:
    assert assess_risk(urgent).level == "urgent", (urgent, assess_risk(urgent))


#: Feeling anxious all the time is a worry the practitioner reads (anxiety), said with a denial of self-harm or not.
ANXIOUS = [
    "music, i play bass and write songs with my mate. and drama. but since year 10 started ive felt really anxious all "
    "the time and i cant sleep properly and im eating less. mum knows and im on the CAMHS waiting list since "
    "september. i dont want to hurt myself or anything like that, i just want to feel normal again",  # quoted
    "ers dechra blwyddyn 10 dwi 'di teimlo'n bryderus iawn drwy'r amser a dwi'm yn cysgu'n iawn",
]


@pytest.mark.parametrize("text", ANXIOUS, ids=[t[:40] for t in ANXIOUS])
def test_anxious_all_the_time_is_an_anxiety_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "anxiety" in found.categories, found
