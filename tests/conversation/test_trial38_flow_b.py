"""Trial 38 (stop 38), the flow, role and language findings: the trial's messages as fixtures, with close variants and a
twin in the other language, through the conversation core with SQLite (and the summary where it shows them).

AR2: "fi. dwi'n 17, newydd adael gofal…" (a care leaver) was summarised as a young carer entitled to a young carer's
needs assessment; leaving care, being in care or in foster care is being cared for, never caring for someone.
AR12, AR15: "What does consent mean?", "What does matters mean?", "What is communication?", "beth yw ystyr
'perthynas'?" were taken for a reply not understood, a skip, an answer; a word of our questions is explained, and the
question comes again. AR11: "wat" got "Wat – nice." and was kept; "wat", "what?", "huh", "be?" ask what it means.
AR14: a name we have ("Pat", "Gareth"), given again, got "Pat – lovely." and was kept as an outcome.
AR3: "Cymraeg, bob amser… / For me, I'm happy with either - emails in English…" said the person's language was English;
the person's and the carer's own are two facts, both kept, shown and in the JSON.
AR16: "sa ti'n gallu helpu fi ffeindio gwaith?", "is there a carers group?" went unanswered: the worker picks them up.
"""
from __future__ import annotations

import json

import jsonschema
import pytest

from bot import messages
from bot.analysis.about_assistant import question_for_the_worker
from bot.analysis.controls import asks_what_it_means
from bot.analysis.glossary import word_asked_about
from bot.conversation.about_you import role_from_text, says_they_care_for_someone
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from bot.web.schema import SUMMARY_SCHEMA
from tests.conversation.memory import MemoryConversation

# --- AR2: a care leaver is a young person, no young carer ----------------------------------------------------------

IN_CARE = [
    ("cy", "fi. dwi'n 17, newydd adael gofal, gen i fflat yn bangor rwan"),
    ("en", "me. I'm 17, just left care, got a flat in Bangor now"),
    ("cy", "fi, dwi'n 16 a dwi mewn gofal maeth"),
    ("en", "me (16), I'm in foster care"),
    ("en", "me, 17, care leaver"),
    ("cy", "fi. 17. dwi'n byw efo gofalwyr maeth"),
]


@pytest.mark.parametrize("language, text", IN_CARE)
def test_a_care_leaver_is_a_young_person_and_no_young_carer(sqlite_url: str, language: str, text: str) -> None:
    sender = f"tfix38b-ar2-{language}-{IN_CARE.index((language, text))}"
    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("ie" if language == "cy" else "yes")
    assert conversation.requested == "role"
    conversation.say(text)
    assert conversation.slots["completed_by"] == "young_person"
    record = load_record(sender)
    assert record is not None
    assert record["young_carer_answer_id"] is None
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_person", interface)
        assert not [n for n in about.notices if n.key == "young_carer"]
        assert label("completed_young_carer", interface) not in render.render_markdown(record, interface)


@pytest.mark.parametrize("text, role, caring", [
    ("dwi'n 17, newydd adael gofal", "young_person", False),
    ("I live with my foster carers", "young_person", False),
    ("I was in care till last year", "young_person", False),
    ("dwi'n gofalu am mam", "carer", True),  # caring, as before
    ("I look after my mum", "carer", True),
    ("I'm his foster carer", "carer", True),  # an adult who fosters is a carer
    ("dw i'n ofalwr maeth iddo fo", "carer", True),
])
def test_in_care_is_not_caring(text: str, role: str, caring: bool) -> None:
    assert role_from_text(text) == role
    assert says_they_care_for_someone(text) is caring


# --- helpers for the questions ---------------------------------------------------------------------------------------

def _answers(sender: str) -> list[tuple[str, str, list[str]]]:
    """(question key, words, outcome words) of every stored answer, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, [o.text for o in a.outcomes]) for a in conv.answers]


def _talking(sender: str, language: str, role: str, name: str, cared_for: str | None = None) -> MemoryConversation:
    """A conversation past its start, with the record a real start leaves; a carer's with whom they look after."""
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role, "name": name})
    if role == "young_person":
        conversation.slots["register"] = "ti"
    if cared_for is not None:
        conversation.slots.update({"cared_for_name": cared_for, "relationship": "husband"})
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language,
                                   register=conversation.slots["register"], completed_by=role, display_name=name)
    repository.record_consent(sender, True)
    conversation.start()
    return conversation


def _to(conversation: MemoryConversation, slot: str) -> None:
    while conversation.requested != slot:
        assert conversation.requested is not None and conversation.requested.startswith("q_")
        conversation.say("/skip", intent="skip")


# --- AR12, AR15: "what does X mean?" for a word of our questions, at any question, then the question again ----------

