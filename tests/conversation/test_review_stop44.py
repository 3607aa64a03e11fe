"""Stop 44's review of the conversation: the plain take-back, the read-back's wishes, and bursts.

1. A plain take-back ("not like that", "nid fel'na") within two answers of a flag is one only when it ends the
   message or the rest plays it down ("just fed up with school"): "no not like that, like its rly bad", "nid fel'na,
   mae'n waeth na hynna", "not like that at my dads tho…" and one whose rest raises a flag of its own mark nothing
   played down. The message is kept whole beside the flag, and a concern's reply says the worker sees both (no team was
   told). One count of "within two answers" (safe_reply.within_answers).
2. At "is this right?", an edit of the list ("dwi isio tynnu'r darn am y siop allan"), who must not see it ("i want my
   mum not to see this"), a control ("i want to start again") and asking for a person ("i want to speak to someone")
   are never added as a thing to change.
3. A who-not-to-tell wish sent in a burst is answered as one, never joined to the answer before; a message a little
   "before" the question by a skewed clock is an answer, not a burst.
The review's probes, then phrasings in no benchmark file; Welsh (north, south) and English, "chi" and "ti".
"""
from __future__ import annotations

import hashlib
import itertools

import pytest

from bot import messages
from bot.analysis.safe_reply import TAKE_BACK_WITHIN_ANSWERS, takes_it_back_plainly, within_answers
from bot.conversation.answers import ARRIVED_BEFORE_THE_QUESTION, arrived_too_soon
from bot.conversation.readback import wish_to_add
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at, started_with_record, stored_outcomes
from tests.conversation.test_readback_wish_stop44 import _at_readback

_senders = itertools.count(1)


def _sender(*parts: object) -> str:
    return "mem-review44-" + hashlib.sha256("|".join(map(str, (*parts, next(_senders)))).encode()).hexdigest()[:12]


# --- 1. the plain take-back ------------------------------------------------------------------------------------

#: (language, the flagged words at "what goes well?", the keep answer)
FLAGGED = {"en": ("i dont see the point anymore", "playing football with my mates i guess"),
           "cy": ("sai'n gweld y pwynt rhagor", "chwarae pêl-droed gyda bois")}

#: Not like that: worse, or somewhere, or with someone. The review's four, then new phrasings.
NO_TAKE_BACK = [
    ("en", "no not like that, like its rly bad"),
    ("cy", "nid fel'na, mae'n waeth na hynna"),
    ("en", "not like that at my dads tho, id like to see him more"),
    ("cy", "dim fel'na, mae'n llawer gwaeth, dwi'n meddwl amdano fo bob nos"),
    ("en", "nah its not like that. its worse than that tbh"),  # (new)
    ("en", "not like that, with my mum its fine but at school its not"),  # (new)
    ("cy", "dim fel na, ma fe'n waeth bob dydd"),  # south, no accents (new)
    ("cy", "nid fel'na, efo dad mae'n iawn"),  # north (new)
    ("en", "no not like that. i mean it, its bad"),  # (new)
]
#: Played down after it: a take-back (the review's own kind: "just", "only", "jyst", "dim ond", "I meant").
TAKE_BACK = [
    ("en", "nah not like that, im just tired tbh"),
    ("en", "its not like that, i only meant school stresses me out"),
    ("cy", "dim fel na, dim ond wedi blino ar yr ysgol dwi"),
    ("cy", "nid fel'na, o'n i'n feddwl bod ysgol yn boring"),
    ("en", "not like that"),
    ("cy", "dim fel'na lol"),
]


@pytest.mark.parametrize("language, text", NO_TAKE_BACK)
def test_worse_where_or_with_whom_is_no_take_back(language: str, text: str) -> None:
    assert takes_it_back_plainly(text) is None


@pytest.mark.parametrize("language, text", TAKE_BACK)
def test_a_take_back_played_down_after_it_is_one(language: str, text: str) -> None:
    assert takes_it_back_plainly(text) is not None


