"""Every control example in the NLU data really steers: the exact-phrase list and the data agree.

DIET's guesses never steer (bot/nlu/signals.py), so an example that is not in
bot/analysis/controls.py would silently be kept as an answer instead.
"""
from __future__ import annotations

import pytest
import yaml

from bot.analysis.controls import CONTROL_INTENTS, control_of
from bot.settings import REPO_ROOT


def control_examples() -> list[tuple[str, str]]:
    out = []
    for path in sorted((REPO_ROOT / "bot" / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            if block.get("intent") in CONTROL_INTENTS:
                for line in block["examples"].splitlines():
                    text = line.strip()[2:].strip()
                    if text:
                        out.append((block["intent"], text))
    return out


@pytest.mark.parametrize("intent,text", control_examples())
def test_control_example_is_recognised_exactly(intent: str, text: str) -> None:
    found = control_of(text)
    assert found is not None and found[0] == intent, f"{text!r} would be kept as an answer, not {intent}"


@pytest.mark.parametrize("text", ["I want to stop worrying about Mam", "Dw i isio stopio poeni", "help with the stairs",
                                  "I'd like to start again at college", "English breakfast on Sundays"])
def test_answers_that_contain_control_words_are_not_commands(text: str) -> None:
    assert control_of(text) is None
