"""An in-memory channel for the conversation core: a `Turn` over a dict, and a form loop like Rasa's.

It lets tests run whole conversations through bot.conversation with no Rasa at all:
`MemoryConversation.say(text)` plays one message the way the Rasa form would (validate
the answer to the question just asked, then ask the next one).
"""
from __future__ import annotations

import itertools
from typing import Any

from bot.conversation import about_you, answers, pause, readback, steering
from bot.conversation.safety import note_risk, respond_to_urgent
from bot.conversation.turn import Turn
from bot.messages import Rendered
from bot.storage import repository

_ids = itertools.count(1)

READBACK_TAKE = {
    "readback": readback.validate_choice,
    "readback_item": readback.validate_item,
    "readback_action": readback.validate_action,
    "readback_text": readback.validate_text,
}


class MemoryTurn(Turn):
    def __init__(self, conversation: MemoryConversation, text: str, intent: str | None = None,
                 message_id: str | None = None, seconds_since_asked: float | None = None,
                 typing_window: bool = False) -> None:
        super().__init__()
        self._seconds_since_asked = seconds_since_asked
        self._typing_window = typing_window
        self.conversation = conversation
        self._text = text
        self._intent = intent
        self._message_id = message_id or f"mem-{next(_ids)}"

    @property
    def sender_id(self) -> str:
        return self.conversation.sender_id

    @property
    def channel(self) -> str:
        return "memory"

    @property
    def team(self) -> str:
        return "test-team"

    @property
    def latest_text(self) -> str:
        return self._text

    @property
    def latest_intent(self) -> str | None:
        return self._intent

    @property
    def message_id(self) -> str:
        return self._message_id

    def stored_slot(self, name: str) -> Any:
        return self.conversation.slots.get(name)

    @property
    def question_waiting(self) -> str | None:
        return self.conversation.requested

    @property
    def seconds_since_asked(self) -> float | None:
        """As a channel stamps it (AX17, stop 44); None, as the terminal client, unless a test says."""
        return self._seconds_since_asked

    @property
    def typing_window(self) -> bool:
        """Off, as for the tests' other clients, unless a test says (AX17, stop 44)."""
        return self._typing_window

    def send(self, message: Rendered) -> None:
        self.conversation.said.append(message)

    def earlier_messages(self) -> list[str]:
        return list(self.conversation.messages[:-1])

    def said_before(self) -> list[str]:
        """As the tracker tells it: everything the assistant said before this message; nothing once the conversation
        was declined (Rasa's stored events then lose their words, bot/storage/tracker_store.py)."""
        from bot.conversation.steering import record_status

        if record_status(self.sender_id) == "declined":
            return []
        return [m.text for m in self.conversation.said]

    def earlier_replies(self) -> int:
        """As Rasa's tracker tells it: the times the waiting question was asked in a row, less this reply's ask."""
        asked = self.conversation.asked
        waiting = self.conversation.requested
        run = 0
        for slot in reversed(asked):
            if slot != waiting:
                break
            run += 1
        return max(run - 1, 0)


