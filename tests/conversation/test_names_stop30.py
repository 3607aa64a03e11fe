"""Names at the start and the read-back, stop 30 (issue 11: a wrong name shows in every later question; a loop).

- An emoji or a symbol before their name ("🙂 bethan") was kept as part of it: "Thanks, 🙂 bethan!" in every question.
- Who they look after with an age ("Nain 92", "my nan 92") gave "92" as the name: "what matters most to 92?". A number
  is never a name; the kin word is used, as for "Nain" alone.
- A title and surname typed in lower case ("mr morgans os gwelwch yn dda") gave "mr"; "Mr Morgans plîs" kept "plîs".
  The title stays with the surname, in any case, and "please" in either language is never part of it.
- At the read-back, "na" at "Which one would you like to change?" got "I couldn't find that number" over and over (a
  loop). The choices are said once; another reply with no item in it leaves the list as it is.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.about_you import cared_for_in, name_in
from bot.storage import repository
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_derail_stop29 import _named
from tests.conversation.test_names_trial28_z import _answered_who
from tests.conversation.test_readback_typed import _at_the_read_back

# --- their own name, after an emoji or a symbol ------------------------------------------------------------------------

#: (language, who is talking, the answer to "what name shall I use?", the name every later question uses)
NAME_AFTER_A_SYMBOL = [
    ("en", "young_person", "🙂 bethan", "bethan"),
    ("cy", "young_person", "😊 osian", "osian"),
    ("en", "young_person", "❤️ Lily", "Lily"),
    ("cy", "young_person", "👋 haia, Cerys dw i", "Cerys"),
    ("en", "person", "** Gwyneth", "Gwyneth"),
]


@pytest.mark.parametrize("language, role, typed, name", NAME_AFTER_A_SYMBOL)
def test_an_emoji_before_the_name_is_not_part_of_it(sqlite_url: str, language: str, role: str, typed: str,
                                                    name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    assert messages.text("nice_to_meet", language, "ti" if role == "young_person" else "chi", name=name) in after
    assert typed in repository.answer_texts(_sender_of(language, role, typed), only="name")  # their words, as typed


def _sender_of(language: str, role: str, typed: str) -> str:
    from tests.conversation.test_about_assistant import _sender

    return _sender("derail29-name", language, role, typed)


# --- a title and surname, in any case ----------------------------------------------------------------------------------

TITLED = [
    ("cy", "person", "Mr Morgans os gwelwch yn dda", "Mr Morgans"),
    ("cy", "person", "mr morgans os gwelwch yn dda", "mr morgans"),
    ("cy", "person", "Mr Morgans plîs", "Mr Morgans"),
    ("en", "person", "mrs okafor please", "mrs okafor"),
    ("en", "person", "Mrs Okafor if you don't mind", "Mrs Okafor"),
]


@pytest.mark.parametrize("language, role, typed, name", TITLED)
def test_a_title_stays_with_the_surname(sqlite_url: str, language: str, role: str, typed: str, name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    assert messages.text("nice_to_meet", language, "chi", name=name) in after


def test_a_title_before_a_first_name_and_what_friends_say_is_unchanged() -> None:
    """The names they chose before stop 30 are still the ones used."""
    assert name_in("Mrs Beti Morgan, ond Beti yn iawn bach", own=True) == "Beti"
    assert name_in("Mr Roberts. Ted to my friends", own=True) == "Mr Roberts"
    assert name_in("Mrs Beti Morgan", own=True) == "Mrs Beti Morgan"


# --- who they look after, with their age -------------------------------------------------------------------------------

#: (language, the answer to "who do you look after?", the name every later question uses, who they are)
KIN_AND_AGE = [
    ("cy", "Nain 92", "Nain", "Nain"),
    ("cy", "nain 92 oed", "Nain", "nain"),
    ("cy", "Mam, 84", "Mam", "Mam"),
    ("en", "my nan 92", "Nan", "my nan"),
    ("en", "Grandad (88)", "Grandad", "Grandad"),
]


@pytest.mark.parametrize("language, typed, name, relation", KIN_AND_AGE)
def test_an_age_is_never_the_name(sqlite_url: str, language: str, typed: str, name: str, relation: str) -> None:
    dialogue, after = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name and dialogue.slots["relationship"] == relation
    assert dialogue.asking == "q_what_matters" and name in after
    assert not any(ch.isdigit() for ch in after.split("\n")[-1])  # the first question about them: no "92"
    assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")


@pytest.mark.parametrize("typed", ["92", "Nain 92", "84 oed", "🙂"])
def test_a_number_or_an_emoji_alone_is_no_name(typed: str) -> None:
    name, _ = cared_for_in(typed)
    assert not any(ch.isdigit() for ch in name) and "🙂" not in name


def test_a_name_with_an_age_keeps_the_name() -> None:
    assert cared_for_in("Glenys 92")[0] == "Glenys"
    assert name_in("O'Brien") == "O'Brien" and name_in("Sian-Elin") == "Sian-Elin"


# --- the read-back: "na" at "which one?" -------------------------------------------------------------------------------

ITEM = {"cy": "dw i isio mynd i'r capel bob dydd Sul", "en": "I want to go to chapel every Sunday"}
NO = {"cy": "na", "en": "no"}


def _at_which_one(language: str) -> MemoryConversation:
    conversation = _at_the_read_back(f"stop30-rb-{language}", language, "person")
    conversation.say("ychwanegu" if language == "cy" else "add")
    conversation.say(ITEM[language])
    assert conversation.requested == "readback"
    conversation.say(NO[language])
    assert conversation.requested == "readback_item"
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_no_at_which_one_offers_the_choices_once_then_carries_on(sqlite_url: str, language: str) -> None:
    conversation = _at_which_one(language)
    conversation.say(NO[language])
    assert messages.text("readback_item_choices", language, "chi") in conversation.text
    assert conversation.requested == "readback_item"
    conversation.say(NO[language])
    assert conversation.requested == "readback"  # not a third "which one?"
    assert messages.text("readback_left_as_is", language, "chi") in conversation.text
    asked = conversation.asked
    assert max(len(run) for run in "".join("i" if s == "readback_item" else "." for s in asked).split(".")) == 2
    assert [o.text for o in repository.outcomes_for_readback(conversation.sender_id)] == [ITEM[language]]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_no_again_after_the_list_was_left_says_the_three_choices(sqlite_url: str, language: str) -> None:
    conversation = _at_which_one(language)
    conversation.say(NO[language])
    conversation.say(NO[language])
    assert conversation.requested == "readback"
    conversation.say(NO[language])
    assert conversation.requested == "readback"  # the three choices said, not "which one?" again
    assert messages.text("readback_unclear", language, "chi") in conversation.text
    conversation.say("anfon" if language == "cy" else "send it")
    assert conversation.slots["readback"] == "confirm"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_number_after_the_choices_still_picks_the_item(sqlite_url: str, language: str) -> None:
    conversation = _at_which_one(language)
    conversation.say(NO[language])
    conversation.say("1")
    assert conversation.requested == "readback_action"


@pytest.mark.parametrize("language, none", [("cy", "dim un"), ("en", "none")])
def test_the_word_the_choices_offer_leaves_the_list(sqlite_url: str, language: str, none: str) -> None:
    conversation = _at_which_one(language)
    conversation.say(NO[language])
    conversation.say(none)
    assert conversation.requested == "readback"
    assert messages.text("readback_left_as_is", language, "chi") in conversation.text
