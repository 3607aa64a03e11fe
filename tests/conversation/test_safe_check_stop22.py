"""The question actually asked at the safe check is the one answered, a choice beside a question is carried out,
and a safe way to reach them is never asked for once given (stop-21 trial, left open at stop 21).

- U15: a 13-year-old's "am i in trouble?? is someone gonna take us away. i said dont tell anyone" got the general
  "what happens next": nobody told him he was not in trouble. U10: a carer's "will they take him away because of my
  wrist? I dont want that" / "fyddan nhw'n mynd â fo o 'ma?", and "Do I tell the doctor?" in the disclosure itself.
- U17: back after a break, "carry on i guess. but did u tell someone??" got the what-happens text again and "I won't
  keep asking", not carrying on.
- U14 / U25: "Ffono'r mobeil sy ore, dim y tŷ" given, then asked for a safe way again on coming back.
- U37: after a disclosure at "What would you like to add?" and "carry on", the add prompt came again.
Through the conversation core, Welsh and English (chi and ti); the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.conversation.pause import SAFE_CHECK
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, started
from tests.conversation.test_disclosure_resume import WHAT_MATTERS, _skip_to

_senders = itertools.count(1)
NEGLECT = {"en": "mum drinks every night and theres no food in most days so i make toast for me and Lily",
           "cy": "mae mam yn yfed bob nos a does na ddim bwyd yn ty, fi sy'n gneud tost i fi a Lili"}
ABUSE = {"en": "He hits me when he's had a drink and I'm scared to go home.",
         "cy": "Mae o'n fy nharo i pan mae o wedi yfed, ac mae gen i ofn mynd adra."}


def _young(language: str) -> MemoryConversation:
    return started(f"check22-young-{next(_senders)}", language, role="young_person", name="Jay")


def _adult(language: str) -> MemoryConversation:
    return started(f"check22-adult-{next(_senders)}", language, role="person", name="Sue")


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _count(conversation: MemoryConversation, key: str) -> int:
    return sum(m.text.count(_text(conversation, key)) for m in conversation.said)


# --- U15: "am i in trouble??" ------------------------------------------------------------------------------------

HIS_QUESTIONS = {
    "en": "wait what. am i in trouble?? is someone gonna take us away. i said dont tell anyone",
    "cy": "aros be. ydw i mewn trwbl?? ydi rhywun am fynd â ni i ffwrdd. nes i ddeud paid deud wrth neb",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_young_person_is_told_he_is_not_in_trouble(sqlite_url: str, language: str) -> None:
    conversation = _young(language)
    conversation.say(NEGLECT[language])
    asked = conversation.requested
    conversation.said.clear()
    conversation.say(HIS_QUESTIONS[language])
    said = conversation.text
    trouble, away = _text(conversation, "safety_check_answer_trouble"), _text(conversation,
                                                                               "safety_check_answer_taken_away")
    assert trouble.startswith("You're not in trouble" if language == "en" else "Dwyt ti ddim mewn trwbl")  # ti
    assert said.index(trouble) < said.index(away)  # the questions he asked, in turn
    assert _text(conversation, "safety_check_untold") in said  # "i said dont tell anyone": honest about who knows
    assert _text(conversation, "safety_check_questions") not in said  # not the general text instead
    assert said.endswith(_text(conversation, "safety_check_again"))  # then the check, once
    assert _count(conversation, "safety_check_again") == 1
    assert conversation.requested == asked
    assert repository.answer_texts(conversation.sender_id, only=SAFE_CHECK) == [HIS_QUESTIONS[language]]


# --- U10: a carer's own questions, at the check and in the disclosure -------------------------------------------

HER_QUESTION = {
    "en": "yes we're safe. he's asleep. but you didnt answer me, will they take him away because of my wrist? "
          "I dont want that",
    "cy": "Ydan, dan ni'n saff, mae o'n cysgu. Ond wnewch chi ateb fi, fyddan nhw'n mynd â fo o 'ma?",
}
THE_DOCTOR = {"en": "do I tell the doctor?", "cy": "ddylwn i ddeud wrth y doctor?"}
DISCLOSURE_WITH_QUESTIONS = {
    "en": "Last Thursday he grabbed my wrist hard when he didnt know who I was and it left a bruise. Do I tell the "
          "doctor? I dont want him taken away for it.",
    "cy": "Dydd Iau dwetha nath o afael yn fy ngarddwrn i'n galed pan doedd o ddim yn gwybod pwy oeddwn i, a mae gen "
          "i glais. Ddylwn i ddeud wrth y doctor? Dw i ddim isio iddyn nhw fynd â fo o 'ma.",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_carers_question_at_the_check_is_the_one_answered(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(HER_QUESTION[language])
    said = conversation.text
    assert _text(conversation, "safety_check_answer_taken_away") in said
    assert ("can't promise" if language == "en" else "Alla i ddim addo") in said  # honest, no promise
    assert _text(conversation, "safety_check_questions") not in said
    assert said.endswith(_text(conversation, "safety_check_choose"))  # she said they are safe: only the choice
    conversation.said.clear()
    conversation.say(THE_DOCTOR[language])
    said = conversation.text
    assert _text(conversation, "safety_check_answer_doctor") in said
    assert ("GP" if language == "en" else "meddyg teulu") in said
    assert _count(conversation, "safety_check_contact_ask") <= 1  # the safe-way invitation, once at most


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_questions_in_a_disclosure_are_answered_before_the_check(sqlite_url: str, language: str) -> None:
    """"Do I tell the doctor? ... I dont want him taken away for it." (U10: "you didnt answer me")."""
    conversation = _adult(language)
    conversation.say(DISCLOSURE_WITH_QUESTIONS[language])
    said = conversation.text
    check = _text(conversation, "safety_check")
    assert check in said  # (urgent: the check follows)
    for key in ("safety_check_answer_taken_away", "safety_check_answer_doctor"):
        assert _text(conversation, key) in said and said.index(_text(conversation, key)) < said.index(check)
    assert _text(conversation, "safety_check_answer_trouble") not in said


def test_an_ordinary_mention_of_trouble_or_the_police_is_no_question(sqlite_url: str) -> None:
    from bot.analysis.safe_check_questions import questions_asked

    assert questions_asked("he's been in trouble with the police before") == []
    assert questions_asked("Rhywun i fynd a fo i'r feddygfa") == []  # "with him", not "take him away"
    assert questions_asked("I just told you, mobile. will the police come? I need a break now") == ["police"]
    assert questions_asked("mobeil ddudis i. fydd yr heddlu'n dod? dwi angen seibiant rwan") == ["police"]


# --- U17: a choice plus a question --------------------------------------------------------------------------------

CARRY_ON_AND_ASK = {"en": "carry on i guess. but did u tell someone??",
                    "cy": "parhau am wn i. ond nest ti ddeud wrth rywun??"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_carry_on_beside_a_question_answers_it_and_carries_on(sqlite_url: str, language: str) -> None:
    conversation = _young(language)
    conversation.say(NEGLECT[language])
    asked = conversation.requested
    conversation.say("/choose{\"choice\":\"break\"}", intent="choose")
    assert repository.safe_check(conversation.sender_id)[0] == "break"
    conversation.said.clear()
    conversation.say(CARRY_ON_AND_ASK[language])
    said = conversation.text
    answer = _text(conversation, "safety_check_answer_tell_someone")  # "did u tell someone": the team, no one else
    assert answer in said
    assert said.index(answer) < said.index(_text(conversation, "safety_check_carry_on"))
    assert _text(conversation, "safety_check_kept") not in said  # not "I won't keep asking"
    assert _text(conversation, "safety_check_again") not in said
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert conversation.requested == asked  # the question after the one his disclosure answered (U9)
    assert not said.endswith(_text(conversation, "safety_check_carry_on"))  # and it is asked at once
    assert CARRY_ON_AND_ASK[language] in repository.answer_texts(conversation.sender_id, only=SAFE_CHECK)


@pytest.mark.parametrize("language,reply", [
    ("en", "yeah im safe for now. who is the safeguarding team, are they gonna ring my mum??"),
    ("cy", "dwi'n saff am rwan. pwy ydi'r tim diogelu, ydyn nhw am ffonio mam??"),
])
def test_saying_safe_beside_a_question_is_still_no_choice(sqlite_url: str, language: str, reply: str) -> None:
    """Only carrying on asked for in so many words is taken beside a question; "I'm safe" gets the choice offered."""
    conversation = _young(language)
    conversation.say(NEGLECT[language])
    conversation.said.clear()
    conversation.say(reply)
    assert conversation.text.endswith(_text(conversation, "safety_check_choose"))
    assert repository.safe_check(conversation.sender_id)[0] == "open"


# --- U14 / U25: a safe way, given, is never asked for again ----------------------------------------------------

WAY_AND_BREAK = {
    "cy": "Ffono'r mobeil sy ore, dim y tŷ. Wi moyn hoe fach nawr, ma'r frest yn dynn. Dof i nôl mewn awr, os yw "
          "hwnna'n iawn",
    "en": "Ring the mobile, not the house. I want a little break now, my chest is tight. I'll be back in an hour, if "
          "that's ok",
}
BACK_ASKING = {"cy": "Helo, fi sy 'ma 'to. Wi'n teimlo'n well nawr, ges i ddishgled. Beth o'n ni'n neud?",
               "en": "Hello, it's me again. I feel better now, I had a cuppa. What were we doing?"}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_safe_way_given_is_never_asked_for_again(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say(WAY_AND_BREAK[language])
    assert repository.safe_check(conversation.sender_id)[0] == "break"
    assert _text(conversation, "safety_check_wish") in conversation.text  # kept, and said so
    conversation.said.clear()
    conversation.say(BACK_ASKING[language])
    assert _text(conversation, "safety_check_questions") in conversation.text  # his question answered
    assert _text(conversation, "safety_check_contact_ask") not in conversation.text
    conversation.said.clear()
    conversation.say("what happens now?" if language == "en" else "beth sy'n digwydd nawr?")
    assert _text(conversation, "safety_check_contact_ask") not in conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_safe_way_invitation_is_said_once(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say("what happens now?" if language == "en" else "beth sy'n digwydd nawr?")
    conversation.say("who will read this?" if language == "en" else "pwy fydd yn darllen hwn?")
    assert _count(conversation, "safety_check_contact_ask") == 1


# --- U37: carry on after a disclosure at "What would you like to add?" --------------------------------------------

@pytest.mark.parametrize("language", ["en", "cy"])
def test_carry_on_after_a_disclosure_at_the_add_prompt_shows_the_read_back(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"check22-rb-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Jo", "register": "ti"})
    conversation.start()
    _skip_to(conversation, "q_anything_else")
    conversation.say("/skip", intent="skip")
    assert conversation.requested == "readback"
    conversation.say("add" if language == "en" else "ychwanegu", value="add")
    assert conversation.requested == "readback_text"
    conversation.say("actually my stepdad hit me last week and said if i tell anyone ill be sorry"
                     if language == "en" else
                     "a deud y gwir nath fy llystad fy nharo i wythnos dwetha a deud fydda i'n sori os dwi'n deud")
    conversation.say("im at my mates. im ok. carry on" if language == "en" else "dwi yn ty mets fi. dwi'n ok. parhau")
    assert conversation.requested == "readback"  # the read-back, not "What would you like to add?" again
    assert WHAT_MATTERS[language] in conversation.text


# --- U38 / U47: a safety wish in their words is at the top beside the disclosure; without one, a process wish --------

CONTACT = {"en": "Phone me on the landline, I dont do texts.",
           "cy": "Ffoniwch fi ar y llinell tir, dwi ddim yn gwneud tecsts."}
NOT_TOLD = {"en": "English please. Ring the mobile, no texts, I can't see the small letters. And I'd rather you didn't "
                  "tell Rhodri about the tablets, not yet.",
            "cy": "Cymraeg, os gwelwch yn dda. Ffonio'r mobeil, dim tecst, wi ffaelu gweld y llythrenne bach. A bydde'n "
                  "well 'da fi os yw Rhodri ddim yn cael gwbod am y tabledi, ddim 'to."}  # U38, to the communication q.


def _kinds(sender: str, what: str = "safeguarding") -> dict[str, str | None]:
    """Each answer's safeguarding kind (or another of its record fields, `what`), by its words."""
    from bot.summary import load_record

    record = load_record(sender)
    assert record is not None
    return {a["text"]: a.get(what) for a in record["answers"]}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_safety_wishes_after_a_disclosure_are_at_the_top(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.say("carry on" if language == "en" else "parhau")
    conversation.say(CONTACT[language])
    conversation.say(NOT_TOLD[language])
    kinds = _kinds(conversation.sender_id)
    assert kinds[CONTACT[language]] == "safety_wish"
    # who must not be told: under "What must not be shared, and with whom", not "How to contact safely" (issue 11)
    assert kinds[NOT_TOLD[language]] != "safety_wish"
    said = _kinds(conversation.sender_id, "sensitive_words")[NOT_TOLD[language]]
    assert said is not None and said.endswith("Rhodri about the tablets, not yet." if language == "en"
                                              else "Rhodri ddim yn cael gwbod am y tabledi, ddim 'to.")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_same_words_without_a_disclosure_stay_their_process_wish(sqlite_url: str, language: str) -> None:
    conversation = _adult(language)
    conversation.say(CONTACT[language])
    assert _kinds(conversation.sender_id)[CONTACT[language]] is None


# --- Stop-22 trial (V2, V17, V24, V26) ---------------------------------------------------------------------------

@pytest.mark.parametrize("language,reply", [
    ("cy", "wtf?? wi'n iawn lol. athrawon yn gweiddi yw e dim byd mawr. pls paid gweud wrth neb"),  # V2
    ("en", "wtf?? im fine lol. its just teachers shouting nothing big. pls dont tell anyone"),
    ("en", "we're fine, hes not here now. please dont ring mums landline, Paul is round there most days. ring my "
           "mobile instead"),  # V26
    ("cy", "dan ni'n iawn, dydi o ddim yma rwan. plis peidio ffonio'r tŷ, mae Paul yno bron bob dydd. ffoniwch fy "
           "mobeil i"),
])
def test_safe_then_a_wish_gets_the_choice_not_are_you_safe_again(sqlite_url: str, language: str, reply: str) -> None:
    """"wi'n iawn" / "we're fine" is the answer to "are you safe?": the wish is kept, said so, and only the choice
    follows; the contact wish is at the top of the summary."""
    conversation = _young(language) if "lol" in reply else _adult(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(reply)
    said = conversation.text
    assert _text(conversation, "safety_check_again") not in said
    assert _text(conversation, "safety_check_heard") not in said  # not "if you're in danger now, call 999" again
    # the choice offered, or (saying fine with nothing unsafe) carried on: never "are you safe?" again
    assert said.endswith(_text(conversation, "safety_check_choose")) or _text(conversation,
                                                                              "safety_check_carry_on") in said
    untold = "lol" in reply
    assert _text(conversation, "safety_check_untold" if untold else "safety_check_wish") in said
    # who must not be told is what must not be shared, with whom; a way to reach them is how to contact safely
    assert (_kinds(conversation.sender_id)[reply] == "safety_wish") is not untold
    kept = _kinds(conversation.sender_id, "sensitive_words")[reply]
    assert (kept is not None and reply.endswith(kept)) if untold else kept is None


@pytest.mark.parametrize("language,ask,answer", [
    ("en", "are you going to tell her or not?? just answer", "safety_check_answer_tell_someone"),  # V17
    ("cy", "wyt ti am ddeud wrthi hi neu beidio?? jyst ateb", "safety_check_answer_tell_someone"),
])
def test_will_you_tell_her_is_answered_as_asked(sqlite_url: str, language: str, ask: str, answer: str) -> None:
    conversation = _young(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(ask)
    assert _text(conversation, answer) in conversation.text
    assert _text(conversation, "safety_check_questions") not in conversation.text


@pytest.mark.parametrize("language,reply", [
    ("en", "why do you keep asking that. yes im safe. next question"),  # V17
    ("cy", "pam ti'n gofyn hynna o hyd. ydw dwi'n saff. cwestiwn nesa"),
])
def test_safe_and_next_question_beside_a_question_carries_on(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _young(language)
    conversation.say(ABUSE[language])
    conversation.say(reply)
    assert _text(conversation, "safety_check_carry_on") in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is None


LOCKED_IN = {"en": "im locked in right now actually, shes at the shops. is someone going to come?",
             "cy": "dwi wedi cael fy nghloi yn y stafell rwan, ma hi yn siop. oes rhywun am ddod?"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_locked_in_right_now_gets_call_999_now_and_an_honest_answer(sqlite_url: str, language: str) -> None:
    """V24: a child locked in her room at this moment, asking if someone will come."""
    conversation = _young(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(LOCKED_IN[language])
    said = conversation.text
    now, coming = _text(conversation, "urgent_now"), _text(conversation, "safety_check_answer_coming")
    assert now in said  # (first; in Welsh the risk reader reads a new disclosure: after its short follow-up)
    assert coming in said and said.index(now) < said.index(coming)
    assert said.endswith(_text(conversation, "safety_check_again"))
    assert repository.safe_check(conversation.sender_id)[0] in ("again", "open")  # never carried on


@pytest.mark.parametrize("language,reply", [
    ("cy", "ia dwi'n iawn, ma fo'n cysgu rwan. plis paid deud wrth mam"),  # V28
    ("en", "yeah im fine, hes asleep now. pls dont tell mum"),
])
def test_fine_and_a_wish_is_answered_and_the_choice_offered_not_carried_on(sqlite_url: str, language: str,
                                                                            reply: str) -> None:
    """He never chose to carry on: "don't tell mum" is answered honestly, and the choice is his."""
    conversation = _young(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(reply)
    said = conversation.text
    assert _text(conversation, "safety_check_untold") in said
    assert said.endswith(_text(conversation, "safety_check_choose"))
    assert _text(conversation, "safety_check_carry_on") not in said
    assert repository.safe_check(conversation.sender_id)[0] == "open"
    conversation.say("parhau" if language == "cy" else "carry on")
    assert conversation.text.startswith(_text(conversation, "safety_check_carry_on"))


@pytest.mark.parametrize("language,ask", [("cy", "alla i ddileu hwn i gyd?"), ("en", "can I delete all this?")])
def test_how_to_delete_is_answered_at_the_check(sqlite_url: str, language: str, ask: str) -> None:
    """Stop-22 trial V20 (the lead's hook): at the safe check, how to delete, then the check once more."""
    from bot.conversation.data_rights import how_to_delete
    from tests.conversation.memory import MemoryTurn

    conversation = _adult(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(ask)
    said = conversation.text
    how = messages.text(how_to_delete(MemoryTurn(conversation, ask)), language, "chi")
    assert how in said
    assert _text(conversation, "safety_check_questions") not in said
    assert said.endswith(_text(conversation, "safety_check_again"))


@pytest.mark.parametrize("language,ask", [("cy", "faint mwy o gwestiynau?"), ("en", "how many more questions?")])
def test_how_many_more_questions_is_answered_at_the_check(sqlite_url: str, language: str, ask: str) -> None:
    """Stop-22 trial V4: "faint mwy o gwestiynau?" at the safe check got "alla i ddim ateb hynny"."""
    conversation = _young(language)
    conversation.say(ABUSE[language])
    conversation.said.clear()
    conversation.say(ask)
    said = conversation.text
    assert ("cwestiwn ar ôl i'w hateb" if language == "cy" else "questions left, then I'll read back") in said
    assert _text(conversation, "safety_check_questions") not in said
    assert said.endswith(_text(conversation, "safety_check_again"))
    assert repository.safe_check(conversation.sender_id)[0] == "again"


@pytest.mark.parametrize("text", [
    "the flat. being on my own. what if i mess it up and they take it off me.",  # stop-22 trial V44: his flat
    "be os dwi'n gneud llanast a maen nhw'n cymryd y fflat oddi arna i?", "they took my phone away",
])
def test_a_thing_taken_is_not_someone_taken_away(text: str) -> None:
    from bot.analysis.safe_check_questions import questions_asked

    assert "taken_away" not in questions_asked(text)


PLAIN = {"en": ["My daughter Sue, the boys down the Legion, and Kyle I suppose.", "Any morning except Friday"],
         "cy": ["Fy merch Sue, yr hogia yn y Lleng, a Kyle am wn i.", "Unrhyw fore heblaw dydd Gwener"]}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_two_plain_replies_go_on_without_saying_they_chose(sqlite_url: str, language: str) -> None:
    """Stop-21 trial U47: the questions went on after two plain replies, and the summary said "Chose to carry on (in
    their reply)": the step kept is "went_on", which the summary shows as no choice."""
    from bot.summary import load_record

    conversation = _adult(language)
    conversation.say(ABUSE[language])
    for reply in PLAIN[language]:
        conversation.say(reply)
    assert _text(conversation, "safety_check_carry_on") in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is None
    record = load_record(conversation.sender_id)
    assert record is not None
    (urgent,) = [f for f in record["risk_flags"] if f["level"] == "urgent"]
    assert [s["step"] for s in urgent["after"]["steps"]] == ["went_on"]
    assert urgent["after"]["choice"] != "carry_on"
