"""The read-back's corrections of the twenty-fourth trial (stop 47; the report is lost, each case rebuilt from the
findings), through the conversation core, in English and Welsh (north, south, formal, text-speak; "chi", and "ti" for a
young person). The findings' words are fixtures; each family has phrasings of its own and look-alikes that must not
change.

BB9.   "u forgot staying in her bungalow", "chi 'di anghofio ei bod hi isio aros yn ei byngalo", "rydych wedi anghofio…"
       from a carer: the wish is added, verbatim, as the cared-for person's view (it was dropped, or filed as the
       carer's).
BB10.  "change the second one to 'I want to get back to chapel'", "newidiwch yr ail un i '…'": the quoted words
       replace the item's, verbatim.
BB11.  "that one's about mum not me", "am mam ma hwnna, dim fi": the item is filed as the person's view, on the list,
       in the record and in the summary; "… about me not mum" the other way.
Keep.  "2 - dont take it out, its right" ("Sorry, I didn't catch that"): item 2 is left as it is, and that is said.
Thanks. A thank-you after the record was sent got a second thank-you ("…already been sent – thank you"), or was kept
       as news for the worker: a welcome, once.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.thanks import only_thanks
from bot.conversation import readback, steering
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.render import render_view_markdown
from bot.summary.view import build_view, label
from tests.conversation.memory import (
    MemoryConversation,
    MemoryTurn,
    answer_until_readback,
    number_shown,
    started_with_record,
)

pytestmark = pytest.mark.usefixtures("sqlite_url")

_senders = itertools.count(1)

#: A person's list of three: a change, a keep, a how-to-support item, in each language.
ANSWERS = {
    "en": {"q_keep": "going to football on Saturdays", "q_change": "I want to see my dad more",
           "q_support": "text me, don't ring"},
    "cy": {"q_keep": "mynd i bel droed ar ddydd Sadwrn", "q_change": "dwi isio gweld dad yn amlach",
           "q_support": "tecstiwch fi, peidiwch ffonio"},
}
#: A carer's list: her wish passed on (her view) beside the carer's own words about her (the carer's view), so the list
#: says whose view each item is.
CARER_ANSWERS = {
    "en": {"q_keep": "going to chapel on Sundays", "q_change": "she says she wants to see her friends more",
           "q_support": "ring me first, I'm at work"},
    "cy": {"q_keep": "mynd i'r capel ar ddydd Sul", "q_change": "mae hi'n deud bod hi isio gweld ei ffrindia'n amlach",
           "q_support": "ffoniwch fi gynta, dw i'n gweithio"},
}
KEEP = {lang: answers["q_keep"] for lang, answers in ANSWERS.items()}
CARER_KEEP = {lang: answers["q_keep"] for lang, answers in CARER_ANSWERS.items()}


def _at_readback(language: str, role: str, answers: dict[str, str] | None = None) -> MemoryConversation:
    name = {"carer": "Siân", "person": "Glyn", "young_person": "Ffion"}[role]
    conversation = started_with_record(f"readback48-{next(_senders)}", language, role=role, name=name)
    if role == "carer":
        conversation.slots.update({"cared_for_name": "Mair", "relationship": "mam" if language == "cy" else "mum"})
        repository.update_conversation(conversation.sender_id, cared_for_name="Mair")
    return answer_until_readback(conversation, answers if answers is not None else ANSWERS[language])


def _stored(conversation: MemoryConversation) -> dict[str, tuple[str, str, str]]:
    """words -> (type, about, whose view) of every item still on the list."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return {o.text: (o.type, o.about, o.whose_view) for o in conv.outcomes if not o.removed}


def _register(role: str) -> str:
    return "ti" if role == "young_person" else "chi"


def _text(key: str, language: str, role: str = "person", **values: str) -> str:
    return messages.render(key, language, _register(role), "carer" if role == "carer" else None, **values).text


def _number(language: str, role: str, number: str) -> str:
    return _text("readback_number", language, role, number=number)


def _summary_line(conversation: MemoryConversation, language: str, words: str) -> str:
    """The summary's item with these words: its quote and the line under it (whose view, its group)."""
    record = load_record(conversation.sender_id)
    assert record is not None
    page = render_view_markdown(build_view(record, language))
    start = page.index(f"- “{words}”")
    return "\n".join(page[start:].split("\n")[:2])


