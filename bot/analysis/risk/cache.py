"""Where the fitted risk model is kept: in this process, and on disk as plain arrays (no pickle); and,
beside it, what the rule set's patterns need (their necessary strings, as JSON).

Why a disk cache: fitting takes about 15 s on 2 cores, and the action server, `whatmatters
analyse` and every test process would each pay it. The file name is a hash of every input (the
training data, the rule files and this package's source), so a stale fit is never used.

The rules' reading (:func:`load_readings`) is kept for the same reason: working out every pattern's necessary
strings takes about 10 s of CPU, which `whatmatters summary` paid on every run (AZ22, stop 45 trial).

The folder comes in as a value: the entry points pass their settings to :func:`configure` before
:func:`fitted_model` first runs; until then it is ``~/.cache/whatmatters``.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from bot.analysis.text import DATA_DIR

from . import model
from .literals import Reading
from .model import LEVELS, Model, train_model, training_set

_LOG = logging.getLogger(__name__)

_folder: Path | None = None


def _source_digest() -> bytes:
    """The code this process runs (this package and bot/analysis/text.py), read once at import.

    Why at import and not when the fit is saved: a process that imported older code while the files
    were being edited would otherwise file its fit under the new code's name.
    """
    from bot.analysis import text as text_module

    digest = hashlib.sha256()
    for src in [*sorted(Path(__file__).resolve().parent.glob("*.py")), Path(text_module.__file__)]:
        digest.update(src.name.encode() + b"\0" + src.read_bytes())
    return digest.digest()


_SOURCE = _source_digest()


def default_cache_dir() -> Path:
    """~/.cache/whatmatters: the folder used when no entry point has configured one."""
    return Path.home() / ".cache" / "whatmatters"


def configure(cache_dir: Path | str | None = None) -> None:
    """Use `cache_dir` for the fitted model (None: the default). Call before the model first loads."""
    global _folder  # noqa: PLW0603 - one folder per process, set once by the entry point
    _folder = Path(cache_dir) if cache_dir else None


def cache_dir() -> Path:
    """The folder the fitted model is read from and written to."""
    return _folder or default_cache_dir()


def cache_path(folder: Path | None = None) -> Path | None:
    """Where this exact fit is cached in `folder` (default: :func:`cache_dir`), or None when an
    input cannot be read (then nothing is cached)."""
    digest = hashlib.sha256(_SOURCE)
    for src in [DATA_DIR / n for n in model.TRAINING_FILES + model.MODEL_INPUTS]:
        try:
            digest.update(src.name.encode() + b"\0" + src.read_bytes())
        except OSError:
            return None
    digest.update(repr((model.MODEL_C, model.CHAR_NGRAMS, model.GTOL)).encode())
    return (folder or cache_dir()) / f"risk-model-{digest.hexdigest()[:24]}.npz"


def safe_cache_dir(directory: Path) -> bool:
    """Only a folder this user owns and nobody else can write to: a planted file would decide
    which messages reach the duty team."""
    try:
        info = directory.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _keep(path: Path, write: Callable[[str], None], what: str) -> None:
    """Write a kept file whole with `write` (to a temporary name in the same folder, then renamed, so a parallel process
    never reads half a file), in a folder only this user can write to; remove week-old files of the same kind (older
    inputs). Any failure just means working it out again next time."""
    tmp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not safe_cache_dir(path.parent):
            _LOG.warning("not keeping %s: its folder is shared or not this user's", what)
            return
        fd, tmp = tempfile.mkstemp(dir=str(path.parent), suffix=".tmp" + path.suffix)
        os.close(fd)
        write(tmp)
        Path(tmp).replace(path)
        tmp = None
        week_ago = time.time() - 7 * 86400
        kind = path.name.rsplit("-", 1)[0]  # "risk-model", "risk-rules"
        for old in path.parent.glob(f"{kind}-*{path.suffix}"):
            if old != path and old.stat().st_mtime < week_ago:
                old.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def save_cached(fitted: Model, path: Path) -> None:
    """Write the fit as plain arrays (no pickle); any failure just means training next time."""
    import numpy as np

    (chars, words) = fitted.index

    def write(tmp: str) -> None:
        np.savez(tmp, char_grams=np.array(list(chars), dtype=str), char_rows=np.array(list(chars.values())),
                 word_grams=np.array(list(words), dtype=str), word_rows=np.array(list(words.values())),
                 idf=fitted.idf, level_w=fitted.level_w, level_b=fitted.level_b, cat_w=fitted.cat_w,
                 cat_b=fitted.cat_b, cat_names=np.array(fitted.cat_names, dtype=str))

    _keep(path, write, "the risk model")


def load_cached(path: Path) -> Model | None:
    """The cached fit, or None (then the caller trains): a damaged or foreign file is removed."""
    import numpy as np

    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            chars = dict(zip(z["char_grams"].tolist(), z["char_rows"].tolist()))
            words = dict(zip(z["word_grams"].tolist(), z["word_rows"].tolist()))
            loaded = Model((chars, words), z["idf"], np.ascontiguousarray(z["level_w"]), z["level_b"],
                           np.ascontiguousarray(z["cat_w"]), z["cat_b"], tuple(z["cat_names"].tolist()))
        rows = len(chars) + len(words)
        if (loaded.idf.shape != (rows,) or loaded.level_w.shape != (rows, len(LEVELS))
                or loaded.cat_w.shape != (rows, len(loaded.cat_names)) or loaded.level_b.shape != (len(LEVELS),)):
            raise ValueError("cached model has the wrong shape")
        return loaded
    except Exception:
        _LOG.warning("the cached risk model could not be read; training it again")
        with contextlib.suppress(OSError):
            path.unlink()
        return None


@cache
def fitted_model() -> Model:
    """Train on the TRAINING_FILES and the ordinary answers (deterministic), or load the same fit
    from the disk cache; once per process."""
    path = cache_path()
    cached = load_cached(path) if path is not None and safe_cache_dir(path.parent) else None
    if cached is not None:
        return cached
    rows, weights = training_set()
    fitted = train_model(rows, weights=weights)
    if path is not None:
        save_cached(fitted, path)
    return fitted


def readings_path(sources: Sequence[str], folder: Path | None = None) -> Path:
    """Where the readings of exactly these expanded patterns are kept: named by a hash of them, of this package's
    code (which decides what a reading is) and of the Python version (whose regex parser it uses)."""
    digest = hashlib.sha256(_SOURCE)
    digest.update(sys.version.encode() + b"\0")
    for source in sources:
        digest.update(source.encode() + b"\0")
    return (folder or cache_dir()) / f"risk-rules-{digest.hexdigest()[:24]}.json"


def _as_reading(item: object) -> Reading:
    """One stored reading, checked: anything else in the file is a damaged or foreign file."""
    if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], bool)):
        raise ValueError("not a reading")
    needs, local = item
    if needs is None:
        return None, local
    if not (isinstance(needs, list) and needs and all(isinstance(s, str) and s for s in needs)):
        raise ValueError("not a list of strings")
    return tuple(needs), local


def load_readings(sources: Sequence[str], folder: Path | None = None) -> list[Reading] | None:
    """The kept readings of `sources` (one per pattern, in order), or None: then the caller works them out.

    Only from a folder this user alone can write to: a planted file saying a pattern needs a string no message
    holds would stop that rule from ever reading a disclosure."""
    path = readings_path(sources, folder)
    if not path.exists() or not safe_cache_dir(path.parent):
        return None
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(items, list) or len(items) != len(sources):
            raise ValueError("wrong length")
        return [_as_reading(item) for item in items]
    except (OSError, ValueError):  # json.JSONDecodeError is a ValueError
        _LOG.warning("the kept reading of the risk rules could not be used; reading them again")
        with contextlib.suppress(OSError):
            path.unlink()
        return None


def save_readings(sources: Sequence[str], readings: Sequence[Reading], folder: Path | None = None) -> None:
    """Keep the readings for the next process; any failure just means working them out next time."""
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump([[list(needs) if needs is not None else None, local] for needs, local in readings], fh)

    _keep(readings_path(sources, folder), write, "the risk rules' reading")
