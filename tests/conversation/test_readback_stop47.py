"""The read-back's corrections (stop 47: trial 46 BA10, BA11, BA19, BA20 in /work/notes/s46/trial46_report.md, and the
stop-46 review's M4, M5), through the conversation core, in Welsh (north, south, text-speak, no accents; "chi", and
"ti" for a young person), English and a learner's mixed sentence. The trial's words are fixtures; each family has a
phrasing in no benchmark file too.

BA10/M4. "u missed / you forgot / ti 'di anghofio / nest ti anghofio / anghofiaist ti" with no "that": the wish said
         with it is added verbatim ("i want to go to sleepovers", "i like football"); a bare thing after a removal
         ("you forgot my allotment") gets the how-to-add line, never silence.
BA11.    "ma rhif 3 dan y grŵp anghywir, sut dwi isio'r help ydi hynna" regroups; "Rhif 7 - … Tynnwch e allan plis"
         removes 7; "14 and 15 are about Rhys not me" files them about Rhys.
M5.      "number 2 is wrong, thats not a keep. change it to '…'" rewords 2 (never takes it off).
BA19.    A move and a removal in one message: both said.
BA20.    An addition typed at "Is this right?" is "In answer to" that question, also when the form has filled the slot
         with the typed words (as Rasa does).
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation import readback
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, answer_until_readback, number_shown, started_with_record

_senders = itertools.count(1)

#: A list of three: a change, a keep, a how-to-support item, in each language.
ANSWERS = {
    "en": {"q_keep": "going to football on Saturdays", "q_change": "I want to see my dad more",
           "q_support": "text me, don't ring"},
    "cy": {"q_keep": "mynd i bel droed ar ddydd Sadwrn", "q_change": "dwi isio gweld dad yn amlach",
           "q_support": "tecstiwch fi, peidiwch ffonio"},
}
KEEP = {lang: answers["q_keep"] for lang, answers in ANSWERS.items()}
CHANGE = {lang: answers["q_change"] for lang, answers in ANSWERS.items()}
SUPPORT = {lang: answers["q_support"] for lang, answers in ANSWERS.items()}


def _at_readback(language: str, role: str, answers: dict[str, str] | None = None) -> MemoryConversation:
    name = {"carer": "Mark", "person": "Glyn", "young_person": "Ffion"}[role]
    conversation = started_with_record(f"readback47-{next(_senders)}", language, role=role, name=name)
    if role == "carer":
        conversation.slots.update({"cared_for_name": "Rhys", "relationship": "son" if language == "en" else "mab"})
        repository.update_conversation(conversation.sender_id, cared_for_name="Rhys")
    return answer_until_readback(conversation, answers if answers is not None else ANSWERS[language])


def _listed(conversation: MemoryConversation) -> list[tuple[str, str]]:
    """(words, type) of every item now on the read-back's list."""
    return [(o.text, o.type) for _, o in readback.numbered_items(conversation.sender_id)]


def _register(role: str) -> str:
    return "ti" if role == "young_person" else "chi"


def _text(key: str, language: str, role: str = "person", **values: str) -> str:
    return messages.render(key, language, _register(role), "carer" if role == "carer" else None, **values).text


def _number(language: str, role: str, number: str) -> str:
    return _text("readback_number", language, role, number=number)


# --- BA10 / M4: "you forgot" with no "that" -----------------------------------------------------------------------------

