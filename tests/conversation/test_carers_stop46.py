"""Stop 46 (the twenty-second trial's AZ13, AZ14, AZ19 in /work/notes/s45/trial45_report.md): what a carer or a young
carer told us, read as they meant it, in Welsh (north, south, text-speak) and English. The words are fictional; the
trial's own come first, then phrasings in no benchmark file.

AZ13. "Knock loud." after "…come to the door." was lost as too short ("Cnociwch yn uchel." was kept); hearing, sight,
      lip-reading and knocking loud are named as access needs (bot.analysis.controls.names_an_access_need).
AZ14. A list led by "What matters to her is …" / "beth sy'n bwysig iddi hi ydi …" is the person's view at every item;
      an "a'r …" / "And …" sentence going on from "ma fe'n dwlu ar …" / "He loves …" is theirs too.
AZ19. "diwrnod da ydi pan … a dim rhaid i fi sbio ar ol osian" (a good day is when … and I don't have to…) is a keep,
      kept whole: "not having to" is no word asking for a change.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.controls import names_an_access_need
from bot.analysis.outcomes import sort_outcomes_many
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, skipped_to

_senders = itertools.count(1)


def _outcomes(text: str, question: str) -> list[tuple[str, str]]:
    return [(span.text, span.type) for span in sort_outcomes_many([(text, question)])[0][2]]


def _whose(conversation: MemoryConversation) -> dict[str, str | None]:
    """words -> whose view, of every outcome stored."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return {o.text: o.whose_view for o in conv.outcomes}


# --- AZ19: a good day, with what they don't have to do -----------------------------------------------------------------

GOOD_DAYS = [
    # the trial's (north, text-speak, young carer)
    "diwrnod da ydi pan dwi cal mynd allan efo ffrindia fi ar ol ysgol a dim rhaid i fi sbio ar ol osian",
    # south, and English, in no benchmark file
    "diwrnod da yw pan wi'n cal mynd i'r dre gyda'n ffrindie a sdim rhaid i fi neud swper i mam",
    "diwrnod da ydi pan dwi'n cael chwarae pel-droed a heb orfod codi'n gynnar",
    "a good day is when i get to go out with my mates after school and dont have to look after osian",
    "a good day is when I get to the park and don't have to do the shopping",
]


@pytest.mark.parametrize("text", GOOD_DAYS)
@pytest.mark.parametrize("question", ["q_what_matters", "q_carer_own"])
def test_a_good_day_with_not_having_to_is_kept_whole(text: str, question: str) -> None:
    assert _outcomes(text, question) == [(text, "maintenance")]


@pytest.mark.parametrize("text", ["a good day would be when i get more help", "diwrnod da fasa cael mwy o help"])
def test_a_good_day_asking_for_more_is_not_kept_as_it_is(text: str) -> None:
    assert (text, "maintenance") not in _outcomes(text, "q_what_matters")


# --- AZ13: knock loud, hearing and sight -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, knock", [
    ("No phone calls, I can't hear them. Write to me or come to the door. Knock loud.", "Knock loud."),  # the trial's
    ("Text first. Knock hard, I'm deaf.", "Knock hard, I'm deaf."),
    ("Dim galwadau ffôn, dw i ddim yn eu clywed nhw. Sgwennwch ata i neu dewch at y drws. Cnociwch yn uchel.",
     "Cnociwch yn uchel."),
    ("Dewch at y drws cefn. Curwch yn uchel.", "Curwch yn uchel."),
])
def test_knocking_loud_is_how_they_want_support(text: str, knock: str) -> None:
    assert (knock, "process") in _outcomes(text, "q_support")


ACCESS_NEEDS = [
    "I'm hard of hearing too, I have two hearing aids but they whistle", "No phone calls, I can't hear them",
    "Speak slowly and face me so I can see your lips.", "Knock loud.", "im partially sighted, big print plz",
    "i cant hear the door if the telly is on",
    "dw i'n drwm fy nghlyw", "mae gen i declyn clyw", "nid wyf yn gweld yn dda", "dw i'n darllen gwefusau",
    "cnociwch yn uchel", "sai'n clywed y drws", "dwi methu gweld yn dda iawn", "ma clyw fi yn wael",
    "Dim galwadau ffôn, dw i ddim yn eu clywed nhw.",
]
NOT_ACCESS_NEEDS = [
    "I love my garden", "I can see my grandchildren on sundays", "I dont hear from my son much", "Ring me first",
    "dw i ddim yn gweld fy ffrindia", "dw i ddim yn gweld bai arni", "dwi'm yn clywed gan y cyngor",
]


@pytest.mark.parametrize("text", ACCESS_NEEDS)
def test_hearing_sight_and_meeting_them_are_access_needs(text: str) -> None:
    assert names_an_access_need(text)


@pytest.mark.parametrize("text", NOT_ACCESS_NEEDS)
def test_seeing_people_and_hearing_from_them_are_not(text: str) -> None:
    assert not names_an_access_need(text)


# --- AZ14: whose view over a list --------------------------------------------------------------------------------------

