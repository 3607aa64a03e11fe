"""Lists and cuts from the eighth trial (stop 30, issue 11: "each person's wishes as separate, correctly grouped
quotes"; "no outcome under three words that is not a whole answer").

AB7: short list answers lost items ("footy n my xbox tbh. n my mates" became only "my xbox tbh."). Nothing a person
lists may be lost now: a short item stays with the items beside it, every outcome an exact slice of the answer and
none under three words unless it is the whole answer. AB6 (a north Welsh carer): "A chael mynd i'r côr" was cut to
"chael...", "A'r ci, Mot" to "ci, Mot", "peidiwch a'i chymryd hi" was split off from the watch it is about; his
wish for a man to wash him and his talk of the clwb henoed were missed; her read-back addition about him was filed
under her own life. The trial's words, and twins in the other language and in text-speak, through the real core
(sort_outcomes, analyse), the read-back and the summary.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.analysis import analyse, sort_outcomes
from bot.analysis.outcomes import MIN_OUTCOME_WORDS
from bot.conversation import readback
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, MemoryTurn
from tests.summary.conftest import migrated_database


def _spans(text: str, question: str | None) -> list[str]:
    _type, _conf, spans = sort_outcomes(text, question)
    for sp in spans:
        assert text[sp.start:sp.end] == sp.text  # stored byte for byte
        assert len(sp.text.split()) >= MIN_OUTCOME_WORDS or sp.text == text.strip()  # never a fragment
    return [sp.text for sp in spans]


# (answer, question's prior, every item the person listed)
LISTS = [
    # the trial's words (c2 and the Telegram check, English text-speak)
    ("footy n my xbox tbh. n my mates", None, ["footy", "my xbox", "my mates"]),
    ("going nans after skool n footy on a sat w the under 14s", "maintenance", ["going nans", "footy on a sat"]),
    ("football. gaming. my dog. seeing my cousins. going to the beach. chips on friday", None,
     ["football", "gaming", "my dog", "seeing my cousins", "going to the beach", "chips on friday"]),
    ("more time with dad. less homework. a new bike", "change", ["more time with dad", "less homework", "a new bike"]),
    ("my bike. my room. my mates. my phone", "maintenance", ["my bike", "my room", "my mates", "my phone"]),
    # Welsh twins (the brief's, and text-speak)
    ("ffwtbol. gemau. y ci", None, ["ffwtbol", "gemau", "y ci"]),
    ("pel-droed a'r xbox a mêts", None, ["pel-droed", "xbox", "mêts"]),
    ("ffwtbol n xbox fi tbh. n mêts fi", None, ["ffwtbol", "xbox fi", "mêts fi"]),
    ("mwy o amser gyda dad. llai o waith cartref. beic newydd", "change",
     ["mwy o amser gyda dad", "llai o waith cartref", "beic newydd"]),
    ("rygbi. gemau. y ci. gweld fy nghefndryd. mynd i'r traeth", None,
     ["rygbi", "gemau", "y ci", "gweld fy nghefndryd", "mynd i'r traeth"]),
]


@pytest.mark.parametrize("text, question, items", LISTS)
def test_nothing_a_person_lists_is_lost(text: str, question: str | None, items: list[str]) -> None:
    spans = _spans(text, question)
    for item in items:
        assert any(item in sp for sp in spans), (item, spans)


@pytest.mark.parametrize("text, question, kept, left_out", [
    # a short heading before a whole wish is still left out, and talk is never an item
    ("Côr. Fi moyn mynd nôl i ganu gyda'r côr", "change", "Fi moyn mynd nôl i ganu gyda'r côr", "Côr."),
    ("Ryan!!! plis peidiwch newid Ryan", "maintenance", "plis peidiwch newid Ryan", "Ryan!!!"),
    ("A stairlift. Ey up, hang on, I mean she'd like to be able to get up to bed without me behind her holding her,"
     " that's the main thing.", "change",
     "she'd like to be able to get up to bed without me behind her holding her", "Ey up"),
    # a short item never joins a wish said outright ("mums bf." tells who darren is)
    ("want darren gone. mums bf. things were fine b4 him", "change", "want darren gone.", "mums bf"),
])
def test_a_heading_or_talk_is_not_made_an_item(text: str, question: str, kept: str, left_out: str) -> None:
    spans = _spans(text, question)
    assert kept in spans
    assert not any(left_out in sp for sp in spans)


@pytest.mark.parametrize("text", ["na. diolch 💜", "no. thanks 💜", "ok. ta x"])
def test_talk_with_an_emoji_is_no_list(text: str) -> None:
    assert _spans(text, None) == []


@pytest.mark.parametrize("text, question, span", [
    # AB6: "a" before the word it mutates stays, and "a'r" keeps its article
    ("Cael cadw fy ngwaith, dwi'n nyrs a dwi'n caru'r job. A chael mynd i'r côr ar nos Iau efo fy ffrindia, dwi 'di"
     " methu'r tri mis dwytha.", None, "A chael mynd i'r côr ar nos Iau efo fy ffrindia"),
    ("Mynd am dro bob bore. A phaned efo Glenys yn y caffi ar ddydd Gwener.", "maintenance",
     "A phaned efo Glenys yn y caffi ar ddydd Gwener."),
    ("Ei gadair o wrth y ffenest a'i radio, mae o'n gwrando ar Radio Cymru drwy'r dydd. A'r ci, Mot, mae Mot yn"
     " cysgu wrth ei draed o.", "maintenance", "A'r ci, Mot"),
])
def test_a_welsh_outcome_never_starts_mid_phrase(text: str, question: str | None, span: str) -> None:
    spans = _spans(text, question)
    assert any(sp.startswith(span) for sp in spans), spans
    assert not any(sp.startswith(("chael", "phaned", "ci,")) for sp in spans)


@pytest.mark.parametrize("text, whole", [
    ("Ac mae o isio cadw'i hen oriawr, peidiwch a'i chymryd hi oddi arno fo hyd yn oed os ydy o'n ei cholli hi o"
     " hyd.", "mae o isio cadw'i hen oriawr, peidiwch a'i chymryd hi oddi arno fo hyd yn oed os ydy o'n ei cholli"
     " hi o hyd."),
    ("He wants to keep his old watch, don't take it off him even if he keeps losing it.",
     "He wants to keep his old watch, don't take it off him even if he keeps losing it."),
    ("hi moyn cadw'r gath, paid â'i symud hi", "hi moyn cadw'r gath, paid â'i symud hi"),
])
def test_dont_take_it_stays_with_what_it_is_about(text: str, whole: str) -> None:
    assert _spans(text, "maintenance") == [whole]


def test_two_instructions_of_their_own_stay_two() -> None:
    spans = _spans("Talk to him in Welsh, slowly, and tell him who you are. Don't rush him.", "process")
    assert "Don't rush him." in spans and len(spans) >= 2


@pytest.mark.parametrize("text, question, span, otype", [
    # a preference about who gives the care is how help is given
    ("Siaradwch Gymraeg efo fo. Ac mae'n well gynno fo ddyn i'w olchi fo, mae o'n swil efo merched dieithr.",
     "process", "mae'n well gynno fo ddyn i'w olchi fo", "process"),
    ("mae'n well gyda hi fenyw i helpu yn y gawod", "process", "mae'n well gyda hi fenyw i helpu yn y gawod",
     "process"),
    ("She prefers a woman to help her in the shower.", "process", "She prefers a woman to help her in the shower.",
     "process"),
    ("Mae'n well gynno fo ddyn i'w olchi fo", None, "Mae'n well gynno fo ddyn i'w olchi fo", "process"),
    # a wish told as what he keeps talking about
    ("Mae o'n sôn am fynd i'r clwb henoed yn Llangefni hefyd ond does gynnon ni ddim car yn ystod y dydd", "change",
     "Mae o'n sôn am fynd i'r clwb henoed yn Llangefni hefyd", "change"),
    ("He keeps talking about going to the day centre in Holyhead but we've no car in the day", "change",
     "He keeps talking about going to the day centre in Holyhead", "change"),
])
def test_a_wish_said_another_way_is_found(text: str, question: str | None, span: str, otype: str) -> None:
    _type, _conf, spans = sort_outcomes(text, question)
    found = [sp for sp in spans if sp.text.startswith(span)]
    assert found, [sp.text for sp in spans]
    assert found[0].type == otype


def _carer_turn(language: str, text: str) -> MemoryTurn:
    conversation = MemoryConversation("lists30-readback", language=language)
    conversation.slots.update({"completed_by": "carer", "role": "carer", "cared_for_name": "Mr Hughes"})
    return MemoryTurn(conversation, text)


@pytest.mark.parametrize("language, text, about", [
    # AB6: her addition about him, with "I said that earlier" about the record: his
    ("cy", "Mae'n well gynno fo ddyn i'w olchi fo, dudis i hynna gynna ond dwi'm yn ei weld o'n fanna", "person"),
    ("en", "He prefers a man to wash him, I said that earlier but I can't see it there", "person"),
    # her own life stays hers
    ("cy", "dwi isio noson o gwsg, dudis i hynna gynna", "carer"),
    ("en", "I need a night off, I said that earlier", "carer"),
])
def test_a_read_back_addition_about_him_is_about_him(language: str, text: str, about: str) -> None:
    assert readback.about_addition(_carer_turn(language, text), text) == about


SUMMARY_ANSWERS = {
    "en": [("what_matters", "What matters most to you right now?", "footy n my xbox tbh. n my mates"),
           ("keep", "Is there anything you want to keep just as it is?",
            "going nans after skool n footy on a sat w the under 14s"),
           ("change", "What would you like to be different?", "more time with dad. less homework. a new bike")],
    "cy": [("what_matters", "Beth sy'n bwysig i ti ar hyn o bryd?", "ffwtbol. gemau. y ci"),
           ("keep", "Oes rhywbeth hoffet ti ei gadw yn union fel y mae?", "pel-droed a'r xbox a mêts"),
           ("change", "Beth hoffet ti ei newid?", "mwy o amser gyda dad. llai o waith cartref. beic newydd")],
}
SUMMARY_ITEMS = {"en": ["footy", "my xbox", "my mates", "going nans", "footy on a sat", "less homework",
                        "a new bike"],
                 "cy": ["ffwtbol", "gemau", "y ci", "pel-droed", "mêts", "llai o waith cartref", "beic newydd"]}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_listed_item_reaches_the_summary(tmp_path: Path, lang: str) -> None:
    sender = f"lists30-{lang}"
    with migrated_database(tmp_path):
        repository.ensure_conversation(sender, channel="telegram", team="de")
        repository.update_conversation(sender, language=lang, preferred_language=lang, register="ti",
                                       completed_by="young_person", display_name="Jay")
        repository.record_consent(sender, True)
        for n, (key, question, text) in enumerate(SUMMARY_ANSWERS[lang]):
            prior = {"keep": "maintenance", "change": "change"}.get(key)
            repository.record_answer(sender, question_key=key, question_text=question, text=text,
                                     whose_view="young_person", about="person", analysis=analyse(text, prior),
                                     message_id=f"m{n}")
        repository.confirm_record(sender)
        record = load_record(sender)
    assert record is not None
    quotes = [i.quote for s in build_view(record, lang).sections for i in s.items if i.source == "outcome"]
    for item in SUMMARY_ITEMS[lang]:
        assert any(item in q for q in quotes), (item, quotes)


@pytest.mark.parametrize("text", ["pel-droed a'r xbox a mêts", "footy, xbox n my mates", "my nan, my dog and footy",
                                  "y capel, yr ardd a'r ci"])
def test_a_bare_list_of_what_matters_is_kept_whole_as_things_to_keep(text: str) -> None:
    _otype, _conf, spans = sort_outcomes(text, None)
    assert [(sp.text, sp.type) for sp in spans] == [(text, "maintenance")]
