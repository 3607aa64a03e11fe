"""Replies that respond (stop-21 trial U36 "it feels like a form", U13, U19, U43), through the conversation core.

A 16-year-old's 14 turns got no reply that responded to what she wrote; a 13-year-old's "fifa" / "nan" / "football"
got nothing that invited more; a tired carer's "thank you for listening, its been a long night" went straight to the
read-back; a mild "Weithiau dw i'n unig yn y gaeaf... Ond dw i'n iawn" got "Mae'n swnio fel llawer i'w gario"; a learner's
"beth yw 'yn union fel y mae'?" got the next question. Each case in Welsh and English.
"""
from __future__ import annotations

import hashlib
import itertools

import pytest

from bot import messages
from bot.analysis.controls import asks_what_it_means
from bot.conversation import replies
from bot.conversation.replies import questions_left_words
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, started

REGISTER = {"young_person": "ti", "person": "chi", "carer": "chi"}


def _sender(*parts: object) -> str:
    return "mem-tone-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    sender = _sender(language, role, slot, *parts)
    if role == "carer":  # past the start, with the person cared for named
        conversation = MemoryConversation(sender, language=language)
        conversation.slots.update({"consent_choice": "yes", "role": role, "completed_by": role, "name": "Ffion",
                                   "cared_for_name": "Martin", "relationship": "my husband"})
        conversation.start()
    else:
        conversation = started(sender, language, role=role, name="Ffion")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _text(key: str, language: str, role: str = "person", **values: object) -> str:
    return messages.text(key, language, REGISTER[role], role if role == "carer" else None, **values)


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


@pytest.mark.parametrize("language,answers", [
    ("en", ["I like my garden and seeing my sister on Sundays", "My neighbour pops in most days",
            "Going to the shops on my own", "Getting to the GP more easily"]),
    ("cy", ["Dw i'n hoffi'r ardd a gweld fy chwaer ar y Sul", "Mae'r cymydog yn galw bron bob dydd",
            "Mynd i'r siopau ar fy mhen fy hun", "Mynd at y meddyg yn haws"]),
])
def test_ordinary_answers_are_acknowledged_in_words_that_vary(sqlite_url: str, language: str,
                                                               answers: list[str]) -> None:
    """Not "Thanks." before every question: the acknowledgement changes from one answer to the next."""
    conversation = _at(language, "person", "q_what_matters", "vary")
    acks = []
    for answer in answers:
        conversation.say(answer)
        acks.append(conversation.text.split("\n")[0])
    options = {_text(key, language) for key in replies.ORDINARY_ACKS}
    assert all(ack in options for ack in acks), acks
    assert all(a != b for a, b in itertools.pairwise(acks)), acks


@pytest.mark.parametrize("language,answer", [
    ("en", "A good day is when my carer comes on time and helps me wash, then I can sit in the garden with a cup of "
           "tea and listen to the radio, and maybe my daughter rings in the evening to tell me about the grandchildren "
           "and what they have been up to at school this week."),
    ("cy", "Diwrnod da ydi pan mae'r gofalwr yn dod ar amser ac yn fy helpu i molchi, wedyn dw i'n gallu eistedd yn yr "
           "ardd efo paned a gwrando ar y radio, ac efallai bod fy merch yn ffonio gyda'r nos i ddweud wrtha i am y "
           "plant a be maen nhw wedi bod yn ei wneud yn yr ysgol yr wythnos yma."),
])
def test_a_long_answer_gets_a_warmer_acknowledgement(sqlite_url: str, language: str, answer: str) -> None:
    conversation = _at(language, "person", "q_what_matters", "long")
    conversation.say(answer)
    assert len(answer.split()) >= replies.LONG_ANSWER_WORDS
    assert conversation.text.startswith(tuple(_text(key, language) for key in replies.LONG_ACKS))
    assert "brave" not in conversation.text and "dewr" not in conversation.text


@pytest.mark.parametrize("language,answer", [("en", "Sometimes I get lonely in the winter. But I'm OK really"),
                                             ("cy", "Weithiau dw i'n unig yn y gaeaf ... Ond dw i'n iawn")])
