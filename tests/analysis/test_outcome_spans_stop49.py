"""How they are, then "so" and what to do about it, kept as one outcome at a question about how to support them
(stop 49, span49 (a), bot.analysis.outcomes._reason_with_instruction).

The writers of six of the eight readable benchmark sets keep "I'm a bit deaf in the left ear so sit on my right" whole
as one process outcome; the assistant kept nothing (the sentence opens as a report) or the instruction alone. A clause
with its own subject after "so" (a consequence or a purpose), a reason that is not how they hear, see, speak or tire,
and the other questions stay as they were."""
from __future__ import annotations

import pytest

from bot.analysis import analyse
from bot.analysis.outcomes import _reason_with_instruction
from bot.analysis.types import OutcomeSpan


def _spans(text: str, question: str | None) -> list[tuple[str, str]]:
    return [(o.text.rstrip(".!? "), o.type) for o in analyse(text, question=question).outcomes]


@pytest.mark.parametrize("text", [
    # the finding's own words
    "I'm a bit deaf in the left ear so sit on my right.",
    "Ma'r clyw bach yn dodgy, so siaradwch yn uchel.",
    "She'll say yes to everything to be polite, so check.",
    # fictional variants: English, text-speak, north and south Welsh
    "I'm hard of hearing in my right ear so sit on the left.",
    "nan's a bit deaf so face her when u talk",
    "his voice goes quiet in the evenings so sit close to him",
    "Mae hi'n drwm ei chlyw, felly siaradwch yn glir efo hi.",
    "Dwi'n blino'n sydyn wrth siarad so cadwch o'n fyr",
    "Ma fe'n gweud 'ie' i bopeth i blesio, felly checiwch bod e'n deall.",
    "Wi'n drwm 'y nghlyw ar yr ochr dde, so ishteddwch ar y whith.",
])
def test_reason_and_instruction_kept_whole(text: str) -> None:
    spans = _spans(text, "process")
    assert spans == [(text.rstrip(".!? "), "process")]


def test_the_other_sentences_of_the_answer_keep_their_own_outcomes() -> None:
    text = "I'm a bit deaf in the left ear so sit on my right. Phone is ok but speak up"
    spans = [s for s, _ in _spans(text, "process")]
    assert spans == ["I'm a bit deaf in the left ear so sit on my right", "Phone is ok but speak up"]


def test_what_the_rules_found_keeps_its_end() -> None:
    text = "my hands are bad for typing so dont mind my spelling lol. phone is ok too"
    spans = [s for s, _ in _spans(text, "process")]
    assert spans[:1] == ["my hands are bad for typing so dont mind my spelling"]


def test_a_leading_and_is_left_out() -> None:
    text = "and if im having a flare i might not make sense so give me a sec"
    assert [s for s, _ in _spans(text, "process")] == ["if im having a flare i might not make sense so give me a sec"]


@pytest.mark.parametrize("text", [
    # a consequence after "so", no instruction: no outcome
    "He's had a stroke so his words get muddled.",
    "Mae hi'n drwm ei chlyw so ma hi'n colli lot o'r sgwrs.",
    "I'm a bit deaf so I miss half of what's said.",
])
def test_a_consequence_is_no_outcome(text: str) -> None:
    assert _spans(text, "process") == []


def test_a_purpose_after_so_keeps_its_cut() -> None:
    text = "I can translate but an interpreter might be better so she can say things without me there"
    spans = [s for s, _ in _spans(text, "process")]
    assert spans == ["an interpreter might be better so she can say things without me there"]


@pytest.mark.parametrize("text,cut", [
    # a reason that is not how they hear, see, speak or tire: what the rules found is left as it was
    ("ma nhw n checko fy ffon i weithie so dim texts plis", "dim texts plis"),
    ("We're out Tuesdays so come Wednesday.", "come Wednesday"),
    # a "please" in the instruction: the writers mostly keep the request alone
    ("I'm a bit deaf, so please face me when you talk.", "please face me when you talk."),
    ("Ma hi'n blino'n glou, felly ymweliad byr plis.", "ymweliad byr plis."),
    # a long story before "so" is not a short report of how they are
    ("Since the stroke last spring and all the hospital trips up and down to Bangor she gets tired quicker than she "
     "used to so keep it short", "keep it short"),
])
def test_other_reasons_are_left_to_the_rules(text: str, cut: str) -> None:
    start = text.index(cut)
    found = [OutcomeSpan(text=cut, start=start, end=start + len(cut), type="process", confidence=0.9, unsure=False)]
    assert _reason_with_instruction(text, found, "process") == found


@pytest.mark.parametrize("question", [None, "maintenance", "change"])
def test_only_at_a_question_about_how_to_support_them(question: str | None) -> None:
    text = "I'm a bit deaf in the left ear so sit on my right."
    spans = [s for s, _ in _spans(text, question)]
    assert text.rstrip(".") not in spans


@pytest.mark.parametrize("text,first,second", [
    # review49b D3's own words: "steddwch ar y dde" was lost (no "byddar" among the reasons; "plis" in the second)
    ("Mae hi'n fyddar yn ei chlust chwith so steddwch ar y dde, a siaradwch Gymraeg efo hi plis",
     "Mae hi'n fyddar yn ei chlust chwith so steddwch ar y dde", "siaradwch Gymraeg efo hi plis"),
    ("She's deaf in her left ear so sit on her right, and speak Welsh to her please",
     "She's deaf in her left ear so sit on her right", "speak Welsh to her please"),
    ("Ma fe'n drwm ei glyw so ishteddwch yn agos ac siaradwch yn ara deg",
     "Ma fe'n drwm ei glyw so ishteddwch yn agos", "siaradwch yn ara deg"),
])
def test_a_second_instruction_joined_on_keeps_its_own_outcome(text: str, first: str, second: str) -> None:
    """Stop 49, review49b D3: the reason goes with the first instruction; the second keeps its own cut."""
    assert [s for s, _ in _spans(text, "process")] == [first, second]


def test_a_welsh_deaf_reason_alone_is_kept_whole() -> None:
    assert _spans("Mae o'n fyddar, felly siaradwch yn uchel", "process") == [
        ("Mae o'n fyddar, felly siaradwch yn uchel", "process")]


@pytest.mark.parametrize("text,first,second", [
    # review49 R49-7: a wish joined on after the instruction was swallowed into one process outcome
    ("I'm a bit deaf in the left ear so sit on my right, and I'd love to get back to the bowls club.",
     "I'm a bit deaf in the left ear so sit on my right", "I'd love to get back to the bowls club"),
    ("She'll say yes to everything to be polite, so check with me, and she wants to go to the day centre more.",
     "She'll say yes to everything to be polite, so check with me", "she wants to go to the day centre more"),
])
def test_a_wish_joined_on_keeps_its_own_outcome_and_type(text: str, first: str, second: str) -> None:
    spans = _spans(text, "process")
    assert [s for s, _ in spans] == [first, second]
    assert spans[1][1] == "change"


@pytest.mark.parametrize("text", [
    # review49 R49-8: someone else doing it after "so" is a fact, no instruction
    "He's hard of hearing so Mum does all his phone calls",
    "She's deaf in one ear so everyone shouts at her",
    "She's deaf in one ear so a carer comes in the afternoon",
    "He's deaf so Dad reads his letters",
    "Mae hi'n drwm ei chlyw felly mam sy'n ateb y ffôn",
    "Ma fe'n drwm ei glyw so Siân sy'n neud y galwade",
])
def test_someone_else_doing_it_after_so_is_no_outcome(text: str) -> None:
    assert _spans(text, "process") == []
