"""Stop 47 (flowburst47): which question a burst piece answers; a young person's hard line heard (BA5, BA9, BA17).

The twenty-third trial (stop 46). Mark's burst at "what is going well?", "Coleg yn dda…" / "Last month someone took his
bank card and took £200 out. Fe wnaeth 'ffrind' ei gymryd e", the second a moment after the keep question was sent,
was filed "In answer to: Oes rhywbeth hoffai Rhys ei gadw…?" and read back as a thing to keep; after "Parhau" the keep
question never came (BA5). Cai's change question, interrupted by "ma cariad mam yn bwrw fi pan mae e'n feddw", was
never asked again either, nor (review 46) "what is going well?" after "my stepdad hits me". Ffion (13, a young carer)
had "Thanks, I've added that too." for "whats the point anyway nothing ever changes", "Got it, thanks." for "sometimes
i feel like i cant do this anymore", her "sorry ignore that. after school is fine…" filed whole as the visit time, her
"like the looking after stuff not like that" 1.5 s after the list answered "Sorry, I didn't catch that" and the whole
list again, and her list row said "Care needs noted" (BA9). A burst at "who is talking?" brought "What should I call
you?" twice (BA17).

Now: a piece within the typing window of the last answer is filed with it, a disclosure too, and the question waiting
is asked after the safe check; a harm told alone answers nothing of what is going well, to keep or to change; a young
person's heavy line is always said back; "ignore that" before an answer takes the line before back and the rest is the
answer; a piece at the read-back is more of the last answer; a young carer with a concern is a safeguarding concern in
the list; one name question per burst. Welsh (north and south) and English, text-speak; the words are fictional, the
trial's as quoted, and phrasings in no benchmark file.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.safe_reply import takes_it_back_plainly
from bot.storage import db, repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.record import NEEDS_NOTED, SAFEGUARDING_CONCERN, attention
from bot.web.summaries import list_rows
from tests.conversation.memory import MemoryConversation, started_with_record, stored_answers, stored_outcomes

#: Seconds after the question: typed after reading it; a burst piece (too soon to have read the question sent between).
READ_AND_TYPED = 25.0
BURST = 1.5


def _sender(*parts: object) -> str:
    return "mem-burst47-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _register(role: str) -> str:
    return "ti" if role == "young_person" else "chi"


def _question(slot: str, language: str, role: str) -> str:
    """The question as put to a young person or a person, up to its question mark."""
    return messages.text(slot, language, _register(role)).split("?")[0]



def _at(language: str, role: str, slot: str, *parts: object) -> MemoryConversation:
    """A conversation at `slot`, the questions before it skipped; a carer's is about Rhys (their son)."""
    name = {"young_person": "Cai", "carer": "Mark", "person": "Gwen"}[role]
    conversation = started_with_record(_sender(language, role, slot, *parts), language, role=role, name=name)
    if role == "carer":
        conversation.slots.update({"cared_for_name": "Rhys", "relationship": "mab" if language == "cy" else "son"})
        repository.update_conversation(conversation.sender_id, cared_for_name="Rhys")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


# --- BA5: a disclosure in the burst of the last answer is filed with it; the question waiting comes after the check --

#: (language, role, the answer to "what is going well?", a disclosure sent straight after it, "carry on")
BURST_DISCLOSURES = [
    ("cy", "carer", "Coleg yn dda. Mae e'n hoffi'r cwrs coginio",
     "Last month someone took his bank card and took £200 out. Fe wnaeth 'ffrind' ei gymryd e", "Parhau"),  # Mark's
    ("en", "carer", "College is going well, he loves the cooking course",
     "last month someone took his bank card and took £200 out. a 'friend' took it", "carry on"),  # English twin
    ("cy", "young_person", "rygbi ar ddydd sadwrn gyda'r bois", "ma cariad mam yn bwrw fi pan mae e'n feddw",
     "fi'n iawn, cario mlan"),  # south, text-speak (new)
    ("en", "young_person", "football n my mates", "my mums boyfriend hits me when hes drunk", "im ok carry on"),  # (new)
    ("cy", "young_person", "pêl-droed efo'r hogia", "mae cariad mam yn fy nharo i pan mae o wedi meddwi",
     "dwi'n iawn, gario mlaen"),  # north (new)
]


