"""Stop-25 trial U9: in a conversation with an urgent flag, "Ffoniwch y tŷ." (an older man with no mobile, at the
question about what makes talking easier) was quoted under "Sut i gysylltu'n ddiogel" / "How to contact safely" at the
top. A plain way to reach someone stays an ordinary answer with its question; a way kept from someone is still at the
top. Welsh and English; the words are fictional.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.summary.record import SAFETY_WISH, safeguarding_kind

#: A record as build_record keeps it: an urgent flag raised by another message.
RECORD: dict[str, Any] = {"risk_flags": [{"id": 1, "level": "urgent", "categories": ["abuse"], "text": "…"}]}


def _answer(text: str) -> dict[str, Any]:
    return {"id": 2, "question_key": "communication", "text": text}


@pytest.mark.parametrize("text", ["Mae fy nghlyw yn iawn ond rhaid i chi siarad yn glir. Ffoniwch y tŷ.",
                                  "My hearing is fine but you must speak clearly. Ring the house.",
                                  "Ffoniwch fi ar y llinell tir.", "Ring me on the landline."])
def test_a_plain_way_to_reach_them_stays_with_its_question(text: str) -> None:
    assert safeguarding_kind(_answer(text), RECORD) != SAFETY_WISH


@pytest.mark.parametrize("text", ["Ffoniwch y mobeil, dim y tŷ.", "Ring the mobile, not the house.",
                                  "peidiwch ffonio'r tŷ, bydd o'n gweld", "don't ring the house, he'll see"])
def test_a_way_kept_from_someone_is_at_the_top(text: str) -> None:
    assert safeguarding_kind(_answer(text), RECORD) == SAFETY_WISH
