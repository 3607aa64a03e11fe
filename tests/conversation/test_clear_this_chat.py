"""After a disclosure of domestic abuse, the urgent reply says how to clear this chat from the device (trial T15, T36).

A woman who wrote "Ma fe'n checko'n ffôn i bob nos ... Wi'n ofan beth neith e os ffindith e mas bo fi wedi
llanw hwn" asked "beth os yw e'n gweld hwn ar y ffôn?" and was told nothing about the phone; the whole
disclosure stayed on her chat page. Now the first such reply says how, on the web chat (its own button) and on
Telegram (delete the chat in the app), in her language and register; not again with a later disclosure, and not
for harms that do not suggest someone reads the phone.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from bot import messages
from tests.conversation.memory import MemoryConversation, MemoryTurn

_senders = itertools.count(1)
COERCIVE = {
    "cy": "Ma Gareth y gŵr yn checko'n ffôn i bob nos a fe sy'n cadw'r arian i gyd. Wi'n ofan beth neith e os "
          "ffindith e mas bo fi wedi llanw hwn, ma fe wedi 'mwrw i o'r blaen.",
    "en": "My husband checks my phone every night and keeps all the money. He hit me last month and I'm scared "
          "of what he'll do if he finds out I filled this in.",
}
SUICIDE = {"cy": "dw i'm isio byw ddim mwy, dw i di bod yn meddwl am y ffordd i neud o",
           "en": "I don't want to be alive any more, I've been thinking about how I'd do it"}
WEB_STRINGS = Path(__file__).resolve().parents[2] / "bot" / "web" / "strings.yml"


def _on(channel: str, monkeypatch: pytest.MonkeyPatch, language: str, register: str = "chi") -> MemoryConversation:
    monkeypatch.setattr(MemoryTurn, "channel", property(lambda self: channel))
    conversation = MemoryConversation(f"clear-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "self", "completed_by": "person", "name": "Non",
                               "register": register})
    conversation.start()
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("channel", ["webchat", "telegram"])
def test_domestic_abuse_gets_how_to_clear_this_chat(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                    language: str, channel: str) -> None:
    conversation = _on(channel, monkeypatch, language)
    conversation.say(COERCIVE[language])
    told = messages.text(f"clear_this_chat_{channel}", language, "chi")
    assert told in conversation.text
    assert conversation.text.index(told) < conversation.text.index(messages.text("safety_check", language, "chi"))
    conversation.say("he's back on the phone at me again, he said he'll hurt me" if language == "en"
                     else "mae e'n ffonio fi eto, wedi deud neith e fy mrifo i")
    assert told not in conversation.text  # once, with the first such disclosure


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_young_person_is_told_in_ti(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    conversation = _on("telegram", monkeypatch, language, register="ti")
    conversation.say(COERCIVE[language])
    assert messages.text("clear_this_chat_telegram", language, "ti") in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_other_harms_and_other_channels_are_not_told(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                     language: str) -> None:
    conversation = _on("telegram", monkeypatch, language)
    conversation.say(SUICIDE[language])
    assert "Telegram" not in conversation.text
    conversation = _on("rest", monkeypatch, language)
    conversation.say(COERCIVE[language])
    assert "Telegram" not in conversation.text and "porwr" not in conversation.text and "browser" not in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_web_message_names_the_page_s_own_button(language: str) -> None:
    button = yaml.safe_load(WEB_STRINGS.read_text(encoding="utf-8"))["chat_forget"][language]
    for register in ("chi", "ti"):
        assert f'"{button}"' in messages.text("clear_this_chat_webchat", language, register)


#: A 13-year-old on Telegram (stop-26 trial W7): his stepdad's abuse was read as plain "abuse", and he was never told
#: how to delete the chat, though he had asked "dont talk to me in front of him".
STEPDAD = {"en": "my mate kyle and his mum. football coach is sound. my stepdad gets rough when hes been drinking like "
                 "grabs me and pushed me into the door last week. dont tell mum she'll go mental and it'll be worse",
           "cy": "fy mêt Kyle a'i fam. ma'r hyfforddwr pêl-droed yn iawn. ma fy llysdad yn mynd yn ryff pan mae e "
                 "wedi bod yn yfed, mae e'n cydio yno i a gwthio fi mewn i'r drws wythnos diwetha"}


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("channel", ["webchat", "telegram"])
def test_a_young_person_abused_at_home_is_told_how_to_delete_the_chat(sqlite_url: str,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       language: str, channel: str) -> None:
    conversation = _on(channel, monkeypatch, language, register="ti")
    conversation.slots["role"] = "young_person"
    conversation.say(STEPDAD[language])
    assert messages.text(f"clear_this_chat_{channel}", language, "ti") in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_adult_s_plain_abuse_disclosure_is_not_told(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                       language: str) -> None:
    conversation = _on("telegram", monkeypatch, language)
    conversation.say(STEPDAD[language])
    assert messages.text("clear_this_chat_telegram", language, "chi") not in conversation.text  # (an adult's
    # plain "abuse" may be by anyone; domestic abuse still gets it: test_domestic_abuse_gets_how_to_clear_this_chat)