def _two_answers_after(language: str, role: str) -> MemoryConversation:
    flagged, keep = FLAGGED[language]
    conversation = consented_at(_sender(language, role), language, "q_strengths", role=role, name="Tyler",
                                what_matters={"en": "nothing rly", "cy": "dim byd rili"}[language])
    conversation.say(flagged)
    record = load_record(conversation.sender_id)
    assert record is not None and [f["level"] for f in record["risk_flags"]] == ["concern"]
    conversation.say(keep)
    assert conversation.requested == "q_change"
    conversation.said.clear()
    return conversation


@pytest.mark.parametrize("language, text", [NO_TAKE_BACK[0], NO_TAKE_BACK[1], NO_TAKE_BACK[6], NO_TAKE_BACK[7]])
def test_made_worse_two_answers_later_marks_nothing_played_down(sqlite_url: str, language: str, text: str) -> None:
    conversation = _two_answers_after(language, "young_person")
    conversation.say(text)
    for key in ("safety_check_played_down", "safety_check_played_down_concern"):
        assert messages.text(key, language, "ti") not in conversation.text
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == FLAGGED[language][0])
    assert flag["played_down"] is None
    assert ("aside", text) not in {(a["question_key"], a["text"]) for a in record["answers"]}
    assert not [a for a in record["answers"] if a["question_key"] == "aside"]  # never a cut-off "not like that,"


@pytest.mark.parametrize("role, register", [("young_person", "ti"), ("person", "chi")])
@pytest.mark.parametrize("language, text, rest", [
    ("en", "nah not like that, im just tired tbh", "im just tired tbh"),
    ("cy", "dim fel na, dim ond wedi blino ar yr ysgol dwi", "dim ond wedi blino ar yr ysgol dwi"),
])
def test_a_concern_taken_back_is_kept_whole_and_the_worker_sees_both(sqlite_url: str, role: str, register: str,
                                                                     language: str, text: str, rest: str) -> None:
    conversation = _two_answers_after(language, role)
    conversation.say(text)
    # a concern: no team was told, so never "for the safeguarding team – they read both"
    assert messages.text("safety_check_played_down_concern", language, register) in conversation.text
    assert messages.text("safety_check_played_down", language, register) not in conversation.text
    record = load_record(conversation.sender_id)
    assert record is not None
    kept = {(a["question_key"], a["text"]) for a in record["answers"]}
    assert ("aside", text) in kept and ("change", rest) in kept
    flag = next(f for f in record["risk_flags"] if f["text"] == FLAGGED[language][0])
    assert flag["level"] == "concern" and flag["played_down"]["text"] == text  # the whole message, not a prefix


def test_one_count_of_within_two_answers() -> None:
    assert TAKE_BACK_WITHIN_ANSWERS == 2
    assert within_answers([True, True, True, True]) == 2
    assert within_answers([True, False, True, False, True]) == 4  # (a second row of one message counts once)
    assert within_answers([]) == 0 and within_answers([True], 2) == 1
    assert within_answers([True, True, True], 1) == 1


# --- 2. the read-back -----------------------------------------------------------------------------------------

#: Never a wish to add: an edit of the list, who must not see it, a control, a person asked for.
NOT_WISHES = {
    "en": ["i want to take out the bit about the shop", "i want my mum not to see this", "i want to start again",
           "i want to speak to someone", "i'd like to change this one", "i need to talk to someone please"],
    "cy": ["dwi isio tynnu'r darn am y siop allan", "dw i ddim isio i mam weld hwn", "dwi isio dechrau eto",
           "dwi isio siarad efo rhywun", "wi moyn i dad beidio gweld hwn", "wi moyn newid y darn hwn",
           "dw i isio dileu'r un am y siop"],
}
#: Still wishes: the words that refuse never reach them.
STILL_WISHES = ["I want to keep my garden", "wi moyn cadw mynd i'r clwb bowls", "i want to talk to someone about mum",
                "i want my dad not to worry so much", "I want to change my bedtime", "dwi isio newid fy ngwaith"]


@pytest.mark.parametrize("language, text", [(lang, t) for lang in NOT_WISHES for t in NOT_WISHES[lang]])
def test_never_a_wish_to_add(language: str, text: str) -> None:
    assert not wish_to_add(text)


@pytest.mark.parametrize("text", STILL_WISHES)
def test_still_a_wish_to_add(text: str) -> None:
    assert wish_to_add(text)


