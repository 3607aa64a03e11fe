"""Seventh trial flow findings (stop 29, issue 11), through the conversation core, in Welsh (north and south, text-speak)
and English, each with the trial's own words and a twin in the other language.

AA7: "sai moyn siarad am hynna" became an outcome (how a 16-year-old wants to be supported). AA8: "oh hang on he's
calling me, I'll have to come back to this later, sorry" got "OK, thank you for that." and the next question, and was
listed as how Phil wants help to be given.
"""
from __future__ import annotations

import hashlib

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot import messages
from bot.analysis.controls import control_of
from bot.conversation import steering
from bot.nlu.signals import ConversationSignals
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryTurn
from tests.conversation.test_tone_stop22 import _at


def _sender(*parts: object) -> str:
    return "mem-t29-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcome_texts(sender_id: str) -> list[str]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [o.text for o in conv.outcomes] if conv else []


def _intent(text: str) -> str | None:
    """The intent the NLU pipeline's signals give the message, as Rasa would pass it to the form."""
    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    ConversationSignals().process([message])
    return (message.get("intent") or {}).get("name")


#: AA7: not wanting to talk about what was asked, the whole message (the trial's, then twins).
REFUSALS = [("cy", "sai moyn siarad am hynna"), ("cy", "dwi'm isio siarad am hynna"), ("cy", "na, sa i moyn trafod e tbh"),
            ("cy", "well gen i beidio siarad am y peth"), ("en", "I don't want to talk about that"),
            ("en", "dont wanna talk about it"), ("en", "I'd rather not talk about that right now, sorry")]


@pytest.mark.parametrize("language, refusal", REFUSALS)
def test_a_refusal_to_talk_about_it_is_a_skip_never_an_outcome(sqlite_url: str, language: str, refusal: str) -> None:
    assert control_of(refusal) == ("skip", None) and _intent(refusal) == "skip"
    conversation = _at(language, "young_person", "q_support", "aa7", refusal)
    conversation.say(refusal, intent=_intent(refusal))
    assert messages.text("ack_skipped", language, "ti") in conversation.text
    assert conversation.slots.get("q_support") == "__skipped__"
    assert conversation.requested != "q_support"  # the next question
    assert refusal not in repository.answer_texts(conversation.sender_id)
    assert not any(refusal.lower() in o.lower() for o in _outcome_texts(conversation.sender_id))


@pytest.mark.parametrize("answer", ["I don't want to talk about it with strangers, just my mum",
                                    "dwi ddim isio siarad am y ffordd ma nhw'n siarad efo fi",
                                    "she doesn't want to talk about it"])
def test_the_same_words_saying_more_are_an_answer(answer: str) -> None:
    assert control_of(answer) is None


#: AA8: leaving for now, said in passing (the trial's, then twins in both languages).
LEAVING = [("en", "oh hang on he's calling me, I'll have to come back to this later, sorry"),
           ("en", "sorry mum needs me, ill come back to this"), ("en", "gtg, back later x"),
           ("en", "hang on he is shouting me, back in 10"), ("en", "I'll have to leave it there for now"),
           ("cy", "dwi'n gorfod mynd rŵan, na i orffen wedyn"), ("cy", "rhaid i fi fynd"),
           ("cy", "sori ma Mam yn galw fi, na i ddod nôl at hyn wedyn"), ("cy", "o aros ma hi'n galw, back later")]


@pytest.mark.parametrize("language, leaving", LEAVING)
def test_leaving_for_now_said_in_passing_is_the_stop(sqlite_url: str, language: str, leaving: str) -> None:
    assert control_of(leaving) == ("stop", None) and _intent(leaving) == "stop"
    conversation = _at(language, "carer", "q_support", "aa8", leaving)
    conversation.messages.append(leaving)
    kept = steering.stop(MemoryTurn(conversation, leaving, "stop"))  # as action_stop
    assert kept.get("q_support") is None  # the question waits for them to come back
    assert messages.text("stopped", language, "chi", "carer") in "\n".join(m.text for m in conversation.said)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None and conv.status == "stopped"
    assert leaving not in repository.answer_texts(conversation.sender_id)
    assert not any("come back" in o or "nôl" in o for o in _outcome_texts(conversation.sender_id))


