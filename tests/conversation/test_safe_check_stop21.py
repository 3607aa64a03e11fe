"""The safe check never asked a third time, and a question with a break answered and the break taken (stop 21).

- Trial T28: after a disclosure an 80-year-old answered what he took to be the next questions ("My daughter Sue,
  the boys down the Legion, and Kyle I suppose.", "Phone me on the landline, I dont do texts. Speak up, Im a bit
  mutt and jeff.", "Any morning except Friday, thats Legion day.", "No thats all, ta"): each got "Are you safe
  right now?" again, four times. Now the check is asked at most twice; every word is kept; a reply that may say
  they are not safe ("I dont do texts" reads like "I'm not safe" to the reader) still never carries on.
- Trial T24 (the rest): "can I have a break, will someone ring me?" / "ga i frêc? fydd rhywun yn ffonio?" got the
  question answered and the check asked again; the break came only with the next message. Now both at once.
Through the conversation core, Welsh and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)
DISCLOSURE = {"en": "He hits me when he's had a drink and I'm scared to go home.",
              "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}
# T28's four answers, and a Welsh twin.
ORDINARY = {
    "en": ["My daughter Sue, the boys down the Legion, and Kyle I suppose.",
           "Phone me on the landline, I dont do texts. Speak up, Im a bit mutt and jeff.",
           "Any morning except Friday, thats Legion day.",
           "No thats all, ta"],
    "cy": ["Fy merch Sue, yr hogia yn y Lleng, a Kyle am wn i.",
           "Ffoniwch y tŷ, dwi ddim yn gwneud tecsts. Siaradwch yn uchel, dwi'n drwm fy nghlyw.",
           "Unrhyw fore heblaw dydd Gwener, diwrnod y Lleng ydi hwnnw.",
           "Na, dyna i gyd, diolch"],
}
ASKS_AND_BREAK = {"en": "can I have a break, will someone ring me?", "cy": "ga i frêc? fydd rhywun yn ffonio?"}
ASKS_AND_STOP = {"en": "can we stop. who is going to read this?", "cy": "gawn ni stopio? pwy fydd yn darllen hwn?"}
UNSAFE_ASKS_AND_BREAK = {"en": "he's back. can I have a break, will someone ring me?",
                         "cy": "mae o nôl. ga i frêc? fydd rhywun yn ffonio?"}


def _adult(language: str) -> MemoryConversation:
    return started(f"check21-{next(_senders)}", language, role="person", name="Dilwyn")


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], "chi")


def _times_asked(conversation: MemoryConversation) -> int:
    """How often "are you safe right now?" was asked (the first check, and again)."""
    return sum(m.text.count(_text(conversation, key)) for m in conversation.said
               for key in ("safety_check", "safety_check_again"))


@pytest.mark.parametrize("language", ["en", "cy"])
def test_his_ordinary_answers_carry_on_at_the_second_and_every_word_is_kept(sqlite_url: str, language: str) -> None:
    """"I dont do texts" says how to reach him, no word of danger: two plain replies in a row carry on."""
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    asked = conversation.requested
    conversation.say(ORDINARY[language][0])
    assert conversation.text.endswith(_text(conversation, "safety_check_again"))
    conversation.say(ORDINARY[language][1])
    assert _text(conversation, "safety_check_carry_on") in conversation.text
    assert conversation.requested == asked  # on with the questions
    assert _times_asked(conversation) == 2
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK) == ORDINARY[language][:2]
    record = load_record(conversation.sender_id)
    assert record is not None
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    said = [a["text"] for a in record["answers"] if a["id"] in urgent["after"]["safe_check_replies"]]
    assert said == ORDINARY[language][:2]  # under the disclosure, every word


MAY_BE_UNSAFE = {"en": ["I'm not safe", "he's my stepdad", "he's not the one I'm scared of", "no"],
                 "cy": ["dwi ddim yn saff", "fy llystad i ydi o", "nid fo sy'n codi ofn arna i", "na"]}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_replies_that_may_be_unsafe_never_carry_on_and_the_check_is_asked_at_most_twice(sqlite_url: str,
                                                                                         language: str) -> None:
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    asked = conversation.requested
    for reply in MAY_BE_UNSAFE[language]:
        conversation.say(reply)
        assert conversation.requested == asked  # never carries on
    assert _times_asked(conversation) == 2
    # told once, plainly, that the questions wait; after that, only that it is kept
    assert sum(m.text.count(_text(conversation, "safety_check_kept")) for m in conversation.said) == 1
    assert conversation.text.endswith(_text(conversation, "safety_check_waiting"))
    assert conversation.said[-1].buttons  # the choice, one press away
    assert repository.safe_check(conversation.sender_id)[0] == "kept"
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK) == MAY_BE_UNSAFE[language]
    record = load_record(conversation.sender_id)
    assert record is not None
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert urgent["after"]["choice"] == "waiting"  # (the record says: no answer yet)
    conversation.say("carry on" if language == "en" else "parhau")
    assert conversation.text.startswith(_text(conversation, "safety_check_carry_on"))
    assert repository.safe_check(conversation.sender_id)[0] is None


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_way_back_after_two_asks_offers_the_choice_not_the_check(sqlite_url: str, language: str) -> None:
    """Help or a language switch at the check (bot.conversation.pause.before_question) does not ask it a third time."""
    from bot.conversation import pause
    from tests.conversation.memory import MemoryTurn

    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    conversation.say(MAY_BE_UNSAFE[language][0])
    assert _times_asked(conversation) == 2
    conversation.said.clear()
    assert pause.before_question(MemoryTurn(conversation, "/help", intent="help")) is False
    assert [m.text for m in conversation.said] == [_text(conversation, "safety_check_choose")]
    assert repository.safe_check(conversation.sender_id)[0] == "kept"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_question_and_a_break_in_one_message_answers_and_takes_the_break(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    asked = conversation.requested
    conversation.said.clear()
    conversation.say(ASKS_AND_BREAK[language])
    said = conversation.text
    assert _text(conversation, "safety_check_questions") in said  # the question answered
    assert said.index(_text(conversation, "safety_check_questions")) < said.index(
        _text(conversation, "safety_check_break"))  # then the break
    assert _text(conversation, "safety_check_again") not in said
    assert repository.safe_check(conversation.sender_id)[0] == "break"
    assert conversation.requested == asked
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK) == [ASKS_AND_BREAK[language]]  # once
    record = load_record(conversation.sender_id)
    assert record is not None
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert [s["step"] for s in urgent["after"]["steps"]] == ["break"]
    assert urgent["after"]["choice"] == "break"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_question_and_a_stop_in_one_message_answers_and_stops(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    conversation.said.clear()
    conversation.say(ASKS_AND_STOP[language])
    assert _text(conversation, "safety_check_questions") in conversation.text
    assert messages.text("stopped", language) in conversation.text
    record = load_record(conversation.sender_id)
    assert record is not None and record["status"] == "stopped"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_break_beside_words_that_may_be_unsafe_keeps_the_check_open(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    conversation.said.clear()
    conversation.say(UNSAFE_ASKS_AND_BREAK[language])
    assert _text(conversation, "safety_check_questions") in conversation.text  # still answered
    assert _text(conversation, "safety_check_break") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] == "again"  # asked once more


# Trial stop 21: a break or a stop inside a sentence, beside a question or a way to reach them, looped the check.
IN_A_SENTENCE = [
    # U16 (13, young carer) and a Welsh twin: the questions pause, no "are you safe?" a third time
    ("en", "im fine. im at home. lily is watching tv. can we stop for now i need to do tea", False),
    ("cy", "dwi'n iawn. dwi adra. ma lili'n gwylio'r teli. gawn ni stopio am rwan, dwi angen neud te", False),
    ("en", "i said i want to stop for now. bye", False),
    ("cy", "dwi wedi deud, dwi isio stopio am rwan. hwyl", False),
    # U14 (67, south Welsh) and an English twin: a safe way to call, and a break
    ("cy", "Ffono'r mobeil sy ore, dim y tŷ. Wi moyn hoe fach nawr, ma'r frest yn dynn. Dof i nôl mewn awr, os yw "
           "hwnna'n iawn", False),
    ("en", "Ring the mobile, not the house. I want a little break now, my chest is tight. I'll be back in an hour, if "
           "that's ok", False),
    # U25: a question and a break; the question answered first
    ("en", "I just told you, mobile. will the police come? I need a break now, my hands are shaking", True),
    ("cy", "mobeil ddudis i. fydd yr heddlu'n dod? dwi angen seibiant rwan, dwi'n crynu", True),
]


@pytest.mark.parametrize("language,reply,asks", IN_A_SENTENCE)
def test_a_break_or_a_stop_inside_a_sentence_is_taken(sqlite_url: str, language: str, reply: str,
                                                      asks: bool) -> None:
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    asked = conversation.requested
    conversation.said.clear()
    conversation.say(reply)
    said = conversation.text
    assert _text(conversation, "safety_check_again") not in said
    assert _text(conversation, "safety_check_heard") not in said  # not "kept for the safeguarding team" again
    # the question answered: "will the police come?" by its own answer (stop 22), before the break
    assert (_text(conversation, "safety_check_answer_police") in said) == asks
    assert _text(conversation, "safety_check_questions") not in said
    assert repository.safe_check(conversation.sender_id)[0] == "break"  # paused (a stop pauses too)
    assert conversation.requested == asked
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK) == [reply]


# U10: a carer's question at the check, read as urgent by the learned model alone (the Welsh twin still was at
# f38f33f), raised a second urgent alert and the whole urgent reply again, and was never answered.
HER_QUESTION = {
    "en": "yes we're safe. he's asleep. but you didnt answer me, will they take him away because of my wrist? "
          "I dont want that",
    "cy": "ydan ni'n saff. mae o'n cysgu. ond nest ti ddim ateb, fyddan nhw'n mynd â fo o 'ma achos fy arddwrn? "
          "dw i ddim isio hynny",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_reply_only_the_model_reads_as_urgent_is_answered_not_alerted(sqlite_url: str, language: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.analysis.risk import rules_only
    from bot.analysis.types import RiskAssessment
    from bot.conversation import safety

    reading = safety.read_risk
    # As the model read it in the trial (suicide, the model alone, unsure: since stop 24 a "please check"; a reading
    # the model is sure of is urgent at the check too since the sixteenth trial's AR1, and added to the alert).
    monkeypatch.setattr(safety, "read_risk", lambda text: RiskAssessment("concern", ("suicide",), please_check=True)
                        if text == HER_QUESTION[language] else reading(text))
    assert rules_only(HER_QUESTION[language]).level != "urgent"  # what the test rests on: the rules read no disclosure
    conversation = _adult(language)
    conversation.say(DISCLOSURE[language])
    conversation.said.clear()
    conversation.say(HER_QUESTION[language])
    said = conversation.text
    assert _text(conversation, "safety_check_answer_taken_away") in said  # her question answered (stop 22)
    again = messages.text("urgent_again", language, "chi", helplines="")
    assert again.split("\n")[0][:30] not in said  # not the urgent reply again
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [f["level"] for f in record["risk_flags"]] == ["urgent", "concern"]  # kept beside the risk; no new alert
    assert HER_QUESTION[language] in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)
    conversation.say(DISCLOSURE[language])  # a disclosure the rules read is urgent, added to the same alert (V18)
    record = load_record(conversation.sender_id)
    assert record is not None and [f["level"] for f in record["risk_flags"]].count("urgent") == 1
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert [m["text"] for m in urgent["added_messages"]] == [DISCLOSURE[language]]
