"""Stop 46 (flow46): the path after a disclosure (the stop-46 trial's AZ1 flow part, AZ2, AZ3, AZ17).

Tegan (16, Telegram and the web chat) at the keep question: "my stepdad pushed me into the wall last night" / "like
proper hard. my shoulder is all bruised" / "mam was at work", 1.2-1.9 s apart. The second piece was kept as her reply
to "are you safe right now?" and the check asked again; the third carried on ("Thanks. We'll carry on gently.") and the
next question came (AZ2). "wait i didnt say i was safe lol. hes home tonight. im in my room" was then kept as her
answer to the change question and raised a second duty alert (AZ1, AZ17); "sometimes i think everyone would be better
off without me tbh" was filed as a reply to "are you safe?" under the abuse alert (AZ3); and "just been a long week",
sent on the heels of her take-back, was taken as her worries (AZ17).

Now: a piece of the disclosure's own burst (within the typing window of the check) is added to its alert, never a
reply to the check; "are you safe right now?" is asked once per flag; a not-safe reply is heard (999 if in danger now)
and added to the open alert, whatever the reader labels it; a new harm to their own life at the check is an alert of
its own; carrying on returns to the question interrupted; a piece on the heels of a take-back stays with it. The words
are the trial's (fictional) and new phrasings in both languages, north and south Welsh, text-speak.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot import messages
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, started_with_record

#: Seconds after the question (or the reply before) a burst piece arrives: before the check was even sent, or a moment
#: after it, far too soon to have read it (answers.arrived_too_soon).
BEFORE_THE_CHECK = -0.4
JUST_AFTER_THE_CHECK = 0.6
#: Long enough after the check to have read it and typed a reply.
READ_AND_TYPED = 25.0

#: (language, the disclosure, its burst pieces): the trial's twins and new phrasings (south Welsh, plain English).
BURSTS = [
    ("en", "my stepdad pushed me into the wall last night",
     ("like proper hard. my shoulder is all bruised", "mam was at work")),
    ("cy", "gwthiodd fy llystad fi yn erbyn y wal neithiwr",
     ("fel, go iawn. ma fy ysgwydd i'n gleisiau i gyd", "oedd mam yn gwaith")),
    ("en", "my stepdad shoved me into the door yesterday", ("my arm is still all red tbh", "nobody else was in")),
    ("cy", "nath llystad fi bwrw fi neithiwr", ("ma mraich i dal yn goch i gyd", "o'dd mam mas yn gwaith")),
]


def _sender(*parts: object) -> str:
    return "mem-flow46-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


def _all_said(conversation: MemoryConversation) -> str:
    return "\n".join(m.text for m in conversation.said)


def _safe_question(language: str) -> str:
    """"Are you safe right now?" as a young person is asked it, in any of its wordings."""
    return "wyt ti'n ddiogel ar hyn o bryd" if language == "cy" else "are you safe right now"


def _times_asked_if_safe(conversation: MemoryConversation, language: str) -> int:
    return _all_said(conversation).lower().count(_safe_question(language))



def _at_keep(language: str, *parts: object) -> MemoryConversation:
    """A young person's conversation at "what would you like to keep?", the questions before it skipped."""
    conversation = started_with_record(_sender(language, *parts), language, role="young_person", name="Tegan")
    while conversation.requested != "q_keep":
        conversation.say("/skip", intent="skip")
    return conversation


def _disclosed_in_a_burst(language: str, disclosure: str, pieces: tuple[str, ...]) -> MemoryConversation:
    conversation = _at_keep(language, disclosure, *pieces)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    for piece, seconds in zip(pieces, (BEFORE_THE_CHECK, JUST_AFTER_THE_CHECK), strict=False):
        conversation.say(piece, seconds_since_asked=seconds, typing_window=True)
    return conversation


def _own_alerts(conversation: MemoryConversation) -> list[dict[str, Any]]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return [flag for flag in record["risk_flags"] if flag["level"] == "urgent"]


