"""The read-back's corrections (stop 46, the stop-45 trial's AZ4, AZ5, AZ8, AZ16, AZ18 in
/work/notes/s45/trial45_report.md), through the conversation core, in Welsh (north, south, formal; "chi", and "ti" for
a young person) and English. The trial's words are fixtures; each family has a phrasing in no benchmark file too.

AZ4.  Words that only judge an item's group ("nid rhywbeth i'w gadw yw hynny", "that's not a keep") in an instruction
      that names N are part of it: never new words for N, never an addition. "rhif 7 o dan 'cadw' plis" moves 7.
AZ5.  "you missed that she wants to be at home at the end. not a hospice. thats the most important thing": the clause
      after "that" / "bod" is the outcome, its qualifier joined, the rest no outcome; the person's view; "In answer to"
      is the question really asked.
AZ8.  "rhif 4 yn rong. dwi ddim yn cal hynna rwan, dwi isio fo" moves 4 to change; a want to stop something ("dwi isio
      peidio bod yn hwyr", "I want to not be late") is a change, never a keep.
AZ16. "take out 4 lol. and u missed the main thing, message me on here not phone calls": both done, both said; a
      removal alone is "OK, I've taken that out." / "Iawn, dw i wedi tynnu hwnna allan."
AZ18. "That's all." / "dyna i gyd" / "Dim byd arall, diolch" at "Is this right?": "Shall I send it?" once, never sent
      unseen, never kept.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis import analyse
from bot.analysis.text import fold
from bot.analysis.types import ANSWERING_FOR_THEM
from bot.conversation import readback
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import (
    MemoryConversation,
    answer_until_readback,
    number_shown,
    started_with_record,
    stored_outcomes,
)

_senders = itertools.count(1)


def _at_readback(language: str, role: str, answers: dict[str, str], *, cared: str | None = None) -> MemoryConversation:
    name = {"carer": "Phil", "person": "Tomos", "young_person": "Lowri"}[role]
    conversation = started_with_record(f"readback46-{next(_senders)}", language, role=role, name=name)
    if cared is not None:
        conversation.slots.update({"cared_for_name": cared, "relationship": "wife" if language == "en" else "gwraig"})
        repository.update_conversation(conversation.sender_id, cared_for_name=cared)
    return answer_until_readback(conversation, answers)



def _listed(conversation: MemoryConversation) -> list[tuple[str, str]]:
    """(words, type) of every item now on the read-back's list."""
    return [(o.text, o.type) for _, o in readback.numbered_items(conversation.sender_id)]


def _text(key: str, language: str, register: str = "chi", **values: str) -> str:
    return messages.render(key, language, register, None, **values).text


# --- AZ4: words that judge the group are part of the instruction -------------------------------------------------------

KEEP_ITEM = {"en": "Walking to the village every morning.", "cy": "Cerdded i'r pentref bob bore."}

#: (language, the correction, N standing for the item's number): the item goes, and nothing is added.
JUDGED = [
    ("cy", "Mae rhif N yn anghywir: nid rhywbeth i'w gadw yw hynny. Tynnwch ef, os gwelwch yn dda."),  # the trial's
    ("cy", "rhif N di rong, dim i gadw. tynnwch o plis"),  # north, text-speak, no accents
    ("cy", "Ma rhif N yn anghywir, dim rhywbeth i'w gadw yw e"),  # south
    ("en", "number N is wrong - thats not a keep. take it out please"),
    ("en", "N is wrong, it's not something to keep"),
]


@pytest.mark.parametrize("language, said", JUDGED)
def test_words_judging_the_group_are_no_new_words_and_no_addition(sqlite_url: str, language: str, said: str) -> None:
    keep = KEEP_ITEM[language]
    conversation = _at_readback(language, "person", {"q_what_matters": "my garden" if language == "en" else
                                                     "fy ngardd", "q_keep": keep})
    before = stored_outcomes(conversation)
    conversation.say(said.replace("N", number_shown(conversation, keep)))
    listed = _listed(conversation)
    assert keep not in [words for words, _ in listed]  # taken out, as asked
    assert not any(words.lower() in said.lower() for words, _ in listed)  # no judging words kept as an item
    assert len(stored_outcomes(conversation)) == len(before)  # nothing added
    assert conversation.requested == "readback"


