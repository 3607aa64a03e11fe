"""The simulated people: the prompt they recognise, and what they answer to it (no server needed)."""
from __future__ import annotations

from typing import Any

from bot import messages
from bot.bench.people import (
    AFFIRM,
    CONFIRM,
    OurPerson,
    PromptReader,
    Script,
    StarterPerson,
    load_scripts,
)


def _said(*texts: str) -> list[dict[str, Any]]:
    return [{"text": t} for t in texts]


READER = PromptReader.from_catalogue()


def test_the_last_prompt_of_a_reply_is_recognised_in_every_variant() -> None:
    for key in ("q_what_matters", "q_change", "q_people", "q_visit_time", "relationship", "name"):
        for language, register, role in (("cy", "chi", None), ("cy", "ti", None), ("cy", "chi", "carer"),
                                         ("en", "chi", None), ("en", "ti", None), ("en", "chi", "carer")):
            said = messages.text(key, language, register, role, cared_for_name="Mam (Gaynor)", cared_for_them="her",
                                 name="Sam")
            text = messages.text("ack", language, register, role) + "\n" + said
            assert READER.last_prompt(text) == key, (key, language, register, role)
    # What the person typed, read back inside "why", does not hide the prompt.
    why = messages.text("why", "en", answer="a referral to the day centre. Who is important to you?")
    assert READER.last_prompt(why) == "why"
    assert READER.last_prompt("Diolch.") is None


def test_a_person_answers_what_is_asked_and_stops_at_the_reference() -> None:
    script = Script(id="t", language="en", speaker="carer", opening="hello", name="Sioned", cared_for_name="Rhys",
                    relationship="his mum", answers={"what_matters": "Trains, all day long", "keep": "Bowling"},
                    why_answers={})
    person = OurPerson(script, READER)
    assert person.first() == "hello"
    assert "language" in (person.next(_said(messages.text("active_offer", None))) or "")
    assert person.next(_said(messages.text("consent_choice", "en"))) == AFFIRM
    assert person.next(_said(messages.text("role", "en"))) == '/choose{"choice":"carer"}'
    assert person.next(_said(messages.text("name", "en"))) == "Sioned"
    assert person.next(_said(messages.text("cared_for_name", "en"))) == "Rhys"
    asked = messages.text("q_what_matters", "en", role="carer", cared_for_name="Rhys", cared_for_them="him")
    assert person.next(_said("Thank you.", asked)) == "Trains, all day long"
    assert person.next(_said(messages.text("q_strengths", "en", role="carer", cared_for_name="Rhys",
                                           cared_for_them="him"))) == "/skip"
    assert person.next(_said(messages.text("readback", "en"))) == CONFIRM
    assert person.next(_said(messages.text("confirmed", "en", comma_name=", Sioned", reference="WM-1"))) is None
    assert person.completed and not person.derailed
    assert person.answers_sent == [("q_what_matters", "Trains, all day long")]
    assert person.is_answer("Trains, all day long") and not person.is_answer(CONFIRM)


def test_skip_typed_as_an_answer_is_sent_but_not_expected_in_the_database() -> None:
    script = Script(id="t", language="cy", speaker="person", opening="helo", name="Gwil", cared_for_name=None,
                    relationship=None, answers={"anything_else": "skip", "keep": "Y ci"}, why_answers={})
    person = OurPerson(script, READER)
    assert person.next(_said(messages.text("q_anything_else", "cy"))) == "skip"
    assert person.next(_said(messages.text("q_keep", "cy"))) == "Y ci"
    assert person.answers_sent == [("q_keep", "Y ci")]


def test_a_question_asked_three_times_in_a_row_derails_the_conversation() -> None:
    person = OurPerson(load_scripts()[0], READER)
    person.first()
    asked = _said(messages.text("role", "cy"))
    assert person.next(asked) is not None
    assert person.next(asked) is not None
    assert person.next(asked) is None
    assert person.derailed and not person.completed


def test_dev_scripts_mix_welsh_and_english_and_leave_out_disclosures() -> None:
    scripts = load_scripts()
    assert [s.language for s in scripts[:4]] == ["cy", "en", "cy", "en"]
    assert {s.speaker for s in scripts} == {"person", "carer", "young_person"}
    assert len(scripts) >= 20 and all(len(s.answers) >= 8 for s in scripts)


def test_a_starter_person_holds_exactly_the_turns_asked_for() -> None:
    person = StarterPerson(5)
    sent = [person.first()]
    while (message := person.next(_said("ok"))) is not None:
        sent.append(message)
    assert len(sent) == 5 and sent[-1] == "goodbye" and sent[0] == "hello there"
    assert person.completed
