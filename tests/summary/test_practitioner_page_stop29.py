"""What the practitioner reads (stop 29, issue 11; the sixth trial's Z5, Z11, Z12 and Z13), in Welsh and English.

Whole conversations through the conversation core on a real (SQLite) database, then the summary every format is
drawn from (bot.summary.view.build_view): each person's wishes as separate quotes in the right group, with whose view
each is, and the risk at the top. The words are fictional.

- Z5: a wish said in the same sentence as a disclosure, or in answer to "Is anything worrying you?", was in no group.
- Z11: a carer's passing on of the person's wish ("mae hi isio aros adra", "Mum wants…", the rest of her list) was
  filed as the carer's own view.
- Z12: who helps, said in the same answer as a worry or a disclosure, showed only under "Safeguarding and risk".
- Z13: a neighbour holding his pension and "I'm not to ask" was only a "please check": now urgent financial abuse.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)


def _conversation(language: str, role: str = "person") -> MemoryConversation:
    sender = f"page29-{next(_senders)}"
    if role == "carer":
        conversation = MemoryConversation(sender, language=language)
        conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Sioned",
                                   "cared_for_name": "Mam", "relationship": "merch"})
        conversation.start()
    else:
        conversation = started(sender, language, role=role, name="Ron")
    # who is talking, as the start of the conversation stores it (the memory channel sets only the slots)
    repository.update_conversation(sender, completed_by=role, language=language,
                                   **({"cared_for_name": "Mam"} if role == "carer" else {}))
    return conversation


def _answer_until(conversation: MemoryConversation, slot: str, words: str) -> None:
    """Skip to `slot` and answer it with `words`."""
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(words)


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


def _quotes(record: dict[str, Any], language: str, section: str) -> list[str]:
    view = build_view(record, language)
    found = view.section(section)
    assert found is not None
    return [item.quote for item in found.items]


# ---------------------------------------------------------------- Z13: money held, and not to ask

MONEY_HELD = [
    "The neighbour looks after my pension for me, she collects it from the post office and I'm not to ask about it.",
    "My neighbour looks after my pension. I'm not to ask.",
    "My son handles my bank account now. I daren't ask him about it, he'd go mad.",
    "I'm not to ask about my own money, she says.",
    "Mae'r cymydog yn edrych ar ôl fy mhensiwn i, a dw i ddim i fod i ofyn.",
    "Mae hi drws nesa'n casglu fy mhensiwn o'r swyddfa bost a dw i ddim i fod i holi",
    "Ma fe drws nesa yn codi mhensiwn i bob wythnos. Wedodd e wrtha i am beidio holi.",
    "Dw i ddim i fod i holi am fy mhensiwn.",
]
#: Help with money said plainly, and "not to ask" about something else: no flag.
MONEY_HELP = [
    "My neighbour collects my pension for me every Thursday and brings the receipt, she's a godsend.",
    "my daughter sorts my money for me now. I'm too scared to ask for help with the stairs though.",
    "I look after my own money thank you. I'm not to ask the neighbour for lifts any more since she moved.",
    "Mae'r cymydog yn nôl fy mhensiwn i o'r post bob dydd Iau, chwarae teg iddi.",
    "Mae fy merch yn edrych ar ôl fy arian ers y strôc, mae hi'n dda iawn",
    "Dw i'n edrych ar ôl fy arian fy hun. Dw i ddim i fod i ofyn i'r cymydog am lifft.",
]


@pytest.mark.parametrize("words", MONEY_HELD)
def test_money_held_by_someone_else_and_not_to_ask_is_urgent_financial_abuse(words: str) -> None:
    reading = assess_risk(words)
    assert reading.level == "urgent" and not reading.please_check
    assert {"exploitation", "abuse"} <= set(reading.categories)


@pytest.mark.parametrize("words", MONEY_HELP)
def test_help_with_money_said_plainly_raises_nothing(words: str) -> None:
    assert assess_risk(words).level == "none"


# ---------------------------------------------------------------- Z5: wishes beside a disclosure, and under worries

BESIDE_A_DISCLOSURE = {
    "en": ("My son's been taking money out of my account and I'd love to get back to chapel on Sundays, I haven't been "
           "since my hip.", "I'd love to get back to chapel on Sundays, I haven't been since my hip."),
    "cy": ("Mae'r mab wedi bod yn cymryd pres o fy nghyfrif i a dw i ddim yn gwybod be i neud, dw i isio mynd nôl i'r "
           "capel ar y Sul.", "dw i isio mynd nôl i'r capel ar y Sul."),
}
UNDER_WORRIES = {
    "en": ("I worry about the bills piling up. I'd love to get back to chapel on Sundays.",
           "I'd love to get back to chapel on Sundays."),
    "cy": ("Dw i'n poeni am y biliau. Dw i isio mynd nôl i'r capel ar y Sul.",
           "Dw i isio mynd nôl i'r capel ar y Sul."),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_in_the_same_sentence_as_a_disclosure_is_an_outcome_and_the_harm_stays_at_the_top(
        sqlite_url: str, language: str) -> None:
    words, wish = BESIDE_A_DISCLOSURE[language]
    conversation = _conversation(language)
    conversation.say(words)
    record = _record(conversation)
    assert [o["text"] for o in record["outcomes"]] == [wish]  # the harm itself is no outcome
    for shown_in in ("cy", "en"):
        assert wish in _quotes(record, shown_in, "what_matters")
        top = _quotes(record, shown_in, "safeguarding")
        assert words in top  # the disclosure whole, at the top only
        assert all(words not in quote for quote in _quotes(record, shown_in, "what_matters"))


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_said_under_worries_is_an_outcome_and_the_worry_stays_under_worries(sqlite_url: str,
                                                                                   language: str) -> None:
    words, wish = UNDER_WORRIES[language]
    conversation = _conversation(language)
    _answer_until(conversation, "q_worries", words)
    record = _record(conversation)
    assert [(o["text"], o["whose_view"]) for o in record["outcomes"]] == [(wish, "person")]
    for shown_in in ("cy", "en"):
        assert wish in _quotes(record, shown_in, "what_matters")
        assert words in _quotes(record, shown_in, "worries")


@pytest.mark.parametrize("language,words", [
    ("en", "I worry about him. I don't want to talk about the tablets again."),
    ("en", "Please don't tell mum about the money. I worry she'll be upset. Nobody wants an old dog."),
    ("cy", "Mae o'n fy lladd i weithia, gofyn yr un cwestiwn ugain gwaith, ond dyna fo"),
    ("cy", "Dwi'm isio deud wrth Gareth neu mi fydd o'n poeni"),
])
def test_a_worry_told_in_words_that_only_look_like_a_wish_is_no_outcome(sqlite_url: str, language: str,
                                                                         words: str) -> None:
    conversation = _conversation(language)
    _answer_until(conversation, "q_worries", words)
    assert _record(conversation)["outcomes"] == []


# ---------------------------------------------------------------- Z11: a carer passing on the person's wishes

PASSED_ON = {
    "cy": ("Wel, mae hi isio aros adra a cael mynd i'r capel ar y Sul. Ma hi isho gweld ei chwaer yn amlach hefyd. "
           "Isio mynd i'r siop ei hun mae hi.",
           ["mae hi isio aros adra", "cael mynd i'r capel ar y Sul.", "Ma hi isho gweld ei chwaer yn amlach hefyd.",
            "Isio mynd i'r siop ei hun mae hi."]),
    "en": ("Mum wants to stay in her own home. Mam says she wants to keep going to chapel, and see her sister more",
           ["Mum wants to stay in her own home.", "she wants to keep going to chapel", "see her sister more"]),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_carer_passing_on_her_wishes_is_her_view_as_the_carer_passed_it_on(sqlite_url: str, language: str) -> None:
    words, wishes = PASSED_ON[language]
    conversation = _conversation(language, role="carer")
    conversation.say(words)
    record = _record(conversation)
    outcomes = {o["text"]: o for o in record["outcomes"]}
    assert sorted(outcomes) == sorted(wishes)  # each wish its own quote
    for wish in wishes:
        assert (outcomes[wish]["whose_view"], outcomes[wish]["reported_by"], outcomes[wish]["about"]) == (
            "person", "carer", "person")
    for shown_in in ("cy", "en"):
        view = build_view(record, shown_in)
        section = view.section("what_matters")
        assert section is not None
        metas = {item.quote: item.meta for item in section.items}
        assert all(label("whose_person_reported", shown_in) in metas[wish] for wish in wishes)


@pytest.mark.parametrize("language,words,own", [
    ("cy", "mae hi isio aros adra a dw i angen brêc bob hyn a hyn", "dw i angen brêc bob hyn a hyn"),
    ("en", "She wants to stay at home and I need a break now and then", "I need a break now and then"),
])
def test_the_carers_own_wish_in_her_list_stays_the_carers(sqlite_url: str, language: str, words: str,
                                                          own: str) -> None:
    conversation = _conversation(language, role="carer")
    conversation.say(words)
    outcomes = {o["text"]: o for o in _record(conversation)["outcomes"]}
    assert outcomes[own]["whose_view"] == "carer"
    assert any(o["whose_view"] == "person" for text, o in outcomes.items() if text != own)


# ---------------------------------------------------------------- Z12: who helps, beside a worry or a disclosure

STRENGTHS_BESIDE_RISK = {
    # (the answer to "what is going well, and who helps?", the words shown with it, its level)
    "en": [
        ("I'm scared of falling again but I'm still good at the crosswords and my neighbour Gwen checks on me every "
         "morning.", "I'm still good at the crosswords and my neighbour Gwen checks on me every morning.", "concern"),
        ("My daughter is brilliant, she does my shopping and I still walk the dog every day, but my son hits me when "
         "he's had a drink.", "My daughter is brilliant, she does my shopping and I still walk the dog every day",
         "urgent"),
    ],
    "cy": [
        ("Mae Gwen drws nesa'n galw bob bore ac dw i'n dal i neud fy nghinio fy hun, ond dw i ofn syrthio eto ar y "
         "grisiau.", "Mae Gwen drws nesa'n galw bob bore ac dw i'n dal i neud fy nghinio fy hun", "concern"),
        ("Mae'n merch i'n wych, mae hi'n gwneud fy siopa, ond mae'r mab yn fy nharo i pan mae o wedi meddwi.",
         "Mae'n merch i'n wych, mae hi'n gwneud fy siopa", "urgent"),
    ],
}


@pytest.mark.parametrize("language,case", [(lang, n) for lang in ("cy", "en") for n in range(2)])
def test_who_helps_said_beside_a_worry_shows_among_strengths_and_the_risk_at_the_top(sqlite_url: str, language: str,
                                                                                      case: int) -> None:
    words, strengths, level = STRENGTHS_BESIDE_RISK[language][case]
    conversation = _conversation(language)
    conversation.say("/skip", intent="skip")  # what matters
    assert conversation.requested == "q_strengths"
    conversation.say(words)
    record = _record(conversation)
    assert [f["level"] for f in record["risk_flags"]] == [level]
    for shown_in in ("cy", "en"):
        view = build_view(record, shown_in)
        section = view.section("strengths")
        assert section is not None
        (item,) = section.items
        assert item.quote == strengths  # word for word, the worry left out
        note = "apart_from_harm" if level == "urgent" else "apart_from_concern"
        assert label(note, shown_in, section=label("sec_safeguarding", shown_in)) in item.meta
        top = view.section("safeguarding")
        assert top is not None and words in [i.quote for i in top.items]  # the whole answer, at the top


# ---------------------------------------------------------------- read through the web chat (stop 29)

@pytest.mark.parametrize("language,words,wishes", [
    ("en", "I worry about the money, everything's gone up. I'd love to get back to Zumba if I could afford it, and I want "
           "someone to help me sort the post out, it piles up",
     ["I'd love to get back to Zumba if I could afford it", "I want someone to help me sort the post out, it piles up"]),
    ("cy", "Dwi'n poeni am y biliau, mae hi'n anghofio talu petha. Dw i isio i rywun sbio ar y post efo fi unwaith yr "
           "wythnos", ["Dw i isio i rywun sbio ar y post efo fi unwaith yr wythnos"]),
])
def test_a_wish_under_worries_is_quoted_from_its_own_sentence(sqlite_url: str, language: str, words: str,
                                                              wishes: list[str]) -> None:
    conversation = _conversation(language)
    _answer_until(conversation, "q_worries", words)
    assert [o["text"] for o in _record(conversation)["outcomes"]] == wishes  # the worry before it left out


@pytest.mark.parametrize("language,words", [
    ("en", "No that's everything thanks love"),
    ("cy", "Na, dyna'r cwbwl, diolch yn fawr bach"),
])
def test_nothing_more_said_kindly_is_no_wish_and_no_answer(sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language)
    _answer_until(conversation, "q_anything_else", words)
    record = _record(conversation)
    assert record["outcomes"] == []  # it was a wish to keep, "to confirm at the visit"
    for shown_in in ("cy", "en"):
        assert words not in _quotes(record, shown_in, "anything_else")
