"""Stop 47 (the stop-46 trial's BA13, BA14, BA15, BA19 in /work/notes/s46/trial46_report.md, and the review's M7 and
L3): what a carer told us, in the right place in the summary, Welsh (north, south, learners' mixed Welsh) and English.
The words are fictional; the trial's own first, then phrasings in no benchmark file.

BA13. "Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability…" at "who is talking?", sent with a learner's
      apology: "19" and "learning disability" are under who is talking.
BA14. "Mae e'n siarad Cymraeg yn yr ysgol, ond Saesneg adre gyda ni" is both languages (with the words), not English;
      "cymraeg neu saesneg sai'n becso" is either, not Welsh.
M7.   The person's home language needs them as the one speaking it: "my mum speaks welsh at home but i dont really",
      "mam yn siarad cymraeg adra ond dim fi" (a young person), "I speak Welsh at home with my sister, he's English"
      (a carer) are not Welsh.
BA15. A carer's line with the cared-for person's risks and their own says whose each is.
BA19. "The wife will kill me if she finds out I said that mind" is no request to keep anything from her.
L3.   Both names, the one given and the one they are called, are in the carer's words in the summary.
"""
from __future__ import annotations

import itertools
import re

import pytest

from bot.storage import db, repository
from bot.summary import load_record, render
from bot.summary.record import person_language, stated_language
from bot.summary.view import build_view, label, whose_risks
from bot.web.summaries import list_rows
from tests.conversation.memory import MemoryConversation, MemoryTurn, skipped_to, started_with_record

_senders = itertools.count(1)


def _markdown(record: dict, ui: str) -> str:
    return re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))


# --- BA14, M7: the person's language ----------------------------------------------------------------------------------

#: (completed by, question key, the words, the language read)
STATED = [
    ("carer", "support", "Siaradwch yn araf and use simple words. Mae e'n siarad Cymraeg yn yr ysgol, ond Saesneg "
                         "adre gyda ni", "both"),  # the trial's
    ("carer", "communication", "English at school, Welsh at home with us", "both"),
    ("young_person", "worries", "wi'n siarad cymraeg gatre ond saesneg yn ysgol", "both"),  # south, text-speak
    ("carer", "worries", "ma fo'n siarad Saesneg efo'i ffrindia, Cymraeg adra efo ni", "both"),  # north
    ("young_person", "communication", "cymraeg neu saesneg sai'n becso", "either"),  # the trial's
    ("carer", "communication", "welsh or english, not bothered", "either"),
    ("person", "communication", "Cymraeg neu Saesneg, dim bwys", "either"),
    # still one language (AZ15's and before)
    ("carer", "worries", "cymraeg ma fe'n siarad adre, ond ma fe'n iawn yn saesneg hefyd", "cy"),
    ("carer", "worries", "he speaks Welsh at home but his English is fine", "cy"),
    ("young_person", "worries", "dwi'n siarad cymraeg adra efo mam", "cy"),
    ("young_person", "worries", "we speak welsh at home", "cy"),
    ("person", "worries", "Welsh is my first language", "cy"),
    ("carer", "support", "Speak Welsh to him if you can, he goes back to Welsh when he's tired", "cy"),
]
#: (completed by, question key, the words): someone else's language, or not theirs after all (M7).
NOT_THEIRS = [
    ("young_person", "worries", "my mum speaks welsh at home but i dont really"),  # the review's
    ("young_person", "worries", "mam yn siarad cymraeg adra ond dim fi"),  # the review's (north)
    ("carer", "worries", "I speak Welsh at home with my sister, he's English"),  # the review's
    ("young_person", "what_matters", "dad speaks welsh at home, not me"),
    ("person", "worries", "ma'n chwaer i'n siarad Cymraeg gatre, ond sai'n siarad e"),  # south
    ("carer", "keep", "Dw i'n siarad Cymraeg adre gyda fy mrawd"),
]


@pytest.mark.parametrize("completed_by, key, text, code", STATED)
def test_the_language_read_from_what_they_said(completed_by: str, key: str, text: str, code: str) -> None:
    assert stated_language([{"question_key": key, "text": text, "id": 1}], completed_by)[0] == code


@pytest.mark.parametrize("completed_by, key, text", NOT_THEIRS)
def test_someone_elses_home_language_is_not_theirs(completed_by: str, key: str, text: str) -> None:
    assert stated_language([{"question_key": key, "text": text, "id": 1}], completed_by)[0] is None


def test_both_keeps_the_active_offer() -> None:
    answers = [{"question_key": "support", "text": STATED[0][2], "id": 1}]
    assert person_language(answers, "en", "carer") == ("both", answers[0], True)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_summary_and_the_list_show_both_with_the_words(sqlite_url: str, language: str) -> None:
    said = {"cy": STATED[0][2], "en": "He speaks Welsh at school, but English at home with us."}[language]
    conversation = skipped_to(f"carers47-both-{next(_senders)}", language, "carer", "q_support")
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None and record["stated_language"] == "both"
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("language")
        assert section is not None
        preferred = next(f for f in section.facts if f.key == "preferred_language")
        assert preferred.value.startswith(label("lang_both", ui))
        words = " ".join(str(f.value) for f in section.facts if f.key == "language_words")
        assert "Cymraeg" in words or "Welsh" in words
    with db.session_scope(sqlite_url) as s:
        rows = list_rows(repository.list_conversations(s, None))
    assert [r["person_language"] for r in rows] == ["both"]


