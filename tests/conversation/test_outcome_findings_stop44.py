"""Whole conversations (stop 44, the trial's outcome findings): what is stored for the practitioner to read, said at
the question the trial's writers said it at, in both languages (tests/analysis/test_outcome_findings_stop44.py has
the sorter's families).

AX6.  a carer's long answer at "what goes well?" ending in her refusal of a home, as she said it once: her keep, her
      view as her son passed it on (it was no outcome).
AX7.  a thing lost at the carer's own question is no keep ("I've had to give it up").
AX8.  "I need a break." inside the carer's own answer is a change outcome of theirs (it was only a carer-strain
      concern: the words are also the "stop" control).
AX10. the chapel and the comfort of the hymns are keeps; "nid oes angen llawer" and "nid wyf am fod yn faich ar neb"
      are no outcome (they were changes).
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, skipped_to


def _sender(*parts: object) -> str:
    return "mem-findings44-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _stored(conversation: MemoryConversation) -> list[tuple[str, str, str | None, str | None]]:
    """(words, type, whose view, about) of every outcome stored, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(o.text, o.type, o.whose_view, o.about) for o in conv.outcomes]


BREAK = {
    "en": ("honestly? I need a break. sai di cael wythnos off ers blynyddoedd.", "I need a break."),  # the trial's
    "cy": ("a dweud y gwir dw i angen brêc. dw i heb gael wythnos i ffwrdd ers blynyddoedd.", "dw i angen brêc."),
}


@pytest.mark.parametrize("language", list(BREAK))
def test_a_break_in_the_carers_own_answer_is_their_change(sqlite_url: str, language: str) -> None:
    text, wish = BREAK[language]
    conversation = skipped_to(_sender("ax8", language), language, "carer", "q_carer_own")
    conversation.say(text)
    assert any(wish in w and (t, v, a) == ("change", "carer", "carer") for w, t, v, a in _stored(conversation))


CHOIR = {
    "en": "and my choir on a Tuesday night, I've had to give it up, I'd love to go back to the choir",  # the trial's
    "cy": "a'r côr ar nos Fawrth, dw i wedi gorfod rhoi'r gorau iddo fo, mi faswn i wrth fy modd mynd nôl i'r côr",
}


@pytest.mark.parametrize("language", list(CHOIR))
def test_a_thing_lost_at_the_carers_question_is_no_keep(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("ax7", language), language, "carer", "q_carer_own")
    conversation.say(CHOIR[language])
    stored = _stored(conversation)
    assert stored and all(t == "change" for _w, t, _v, _a in stored), stored
    # the loss is no outcome of its own: it is the wish's story, or not kept apart from it
    assert not any(w.rstrip(" ,.").endswith(("iddo fo", "give it up")) for w, _t, _v, _a in stored), stored


HOME = {
    "cy": ("Dw i'n dod draw bob dydd ar ôl gwaith i neud swper iddi, a ma'r gofalwyr yn dod yn y bora. Ma hi'n cysgu'n "
           "iawn fel arfer. Ond dio'm isio hi fynd i gartra, nath hi ddeud ers talwm bod hi byth isio mynd i gartra"),
    "en": ("I pop round every day after work to do her tea and the carers come in the mornings. She sleeps alright "
           "most nights. She said years ago she never wants to go into a home."),
}


@pytest.mark.parametrize("language", list(HOME))
def test_her_refusal_of_a_home_at_what_goes_well_is_her_keep(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("ax6", language), language, "carer", "q_strengths")
    conversation.say(HOME[language])
    stored = _stored(conversation)
    assert len(stored) == 1, stored
    words, otype, whose, about = stored[0]
    assert ("gartra" in words or "home" in words) and otype == "maintenance" and about == "person"
    assert whose == "person"  # hers, as her son passed it on (the record's reported_by: "carer")


CHAPEL = {
    "cy": ("Diwrnod da yw cael mynd i'r capel ar y Sul, i Salem, a chael sgwrs efo'r gweinidog wedyn. Mae'r Beibl a'r "
           "emynau yn gysur mawr i mi."),  # the trial's words
    "en": "A good day is getting to chapel on a Sunday and a chat with the minister after. The hymns are a great "
          "comfort to me.",
}