@pytest.mark.parametrize("role", ["person", "young_person"])
@pytest.mark.parametrize("language, text", [(lang, t) for lang in NOT_WISHES for t in NOT_WISHES[lang][:4]])
def test_at_the_readback_nothing_is_added(sqlite_url: str, role: str, language: str, text: str) -> None:
    conversation = _at_readback(language, role)
    before = stored_outcomes(conversation)
    conversation.said.clear()
    conversation.say(text)
    assert stored_outcomes(conversation) == before
    assert messages.text("readback_added", language, "ti" if role == "young_person" else "chi") \
        not in conversation.text


@pytest.mark.parametrize("language, text", [("en", "i want to take out the bit about the shop"),
                                            ("cy", "dwi isio tynnu'r darn am y siop allan")])
def test_the_welsh_edit_picks_the_item_as_the_english_does(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_readback(language, "person")
    conversation.say(text)
    assert conversation.requested == "readback_action"  # "what would you like to do with …?"


@pytest.mark.parametrize("role, register", [("person", "chi"), ("young_person", "ti")])
@pytest.mark.parametrize("language, text", [("en", "i want my mum not to see this"),
                                            ("cy", "dw i ddim isio i mam weld hwn"),
                                            ("cy", "wi moyn i dad beidio gweld hwn")])
def test_who_must_not_see_it_is_answered_at_the_readback(sqlite_url: str, role: str, register: str, language: str,
                                                         text: str) -> None:
    conversation = _at_readback(language, role)
    conversation.said.clear()
    conversation.say(text)
    assert messages.text("ack_untold", language, register) in conversation.text
    assert conversation.requested == "readback"


@pytest.mark.parametrize("language, text", [("en", "i want to speak to someone"),
                                            ("cy", "dwi isio siarad efo rhywun")])
def test_a_person_asked_for_at_the_readback_is_answered(sqlite_url: str, language: str, text: str) -> None:
    conversation = _at_readback(language, "person")
    conversation.said.clear()
    conversation.say(text)
    first_line = messages.text("real_person", language, "chi").split(".")[0].strip()
    assert first_line and first_line in conversation.text


# --- 3. bursts --------------------------------------------------------------------------------------------------

FIRST = {"en": "dunno really. a good day is when Osian's ok…", "cy": "sai'n gwbod rili. diwrnod da yw pan ma Osian yn iawn…"}


@pytest.mark.parametrize("language, wish", [("en", "wait i dont want my mum to see this"),
                                            ("cy", "paid dweud wrth dad am hyn plis"),
                                            ("en", "hold on, dont tell my dad about any of this"),  # (new)
                                            ("cy", "aros, sai moyn i mam wbod am hyn")])  # south (new)
def test_a_who_not_to_tell_wish_in_a_burst_is_answered_as_one(sqlite_url: str, language: str, wish: str) -> None:
    conversation = started_with_record(_sender("burst", language, wish), language, role="young_person", name="Cai")
    conversation.say(FIRST[language], seconds_since_asked=12.0)
    conversation.said.clear()
    conversation.say(wish, seconds_since_asked=-0.4)
    assert messages.text("added_later_noted", language, "ti") not in conversation.text
    assert messages.text("ack_untold", language, "ti") in conversation.text


def test_a_skewed_clock_never_joins_a_quick_answer() -> None:
    assert -0.5 < ARRIVED_BEFORE_THE_QUESTION < 0
    assert not arrived_too_soon("footy", ARRIVED_BEFORE_THE_QUESTION / 2, False)  # a hair "before": the clocks
    assert arrived_too_soon("footy", -0.4, False) and arrived_too_soon("pêl-droed", -2.5, False)


@pytest.mark.parametrize("language, answer", [("en", "my nan helps me loads"), ("cy", "ma Mam-gu yn helpu fi lot")])
def test_an_answer_a_hair_before_by_the_clocks_is_the_answer(sqlite_url: str, language: str, answer: str) -> None:
    conversation = started_with_record(_sender("skew", language, answer), language, role="young_person", name="Cai")
    conversation.say(FIRST[language], seconds_since_asked=12.0)
    conversation.say(answer, seconds_since_asked=ARRIVED_BEFORE_THE_QUESTION / 2)
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        assert (conv.answers[-1].question_key, conv.answers[-1].text) == ("strengths", answer)
