"""Twelfth trial (stop 34), conversation findings, the trial's messages as fixtures with a twin in the other language.

AJ3: a typed consent was refused unless it matched the button ("Ydyw.", "Yr wyf yn fodlon…", "ie bach, iawn sbo. wês i
ddim yn siwr os o'n i'n neud hwn yn iawn"), and a yes after the start ended ("Ydy, mae hynny yn iawn.") got the
consent screen again although the last message had said "type ia or yes when you're ready to begin".
AJ2: "A fydd y lanhawraig yn cael gwybod fy mod wedi sôn am yr arian?" (will the cleaner be told I mentioned the money?)
got "Diolch, dw i wedi nodi hynny" and was kept as an outcome: a question about who will be told is answered.
AJ8: "this is boring" and "bro this is boring im going" got "Got it, thanks." and the next question, and "ok im back. nan
said i should finish it 🙄" was listed under Concerns: going is a stop, boredom is offered a stop, a return no answer.
AJ10: "…actually na, gawn ni neud o'n Gymraeg eto? sori lol" got "Thank you, I've noted that" and "can we do english
actually its easier to type" was kept as her support answer: the request switches, and is never the answer.
AJ13: "Siaradwch yn araf ac wynebwch fi… Yr wyf yn darllen gwefusau" got "Bydda i'n defnyddio geiriau symlach": a need
for the visit is kept for the worker and said so.
AJ14: after "fi yw Eirlys a fe yw Dai, y gŵr" it still asked "Am bwy dych chi'n gofalu?": who they look after, once said,
is never asked again (only the name, when the name readers found none).
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_who_sees, says_they_are_back
from bot.analysis.controls import bored_of_this, consent_in, control_of, language_request
from bot.conversation import steering
from bot.conversation.safety import note_risk
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn, at_question
from tests.conversation.test_about_assistant import _at_question, _sender
from tests.conversation.test_disclosure_path import _answers
from tests.conversation.test_flow_findings_trial31 import _as_rasa_routes_a_request
from tests.conversation.test_start_never_loops import _at_consent
from tests.conversation.test_stop_and_come_back_trial26 import _intent
from tests.conversation.test_tone_stop22 import _at

# --- AJ3: a clear yes to consent is a yes ---------------------------------------------------------------------------

TYPED_YES = [
    ("cy", "Ydyw. Yr wyf yn fodlon i chwi ysgrifennu fy atebion."),
    ("cy", "Ydyw."),
    ("cy", "Ydy, mae hynny yn iawn."),
    ("cy", "ie bach, iawn sbo. wês i ddim yn siwr os o'n i'n neud hwn yn iawn"),
    ("cy", "Ydym, dyn ni'n fodlon."),
    ("en", "yes that's fine"),
    ("en", "yeah go on"),
    ("en", "Yes. I am content for you to write down my answers."),
    ("en", "yeah ok, not sure if im doing this right lol"),
]


@pytest.mark.parametrize("language,text", TYPED_YES)
def test_a_typed_yes_at_consent_begins_the_questions(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("fix34a-aj3", language, text), language)
    dialogue.say(text)
    assert dialogue.asking == "role"
    assert dialogue.record().consent is True


@pytest.mark.parametrize("text", ["Dw i ddim yn fodlon i chi ysgrifennu fy atebion.", "Nac ydyw.",
                                  "I'm not content with that", "not sure if I want you to write it down"])
def test_not_content_is_never_a_yes(text: str) -> None:
    assert consent_in(text) is not True


@pytest.mark.parametrize("language,unclear,yes", [
    ("cy", ["hmm", "wel", "mmm"], "Ydy, mae hynny yn iawn."),
    ("en", ["hmm", "well", "mmm"], "yes that's fine"),
])
def test_after_the_start_ended_unclear_a_yes_begins_the_questions(sqlite_url: str, language: str, unclear: list[str],
                                                                   yes: str) -> None:
    """The start ended with "type ia or yes when you're ready to begin": a typed yes then begins, never the screen."""
    dialogue = _at_consent(_sender("fix34a-aj3-after", language, yes), language)
    for text in unclear:
        dialogue.say(text)
    assert dialogue.record().status == "declined"
    reply = dialogue.say(yes)
    assert messages.text("consent_again", language) not in reply
    assert dialogue.asking == "role" and dialogue.record().consent is True


# --- AJ2: "will the cleaner be told?" is answered, never an outcome -------------------------------------------------

TOLD = {
    "cy": "A fydd y lanhawraig yn cael gwybod fy mod wedi sôn am yr arian? Nid wyf am iddi golli ei gwaith ar fy "
          "nghyfrif i.",
    "en": "Will the cleaner be told I mentioned the money? I don't want her to lose her job on my account.",
}
QUESTION = {"cy": "A fydd y lanhawraig yn cael gwybod", "en": "Will the cleaner be told"}


@pytest.mark.parametrize("text", [
    "A fydd y lanhawraig yn cael gwybod fy mod wedi sôn am yr arian?", "Will the cleaner be told I mentioned the money?",
    "Ydy fy merch yn cael gwybod beth ddywedais i?", "Does the carer get told that I complained?",
])
def test_who_will_be_told_asks_who_sees(text: str) -> None:
    assert asks_who_sees(text)


@pytest.mark.parametrize("text", ["I will be told about it later", "Mam will hear about it",
                                  "Dw i'n cael gwybod am y canlyniadau ddydd Llun"])
def test_being_told_themselves_is_no_question_to_us(text: str) -> None:
    assert not asks_who_sees(text)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_who_will_be_told_is_answered_and_not_an_outcome(sqlite_url: str, language: str) -> None:
    sender = _sender("fix34a-aj2", language)
    dialogue = _at_question(sender, language, "q_anything_else")
    reply = dialogue.say(TOLD[language])
    assert messages.text("who_sees", language, "chi") in reply
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert not [o.text for o in conv.outcomes if QUESTION[language].lower() in o.text.lower()]


# --- AJ8: leaving and boredom are heard; a return line is no answer ---------------------------------------------------

GOING = [("en", "bro this is boring im going"), ("cy", "brawd, ma hwn yn boring, dw i'n mynd"),
         ("en", "im going"), ("cy", "dwi'n mynd")]


@pytest.mark.parametrize("language,text", GOING)
def test_going_is_a_stop(sqlite_url: str, language: str, text: str) -> None:
    assert control_of(text) == ("stop", None)
    assert _intent(text) == "stop"  # Rasa's NLU routes it to the stop (bot.nlu.signals)
    conversation = _at(language, "young_person", "q_change", "fix34a-aj8-going")
    conversation.messages.append(text)
    turn = MemoryTurn(conversation, text, "stop")
    assert note_risk(turn).level == "none"
    steering.stop(turn)
    said = "\n".join(m.text for m in conversation.said)
    assert messages.text("stopped", language, "ti", "young_person") in said
    assert not [words for key, words, _ in _answers(conversation.sender_id) if key == "change"]


@pytest.mark.parametrize("text", ["Dad goes to the club where im going", "I'm going to the shops with nan",
                                  "Dw i'n mynd i'r capel bob dydd Sul", "ma fe'n gwybod lle dw i'n mynd"])
def test_where_they_go_is_an_answer(text: str) -> None:
    assert control_of(text) is None


BORED = {"en": "this is boring", "cy": "ma hwn yn boring"}


@pytest.mark.parametrize("text", ["this is boring", "ma hwn yn boring", "bored now", "dw i wedi diflasu nawr",
                                  "these questions are so long 🙄"])
def test_bored_of_this(text: str) -> None:
    assert bored_of_this(text)


@pytest.mark.parametrize("text", ["school is boring", "im bored at home all day", "dw i'n bored yn y tŷ",
                                  "Mae Dad yn diflasu yn y tŷ", "im bored"])
def test_bored_in_their_life_is_an_answer(text: str) -> None:
    assert not bored_of_this(text)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_bored_is_offered_a_stop_and_never_kept(sqlite_url: str, language: str) -> None:
    sender = _sender("fix34a-aj8-bored", language)
    dialogue = _at_question(sender, language, "q_change")
    reply = dialogue.say(BORED[language])
    offer = messages.text("bored_offer", language, "chi", left=0).split("0")[0]
    assert offer in reply
    assert dialogue.asking == "q_change"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert BORED[language] not in [a.text for a in conv.answers if a.question_key == "change"]
        assert not [o for o in conv.outcomes if BORED[language] in o.text]


BACK = {"en": "ok im back. nan said i should finish it 🙄",
        "cy": "reit dw i nôl. mam-gu wedi gweud bod rhaid i fi orffen e 🙄"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_return_line_is_no_answer(sqlite_url: str, language: str) -> None:
    assert says_they_are_back(BACK[language])
    sender = _sender("fix34a-aj8-back", language)
    dialogue = _at_question(sender, language, "q_worries")
    dialogue.say(BACK[language])
    assert dialogue.asking == "q_worries"
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert BACK[language] not in [a.text for a in conv.answers if a.question_key == "worries"]


# --- AJ10: a language asked for in a short message switches, and is never the answer --------------------------------

@pytest.mark.parametrize("chosen,text,wanted,answer", [
    ("en", "Leah, mam, nain yn Pwllheli. actually na, gawn ni neud o'n Gymraeg eto? sori lol", "cy",
     "Leah, mam, nain yn Pwllheli."),
    ("cy", "Leah, mam, my nan in Pwllheli. actually no, can we do it in English again? sorry lol", "en",
     "Leah, mam, my nan in Pwllheli."),
])
def test_an_answer_then_a_request_switches_and_keeps_the_answer(sqlite_url: str, chosen: str, text: str, wanted: str,
                                                                answer: str) -> None:
    assert language_request(text) == wanted
    sender = _sender("fix34a-aj10-answer", text)
    conversation = at_question(sender, chosen, "q_people", what_matters="Leah and my music", role="young_person")
    _as_rasa_routes_a_request(conversation, text)
    assert conversation.slots["language"] == wanted
    kept = [words for key, words, _ in _answers(sender) if key == "people"]
    assert kept == [text]  # kept as typed, for the question asked
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert not [o.text for o in conv.outcomes if "Gymraeg" in o.text or "English" in o.text]


@pytest.mark.parametrize("chosen,text,wanted", [
    ("cy", "can we do english actually its easier to type", "en"),
    ("en", "gawn ni neud o'n Gymraeg eto? mae'n haws i fi deipio", "cy"),
])
def test_a_request_with_its_reason_is_no_answer(sqlite_url: str, chosen: str, text: str, wanted: str) -> None:
    sender = _sender("fix34a-aj10-reason", text)
    conversation = at_question(sender, chosen, "q_support", what_matters="Leah and my music", role="young_person")
    _as_rasa_routes_a_request(conversation, text)
    assert conversation.slots["language"] == wanted
    assert conversation.requested == "q_support"  # the same question again, in the language asked for
    assert not [words for key, words, _ in _answers(sender) if key == "support"]


# --- AJ13: "face me, I lip-read" is a need for the visit, not a wish for simpler words ------------------------------

LIP_READ = {"cy": "Siaradwch yn araf ac wynebwch fi, os gwelwch yn dda. Yr wyf yn darllen gwefusau. Yn Gymraeg, bob "
                  "amser.",
            "en": "please face me when you speak, I lip-read. Speak slowly too."}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_visit_need_is_kept_for_the_worker(sqlite_url: str, language: str) -> None:
    sender = _sender("fix34a-aj13", language)
    dialogue = _at_question(sender, language, "q_support")
    reply = dialogue.say(LIP_READ[language])
    assert messages.text("visit_need_noted", language, "chi") in reply
    assert messages.text("simpler_words_noted", language, "chi") not in reply
    assert dialogue.asking != "q_support"
    assert [words for key, words, _ in _answers(sender) if key == "support"] == [LIP_READ[language]]


@pytest.mark.parametrize("text", ["siaradwch yn araf plis and use easy Welsh", "simpler English please"])
def test_simpler_words_are_still_heard(text: str) -> None:
    from bot.analysis.controls import asks_for_simpler_words

    assert asks_for_simpler_words(text) is not None


# --- AJ14: who they look after, said with their own name, is never asked again -------------------------------------

BOTH = {"cy": "fi yw Eirlys a fe yw Dai, y gŵr. Ma fe wedi cael trawiad ar y galon mis dwetha a sa fe'n arafu dim",
        "en": "I'm Eirlys and he's Dai, my husband. He had a heart attack last month and he won't slow down"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_who_they_look_after_is_not_asked_again(sqlite_url: str, language: str) -> None:
    from tests.conversation.test_start_never_loops import _at_role

    dialogue = _at_role(_sender("fix34a-aj14", language), language)
    dialogue.say('/choose{"choice":"carer"}', intent="choose")
    assert dialogue.asking == "name"
    reply = dialogue.say(BOTH[language])
    assert dialogue.slots["name"] == "Eirlys"
    who = messages.text("cared_for_name", language).split("?")[0]  # "Am bwy dych chi'n gofalu", "Who do you look after"
    assert who not in reply
    assert dialogue.slots.get("cared_for_name") == "Dai" or dialogue.asking == "cared_for_name"
    assert dialogue.record().relationship_to_person in ("y gŵr", "my husband")
    if dialogue.asking == "cared_for_name":  # (until the name readers find "Dai" in it: only the name, once)
        assert messages.text("cared_for_name_only", language) in reply
        dialogue.say("Dai")
    assert dialogue.slots["cared_for_name"] == "Dai" and dialogue.asking not in ("cared_for_name", "relationship")