#: (language, question, answer, the items that are the person's view as passed on)
LISTS = [
    ("en", "q_what_matters",
     "She can't walk now and her speech is going. What matters to her is being at home with me and the dog, seeing "
     "the grandchildren on a Sunday, and her garden even if she can only look at it from the window now.",
     ["being at home with me and the dog", "seeing the grandchildren on a Sunday"]),
    ("cy", "q_keep",
     "o diar. ok. ma fe'n dwlu ar y gwaith yn y caffi yn y farchnad dydd llun a dydd iau, ma fe moyn cadw hwnna. a'r "
     "clwb bowlio nos wener gyda'i ffrindie",
     ["a'r clwb bowlio nos wener gyda'i ffrindie"]),
    ("cy", "q_what_matters",
     "Beth sy'n bwysig iddi hi ydi bod adra efo fi a'r ci, gweld yr wyrion ar ddydd Sul, a'i gardd.",
     ["bod adra efo fi a'r ci"]),
    ("en", "q_keep", "He loves his job at the garden centre on Tuesdays. And his darts on a Friday night with his mates.",
     ["He loves his job at the garden centre on Tuesdays.", "his darts on a Friday night with his mates."]),
]


@pytest.mark.parametrize("language, question, answer, theirs", LISTS)
def test_a_list_of_theirs_is_their_view_at_every_item(sqlite_url: str, language: str, question: str, answer: str,
                                                      theirs: list[str]) -> None:
    conversation = skipped_to(f"carers46-list-{next(_senders)}", language, "carer", question)
    conversation.say(answer)
    whose = _whose(conversation)
    assert whose, answer
    for words in theirs:
        assert whose.get(words) == "person", whose
    assert all(view == "person" for view in whose.values()), whose  # no item of the list is the carer's own


@pytest.mark.parametrize("language, answer, own", [
    ("en", "What matters to her is being at home. I need a break though, and I want more sleep.", "I want more sleep."),
    ("cy", "Beth sy'n bwysig iddi hi ydi bod adra. Ond dw i angen seibiant, a dw i isio mwy o gwsg.",
     "dw i isio mwy o gwsg."),
])
def test_the_carers_own_wish_after_it_stays_theirs(sqlite_url: str, language: str, answer: str, own: str) -> None:
    conversation = skipped_to(f"carers46-own-{next(_senders)}", language, "carer", "q_what_matters")
    conversation.say(answer)
    whose = _whose(conversation)
    assert any(view == "carer" for words, view in whose.items() if own.rstrip(".") in words), whose


# --- AZ12: the carer's own strain, heard at the line that says it -----------------------------------------------------

def _concerns(conversation: MemoryConversation) -> list[tuple[str, tuple[str, ...]]]:
    """(words, categories) of every concern flag stored."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(f.text, tuple(c for c in f.categories.split(",") if c)) for f in conv.risk_flags if f.level == "concern"]


#: (language, the strain line at "what matters to you, in your own life?", the request at "what would help you?")
STRAIN = [
    ("en", "I don't sleep much, I listen for her at night", "A sitter one night a week so I can sleep."),  # the trial's
    ("en", "Im 64 and my back is going from the lifting", "A sitter one night a week so I can sleep."),  # the trial's
    ("en", "i hardly get any sleep these days, i listen out for him all night", "someone to sit with him on a friday"),
    ("cy", "Sai'n cysgu lot, dwi'n gwrando amdani drwy'r nos", "Rhywun i eistedd gyda hi un noson yr wythnos i fi gael cysgu."),
    ("cy", "ma nghefn i'n mynd a dw i prin yn cysgu", "Rhywun i aros efo fo nos Wener i fi gael cysgu."),
]


@pytest.mark.parametrize("language, strain, asked_for", STRAIN)
def test_the_carers_strain_is_the_concern_and_the_request_is_not(sqlite_url: str, language: str, strain: str,
                                                                 asked_for: str) -> None:
    conversation = skipped_to(f"carers46-strain-{next(_senders)}", language, "carer", "q_carer_own")
    conversation.say(strain)
    heard = {"en": ("It sounds like a lot to carry", "Thank you for telling me"),
             "cy": ("Mae'n swnio fel llawer i'w gario", "Diolch am ddweud hynny wrtha i")}[language]
    assert any(words in conversation.text for words in heard), conversation.text  # heard at the line that says it
    assert conversation.requested == "q_carer_support"
    conversation.say(asked_for)
    assert heard[0] not in conversation.text  # once
    assert _concerns(conversation) == [(strain, ("carer_strain",))]  # the strain quoted, not the request


@pytest.mark.parametrize("language, words", [("en", "I don't sleep much, I listen for her at night"),
                                             ("cy", "Sai'n cysgu lot, dwi'n gwrando amdani drwy'r nos")])
def test_the_same_words_from_a_person_about_their_own_life_are_no_strain(sqlite_url: str, language: str,
                                                                         words: str) -> None:
    conversation = skipped_to(f"carers46-person-{next(_senders)}", language, "person", "q_what_matters")
    conversation.say(words)
    assert not any("carer_strain" in categories for _w, categories in _concerns(conversation))


@pytest.mark.parametrize("words", ["fi wedi blino'n lân", "dw i wedi blino'n lân"])
def test_a_welsh_carers_exhaustion_is_strain_not_low_mood(sqlite_url: str, words: str) -> None:
    conversation = skipped_to(f"carers46-tired-{next(_senders)}", "cy", "carer", "q_carer_own")
    conversation.say(words)
    assert _concerns(conversation) == [(words, ("carer_strain",))]  # as English "I'm exhausted" is
    assert "Mae'n swnio fel llawer i'w gario" in conversation.text
