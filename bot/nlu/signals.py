"""Reads every message for safety and steering words before the dialogue acts.

Runs in Rasa's NLU pipeline after DIET, so it sees every message on every
channel at any point in the conversation:

1. Safeguarding first: an urgent risk (from the shared analysis package)
   always becomes the `disclose_risk` intent, whatever DIET thought.
2. Control words ("stop", "hepgor", "dechrau eto", "Cymraeg", "/english"...)
   steer only when they are the whole message, matched exactly; DIET's guess
   never steers, because a wrong guess would skip or clear someone's answer.
   A short message asking to go on in the other language ("sorry can we do this
   in english, my welsh is rusty") chooses it too (controls.language_request).
3. So a control intent from DIET, or a yes/no/greeting predicted for a longer
   message, or a doubtful "off-topic", is demoted to `inform`: "I want to stop
   worrying" and "2" are answers.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.analysis.controls import (
    CONTROL_INTENTS,
    control_of,
    ends_with_a_stop,
    is_button_payload,
    language_request,
    steers_not_discloses,
    word_count,
    yes_or_no,
)

# A short message may be a greeting or a yes/no; a longer one is somebody's answer.
SHORT_ONLY = {"greet", "deny", "affirm"}
MAX_COMMAND_WORDS = 4
MAX_OFF_TOPIC_WORDS = 12


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ConversationSignals(GraphComponent):
    """Overrides the intent for safety and control words; see module docstring."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ConversationSignals:
        return cls()

    def __init__(self) -> None:
        from bot.analysis import risk  # loaded once per model, not per message
        from bot.settings import get_settings

        risk.configure(get_settings().whatmatters_cache_dir)  # Rasa builds this class: the process's settings
        # Loaded when Rasa loads its model, before it serves: the first person to write (perhaps a
        # disclosure) never waits for the risk model.
        risk.warm()
        self._assess_risk = risk.assess_risk

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _set_intent(self, message: Message, name: str, entities: list[dict[str, Any]] | None = None) -> None:
        message.set("intent", {"name": name, "confidence": 1.0}, add_to_output=True)
        ranking = message.get("intent_ranking") or []
        ranking = [{"name": name, "confidence": 1.0}] + [r for r in ranking if r.get("name") != name]
        message.set("intent_ranking", ranking, add_to_output=True)
        if entities:
            message.set("entities", (message.get("entities") or []) + entities, add_to_output=True)

    def _process_one(self, message: Message) -> None:
        text = message.get("text") or ""
        if not text or (is_button_payload(text) and "{" in text):
            return  # a button payload: Rasa's regex handler sets its intent
        # Runs on Rasa's event loop: linear in the text and about 5 ms per 1,000 characters
        # (benchmarks/long_text_benchmark.py); the channels cap a message's size before this.
        risk = self._assess_risk(text)
        if risk.level == "urgent" and not steers_not_discloses(text):
            self._set_intent(message, "disclose_risk")
            return
        control = control_of(text)
        if control is None and ends_with_a_stop(text):
            control = ("stop", None)  # an answer, then "sorry the doorbell's going, can we finish this later?"
        if control is None and (language := language_request(text)) is not None:
            # "sorry can we do this in english, my welsh is rusty": a request, never the answer
            control = ("choose_language", language)
        if control is not None:
            intent, value = control
            entities = []
            if intent == "choose_language" and value:
                entities = [{"entity": "language", "value": value, "start": 0, "end": len(text),
                             "extractor": self.__class__.__name__}]
            self._set_intent(message, intent, entities)
            return
        prediction = message.get("intent") or {}
        predicted, confidence = prediction.get("name"), float(prediction.get("confidence") or 0.0)
        words = word_count(text)
        if (
            predicted in CONTROL_INTENTS  # steering only ever comes from the exact words above
            or predicted == "disclose_risk"  # only the transparent risk check raises this
            # (before the yes/no forms: a long message is an answer without reading it for them)
            or (predicted in SHORT_ONLY and words > MAX_COMMAND_WORDS)
            # yes and no only from the known forms (Welsh echo forms included): a name such as
            # "Kai" or "Dorothy" must never become someone's consent or refusal
            or (predicted in ("affirm", "deny") and yes_or_no(text) is None)
            or (predicted == "out_of_scope" and not (2 <= words <= MAX_OFF_TOPIC_WORDS and confidence >= 0.8))
        ):
            self._set_intent(message, "inform")