@pytest.mark.parametrize("text, to", [
    ("Mae rhif 3 yn anghywir: nid rhywbeth i'w gadw yw hynny.", None),  # taken off
    ("3 is wrong: not a keep, something to change", "change"),  # where it goes instead, as said
    ("rhif 3 dim i newid, i gadw", "gadw"), ("dydi 3 ddim yn rhywbeth i'w gadw, i newid", "newid"),
])
def test_a_judged_group_is_read_with_where_it_goes(text: str, to: str | None) -> None:
    found = readback._NOT_A_WISH.search(fold(text))
    assert found is not None and found.group("n") == "3" and found.group("to") == to


@pytest.mark.parametrize("language, said", [
    ("cy", "dylai rhif N fod o dan cadw"),  # the task's words
    ("cy", "rhif N o dan 'cadw' plis"),
    ("cy", "rhif N o dan y pethau i'w cadw"),  # not in any benchmark file
    ("en", "number N under keep please"),
    ("en", "number N should be under keep, not how"),  # stop 45's fix still holds
])
def test_a_number_put_under_a_group_moves_it_with_its_words(sqlite_url: str, language: str, said: str) -> None:
    support = {"en": "Carers at 8, not before.", "cy": "Gofalwyr am 8, nid cynt."}[language]
    conversation = _at_readback(language, "person", {"q_what_matters": "my garden" if language == "en" else
                                                     "fy ngardd", "q_support": support})
    assert (support, "process") in _listed(conversation)
    conversation.said.clear()
    conversation.say(said.replace("N", number_shown(conversation, support)))
    assert (support, "maintenance") in _listed(conversation)  # moved, its words as they were
    assert len(_listed(conversation)) == 2  # nothing added


@pytest.mark.parametrize("text, group", [
    ("rhif 7 o dan 'cadw' plis", "maintenance"), ("number 3 under keep", "maintenance"),
    ("rhif 2 o dan newid", "change"), ("7 in the things to change please", "change"),
])
def test_placed_in_a_group_reads_the_group(text: str, group: str) -> None:
    assert readback._placed_in_a_group(text) == group


@pytest.mark.parametrize("text", ["rhif 7 yn newid bob wythnos", "number 7 with my mum", "7 in the morning"])
def test_a_number_beside_other_words_is_no_placement(text: str) -> None:
    assert readback._placed_in_a_group(text) is None


# --- AZ5: "you missed that …" ------------------------------------------------------------------------------------------

MISSED_THAT = [
    ("en", "you missed that she wants to be at home at the end. not a hospice. thats the most important thing",
     "she wants to be at home at the end. not a hospice."),  # the trial's words
    ("en", "You forgot that she wants her own bed downstairs. Not the hospital one. That's the main thing.",
     "she wants her own bed downstairs. Not the hospital one."),
    ("cy", "anghofioch chi bod hi isio bod adra ar y diwedd. dim hosbis. dyna'r peth pwysica",
     "hi isio bod adra ar y diwedd. dim hosbis."),  # north
    ("cy", "wnest ti golli bod hi moyn bod gartre ar y diwedd. dim hosbis. dyna'r peth pwysica",
     "hi moyn bod gartre ar y diwedd. dim hosbis."),  # south
]


