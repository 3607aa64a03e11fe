"""Stop-25 trial U9: "Ffoniwch y tŷ." (he has no mobile), said after a (false) urgent flag, was listed under "Sut i
gysylltu'n ddiogel" / "how to contact safely". A plain way to reach them is how they like to be reached; a safety wish
names a phone to use instead of another, or keeps it from someone. Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot.analysis.safety_wish import is_safety_wish


@pytest.mark.parametrize("text", ["Ffoniwch y tŷ.", "Mae fy nghlyw yn iawn ond rhaid i chi siarad yn glir. Ffoniwch y tŷ.",
                                  "Ring the house.", "My hearing is fine but you must speak clearly. Ring the house.",
                                  "Ring me on the landline.", "Ffoniwch fi ar fy mobeil"])
def test_a_plain_way_to_reach_them_is_not_a_safety_wish(text: str) -> None:
    """U9: "Ffoniwch y tŷ." (he has no mobile) was listed under "how to contact safely"."""
    assert not is_safety_wish(text)


@pytest.mark.parametrize("text", ["ring my mobile instead", "ffoniwch fy mobeil i yn lle", "ring me on my mobile only",
                                  "ffoniwch y mobeil yn unig", "Ring the mobile, not the house",
                                  "Ffono'r mobeil sy ore, dim y tŷ", "don't ring the house, he'll see",
                                  "paid ffonio'r tŷ, bydd e'n gweld"])
def test_a_way_to_reach_them_kept_from_someone_still_is(text: str) -> None:
    assert is_safety_wish(text)
