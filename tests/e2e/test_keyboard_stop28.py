"""Another hand on the keyboard (stop 28, trial X12), over the real assistant's REST channel: a person answers, someone
else takes over ("this is his brother now, he wants me to finish it", "ei merch hi sy 'ma rŵan"), answers, and hands
back ("ok it's Dai again", "fi sy 'ma eto"). The takeover is acknowledged, the same question is asked again, each
answer is kept as typed by whoever typed it, and the summary says whose view each quote is. Fictional words.
"""
from __future__ import annotations

import uuid

import pytest

from bot import messages
from bot.storage.db import session_scope
from bot.summary import load_record
from bot.summary.view import build_view, label
from tests.e2e.conftest import Assistant
from tests.support.records import stored_conversation

SCRIPTS = {
    "en": {"choose": "English", "yes": "yes", "me": "Me", "name": "Dai", "first": "going to the pub on fridays",
           "takeover": "this is his brother now, he wants me to finish it",
           "theirs": "i think he needs help with his money", "back": "ok it's Dai again",
           "own": "i want to go swimming again"},
    "cy": {"choose": "Cymraeg", "yes": "ia", "me": "Fi", "name": "Mair", "first": "Mynd i'r capel bob dydd Sul",
           "takeover": "ei merch hi sy 'ma rŵan", "theirs": "dwi'n meddwl bod hi angen help efo'r siopa",
           "back": "fi sy 'ma eto", "own": "dwi isio mynd i nofio eto"},
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_someone_takes_over_and_hands_back(assistant: Assistant, language: str) -> None:
    words = SCRIPTS[language]
    user = assistant.user(f"e2e-keyboard-{language}-" + uuid.uuid4().hex[:8])
    user.say("helo")
    user.press(words["choose"])
    user.say(words["yes"])
    user.press(words["me"])
    user.say(words["name"])
    user.say(words["first"])
    strengths = messages.text("q_strengths", language, "chi")
    assert strengths in user.text
    user.say(words["takeover"])
    assert messages.text("keyboard_taken_over", language, "chi", person=words["name"]) in user.text
    assert strengths in user.text  # the same question again
    user.say(words["theirs"])
    user.say(words["back"])
    assert messages.text("keyboard_handed_back", language, "chi", comma_name=", " + words["name"]) in user.text
    user.say(words["own"])
    with session_scope() as s:
        kept = {a.text: (a.whose_view, a.typed_by) for a in stored_conversation(s, user.sender).answers}
        reference = stored_conversation(s, user.sender).reference
    relation = "brother" if language == "en" else "daughter"
    assert kept[words["first"]] == ("person", None)
    assert kept[words["takeover"]] == ("carer", relation)
    assert kept[words["theirs"]] == ("carer", relation)
    assert kept[words["back"]] == ("person", None)
    assert kept[words["own"]] == ("person", None)
    record = load_record(reference)
    assert record is not None
    view = build_view(record, language)
    labels = {item.quote: item.whose_view_label for section in view.sections for item in section.items}
    typist = label("typed_by_" + relation, language)
    assert labels[words["theirs"]] == label("whose_typed_by", language, who=typist)
    assert labels[words["own"]] == label("whose_person", language)
