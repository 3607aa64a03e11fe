"""Rewrite the file-by-file part of docs/tests.md from each test file's own docstring.

Why: many test files are named after the stop or trial that found what they test (test_derail_stop29.py,
test_retrial32_lead.py), which says when, not what. Their docstrings say what; this lists them by behaviour, so a
newcomer finds the tests of an area. Run from the repository root: `.venv/bin/python scripts/tests_map.py`.
Everything above MARKER in docs/tests.md is written by hand and kept; everything below it is replaced.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

DOC = Path("docs/tests.md")
MARKER = "<!-- Below: written by scripts/tests_map.py from each file's docstring; edit the docstrings, not this. -->"
CHANNELS = "Channels: Telegram, the web chat, the doors"
RUNNING = "Running it: services, faults, scale, speed, figures"
#: (behaviour, folder or None for any folder, pattern of the file name): the first that matches a file wins.
BEHAVIOURS: list[tuple[str, str | None, str]] = [
    ("Names, who is talking, whose view", "conversation",
     r"name|role|speaker|cared_for|relationship|keyboard|whose|quoted_person|answers_stop20"),
    ("Register, age and young people", None, r"register|young|age_and|years_not_age|stated_age|taken_away"),
    ("Read-back", None, r"readback|reworded"),
    ("The safe path after a disclosure", "conversation",
     r"safe_|disclosure|harm_|held_message|clear_this_chat|told_again|trial28_correction|played_down|police"
     r"|concerns_trial"),
    ("Replies that respond (acknowledgements, tone)", "conversation",
     r"(^|_)ack(_|\.)|tone|heard_once|worry|loss"),
    ("Language and the Active Offer", None, r"language|learner|offer|mixes"),
    ("Words about the conversation, not answers (asides, stop, delete, refusals)", "analysis",
     r"called_away|delete_question|leaving|refusal|who_finds_out"),
    ("Conversation flow: the start, asides, derailments, stop and come back", "conversation", r"."),
    ("Guards: everyday words and look-alikes kept calm", None,
     r"false_alarm|calm|lookalike|everyday|alarms|not_risk|negated|context|not_harm|own_phone"),
    ("Risk rules: disclosures and concerns found, helplines", "safeguarding",
     r"risk|recall|harm|overdose|own_life|helpline|twin|retired|dev5|findings|trial|long_over|please_check"
     r"|welsh_english_agree"),
    ("Risk rules: disclosures and concerns found, helplines", "analysis",
     r"risk|domestic|immediacy|concern|falls|medication|safe_reply|safety_wish|feelings|trial25b|fresh3"),
    ("Duty alerts", "safeguarding", r"alert"),
    ("Outcomes: cuts, groups, whose view", "analysis",
     r"outcome|wish|lists|said_so|same_wish|service_led|gold|analyse"),
    ("Analysis plumbing: text, normaliser, start words, loading, CLI, scorers", "analysis", r"."),
    ("Summary: one record, one view, every format", "summary", r"."),
]
#: Folders that are one behaviour whatever their files are called ("" is tests/ itself).
FOLDERS = {
    "telegram": CHANNELS, "doors": CHANNELS,
    "web": "The practitioners' web app and invitations",
    "e2e": "Whole conversations over the real Rasa (slow)",
    "storage": "Storage, data protection, retention", "data_protection": "Storage, data protection, retention",
    "faults": RUNNING, "scale": RUNNING, "observability": RUNNING, "performance": RUNNING, "bench": RUNNING,
    "property": "Any text (Hypothesis properties)",
    "": "Whole-project checks (messages, settings, NLU data, stories, CLI)",
}


def first_sentence(doc: str, limit: int = 150) -> str:
    """The docstring's first sentence (a full stop inside quoted words does not end it), cut at a word."""
    text = " ".join(doc.split())
    for end in re.finditer(r"[.!?](?=\s+[A-Z(-]|\s*$)", text):
        head = text[:end.end()]
        if len(head) > 20 and head.count('"') % 2 == 0 and head.count("“") == head.count("”"):
            text = head
            break
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–—-(") + " …"
    return text.replace("|", "\\|")


def behaviour_of(path: Path) -> str:
    """The behaviour a test file is listed under: by its folder, then by the words of its name."""
    folder = "" if path.parent.name == "tests" else path.parent.name
    if folder == "web" and path.name.startswith("test_chat"):
        return CHANNELS  # the web chat is a channel; the rest of tests/web is the practitioners' app
    if folder in FOLDERS:
        return FOLDERS[folder]
    for behaviour, where, pattern in BEHAVIOURS:
        if where in (None, folder) and re.search(pattern, path.name):
            return behaviour
    return "Other"


def file_by_file(tests: Path = Path("tests")) -> str:
    """Every test file under its behaviour, with its docstring's first sentence."""
    listed: dict[str, list[str]] = {}
    for path in sorted(tests.rglob("test_*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "(no docstring)"
        listed.setdefault(behaviour_of(path), []).append(f"- `{path.as_posix()}` — {first_sentence(doc)}")
    order = dict.fromkeys([b for b, _w, _p in BEHAVIOURS] + list(FOLDERS.values()) + ["Other"])
    return "\n".join(f"### {b}\n\n" + "\n".join(listed[b]) + "\n" for b in order if b in listed)


def main() -> None:
    head = DOC.read_text(encoding="utf-8").split(MARKER)[0] if DOC.exists() else "# Tests\n\n"
    DOC.write_text(head.rstrip("\n") + "\n\n" + MARKER + "\n\n" + file_by_file(), encoding="utf-8")


if __name__ == "__main__":
    main()
