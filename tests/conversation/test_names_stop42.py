"""Stop 42: names from the stop-39 and stop-41 trials, through the conversation core from the first message.

- AW19 (stop-41 trial): a grandchild for her grandfather, at "who do you look after?": "Emrys ond Taid ma pawb yn ei
  alw fo". The questions call him what the family call him (Taid), and the summary keeps both his name and that, as
  the Margaret/Peggy case does ("Debbie. And mum is Margaret, everyone calls her Peggy though": Peggy in the
  questions, the words kept whole with the name). Said at "who is talking?" ("dw i'n gofalu am Taid, Emrys ond Taid
  ma pawb yn ei alw fo") the questions said "Emrys": now "Taid" there too.
- AU10 (stop-39 trial): "dw i'n fam i Gethin, mae o'n 14 ac mae ganddo fo awtistiaeth, dan ni'n byw yn Nefyn…" at
  "who is talking?" was not understood (the English "I'm Gethin's mum, he's 14…" was a carer); as the first message,
  Gethin and how they are connected were asked again after "gofalwr"; at "what name shall I use for you?" the
  English was "Thank you, Gethin's." and the Welsh asked "Am bwy dych chi'n gofalu?".

The words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.conversation.about_you import role_from_text
from tests.conversation.test_colloquial import Dialogue, at_role


def _sender(*parts: object) -> str:
    return "mem-names42-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _about(dialogue: Dialogue, language: str) -> tuple[dict[str, str], str]:
    """The summary's "who and when" facts (key -> value) and the whole summary as markdown."""
    from bot.summary import load_record
    from bot.summary.render import render_markdown
    from bot.summary.view import build_view

    record = load_record(dialogue.sender)
    assert record is not None
    about = build_view(record, language).section("about")
    assert about is not None
    return {f.key: f.value for f in about.facts}, render_markdown(record, language)


# --- AW19: his name and what the family call him -----------------------------------------------------------------

#: (language, "who is talking?", the answer at "who do you look after?", what he is called)
CALLED = [
    ("cy", "dw i'n gofalu am taid", "Emrys ond Taid ma pawb yn ei alw fo", "Taid"),  # the trial's words (north)
    ("en", "I look after my grandad", "Emrys, but everyone calls him Taid", "Taid"),
    ("cy", "dwi'n sbio ar ol taid", "Emrys ydi enw fo ond Taid i bawb", "Taid"),  # north, no accents
    ("cy", "fi'n dishgwl ar ôl tad-cu", "Emrys yw ei enw fe ond Tad-cu ma pawb yn galw fe", "Tad-cu"),  # south
]


@pytest.mark.parametrize("language, role, answer, called", CALLED)
def test_his_name_and_what_he_is_called_are_both_kept(sqlite_url: str, language: str, role: str, answer: str,
                                                      called: str) -> None:
    dialogue = at_role(_sender("aw19", language, answer), language)
    dialogue.say(role)
    assert dialogue.asking == "name"
    dialogue.say("Cerys")
    assert dialogue.asking == "cared_for_name"
    said = dialogue.say(answer)
    assert dialogue.slots["cared_for_name"] == called  # the questions call him what the family call him
    assert dialogue.slots["name"] == "Cerys"
    assert dialogue.asking == "q_what_matters"  # neither his name nor how they are connected asked again
    assert called in said and "Emrys" not in said
    dialogue.say("Mae o'n licio garddio" if language == "cy" else "He likes his garden")
    facts, markdown = _about(dialogue, language)
    assert facts["cared_for_name"] == called
    assert facts["cared_for_answer"] == answer  # his name, Emrys, with it: verbatim, as "Margaret … Peggy" is
    assert markdown.count(answer) == 1


