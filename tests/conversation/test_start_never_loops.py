"""The start never derails (issue 11): no question a third time, roles and names as people really type them.

Played through the core (tests/conversation/test_colloquial.py's Dialogue routes each message as Rasa's
rules do); the quoted messages are the fixtures, in both languages, north and south, text-speak, emoji.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pytest

from bot import messages
from bot.analysis.controls import consent_in
from bot.conversation.about_you import name_in, role_from_text
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_colloquial import Dialogue


def _sender(*parts: object) -> str:
    return "mem-never-loops-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _at_consent(sender: str, language: str) -> Dialogue:
    dialogue = Dialogue(sender)
    dialogue.say("helo" if language == "cy" else "hello")
    dialogue.say("", intent="choose_language", chosen=[language])
    assert dialogue.asking == "consent_choice"
    return dialogue


def _at_role(sender: str, language: str) -> Dialogue:
    dialogue = _at_consent(sender, language)
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role"
    return dialogue


def _asks(dialogue: Dialogue, slot: str) -> int:
    return dialogue.conversation.asked.count(slot)


def _stored(sender: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text) for a in conv.answers]


# --- consent: every yes and no, even inside a sentence ----------------------------------------------------

WELSH_YES = ["ia", "ie", "iep", "yndi", "ydy", "odi", "oes", "do", "iawn", "cei", "cewch", "wrth gwrs", "siwr",
             "oce", "Ia, iawn tad", "ia, cei di", "Iawn, dim problem", "cei wrth gwrs", "Ia 👍🏻",
             "Ydw, mae hynny'n iawn gyda fi, diolch am ofyn", "wi'n hapus i ti neud", "dim ots gen i",
             "ie ond dim am mam", "Ia siŵr, dim problem"]
ENGLISH_YES = ["go on", "ok", "okay", "k", "aye", "ye", "yea", "yh", "yep", "yup", "sure", "fine", "course", "👍",
               "yes but be quick", "course you can", "yeah sound", "sound", "yes, but only for the social worker",
               "I'm happy with that", "i suppose so", "Aye, go on then love", "yeah thats grand", "ok then",
               "that's not a problem", "i dont mind", "yes x", "Yes 😊", "ok but not about my mum"]
WELSH_NO = ["na", "nage", "nac ydy", "sai moyn", "dim diolch", "sa i moyn", "dwi ddim isio", "Na, sai moyn diolch",
            "ddim yn hapus", "dwi ddim yn hapus efo hynna", "peidiwch", "na sori", "ddim yn iawn"]
ENGLISH_NO = ["nope", "nah", "no ta", "I don't want that", "not ok", "not happy with that", "don't keep it",
              "I'd rather you didn't", "I would rather you didnt", "i'm not ok with that", "sorry but no",
              "dont want to"]
NEITHER = ["Kai", "Dorothy", "Dad. Gwilym ydi enw fo", "do you keep this private?", "pwy sy'n darllen hwn?",
           "I want to go on holiday with my sister", "not sure", "dwi ddim yn siŵr", "yes and no", "maybe later",
           "falle wedyn", "hmm", "dunno", "I'm not happy about it but ok", ""]


@pytest.mark.parametrize("text", WELSH_YES + ENGLISH_YES)
def test_every_yes_is_consent(text: str) -> None:
    assert consent_in(text) is True


@pytest.mark.parametrize("text", WELSH_NO + ENGLISH_NO)
def test_every_no_is_a_refusal(text: str) -> None:
    assert consent_in(text) is False


@pytest.mark.parametrize("text", NEITHER)
def test_a_doubt_a_question_or_a_name_is_never_consent(text: str) -> None:
    """Consent is never assumed: both, neither, a question or a doubt is no answer."""
    assert consent_in(text) is None


@pytest.mark.parametrize("language,text", [("cy", "cei, wrth gwrs"), ("cy", "sai moyn"), ("en", "yeah sound"),
                                           ("en", "I'd rather you didn't")])
def test_consent_in_a_sentence_is_taken_at_once(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("consent", language, text), language)
    dialogue.say(text)
    assert _asks(dialogue, "consent_choice") == 1
    assert dialogue.slots["consent_choice"] == ("yes" if consent_in(text) else "no")


@pytest.mark.parametrize("language,unclear", [("cy", ["hmm", "o diar", "dwn i ddim"]),
                                              ("en", ["hmm", "not sure", "dunno"])])
def test_consent_is_asked_three_times_at_most_and_never_assumed(sqlite_url: str, language: str,
                                                                unclear: list[str]) -> None:
    sender = _sender("consent-unclear", language)
    dialogue = _at_consent(sender, language)
    dialogue.say(unclear[0])
    assert messages.text("consent_unclear", language) in dialogue.replies[-1]
    dialogue.say(unclear[1])
    last = messages.text("consent_last", language)
    assert last in dialogue.replies[-1] and '"ia"' in last and '"yes"' in last and '"na"' in last
    assert _asks(dialogue, "consent_choice") == 3
    dialogue.say(unclear[2])  # the third ask was the last: nothing kept, nothing assumed
    ended = dialogue.asking is None
    assert _asks(dialogue, "consent_choice") == 3 and ended
    assert messages.text("consent_not_clear", language) in dialogue.replies[-1]
    assert messages.text("declined", language) not in dialogue.replies[-1]  # they never said "no"
    record = dialogue.record()
    assert record.consent is False and record.status == "declined" and _stored(sender) == []
    # What the message told them to type is a yes, and the questions begin (twelfth trial AJ3: "Ydy, mae hynny yn
    # iawn." got "Dim problem o gwbl" and the consent screen once more).
    dialogue.say("ia" if language == "cy" else "yes")
    assert dialogue.asking == "role" and dialogue.record().consent is True


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_plain_no_still_gets_the_declined_message(sqlite_url: str, language: str) -> None:
    dialogue = _at_consent(_sender("plain-no", language), language)
    dialogue.say("hmm")
    dialogue.say("sai moyn" if language == "cy" else "nah")
    assert messages.text("declined", language) in dialogue.replies[-1]
    assert messages.text("consent_not_clear", language) not in dialogue.replies[-1]


# --- who is talking: never asked a third time ------------------------------------------------------------

# ("eh" alone now asks what the question means, trial 38 AR11, and is explained: "hmm" is the unclear reply here)
@pytest.mark.parametrize("language,unclear", [("cy", ["hmm", "o diar"]), ("en", ["hmm", "dunno"])])
def test_role_is_asked_twice_at_most_then_the_person(sqlite_url: str, language: str, unclear: list[str]) -> None:
    sender = _sender("role-unclear", language)
    dialogue = _at_role(sender, language)
    dialogue.say(unclear[0])
    assert messages.text("role_unclear", language) in dialogue.replies[-1]
    dialogue.say(unclear[1])
    assert _asks(dialogue, "role") == 2 and dialogue.asking == "name"
    assert dialogue.slots["role"] == "person" and dialogue.record().completed_by == "person"
    assert messages.text("role_assumed", language) in dialogue.replies[-1]
    assert ("role", unclear[1]) in _stored(sender)  # what they typed is kept as written


@pytest.mark.parametrize("language,unclear,typed,role", [
    ("cy", "hmm", "mam fi", "carer"), ("cy", "be?", "fi, dwi'n 15 oed", "young_person"),
    ("en", "eh", "its for me nan", "carer"), ("en", "what", "me (16)", "young_person"),
])
def test_a_second_reply_that_says_who_is_read(sqlite_url: str, language: str, unclear: str, typed: str,
                                              role: str) -> None:
    dialogue = _at_role(_sender("role-second", language, typed), language)
    dialogue.say(unclear)
    dialogue.say(typed)
    assert dialogue.slots["role"] == role and _asks(dialogue, "role") == 2


CARERS = ["it's for my mum", "my nan's carer", "ar ran fy nhad", "i'm his daughter", "wyres", "mam", "dad", "nain",
          "taid", "mamgu", "tadcu", "my husband", "for my wife", "on behalf of my dad", "gofalu am mam",
          "edrych ar ôl nain", "helpu dad", "its for me nan", "for me mam", "mam fi", "me mam",
          "me, I look after my mum",
          "fi, dwi'n gofalu am mam", "Mam sy'n sâl, fi sy'n edrych ar ei hôl hi", "wyres i Nain", "ŵyr",
          "i'm doing this for my grandad", "dros fy mam", "for me nan she's 90", "helping my mum fill this in"]
YOUNG = ["me, I'm 16", "I'm 15", "dwi'n 14", "16", "me (16)", "15 yrs old", "i'm in year 10", "blwyddyn 9",
         "sixth form", "I'm at college", "dw i yn y coleg", "fi, dwi'n 15 oed", "telegram", "wi'n 17"]
PEOPLE = ["fi", "fi fy hun", "myself", "the person", "me", "me x", "just me", "it's for me", "amdana i",
          "Me, I'm 80", "I'm the one who needs help", "fi sydd angen help", "dim carer, fi",
          "it's about me, I live with my wife", "me, my daughter helps me", "my son looks after me",
          "amdana i, dwi'n byw efo fy ngŵr", "fi, mae'r ferch yn helpu fi", "It's me. My daughter set this up"]


@pytest.mark.parametrize("text", CARERS)
def test_carers_in_their_own_words(text: str) -> None:
    assert role_from_text(text) == "carer"


@pytest.mark.parametrize("text", YOUNG)
def test_young_people_in_their_own_words(text: str) -> None:
    assert role_from_text(text) == "young_person"


@pytest.mark.parametrize("text", PEOPLE)
def test_the_person_in_their_own_words_even_when_a_relative_is_mentioned(text: str) -> None:
    assert role_from_text(text) == "person"


# --- names: what a reader would accept ----------------------------------------------------------------------

@pytest.mark.parametrize("answer,accepted", [
    ("Dilys dw i, ond pawb yn galw fi Dil", {"Dil"}), ("it's Margaret but everyone calls me Peg", {"Peg"}),
    ("call me Jo x", {"Jo"}), ("Mr Hughes", {"Mr Hughes"}), ("ellie lol", {"ellie"}), ("jac (14)", {"jac"}),
    ("Hi, I'm Sarah", {"Sarah"}), ("im tom", {"tom"}), ("Gareth dw i", {"Gareth"}), ("Sian ydw i", {"Sian"}),
    ("Elin 😊", {"Elin"}), ("its kayleigh", {"kayleigh"}), ("kayleigh innit", {"kayleigh"}),
    ("helo, Nansi sy 'ma", {"Nansi"}), ("Ceri ydw i, diolch", {"Ceri"}), ("Dave mate", {"Dave"}),
    ("Mrs Hughes x", {"Mrs Hughes"}), ("hiya, it's Sue", {"Sue"}), ("haia, Catrin dw i", {"Catrin"}),
    ("shwmae, Dai yw'r enw", {"Dai"}), ("the name's Bond", {"Bond"}), ("jess lol x", {"jess"}),
    ("I'm Kyle, I'm 16", {"Kyle"}), ("Tom please", {"Tom"}), ("Fy enw i yw Sian", {"Sian"}),
    ("enw fi ydi Bethan", {"Bethan"}), ("Rhys, dwi'n 15", {"Rhys"}), ("Lowri (16)", {"Lowri"}),
])
def test_the_name_in_the_answer(answer: str, accepted: set[str]) -> None:
    assert name_in(answer) in accepted


@pytest.mark.parametrize("answer", ["fi", "me", "hi", "Hi!", "helo", "myself"])
def test_fi_me_or_hi_is_never_a_name(answer: str) -> None:
    assert name_in(answer) == ""


@pytest.mark.parametrize("language,answer", [("cy", "fi"), ("en", "me")])
def test_no_name_given_uses_none_and_keeps_the_words(sqlite_url: str, language: str, answer: str) -> None:
    sender = _sender("no-name", language, answer)
    dialogue = _at_role(sender, language)
    dialogue.say("fi" if language == "cy" else "me")
    assert dialogue.asking == "name"
    dialogue.say(answer)
    assert dialogue.asking != "name" and dialogue.record().display_name is None
    assert f", {answer}" not in dialogue.everything_said and ("name", answer) in _stored(sender)


@pytest.mark.parametrize("language,answer,name", [("cy", "Dilys dw i, ond pawb yn galw fi Dil", "Dil"),
                                                  ("en", "hiya, it's Margaret x", "Margaret")])
def test_the_name_is_used_and_the_whole_answer_kept(sqlite_url: str, language: str, answer: str, name: str) -> None:
    sender = _sender("name-used", language, answer)
    dialogue = _at_role(sender, language)
    dialogue.say("fi" if language == "cy" else "me")
    dialogue.say(answer)
    assert dialogue.record().display_name == name and f"{name}" in dialogue.replies[-1]
    assert ("name", answer) in _stored(sender)


# --- forms the new dev conversations showed (benchmarks/conversations/dev/*-11, -12), and their kin -----------

@pytest.mark.parametrize("text", ["young person i help look after our Mam", "young carer, i look after my mum",
                                  "gofalwr ifanc dw i, dwi'n helpu mam", "im at school and i help my dad",
                                  "fi, dwi 14", "me 15", "dw i 16", "person ifanc, fi'n 19"])
def test_a_young_carer_is_a_young_person(text: str) -> None:
    assert role_from_text(text) == "young_person"


@pytest.mark.parametrize("text", ["I look after my son, he's a teenager",
                                  "my daughter is in sixth form and I care for her",
                                  "our Mam", "i look after our nan", "my son, he's in year 9"])
def test_a_parent_mentioning_a_young_person_is_a_carer(text: str) -> None:
    assert role_from_text(text) == "carer"


@pytest.mark.parametrize("answer,name", [("nain fi, Megan", "Megan"), ("mam fi - Gwen", "Gwen"), ("fi, Megan", "Megan"),
                                         ("me - Sue", "Sue"), ("hi, sorry, Jen here", "Jen"), ("sori, Non dw i", "Non"),
                                         ("its Tia", "Tia"), ("its Danielle, dani is fine", "dani"),
                                         ("Kayleigh but call me Kay", "Kay")])
def test_the_name_after_a_relation_a_greeting_or_a_lead_in(answer: str, name: str) -> None:
    assert name_in(answer) == name


@pytest.mark.parametrize("text", ["parent", "I'm her parent", "im his mum", "fi yw ei fam hi", "the wife", "y wraig",
                                  "my lad", "foster carer", "my mother in law, Ann", "support worker for Mr Jones"])
def test_more_carers_in_their_own_words(text: str) -> None:
    assert role_from_text(text) == "carer"


@pytest.mark.parametrize("text", ["his mum looks after me", "me, my mum looks after me", "dwi 80", "Me, I'm 80"])
def test_the_person_or_unclear_never_a_young_person_or_carer(text: str) -> None:
    assert role_from_text(text) in ("person", None)


@pytest.mark.parametrize("answer,name", [("my mother in law, Ann", "Ann"), ("mother-in-law - Ann", "Ann"),
                                         ("Ann, she's 84", "Ann")])
def test_the_name_after_an_in_law(answer: str, name: str) -> None:
    assert name_in(answer) == name


@pytest.mark.parametrize("text", ["lush", "tidy", "as long as my daughter sees it", "crack on", "fire away",
                                  "all good", "bant a ni", "cyn belled â bod Mam yn cael gweld"])
def test_valleys_north_east_and_welsh_yes_forms(text: str) -> None:
    assert consent_in(text) is True


# --- Rasa's adapter counts the replies from the tracker (no Rasa server needed) -----------------------------

def _talk(events: list[dict[str, Any]], waiting: str | None) -> int:
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.base import Talk

    latest = {"text": "hmm", "intent": {"name": "inform"}, "message_id": "m-9", "entities": []}
    tracker = Tracker("start3-adapter", {"requested_slot": waiting}, latest, events, False, None,
                      {"name": "what_matters_form"}, "action_listen")
    return Talk(tracker, CollectingDispatcher()).earlier_replies()


def _asked(slot: str | None) -> dict[str, Any]:
    return {"event": "slot", "name": "requested_slot", "value": slot}


USER: dict[str, Any] = {"event": "user", "text": "hmm"}


def test_the_rasa_adapter_counts_replies_to_the_question_waiting() -> None:
    assert _talk([USER, _asked("consent_choice"), USER], "consent_choice") == 0  # the first reply
    assert _talk([USER, _asked("consent_choice"), USER, _asked("consent_choice"), USER], "consent_choice") == 1
    assert _talk([_asked("consent_choice"), USER, USER, USER], "consent_choice") == 2
    # a new question, "start again" or the end of the form starts the count again
    assert _talk([_asked("consent_choice"), USER, USER, _asked("role"), USER], "role") == 0
    assert _talk([_asked("role"), USER, USER, _asked(None), USER, _asked("role"), USER], "role") == 0
    assert _talk([USER], None) == 0


@pytest.mark.parametrize("text", ["Na, mae'n iawn", "no that's fine", "na, dim problem"])
def test_a_no_that_says_fine_is_asked_again_never_taken_as_a_refusal(text: str) -> None:
    """"No, that's fine" often means "no objection": neither a yes nor a no, so they are asked again."""
    assert consent_in(text) is None
