"""Words typed at the read-back that are neither a choice nor an addition are kept for the worker.

In the stop 17 trial "Dach chi wedi anghofio'r canllaw ar y grisiau… tynnwch 9 a 10 allan…" got "wnes i ddim
deall" and the whole read-back again, and the message was stored nowhere.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.readback import READBACK_COMMENT_KEY
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_readback_typed import _at_the_read_back

COMMENTS = {
    "cy": "Dach chi wedi anghofio'r canllaw ar y grisiau, dyna'r peth pwysica! A tynnwch 9 a 10 allan plis, "
          "dydyn nhw ddim yn iawn 🙏",
    "en": "You've missed the stair rail, that's the main thing! And take 9 and 10 out please, they're not "
          "right 🙏",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_comment_at_the_read_back_is_kept_verbatim_and_never_an_outcome(sqlite_url: str, language: str) -> None:
    sender = f"readback-comment-{language}"
    conversation = _at_the_read_back(sender, language, "person")
    conversation.say(COMMENTS[language])
    assert messages.text("readback_noted", language, "chi") in conversation.text
    assert messages.text("readback_unclear", language, "chi") not in conversation.text
    assert conversation.requested == "readback"  # the choices again
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        kept = [a for a in conv.answers if a.question_key == READBACK_COMMENT_KEY]
        assert [a.text for a in kept] == [COMMENTS[language]] and kept[0].outcomes == []


@pytest.mark.parametrize("language,words", [("cy", "be?"), ("en", "hmm not sure")])
def test_a_short_reply_not_understood_still_gets_the_hint(sqlite_url: str, language: str, words: str) -> None:
    conversation = _at_the_read_back(f"readback-short-{language}", language, "person")
    conversation.say(words)
    assert messages.text("readback_unclear", language, "chi") in conversation.text