#: (language, role, the reply with N for the keep item, the wish added verbatim)
FORGOT_WITH_A_WISH = [
    ("en", "young_person", "take out {N} its the same as 1. and u missed sleepovers, i want to go to sleepovers",
     "i want to go to sleepovers"),  # the trial's words (Ffion)
    ("en", "young_person", "take out {N} lol and u forgot i like football", "i like football"),  # the review's (M4)
    ("en", "person", "get rid of {N} please, also you forgot horse riding, I really want to do horse riding again",
     "I really want to do horse riding again"),
    ("cy", "young_person", "tynna {N} mas. ti 'di anghofio fi moyn mynd i'r gampfa", "fi moyn mynd i'r gampfa"),  # south
    ("cy", "person", "tynnwch rif {N} allan. nest ti anghofio dwi isio mynd i'r capel", "dwi isio mynd i'r capel"),
    ("cy", "young_person", "dilea {N}. anghofiaist ti, dwi'n licio nofio efo Nain", "dwi'n licio nofio efo Nain"),
]


@pytest.mark.parametrize("language, role, said, added", FORGOT_WITH_A_WISH)
def test_forgot_without_that_adds_the_wish_said_with_it(sqlite_url: str, language: str, role: str, said: str,
                                                        added: str) -> None:
    conversation = _at_readback(language, role)
    number = number_shown(conversation, KEEP[language])
    conversation.said.clear()
    conversation.say(said.replace("{N}", number))
    listed = [words for words, _ in _listed(conversation)]
    assert KEEP[language] not in listed  # taken out
    assert added in listed and added in said  # added, verbatim
    assert CHANGE[language] in listed and SUPPORT[language] in listed  # "the same as 1" named no other to go
    assert len(listed) == 3
    assert _text("readback_removed_and_added", language, role, numbers=_number(language, role, number)) \
        in conversation.text
    assert _text("readback_how_to_add", language, role) not in conversation.text


#: A bare thing said to be missing, after a removal: the removal said, and how to add it (M4: "OK, I've taken that
#: out." and nothing more).
FORGOT_A_THING = [
    ("en", "person", "take out {N}, and you forgot my allotment"),  # the review's words
    ("en", "young_person", "bin {N} lol u forgot netball"),
    ("cy", "young_person", "tynna {N} allan. ti di anghofio pel droed"),  # the review's words
    ("cy", "person", "tynnwch {N} mas plis, chi wedi anghofio'r clwb bowls"),  # south
]


@pytest.mark.parametrize("language, role, said", FORGOT_A_THING)
def test_a_thing_forgotten_after_a_removal_gets_how_to_add_it(sqlite_url: str, language: str, role: str,
                                                              said: str) -> None:
    conversation = _at_readback(language, role)
    conversation.said.clear()
    conversation.say(said.replace("{N}", number_shown(conversation, KEEP[language])))
    listed = [words for words, _ in _listed(conversation)]
    assert listed == [CHANGE[language], SUPPORT[language]]  # taken out; nothing invented
    assert _text("readback_removed", language, role) in conversation.text
    assert _text("readback_how_to_add", language, role) in conversation.text  # never dropped without a word


@pytest.mark.parametrize("language, role, said, added", [
    ("en", "young_person", "u forgot the sleepovers??", None),  # the trial's words: how to add it
    ("cy", "young_person", "nest ti anghofio'r gwersi nofio", None),  # the task's words
    ("cy", "person", "wnest ti anghofio'r capel", None),
    ("cy", "young_person", "nest ti anghofio, dwi isio gwersi nofio", "dwi isio gwersi nofio"),
    ("en", "young_person", "u forgot i want to go to sleepovers", "i want to go to sleepovers"),
])
def test_forgot_alone_adds_a_wish_or_says_how_to_add(sqlite_url: str, language: str, role: str, said: str,
                                                     added: str | None) -> None:
    conversation = _at_readback(language, role)
    before = _listed(conversation)
    conversation.said.clear()
    conversation.say(said)
    listed = [words for words, _ in _listed(conversation)]
    if added is None:
        assert _listed(conversation) == before
        assert _text("readback_how_to_add", language, role) in conversation.text
    else:
        assert added in listed and added in said and len(listed) == len(before) + 1
        assert _text("readback_added", language, role) in conversation.text
    assert conversation.requested == "readback"


