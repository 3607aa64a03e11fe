"""BA23 (stop 46 trial): the first practitioner page after start-up took 1.16 s (later ones 0.05-0.29 s): the record
compiled the cue lists and loaded the conversation modules it reads the pause with, on its way. The web app's
start-up warm-up (bot.summary.render.warm) now does both."""
from __future__ import annotations

import sys

from bot.analysis import cue_patterns
from bot.analysis.text import DATA_DIR


def _cue_lists() -> set[str]:
    found = set()
    for path in DATA_DIR.glob("*.tsv"):
        with path.open(encoding="utf-8") as fh:
            if fh.readline().rstrip("\n") == cue_patterns.CUE_HEADER:
                found.add(path.name)
    return found


def test_every_cue_list_the_readers_use_is_one_warm_compiles() -> None:
    """The lists the safeguarding readers load (by name) all carry the header warm() looks for."""
    lists = _cue_lists()
    for used in ("comes_back.tsv", "untold.tsv", "safe_check_questions.tsv", "immediacy.tsv", "risk_means.tsv",
                 "told_again.tsv", "domestic.tsv", "safety_wish.tsv"):
        assert used in lists


def test_warm_compiles_every_cue_list_and_loads_what_the_record_reads_with() -> None:
    from bot.summary.render import warm

    cue_patterns.cue_patterns.cache_clear()
    warm()
    assert cue_patterns.cue_patterns.cache_info().currsize == len(_cue_lists())
    for module in ("bot.conversation.safety", "bot.conversation.pause", "bot.conversation.about_you"):
        assert module in sys.modules
