"""Something added to an earlier answer is not the answer to the question waiting (stop-25 trial U5).

A carer at "what's going well?" wrote "O a hefyd anghofis i ddeud - mae o isio gallu mynd i'r capel eto…": it was
stored as that question's answer, her real answer then went under the next question ("keep the same"), and "sori un
peth arall, dim ond dynion i'w helpu fo efo'r gawod" became her answer about worries, a question never really asked.
Now such a message is kept as an addition (its wishes are outcomes, as at the read-back) and the question waiting is
asked again.
"""
from __future__ import annotations

import pytest

from bot.conversation.answers import ADDED_LATER_KEY
from bot.summary import load_record
from tests.conversation.test_disclosure_resume import _answers, _conversation, _skip_to

ADDED = {
    "cy": "O a hefyd anghofis i ddeud - mae o isio gallu mynd i'r capel eto, mae o'n colli'r canu",
    "en": "oh and I forgot to say, he wants to be able to get back to chapel, he misses the singing",
}
WISH = {"cy": "mynd i'r capel", "en": "get back to chapel"}
ANSWER = {"cy": "Mae'r merched yn dod draw bob dydd Sul ac mae'r cymdogion yn dda efo fo.",
          "en": "The girls come over every Sunday and the neighbours are good with him."}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_an_afterthought_is_added_and_the_question_is_asked_again(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_strengths")
    conversation.say(ADDED[language])
    assert conversation.requested == "q_strengths"  # still waiting for its own answer
    assert "ychwanegu hynny" in conversation.text or "added that" in conversation.text, conversation.text
    conversation.say(ANSWER[language])
    stored = [(key, words) for key, words, _ in _answers(conversation.sender_id)]
    assert (ADDED_LATER_KEY, ADDED[language]) in stored  # verbatim
    assert ("strengths", ANSWER[language]) in stored
    assert ("strengths", ADDED[language]) not in stored
    record = load_record(conversation.sender_id)
    assert record is not None
    assert any(WISH[language] in str(o["text"]) for o in record["outcomes"]), record["outcomes"]
    # its opening ("O a hefyd anghofis i ddeud -") is no part of the wish (stop-25 trial V8)
    assert not any("anghofis" in str(o["text"]) or "forgot" in str(o["text"]) for o in record["outcomes"])


@pytest.mark.parametrize("language,text", [
    ("cy", "hefyd mae o'n hoffi canu efo'r côr"),
    ("en", "She loves her garden and one more thing she likes is music"),
])
def test_an_answer_that_only_mentions_more_is_the_answer(sqlite_url: str, language: str, text: str) -> None:
    conversation = _conversation(language)
    _skip_to(conversation, "q_strengths")
    conversation.say(text)
    assert ("strengths", text) in [(key, words) for key, words, _ in _answers(conversation.sender_id)]


def test_a_second_addition_in_a_row_is_the_answer(sqlite_url: str) -> None:
    """Never a loop: whoever opens every message with "one more thing" has it taken as the answer the second time."""
    conversation = _conversation("en")
    _skip_to(conversation, "q_strengths")
    conversation.say(ADDED["en"])
    again = "one more thing, my sister pops in on Tuesdays and the neighbours are good with him"
    conversation.say(again)
    assert conversation.requested != "q_strengths"
    assert ("strengths", again) in [(key, words) for key, words, _ in _answers(conversation.sender_id)]
