"""Stop 41 (flow41): findings left from the eighteenth trial and its re-trial (stop 40), each with Welsh and English
twins, and a twin that must stay what it was.

AU7: a young person's burst ("someone to talk to" / "1 to 1." / "NOT a group") used up a form question with each
piece. AU9: "Ydi hynna'n bosib yn Llŷn?" inside an answer went unanswered. AV6: "Dach chi di colli'r peth pwysica!
Seibiant i fi…" at "is this right?" was kept as words only, the respite never added. "be ti'n feddwl o'r ysgol newydd?
mae hi'n iawn" (a question quoted and answered) was taken for a meaning question. "no. Saturday is bus" (a day put
right) was an outcome at the visit question. The words are the trial's, or written after them.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_what_is_possible, question_for_the_worker
from bot.analysis.controls import asks_what_it_means
from bot.analysis.outcomes import puts_a_day_right
from bot.conversation.answers import joins_on, only_qualifies
from bot.storage import repository
from tests.conversation.memory import MemoryConversation, skipped_to, stored_outcomes
from tests.conversation.test_told40 import _flags

_senders = itertools.count(1)


def _sender(tag: str) -> str:
    return f"mem-flow41-{tag}-{next(_senders)}"


def _said(conversation: MemoryConversation, key: str, register: str = "chi") -> str:
    language = conversation.slots["language"]
    return messages.text(key, language, "ti" if conversation.slots.get("register") == "ti" else register)


# --- AU7: pieces that only qualify the answer before join it -----------------------------------------------------------

BURSTS = [
    ("en", "someone to talk to", ["1 to 1.", "NOT a group"]),  # the trial's words
    ("cy", "rhywun i siarad efo", ["1 i 1.", "DIM grŵp"]),  # north
    ("cy", "rhywun i siarad gyda", ["un i un", "nid mewn grŵp"]),  # south / standard
    ("en", "someone to talk to", ["one to one", "not in a group lol"]),  # text-speak
]


@pytest.mark.parametrize("language, first, pieces", BURSTS)
def test_pieces_that_qualify_the_answer_join_it(sqlite_url: str, language: str, first: str,
                                                pieces: list[str]) -> None:
    conversation = skipped_to(_sender("au7"), language, "young_person", "q_support")
    conversation.say(first)
    waiting = conversation.requested
    assert waiting == "q_worries"
    for piece in pieces:
        conversation.say(piece)
        assert conversation.requested == waiting  # the question waiting is asked again, not answered by the piece
    assert repository.answer_texts(conversation.sender_id, only="support") == [first, *pieces]  # as typed
    assert repository.answer_texts(conversation.sender_id, only="worries") == []
    assert [o for o, _ in stored_outcomes(conversation)] == [first]  # no outcome of a qualifier alone


@pytest.mark.parametrize("text", ["1 to 1.", "NOT a group", "1 i 1.", "DIM grŵp", "nid mewn grŵp", "one-to-one",
                                  "not in a class", "for real", "o ddifri"])
def test_a_qualifier_joins_the_answer_before(text: str) -> None:
    assert only_qualifies(text)
    assert joins_on(text, "someone to talk to")


@pytest.mark.parametrize("text", ["dim byd", "not a lot", "not really", "not at all", "not yet", "dim diolch",
                                  "dim ots", "not sure", "no", "na", "not mornings", "dim y bore", "not weekends",
                                  "ddim heno", "not me"])
def test_an_answer_of_its_own_is_no_qualifier(text: str) -> None:
    assert not only_qualifies(text)


@pytest.mark.parametrize("text", ["not text", "dim galwad", "NOT a group"])
def test_where_a_phrase_answers_a_negated_way_is_the_answer(text: str) -> None:
    # "not text" to "is there anything that makes talking easier?" says how to get in touch: it answers there
    assert not joins_on(text, "my nan", a_phrase_answers=True)
    assert joins_on("1 to 1.", "my nan", a_phrase_answers=True)


@pytest.mark.parametrize("language, text", [("en", "not text"), ("cy", "dim tecst")])
def test_a_negated_way_to_talk_answers_the_communication_question(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("au7-twin"), language, "young_person", "q_people")
    conversation.say("my nan" if language == "en" else "nain")
    assert conversation.requested == "q_communication"
    conversation.say(text)
    assert conversation.requested == "q_visit_time"
    assert repository.answer_texts(conversation.sender_id, only="communication") == [text]


# --- AU9: "is that possible where I live?" inside an answer is answered, the answer kept ---------------------------------

POSSIBLE = [
    ("cy", "Dw i isio mynd i'r clwb ffermwyr ifanc. Ydi hynna'n bosib yn Llŷn?", "Ydi hynna'n bosib yn Llŷn?"),
    ("cy", "Faswn i'n licio cael gwersi nofio eto. Fasa hynna ar gael ym Mhwllheli?", "Fasa hynna ar gael ym Mhwllheli?"),
    ("cy", "wi moyn mynd nôl i'r côr. ody hynna'n bosib ffor hyn?", "ody hynna'n bosib ffor hyn?"),  # south
    ("en", "I'd like to go to young farmers. Is that possible in Llŷn?", "Is that possible in Llŷn?"),
    ("en", "wanna do boxing. is that possible round here", None),  # no question mark: no question we can cut out
]


@pytest.mark.parametrize("language, text, question", POSSIBLE)
def test_is_that_possible_where_i_live_is_a_question_for_the_worker(language: str, text: str,
                                                                    question: str | None) -> None:
    found = question_for_the_worker(text)
    assert (text[slice(*found)] if found else None) == question
    if question is not None:
        assert asks_what_is_possible(question)


@pytest.mark.parametrize("text", ["Is it possible to have a break?", "Oes modd cael rhywun yn y bore?",
                                  "I wish it was possible to go back", "dwi isio mynd yn ôl os yn bosib"])
def test_a_wish_put_as_a_question_stays_a_wish(text: str) -> None:
    assert question_for_the_worker(text) is None


@pytest.mark.parametrize("language, text, question", [p for p in POSSIBLE if p[2] is not None])
def test_the_question_inside_the_answer_is_answered_and_the_answer_kept(sqlite_url: str, language: str, text: str,
                                                                         question: str) -> None:
    conversation = skipped_to(_sender("au9"), language, "young_person", "q_change")
    conversation.say(text)
    assert conversation.requested == "q_support"  # the answer taken: the next question
    assert repository.answer_texts(conversation.sender_id, only="change") == [text]  # as typed
    assert _said(conversation, "question_what_is_possible") in conversation.text
    outcomes = [o for o, _ in stored_outcomes(conversation)]
    assert outcomes and all(question not in o for o in outcomes)  # the wish kept, the question no part of it
    assert text[: text.index(question)].strip() in outcomes


# --- AV6: "you've missed the most important thing! <it>" at "is this right?" adds it ------------------------------------

MISSED = {"cy": ("Dach chi di colli'r peth pwysica! Seibiant i fi, noson neu ddwy bob mis i mi gael cysgu",
                 "Seibiant i fi, noson neu ddwy bob mis i mi gael cysgu"),
          "cy-south": ("Chi wedi anghofio'r peth pwysica! Cwpwl o orie bant i fi bob wythnos",
                       "Cwpwl o orie bant i fi bob wythnos"),
          "en": ("You've missed the most important thing! A break for me, a night or two a month so I can sleep",
                 "A break for me, a night or two a month so I can sleep")}


@pytest.mark.parametrize("form", ["cy", "cy-south", "en"])
def test_what_was_missed_said_at_is_this_right_is_added_as_the_carers_own(sqlite_url: str, form: str) -> None:
    from bot.conversation.readback import numbered_items
    from tests.conversation.test_readback_typed import _added, _at_the_read_back

    language = form[:2]
    sender = _sender("av6")
    conversation = _at_the_read_back(sender, language, "carer")
    message, wish = MISSED[form]
    conversation.say(message)
    listed = [o.text for _, o in numbered_items(sender)]
    assert listed and all(text in wish for text in listed)  # the respite is on the list; the complaint is no item
    assert conversation.requested == "readback"  # the list again
    added = _added(sender)
    assert [(text, about) for text, about, _ in added] == [(message, "carer")]  # kept whole, the carer's own view
    assert all(about == "carer" for _, about, outcomes in added for _, about in outcomes)


# --- A question quoted and answered is an answer -------------------------------------------------------------------------

QUOTED = [("cy", "be ti'n feddwl o'r ysgol newydd? mae hi'n iawn"),  # the trial's words
          ("cy", "beth dych chi'n feddwl am y clwb ieuenctid? dw i'n ei licio fo"),
          ("cy", "be ti'n feddwl am y coleg? ma fe'n ok"),  # south
          ("en", "what do you think of the new school? it's fine"),
          ("en", "wat do u think about the new school? its ok tbh")]


@pytest.mark.parametrize("language, text", QUOTED)
def test_a_question_quoted_and_answered_is_no_meaning_question(language: str, text: str) -> None:
    assert not asks_what_it_means(text, "q_strengths")


@pytest.mark.parametrize("language, text", QUOTED)
def test_a_question_quoted_and_answered_is_kept_as_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(_sender("quoted"), language, "young_person", "q_strengths")
    conversation.say(text)
    assert conversation.requested == "q_keep"
    assert repository.answer_texts(conversation.sender_id, only="strengths") == [text]


@pytest.mark.parametrize("text", ["be ti'n feddwl?", "Sai'n siŵr beth chi'n feddwl", "be ti'n feddwl efo 'cefnogaeth'?",
                                  "what do you mean?"])
def test_a_meaning_question_is_still_one(text: str) -> None:
    assert asks_what_it_means(text, "q_strengths")


# --- "no. Saturday is bus": a day put right is no outcome ----------------------------------------------------------------

DAY_PUT_RIGHT = [("en", "no. Saturday is bus"),  # the trial's words
                 ("cy", "na. dydd Sadwrn ydi bws"),  # north
                 ("cy", "na. dydd Sadwrn yw'r bws"),  # south
                 ("en", "nope. tuesdays are swimming")]


@pytest.mark.parametrize("language, text", DAY_PUT_RIGHT)
def test_a_day_put_right_is_no_time_to_visit(sqlite_url: str, language: str, text: str) -> None:
    assert puts_a_day_right(text, text.index(".") + 2)
    conversation = skipped_to(_sender("bus"), language, "person", "q_visit_time")
    conversation.say(text)
    assert repository.answer_texts(conversation.sender_id, only="visit_time") == [text]  # kept as typed
    assert stored_outcomes(conversation) == []


@pytest.mark.parametrize("language, text", [("en", "no. Saturday is best"), ("cy", "na. dydd Sadwrn sy orau"),
                                            ("en", "Saturday is bus")])
def test_a_day_good_for_a_visit_is_still_one(language: str, text: str) -> None:
    assert not puts_a_day_right(text, text.index(".") + 2 if "." in text else 0)


# --- AU3: "he's home again tonight" a few answers after a disclosure of harm at home is tied to its alert ---------------

#: The trial's disclosure (a 13-year-old whose father drinks; bot.analysis.risk reads it urgent), the bare follow-up,
#: and an ordinary answer to put answers between them.
AT_HOME = {"cy": ("ma di dechra yfed yn barod a ma fo di taflu plat at mam. dwi'n cuddio yn llofft efo Llŷr",
                  "ma fo adra eto heno"),  # the trial's words (north)
           "cy-south": ("ma fe di dechre yfed yn barod a ma fe di taflu plat at mam. fi'n cwato yn y stafell wely",
                        "ma fe gatre 'to heno"),
           "en": ("sorry yeah hes home again tonight and hes started drinking already. im hiding in my room with Llyr",
                  "hes home again tonight")}  # (tfix40a's twin of the trial's whole message)
ORDINARY = {"cy": "pysgota efo taid", "en": "fishing with my grandad"}
WORRIES_TEXT = {"cy": "Oes unrhyw beth yn dy boeni di", "en": "Is anything worrying you"}
ADDED = {"cy": "Dw i wedi ychwanegu hyn at beth sydd gan ein tîm diogelu yn barod",
         "en": "added this to what our safeguarding team already has"}


def _past_the_check(conversation: MemoryConversation, language: str) -> None:
    """Whatever the safe check asks after harm now ("is help on its way?", the one 999 line and the choice), the
    questions go on."""
    for reply in (("parhau", "na. parhau", "parhau") if language == "cy" else ("carry on", "no. carry on", "carry on")):
        if repository.safe_check(conversation.sender_id)[0] is None:
            return
        conversation.say(reply)
    assert repository.safe_check(conversation.sender_id)[0] is None


@pytest.mark.parametrize("form", ["cy", "cy-south", "en"])
def test_home_again_tonight_at_the_worries_question_is_added_to_the_alert(sqlite_url: str, form: str) -> None:
    from bot.conversation.safety import FOLLOW_UP_ANSWERS

    language = form[:2]
    disclosure, follow_up = AT_HOME[form]
    conversation = skipped_to(_sender("au3"), language, "young_person", "q_what_matters")
    conversation.say(disclosure)
    assert _flags(conversation.sender_id)[0][0] == "urgent", "the disclosure this test rests on"
    _past_the_check(conversation, language)
    answered = 0
    while conversation.requested != "q_worries":
        conversation.say(ORDINARY[language])
        answered += 1
    assert answered >= FOLLOW_UP_ANSWERS, "long enough after the disclosure that only the new rule ties it"
    conversation.say(follow_up)
    flags = _flags(conversation.sender_id)
    assert flags[-1] == ("urgent", follow_up, True)  # added to the disclosure's alert
    assert sum(1 for level, _, joined in flags if level == "urgent" and not joined) == 1  # one thread, one alert
    assert ADDED[language] in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_home_again_tonight_with_no_harm_from_someone_is_read_alone(sqlite_url: str, language: str) -> None:
    """After a disclosure that tells of no harm from anyone (tablets taken), "he's home again tonight" long after is
    read on its own; in a calm conversation it stays calm."""
    from tests.conversation.test_told40 import FAMILIES

    conversation = skipped_to(_sender("au3-twin"), language, "young_person", "q_what_matters")
    conversation.say(FAMILIES["the_way_i_think"][language][0])
    _past_the_check(conversation, language)
    while conversation.requested != "q_worries":
        conversation.say(ORDINARY[language])
    conversation.say(AT_HOME[language][1])
    assert all(text != AT_HOME[language][1] or level != "urgent" for level, text, _ in _flags(conversation.sender_id))
    calm = skipped_to(_sender("au3-calm"), language, "young_person", "q_worries")
    calm.say(AT_HOME[language][1])
    assert not any(level == "urgent" for level, _, _ in _flags(calm.sender_id))


@pytest.mark.parametrize("text", ["she wants to come home again at the weekend", "nain is home again tonight",
                                  "im home again tonight", "And Friday, she's in again Friday.",
                                  "he wont be home again till sunday", "dwi adra eto heno"])
def test_home_again_is_only_him_or_her_back_on_a_night_to_come(text: str) -> None:
    from bot.analysis.risk.told_again import home_again

    assert not home_again(text)
    assert home_again(AT_HOME["cy"][1]) and home_again(AT_HOME["cy-south"][1]) and home_again(AT_HOME["en"][1])


# --- AU13: "carry on" at "is help on its way?" just carries on ----------------------------------------------------------

@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("again", ["/continue_conversation", "typed"])
def test_carry_on_at_the_help_question_just_carries_on(sqlite_url: str, language: str, again: str) -> None:
    """The trial's path (a 13-year-old hiding from his drinking father): "ffonia 999 nawr", then "Parhau" pressed,
    "is help on its way?", then "Parhau" pressed again: "Awn ni ymlaen" and the question, with no 999 line again."""
    from bot.storage import repository as repo
    from tests.safeguarding.test_tfix40a import HIDING

    conversation = skipped_to(_sender("au13"), language, "young_person", "q_visit_time")
    conversation.say(HIDING[language])
    assert conversation.text.startswith(_said(conversation, "urgent_now"))
    conversation.say("/continue_conversation")
    assert conversation.text == _said(conversation, "safety_check_help_coming")
    conversation.say(again if again != "typed" else ("parhau" if language == "cy" else "carry on"))
    said = conversation.text
    assert "999" not in said
    assert said.startswith(_said(conversation, "safety_check_carry_on"))
    assert repo.safe_check(conversation.sender_id)[0] is None
    assert conversation.requested == "q_anything_else"  # (the disclosure answered the visit question it interrupted)