#: (language, the answer at "who is talking?" naming him both ways, what he is called)
CALLED_AT_WHO = [
    ("cy", "dw i'n gofalu am Taid, Emrys ond Taid ma pawb yn ei alw fo", "Taid"),
    ("cy", "fi'n dishgwl ar ôl tad-cu, Emrys, ond Tad-cu ma pawb yn galw fe", "Tad-cu"),  # south
    ("en", "I look after my grandad Emrys, but everyone calls him Taid", "Taid"),
]


@pytest.mark.parametrize("language, answer, called", CALLED_AT_WHO)
def test_what_he_is_called_wins_at_who_is_talking_too(sqlite_url: str, language: str, answer: str,
                                                      called: str) -> None:
    dialogue = at_role(_sender("aw19-role", language, answer), language)
    dialogue.say(answer)
    assert dialogue.slots["role"] == "carer"
    assert dialogue.slots["cared_for_name"] == called  # (it was "Emrys" in every question)
    assert dialogue.asking == "name"
    said = dialogue.say("Cerys")
    assert dialogue.asking == "q_what_matters"
    assert called in said and "Emrys" not in said
    facts, _ = _about(dialogue, language)
    assert facts["cared_for_name"] == called
    assert facts["role_answer"] == answer  # Emrys kept, in their words


#: (language, "who is talking?", their own name and then his, what he is called)
CALLED_WITH_OWN_NAME = [
    ("cy", "dw i'n gofalu am fy nhaid", "Cerys. Emrys ond Taid ma pawb yn ei alw fo", "Taid"),  # north
    ("en", "I look after my grandad", "Cerys. Emrys, but everyone calls him Taid", "Taid"),
    ("cy", "fi'n dishgwl ar ôl tad-cu", "Cerys, Emrys yw ei enw fe ond Tad-cu ma pawb yn galw fe", "Tad-cu"),  # south
]


@pytest.mark.parametrize("language, role, answer, called", CALLED_WITH_OWN_NAME)
def test_what_he_is_called_after_their_own_name(sqlite_url: str, language: str, role: str, answer: str,
                                                called: str) -> None:
    dialogue = at_role(_sender("aw19-own-name", language, answer), language)
    dialogue.say(role)
    assert dialogue.asking == "name"
    said = dialogue.say(answer)
    assert dialogue.slots["name"] == "Cerys"
    assert dialogue.slots["cared_for_name"] == called  # (the Welsh asked "Am bwy dych chi'n gofalu?")
    assert dialogue.asking == "q_what_matters"  # ("fy nhaid" is how they are connected: never asked again)
    assert called in said and "Emrys" not in said
    facts, _ = _about(dialogue, language)
    assert facts["cared_for_name"] == called
    assert facts["name_answer"] == answer


@pytest.mark.parametrize("language, answer, own", [("cy", "Dilys, Dil i bawb", "Dil"),
                                                   ("en", "Dilys, everyone calls me Dil", "Dil")])
def test_what_everyone_calls_the_carer_is_never_whom_they_look_after(sqlite_url: str, language: str, answer: str,
                                                                     own: str) -> None:
    dialogue = at_role(_sender("aw19-dil", language, answer), language)
    dialogue.say("dw i'n gofalu am fy nhaid" if language == "cy" else "I look after my grandad")
    dialogue.say(answer)
    assert dialogue.slots["name"] == own
    assert dialogue.asking == "cared_for_name"


def test_the_speakers_own_name_is_never_what_he_is_called(sqlite_url: str) -> None:
    dialogue = at_role(_sender("aw19-own"), "en")
    dialogue.say("I look after my grandad Emrys, call me Cerys")
    assert dialogue.slots["cared_for_name"] == "Emrys"


# --- AU10: "dw i'n fam i Gethin…" inside a long first answer -----------------------------------------------------