@pytest.mark.parametrize("language", list(CHAPEL))
def test_the_chapel_and_its_comfort_are_keeps(sqlite_url: str, language: str) -> None:
    conversation = skipped_to(_sender("ax10", language), language, "person", "q_what_matters")
    conversation.say(CHAPEL[language])
    stored = _stored(conversation)
    assert len(stored) == 2 and all(t == "maintenance" for _w, t, _v, _a in stored), stored


LITTLE = {
    ("cy", "q_what_matters"): "Wel, nid oes angen llawer.",  # the trial's words
    ("cy", "q_change"): "nid wyf am fod yn faich ar neb.",  # the trial's words
    ("en", "q_what_matters"): "I don't need much really.",
    ("en", "q_change"): "I don't want to be a burden on anyone.",
}


@pytest.mark.parametrize("language,slot", list(LITTLE))
def test_asking_for_little_is_kept_as_the_answer_with_no_outcome(sqlite_url: str, language: str, slot: str) -> None:
    conversation = skipped_to(_sender("ax10-little", language, slot), language, "person", slot)
    conversation.say(LITTLE[(language, slot)])
    assert repository.answer_texts(conversation.sender_id, only=slot[2:]) == [LITTLE[(language, slot)]]
    assert _stored(conversation) == []


# --- AX21: someone else named and their wish, told by the young person ------------------------------------------------

TOLD = {"cy": ("ar ol 4 adre. mam moyn bod na", "mam moyn bod na", "Barn Mam, fel y rhannodd y person ifanc hi")}
TOLD_EN = ("after 4 at home. Dad wants to be there", "Dad wants to be there",
           "Dad's view, as the young person passed it on")


def _labels(sender: str, language: str) -> dict[str, str | None]:
    from bot.summary import load_record
    from bot.summary.view import build_view

    record = load_record(sender)
    assert record is not None
    view = build_view(record, language)
    return {item.quote: item.whose_view_label for section in view.sections for group in section.groups
            for item in group.items if item.source == "outcome"}


#: (review, stop 44) the same in the north's words and in text-speak, with "fy", "fi" after, "my", and two named
TOLD_MORE = [
    ("cy", "isio rywun ar ol ysgol. nain isho bod yna hefyd", "nain isho bod yna hefyd",
     "Barn Nain, fel y rhannodd y person ifanc hi"),  # north
    ("cy", "dw i isio rhywun ar ol ysgol. fy mam isio bod yna hefyd", "fy mam isio bod yna hefyd",
     "Barn Mam, fel y rhannodd y person ifanc hi"),
    ("cy", "rhywun ar ol 4. mam fi moyn bod na", "mam fi moyn bod na", "Barn Mam, fel y rhannodd y person ifanc hi"),
    ("cy", "sgol fin 330. mam a dad moyn bod na", "mam a dad moyn bod na",
     "Barn Mam a Dad, fel y rhannodd y person ifanc hi"),  # text-speak
    ("en", "someone after school. my mum wants to be there too", "my mum wants to be there too",
     "Mum's view, as the young person passed it on"),
    ("en", "sum1 after skl. me mam n dad wanna b there", "me mam n dad wanna b there",
     "Mam n Dad's view, as the young person passed it on"),  # text-speak
]
#: Whose the young person's own words beside it are.
OWN = {"cy": "Barn y person ifanc", "en": "The young person's view"}


@pytest.mark.parametrize("language,text,wish,label", [
    ("cy", *TOLD["cy"]),  # the trial's words
    ("en", *TOLD_EN),  # written for this test
    *TOLD_MORE,
])
def test_someone_elses_wish_told_by_the_young_person_is_theirs(sqlite_url: str, language: str, text: str, wish: str,
                                                                label: str) -> None:
    conversation = skipped_to(_sender("ax21", language, text), language, "young_person", "q_support")
    conversation.say(text)
    labels = _labels(conversation.sender_id, language)
    assert labels.get(wish) == label, labels
    # their own words beside it ("ar ol 4 adre.") are an outcome of their own, and stay theirs
    assert [v for q, v in labels.items() if q != wish] == [OWN[language]], labels


def test_the_young_persons_own_wish_stays_theirs(sqlite_url: str) -> None:
    conversation = skipped_to(_sender("ax21-own"), "cy", "young_person", "q_support")
    conversation.say("dw i isio i rywun ddod ar ol 4 adre")
    labels = _labels(conversation.sender_id, "cy")
    assert labels and all(v == "Barn y person ifanc" for v in labels.values()), labels
