"""Issue 11, stop 19 (seventh pass): disclosures a blind writer's lines showed the risk reader missing, by family, in
Welsh and English, next to everyday messages in the same words that must stay clear of an urgent alert.

Quoted fixtures ("# quoted") are lines of bot/data/analysis/risk_train_stop17.tsv (written blind during stop 17, never
trained on) or benchmarks/heldout/risk_fresh3.tsv as written; each has a twin in the other language written for this
test. Each family is read by meaning (a rule in risk_patterns.tsv), never by listing the quoted sentence. The model
and the rules are the real ones.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk


def _ids(texts: list[str]) -> list[str]:
    return [t[:40] for t in texts]


#: Someone thrown down the stairs, or a bone broken, told with the verb first in spoken Welsh ("fe dorrodd e fy
#: nhrwyn"): only "pushed" / "shoved" and "mae o wedi torri" were read.
THROWN_OR_BROKEN = [
    "I like my garden and the bingo on a Thursday, the girls there are lovely. He doesn't like me going though, last "
    "time I came home late he threw me down the stairs so I've stopped really.",  # quoted
    "naeth e 'y nhaflu i lawr y grisie pan ddes i adre'n hwyr o'r bingo",
    "mae e'n codi'i lais ac wedyn ei ddwrn, wythnos ddiwetha fe dorrodd e fy nhrwyn, wedes i wrth y gwaith taw'r drws "
    "oedd e",  # quoted
    "last week he broke my nose, I told work it was the door",
]

#: Cutting oneself in the first-person past ("torres i fy hun"), a baby not fed since yesterday, a carer who hit or
#: locks in the person cared for.
HARM_DONE = [
    "torres i fy hun eto ddoe, mwy nag erioed, mae'r bandej o dan fy llawes",  # quoted
    "I cut myself again yesterday, worse than ever, the bandage is under my sleeve",
    "I've not fed the baby since yesterday morning, I can't get up, I left him in the cot and I can hear him "
    "crying",  # quoted
    "dw i ddim wedi bwydo'r babi ers bore ddoe, dw i'n methu codi, mae o yn ei got yn crio",
    "I'm at breaking point, I hit him across the face this morning when he spat his dinner out, I've never done "
    "anything like that before, I'm so ashamed",  # quoted
    "nes i ei daro fo ar draws ei wyneb bore 'ma pan boerodd o ei ginio allan, dw i 'di cyrraedd pen fy nhennyn",
    "I've started locking Mum in her room at night so I can sleep, she bangs on the door for hours, I don't know "
    "what else to do",  # quoted
    "dw i wedi dechrau cloi Mam yn ei stafell yn y nos er mwyn i fi gael cysgu",
]

#: A plan: pills bought from several shops so nobody asks, an attempt to be done "properly next time", a day fixed.
PLANS = [
    "bought a load of painkillers from three different shops so they wouldn't ask, they're in my bag",  # quoted
    "wi 'di prynu paracetamol o dair siop wahanol fel na fydden nhw'n gofyn, ma nhw yn 'y mag i",
    "nes i drio'r wythnos dwytha efo'r tabledi ond nes i ddeffro, dwi am neud o'n iawn tro nesa",  # quoted
    "I tried last week with the tablets but I woke up, I'll do it properly next time",
    "I'm only hanging on till mum's birthday on the 12th, after that I'm done, I've planned it",  # quoted
    "dim ond dal ymlaen tan ben-blwydd Mam ar y 12fed dw i, ar ôl hynny dyna fi, dw i wedi cynllunio'r cwbl",
    "Everyone says it gets better but I'm finishing it on Sunday",  # quoted
    "ma pawb yn gweud bod pethe'n gwella ond wi'n cwpla'r cwbl nos Sul",
]


@pytest.mark.parametrize("text", THROWN_OR_BROKEN + HARM_DONE + PLANS, ids=_ids(THROWN_OR_BROKEN + HARM_DONE + PLANS))
def test_the_disclosure_is_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent", found


#: The same words about things, chores and holidays: never an urgent alert.
SAME_WORDS_EVERYDAY = [
    "he threw the ball across the room and the dog went mad for it",
    "nath o daflu'r bag i lawr y grisia a rhedeg allan i chwarae",
    "nes i dorri fy ngwallt ddoe, dw i'n edrych yn wahanol iawn",
    "torrais i fy mys yn torri bara, dim byd mawr",
    "we've not fed the baby since 6, she's asleep",
    "mi wnes i ei daro fo ar ei ysgwydd i ddeud helo",
    "I locked the cat in the kitchen overnight because of the new carpet",
    "dw i'n cloi'r drws yn y nos",
    "bought paracetamol from the chemist, I've got a cold",
    "I tried the new tablets but they made me sick, the doctor wants to make sure this time",
    "I'm only hanging on till Christmas, after that I'm done with this place",
    "just holding on till friday, after that I'm gone for two weeks to Spain",
    "dal i fynd tan ddydd Gwener, wedyn fydda i ddim yma am bythefnos, gwyliau!",
    "dal ymlaen tan yr haf, ar ôl hynny dyna fi am y flwyddyn",
    "I'm finishing the decorating on Sunday, then the room's ready for Mum",
    "ma'r tîm yn cwpla'r tymor ddydd Sadwrn ond ma nhw'n gwella",
]


@pytest.mark.parametrize("text", SAME_WORDS_EVERYDAY, ids=_ids(SAME_WORDS_EVERYDAY))
def test_the_same_words_about_everyday_things_are_not_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "urgent", found