@pytest.mark.parametrize("language, disclosure, pieces", BURSTS)
def test_the_disclosures_own_burst_is_more_of_it_not_a_reply_to_the_check(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, disclosure: str, pieces: tuple[str, ...]) -> None:
    """AZ2: the pieces are added to the alert verbatim; the check waits, asked once; no "we'll carry on"."""
    conversation = _disclosed_in_a_burst(language, disclosure, pieces)
    assert repository.safe_check(conversation.sender_id)[0] == "open"  # still waiting for her answer
    assert _times_asked_if_safe(conversation, language) == 1
    assert messages.text("safety_check_carry_on", language, "ti").split("\n")[0] not in _all_said(conversation)
    assert [key for key, _ in _answers(conversation)] == ["keep"]  # never a reply to "are you safe?"
    (alert,) = _own_alerts(conversation)
    assert alert["text"] == disclosure
    assert [added["text"] for added in alert["added_messages"]] == list(pieces)
    assert not any(added["safe_check_reply"] for added in alert["added_messages"])
    assert len(alerts) == 1  # one disclosure, one alert


@pytest.mark.parametrize("language, disclosure, reply", [
    ("en", "my stepdad pushed me into the wall last night", "im not safe"),
    ("cy", "gwthiodd fy llystad fi yn erbyn y wal neithiwr", "dwi ddim yn saff"),
    ("en", "my stepdad shoved me into the door yesterday", "carry on"),
    ("cy", "nath llystad fi bwrw fi neithiwr", "fi'n iawn, cario mlan"),
])
def test_a_quick_reply_that_answers_the_check_still_answers_it(sqlite_url: str, alerts: list[tuple[int, str]],
                                                               language: str, disclosure: str, reply: str) -> None:
    """Only the story is more of the disclosure: safe, not safe or a choice, however soon, answers the check."""
    conversation = _at_keep(language, disclosure, reply)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(reply, seconds_since_asked=JUST_AFTER_THE_CHECK, typing_window=True)
    assert ("safety_check", reply) in _answers(conversation)
    assert not _own_alerts(conversation)[0]["added_messages"]


#: AZ1: a not-safe reply at the check, read by the risk reader with its own label (homelessness, abuse) or none.
NOT_SAFE = [
    ("en", "my stepdad pushed me into the wall last night",
     "wait i didnt say i was safe lol. hes home tonight. im in my room"),
    ("cy", "gwthiodd fy llystad fi yn erbyn y wal neithiwr",
     "aros, nes i ddim deud bo fi'n saff lol. mae o adra heno. dwi yn fy stafell"),
    ("en", "my stepdad shoved me into the door yesterday", "hold on i never said i was safe. hes back tonight"),
    ("cy", "nath llystad fi bwrw fi neithiwr", "aros, wedes i ddim bo fi'n saff. ma fe gatre heno"),
]


#: The not-safe replies the risk reader reads urgent (added to the open alert): "are you safe?" is not asked again.
ANSWERED_IN_WORDS = frozenset(reply for _, _, reply in NOT_SAFE[:2])


