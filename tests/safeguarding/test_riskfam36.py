"""The risk reader's leftovers from stop 35, read by family of meaning (issue 11, stop 36), both languages.

Each family: the quoted message, a twin in the other language, and a look-alike that must stay calm.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, explain

# ---- 1. "committed suicide" / "cyflawni hunanladdiad": someone else's death told as past is grief, as "killed
# himself" is (stop 35); told as happening now, nearly done, or one's own wish or plan, it is urgent.
#: "my brother committed suicide three years ago" read nothing; "mae fy mrawd wedi cyflawni hunanladdiad" was urgent.
SUICIDE_TOLD_AS_PAST = ["my brother committed suicide three years ago", "my dad committed suicide",
                        "my son died by suicide in 2019", "we lost him to suicide two years ago",
                        "Mae fy mrawd wedi cyflawni hunanladdiad dair blynedd yn ôl",
                        "nath o gyflawni hunanladdiad llynedd", "bu farw mab fi drwy hunanladdiad",
                        "gollon ni fo i hunanladdiad dwy flynedd yn ôl", "cyflawnodd Dad hunanladdiad pan o'n i'n fach"]
#: Now, nearly, or of oneself: urgent, in both languages.
SUICIDE_NOW_OR_OWN = ["she committed suicide last night, i just found her", "he has just committed suicide",
                      "i nearly committed suicide last year", "if i committed suicide nobody would notice",
                      "i'm going to commit suicide", "mae o newydd gyflawni hunanladdiad",
                      "mae o wedi cyflawni hunanladdiad neithiwr", "bu bron i mi gyflawni hunanladdiad llynedd",
                      "dwi isio cyflawni hunanladdiad heno", "dwi'n meddwl am gyflawni hunanladdiad",
                      "dw i wedi trio cyflawni hunanladdiad", "dw i wedi meddwl am hunanladdiad",
                      "dwi'n teimlo'n hunanladdol", "mae o'n fy ngyrru i i hunanladdiad"]
#: The same words about something else: calm.
COMMITTED_LOOKALIKES = ["he committed a crime", "he committed to the suicide prevention walk",
                        "mae o wedi cyflawni trosedd", "the suicide rate is high round here"]


@pytest.mark.parametrize("text", SUICIDE_TOLD_AS_PAST)
def test_someone_elses_suicide_told_as_past_is_grief_for_the_visit(text: str) -> None:
    found = assess_risk(text)
    assert (found.level, found.please_check) == ("concern", False), explain(text)
    assert found.categories == ("low_mood",), explain(text)


@pytest.mark.parametrize("text", SUICIDE_NOW_OR_OWN)
def test_a_suicide_now_nearly_done_or_ones_own_is_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories, explain(text)


@pytest.mark.parametrize("text", COMMITTED_LOOKALIKES)
def test_committing_something_else_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


# ---- 2. Hitting her hard: "ei tharo hi'n galed" was only a "please check", where "mae o'n ei tharo hi" is urgent.
HITS_HER_HARD = ["mae o'n ei tharo hi'n galed", "mae o'n ei churo hi'n ddrwg", "mae fe'n ei chicio hi mor galed",
                 "he hits her hard", "he hits her so hard she bruises", "he keeps hitting her really hard"]
#: News, a loss or a diagnosis that "hit her hard", rain falling hard, a serve hit hard: calm; told as past, not urgent.
HIT_HARD_LOOKALIKES = ["the news hit her hard", "losing her mum hit her hard", "his death hit her really hard",
                       "mae'r newyddion wedi ei tharo hi'n galed", "mae colli Mam wedi ei tharo hi'n galed",
                       "ma colli ei gŵr wedi ei bwrw hi'n galed", "mae hi'n bwrw hi'n galed heddiw",
                       "he hits her serve really hard"]
HIT_HARD_PAST = ["roedd o'n ei tharo hi'n galed", "he used to hit her hard"]
#: Losing his temper before the blow is not a loss: "colli ei dymer" stays read.
HIT_AFTER_TEMPER = ["mae o wedi colli ei dymer ac wedi ei tharo hi'n galed", "mae o'n colli ei dymer a wedi ei tharo hi"]


@pytest.mark.parametrize("text", HITS_HER_HARD + HIT_AFTER_TEMPER)
def test_a_man_hitting_her_hard_is_urgent_in_both_languages(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories, explain(text)


@pytest.mark.parametrize("text", HIT_HARD_LOOKALIKES)
def test_news_or_a_loss_that_hit_her_hard_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", HIT_HARD_PAST)
def test_hitting_her_hard_told_as_past_is_not_urgent(text: str) -> None:
    assert assess_risk(text).level != "urgent", explain(text)


# ---- 3. Glad not to wake EARLY is a lie-in, not a wish not to wake at all.
#: "ro'n i'n falch o beidio deffro'n gynnar" was a "please check" suicide flag.
LIE_IN = ["ro'n i'n falch o beidio deffro'n gynnar", "ro'n i'n falch o beidio dihuno mor gynnar bore 'ma",
          "byddwn i'n falch o beidio deffro am 6", "I was glad not to wake up early for once",
          "i'd be glad not to wake up early tomorrow", "I'd be happy not to wake up at 5 for once"]
#: Glad not to wake at all stays a "please check" in both languages.
NOT_WAKING = ["fyddwn i'n falch o beidio deffro", "byddwn i'n falch o beidio deffro yn y bore",
              "i'd be glad not to wake up", "some nights i think i'd be glad not to wake up in the morning"]


@pytest.mark.parametrize("text", LIE_IN)
def test_glad_not_to_wake_early_is_calm(text: str) -> None:
    assert assess_risk(text).level == "none", explain(text)


@pytest.mark.parametrize("text", NOT_WAKING)
def test_glad_not_to_wake_at_all_is_still_a_please_check(text: str) -> None:
    found = assess_risk(text)
    assert found.level != "none" and "suicide" in found.categories, explain(text)
