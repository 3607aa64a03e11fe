"""Mid-form asides are not answers (stop 20, dev_flow): "how long is this?", "go back", "not sure what you mean".

In the dev_flow conversations "how long is this?" and "faint o amser fydd hyn?" were kept as answers and the
question never came again; "go back" became an outcome to change ("1. “go back”"); "ga i newid be ddudes i am
fy ffrindia?" was kept as the support answer; "Sai'n siŵr beth chi'n feddwl" as what is going well. Each is now
kept as an aside (no outcome), gets an honest reply, and the question comes again.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_about_the_form, asks_for_the_question_again
from bot.conversation.replies import questions_left_words
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_about_assistant import _at_question

HOW_LONG = {"en": ["how long is this?", "how many more questions?", "is there much more?"],
            "cy": ["faint o amser fydd hyn?", "pa mor hir ydi hwn?", "oes lot mwy?"]}
GO_BACK = {"en": ["go back", "can I change what I said about my friends?", "can I go back to the garden question?"],
           "cy": ["ga i newid be ddudes i am fy ffrindia?", "alla i fynd nôl?", "mynd yn ôl"]}
NOT_SURE = {"en": ["not sure what you mean", "I'm not sure what you mean"],
            "cy": ["Sai'n siŵr beth chi'n feddwl", "dwi'm yn siŵr be ti'n feddwl"]}
ANSWERS = ["I want to go back to work", "dwi isio mynd yn ôl i'r côr", "going back to college in September",
           "Licen i fynd nôl i bysgota", "not sure what he wants, maybe more company", "how long it takes her to dress",
           "Sai'n siŵr beth mae hi eisiau", "The nurse said it would go back to normal"]


def _sender(*parts: object) -> str:
    return "mem-flow-aside-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("text", ANSWERS)
def test_answers_that_mention_going_back_or_time_are_answers(text: str) -> None:
    assert asks_about_the_form(text) is None and not asks_for_the_question_again(text)


@pytest.mark.parametrize("language,text,key", [
    *[(lang, t, "how_long_left") for lang, texts in HOW_LONG.items() for t in texts],
    *[(lang, t, "go_back") for lang, texts in GO_BACK.items() for t in texts],
    *[(lang, t, "plain_lead") for lang, texts in NOT_SURE.items() for t in texts],
])
def test_an_aside_gets_its_reply_and_the_question_again(sqlite_url: str, language: str, text: str, key: str) -> None:
    sender = _sender(language, text)
    dialogue = _at_question(sender, language, "q_support")
    said = dialogue.say(text)
    # How long: the six questions left for an adult, this one counted (support, worries, people, communication, visit,
    # anything else); not sure what it means: the question in plainer words (stop 22).
    assert messages.text(key, language, "chi", left=questions_left_words(language, 6)) in said
    if key == "plain_lead":
        assert messages.text("plain_q_support", language, "chi") in said
    assert dialogue.asking == "q_support"  # asked again, not taken as their answer
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert [a.question_key for a in conv.answers if a.text == text] == ["aside"]
        assert text not in [o.text for o in conv.outcomes]
    answer = "Yn Gymraeg, ac yn ara deg" if language == "cy" else "Patiently, give me time"
    dialogue.say(answer)
    assert dialogue.asking != "q_support"


@pytest.mark.parametrize("language,text", [("cy", "ife person go iawn yw hwn?"), ("cy", "ife robot wyt ti?"),
                                           ("en", "is this a real person?")])
def test_the_south_welsh_question_about_the_assistant(sqlite_url: str, language: str, text: str) -> None:
    """Stop-20 trial T1: a 14-year-old's "ife person go iawn yw hwn?" was kept as his answer to the change question."""
    dialogue = _at_question(_sender("ife", language, text), language, "q_change")
    said = dialogue.say(text)
    assert messages.text("about_assistant", language, "chi") in said and dialogue.asking == "q_change"
