"""`whatmatters run` starts without Telegram, and with it when TELEGRAM_TOKEN is set."""
from __future__ import annotations

from pathlib import Path

import yaml

from channels.credentials import TELEGRAM_SECTION, write_rasa_credentials


def test_without_a_token_the_telegram_section_is_left_out(tmp_path: Path) -> None:
    env: dict[str, str] = {}
    path = write_rasa_credentials(env, tmp_path / "credentials.yml")
    data = yaml.safe_load(path.read_text())
    # The quiet REST channel and the web chat's stay; Rasa's own REST channel (it logs message text) is not used.
    assert "channels.rest.QuietRestInput" in data and "channels.webchat.WebChatInput" in data
    assert "rest" not in data and TELEGRAM_SECTION not in data
    assert "${" not in path.read_text()  # nothing left for Rasa to fail on
    assert env == {}


def test_with_a_token_the_section_stays_and_unset_optional_values_become_empty(tmp_path: Path) -> None:
    env = {"TELEGRAM_TOKEN": "123:abc", "TELEGRAM_WEBHOOK_SECRET": "s"}
    path = write_rasa_credentials(env, tmp_path / "credentials.yml")
    text = path.read_text()
    assert f"{TELEGRAM_SECTION}:" in text and "token: ${TELEGRAM_TOKEN}" in text
    assert "123:abc" not in text  # placeholders only: the token never lands in a file
    assert env["TELEGRAM_WEBHOOK_SECRET"] == "s" and env["TELEGRAM_PUBLIC_URL"] == "" and env["TELEGRAM_MODE"] == ""