class MemoryConversation:
    """One person's conversation: its slots, everything said, and the question waiting for an answer."""

    def __init__(self, sender_id: str, language: str = "en") -> None:
        self.sender_id = sender_id
        self.slots: dict[str, Any] = {"language": language, "register": "chi"}
        self.said: list[Rendered] = []
        self.asked: list[str] = []
        self.requested: str | None = None
        self._since: list[Rendered] = []
        self.messages: list[str] = []  # everything the person wrote, oldest first

    @property
    def text(self) -> str:
        """Everything said since the last message from the person."""
        return "\n".join(m.text for m in self._since)

    def _next_slot(self) -> str | None:
        return next((s for s in answers.required_slots(self.slots.get) if self.slots.get(s) is None), None)

    def _ask_next(self, after: MemoryTurn | None = None) -> None:
        """Ask the next question, as Rasa's ask action does in the same turn as the person's message."""
        self.requested = self._next_slot()
        if self.requested is not None:
            turn = MemoryTurn(self, after.latest_text, after.latest_intent, after.message_id) if after else MemoryTurn(self, "")
            answers.ask(turn, self.requested)
            self.slots.update(turn.changes)
            self.asked.append(self.requested)

    def _know_speaker(self, turn: MemoryTurn) -> None:
        """As every channel's turn does first: who is talking, when the record already says."""
        self.slots.update(about_you.known_speaker(turn))

    def start(self) -> None:
        """The form begins: its first question is asked."""
        mark = len(self.said)
        self._know_speaker(MemoryTurn(self, ""))
        self._ask_next()
        self._since = self.said[mark:]

    def stop(self, text: str) -> None:
        """The person stops for now ("gotta go, back tonight"), as Rasa's action_stop: the questions pause."""
        mark = len(self.said)
        self.messages.append(text)
        turn = MemoryTurn(self, text, "stop")
        self.slots.update(steering.stop(turn))
        self.slots.update(turn.changes)
        self.slots["paused"] = True
        self.requested = None
        self._since = self.said[mark:]

    def _come_back(self, turn: MemoryTurn) -> None:
        """A message while the questions are paused, as Rasa's action_route takes it: carried on (the next question
        asked) or welcomed back (the questions stay paused)."""
        carried = steering.carry_on_after_welcome(turn)
        if carried is None and steering.carry_on_now(turn):
            carried = {}
        if carried is None:
            steering.route(turn)
            self.slots.update(turn.changes)
            self.slots["paused"] = True
            return
        self.slots.update(turn.changes)
        self.slots.update(carried)
        self.slots["paused"] = False
        self._ask_next(turn)

    def say(self, text: str, value: Any = None, intent: str | None = None, *,
            seconds_since_asked: float | None = None, typing_window: bool = False) -> None:
        """The person writes `text` (`value`: what the form would fill the slot with, e.g. a button's choice;
        `seconds_since_asked`: how soon after the question it arrived, as a channel stamps it; `typing_window`: as
        settings `burst_typing_window`)."""
        mark = len(self.said)
        self.messages.append(text)
        turn = MemoryTurn(self, text, intent, seconds_since_asked=seconds_since_asked, typing_window=typing_window)
        self._know_speaker(turn)
        risk = note_risk(turn)
        slot = self.requested
        if slot is None and self.slots.get("paused") and risk.level != "urgent":
            self._come_back(turn)
            self._since = self.said[mark:]
            return
        if slot is None and risk.level == "urgent":  # as Rasa's disclose_risk rule, with no form active
            self.slots.update(respond_to_urgent(turn, None))
            self.slots.update(turn.changes)
            self._since = self.said[mark:]
            return
        assert slot is not None, "no question is waiting for an answer"
        value = text if value is None else value
        held = None if risk.level == "urgent" else pause.take_reply(turn, slot)
        if risk.level == "urgent":  # as Rasa's disclose_risk rule: the urgent reply, then the form
            updates = respond_to_urgent(turn, slot)
        elif held is not None:  # as the form's validation: a reply to "are you safe?"
            updates = held
        elif slot in about_you.TAKE:
            updates = about_you.TAKE[slot](turn, value)
        elif slot in READBACK_TAKE:
            updates = READBACK_TAKE[slot](turn, value)
        else:
            updates = answers.take_answer(turn, slot, value)
        self.slots.update(turn.changes)
        self.slots.update(updates)
        self._ask_next(turn)
        self._since = self.said[mark:]


def started(sender_id: str, language: str, *, role: str, name: str) -> MemoryConversation:
    """A conversation past its start (consent given, who is talking and their name known), its first question
    asked: "ti" for a young person, "chi" otherwise, as the start would have set it."""
    conversation = MemoryConversation(sender_id, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role, "name": name})
    if role == "young_person":
        conversation.slots["register"] = "ti"
    conversation.start()
    return conversation


def started_with_record(sender_id: str, language: str, *, role: str, name: str) -> MemoryConversation:
    """As `started`, with the record a real start leaves (language, register, who is talking, their name, consent),
    so the summary and the safe check read what a real conversation would."""
    conversation = started(sender_id, language, role=role, name=name)
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=language, preferred_language=language,
                                   register="ti" if role == "young_person" else "chi", completed_by=role,
                                   display_name=name)
    repository.record_consent(sender_id, True)
    return conversation


def at_question(sender_id: str, language: str, slot: str, *, what_matters: str, role: str = "person",
                name: str = "Jo") -> MemoryConversation:
    """A conversation past its start with `slot` asked: what matters answered with `what_matters`, the rest skipped."""
    conversation = started(sender_id, language, role=role, name=name)
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        if conversation.requested == "q_what_matters":
            conversation.say(what_matters)
        else:
            conversation.say("/skip", intent="skip")
    return conversation


