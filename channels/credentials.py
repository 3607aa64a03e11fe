"""The credentials file `whatmatters run` gives Rasa: credentials.yml, Telegram only when configured.

Rasa substitutes `${VARIABLE}` in credentials.yml and stops when one is not set, so a checked-in
Telegram section would break every start without a bot. Here the section is left out unless
TELEGRAM_TOKEN is set, and the optional TELEGRAM_* values it names are set to empty when missing.
The file written holds the `${...}` placeholders, never a token or secret.
"""
from __future__ import annotations

import re
from collections.abc import MutableMapping
from pathlib import Path

from bot.settings import Settings

REPO_CREDENTIALS = Path(__file__).resolve().parents[1] / "credentials.yml"
TELEGRAM_SECTION = "channels.telegram.TelegramInput"
_PLACEHOLDER = re.compile(r"\$\{([A-Z0-9_]+)\}")


def without_section(text: str, section: str) -> str:
    """The YAML text without one top-level section (its key line and its indented lines)."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith(section + ":"):
            skipping = True
            continue
        if skipping and line.strip() and not line[0].isspace():
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out)


def write_rasa_credentials(env: MutableMapping[str, str], path: Path,
                           source: Path = REPO_CREDENTIALS) -> Path:
    """Write the credentials Rasa will read (with `env` as its environment) to `path`."""
    text = source.read_text(encoding="utf-8")
    if Settings.from_env(env).telegram_token:
        section = text[text.find(TELEGRAM_SECTION):]
        for name in _PLACEHOLDER.findall(section):
            env.setdefault(name, "")
    else:
        text = without_section(text, TELEGRAM_SECTION)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
