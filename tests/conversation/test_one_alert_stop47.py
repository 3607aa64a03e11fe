"""Stop 47 (flowalert47): one harm, one alert; the burst of a disclosure joins it (the stop-46 trial's BA2, BA6, BA7).

BA2: Cai, 15, on Telegram: "ma cariad mam yn bwrw fi pan mae e'n feddw" / "nos wener o'dd e ddwetha, ma clais ar y
mraich i" / "mam yn gweud dim byd achos ma hi'n ofn e hefyd", 1.2-1.9 s apart. The bruise was thanked as added but kept
as a "Concern · self-harm" line of its own (with Samaritans); the mother's fear was filed as his reply to "are you safe
right now?" and the check asked a second time. Its English twin made three duty alerts. Now every piece inside the
typing window is added to the one alert, with the alert's own kinds; a bruise with nobody named is that assault, never
self-harm; the check is asked once.
BA6: a father's "ond mae pobl yn cymryd mantais ohono fe" (please check, exploitation) and, 13 s later, the bank-card
theft (urgent, exploitation) were two duty alerts, the second with the whole safe check, and Hourglass (older people)
for his 19-year-old son. Now the second joins the first (one update notice, its level raised), no safe check, and no
Hourglass: Action Fraud for the money taken.
BA7: Cai's "sai moyn bo nhw'n dod i'r tŷ pan ma fe 'na. siarad da fi yn ysgol neu yn tŷ mamgu. a plis paid gweud wrth
e bo fi wedi gweud", at the support question after his disclosure, was a second alert "Please check · exploitation".
Now it is more of the open alert (no alert, no kind of its own) and under "How to contact safely".
The trial's words (fictional), their English twins, and phrasings in no benchmark file (north Welsh, text-speak).
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.conversation import safety
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.record import SAFETY_WISH, safeguarding_kind
from tests.conversation.memory import MemoryConversation, started_with_record

#: As the stop-46 burst tests: a piece before the check was sent, one a moment after; and a reply read and typed.
BEFORE_THE_CHECK = -0.4
JUST_AFTER_THE_CHECK = 0.6
READ_AND_TYPED = 25.0

#: (language, the disclosure, its burst: the bruise, then the mother's fear).
BURSTS = [
    ("cy", "ma cariad mam yn bwrw fi pan mae e'n feddw",
     ("nos wener o'dd e ddwetha, ma clais ar y mraich i", "mam yn gweud dim byd achos ma hi'n ofn e hefyd")),
    ("en", "my mum's boyfriend hits me when he's drunk",
     ("it was friday last, got a bruise on my arm", "mum says nothing cos shes scared of him too")),
    # not in any benchmark file: north Welsh, and English text-speak
    ("cy", "mae cariad mam yn fy nharo i pan mae o wedi meddwi",
     ("nos sadwrn oedd o ddwytha, ma gen i glais ar fy nghoes", "mam ddim yn deud dim byd achos mae hi ofn o hefyd")),
    ("en", "mums bf hit me again last nite when he was drunk",
     ("got a massive bruise on my leg from it", "mum wont say owt cos shes terrified of him")),
]


def _sender(*parts: object) -> str:
    return "mem-flowalert47-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]



def _answers(conversation: MemoryConversation) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


def _said(conversation: MemoryConversation) -> str:
    return "\n".join(m.text for m in conversation.said)


def _times_asked_if_safe(conversation: MemoryConversation, language: str) -> int:
    words = "wyt ti'n ddiogel ar hyn o bryd" if language == "cy" else "are you safe right now"
    return _said(conversation).lower().count(words)


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


def _young_at(language: str, slot: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender(language, slot, *parts), language, role="young_person", name="Cai")
    while conversation.requested != slot:
        conversation.say("/skip", intent="skip")
    return conversation


def _disclosed_in_a_burst(language: str, disclosure: str, pieces: tuple[str, ...]) -> MemoryConversation:
    conversation = _young_at(language, "q_change", disclosure, *pieces)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    for piece, seconds in zip(pieces, (BEFORE_THE_CHECK, JUST_AFTER_THE_CHECK), strict=True):
        conversation.say(piece, seconds_since_asked=seconds, typing_window=True)
    return conversation


@pytest.mark.parametrize("language, disclosure, pieces", BURSTS)
def test_the_whole_burst_is_one_alert_one_line_one_check(sqlite_url: str, alerts: list[tuple[int, str]],
                                                         language: str, disclosure: str,
                                                         pieces: tuple[str, ...]) -> None:
    """BA2: both pieces added to the one alert, with its kinds (never self-harm); no line of their own; never a reply
    to the check; the check asked once; no Samaritans for the bruise; one duty alert."""
    conversation = _disclosed_in_a_burst(language, disclosure, pieces)
    flags = _record(conversation)["risk_flags"]
    assert len(flags) == 1  # no "Concern · self-harm" line, no second alert
    (alert,) = flags
    assert alert["text"] == disclosure and alert["level"] == "urgent"
    assert [added["text"] for added in alert["added_messages"]] == list(pieces)
    assert all("self_harm" not in added["categories"] for added in alert["added_messages"])
    assert "self_harm" not in alert["categories"]
    assert not any(added["safe_check_reply"] for added in alert["added_messages"])
    assert not any(key == "safety_check" for key, _ in _answers(conversation))
    assert repository.safe_check(conversation.sender_id)[0] == "open"
    assert _times_asked_if_safe(conversation, language) == 1
    assert "Samaritans" not in _said(conversation) and "116 123" not in _said(conversation)
    assert len(alerts) == 1  # Cai's whole burst: one duty alert


@pytest.mark.parametrize("language, disclosure, reply", [
    ("en", "my mum's boyfriend hits me when he's drunk", "i cut myself last night after, theres marks on my arm"),
    ("cy", "ma cariad mam yn bwrw fi pan mae e'n feddw", "nes i dorri fy hun neithiwr wedyn, ma marcie ar y mraich i"),
])
def test_marks_they_made_themselves_are_still_their_own_alert(sqlite_url: str, alerts: list[tuple[int, str]],
                                                              language: str, disclosure: str, reply: str) -> None:
    """Stop 46's rule stands: self-harm told in the burst (they did it) is a harm of its own, its own alert."""
    conversation = _young_at(language, "q_change", disclosure, reply)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(reply, seconds_since_asked=JUST_AFTER_THE_CHECK, typing_window=True)
    own = [f for f in _record(conversation)["risk_flags"] if f["level"] == "urgent"]
    assert len(own) == 2 and "self_harm" in own[1]["categories"]
    assert len(alerts) == 2


