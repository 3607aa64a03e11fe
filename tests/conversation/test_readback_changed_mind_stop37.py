"""A numbered item said to be wrong now, a change of mind, then the new words, is put in those words (re-trial 36 AM7:
"cael gwared ar 10 plis, ma fe'r un peth ag 8. a ma 11 yn rong nawr, newidies i'n meddwl, un noson y mis nid
penwythnos" took 10 out but said "dw i ddim wedi newid rhif 11"; the weekend she had taken back stayed on the list)."""
from __future__ import annotations

import pytest

from bot import messages
from bot.summary import load_record
from tests.conversation.test_readback_corrections_trial32 import _comments, _listed, _with_items

SAID = {
    # the re-trial's words, and the same in English
    "cy": ("cael gwared ar 10 plis, ma fe'r un peth ag 8. a ma 11 yn rong nawr, newidies i'n meddwl, un noson y mis nid "
           "penwythnos", "un noson y mis nid penwythnos"),
    "en": ("take 10 off please, it's the same as 8. and 11 is wrong now, I changed my mind, one night a month not a "
           "weekend", "one night a month not a weekend"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_wrong_now_after_a_change_of_mind_is_put_in_the_new_words(sqlite_url: str, language: str) -> None:
    sender = f"rb37-mind-{language}"
    conversation = _with_items(sender, language, "carer")
    before = _listed(sender)
    message, new_words = SAID[language]
    conversation.say(message)
    assert messages.text("readback_done", language) in conversation.text
    after = list(_listed(sender).values())
    assert before[10] not in after and before[11] not in after  # 10 out, 11 in its new words
    assert before[8] in after  # only named as what 10 is the same as
    # (the new words are read again for their group, so they may be listed elsewhere)
    assert sorted(after) == sorted(new_words if number == 11 else text for number, text in before.items() if number != 10)
    assert _comments(sender) == []  # done, so nothing "not changed" is kept for the worker
    record = load_record(sender)
    assert record is not None
    kept = [o["text"] for o in record["outcomes"]]
    assert new_words in kept and before[11] not in kept