def young_at(sender_id: str, language: str, slot: str, name: str = "Cai") -> MemoryConversation:
    """A young person's conversation, with its record, at `slot`: the questions before it skipped."""
    conversation = started_with_record(sender_id, language, role="young_person", name=name)
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def skipped_to(sender_id: str, language: str, role: str, slot: str) -> MemoryConversation:
    """`started_with_record` at `slot`, the questions before it skipped; a carer's is about Mair (their wife)."""
    name = {"carer": "Emlyn", "person": "Dafs", "young_person": "Seren"}[role]
    conversation = started_with_record(sender_id, language, role=role, name=name)
    if role == "carer":
        conversation.slots.update({"cared_for_name": "Mair", "relationship": "wraig" if language == "cy" else "wife"})
        repository.update_conversation(conversation.sender_id, cared_for_name="Mair")
    while conversation.requested != slot:
        assert conversation.requested is not None
        conversation.say("/skip", intent="skip")
    return conversation


def answer_until_readback(conversation: MemoryConversation, said: dict[str, str] | None = None) -> MemoryConversation:
    """Answer each question asked with its words in `said` (by slot), skip the rest, up to the read-back."""
    left = dict(said or {})
    while conversation.requested != "readback":
        assert conversation.requested is not None
        slot = conversation.requested
        if slot in left:
            conversation.say(left.pop(slot))
        else:
            conversation.say("/skip", intent="skip")
    return conversation


def number_shown(conversation: MemoryConversation, words: str) -> str:
    """The number the read-back shows beside these words."""
    return next(line.split(".")[0] for line in conversation.text.splitlines() if f"“{words}”" in line)


def stored_outcomes(conversation: MemoryConversation) -> list[tuple[str, str]]:
    """(words, type) of every outcome the record holds, oldest first."""
    from bot.storage.db import session_scope

    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(o.text, o.type) for o in conv.outcomes]


def stored_views(conversation: MemoryConversation) -> list[tuple[str, str, str]]:
    """(words, whose view, about) of every outcome the record holds, oldest first (stop 49: one helper, not a copy
    per test file)."""
    from bot.storage.db import session_scope

    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(o.text, o.whose_view, o.about) for o in conv.outcomes]


def stored_answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    """(question key, words) of every stored answer, oldest first."""
    from bot.storage.db import session_scope

    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


#: How each role is spoken to, as the start of a real conversation sets it.
_REGISTER = {"young_person": "ti", "person": "chi", "carer": "chi"}


def consented_at(sender_id: str, language: str, slot: str, *, what_matters: str, role: str = "person",
                 name: str = "Jo") -> MemoryConversation:
    """`at_question`, with the stored record a real start leaves (language, register, who is completing it, their
    name, consent given) and nothing said yet: for tests that read what a later message is answered and stored as."""
    conversation = at_question(sender_id, language, slot, what_matters=what_matters, role=role, name=name)
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=language, preferred_language=language,
                                   register=_REGISTER[role], completed_by=role, display_name=name)
    repository.record_consent(sender_id, True)
    conversation.said.clear()
    return conversation


def risk_flags_quoting(conversation: MemoryConversation, text: str) -> list[dict[str, Any]]:
    """The practitioner's record's risk flags that quote `text` as typed: what a test of a risk reading through the
    core checks (one place, not a copy per test file)."""
    from bot.summary import load_record  # the summary reads the record the core stored

    record = load_record(conversation.sender_id)
    assert record is not None
    return [flag for flag in record["risk_flags"] if flag["text"] == text]


def person_record_after(sender_id: str, language: str, name: str, said: dict[str, str]) -> dict[str, Any]:
    """A person's whole form through the core, from the first question to "anything else?": `said` answers the
    questions it names (slot -> words) and the rest are skipped. Returns the practitioner's record it leaves (one
    place for the summary tests that need a record with answers at chosen questions, not a loop per test file)."""
    from bot.summary import load_record  # the summary reads the record the core stored

    conversation = MemoryConversation(sender_id, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": name})
    conversation.start()
    while conversation.requested != "q_anything_else":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        if conversation.requested in said:
            conversation.say(said[conversation.requested])
        else:
            conversation.say("/skip", intent="skip")
    record = load_record(conversation.sender_id)
    assert record is not None
    return record
