"""Rasa's domain for the form is generated from the question table, and agrees with it."""
from __future__ import annotations

import yaml

from bot.actions.domain import DOMAIN_FILE, FORM, form_domain, render_domain
from bot.conversation.questions import Question, asked_slots
from bot.settings import REPO_ROOT


def test_the_generated_domain_file_is_up_to_date() -> None:
    assert DOMAIN_FILE.read_text(encoding="utf-8") == render_domain(), (
        "bot/domain/what_matters_form.yml is stale: run `whatmatters train` (or bot.actions.domain.write_domain())")


def test_rasas_domain_declares_every_question_and_nothing_else() -> None:
    declared: dict[str, dict] = {}
    form_slots: list[str] = []
    actions: set[str] = set()
    for path in sorted((REPO_ROOT / "bot" / "domain").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        declared.update(data.get("slots") or {})
        form_slots += (data.get("forms") or {}).get(FORM, {}).get("required_slots", [])
        actions.update(data.get("actions") or [])
    assert form_slots == form_domain()["forms"][FORM]["required_slots"]
    assert sorted(form_slots) == sorted(asked_slots())
    for slot in asked_slots():
        assert slot in declared, slot
        assert f"action_ask_{slot}" in actions, slot
        mapping_slots = {m["conditions"][0]["requested_slot"] for m in declared[slot]["mappings"]}
        assert mapping_slots == {slot}, slot  # filled only while it is being asked
    questions_in_domain = {s for s in declared if s.startswith(("q_", "why_"))}
    assert questions_in_domain == {s for s in asked_slots() if s.startswith(("q_", "why_"))}


def test_the_domain_for_a_new_question_is_generated_from_its_row(hobbies_question: Question) -> None:
    domain = form_domain()
    assert {"q_hobbies", "why_hobbies"} <= set(domain["slots"])
    order = domain["forms"][FORM]["required_slots"]
    assert order.index("q_hobbies") == order.index("q_people") + 1
    assert {"action_ask_q_hobbies", "action_ask_why_hobbies"} <= set(domain["actions"])
    assert "q_hobbies" in render_domain()
    assert DOMAIN_FILE.read_text(encoding="utf-8") != render_domain()  # the staleness check would catch it