# --- BB9: "you forgot" a thing to do, from a carer ----------------------------------------------------------------------

#: (language, what the carer says, the wish added, verbatim)
FORGOT_HERS = [
    ("en", "u forgot staying in her bungalow", "staying in her bungalow"),  # the finding's words
    ("cy", "chi 'di anghofio ei bod hi isio aros yn ei byngalo", "hi isio aros yn ei byngalo"),  # the finding's (north)
    ("cy", "rydych wedi anghofio ei bod hi eisiau aros yn ei byngalo", "hi eisiau aros yn ei byngalo"),  # formal
    ("en", "you forgot going to chapel with her sister on Sundays", "going to chapel with her sister on Sundays"),
    ("cy", "rwyt ti wedi anghofio mynd i'r clwb cinio efo'i ffrindia", "mynd i'r clwb cinio efo'i ffrindia"),
    ("cy", "chi di anghofio aros yn ei thŷ ei hun", "aros yn ei thŷ ei hun"),  # south-ish, no apostrophe
    ("en", "u forgot singing in the choir with mum", "singing in the choir with mum"),
]


@pytest.mark.parametrize("language, said, added", FORGOT_HERS)
def test_a_thing_to_do_forgotten_is_added_as_her_wish(language: str, said: str, added: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    before = _stored(conversation)
    conversation.say(said)
    now = _stored(conversation)
    assert added in now and added in said  # added, verbatim
    assert now[added][1:] == ("person", "person")  # about her, and her view (never the carer's)
    assert len(now) == len(before) + 1
    assert _text("readback_added", language, "carer") in conversation.text
    assert _text("readback_how_to_add", language, "carer") not in conversation.text
    listed = next(line for line in conversation.text.splitlines() if f"“{added}”" in line)
    assert _text("readback_view_theirs", language, "carer") in listed  # "(as the person you look after sees it)"
    assert label("whose_person_reported", language) in _summary_line(conversation, language, added)


@pytest.mark.parametrize("language, said, added", [
    ("en", "you forgot getting a night off for me", "getting a night off for me"),
    ("cy", "chi 'di anghofio cael seibiant i fi bob wythnos", "cael seibiant i fi bob wythnos"),
])
def test_the_carers_own_thing_forgotten_stays_theirs(language: str, said: str, added: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    conversation.say(said)
    now = _stored(conversation)
    assert added in now
    assert now[added][2] == "carer"  # the carer's own need, their view


@pytest.mark.parametrize("language, role, said", [
    ("en", "carer", "u forgot netball"),  # a bare thing: how to add it, as before (stop 37's AP4)
    ("en", "person", "you forgot swimming"),
    ("en", "carer", "you forgot something"),
    ("en", "young_person", "u forgot the sleepovers??"),
    ("cy", "carer", "rydych wedi anghofio'r clwb bowls"),  # formal, a bare thing
    ("cy", "person", "chi 'di anghofio pel droed"),
])
def test_a_bare_thing_forgotten_still_gets_how_to_add_it(language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    before = _stored(conversation)
    conversation.say(said)
    assert _stored(conversation) == before  # nothing invented
    assert _text("readback_how_to_add", language, role) in conversation.text


@pytest.mark.parametrize("text, outcome", [
    ("u forgot staying in her bungalow", "staying in her bungalow"),
    ("rydych wedi anghofio ei bod hi eisiau aros yn ei byngalo", "hi eisiau aros yn ei byngalo"),
    ("Rydych chi wedi anghofio ei bod hi eisiau aros adref", "hi eisiau aros adref"),
    ("ti 'di anghofio aros yn ei byngalo", "aros yn ei byngalo"),
    ("you forgot ringing her daughter on sundays", "ringing her daughter on sundays"),
])
def test_the_thing_forgotten_is_read_verbatim(text: str, outcome: str) -> None:
    told = readback.missed_that_told(text)
    assert told is not None
    assert told[0].text == outcome == text[told[0].start:told[0].end]


@pytest.mark.parametrize("text", [
    "u forgot netball", "you forgot something", "you forgot nothing at all", "you forgot saying thank you",
    "you forgot everything i said lol", "u forgot morning walks with the dog", "rydych wedi anghofio'r clwb bowls",
    "you forgot 3, take it out", "I forgot to say, she likes her garden", "you forgot, during the week she goes out",
])
def test_no_thing_to_do_is_read_from_these(text: str) -> None:
    told = readback.missed_that_told(text)
    assert told is None or told[0].text == "she likes her garden"  # ("I forgot": the speaker, no missed thing)


# --- BB10: new words for an item named by its place -----------------------------------------------------------------

REWORDED_BY_PLACE = [
    ("en", "person", "change the second one to 'I want to get back to chapel'", "I want to get back to chapel"),
    ("cy", "person", "newidiwch yr ail un i 'dw i isio mynd nôl i'r capel'", "dw i isio mynd nôl i'r capel"),
    ("cy", "young_person", "newidia'r ail un i “fi moyn mynd nol i'r gampfa”", "fi moyn mynd nol i'r gampfa"),  # south
    ("en", "young_person", "change the 2nd one to \"i want to go back to cadets\"", "i want to go back to cadets"),
]


@pytest.mark.parametrize("language, role, said, words", REWORDED_BY_PLACE)
def test_new_words_for_the_item_in_that_place_replace_its_words(language: str, role: str, said: str,
                                                                 words: str) -> None:
    conversation = _at_readback(language, role)
    second = next(n for n, o in readback.numbered_items(conversation.sender_id) if n == 2)
    old = dict(readback.numbered_items(conversation.sender_id))[second].text
    conversation.say(said)
    now = _stored(conversation)
    assert words in now and words in said  # verbatim, without its quotes
    assert old not in now
    assert len(now) == 3  # reworded, nothing else
    assert _text("readback_done", language, role) in conversation.text
    assert conversation.requested == "readback"  # never "which one?" nor the item's choices


@pytest.mark.parametrize("language, said", [
    ("en", "change the second one"),  # no new words: which one / its choices, as before
    ("en", "the first time I went there it was great, change it"),  # a place in a sentence, no item
    ("cy", "newidiwch yr ail un i'r pethau i'w cadw"),  # a group, not new words
])
def test_a_place_without_new_words_rewords_nothing(language: str, said: str) -> None:
    conversation = _at_readback(language, "person")
    texts = set(_stored(conversation))
    conversation.say(said)
    assert set(_stored(conversation)) == texts


# --- BB11: "that one's about mum not me" --------------------------------------------------------------------------------

@pytest.mark.parametrize("language, said", [
    ("en", "{N} - that one's about mum not me"),  # the finding's words, after its number
    ("cy", "rhif {N} - am mam ma hwnna, dim fi"),  # the finding's (north)
    ("cy", "{N}, mae hwnna am Mam, nid fi"),
    ("en", "no {N} its about her, not me"),
    ("cy", "rhif {N} - amdani hi ma hwnna, dim amdana i"),  # south
])
def test_an_item_said_to_be_hers_is_her_view_on_the_list_and_in_the_summary(language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    words = CARER_KEEP[language]
    assert _stored(conversation)[words][2] == "carer"  # (shown "(as you see it)")
    number = number_shown(conversation, words)
    conversation.say(said.replace("{N}", number))
    now = _stored(conversation)
    assert now[words][1:] == ("person", "person")
    assert len(now) == 3
    assert _text("readback_done", language, "carer") in conversation.text
    listed = next(line for line in conversation.text.splitlines() if f"“{words}”" in line)
    assert _text("readback_view_theirs", language, "carer") in listed
    assert label("whose_person_reported", language) in _summary_line(conversation, language, words)
    assert label("whose_carer", language) not in _summary_line(conversation, language, words)


@pytest.mark.parametrize("language, said", [
    ("en", "that one's about mum not me"),  # the finding's words
    ("cy", "am mam ma hwnna, dim fi"),  # the finding's
])
def test_that_one_at_an_items_choices_is_that_item(language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    words = CARER_KEEP[language]
    number = number_shown(conversation, words)
    conversation.say("/choose{\"choice\":\"change\"}", value="change")
    conversation.say(number)
    assert conversation.requested == "readback_action"
    conversation.say(said)
    assert _stored(conversation)[words][1:] == ("person", "person")
    assert _text("readback_done", language, "carer") in conversation.text


@pytest.mark.parametrize("language, added, said", [
    ("en", "you forgot getting to the shops with me on fridays", "that one's about mum not me"),
    ("cy", "chi 'di anghofio mynd i'r siopa efo fi ar ddydd Gwener", "am mam ma hwnna, dim fi"),
])
def test_that_one_after_an_addition_is_what_was_added(language: str, added: str, said: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    conversation.say(added)
    new = next(words for words in _stored(conversation) if words in added)
    assert _stored(conversation)[new][2] == "carer"  # ("with me": the carer's, as the list shows it)
    conversation.say(said)
    assert _stored(conversation)[new][1:] == ("person", "person")
    assert _text("readback_done", language, "carer") in conversation.text


@pytest.mark.parametrize("language, said", [
    ("en", "{N} - that one's about me not mum"),
    ("cy", "rhif {N} - am fi ma hwnna, dim mam"),
])
def test_an_item_said_to_be_the_carers_is_theirs(language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    words = next(w for w in _stored(conversation) if "ffrindia" in w or "friends" in w)
    assert _stored(conversation)[words][2] == "person"
    conversation.say(said.replace("{N}", number_shown(conversation, words)))
    assert _stored(conversation)[words][1:] == ("carer", "carer")
    assert label("whose_carer", language) in _summary_line(conversation, language, words)


@pytest.mark.parametrize("language, said", [
    ("en", "that one's about mum not me"),
    ("cy", "am mam ma hwnna, dim fi"),
])
def test_that_one_with_no_item_meant_changes_nothing_and_says_so(language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    before = _stored(conversation)
    conversation.say(said)
    assert _stored(conversation) == before
    assert _text("readback_noted", language, "carer") in conversation.text  # never "Sorry, I didn't catch that"
    assert _text("readback_unclear", language, "carer") not in conversation.text


def test_about_it_reads_both_ways_and_nothing_else() -> None:
    assert readback._about_it("that one's about mum not me") == "person"
    assert readback._about_it("am mam ma hwnna, dim fi") == "person"
    assert readback._about_it("amdani hi ma hwnna, dim amdana i") == "person"
    assert readback._about_it("that ones about me not mum") == "carer"
    assert readback._about_it("am fi ma hwnna, dim mam") == "carer"
    for text in ("thats about the garden not the house", "that's about right", "mae hwnna am y capel",
                 "am mam ma hwnna, dim am dad"):
        assert readback._about_it(text) is None, text


# --- "2 - dont take it out, its right" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, role, said", [
    ("en", "young_person", "{N} - dont take it out, its right"),  # the finding's words
    ("cy", "person", "rhif {N} - gadwch o, mae'n iawn"),  # the finding's (north)
    ("cy", "young_person", "rhif {N} - paid tynnu fe mas, mae'n iawn"),  # south
    ("en", "person", "leave {N} as it is please"),
    ("cy", "person", "mae {N} yn iawn, peidiwch â'i newid"),
    ("en", "person", "number {N}'s fine ta"),
])
def test_an_item_said_to_be_right_is_left_and_that_is_said(language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    before = _stored(conversation)
    number = number_shown(conversation, KEEP[language])
    conversation.say(said.replace("{N}", number))
    assert _stored(conversation) == before
    assert _text("readback_left_one", language, role, numbers=_number(language, role, number)) in conversation.text
    assert _text("readback_unclear", language, role) not in conversation.text
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language, said", [
    ("en", "{N} is not right"),
    ("cy", "dydi rhif {N} ddim yn iawn"),
    ("en", "{N} is right about the dog but take out the rest"),
    ("en", "take {N} out, its not right"),
])
def test_an_item_said_not_to_be_right_is_not_said_to_be_left(language: str, said: str) -> None:
    conversation = _at_readback(language, "person")
    number = number_shown(conversation, KEEP[language])
    conversation.say(said.replace("{N}", number))
    assert _text("readback_left_one", language, numbers=_number(language, "person", number)) \
        not in conversation.text


def test_both_left_messages_in_every_register() -> None:
    for key in ("readback_left_one", "readback_left_several"):
        for language, role in (("en", "person"), ("en", "young_person"), ("cy", "person"), ("cy", "young_person")):
            said = _text(key, language, role, numbers="X")
            assert "X" in said and "{" not in said


# --- one thank-you at the end ----------------------------------------------------------------------------------------------

def _sent(language: str, role: str) -> MemoryConversation:
    conversation = _at_readback(language, role)
    conversation.say("/choose{\"choice\":\"confirm\"}", value="confirm")
    assert conversation.requested is None
    steering.finish(MemoryTurn(conversation, "/choose{\"choice\":\"confirm\"}"))  # as action_finish
    return conversation


@pytest.mark.parametrize("language, role, said", [
    ("en", "person", "thank you"),
    ("en", "young_person", "thanks so much for your help, bye x"),
    ("cy", "person", "diolch"),
    ("cy", "person", "diolch yn fawr iawn am eich help chi"),
    ("cy", "young_person", "diolch am bopeth, hwyl"),  # south/north alike
])
def test_thanks_after_sending_gets_a_welcome_not_a_second_thank_you(language: str, role: str, said: str) -> None:
    conversation = _sent(language, role)
    mark = len(conversation.said)
    steering.route(MemoryTurn(conversation, said))
    reply = "\n".join(m.text for m in conversation.said[mark:])
    assert reply == _text("finished_thanked", language, role)
    assert not reply.lower().startswith(("thank", "diolch")) and "thank" not in reply.lower()
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert said not in [a.text for a in conv.answers]  # their thanks is no news for the worker


@pytest.mark.parametrize("language, said", [
    ("en", "thanks. my mum went into hospital last night"),
    ("cy", "diolch, ond mae mam yn yr ysbyty rwan"),
])
def test_news_after_sending_with_thanks_is_still_kept(language: str, said: str) -> None:
    conversation = _sent(language, "person")
    mark = len(conversation.said)
    steering.route(MemoryTurn(conversation, said))
    assert _text("finished_kept", language) in "\n".join(m.text for m in conversation.said[mark:])


@pytest.mark.parametrize("text, thanks", [
    ("thank you", True), ("cheers ta ra", True), ("Diolch yn fawr x", True),
    ("thanks, will someone ring me?", False), ("thank you, she also likes her garden", False), ("ok", False),
    ("bye", False),
])
def test_only_thanks(text: str, thanks: bool) -> None:
    assert only_thanks(text, goodbye=True) is thanks


@pytest.mark.parametrize("language, role, said", [
    ("cy", "person", "diolch"),
    ("en", "person", "no thank you"),
    ("cy", "young_person", "na diolch yn fawr"),
    ("en", "young_person", "thanks x"),
])
def test_thanks_at_what_to_add_adds_nothing_and_no_thank_you_is_said(language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    before = _stored(conversation)
    conversation.say("/choose{\"choice\":\"add\"}", value="add")
    assert conversation.requested == "readback_text"
    conversation.say(said)
    assert _stored(conversation) == before
    assert _text("readback_nothing_added", language, role) in conversation.text
    assert _text("readback_added", language, role) not in conversation.text  # never "Thank you, I've added that."


@pytest.mark.parametrize("language, said, added", [
    ("en", "thank you, she also likes her garden", "she also likes her garden"),
    ("cy", "diolch, dwi isio mynd i nofio bob wythnos", "dwi isio mynd i nofio bob wythnos"),
])
def test_thanks_with_something_to_add_still_adds_it(language: str, said: str, added: str) -> None:
    conversation = _at_readback(language, "person")
    conversation.say("/choose{\"choice\":\"add\"}", value="add")
    conversation.say(said)
    assert any(added in words for words in _stored(conversation))
    assert _text("readback_added", language) in conversation.text


# --- Review 48 (S4, M2): what happened to them is no wish forgotten; "2 is right" beside a new wish is not "all done" --

@pytest.mark.parametrize("language, role, said", [
    ("en", "young_person", "u forgot getting hit by my stepdad every night"),
    ("en", "carer", "you forgot falling down the stairs twice last week"),
    ("en", "young_person", "u forgot being scared all the time"),
])
def test_harm_told_after_you_forgot_is_no_wish(language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    before = _stored(conversation)
    conversation.say(said)
    assert not [words for words in _stored(conversation) if words not in before and words in said]


@pytest.mark.parametrize("language, said", [
    ("en", "{N} is right, and she also wants to see her sister every sunday"),
    ("cy", "mae {N} yn iawn, a mae hi isio gweld ei chwaer bob dydd Sul hefyd"),
])
def test_an_item_said_to_be_right_beside_a_new_wish_is_not_said_to_be_all_done(language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", CARER_ANSWERS[language])
    number = number_shown(conversation, CARER_KEEP[language])
    conversation.say(said.replace("{N}", number))
    assert _text("readback_left_one", language, "carer", numbers=_number(language, "carer", number)) \
        not in conversation.text
