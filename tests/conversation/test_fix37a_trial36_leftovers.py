"""Trial 36 and its re-trial, the conversation leftovers (stop 37, issue 11), the trial's messages as fixtures with a
twin in the other language, through the real core with SQLite.

AN2 (re-trial 36, web chat): "ga i siarad â rhywun go iawn? sai'n siŵr am siarad gyda cyfrifiadur am hyn i gyd" at
"Beth hoffai Rhodri ei newid?" got the honest reply, and then the question was skipped: the second sentence was taken
as the answer. Telegram re-asked only because its message ("wait is this a real person") had no second sentence: both
channels reach the same core through Rasa, and the core decided by the words. A doubt about talking to a program is
about the assistant itself: never the answer, never an outcome, and the question is asked again.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, doubts_a_machine
from bot.analysis.text import cut_at_a_word
from bot.conversation import readback
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, started_with_record


def _sender(*parts: object) -> str:
    return "mem-fix37a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, role, slot, *parts), language, role=role, name="Nia")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _stored(conversation: MemoryConversation) -> tuple[list[tuple[str, str]], list[str]]:
    """(question key, words) of every stored answer, and every outcome's words."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers], [o.text for o in conv.outcomes]


def _reply(conversation: MemoryConversation, key: str) -> str:
    """The message as this conversation says it (its language, register, and who reads the answers filled in)."""
    return MemoryTurn(conversation, "").render(key).text


# --- AN2: a request for a person, then a doubt about talking to a computer -------------------------------------------

REQUEST_AND_DOUBT = [
    ("cy", "ga i siarad â rhywun go iawn? sai'n siŵr am siarad gyda cyfrifiadur am hyn i gyd"),
    ("en", "can I just speak to a real person? not sure about talking to a computer about all this"),
]
#: The same two sentences, one message each (the next message after the honest reply).
REQUEST_THEN_DOUBT = [
    ("cy", "ga i siarad â rhywun go iawn?", "sai'n siŵr am siarad gyda cyfrifiadur am hyn i gyd"),
    ("en", "can I just speak to a real person", "not sure about talking to a computer"),
]
DOUBTS = [
    ("cy", "sai'n siŵr am siarad gyda cyfrifiadur am hyn i gyd"),
    ("cy", "dw i ddim yn licio siarad efo peiriant"),
    ("en", "not sure about talking to a computer"),
    ("en", "feels weird telling all this to a machine"),
]
#: Talking to a computer that is part of their life, not a doubt about us: answers, kept as said.
NOT_DOUBTS = [
    ("en", "Mum likes talking to the computer in the evenings, her grandson set up video calls"),
    ("cy", "Mae Mam yn hoffi siarad efo'r wyrion ar y cyfrifiadur"),
]


@pytest.mark.parametrize("language,text", DOUBTS)
def test_a_doubt_about_talking_to_a_program_is_about_us(language: str, text: str) -> None:
    assert doubts_a_machine(text)
    assert asks_about_assistant(text) == "whole" and about_assistant_reply(text) == "unsure_of_a_computer"


@pytest.mark.parametrize("language,text", NOT_DOUBTS)
def test_a_computer_in_their_life_is_not_a_doubt_about_us(language: str, text: str) -> None:
    assert not doubts_a_machine(text)
    assert asks_about_assistant(text) is None


@pytest.mark.parametrize("role", ["carer", "young_person"])
@pytest.mark.parametrize("language,text", REQUEST_AND_DOUBT)
def test_request_and_doubt_in_one_message_get_the_honest_reply_and_the_question_again(
        sqlite_url: str, language: str, text: str, role: str) -> None:
    conversation = _at(language, role, "q_change", "an2", text)
    conversation.say(text)
    assert _reply(conversation, "real_person") in conversation.text
    assert conversation.requested == "q_change"  # asked again, never skipped
    answers, outcomes = _stored(conversation)
    assert not answers and not outcomes


@pytest.mark.parametrize("language,asked,doubt", REQUEST_THEN_DOUBT)
def test_a_doubt_in_the_next_message_is_answered_and_the_question_asked_again(
        sqlite_url: str, language: str, asked: str, doubt: str) -> None:
    conversation = _at(language, "carer", "q_change", "an2-next", asked)
    conversation.say(asked)
    assert conversation.requested == "q_change"
    conversation.say(doubt)
    assert _reply(conversation, "unsure_of_a_computer") in conversation.text
    assert conversation.requested == "q_change"
    answers, outcomes = _stored(conversation)
    assert not answers and not outcomes


