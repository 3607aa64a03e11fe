"""Rasa's domain for the form, written from the question table (bot.conversation.questions).

Rasa must declare every slot the form fills, the form's slots and an `action_ask_<slot>`
for each; they are generated, so a question is added in one place only.
`whatmatters train` writes the file (`write_domain`); tests/conversation/test_question_table.py
fails when it is stale.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.conversation import questions

DOMAIN_FILE = Path(__file__).resolve().parents[1] / "domain" / "what_matters_form.yml"
FORM = "what_matters_form"
HEADER = (
    "# The guided questions: one form, its slots (each filled only while it is being asked) and ask actions.\n"
    "# GENERATED from bot/conversation/questions.py by bot/actions/domain.py (`whatmatters train`): do not edit.\n"
    "# The form lists every slot; validate_what_matters_form picks the ones that apply\n"
    "# (bot.conversation.answers.required_slots).\n"
)
#: Messages that steer the conversation are never taken as an answer.
NOT_AN_ANSWER = ["stop", "start_again", "help", "choose_language", "disclose_risk", "out_of_scope",
                 "continue_conversation"]
#: Slots also filled from a button's choice (the `choice` entity).
_CHOICE_SLOTS = ("role", "readback", "readback_action")


def _while_asked(slot: str) -> list[dict[str, str]]:
    return [{"active_loop": FORM, "requested_slot": slot}]


def _mappings(slot: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if slot == "consent_choice":
        out += [{"type": "from_intent", "intent": intent, "value": value, "conditions": _while_asked(slot)}
                for intent, value in (("affirm", "yes"), ("deny", "no"))]
    question = questions.question_for(slot) if slot.startswith("q_") else None
    if slot in _CHOICE_SLOTS or (question is not None and question.offers_nothing_more):
        out.append({"type": "from_entity", "entity": "choice", "conditions": _while_asked(slot)})
    out.append({"type": "from_text", "not_intent": list(NOT_AN_ANSWER), "conditions": _while_asked(slot)})
    return out


def form_domain() -> dict[str, Any]:
    """The form's part of Rasa's domain, as data."""
    slots = questions.asked_slots()
    return {
        "version": "3.1",
        "slots": {
            slot: {"type": "text", "influence_conversation": False, "mappings": _mappings(slot)} for slot in slots
        },
        "forms": {FORM: {"required_slots": questions.form_order()}},
        "actions": [f"action_ask_{slot}" for slot in slots],
    }


def render_domain() -> str:
    return HEADER + yaml.safe_dump(form_domain(), sort_keys=False, allow_unicode=True, width=120)


def write_domain(path: Path = DOMAIN_FILE) -> bool:
    """Write the form's domain if it changed; True when it did."""
    text = render_domain()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True
