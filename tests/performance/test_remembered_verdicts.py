"""Service wording and language are worked out once per text (bot.analysis), with the same answers."""
from __future__ import annotations

from bot.analysis import detect_language, is_service_led
from bot.conversation import answers, questions

ANSWERS = [
    "Referral to dementia café",
    "more care hours",
    "I want to go to the day centre to see my friends",
    "canolfan ddydd",
    "mynd i'r ganolfan ddydd er mwyn gweld fy ffrindiau",
    "feel safe",
    "Going back to the choir on Thursdays with my neighbour",
    "",
]


def test_the_same_verdicts_as_working_them_out_afresh() -> None:
    for text in ANSWERS:
        assert is_service_led(text) == is_service_led.__wrapped__(text)
        assert detect_language(text) == detect_language.__wrapped__(text)
    assert is_service_led("more care hours") and not is_service_led("Going back to the choir on Thursdays with my neighbour")


def test_each_answer_is_read_once_however_many_form_steps() -> None:
    """The form asks which questions are left at every step; every answer so far is not read again."""
    slots: dict[str, object] = {"consent_choice": "yes", "role": "person", "name": "Dilys"}
    for question, text in zip(questions.QUESTIONS, ANSWERS, strict=False):
        slots[question.slot] = text
    is_service_led.cache_clear()
    for _step in range(10):
        needed = answers.required_slots(slots.get)
    info = is_service_led.cache_info()
    distinct = len({str(v) for s, v in slots.items() if s.startswith("q_") and v})
    assert info.misses <= distinct
    assert info.hits >= 9 * info.misses
    whys = [q.why_slot for q in questions.QUESTIONS if q.why_slot and is_service_led(str(slots.get(q.slot) or "x"))]
    assert whys and all(why in needed for why in whys)  # a service named without a reason still gets its "why"
