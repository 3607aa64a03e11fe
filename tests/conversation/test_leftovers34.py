"""What the stop-33 trials left for the summary and the outcomes (stop 34, issue 11), through the conversation core,
SQLite and the summary, with the trials' own words and a twin in the other language.

AH2 (retrial 33, web cy): the summary quoted "Beth mae Meinir yn hoffi ei wneud…", a question the carer never saw (he
had asked for simpler words in answer to "Hyd y gwyddoch chi…"), and his "Siarad efo fi mewn Cymraeg syml", put in
place of an item at the read-back, was filed as his wife's "how help is given".
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.controls import asks_how_to_talk_to_me
from bot.conversation.about_you import kin_cared_for_in
from bot.conversation.readback import numbered_items
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary.record import load_record
from bot.summary.render import render_markdown
from tests.conversation.memory import started_with_record
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_readback_corrections_trial32 import _listed, _with_items
from tests.conversation.test_start_never_loops import _at_role


def _sender(*parts: object) -> str:
    return "mem-lo34-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _asked(sender_id: str) -> list[tuple[str, str, str]]:
    """(question key, the question as stored, the answer) of each answer, in order."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        assert conv is not None
        return [(a.question_key, a.question_text, a.text) for a in conv.answers]


def _carer_at_first_question(sender: str, language: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say("gofalu am rywun" if language == "cy" else "caring for someone")
    dialogue.say("Dafydd")
    dialogue.say("Y wraig, Meinir" if language == "cy" else "The wife, Meinir")
    assert dialogue.asking == "q_what_matters"
    return dialogue


# AH2: the question as it was put, in its language --------------------------------------------------------------------

SIMPLER = {"cy": "Be di 'hyd y gwyddoch chi'? Sgynnoch chi Gymraeg symlach plis, dwi'm yn dallt geiria crand",
           "en": "What's 'as far as you know' mean? Have you got simpler English please, I don't get the posh words"}
GOOD_DAY = {"cy": "Ma hi'n licio'r radio Cymraeg a'r ardd", "en": "She likes the Welsh radio and the garden"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_summary_quotes_the_question_as_it_was_put(sqlite_url: str, language: str) -> None:
    sender = _sender("ah2-question", language)
    dialogue = _carer_at_first_question(sender, language)
    values = {"role": "carer", "cared_for_name": "Meinir"}
    put = messages.text("q_what_matters", language, "chi", **values, cared_for_them="her")
    plain = messages.text("plain_q_what_matters", language, "chi", **values)
    assert put.split("?")[0] in dialogue.everything_said
    dialogue.say(SIMPLER[language])
    dialogue.say(GOOD_DAY[language])
    stored = {text: question for _, question, text in _asked(sender)}
    assert stored[SIMPLER[language]].split("?")[0] == put.split("?")[0]  # the wording he answered, never the plain one
    assert stored[GOOD_DAY[language]] == plain  # the question put again, in simpler words
    record = load_record(sender)
    assert record is not None
    summary = render_markdown(record, language)
    request = [line for line in summary.splitlines() if SIMPLER[language].split("? ")[1][:20] in line]
    assert request and all(plain not in line for line in request)  # never quoted with a question he did not see
    assert put.split("?")[0] in summary


@pytest.mark.parametrize("language, text, is_request", [
    ("cy", "Siarad efo fi mewn Cymraeg syml", True),  # the retrial's words
    ("cy", "siaradwch â fi yn araf plis", True), ("cy", "Sgynnoch chi Gymraeg symlach plis", True),
    ("en", "Speak to me in plain English", True), ("en", "explain things to me slowly please", True),
    ("cy", "Siarad yn ara deg efo hi", False), ("cy", "byw adra efo fi", False), ("en", "talk to her slowly", False),
    ("en", "living at home with me", False),
])
def test_how_to_talk_to_the_one_typing(language: str, text: str, is_request: bool) -> None:
    assert asks_how_to_talk_to_me(text) is is_request


NEW_WORDS = {"cy": "Siarad efo fi mewn Cymraeg syml", "en": "Speak to me in plain English"}
CHANGE_TO = {"cy": "Newidiwch rhif {n} i: {words}", "en": "Change number {n} to: {words}"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carers_words_about_how_to_talk_to_him_are_his_own(sqlite_url: str, language: str) -> None:
    sender = _sender("ah2-readback", language)
    conversation = _with_items(sender, language, "carer")
    about_her = [n for n, o in numbered_items(sender) if o.about == "person"]
    assert about_her
    conversation.say(CHANGE_TO[language].format(n=about_her[0], words=NEW_WORDS[language]))
    items = {o.text: o for _, o in numbered_items(sender)}
    assert NEW_WORDS[language] in items and items[NEW_WORDS[language]].about == "carer"
    assert items[NEW_WORDS[language]].whose_view == "carer"
    # (new words about her stay hers)
    other = next(n for n, o in numbered_items(sender) if o.about == "person")
    words = "Meinir isio cadw canu efo'r côr" if language == "cy" else "Meinir wants to keep singing with the choir"
    conversation.say(CHANGE_TO[language].format(n=other, words=words))
    assert {o.text: o.about for o in (o for _, o in numbered_items(sender))}[words] == "person"
    assert words in _listed(sender).values()


@pytest.mark.parametrize("language, answer, his", [
    ("cy", "Yn Gymraeg ac yn ara deg efo hi. A siarad efo fi mewn Cymraeg syml hefyd", "siarad efo fi mewn Cymraeg syml"),
    ("en", "In Welsh and slowly with her. And speak to me in plain English too", "speak to me in plain English"),
])
def test_how_to_talk_to_him_inside_an_answer_about_her_is_his(sqlite_url: str, language: str, answer: str,
                                                               his: str) -> None:
    sender = _sender("ah2-answer", language)
    dialogue = _carer_at_first_question(sender, language)
    dialogue.skip_to("q_support")
    dialogue.say(answer)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        outcomes = {o.text: o.about for o in conv.outcomes if not o.removed}
    theirs = {text: about for text, about in outcomes.items() if his.lower() in text.lower()}
    assert theirs and set(theirs.values()) == {"carer"}, outcomes
    assert any(about == "person" for about in outcomes.values()), outcomes


# AG9: a wish about "that" is kept with what "that" is; his own night's sleep is his -------------------------------------

def _outcomes(sender: str) -> dict[str, tuple[str, str, str]]:
    """Each outcome's words: (type, whose view, whose life)."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return {o.text: (o.type, o.whose_view, o.about) for o in conv.outcomes if not o.removed}


KEEP_THAT = {"cy": ("Y canu efo'r côr ar nos Iau, ma hi isio cadw hynna. A byw adra efo fi",  # the retrial's words
                    "Y canu efo'r côr ar nos Iau, ma hi isio cadw hynna."),
             "en": ("Singing with the choir on Thursday nights, she wants to keep that. And living at home with me",
                    "Singing with the choir on Thursday nights, she wants to keep that.")}
NIGHT = {"cy": ("Rhywun i helpu hi efo'r ymarferion coes. Ac i fi gael noson o gwsg weithia, dwi'n codi ati hi dair "
                "gwaith bob nos", "noson o gwsg"),  # the retrial's words
         "en": ("Someone to help her with the leg exercises. And for me to get a night's sleep sometimes, I'm up to her "
                "three times a night", "a night's sleep")}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_about_that_is_kept_with_what_that_is(sqlite_url: str, language: str) -> None:
    sender = _sender("ag9-that", language)
    dialogue = _carer_at_first_question(sender, language)
    dialogue.skip_to("q_keep")
    answer, quote = KEEP_THAT[language]
    dialogue.say(answer)
    outcomes = _outcomes(sender)
    assert quote in outcomes, outcomes
    assert outcomes[quote][0] == "maintenance" and outcomes[quote][2] == "person"
    assert outcomes[quote][1] == "person"  # her wish, as he passes it on
    assert not any(text.strip(". ").lower() in ("ma hi isio cadw hynna", "she wants to keep that") for text in outcomes)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_his_own_night_of_sleep_among_her_wishes_is_his(sqlite_url: str, language: str) -> None:
    sender = _sender("ag9-night", language)
    dialogue = _carer_at_first_question(sender, language)
    dialogue.skip_to("q_change")
    answer, words = NIGHT[language]
    dialogue.say(answer)
    outcomes = _outcomes(sender)
    his = [v for text, v in outcomes.items() if words in text]
    hers = [v for text, v in outcomes.items() if words not in text]
    assert his and all(about == "carer" and view == "carer" for _, view, about in his), outcomes
    assert hers and all(about == "person" for _, _, about in hers), outcomes


# Strengths: a wish said outright inside a strengths answer is an outcome, nothing else there ----------------------------

STRENGTHS = {
    "en": ("My sister Karen helps on Saturdays. I go to chapel every Sunday, I want to keep doing that",
           "I go to chapel every Sunday, I want to keep doing that", "My sister Karen helps on Saturdays."),
    "cy": ("Mae fy chwaer Karen yn helpu ar ddydd Sadwrn. Dw i'n mynd i'r capel bob dydd Sul, dw i isio cadw hynna",
           "Dw i'n mynd i'r capel bob dydd Sul, dw i isio cadw hynna", "Mae fy chwaer Karen yn helpu ar ddydd Sadwrn."),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_said_outright_in_a_strengths_answer_is_an_outcome(sqlite_url: str, language: str) -> None:
    conversation = started_with_record(_sender("strengths", language), language, role="person", name="Mererid")
    conversation.say("Cael mynd i'r capel." if language == "cy" else "Getting to chapel.")
    assert conversation.requested == "q_strengths"
    answer, wish, who_helps = STRENGTHS[language]
    conversation.say(answer)
    outcomes = _outcomes(conversation.sender_id)
    assert outcomes.get(wish, ("",))[0] == "maintenance", outcomes
    assert not any(who_helps.rstrip(".") in text for text in outcomes)  # who helps stays the answer
    record = load_record(conversation.sender_id)
    assert record is not None
    assert answer in render_markdown(record, language)  # and the whole answer is still shown with its question


@pytest.mark.parametrize("language, answer", [
    ("en", "My sister Karen helps on Saturdays and she wants to keep helping"),
    ("cy", "Mam needs help getting dressed, my sister does it"),
    ("cy", "Mae Huw yn dod bob nos Sadwrn, a nyrs y strôc bob pythefnos"),
])
def test_who_helps_makes_no_outcome(sqlite_url: str, language: str, answer: str) -> None:
    conversation = started_with_record(_sender("strengths-none", language, answer), language, role="person",
                                       name="Mererid")
    conversation.say("Cael mynd i'r capel." if language == "cy" else "Getting to chapel.")
    conversation.say(answer)
    assert not any(answer[:20] in text for text in _outcomes(conversation.sender_id))


# "Cymraeg neu Saesneg, dim ots" at the communication question: the language line, no outcome -------------------------

@pytest.mark.parametrize("language, answer", [
    ("cy", "Cymraeg neu Saesneg, dim ots"),  # span33's words
    ("en", "Welsh or English, doesn't matter"),
    ("cy", "Cymraeg plis"), ("en", "English is fine"),
])
def test_a_language_chosen_at_the_communication_question_is_no_outcome(sqlite_url: str, language: str,
                                                                       answer: str) -> None:
    sender = _sender("language-choice", language, answer)
    conversation = started_with_record(sender, language, role="person", name="Mererid")
    while conversation.requested != "q_communication":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("Cael mynd i'r capel." if conversation.requested == "q_what_matters" and language == "cy"
                         else "Getting to chapel." if conversation.requested == "q_what_matters" else "/skip",
                         intent=None if conversation.requested == "q_what_matters" else "skip")
    conversation.say(answer)
    assert not any(answer in text or text in answer for text in _outcomes(sender))
    record = load_record(sender)
    assert record is not None
    assert f"“{answer}”" in render_markdown(record, language)  # in their words, under language


@pytest.mark.parametrize("language, answer, kept", [
    ("cy", "Cymraeg, a fi yna efo hi", "fi yna efo hi"),  # being there is how to help
    ("en", "Welsh, and me there with her", "me there with her"),
])
def test_more_than_a_language_at_the_communication_question_is_still_an_outcome(sqlite_url: str, language: str,
                                                                               answer: str, kept: str) -> None:
    sender = _sender("language-more", language, answer)
    conversation = started_with_record(sender, language, role="person", name="Mererid")
    while conversation.requested != "q_communication":
        conversation.say("/skip", intent="skip")
    conversation.say(answer)
    assert any(kept in text for text in _outcomes(sender)), _outcomes(sender)


# "be sy'n digwydd nesa?" is answered with "next"; the stop reply on Telegram says no code is needed ------------------

@pytest.mark.parametrize("language, register, asked, told, never", [
    ("cy", "ti", "be sy'n digwydd nesa ar ol hwn", "beth sy'n digwydd nesaf", "beth sy'n digwydd nawr"),  # trial's words
    ("cy", "chi", "be sy'n digwydd nesa ar ol hwn", "beth sy'n digwydd nesaf", "beth sy'n digwydd nawr"),
    ("en", "ti", "what happens next after this?", "what happens next", "what happens now"),
    ("en", "chi", "what happens next after this?", "what happens next", "what happens now"),
])
def test_what_happens_next_is_answered_as_next(sqlite_url: str, language: str, register: str, asked: str, told: str,
                                               never: str) -> None:
    sender = _sender("next", language, register)
    conversation = started_with_record(sender, language, role="young_person" if register == "ti" else "person",
                                       name="Cadi")
    conversation.say(asked)
    assert told in conversation.text and never not in conversation.text
    assert conversation.requested == "q_what_matters"  # and the question again


@pytest.mark.parametrize("language, register", [("cy", "chi"), ("cy", "ti"), ("en", "chi"), ("en", "ti")])
def test_the_stop_reply_says_no_code_is_needed_to_come_back(sqlite_url: str, language: str, register: str) -> None:
    sender = _sender("stop", language, register)
    conversation = started_with_record(sender, language, role="young_person" if register == "ti" else "person",
                                       name="Cadi")
    conversation.stop("rhaid i fi fynd, stop" if language == "cy" else "gotta go, stop")
    assert messages.text("stopped", language, register) in conversation.text  # Telegram's and the terminal's reply
    assert ("Does dim angen cod" if language == "cy" else "code") in conversation.text


# "I look after my wife" / "y wraig" at "who is talking?": who she is to him is kept -----------------------------------

@pytest.mark.parametrize("language, text, relation", [
    ("en", "I look after my wife", "my wife"),  # leftovers33's words
    ("cy", "dwi'n edrych ar ol y wraig", "y wraig"),
    ("cy", "y wraig", "y wraig"), ("en", "my wife", "my wife"),
])
def test_the_relation_said_at_who_is_talking_is_kept(sqlite_url: str, language: str, text: str, relation: str) -> None:
    sender = _sender("relation", language, text)
    dialogue = _at_role(sender, language)
    dialogue.say(text)
    assert dialogue.slots["role"] == "carer" and dialogue.slots["relationship"] == relation
    dialogue.say("Dafydd")
    assert dialogue.asking == "cared_for_name"
    dialogue.say("Meinir")
    assert dialogue.asking == "q_what_matters"  # never "how are you connected to Meinir?"
    if language == "en":
        assert "to her at the moment" in dialogue.conversation.said[-1].text  # "her", from "my wife"


@pytest.mark.parametrize("language, text", [("en", "I look after my mum Pat"), ("en", "caring for someone"),
                                            ("cy", "dwi'n gofalu am rywun")])
def test_no_relation_is_read_from_other_role_answers(sqlite_url: str, language: str, text: str) -> None:
    assert kin_cared_for_in(text) is None
