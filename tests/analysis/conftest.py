"""Make the repo root importable however pytest is started, and train the model once per session."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session", autouse=True)
def _loaded_models() -> None:
    """Train the outcome model once so individual tests stay fast."""
    import bot.analysis

    bot.analysis.load()
