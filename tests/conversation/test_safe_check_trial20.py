"""The safe check after a disclosure, in the south's words (acceptance trial stop 20, T24 and T15).

- A 16-year-old after a suicide disclosure: "wi'n ok am nawr. ife rhywun go iawn fydd yn darllen hwn? fi moyn
  brêc", then "fi moyn brêc plis": read as carrying on ("Awn ni ymlaen yn dawel bach" and the next question),
  the opposite of what he asked; "isio brec" was read, "moyn" was not. "Want" is now read in one form
  (bot.analysis.safe_reply: moyn / isio / eisiau, and who wants it is no part of the choice).
- A woman after a coercive-control disclosure: "Fi moyn stopio nawr plis. Fi'n crynu." got the safe check a third
  time; only the button stopped. "sai moyn cario mlaen" is a stop too.
Through the conversation core, Welsh and the English twin.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import reply_to_safe_check
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)
# Fictional: the trial's words and their English twins.
DISCLOSURE = {"cy": "sai'n gwbod. sa i moyn bod 'ma rhagor tbh. wi wedi bod yn meddwl am gymryd tabledi mam i gyd",
              "en": "dunno. i dont want to be here anymore tbh. ive been thinking about taking all mums tablets"}
ASKS_AND_BREAK = {"cy": "wi'n ok am nawr. ife rhywun go iawn fydd yn darllen hwn? fi moyn brêc",
                  "en": "im ok for now. is a real person gonna read this? i want a break"}
STOP = {"cy": "Fi moyn stopio nawr plis. Fi'n crynu.", "en": "I want to stop now please. I'm shaking."}


@pytest.mark.parametrize("reply,choice", [
    ("fi moyn brêc plis", "break"), ("wi moyn brec", "break"), ("wi'n iawn, fi moyn seibiant", "break"),
    ("i want a break pls", "break"),
    ("Fi moyn stopio nawr plis. Fi'n crynu.", "stop"), ("sai moyn cario mlaen", "stop"),
    ("I want to stop now please. I'm shaking.", "stop"), ("i dont want to carry on", "stop"),
    ("Fi moyn cario mlaen", "carry_on"),
    ("mae o isio fi stopio", None),  # "he wants me to stop": their own words, no choice
])
def test_want_in_the_south_as_in_the_north(reply: str, choice: str | None) -> None:
    assert reply_to_safe_check(reply) == choice


def _young(language: str) -> MemoryConversation:
    return started(f"check20-{next(_senders)}", language, role="young_person", name="Cai")


def _said(conversation: MemoryConversation, key: str) -> bool:
    return messages.text(key, conversation.slots["language"], "ti") in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_break_asked_for_after_a_question_is_the_break_not_carrying_on(sqlite_url: str, language: str) -> None:
    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    asked = conversation.requested
    conversation.say(ASKS_AND_BREAK[language])
    assert _said(conversation, "safety_check_questions")  # his question answered first
    # and the break taken with it (stop 21: it used to come only with his next message, "fi moyn brêc plis")
    assert _said(conversation, "safety_check_break") and not _said(conversation, "safety_check_carry_on")
    assert repository.safe_check(conversation.sender_id)[0] == "break"
    assert conversation.requested == asked  # the questions wait; none came
    assert ASKS_AND_BREAK[language] in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)
    record = load_record(conversation.sender_id)
    assert record is not None
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert [(s["step"], s["from"]) for s in urgent["after"]["steps"]] == [("break", "their_words")]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_wanting_to_stop_stops(sqlite_url: str, language: str) -> None:
    conversation = _young(language)
    conversation.say(DISCLOSURE[language])
    conversation.said.clear()
    conversation.say(STOP[language])
    assert not conversation.text.endswith(messages.text("safety_check_again", language, "ti"))
    assert repository.safe_check(conversation.sender_id)[0] == "break"  # stopped: kept, nothing more asked
    record = load_record(conversation.sender_id)
    assert record is not None and record["status"] == "stopped"
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert urgent["after"]["choice"] == "stop"


# T15: a woman after a coercive-control disclosure said she was safe for now, asked what happens if he sees this on
# the phone, and asked not to be rung; she was asked for a safe way to reach her and whether she was safe, again.
CONTROL = {"cy": "Y plant. Lowri. Ma Gareth y gŵr yn... wel. Ma fe'n checko'n ffôn i bob nos a fe sy'n cadw'r arian i "
                 "gyd, rhaid i fi ofyn iddo fe am bob ceiniog, hyd yn oed am bads. Sai'n cael gweld Lowri pan ma fe "
                 "adre. Wi'n ofan beth neith e os ffindith e mas bo fi wedi llanw hwn.",
           "en": "The kids. Lowri. Gareth my husband is... well. He checks my phone every night and he keeps all the "
                 "money, I have to ask him for every penny, even for pads. I'm not allowed to see Lowri when he's "
                 "home. I'm scared what he'll do if he finds out I filled this in."}
SAFE_ASKS_DONT_RING = {
    "cy": "Odw, am nawr, ma fe yn y gwaith tan 6. Ond beth os yw e'n gweld hwn ar y ffôn? Plis peidiwch ffono fi",
    "en": "Yes, for now, he's at work till 6. But what if he sees this on the phone? Please don't ring me"}
ASKS_ONLY = {"cy": "Beth fydd yn digwydd nawr?", "en": "What happens now?"}


def _adult(language: str) -> MemoryConversation:
    return started(f"check20-adult-{next(_senders)}", language, role="person", name="Bethan")


def _said_chi(conversation: MemoryConversation, key: str) -> bool:
    return messages.text(key, conversation.slots["language"], "chi") in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_her_question_is_answered_and_she_is_not_asked_what_she_just_said(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(CONTROL[language])
    conversation.said.clear()
    conversation.say(SAFE_ASKS_DONT_RING[language])
    assert _said_chi(conversation, "safety_check_wish")  # "don't ring me": kept for the team, said so
    assert _said_chi(conversation, "safety_check_questions")  # what happens next
    assert not _said_chi(conversation, "safety_check_contact_ask")  # not asked for a safe way: she just said
    assert conversation.text.endswith(messages.text("safety_check_choose", language, "chi"))  # not "are you safe?"
    assert not _said_chi(conversation, "safety_check_again")
    assert repository.safe_check(conversation.sender_id)[0] == "open"
    assert SAFE_ASKS_DONT_RING[language] in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)
    conversation.said.clear()
    conversation.say(ASKS_ONLY[language])  # a question alone: whether safe; a safe way she gave is never asked for
    assert not _said_chi(conversation, "safety_check_contact_ask")  # (stop 22: trial U14 / U25)
    assert conversation.text.endswith(messages.text("safety_check_again", language, "chi"))
    conversation.say(STOP[language])
    assert repository.safe_check(conversation.sender_id)[0] == "break"



ABOUT_THE_PHONE = {"cy": "Ond beth os yw e'n gweld hwn ar y ffôn?", "en": "But what if he sees this on the phone?"}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("channel", ["webchat", "telegram"])
def test_what_if_he_sees_this_on_the_phone_is_answered(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                       language: str, channel: str) -> None:
    """T15 (lead note 6): her question at the safe check gets how to clear this chat on this channel."""
    from tests.conversation.memory import MemoryTurn

    monkeypatch.setattr(MemoryTurn, "channel", property(lambda self: channel))
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])  # not domestic abuse: the urgent reply itself says nothing of it
    told = messages.text(f"clear_this_chat_{channel}", language, "chi")
    assert told not in conversation.text
    conversation.say(ABOUT_THE_PHONE[language])
    assert _said_chi(conversation, "safety_check_questions") and told in conversation.text
    conversation.said.clear()
    conversation.say(ASKS_ONLY[language])  # a question about something else: not said again
    assert told not in conversation.text
