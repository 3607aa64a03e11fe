"""Safety wishes at a question are acknowledged alike, in both languages and registers (stop 32, re-trial 31 AD5).

"dont call the house or tell my dad i did this. talk to me normal not like a kid…", after a disclosure and the safe
check, got "OK, thank you for that." where "sai moyn i'r ysgol gyd wbod" had been told it was kept. Who may not be
told, and after a disclosure how not to reach them, are now said to be kept wherever they come, as at the safe check,
"ti" for a young person and "chi" for an adult; even beside a question of theirs. Through the conversation core and
SQLite; the words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot import messages
from bot.analysis.keep_from import says_who_must_not_be_told
from tests.conversation.memory import MemoryConversation, started_with_record

DISCLOSURE = {"en": "my dad hit me with his belt last night and I'm scared to go home",
              "cy": "nath dad fy nharo i efo'i felt neithiwr a dw i ofn mynd adra"}
CARRY_ON = {"en": "im at my gfs rn so im fine. carry on", "cy": "dw i yn nhŷ fy nghariad so dw i'n iawn. cario mlaen"}
#: (language, the wish at the next question): the re-trial's words and twins, north and south.
WISHES = [
    ("en", "dont call the house or tell my dad i did this. talk to me normal not like a kid."),
    ("cy", "paid ffonio'r tŷ na deud wrth dad mod i wedi gneud hyn. siarad efo fi'n normal dim fel plentyn."),
    ("cy", "plis paid ffono'r tŷ na gweud wrth dad bo fi di neud hyn. siarad yn normal da fi dim fel babi."),
]


def _after_the_safe_check(language: str, role: str, wish: str) -> MemoryConversation:
    sender = "mem-l32-wish-" + hashlib.sha256(f"{language}|{role}|{wish}".encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role=role, name="Finn")
    conversation.say(DISCLOSURE[language])
    conversation.say(CARRY_ON[language])
    assert conversation.requested is not None and conversation.requested.startswith("q_")
    return conversation


@pytest.mark.parametrize("text", [wish for _, wish in WISHES])
def test_the_wish_names_who_may_not_be_told(text: str) -> None:
    assert says_who_must_not_be_told(text)


@pytest.mark.parametrize("role", ["young_person", "person"])
@pytest.mark.parametrize("language, wish", WISHES)
def test_a_safety_wish_after_a_disclosure_is_said_to_be_kept(sqlite_url: str, language: str, wish: str,
                                                             role: str) -> None:
    conversation = _after_the_safe_check(language, role, wish)
    conversation.say(wish)
    register = "ti" if role == "young_person" else "chi"
    said = conversation.text
    assert messages.text("safety_check_untold", language, register) in said
    assert said.count(messages.text("safety_check_untold", language, register)) == 1  # said once
    assert messages.text("ack_2", language, register) not in said


@pytest.mark.parametrize("language, wish", [
    ("en", "dont call the house or tell my dad i did this. is someone actually gonna come see me or is this it?"),
    ("cy", "paid ffonio'r tŷ na deud wrth dad. oes rhywun yn mynd i ddod i ngweld i go iawn?"),
])
def test_the_wish_is_acknowledged_beside_a_question_answered(sqlite_url: str, language: str, wish: str) -> None:
    conversation = _after_the_safe_check(language, "young_person", wish)
    conversation.say(wish)
    assert messages.text("safety_check_untold", language, "ti") in conversation.text


@pytest.mark.parametrize("language, wish", [
    ("en", "please don't ring the house or tell my mum about this"),
    ("cy", "peidiwch ffonio'r tŷ na deud wrth Mam am hyn"),
])
def test_without_a_disclosure_who_may_not_be_told_is_noted(sqlite_url: str, language: str, wish: str) -> None:
    sender = "mem-l32-wish-no-" + hashlib.sha256(f"{language}|{wish}".encode()).hexdigest()[:10]
    conversation = started_with_record(sender, language, role="person", name="Dai")
    conversation.say(wish)
    assert messages.text("ack_untold", language, "chi") in conversation.text
