"""The simulated people: what each one says next, given what the assistant just said.

Ours: a person plays one of the dev set's scripted conversations (benchmarks/conversations/dev,
mixed Welsh and English, people, carers and young people, answers of realistic length), answering
the question the assistant actually asked. The question is recognised from the reply's text against
the message catalogue (bot.messages), so no extra request is made per turn (the starter's people
make none either). Buttons are pressed as a web page would (their payloads); names and answers are
typed. The read-back is confirmed as it is.

Starter: a person holds a conversation of the same number of turns with Rasa's moodbot, using its
own intents (greet, mood, affirm, bot challenge, goodbye), in the order its stories expect.

Pure code: tested in tests/bench/test_people.py without any server.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.settings import REPO_ROOT

DEV_SCRIPTS = REPO_ROOT / "benchmarks" / "conversations" / "dev"
#: The assistant's own examples of "skip" and "don't know": typed as an answer, they are taken as such, not stored.
CONTROLS_NLU = REPO_ROOT / "bot" / "data" / "nlu" / "controls.yml"
NOTHING_INTENTS = ("skip", "dont_know")

#: Prompts a person reacts to, by catalogue key.
PROMPTS = ("active_offer", "consent_choice", "consent_unclear", "role", "role_unclear", "name", "cared_for_name",
           "relationship", "q_what_matters", "q_strengths", "q_keep", "q_change", "q_support", "q_worries",
           "q_people", "q_communication", "q_visit_time", "q_carer_own", "q_carer_support", "q_anything_else",
           "why", "readback", "readback_unclear", "readback_empty", "confirmed", "safety_check",
           "safety_check_again")
#: Catalogue variants that are words (not buttons or notes).
_VARIANTS = ("cy_carer", "cy_ti", "cy_chi", "cy", "en_carer", "en_ti", "en")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
#: What a placeholder matches: a name or an answer echoed back, on one line.
_ANY_WORDS = r"[^\n]{1,2000}?"
#: A recognisable prompt line has at least this many fixed characters (shorter ones, such as "Diolch.", are everywhere).
MIN_FRAGMENT = 12

#: Button payloads, as the web chat sends them when a button is pressed.
LANGUAGE_PAYLOAD = '/choose_language{{"language":"{}"}}'
ROLE_PAYLOAD = '/choose{{"choice":"{}"}}'
AFFIRM = "/affirm"
SKIP = "/skip"
CONFIRM = '/choose{"choice":"confirm"}'
NOTHING_ELSE = '/choose{"choice":"nothing"}'
CARRY_ON = {"cy": "parhau", "en": "carry on"}

#: A conversation has lost its way when the same prompt comes this many times in a row,
LOOP_ASKS = 3
#: or nothing recognisable was asked this many times in a row.
MAX_UNRECOGNISED = 3


class PromptReader:
    """Which prompt a reply ends on, recognised from the longest line of each catalogue variant.

    A line's placeholders ({cared_for_name}, {answer}) match any words on that line.
    """

    def __init__(self, catalogue: Mapping[str, Mapping[str, Any]]) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for key in PROMPTS:
            entry = catalogue.get(key) or {}
            for variant in _VARIANTS:
                text = entry.get(variant)
                if not isinstance(text, str):
                    continue
                lines = [line.strip() for line in text.splitlines()]
                best = max(lines, key=lambda line: len(_PLACEHOLDER.sub("", line)), default="")
                if len(_PLACEHOLDER.sub("", best)) >= MIN_FRAGMENT:
                    # Welsh "i {cared_for_name}" reads "i'r person..." with no name, "gydag Emyr" (bot.messages).
                    split = _PLACEHOLDER.split(best)
                    pieces = [re.escape(piece[:-1]) + "(?:g? |'r )" if piece.endswith(" ") and i < len(split) - 1
                              else re.escape(piece) for i, piece in enumerate(split)]
                    self.patterns.append((key, re.compile(_ANY_WORDS.join(pieces))))

    @classmethod
    def from_catalogue(cls) -> PromptReader:
        from bot.messages import catalogue

        return cls(catalogue())

    def last_prompt(self, text: str) -> str | None:
        """The prompt that ends last in the text (the question now waiting for an answer), if any.

        Ends, not starts: a prompt can quote the person's own words ("You said ..."), which may hold
        another prompt's words; the longer match wins a tie.
        """
        found: tuple[int, int, str] | None = None
        for key, pattern in self.patterns:
            for match in pattern.finditer(text):
                if found is None or (match.end(), -match.start()) > found[:2]:
                    found = (match.end(), -match.start(), key)
        return found[2] if found else None


@dataclass(frozen=True)
class Script:
    """What one simulated person of ours says: a dev conversation without a disclosure."""

    id: str
    language: str
    speaker: str  # person / carer / young_person
    opening: str
    name: str
    cared_for_name: str | None
    relationship: str | None
    answers: dict[str, str]  # question key (without q_) -> text
    why_answers: dict[str, str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Script:
        answers = {str(a["question"]): str(a["says"]) for a in data.get("answers") or []}
        why = {str(a["question"]): str(a["why_answer"]) for a in data.get("answers") or [] if a.get("why_answer")}
        return cls(id=str(data.get("id", "")), language=str(data.get("language", "en")),
                   speaker=str(data.get("speaker", "person")), opening=str(data.get("opening") or "helo"),
                   name=str(data.get("name") or "Sam"),
                   cared_for_name=str(data["cared_for_name"]) if data.get("cared_for_name") else None,
                   relationship=str(data["relationship"]) if data.get("relationship") else None,
                   answers=answers, why_answers=why)


#: The order speakers take turns in, so that even the first few conversations mix them.
SPEAKERS = ("person", "carer", "young_person")


def load_scripts(folder: Path = DEV_SCRIPTS) -> list[Script]:
    """The dev conversations without a disclosure, mixed: Welsh and English in turn, and each kind of speaker."""
    scripts = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not data.get("disclosure"):
            scripts.append(Script.from_dict(data))
    groups = [[s for s in scripts if (s.language == "cy") == (lang == "cy") and s.speaker == speaker]
              for speaker in SPEAKERS for lang in ("cy", "en")]
    groups.append([s for s in scripts if s.speaker not in SPEAKERS])
    mixed: list[Script] = []
    for i in range(max(len(g) for g in groups)):
        mixed += [g[i] for g in groups if i < len(g)]
    return mixed


@lru_cache(maxsize=1)
def nothing_words() -> frozenset[str]:
    """Answers that mean "skip" or "I don't know" (the NLU examples), case-folded."""
    data = yaml.safe_load(CONTROLS_NLU.read_text(encoding="utf-8")) or {}
    words = set()
    for item in data.get("nlu") or []:
        if item.get("intent") in NOTHING_INTENTS:
            words |= {line.strip()[2:].strip().casefold() for line in str(item.get("examples", "")).splitlines()
                      if line.strip().startswith("- ")}
    return frozenset(words)


def means_nothing(text: str) -> bool:
    return text.casefold().strip(" .!") in nothing_words()


def reply_text(replies: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(str(r["text"]) for r in replies if r.get("text"))


class Person(Protocol):
    """One simulated person holding one conversation."""

    @property
    def label(self) -> str:
        """Which script this person plays (for the report; never a person's words)."""

    def first(self) -> str: ...

    def next(self, replies: Sequence[Mapping[str, Any]]) -> str | None:
        """What to send after these replies; None when the conversation is over (see `completed`)."""

    @property
    def completed(self) -> bool: ...

    @property
    def derailed(self) -> bool: ...

    @property
    def answers_sent(self) -> list[tuple[str, str]]:
        """(question, text) of every free-text answer sent (ours: checked against the database afterwards)."""

    def is_answer(self, message: str) -> bool:
        """Is this message an answer of the kind whose latency shows whether turns stay flat?"""


@dataclass
class OurPerson:
    """Plays one Script, answering the prompt the assistant's last reply ends on."""

    script: Script
    reader: PromptReader
    _answers: list[tuple[str, str]] = field(default_factory=list)
    _completed: bool = False
    _derailed: bool = False
    _last_prompt: str | None = None
    _repeats: int = 0
    _unrecognised: int = 0
    _last_question: str | None = None

    @property
    def label(self) -> str:
        return self.script.id

    def first(self) -> str:
        return self.script.opening

    @property
    def completed(self) -> bool:
        return self._completed

    @property
    def derailed(self) -> bool:
        return self._derailed

    @property
    def answers_sent(self) -> list[tuple[str, str]]:
        return list(self._answers)

    def is_answer(self, message: str) -> bool:
        """Free-text answers only: buttons skip the language model and cost much less at any turn."""
        return any(text == message for _, text in self._answers)

    def next(self, replies: Sequence[Mapping[str, Any]]) -> str | None:
        s = self.script
        prompt = self.reader.last_prompt(reply_text(replies))
        if prompt == "confirmed":
            self._completed = True
            return None
        if prompt is None:
            self._unrecognised += 1
            if self._unrecognised >= MAX_UNRECOGNISED:
                self._derailed = True
                return None
            return CARRY_ON.get(s.language, CARRY_ON["en"])
        self._unrecognised = 0
        self._repeats = self._repeats + 1 if prompt == self._last_prompt else 1
        self._last_prompt = prompt
        if self._repeats >= LOOP_ASKS:
            self._derailed = True
            return None
        return self._answer(prompt)

    def _answer(self, prompt: str) -> str:
        s = self.script
        if prompt == "active_offer":
            return LANGUAGE_PAYLOAD.format("cy" if s.language == "cy" else "en")
        if prompt in ("consent_choice", "consent_unclear"):
            return AFFIRM
        if prompt in ("role", "role_unclear"):
            return ROLE_PAYLOAD.format(s.speaker)
        if prompt == "name":
            return s.name
        if prompt == "cared_for_name":
            return s.cared_for_name or SKIP
        if prompt == "relationship":
            return s.relationship or SKIP
        if prompt.startswith("q_"):
            key = prompt[2:]
            self._last_question = key
            text = s.answers.get(key)
            if text is None or (prompt, text) in self._answers:  # asked again after a disclosure: said already
                return NOTHING_ELSE if key == "anything_else" else SKIP
            if not means_nothing(text):  # "skip" typed as an answer is a skip, rightly not stored
                self._answers.append((prompt, text))
            return text
        if prompt == "why":
            text = s.why_answers.get(self._last_question or "")
            if text is None:
                return SKIP
            if not means_nothing(text):
                self._answers.append((f"why_{self._last_question}", text))
            return text
        if prompt in ("readback", "readback_unclear", "readback_empty"):
            return CONFIRM
        return CARRY_ON.get(s.language, CARRY_ON["en"])  # safety_check: go on with the questions


#: Rasa's starter assistant (moodbot), in the order its stories and rules answer: every turn gets a reply.
STARTER_TURNS = ("hello there", "I am sad", "yes", "are you a bot?", "good morning", "I am feeling very good",
                 "am I talking to a human?", "hey", "my day was horrible", "yes, that sounds good",
                 "are you a human?", "hi", "I am great", "are you a bot?", "hello", "I don't feel very well",
                 "of course")
STARTER_LAST = "goodbye"


@dataclass
class StarterPerson:
    """Holds a conversation of `turns` turns with the moodbot, ending with goodbye."""

    turns: int
    _sent: int = 0
    _completed: bool = False

    @property
    def label(self) -> str:
        return "starter"

    def first(self) -> str:
        self._sent = 1
        return STARTER_LAST if self.turns <= 1 else STARTER_TURNS[0]

    @property
    def completed(self) -> bool:
        return self._completed

    @property
    def derailed(self) -> bool:
        return False

    @property
    def answers_sent(self) -> list[tuple[str, str]]:
        return []

    def is_answer(self, message: str) -> bool:
        return True  # every turn is alike: a short message for its language model

    def next(self, replies: Sequence[Mapping[str, Any]]) -> str | None:
        if self._sent >= self.turns:
            self._completed = True
            return None
        self._sent += 1
        if self._sent == self.turns:
            return STARTER_LAST
        return STARTER_TURNS[(self._sent - 1) % len(STARTER_TURNS)]
