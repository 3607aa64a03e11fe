"""Records for the summary tests, seeded through the real repository into a migrated SQLite DB.

Every answer goes through the real analysis (language, outcome spans, service-led), flags come
from the real risk assessment, then `load_record` builds the record exactly as production does.
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.analysis import analyse
from bot.analysis.risk import assess_risk
from bot.analysis.types import OutcomeSpan, RiskAssessment
from bot.conversation.questions import question_for
from bot.storage import db, repository
from bot.summary import load_record
from tests.servers.fixtures import smtp_server, webhook_server  # noqa: F401
from tests.support.stacks import pointed_at

# (question_key, question as asked, the words exactly as typed, about)
WELSH_CARER_ANSWERS: list[tuple[str, str, str, str]] = [
    ("what_matters", "Beth sy'n bwysig i Gwilym?",
     "Mae Dad eisiau aros yn ei dŷ ei hun yn Llŷn, efo'i gi. Mae o wrth ei fodd â'i ŵyr 😊", "person"),
    ("strengths", "Beth sy'n mynd yn dda ar hyn o bryd, a phwy sy'n helpu?",
     "Mae'r cymdogion yn galw bob bore, ac mae o'n dal i wneud y croesair yn y papur.", "person"),
    ("keep", "Beth hoffech chi ei gadw fel y mae?",
     "Cadw mynd i'r capel bob dydd Sul, a phaned â'i ffrindiau wedyn.", "person"),
    ("change", "Beth hoffech chi ei newid?",
     "Hoffai fo allu mynd i’r siop ar ei ben ei hun eto.", "person"),
    ("support", "Sut hoffai gael ei gefnogi?",
     "<script>alert('x')</script> Siaradwch Gymraeg â fo, yn araf ac yn glir.", "person"),
    ("worries", "Oes rhywbeth yn eich poeni chi ar hyn o bryd?",
     "Mae o'n anghofio cymryd ei dabledi ac mae o wedi cwympo ddwywaith.", "person"),
    ("people", "Pwy sy'n bwysig iddo fo?", "Fi, ei ŵyr Dafydd, a Mr Ŵen drws nesa.", "person"),
    ("communication", "Oes unrhyw beth sy'n gwneud siarad yn haws?",
     "Mae o'n drwm ei glyw: siaradwch yn glir, a dim ffôn os gwelwch yn dda.", "person"),
    ("visit_time", "Pryd ydy'r amser gorau i ymweld?", "Bore dydd Mawrth, ar ôl 10.", "person"),
    ("anything_else", "Oes unrhyw beth arall hoffech chi i'r gweithiwr ei wybod cyn yr ymweliad?",
     "Diolch o galon am ofyn 🙏🏴󠁧󠁢󠁷󠁬󠁳󠁿 Mae'n braf cael siarad Cymraeg.", "person"),
    ("carer_own", "Nawr, amdanoch chi. Beth sy'n bwysig i chi yn eich bywyd eich hun?",
     "Dw i eisiau cadw fy swydd ran-amser a chael amser i fi fy hun.", "carer"),
    ("carer_support", "Beth fyddai'n eich helpu chi i ddal ati?",
     "Seibiant unwaith yr wythnos fasai’n help mawr.", "carer"),
]
WELSH_URGENT_WORDS = "Dydy Dad ddim eisiau byw rhagor, medda fo neithiwr."
WELSH_NAMES = ("Siân Ŵen-Jones", "Gwilym", "Fy nhad – dw i'n byw drws nesa")

ENGLISH_ANSWERS: list[tuple[str, str, str, str]] = [
    ("what_matters", "What matters to you?",
     "I want to keep going to the football with my mates & stay at my school.", "person"),
    ("change", "What would you like to change?",
     "I'd like to learn to cook so I can move into my own flat one day.", "person"),
    ("support", "How would you like to be supported?",
     "My support worker really listens to me and doesn't rush.", "person"),
    ("worries", "Is anything worrying you at the moment?", "Money, mostly.", "person"),
]


def _store(sender_id: str, answers, whose_view: str, concern_keys: tuple[str, ...] = ()) -> None:
    for n, (key, question, text, about) in enumerate(answers):
        question_row = question_for(key)  # the question table: its outcome prior, and whether it holds outcomes
        assert question_row is not None, key
        analysis = analyse(text, question=question_row.outcome_prior)
        repository.record_answer(
            sender_id,
            question_key=key,
            question_text=question,
            text=text,
            whose_view=whose_view,
            about=about,
            analysis=analysis,
            message_id=f"m{n}",
            make_outcomes=question_row.holds_outcomes and not analysis.service_led,
        )
        if key in concern_keys:
            # The worry is a concern (memory, falls). The risk rules decide the categories; the level is
            # pinned to "concern" so these rendering tests do not move with tuning of the risk model
            # (bot/analysis has its own tests for what is urgent).
            assessment = assess_risk(text)
            concern = RiskAssessment("concern", assessment.categories or ("memory", "falls"))
            repository.record_risk(sender_id, message_id=f"m{n}", text=text, assessment=concern,
                                   language=analysis.language.language, alert_needed=False)


def seed_welsh_carer(sender_id: str = "tg-carer-1", team: str = "gogledd") -> str:
    reference = repository.ensure_conversation(sender_id, channel="telegram", team=team)
    repository.update_conversation(sender_id, language="cy", preferred_language="cy", register="chi",
                                   completed_by="carer", display_name=WELSH_NAMES[0],
                                   cared_for_name=WELSH_NAMES[1], relationship_to_person=WELSH_NAMES[2])
    repository.record_consent(sender_id, True)
    _store(sender_id, WELSH_CARER_ANSWERS, "carer", concern_keys=("worries",))
    urgent = assess_risk(WELSH_URGENT_WORDS)
    assert urgent.level == "urgent", urgent
    repository.record_risk(sender_id, message_id="m-urgent", text=WELSH_URGENT_WORDS, assessment=urgent,
                           language="cy", alert_needed=True)
    repository.confirm_record(sender_id)
    return reference


def seed_english_young_person(sender_id: str = "web-yp-1", team: str = "south") -> str:
    reference = repository.ensure_conversation(sender_id, channel="rest", team=team)
    repository.update_conversation(sender_id, language="en", preferred_language="en", register="ti",
                                   completed_by="young_person", display_name="Jay")
    repository.record_consent(sender_id, True)
    _store(sender_id, ENGLISH_ANSWERS, "young_person")
    return reference  # not confirmed yet


@contextlib.contextmanager
def migrated_database(folder: Path) -> Iterator[str]:
    """A migrated SQLite database in `folder`, set as DATABASE_URL while the block runs (records are plain data)."""
    with pointed_at(f"sqlite:///{folder / 'whatmatters.db'}") as url:
        db.migrate(url)
        yield url


@pytest.fixture(scope="session")
def seeded_records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Both records, seeded once into their own migrated SQLite DB (records are plain data)."""
    with migrated_database(tmp_path_factory.mktemp("summary-db")):
        welsh = load_record(seed_welsh_carer())
        english = load_record(seed_english_young_person())
    assert welsh is not None and english is not None
    return {"welsh": welsh, "english": english}


