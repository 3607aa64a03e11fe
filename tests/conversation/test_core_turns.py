"""The core's own rules, run through an in-memory turn (no Rasa): whose view, skips, language, urgent replies."""
from __future__ import annotations

from bot import messages
from bot.conversation import answers, safety, steering
from bot.conversation.about_you import role_from_text
from bot.conversation.turn import SKIPPED
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn


def _answers(sender: str) -> list[tuple[str, str, str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender)
        assert conv is not None
        return [(a.question_key, a.text, a.whose_view, a.about) for a in conv.answers]


def test_a_carers_own_answers_are_about_the_carer(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-carer", language="en")
    conversation.start()
    conversation.say("yes")
    conversation.say("I look after my mum")
    assert conversation.slots["completed_by"] == "carer"
    conversation.say("Elin")
    conversation.say("Gwenda")
    assert conversation.slots["relationship"] == "my mum"  # said at the role (leftovers34): not asked again
    assert "relationship" not in conversation.asked
    while conversation.requested != "q_carer_own":
        assert conversation.requested != "readback"
        conversation.say("/skip", intent="skip")
        assert conversation.slots[conversation.asked[-2]] == SKIPPED
    conversation.say("Keeping my part-time job.")
    kept = _answers("mem-carer")
    assert kept == [("carer_own", "Keeping my part-time job.", "carer", "carer")]  # skips keep no words


def test_the_person_is_followed_into_welsh_only_when_they_clearly_write_it(sqlite_url: str) -> None:
    """Two whole Welsh answers in a row: one alone keeps the language they chose (stop-28 trial Y4)."""
    conversation = MemoryConversation("mem-language", language="en")
    conversation.start()
    conversation.say("yes")
    conversation.say("me")
    conversation.say("Ok")  # a name, or a one-word reply: never flips the language
    assert conversation.slots["language"] == "en"
    conversation.say("Dw i eisiau aros yn fy nghartref fy hun gyda fy nghi bach")
    assert conversation.slots["language"] == "en"
    assert messages.text("language_followed", "cy") not in conversation.text
    conversation.say("Mae fy merch yn dod draw bob nos ar ôl gwaith i wneud swper")
    assert conversation.slots["language"] == "cy"
    assert messages.text("language_followed", "cy") in conversation.text
    with session_scope() as s:
        conv = repository.get_conversation(s, "mem-language")
        assert conv is not None and conv.language == "cy"


def test_mixing_in_the_other_language_keeps_the_chosen_one(sqlite_url: str) -> None:
    """After choosing Welsh, "text plz!! dim galwade" (langdetect: English) is a Welsh speaker mixing, not switching."""
    conversation = MemoryConversation("mem-mixing", language="cy")
    conversation.start()
    conversation.say("ydy")
    conversation.say("fi")
    conversation.say("Kayleigh")
    conversation.say("text plz!! dim galwade")
    assert conversation.slots["language"] == "cy"
    assert messages.text("language_followed", "en") not in conversation.text
    conversation.say("I would really like to go back to swimming on a Saturday, diolch")
    assert conversation.slots["language"] == "cy"  # one whole English sentence: not yet a switch (trial Y4)
    conversation.say("My sister takes me to the shops on a Thursday morning, diolch")
    assert conversation.slots["language"] == "en"  # a second one in a row, one Welsh word in each: they switched


def test_an_urgent_answer_gets_the_reply_at_once_and_is_kept_as_the_answer(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-urgent", language="en")
    conversation.slots.update({"consent_choice": "yes", "role": "person", "completed_by": "person", "name": "Jo"})
    words = "I don't want to be alive any more"
    turn = MemoryTurn(conversation, words)
    assert safety.note_risk(turn).level == "urgent"
    updates = safety.respond_to_urgent(turn, "q_worries")
    assert updates == {"q_worries": words}  # kept as its answer; the worries are not asked again after "carry on"
    said = [m.text for m in conversation.said]
    assert said[0].startswith("Thank you for telling me") and "999" in said[0]
    assert said[-1] == messages.text("safety_check", "en")  # the questions pause (tests/conversation/test_disclosure_path.py)
    assert _answers("mem-urgent") == [("worries", words, "person", "person")]
    with session_scope() as s:
        conv = repository.get_conversation(s, "mem-urgent")
        assert conv is not None and conv.urgent
    assert safety.respond_to_urgent(MemoryTurn(conversation, words), "q_support") == {"q_support": None}  # asked again


def test_before_any_language_the_urgent_reply_is_in_both_and_the_active_offer_follows(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-urgent-first", language="und")
    turn = MemoryTurn(conversation, "help me he hits me")
    assert safety.respond_to_urgent(turn, None) == {}
    texts = [m.text for m in conversation.said]
    assert texts[-1] == messages.text("active_offer", None)


def test_start_again_clears_every_asked_slot_but_keeps_consent(sqlite_url: str) -> None:
    conversation = MemoryConversation("mem-again", language="en")
    conversation.start()
    conversation.say("yes")
    conversation.say("me")
    conversation.say("Jo")
    conversation.say("My garden")
    turn = MemoryTurn(conversation, "start again")
    cleared = steering.start_again(turn)
    assert cleared is not None
    assert "consent_choice" not in cleared and cleared["q_what_matters"] is None and cleared["name"] is None
    assert cleared["register"] == "chi" and cleared["completed_by"] is None
    assert _answers("mem-again") == []


def test_who_is_talking_is_read_from_their_words() -> None:
    assert role_from_text("I'm 15") == "young_person"
    assert role_from_text("Dw i'n gofalu am fy mam") == "carer"
    assert role_from_text("It's about me") == "person"
    assert role_from_text("banana") is None


def test_a_why_quotes_a_long_answer_on_one_short_line() -> None:
    quoted = answers.short("a referral\nto the   day centre " + "x" * 200)
    assert len(quoted) <= answers.QUOTE_LIMIT and quoted.endswith("…") and "\n" not in quoted
    assert quoted == "a referral to the day centre…"  # cut after a whole word, never inside one (eighth trial AB11)
    long_words = "information about money, carers allowance or something, I dont understand the forms."
    assert answers.short(long_words) == "information about money, carers allowance or something, I dont understand the…"
