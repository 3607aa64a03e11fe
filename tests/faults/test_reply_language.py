"""Each reply keeps the language it was written in on its way out of Rasa (channels/resilience.py), so the web
chat marks lines for screen readers and follows the conversation's language without asking for the tracker."""
from __future__ import annotations

import asyncio

from rasa.core.actions.action import create_bot_utterance

from bot import messages
from channels.resilience import LanguageCollector, reply


def _through_rasa(rendered: messages.Rendered) -> list[dict[str, object]]:
    """What Rasa does with an action's `utter_message`: a bot event, then the output channel."""
    collector = LanguageCollector()
    event = create_bot_utterance({key: value for key, value in rendered.as_dispatch().items() if value})
    asyncio.run(collector.send_response("someone", event.message()))
    return collector.messages


def test_a_welsh_message_with_buttons_comes_out_marked_welsh() -> None:
    out = _through_rasa(messages.render("consent_choice", "cy"))
    assert out and all(m[messages.LANGUAGE_KEY] == "cy" for m in out)
    assert out[-1]["buttons"]  # the consent buttons are still there


def test_every_paragraph_of_an_english_message_is_marked_english() -> None:
    rendered = messages.Rendered(text="First part.\n\nSecond part.", language="en")
    out = _through_rasa(rendered)
    assert [m["text"] for m in out] == ["First part.", "Second part."]
    assert [m[messages.LANGUAGE_KEY] for m in out] == ["en", "en"]


def test_a_message_in_both_languages_says_none() -> None:
    out = _through_rasa(messages.render("consent_choice", None))
    assert out and all(messages.LANGUAGE_KEY not in m for m in out)


def test_a_reply_said_from_the_channel_says_its_language_too() -> None:
    assert reply("someone", messages.render("kept_for_later", "cy"))[messages.LANGUAGE_KEY] == "cy"
    assert messages.LANGUAGE_KEY not in reply("someone", messages.render("kept_for_later", None))
