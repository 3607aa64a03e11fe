"""Read-back corrections said in words are done, or honestly said not to be (tenth trial AE6, AE7; issue 11).

AE6: "number 7 is private, I don't want that written down" got "I've kept your words for the worker to read" and item 7
stayed; "Take 12 out, I changed my mind, Wednesday is fine. And 7 shouldn't be there, that was private." did nothing.
AE7: "Dydi rhif 3 ddim i fod yna, camgymeriad oedd hwnna" got "Dw i wedi cadw'ch geiriau chi" and nothing changed;
"Ac yn rhif 4, efo fi mae o'n nofio rwan, dim efo'i dad. Newidiwch hynny plis" was kept as the carer's own answer.
Private, or not meant to be there, is taken out (and said so); two numbers in one message are both done; one asked
to be changed is put in new words; what cannot be done is said not to have been done, with how to do it.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.readback import READBACK_COMMENT_KEY, numbered_items
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.render import render_markdown
from tests.conversation.memory import MemoryConversation
from tests.conversation.test_readback_typed import _at_the_read_back

# Things they might have said, one read-back item each: 13 in English (as Gwilym's list in d5), 12 in Welsh (as Owain's
# in d6, told by his mother).
ITEMS = {
    "en": ["I'd like to get back to the bowls", "someone to talk to now and then", "keep Mary's garden going",
           "the grandchildren on Sundays", "I don't want to go in a home", "I want to stay in this house",
           "I'd like the same carer each time", "don't call me my love", "sit on my left please",
           "mornings are better for me", "any morning but not Wednesday", "I want to go to chapel",
           "a lift to the shops"],
    "cy": ["mae o isio byw yn fwy annibynnol", "dw i isio iddo fo ddysgu coginio", "mae o isio mynd ar y bws",
           "mae o isio cadw'r nofio ar ddydd Sadwrn efo'i dad", "mae o isio cadw ei ystafell fel mae hi",
           "siaradwch yn araf efo fo", "peidiwch â chyffwrdd ynddo fo heb ddeud", "ar ol 4 pan mae o adra",
           "mae o isio gweld Ifan", "mae o isio mynd i'r ganolfan", "mae o'n licio sglodion",
           "mae o isio mynd i'r sinema"],
}
ADD = {"en": "add", "cy": "ychwanegu"}


def _with_items(sender: str, language: str, role: str, register: str = "chi") -> MemoryConversation:
    conversation = _at_the_read_back(sender, language, role, register)
    for text in ITEMS[language]:
        conversation.say(ADD[language])
        conversation.say(text)
    assert conversation.requested == "readback"
    assert len(numbered_items(sender)) == len(ITEMS[language]), [o.text for _, o in numbered_items(sender)]
    return conversation


def _listed(sender: str) -> dict[int, str]:
    return {number: outcome.text for number, outcome in numbered_items(sender)}


def _comments(sender: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.text, a.about) for a in conv.answers if a.question_key == READBACK_COMMENT_KEY]


def _numbers(language: str, numbers: list[int]) -> str:
    said = [messages.text("readback_number", language, number=str(n)) for n in numbers]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {messages.text('readback_number_and', language)} " \
                                          f"{said[-1]}"


@pytest.mark.parametrize("language, register, role, message, out", [
    ("en", "chi", "person", "number 7 is private, I don't want that written down", [7]),  # the trial's words
    ("en", "chi", "person", "Take 12 out, I changed my mind, Wednesday is fine. And 7 shouldn't be there, that was "
                            "private.", [12, 7]),  # the trial's words: both done
    ("en", "ti", "young_person", "7 wasnt meant to be there, its private", [7]),
    ("en", "ti", "young_person", "ok 7 is private tho", [7]),  # not an "ok" that sends it
    ("cy", "chi", "person", "iawn, ond mae rhif 7 yn breifat", [7]),
    ("en", "chi", "carer", "please don't write number 3 down, and 5 is private", [3, 5]),
    ("cy", "chi", "carer", "Dydi rhif 3 ddim i fod yna, camgymeriad oedd hwnna", [3]),  # the trial's words
    ("cy", "chi", "person", "sa i moyn i rif 3 fod na", [3]),  # south
    ("cy", "ti", "young_person", "mae rhif 7 yn breifat, paid â'i sgwennu fo", [7]),
    ("cy", "chi", "carer", "Mae rhif 12 yn breifat. A dydi 7 ddim i fod yna chwaith", [12, 7]),
    ("cy", "chi", "person", "peidiwch â sgwennu rhif 2 lawr plis, ddyle fe ddim bod na", [2]),
])
def test_private_or_not_meant_to_be_there_is_taken_out_and_said_so(sqlite_url: str, language: str, register: str,
                                                                   role: str, message: str, out: list[int]) -> None:
    sender = f"rb32-out-{language}-{role}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, role, register)
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_taken_out", language, register, numbers=_numbers(language, out)) \
        in conversation.text
    assert messages.text("readback_noted", language, register) not in conversation.text
    after = list(_listed(sender).values())
    assert after == [text for number, text in before.items() if number not in out]
    assert conversation.requested == "readback"  # the list again, and "is this right?"
    assert _comments(sender) == []  # their words about it are not kept either
    record = load_record(sender)
    assert record is not None
    kept = [o["text"] for o in record["outcomes"]]
    assert not {before[n] for n in out} & set(kept) and len(kept) == len(before) - len(out)


@pytest.mark.parametrize("language, register, message, out", [
    ("en", "ti", "take 7 out pls", 7),
    ("en", "chi", "take number 12 out please", 12),  # (this one worked in the trial)
    ("en", "chi", "take 7 out then send it", 7),  # taken out, and the list shown again before it is sent
    ("cy", "chi", "tynnwch rif 7 allan", 7),
    ("cy", "ti", "tynna rhif 3 allan plis", 3),
    ("cy", "chi", "dileu 3", 3),
])
def test_taking_a_number_out_in_every_form(sqlite_url: str, language: str, register: str, message: str,
                                           out: int) -> None:
    sender = f"rb32-take-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "person", register)
    before = _listed(sender)
    conversation.say(message)
    # (stop 46, AZ16: a removal alone is said as such, "Iawn, dw i wedi tynnu hwnna allan.", not "wedi newid hynny")
    assert messages.text("readback_removed", language, register) in conversation.text
    assert list(_listed(sender).values()) == [text for number, text in before.items() if number != out]
    assert conversation.requested == "readback"


SWIMMING = {
    # the trial's words (d6), and the same in English
    "cy": ("Ac yn rhif 4, efo fi mae o'n nofio rwan, dim efo'i dad. Newidiwch hynny plis",
           "mae o isio cadw'r nofio ar ddydd Sadwrn efo fi"),
    "en": ("And number 4, he swims with me now, not his dad. Change that please",
           "he wants to keep swimming on Saturdays with me"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_item_asked_to_be_changed_is_put_in_new_words(sqlite_url: str, language: str) -> None:
    sender = f"rb32-swim-{language}"
    conversation = _at_the_read_back(sender, language, "carer")
    for text in ["mae o isio byw yn fwy annibynnol", "mae o isio mynd ar y bws", "mae o isio gweld Ifan",
                 "mae o isio cadw'r nofio ar ddydd Sadwrn efo'i dad"] if language == "cy" else \
            ["he wants to live more independently", "he wants to go on the bus", "he wants to see Ifan",
             "he wants to keep the swimming on Saturday with his dad"]:
        conversation.say(ADD[language])
        conversation.say(text)
    before = _listed(sender)
    assert len(before) == 4 and all(o.about == "person" for _, o in numbered_items(sender))
    reply, new_words = SWIMMING[language]
    conversation.say(reply)
    assert conversation.requested == "readback_text"  # "Please write it the way you'd like it."
    assert messages.text("readback_edit", language) in conversation.text
    assert before[4] in conversation.text  # which one, quoted
    conversation.say(new_words)
    after = {o.text: o.about for _, o in numbered_items(sender)}
    assert new_words in after and before[4] not in after and after[new_words] == "person"
    assert _comments(sender) == []  # never kept as the carer's own answer
    record = load_record(sender)
    assert record is not None
    assert new_words in [o["text"] for o in record["outcomes"]]
    assert reply not in render_markdown(record, language)


@pytest.mark.parametrize("language, register, message", [
    ("en", "ti", "3 n 4 r wrong"),
    ("en", "chi", "numbers 3 and 4 are both wrong"),
    ("cy", "chi", "dydi 3 a 4 ddim yn iawn"),
    ("cy", "ti", "3 a 4 yn anghywir"),
])
def test_several_said_wrong_are_put_right_one_at_a_time(sqlite_url: str, language: str, register: str,
                                                        message: str) -> None:
    sender = f"rb32-both-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "person", register)
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_one_at_a_time", language, register, numbers=_numbers(language, [3, 4])) \
        in conversation.text
    assert conversation.requested == "readback_item"  # "Which one would you like to change?"
    assert _listed(sender) == before
    conversation.say("3")
    assert conversation.requested == "readback_action" and before[3] in conversation.text


@pytest.mark.parametrize("language, role, message, numbers", [
    ("en", "person", "Number 5 I'm not so sure about really, my daughter said that one for me when she was here", [5]),
    ("cy", "carer", "Rhif 5 a 9, dw i ddim yn siŵr am y rheina, fy chwaer ddudodd nhw pan oedd hi yma ddoe", [5, 9]),
])
def test_words_about_a_number_not_acted_on_say_it_is_unchanged(sqlite_url: str, language: str, role: str,
                                                               message: str, numbers: list[int]) -> None:
    sender = f"rb32-honest-{language}"
    conversation = _with_items(sender, language, role)
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_noted_not_changed", language, numbers=_numbers(language, numbers)) \
        in conversation.text
    assert _listed(sender) == before
    # kept for the worker, as about whose life those items are: Owain's, not his mother's own (AE7)
    assert _comments(sender) == [(message, "person")]


@pytest.mark.parametrize("language, message", [
    ("en", "Thank you for this, 3 weeks ago nobody would have listened to me like this, it means a lot"),
    ("cy", "Diolch am hyn, 3 wythnos yn ôl fasa neb wedi gwrando arna i fel hyn, mae'n golygu lot"),
])
def test_a_number_that_is_no_item_is_only_noted(sqlite_url: str, language: str, message: str) -> None:
    sender = f"rb32-weeks-{language}"
    conversation = _with_items(sender, language, "person")
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_noted", language) in conversation.text
    assert _listed(sender) == before


@pytest.mark.parametrize("language, message", [
    ("en", "number 2 he shouldn't be there on his own"),
    ("en", "number 3 I don't want carers in there"),
    ("cy", "rhif 2, dydi o ddim i fod yna ar ben ei hun"),
])
def test_not_to_be_somewhere_is_no_item_taken_out(sqlite_url: str, language: str, message: str) -> None:
    sender = f"rb32-there-{language}-{abs(hash(message)) % 10**8}"
    conversation = _with_items(sender, language, "person")
    before = _listed(sender)
    conversation.say(message)
    assert _listed(sender) == before
    assert messages.text("readback_done", language) not in conversation.text


@pytest.mark.parametrize("language, message", [
    ("en", "Number 3 isn't something to keep. And number 5 I'm not so sure about, my daughter said that one for me"),
    ("cy", "Dydi rhif 3 ddim yn rhywbeth i'w gadw. A rhif 5, dw i ddim yn siŵr am hwnna, fy merch ddudodd o"),
])
def test_only_what_was_not_done_is_said_to_be_unchanged(sqlite_url: str, language: str, message: str) -> None:
    sender = f"rb32-part-{language}"
    conversation = _with_items(sender, language, "person")
    before = _listed(sender)
    conversation.say(message)
    assert messages.text("readback_taken_off", language, number="3") in conversation.text  # (leftovers32's reply)
    assert messages.text("readback_noted_not_changed", language, numbers=_numbers(language, [5])) in conversation.text
    assert list(_listed(sender).values()) == [text for number, text in before.items() if number != 3]
    assert _comments(sender) == [(message, "person")]
