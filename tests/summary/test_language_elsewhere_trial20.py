"""What they said about language anywhere, in the Language section (acceptance trial stop 20, T14).

A 76-year-old wrote at the change question "dwi isio rhywun sy'n siarad Cymraeg plis, dwi'm isio rhywun dieithr yn
siarad Saesneg efo fi yn y bathrwm": the care itself must be in Welsh. The Language section quoted only "Cymraeg."
(her communication answer). It now also quotes the sentences naming a language in her other answers, with the
question; a commissioner reading the top sees the bathing help must be in Welsh. Welsh and an English twin.
"""
from __future__ import annotations

from typing import Any

import pytest

from bot.analysis import analyse
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.summary.conftest import migrated_database

# Fictional: the trial's words and an English twin.
WORDS = {
    "cy": [("communication", "Oes unrhyw beth sy'n gwneud siarad yn haws?", "Cymraeg. Dwi'n clywed yn iawn"),
           ("change", "Beth hoffech chi ei newid?",
            "Faswn i'n licio help efo molchi unwaith yr wythnos. Dwi isio rhywun sy'n siarad Cymraeg plis, dwi'm isio "
            "rhywun dieithr yn siarad Saesneg efo fi yn y bathrwm, dwi'n teimlo'n stiwpid.")],
    "en": [("communication", "Is there anything that makes talking easier?", "Welsh. My hearing is fine"),
           ("change", "What would you like to change?",
            "I'd like help with washing once a week. I want someone who speaks Welsh please, I don't want a stranger "
            "speaking English to me in the bathroom, I feel stupid.")],
}
CARE_WORDS = {
    "cy": ("Dwi isio rhywun sy'n siarad Cymraeg plis, dwi'm isio rhywun dieithr yn siarad Saesneg efo fi yn y "
           "bathrwm, dwi'n teimlo'n stiwpid."),
    "en": ("I want someone who speaks Welsh please, I don't want a stranger speaking English to me in the bathroom, I "
           "feel stupid."),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with migrated_database(tmp_path_factory.mktemp("language-elsewhere-db")):
        for lang, answers in WORDS.items():
            sender = f"language-elsewhere-{lang}"
            repository.ensure_conversation(sender, channel="rest", team="de")
            repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                           completed_by="person", display_name="Megan")
            repository.record_consent(sender, True)
            for n, (key, question, text) in enumerate(answers):
                repository.record_answer(sender, question_key=key, question_text=question, text=text,
                                         whose_view="person", about="person", analysis=analyse(text),
                                         message_id=f"m{n}", make_outcomes=False)
        found = {lang: load_record(f"language-elsewhere-{lang}") for lang in WORDS}
    return {k: v for k, v in found.items() if v is not None}


@pytest.mark.parametrize("lang, ui", [("cy", "cy"), ("cy", "en"), ("en", "en"), ("en", "cy")])
def test_the_language_of_the_care_is_quoted_with_its_question(records: dict[str, dict[str, Any]], lang: str,
                                                              ui: str) -> None:
    record = records[lang]
    section = build_view(record, ui).section("language")
    assert section is not None
    said = [(f.label, f.value) for f in section.facts if f.key == "language_words"]
    assert [value for _, value in said] == [WORDS[lang][0][2].split(".")[0] + ".", CARE_WORDS[lang]]
    assert said[1][0] == label("language_words_elsewhere_person", ui, question=WORDS[lang][1][1])
    md = render.md_unescape(render.render_markdown(record, ui))
    part = md[md.index(label("sec_language", ui)):]
    assert CARE_WORDS[lang] in part[:part.index(label("sec_what_matters", ui))]
