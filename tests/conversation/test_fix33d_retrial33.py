"""Re-trial 33 (issue 11): what the re-trial found still open, through the conversation core, SQLite and the summary,
with the re-trial's own words and a twin in the other language.

AH1: "what happens to all this info after?" and "what do you do with my data?" got "Thank you, I've noted that." and
were kept as answers (at a question and at the read-back); they are questions to us, answered with how long their
answers are kept and who gets them, never an answer.

AG1 in new words: "Meini dwi'n galw hi, Meinir ar y ffurflenni" at the carer's own name question got "Diolch, Meini."
(the name he calls his wife), and "nid Meini ydw i de, Dafydd dwi" was ignored.

AG6 in new words: "…can I stop this and carry on after? will it save what ive put" at the end of a long answer went on
to the next question, and "right im back where was we" got "OK, thank you for that." and was filed under Strengths.

AG5: after "Sgynnoch chi Gymraeg symlach plis…" the question it interrupted was never asked again, and the request
became a way help should be given: it is a request, the question is asked again (in simpler words), never an outcome.

AG14: "Donna. Im doing this for my dad, Keith" at the carer's own name question was followed by "Who do you look after?".
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, says_they_are_back
from bot.analysis.controls import ends_with_a_stop
from bot.conversation.about_you import name_said_of_someone_else
from bot.summary.record import load_record
from tests.conversation.test_fix33a_trial33 import (
    _answers,
    _carer_at_own_name,
    _carer_past_the_start,
    _facts,
    _intent,
)
from tests.conversation.test_readback_corrections_trial32 import _comments, _listed, _with_items


def _sender(*parts: object) -> str:
    return "mem-fix33d-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _kept_for(language: str) -> str:
    """The first line of the data answer, without its figures."""
    return messages.text("how_long_kept", language, "chi", kept_days_after_visit="X", kept_days_unsent="Y") \
        .split(".")[0]


# AH1: what happens to their information ------------------------------------------------------------------------------

DATA_QUESTIONS = {"en": ["what happens to all this info after?", "what do you do with my data?"],
                  "cy": ["be sy'n digwydd i'r wybodaeth 'ma wedyn?", "be dach chi'n neud efo fy nata i?"]}


@pytest.mark.parametrize("text", [*DATA_QUESTIONS["en"], *DATA_QUESTIONS["cy"], "what happens to what I write?",
                                  "be sy'n digwydd i hyn i gyd wedyn?"])
def test_a_question_about_their_information_gets_the_data_answer(text: str) -> None:
    assert asks_about_assistant(text) == "whole" and about_assistant_reply(text) == "how_long_kept"


@pytest.mark.parametrize("text", ["what happens next?", "I worry what happens to mum after",
                                  "what do you do with my mum on a bad day?", "be sy'n digwydd i mam wedyn",
                                  "dwi'n poeni be sy'n digwydd i Dad"])
def test_no_question_about_their_information_in_these(text: str) -> None:
    assert about_assistant_reply(text) != "how_long_kept"


def test_who_will_see_is_still_who_sees() -> None:
    assert about_assistant_reply("who will see what I write?") == "who_sees"


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("which", [0, 1])
def test_at_a_question_it_is_answered_and_never_kept(sqlite_url: str, language: str, which: int) -> None:
    text = DATA_QUESTIONS[language][which]
    sender = _sender("ah1-question", language, which)
    dialogue = _carer_past_the_start(sender, language, "Wil")
    asked = dialogue.asking
    reply = dialogue.say(text)
    assert _kept_for(language) in reply
    assert not any(messages.text(key, language, "chi") in reply for key in ("ack_2", "ack_3"))
    assert dialogue.asking == asked
    assert all(said != text for key, said in _answers(sender) if key != "aside"), _answers(sender)


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("which", [0, 1])
def test_at_the_read_back_it_is_answered_and_never_kept(sqlite_url: str, language: str, which: int) -> None:
    text = DATA_QUESTIONS[language][which]
    sender = _sender("ah1-readback", language, which)
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    mark = len(conversation.said)
    conversation.say(text)
    reply = "\n".join(m.text for m in conversation.said[mark:])
    assert _kept_for(language) in reply
    assert messages.text("readback_noted", language, "chi", "carer") not in reply
    assert _listed(sender) == before  # no outcome made of it
    # kept as typed beside the list for the worker, as any question to us at the read-back is (stop-24 T5), and never
    # an answer to a question
    assert [said for said, _ in _comments(sender)] == [text]
    assert all(said != text for key, said in _answers(sender) if key.startswith("q_"))


# AG1: a name said with "hi" / "her" is hers; "nid X ydw i, Y dwi" puts their own right -------------------------------

HER_NAME = {"cy": "Meini dwi'n galw hi, Meinir ar y ffurflenni", "en": "Meini I call her, Meinir on the forms"}
NOT_ME = {"cy": "Y wraig, Meinir. Ond nid Meini ydw i de, Dafydd dwi",
          "en": "The wife, Meinir. But I'm not Meini, I'm Dafydd"}


@pytest.mark.parametrize("text", [*HER_NAME.values(), "Meini I call her", "Meini dw i'n ei galw hi",
                                  "Meini ydi hi"])
def test_a_name_the_speaker_calls_her_is_hers(text: str) -> None:
    found = name_said_of_someone_else(text)
    assert found is not None and found[0] == "Meini"


@pytest.mark.parametrize("text", ["Dafydd dwi", "I'm Dafydd", "Dafydd dwi'n cael fy ngalw"])
def test_his_own_name_is_not_hers(text: str) -> None:
    assert name_said_of_someone_else(text) is None


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_name_he_calls_her_is_not_his_and_his_own_is_asked(sqlite_url: str, language: str) -> None:
    sender = _sender("ag1-calls-her", language)
    dialogue = _carer_at_own_name(sender, language)
    reply = dialogue.say(HER_NAME[language])
    assert messages.text("nice_to_meet", language, "chi", name="Meini") not in reply
    assert dialogue.slots["cared_for_name"] == "Meini" and not dialogue.slots.get("name")
    assert dialogue.asking == "name"
    dialogue.say("Dafydd")
    facts = _facts(sender, language)
    assert facts["name"] == "Dafydd" and facts["cared_for_name"] == "Meini"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_not_that_name_this_one_puts_his_own_right(sqlite_url: str, language: str) -> None:
    sender = _sender("ag1-not-me", language)
    dialogue = _carer_at_own_name(sender, language)
    dialogue.say("Meini")  # taken as his, as the re-trial's words were
    assert dialogue.slots["name"] == "Meini" and dialogue.asking == "cared_for_name"
    reply = dialogue.say(NOT_ME[language])
    assert messages.text("name_corrected", language, "chi", new_name="Dafydd") in reply
    assert dialogue.slots["name"] == "Dafydd" and dialogue.slots["cared_for_name"] == "Meinir"
    assert _facts(sender, language)["name"] == "Dafydd"


@pytest.mark.parametrize("language, text", [("cy", "nid Meini ydw i de, Dafydd dwi"),
                                            ("en", "I'm not Meini, I'm Dafydd")])
def test_not_that_name_alone_later_puts_his_own_right(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("ag1-not-me-later", language)
    dialogue = _carer_past_the_start(sender, language, "Meini")
    asked = dialogue.asking
    reply = dialogue.say(text)
    assert messages.text("name_corrected", language, "chi", new_name="Dafydd") in reply
    assert dialogue.slots["name"] == "Dafydd" and dialogue.asking == asked
    assert all(said != text for key, said in _answers(sender) if key.startswith("q_"))


# AG6: a stop at the end of a long answer, and back again -------------------------------------------------------------

LONG_THEN_STOP = {
    "en": "good day for dad is his paper and a walk down the club for a half with his butties, he loves the rugby on "
          "telly. hes been bad on his legs since christmas mind. oh hang on the school is ringing me about my youngest, "
          "can I stop this and carry on after? will it save what ive put",
    "cy": "diwrnod da i dad ydi ei bapur a mynd lawr i'r clwb am hanner efo'i fêts, mae o'n caru'r rygbi ar y teli. mae "
          "o 'di bod yn ddrwg ar ei goesau ers dolig cofia. o aros funud mae'r ysgol yn ffonio fi am y fenga, ga i "
          "stopio hwn a chario mlaen wedyn? fydd o'n cadw be dwi 'di roi",
}
BACK_AGAIN = {"en": "right im back where was we", "cy": "reit dwi nol lle oedden ni"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_stop_after_a_long_answer_is_a_stop(language: str) -> None:
    assert ends_with_a_stop(LONG_THEN_STOP[language])
    assert _intent(LONG_THEN_STOP[language]) == "stop"


@pytest.mark.parametrize("text", ["He loves his garden. will it save what ive put", "He loves his garden. I want him "
                                  "to carry on after", "Mae o'n caru'r ardd. Mae o isio cario mlaen wedyn"])
def test_no_stop_in_these(text: str) -> None:
    assert not ends_with_a_stop(text)


@pytest.mark.parametrize("text", [*BACK_AGAIN.values(), "ok im back. where was we?", "back now lle oedden ni"])
def test_back_and_where_were_we_in_one_breath(text: str) -> None:
    assert says_they_are_back(text)


@pytest.mark.parametrize("text", ["im back where was we with the garden, he loves it", "his back is where it hurts",
                                  "im back. he wants to keep his allotment"])
def test_back_with_an_answer_is_an_answer(text: str) -> None:
    assert not says_they_are_back(text)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_long_answer_is_kept_the_stop_heard_and_back_again_is_no_strength(sqlite_url: str, language: str) -> None:
    sender = _sender("ag6", language)
    dialogue = _carer_past_the_start(sender, language, "Donna")
    assert dialogue.asking == "q_what_matters"
    conversation = dialogue.conversation
    mark = len(conversation.said)
    conversation.stop(LONG_THEN_STOP[language])  # as Rasa's action_stop, the intent the signals gave it
    said = "\n".join(m.text for m in conversation.said[mark:])
    assert messages.text("stopped", language, "chi", "carer") in said
    assert dialogue.record().status == "stopped"
    assert any(key in {"what_matters", "q_what_matters"} for key, _ in _answers(sender)), _answers(sender)
    conversation.slots["paused"] = False
    conversation._ask_next()
    asked = conversation.requested
    assert asked is not None and asked.startswith("q_")
    reply = dialogue.say(BACK_AGAIN[language])
    assert dialogue.asking == asked
    assert messages.text("question_again", language, "chi") in reply
    assert all(text != BACK_AGAIN[language] for key, text in _answers(sender) if key != "aside")


# AG14: whom they do this for, named after their own name -------------------------------------------------------------

FOR_MY_DAD = {"en": "Donna. Im doing this for my dad, Keith", "cy": "Donna. Dw i'n gwneud hyn ar ran fy nhad, Keith"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_whom_she_does_this_for_is_not_asked_again(sqlite_url: str, language: str) -> None:
    sender = _sender("ag14-for-dad", language)
    dialogue = _carer_at_own_name(sender, language)
    reply = dialogue.say(FOR_MY_DAD[language])
    assert messages.text("nice_to_meet", language, "chi", name="Donna") in reply
    assert dialogue.slots["name"] == "Donna" and dialogue.slots["cared_for_name"] == "Keith"
    assert dialogue.asking not in ("cared_for_name", "relationship", "name")
    facts = _facts(sender, language)
    assert facts["name"] == "Donna" and facts["cared_for_name"] == "Keith"


@pytest.mark.parametrize("language, text", [("en", "Donna. Im doing this for my dad"),
                                            ("cy", "Donna. Dw i'n gwneud hyn ar ran fy nhad")])
def test_for_dad_without_his_name_still_asks_his_name(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_at_own_name(_sender("ag14-for-dad-unnamed", language), language)
    dialogue.say(text)
    assert dialogue.slots["name"] == "Donna" and not dialogue.slots.get("cared_for_name")
    assert dialogue.asking == "cared_for_name"


# AG5: a request for simpler words asks the question again ------------------------------------------------------------

SIMPLER = {"cy": "Be di 'hyd y gwyddoch chi'? Sgynnoch chi Gymraeg symlach plis, dwi'm yn dallt geiria crand",
           "en": "What does 'as far as you know' mean? Have you got simpler English please, I don't understand big words"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_simpler_words_asked_for_ask_the_question_again_and_are_no_outcome(sqlite_url: str, language: str) -> None:
    sender = _sender("ag5", language)
    dialogue = _carer_past_the_start(sender, language, "Dafydd")
    asked = dialogue.asking
    assert asked == "q_what_matters"
    reply = dialogue.say(SIMPLER[language])
    assert messages.text("simpler_words_noted", language, "chi") in reply
    assert dialogue.asking == asked  # the question it interrupted, again
    assert all(text != SIMPLER[language] for key, text in _answers(sender) if key != "aside")
    dialogue.say("Ei gardd a'r radio" if language == "cy" else "Her garden and the radio")
    assert dialogue.asking != asked
    record = load_record(sender)
    assert record is not None
    assert all("simpl" not in str(o.get("text") or "").lower() for o in record["outcomes"])