@pytest.mark.parametrize("language, said, outcome", MISSED_THAT)
def test_what_was_missed_is_the_clause_after_that_with_its_qualifier(sqlite_url: str, language: str, said: str,
                                                                     outcome: str) -> None:
    conversation = _at_readback(language, "carer", {"q_what_matters": "Ange loves her garden" if language == "en"
                                                    else "Mae Ange wrth ei bodd efo'i gardd"}, cared="Ange")
    before = len(_listed(conversation))
    conversation.said.clear()
    conversation.say(said)
    listed = [words for words, _ in _listed(conversation)]
    assert outcome in listed and outcome in said  # verbatim, the qualifier joined
    assert len(listed) == before + 1  # one addition: "not a hospice" and "the most important thing" are no items
    assert _text("readback_added", language) in conversation.text
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        added = next(o for o in conv.outcomes if o.text == outcome)
        assert added.about == "person"  # Ange's wish
        assert added.whose_view not in ANSWERING_FOR_THEM  # her view, passed on
        asked = next(a.question_text for a in conv.answers if a.text == said)
    assert asked == _text("readback", language)  # the question really asked, never "What would you like to add?"
    assert asked != _text("readback_add", language)


@pytest.mark.parametrize("text, outcome", [
    ("you forgot that he likes his tea strong", "he likes his tea strong"),
    ("you missed that she wants to be at home. not a hospice", "she wants to be at home. not a hospice"),
    ("ti di anghofio bod fi isio gweld dad bob penwythnos", "fi isio gweld dad bob penwythnos"),
])
def test_missed_that_told_is_verbatim(text: str, outcome: str) -> None:
    told = readback.missed_that_told(text)
    assert told is not None
    assert told[0].text == outcome == text[told[0].start:told[0].end]


def test_an_addition_after_add_something_keeps_its_own_prompt(sqlite_url: str) -> None:
    conversation = _at_readback("en", "person", {"q_what_matters": "my garden"})
    conversation.say("add")
    conversation.say("I want to keep going to chapel")
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        asked = next(a.question_text for a in conv.answers if a.text == "I want to keep going to chapel")
    assert asked == _text("readback_add", "en")


# --- AZ8: "N yn rong … dwi isio fo"; a want to stop something is a change ---------------------------------------------

WANTED = [
    ("cy", "rhif N yn rong. dwi ddim yn cal hynna rwan, dwi isio fo"),  # the trial's words
    ("cy", "rhif N di rong. dwi isio hynna"),
    ("cy", "ma rhif N ddim yn iawn, fi moyn e"),  # south
    ("en", "number N is wrong, i dont get that now. i want it"),
]


@pytest.mark.parametrize("language, said", WANTED)
def test_wrong_then_wanted_moves_a_keep_to_change(sqlite_url: str, language: str, said: str) -> None:
    keep = {"cy": "mynd i'r clwb pel-droed", "en": "going to the football club"}[language]
    conversation = _at_readback(language, "young_person", {"q_what_matters": "fy mrawd" if language == "cy" else
                                                           "my brother", "q_keep": keep})
    assert (keep, "maintenance") in _listed(conversation)
    conversation.say(said.replace("N", number_shown(conversation, keep)))
    listed = _listed(conversation)
    assert (keep, "change") in listed  # moved, its words kept
    assert not any(words in said for words, _ in listed)  # "dwi isio fo" is no item


@pytest.mark.parametrize("text", [
    "dwi isio peidio bod yn hwyr i ysgol bob dydd",  # the trial's words
    "I want to not be late for school", "dw i ddim isio bod yn hwyr i'r ysgol", "wi moyn peidio bod yn hwyr",
    "i wanna stop getting detentions", "I don't want to be in trouble at school any more",
])
def test_a_want_to_stop_something_is_a_change(text: str) -> None:
    assert [o.type for o in analyse(text).outcomes] == ["change"]


@pytest.mark.parametrize("text", ["Dw i ddim isio mynd i gartre", "I want to keep seeing my nan"])
def test_staying_as_they_are_is_still_kept(text: str) -> None:
    assert [o.type for o in analyse(text).outcomes] == ["maintenance"]


@pytest.mark.parametrize("language, said", [("cy", "dwi isio peidio bod yn hwyr i ysgol bob dydd"),
                                            ("en", "I want to not be late for school every day")])
