"""A plain take-back two answers after words that raised a flag (AX2, the twentieth trial; stop 44).

Tyler (16): "i dont see the point anymore" (a low-mood concern), then the keep question, then "not like that, just fed
up with school", all kept as his answer to "What would you like to be different?", the flag shown bare. Stop 43 tied
only what is said straight after a "please check". Now a take-back said plainly ("not like that", "i didnt mean it
like that", "nid fel'na", "o'n i ddim yn meddwl e fel'na") within two answers of a concern or a "please check" is kept
beside the flag as what he later said, heard kindly, never an outcome, the flag unchanged; the rest of the message
("just fed up with school") stays his answer to the question asked.
Fictional words after the trial's, with Welsh twins (south, north) and phrasings in no benchmark file.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.safe_reply import takes_it_back_plainly
from bot.summary import load_record
from bot.summary.render import render_view_markdown
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, consented_at


def _sender(*parts: object) -> str:
    return "mem-takeback44-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


#: (language, the flagged words at "what goes well?", the keep answer, the take-back, the rest: his answer)
LATER = [
    ("en", "i dont see the point anymore", "playing football with my mates i guess",
     "not like that, just fed up with school", "just fed up with school"),  # the trial's words
    ("en", "honestly i dont see the point of anything", "playing xbox with my mates",
     "i didnt mean it like that. school is just rubbish rn", "school is just rubbish rn"),  # (new)
    ("cy", "sai'n gweld y pwynt rhagor", "chwarae pêl-droed gyda bois",
     "nid fel'na, jyst wedi cael llond bol ar ysgol", "jyst wedi cael llond bol ar ysgol"),  # south
    ("cy", "dwi'm yn gweld pwynt dim mwy", "mynd allan efo fy ffrindia",
     "o'n i ddim yn meddwl e fel'na. dwi jyst di blino efo'r ysgol", "dwi jyst di blino efo'r ysgol"),  # north (new)
]


def _two_answers_after_the_flag(language: str, flagged: str, keep: str) -> MemoryConversation:
    sender = _sender(language, flagged, keep)
    conversation = consented_at(sender, language, "q_strengths", role="young_person", name="Tyler",
                                what_matters={"en": "nothing rly", "cy": "dim byd rili"}[language])
    conversation.say(flagged)
    record = load_record(sender)
    assert record is not None
    assert [f["text"] for f in record["risk_flags"]] == [flagged]  # a concern (low mood), no safe check
    assert conversation.requested == "q_keep"
    conversation.say(keep)
    assert conversation.requested == "q_change"
    conversation.said.clear()
    return conversation


@pytest.mark.parametrize("language, flagged, keep, taken_back, rest", LATER)
def test_the_take_back_goes_beside_the_flag_and_the_rest_is_his_answer(sqlite_url: str, language: str, flagged: str,
                                                                       keep: str, taken_back: str, rest: str) -> None:
    conversation = _two_answers_after_the_flag(language, flagged, keep)
    conversation.say(taken_back)
    # heard kindly; the flag was a concern, so the worker sees both (stop 44's review: this test asserted the
    # "safeguarding team – they read both" reply, said of a concern no team was told of)
    assert messages.text("safety_check_played_down_concern", language, "ti") in conversation.text
    assert messages.text("safety_check_played_down", language, "ti") not in conversation.text
    assert conversation.requested == "q_support"  # the rest answered "what would you like to be different?"
    record = load_record(conversation.sender_id)
    assert record is not None
    said_back = taken_back[:taken_back.index(rest)].rstrip()
    kept = {(a["question_key"], a["text"]) for a in record["answers"]}
    # the whole message kept beside the flag (stop 44's review: this test asserted the cut-off "not like that,")
    assert ("aside", taken_back) in kept and ("change", rest) in kept
    assert ("change", taken_back) not in kept  # (was the whole message, the take-back and all)
    flag = next(f for f in record["risk_flags"] if f["text"] == flagged)
    assert flag["level"] == "concern"  # never cleared
    assert flag["played_down"] is not None and flag["played_down"]["text"] == taken_back  # "later said", whole
    assert not [o for o in record["outcomes"] if said_back in o["text"]]  # never an outcome
    page = render_view_markdown(build_view(record, language))
    top = page.index("\n## ")
    end = page.index("\n## ", top + 1)
    assert taken_back in page[top:end]  # beside the flag at the top, whole


@pytest.mark.parametrize("language, taken_back", [("en", "i didnt mean it like that"), ("en", "not like that lol"),
                                                  ("cy", "o'n i ddim yn meddwl e fel'na"), ("cy", "nid fel'na")])
def test_a_take_back_alone_is_kept_beside_the_flag_and_the_question_asked_again(sqlite_url: str, language: str,
                                                                                 taken_back: str) -> None:
    _, flagged, keep, _, _ = next(row for row in LATER if row[0] == language)
    conversation = _two_answers_after_the_flag(language, flagged, keep)
    conversation.say(taken_back)
    assert conversation.requested == "q_change"  # nothing else in it: the same question again
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [a["question_key"] for a in record["answers"] if a["text"] == taken_back] == ["aside"]
    # (the flagged words' own flag: the model may read "o'n i ddim yn meddwl e fel'na" itself as a "please check",
    # listed first; this test read that one and failed at main 2a51126 too)
    flag = next(f for f in record["risk_flags"] if f["text"] == flagged)
    assert flag["played_down"]["text"] == taken_back


@pytest.mark.parametrize("language, flagged, keep, taken_back, rest", LATER[::2])
def test_three_answers_later_it_is_an_answer(sqlite_url: str, language: str, flagged: str, keep: str,
                                             taken_back: str, rest: str) -> None:
    conversation = _two_answers_after_the_flag(language, flagged, keep)
    conversation.say({"en": "more time with my mates", "cy": "mwy o amser efo ffrindia"}[language])  # change
    conversation.say(taken_back)  # at "how would you like to be supported?"
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [a["question_key"] for a in record["answers"] if a["text"] == taken_back] == ["support"]
    assert record["risk_flags"][0]["played_down"] is None


@pytest.mark.parametrize("language, answer", [("en", "not like that, just fed up with school"),
                                              ("cy", "nid fel'na, jyst wedi cael llond bol ar ysgol")])
def test_with_no_flag_it_is_the_answer(sqlite_url: str, language: str, answer: str) -> None:
    conversation = consented_at(_sender("noflag", language), language, "q_change", role="young_person", name="Tyler",
                                what_matters={"en": "football", "cy": "pêl-droed"}[language])
    conversation.say(answer)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [a["question_key"] for a in record["answers"] if a["text"] == answer] == ["change"]


@pytest.mark.parametrize("text", ["its not like that anymore, he stopped", "not like that now", "dim fel'na bellach",
                                  "i want it like that", "like that"])
def test_how_things_are_now_is_no_take_back(text: str) -> None:
    assert takes_it_back_plainly(text) is None
