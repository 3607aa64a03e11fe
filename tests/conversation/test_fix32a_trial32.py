"""Tenth trial (stop 32, issue 11): people, register and the flow, through the conversation core, SQLite and the
summary, with the trial's own words and a twin in the other language.

AE3: "fi. dwi n 16. ffion dwi" was not read as a young person, and "lol pam ti'n deud chi, dwi ddim yn nain 😂" was
ignored: she heard "chi" and the adult helplines.
AE11: "idk my mum said to do it. im 13" was summarised as a young carer entitled to a young carer's needs assessment:
a young person is a young carer only when they say they look after someone.
AE8: "sorry ignore that. Can we do it in Welsh actually, I'm fluent…" was kept as the answer, and "Owain" (sent just
before by mistake) stayed as a thing to keep: the language switches and the disowned answer goes.
AE9: "wat do u mean" got "OK, thanks for that" and became an outcome: the question is put more simply instead; and
"just delete it" at "write it the way you'd like it" became the item's new words: it takes the item out.
AE13: "Will it be the same person each time?", asked again, got "I can't answer that one": an honest answer (nobody
knows yet; ask the worker when they get in touch), every time.
AE14: "sut dwi'n dileu bob dim… rhag ofn i mam weld ffon fi" got only /delete: on Telegram they are also told how to
delete the chat from the phone (Telegram's own "Delete chat").
AE10: the summary gave "Relationship (in their words): 'Mam'" though she wrote "mam y gwr" and "mam-gu y plant": the
relationship words are kept as written (whose mother), not shortened.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.analysis.age import stated_age, young_by_age
from bot.analysis.controls import asks_for_ti_at, disowns_the_last_message
from bot.conversation.about_you import role_from_text
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary import render
from bot.summary.record import load_record
from bot.summary.view import build_view, label
from tests.conversation.test_colloquial import Dialogue
from tests.conversation.test_start_never_loops import _at_role


def _sender(*parts: object) -> str:
    return "mem-fix32a-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(sender_id: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv else []


# AE3: an age typed without an apostrophe or "oed" -----------------------------------------------------------------

@pytest.mark.parametrize("who, age", [
    ("fi. dwi n 16. ffion dwi", 16),  # the trial's words
    ("dwi n 16.", 16),
    ("dw i n 15", 15),
    ("fi n 14 lol", 14),
    ("wi n 17", 17),  # south
    ("me. im 16. jess", 16),  # the English twin
    ("im 16", 16),
    ("16 m8", 16),
])
def test_an_age_in_text_speak_is_a_young_person(who: str, age: int) -> None:
    assert stated_age(who) == age and young_by_age(who)
    assert role_from_text(who) == "young_person"


@pytest.mark.parametrize("text", ["dwi n 20 munud i ffwrdd", "fi n 45, dwi n gofalu am mam", "im 19 weeks pregnant"])
def test_no_young_age_in_these(text: str) -> None:
    assert not young_by_age(text)


@pytest.mark.parametrize("language, who", [("cy", "fi. dwi n 16. ffion dwi"), ("en", "me. im 16. jess")])
def test_she_hears_ti_and_the_summary_says_young_person(sqlite_url: str, language: str, who: str) -> None:
    sender = _sender("ae3-age", language)
    dialogue = _at_role(sender, language)
    dialogue.say(who)
    assert dialogue.slots["completed_by"] == "young_person" and dialogue.slots["register"] == "ti"
    record = load_record(sender)
    assert record is not None
    about = build_view(record, language).section("about")
    assert about is not None
    assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_person", language)


# AE3: "pam ti'n deud chi, dwi ddim yn nain" --------------------------------------------------------------------------

ASKS_FOR_TI = {
    "cy": "lol pam ti'n deud chi, dwi ddim yn nain 😂 mets fi, nain, a miss hughes yn ysgol sy'n ok",
    "en": "why are you talking to me like im old lol. my mates, my nan and miss hughes at school are ok",
}
ONLY_THE_REQUEST = {"cy": "lol pam ti'n deud chi, dwi ddim yn nain 😂", "en": "why are you talking to me like im old lol"}
DISCLOSURE = {"cy": "weithia dwi jyst isio torri fy hun", "en": "sometimes i just want to cut myself"}


def _adult_to_the_first_question(sender: str, language: str) -> Dialogue:
    """Past the start as "Fi" (the person themselves), so spoken to as "chi", at the first question."""
    dialogue = _at_role(sender, language)
    dialogue.say("fi" if language == "cy" else "me")
    if dialogue.asking == "name":
        dialogue.say("ffion" if language == "cy" else "jess")
    assert dialogue.slots["register"] == "chi" and dialogue.asking and dialogue.asking.startswith("q_")
    return dialogue


@pytest.mark.parametrize("language", ["cy", "en"])
def test_asking_not_to_be_called_chi_switches_to_ti_and_keeps_the_answer(sqlite_url: str, language: str) -> None:
    sender = _sender("ae3-ti", language)
    dialogue = _adult_to_the_first_question(sender, language)
    asked = dialogue.asking
    assert asked is not None
    reply = dialogue.say(ASKS_FOR_TI[language])
    assert dialogue.slots["register"] == "ti" and dialogue.slots["completed_by"] == "young_person"
    assert ('Fe ddweda i "ti"' if language == "cy" else "more relaxed") in reply
    assert reply.count("Sori am hynna" if language == "cy" else "Sorry about that") == 1
    # The rest was her answer, kept as typed; the next question follows, in "ti".
    assert (asked.removeprefix("q_"), ASKS_FOR_TI[language]) in _answers(sender) and dialogue.asking != asked
    if language == "cy":
        assert "rwyt ti'n" in reply and "dych chi" not in reply
    record = load_record(sender)
    assert record is not None and record["completed_by"] == "young_person" and record["register"] == "ti"
    # A later disclosure gets the line made for young people (one of them: at most a few lines, AW17 stop 42).
    reply = dialogue.say(DISCLOSURE[language])
    assert "Childline" in reply and "Meic" not in reply


@pytest.mark.parametrize("intent", [None, "out_of_scope"])  # (however the NLU reads it)
@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_request_alone_asks_the_question_again_in_ti(sqlite_url: str, language: str, intent: str | None) -> None:
    sender = _sender("ae3-ti-alone", language, intent)
    dialogue = _adult_to_the_first_question(sender, language)
    asked = dialogue.asking
    assert asked is not None
    reply = dialogue.say(ONLY_THE_REQUEST[language] + "?", intent=intent)
    assert dialogue.slots["register"] == "ti" and dialogue.asking == asked
    assert not any(key == asked.removeprefix("q_") for key, _ in _answers(sender))
    if language == "cy":
        assert "i ti" in reply and "i chi" not in reply.split("o hyn ymlaen.")[-1]


@pytest.mark.parametrize("text", ["paid siarad efo fi fel babi", "dwi'n nain i bump o blant",
                                  "Mae o'n siarad efo fi fel hen ddynes", "my nan is old", "don't talk to me like a baby"])
def test_no_request_for_ti_in_these(text: str) -> None:
    assert asks_for_ti_at(text) == []


def test_an_adult_who_gave_their_age_stays_chi(sqlite_url: str) -> None:
    sender = _sender("ae3-adult")
    dialogue = _at_role(sender, "cy")
    dialogue.say("fi, dwi'n 67")
    if dialogue.asking == "name":
        dialogue.say("Glenys")
    dialogue.say("pam ti'n siarad efo fi fel hen ddynes? dwi isio mynd i'r capel eto")
    assert dialogue.slots["register"] == "chi"


# AE11: a relative named is not caring -------------------------------------------------------------------------------

def _young_at_role(sender: str, language: str, who: str) -> dict:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender, language=language)
    conversation.start()
    conversation.say("ia" if language == "cy" else "yes")
    assert conversation.requested == "role"
    conversation.say(who)
    assert conversation.slots["completed_by"] == "young_person"
    record = load_record(sender)
    assert record is not None
    return record


@pytest.mark.parametrize("language, who", [
    ("en", "idk my mum said to do it. im 13"),  # the trial's words
    ("cy", "dwn i'm, mam ddeudodd wrtha i neud o. dwi'n 13"),
    ("cy", "mam nath ddeud wrtha fi lenwi hwn, dwi n 14"),
    ("en", "my dad told me to fill this in, im 15"),
])
def test_a_young_person_who_names_a_parent_is_no_young_carer(sqlite_url: str, language: str, who: str) -> None:
    record = _young_at_role(_sender("ae11", who), language, who)
    assert record["young_carer_answer_id"] is None
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_person", interface)
        assert not [n for n in about.notices if n.key == "young_carer"]
        page = render.render_markdown(record, interface).replace("’", "'")
        assert label("young_carer_notice", interface) not in page and "needs assessment" not in page


@pytest.mark.parametrize("language, who", [
    ("en", "i do everything for my mum shes ill. im 14"),
    ("cy", "dwi n gneud bob dim i mam achos ma hi'n sal. dwi n 14"),
    ("en", "I look after my mum, I'm 15"),
    ("cy", "dwi'n sbio ar ol mam 😅 dwi'n 15"),
])
def test_a_young_person_who_says_they_look_after_someone_is_a_young_carer(sqlite_url: str, language: str,
                                                                         who: str) -> None:
    record = _young_at_role(_sender("ae11-carer", who), language, who)
    assert record["young_carer_answer_id"] is not None
    about = build_view(record, language).section("about")
    assert about is not None
    assert {f.key: f.value for f in about.facts}["completed_by"] == label("completed_young_carer", language)


# AE8: a language request that disowns the message before -----------------------------------------------------------

CARER_AT_ROLE = {"en": "I'm his mum, I care for my son Owain, he's 24 and has a learning disability and epilepsy.",
                 "cy": "Fi ydi ei fam o, dw i'n gofalu am fy mab Owain, mae o'n 24 ac mae ganddo anabledd dysgu."}
DISOWNS = {"en": "sorry ignore that. Can we do it in Welsh actually, I'm fluent, it's what we speak at home with Owain",
           "cy": "Sori, anwybyddwch hynna. Gawn ni neud o yn Saesneg? Mae'n haws i fi sgwennu yn Saesneg"}
GOOD_DAY = {"cy": "Mae o'n mynd i'r ganolfan ddydd dair gwaith yr wythnos ac mae o wrth ei fodd yno",
            "en": "He goes to the day centre three times a week and he loves it there"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_language_request_that_disowns_the_last_answer_drops_it(sqlite_url: str, language: str) -> None:
    other = "cy" if language == "en" else "en"
    sender = _sender("ae8", language)
    dialogue = _at_role(sender, language)
    dialogue.say(CARER_AT_ROLE[language])
    if dialogue.asking == "name":
        dialogue.say("Bethan")
    first = dialogue.asking
    assert first is not None and first.startswith("q_")
    dialogue.say("Owai")  # sent by mistake (the trial's "Owain", a name we have, is no answer since trial 38 AR14)
    assert ("what_matters", "Owai") in _answers(sender) or any(t == "Owai" for _, t in _answers(sender))
    dialogue.say(DISOWNS[language])
    assert dialogue.slots["language"] == other
    assert not any(t in ("Owai", DISOWNS[language]) or DISOWNS[language] in t for _, t in _answers(sender))
    assert dialogue.asking == first  # the same question again, in the new language
    record = load_record(sender)
    assert record is not None and not record["outcomes"]
    dialogue.say(GOOD_DAY[other])
    assert (first.removeprefix("q_"), GOOD_DAY[other]) in _answers(sender)
    assert dialogue.slots[first] == GOOD_DAY[other]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_language_request_alone_keeps_the_answer_before(sqlite_url: str, language: str) -> None:
    other = "cy" if language == "en" else "en"
    sender = _sender("ae8-keep", language)
    dialogue = _at_role(sender, language)
    dialogue.say(CARER_AT_ROLE[language])
    if dialogue.asking == "name":
        dialogue.say("Bethan")
    dialogue.say(GOOD_DAY[language])
    dialogue.say("Welsh please" if language == "en" else "Saesneg plis")
    assert dialogue.slots["language"] == other
    assert any(t == GOOD_DAY[language] for _, t in _answers(sender))


@pytest.mark.parametrize("text", ["ignore that he shouts at her", "I try to ignore it", "Owain",
                                  "dw i'n trio anwybyddu fo"])
def test_no_disowning_in_these(text: str) -> None:
    assert not disowns_the_last_message(text)


# AE9: "wat do u mean", and "just delete it" at the edit prompt -----------------------------------------------------

@pytest.mark.parametrize("language, role, text", [
    ("en", "young_person", "wat do u mean"),  # the trial's words
    ("en", "young_person", "wdym"),
    ("en", "person", "what do you mean"),
    ("cy", "young_person", "be ti'n feddwl?"),
    ("cy", "young_person", "dwi'm yn dallt"),
    ("cy", "person", "be dach chi'n feddwl?"),
])
def test_asking_what_the_question_means_gets_it_more_simply(sqlite_url: str, language: str, role: str,
                                                           text: str) -> None:
    from bot import messages
    from tests.conversation.memory import at_question

    sender = _sender("ae9-mean", language, role, text)
    conversation = at_question(sender, language, "q_support", what_matters="fifa", role=role, name="jay")
    conversation.say(text)
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("plain_lead", language, register) in conversation.text
    assert messages.text("plain_q_support", language, register) in conversation.text
    assert conversation.requested == "q_support"
    assert not any(t == text for key, t in _answers(sender) if key == "support")
    record = load_record(sender)
    assert record is not None and not [o for o in record["outcomes"] if o.get("text") == text]


@pytest.mark.parametrize("language, words", [("en", "just delete it"), ("en", "remove it please"),
                                             ("cy", "jyst dileu fo"), ("cy", "tynnwch o allan plis")])
def test_delete_it_at_the_edit_prompt_takes_the_item_out(sqlite_url: str, language: str, words: str) -> None:
    from tests.conversation.test_readback_action_words import WISH, _at_the_item_menu

    sender = _sender("ae9-delete", language, words)
    conversation = _at_the_item_menu(sender, language)
    conversation.say("edit", "edit")
    assert conversation.requested == "readback_text"
    conversation.say(words)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert [o.removed for o in conv.outcomes if o.text.startswith(WISH[language][:10])] == [True]
        assert not [o for o in conv.outcomes if o.text == words]


@pytest.mark.parametrize("language, words", [("en", "delete the bit about the choir, he wants to sing at chapel"),
                                             ("cy", "Mae o isio mynd yn ôl i'r capel")])
def test_new_words_at_the_edit_prompt_are_still_the_new_words(sqlite_url: str, language: str, words: str) -> None:
    from tests.conversation.test_readback_action_words import _at_the_item_menu

    sender = _sender("ae9-edit", language, words)
    conversation = _at_the_item_menu(sender, language)
    conversation.say("edit", "edit")
    conversation.say(words)
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        assert [o.text for o in conv.outcomes if not o.removed and o.text == words] == [words]


# AE13: "Will it be the same person each time?" -----------------------------------------------------------------------

SAME_PERSON_IN_AN_ANSWER = {
    "en": "Straight talking. I'm deaf in my right ear so sit on my left. And who's going to read this? Will it be the "
          "same person each time or a different one every week like with Mary's carers?",
    "cy": "Siarad yn blaen. Dw i'n fyddar yn fy nghlust dde felly eisteddwch ar y chwith. A phwy fydd yn darllen hwn? "
          "Fydd o'r un person bob tro neu rywun gwahanol bob wythnos fel efo gofalwyr Mair?",
}
SAME_PERSON_AGAIN = {"en": "You didn't answer me. Will it be the same person each time?",
                     "cy": "Wnaethoch chi ddim ateb. Fydd o'r un person bob tro?"}


@pytest.mark.parametrize("intent", [None, "out_of_scope"])  # (however the NLU reads the second time)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_same_worker_question_gets_an_honest_answer_every_time(sqlite_url: str, language: str,
                                                                  intent: str | None) -> None:
    from bot import messages

    sender = _sender("ae13", language, intent)
    dialogue = _adult_to_the_first_question(sender, language)
    dialogue.skip_to("q_support")
    honest = messages.text("same_worker", language, "chi")
    reply = dialogue.say(SAME_PERSON_IN_AN_ANSWER[language])
    assert honest in reply
    assert messages.text("about_assistant", language, "chi") in reply  # who reads it, answered too
    asked = dialogue.asking
    reply = dialogue.say(SAME_PERSON_AGAIN[language], intent=intent)
    assert honest in reply
    assert messages.text("redirect", language, "chi") not in reply
    assert dialogue.asking == asked
    reply = dialogue.say("Will I get the same worker?" if language == "en" else "Fydd yr un gweithiwr yn dod bob tro?")
    assert honest in reply and dialogue.asking == asked


@pytest.mark.parametrize("text", ["I want the same person each time", "Dw i isio'r un person bob tro",
                                  "same as before"])
def test_a_wish_for_the_same_worker_is_no_question(text: str) -> None:
    from bot.analysis.about_assistant import asks_about_the_same_worker

    assert not asks_about_the_same_worker(text)


# AE14: deleting the chat from the phone too, on Telegram ---------------------------------------------------------

DELETE_EVERYTHING = {"cy": "sut dwi'n dileu bob dim dwi di ddeud? jyst rhag ofn i mam weld ffon fi",
                     "en": "how do i delete everything i said? just in case my mum sees my phone"}


@pytest.mark.parametrize("register", ["ti", "chi"])
@pytest.mark.parametrize("language", ["cy", "en"])
def test_on_telegram_they_hear_how_to_delete_the_chat_from_the_phone(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch, language: str, register: str) -> None:
    from bot import messages
    from tests.conversation.test_clear_this_chat import _on

    conversation = _on("telegram", monkeypatch, language, register=register)
    asked = conversation.requested
    conversation.say(DELETE_EVERYTHING[language])
    said = conversation.text
    assert messages.text("how_to_delete_telegram", language, register) in said
    phone = messages.text("delete_chat_from_phone_telegram", language, register)
    assert phone in said and "Delete chat" in phone
    assert said.index(messages.text("how_to_delete_telegram", language, register)) < said.index(phone)
    assert conversation.requested == asked  # and the question again


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_web_chat_keeps_its_own_button_only(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                language: str) -> None:
    from bot import messages
    from tests.conversation.test_clear_this_chat import _on

    conversation = _on("webchat", monkeypatch, language)
    conversation.say(DELETE_EVERYTHING[language])
    assert messages.text("how_to_delete_webchat", language, "chi") in conversation.text
    assert "Delete chat" not in conversation.text


# AE10: "mam y gwr" is her mother-in-law, kept as written ----------------------------------------------------------

IN_LAW = {
    "cy": ("Wi'n edrych ar ol mam-gu y plant, mam y gwr, ma Parkinson's gyda hi. Rhian odw i", "Rhian",
           "Mam y gwr, Eirlys yw ei henw hi ond ni gyd yn gweud mam-gu", "Mam y gwr"),
    "en": ("I look after the kids' nan, my husband's mum, she has Parkinson's. I'm Rhian", "Rhian",
           "My husband's mum, her name is Eirlys", "My husband's mum"),
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_relationship_is_kept_as_written(sqlite_url: str, language: str) -> None:
    role, name, cared_for, relation = IN_LAW[language]
    sender = _sender("ae10", language)
    dialogue = _at_role(sender, language)
    dialogue.say(role)
    assert dialogue.slots["completed_by"] == "carer"
    if dialogue.asking == "name":
        dialogue.say(name)
    assert dialogue.asking == "cared_for_name"
    dialogue.say(cared_for)
    assert dialogue.slots["cared_for_name"] == "Eirlys"
    record = load_record(sender)
    # Kept as written: "mam y gwr", or, since leftovers34 keeps who they look after at "who is talking?", the words
    # said there ("mam-gu y plant", "the kids' nan"), never a word of ours.
    said_at_role = {"cy": "mam-gu y plant", "en": "the kids' nan"}[language]
    assert record is not None and record["relationship"] in (relation, said_at_role)
    relation = record["relationship"]
    assert relation in role or relation in cared_for
    for interface in ("cy", "en"):
        about = build_view(record, interface).section("about")
        assert about is not None
        facts = {f.key: f.value for f in about.facts}
        assert relation in [v for v in facts.values() if isinstance(v, str)]
        assert "Mam" not in [v for v in facts.values() if isinstance(v, str)]


@pytest.mark.parametrize("text, relation", [("mam-gu y plant, Eirlys", "mam-gu y plant"),
                                            ("the kids' nan, Eirlys", "the kids' nan"),
                                            ("tad fy ngwraig, Emrys", "tad fy ngwraig"),
                                            ("y gŵr, Emyr", "y gŵr"), ("my husband Dai", "my husband")])
def test_whose_relative_stays_with_the_relationship(text: str, relation: str) -> None:
    from bot.conversation.about_you import relation_in

    assert relation_in(text) == relation
