"""The `whatmatters` command: every job is there and explained, and `analyse` speaks JSON lines."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from bot.settings import REPO_ROOT

WHATMATTERS = [sys.executable, "-m", "bot.cli"]


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WHATMATTERS, *args], input=stdin, capture_output=True, text=True, cwd=REPO_ROOT, check=False,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_help_explains_each_job() -> None:
    out = run("--help").stdout
    for command in ("run", "shell", "train", "analyse", "summary", "migrate", "alerts", "validate"):
        assert command in out
    assert "Ctrl-C" in run("run", "--help").stdout or "Ctrl-C" in out


def test_analyse_reads_and_writes_json_lines_in_order() -> None:
    lines = [
        {"text": "Dw i isio cerdded i'r siop eto a dal i weld yr wyrion", "question": "change"},
        "not json",
        {"text": "yes"},
        {"text": "he hits me and I'm scared to go home"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    result = run("analyse", stdin=stdin)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1  # one line failed
    assert len(out) == 4
    assert out[0]["language"] == "cy" and len(out[0]["outcomes"]) == 2
    assert "ŵ" not in result.stdout or "\\u0175" not in result.stdout
    assert "error" in out[1]
    assert out[2]["outcome_type"] is None
    assert out[3]["risk"] == "urgent" and out[3]["risk_categories"]


def test_summary_of_an_unknown_conversation_says_so(tmp_path) -> None:
    result = run("summary", "nobody", "--format", "json", env={"DATABASE_URL": f"sqlite:///{tmp_path}/x.db"})
    assert result.returncode == 1 and "No conversation found" in result.stderr


def test_summary_prints_markdown_fhir_and_pdf_of_a_stored_record(sqlite_url: str) -> None:
    from bot.analysis import analyse
    from bot.storage import repository

    text = "Dw i isio aros yn fy nghartref, efo fy nghi Pero 🐕"
    repository.update_conversation("cli-1", language="cy", preferred_language="cy", completed_by="person")
    repository.record_consent("cli-1", True)
    repository.record_answer("cli-1", question_key="what_matters", question_text="Beth sy'n bwysig i chi?",
                             text=text, whose_view="person", about="person", analysis=analyse(text))
    env = {"DATABASE_URL": sqlite_url}
    md = run("summary", "cli-1", "--format", "md", env=env)
    assert md.returncode == 0 and "nghartref" in md.stdout
    fhir = json.loads(run("summary", "cli-1", "--format", "fhir", env=env).stdout)
    assert fhir["resourceType"] == "Bundle"
    assert any(e["resource"]["resourceType"] == "QuestionnaireResponse" for e in fhir["entry"])
    pdf = subprocess.run([*WHATMATTERS, "summary", "cli-1", "--format", "pdf"], capture_output=True, cwd=REPO_ROOT, check=False,
                         env={**os.environ, **env}, timeout=120)
    assert pdf.returncode == 0 and pdf.stdout.startswith(b"%PDF")


def test_corrections_export_as_training_rows(sqlite_url: str) -> None:
    from bot.analysis import analyse
    from bot.storage import repository

    text = "Keep going to chapel\ton Sundays"
    stored = repository.record_answer("cli-2", question_key="change", question_text="q", text=text,
                                      whose_view="person", about="person", analysis=analyse(text, "change"))
    repository.change_outcome_type(None, stored.outcome_ids[0], "process", corrected_by="practitioner", user_id=1)
    lines = run("corrections", env={"DATABASE_URL": sqlite_url}).stdout.splitlines()
    assert lines[0] == "text\ttype\tlanguage"
    assert lines[1] == "Keep going to chapel on Sundays\tprocess\ten"  # one line per example, tab made a space