@pytest.mark.parametrize("language, text, word", [
    ("en", "What does consent mean?", "consent"),  # the trial's words
    ("en", "What does matters mean?", "matters"),
    ("en", "What is communication?", "communication"),
    ("en", "what do you mean by support?", "support"),  # close variants
    ("en", "What is a carer?", "carer"),
    ("en", "wat is safeguarding", "safeguarding"),
    ("cy", "beth yw ystyr 'perthynas'?", "perthynas"),
    ("cy", "be di ystyr berthynas?", "perthynas"),
])
def test_a_word_of_ours_is_read(language: str, text: str, word: str) -> None:
    asked = word_asked_about(text)
    assert asked is not None and asked[0].word == word and asked[1] is True


@pytest.mark.parametrize("text", ["What support is there for me?", "is there a carers group?",
                                  "I need support with my shopping", "What's the point of this?"])
def test_no_word_of_ours_is_asked_about(text: str) -> None:
    assert word_asked_about(text) is None


@pytest.mark.parametrize("language, slot, text, word", [
    ("en", "q_what_matters", "What does matters mean?", "matters"),
    ("en", "q_communication", "What is communication?", "communication"),
    ("en", "q_support", "what do you mean by support?", "support"),
    ("cy", "q_communication", "beth yw ystyr 'cyfathrebu'?", None),  # not ours: the question in plainer words
    ("cy", "q_support", "What does support mean?", "support"),  # English asked in a Welsh chat: said in Welsh
])
def test_the_meaning_then_the_question_again(sqlite_url: str, language: str, slot: str, text: str,
                                             word: str | None) -> None:
    sender = f"tfix38b-ar12-{language}-{slot}"
    conversation = _talking(sender, language, "person", "Gareth")
    _to(conversation, slot)
    conversation.say(text)
    assert conversation.requested == slot  # the question again, never skipped
    if word is not None:
        meaning = next(m for m in [word_asked_about(text)] if m is not None)[0]
        assert messages.text("word_meaning_english", language, "chi", word=word, welsh=meaning.welsh,
                             english=meaning.english) in conversation.text
    assert all(key != slot.removeprefix("q_") for key, _, _ in _answers(sender))  # never their answer


@pytest.mark.parametrize("language", ["en", "cy"])
def test_what_does_consent_mean_at_consent(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"tfix38b-consent-{language}", language=language)
    conversation.start()
    assert conversation.requested == "consent_choice"
    conversation.say("What does consent mean?")
    meaning = word_asked_about("consent")
    assert conversation.requested == "consent_choice"
    assert "consent" in conversation.text.lower() or "caniatâd" in conversation.text.lower()
    assert messages.text("not_understood_consent", language) not in conversation.text if \
        "not_understood_consent" in messages.catalogue() else meaning is None


@pytest.mark.parametrize("language", ["cy"])
def test_what_does_perthynas_mean_at_how_are_you_connected(sqlite_url: str, language: str) -> None:
    sender = f"tfix38b-ar15-{language}"
    conversation = MemoryConversation(sender, language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Sarah",
                               "cared_for_name": "Nansi"})
    conversation.start()
    assert conversation.requested == "relationship"
    conversation.say("beth yw ystyr 'perthynas'?")
    assert conversation.requested == "relationship"  # asked again, never kept as the relationship
    assert conversation.slots.get("relationship") is None
    assert "perthynas" in conversation.text


# --- AR11: "wat", "what?", "huh", "be?" ask what the question means -------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "wat"), ("en", "no i meant wat do u mean"),  # the trial's words
    ("en", "what?"), ("en", "huh"), ("en", "no, I meant what do you mean"),
    ("cy", "be?"), ("cy", "be"), ("cy", "na, o'n i'n feddwl be ti'n feddwl"),
])
def test_wat_asks_what_the_question_means(sqlite_url: str, language: str, text: str) -> None:
    sender = f"tfix38b-ar11-{language}-{text}"
    conversation = _talking(sender, language, "young_person", "Kai")
    _to(conversation, "q_keep")
    conversation.say(text)
    assert conversation.requested == "q_keep"  # the question again (in plainer words), never "Wat – nice."
    assert messages.text("invite_more_tail", language, "ti") not in conversation.text
    assert not [o for _, _, outcomes in _answers(sender) for o in outcomes]  # no outcome


@pytest.mark.parametrize("text", ["wat a day that was", "what the hell", "no", "Pat", "na dim byd"])
def test_other_short_words_are_not_asking_what_it_means(text: str) -> None:
    assert not asks_what_it_means(text, "Is there anything you want to keep just as it is?")


# --- AR14: a name we have, given again, is no answer --------------------------------------------------------------