@pytest.mark.parametrize("answer", ["he came back later that day and was fine", "the carers come back later for tea",
                                    "he was back in 10 minutes", "Mae hi'n dod nol wedyn ar ôl te"])
def test_coming_back_told_of_someone_else_is_an_answer(answer: str) -> None:
    assert control_of(answer) is None


#: AA1: a question about the point of this, or whether anyone will read it, with nothing else that answers (the
#: trial's words, a south Welsh and an English twin).
POINT_ALONE = [
    ("cy", "be di'r pwynt o hyn? sori, dwi di deud hyn i gyd wrth y nyrs ardal, a'r ysbyty, a'r doctor, a neb yn gneud "
           "dim byd. Dwi jest isio gwbod os oes rhywun am ddarllen hwn go iawn."),
    ("cy", "beth yw'r pwynt? wi di gweud hyn i gyd wrth y doctor a'r ysbyty a sneb yn neud dim"),
    ("en", "what's the point of this? I've told the district nurse, the hospital and the GP all this and nobody does "
           "anything. I just want to know if anyone is actually going to read this."),
    ("en", "is anyone actually going to read this?"),
]


@pytest.mark.parametrize("language, text", POINT_ALONE)
def test_asking_the_point_gets_the_honest_answer_and_the_question_again(sqlite_url: str, language: str,
                                                                         text: str) -> None:
    conversation = _at(language, "carer", "q_keep", "aa1", text)
    conversation.say(text)
    assert messages.text("point_of_this", language, "chi", "carer") in conversation.text  # who reads it, and when
    assert conversation.requested == "q_keep" and conversation.slots.get("q_keep") is None  # asked again
    assert text not in repository.answer_texts(conversation.sender_id, only="keep")  # never the answer
    assert not any(o in text for o in _outcome_texts(conversation.sender_id))  # nor an outcome


#: The same question inside an answer: the answer is kept (its wish an outcome), the question answered, never an
#: outcome itself.
POINT_IN_AN_ANSWER = [
    ("cy", "be di'r pwynt o hyn? dwi di deud wrth bawb. Mae hi isio aros adra efo'r gath.",
     "Mae hi isio aros adra efo'r gath."),
    ("en", "whats the point of all this, nobody listens. she wants to go back to the day centre on Tuesdays",
     "she wants to go back to the day centre on Tuesdays"),
]


@pytest.mark.parametrize("language, text, wish", POINT_IN_AN_ANSWER)
def test_asking_the_point_inside_an_answer_keeps_the_answer(sqlite_url: str, language: str, text: str,
                                                           wish: str) -> None:
    conversation = _at(language, "carer", "q_change", "aa1-part", text)
    conversation.say(text)
    assert messages.text("point_of_this", language, "chi", "carer") in conversation.text
    assert conversation.slots.get("q_change") == text  # kept as typed
    outcomes = _outcome_texts(conversation.sender_id)
    assert wish in outcomes
    assert not any("pwynt" in o or "point" in o for o in outcomes)


@pytest.mark.parametrize("text", ["what's the point of living", "what's the point in trying anymore",
                                  "dwi ddim yn gweld pwynt", "beth yw pwynt byw", "the point is she wants to stay home"])
def test_despair_or_a_point_made_is_not_a_question_about_the_form(text: str) -> None:
    from bot.analysis.about_assistant import asks_the_point

    assert not asks_the_point(text)