# --- BA15: whose each risk is ----------------------------------------------------------------------------------------

SIAN = ("the choking mostly. and he's left the gas on twice. and I'm exhausted, I snapped at him last week and I hate "
        "myself for it")  # the trial's
MIXED = [
    ("en", SIAN),
    ("cy", "mae o wedi gadael y nwy ymlaen ddwywaith. a dwi di blino'n lan, nes i golli fy nhymer efo fo a dwi'n "
           "teimlo'n euog am y peth"),  # north
    ("en", "She's left the gas on again. I'm shattered, I shouted at her yesterday and I feel awful about it"),
]


@pytest.mark.parametrize("language, text", MIXED)
def test_a_carers_line_says_whose_each_risk_is(language: str, text: str) -> None:
    theirs, own = whose_risks(("carer_strain", "memory", "self_neglect"), text) or ([], [])
    assert own == ["carer_strain"] and set(theirs) == {"memory", "self_neglect"}


@pytest.mark.parametrize("codes, text", [
    (("carer_strain",), "I'm exhausted, I never sleep, I snapped at him last week"),  # all hers
    (("memory", "self_neglect"), "he's left the gas on twice and he forgets to eat"),  # all his
    (("memory", "self_neglect"), "mae o wedi gadael y nwy ymlaen ddwywaith"),
])
def test_a_line_about_one_of_them_is_not_split(codes: tuple[str, ...], text: str) -> None:
    assert whose_risks(codes, text) is None


@pytest.mark.parametrize("language, text", MIXED[:2])
def test_the_summary_says_whose_each_risk_is(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(f"carers47-whose-{next(_senders)}", language, "carer", "q_worries")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    flags = [f for f in record["risk_flags"] if f["text"] == text]
    assert flags and "low_mood" not in flags[0]["categories"]  # "I hate myself for it" is her strain (BA15)
    for ui in ("cy", "en"):
        md = _markdown(record, ui)
        assert label("risks_whose", ui, theirs="", own="").split(")")[0].strip(" ;(") in md
        assert f"{label('cat_carer_strain', ui)} (" in md


# --- BA13, L3: who is talking and both names, kept ---------------------------------------------------------------------

def test_a_fathers_first_words_are_under_who_is_talking(sqlite_url: str) -> None:
    from bot.conversation import steering

    text = "Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability. Sorry my Welsh is not great, dw i'n dysgu"
    conversation = MemoryConversation(f"carers47-dad-{next(_senders)}", language="cy")
    conversation.start()
    conversation.say("ydw")
    turn = MemoryTurn(conversation, text)  # as the NLU routes it: a request about language
    conversation.slots["requested_slot"] = conversation.requested
    conversation.slots.update(steering.switch_language(turn))
    record = load_record(conversation.sender_id)
    assert record is not None and record["completed_by"] == "carer"
    for ui in ("cy", "en"):
        md = _markdown(record, ui)
        assert text in md and "19" in md and "learning disability" in md


@pytest.mark.parametrize("language, who, given", [
    ("cy", "dw i'n gofalu am fy merch", "Rhi ni'n galw hi, Rhiannon yw hi"),  # the review's
    ("cy", "dw i'n gofalu am fy mab", "Rhodri yw e, Rhods ni'n galw fe"),  # the review's (south)
    ("en", "I look after my son", "Rhodri, we call him Rhods"),
])
def test_both_names_are_in_the_summary(sqlite_url: str, language: str, who: str, given: str) -> None:
    conversation = MemoryConversation(f"carers47-names-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    conversation.say(who)
    if conversation.requested == "name":
        conversation.say("Eirlys")
    conversation.say(given)
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        assert given in _markdown(record, ui)


# --- BA19: the old joke -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, said, kept", [
    ("en", "I want to drive again. The wife will kill me if she finds out I said that mind", False),  # the trial's
    ("cy", "Dw i isio dreifio eto. Neith y wraig fy lladd i os neith hi ffeindio allan bo fi di deud hyn", False),
    ("en", "I want to drive again. Please don't tell my wife I said that", True),
    ("cy", "Dw i isio dreifio eto. Paid deud wrth y wraig plis", True),
])
def test_the_joke_is_not_kept_from_anyone(sqlite_url: str, language: str, said: str, kept: bool) -> None:
    conversation = started_with_record(f"carers47-joke-{next(_senders)}", language, role="person", name="Glyn")
    while conversation.requested != "q_what_matters":
        conversation.say("/skip", intent="skip")
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        assert (label("read_as_sensitive", ui) in _markdown(record, ui)) is kept
