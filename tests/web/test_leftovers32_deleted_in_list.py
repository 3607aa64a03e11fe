"""A record the person deleted says so in the practitioners' summaries list (stop 32).

After /delete on a conversation with an urgent flag (only the duty team's part is kept), the list showed it as "Not yet
confirmed by the person", as if the conversation were still going on; the summary itself said they deleted their
answers. The list now says "Deleted by the person" / "Wedi'i ddileu gan y person", in the practitioner's language.
Through the real erasure (bot.conversation.erase, what /delete calls), SQLite and the list's own template.
"""
from __future__ import annotations

from bot.conversation.erase import erase_conversation
from tests.summary.conftest import seed_english_young_person, seed_welsh_carer
from tests.web.test_summaries_list import _page, _rows

DELETED = {"en": "Deleted by the person", "cy": "Wedi&#39;i ddileu gan y person"}
UNCONFIRMED = {"en": "Not yet confirmed by the person", "cy": "Heb ei gadarnhau gan y person"}


def test_a_deleted_record_says_deleted_not_unconfirmed(sqlite_url: str) -> None:
    deleted, other = seed_welsh_carer(), seed_english_young_person()
    erasure = erase_conversation(reference=deleted)  # as /delete does: the duty team's part stays
    assert erasure.found and erasure.kept_for_safety
    rows = _rows()
    assert rows[deleted]["erased"] and not rows[other]["erased"]
    for language in ("en", "cy"):
        page = _page([rows[deleted]], language)
        assert DELETED[language] in page and UNCONFIRMED[language] not in page
        page = _page([rows[other]], language)
        assert DELETED[language] not in page
