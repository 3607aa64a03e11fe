"""A support answer with one safety wish among other wishes (stop-23 trial W17): the safety wish goes to the top of the
summary ("how to contact safely"), the other wishes stay outcomes (read back, grouped), in both languages. Through the
conversation core, the real repository and the summary's view and FHIR export."""
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
    wishes = [i for g in top.groups if g.key == "safety_wishes" for i in g.items]
    # the safety-wish sentences only (which ones is bot.analysis.safety_wish's: "text me not nans landline" too since
    # 4668f07), never the rest of the answer
    assert len(wishes) == 1 and wishes[0].excerpt and wishes[0].quote.endswith(wish) and other not in wishes[0].quote
    assert label("wish_excerpt", language, section=label("sec_what_matters", language)).split(":")[0] in " ".join(
        wishes[0].meta)
    quotes = view.quotes()
    assert any(other in q for q in quotes if q != text)  # an outcome of its own, not only the whole answer
    assert quotes.count(wishes[0].quote) == 1  # only at the top: the wish is no outcome

    bundle = to_fhir(record)
    flags = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"
             and e["resource"]["code"]["coding"][0].get("code") == "safety_wish"]
    assert [f["extension"][0]["valueString"] for f in flags] == [wishes[0].quote]


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
