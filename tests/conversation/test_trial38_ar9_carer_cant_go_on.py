"""A carer who says they can't go on is asked gently what they mean and told of carer support (sixteenth trial, AR9).

Pat, caring for her husband, wrote at the worries question "Him falling again. And me if I'm honest. Some days I feel
like I can't go on like this. I'm up 3 or 4 times a night with him and I haven't had a full night since March." and got
only "Thank you for saying how you're feeling. I've noted that for the worker.". Now: is it the caring, or thoughts of
harming herself; a line to talk to now; her right to a carer's assessment and Carers Wales; no 999 and no alert.
Through the real core and SQLite, Welsh ("chi" and "ti") and English, with calm look-alikes.
"""
from __future__ import annotations

import itertools

import pytest

from bot.storage import repository
from tests.conversation.memory import MemoryConversation, at_question

_ids = itertools.count(1)

PAT = ("Him falling again. And me if I'm honest. Some days I feel like I can't go on like this. I'm up 3 or 4 times a "
       "night with him and I haven't had a full night since March.")
PAT_CY = ("Fe'n cwympo eto. A fi, a bod yn onest. Rhai dyddiau dw i'n teimlo na alla i ddim mynd ymlaen fel hyn. Dw i "
          "lan dair neu bedair gwaith y nos gyda fe.")
PAT_CY_TI = "Weithie fi'n ffaelu mynd mla'n fel hyn, dw i lan bob nos gyda Mam"
#: The carer's own words for the help there is, and the check, in the reply.
SUPPORT = {"en": ("Carers Wales", "carer's assessment", "116 123", "harming yourself"),
           "cy": ("Gofalwyr Cymru", "asesiad", "116 123", "niwed i")}
LOOK_ALIKES = {"en": "We can't go on holiday this year because of his falls, but the garden keeps me going",
               "cy": "Dydyn ni ddim yn gallu mynd ar wyliau eleni achos ei fod e'n cwympo"}


def _carer_at_worries(language: str, register: str = "chi") -> MemoryConversation:
    conversation = at_question(f"ar9-{language}-{next(_ids)}", language, "q_worries",
                               what_matters="Alan staying at home", role="carer", name="Pat")
    conversation.slots["register"] = register
    return conversation


@pytest.mark.parametrize("language,register,text", [("en", "chi", PAT), ("cy", "chi", PAT_CY),
                                                    ("cy", "ti", PAT_CY_TI)])
def test_a_carer_who_cant_go_on_is_asked_and_told_of_carer_support(sqlite_url: str, language: str, register: str,
                                                                    text: str) -> None:
    conversation = _carer_at_worries(language, register)
    conversation.say(text)
    said = conversation.text
    for words in SUPPORT[language]:
        assert words in said, (words, said)
    assert "999" not in said
    assert not repository.is_urgent(conversation.sender_id)
    assert ("chi" in said.split() if register == "chi" and language == "cy" else True)
    assert ("ti" in said.split() if register == "ti" else True)
    assert conversation.requested == "q_people"  # the questions go on


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_carer_who_cant_go_on_holiday_gets_no_such_check(sqlite_url: str, language: str) -> None:
    conversation = _carer_at_worries(language)
    conversation.say(LOOK_ALIKES[language])
    assert SUPPORT[language][0] not in conversation.text
    assert "116 123" not in conversation.text


def test_someone_talking_about_themselves_gets_no_carer_support(sqlite_url: str) -> None:
    conversation = at_question(f"ar9-person-{next(_ids)}", "en", "q_worries", what_matters="my flat", role="person")
    conversation.say("Some days I feel like I can't go on like this")
    assert "Carers Wales" not in conversation.text