def test_a_mild_worry_said_with_im_ok_gets_the_lighter_word(sqlite_url: str, language: str, answer: str) -> None:
    """U36 (C5): "Weithiau dw i'n unig yn y gaeaf ... Ond dw i'n iawn" got "Mae'n swnio fel llawer i'w gario"."""
    conversation = _at(language, "person", "q_worries", "mild")
    conversation.say(answer)
    assert _text("ack_heavy_light", language) in conversation.text
    assert _text("ack_heavy", language) not in conversation.text


@pytest.mark.parametrize("language,answer", [("en", "No, I'm fine thanks"), ("cy", "Na, dw i'n iawn diolch")])
def test_saying_they_are_fine_gets_good_to_hear(sqlite_url: str, language: str, answer: str) -> None:
    conversation = _at(language, "person", "q_worries", "fine")
    conversation.say(answer)
    assert conversation.text.startswith(_text("ack_ok", language))


@pytest.mark.parametrize("language,answer,key", [
    ("en", "thank you for listening, its been a long night", "ack_thanks_tired"),
    ("cy", "diolch am wrando, mae hi wedi bod yn noson hir", "ack_thanks_tired"),
    ("en", "No that's all. Thanks for listening", "ack_thanks"),
    ("cy", "Dim byd arall. Diolch yn fawr am wrando", "ack_thanks"),
])
def test_thanks_for_listening_is_answered_before_the_read_back(sqlite_url: str, language: str, answer: str,
                                                               key: str) -> None:
    """U13: the tired carer's "thank you for listening, its been a long night" went straight to the read-back."""
    conversation = _at(language, "carer", "q_anything_else", "thanks", answer)
    conversation.say(answer)
    assert conversation.text.startswith(_text(key, language, "carer"))
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language,word,said_back,more", [
    ("en", "fifa", "Fifa – nice.", "i play it online with my mates every night"),
    ("cy", "ffwtbol", "Ffwtbol – neis.", "dwi'n chwarae i dîm y dref bob dydd Sadwrn"),
])
def test_one_word_answer_is_invited_once_to_say_more(sqlite_url: str, language: str, word: str, said_back: str,
                                                     more: str) -> None:
    """U36 (C4, 13): after "fifa" / "nan" / "football" nothing invited more. Now the first one-word answer to an open
    question gets a light invitation, with a button to move on; the word is kept, and so is what they add."""
    conversation = _at(language, "young_person", "q_what_matters", "invite")
    conversation.say(word)
    assert conversation.text == said_back + " " + _text("invite_more_tail", language, "young_person")
    assert [b.payload for b in conversation.said[-1].buttons] == ["/skip"]
    assert conversation.requested == "q_what_matters"
    conversation.say(more)
    assert conversation.requested == "q_strengths"
    assert [t for k, t in _answers(conversation) if k == "what_matters"] == [word, more]
    conversation.say("pel-droed" if language == "cy" else "football")  # once per conversation, not per question
    assert conversation.requested == "q_keep"
    assert _text("invite_more_tail", language, "young_person") not in conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_move_on_after_the_invitation_keeps_the_word(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "young_person", "q_strengths", "move-on")
    conversation.say("Nain")
    assert conversation.requested == "q_strengths"
    conversation.say("/skip", intent="skip")
    assert conversation.requested == "q_keep"
    assert conversation.slots["q_strengths"] == "Nain"
    assert [t for k, t in _answers(conversation) if k == "strengths"] == ["Nain"]


