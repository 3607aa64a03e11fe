"""What the practitioner reads (stop 30, issue 11; the eighth trial's AB3, AB4, AB8, AB10, AB12, AB14, AB15), in Welsh
and English.

Whole conversations through the conversation core on a real (SQLite) database, then the summary every format is drawn
from (bot.summary.view.build_view, and the Markdown, HTML and PDF renderers fed by it). The trial's own words, each with
a twin in the other language. The words are fictional.

- AB3: money a son holds, which the person must ask for and is made to feel it, was shown in full as a strength.
- AB4: "please don't tell Gareth …" was a low-mood concern; "Ring the landline …, I never know where that thing is" was
  how to contact him safely, while "not when Gareth is there" was not.
- AB8: who has the keyboard ("hi its Kuba (the son) typing now", "ok giving it back to mum now", "Is me again,
  Agnieszka.") became outcomes, and the son's words were the carer's.
- AB10: the language section said English and listed pierogi, the Polish church and thanks for patience.
- AB12, AB15: a wish to be gone, a question asked back and playing it down became outcomes.
- AB14: "ok" at "Anything else?" was shown as an answer; "thats it" got "I've noted that".
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot.analysis import analyse
from bot.analysis.risk import assess_risk
from bot.analysis.safety_wish import is_safety_wish
from bot.messages import render
from bot.storage import repository
from bot.summary import load_record
from bot.summary.render import render_html_body, render_markdown
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, started

_senders = itertools.count(1)


def _conversation(language: str, role: str = "person", cared_for: str = "Tomasz") -> MemoryConversation:
    sender = f"page30-{next(_senders)}"
    if role == "carer":
        conversation = MemoryConversation(sender, language=language)
        conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer",
                                   "name": "Agnieszka", "cared_for_name": cared_for, "relationship": "wife"})
        conversation.start()
    else:
        conversation = started(sender, language, role=role, name="Glyn")
    repository.update_conversation(sender, completed_by=role, language=language,
                                   **({"cared_for_name": cared_for} if role == "carer" else {}))
    return conversation


def _answer_until(conversation: MemoryConversation, slot: str, words: str) -> list[str]:
    """Skip to `slot`, answer it with `words`; what the assistant said back."""
    while conversation.requested != slot:
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    before = len(conversation.said)
    conversation.say(words)
    return [message.text for message in conversation.said[before:]]


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


def _quotes(record: dict[str, Any], language: str, section: str) -> list[str]:
    found = build_view(record, language).section(section)
    assert found is not None
    return [item.quote for item in found.items]


def _every_format(record: dict[str, Any], language: str) -> str:
    """The Markdown and the HTML page (the PDF is drawn from the same HTML), one after the other."""
    return render_markdown(record, language) + "\n" + render_html_body(record, language)


# ---------------------------------------------------------------- AB3: money held, asked for, and made to feel it

MONEY_ASKED_FOR = {
    "en": ("My son Gareth looks after my money now, since the bank went all online like, I can't be doing with apps. "
           "He's good like that. Only I don't like to ask him for it, he gets a bit funny about it, asks what I want it "
           "for. The neighbour Bethan does my prescriptions.", "The neighbour Bethan does my prescriptions."),
    "cy": ("Mae'r mab Gareth yn edrych ar ôl fy arian i nawr, ers i'r banc fynd ar-lein, sa i'n deall yr apps. Mae e'n "
           "dda fel'na. Ond dw i ddim yn lico gofyn iddo fe amdano fe, mae e'n mynd yn od, holi beth dw i moyn e i. "
           "Bethan drws nesa sy'n nôl fy mhresgripsiwn.", "Bethan drws nesa sy'n nôl fy mhresgripsiwn."),
}


@pytest.mark.parametrize("words", [
    MONEY_ASKED_FOR["en"][0], MONEY_ASKED_FOR["cy"][0],
    "My daughter keeps my bank card now. I have to beg for my own money.",
    "Ma'r mab yn edrach ar ôl y pres i gyd rŵan. Dwi'm yn licio gofyn iddo fo, mae o'n mynd yn flin.",
])
def test_money_held_that_they_must_ask_for_and_are_made_to_feel_it_is_a_financial_concern(words: str) -> None:
    reading = assess_risk(words)
    assert reading.level in ("concern", "urgent") and "exploitation" in reading.categories


@pytest.mark.parametrize("words", [
    "my daughter does my banking, she's great",
    "My daughter looks after my money, I just ask her when I need some, she's brilliant",
    "Mae'r ferch yn edrych ar ôl fy arian i, dw i'n gofyn iddi pan dw i angen, chwarae teg",
    "my son sorts my money, he asks what I want for tea",
])
def test_help_with_money_said_plainly_is_no_concern(words: str) -> None:
    assert assess_risk(words).level == "none"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_money_asked_for_is_at_the_top_and_never_a_strength(sqlite_url: str, language: str) -> None:
    words, who_helps = MONEY_ASKED_FOR[language]
    conversation = _conversation(language)
    _answer_until(conversation, "q_strengths", words)
    record = _record(conversation)
    assert [(f["level"], "exploitation" in f["categories"]) for f in record["risk_flags"]] == [("concern", True)]
    for shown_in in ("cy", "en"):
        assert _quotes(record, shown_in, "strengths") == [who_helps]  # the neighbour, word for word; no money
        assert words in _quotes(record, shown_in, "safeguarding")  # the whole answer, at the top
        assert _every_format(record, shown_in).count(words.split(".")[0]) >= 1


@pytest.mark.parametrize("language,words", [
    ("en", "my daughter does my banking, she's great"),
    ("cy", "Mae'r ferch yn gwneud fy manc i, mae hi'n wych"),
])
def test_a_daughter_doing_the_banking_is_a_strength_with_no_alarm(sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language)
    _answer_until(conversation, "q_strengths", words)
    record = _record(conversation)
    assert record["risk_flags"] == []
    assert _quotes(record, language, "strengths") == [words]


# ---------------------------------------------------------------- AB4: who is told, and how to contact safely

UNTOLD = {
    "en": "Straight talking, no fuss. And don't send a young girl who talks to me like I'm daft, I was down the pit 30 "
          "years. And please don't tell Gareth I said all that about him, he'd be upset, he's not a bad boy.",
    "cy": "Siaradwch yn blaen, dim ffys. A plis peidiwch â deud wrth Gareth mod i wedi deud hynna amdano fo, fysa fo'n "
          "ypsét, dydi o ddim yn hogyn drwg.",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_wish_about_who_is_told_is_no_low_mood_and_gets_the_honest_word(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language)
    said = _answer_until(conversation, "q_support", UNTOLD[language])
    assert render("ack_untold", language, register="chi").text in said
    assert not any(render("ack_heavy", language, register="chi").text == line for line in said)
    record = _record(conversation)
    assert record["risk_flags"] == []  # no "low mood"
    kept_from = [a["sensitive_words"] for a in record["answers"] if a.get("sensitive_words")]
    assert len(kept_from) == 1 and "Gareth" in kept_from[0]


def test_after_a_disclosure_who_is_told_gets_the_safeguarding_teams_honest_word(sqlite_url: str) -> None:
    conversation = _conversation("en")
    _answer_until(conversation, "q_change", "Gareth's alright but I'm a bit frightened of him when he's had a few, he "
                                            "shouts and bangs about.")
    conversation.say("carry on")
    said = _answer_until(conversation, "q_support", UNTOLD["en"])
    assert render("safety_check_untold", "en", register="chi").text in said


@pytest.mark.parametrize("words,wish", [
    ("Ring the landline not the mobile, I never know where that thing is.", False),
    ("Ffoniwch y ffôn tŷ, dim y mobeil, dw i byth yn gwybod lle mae o.", False),
    ("Ring the landline not the mobile, he reads my texts.", True),
    ("Ffoniwch y ffôn tŷ, dim y mobeil, mae o'n darllen fy negeseuon.", True),
    ("Mornings, not Friday. And not when Gareth is there if you don't mind.", True),
    ("Boreau, dim dydd Gwener. A dim pan mae Gareth yma, os dio'n iawn.", True),
])
def test_a_safety_wish_is_about_who_they_fear_not_a_lost_phone(words: str, wish: bool) -> None:
    assert is_safety_wish(words) is wish


# ---------------------------------------------------------------- AB8: who has the keyboard

HANDOVER = {
    "en": [("q_keep", "hi its Kuba (the son) typing now, mum asked me to. Dad wants to keep watching the football with "
                      "me on saturdays, Cardiff City."),
           ("q_change", "honestly he'd like the physio to come more than once a fortnight. ok giving it back to mum "
                        "now"),
           ("q_support", "Is me again, Agnieszka. Please speak slow and simple with him, and give him time to answer.")],
    "cy": [("q_keep", "haia, Kuba sy 'ma (y mab), mam wedi gofyn i fi. Mae Dad isio cadw gwylio'r pêl-droed efo fi ar "
                      "ddydd Sadwrn."),
           ("q_change", "Mae o isio i'r ffisio ddod yn amlach na unwaith bob pythefnos. ok rhoi fe nôl i mam nawr"),
           ("q_support", "Fi sy 'ma eto, Agnieszka. Siaradwch yn araf ac yn syml efo fo, a rhowch amser iddo fo ateb.")],
}
REMARKS = ("hi its Kuba (the son) typing now, mum asked me to.", "ok giving it back to mum now",
           "Is me again, Agnieszka.", "haia, Kuba sy 'ma (y mab), mam wedi gofyn i fi.", "ok rhoi fe nôl i mam nawr",
           "Fi sy 'ma eto, Agnieszka.")


@pytest.mark.parametrize("language", ["cy", "en"])
def test_who_has_the_keyboard_is_no_outcome_and_each_answer_says_who_typed_it(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, role="carer")
    for slot, words in HANDOVER[language]:
        _answer_until(conversation, slot, words)
    record = _record(conversation)
    texts = [o["text"] for o in record["outcomes"]]
    assert texts and not any(remark in text or text in remark for text in texts for remark in REMARKS)
    typed = {a["question_key"]: (a.get("typed_by") or {}).get("relation") for a in record["answers"]}
    assert typed == {"keep": "son", "change": "son", "support": None}  # the son's two, then hers again
    for shown_in in ("cy", "en"):
        markdown = render_markdown(record, shown_in)
        assert "Kuba" in markdown  # his answers say they are his


@pytest.mark.parametrize("text,question", [
    ("hi its Kuba (the son) typing now, mum asked me to. Dad wants to keep watching the football.", "maintenance"),
    ("honestly he'd like a rail in the bathroom. ok giving it back to mum now", "change"),
    ("Is me again, Agnieszka. Please give him time to answer.", "process"),
    ("haia, Kuba sy 'ma (y mab), mam wedi gofyn i fi. Mae Dad isio cadw gwylio'r pêl-droed.", "maintenance"),
    ("Mae o isio rheilen yn y bathrwm. ok rhoi fe nôl i mam nawr", "change"),
    ("Fi sy 'ma eto, Agnieszka. Rhowch amser iddo fo ateb.", "process"),
])
def test_a_handover_remark_in_an_answer_is_no_outcome_and_the_wish_beside_it_is(text: str, question: str) -> None:
    found = [o.text for o in analyse(text, question=question).outcomes]
    assert found and not any(remark in f or f in remark for f in found for remark in REMARKS)


# ---------------------------------------------------------------- AB12, AB15: feelings, questions back, playing it down

@pytest.mark.parametrize("text,question,kept", [
    ("wi jyst wedi blino drwy'r amser tbh. sai'n cysgu'n iawn. sometimes wi jyst moyn diflannu 😶 ond wi'n caru mam "
     "ofc", "change", []),
    ("i'm just tired all the time tbh. i don't sleep properly. sometimes i just want to disappear 😶 but i love mum ofc",
     "change", []),
    ("diwrnod da = mam yn ok a gweld ffrindie. a beth sy'n mynd yn dda? mamgu yn dod draw ar ddydd sul", None,
     ["mamgu yn dod draw ar ddydd sul"]),
    ("a good day is mum being ok and seeing my mates. and what's going well? nan coming over on a sunday", None,
     ["nan coming over on a sunday"]),
    ("Not much. I'd like a bit of my own money in my pocket without having to ask, that's all. Still, I'm fine really, "
     "don't make a fuss.", "change", ["I'd like a bit of my own money in my pocket without having to ask"]),
    ("Dim llawer. Dw i isio pres yn fy mhoced heb orfod gofyn. Ond dw i'n iawn rili, peidiwch â gwneud ffys.", "change",
     ["Dw i isio pres yn fy mhoced heb orfod gofyn."]),
])
def test_feelings_questions_back_and_playing_it_down_are_no_outcomes(text: str, question: str | None,
                                                                    kept: list[str]) -> None:
    assert [o.text for o in analyse(text, question=question).outcomes] == kept


@pytest.mark.parametrize("text", ["Straight talking. Just don't make a fuss of me.",
                                  "Siaradwch yn blaen. Peidiwch â gwneud ffys ohona i."])
def test_no_fuss_at_the_support_question_is_still_how_they_want_help(text: str) -> None:
    assert any("fuss" in o.text or "ffys" in o.text for o in analyse(text, question="process").outcomes)


@pytest.mark.parametrize("language,words", [
    ("cy", "wi jyst wedi blino drwy'r amser tbh. sometimes wi jyst moyn diflannu 😶 ond wi'n caru mam ofc"),
    ("en", "i'm just tired all the time tbh. sometimes i just want to disappear 😶 but i love mum ofc"),
])
def test_a_wish_to_be_gone_is_a_concern_at_the_top_and_no_outcome(sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language, role="young_person")
    _answer_until(conversation, "q_change", words)
    record = _record(conversation)
    assert record["outcomes"] == []
    assert [(f["level"], "low_mood" in f["categories"]) for f in record["risk_flags"]] == [("concern", True)]


# ---------------------------------------------------------------- AB14: nothing more, the same everywhere

@pytest.mark.parametrize("language,words", [
    ("en", "ok"), ("en", "thats it"), ("cy", "ok"), ("cy", "na dim byd arall diolch x"),
])
def test_nothing_more_at_anything_else_is_no_answer_and_gets_a_plain_thanks(sqlite_url: str, language: str,
                                                                           words: str) -> None:
    conversation = _conversation(language)
    said = _answer_until(conversation, "q_anything_else", words)
    assert said[0] == render("ack", language, register="chi").text  # never "I've noted that"
    record = _record(conversation)
    assert record["outcomes"] == []
    for shown_in in ("cy", "en"):
        assert _quotes(record, shown_in, "anything_else") == []


def test_ok_elsewhere_is_still_an_answer(sqlite_url: str) -> None:
    from bot.conversation.readback import says_nothing_to_add

    assert says_nothing_to_add("ok", "anything_else") and not says_nothing_to_add("ok", "strengths")


# ---------------------------------------------------------------- AB10: the language each person prefers

LANGUAGE_ANSWERS = {
    "en": [("q_what_matters", "Good day is when he can sit in garden and we eat together, he like my pierogi (sorry, is "
                              "polish food)."),
           ("q_keep", "He also wants to keep speaking polish at home, he forgets english words since the stroke."),
           ("q_support", "If possible a polish speaking person, or I can translate."),
           ("q_communication", "Phone me please, not letters, I read English slower."),
           ("q_carer_own", "And the polish church on Sunday, this give me strength."),
           ("q_anything_else", "No I think that is all. Thank you for your patience with my english")],
    "cy": [("q_what_matters", "Diwrnod da ydy pan mae o'n cael bwyta efo ni, mae o'n licio fy pierogi (bwyd Pwyleg)."),
           ("q_keep", "Mae o isio dal i siarad Pwyleg adra, mae o'n anghofio geiriau Saesneg ers y strôc."),
           ("q_support", "Os yn bosib, rhywun sy'n siarad Pwyleg, neu dw i'n gallu cyfieithu."),
           ("q_communication", "Ffoniwch fi plis, dim llythyrau, dw i'n darllen Saesneg yn araf."),
           ("q_carer_own", "A'r eglwys Pwyleg ar ddydd Sul, mae hynny'n rhoi nerth i fi."),
           ("q_anything_else", "Na, dyna'r cwbl. Diolch am fod yn amyneddgar efo fy Saesneg")],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_language_section_shows_the_languages_they_speak_and_nothing_else(sqlite_url: str, language: str) -> None:
    conversation = _conversation(language, role="carer")
    for slot, said in LANGUAGE_ANSWERS[language]:
        _answer_until(conversation, slot, said)
    record = _record(conversation)
    answers = dict(LANGUAGE_ANSWERS[language])
    for shown_in in ("cy", "en"):
        section = build_view(record, shown_in).section("language")
        assert section is not None
        facts = {fact.key: fact.value for fact in section.facts if fact.key != "language_words"}
        words = [fact.value for fact in section.facts if fact.key == "language_words"]
        assert facts["preferred_language"] != label("lang_en", shown_in)  # never "English" from "I read English slower"
        assert answers["q_keep"] in words and answers["q_support"] in words
        for unrelated in ("q_what_matters", "q_carer_own", "q_anything_else"):
            assert not any(answers[unrelated] in w or w in answers[unrelated] for w in words)


# ---------------------------------------------------------------- AB14: one rule for worries

WORRY_IN_PART = {
    "en": ("Yes, the money. I work only part time now and the bills are high, I dont know if we can have some help. "
           "Also he is sometimes very low, he says he is useless now and he is burden for us. I tell him no but he "
           "dont believe.", "Also he is sometimes very low, he says he is useless now and he is burden for us."),
    "cy": ("Ie, yr arian. Dw i'n gweithio rhan amser rŵan a mae'r biliau'n uchel, dw i ddim yn gwybod os gawn ni help. "
           "Hefyd mae o'n isel iawn weithiau, mae o'n deud ei fod o'n dda i ddim ac yn faich arnon ni. Dw i'n deud na "
           "ond dydi o ddim yn coelio.", "Hefyd mae o'n isel iawn weithiau, mae o'n deud ei fod o'n dda i ddim ac yn "
                                     "faich arnon ni."),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_worrys_concern_is_at_the_top_only_and_the_rest_under_worries(sqlite_url: str, language: str) -> None:
    words, concern = WORRY_IN_PART[language]
    conversation = _conversation(language, role="carer")
    _answer_until(conversation, "q_worries", words)
    record = _record(conversation)
    assert [f["level"] for f in record["risk_flags"]] == ["concern"]
    for shown_in in ("cy", "en"):
        view = build_view(record, shown_in)
        worries = view.section("worries")
        assert worries is not None
        (item,) = worries.items
        assert concern not in item.quote and item.quote.startswith(words.split(".")[0])
        assert label("apart_from_concern", shown_in, section=label("sec_safeguarding", shown_in)) in item.meta
        assert any(concern in quote for quote in _quotes(record, shown_in, "safeguarding"))
        assert sum(concern in quote for quote in view.quotes()) == 1  # at the top only, in every format


@pytest.mark.parametrize("language,words", [
    ("cy", "mam yn cwympo. a bo fi'n ffaelu'r cwrs"),
    ("en", "mum falling. and me failing the course"),
])
def test_a_worry_wholly_at_the_top_leaves_a_pointer_under_worries(sqlite_url: str, language: str, words: str) -> None:
    conversation = _conversation(language, role="young_person")
    _answer_until(conversation, "q_worries", words)
    record = _record(conversation)
    assert [f["level"] for f in record["risk_flags"]] == ["concern"]
    worries = build_view(record, language).section("worries")
    assert worries is not None and worries.items == ()
    assert [n.key for n in worries.notices] == ["moved_to_safeguarding"]
