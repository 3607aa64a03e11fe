"""A wish of their own said in the same sentence as who must not be told stays a wish (re-trial 36 AN4): "just dont
talk to me like im a kid n dont tell my mum everything" was read wholly as what mum must not be told, so the first wish
was neither read back nor among the summary's outcomes. The asking part alone is kept from the read-back; words that
point back at what was said ("…and don't tell mum I said that") still keep the whole sentence from it."""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.keep_from import kept_from_someone
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.test_disclosure_resume import _conversation

TOLD = {
    "en": ("just dont talk to me like im a kid n dont tell my mum everything", "just dont talk to me like im a kid",
           "dont tell my mum everything"),
    "cy": ("jyst paid siarad efo fi fel plentyn a paid deud popeth wrth mam", "paid siarad efo fi fel plentyn",
           "paid deud popeth wrth mam"),
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
def test_their_own_wish_is_read_back_and_what_mum_must_not_hear_is_not(sqlite_url: str, language: str) -> None:
    text, wish, kept = TOLD[language]
    sender, shown = _to_the_read_back(language, text)
    assert messages.text("readback_intro", language, "ti") in shown
    assert wish in shown
    assert kept not in shown
    stored = [o.text for o in repository.outcomes_for_readback(sender)]
    assert any(wish in words for words in stored) and all(kept not in words for words in stored)
    record = load_record(sender)
    assert record is not None
    marks = {str(o["text"]): o["sensitive"] for o in record["outcomes"]}
    assert any(wish in words and not sensitive for words, sensitive in marks.items())
    assert not any(kept in words and not sensitive for words, sensitive in marks.items())


@pytest.mark.parametrize("text,outcome,expected", [
    (TOLD["en"][0], TOLD["en"][1], False),
    (TOLD["en"][0], TOLD["en"][2], True),
    (TOLD["cy"][0], TOLD["cy"][1], False),
    (TOLD["cy"][0], TOLD["cy"][2], True),
    # pointing back, the words before are what is kept from them
    ("dont shout at me and dont tell mum i said that", "dont shout at me", True),
    ("paid gweiddi arna i a paid deud hyn wrth mam", "paid gweiddi arna i", True),
    # a wish that is no instruction of their own: what is kept from mum may be in it
    ("i want to move out and please dont tell mum", "i want to move out", True),
])
def test_kept_from_someone_by_clause(text: str, outcome: str, expected: bool) -> None:
    assert kept_from_someone(text, outcome) is expected
