"""The conversation-level benchmark's scorer, on a hand-made tiny example: the scorer is itself tested."""
from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conversation_benchmark",
                                                  ROOT / "benchmarks" / "conversation_benchmark.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cb = _load()

SCRIPT: dict[str, Any] = {
    "id": "en-test-carer-01",
    "language": "en",
    "disclosure": False,
    "name": "Margaret, please. Not Maggie.",
    "answers": [
        {"question": "what_matters", "risk": "none",
         "says": "I want to stay in my own home and keep going to chapel. The garden too.",
         "outcomes": [
             {"span": "I want to stay in my own home", "type": "maintenance", "whose_view": "person"},
             {"span": "keep going to chapel.", "type": "maintenance", "whose_view": "person"},
         ]},
        {"question": "worries", "risk": "urgent", "says": "he hits me when he's drunk", "outcomes": []},
        {"question": "people", "risk": "none", "says": "dim", "outcomes": []},
    ],
    "readback_additions": [
        {"says": "oh and ring before you come", "span": "ring before you come", "type": "process",
         "whose_view": "carer"},
    ],
}


def record(**overrides: Any) -> dict[str, Any]:
    rec = {
        "name": "Margaret",
        "answers": [{"question_key": "what_matters", "text": SCRIPT["answers"][0]["says"]},
                    {"question_key": "worries", "text": "he hits me when he's drunk"}],
        "outcomes": [
            {"text": "  I want to stay in my own home ", "type": "maintenance", "whose_view": "person"},  # exact
            {"text": "keep going to chapel", "type": "change", "whose_view": "carer"},  # exact, wrong type/view
            {"text": "The garden", "type": "maintenance", "whose_view": "person"},  # a fragment
            {"text": "ring before you come please", "type": "process", "whose_view": "carer"},  # lenient only
        ],
        "risk_flags": [{"level": "urgent", "text": "he hits me when he's drunk"}],
    }
    rec.update(overrides)
    return rec


def transcript(**overrides: Any) -> Any:
    t = cb.Transcript(confirmed=True, sent=[("q_what_matters", SCRIPT["answers"][0]["says"]),
                                            ("q_worries", "he hits me when he's drunk"), ("q_people", "dim")])
    for k, v in overrides.items():
        setattr(t, k, v)
    return t


def test_exact_match_ignores_whitespace_and_trailing_punctuation_only() -> None:
    assert cb.exact_match(" keep going to chapel ", "keep going to chapel.")
    assert cb.exact_match("“y tŷ gwydr!”", "y tŷ gwydr")
    assert not cb.exact_match("keep going to Chapel", "keep going to chapel")  # case is the person's
    assert not cb.exact_match("going to chapel", "keep going to chapel")


def test_lenient_match_accepts_overlap_but_not_a_different_wish() -> None:
    assert cb.lenient_match("ring before you come please", "ring before you come")
    assert cb.lenient_match("coffee in the Kings Head with my friend Jean",
                            "have a coffee in the Kings Head with my friend Jean")
    assert not cb.lenient_match("I should also like", "I should also like a talking watch so that I know the time")
    assert not cb.lenient_match("keep the garden tidy", "see my grandchildren more often")


def test_fragment_is_short_and_not_a_whole_answer() -> None:
    answers = ["dim", "Cymraeg", "I want to stay in my own home"]
    assert cb.is_fragment("The garden", answers)
    assert not cb.is_fragment("Cymraeg", answers)  # the whole answer, however short
    assert not cb.is_fragment("keep going to chapel", answers)  # three words or more


def test_name_check_accepts_the_name_asked_for_only() -> None:
    assert cb.name_ok("Margaret", "Margaret, please. Not Maggie.")
    assert not cb.name_ok("Maggie", "Margaret, please. Not Maggie.")
    assert cb.name_ok("Mair", "Mrs Mair Jenkins. Mair yn iawn")
    assert cb.name_ok("Gwil", "Gwil. pawb yn deud Gwil")
    assert not cb.name_ok("pawb", "Gwil. pawb yn deud Gwil")
    # the name everyone calls them, after the name (stop-28 trial Y11): either is one a reader accepts
    assert cb.name_ok("Magi", "Margiad ydw i ond Magi ma pawb yn ddeud")
    assert cb.name_ok("Margiad", "Margiad ydw i ond Magi ma pawb yn ddeud")
    assert cb.name_ok("Peggy", "Its Margaret, Peggy to my friends")
    assert not cb.name_ok("pawb", "Margiad ydw i ond Magi ma pawb yn ddeud")
    assert cb.name_ok("kay", "kay")
    assert not cb.name_ok(None, "kay")
    assert not cb.name_ok("merch fo dwi", "Eirian")


