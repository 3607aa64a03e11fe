"""Rasa's own checks: the training data validates, and the test stories pass end to end.

The test stories in tests/stories/ walk whole conversations in Welsh and in
English (a person, a carer and a young person completing; consent declined;
skip, "I don't know", help, stop and come back, start again, off-topic;
read-back changes; language switching; urgent disclosures). They are run with
`rasa test core --e2e` against the trained model, which checks both halves of
every turn: the intent (and entities) the NLU pipeline, including
bot.nlu.signals.ConversationSignals, gives each `user:` line, and every action
the dialogue policy predicts. Custom actions do not run, so each story writes
out the events the form's validation would return as `slot_was_set` steps.

`--fail-on-prediction-errors` is not used: it stops at the first wrong
prediction. Instead every story is evaluated and the failed ones are read
from failed_test_stories.yml, so one run names all of them.
"""
from __future__ import annotations

import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
import yaml

from bot import services
from bot.settings import REPO_ROOT, service_environment

STORIES_DIR = REPO_ROOT / "tests" / "stories"


def _rasa(*args: str, timeout: float = 900) -> tuple[int, str, float]:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "rasa", *args],
        cwd=REPO_ROOT,
        env=service_environment(),
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout + proc.stderr, time.monotonic() - started


def _story_names() -> list[str]:
    names = []
    for path in sorted(STORIES_DIR.glob("test_*.yml")):
        names += [s["story"] for s in yaml.safe_load(path.read_text(encoding="utf-8"))["stories"]]
    return names


def _failures(failed_file: Path) -> list[str]:
    """One line per failed story: its name, then each step Rasa marked '# predicted: ...'."""
    if not failed_file.exists():
        return []
    out: list[str] = []
    for line in failed_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("- story:"):
            out.append(line[len("- story:"):].strip())
        elif "# predicted:" in line and out:
            out[-1] += "\n      " + line.strip()
    return out


def test_rasa_data_validate_is_clean() -> None:
    code, output, _ = _rasa(
        "data", "validate",
        "--domain", str(REPO_ROOT / "bot" / "domain"),
        "--data", str(REPO_ROOT / "bot" / "data"),
        "--config", str(REPO_ROOT / "config.yml"),
    )
    assert code == 0, output[-4000:]
    warnings = [line for line in output.splitlines() if "UserWarning" in line]
    assert not warnings, "rasa data validate warned:\n" + "\n".join(warnings)


def test_story_files_are_test_stories_in_both_languages() -> None:
    """Rasa only treats files named test_*.yml as test stories; every topic has a cy and an en file."""
    files = {p.name for p in STORIES_DIR.glob("*.yml")}
    assert files and all(name.startswith("test_") for name in files), files
    topics = {re.sub(r"_(cy|en)\.yml$", "", name) for name in files}
    for topic in topics:
        assert {f"{topic}_cy.yml", f"{topic}_en.yml"} <= files, topic
    names = _story_names()
    assert len(names) == len(set(names)), "story names must be unique"


@pytest.fixture(scope="module")
def model() -> Path:
    """The trained model; `rasa train` skips training when nothing changed."""
    assert services.train(quiet=True) == 0, "rasa train failed"
    path = services.latest_model()
    assert path is not None, "no model in bot/models"
    return path


def test_rasa_test_stories_pass(model: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    code, output, seconds = _rasa(
        "test", "core", "--e2e",
        "--stories", str(STORIES_DIR),
        "--model", str(model),
        "--out", str(out),
    )
    print(f"rasa test core --e2e on {STORIES_DIR.name}: {seconds:.0f}s")
    assert code == 0, output[-4000:]
    assert (out / "story_report.json").exists(), output[-4000:]

    # Every story in the files was evaluated (none silently dropped).
    evaluated = re.search(r"CONVERSATION level:\s*\n.*Correct:\s*(\d+)\s*/\s*(\d+)", output)
    assert evaluated, output[-4000:]
    assert int(evaluated.group(2)) == len(_story_names()), output[-4000:]

    failed = _failures(out / "failed_test_stories.yml")
    assert not failed, f"{len(failed)} test stories failed:\n- " + "\n- ".join(failed)


@pytest.mark.parametrize("text,language", [("/cymraeg", "cy"), ("/english", "en"), ("/Saesneg", "en")])
def test_typed_slash_language_word_switches_language(text: str, language: str) -> None:
    """A typed "/cymraeg" cannot carry an entity in a test story (Rasa reads any text starting
    with "/" as a payload), so the stories give its parse directly; this checks the parse here.
    ConversationSignals makes it choose_language with the language entity, and Rasa's
    RegexMessageHandler, which runs after it, leaves it alone (no such intent in the domain)."""
    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
    from rasa.shared.core.domain import Domain
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.signals import ConversationSignals

    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.4}})
    ConversationSignals().process([message])
    with warnings.catch_warnings():
        # Rasa's notes: slot auto-fill removed in 3.0; "cymraeg" is not an intent (it then carries on).
        warnings.simplefilter("ignore", UserWarning)
        domain = Domain.load(str(REPO_ROOT / "bot" / "domain"))
        (message,) = RegexMessageHandler().process([message], domain=domain)
    assert message.get("intent")["name"] == "choose_language"
    assert [(e["entity"], e["value"]) for e in message.get("entities")] == [("language", language)]
