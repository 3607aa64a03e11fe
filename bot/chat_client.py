"""A conversation in the terminal, over the same REST channel a web page uses."""
from __future__ import annotations

import json
import secrets
import sys
import urllib.error
import urllib.request
from typing import Any, TextIO


def send(rasa_url: str, sender: str, message: str, timeout: float = 60.0) -> list[dict[str, Any]]:
    body = json.dumps({"sender": sender, "message": message}).encode("utf-8")
    request = urllib.request.Request(  # noqa: S310 - http(s) URL of our own Rasa server
        f"{rasa_url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - our own Rasa URL
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as refused:
        # The door's refusals (too big, too fast, unreadable: channels.limits) carry a message to show.
        said = _refusal_message(refused)
        if said is None:
            raise
        return [{"text": said}]


def _refusal_message(refused: urllib.error.HTTPError) -> str | None:
    if not 400 <= refused.code < 500:
        return None
    try:
        body = json.loads(refused.read().decode("utf-8"))
    except (ValueError, OSError):
        return None
    said = body.get("message") if isinstance(body, dict) else None
    return said if isinstance(said, str) else None


def _show(replies: list[dict[str, Any]], out: TextIO) -> list[dict[str, str]]:
    buttons: list[dict[str, str]] = []
    for reply in replies:
        if reply.get("text"):
            out.write("\n" + reply["text"] + "\n")
        for button in reply.get("buttons") or []:
            buttons.append(button)
            out.write(f"  [{len(buttons)}] {button['title']}\n")
    out.flush()
    return buttons


def chat(rasa_url: str, sender: str | None = None, inp: TextIO = sys.stdin, out: TextIO = sys.stdout) -> None:
    """Type to talk; a number picks a button. Ctrl-D or Ctrl-C ends the chat (the record is kept)."""
    sender = sender or "shell-" + secrets.token_hex(4)
    out.write("(Ysgrifennwch i siarad; rhif i ddewis botwm. Ctrl-D i orffen. / "
              "Type to talk; a number picks a button. Ctrl-D to finish.)\n")
    buttons = _show(send(rasa_url, sender, "/greet"), out)
    while True:
        out.write("> ")
        out.flush()
        line = inp.readline()
        if not line:
            break
        line = line.rstrip("\n")
        if line.strip().isdigit() and buttons and 1 <= int(line.strip()) <= len(buttons):
            message = buttons[int(line.strip()) - 1]["payload"]
        else:
            message = line
        buttons = _show(send(rasa_url, sender, message), out)
    out.write(f"\n(Cyfeirnod y sgwrs / conversation id: {sender})\n")