def test_a_want_to_stop_something_at_what_to_keep_is_listed_to_change(sqlite_url: str, language: str,
                                                                      said: str) -> None:
    conversation = _at_readback(language, "young_person", {"q_keep": said})
    assert (said, "change") in _listed(conversation)


# --- AZ16: both parts done, both said; removals said as such -----------------------------------------------------------

BOTH = [
    ("en", "take out N lol. and u missed the main thing, message me on here not phone calls",
     "message me on here not phone calls"),  # the trial's words
    ("en", "remove N pls, also you forgot the main thing - text me dont ring", "text me dont ring"),
    ("cy", "tynna rhif N allan. a ti di anghofio'r prif beth, neges ar fan hyn dim galwad ffon",
     "neges ar fan hyn dim galwad ffon"),
    ("cy", "tynnwch rif N allan plis. dach chi di colli'r peth pwysica, tecstiwch fi peidiwch ffonio",
     "tecstiwch fi peidiwch ffonio"),
]


@pytest.mark.parametrize("language, said, added", BOTH)
def test_take_out_and_add_missed_are_both_done_and_said(sqlite_url: str, language: str, said: str,
                                                        added: str) -> None:
    role = "young_person" if said.startswith(("take", "tynna")) else "person"
    register = "ti" if role == "young_person" else "chi"
    first = {"en": "my mates", "cy": "fy ffrindia"}[language]
    keep = {"en": "my phone", "cy": "fy ffon"}[language]
    conversation = _at_readback(language, role, {"q_what_matters": first, "q_keep": keep})
    number = number_shown(conversation, keep)
    conversation.said.clear()
    conversation.say(said.replace("N", number))
    listed = [words for words, _ in _listed(conversation)]
    assert keep not in listed  # taken out
    assert added in listed  # and added, verbatim
    said_back = _text("readback_removed_and_added", language, register,
                      numbers=_text("readback_number", language, register, number=number))
    assert said_back in conversation.text
    assert _text("readback_done", language, register) not in conversation.text


@pytest.mark.parametrize("language, role, said", [
    ("en", "person", "take out N"), ("en", "young_person", "bin N lol"),
    ("cy", "person", "tynnwch rif N allan"), ("cy", "young_person", "dilea rhif N"),
])
def test_a_removal_alone_is_said_as_taken_out(sqlite_url: str, language: str, role: str, said: str) -> None:
    keep = {"en": "my walks", "cy": "cerdded"}[language]
    conversation = _at_readback(language, role, {"q_what_matters": "my garden" if language == "en" else "fy ngardd",
                                                 "q_keep": keep})
    conversation.said.clear()
    conversation.say(said.replace("N", number_shown(conversation, keep)))
    register = "ti" if role == "young_person" else "chi"
    assert keep not in [words for words, _ in _listed(conversation)]
    assert _text("readback_removed", language, register) in conversation.text
    assert _text("readback_done", language, register) not in conversation.text


def test_the_removal_words_are_the_reviewers() -> None:
    assert _text("readback_removed", "cy") == "Iawn, dw i wedi tynnu hwnna allan."
    assert _text("readback_removed", "en") == "OK, I've taken that out."


# --- AZ18: "That's all." at "Is this right?" -------------------------------------------------------------------------

THATS_ALL = [
    ("en", "person", "That's all."),  # the trial's words (Dennis)
    ("en", "person", "thats it thanks"),
    ("cy", "person", "Dim byd arall, diolch yn fawr i chi."),  # the trial's words (Tomos)
    ("cy", "person", "dyna i gyd"),
    ("cy", "young_person", "dim byd arall diolch"),
]


