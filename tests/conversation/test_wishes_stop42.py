"""Wishes the nineteenth user trial (stop 41) lost, fixed at stop 42: AW7 and AW12, through the conversation core.

AW7: a mother writing about her son (an adult with a learning disability) answered "what goes well?" with "He's great
with people and he loves his job at the garden centre. He really wants his own flat one day, that's his big dream.",
and, at "is anything worrying you?", beside a disclosure (a friend taking his money), "someone to help him learn to
cook and manage bills". The summary said "Change: Nothing noted". Both are change outcomes now: his wish, as she passes
it on (the person's view), and the help she asks for him (her view, about him). Stops 31-36 still hold: at those two
questions only wishes said outright are outcomes, so a plain worry ("I worry he can't cook or manage bills") and
another helper's wish ("my sister Karen helps … and she wants to keep helping") make none.

AW12: a 15-year-old on Telegram, after a misunderstanding, wrote "not like that lol" and then "i just mean like a break
from everything". The break is a change outcome now; the reaction is none, and the words raise no flag of their own.
The words are the trial's, with Welsh twins (north and south).
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, consented_at, started_with_record


def _sender(*parts: object) -> str:
    return "mem-wish42-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _outcomes(sender: str) -> list[tuple[str, str, str, str, str]]:
    """(question key, words, type, whose view, whose life) of every outcome kept, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(o.answer.question_key if o.answer is not None else "", o.text, o.type, o.whose_view, o.about)
                for o in conv.outcomes if not o.removed]


