"""Stop 46 (the twenty-second trial's AZ13 and AZ15 in /work/notes/s45/trial45_report.md): what they told us, in the
right place in the summary, Welsh and English. The words are fictional; the trial's own first, then phrasings in no
benchmark file.

AZ13. Hearing and sight said at any question ("I'm hard of hearing too, I have two hearing aids but they whistle" in a
      first answer, "No phone calls, I can't hear them. … Knock loud." at how to support) are under "Communication and
      access needs" as well as where they were said; "Speak slowly and face me so I can see your lips." sent at the
      worries question is there instead of under worries.
AZ15. The cared-for person's language said at any question ("cymraeg ma fe'n siarad adre, ond ma fe'n iawn yn saesneg
      hefyd" at the worries question) is their language, not "Not stated"; "cymraeg or english dont mind" is either.
"""
from __future__ import annotations

import itertools
import re

import pytest

from bot.storage import db, repository
from bot.summary import load_record, render
from bot.summary.record import person_language, stated_language
from bot.summary.view import build_view, label
from bot.web.summaries import list_rows
from tests.conversation.memory import started_with_record

_senders = itertools.count(1)

#: (language, {question: answer}, words under communication, the worries answer moved there)
DENNIS = {
    "en": ({"q_what_matters": "My allotment and my pigeons. I'm hard of hearing too, I have two hearing aids but they "
                              "whistle",
            "q_support": "No phone calls, I can't hear them. Write to me or come to the door. Knock loud.",
            "q_worries": "Speak slowly and face me so I can see your lips."},
           ["I'm hard of hearing too, I have two hearing aids but they whistle", "Knock loud."],
           "Speak slowly and face me so I can see your lips."),
    "cy": ({"q_what_matters": "Fy rhandir a'r colomennod. Dw i'n drwm fy nghlyw hefyd, mae gen i declyn clyw ond mae "
                              "o'n chwibanu",
            "q_support": "Dim galwadau ffôn, dw i ddim yn eu clywed nhw. Sgwennwch ata i. Cnociwch yn uchel.",
            "q_worries": "Siaradwch yn araf ac wynebwch fi, dw i'n darllen gwefusau."},
           ["Dw i'n drwm fy nghlyw hefyd, mae gen i declyn clyw ond mae o'n chwibanu", "Cnociwch yn uchel."],
           "Siaradwch yn araf ac wynebwch fi, dw i'n darllen gwefusau."),
}


def _section_text(record: dict, ui: str, key: str) -> str:
    section = build_view(record, ui).section(key)
    assert section is not None
    return " ".join(str(i.quote) for g in section.groups for i in g.items) + " " + " ".join(
        str(g.empty_text or "") for g in section.groups)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_hearing_and_sight_are_under_communication_wherever_said(sqlite_url: str, language: str) -> None:
    answers, under_communication, moved = DENNIS[language]
    conversation = started_with_record(f"carers46-dennis-{next(_senders)}", language, role="person", name="Dennis")
    while conversation.requested not in (None, "readback"):
        slot = conversation.requested
        conversation.say(answers.pop(slot)) if slot in answers else conversation.say("/skip", intent="skip")
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        communication = _section_text(record, ui, "communication")
        for words in under_communication:
            assert words in communication, (ui, communication)
        assert moved in communication
        worries = _section_text(record, ui, "worries")
        assert moved not in worries  # how to talk to him, not a worry
        md = re.sub(r"\s+", " ", render.md_unescape(render.render_markdown(record, ui)))
        assert md.count(under_communication[0]) >= 2  # under communication, and where it was said


#: (completed by, question key, the words, the language read)
STATED = [
    ("carer", "worries", "cymraeg ma fe'n siarad adre, ond ma fe'n iawn yn saesneg hefyd", "cy"),  # the trial's
    ("carer", "people", "Cymraeg yw iaith gynta fe", "cy"),
    ("carer", "keep", "ma fo'n siarad cymraeg adra efo ni", "cy"),
    ("carer", "worries", "he speaks Welsh at home but his English is fine", "cy"),
    ("carer", "what_matters", "we speak English at home, she never learnt Welsh", "en"),
    ("person", "what_matters", "I speak English at home", "en"),
    ("young_person", "communication", "cymraeg or english dont mind", "either"),  # the trial's
    ("carer", "communication", "dim ots, Cymraeg neu Saesneg", "either"),
    ("person", "communication", "either is fine, welsh or english", "either"),
    ("person", "communication", "Welsh please, I don't mind English on letters", "cy"),
]
NOT_STATED = [
    ("carer", "worries", "I speak Welsh at home myself"),  # the carer's own
    ("carer", "worries", "we went to the Welsh school"),
    ("carer", "carer_own", "dw i'n siarad Cymraeg adre"),  # the carer's own life
]


@pytest.mark.parametrize("completed_by, key, text, code", STATED)
def test_the_persons_language_is_read_at_any_question(completed_by: str, key: str, text: str, code: str) -> None:
    answers = [{"question_key": key, "text": text, "id": 1}]
    assert stated_language(answers, completed_by)[0] == code
    language, stated_in, active_offer = person_language(answers, "en", completed_by)
    assert language == code and stated_in is not None
    assert active_offer == (code in ("cy", "either"))


@pytest.mark.parametrize("completed_by, key, text", NOT_STATED)
def test_a_language_not_theirs_is_not_read(completed_by: str, key: str, text: str) -> None:
    assert stated_language([{"question_key": key, "text": text, "id": 1}], completed_by)[0] is None


@pytest.mark.parametrize("language, said, shown", [
    ("cy", "cymraeg ma fe'n siarad adre, ond ma fe'n iawn yn saesneg hefyd", "lang_cy"),
    ("en", "he speaks Welsh at home but his English is fine", "lang_cy"),
])
def test_the_summary_and_the_list_show_it(sqlite_url: str, language: str, said: str, shown: str) -> None:
    conversation = started_with_record(f"carers46-lang-{next(_senders)}", language, role="carer", name="Eirlys")
    conversation.slots.update({"cared_for_name": "Rhodri", "relationship": "mab" if language == "cy" else "son"})
    repository.update_conversation(conversation.sender_id, cared_for_name="Rhodri")
    while conversation.requested != "q_worries":
        conversation.say("/skip", intent="skip")
    conversation.say(said)
    record = load_record(conversation.sender_id)
    assert record is not None and record["stated_language"] == "cy"
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("language")
        assert section is not None
        preferred = next(f for f in section.facts if f.key == "preferred_language")
        assert preferred.value.startswith(label(shown, ui))
        assert label("language_not_stated", ui) not in preferred.value
    with db.session_scope(sqlite_url) as s:
        rows = list_rows(repository.list_conversations(s, None))
    assert [r["person_language"] for r in rows] == ["cy"]


def test_either_is_shown_as_either(sqlite_url: str) -> None:
    conversation = started_with_record(f"carers46-either-{next(_senders)}", "cy", role="young_person", name="Tegan")
    while conversation.requested != "q_communication":
        conversation.say("/skip", intent="skip")
    conversation.say("cymraeg or english dont mind")
    record = load_record(conversation.sender_id)
    assert record is not None and record["stated_language"] == "either"
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("language")
        assert section is not None
        preferred = next(f for f in section.facts if f.key == "preferred_language")
        assert preferred.value.startswith(label("lang_either", ui))
        assert label("lang_cy", ui) + " " not in preferred.value.replace(label("lang_either", ui), "")