@pytest.mark.parametrize("text, outcome", [
    ("u missed sleepovers, i want to go to sleepovers", "i want to go to sleepovers"),
    ("take out 2 lol and u forgot i like football", "i like football"),
    ("you forgot he likes his tea strong", "he likes his tea strong"),
    ("anghofiaist ti fi moyn mynd i'r gampfa", "fi moyn mynd i'r gampfa"),
    ("ti 'di anghofio mae hi isio aros adra.", "mae hi isio aros adra."),
])
def test_the_wish_after_forgot_is_read_verbatim(text: str, outcome: str) -> None:
    told = readback.missed_that_told(text)
    assert told is not None
    assert told[0].text == outcome == text[told[0].start:told[0].end]


@pytest.mark.parametrize("text", ["you forgot the dog", "u forgot the sleepovers??", "ti 'di anghofio pel droed",
                                  "tynna 2 allan. ti di anghofio pel droed", "you forgot 3, take it out",
                                  "you forgot my garden. and 3 is wrong, i want to see my nan"])
def test_a_bare_thing_or_a_numbered_instruction_is_no_wish_forgotten(text: str) -> None:
    assert readback.missed_that_told(text) is None


# --- BA11: Welsh and mixed-language corrections ------------------------------------------------------------------------

#: (language, the reply with N, the item's words before, the group it goes to)
REGROUPED = [
    ("cy", "ma rhif {N} dan y grŵp anghywir, sut dwi isio'r help ydi hynna", "keep", "process"),  # the trial's (Gwen)
    ("cy", "mae rhif {N} o dan y grŵp anghywir, pethau i'w cadw ydi o", "change", "maintenance"),  # the stop-45 model
    ("cy", "mae rhif {N} o dan y grwp anghywir, sut dw i moyn help yw e", "keep", "process"),  # south, no accents
    ("cy", "rhif {N} yn y grwp rong, newid dwi isio", "keep", "change"),  # text-speak
    ("en", "number {N} is in the wrong group, it's how to talk to me", "keep", "process"),
    ("en", "{N} is how to talk to me, not a change", "change", "process"),  # the trial's (Glyn)
    ("en", "{N}'s under the wrong heading, it's under keep but should be change", "keep", "change"),
]
_GROUP_OF = {"keep": "maintenance", "change": "change"}


@pytest.mark.parametrize("language, said, source, group", REGROUPED)
def test_a_wrong_group_with_a_group_named_moves_the_item(sqlite_url: str, language: str, said: str, source: str,
                                                         group: str) -> None:
    conversation = _at_readback(language, "person")
    words = KEEP[language] if source == "keep" else CHANGE[language]
    assert (words, _GROUP_OF[source]) in _listed(conversation)
    conversation.said.clear()
    conversation.say(said.replace("{N}", number_shown(conversation, words)))
    listed = _listed(conversation)
    assert (words, group) in listed  # moved, its words as they were
    assert len(listed) == 3  # nothing added, nothing taken out
    assert _text("readback_done", language) in conversation.text


