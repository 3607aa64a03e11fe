"""Trial 41 AW10: "she speak Arabic only. I can translate." (a carer, at the communication question) is a language
preference too: the summaries list, which reads the person's language as the summary does, says "Another language"
rather than "Not stated", so a manager allocating from it sees an interpreter may be needed. English and Welsh; the
words are fictional."""
from __future__ import annotations

import re
from functools import partial
from types import SimpleNamespace

import pytest

from bot.analysis import analyse
from bot.storage import db, repository
from bot.web import i18n, pages
from bot.web.summaries import list_rows


def _carer(sender: str, words: str, language: str) -> None:
    repository.ensure_conversation(sender, channel="rest", team="gogledd")
    repository.update_conversation(sender, language=language, preferred_language=language, register="chi",
                                   completed_by="carer", display_name="Amira", cared_for_name="Fatima")
    repository.record_consent(sender, True)
    repository.record_answer(sender, question_key="communication", question_text="?", text=words, whose_view="carer",
                             about="person", analysis=analyse(words, question="process"), message_id="m0")
    repository.confirm_record(sender)


@pytest.mark.parametrize("words,language,shown", [
    ("she speak Arabic only. I can translate.", "en", "Another language – see the summary"),
    ("Mae hi'n siarad Arabeg yn unig. Dw i'n gallu cyfieithu.", "cy", "Iaith arall – gweler y crynodeb"),
    ("ma hi'n siarad Arabeg yn unig. fi sy'n cyfieithu iddi", "cy", "Iaith arall – gweler y crynodeb"),
])
def test_the_list_names_another_language(sqlite_url: str, words: str, language: str, shown: str) -> None:
    _carer("list-other-language", words, language)
    with db.session_scope() as s:
        (row,) = list_rows(repository.list_conversations(s))
    assert row["person_language"] is None and row["person_other_language"] is True
    user = SimpleNamespace(is_admin=False, role="practitioner", language=language)
    html = pages.environment().get_template("list.html").render(
        request_path="/summaries", user=user, lang=language, csrf="x", t=partial(i18n.t, language=language),
        shared=False, rows=[row], completed_by_key=pages.completed_by_key, language_key=pages.language_key)
    html = re.sub(r"\s+", " ", html)
    assert shown in html
    assert ("Not stated" if language == "en" else "Heb ei nodi") not in html


def test_welsh_asked_for_is_still_welsh(sqlite_url: str) -> None:
    _carer("list-welsh", "Cymraeg plis, mae hi'n deall Arabeg hefyd", "cy")
    with db.session_scope() as s:
        (row,) = list_rows(repository.list_conversations(s))
    assert row["person_language"] == "cy" and row["person_other_language"] is False
