"""How heavy things are, heard once (stop-19 trial C3): "I cried in the car park at work last week… I can't keep
doing this on my own" got only the next question. The first answer that reads as carer strain, low mood or
loneliness (a concern) is said back kindly, once; the questions go on; nothing is said for an everyday answer."""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.cant_go_on import says_they_cannot_go_on
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)
HEAVY = {
    "en": "Me, honestly - I'm exhausted, I haven't slept properly in months. I cried in the car park at work last week. "
          "I'm not giving up on her but I can't keep doing this on my own and I feel so guilty even saying that.",
    "cy": "Fi, a bod yn onest, dw i wedi blino'n lân. Dw i heb gysgu'n iawn ers misoedd. Nes i grio yn y car yn y gwaith "
          "wythnos diwetha. Dw i ddim yn rhoi'r gorau iddi ond alla i ddim gwneud hyn i gyd ar ben fy hun.",
}
HEAVY_AGAIN = {"en": "Honestly I'm shattered. I worry about him all night, I keep the phone by the bed.",
               "cy": "Dw i wedi blino'n lan. Dw i'n poeni amdano fo drwy'r nos, dw i'n cadw'r ffôn wrth y gwely."}
EVERYDAY = {"en": "She loves her garden and her chapel, and she'd like to get out to both more",
            "cy": "Mae hi wrth ei bodd efo'r ardd a'r capel, a hoffai hi fynd allan i'r ddau yn amlach"}


def _carer(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"heard-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Karen",
                               "cared_for_name": "Pat", "relationship": "daughter"})
    conversation.start()
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_first_heavy_answer_is_heard_once_and_the_questions_go_on(sqlite_url: str, language: str) -> None:
    conversation = _carer(language)
    heard = messages.text("ack_heavy", language, "chi")
    conversation.say(EVERYDAY[language])
    assert heard not in conversation.text
    asked = conversation.requested
    conversation.say(HEAVY[language])
    assert heard in conversation.text
    assert conversation.requested not in (None, asked)  # the next question follows
    conversation.say(HEAVY_AGAIN[language])
    assert heard not in conversation.text  # once is enough


@pytest.mark.parametrize("language", ["cy", "en"])
def test_cannot_carry_on_like_this_gets_the_gentler_check_instead(sqlite_url: str, language: str) -> None:
    # "alla i ddim cario mlaen fel hyn" (can't carry on like this) asks what they mean and gives carers' support (trial
    # 38 AR9), in place of the plain "heard it", never both
    conversation = _carer(language)
    conversation.say(EVERYDAY[language])
    conversation.say({"cy": "Dw i wedi blino'n lân. Alla i ddim cario mlaen fel hyn ar ben fy hun.",
                      "en": "I'm exhausted. I can't carry on like this on my own."}[language])
    assert messages.text("ack_heavy", language, "chi") not in conversation.text
    assert says_they_cannot_go_on(conversation.messages[-1])
    gentler = messages.text("carer_cant_go_on", language, "chi", helplines="").split("\n")[0]
    assert gentler in conversation.text  # "Thank you for telling me. Caring like this sounds exhausting…"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_young_person_is_heard_in_ti(sqlite_url: str, language: str) -> None:
    conversation = MemoryConversation(f"heard-yp-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "young_person",
                               "name": "Cai", "register": "ti"})
    conversation.start()
    conversation.say({"en": "honestly im so tired all the time and i cry most nights, i feel like nobody gets it",
                      "cy": "dwi mor flinedig drwy'r amser a dwi'n crio bron bob nos, dwi'n teimlo fel bod neb yn dallt"}
                     [language])
    assert messages.text("ack_heavy", language, "ti") in conversation.text
