"""Trial 38 re-trial AS5 and AS6, at "is it OK for me to write down your answers?".

- AS5: after three replies that were neither yes nor no ("hmm", "dunno", "idk": nothing kept), a later "what?" was told
  "I haven't kept anything you told me – only that you said no", and "ok" "If you change your mind". They never said
  no: what is said after the start ended is true either way (nothing kept; how to begin).
- AS6: "What is a safeguarding team?" / "Beth yw tîm diogelu?" got "Sorry, I didn't quite catch that": now who they
  are, that they help keep people safe, and when they would see what was written, then the consent question again;
  never a yes or a no.
Through the conversation core, from the first message as Rasa routes it; the words are fictional.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.about_assistant import asks_what_the_safeguarding_team_is
from tests.conversation.test_start_never_loops import _at_consent, _sender

UNCLEAR = {"en": ["hmm", "dunno", "idk"], "cy": ["hmm", "dim syniad", "sai'n gwbod"]}
NO_WORDS = {"en": "said no", "cy": 'dweud "na"'}


@pytest.mark.parametrize("language, then", [("en", "what?"), ("en", "huh"), ("cy", "be?"), ("cy", "sori?")])
def test_after_an_unclear_start_nothing_says_they_said_no(sqlite_url: str, language: str, then: str) -> None:
    dialogue = _at_consent(_sender("fix39b-as5", language, then), language)
    for reply in UNCLEAR[language]:
        dialogue.say(reply)
    assert dialogue.asking is None and dialogue.record().consent is False  # nothing kept, as before
    said = dialogue.say(then)
    assert NO_WORDS[language] not in said
    assert messages.text("declined_still", language) in said
    assert dialogue.record().consent is False


@pytest.mark.parametrize("language, then", [("en", "ok"), ("cy", "iawn")])
def test_ok_after_an_unclear_start_is_answered_truly(sqlite_url: str, language: str, then: str) -> None:
    dialogue = _at_consent(_sender("fix39b-as5-ok", language, then), language)
    for reply in UNCLEAR[language]:
        dialogue.say(reply)
    said = dialogue.say(then)
    assert messages.text("declined_noted", language) in said
    assert "change your mind" not in said and "newid eich meddwl" not in said
    assert dialogue.asking is None and dialogue.record().consent is False
    dialogue.say("yes, you can" if language == "en" else "ia, cewch")  # the way in it gives works
    assert dialogue.record().consent is True and dialogue.conversation.requested == "role"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_real_no_still_says_so_at_the_time(sqlite_url: str, language: str) -> None:
    dialogue = _at_consent(_sender("fix39b-as5-no", language), language)
    said = dialogue.say("no" if language == "en" else "na")
    assert messages.text("declined", language) in said


#: (language, the question at consent)
WHAT_IS_IT = [
    ("en", "What is a safeguarding team?"), ("en", "whats the safeguarding team"), ("en", "who are the safeguarding team?"),
    ("en", "what do the safeguarding team do?"),
    ("cy", "Beth yw tîm diogelu?"), ("cy", "be di'r tîm diogelu?"), ("cy", "pwy ydy'r tîm diogelu?"),
    ("cy", "beth mae'r tîm diogelu yn ei wneud?"),
]


@pytest.mark.parametrize("language, text", WHAT_IS_IT)
def test_what_the_safeguarding_team_is_is_explained_and_consent_asked_again(sqlite_url: str, language: str,
                                                                             text: str) -> None:
    dialogue = _at_consent(_sender("fix39b-as6", language, text), language)
    said = dialogue.say(text)
    assert messages.text("safeguarding_team", language) in said
    assert messages.text("consent_unclear", language) not in said
    assert dialogue.asking == "consent_choice" and dialogue.record().consent is None  # neither a yes nor a no
    dialogue.say("ok" if language == "en" else "iawn")
    assert dialogue.asking == "role" and dialogue.record().consent is True


def test_a_young_person_hears_it_with_ti(sqlite_url: str) -> None:
    dialogue = _at_consent(_sender("fix39b-as6-ti"), "cy")
    dialogue.slots["register"] = "ti"
    said = dialogue.say("be di'r tîm diogelu?")
    assert messages.text("safeguarding_team", "cy", "ti") in said and "byddi di" in said


@pytest.mark.parametrize("text", ["my sister is on the safeguarding team", "mae fy chwaer yn y tîm diogelu",
                                  "I work in safeguarding"])
def test_the_team_named_in_passing_is_no_question(text: str) -> None:
    assert not asks_what_the_safeguarding_team_is(text)
