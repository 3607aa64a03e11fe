"""Words asking that something be kept from someone are never read back as a wish (stop-25 closing note, V6): "I
don't want my mum to find out I'm seeing a counsellor" was read back on screen, where mum may see it, as how the
person wants to be supported; the summary already kept it at the top, beside the risk. One rule for both
(bot.analysis.keep_from); the person's other wish in the same answer is read back as before."""
from __future__ import annotations

import io
import json

import pytest

from bot import messages
from bot.analysis.keep_from import kept_from_someone
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import label
from tests.conversation.test_disclosure_resume import _conversation

TOLD = {
    "en": ("I'd like to talk to someone at school once a week. I don't want my mum to find out I'm seeing a "
           "counsellor.", "talk to someone at school once a week", "I don't want my mum to find out"),
    "cy": ("Hoffwn i siarad efo rhywun yn yr ysgol unwaith yr wythnos. Dwi ddim isio i mam wybod mod i'n gweld "
           "cwnselydd.", "siarad efo rhywun yn yr ysgol unwaith yr wythnos", "Dwi ddim isio i mam wybod"),
}


def _to_the_read_back(language: str, text: str) -> tuple[str, str]:
    """A young person's conversation with `text` as their answer on support; (sender, the read-back as shown)."""
    conversation = _conversation(language, role="young_person")
    while conversation.requested != "readback":
        assert conversation.requested is not None
        if conversation.requested == "q_support":
            conversation.say(text)
        else:
            conversation.say("/skip", intent="skip")
    return conversation.sender_id, conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_wish_is_read_back_and_the_words_kept_from_mum_are_not(sqlite_url: str, language: str) -> None:
    text, wish, kept = TOLD[language]
    sender, shown = _to_the_read_back(language, text)
    assert messages.text("readback_intro", language, "ti") in shown
    assert wish in shown
    assert kept not in shown
    stored = [o.text for o in repository.outcomes_for_readback(sender)]
    assert stored and all(kept not in words for words in stored)
    # The summary, in both languages: the words at the top (not to be shared), never an outcome; the wish is one.
    record = load_record(sender)
    assert record is not None
    marks = {str(o["text"]): o["sensitive"] for o in record["outcomes"]}
    assert any(kept in words and sensitive for words, sensitive in marks.items())
    assert any(wish in words and not sensitive for words, sensitive in marks.items())
    for ui in ("cy", "en"):
        out = io.BytesIO()
        render.write(record, "md", out, language=ui)
        summary = out.getvalue().decode()
        after = summary.index(label("sec_about", ui))
        assert kept in summary[:after] and label("read_as_sensitive", ui) in summary[:after]
        assert wish in summary[after:]
    out = io.BytesIO()
    render.write(record, "fhir", out)
    goals = [e["resource"]["description"]["text"] for e in json.loads(out.getvalue())["entry"]
             if e["resource"]["resourceType"] == "Goal"]
    assert any(wish in goal for goal in goals) and not any(kept in goal for goal in goals)


@pytest.mark.parametrize("text,outcome,expected", [
    ("Dwi isio mynd i'r clwb eto. os ma fo'n ffeindio allan bydd o'n wyllt", "os ma fo'n ffeindio allan", True),
    ("Dwi isio mynd i'r clwb eto. os ma fo'n ffeindio allan bydd o'n wyllt", "Dwi isio mynd i'r clwb eto.", False),
    ("I want to see my nan more. If dad finds out he'll go mad.", "If dad finds out he'll go mad.", True),
    ("I want to find out about groups", "find out about groups", False),
    ("I want dad to know I love him", "dad to know I love him", False),
])
def test_kept_from_someone(text: str, outcome: str, expected: bool) -> None:
    assert kept_from_someone(text, outcome) is expected
