"""Eleventh trial (stop 33, issue 11): people, language and the flow, through the conversation core, SQLite and the
summary, with the trial's own words and a twin in the other language.

AG1: at "Pa enw hoffech chi i mi ei ddefnyddio?" a husband wrote "Nans ma pawb yn galw hi. Ann ar y papura" (the
name of his wife: "hi" is her) and was thanked "Diolch, Nans."; "Wil dwi gyda llaw", later, was ignored, and the
summary gave both of them as Nans.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import questions_about_what_next, says_they_are_back
from bot.analysis.controls import asks_for_simpler_words, ends_with_a_stop
from bot.conversation.about_you import name_said_of_someone_else
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary.record import load_record
from bot.summary.view import build_view
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_readback_corrections_trial32 import _comments, _listed, _numbers, _with_items
from tests.conversation.test_start_never_loops import _at_role


def _sender(*parts: object) -> str:
    return "mem-fix33a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(sender_id: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv else []


def _facts(sender: str, language: str) -> dict[str, str]:
    record = load_record(sender)
    assert record is not None
    about = build_view(record, language).section("about")
    assert about is not None
    return {f.key: f.value for f in about.facts}


# AG1: a name said of "her" at the carer's own name question is hers -------------------------------------------------

CARER_ROLE = {"cy": "fi, dwi'n edrych ar ol y wraig. Ma hi efo dementia, a dwi ar ben fy nhennyn deud y gwir",
              "en": "me, I look after the wife. She has dementia, I'm at the end of my tether"}
HER_NAME = {"cy": "Nans ma pawb yn galw hi. Ann ar y papura", "en": "Everyone calls her Nans. Ann on the forms"}


def _carer_at_own_name(sender: str, language: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say(CARER_ROLE[language])
    assert dialogue.slots["role"] == "carer" and dialogue.asking == "name"
    return dialogue


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_name_said_of_her_is_whom_he_looks_after_and_his_own_is_asked(sqlite_url: str, language: str) -> None:
    sender = _sender("ag1-her", language)
    dialogue = _carer_at_own_name(sender, language)
    reply = dialogue.say(HER_NAME[language])
    assert messages.text("nice_to_meet", language, "chi", name="Nans") not in reply
    assert dialogue.slots["cared_for_name"] == "Nans" and not dialogue.slots.get("name")
    assert dialogue.asking == "name"  # his own name, asked once more
    assert ("name", HER_NAME[language]) in _answers(sender)  # her names, on paper too, kept as typed
    dialogue.say("Wil")
    facts = _facts(sender, language)
    assert facts["name"] == "Wil" and facts["cared_for_name"] == "Nans"


@pytest.mark.parametrize("text, name", [
    ("Nans ma pawb yn galw hi. Ann ar y papura", "Nans"), ("Nans ydi HI", "Nans"), ("Nans ma pawb yn ei galw hi", "Nans"),
    ("Everyone calls her Nans. Ann on the forms", "Nans"), ("her name's Nans", "Nans"), ("shes called Nans", "Nans"),
    ("Bob mae o'n licio", "Bob"), ("he likes Bob", "Bob"),
])
def test_a_name_said_of_her_or_him(text: str, name: str) -> None:
    found = name_said_of_someone_else(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("text", ["Wil dwi", "I'm Wil", "my name's Wil", "call me Wil", "Wil"])
def test_own_names_are_no_one_elses(text: str) -> None:
    assert name_said_of_someone_else(text) is None


@pytest.mark.parametrize("language, text", [("cy", "Wil dw i, Nans ma pawb yn galw hi"),
                                            ("en", "I'm Wil, everyone calls her Nans")])
def test_his_own_name_first_is_still_his(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_at_own_name(_sender("ag1-own-first", language), language)
    dialogue.say(text)
    assert dialogue.slots["name"] == "Wil"


# AG1: "Wil dwi gyda llaw" later on -----------------------------------------------------------------------------------

STRENGTHS_WITH_NAME = {
    "cy": "Ein merch ni, Gwenllian, yn dod draw ar ddydd sul efo cinio. A'r capel, ma nhw'n ffeind. Dwi'n neud y "
          "gweddill fy hun, golchi, bwyd, tabledi. Wil dwi gyda llaw, ddylswn i fod wedi deud ynghynt",
    "en": "Our daughter Gwenllian comes on Sundays with dinner. And the chapel, they're kind. I do the rest myself, "
          "washing, food, tablets. I'm Wil by the way, should have said earlier",
}


def _carer_past_the_start(sender: str, language: str, own: str) -> Dialogue:
    """A carer who gave "own" as his name, whose wife is Nans, at the first question about her."""
    dialogue = _carer_at_own_name(sender, language)
    dialogue.say(own)
    if dialogue.asking == "cared_for_name":
        dialogue.say("Nans")
    if dialogue.asking == "relationship":
        dialogue.say("y wraig" if language == "cy" else "my wife")
    assert dialogue.asking is not None and dialogue.asking.startswith("q_")
    return dialogue


@pytest.mark.parametrize("language", ["cy", "en"])
def test_his_name_by_the_way_inside_an_answer_is_used_from_then_on(sqlite_url: str, language: str) -> None:
    sender = _sender("ag1-btw", language)
    dialogue = _carer_past_the_start(sender, language, "Hepgor" if language == "cy" else "Skip")
    dialogue.skip_to("q_strengths")
    reply = dialogue.say(STRENGTHS_WITH_NAME[language])
    assert dialogue.slots["name"] == "Wil"
    assert messages.text("name_noted", language, "chi", new_name="Wil") in reply
    assert ("strengths", STRENGTHS_WITH_NAME[language]) in _answers(sender)  # the answer kept whole
    assert dialogue.asking != "q_strengths"
    assert _facts(sender, language)["name"] == "Wil"


@pytest.mark.parametrize("language, alone", [("cy", "Wil dwi gyda llaw"), ("cy", "gyda llaw, Wil ydw i"),
                                             ("en", "I'm Wil by the way"), ("en", "btw my name's Wil")])
def test_his_name_by_the_way_alone_puts_the_wrong_one_right_and_asks_again(sqlite_url: str, language: str,
                                                                           alone: str) -> None:
    sender = _sender("ag1-btw-alone", language, alone)
    dialogue = _carer_past_the_start(sender, language, "Nansi")
    asked = dialogue.asking
    reply = dialogue.say(alone)
    assert dialogue.slots["name"] == "Wil" and dialogue.asking == asked
    assert messages.text("name_corrected", language, "chi", new_name="Wil") in reply
    assert all(text != alone for _, text in _answers(sender))


@pytest.mark.parametrize("language, text", [("cy", "Dwi wedi blino gyda llaw"), ("en", "by the way I'm tired"),
                                            ("en", "I'm Welsh by the way"), ("cy", "Mam dwi gyda llaw")])
def test_by_the_way_without_a_name_changes_no_name(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_past_the_start(_sender("ag1-btw-none", language, text), language, "Wil")
    dialogue.say(text)
    assert dialogue.slots["name"] == "Wil"


# AG5: "Cymraeg syml plis" is a request, never an answer ---------------------------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("sori dw i ddim yn deall 'Gallech chi'. beth ydy hynna? Cymraeg syml plis", "whole"),  # the trial's words
    ("Cymraeg syml plis", "whole"), ("siaradwch yn araf", "whole"), ("use easy Welsh please", "whole"),
    ("sorry I don't understand 'Could you'. what is that? simple English please", "whole"),
    ("simpler English please", "whole"), ("can you speak more slowly please", "whole"),
    ("siaradwch yn araf plis and use easy Welsh I want to practise but if I'm tired English is ok. don't rush me",
     "part"),
    ("fi, mae hyn amdana i. Cymraeg syml plis? dw i'n deall ond not the long words", "part"),
    ("Siarad yn ara deg efo hi, a peidio deud wrthi bod hi di anghofio petha", None),  # how to talk to her (e1)
    ("speak slowly to her, she has dementia", None), ("Mae hi'n hoffi geiriau syml", None),
    ("simple things like a cup of tea with my sister", None), ("the questions are easy", None),
])
def test_a_request_for_simpler_words(text: str, reading: str | None) -> None:
    assert asks_for_simpler_words(text) == reading


def _learner_at_the_first_question(sender: str, language: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    reply = dialogue.say("fi, mae hyn amdana i. Cymraeg syml plis? dw i'n deall ond not the long words"
                         if language == "cy" else "me, this is about me. simple English please? not the long words")
    assert dialogue.slots["role"] == "person" and dialogue.asking == "name"
    assert messages.text("simpler_words_noted", language, "chi") in reply
    reply = dialogue.say("Rachel. Ond Cymraeg syml plis?" if language == "cy" else "Rachel. But simpler words please?")
    assert dialogue.slots["name"] == "Rachel" and dialogue.asking == "q_what_matters"
    assert messages.text("simpler_words_already", language, "chi") in reply
    assert messages.text("plain_q_what_matters", language, "chi") in reply  # the simpler wording already
    return dialogue


NOT_UNDERSTOOD = {"cy": "sori dw i ddim yn deall 'Gallech chi'. beth ydy hynna? Cymraeg syml plis",
                  "en": "sorry I don't understand 'Could you'. what is that? simple English please"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_simpler_words_asked_for_are_used_and_the_request_is_no_answer(sqlite_url: str, language: str) -> None:
    sender = _sender("ag5", language)
    dialogue = _learner_at_the_first_question(sender, language)
    reply = dialogue.say(NOT_UNDERSTOOD[language])
    assert dialogue.asking == "q_what_matters"  # asked again, in its simplest words
    assert messages.text("plain_q_what_matters", language, "chi") in reply
    assert messages.text("ack_2", language, "chi") not in reply
    assert not any(key == "what_matters" for key, _ in _answers(sender))  # never her answer
    reply = dialogue.say("my Welsh group at the library on Thursdays" if language == "en"
                         else "y grŵp dysgu Cymraeg yn y llyfrgell ar ddydd Iau")
    assert dialogue.asking == "q_strengths"
    assert messages.text("plain_q_strengths", language, "chi") in reply  # and the next, in its simpler words too
    assert messages.text("q_strengths", language, "chi") not in reply


@pytest.mark.parametrize("language, text", [
    ("cy", "siaradwch yn araf plis and use easy Welsh I want to practise but if I'm tired English is ok. don't rush me"),
    ("en", "speak slowly please and use easy words, I'm learning, and if I'm tired English is fine. don't rush me"),
])
def test_slow_words_asked_for_at_how_to_help_are_her_answer_too(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("ag5-how", language)
    dialogue = _at_role(sender, language)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say("Rachel")
    dialogue.skip_to("q_support")
    reply = dialogue.say(text)
    assert ("support", text) in _answers(sender)
    assert messages.text("simpler_words_noted", language, "chi") in reply
    assert messages.text("plain_q_worries", language, "chi") in reply


@pytest.mark.parametrize("language, text", [("cy", "Siarad yn ara deg efo hi, a peidio deud wrthi bod hi di anghofio"),
                                            ("en", "Speak slowly to her, and don't tell her she's forgotten things")])
def test_how_to_talk_to_her_changes_nothing_for_the_carer(sqlite_url: str, language: str, text: str) -> None:
    sender = _sender("ag5-her", language)
    dialogue = _carer_past_the_start(sender, language, "Wil")
    dialogue.skip_to("q_support")
    reply = dialogue.say(text)
    assert messages.text("simpler_words_noted", language, "chi") not in reply
    assert dialogue.asking == "q_worries" and messages.text("plain_q_worries", language, "chi", role="carer",
                                                           cared_for_name="Nans") not in reply


# AG6: a stop inside a longer message is heard; "hiya im back… where was we to?" is no answer --------------------------

STOP_INSIDE = {
    "en": "i put that already in number 2 lol. look i gotta go now in a minute, can i stop and come back later? where "
          "to is it to, do i need a code or summat?",
    "cy": "dw i wedi rhoi hynna yn rhif 2 yn barod lol. gwranda, rhaid i fi fynd mewn munud, ga i stopio a dod nôl "
          "wedyn? lle dwi'n mynd iddo fo, oes angen cod neu rwbath?",
}
BACK = {"en": "hiya im back, sorry bout that. where was we to?", "cy": "helo, dwi nôl, sori am hynna. lle oedden ni?"}
GOOD_DAY = {"en": "1) good day is him getting down the club for a pint and the racing on telly 2) me and my brother "
                  "Gareth help, Gareth does his shopping Fridays 3) he wants to keep his allotment",
            "cy": "1) diwrnod da ydi fo'n mynd lawr i'r clwb am beint a'r rasys ar y teli 2) fi a mrawd Gareth yn helpu, "
                  "Gareth yn neud ei siopa ar ddydd Gwener 3) mae o isio cadw ei randir"}


def _intent(text: str) -> str | None:
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.signals import ConversationSignals

    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    ConversationSignals().process([message])
    return (message.get("intent") or {}).get("name")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_stop_with_questions_about_coming_back_after_it_is_a_stop(language: str) -> None:
    assert ends_with_a_stop(STOP_INSIDE[language])
    assert _intent(STOP_INSIDE[language]) == "stop"


@pytest.mark.parametrize("text", ["He likes the club. How do I get him there?", "He likes his garden. where is it?",
                                  "Mae o'n hoffi'r clwb. Oes angen cod i fynd mewn?"])
def test_questions_alone_are_no_stop(text: str) -> None:
    assert not ends_with_a_stop(text)


def _carer_at_strengths(sender: str, language: str) -> Dialogue:
    dialogue = _carer_past_the_start(sender, language, "Bethan")
    assert dialogue.asking == "q_what_matters"
    dialogue.say(GOOD_DAY[language])
    assert dialogue.asking == "q_strengths"
    return dialogue


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_stop_is_heard_and_back_again_the_question_is_asked_again(sqlite_url: str, language: str) -> None:
    sender = _sender("ag6", language)
    dialogue = _carer_at_strengths(sender, language)
    conversation = dialogue.conversation
    mark = len(conversation.said)
    conversation.stop(STOP_INSIDE[language])  # as Rasa's action_stop, the intent the signals gave it
    said = "\n".join(m.text for m in conversation.said[mark:])
    assert messages.text("stopped", language, "chi", "carer") in said
    assert messages.text("said_already_sorry", language, "chi") not in said  # never "so let's go on"
    assert dialogue.record().status == "stopped"
    # Back: the questions go on from where they were (as after the trial's language buttons), and "hiya im back…
    # where was we to?" is no answer to keep.
    conversation.slots["paused"] = False
    conversation._ask_next()
    asked = conversation.requested
    assert asked is not None and asked.startswith("q_")
    reply = dialogue.say(BACK[language])
    assert dialogue.asking == asked
    assert messages.text("question_again", language, "chi") in reply
    assert all(text != BACK[language] for key, text in _answers(sender) if key != "aside")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_back_while_stopped_is_no_answer_either(sqlite_url: str, language: str) -> None:
    sender = _sender("ag6-paused", language)
    dialogue = _carer_at_strengths(sender, language)
    dialogue.conversation.stop(STOP_INSIDE[language])
    dialogue.in_form = False
    dialogue.say(BACK[language])
    assert all(text != BACK[language] for key, text in _answers(sender) if key != "aside")


@pytest.mark.parametrize("text", ["hiya im back, sorry bout that. where was we to?", "im back", "back now",
                                  "helo, dwi nôl, sori am hynna. lle oedden ni?", "dwi nôl"])
def test_saying_they_are_back(text: str) -> None:
    assert says_they_are_back(text)


@pytest.mark.parametrize("text", ["im back. he wants to keep his allotment", "back garden is his favourite",
                                  "his back is bad", "mae ei gefn yn ddrwg"])
def test_an_answer_is_not_being_back(text: str) -> None:
    assert not says_they_are_back(text)


# AG13: questions to us are answered, never outcomes ------------------------------------------------------------------

def _young_at_strengths(sender: str, language: str) -> Dialogue:
    dialogue = _at_role(sender, language)
    dialogue.say("fi'n 15" if language == "cy" else "im 15")
    assert dialogue.slots["register"] == "ti"
    if dialogue.asking == "name":
        dialogue.say("cerys")
    dialogue.say("netball ar nos iau gyda ffrindie" if language == "cy" else "netball on thursdays with my mates")
    assert dialogue.asking == "q_strengths"
    return dialogue


WITH_QUESTIONS = {
    "cy": "mamgu weithie ond ma hi'n byw yn llanelli. miss jenkins yn ysgol yn neis. fi'n carry on neu? be sy'n digwydd "
          "nesa ar ol hwn",
    "en": "my nan sometimes but she lives in llanelli. miss jenkins at school is nice. do i carry on or what? what "
          "happens after this",
}
ONLY_NEXT = {"cy": "be sy'n digwydd nesa ar ol hwn", "en": "what happens next after this?"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_her_questions_are_answered_and_never_outcomes(sqlite_url: str, language: str) -> None:
    sender = _sender("ag13", language)
    dialogue = _young_at_strengths(sender, language)
    reply = dialogue.say(WITH_QUESTIONS[language])
    assert messages.text("carry_on_yes", language, "ti") in reply
    assert messages.text("return_what_next", language, "ti") in reply
    assert ("strengths", WITH_QUESTIONS[language]) in _answers(sender)  # her answer, kept as typed
    record = load_record(sender)
    assert record is not None
    said = " ".join(str(o.get("text") or "") for o in record["outcomes"]).lower()
    assert "carry on" not in said and "digwydd" not in said and "happens" not in said


@pytest.mark.parametrize("language", ["cy", "en"])
def test_what_happens_next_alone_is_answered_and_the_question_asked_again(sqlite_url: str, language: str) -> None:
    sender = _sender("ag13-alone", language)
    dialogue = _young_at_strengths(sender, language)
    reply = dialogue.say(ONLY_NEXT[language])
    assert messages.text("return_what_next", language, "ti") in reply
    assert dialogue.asking == "q_strengths"
    assert not any(key == "strengths" for key, _ in _answers(sender))


@pytest.mark.parametrize("text", ["I worry about what happens next with mum", "I want to carry on working",
                                  "mae hi isio parhau i fynd i'r capel", "dwi'n poeni be sy'n digwydd nesa i mam"])
def test_no_question_to_us_in_these(text: str) -> None:
    assert questions_about_what_next(text) == []


# AG14: a name after who they are; glasses "ar goll" are no worry -----------------------------------------------------

NAME_AFTER_ROLE = {"en": "im his daughter, Bethan. hes Clive, 71. lives up Gurnos on his own",
                   "cy": "merch fo dwi, Bethan. Clive ydi o, 71. byw ar ben ei hun yn y Gurnos"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_her_name_after_who_she_is_is_not_asked_again(sqlite_url: str, language: str) -> None:
    sender = _sender("ag14-name", language)
    dialogue = _at_role(sender, language)
    reply = dialogue.say(NAME_AFTER_ROLE[language])
    assert dialogue.slots["role"] == "carer" and dialogue.slots["name"] == "Bethan"
    assert messages.text("nice_to_meet", language, "chi", name="Bethan") in reply
    assert dialogue.asking != "name"
    assert _facts(sender, language)["name"] == "Bethan"


@pytest.mark.parametrize("text", ["I'm his son, Dad has dementia", "im his daughter, Clive is 71",
                                  "merch fo dwi, Mam sy'n sâl"])
def test_no_name_after_who_they_are_in_these(sqlite_url: str, text: str) -> None:
    language = "en" if text.startswith(("I", "im")) else "cy"
    dialogue = _at_role(_sender("ag14-no-name", text), language)
    dialogue.say(text)
    assert dialogue.slots["role"] == "carer" and not dialogue.slots.get("name")


GLASSES = {"cy": "Dwi di deud, Cymraeg. A fi yna efo hi. Ma hi'n clywed yn iawn ond sbectol ar goll hannar yr amser",
           "en": "I said, Welsh. And me there with her. She hears fine but her glasses got lost again"}
SHE_GOT_LOST = {"cy": "Cymraeg. Aeth hi ar goll yn y dre wsos dwytha", "en": "Welsh. She got lost in town last week"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_glasses_lost_get_no_word_for_a_worry_but_she_does(sqlite_url: str, language: str) -> None:
    worry = [messages.text(key, language, "chi") for key in ("ack_worry", "ack_worry_2", "ack_worry_3")]
    dialogue = _carer_past_the_start(_sender("ag14-glasses", language), language, "Wil")
    dialogue.skip_to("q_communication")
    reply = dialogue.say(GLASSES[language])
    assert not any(w in reply for w in worry)
    dialogue = _carer_past_the_start(_sender("ag14-lost", language), language, "Wil")
    dialogue.skip_to("q_communication")
    reply = dialogue.say(SHE_GOT_LOST[language])
    assert any(w in reply for w in worry)


# AG11: read-back corrections in words -------------------------------------------------------------------------------

@pytest.mark.parametrize("language, message, number, words", [
    ("en", "Change number 8 to: My sister Karen helps on Saturdays and Sundays now.", 8,
     "My sister Karen helps on Saturdays and Sundays now."),  # the trial's words
    ("en", "sorry, I meant the Karen one. Change number 8 to: My sister Karen helps on Saturdays and Sundays now.", 8,
     "My sister Karen helps on Saturdays and Sundays now."),  # the trial's words
    ("en", "Number 9 is wrong, Karen helps on Saturdays AND Sundays now…", 9, "Karen helps on Saturdays AND Sundays now…"),
    ("en", "Number 9 should say: My sister Karen helps on Saturdays and Sundays.", 9,
     "My sister Karen helps on Saturdays and Sundays."),
    ("cy", "Newidiwch rif 8 i: Mae fy chwaer Karen yn helpu ar ddydd Sadwrn a dydd Sul rwan.", 8,
     "Mae fy chwaer Karen yn helpu ar ddydd Sadwrn a dydd Sul rwan."),
    ("cy", "sori, yr un am Karen o'n i'n feddwl. Newidia rhif 8 i: Mae fy chwaer Karen yn helpu ar y penwythnos.", 8,
     "Mae fy chwaer Karen yn helpu ar y penwythnos."),
    ("cy", "Mae rhif 9 yn anghywir, mae Karen yn helpu ar ddydd Sadwrn A dydd Sul rwan.", 9,
     "mae Karen yn helpu ar ddydd Sadwrn A dydd Sul rwan."),
    ("cy", "Dylai rhif 9 ddeud: Mae fy chwaer Karen yn helpu ar ddydd Sadwrn a dydd Sul.", 9,
     "Mae fy chwaer Karen yn helpu ar ddydd Sadwrn a dydd Sul."),
])
def test_an_items_new_words_said_outright_replace_its_words(sqlite_url: str, language: str, message: str,
                                                            number: int, words: str) -> None:
    sender = _sender("ag11-words", language, message)
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    conversation.say(message)
    after = _listed(sender)
    assert words in after.values() and before[number] not in after.values()  # (the list may order it anew)
    assert sorted(after.values()) == sorted([*(t for n, t in before.items() if n != number), words])
    assert messages.text("readback_done", language, "chi") in conversation.text
    assert _comments(sender) == []


TAKE_OUT_AND_A_MESS = {
    "en": ("take 4 out thats just me saying hiya lol. and 3 is a mess, it should just say he wants to keep his allotment",
           "he wants to keep his allotment"),  # the trial's words
    "cy": ("tynnwch 4 allan, jyst fi'n deud helo oedd hwnna lol. a mae 3 yn llanast, dylai ddeud jyst bod o isio cadw ei "
           "randir", "bod o isio cadw ei randir"),
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_take_one_out_and_put_another_in_new_words(sqlite_url: str, language: str) -> None:
    sender = _sender("ag11-two", language)
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    message, words = TAKE_OUT_AND_A_MESS[language]
    conversation.say(message)
    after = _listed(sender)
    assert sorted(after.values()) == sorted([*(t for n, t in before.items() if n not in (3, 4)), words])


@pytest.mark.parametrize("language, message", [
    ("en", "take 4 out thats just me saying hiya lol. and 3 is a mess"),
    ("cy", "tynnwch 4 allan, jyst fi'n deud helo oedd hwnna lol. a mae 3 yn llanast"),
])
def test_what_is_clear_is_done_and_what_is_not_said_plainly(sqlite_url: str, language: str, message: str) -> None:
    sender = _sender("ag11-unclear", language)
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    conversation.say(message)
    after = _listed(sender)
    assert sorted(after.values()) == sorted(t for n, t in before.items() if n != 4)
    assert messages.text("readback_removed", language, "chi") in conversation.text
    assert messages.text("readback_noted_not_changed", language, "chi", "carer", numbers=_numbers(language, [3])) \
        in conversation.text
    assert [text for text, _ in _comments(sender)] == [message]


REFUSED = {"en": "Karen says some of the list is not right, ask her at the visit please she knows best",
           "cy": "Mae Karen yn deud bod rhai o'r rhestr ddim yn iawn, gofynnwch iddi hi yn yr ymweliad plis"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_words_kept_at_the_read_back_are_no_answer_to_another_question(sqlite_url: str, language: str) -> None:
    sender = _sender("ag11-summary", language)
    conversation = _with_items(sender, language, "carer")
    conversation.say(REFUSED[language])
    assert [text for text, _ in _comments(sender)] == [REFUSED[language]]
    record = load_record(sender)
    assert record is not None
    view = build_view(record, language)
    people = view.section("people")
    assert people is None or all(REFUSED[language] not in f.value for f in people.facts)
    anything = view.section("anything_else")
    assert anything is not None
    shown = {g.key: [i.quote for i in g.items] for g in anything.groups}
    assert REFUSED[language] not in shown.get("items", []) and REFUSED[language] in shown.get("asides", [])
