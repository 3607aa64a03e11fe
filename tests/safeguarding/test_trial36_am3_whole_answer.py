"""The fourteenth trial's AM3 (stop 36, issue 11): a carer's long everyday answer ("mae o isio mynd adra i'r ffarm bob
penwythnos… mae'n cymryd oes i'w gael o i mewn ac allan o'r car…") was an abuse "please check" on the whole answer
though no sentence read anything. A "please check" whose urgency is in no sentence, nor two side by side, reads as its
riskiest sentence; a disclosure told across two sentences still reaches the duty team. Read by the risk reader and
through the real core and SQLite, with a twin in the other language and look-alikes that must stay urgent.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.risk import assess_risk, model_proba, pattern_text
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, consented_at, risk_flags_quoting

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _carer_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial36d-{language}-{next(_senders)}", language, slot, role="carer", name="Nia",
                        what_matters={"en": "his garden", "cy": "ei ardd"}[language])


# --- AM3: a long everyday answer reads no higher than its riskiest sentence ------------------------------------------

#: The trial's answer, its English twin and a Welsh twin written for it: everyday, told over several sentences.
EVERYDAY_LONG = [
    "mae o isio mynd adra i'r ffarm bob penwythnos, dyna'r unig beth mae o'n sôn amdano fo. ei frawd sy'n ffarmio hi "
    "rŵan. ond dwi'm yn gallu gneud o bob penwythnos, dwi'm yn dreifio'n bell a mae'n cymryd oes i'w gael o i mewn ac "
    "allan o'r car. diwrnod da iddo fo ydi pan mae o'n cael gweld y defaid",
    "he wants to go home to the farm every weekend, it's all he talks about. his brother farms it now. but I can't do "
    "it every weekend, I don't drive far and it takes ages to get him in and out of the car. a good day for him is "
    "seeing the sheep",
    "mae hi isio mynd i'r capel bob dydd Sul, dyna'r peth pwysica iddi hi. ei chwaer sy'n mynd â hi weithia. ond "
    "dwi'm yn gallu mynd â hi bob wythnos, mae'n cymryd oes i'w chael hi i mewn ac allan o'r car. diwrnod da iddi hi "
    "ydi canu emynau",
]
#: Look-alikes: a disclosure told across two sentences, and one in a sentence of a long answer, stay urgent.
ACROSS_SENTENCES = [
    "he took my bank card. now all my pension is gone and he won't give it back.",
    "mae o wedi cymryd fy ngherdyn banc. mae fy mhensiwn i gyd wedi mynd a dydi o ddim yn ei roi o'n ôl.",
    "we go to the farm most weekends. his brother farms it now. last night he hit me and I'm scared to go home.",
    "dan ni'n mynd i'r ffarm bob penwythnos. ei frawd sy'n ffarmio hi rŵan. neithiwr mi wnaeth o fy nharo i a dwi ofn "
    "mynd adra.",
]


def test_the_trials_answer_was_urgent_on_the_whole_only() -> None:
    """The finding as it was: the learned model's urgency is in the whole answer (so the rule below is what calms it)."""
    whole = model_proba(EVERYDAY_LONG[0])["urgent"]
    sentences = [model_proba(s)["urgent"] for s in pattern_text(EVERYDAY_LONG[0]).split(" | ")]
    assert whole >= 0.6 > max(sentences)


@pytest.mark.parametrize("text", EVERYDAY_LONG)
def test_a_long_everyday_answer_is_no_please_check(text: str) -> None:
    reading = assess_risk(text)
    assert reading.level != "urgent" and not reading.please_check and "abuse" not in reading.categories


@pytest.mark.parametrize("text", ACROSS_SENTENCES)
def test_a_disclosure_across_sentences_still_reaches_duty(text: str) -> None:
    assert assess_risk(text).reaches_duty


@LANGS
def test_the_farm_answer_raises_no_alert_and_no_please_check(sqlite_url: str, language: str) -> None:
    text = EVERYDAY_LONG[0] if language == "cy" else EVERYDAY_LONG[1]
    conversation = _carer_at(language, "q_what_matters")
    conversation.say(text)
    assert not repository.is_urgent(conversation.sender_id)
    assert not any(f["please_check"] or f["level"] == "urgent" for f in risk_flags_quoting(conversation, text))