def test_name_check_accepts_the_name_said_of_themselves_in_a_longer_answer() -> None:
    """Stop 34: young people's long introductions, the reader's right name scored as a wrong one."""
    assert cb.name_ok("jade", "im 15 and my names jade") and cb.name_ok("Mia", "i'm Mia and I'm 13")
    assert cb.name_ok("Gethin", "dwi'n 13 a Gethin dw i") and cb.name_ok("jess", "im jess im 14 and this is for school?")
    assert cb.name_ok("Kayden", "me names Kayden im 14 from Wrexham")
    assert not cb.name_ok("15", "im 15 and my names jade") and not cb.name_ok("and", "im 15 and my names jade")
    assert not cb.name_ok("tired", "Sue. I'm tired of it all") and not cb.name_ok("Wrexham", "me names Kayden im 14 from Wrexham")


def test_name_check_accepts_the_name_without_its_lead_in_or_sign_off() -> None:
    """A reader accepts "Tia" for "its Tia" and "dani" for "dani is fine" (issue 11's new dev conversations)."""
    assert cb.name_ok("Tia", "its Tia")
    assert cb.name_ok("dani", "its Danielle, dani is fine") and cb.name_ok("Danielle", "its Danielle, dani is fine")
    assert cb.name_ok("Margaret", "it's Margaret but everyone calls me Peg")
    assert cb.name_ok("Peg", "it's Margaret but everyone calls me Peg")
    assert cb.name_ok("Kay", "Kayleigh but call me Kay") and cb.name_ok("Jo", "call me Jo x")
    assert cb.name_ok("Dil", "Dilys dw i, ond pawb yn galw fi Dil") and cb.name_ok("Sarah", "Hi, I'm Sarah")
    assert cb.name_ok("Gari", "Gareth, ond ma pawb yn galw fi'n Gari") and not cb.name_ok("Ma", "Gareth, ond ma pawb yn galw fi'n Gari")
    assert not cb.name_ok("Maggie", "Margaret, please. Not Maggie.")
    assert not cb.name_ok("pawb", "Gwil. pawb yn deud Gwil")
    # the name everyone calls them, after the name (stop-28 trial Y11): either is one a reader accepts
    assert cb.name_ok("Magi", "Margiad ydw i ond Magi ma pawb yn ddeud")
    assert cb.name_ok("Margiad", "Margiad ydw i ond Magi ma pawb yn ddeud")
    assert cb.name_ok("Peggy", "Its Margaret, Peggy to my friends")
    assert not cb.name_ok("pawb", "Margiad ydw i ond Magi ma pawb yn ddeud")
    assert not cb.name_ok("me", "call me Jo x") and not cb.name_ok("everyone", "it's Margaret but everyone calls me Peg")
    # a yes, a sound or an "only" before the name, or their age after it (stop 29): the name alone is right
    for stored, typed in [("ellie", "yeah its ellie"), ("ellie", "um ellie"), ("kacey", "just kacey"),
                          ("Ellie", "Name's Ellie"), ("tyler", "its tyler im 14"), ("Siôn", "ia Siôn"),
                          ("Ellie", "fi yw Ellie"), ("osian", "osian dwi'n 15")]:
        assert cb.name_ok(stored, typed), typed
    assert not cb.name_ok("14", "its tyler im 14") and not cb.name_ok("im", "its tyler im 14")
    # "X will do perfectly well" after their full name (stop 31, dev_fresh6 571: the name used was right, scored wrong)
    typed = "Roberts. Sorry, that is my surname, I am Gwyn Roberts (Dr), but Gwyn will do perfectly well."
    assert cb.name_ok("Gwyn", typed) and cb.name_ok("Roberts", typed)
    assert not cb.name_ok("perfectly", typed) and not cb.name_ok("will", typed)
    # either of two forms joined by a sign (stop 32: "Hopcyn = Hops" is used as Hops, "Gareth aka Gaz" as Gaz)
    for stored, typed in [("Hops", "Hopcyn = Hops"), ("Hopcyn", "Hopcyn = Hops"), ("Gaz", "Gareth aka Gaz"),
                          ("Gareth", "Gareth aka Gaz"), ("Beth", "Bethan > Beth"), ("Daf", "Dafydd -> Daf")]:
        assert cb.name_ok(stored, typed), typed
    assert not cb.name_ok("aka", "Gareth aka Gaz") and not cb.name_ok("Hop", "Hopcyn = Hops")