@pytest.mark.parametrize("language, said", [
    ("cy", "mae rhif {N} o dan y grŵp anghywir, pethau i'w cadw ydi o"),  # already a keep: nothing to move it to
    ("en", "number {N} is in the wrong group"),  # no group named
    ("en", "{N} is how I feel about it"),  # no group at all
])
def test_a_wrong_group_naming_no_other_moves_nothing(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at_readback(language, "person")
    before = _listed(conversation)
    conversation.say(said.replace("{N}", number_shown(conversation, KEEP[language])))
    assert _listed(conversation) == before


@pytest.mark.parametrize("language, role, said", [
    ("en", "carer", "Rhif {N} - that's the theft, definitely not something to keep! Tynnwch e allan plis"),  # Mark's
    ("cy", "carer", "Rhif {N} - y lladrad oedd hwnna, dim byd i'w gadw! Tynnwch e mas plis"),
    ("cy", "young_person", "rhif {N}, dim fi oedd hwnna. dilea fo"),  # north, text-speak
    ("en", "person", "number {N} - that was my neighbour, not me. Take it out please."),
])
def test_a_number_first_and_its_removal_after_is_done(sqlite_url: str, language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    conversation.said.clear()
    conversation.say(said.replace("{N}", number_shown(conversation, KEEP[language])))
    listed = [words for words, _ in _listed(conversation)]
    assert KEEP[language] not in listed
    assert sorted(listed) == sorted([CHANGE[language], SUPPORT[language]])
    assert _text("readback_removed", language, role) in conversation.text


CARER_OWN = {"en": {"q_carer_own": "Speak slowly to him", "q_carer_support": "use simple words with him"},
             "cy": {"q_carer_own": "Siaradwch yn araf efo fo", "q_carer_support": "defnyddiwch eiriau syml efo fo"}}


@pytest.mark.parametrize("language, said", [
    ("en", "and {A} and {B} are about Rhys not me"),  # the trial's words (Mark)
    ("cy", "mae {A} a {B} am Rhys nid fi"),  # the task's words
    ("cy", "ma {A} a {B} amdano fe, dim amdana i"),  # south
    ("en", "{A} and {B} r about him not me"),
])
def test_items_said_to_be_about_the_person_are_filed_so(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", {"q_keep": KEEP[language], **CARER_OWN[language]})
    own = list(CARER_OWN[language].values())
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        about = {o.text: o.about for o in conv.outcomes if not o.removed}
    assert all(about.get(words) == "carer" for words in own)  # (as the trial listed them: under "about you")
    a, b = (number_shown(conversation, words) for words in own)
    conversation.said.clear()
    conversation.say(said.replace("{A}", a).replace("{B}", b))
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        now = {o.text: (o.about, o.whose_view) for o in conv.outcomes if not o.removed}
    assert all(now[words] == ("person", "person") for words in own)  # Rhys's, as his father passes it on
    assert now[KEEP[language]][0] == "person"  # the rest as it was
    assert len(now) == 3
    assert _text("readback_done", language, "carer") in conversation.text
    listing = conversation.said[-2].text
    heading = _text("readback_about_carer", language, "carer").upper()
    assert heading not in listing  # nothing left about the carer


def test_about_whom_reads_both_ways() -> None:
    assert readback._about_whom("and 14 and 15 are about Rhys not me") == {14: "person", 15: "person"}
    assert readback._about_whom("mae 14 a 15 am Rhys nid fi") == {14: "person", 15: "person"}
    assert readback._about_whom("3 is about me, not Mum") == {3: "carer"}
    assert readback._about_whom("ma 3 amdana i nid amdano fe") == {3: "carer"}
    assert readback._about_whom("3 is about the garden not the house") == {}


# --- M5: the instruction after a judged group is done --------------------------------------------------------------------

REWORDED = [
    ("en", "number {N} is wrong, thats not a keep. change it to 'i want to walk more'", "i want to walk more"),  # M5
    ("cy", "Mae rhif {N} yn anghywir: nid rhywbeth i'w gadw yw hynny. Newidiwch o i 'dwi isio cerdded mwy'.",
     "dwi isio cerdded mwy"),  # M5
    ("cy", "rhif {N} di rong, dim i gadw. newidia fo i dwi isio mynd i nofio", "dwi isio mynd i nofio"),  # north
    ("en", "{N} is wrong - not something to keep. it should say I want to get a job", "I want to get a job"),
]


@pytest.mark.parametrize("language, said, words", REWORDED)
def test_new_words_after_a_judged_group_reword_the_item(sqlite_url: str, language: str, said: str,
                                                        words: str) -> None:
    conversation = _at_readback(language, "person")
    conversation.said.clear()
    conversation.say(said.replace("{N}", number_shown(conversation, KEEP[language])))
    listed = [w for w, _ in _listed(conversation)]
    assert words in listed and words in said  # the new words, verbatim, without their quotes
    assert KEEP[language] not in listed
    assert len(listed) == 3  # reworded, not taken off
    assert _text("readback_done", language) in conversation.text
    number = str(len(listed))  # (any number: the words "taken off the list, as it isn't something you want")
    assert _text("readback_taken_off", language, number=number).split(number)[1] not in conversation.text


@pytest.mark.parametrize("language, said, group", [
    ("en", "number {N} is wrong, thats not a keep. put it under how i'm supported", "process"),
    ("cy", "Mae rhif {N} yn anghywir, nid rhywbeth i'w gadw. Symudwch o i'r pethau i'w newid.", "change"),
])
def test_a_move_after_a_judged_group_moves_the_item(sqlite_url: str, language: str, said: str, group: str) -> None:
    conversation = _at_readback(language, "person")
    conversation.say(said.replace("{N}", number_shown(conversation, KEEP[language])))
    assert (KEEP[language], group) in _listed(conversation)
    assert len(_listed(conversation)) == 3


# --- BA19: a move and a removal, both said -----------------------------------------------------------------------------

@pytest.mark.parametrize("language, role, said", [
    ("en", "person", "{A} should be under keep, and take out {B}"),
    ("cy", "person", "symudwch rif {A} i'r pethau i'w cadw plis, a tynnwch rif {B} allan"),
    ("cy", "young_person", "symud rhif {A} i cadw a tynnu rhif {B} mas"),  # south, text-speak
    ("en", "young_person", "move {A} to keep, and get rid of {B}"),
])
def test_a_move_and_a_removal_are_both_said(sqlite_url: str, language: str, role: str, said: str) -> None:
    conversation = _at_readback(language, role)
    a, b = number_shown(conversation, CHANGE[language]), number_shown(conversation, SUPPORT[language])
    conversation.said.clear()
    conversation.say(said.replace("{A}", a).replace("{B}", b))
    assert (CHANGE[language], "maintenance") in _listed(conversation)
    assert SUPPORT[language] not in [words for words, _ in _listed(conversation)]
    group = _text("readback_group_maintenance", language, role)
    moved = _text("readback_moved_to", language, role, number=_number(language, role, a), group=group)
    both = _text("readback_moved_and_removed", language, role, moved=moved, removed=_number(language, role, b))
    assert both in conversation.text
    assert both.startswith(_text("readback_done", language, role))  # the words said before, then both parts


def test_both_parts_are_said_in_both_languages() -> None:
    for language in ("en", "cy"):
        for register in ("chi", "ti"):
            said = messages.render("readback_moved_and_removed", language, register, None, moved="X",
                                   removed="Y").text
            assert "X" in said and "Y" in said


# --- BA20: "In answer to" is the question really asked -----------------------------------------------------------------

@pytest.mark.parametrize("language, role, said, added", [
    ("en", "young_person", "u missed sleepovers, i want to go to sleepovers", "i want to go to sleepovers"),
    ("cy", "person", "dach chi di colli bod fi isio mynd i'r capel bob Sul", "fi isio mynd i'r capel bob Sul"),
    ("en", "carer", "take out {N}. you missed that he needs someone with him when he eats",
     "he needs someone with him when he eats"),  # the trial's shape (Sian)
])
def test_an_addition_at_is_this_right_answers_that_question(sqlite_url: str, language: str, role: str, said: str,
                                                            added: str) -> None:
    conversation = _at_readback(language, role)
    said = said.replace("{N}", number_shown(conversation, KEEP[language]))
    conversation.slots["readback"] = said  # as Rasa's form fills the slot with the typed words before reading them
    conversation.say(said)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert added in [o.text for o in conv.outcomes if not o.removed]
        asked = next(a.question_text for a in conv.answers if a.text == said)
    assert asked == _text("readback", language, role)  # "Is this right?", never "What would you like to add?"