@pytest.mark.parametrize("language, role, name, cared_for, text, key", [
    ("en", "carer", "Pat", "Alan", "Pat", "name_again"),  # the trial's words
    ("en", "person", "Gareth", None, "Gareth", "name_again"),
    ("cy", "carer", "Sarah", "Nansi", "Sarah dw i", "name_again"),
    ("cy", "person", "Gareth", None, "Gareth.", "name_again"),
    ("en", "carer", "Pat", "Alan", "Alan", "name_again_theirs"),
    ("cy", "young_person", "Rhys", None, "Rhys", "name_again"),
])
def test_a_name_given_again_is_no_answer(sqlite_url: str, language: str, role: str, name: str,
                                         cared_for: str | None, text: str, key: str) -> None:
    sender = f"tfix38b-ar14-{language}-{role}-{text}"
    conversation = _talking(sender, language, role, name, cared_for)
    assert conversation.requested == "q_what_matters"
    conversation.say(text)
    assert conversation.requested == "q_what_matters"
    register = "ti" if role == "young_person" else "chi"
    assert messages.text(key, language, register, name=cared_for if key == "name_again_theirs" else name) \
        in conversation.text
    assert _answers(sender) == []  # nothing kept, no outcome


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_name_still_answers_who_matters(sqlite_url: str, language: str) -> None:
    sender = f"tfix38b-ar14-people-{language}"
    conversation = _talking(sender, language, "carer", "Pat", "Alan")
    _to(conversation, "q_people")
    conversation.say("Pat")
    assert conversation.requested != "q_people"
    assert [(key, words) for key, words, _ in _answers(sender)] == [("people", "Pat")]


# --- AR16: a question asked back is for the worker, honestly -------------------------------------------------------

@pytest.mark.parametrize("language, role, slot, text, answer", [
    ("cy", "young_person", "q_what_matters", "isio job go iawn a gwersi dreifio.\nsa ti'n gallu helpu fi ffeindio "
     "gwaith?", "isio job go iawn a gwersi dreifio."),  # the trial's words (shortened)
    ("en", "carer", "q_carer_support", "Someone to sit with him overnight once a week so I can sleep. And someone to "
     "talk to who gets it, is there a carers group?", "Someone to sit with him overnight once a week so I can sleep."),
    ("en", "young_person", "q_what_matters", "a proper job and driving lessons. can you help me find work?",
     "a proper job and driving lessons."),
    ("cy", "carer", "q_carer_support", "Rhywun i eistedd gyda fe dros nos. Oes 'na grŵp i ofalwyr?",
     "Rhywun i eistedd gyda fe dros nos."),
])
def test_a_question_beside_an_answer_is_noted_for_the_worker(sqlite_url: str, language: str, role: str, slot: str,
                                                            text: str, answer: str) -> None:
    sender = f"tfix38b-ar16-{language}-{role}-{slot}"
    conversation = _talking(sender, language, role, "Rhys", "Alan" if role == "carer" else None)
    _to(conversation, slot)
    conversation.say(text)
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("question_for_the_worker", language, register) in conversation.text
    assert conversation.requested != slot  # the answer was taken: the next question
    kept = _answers(sender)
    (answered,) = [a for a in kept if a[0] == slot.removeprefix("q_")]
    assert answered[1] == text  # their words, verbatim
    assert all("?" not in o for o in answered[2])  # the question is no outcome
    asides = [words for key, words, _ in kept if key == "aside"]
    assert len(asides) == 1 and asides[0].endswith("?") and asides[0] in text  # noted for the worker


@pytest.mark.parametrize("language, text", [("en", "is there a carers group?"), ("cy", "oes 'na grŵp i ofalwyr?"),
                                            ("en", "Are there any day centres near here?")])
def test_a_question_alone_is_noted_and_the_question_comes_again(sqlite_url: str, language: str, text: str) -> None:
    sender = f"tfix38b-ar16-alone-{language}-{text}"
    conversation = _talking(sender, language, "carer", "Pat", "Alan")
    _to(conversation, "q_carer_support")
    conversation.say(text)
    assert messages.text("question_for_the_worker", language, "chi") in conversation.text
    assert conversation.requested == "q_carer_support"
    assert [(key, words, outcomes) for key, words, outcomes in _answers(sender)] == [("aside", text, [])]


@pytest.mark.parametrize("text", ["is there any point?", "I need help with shopping", "oes angen i mi ateb?",
                                  "Mum wants to know if there is a bus"])
def test_no_question_for_the_worker(text: str) -> None:
    assert question_for_the_worker(text) is None


# --- AR3: the person's language and the carer's own are two facts ------------------------------------------------