@pytest.mark.parametrize("language, reply", [("en", "im scared"), ("cy", "dwi ofn"), ("en", "help")])
def test_their_own_fear_in_the_burst_still_answers_the_check(sqlite_url: str, alerts: list[tuple[int, str]],
                                                             language: str, reply: str) -> None:
    """Only a fear told of someone else is more of the story: their own ("im scared", "dwi ofn") answers the check."""
    disclosure = BURSTS[0][1] if language == "cy" else BURSTS[1][1]
    conversation = _young_at(language, "q_change", disclosure, reply)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    conversation.say(reply, seconds_since_asked=JUST_AFTER_THE_CHECK, typing_window=True)
    assert ("safety_check", reply) in _answers(conversation)
    assert len(alerts) == 1


#: BA7: (language, the contact-safety wish at the support question after the disclosure, words under "how to contact").
CONTACT_WISHES = [
    ("cy", "sai moyn bo nhw'n dod i'r tŷ pan ma fe 'na. siarad da fi yn ysgol neu yn tŷ mamgu. a plis paid gweud wrth "
           "e bo fi wedi gweud"),
    ("en", "dont come to the house when hes there. talk to me at school or at my nans. and pls dont tell him i said"),
    # not in any benchmark file
    ("cy", "dwi ddim isio i chi ddod i'r ty pan mae o adra. siaradwch efo fi yn yr ysgol"),
    ("en", "pls dont come round when hes home, u can talk to me at school"),
]


