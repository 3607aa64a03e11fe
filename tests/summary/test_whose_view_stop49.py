"""Stop 49 (views49): whose view each outcome is, as "Friend not foe" asks (different views side by side, each with
whose it is), through the conversation core. The finding's words come first, then fictional phrasings in no
benchmark file (north and south Welsh, text-speak), then look-alikes that must not change.

L1.  A carer's "Me and Dad think she needs more help" / "Dw i a Dad yn meddwl bod hi angen mwy o help" was cut after
     "Me" and shown as Dad's view (in Welsh: the person's, passed on by the carer). It is the carer's own view, shared
     with Dad: kept whole, "The carer's view".
YC.  A young carer's reported speech ("mum says she wants to stay home", "mam yn deud bod hi isio aros adra", "ma mam
     yn gweud bod hi moyn…") was the young person's own view: it is Mum's, as the young person passed it on (as a
     carer's is the person's: stop 48, BB3). Only a wish word right after the name was read (kin_whose_wish).
L2.  "I can only talk before Dad comes back from the shop" (a carer's timing remark) after an alert about something
     else was quoted under "how to contact safely": an errand timing is a safety wish only when the one coming back is
     the one the disclosure names (or "he"/"she"); it stays an ordinary answer otherwise.
"""
from __future__ import annotations

import itertools

import pytest

from bot.analysis.outcomes import sort_outcomes, told_of
from bot.analysis.safety_wish import is_safety_wish
from bot.storage import repository
from bot.summary import load_record
from bot.summary.record import SAFETY_WISH, safeguarding_kind
from bot.summary.render import render_markdown
from tests.conversation.memory import MemoryConversation, skipped_to, stored_views

pytestmark = pytest.mark.usefixtures("sqlite_url")

_senders = itertools.count(1)


# --- L1: the speaker with someone else, one view ------------------------------------------------------------------

JOINT = [
    ("en", "Me and Dad think she needs more help"),  # the finding's
    ("cy", "Dw i a Dad yn meddwl bod hi angen mwy o help"),  # the finding's
    ("cy", "dwi a mam yn meddwl bod o angen mwy o help"),  # north
    ("cy", "Fi a Dad yn credu bod hi angen mwy o help"),  # south
    ("cy", "Mam a fi yn meddwl bod o angen help efo'r tabledi"),
    ("en", "me n mum think he needs more help"),  # text-speak
    ("en", "Me and my sister want her to have more help at night"),
]


@pytest.mark.parametrize("language, text", JOINT)
def test_a_joint_view_is_kept_whole(language: str, text: str) -> None:
    spans = sort_outcomes(text)[2]
    assert [s.text for s in spans] == [text]
    assert not spans[0].reported


@pytest.mark.parametrize("slot", ["q_what_matters", "q_carer_own"])
@pytest.mark.parametrize("language, text", JOINT[:3])
def test_a_joint_view_is_the_carers_own(language: str, text: str, slot: str) -> None:
    conversation = skipped_to(f"views49-joint-{next(_senders)}", language, "carer", slot)
    conversation.say(text)
    assert [(w, whose) for w, whose, _a in stored_views(conversation)] == [(text, "carer")]
    record = load_record(conversation.sender_id)
    assert record is not None
    markdown = render_markdown(record, language)
    assert ("Barn y gofalwr" if language == "cy" else "The carer's view") in markdown
    assert "Barn y person, fel y rhannodd" not in markdown and "as the carer passed it on" not in markdown


@pytest.mark.parametrize("language, text", [
    ("en", "Dad thinks she needs more help"),  # Dad's alone, passed on
    ("cy", "Mae Dad yn meddwl bod hi angen mwy o help"),
    ("cy", "ma Dad yn gweud bod hi moyn mwy o help"),
    ("en", "I go to bingo and Dad does the shopping"),  # two clauses stay two
])
def test_someone_elses_view_alone_is_unchanged(language: str, text: str) -> None:
    spans = sort_outcomes(text)[2]
    if "bingo" in text:
        assert "Dad does the shopping" in [s.text for s in spans] or not spans
    else:
        assert spans and spans[0].reported