@pytest.mark.parametrize("language, disclosure, reply", NOT_SAFE)
def test_a_not_safe_reply_is_heard_and_added_to_the_one_alert(sqlite_url: str, alerts: list[tuple[int, str]],
                                                              language: str, disclosure: str, reply: str) -> None:
    """AZ1 (flow): the 999 line, no second alert, "are you safe?" not asked again; carrying on later returns to the
    question the disclosure interrupted, and the not-safe reply is no answer to a question of the form (AZ17)."""
    conversation = _at_keep(language, disclosure, reply)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(reply, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert "999" in conversation.text
    if reply in ANSWERED_IN_WORDS:
        assert _safe_question(language) not in conversation.text.lower()
        assert _times_asked_if_safe(conversation, language) == 1
    else:  # read as a "please check" of the model alone at the check (no flag joined): asked once more, as since T28
        assert _times_asked_if_safe(conversation, language) <= 2
    assert len(alerts) == 1
    assert len(_own_alerts(conversation)) == 1
    # (stop 47, BA5: the harm alone is no answer to "what would you like to keep?", so it is the question asked after
    # the choice; before, the disclosure filled it and the keep question was never asked again)
    assert conversation.requested == "q_keep"  # asked after the choice, not before
    carry_on = "im ok for now i think. door is locked. can we carry on" if language == "en" else \
        "dwi'n iawn am rwan dwi'n meddwl. mae'r drws wedi cloi. gawn ni gario mlaen"
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "q_keep"
    assert messages.text("q_keep", language, "ti").split("?")[0] in conversation.text
    kept = _answers(conversation)
    assert ("safety_check", reply) in kept and ("keep", reply) not in kept and not any(key == "change" for key, _ in kept)


#: AZ3: (language, the abuse disclosure, a suicidal thought at its check, the take-back, a piece on its heels).
NEW_HARM = [
    ("en", "my stepdad shoved me into the door yesterday",
     "sometimes i think everyone would be better off without me tbh",
     "nah ignore that im not gonna do anything stupid", "just been a long week"),
    ("cy", "gwthiodd fy llystad fi yn erbyn y wal neithiwr",
     "weithia dwi'n meddwl sa pawb yn well off hebdda fi tbh",
     "na anghofia hynna dwi ddim am neud dim byd gwirion", "jyst wythnos hir di bod"),
    ("en", "my stepdad hit me last night", "honestly everyone would be better off if i wasnt here",
     "forget that, im not gonna do owt daft", "just tired tbh"),
    ("cy", "nath llystad fi bwrw fi neithiwr", "weithie fi'n meddwl bydde pawb yn well off hebdda i",
     "anghofia hwnna, fi ddim am neud dim byd dwl", "jyst wedi blino"),
]


@pytest.mark.parametrize("language, disclosure, thought, take_back, piece", NEW_HARM)
def test_a_new_harm_at_the_check_is_its_own_alert_and_the_take_back_burst_stays_with_it(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, disclosure: str, thought: str,
        take_back: str, piece: str) -> None:
    """AZ3: its own line (suicide), its own duty alert, its own help; AZ17: the piece on the heels of the take-back
    is more of the take-back, never the answer to the question the take-back let through."""
    conversation = _at_keep(language, disclosure, thought)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(thought, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert "111" in conversation.text  # its own help (NHS 111 Wales, press 2)
    first, second = _own_alerts(conversation)
    assert (first["text"], second["text"]) == (disclosure, thought)
    assert "suicide" in second["categories"] and "suicide" not in first["categories"]
    assert not first["added_messages"]
    assert len(alerts) == 2  # a new kind of urgent risk: the duty worker must see it as an alert
    conversation.say(take_back, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert _times_asked_if_safe(conversation, language) == 2  # once for each alert, never again for the take-back
    state = repository.safe_check(conversation.sender_id)[0]
    conversation.say(piece, seconds_since_asked=BEFORE_THE_CHECK, typing_window=True)
    assert messages.text("added_more_noted", language, "ti") in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] == state  # the choice still theirs
    assert _answers(conversation)[-2:] == [("safety_check", take_back), ("safety_check", piece)]
    assert not any(key == "worries" for key, _ in _answers(conversation))
    assert len(alerts) == 2


@pytest.mark.parametrize("language, disclosure, thought, take_back, piece", NEW_HARM[:2])
def test_a_piece_read_and_typed_after_the_take_back_answers_the_question(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, disclosure: str, thought: str,
        take_back: str, piece: str) -> None:
    """The other side: sent long after the choice, a reply of its own (the questions go on), as before stop 46."""
    conversation = _at_keep(language, disclosure, thought, "late")
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(thought, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(take_back, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    waiting = conversation.requested
    assert waiting is not None
    conversation.say(piece, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert messages.text("added_more_noted", language, "ti") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is None  # a plain reply after the choice: they go on


@pytest.mark.parametrize("language, disclosure, carry_on, piece", [
    ("en", "my stepdad pushed me into the wall last night", "im ok for now i think. door is locked. can we carry on",
     "just been a long week"),
    ("cy", "gwthiodd fy llystad fi yn erbyn y wal neithiwr",
     "dwi'n iawn am rwan dwi'n meddwl. mae'r drws wedi cloi. gawn ni gario mlaen", "jyst wythnos hir di bod"),
    ("cy", "nath llystad fi bwrw fi neithiwr", "fi'n ok nawr, cario mlan plz", "jyst wedi blino"),
])
def test_carrying_on_returns_to_the_question_and_a_piece_on_its_heels_stays_with_the_reply(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, disclosure: str, carry_on: str,
        piece: str) -> None:
    """AZ17: after the check, the question the disclosure interrupted (stop 47, BA5: the harm alone is no answer to
    "keep", so it is asked again; before, its next one), and a piece sent before it could be read is more of the reply,
    never that question's answer."""
    conversation = _at_keep(language, disclosure, carry_on, piece)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert conversation.requested == "q_keep"
    conversation.say(piece, seconds_since_asked=BEFORE_THE_CHECK, typing_window=True)
    assert conversation.requested == "q_keep"
    assert _answers(conversation)[-2:] == [("safety_check", carry_on), ("safety_check", piece)]
    assert messages.text("added_more_noted", language, "ti") in conversation.text
