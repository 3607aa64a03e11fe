"""Trial 40's controls, edits and asked-again findings (AU7–AU10, AU13), through the conversation core with SQLite.

The quoted messages are the trial's (fictional people), each with a twin in the other language and, for Welsh, north
and south forms; each behaviour has a look-alike that must stay an answer.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.about_assistant import answer_beside_a_complaint, asks_us_to_wait, says_we_went_too_fast
from bot.analysis.controls import control_of
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, skipped_to, stored_outcomes
from tests.support.records import stored_conversation

_senders = itertools.count(1)


def _answers(sender_id: str) -> list[tuple[str, str]]:
    """(question key, words) of every answer kept, in order."""
    with session_scope() as s:
        return [(a.question_key, a.text) for a in stored_conversation(s, sender_id).answers]


def _render(conversation: MemoryConversation, key: str) -> str:
    return MemoryTurn(conversation, "").render(key).text


# AU8: "dechra eto" (start again) in north Welsh --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["dechra eto", "Dechra o'r dechra", "cychwyn eto", "ailddechra", "dechre eto",
                                  "fi moyn dechre eto", "dechrau eto", "start again"])
def test_start_again_in_north_and_south_welsh_and_english(text: str) -> None:
    assert control_of(text) == ("start_again", None)


@pytest.mark.parametrize("text", ["dwi isio dechra eto yn coleg", "I'd like to start again with the darts",
                                  "mae o isio cychwyn eto yn y gwaith"])
def test_starting_again_in_life_stays_an_answer(text: str) -> None:
    assert control_of(text) is None


# AU8: "I need to change what I said" with the new words is an edit of an earlier answer ------------------------------
EDIT = {"cy": "ma isio newid be ddeudis i gynna - ma'r ffitia yn 3 neu 4 yr wsnos rwan nid 2 neu 3",
        "en": "I need to change what I said before, it's 3 or 4 fits a week now not 2 or 3"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_change_of_what_was_said_joins_the_earlier_answers_not_a_new_outcome(sqlite_url: str,
                                                                                  language: str) -> None:
    conversation = skipped_to(f"tfix40c-edit-{next(_senders)}", language, "carer", "q_change")
    conversation.say(EDIT[language])
    assert conversation.requested == "q_change"  # the question waiting is asked again
    assert _render(conversation, "added_later_noted") in conversation.text
    assert ("added_later", EDIT[language]) in _answers(conversation.sender_id)
    assert not any(EDIT[language][-10:] in words for words, _ in stored_outcomes(conversation))


@pytest.mark.parametrize("language,text", [("cy", "dwi isio newid petha adra. dad yn yfed lot"),
                                           ("en", "I want to change my job, it's too much")])
def test_a_wish_to_change_something_stays_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(f"tfix40c-wish-{next(_senders)}", language, "person", "q_change")
    conversation.say(text)
    assert conversation.requested != "q_change"
    assert ("change", text) in _answers(conversation.sender_id)


# AU7: "wait" alone is a hold; "ur going too fast" is a complaint about pace --------------------------------------------
@pytest.mark.parametrize("language,text", [("en", "wait"), ("en", "hang on"), ("cy", "aros"), ("cy", "eiliad"),
                                           ("en", "one sec lol"), ("cy", "aros funud")])
def test_a_bare_wait_holds_the_question(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(f"tfix40c-wait-{next(_senders)}", language, "young_person", "q_people")
    conversation.say(text)
    assert conversation.requested == "q_people"
    assert _render(conversation, "hold_on") in conversation.text
    assert _answers(conversation.sender_id) == [] or all(words != text for _, words in _answers(conversation.sender_id))
    assert control_of(text) is None  # ("aros" was a stop: it pauses, it does not end)


@pytest.mark.parametrize("text", ["wait I want my mum there", "aros adra efo nain", "hang on to my flat"])
def test_wait_in_an_answer_is_no_hold(text: str) -> None:
    assert not asks_us_to_wait(text)


TOO_FAST = {"en": "ur going too fast lol i wasnt answering them questions i was just typing",
            "cy": "ti'n mynd rhy gyflym lol o'n i ddim yn ateb y cwestiyna, o'n i'n dal i deipio"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_going_too_fast_is_a_complaint_not_an_answer(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(f"tfix40c-fast-{next(_senders)}", language, "young_person", "q_communication")
    conversation.say(TOO_FAST[language])
    assert conversation.requested == "q_communication"
    assert _render(conversation, "too_fast_sorry") in conversation.text
    assert all(words != TOO_FAST[language] for _, words in _answers(conversation.sender_id))
    assert stored_outcomes(conversation) == []


@pytest.mark.parametrize("text", ["people go too fast for me, I need them to slow down",
                                  "ma pobl yn siarad rhy gyflym efo fi"])
def test_others_going_too_fast_is_an_answer(text: str) -> None:
    assert not says_we_went_too_fast(text)


# AU9: "I just said. Mornings. are you listening": the answer inside the complaint is kept ---------------------------
JUST_SAID = {"en": ("I just said. Mornings. are you listening", "Mornings"),
             "cy": ("Dwi newydd ddeud. Boreua. wyt ti'n gwrando?", "Boreua"),
             "cy-south": ("Wedes i. Bore. chi'n gwrando?", "Bore")}


@pytest.mark.parametrize("form", ["en", "cy", "cy-south"])
def test_an_answer_inside_a_complaint_is_kept(sqlite_url: str, form: str) -> None:
    language = form[:2]
    text, said = JUST_SAID[form]
    conversation = skipped_to(f"tfix40c-said-{next(_senders)}", language, "person", "q_visit_time")
    conversation.say(text)
    assert conversation.requested != "q_visit_time"
    assert _render(conversation, "ignored_sorry_kept") in conversation.text
    assert ("visit_time", text) in _answers(conversation.sender_id)
    assert said in text and answer_beside_a_complaint(text) is not None


@pytest.mark.parametrize("text", ["are you listening", "ti'n gwrando?"])
def test_only_a_complaint_is_no_answer(text: str) -> None:
    assert answer_beside_a_complaint(text) is None


# AU13: one thanks a turn ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language,one_word,more", [("cy", "taid", "a mam"), ("en", "grandad", "and mum")])
def test_more_after_the_invitation_is_thanked_once(sqlite_url: str, language: str, one_word: str, more: str) -> None:
    conversation = skipped_to(f"tfix40c-more-{next(_senders)}", language, "young_person", "q_strengths")
    conversation.say(one_word)
    assert conversation.requested == "q_strengths"  # the invitation to say more
    conversation.say(more)
    assert conversation.requested == "q_keep"
    assert _render(conversation, "added_later_noted") not in conversation.text
    assert conversation.text.count("Diolch" if language == "cy" else "Thank") <= 1
    assert [words for key, words in _answers(conversation.sender_id) if key == "strengths"] == [one_word, more]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_name_of_whom_they_look_after_is_asked_without_a_second_thanks(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"tfix40c-huw-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer",
                               "relationship": "wraig" if language == "cy" else "wife"})
    conversation.start()
    assert conversation.requested == "name"
    conversation.say("Huw")
    assert conversation.requested == "cared_for_name"
    thanks = "Diolch" if language == "cy" else "Thank"
    assert conversation.text.count(thanks) == 1
    assert messages.text("cared_for_name_only_thanked", language).split("{")[0] in conversation.text


# AU9: "will my dad find out i did this" is a question about who sees it -------------------------------------------------
@pytest.mark.parametrize("language,text", [("en", "will my dad find out i did this"), ("cy", "fydd dad yn gwbod?"),
                                           ("cy", "neith mam ffeindio allan?"), ("en", "does my mum have to know")])
def test_who_finds_out_is_answered_not_kept(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(f"tfix40c-sees-{next(_senders)}", language, "young_person", "q_anything_else")
    conversation.say(text)
    assert conversation.requested == "q_anything_else"
    assert _render(conversation, "who_sees").split("\n")[0] in conversation.text
    assert stored_outcomes(conversation) == []


@pytest.mark.parametrize("text", ["I want my dad to know I'm ok", "will my mum know how to use it",
                                  "fydd mam yn gwybod be i neud efo'r tabledi"])
def test_wanting_someone_to_know_is_no_question_about_us(text: str) -> None:
    from bot.analysis.about_assistant import asks_who_sees

    assert not asks_who_sees(text)


# AU8: at the read-back, a number and its new words replace that item ---------------------------------------------------
REWORD = {"cy": ("Faswn i'n licio mynd yn ôl", "rhif 1 - dydi o ddim yn gneud sens ar ben ei hun. Faswn i'n licio "
                 "mynd yn ôl i'r côr", "Faswn i'n licio mynd yn ôl i'r côr"),
          "en": ("I'd like to go back", "number 1 doesn't make sense on its own. I'd like to go back to the choir",
                 "I'd like to go back to the choir")}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_number_with_new_words_replaces_the_item(sqlite_url: str, language: str) -> None:
    from bot.conversation.readback import numbered_items
    from tests.conversation.test_readback_typed import _at_the_read_back

    sender = f"tfix40c-reword-{next(_senders)}"
    conversation = _at_the_read_back(sender, language, "carer")
    old, message, new = REWORD[language]
    conversation.say("ychwanegu" if language == "cy" else "add")
    conversation.say(old)
    assert [o.text for _, o in numbered_items(sender)] == [old]
    conversation.say("newid rhywbeth" if language == "cy" else "change something")
    assert conversation.requested == "readback_item"
    conversation.say(message)
    assert [o.text for _, o in numbered_items(sender)] == [new]
    assert conversation.requested == "readback"


# AU8: "Dach chi di colli'r peth pwysica!" is a complaint that something is missing, never an outcome ---------------------
MISSED = {"cy": ("Dach chi di colli'r peth pwysica!", "Seibiant / respite, noson neu ddwy bob mis, i mi gael cysgu"),
          "cy-south": ("Chi wedi anghofio'r peth pwysica!", "Cwpwl o orie bant bob wythnos"),
          "en": ("You've missed the most important thing!", "Respite, a night or two a month, so I can sleep")}


@pytest.mark.parametrize("form", ["cy", "cy-south", "en"])
def test_something_missed_is_asked_for_and_never_an_outcome(sqlite_url: str, form: str) -> None:
    from bot.conversation.readback import numbered_items
    from tests.conversation.test_readback_typed import _at_the_read_back

    language = form[:2]
    sender = f"tfix40c-missed-{next(_senders)}"
    conversation = _at_the_read_back(sender, language, "carer")
    complaint, wish = MISSED[form]
    conversation.say("ychwanegu" if language == "cy" else "add")
    conversation.say(complaint)
    assert conversation.requested == "readback_text"  # what is it?
    assert _render(conversation, "readback_missed_sorry") in conversation.text
    assert numbered_items(sender) == []
    conversation.say(complaint + " " + wish)
    listed = [o.text for _, o in numbered_items(sender)]
    assert listed and all(text in wish for text in listed)  # the wish is added; the complaint is no item


def test_a_missed_name_said_at_once_is_the_addition(sqlite_url: str) -> None:
    from bot.conversation.readback import where_missed_is_said

    assert where_missed_is_said("You missed my daughter's name, Ffion, she helps on Sundays") is None


# AU10: what was just said is not asked again ----------------------------------------------------------------------------
ROLE_WITH_NAME = {"en": ("its about me. Im 79. Ken, Kenneth Roberts but Ken", "Ken"),
                  "cy": ("amdana i. Dw i'n 79. Gwil, Gwilym Roberts ond Gwil", "Gwil")}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_name_with_the_full_name_at_who_is_talking_is_not_asked_again(sqlite_url: str, language: str) -> None:
    from tests.conversation.test_colloquial import at_role

    dialogue = at_role(f"tfix40c-ken-{next(_senders)}", language)
    text, name = ROLE_WITH_NAME[language]
    dialogue.say(text)
    assert dialogue.slots["name"] == name
    assert dialogue.asking == "q_what_matters"


MOTHER_OF = {"cy": "dw i'n fam i Gethin, mae o'n 22 ac mae ganddo fo anabledd dysgu ac epilepsi. fi sy'n edrych ar "
                   "ei ôl o",
             "cy-south": "fi'n fam i Gethin, ma fe'n 22 a fi sy'n edrych ar ei ôl e",
             "en": "I'm Gethin's mum, he's 22 with a learning disability and epilepsy. I look after him"}


@pytest.mark.parametrize("form", ["cy", "cy-south", "en"])
def test_whom_they_look_after_named_in_their_relation_is_not_asked_again(sqlite_url: str, form: str) -> None:
    from tests.conversation.test_colloquial import at_role

    dialogue = at_role(f"tfix40c-eirlys-{next(_senders)}", form[:2])
    dialogue.say(MOTHER_OF[form])
    assert dialogue.slots["cared_for_name"] == "Gethin"
    assert dialogue.asking == "name"
    dialogue.say("Eirlys")
    assert dialogue.asking == "q_what_matters"  # never "Am bwy dych chi'n gofalu?" ("dwi newydd ddeud hynna 🙂")


def test_a_mother_of_three_names_nobody() -> None:
    from bot.conversation.about_you import named_in_own_relation

    assert named_in_own_relation("dw i'n fam i dri o blant, a fi sy'n gofalu am Dad") is None


@pytest.mark.parametrize("language,text", [
    ("en", "Yes thats alright I suppose. My daughter in Chester set this up for me, she says I should do it"),
    ("cy", "Ydy, mae hynny'n iawn"), ("en", "yes ok")])
def test_a_yes_that_says_no_role_for_sure_still_asks_who_is_talking(sqlite_url: str, language: str,
                                                                     text: str) -> None:
    from tests.conversation.test_colloquial import _started

    dialogue = _started(f"tfix40c-yes-{next(_senders)}", language)
    dialogue.say(text)
    assert dialogue.slots["consent_choice"] == "yes"
    assert dialogue.asking == "role"