@pytest.mark.parametrize("language,reply", [("en", "nah"), ("cy", "na")])
def test_no_after_the_invitation_moves_on_and_adds_nothing(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at(language, "young_person", "q_what_matters", "nah", reply)
    conversation.say("gaming")
    conversation.say(reply)
    assert conversation.requested == "q_strengths"
    assert [t for k, t in _answers(conversation) if k == "what_matters"] == ["gaming"]


@pytest.mark.parametrize("language,word", [("en", "exams"), ("cy", "arholiadau")])
def test_a_word_that_could_be_sensitive_is_not_said_back(sqlite_url: str, language: str, word: str) -> None:
    """At "is anything worrying you?" the invitation never says their word back, nor "nice"."""
    conversation = _at(language, "young_person", "q_worries", "sensitive")
    conversation.say(word)
    assert conversation.text == _text("invite_more", language, "young_person") + " " + _text(
        "invite_more_tail", language, "young_person")
    assert word not in conversation.text.lower()


@pytest.mark.parametrize("language,answer", [("en", "no"), ("en", "dunno"), ("en", "🤷‍♀️"), ("cy", "na"),
                                             ("cy", "dim byd"), ("cy", "dwnim"), ("en", "/skip")])
def test_no_dunno_or_skip_is_never_invited_to_say_more(sqlite_url: str, language: str, answer: str) -> None:
    conversation = _at(language, "young_person", "q_change", "never", answer)
    conversation.say(answer, intent="skip" if answer == "/skip" else None)
    assert conversation.requested != "q_change"
    assert _text("invite_more_tail", language, "young_person") not in conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("role", ["young_person", "carer"])
def test_a_couple_more_questions_near_the_end(sqlite_url: str, language: str, role: str) -> None:
    conversation = _at(language, role, "q_communication" if role == "young_person" else "q_carer_own", "nearly")
    conversation.say("Negeseuon testun plis, dim galwadau" if language == "cy" else "Texts please, no calls")
    assert replies.questions_left(conversation_turn(conversation)) == 2
    assert _text("nearly_done", language, role) in conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_adult_is_not_told_a_couple_more(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "person", "q_people", "adult-nearly")
    conversation.say("Fy chwaer Mair" if language == "cy" else "My sister Mair")
    assert _text("nearly_done", language) not in conversation.text


def conversation_turn(conversation: MemoryConversation) -> MemoryTurn:
    return MemoryTurn(conversation, "")


@pytest.mark.parametrize("language,question", [("en", "how long is this?"), ("cy", "faint mwy?")])
def test_how_long_says_how_many_questions_are_left(sqlite_url: str, language: str, question: str) -> None:
    conversation = _at(language, "young_person", "q_worries", "how-long", question)
    conversation.say(question)
    # worries, people, communication, visit time, anything else
    assert conversation.text.startswith(_text("how_long_left", language, "young_person", left=questions_left_words(language, 5)))
    assert conversation.requested == "q_worries"
    while conversation.requested != "q_anything_else":
        conversation.say("/skip", intent="skip")
    conversation.say(question)
    assert conversation.text.startswith(_text("how_long_last", language, "young_person"))


@pytest.mark.parametrize("language,role,text,slot", [
    ("cy", "person", "Sorry, beth yw 'yn union fel y mae'? I think... things to keep?", "q_keep"),
    ("cy", "person", "beth yw ‘yn union fel y mae’?", "q_keep"),
    ("en", "person", "what does 'just as it is' mean?", "q_keep"),
    ("cy", "young_person", "dwi'm yn dallt", "q_support"),
    ("en", "young_person", "what do you mean?", "q_support"),
    ("en", "person", "I don't understand the question", "q_change"),
    ("cy", "person", "Be dach chi'n feddwl, sut dwi isio cael fy nghefnogi?", "q_support"),
    ("en", "carer", "sorry what do you mean", "q_strengths"),
    ("cy", "carer", "dw i ddim yn deall", "q_strengths"),
])
def test_asking_what_it_means_gets_the_question_in_plainer_words(sqlite_url: str, language: str, role: str,
                                                                  text: str, slot: str) -> None:
    """U19: a learner's "Sorry, beth yw 'yn union fel y mae'?" got the next question; "what do you mean?" the same
    words again. Now the same question in plainer words (chi/ti, carer), with its buttons, kept as an aside."""
    conversation = _at(language, role, slot, "plain", text)
    conversation.say(text)
    values = {"cared_for_name": "Martin", "cared_for_them": "him"} if role == "carer" else {}
    plain = _text("plain_" + slot, language, role, **values)
    assert conversation.text == _text("plain_lead", language, role) + " " + plain
    assert [b.payload for b in conversation.said[-1].buttons] == ["/skip"]
    assert conversation.requested == slot
    assert [k for k, t in _answers(conversation) if t == text] == ["aside"]


@pytest.mark.parametrize("text", ["I don't understand why the council won't help Mam", "what's a carer's assessment?",
                                  "Dwi ddim yn deall pam mae'r cyngor yn gwrthod helpu"])
def test_not_understanding_something_else_is_not_asking_what_the_question_means(text: str) -> None:
    assert not asks_what_it_means(text, messages.text("q_support", "en"))


@pytest.mark.parametrize("slot", ["q_what_matters", "q_strengths", "q_keep", "q_change", "q_support", "q_worries",
                                  "q_people", "q_communication", "q_visit_time", "q_carer_own", "q_carer_support",
                                  "q_anything_else"])
def test_every_question_has_plainer_words(slot: str) -> None:
    for language in ("cy", "en"):
        for register in ("chi", "ti"):
            assert messages.text("plain_" + slot, language, register) != messages.text(slot, language, register)


# --- stop-22 trial [start] / [other] findings ---------------------------------------------------------------------

@pytest.mark.parametrize("language,first,second", [
    ("en", "what do you mean?", "still dont get it. like what kind of thing"),
    ("cy", "be ti'n feddwl?", "dal ddim yn dallt. fel be?"),
])
def test_still_not_understood_after_plainer_words_is_left_for_the_visit(sqlite_url: str, language: str, first: str,
                                                                        second: str) -> None:
    """V25: "still dont get it. like what kind of thing" became two outcomes. Asked again after the plainer words,
    the question is left for the visit (kept as an aside) and the next one is asked in its own words."""
    conversation = _at(language, "young_person", "q_what_matters", "v25")
    conversation.say(first)
    assert _text("plain_q_what_matters", language, "young_person") in conversation.text
    conversation.say(second)
    assert conversation.text == "\n".join((_text("ack_dont_know", language, "young_person"),
                                           _text("q_strengths", language, "young_person")))
    assert [k for k, t in _answers(conversation) if t in (first, second)] == ["aside", "aside"]


@pytest.mark.parametrize("language,text", [("en", "what do you mean"), ("en", "i dont know what to say"),
                                           ("cy", "be dach chi'n feddwl"), ("cy", "dwn im be i ddeud")])
def test_what_do_you_mean_without_a_question_mark_is_not_an_answer(sqlite_url: str, language: str, text: str) -> None:
    """V41: "what do you mean" (no "?") was stored as his answer; "i dont know what to say" too."""
    conversation = _at(language, "person", "q_strengths", "v41", text)
    conversation.say(text)
    assert _text("plain_q_strengths", language) in conversation.text and conversation.requested == "q_strengths"
    assert [k for k, t in _answers(conversation) if t == text] == ["aside"]


@pytest.mark.parametrize("language,role,text", [("cy", "young_person", "pam ti'n gofyn hyn i gyd?"),
                                                ("en", "young_person", "why are you asking me all this?"),
                                                ("cy", "person", "Pam dach chi'n holi hyn?"),
                                                ("en", "person", "what's this for?")])
def test_why_are_you_asking_is_answered_and_never_a_wish(sqlite_url: str, language: str, role: str, text: str) -> None:
    """V3: "pam ti'n gofyn hyn i gyd?" to the keep question was read back as a thing to keep."""
    conversation = _at(language, role, "q_keep", "v3", text)
    conversation.say(text)
    assert conversation.text == "\n".join((_text("why_we_ask", language, role), _text("q_keep", language, role)))
    assert [k for k, t in _answers(conversation) if t == text] == ["aside"]
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and text not in [o.text for o in conv.outcomes]


@pytest.mark.parametrize("language,age", [("cy", "14"), ("en", "14"), ("cy", "dwi'n 15"), ("en", "im 16")])
def test_a_bare_young_age_after_tapping_me_turns_to_ti(sqlite_url: str, language: str, age: str) -> None:
    """V8: a 14-year-old who tapped "Fi – mae hyn amdana i" typed "14" to "Beth sy'n bwysig i chi?": it was kept as
    what matters, and "chi" went on. Now it is kept with who is talking, and the question comes again as "ti"."""
    conversation = _at(language, "person", "q_what_matters", "v8", age)
    conversation.say(age)
    assert conversation.text == "\n".join((_text("young_age_noted", language, "young_person"),
                                           _text("q_what_matters", language, "young_person")))
    assert conversation.slots["register"] == "ti" and conversation.slots["completed_by"] == "young_person"
    assert _answers(conversation) == [("role", age)]


@pytest.mark.parametrize("language,answer", [
    ("cy", "Rhywun i ddod mewn i helpu gyda'r gwely yn y nos. A fi'n teimlo bach yn unig ambell waith. Dyna fe."),
    ("en", "A sitter one night a week. I'm not sleeping great myself, my wife says Im running on empty"),
])
def test_a_carer_saying_how_they_feel_gets_a_word_for_it(sqlite_url: str, language: str, answer: str) -> None:
    """V23: a carer's tiredness or loneliness got no word, the next question at once."""
    conversation = _at(language, "carer", "q_carer_support", "v23", answer)
    conversation.say(answer)
    first = conversation.text.split("\n")[0]
    assert first in (_text("ack_feeling", language, "carer"), _text("ack_heavy", language, "carer"))


@pytest.mark.parametrize("language,text", [("en", "can I delete all this?"), ("cy", "alla i ddileu hwn i gyd?")])
def test_asking_to_delete_mid_form_is_answered_and_the_question_comes_again(sqlite_url: str, language: str,
                                                                            text: str) -> None:
    """V20 (the lead's hook): "alla i ddileu hwn i gyd?" had no answer."""
    from bot.conversation.data_rights import how_to_delete

    conversation = _at(language, "person", "q_change", "v20", text)
    conversation.say(text)
    key = how_to_delete(MemoryTurn(conversation, text))
    assert conversation.text == "\n".join((_text(key, language), _text("q_change", language)))
    assert [k for k, t in _answers(conversation) if t == text] == ["aside"]


@pytest.mark.parametrize("language,text", [("en", "can I delete all this?"), ("cy", "alla i ddileu hwn i gyd?")])
def test_asking_to_delete_at_the_read_back_gets_how_and_the_choice_once(sqlite_url: str, language: str,
                                                                        text: str) -> None:
    """V20: at the read-back it got "wnes i ddim deall" and the whole list again."""
    from bot.conversation.data_rights import how_to_delete

    conversation = _at(language, "person", "q_anything_else", "v20-rb", text)
    conversation.say("Dw i isio mynd i'r côr eto" if language == "cy" else "I want to go back to choir")
    assert conversation.requested == "readback"
    conversation.say(text)
    key = how_to_delete(MemoryTurn(conversation, text))
    assert conversation.text == "\n".join((_text(key, language), _text("readback", language)))
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language,text", [("cy", "netflix and chill 😂 and my dog"), ("en", "cerdded y ci efo Mam")])
def test_a_short_answer_in_the_other_language_does_not_flip_the_chat(sqlite_url: str, language: str,
                                                                     text: str) -> None:
    """V37: a Welsh teenager who chose Cymraeg typed "netflix and chill 😂 and my dog": the chat went English."""
    conversation = _at(language, "young_person", "q_what_matters", "v37", text)
    conversation.say(text)
    assert conversation.slots["language"] == language
    assert _text("q_strengths", language, "young_person") in conversation.text


@pytest.mark.parametrize("language,back_out", [("cy", "dim un"), ("cy", "canslo"), ("cy", "dim byd i newid, mae'n iawn"),
                                               ("en", "never mind"), ("en", "sorry I meant no nothing else, it's fine"),
                                               ("en", "cancel")])
def test_backing_out_of_which_one_to_change(sqlite_url: str, language: str, back_out: str) -> None:
    """V35: "Pa un hoffet ti ei newid?" was a trap: "dim un", "canslo", "never mind" got "I couldn't find that number"
    each time, and "dim byd i newid" picked an item by its words."""
    conversation = _at(language, "young_person", "q_anything_else", "v35", back_out)
    conversation.say("dwi isio help gyda maths achos sa i'n deall dim byd" if language == "cy"
                     else "I want help with maths because I don't understand any of it")
    assert conversation.requested == "readback"
    conversation.say("/change", value="change")
    assert conversation.requested == "readback_item"
    conversation.say(back_out)
    assert conversation.text.startswith(_text("readback_left_as_is", language, "young_person"))
    assert conversation.requested == "readback"
    assert _text("readback", language, "young_person") in conversation.text


@pytest.mark.parametrize("language,service,hurry", [
    ("en", "an OT assessment, a pendant alarm and a day centre place", "can we speed this up please, I'm at work"),
    ("cy", "asesiad therapi galwedigaethol a larwm gwddf", "gawn ni fynd yn gyflymach plis, dwi'n y gwaith"),
])
def test_a_hurry_at_the_why_is_not_the_why(sqlite_url: str, language: str, service: str, hurry: str) -> None:
    """V32: "can we speed this up please, I'm at work", typed to the why, became Ron's only change outcome."""
    conversation = _at(language, "carer", "q_change", "v32", hurry)
    conversation.say(service)
    assert conversation.requested == "why_change"
    conversation.say(hurry)
    assert conversation.text.startswith(_text("hurry_noted", language, "carer", left=questions_left_words(language, 8)))
    assert conversation.requested == "q_support"
    assert [k for k, t in _answers(conversation) if t == hurry] == ["aside"]
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and all("speed" not in o.text and "gyflym" not in o.text for o in conv.outcomes)


@pytest.mark.parametrize("language,service,hurry", [
    ("en", "an OT assessment, a pendant alarm and a day centre place", "can we speed this up please, I'm at work"),
    ("cy", "asesiad therapi galwedigaethol a larwm gwddf", "gawn ni fynd yn gyflymach plis, dwi'n y gwaith"),
])
def test_after_a_hurry_no_later_why(sqlite_url: str, language: str, service: str, hurry: str) -> None:
    """V32 (left open at stop 22): after "can we speed this up", a service named later still got its "why"."""
    conversation = _at(language, "carer", "q_change", "v32b", hurry)
    conversation.say(hurry)
    assert conversation.text.startswith(_text("hurry_noted", language, "carer", left=questions_left_words(language, 9)))
    assert conversation.requested == "q_change"
    conversation.say(service)
    assert conversation.requested == "q_support"
    assert [k for k, t in _answers(conversation) if t == service] == ["change"]


@pytest.mark.parametrize("text,name", [("my dad like I said. Ken", "Ken"), ("fy nhad fel dudis i, Gwilym", "Gwilym")])
def test_like_i_said_is_never_the_name(text: str, name: str) -> None:
    """V11: "my dad like I said. Ken" -> "Let's start with like I said"."""
    from bot.conversation.about_you import cared_for_in

    assert cared_for_in(text)[0] == name


@pytest.mark.parametrize("language,text", [("cy", "faint mwy o gwestiynau?"), ("en", "how many more questions?"),
                                           ("cy", "pam ti'n gofyn hyn i gyd?"), ("en", "what do you mean?")])
def test_read_as_off_topic_the_form_still_answers_it(sqlite_url: str, language: str, text: str) -> None:
    """V4 recheck: "faint mwy o gwestiynau?" mid-form, read by the real NLU as off-topic, got "I can't answer that one"
    (action_redirect). The redirect now hands such a message to the form: kept as an aside, answered, asked again."""
    from bot.conversation import steering

    conversation = _at(language, "young_person", "q_support", "v4", text)
    conversation.slots["requested_slot"] = "q_support"
    turn = MemoryTurn(conversation, text)
    assert steering.off_topic_answer(turn) == {"q_support": None}
    assert _text("redirect", language, "young_person") not in conversation.said[-1].text
    assert [k for k, t in _answers(conversation) if t == text] == ["aside"]


@pytest.mark.parametrize("text,role", [
    ("It's for my mother, Margaret. I'm her daughter Helen, just typing", "person"),
    ("ia iawn. dwi'n teipio i nain, ma hi wrth fy ochr i yn deud be i sgwennu", "person"),
    ("I'm typing this for my mother, she's sitting next to me", "person"),
    ("he's here most days, I look after him", "carer"),
    ("Dw i'n gofalu am Mam, mae hi wrth fy ochr i bob dydd", "carer"),
])
def test_someone_only_typing_for_the_person_who_is_there(text: str, role: str) -> None:
    """V14 (start half): "dwi'n teipio i nain, ma hi wrth fy ochr i yn deud be i sgwennu" - Nain present and saying
    what to write - was a carer filling it in on her behalf, so she was asked "as far as you know"."""
    from bot.conversation.about_you import role_from_text

    assert role_from_text(text) == role
