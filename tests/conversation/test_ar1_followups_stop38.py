"""After a young person's disclosure (trial 38 AR1, its re-trial): "did u even read that?? im scared hes gonna send
them" was only noted ("That sounds hard. I've noted it"), never added to the alert, and "wat happens about the
fortnite guy" got "Thanks.". Fear of what that person will do next goes to the alert; what happens about him is
answered. After they chose to carry on (at "are you safe?" a reply is kept beside the alert by the pause). Through the conversation core with SQLite, Welsh (ti) and English; the words are fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.about_assistant import questions_about_what_next
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

DISCLOSURE = {
    "en": "theres this guy from fortnite hes like 19 and he keeps askin me for pics. i sent him 1 n now he says if i "
          "stop hell send them to my school 😭 idk wat to do",
    "cy": "ma na foi ar fortnite, ma'n 19 a ma'n dal i ofyn am lunia gen i. nes i yrru un a rwan ma'n deud neith o yrru "
          "nhw i'r ysgol os dwi'n stopio 😭 dwi'm yn gwbod be i neud",
}
SCARED = {"en": "did u even read that?? im scared hes gonna send them",
          "cy": "nest ti ddarllen hwnna?? ma gen i ofn neith fo yrru nhw"}
WHAT_ABOUT = {"en": "wat happens about the fortnite guy", "cy": "be sy'n digwydd efo'r boi fortnite?"}
#: Fear of something else, after the same disclosure: not about him, never added.
OTHER_FEAR = {"en": "im scared of spiders tho lol", "cy": "ma gen i ofn pry cop lol"}


def _flags(sender: str) -> list[tuple[str, bool]]:
    """(level, added to another alert) of every flag kept, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(f.level, f.joined_flag_id is not None) for f in sorted(conv.risk_flags, key=lambda f: f.id)]


def _after_the_disclosure(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"ar1-followups-38-{next(_senders)}", language=language)
    conversation.slots.update({"consent_choice": "yes", "role": "young_person", "completed_by": "person",
                               "name": "Kacey", "register": "ti"})
    conversation.start()
    conversation.say(DISCLOSURE[language])
    assert _flags(conversation.sender_id) == [("urgent", False)], "the disclosure this test rests on"
    conversation.say("parhau" if language == "cy" else "carry on")
    return conversation


@pytest.mark.parametrize("language", ["cy", "en"])
def test_fear_of_what_he_will_do_next_is_added_to_the_alert(sqlite_url: str, language: str) -> None:
    conversation = _after_the_disclosure(language)
    conversation.say(SCARED[language])
    assert ("urgent", True) in _flags(conversation.sender_id)[1:]


@pytest.mark.parametrize("language", ["cy", "en"])
def test_another_fear_is_not_added(sqlite_url: str, language: str) -> None:
    conversation = _after_the_disclosure(language)
    conversation.say(OTHER_FEAR[language])
    assert not any(joined for _level, joined in _flags(conversation.sender_id)[1:])


@pytest.mark.parametrize("language", ["cy", "en"])
def test_what_happens_about_him_is_answered(sqlite_url: str, language: str) -> None:
    assert questions_about_what_next(WHAT_ABOUT[language])
    conversation = _after_the_disclosure(language)
    conversation.say(WHAT_ABOUT[language])
    first = messages.text("return_what_next", language, "ti").split("\n")[0]
    assert first.split(".")[0] in conversation.text


@pytest.mark.parametrize("text", ["what happens with my pension?", "what happens to the house", "be sy'n digwydd i fy mam?",
                                  "dwi'n poeni be sy'n digwydd efo fo"])
def test_no_question_about_what_happens_in_these(text: str) -> None:
    assert questions_about_what_next(text) == []
