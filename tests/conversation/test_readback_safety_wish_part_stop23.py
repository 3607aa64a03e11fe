"""A support answer with one safety wish among other wishes (stop-23 trial W17): the safety wish goes to the top of the
summary, the other wishes stay outcomes (read back, grouped), in both languages. Who must not be told ("dont tell
school anything") is under "What must not be shared, and with whom" (issue 11: one reader of "don't tell X"), a way to
contact them safely under "How to contact safely". Through the conversation core, the real repository and the
summary's view and FHIR export."""
from __future__ import annotations

import pytest

from bot.analysis.types import RiskAssessment
from bot.storage import repository
from bot.summary import load_record
from bot.summary.fhir import to_fhir
from bot.summary.view import build_view, label
from tests.conversation.test_disclosure_resume import _answers, _conversation, _skip_to

WORDS = {
    "en": ("dont talk to me like im a kid. dont do meetings w grandad there. text me not nans landline. "
           "and dont tell school anything", "and dont tell school anything", "dont talk to me like im a kid"),
    "cy": ("paid siarad efo fi fel plentyn. dim cyfarfodydd efo taid yna. tecstia fi dim landline nain. "
           "a paid deud dim byd wrth yr ysgol", "a paid deud dim byd wrth yr ysgol", "paid siarad efo fi fel plentyn"),
}
#: The way to reach them said in the same answer, read as a safety wish (the Welsh "tecstia fi dim landline nain" is not).
CONTACT = {"en": ["text me not nans landline."], "cy": []}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_safety_wish_goes_to_the_top_and_the_other_wishes_stay(sqlite_url: str, language: str) -> None:
    text, wish, other = WORDS[language]
    conversation = _conversation(language, role="young_person")
    sender = conversation.sender_id
    repository.record_risk(sender, message_id=f"{sender}-d", text="he grabbed my arm", language="en",
                           assessment=RiskAssessment("urgent", ("abuse",)), alert_needed=False)
    _skip_to(conversation, "q_support")
    conversation.say(text)
    support = [n for key, words, n in _answers(sender) if words == text]
    assert support and support[0] >= 2, _answers(sender)  # the other wishes are outcomes

    record = load_record(sender)
    assert record is not None
    view = build_view(record, language)
    top = view.section("safeguarding")
    assert top is not None
    groups = {g.key: g for g in top.groups}
    # who must not be told, only that sentence, never the rest of the answer
    (kept,) = groups["sensitive"].items
    assert kept.excerpt and kept.quote == wish and other not in kept.quote
    assert kept.inference_label is not None and label("read_as_sensitive", language) in kept.inference_label
    # how to contact safely: only the way to reach them ("text me not nans landline", bot.analysis.safety_wish)
    assert [i.quote for i in groups["safety_wishes"].items] == CONTACT[language]
    quotes = view.quotes()
    assert any(other in q for q in quotes if q != text)  # an outcome of its own, not only the whole answer
    assert quotes.count(wish) == 1  # only at the top: the wish is no outcome

    bundle = to_fhir(record)
    flags = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"
             and e["resource"]["code"]["coding"][0].get("code") == "safety_wish"]
    assert [f["extension"][0]["valueString"] for f in flags] == CONTACT[language]
    goals = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]
    assert goals and not any(wish in str(g) for g in goals)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_safety_wish_that_is_the_whole_answer_stays_whole_at_the_top(sqlite_url: str, language: str) -> None:
    _text, wish, _other = WORDS[language]
    whole = wish[len("and "):] if language == "en" else wish[len("a "):]
    conversation = _conversation(language, role="young_person")
    sender = conversation.sender_id
    repository.record_risk(sender, message_id=f"{sender}-d", text="he grabbed my arm", language="en",
                           assessment=RiskAssessment("urgent", ("abuse",)), alert_needed=False)
    _skip_to(conversation, "q_support")
    conversation.say(whole)
    assert [n for key, words, n in _answers(sender) if words == whole] == [0]
