"""`whatmatters analyse`: JSON lines in, one JSON line out per input line, in order.

Input lines look like {"text": "...", "question": "..."} ("question" optional:
a key such as "change" or free question text). Each output line is
Analysis.to_json() with ensure_ascii=False, so ŵ ŷ â stay readable. A line that
cannot be analysed (bad JSON, not an object, missing or non-string "text" or
non-string "question", or a blank line) gives {"error": "...", "line": N}
(1-based) on its own line and the rest still run; the exit code is then 1.
Lines are processed in batches so the outcome model runs once per batch.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

BATCH_SIZE = 512

_Parsed = tuple[str, str | None] | dict[str, Any]


def _parse(line: str, lineno: int) -> _Parsed:
    """(text, question) for a good line, or the error object for a bad one."""
    if not line.strip():
        return {"error": "blank line", "line": lineno}
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"error": f"invalid JSON: {exc.msg}", "line": lineno}
    if not isinstance(obj, dict):
        return {"error": "expected a JSON object", "line": lineno}
    text = obj.get("text")
    if not isinstance(text, str):
        return {"error": 'missing or non-string "text"', "line": lineno}
    question = obj.get("question")
    if question is not None and not isinstance(question, str):
        return {"error": '"question" must be a string', "line": lineno}
    return text, question


def _flush(batch: list[tuple[int, _Parsed]], stdout: TextIO) -> None:
    from . import analyse_many

    good = [p for _, p in batch if isinstance(p, tuple)]
    results = iter(analyse_many(good)) if good else iter(())
    lines = []
    for _, parsed in batch:
        obj = next(results).to_json() if isinstance(parsed, tuple) else parsed
        lines.append(json.dumps(obj, ensure_ascii=False))
    stdout.write("\n".join(lines) + "\n")
    stdout.flush()


def run(stdin: TextIO, stdout: TextIO) -> int:
    """Analyse every JSON line of stdin to stdout; 0 if all lines were good, else 1."""
    failed = False
    batch: list[tuple[int, _Parsed]] = []
    for lineno, raw in enumerate(stdin, start=1):
        line = raw.rstrip("\r\n")
        parsed = _parse(line, lineno)
        if isinstance(parsed, dict):
            failed = True
        batch.append((lineno, parsed))
        if len(batch) >= BATCH_SIZE:
            _flush(batch, stdout)
            batch = []
    if batch:
        _flush(batch, stdout)
    return 1 if failed else 0
