"""AY20 (stop 44 trial): `whatmatters summary REF --format md` took 14-50 s. Half a second of every run went to reading
the message catalogue and the summary's labels with the pure-Python YAML reader; they are read with libyaml's now
(bot.messages.read_yaml). Same data either way, checked here for every file (Welsh and English alike); no timing.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.messages import CATALOGUE_DIR, read_yaml
from bot.summary.view import LABELS_FILE

FILES = [*sorted(CATALOGUE_DIR.glob("*.yml")), LABELS_FILE]


@pytest.mark.parametrize("path", FILES, ids=lambda p: Path(p).name)
def test_the_fast_reader_reads_the_same_words(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert read_yaml(text) == yaml.safe_load(text)


def test_the_welsh_and_english_words_come_through_whole() -> None:
    labels = read_yaml(LABELS_FILE.read_text(encoding="utf-8"))
    assert labels["completed_young_carer"] == {"cy": "Person ifanc sy'n ofalwr ifanc",
                                               "en": "A young person who is a young carer"}
    assert "ŵ" in LABELS_FILE.read_text(encoding="utf-8") or "â" in LABELS_FILE.read_text(encoding="utf-8")