@pytest.fixture
def welsh_carer_record(seeded_records) -> dict[str, Any]:
    return copy.deepcopy(seeded_records["welsh"])


@pytest.fixture
def english_record(seeded_records) -> dict[str, Any]:
    return copy.deepcopy(seeded_records["english"])


@pytest.fixture
def seeded_db(sqlite_url: str) -> dict[str, str]:
    """A fresh migrated DB holding both conversations (for tests that read or change the DB)."""
    return {"welsh": seed_welsh_carer(), "english": seed_english_young_person()}


def outcome_texts(record: dict[str, Any], about: str | None = None) -> list[str]:
    return [o["text"] for o in record["outcomes"] if about is None or o["about"] == about]


#: One answer of a carer's conversation with its outcomes given: (question_key, question as asked, the words,
#: [(outcome words, type, whose view: "person" when the carer passes on the person's own wish, else "carer")]).
CarerScriptLine = tuple[str, str, str, list[tuple[str, str, str]]]


def seed_carer_views(sender: str, lang: str, script: list[CarerScriptLine], *, carer: str, cared_for: str) -> None:
    """A confirmed carer's conversation stored through the real repository, each outcome as given (the views tests
    decide which words are whose, so the outcome reader's own changes cannot move them)."""
    repository.ensure_conversation(sender, channel="rest", team="de")
    repository.update_conversation(sender, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer", display_name=carer, cared_for_name=cared_for)
    repository.record_consent(sender, True)
    for n, (key, question, text, found) in enumerate(script):
        spans = tuple(OutcomeSpan(w, text.index(w), text.index(w) + len(w), t, 0.9, False) for w, t, _ in found)
        analysis = dataclasses.replace(analyse(text), outcomes=spans, risk=RiskAssessment("none"))
        person = frozenset(w for w, _, whose in found if whose == "person")
        repository.record_answer(sender, question_key=key, question_text=question, text=text, whose_view="carer",
                                 about="person", analysis=analysis, message_id=f"m{n}",
                                 passed_on=person.__contains__)
    repository.confirm_record(sender)
