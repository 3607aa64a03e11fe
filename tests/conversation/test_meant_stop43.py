"""What they meant, said straight after words that raised a gentle "please check" (trial 41 AW2's leftover, stop 43).

"sometimes i just wanna disappear tbh" from a 15-year-old raised a "please check" and the next question followed ("Who
is important to you?"). His next message, "i just mean like a break from everything", was kept as who mattered to him
and the flag at the top of the summary showed the first words alone. Now it is about that flag: kept beside it (the
summary's "later said", under the flag only), heard kindly, the same question again, no outcome, no flag of its own.
Fictional words after the trial's, each with its Welsh twins (north, south) and look-alikes that stay answers.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.safe_reply import says_what_they_meant
from bot.summary import load_record
from bot.summary.render import render_view_markdown
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, consented_at


def _sender(*parts: object) -> str:
    return "mem-meant43-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (the words that raise a "please check", what they meant after it)
MEANT = {
    "en": ("sometimes i just wanna disappear tbh", "i just mean like a break from everything"),  # the trial's
    "en-2": ("sometimes i just wanna disappear tbh", "not like that lol. i mean a break"),
    "en-adult": ("Some days I just want to disappear", "I mean I'd like to get away from it all for a bit"),
    "cy-north": ("weithia dwi jyst isio diflannu", "o'n i jyst yn feddwl brêc o bob dim"),
    "cy-south": ("weithie wi jyst moyn diflannu", "dim fel na. jyst moyn brêc"),
    "cy-golygu": ("weithia dwi jyst isio diflannu", "o'n i'n golygu seibiant o bopeth, dim byd arall"),
}


@pytest.mark.parametrize("text", [
    "i just mean like a break from everything", "lol no i meant like a holiday", "wait what i meant was a break",
    "nah i mean i just need time away from school", "not like that. just fed up",
    "o'n i jyst yn feddwl brêc o bob dim", "dim fel na. jyst moyn brêc", "be o'n i'n feddwl oedd seibiant",
    "na, o'n i'n golygu amser i fi fy hun", "nid fel'na, jyst blino"])
def test_saying_what_they_meant_is_read(text: str) -> None:
    assert says_what_they_meant(text)


@pytest.mark.parametrize("text", [
    "I mean it", "i meant every word", "I meant it, I cant do this anymore", "My mum and my nan",
    "dwi'n meddwl bod mam yn bwysig", "dwi'n golygu fo", "o'n i'n golygu hynna", "a break would be nice"])
def test_words_that_say_it_was_meant_or_answer_are_not(text: str) -> None:
    assert not says_what_they_meant(text)


def _after_please_check(fixture: str) -> tuple[MemoryConversation, str]:
    language = fixture[:2]
    role = "person" if fixture.endswith("adult") else "young_person"
    sender = _sender(fixture)
    conversation = consented_at(sender, language, "q_worries", role=role, name="Jay",
                                what_matters={"en": "football", "cy": "pêl-droed"}[language])
    flagged, _ = MEANT[fixture]
    conversation.say(flagged)
    record = load_record(sender)
    assert record is not None
    assert [f["text"] for f in record["risk_flags"] if f.get("please_check")] == [flagged]
    return conversation, sender


@pytest.mark.parametrize("fixture", list(MEANT))
def test_what_they_meant_is_kept_beside_the_flag_and_the_question_asked_again(sqlite_url: str, fixture: str) -> None:
    language = fixture[:2]
    conversation, sender = _after_please_check(fixture)
    asked = conversation.requested
    assert asked == "q_people"
    conversation.said.clear()
    flagged, meant = MEANT[fixture]
    conversation.say(meant)
    register = "chi" if fixture.endswith("adult") else "ti"
    assert messages.text("safety_check_played_down", language, register) in conversation.text  # heard kindly
    assert conversation.requested == asked  # the same question again, not the next one
    record = load_record(sender)
    assert record is not None
    flags = record["risk_flags"]
    # no alert of its own (the model reads "o'n i'n feddwl" as low mood: at most a concern beside it)
    assert [f["text"] for f in flags if f["level"] == "urgent" or f.get("please_check")] == [flagged]
    assert flags[0]["text"] == flagged and flags[0]["played_down"]["text"] == meant  # under the flag, word for word
    kept = [a for a in record["answers"] if a["text"] == meant]
    assert [a["question_key"] for a in kept] == ["aside"]  # never who is important to them
    assert not [o for o in record["outcomes"] if o["text"] in meant]  # never an outcome
    page = render_view_markdown(build_view(record, language))
    top = page.index("\n## ")  # the first section is safeguarding and risk
    end = page.index("\n## ", top + 1)
    assert page.count(meant) == page[top:end].count(meant) >= 1  # at the top only (beside a concern of its own too)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_people_named_with_i_mean_stay_the_answer(sqlite_url: str, language: str) -> None:
    conversation, sender = _after_please_check(language if language == "en" else "cy-north")
    answer = {"en": "i mean my mum and my nan obvs", "cy": "o'n i jyst yn feddwl mam a nain"}[language]
    conversation.say(answer)
    record = load_record(sender)
    assert record is not None
    assert [a["question_key"] for a in record["answers"] if a["text"] == answer] == ["people"]
    assert record["risk_flags"][0]["played_down"] is None


@pytest.mark.parametrize("language", ["cy", "en"])
def test_meant_it_is_never_played_down(sqlite_url: str, language: str) -> None:
    conversation, sender = _after_please_check(language if language == "en" else "cy-north")
    answer = {"en": "I meant it", "cy": "o'n i'n golygu hynna"}[language]
    conversation.say(answer)
    record = load_record(sender)
    assert record is not None
    assert record["risk_flags"][0]["played_down"] is None
    assert [a["question_key"] for a in record["answers"] if a["text"] == answer] != ["aside"]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_what_they_meant_two_answers_later_is_an_answer(sqlite_url: str, language: str) -> None:
    """Only straight after the flagged words: later, "i just mean…" is about something else."""
    conversation, sender = _after_please_check(language if language == "en" else "cy-north")
    conversation.say({"en": "my mum and my brother", "cy": "mam a fy mrawd"}[language])
    meant = MEANT[language if language == "en" else "cy-north"][1]
    conversation.say(meant)
    record = load_record(sender)
    assert record is not None
    assert record["risk_flags"][0]["played_down"] is None
    assert [a["question_key"] for a in record["answers"] if a["text"] == meant] != ["aside"]