#: AA15: the trial's answers (north Welsh), and an English twin: a worry, something hard, then happy wishes.
HARD_THEN_HAPPY = {
    "cy": [("q_support", "Bod pobl yn siarad Cymraeg efo hi, ma hi'n deud bod y genod o'r asiantaeth yn yr ysbyty yn "
                         "siarad Saesneg efo hi a doedd hi'm yn dallt eu hacen nhw. A bod nhw'n deud pwy ydyn nhw wrth "
                         "ddod i mewn a ddim jest cerdded i fewn, ma hi'n cael braw. Ac i fod yn onest, isio i chi siarad "
                         "efo FI hefyd achos dydi Mam ddim yn deud y gwir am sut mae hi, ma hi'n deud 'iawn diolch' wrth "
                         "bawb, hyd yn oed pan ma hi mewn poen. Ond ma hi'n mynnu mai hi sy'n penderfynu, a dwi'n parchu "
                         "hynna, wir. Jest bod hi'n anodd."),
           ("q_worries", "Ma Mam wedi dechra anghofio cymryd ei thabledi. Dwi'n poeni am hynna."),
           ("q_people", "Dwi'n poeni am fy mrawd hefyd, dydi o ddim yn dod adra'n aml."),
           ("q_communication", "Cymraeg bob tro. Dwi'n poeni bod hi ddim yn clywed yn iawn."),
           ("q_carer_own", "Amdana i? Ew, does neb di gofyn hynna ers tro. Cwsg! Noson lawn o gwsg. Cael mynd i'r côr nos "
                           "Iau eto. Cael amser efo'r gŵr a'r plant heb fod yn edrych ar y ffôn rhag ofn i Mam ffonio.")],
    "en": [("q_support", "Welsh speaking if possible. He says he's fine to everyone, even when he's in pain. I worry he "
                         "hides it."),
           ("q_worries", "He's started forgetting his tablets. I'm worried about that."),
           ("q_people", "I worry about his brother too, he never visits."),
           ("q_communication", "Welsh always. I worry he can't hear properly."),
           ("q_carer_own", "Me? Sleep! A proper night's sleep. Getting back to the choir on Thursdays. A day at the "
                           "seaside with the grandkids, with a brolly just in case.")],
}
_WORRY_KEYS = ("ack_worry", "ack_worry_2", "ack_worry_3", "ack_worry_4")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_sounds_hard_only_where_something_hard_was_said_and_never_twice_running(sqlite_url: str, language: str) -> None:
    conversation = _at(language, "carer", "q_support", "aa15")
    words = {key: messages.text(key, language, "chi", "carer") for key in _WORRY_KEYS}
    heard: list[str] = []
    for slot, answer in HARD_THEN_HAPPY[language]:
        while conversation.requested != slot:
            conversation.say("/skip", intent="skip")
        conversation.say(answer)
        said = [key for key, text in words.items() if text in conversation.text]
        if slot == "q_carer_own":
            assert said == [] and conversation.requested == "q_carer_support"  # happy wishes: no word for it
        else:
            assert len(said) == 1
            heard += said
    assert heard == list(_WORRY_KEYS)  # each line once: the fuller word first, then shorter ones
    sounds_hard = messages.text("ack_worry_2", language, "chi", "carer").split(".")[0]
    assert sum(sounds_hard in m.text for m in conversation.said) == 1


#: AA15 (Welsh): the cared-for person's name after the message's own word that mutates it (welsh-style.md): the
#: trial's "Bydda i'n gofyn am Gwenda" and heading "AM GWENDA", and twins.
@pytest.mark.parametrize("key, name, said", [
    ("carer_intro", "Gwenda", "Bydda i'n gofyn am Wenda yn gyntaf"),
    ("q_strengths", "Dafydd", "Beth sy'n mynd yn dda i Ddafydd"),
    ("q_strengths", "Meirion", "i Feirion"),
    # (stop 46, AZ7: a name starting Rh or Ll is not mutated, "am Rhys", "am Llinos": "Rodri" was not his name)
    ("carer_intro", "Rhys", "am Rhys"),
    ("carer_intro", "Llinos", "am Llinos"),
])
def test_a_welsh_name_is_mutated_after_its_trigger(key: str, name: str, said: str) -> None:
    assert said in messages.text(key, "cy", "chi", "carer", cared_for_name=name)
    assert name in messages.text(key, "en", "chi", "carer", cared_for_name=name)  # English: as given


def test_the_heading_reads_am_wenda() -> None:
    assert messages.text("readback_about_person", "cy", cared_for_name="Gwenda").upper() == "AM WENDA"


@pytest.mark.parametrize("key, name", [
    ("carer_intro", "Brian"), ("carer_intro", "Kyle"), ("carer_intro", "Phil"), ("carer_intro", "Mam"),
    ("carer_intro", "Taid"), ("carer_intro", "Terry"), ("q_worries", "Gwenda"),  # "poeni Gwenda": no trigger
    ("q_visit_time", "Gwenda"),  # "dod i weld Gwenda": the object of a verb does not mutate
])
def test_names_from_elsewhere_family_words_and_objects_are_left_as_given(key: str, name: str) -> None:
    assert name in messages.text(key, "cy", "chi", "carer", cared_for_name=name)