@pytest.mark.parametrize("language,text,wish", [
    ("cy", "Hoffai fo fynd allan i'r dre yn amlach. sai'n siŵr am siarad gyda cyfrifiadur am hyn i gyd",
     "fynd allan i'r dre"),
    ("en", "He'd like to get out to town more often. not sure about talking to a computer about all this",
     "get out to town"),
])
def test_a_doubt_beside_an_answer_is_no_outcome(sqlite_url: str, language: str, text: str, wish: str) -> None:
    conversation = _at(language, "carer", "q_change", "an2-part", text)
    conversation.say(text)
    answers, outcomes = _stored(conversation)
    assert ("change", text) in answers  # kept as typed
    assert any(wish in o for o in outcomes)
    assert not any("cyfrifiadur" in o or "computer" in o for o in outcomes)
    assert conversation.requested != "q_change"


# --- AM8: a wish about how help is given, said at "what's going well?"; "where's the bit about…?" at the read-back ---

SAME_WORKER = {
    "cy": ("y ganolfan arddio yn bendant, ma'r rheolwr, Gareth, yn grêt gyda fe. a fi wrth gwrs, dw i'n mynd draw bob "
           "dydd. ond ni moyn yr un gweithiwr cymdeithasol bob tro plis, nid un newydd bob tro, ma fe'n casáu dechre o'r "
           "dechre gyda rhywun newydd",  # the trial's words
           "ni moyn yr un gweithiwr cymdeithasol bob tro plis, nid un newydd bob tro"),
    "en": ("the garden centre definitely, the manager Gareth is great with him. and me of course, I go over every day. "
           "but we want the same social worker every time please, not a new one each time, he hates starting from "
           "scratch with someone new",
           "we want the same social worker every time please, not a new one each time, he hates starting from scratch "
           "with someone new"),
}
WHERE_IS = {
    "cy": "ble ma'r darn am gael yr un gweithiwr cymdeithasol bob tro? o'dd hwnna'n bwysig, wedes i ddwywaith",
    "en": "where's the bit about having the same social worker every time? that was important, I said it twice",
}
WHERE_IS_MISSING = {
    "cy": "ble ma'r darn am y clwb nofio ar nos lun?",
    "en": "where's the bit about the swimming club on monday nights?",
}


def _at_readback(conversation: MemoryConversation) -> None:
    while conversation.requested != "readback":
        assert conversation.requested is not None
        conversation.say("/skip", intent="skip")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_about_the_help_at_whats_going_well_is_a_process_outcome(sqlite_url: str, language: str) -> None:
    answer, wish = SAME_WORKER[language]
    conversation = _at(language, "carer", "q_strengths", "am8")
    conversation.say(answer)
    answers, _ = _stored(conversation)
    assert ("strengths", answer) in answers  # kept as typed
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert [(o.text, o.type) for o in conv.outcomes] == [(wish, "process")]  # the facts stay the answer


@pytest.mark.parametrize("text", [
    "doedd o ddim isio i fi ffonio neb.",  # what he wanted once, told at "what's going well?" (a dev answer)
    "he never wanted me to ring anyone, the carers were good though",
])
def test_what_someone_else_wanted_is_no_wish_about_the_help(text: str) -> None:
    from bot.analysis import analyse
    from bot.conversation.answers import wishes_kept

    assert wishes_kept("strengths", analyse(text)).outcomes == ()


@pytest.mark.parametrize("language", ["cy", "en"])
def test_where_is_the_bit_about_is_answered_with_its_number(sqlite_url: str, language: str) -> None:
    answer, wish = SAME_WORKER[language]
    conversation = _at(language, "carer", "q_strengths", "am8-where")
    conversation.say(answer)
    _at_readback(conversation)
    conversation.say(WHERE_IS[language])
    said = MemoryTurn(conversation, "").render("readback_it_is_there", number="1",
                                               item=cut_at_a_word(wish, readback.ITEM_QUOTE_LIMIT)).text
    assert said in conversation.text
    assert conversation.requested == "readback"  # the list and "is this right?" again


@pytest.mark.parametrize("language", ["cy", "en"])
def test_where_is_something_not_on_the_list_says_so_and_how_to_add_it(sqlite_url: str, language: str) -> None:
    answer, _ = SAME_WORKER[language]
    conversation = _at(language, "carer", "q_strengths", "am8-missing")
    conversation.say(answer)
    _at_readback(conversation)
    conversation.say(WHERE_IS_MISSING[language])
    assert _reply(conversation, "readback_not_listed") in conversation.text
    assert _reply(conversation, "readback_how_to_add") in conversation.text
    assert conversation.requested == "readback"
    _, outcomes = _stored(conversation)
    assert len(outcomes) == 1  # nothing added by asking


# --- AM11: "Ble oeddem ni?" after coming back -------------------------------------------------------------------------

GONE = {"cy": "Rhaid i mi fynd yn awr, mae rhywun wrth y drws.", "en": "I have to go now, someone is at the door."}
WHERE_WERE_WE = [("cy", "Ble oeddem ni?"), ("cy", "Ble'r oeddem ni?"), ("en", "Where were we?")]


