"""Whole conversations held step by step, with what one Rasa server would ask at each step.

The order of questions is the question table's (bot/conversation/questions.py), so "coherent"
means: after each answer the assistant asks exactly the next question a single server would ask,
and the record holds each answer once, byte for byte, under the question it answered.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bot import messages
from bot.conversation.questions import ABOUT_THE_PERSON, QUESTIONS
from bot.storage.db import session_scope
from tests.support.records import stored_conversation
from tests.support.rest import RestUser


@dataclass(frozen=True)
class Script:
    """What one person says, in order: the opening steps, then one answer per question."""

    language: str
    role: str  # person or carer
    #: ("say", text) or ("press", part of a button title), before the first question
    opening: tuple[tuple[str, str], ...]
    answers: dict[str, str]
    confirm_button: str
    cared_for_name: str = ""

    @property
    def question_keys(self) -> list[str]:
        """The questions one server asks this person, in order (a carer is also asked about themselves)."""
        keys = [q.key for q in QUESTIONS if self.role == "carer" or q.asked_of == ABOUT_THE_PERSON]
        assert sorted(keys) == sorted(self.answers), "the script answers every question once"
        return keys

    def question(self, key: str) -> str:
        role = "carer" if self.role == "carer" else None
        return messages.text("q_" + key, self.language, role=role, cared_for_name=self.cared_for_name)


WELSH_PERSON = Script(
    language="cy", role="person",
    opening=(("say", "/greet"), ("press", "Cymraeg"), ("say", "ydw"), ("press", "mae hyn amdana i"),
             ("say", "Mererid")),
    answers={
        "what_matters": "Cael aros adre yn y tŷ lle magais i'r plant, a gweld fy wyrion bob penwythnos 🏡",
        "strengths": "Mae fy nghymydog Dafydd yn galw heibio bob bore efo'r papur newydd",
        "keep": "Dal i fynd i'r clwb cinio yn festri'r capel ar ddydd Mercher",
        "change": "Hoffwn i allu mynd i fyny'r grisiau heb golli fy ngwynt",
        "support": "Siaradwch yn Gymraeg efo fi, ac yn araf os gwelwch yn dda",
        "worries": "Dw i'n poeni am y gaeaf a chost y trydan",
        "people": "Fy merch Sioned, a Dafydd drws nesa",
        "communication": "Dw i'n clywed yn well ar yr ochr chwith – ffoniwch ar y tŷ",
        "visit_time": "Unrhyw fore ond dydd Mercher, ar ôl deg o'r gloch",
        "anything_else": "Mae gen i gath o'r enw Smwt, peidiwch â'i gadael hi allan!",
    },
    confirm_button="Ydy",
)

ENGLISH_CARER = Script(
    language="en", role="carer",
    opening=(("say", "hello"), ("press", "English"), ("press", "Yes"), ("press", "I look after someone"),
             ("say", "Sandra"), ("say", "Tom"), ("say", "daughter")),
    answers={
        "what_matters": "Dad loves his garden and wants to keep growing his tomatoes 🍅",
        "strengths": "His friend Bryn takes him to the bowls club on Fridays",
        "keep": "His Sunday phone call with my brother in Cardiff",
        "change": "He'd like to get out of the house more, he gets bored stiff",
        "support": "Talk to him man to man, he hates being fussed over",
        "worries": "He gets muddled with the remote and the phone",
        "people": "Me, my brother Rhys, and Bryn from the bowls club",
        "communication": "Bit deaf in his right ear – face him when you speak",
        "visit_time": "Tuesday afternoons, I'm there from 2pm",
        "carer_own": "Getting back to my Zumba class once a week",
        "carer_support": "Someone to sit with Dad on Thursday evenings so I can go out",
        "anything_else": "Thanks for asking about me too, nobody usually does",
    },
    confirm_button="Yes, send it",
    cared_for_name="Tom",
)

ENGLISH_PERSON = Script(
    language="en", role="person",
    opening=(("say", "/greet"), ("press", "English"), ("press", "Yes"), ("press", "it's about me"),
             ("say", "Dorothy")),
    answers={
        "what_matters": "Getting to the shop on my own again and keeping my independence",
        "strengths": "My neighbour Glenys pops in most days – she's a star ⭐",
        "keep": "Going to chapel on Sundays with my sister",
        "change": "I'd like to get back to baking for the chapel coffee mornings",
        "support": "Be patient with me, I'm slow on the phone",
        "worries": "Money, with the heating bills this winter",
        "people": "My son Gareth and his wife Mair",
        "communication": "Ring the landline, I never hear the mobile",
        "visit_time": "Mornings, after 10. Not Mondays!",
        "anything_else": "My budgie Joey needs feeding if I ever have to go into hospital",
    },
    confirm_button="Yes, send it",
)


@dataclass
class Conversation:
    """One script held over a RestUser, checking at every step that the next question is the right one."""

    user: RestUser
    script: Script
    answered: list[str] = field(default_factory=list)

    @property
    def next_key(self) -> str:
        return self.script.question_keys[len(self.answered)]

    def open(self) -> None:
        for kind, value in self.script.opening:
            self.user.press(value) if kind == "press" else self.user.say(value)
        self.assert_asked(self.next_key)

    def assert_asked(self, key: str) -> None:
        expected = self.script.question(key)
        history = "\n".join(getattr(self.user, "transcript", []))
        assert expected in self.user.text, f"expected q_{key} after {self.answered}, got {self.user.text!r}\n{history}"

    def answer(self, count: int = 1) -> None:
        """Answer the next `count` questions, each reply asking the one after (or reading back at the end)."""
        for _ in range(count):
            key = self.next_key
            self.user.say(self.script.answers[key])
            self.answered.append(key)
            if len(self.answered) < len(self.script.question_keys):
                self.assert_asked(self.next_key)
            else:
                assert messages.text("readback_intro", self.script.language) in self.user.text, self.user.text

    def answer_the_rest(self) -> None:
        self.answer(len(self.script.question_keys) - len(self.answered))

    def confirm(self) -> None:
        self.user.press(self.script.confirm_button)
        with session_scope() as s:
            conv = stored_conversation(s, self.user.sender)
            assert conv.status == "confirmed" and conv.reference in self.user.text
            assert conv.language == self.script.language


def assert_stored_once_in_order(sender: str, script: Script) -> None:
    """Every answer stored exactly once, byte for byte, under the question it answered, in the order asked."""
    with session_scope() as s:
        conv = stored_conversation(s, sender)
        stored = [(a.question_key, a.text) for a in conv.answers]
        asked = [(a.question_key, a.question_text) for a in conv.answers]
    assert stored == [(key, script.answers[key]) for key in script.question_keys]
    for key, question_text in asked:
        assert script.question(key) in question_text, (key, question_text)