#: (language, the long answer, how they are connected as typed)
MOTHER = [
    ("cy", "dw i'n fam i Gethin, mae o'n 14 ac mae ganddo fo awtistiaeth, dan ni'n byw yn Nefyn. mae o'n siarad "
           "Cymraeg ond well ganddo fo negeseuon", "dw i'n fam i Gethin"),  # the trial's words (north)
    ("cy", "fi'n fam i Gethin, ma fe'n 14 a ma awtistiaeth 'da fe, ni'n byw yn Aberteifi", "fi'n fam i Gethin"),  # south
    ("cy", "dwi'n fam i Gethin, ma fo'n 14 ac ma gynno fo awtistiaeth, byw yn nefyn", "dwi'n fam i Gethin"),  # text
    ("en", "I'm Gethin's mum, he's 14 and autistic, we live in Pwllheli. He prefers texts", "Gethin's mum"),
]


@pytest.mark.parametrize("language, long_answer, relation", MOTHER)
def test_the_long_answer_at_who_is_talking(sqlite_url: str, language: str, long_answer: str, relation: str) -> None:
    dialogue = at_role(_sender("au10-role", language, long_answer), language)
    dialogue.say(long_answer)
    assert dialogue.slots["role"] == "carer"  # (the Welsh was "wnes i ddim deall")
    assert dialogue.slots["cared_for_name"] == "Gethin"
    assert relation in dialogue.slots["relationship"]
    assert dialogue.asking == "name"
    dialogue.say("Llinos")
    assert dialogue.slots["name"] == "Llinos"
    assert dialogue.asking == "q_what_matters"  # never "who do you look after?" nor "how do you know Gethin?"


@pytest.mark.parametrize("language, long_answer, relation", MOTHER)
def test_the_long_answer_as_the_first_message(sqlite_url: str, language: str, long_answer: str,
                                              relation: str) -> None:
    dialogue = Dialogue(_sender("au10-first", language, long_answer))
    dialogue.say(long_answer)
    if dialogue.asking is None:
        dialogue.say("", intent="choose_language", chosen=[language])
    assert dialogue.asking == "consent_choice"
    dialogue.say("iawn" if language == "cy" else "yes")
    assert dialogue.asking == "role"
    dialogue.say("gofalwr" if language == "cy" else "carer")
    assert dialogue.slots["cared_for_name"] == "Gethin"
    assert relation in dialogue.slots["relationship"]
    assert dialogue.asking == "name"
    dialogue.say("Llinos")
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("language, long_answer, relation", MOTHER)
def test_the_long_answer_at_their_own_name_question(sqlite_url: str, language: str, long_answer: str,
                                                    relation: str) -> None:
    dialogue = at_role(_sender("au10-name", language, long_answer), language)
    dialogue.say("gofalwr" if language == "cy" else "carer")
    assert dialogue.asking == "name"
    said = dialogue.say(long_answer)
    assert "Gethin's" not in said  # (never "Thank you, Gethin's.")
    assert dialogue.slots["cared_for_name"] == "Gethin"
    assert dialogue.asking == "name"  # their own name asked once more, whom they look after not asked
    dialogue.say("Llinos")
    assert dialogue.slots["name"] == "Llinos"
    assert relation in dialogue.slots["relationship"]
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("language, long_answer, relation", MOTHER)
def test_their_own_name_first_then_the_long_answer(sqlite_url: str, language: str, long_answer: str,
                                                   relation: str) -> None:
    dialogue = at_role(_sender("au10-own-first", language, long_answer), language)
    dialogue.say("gofalwr" if language == "cy" else "carer")
    dialogue.say("Llinos. " + long_answer)
    assert dialogue.slots["name"] == "Llinos"
    assert dialogue.slots["cared_for_name"] == "Gethin"
    assert relation in dialogue.slots["relationship"]
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("text, role", [
    ("dw i'n fam i Gethin", "carer"), ("fi'n dad i Osian, ma fe'n 9", "carer"), ("I'm Gethin's mum", "carer"),
    ("dw i'n fam i dri o blant", None),  # a mother of three, no name: not a carer for that alone
])
def test_whose_parent_by_name_says_who_is_talking(text: str, role: str | None) -> None:
    assert role_from_text(text) == role