def _flags(sender: str) -> list[tuple[str, str, bool]]:
    """(words, level, please check) of every risk flag kept."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.text, f.level, bool(f.please_check)) for f in conv.risk_flags]


def _carer_for_her_son(sender: str, language: str) -> MemoryConversation:
    """A mother answering for her son Rhys, at the first question about him."""
    conversation = started_with_record(sender, language, role="carer", name="Helen")
    typed = {"cared_for_name": "Rhys", "relationship": "fy mab" if language == "cy" else "my son"}
    while conversation.requested in typed:
        conversation.say(typed[conversation.requested])
    assert conversation.requested == "q_what_matters"
    return conversation


def _carer_at(sender: str, language: str, slot: str) -> MemoryConversation:
    """`_carer_for_her_son` with the questions before `slot` skipped."""
    conversation = _carer_for_her_son(sender, language)
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    return conversation


# --- AW7: his wish at "what goes well?", passed on by his mother -----------------------------------------------------

STRENGTHS = {
    # (the answer, the wish quoted from it, the strength that stays the answer)
    "en": ("He's great with people and he loves his job at the garden centre. He really wants his own flat one day, "
           "that's his big dream.",  # the trial's words
           "He really wants his own flat one day, that's his big dream.",
           "He's great with people"),
    "cy-north": ("Mae o'n grêt efo pobl ac mae o wrth ei fodd efo'i job yn y garden centre. Mae o wir isio'i fflat ei "
                 "hun ryw ddiwrnod, dyna'i freuddwyd fawr.",
                 "Mae o wir isio'i fflat ei hun ryw ddiwrnod, dyna'i freuddwyd fawr.",
                 "Mae o'n grêt efo pobl"),
    "cy-south": ("Mae e'n dda gyda phobl ac mae e'n dwlu ar ei swydd yn y garden centre. Ma fe moyn ei fflat ei hunan "
                 "rhyw ddiwrnod.",
                 "Ma fe moyn ei fflat ei hunan rhyw ddiwrnod.",
                 "Mae e'n dda gyda phobl"),
}


@pytest.mark.parametrize("fixture", list(STRENGTHS))
def test_his_wish_at_what_goes_well_is_his_change(sqlite_url: str, fixture: str) -> None:
    language = fixture[:2]
    sender = _sender("aw7-strengths", fixture)
    conversation = _carer_at(sender, language, "q_strengths")
    answer, wish, strength = STRENGTHS[fixture]
    conversation.say(answer)
    kept = [o for o in _outcomes(sender) if o[0] == "strengths"]
    assert [(text, kind, view, about) for _, text, kind, view, about in kept] == [(wish, "change", "person", "person")]
    assert wish in answer  # verbatim
    assert not any(strength in text for _, text, *_ in kept)  # what goes well stays the answer


@pytest.mark.parametrize("language, answer", [
    ("en", "He'd love to go to college. He's good at fixing bikes"),
    ("en", "He's good with his hands. He'd love to learn to drive one day"),
    ("cy", "Fysa fo'n licio mynd i'r coleg ryw ddiwrnod. Mae o'n dda efo beics"),  # north
    ("cy", "ma fe'n dwlu ar y garden centre, ma fe moyn mynd i'r coleg"),  # south, text-speak
])
def test_other_wishes_passed_on_at_what_goes_well_are_outcomes(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("aw7-strengths-more", language, answer)
    conversation = _carer_at(sender, language, "q_strengths")
    conversation.say(answer)
    kept = [o for o in _outcomes(sender) if o[0] == "strengths"]
    assert len(kept) == 1 and kept[0][1] in answer and kept[0][3] == "person", kept
    assert kept[0][2] == "change"


@pytest.mark.parametrize("language, answer", [
    ("en", "My sister Karen helps on Saturdays and she wants to keep helping"),  # stop 34's counterexample
    ("en", "Karen helps on Saturdays and she wants to keep helping"),
    ("cy", "Mae fy chwaer Karen yn helpu ar ddydd Sadwrn ac mae hi isio dal i helpu"),
    ("cy", "Ma Karen yn helpu bob dydd Sadwrn a ma hi moyn cario mlaen"),
    ("en", "He loves his job at the garden centre and he's great with people"),  # a strength, no wish
    ("en", "He doesn't want to leave the garden centre, he's great there"),  # (turned down: no outcome of "he wants")
    ("cy", "Dydi o ddim isio gadael y garden centre"),
    ("cy", "So fe moyn gadael y garden centre"),
])
def test_another_helpers_wish_or_a_strength_makes_no_outcome(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("aw7-strengths-none", language, answer)
    conversation = _carer_at(sender, language, "q_strengths")
    conversation.say(answer)
    assert [o for o in _outcomes(sender) if o[0] == "strengths"] == []


# --- AW7: someone to help him, at "is anything worrying you?", beside the disclosure ----------------------------------

WORRIES = {
    # (the answer, the help asked for, quoted)
    "en": ("someone to help him learn to cook and manage bills. money is a worry actually, a so-called friend has "
           "been taking money off him, Rhys gives him his bank card and then there's nothing left by the 10th",
           "someone to help him learn to cook and manage bills"),  # the trial's words
    "cy-north": ("rhywun i'w helpu fo ddysgu coginio a sortio'i filiau. mae pres yn poeni fi a deud y gwir, mae 'ffrind' "
                 "wedi bod yn cymryd pres oddi arno fo, mae Rhys yn rhoi ei gerdyn banc iddo fo a does na ddim byd ar "
                 "ôl erbyn y 10fed",
                 "rhywun i'w helpu fo ddysgu coginio a sortio'i filiau"),
    "cy-south": ("rhywun i helpu fe i ddysgu cwcan. ma arian yn fecso fi, ma 'ffrind' yn cymryd ei arian e bob wthnos",
                 "rhywun i helpu fe i ddysgu cwcan"),
}


@pytest.mark.parametrize("fixture", list(WORRIES))
def test_someone_to_help_him_beside_the_disclosure_is_a_change(sqlite_url: str, fixture: str) -> None:
    language = fixture[:2]
    sender = _sender("aw7-worries", fixture)
    conversation = _carer_at(sender, language, "q_worries")
    answer, wish = WORRIES[fixture]
    conversation.say(answer)
    assert repository.is_urgent(sender)  # the disclosure is still urgent, its reply and the pause given
    kept = [o for o in _outcomes(sender) if o[0] == "worries"]
    assert len(kept) == 1, kept
    _, text, kind, view, about = kept[0]
    assert text.rstrip(".") == wish and text in answer
    assert (kind, about) == ("change", "person")
    assert view == "carer"  # the help she asks for him: her view, as every "someone to help her…" of a carer's
    assert not any("ffrind" in o[1] or "friend" in o[1] for o in _outcomes(sender))  # the harm is no outcome


@pytest.mark.parametrize("language, answer", [
    ("en", "someone to help me sort his tablets out"),
    ("cy", "rhywun i helpu fi i sortio'i dabledi fo"),
])
def test_someone_to_help_me_at_the_worries_is_a_change(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("aw7-worries-me", language, answer)
    conversation = _carer_at(sender, language, "q_worries")
    conversation.say(answer)
    kept = [o for o in _outcomes(sender) if o[0] == "worries"]
    assert [(text, kind) for _, text, kind, *_ in kept] == [(answer, "change")]


@pytest.mark.parametrize("language, answer", [
    ("en", "I worry he can't cook or manage bills"),  # a plain worry
    ("en", "he cant cook and the bills pile up, nobody helps him"),
    ("cy", "Dw i'n poeni bod o'n methu coginio na thalu biliau"),
    ("cy", "wi'n becso bod e ffaelu cwcan"),
])
def test_a_plain_worry_makes_no_outcome(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("aw7-worry", language, answer)
    conversation = _carer_at(sender, language, "q_worries")
    conversation.say(answer)
    assert [o for o in _outcomes(sender) if o[0] == "worries"] == []
    assert answer in repository.answer_texts(sender, only="worries")  # kept as the answer, word for word


# --- AW12: "i just mean like a break from everything" after a reaction ---------------------------------------------

BREAK = {
    # (the reaction, what they meant, the wish quoted)
    "en": ("not like that lol", "i just mean like a break from everything", "a break from everything"),  # the trial's
    "cy-north": ("dim fel na lol", "on in feddwl jyst brêc o bob dim", "brêc o bob dim"),
    "cy-south": ("nid fel'na", "o'n i'n golygu seibiant o bopeth", "seibiant o bopeth"),
}
CHANGE = {"en": "more time with my mates", "cy": "mwy o amser efo fy mêts"}


@pytest.mark.parametrize("fixture", list(BREAK))
def test_a_break_meant_after_a_reaction_is_a_change(sqlite_url: str, fixture: str) -> None:
    language = fixture[:2]
    sender = _sender("aw12", fixture)
    conversation = consented_at(sender, language, "q_what_matters", role="young_person", name="Jay", what_matters="")
    conversation.say(CHANGE[language])
    while conversation.requested != "q_change":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    before = len(_flags(sender))
    reaction, meant, wish = BREAK[fixture]
    conversation.say(reaction)
    conversation.say(meant)
    kept = [o for o in _outcomes(sender) if wish in o[1] or reaction in o[1]]
    assert [(text, kind, view) for _, text, kind, view, _ in kept] == [(wish, "change", "young_person")]
    assert wish in meant  # verbatim
    if fixture != "cy-north":  # (the risk model reads "o'n i'n feddwl" as low mood: its reading, not this fix's)
        assert len(_flags(sender)) == before  # the break is no risk of its own


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_break_meant_after_wanting_to_disappear_keeps_the_please_check(sqlite_url: str, language: str) -> None:
    """AW1 then AW12: the "please check" on wanting to disappear stays; the break meant is the wish, even kept as the
    answer to "what goes well?" (the Welsh was: only wishes said outright are outcomes there, and a break asked for
    is one)."""
    sender = _sender("aw12-after-aw1", language)
    conversation = consented_at(sender, language, "q_what_matters", role="young_person", name="Jay", what_matters="")
    conversation.say("sometimes i just wanna disappear tbh" if language == "en" else "weithia dwi jyst isio diflannu")
    assert any(please for _, _, please in _flags(sender))
    reaction, meant, wish = BREAK["en" if language == "en" else "cy-south"]
    conversation.say(reaction)
    conversation.say(meant)
    assert any(please for _, _, please in _flags(sender))  # still for the duty team to check
    assert any(text == wish and kind == "change" for _, text, kind, *_ in _outcomes(sender)), _outcomes(sender)
