"""Trial 34 AJ5 (high), left at stop 34: a support worker typed for Gareth and what she said as her own view was filed
as his ("Jo here - in my view the job is the most important thing…", "Jo: Gareth would like to learn to cook. in my
view he needs more support hours in the evenings" were "Barn y person"). The person's words she passes on ("Gareth
says keep my flat", "Gareth would like to learn to cook") stay his; her own view is hers, named as such in the record,
the summary's view and the FHIR bundle, beside his. Through the conversation core with SQLite, from the first
message; the trial's words (fictional people) and Welsh twins.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot.conversation.keyboard import supporters_own_words
from bot.summary import load_record
from bot.summary.fhir import to_fhir
from bot.summary.view import build_view
from tests.conversation.test_names_trial34_aj import _at_what_matters

#: (language, the answer at "what name shall I use?", the answers in order: what matters, what goes well, keep, change)
NAME = {
    "en": "Gareth. this is Jo his support worker typing, Gareth says call him Gaz",  # the trial's words
    "cy": "Gareth. Jo sy'n teipio, ei weithiwr cymorth. Mae Gareth yn deud galwch o'n Gaz",
}
KEEP = {
    "en": "Gareth says keep my flat and keep my job at the garden centre wednesdays. Jo here - in my view the job is "
          "the most important thing, its done wonders for his confidence",  # the trial's words
    "cy": "Mae Gareth yn deud cadw fy fflat a chadw fy ngwaith yn y ganolfan arddio ar ddydd Mercher. Jo sy'n teipio: "
          "dw i'n meddwl mai'r gwaith ydi'r peth pwysica, mae o wedi gwneud byd o les i'w hyder o",
}
CHANGE = {
    "en": "I want to cook my own tea not microwave stuff. Jo: Gareth would like to learn to cook. in my view he needs "
          "more support hours in the evenings, hes lonely then but he wont say it",  # the trial's words
    "cy": "Dw i isio coginio fy swper fy hun, dim stwff microdon. Jo: Mae Gareth isio dysgu coginio. Yn fy marn i mae "
          "angen mwy o oriau cymorth arno fo gyda'r nos, mae o'n unig bryd hynny ond wneith o ddim deud",
}
#: (the supporter's own words, as an outcome begins; the person's own or passed on, as outcomes begin)
HERS = {"en": ("Jo here - in my view", "in my view he needs"), "cy": ("Jo sy'n teipio: dw i'n meddwl", "Yn fy marn i")}
HIS = {"en": ("I want to cook", "Gareth would like to learn to cook", "keep my job"),
       "cy": ("Dw i isio coginio", "Mae Gareth isio dysgu coginio", "chadw fy ngwaith")}


def _sender(*parts: object) -> str:
    return "mem-lo35-aj5-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(o["text"]): o for o in record["outcomes"]}


def _whose(outcomes: dict[str, dict[str, Any]], start: str) -> str:
    (whose,) = {o["whose_view"] for t, o in outcomes.items() if t.startswith(start) or start in t}
    return str(whose)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_support_workers_own_view_is_hers_and_his_words_stay_his(sqlite_url: str, language: str) -> None:
    dialogue = _at_what_matters(_sender(language), language, NAME[language])
    while dialogue.asking != "q_keep":
        dialogue.say("skip")
    dialogue.say(KEEP[language])
    assert dialogue.asking == "q_change"
    dialogue.say(CHANGE[language])
    record = load_record(dialogue.sender)
    assert record is not None
    outcomes = _outcomes(record)
    for start in HERS[language]:  # a support worker: a professional's view, not Gareth's
        assert _whose(outcomes, start) == "professional", start
    for start in HIS[language]:
        assert _whose(outcomes, start) == "person", start
    # named as hers in the summary, beside his own, in both languages of the summary
    for summary_language in ("en", "cy"):
        view = build_view(record, summary_language)
        items = [i for s in view.sections for g in s.groups for i in g.items if i.source == "outcome"]
        labels = {i.whose_view for i in items if i.quote.startswith(HERS[language])}
        assert labels == {"professional"}
        assert {i.whose_view for i in items if i.quote.startswith(HIS[language][0])} == {"person"}
    # and in the FHIR bundle's goals
    bundle = to_fhir(record)
    goals = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]
    hers = [g for g in goals if g["description"]["text"].startswith(HERS[language])]
    assert hers and all(any(x.get("valueCode") == "professional" for x in g.get("extension", [])) for g in hers)


@pytest.mark.parametrize("text, earlier, whose", [
    ("Jo here - in my view the job is the most important thing", [], "carer"),  # not saying who: not family either
    ("(Jo: Gareth has a bus pass, hes very proud of that)", ["this is Jo his support worker typing"], "professional"),
    ("Lowri, ei chwaer hi, sy 'ma: dw i'n meddwl bod angen help arni hi", [], "carer"),
    ("I think he needs more help at night.", ["I'm typing for Dad, he's beside me"], "carer"),
    ("Dw i'n meddwl bod angen mwy o help arno fo.", ["Jo sy'n teipio, ei weithiwr cymorth"], "professional"),
])
def test_whose_own_words_and_whose_view(text: str, earlier: list[str], whose: str) -> None:
    found = supporters_own_words(text, earlier, "Gareth")
    assert found is not None and found[0] == whose and found[1]


@pytest.mark.parametrize("text, earlier", [
    ("I want to cook my own tea not microwave stuff.", ["this is Jo his support worker typing"]),
    ("I think I need more help at night.", ["I'm typing for Dad, he's beside me"]),  # the person's own "I think"
    ("I think he's lovely, my grandson.", []),  # no one said they type for them
    ("Gareth here - I like buses.", []),  # the person's own name
    ("Note: I like buses.", []),
    ("Dw i'n meddwl bod o'n hogyn da, fy ŵyr.", []),
    ("Rydw i yma: dw i isio aros adra.", []),
])
def test_the_persons_own_words_are_no_supporters(text: str, earlier: list[str]) -> None:
    found = supporters_own_words(text, earlier, "Gareth")
    assert found is None or not found[1]


#: The read-back's label for each view when the person answers and a supporter typed some answers (re-trial AL1).
LABELS = {"en": ("(as you see it)", "(as the person typing for you sees it)", "sees it)"),
          "cy": ("(eich barn chi)", "(barn y sawl oedd yn teipio i chi)", "(barn ")}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_read_back_says_whose_view_to_the_person_not_as_to_a_carer(sqlite_url: str, language: str) -> None:
    """Stop 35 re-trial AL1: after "this is Jo his support worker, in my view he needs…", the read-back labelled every
    one of the young person's own items "(as the person you look after sees it)": they are his, said to him as his."""
    dialogue = _at_what_matters(_sender("readback", language), language, NAME[language])
    while dialogue.asking != "q_keep":
        dialogue.say("skip")
    dialogue.say(KEEP[language])
    dialogue.say(CHANGE[language])
    reply = ""
    while dialogue.asking is not None and not dialogue.asking.startswith("readback"):
        reply = dialogue.say("skip")
    assert dialogue.asking == "readback", dialogue.asking
    yours, typist, _ = LABELS[language]
    lines = [line for line in reply.splitlines() if line[:1].isdigit()]
    his = [line for line in lines if any(start in line for start in HIS[language])]
    hers = [line for line in lines if any(start in line for start in HERS[language])]
    assert his and hers, reply
    assert all(line.endswith(yours) for line in his), his
    assert all(line.endswith(typist) for line in hers), hers
    assert "look after" not in reply and "ydych chi'n gofalu" not in reply