# --- YC: a young carer passes on Mum's view -----------------------------------------------------------------------

PASSED_ON = [
    ("en", "mum says she wants to stay home", "Mum's view, as the young person passed it on"),  # the finding's
    ("cy", "mam yn deud bod hi isio aros adra", "Barn Mam, fel y rhannodd y person ifanc hi"),  # the finding's
    ("cy", "ma mam yn gweud bod hi moyn aros gatre", "Barn Mam, fel y rhannodd y person ifanc hi"),  # the finding's
    ("cy", "Mae Nain yn deud bod hi isio mynd i'r capel", "Barn Nain, fel y rhannodd y person ifanc hi"),  # north
    ("cy", "wedodd mam-gu fod hi moyn mynd nôl i'r clwb", "Barn Mam-gu, fel y rhannodd y person ifanc hi"),  # south
    ("en", "dad says he wants to go back to work", "Dad's view, as the young person passed it on"),
    ("en", "Gareth says he wants to move in with us", "Gareth's view, as the young person passed it on"),
]


@pytest.mark.parametrize("language, text, shown", PASSED_ON)
def test_a_young_carer_passes_on_their_view(language: str, text: str, shown: str) -> None:
    conversation = skipped_to(f"views49-yc-{next(_senders)}", language, "young_person", "q_what_matters")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    outcomes = record["outcomes"]
    assert outcomes and all(o["told_of"] for o in outcomes), outcomes
    markdown = render_markdown(record, language).replace("\u2019", "'")
    assert shown in markdown
    assert ("Barn y person ifanc ·" if language == "cy" else "The young person's view ·") not in markdown


@pytest.mark.parametrize("language, text", [
    ("en", "mum says she wants to stay home"),
    ("cy", "Mae Mam yn deud bod hi isio aros adra"),
])
def test_a_person_passes_on_their_view_too(language: str, text: str) -> None:
    conversation = skipped_to(f"views49-p-{next(_senders)}", language, "person", "q_what_matters")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [o["told_of"].lower() for o in record["outcomes"]] == ["mum" if language == "en" else "mam"]


@pytest.mark.parametrize("text", [
    "I want to stay home",  # their own
    "dwi isio aros adra",
    "fi moyn aros gatre",
    "Mum says she is fine but I think I need more help",  # their own view after hers
    "she says she wants to stay home",  # no name to show: left as it was
    "Me and Mum want to stay together",  # their own, shared
])
def test_their_own_view_names_no_one(text: str) -> None:
    assert all(told_of(text, s.start, s.end) is None for s in sort_outcomes(text)[2] if "Mum says" not in s.text)


def test_a_young_carers_own_wish_stays_theirs() -> None:
    conversation = skipped_to(f"views49-own-{next(_senders)}", "cy", "young_person", "q_what_matters")
    conversation.say("fi moyn mynd i'r clwb pêl-droed ar nos Fercher")
    record = load_record(conversation.sender_id)
    assert record is not None
    assert record["outcomes"] and all(o["told_of"] is None for o in record["outcomes"])
    assert "Barn y person ifanc" in render_markdown(record, "cy")


def test_a_carers_passing_on_is_still_the_persons() -> None:
    """Stop 48, BB3 unchanged: a carer's "mam yn deud…" is the person's view, as the carer passed it on."""
    conversation = skipped_to(f"views49-carer-{next(_senders)}", "cy", "carer", "q_what_matters")
    conversation.say("mam yn deud bod hi isio aros adra")
    record = load_record(conversation.sender_id)
    assert record is not None
    (outcome,) = record["outcomes"]
    assert outcome["whose_view"] == "person" and outcome["reported_by"] == "carer" and outcome["told_of"] is None