#: (the carer's answer about communication, the person's language, the carer's own, the carer's own words)
TWO_LANGUAGES = [
    ("cy", "Cymraeg, bob amser. Mae hi'n deall Cymraeg yn well na Saesneg nawr.\nFor me, I'm happy with either - "
     "emails in English are easier for me but I can try Welsh.", "cy", "either",
     "For me, I'm happy with either - emails in English are easier for me but I can try Welsh."),  # the trial's words
    ("en", "Welsh always, she understands Welsh better than English now. For me, I'm happy with either - emails in "
     "English are easier for me.", "cy", "either", "For me, I'm happy with either - emails in English are easier for "
     "me."),
    ("cy", "Cymraeg, bob amser. I fi, mae Saesneg yn haws ar e-bost.", "cy", "en",
     "I fi, mae Saesneg yn haws ar e-bost."),
]


@pytest.mark.parametrize("language, text, theirs, own, own_words", TWO_LANGUAGES)
def test_the_persons_language_and_the_carers_own_are_both_kept(sqlite_url: str, language: str, text: str,
                                                               theirs: str, own: str, own_words: str) -> None:
    sender = f"tfix38b-ar3-{language}-{TWO_LANGUAGES.index((language, text, theirs, own, own_words))}"
    conversation = _talking(sender, language, "carer", "Sarah", "Nansi")
    _to(conversation, "q_communication")
    conversation.say(text)
    record = load_record(sender)
    assert record is not None
    jsonschema.validate(json.loads(json.dumps(record)), SUMMARY_SCHEMA)
    assert record["stated_language"] == theirs  # the person's: Welsh, never the carer's English for emails
    assert (record["writer_language"], record["writer_language_words"]) == (own, own_words)
    for interface in ("cy", "en"):
        section = build_view(record, interface).section("language")
        assert section is not None
        facts = {f.key: f.value for f in section.facts}
        assert facts["preferred_language"].startswith(label("lang_" + theirs, interface))
        assert facts["writer_language"] == label("lang_" + own, interface)
        assert facts["writer_language_words"] == own_words
        shown = render.render_markdown(record, interface)
        assert label("language_writers_own", interface) in shown


@pytest.mark.parametrize("language, role, text", [
    ("en", "person", "Welsh please. For me, emails in English are easier."),  # their own, not a second person's
    ("cy", "carer", "Cymraeg plis, mae hi'n siarad Cymraeg gartref."),  # nothing of the carer's own
    ("en", "carer", "She prefers Welsh, I speak it myself."),  # about her too: hers, not the carer's own
])
def test_no_second_language_when_there_is_none(sqlite_url: str, language: str, role: str, text: str) -> None:
    sender = f"tfix38b-ar3-none-{language}-{role}"
    conversation = _talking(sender, language, role, "Sarah", "Nansi" if role == "carer" else None)
    _to(conversation, "q_communication")
    conversation.say(text)
    record = load_record(sender)
    assert record is not None
    assert record["writer_language"] is None and record["writer_language_words"] is None
    section = build_view(record, language).section("language")
    assert section is not None and "writer_language" not in {f.key for f in section.facts}


@pytest.mark.parametrize("language, said, relation", [
    ("cy", "Dw i'n gofalu am fy mam-yng-nghyfraith. Ei enw yw Nansi. Mae hi'n naw deg oed ac mae hi'n byw mewn "
     "cartref gofal yn Llandaf.", "fy mam-yng-nghyfraith"),  # the trial's words
    ("cy", "Dw i'n gofalu am fy nhad yng nghyfraith.", "fy nhad yng nghyfraith"),
    ("en", "I look after my mother-in-law. She's ninety and lives in a care home in Llandaf.", "my mother-in-law"),
])
def test_an_in_law_said_at_the_start_is_how_they_are_connected(sqlite_url: str, language: str, said: str,
                                                               relation: str) -> None:
    """AR15: "mam-yng-nghyfraith", given in the first answer, was ignored: "how do you know Nansi?" was asked."""
    conversation = MemoryConversation(f"tfix38b-ar15-inlaw-{language}-{relation}", language=language)
    conversation.start()
    conversation.say("ie" if language == "cy" else "yes")
    conversation.say(said)
    assert conversation.slots["role"] == "carer"
    assert conversation.slots["relationship"] == relation
    conversation.say("Sarah dw i" if language == "cy" else "I'm Sarah")
    conversation.say("Nansi")
    assert conversation.requested != "relationship"
    assert conversation.slots["relationship"] == relation


@pytest.mark.parametrize("text", ["Could someone help me get to the shops?", "can someone come on Tuesdays?"])
def test_a_wish_put_as_a_question_is_still_a_wish(text: str) -> None:
    assert question_for_the_worker(text) is None
