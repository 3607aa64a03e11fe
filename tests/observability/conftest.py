"""The running assistant of tests/e2e, one per test module here (a test may stop one of its parts)."""
from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e import conftest as e2e
from tests.e2e.conftest import Assistant


@pytest.fixture(scope="module")
def assistant(trained_model: Path) -> Iterator[Assistant]:
    """tests/e2e's assistant, started afresh for this module and stopped after it."""
    yield from inspect.unwrap(e2e.assistant)(trained_model)