# (stop 45: the support question no longer names her after "i" (welsh-review.md's "Sut hoffai {name} gael help?"),
# so the question after "what matters?" is heard: "Beth sy'n mynd yn dda i Wenda")
@pytest.mark.parametrize("language, asked", [("cy", "Beth sy'n mynd yn dda i Wenda"),
                                             ("en", "Gwenda")])
def test_the_carer_hears_the_mutated_name_in_the_conversation(sqlite_url: str, language: str, asked: str) -> None:
    conversation = _at(language, "carer", "q_what_matters", "aa15-name")
    conversation.slots["cared_for_name"] = "Gwenda"
    conversation.say("Mynd i'r capel eto ar fore Sul" if language == "cy" else "Getting back to chapel on Sundays")
    assert conversation.requested == "q_strengths"
    assert asked in conversation.text


#: AA9: a message that carries on the answer just given (the trial's words, then twins).
CARRIES_ON = [
    ("en", "the Parkinson's nurse, Bethan, is brilliant",
     "sorry pressed send too soon!! and our daughter Ceri comes on Tuesdays so I can do the big shop. and the day "
     "centre in Llanishen twice a week, no sorry, once a week now, they cut it"),
    ("en", "his mates from the bowls club", "oh and his sister rings every night"),
    ("cy", "Y nyrs Parkinson's, Bethan, mae hi'n wych",
     "sori, heb orffen - a Ceri'n merch ni'n dod bob dydd Mawrth, a'r ganolfan ddydd ddwywaith yr wythnos, na sori, "
     "unwaith yr wythnos rŵan"),
    ("cy", "ffrindia o'r clwb bowls", "o a ma'i chwaer o'n ffonio bob nos"),
]


@pytest.mark.parametrize("language, answer, more", CARRIES_ON)
def test_more_of_the_last_answer_is_kept_with_it_and_the_question_still_asked(sqlite_url: str, language: str,
                                                                              answer: str, more: str) -> None:
    conversation = _at(language, "carer", "q_strengths", "aa9", more)
    conversation.say(answer)
    assert conversation.requested == "q_keep"
    conversation.say(more)
    assert messages.text("added_later_noted", language, "chi", "carer") in conversation.text
    assert conversation.requested == "q_keep" and conversation.slots.get("q_keep") is None  # still asked
    assert repository.answer_texts(conversation.sender_id, only="strengths") == [answer, more]  # with its answer
    assert more not in repository.answer_texts(conversation.sender_id, only="keep")
    conversation.say(more)  # the same words again, right after: now the answer to the question waiting
    assert conversation.slots.get("q_keep") == more


@pytest.mark.parametrize("text, outcome", [
    ("and the day centre in Llanishen twice a week, no sorry, once a week now, they cut it",
     "the day centre in Llanishen twice a week, no sorry, once a week now"),
    ("mae hi isio mynd i'r clwb cinio ddwywaith yr wythnos, na sori, unwaith yr wythnos",
     "mae hi isio mynd i'r clwb cinio ddwywaith yr wythnos, na sori, unwaith yr wythnos"),
])
def test_an_outcome_put_right_in_passing_ends_with_the_correction(text: str, outcome: str) -> None:
    from bot.analysis import analyse

    assert [o.text for o in analyse(text).outcomes] == [outcome]


@pytest.mark.parametrize("answer", ["A proper night's sleep", "she wants to stay at home, no care home"])
def test_an_article_or_a_plain_no_is_no_continuation_or_correction(answer: str) -> None:
    from bot.analysis import analyse
    from bot.conversation.answers import continues_the_last_answer

    assert not continues_the_last_answer(answer)
    assert all(o.text in answer and "sorry" not in o.text for o in analyse(answer).outcomes)


def test_also_opens_the_answer_to_anything_else() -> None:
    from bot.conversation.answers import continues_the_last_answer

    assert continues_the_last_answer("also he likes the radio", "q_keep")
    assert not continues_the_last_answer("also he likes the radio", "q_anything_else")
    assert continues_the_last_answer("sorry pressed send too soon, he likes the radio", "q_anything_else")