@pytest.mark.parametrize("language,back", WHERE_WERE_WE)
def test_where_were_we_after_a_pause_carries_on_with_the_question(sqlite_url: str, language: str, back: str) -> None:
    conversation = _at(language, "person", "q_keep", "am11", back)
    conversation.stop(GONE[language])
    conversation.say(back)
    assert _reply(conversation, "welcome_back_carrying_on") in conversation.text  # "…where you left off"
    assert _reply(conversation, "return_what_next") not in conversation.text  # (was: "You asked what happens next")
    assert conversation.requested == "q_keep"
    asked = MemoryTurn(conversation, "")
    assert conversation.text.endswith(asked.render("q_keep").text)
    answers, outcomes = _stored(conversation)
    assert not outcomes and back not in [t for _, t in answers]


@pytest.mark.parametrize("language,back", WHERE_WERE_WE)
def test_where_were_we_with_a_question_waiting_asks_it_again(sqlite_url: str, language: str, back: str) -> None:
    conversation = _at(language, "person", "q_keep", "am11-waiting", back)
    conversation.say(back)
    assert conversation.requested == "q_keep"
    answers, outcomes = _stored(conversation)
    assert not outcomes and ("keep", back) not in answers  # (kept aside for the worker, never the answer)


# --- AM4 (Telegram): "not when my mums around" beside "text not calls" is how to contact her safely --------------------

GROOMING = {
    "en": "my mates n my coach. theres also this guy i met on insta hes like 19 n hes been asking me for pics, says hes "
          "gonna stop talking to me if i dont send any",  # the trial's words
    "cy": "fy ffrindie a fy hyfforddwr. ma 'na foi nes i gwrdd ar insta hefyd, mae o tua 19 a mae o di bod yn gofyn am "
          "lunia ohona i, deud neith o stopio siarad efo fi os dwi ddim yn yrru rhai",
}
CARRY_ON = {"en": "its not a big deal can we carry on", "cy": "dim byd mawr, gawn ni gario mlaen"}
HOW_TO_REACH = {
    "en": ("text not calls. n not when my mums around pls", "n not when my mums around pls"),  # the trial's words
    "cy": ("tecst nid galwad. a dim pan mae mam o gwmpas plis", "a dim pan mae mam o gwmpas plis"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_not_when_mum_is_around_is_at_the_top_with_text_not_calls(sqlite_url: str, language: str) -> None:
    from bot.summary import load_record
    from bot.summary.view import build_view

    conversation = _at(language, "young_person", "q_people", "am4")
    conversation.say(GROOMING[language])
    assert repository.is_urgent(conversation.sender_id)
    conversation.say(CARRY_ON[language])
    while conversation.requested not in (None, "q_communication"):
        conversation.say("/skip", intent="skip")
    assert conversation.requested == "q_communication"
    answer, not_when = HOW_TO_REACH[language]
    conversation.say(answer)
    _, outcomes = _stored(conversation)
    assert not any(not_when in o for o in outcomes)  # never read back among how she wants to be supported
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        top = build_view(record, ui).sections[0]
        assert top.key == "safeguarding"
        wishes = [str(i.quote) for g in top.groups if g.key == "safety_wishes" for i in g.items]
        assert any(not_when in w for w in wishes) and any(answer.split(".")[0] in w for w in wishes)


# --- AM14: "ar eu cyfer nhw" asked of a mother about her son --------------------------------------------------------

@pytest.mark.parametrize("language,who,name_said,for_them", [
    ("cy", "fi yw ei fam e, ma fe'n 31, ma epilepsi gyda fe ac anabledd dysgu. Nia ydw i", None, "Beth yw ei enw e?"),
    ("cy", "dw i'n gofalu am fy mab", "Nia", "Beth yw ei enw e?"),
    ("cy", "dw i'n gofalu am Mam", "Nia", "Beth yw ei henw hi?"),
    ("cy", "dw i'n gofalu am ffrind", "Nia", "Beth yw eu henw nhw?"),
    ("en", "I'm his mum, he's 31. I'm Nia", None, "for him?"),
    ("en", "I look after my mum", "Nia", "for her?"),
    ("en", "I look after a friend", "Nia", "for them?"),
])
def test_the_name_of_a_son_or_a_mother_is_asked_for_him_or_her(sqlite_url: str, language: str, who: str,
                                                               name_said: str | None, for_them: str) -> None:
    conversation = MemoryConversation(_sender(language, "am14", who), language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(who)
    if name_said is not None:
        assert conversation.requested == "name"
        conversation.say(name_said)
    assert conversation.requested == "cared_for_name"
    asked = [line for line in conversation.text.splitlines() if "?" in line][-1]
    assert for_them in asked
    # (stop 46, AZ20: "Beth yw ei enw e?" / "Beth yw ei henw hi?", no longer "ar ei gyfer", which sounded translated)
    assert ("eu henw nhw" in asked) == (for_them == "Beth yw eu henw nhw?")
