"""The web chat's own rules, without a browser: transcript, ids, limits (bot/web/chat.py)."""
from __future__ import annotations

from typing import Any

from bot.web.chat import SlidingWindow, csrf_for, replies_as_lines, sender_for, transcript

ACTIVE_OFFER = [{"title": "Cymraeg", "payload": '/choose_language{"language":"cy"}'},
                {"title": "English", "payload": '/choose_language{"language":"en"}'}]


def test_the_transcript_shows_button_words_and_hides_page_commands() -> None:
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_session_start"},
        {"event": "user", "text": "/greet"},  # sent by the page to start: not the person's words
        {"event": "bot", "text": "Shwmae / Hello", "data": {"buttons": ACTIVE_OFFER}},
        {"event": "user", "text": '/choose_language{"language":"cy"}'},
        {"event": "slot", "name": "language", "value": "cy"},
        {"event": "bot", "text": "Diolch.", "data": {}},
        {"event": "bot", "text": "Ydy hynny'n iawn?", "data": {"buttons": [{"title": "Ydy", "payload": "/affirm"}]}},
        {"event": "user", "text": "ydy <b>wir</b>"},
        {"event": "bot", "text": "Pwy sy'n siarad?", "data": {"buttons": [{"title": "Fi", "payload": "/choose"}]}},
    ]
    lines, choices = transcript(events)
    assert [(line.who, line.text) for line in lines] == [
        ("assistant", "Shwmae / Hello"), ("person", "Cymraeg"), ("assistant", "Diolch."),
        ("assistant", "Ydy hynny'n iawn?"), ("person", "ydy <b>wir</b>"), ("assistant", "Pwy sy'n siarad?")]
    assert lines[0].language is None and lines[2].language == "cy"  # the Active Offer is in both languages
    assert choices == [{"title": "Fi", "payload": "/choose"}]  # only the latest question's buttons stay open
    # Once the person has answered, no old buttons are offered again.
    _, choices = transcript([*events, {"event": "user", "text": "fi fy hun"}])
    assert choices == []


def test_ids_cannot_be_turned_back_into_a_cookie() -> None:
    token = "BhkLKkfOborDq9DY3p9wB4pgk-W2WkRa"
    sender = sender_for(token)
    assert sender.startswith("webchat-") and token not in sender and len(sender) == 48
    assert sender_for(token) == sender and sender_for(token + "x") != sender
    assert csrf_for(token) != csrf_for(token + "x") and token not in csrf_for(token)


def test_the_sliding_window_limits_each_key_separately() -> None:
    window = SlidingWindow(3, seconds=60)
    assert [window.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert window.allow("b", now=3)  # another conversation is not slowed down
    assert window.allow("a", now=60.5)  # the first message has left the window
    assert not window.allow("a", now=60.6)


def test_a_switch_marks_its_own_reply_in_the_new_language() -> None:
    """Rasa sets the language after the switch's reply: the replies to one message share its outcome."""
    events: list[dict[str, Any]] = [
        {"event": "user", "text": '/choose_language{"language":"cy"}'},
        {"event": "slot", "name": "language", "value": "cy"},
        {"event": "bot", "text": "Pwy sy'n siarad?", "data": {}},
        {"event": "user", "text": "English please"},
        {"event": "bot", "text": "OK, we'll carry on in English.", "data": {}},
        {"event": "bot", "text": "Who is talking with me today?", "data": {}},
        {"event": "slot", "name": "language", "value": "en"},
        {"event": "user", "text": "me"},
        {"event": "bot", "text": "What name would you like me to use?", "data": {}},
    ]
    lines, _ = transcript(events)
    assert [(line.text, line.language) for line in lines if line.who == "assistant"] == [
        ("Pwy sy'n siarad?", "cy"), ("OK, we'll carry on in English.", "en"),
        ("Who is talking with me today?", "en"), ("What name would you like me to use?", "en")]


def test_a_reply_that_says_its_language_keeps_it_in_the_transcript() -> None:
    """A reply's own language (bot event metadata) wins over the slot set after it; older events
    without one take the conversation's, as before."""
    events: list[dict[str, Any]] = [
        {"event": "slot", "name": "language", "value": "cy"},
        {"event": "user", "text": "help, he's hurting me"},
        {"event": "bot", "text": "Ffoniwch 999 nawr.", "data": {}, "metadata": {"lang": "cy"}},
        {"event": "bot", "text": "Call 999 now.", "data": {}, "metadata": {"lang": "en"}},
        {"event": "bot", "text": "Are you safe?", "data": {}},
        {"event": "slot", "name": "language", "value": "en"},
    ]
    lines, _ = transcript(events)
    assert [line.language for line in lines if line.who == "assistant"] == ["cy", "en", "en"]


def test_replies_take_their_own_language_and_the_page_follows_the_last() -> None:
    lines, now = replies_as_lines([
        {"text": "Iawn, byddwn ni'n parhau yn Gymraeg.", "lang": "cy"},
        {"text": "1. ...\n2. ..."},  # a composed reply that does not say: the turn's
        {"text": "", "buttons": [{"title": "Ydy", "payload": "/affirm"}], "lang": "cy"},
        {"text": ""},  # nothing to show
    ])
    assert now == "cy" and [line.language for line in lines] == ["cy", "cy", "cy"]
    lines, now = replies_as_lines([{"text": "Shwmae / Hello"}])  # the Active Offer: both languages
    assert now is None and lines[0].language is None
    _, now = replies_as_lines([{"text": "Diolch.", "lang": "cy"}, {"text": "OK.", "lang": "en"}])
    assert now == "en"
