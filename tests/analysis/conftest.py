"""Make the repo root importable however pytest is started, and train the model once per session."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_benchmark(name: str) -> ModuleType:
    """A benchmark script (benchmarks/ is not a package) as a module, registered under its own name, with its
    folder importable as the scripts import each other."""
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def _loaded_models() -> None:
    """Train the outcome model once so individual tests stay fast."""
    import bot.analysis

    bot.analysis.load()