@pytest.mark.parametrize("language, role, answer, disclosure, carry_on", BURST_DISCLOSURES)
def test_a_disclosure_in_the_burst_of_the_last_answer_is_filed_with_it(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, role: str, answer: str, disclosure: str,
        carry_on: str) -> None:
    conversation = _at(language, role, "q_strengths", answer, disclosure)
    conversation.say(answer, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "q_keep"
    keep_question = conversation.said[-1].text  # as put to them (a carer's names Rhys)
    conversation.say(disclosure, seconds_since_asked=BURST, typing_window=True)
    assert repository.is_urgent(conversation.sender_id)
    assert stored_answers(conversation) == [("strengths", answer), ("strengths", disclosure)]  # never the keep answer
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        asked = [a.question_text for a in conv.answers]
    assert asked[1] == asked[0]  # "In answer to" the question it was typed under, never the keep question
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "q_keep"  # the question showing when it came, asked after the check
    assert keep_question in conversation.text
    assert not [text for text, _ in stored_outcomes(conversation) if text in disclosure]  # no theft kept as a keep


@pytest.mark.parametrize("language, role, answer, disclosure, carry_on", BURST_DISCLOSURES[:2])
def test_the_same_disclosure_typed_after_reading_the_question_is_kept_with_it(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, role: str, answer: str, disclosure: str,
        carry_on: str) -> None:
    """The other side of the window: long after the keep question, the words were typed under it."""
    conversation = _at(language, role, "q_strengths", answer, disclosure, "late")
    conversation.say(answer, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert stored_answers(conversation)[-1] == ("keep", disclosure)


@pytest.mark.parametrize("language, disclosure, carry_on, answer, piece", [
    ("en", "my stepdad hits me", "carry on", "football with my mates", "hes home again tonight"),
    ("cy", "ma llystad fi'n bwrw fi", "parhau", "pel droed gyda'r bois", "ma fe adre eto heno"),  # south
    ("cy", "mae fy llystad yn fy nharo i", "dwi'n iawn, cario mlaen", "pêl-droed efo'r hogia", "mae o adra eto heno"),
])
def test_a_piece_added_to_the_alert_in_the_burst_of_the_last_answer_is_filed_with_it(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, disclosure: str, carry_on: str, answer: str,
        piece: str) -> None:
    """After the check, harm told again ("hes home again tonight") joins the open alert; sent on the heels of an
    answer, it is kept with that answer, never as the answer to the question sent in between."""
    conversation = _at(language, "young_person", "q_keep", disclosure, piece)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "q_keep"
    conversation.say(answer, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "q_change"
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert stored_answers(conversation)[-2:] == [("keep", answer), ("keep", piece)]
    assert not any(key == "change" for key, _ in stored_answers(conversation))
    assert conversation.requested == "q_change"
    assert len(alerts) == 1  # added to the one alert


# --- BA5 / review 46: a harm told alone answers nothing of what is going well, to keep or to change ----------------------

#: (language, the question, a disclosure that tells only the harm, "carry on")
HARM_ALONE = [
    ("en", "q_strengths", "my stepdad hits me", "carry on"),  # review 46's
    ("cy", "q_strengths", "ma llystad fi'n bwrw fi", "parhau"),  # review 46's (south)
    ("cy", "q_change", "ma cariad mam yn bwrw fi pan mae e'n feddw", "fi'n iawn, cario mlan"),  # Cai's
    ("en", "q_change", "mums boyfriend hits me wen hes drunk", "ok carry on"),  # text-speak (new)
    ("cy", "q_keep", "mae fy llystad yn fy nharo i", "dwi'n iawn, cario mlaen"),  # north (new)
]


@pytest.mark.parametrize("language, slot, disclosure, carry_on", HARM_ALONE)
def test_after_the_check_the_question_a_harm_alone_interrupted_is_asked_again(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, slot: str, disclosure: str,
        carry_on: str) -> None:
    conversation = _at(language, "young_person", slot, disclosure)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert repository.is_urgent(conversation.sender_id)
    assert (slot[2:], disclosure) in stored_answers(conversation)  # kept with the question it came under, as ever
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.text.startswith(messages.text("safety_check_carry_on", language, "ti"))
    assert conversation.requested == slot
    assert _question(slot, language, "young_person") in conversation.text
    answer = "more time with my mates" if language == "en" else "mwy o amser efo ffrindia"
    conversation.say(answer, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert (slot[2:], answer) in stored_answers(conversation) and conversation.requested != slot


#: Stop-21 trial U9 stays: an answer with a line of harm in it answers the question (not asked for again).
ANSWER_WITH_HARM = {
    "en": "I'd like to get back to the allotment and see my grandson more. But he hits me when he's had a drink.",
    "cy": "Dw i isio mynd yn ôl i'r rhandir a gweld fy ŵyr yn amlach. Ond mae o'n fy nharo i pan mae o wedi yfed.",
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_answer_with_a_line_of_harm_in_it_still_answers_the_question(sqlite_url: str, alerts: list[tuple[int, str]],
                                                                       language: str) -> None:
    conversation = _at(language, "person", "q_change", "u9")
    conversation.say(ANSWER_WITH_HARM[language], seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert repository.is_urgent(conversation.sender_id)
    conversation.say("carry on" if language == "en" else "parhau", seconds_since_asked=READ_AND_TYPED,
                     typing_window=True)
    assert conversation.requested == "q_support"  # the next question: "did it not save?" (U9) is not heard again


# --- BA9: a young person's heavy line is always said back, a burst piece too --------------------------------------------

FIRST_CONCERN = {"en": "i look after my mum and my little brother. mum has depression",
                 "cy": "fi'n edrych ar ol mam a brawd bach fi. ma iselder da mam"}
#: (language, a heavy line sent as a burst piece, a heavy line at "anything else?")
HEAVY = [
    ("en", "whats the point anyway nothing ever changes", "sometimes i feel like i cant do this anymore"),  # Ffion's
    ("cy", "be di'r pwynt, sdim byd byth yn newid", "weithiau dw i'n teimlo fel bo fi ffili neud hyn rhagor"),  # twin
    ("en", "i dont see the point in anything tbh", "some days i just cant cope anymore"),  # (new)
    ("cy", "sdim byd yn gwella byth", "weithia ma bob dim jyst yn ormod i fi"),  # north (new)
]


def _worry_words(language: str) -> list[str]:
    return [messages.text(key, language, "ti") for key in ("ack_heavy", "ack_worry", "ack_worry_2", "ack_worry_3",
                                                           "ack_worry_4")]


def _young_carer_at(language: str, slot: str, *parts: object) -> MemoryConversation:
    """Ffion's start: her first concern (a young carer's) at "what is going well?", then `slot`."""
    conversation = started_with_record(_sender(language, "ffion", slot, *parts), language, role="young_person",
                                       name="Ffion")
    conversation.say("/skip", intent="skip")
    conversation.say(FIRST_CONCERN[language], seconds_since_asked=READ_AND_TYPED, typing_window=True)
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language, piece, later", HEAVY)
def test_a_heavy_burst_piece_from_a_young_person_is_heard(sqlite_url: str, language: str, piece: str,
                                                          later: str) -> None:
    conversation = _young_carer_at(language, "q_communication", piece)
    answer = "on snapchat" if language == "en" else "ar snapchat"
    conversation.say(answer, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert stored_answers(conversation)[-1] == ("communication", piece)
    assert any(words in conversation.text for words in _worry_words(language))  # never "added that too" alone
    assert conversation.text.endswith(messages.text("added_more_noted", language, "ti"))


@pytest.mark.parametrize("language, piece, later", HEAVY)
def test_a_heavy_line_at_anything_else_is_heard_not_got_it_thanks(sqlite_url: str, language: str, piece: str,
                                                                  later: str) -> None:
    conversation = _young_carer_at(language, "q_anything_else", later)
    conversation.say(later, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "readback"
    assert messages.text("ack_2", language, "ti") not in conversation.text
    assert any(words in conversation.text for words in _worry_words(language))


# --- BA9: "ignore that" before an answer takes the line before back; the rest is the answer ------------------------------

#: (language, the heavy piece, the take-back with the visit time, the visit time alone)
IGNORE_THAT = [
    ("en", "whats the point anyway nothing ever changes", "sorry ignore that. after school is fine",
     "after school is fine"),  # Ffion's
    ("cy", "be di'r pwynt, sdim byd byth yn newid", "sori anwybydda hynna. ar ol ysgol yn iawn",
     "ar ol ysgol yn iawn"),  # twin
    ("en", "i dont see the point in anything tbh", "soz just ignore that lol. weekends r best", "weekends r best"),
    ("cy", "sdim byd yn gwella byth", "sori, anghofia hwnna. penwythnos sy ora", "penwythnos sy ora"),  # north (new)
]


@pytest.mark.parametrize("language, piece, take_back, visit_time", IGNORE_THAT)
def test_ignore_that_takes_the_line_before_back_and_the_rest_is_the_visit_time(
        sqlite_url: str, language: str, piece: str, take_back: str, visit_time: str) -> None:
    conversation = _young_carer_at(language, "q_communication", take_back)
    conversation.say("on snapchat" if language == "en" else "ar snapchat", seconds_since_asked=READ_AND_TYPED,
                     typing_window=True)
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert conversation.requested == "q_visit_time"
    conversation.say(take_back, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    kept = stored_answers(conversation)
    assert ("visit_time", visit_time) in kept and ("visit_time", take_back) not in kept
    assert ("aside", take_back) in kept
    assert messages.text("safety_check_played_down_concern", language, "ti") in conversation.text
    record = load_record(conversation.sender_id)
    assert record is not None
    (flag,) = [f for f in record["risk_flags"] if f["text"] == piece]
    assert flag["played_down"] is not None and flag["played_down"]["text"] == take_back  # shown as taken back


@pytest.mark.parametrize("text, rest", [
    ("sorry ignore that. after school is fine", "after school is fine"),
    ("sori anwybydda hynna. ar ol ysgol yn iawn", "ar ol ysgol yn iawn"),
    ("ignore that", ""),
    ("just forget that, mornings r better", "mornings r better"),
    ("anghofiwch hynny. ar ôl tri", "ar ôl tri"),
])
def test_ignore_that_first_is_a_take_back(text: str, rest: str) -> None:
    end = takes_it_back_plainly(text)
    assert end is not None and text[end:] == rest


@pytest.mark.parametrize("text", [
    "ignore that teacher she is mean", "forget that, its worse than that", "ignore that is what i said",
    "i cant ignore that stuff", "anwybydda hynna, mae'n waeth na hynna",
])
def test_ignore_that_is_no_take_back_when_it_is_not_one(text: str) -> None:
    assert takes_it_back_plainly(text) is None


# --- BA9: a piece at the read-back is more of the last answer ---------------------------------------------------------

#: (language, the heavy line at "anything else?", the piece 1.5 s after the list)
AT_THE_READ_BACK = [
    ("en", "sometimes i feel like i cant do this anymore", "like the looking after stuff not like that"),  # Ffion's
    ("cy", "weithiau dw i'n teimlo fel bo fi ffili neud hyn rhagor", "fel y stwff edrych ar ol, dim fel 'na"),  # twin
    ("en", "some days i just cant cope anymore", "the caring i mean, not like that"),  # (new)
    ("cy", "weithia ma bob dim jyst yn ormod i fi", "y gofalu dwi'n feddwl, nid fel'na"),  # north (new)
]


@pytest.mark.parametrize("language, line, piece", AT_THE_READ_BACK)
def test_a_piece_at_the_read_back_is_more_of_the_last_answer(sqlite_url: str, language: str, line: str,
                                                             piece: str) -> None:
    conversation = _young_carer_at(language, "q_anything_else", piece)
    conversation.say(line, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "readback"
    outcomes_before = stored_outcomes(conversation)
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert stored_answers(conversation)[-2:] == [("anything_else", line), ("anything_else", piece)]
    assert conversation.text == messages.text("added_more_noted", language, "ti")  # the list just above, unchanged
    assert messages.text("readback_unclear", language, "ti") not in conversation.text
    assert stored_outcomes(conversation) == outcomes_before  # what it meant, never a thing to keep
    assert conversation.requested == "readback" and conversation.slots.get("readback") is None
    conversation.say("yes send it" if language == "en" else "ia anfona fe", seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.slots.get("readback") == "confirm"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_choice_typed_quickly_at_the_read_back_is_still_a_choice(sqlite_url: str, language: str) -> None:
    conversation = _young_carer_at(language, "q_anything_else", "quick")
    conversation.say("nope" if language == "en" else "na", seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "readback"
    conversation.say("send it" if language == "en" else "anfona fe", seconds_since_asked=0.5, typing_window=True)
    assert conversation.slots.get("readback") == "confirm"


# --- BA9: a young carer with any concern is a safeguarding concern in the list -------------------------------------------

def test_a_young_carers_concern_is_a_safeguarding_concern() -> None:
    flags = [("concern", ["carer_strain"]), ("concern", ["low_mood"])]
    assert attention(flags) == NEEDS_NOTED  # an adult's (or a young person who cares for no one)
    assert attention(flags, young_carer=True) == SAFEGUARDING_CONCERN
    assert attention([], young_carer=True) is None


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_list_row_of_a_young_carer_with_a_concern(sqlite_url: str, language: str) -> None:
    carer = _young_carer_at(language, "q_anything_else", "list")
    carer.say(HEAVY[0 if language == "en" else 1][2], seconds_since_asked=READ_AND_TYPED, typing_window=True)
    other = started_with_record(_sender(language, "not a carer"), language, role="young_person", name="Osian")
    while other.requested != "q_anything_else":
        other.say("/skip", intent="skip")
    other.say(HEAVY[0 if language == "en" else 1][2], seconds_since_asked=READ_AND_TYPED, typing_window=True)
    with db.session_scope() as s:
        rows = {r["reference"]: r for r in list_rows(repository.list_conversations(s))}
        references = {sender: repository.get_conversation(s, sender).reference  # type: ignore[union-attr]
                      for sender in (carer.sender_id, other.sender_id)}
    assert rows[references[carer.sender_id]]["completed_by_key"] == "completed_young_carer"
    assert rows[references[carer.sender_id]]["attention"] == SAFEGUARDING_CONCERN
    assert rows[references[other.sender_id]]["attention"] == NEEDS_NOTED  # the same line, no one cared for


# --- BA17: one name question per burst at "who is talking?" --------------------------------------------------------------

#: (language, who is talking, a piece sent straight after it)
CHOOSER = [
    ("cy", "fi, fi'n 15", "ma'r ysgol wedi gweud wrtha fi neud hwn"),  # Cai's (south)
    ("en", "im 13", "i look after my mum and my little brother"),  # Ffion's
    ("cy", "fi, dwi'n 14", "yr ysgol ddudodd wrtha fi neud hyn"),  # north (new)
    ("en", "me, im 14", "my teacher told me to do this lol"),  # text-speak (new)
]


@pytest.mark.parametrize("language, first, piece", CHOOSER)
def test_a_burst_at_who_is_talking_gets_one_name_question(sqlite_url: str, language: str, first: str,
                                                          piece: str) -> None:
    conversation = MemoryConversation(_sender(language, "chooser", first), language=language)
    conversation.slots.update({"consent_choice": "yes"})
    conversation.start()
    assert conversation.requested == "role"
    conversation.say(first, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "name" and conversation.slots.get("register") == "ti"
    name_question = messages.text("name", language, "ti")
    assert name_question in conversation.text
    conversation.say(piece, seconds_since_asked=BURST, typing_window=True)
    assert name_question not in conversation.text  # just above: not twice
    assert conversation.text == messages.text("added_more_noted", language, "ti")
    assert [(k, t) for k, t in stored_answers(conversation) if k == "role"][-1] == ("role", piece)  # kept, not lost
    assert not conversation.slots.get("name") and conversation.requested == "name"
    conversation.say("Cai", seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.slots.get("name") == "Cai" and conversation.requested == "q_what_matters"
