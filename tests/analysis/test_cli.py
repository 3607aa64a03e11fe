"""`whatmatters analyse` logic: order kept, bad lines reported in place, Welsh letters intact."""
from __future__ import annotations

import io
import json

from bot.analysis.cli import run


def _run(lines: str):
    out = io.StringIO()
    rc = run(io.StringIO(lines), out)
    return rc, [json.loads(x) for x in out.getvalue().splitlines()], out.getvalue()


def test_order_and_fields() -> None:
    inputs = [{"text": f"I want to keep seeing friend number {i}"} for i in range(5)]
    inputs.insert(2, {"text": "ie", "question": "keep"})
    rc, rows, _ = _run("\n".join(json.dumps(x) for x in inputs) + "\n")
    assert rc == 0
    assert [r["text"] for r in rows] == [x["text"] for x in inputs]
    assert rows[2]["outcome_type"] is None and rows[2]["language"] == "cy"
    assert rows[0]["outcome_type"] == "maintenance"
    assert set(rows[0]) >= {"language", "language_confidence", "language_method", "outcome_type",
                            "confidence", "outcomes", "service_led", "risk", "risk_categories"}


def test_malformed_lines_reported_in_place_and_rest_processed() -> None:
    lines = "\n".join([
        json.dumps({"text": "yes"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"question": "change"}),
        json.dumps({"text": 5}),
        "",
        json.dumps({"text": "I want to walk again", "question": "change"}),
    ]) + "\n"
    rc, rows, _ = _run(lines)
    assert rc == 1
    assert len(rows) == 7
    assert rows[0]["text"] == "yes"
    for i in (1, 2, 3, 4, 5):
        assert set(rows[i]) == {"error", "line"}
        assert rows[i]["line"] == i + 1
    assert rows[6]["outcome_type"] == "change"


def test_welsh_characters_not_escaped() -> None:
    text = "Dw i eisiau aros yn fy nhŷ efo'r ŵyr, mae'n bwysig i fi â'r teulu"
    rc, rows, raw = _run(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    assert rc == 0
    assert "ŷ" in raw and "ŵ" in raw and "â" in raw
    assert "\\u" not in raw
    assert rows[0]["text"] == text
    assert rows[0]["language"] == "cy"


def test_empty_input_is_ok() -> None:
    rc, rows, _ = _run("")
    assert rc == 0 and rows == []


def test_batches_larger_than_batch_size(monkeypatch) -> None:
    from bot.analysis import cli

    monkeypatch.setattr(cli, "BATCH_SIZE", 3)
    inputs = [json.dumps({"text": t}) for t in ["ok", "bad", "I want to keep my dog", "diolch", "x"]]
    inputs[1] = "oops"
    rc, rows, _ = _run("\n".join(inputs) + "\n")
    assert rc == 1
    assert [r.get("text") for r in rows] == ["ok", None, "I want to keep my dog", "diolch", "x"]
    assert rows[1]["line"] == 2
