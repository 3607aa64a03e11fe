"""Names at the start and the read-back, stop 30 (issue 11: a wrong name shows in every later question; a loop).

- An emoji or a symbol before their name ("🙂 bethan") was kept as part of it: "Thanks, 🙂 bethan!" in every question.
- Who they look after with an age ("Nain 92", "my nan 92") gave "92" as the name: "what matters most to 92?". A number
  is never a name; the kin word is used, as for "Nain" alone.
- A title and surname typed in lower case ("mr morgans os gwelwch yn dda") gave "mr"; "Mr Morgans plîs" kept "plîs".
  The title stays with the surname, in any case, and "please" in either language is never part of it.
- What the names writer's tuning half showed (benchmarks/names): words that are never a name ("well gen i beidio",
  "I'd rather not say her name", "gofalu", "him") are never used as one; the name among other words ("ella Deio",
  "Parch. Evans, ond mae Huw yn iawn", "my son Ollie hes 9"); whom they look after after a preposition or caring words
  ("am Fam", "gofalu am fy mab, Deian"), a kin word as a title ("Taid Llew"), two together ("mum n dad"); the name
  put right at "how are you connected to Gwen?" ("Gwen? No its Val, and I'm her daughter").
- At the read-back, "na" at "Which one would you like to change?" got "I couldn't find that number" over and over (a
  loop). The choices are said once; another reply with no item in it leaves the list as it is.

Through the conversation core (the web chat and Telegram share it), Welsh and English; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from bot.conversation.about_you import SKIPPED, cared_for_in, name_in, role_from_text
from bot.storage import repository
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_colloquial import Dialogue
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
    assert messages.text("nice_to_meet", language, "ti" if role == "young_person" else "chi", name=with_name_capitals(name)) in after
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
    ("cy", "person", "Mr. Morgans os gwelwch yn dda", "Mr. Morgans"),
    ("en", "person", "MRS OKAFOR PLEASE", "MRS OKAFOR"),
]


@pytest.mark.parametrize("language, role, typed, name", TITLED)
def test_a_title_stays_with_the_surname(sqlite_url: str, language: str, role: str, typed: str, name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    assert messages.text("nice_to_meet", language, "chi", name=with_name_capitals(name)) in after


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


# --- what the names writer showed (benchmarks/names, the tuning half), by family ----------------------------------------
# A wrong name is in every later question, so a word that is never a name is never used as one: the question is asked
# again, or no name is used.

#: (language, who is talking, the answer to "what name shall I use?")
NOT_A_NAME = [
    ("cy", "person", "well gen i beidio"),
    ("cy", "person", "sa well gen i beidio deud"),
    ("en", "person", "I'd rather not say"),
    ("en", "person", "skip"),
    ("en", "young_person", "y"),
]


@pytest.mark.parametrize("language, role, typed", NOT_A_NAME)
def test_not_wanting_to_say_is_never_a_name(sqlite_url: str, language: str, role: str, typed: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert slot == SKIPPED and stored in ("None", "")
    assert not any(word in after.split() for word in ("gen", "I'd", "skip", "y,", "y!"))


#: (language, who is talking, the answer, the name every later question uses)
NAME_WITH_WORDS_AROUND_IT = [
    ("cy", "person", "Parch. Evans, ond mae Huw yn iawn", "Huw"),
    ("cy", "person", "Gwenllian yma", "Gwenllian"),
    ("cy", "young_person", "ella Deio", "Deio"),
    ("en", "young_person", "idk just Sam", "Sam"),
    ("en", "young_person", "maybe Jordan", "Jordan"),
    ("en", "person", "Dai Bach the plumber they call me round here, Dai's fine", "Dai"),
    ("en", "person", "Will", "Will"),
]


@pytest.mark.parametrize("language, role, typed, name", NAME_WITH_WORDS_AROUND_IT)
def test_the_name_among_other_words(sqlite_url: str, language: str, role: str, typed: str, name: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == name and slot == name
    assert messages.text("nice_to_meet", language, "ti" if role == "young_person" else "chi", name=with_name_capitals(name)) in after


#: (language, the answer to "who do you look after?", the name used for them)
WHOM_THEY_LOOK_AFTER = [
    ("cy", "am Fam", "Mam"),
    ("cy", "efo 'Nhad", "Dad"),
    ("cy", "gyda Mrs Jones", "Mrs Jones"),
    ("cy", "modryb fi, Myfanwy", "Myfanwy"),
    ("cy", "gofalu am fy mab, Deian, mae o'n 8", "Deian"),
    ("cy", "Taid Llew", "Taid Llew"),
    ("cy", "fy mhartner Sam", "Sam"),
    ("cy", "Mam yng nghyfraith, Dorothy", "Dorothy"),
    ("cy", "galwch o'n Bob", "Bob"),
    ("cy", "ei henw hi ydi Gwladys, hi ydi nain fi", "Gwladys"),
    ("cy", "Mam-gu. Enw hi yw Olwen ond Mam-gu i fi", "Mam-gu"),
    ("en", "Don't know what you mean, I look after my dad", "Dad"),
    ("en", "Auntie Glad", "Auntie Glad"),
    ("en", "mum n dad", "mum n dad"),
    ("en", "my son Ollie hes 9", "Ollie"),
    ("en", "Mr and Mrs Hughes at number 4", "Mr and Mrs Hughes"),
    ("en", "its for my nan shes 91 called Glenys", "Glenys"),
    ("en", "I look after him, he's my dad", "Dad"),
]


@pytest.mark.parametrize("language, typed, name", WHOM_THEY_LOOK_AFTER)
def test_whom_they_look_after_is_named_as_they_said(sqlite_url: str, language: str, typed: str, name: str) -> None:
    dialogue, after = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name
    if language == "en":  # (Welsh questions mutate the name: "am Fam", "gyda Deian")
        assert name in after
    if name != typed:  # their words, as typed, beside the name used
        assert typed in repository.answer_texts(dialogue.sender, only="cared_for_name")


@pytest.mark.parametrize("language, typed, name", [
    ("cy", "Dw i'n gofalu am fy nghymydog, Mr Lewis. Dw i'n dysgu Cymraeg, sori.", "Mr Lewis"),
    ("en", "I look after my neighbour, Mrs Evans, shes 87 and on her own since her husband went", "Mrs Evans")])
def test_a_long_answer_that_names_them_after_caring_words_is_not_asked_again(sqlite_url: str, language: str,
                                                                              typed: str, name: str) -> None:
    dialogue, _ = _answered_who(language, typed)
    assert dialogue.slots["cared_for_name"] == name
    assert dialogue.conversation.asked.count("cared_for_name") == 1


@pytest.mark.parametrize("typed", ["him", "Sue, I'm caring for him since the stroke", "for", "gofalu"])
def test_a_pronoun_or_a_caring_word_is_never_their_name(typed: str) -> None:
    assert cared_for_in(typed)[0] not in ("him", "for", "gofalu", "I'm", "caring")


def _at_relationship(language: str, typed_name: str = "Gwen") -> Dialogue:
    dialogue, _ = _answered_who(language, typed_name)
    assert dialogue.asking == "relationship"
    return dialogue


@pytest.mark.parametrize("language, typed, name, asked_again", [
    ("en", "Gwen? No its Val, and I'm her daughter", "Val", False),
    ("cy", "Gwen? Na, Val ydi hi, merch iddi dw i", "Val", False),
    ("cy", "Gwen? Na, Val ydi hi", "Val", True),
])
def test_the_name_put_right_at_how_are_you_connected(sqlite_url: str, language: str, typed: str, name: str,
                                                      asked_again: bool) -> None:
    dialogue = _at_relationship(language)
    dialogue.say(typed)
    assert dialogue.slots["cared_for_name"] == name
    assert messages.text("name_corrected", language, "chi", new_name=name) in dialogue.conversation.text
    assert (dialogue.asking == "relationship") is asked_again
    if asked_again:  # their words kept, as typed, for the worker
        assert typed in repository.answer_texts(dialogue.sender, only="relationship")
    else:  # kept as typed, as any answer to "how are you connected?"
        assert dialogue.slots["relationship"] == typed and dialogue.record().relationship_to_person == typed


def test_who_they_are_not_put_right_is_kept_as_the_answer(sqlite_url: str) -> None:
    dialogue = _at_relationship("en")
    dialogue.say("Gwen? yes, I'm her daughter")
    assert dialogue.slots["cared_for_name"] == "Gwen" and dialogue.slots["relationship"] == "Gwen? yes, I'm her daughter"


def _carer_at_name(language: str, typed: str) -> Dialogue:
    from tests.conversation.test_about_assistant import _sender
    from tests.conversation.test_start_never_loops import _at_role

    dialogue = _at_role(_sender("stop30-carer-name", language, typed), language)
    dialogue.say('/choose{"choice":"carer"}', intent="choose")
    assert dialogue.asking == "name"
    dialogue.say(typed)
    return dialogue


@pytest.mark.parametrize("language, typed, own, theirs", [
    ("en", "Sian, I look after my mum Carol", "Sian", "Carol"),
    ("cy", "Cadi, dwi'n gofalu am Mrs Lloyd drws nesa", "Cadi", "Mrs Lloyd"),
])
def test_their_own_name_then_whom_they_look_after_by_name(sqlite_url: str, language: str, typed: str, own: str,
                                                          theirs: str) -> None:
    dialogue = _carer_at_name(language, typed)
    assert dialogue.slots["name"] == own and dialogue.slots["cared_for_name"] == theirs
    assert "cared_for_name" not in dialogue.conversation.asked


def test_a_kin_word_in_passing_still_asks_for_their_name(sqlite_url: str) -> None:
    """dev_fresh4's "Priya, I'm 20 and I care for my mum", then "Mum - Anjali": the name is still asked for."""
    dialogue = _carer_at_name("en", "Priya, I'm 20 and I care for my mum")
    assert dialogue.slots["name"] == "Priya" and dialogue.asking == "cared_for_name"


@pytest.mark.parametrize("typed, role", [("fi'n dishgwl ar ôl bamps", "carer"),
                                         ("the social worker said to do this, im the one with the problems lol",
                                          "person")])
def test_who_is_talking_in_more_words(typed: str, role: str) -> None:
    assert role_from_text(typed) == role
