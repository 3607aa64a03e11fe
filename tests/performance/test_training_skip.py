"""An unchanged project starts without training (bot.model_fingerprint, bot.services.train)."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot import model_fingerprint, services
from bot.settings import REPO_ROOT

ARGS = ["--config", "config.yml"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_train_leaves_the_model_untouched_and_runs_no_rasa(monkeypatch: pytest.MonkeyPatch) -> None:
    assert services.train(quiet=True) == 0  # trains only if something changed since the last one
    model = services.MODEL_FILE
    before = (model.stat().st_mtime_ns, _digest(model))
    calls: list[Any] = []
    real_call = subprocess.call

    def spy(args: Any, *rest: Any, **kwargs: Any) -> int:
        calls.append(args)
        return real_call(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "call", spy)
    assert services.train(quiet=True) == 0
    assert calls == []  # no `rasa train`
    assert (model.stat().st_mtime_ns, _digest(model)) == before


def _project(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "project"
    for name in model_fingerprint.TRAINING_INPUTS:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)
    model = tmp_path / "models" / "whatmatters.tar.gz"
    model.parent.mkdir()
    model.write_bytes(b"a model")
    model_fingerprint.record(model, root, ARGS)
    return root, model


def test_current_until_an_input_changes(tmp_path: Path) -> None:
    root, model = _project(tmp_path)
    assert model_fingerprint.is_current(model, root, ARGS)
    nlu = sorted((root / "bot" / "data").rglob("*.yml"))[0]
    nlu.write_text(nlu.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    assert not model_fingerprint.is_current(model, root, ARGS)


@pytest.mark.parametrize("change", ["config", "domain", "args", "model", "no_record"])
def test_any_change_means_training(tmp_path: Path, change: str) -> None:
    root, model = _project(tmp_path)
    args = ARGS
    if change == "config":
        (root / "config.yml").write_text((root / "config.yml").read_text() + "\n# tuned\n")
    elif change == "domain":
        next((root / "bot" / "domain").glob("*.yml")).write_text("version: '3.1'\n")
    elif change == "args":
        args = [*ARGS, "--num-threads", "1"]
    elif change == "model":
        model.write_bytes(b"a model trained by hand with other data")
    else:
        model.with_name("whatmatters" + model_fingerprint.FINGERPRINT_SUFFIX).unlink()
    assert not model_fingerprint.is_current(model, root, args)


def test_a_clone_elsewhere_with_the_model_and_its_record_does_not_train_again(tmp_path: Path) -> None:
    """Second stop-25 trial V15: the record held the project's absolute paths, so a clone at another path given the
    model and its fingerprint file (its time kept) trained again."""
    here = tmp_path / "here"
    here.mkdir()
    root, model = _project(here)
    args_here = ["--config", str(root / "config.yml"), "--data", str(root / "bot" / "data"),
                 "--out", str(root / "bot" / "models")]
    model_fingerprint.record(model, root, args_here)
    there = tmp_path / "there"
    shutil.copytree(here, there, copy_function=shutil.copy2)  # the model's time kept, as `cp -p` keeps it
    root_there, model_there = there / "project", there / "models" / "whatmatters.tar.gz"
    args_there = [a.replace(str(here), str(there)) for a in args_here]
    assert model_fingerprint.is_current(model_there, root_there, args_there)