def test_scores_of_the_tiny_example() -> None:
    tally = cb.Tally()
    cb.score_conversation(SCRIPT, record(), transcript(), tally)
    assert (tally.gold, tally.pred) == (3, 4)
    assert tally.exact == 2 and tally.lenient == 3
    assert tally.exact_typed == 1 and (tally.whose_ok, tally.whose_n) == (1, 2)
    assert tally.fragments == 1
    assert tally.derailed == 0
    assert (tally.urgent_gold, tally.urgent_hit) == (1, 1)
    assert tally.no_disclosure == 1 and tally.false_urgent_conv == 1  # script says no disclosure
    fig = cb.figures({"en": tally})
    assert fig["span_precision_en"] == pytest.approx(2 / 4)
    assert fig["span_recall_en"] == pytest.approx(2 / 3)
    assert fig["span_f1_en"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert fig["lenient_f1_en"] == pytest.approx(2 * 0.75 * 1.0 / 1.75)
    assert fig["fragment_rate_en"] == pytest.approx(0.25)
    assert "span_f1_en" in cb.targets_met(fig) and "fragments_en" in cb.targets_met(fig)


def test_matching_is_one_to_one() -> None:
    assert cb.match(["a b c", "a b c"], ["a b c"], cb.exact_match) == [(0, 0)]
    assert cb.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert cb.prf(0, 3, 0)[0] == 0.0


def test_derailment_detection() -> None:
    assert cb.derailments(SCRIPT, record(), transcript()) == []
    assert cb.derailments(SCRIPT, record(name="Maggie"), transcript()) == ["wrong name"]
    assert "loop" in cb.derailments(SCRIPT, record(), transcript(loop=True, confirmed=False))
    # A scripted answer not stored verbatim is swallowed ("dim" may go unstored: it says nothing).
    swallowed = record(answers=[{"question_key": "worries", "text": "he hits me when he's drunk"}])
    assert cb.derailments(SCRIPT, swallowed, transcript()) == ["swallowed answer"]
    stored_changed = record(answers=[{"question_key": "what_matters", "text": "I want to stay in my own home"},
                                     {"question_key": "worries", "text": "he hits me when he's drunk"}])
    assert cb.derailments(SCRIPT, stored_changed, transcript()) == ["swallowed answer"]
    assert cb.derailments(SCRIPT, None, transcript()) == ["no record"]
    assert "scripted question never asked" in cb.derailments(SCRIPT, record(), transcript(unasked=["people"]))


def test_urgent_recall_is_nan_without_urgent_messages_and_not_a_missed_target() -> None:
    tally = cb.Tally()
    calm = {**SCRIPT, "answers": [SCRIPT["answers"][0]]}
    cb.score_conversation(calm, record(risk_flags=[]), transcript(), tally)
    fig = cb.figures({"cy": tally})
    assert math.isnan(fig["urgent_recall_cy"])
    assert "urgent_recall_cy" not in cb.targets_met(fig)
    assert fig["false_urgent_conversations_cy"] == 0


def test_a_young_persons_own_view_is_the_persons_view() -> None:
    assert cb.same_view("person", "young_person")
    assert not cb.same_view("person", "carer")


def test_a_fresh_scripts_number_says_which_half_it_is_in() -> None:
    """Odd numbers are a fresh set's tuning half, even numbers its held-out half (`--half`)."""
    assert cb.script_number({"id": "cy-north-person-41"}) == 41
    assert cb.script_number({"id": "en-textspeak-young-60"}) % 2 == 0
    halves = [cb.script_number(s) % 2 for s in cb.load_scripts(cb.FRESH_DIR)]
    assert halves.count(1) == halves.count(0) == 10


def test_half_is_refused_for_a_set_that_has_no_halves(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cb.main(["--set", "dev", "--half", "odd"])
    assert stopped.value.code == 2
    assert "--half is for a fresh writer's set only" in capsys.readouterr().err


def test_a_message_added_to_an_urgent_alert_counts_as_read_urgent() -> None:
    """One thread, one alert (stop 23): a follow-up is kept with the alert it joined, not as an alert of its own."""
    follow_up = {"question": "people", "risk": "urgent", "says": "if he finds out ive told you hell batter me",
                 "outcomes": []}
    script = {**SCRIPT, "disclosure": True, "answers": [*SCRIPT["answers"][:2], follow_up]}
    joined = [{"level": "urgent", "text": "he hits me when he's drunk",
               "added_messages": [{"text": follow_up["says"]}]}]
    tally = cb.Tally()
    cb.score_conversation(script, record(risk_flags=joined), transcript(), tally)
    assert (tally.urgent_gold, tally.urgent_hit) == (2, 2)
    tally = cb.Tally()
    cb.score_conversation(script, record(), transcript(), tally)  # the follow-up kept nowhere urgent
    assert (tally.urgent_gold, tally.urgent_hit) == (2, 1)


GOOD_SCRIPT: dict[str, Any] = {
    "id": "cy-north-carer-301", "language": "cy", "opening": "helo", "role": "ar ran Mam", "name": "Gwen",
    "answers": [
        {"question": "what_matters", "risk": "none", "says": "Isio i Mam gael aros adra efo'r gath.",
         "outcomes": [{"span": "Isio i Mam gael aros adra efo'r gath", "type": "maintenance", "whose_view": "carer"}]},
        {"question": "worries", "risk": "urgent", "says": "mae o'n ei tharo hi", "outcomes": []},
    ],
}


def test_a_well_formed_script_has_no_problems() -> None:
    assert cb.script_problems(GOOD_SCRIPT) == []


@pytest.mark.parametrize("change, problem", [
    ({"id": "cy-north-carer"}, "id is not <language>-<variety>-<speaker>-<number>"),
    ({"language": "fr"}, "language is not cy or en"),
    ({"id": "en-north-carer-301"}, "id and language disagree"),
    ({"name": ""}, "no name"),
    ({"answers": []}, "no answers"),
])
def test_a_script_of_the_wrong_shape_is_named_without_quoting_it(change: dict[str, Any], problem: str) -> None:
    assert problem in cb.script_problems(GOOD_SCRIPT | change)


def test_an_answers_problems_are_told_by_number_and_kind_never_by_its_words() -> None:
    answers = [dict(a) for a in GOOD_SCRIPT["answers"]]
    answers[0] = answers[0] | {"outcomes": [{"span": "aros adra efo'r ci", "type": "keep", "whose_view": "mam"}]}
    answers[1] = answers[1] | {"question": "visit", "risk": "high"}
    problems = cb.script_problems(GOOD_SCRIPT | {"answers": answers})
    assert problems == [
        "answer 1 outcome 1: span is not an exact substring of the answer",
        "answer 1 outcome 1: type is not change, maintenance or process",
        "answer 1 outcome 1: whose_view is not person or carer",
        "answer 2: unknown question key",
        "answer 2: risk is not none, concern or urgent",
    ]
    assert not any("aros" in p or "tharo" in p for p in problems)


def test_a_question_answered_in_two_entries_is_played_as_two_replies_each_scored_as_itself() -> None:
    script = GOOD_SCRIPT | {"answers": [
        {"question": "what_matters", "risk": "none", "says": "what", "outcomes": []},
        *GOOD_SCRIPT["answers"][:1],
        {"question": "worries", "risk": "urgent", "says": "mae o'n ei tharo hi", "outcomes": []},
        {"question": "worries", "risk": "concern", "says": "ond paid â deud", "outcomes": []},
    ]}
    merged = cb.one_entry_per_question(script)
    first = merged["answers"][0]
    assert [a["question"] for a in merged["answers"]] == ["what_matters", "worries"]
    assert first["says"] == ["what", "Isio i Mam gael aros adra efo'r gath."]
    assert [o["span"] for o in first["outcomes"]] == ["Isio i Mam gael aros adra efo'r gath"]
    assert [(m["says"], m["risk"]) for m in cb.risk_messages(merged)] == [
        ("what", "none"), ("Isio i Mam gael aros adra efo'r gath.", "none"),
        ("mae o'n ei tharo hi", "urgent"), ("ond paid â deud", "concern")]
    assert cb.one_entry_per_question(GOOD_SCRIPT) == GOOD_SCRIPT


@pytest.mark.parametrize("language, register", [("cy", "ti"), ("cy", "chi"), ("en", "ti"), ("en", "chi")])
def test_the_player_waits_at_every_safety_check_that_holds_the_questions(language: str, register: str) -> None:
    from bot import messages

    for key in ("safety_check", "safety_check_help_coming", "safety_check_choose"):
        assert cb.safe_check_waiting(["Thank you.", messages.text(key, language, register)])
    assert not cb.safe_check_waiting([messages.text("ack", language, register)])


@pytest.mark.parametrize("language", ["cy", "en"])
@pytest.mark.parametrize("name", ["Elen", "Carys", "Mrs Jones"])
def test_the_player_waits_at_a_carers_check_that_names_them(language: str, name: str) -> None:
    """Stop 49 (derail_fuzz seed 4914): a carer's check names the person ("are you, and Elen, safe right now?",
    "ydych chi, ac Elen, …", "a Charys"); the player compared it with the catalogue's "{cared_for_name}" and never
    waited, so the question held was counted as asked again (a loop)."""
    from bot import messages

    for key in ("safety_check", "safety_check_no_consent"):
        check = messages.render(key, language, "chi", role="carer", cared_for_name=name).text
        assert name.rsplit(maxsplit=1)[-1] in check or language == "cy"
        assert cb.safe_check_waiting(["Thank you.", check])
    assert not cb.safe_check_waiting([messages.render("ack", language, "chi", role="carer",
                                                      cared_for_name=name).text])
