"""Re-trial 34, left at stop 34: "its rhys" was thanked "Thanks, rhys!" (and again at the end). A name typed in small
letters is said with its usual capitals, in English and Welsh, "ti" and "chi" ("llinos" -> "Llinos", one capital for a
Welsh digraph; "ap", "ab", "ferch", "de" stay small; "Mc", hyphens and "O'" take theirs); the record keeps what they
typed. Through the conversation core from the first message, with SQLite.
"""
from __future__ import annotations

import pytest

from bot import messages
from bot.analysis.text import with_name_capitals
from tests.conversation.test_derail_stop29 import _named

#: (language, who is talking, what they typed at "what name shall I use?", what they typed kept, the name said)
TYPED = [
    ("en", "young_person", "its rhys", "rhys", "Rhys"),  # the re-trial's words
    ("en", "person", "mary-jane", "mary-jane", "Mary-Jane"),
    ("cy", "person", "llinos dw i", "llinos", "Llinos"),
    ("cy", "young_person", "ffion", "ffion", "Ffion"),
    ("cy", "person", "rhys ap gruffudd", "rhys ap gruffudd", "Rhys ap Gruffudd"),
]


@pytest.mark.parametrize("language, role, typed, kept, said", TYPED)
def test_a_name_in_small_letters_is_thanked_with_its_capitals(sqlite_url: str, language: str, role: str, typed: str,
                                                              kept: str, said: str) -> None:
    stored, slot, after = _named(language, role, typed)
    assert stored == kept and slot == kept  # kept as typed
    register = "ti" if role == "young_person" else "chi"
    assert messages.text("nice_to_meet", language, register, name=said) in after
    assert messages.text("nice_to_meet", language, register, name=kept) not in after


@pytest.mark.parametrize("typed, said", [
    ("rhys", "Rhys"), ("llinos", "Llinos"), ("llŷr", "Llŷr"), ("rhys ap gruffudd", "Rhys ap Gruffudd"),
    ("dafydd ab owain", "Dafydd ab Owain"), ("nest ferch rhys", "Nest ferch Rhys"), ("maria de souza", "Maria de Souza"),
    ("mcdonald", "McDonald"), ("ann-marie", "Ann-Marie"), ("o'neill", "O'Neill"), ("mrs morgan", "Mrs Morgan"),
    ("DeShawn", "DeShawn"), ("de Souza", "de Souza"), ("ŵyn", "Ŵyn"), ("mum n dad", "mum n dad"),
    ("nain a taid", "nain a taid"),
])
def test_the_usual_capitals_of_a_name(typed: str, said: str) -> None:
    assert with_name_capitals(typed) == said