# --- L2: an errand's timing is no safety wish, unless about the one hurting them ----------------------------------

ERRANDS = [
    "I can only talk before Dad comes back from the shop",  # the finding's
    "dim ond siarad cyn i Dad ddod nôl o'r siop",  # the finding's
    "fi jyst yn gallu siarad cyn i Dad ddod nôl o'r siop",  # south
    "dim ond cyn i Taid ddod adra o'r dre dwi'n gallu siarad",  # north
    "can only chat till mum gets back from tesco",  # text-speak
]


@pytest.mark.parametrize("text", ERRANDS)
def test_an_errand_timing_is_no_safety_wish(text: str) -> None:
    assert not is_safety_wish(text)
    assert not is_safety_wish(text, "Mam fell down the stairs last night and hit her head")


@pytest.mark.parametrize("text, told", [
    ("I can only talk before Dad comes back from the shop", "Dad hits her when he's drunk"),
    ("dim ond siarad cyn i Dad ddod nôl o'r siop", "Mae Dad yn ei tharo hi pan mae o wedi meddwi"),
    ("i can only talk till he gets back from the shop", "he hits me"),  # "he": the one hurting them, as before
    ("i can only talk before gary gets home", "my boyfriend Gary hits me when he's been drinking"),  # stop 48
])
def test_about_the_one_hurting_them_it_still_is(text: str, told: str) -> None:
    assert is_safety_wish(text, told)


@pytest.mark.parametrize("text, told", [
    # review49 R49-1: the one hurting them is often named differently in the disclosure ("my stepdad", then "gary")
    ("i can only talk before gary gets home", "my stepdad hits me and mum when hes drunk"),
    ("dim ond cyn i Dad ddod adra dw i'n gallu siarad", "mae o'n fy nharo i pan mae o 'di meddwi"),
    ("I can only talk before Dad gets home", "my boyfriend Gary hits me"),
])
def test_someone_named_with_no_errand_after_a_disclosure_still_is(text: str, told: str) -> None:
    """A named person coming home, with no errand saying why they are out, keeps the wish beside the risk: losing a
    safety wish costs more than a timing remark placed at the top."""
    assert is_safety_wish(text, told)


def _carer_after_an_alert(language: str, told: str) -> MemoryConversation:
    conversation = skipped_to(f"views49-l2-{next(_senders)}", language, "carer", "q_what_matters")
    conversation.say(told)
    assert repository.is_urgent(conversation.sender_id)
    conversation.say("yes she is safe, I am with her" if language == "en" else "ydy, mae hi'n saff, dw i efo hi")
    conversation.say("she is safe now, you can carry on" if language == "en"
                     else "mae hi'n saff rŵan, gewch chi gario mlaen")
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert conversation.requested == "q_strengths"
    return conversation


@pytest.mark.parametrize("language, told, said", [
    ("en", "She told me last night she wants to kill herself",
     "I'd like someone to help with her tablets. I can only talk before Dad comes back from the shop"),
    ("cy", "Ddeudodd hi neithiwr bod hi isio lladd ei hun",
     "Dwi isio help efo'i thabledi hi. Dim ond siarad cyn i Dad ddod nôl o'r siop"),
])
def test_an_errand_after_an_unrelated_alert_stays_an_answer(language: str, told: str, said: str) -> None:
    conversation = _carer_after_an_alert(language, told)
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["text"] == said]
    assert safeguarding_kind(answer, record) is None
    assert stored_views(conversation)


def test_an_errand_of_the_one_hurting_them_is_how_to_contact() -> None:
    said = "I'd like someone to help with her tablets. I can only talk before Dad comes back from the shop"
    conversation = _carer_after_an_alert("en", "Dad hits her when he's drunk")
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None
    (answer,) = [a for a in record["answers"] if a["text"] == said]
    assert safeguarding_kind(answer, record) == SAFETY_WISH
