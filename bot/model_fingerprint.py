"""Whether the trained Rasa model is the one the project's files would train now.

`rasa train` (Rasa 3) skips the components whose inputs it has cached, but still runs the graph and
writes a new model file every time: 15-20 s at every `whatmatters run` and in every test session,
and a model file rewritten under any Rasa server loading it (issue 12). So `bot.services.train` asks
here first: a hash of every file `rasa train` reads (config.yml, the domain, the training data, our
NLU components) and of its arguments and Rasa's version, kept beside the model with the model file's
size and time. Same hash and the same model file: nothing to train.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path

#: What `rasa train` reads (bot.services.TRAIN_ARGS) and the code of our NLU components in config.yml.
TRAINING_INPUTS = ("config.yml", "bot/domain", "bot/data", "bot/nlu")
#: Kept beside the model it describes.
FINGERPRINT_SUFFIX = ".fingerprint.json"
LOCK_FILE = ".training.lock"


def _files(root: Path) -> list[Path]:
    found: list[Path] = []
    for name in TRAINING_INPUTS:
        path = root / name
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return sorted(found)


def inputs_fingerprint(root: Path, args: Sequence[str]) -> str:
    """SHA-256 over Rasa's version, the training arguments and every input file's path and bytes."""
    digest = hashlib.sha256()
    digest.update(metadata.version("rasa").encode())
    # Paths inside the project as relative ones: a clone elsewhere, given the model with its fingerprint file (and its
    # time kept: `cp -p`), does not train again (second stop-25 trial V15).
    digest.update(json.dumps([str(a).replace(str(root), ".") for a in args]).encode())
    for path in _files(root):
        digest.update(b"\0" + str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _model_stamp(model: Path) -> dict[str, int]:
    stat = model.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _fingerprint_file(model: Path) -> Path:
    return model.with_name(model.name.removesuffix(".tar.gz") + FINGERPRINT_SUFFIX)


def is_current(model: Path, root: Path, args: Sequence[str]) -> bool:
    """True when `model` was trained by us from exactly the files and arguments there are now."""
    try:
        kept = json.loads(_fingerprint_file(model).read_text(encoding="utf-8"))
        return bool(kept == {"inputs": inputs_fingerprint(root, args), "model": _model_stamp(model)})
    except (OSError, ValueError):
        return False


def record(model: Path, root: Path, args: Sequence[str]) -> None:
    """Note what `model` was just trained from."""
    kept = {"inputs": inputs_fingerprint(root, args), "model": _model_stamp(model)}
    path = _fingerprint_file(model)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(kept), encoding="utf-8")
    temporary.replace(path)


@contextlib.contextmanager
def training_lock(models_dir: Path) -> Iterator[None]:
    """One training at a time on this machine: a second caller waits, then finds the model current."""
    models_dir.mkdir(parents=True, exist_ok=True)
    with (models_dir / LOCK_FILE).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