def _carried_on_to_support(language: str, *parts: object) -> MemoryConversation:
    disclosure, pieces = (BURSTS[0][1], BURSTS[0][2]) if language == "cy" else (BURSTS[1][1], BURSTS[1][2])
    conversation = _young_at(language, "q_change", *parts)
    conversation.say(disclosure, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    for piece, seconds in zip(pieces, (BEFORE_THE_CHECK, JUST_AFTER_THE_CHECK), strict=True):
        conversation.say(piece, seconds_since_asked=seconds, typing_window=True)
    carry_on = "ye fi'n ok nawr, fi yn tŷ mamgu heno. galli di cario mlan" if language == "cy" else \
        "ye im ok now, im at my nans tonight. u can carry on"
    conversation.say(carry_on, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    assert repository.safe_check(conversation.sender_id)[0] is None
    while conversation.requested != "q_support":
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language, wish", CONTACT_WISHES)
def test_a_contact_wish_after_the_disclosure_joins_it_and_is_how_to_contact(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, wish: str) -> None:
    """BA7: no new alert, no kind of its own (never exploitation); under "How to contact safely"; and Cai's whole
    conversation has sent one duty alert."""
    conversation = _carried_on_to_support(language, wish)
    conversation.say(wish, seconds_since_asked=READ_AND_TYPED, typing_window=True)
    record = _record(conversation)
    flags = record["risk_flags"]
    assert len(flags) == 1 and flags[0]["level"] == "urgent"
    assert "exploitation" not in flags[0]["categories"]
    assert all(not f["please_check"] for f in flags)
    added = [m["text"] for m in flags[0]["added_messages"]]
    # joined exactly when the reader read anything in it (L6, review 47: "wish in added or … == 'none'" could not
    # fail for a read wish left unjoined)
    assert (wish in added) == (safety.read_risk(wish).level != "none")
    (answer,) = [a for a in record["answers"] if a["text"] == wish]
    assert safeguarding_kind(answer, record) == SAFETY_WISH
    assert len(alerts) == 1


def test_a_contact_wish_without_a_disclosure_is_no_safety_wish(sqlite_url: str) -> None:
    """Only after a disclosure: "talk to me at school" is otherwise how they like support (no flag, no wish)."""
    conversation = _young_at("en", "q_support")
    conversation.say("talk to me at school or at my nans", seconds_since_asked=READ_AND_TYPED, typing_window=True)
    record = _record(conversation)
    assert not record["risk_flags"]
    (answer,) = [a for a in record["answers"] if a["text"] == "talk to me at school or at my nans"]
    assert safeguarding_kind(answer, record) != SAFETY_WISH


#: BA6: (language, the first line, the theft 13 s later): the trial's, and phrasings in no benchmark file.
ONE_HARM = [
    ("cy", "ond mae pobl yn cymryd mantais ohono fe",
     "Last month someone took his bank card and took £200 out. Fe wnaeth 'ffrind' ei gymryd e"),
    ("en", "but people take advantage of him",
     "Last month someone took his bank card and took £200 out. A 'friend' took it"),
    ("cy", "ma pobl yn cymryd mantais ohono fo",
     "mis dwytha nath rywun gymryd ei gerdyn banc o a tynnu £200 allan. 'ffrind' nath"),
]


def _father_at_what_matters(language: str, *parts: object) -> MemoryConversation:
    conversation = started_with_record(_sender("father", language, *parts), language, role="carer", name="Mark")
    conversation.slots.update({"cared_for_name": "Rhys", "relationship": "mab" if language == "cy" else "son"})
    repository.update_conversation(conversation.sender_id, cared_for_name="Rhys")
    conversation.messages.append("Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability." if language == "cy"
                                 else "I'm his dad. My son is 19 and he has a learning disability.")
    while conversation.requested != "q_what_matters":
        conversation.say("/skip", intent="skip")
    return conversation


@pytest.mark.parametrize("language, first, theft", ONE_HARM)
def test_a_second_line_of_the_same_harm_joins_the_please_check_and_raises_it(
        sqlite_url: str, alerts: list[tuple[int, str]], language: str, first: str, theft: str) -> None:
    """BA6: one alert (a "please check"), one update notice when the theft raises it to urgent; no safe check; no
    Hourglass for a 19-year-old; the record shows the theft with the alert, raised."""
    conversation = _father_at_what_matters(language, first, theft)
    conversation.say(first, seconds_since_asked=READ_AND_TYPED)
    if not safety.read_risk(first).please_check and safety.read_risk(first).level != "urgent":
        pytest.skip("the reader gives this first line no alert (the risk reader's, not this stop's)")
    conversation.said.clear()
    conversation.say(theft, seconds_since_asked=13.0, typing_window=True)
    said = _said(conversation)
    assert "Hourglass" not in said and "0808 808 8141" not in said
    assert "safe right now" not in said.lower() and "ddiogel ar hyn o bryd" not in said.lower()
    assert repository.safe_check(conversation.sender_id)[0] is None
    flags = _record(conversation)["risk_flags"]
    assert len(flags) == 1  # one harm, one alert
    (alert,) = flags
    assert alert["text"] == first
    assert [m["text"] for m in alert["added_messages"]] == [theft]
    first_alert = alerts[0]
    assert first_alert[1] in ("check", "urgent")
    assert [level for _, level in alerts[1:]] == (["raised"] if safety.read_risk(theft).level == "urgent" else [])
    if alerts[1:]:
        assert alert["added_messages"][0]["raised"]
        assert "0300 123 2040" in said  # Action Fraud: money taken from an adult who is not older


def test_hourglass_is_not_for_a_carers_own_child() -> None:
    """BA6: "Dw i'n dad. Mae fy mab yn 19…" is a parent, not someone caring for their dad."""
    from bot.safeguarding.helplines import about_an_older_person

    for words in (["Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability.", "ond mae pobl yn cymryd mantais"],
                  ["I'm his mum, my son is 22", "people take advantage of him"],
                  ["dwi'n fam i Ffion, mae hi'n 30", "ma pobl yn cymryd ei phres hi"]):
        assert not about_an_older_person(words, role="carer", age=None)
    assert about_an_older_person(["I look after my mum, my brother takes her money"], role="carer", age=None)
    assert about_an_older_person(["my son is 19 and he takes my mums pension"], role="carer", age=None)
