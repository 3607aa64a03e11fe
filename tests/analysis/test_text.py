"""Welsh normalisation: mutations undone only towards known radicals."""
from __future__ import annotations

from bot.analysis.text import canonical_text, demutate


def test_demutate_known_words() -> None:
    assert demutate("nhad") == "tad"
    assert demutate("gerdded") == "cerdded"
    assert demutate("weld") == "gweld"
    assert demutate("fynd") == "mynd"
    assert demutate("nghartref") == "cartref"
    assert demutate("chadw") == "cadw"


def test_demutate_leaves_unknown_and_radical_words() -> None:
    assert demutate("fy") == "fy"
    assert demutate("gardd") == "gardd"
    assert demutate("football") == "football"


def test_informal_forms() -> None:
    assert canonical_text("dwi isio mynd efo fy nhad rŵan") == "dw eisiau mynd gyda fy tad nawr"