@pytest.mark.parametrize("language, role, said", THATS_ALL)
def test_thats_all_asks_shall_i_send_it_once(sqlite_url: str, language: str, role: str, said: str) -> None:
    keep = {"en": "my walks", "cy": "cerdded"}[language]
    conversation = _at_readback(language, role, {"q_keep": keep})
    register = "ti" if role == "young_person" else "chi"
    answers_before = len(repository.answer_texts(conversation.sender_id))
    outcomes_before = stored_outcomes(conversation)
    conversation.said.clear()
    conversation.say(said)
    assert conversation.slots.get("readback") is None  # not sent
    assert conversation.requested == "readback"
    asked = _text("readback_send_asked", language, register)
    assert conversation.text == asked  # asked once, alone: not the list again
    assert next(b.payload for b in conversation.said[-1].buttons) == '/choose{"choice":"confirm"}'
    assert stored_outcomes(conversation) == outcomes_before  # never an outcome
    assert len(repository.answer_texts(conversation.sender_id)) == answers_before  # nor an answer
    conversation.say(said)  # the same again: a yes, never asked twice
    assert conversation.slots["readback"] == "confirm"
    assert asked not in conversation.text


@pytest.mark.parametrize("text", ["That's all.", "that's it", "dyna i gyd", "Dim byd arall, diolch yn fawr i chi.",
                                  "nothing else", "dyna'r cwbl diolch"])
def test_that_is_all_is_read(text: str) -> None:
    assert readback.says_that_is_all(text)


@pytest.mark.parametrize("text", ["no thats it", "na dyna ni", "na, dyna'r cwbl", "diolch", "thanks", "send it",
                                  "that's it, number 1 is wrong", "nope all good"])
def test_a_no_first_thanks_or_a_change_is_no_that_is_all(text: str) -> None:
    assert not readback.says_that_is_all(text)


# --- BA3 (trial 46): a number named as what already says it is not taken out ------------------------------------------

@pytest.mark.parametrize("said", [
    "tynna rhif A mas, ma B yn gweud yr un peth",  # south, the trial's shape
    "a tynnwch rhif A allan, ma B yn deud o",  # north
    "take out A, B says the same",
    "tynnwch A allan plis, mae rhif B yn dweud hynny",
])
def test_a_number_that_already_says_it_stays(sqlite_url: str, said: str) -> None:
    language = "en" if said.startswith("take") else "cy"
    first = {"en": "I want to keep playing rugby", "cy": "fi moyn cario mlan da rygbi"}[language]
    second = {"en": "Rugby on Saturdays with the boys", "cy": "rygbi ar ddydd Sadwrn gyda'r bois"}[language]
    conversation = _at_readback(language, "young_person", {"q_what_matters": first, "q_keep": second})
    a, b = number_shown(conversation, second), number_shown(conversation, first)
    conversation.say(said.replace("A", a).replace("B", b))
    listed = [words for words, _ in _listed(conversation)]
    assert first in listed and second not in listed


@pytest.mark.parametrize("role, yes", [("person", "cewch"), ("young_person", "cei"), ("person", "Cewch siŵr")])
def test_cewch_typed_sends_it(sqlite_url: str, role: str, yes: str) -> None:
    """BA16 (trial 46): "cewch", the Welsh yes to "Ga i ei anfon?" and the button's first word, was not understood."""
    conversation = _at_readback("cy", role, {"q_keep": "cerdded"})
    conversation.say("dyna i gyd")
    assert conversation.slots.get("readback") is None
    conversation.say(yes)
    assert conversation.slots["readback"] == "confirm"


@pytest.mark.parametrize("text, outcome", [
    ("a ti di colli bo fi moyn mynd mas gyda'r bois ar ol gem", "fi moyn mynd mas gyda'r bois ar ol gem"),
    ("ti wedi anghofio bo fi isio mynd i sleepovers", "fi isio mynd i sleepovers"),
])
def test_missed_bo_is_what_was_missed(text: str, outcome: str) -> None:
    """BA10 (trial 46): Cai's "a ti di colli bo fi moyn…" (the spoken "bo" for "bod") was dropped."""
    found = readback.missed_that_told(text)
    assert found is not None and found[0].text == outcome
