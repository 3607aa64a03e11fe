"""The means reader (bot.analysis.risk.means) prepares a message's text once (stop 36, riskfam36): every message passes
through `with_the_means`, some twice, and it prepared the same text up to six times (a means, hopelessness, a wish to
be with the dead, the thought of using it). The readings are unchanged: the AK1 family in both languages, and look-alikes
that stay calm. The counter wraps the real `prepared` (nothing is replaced)."""
from __future__ import annotations

import pytest

from bot.analysis.cue_patterns import prepared
from bot.analysis.risk import means
from bot.analysis.types import RiskAssessment

NOTHING = RiskAssessment("none", ())
#: (message, level, please_check, first category) as the means reader reads it on its own.
READINGS = [
    ("sdim pwynt i ddim byd rhagor. a ma'r gwn yn y cwpwrdd o hyd 'fyd", "urgent", False, "suicide"),
    ("there's no point in anything anymore and the gun's still in the cupboard", "urgent", False, "suicide"),
    ("dw i wedi meddwl am ddefnyddio'r gwn", "urgent", False, "suicide"),
    ("I've thought about using the gun", "urgent", False, "suicide"),
    ("weithie wy'n meddwl bydde hi'n well se fi 'da Mari", "concern", True, "suicide"),
    ("I'd be better off with Mary", "concern", True, "suicide"),
    ("sdim pwynt i ddim byd rhagor", "concern", False, "low_mood"),
    ("there's no point in anything anymore", "concern", False, "low_mood"),
    ("mae'r gwn yn y cwpwrdd, wedi'i gloi, a'r heddlu wedi'i weld o", "none", False, None),
    ("we'd be better off with a bungalow", "none", False, None),
    ("no point going to the shop today", "none", False, None),
]


@pytest.mark.parametrize("text,level,please_check,first", READINGS)
def test_the_means_reader_reads_as_before(text: str, level: str, please_check: bool, first: str | None) -> None:
    found = means.with_the_means(text, NOTHING)
    assert (found.level, found.please_check) == (level, please_check)
    assert (found.categories[0] if found.categories else None) == first


@pytest.mark.parametrize("text", [t for t, *_ in READINGS])
def test_a_message_is_prepared_once(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(words: str) -> str:
        calls.append(words)
        return prepared(words)

    monkeypatch.setattr(means, "prepared", counted)
    means.with_the_means(text, NOTHING)
    assert calls == [text]
