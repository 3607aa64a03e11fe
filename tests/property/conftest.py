"""Property tests of the analysis and storage code (Hypothesis)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session", autouse=True)
def _loaded_models() -> None:
    """The outcome and risk models, loaded once for the session (not inside a property)."""
    import bot.analysis

    bot.analysis.load()
