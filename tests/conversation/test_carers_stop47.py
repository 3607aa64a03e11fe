"""Stop 47 (the stop-46 trial's BA12, BA13, BA15, BA19, BA21 in /work/notes/s46/trial46_report.md, and the review's
L3): carers' conversations, through the conversation core, in Welsh (north, south, learners' mixed Welsh) and English.
The words are fictional; the trial's own come first, then phrasings in no benchmark file.

BA12. "Siaradwch yn araf and use simple words." at "Sut hoffai Rhys gael help?" is how to talk to Rhys (his, as his
      father passes it on), never a request for simpler words from us, nor the carer's own.
BA13. "Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability. Sorry my Welsh is not great, dw i'n dysgu" at
      "who is talking?": the learner's welcome, and the carer choice taken (his words kept, "fy mab" as who Rhys is).
BA15. "…I snapped at him last week and I hate myself for it": a carer's blame of themselves for it is the strain.
BA19. "The wife will kill me if she finds out I said that mind" is banter, not a request to keep anything from her.
BA21. "…sydd bwysicaf i Rhys…"; the name, once known, in the safe check ("ydych chi, a Rhys, yn ddiogel"); "Beth yw ei
      enw e?" after "fy mab", never "the person you look after" again.
L3.   The name the family call them is used, whichever is said first ("Rhi ni'n galw hi, Rhiannon yw hi" and "Rhodri yw
      e, Rhods ni'n galw fe").
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.keep_from import asks_to_keep_from_someone
from bot.conversation import about_you, steering
from bot.conversation.safety import tiredness_read_as_low_mood
from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import MemoryConversation, MemoryTurn, skipped_to

_senders = itertools.count(1)


def _outcomes(conversation: MemoryConversation) -> list[tuple[str, str, str]]:
    """(words, type, about) of every outcome stored."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(o.text, o.type, o.about) for o in conv.outcomes]


def _at_who(language: str) -> MemoryConversation:
    conversation = MemoryConversation(f"carers47-{next(_senders)}", language=language)
    conversation.start()
    conversation.say("ydw" if language == "cy" else "yes")
    assert conversation.requested == "role"
    return conversation


def _language_request(conversation: MemoryConversation, text: str) -> None:
    """`text` at the waiting question, read by the NLU as about language (as Rasa routes it to action_switch_language)."""
    conversation.messages.append(text)
    mark = len(conversation.said)
    turn = MemoryTurn(conversation, text)
    conversation.slots["requested_slot"] = conversation.requested
    updates = steering.switch_language(turn)
    conversation.slots.update(turn.changes)
    conversation.slots.update(updates)
    conversation._ask_next(turn)
    conversation._since = conversation.said[mark:]


# --- BA13: who is talking, beside a learner's apology or a language request --------------------------------------------

FATHERS = [
    # (chat language, their words, the language reply's key) the trial's (learner), then in no benchmark file
    ("cy", "Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability. Sorry my Welsh is not great, dw i'n dysgu",
     "learner_welcome"),
    ("cy", "Wi'n fam-gu. Mae fy wyres yn 16 ac mae hi'n awtistig. Sori, dydy fy Nghymraeg i ddim yn dda iawn, dw i'n dysgu",
     "learner_welcome"),
    ("cy", "I'm his dad, my son is 22 and he has Down's syndrome. Can we do English please?", "language_switched"),
]


@pytest.mark.parametrize("language, text, reply", FATHERS)
def test_a_parent_beside_a_language_reply_is_taken_as_the_carer(sqlite_url: str, language: str, text: str,
                                                                 reply: str) -> None:
    conversation = _at_who(language)
    _language_request(conversation, text)
    assert conversation.slots["role"] == "carer"
    assert conversation.requested == "name"  # the chooser is not asked again
    said = [m.text for m in conversation.said]
    assert any(m.startswith(messages.text(reply, conversation.slots["language"], "chi")[:20]) for m in said)
    assert text in repository.answer_texts(conversation.sender_id, only="role")  # kept whole, for the worker


def test_my_son_said_at_who_is_talking_is_who_he_is_and_his_name_is_asked_plainly(sqlite_url: str) -> None:
    conversation = _at_who("cy")
    _language_request(conversation, FATHERS[0][1])
    assert conversation.slots["relationship"] == "fy mab"
    conversation.say("Mark")
    assert conversation.requested == "cared_for_name"
    assert "Beth yw ei enw e?" in conversation.text
    assert "gofalu amdano neu amdani" not in conversation.text


@pytest.mark.parametrize("text", ["Dw i'n dad.", "dwi'n fam iddo fo", "wi'n fam-gu", "Fi'n dad-cu, Emyr yw e",
                                  "I'm the dad.", "I'm his mum", "im her nan"])
def test_a_parent_or_grandparent_alone_is_a_carer(text: str) -> None:
    assert about_you.role_from_text(text) == "carer"


@pytest.mark.parametrize("text", ["I'm a dad and I'm struggling", "dw i'n dad ac yn sâl fy hun"])
def test_being_a_parent_said_of_their_own_life_is_not_the_carer_choice(text: str) -> None:
    assert about_you.role_from_text(text) != "carer"


# --- BA12: how to talk to the one they care for ------------------------------------------------------------------------

ABOUT_HIM = [
    ("cy", "Siaradwch yn araf and use simple words. Mae e'n siarad Cymraeg yn yr ysgol, ond Saesneg adre gyda ni",
     ["Siaradwch yn araf", "use simple words."]),  # the trial's (learner's mixed Welsh)
    ("cy", "Defnyddiwch eiriau syml. Siaradwch yn ara deg.", ["Defnyddiwch eiriau syml."]),  # north (new)
    ("en", "Speak slowly and use simple words. Give him time to answer.", []),  # (new)
]


@pytest.mark.parametrize("language, text, theirs", ABOUT_HIM)
def test_speak_slowly_at_how_to_help_them_is_about_them(sqlite_url: str, language: str, text: str,
                                                         theirs: list[str]) -> None:
    conversation = skipped_to(f"carers47-slow-{next(_senders)}", language, "carer", "q_support")
    conversation.say(text)
    for key in ("simpler_words_noted", "simpler_words_already"):
        assert messages.text(key, language, "chi") not in conversation.text  # never "I'll use simpler words"
    stored = _outcomes(conversation)
    assert stored and all(about == "person" for _, _, about in stored), stored
    for words in theirs:
        assert any(o == words and about == "person" for o, _, about in stored), stored
    assert conversation.requested != "q_support"
    # and the next questions are not put in the plainer words asked of us
    assert messages.text("plain_q_worries", language, "chi", role="carer", cared_for_name="Mair") \
        not in conversation.text


@pytest.mark.parametrize("language, text", [
    ("cy", "Siaradwch â fi mewn Cymraeg syml plis"),
    ("en", "Speak to me in plain English please"),
])
def test_asking_it_of_us_at_that_question_is_still_heard(sqlite_url: str, language: str, text: str) -> None:
    conversation = skipped_to(f"carers47-me-{next(_senders)}", language, "carer", "q_support")
    conversation.say(text)
    assert messages.text("simpler_words_noted", language, "chi") in conversation.text


# --- BA15: blaming themselves for it -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the choking mostly. and he's left the gas on twice. and I'm exhausted, I snapped at him last week and I hate "
    "myself for it",  # the trial's
    "I'm shattered, I shouted at her yesterday and I feel awful about it and I hate myself for it",
    "dwi di blino'n lan, nes i golli fy nhymer efo fo a dwi'n teimlo'n euog am y peth",  # north
])
def test_a_carer_blaming_themselves_for_snapping_is_strain_not_low_mood(text: str) -> None:
    from bot.analysis.risk import rules_only

    if "low_mood" in rules_only(text).categories:
        assert tiredness_read_as_low_mood(text)


@pytest.mark.parametrize("text", ["I hate myself", "dw i'n casáu fy hun", "I'm exhausted and I hate my life",
                                  "I hate myself for everything"])
def test_hating_themselves_is_still_low_mood(text: str) -> None:
    assert not tiredness_read_as_low_mood(text)


# --- BA19: the wife will kill me ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The wife will kill me if she finds out I said that mind",  # the trial's
    "the missus'll kill me if she finds out lol",
    "Bydd y wraig yn fy lladd i os bydd hi'n clywed",  # south (new)
    "Neith y wraig fy lladd i os neith hi ffeindio allan bo fi di deud hyn",  # north (new)
    "my wife will kill me if she finds out haha",
])
def test_the_old_joke_is_no_request_to_keep_anything(text: str) -> None:
    assert not asks_to_keep_from_someone(text)


@pytest.mark.parametrize("text", [
    "please don't tell my wife", "paid deud wrth y wraig", "peidiwch â dweud wrth y gŵr plis",
    "The wife will kill me if she finds out, so please don't tell her",
    "os ma fo'n ffeindio allan bydd o'n wyllt", "dad will kill me if he finds out",
    "my husband's gonna kill me if he finds out I told you",  # not the joke as told: it may be fear
])
def test_a_real_request_or_fear_still_is(text: str) -> None:
    assert asks_to_keep_from_someone(text)


# --- BA21: to whom, by name --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, said", [("Rhys", "sydd bwysicaf i Rhys ar hyn o bryd"),
                                        ("Dafydd", "sydd bwysicaf i Ddafydd ar hyn o bryd"),
                                        ("Carys", "sydd bwysicaf i Garys ar hyn o bryd")])
def test_what_matters_says_to_whom(name: str, said: str) -> None:
    assert said in messages.text("q_what_matters", "cy", "chi", role="carer", cared_for_name=name)


@pytest.mark.parametrize("relationship, to_them", [("y gŵr", "iddo"), ("fy mam", "iddi"), (None, "iddyn nhw")])
def test_what_matters_with_no_name_says_to_whom_by_who_they_are(sqlite_url: str, relationship: str | None,
                                                                 to_them: str) -> None:
    conversation = MemoryConversation(f"carers47-unnamed-{next(_senders)}", language="cy")
    conversation.slots.update({"cared_for_name": "__skipped__", "relationship": relationship, "completed_by": "carer",
                               "role": "carer"})
    question = MemoryTurn(conversation, "").render("q_what_matters").text
    assert f"sydd bwysicaf {to_them} ar hyn o bryd" in question


@pytest.mark.parametrize("language, disclosure, safe", [
    ("cy", "Mae Mair yn dweud o hyd ei bod hi eisiau marw", "ydych chi, a Mair, yn ddiogel"),
    ("cy", "ma hi'n deud bod hi isio marw, bob nos", "ydych chi, a Mair, yn ddiogel"),  # north, text-speak
    ("en", "Mair keeps saying she wants to die", "are you, and Mair, safe"),
])
def test_the_safe_check_names_them(sqlite_url: str, language: str, disclosure: str, safe: str) -> None:
    conversation = skipped_to(f"carers47-safe-{next(_senders)}", language, "carer", "q_worries")
    conversation.slots["cared_for_name"] = "Mair"  # (skipped_to's first skip answered the name question)
    conversation.say(disclosure)
    assert safe in conversation.text.replace("Are you", "are you")
    assert "gofalu amdano neu amdani" not in conversation.text


# --- L3: the name the family call them, whichever comes first ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Rhi ni'n galw hi, Rhiannon yw hi", "Rhi"),  # the review's
    ("Rhodri yw e, Rhods ni'n galw fe", "Rhods"),  # the review's (the stop-45 trial's)
    ("ni'n galw fe Ianto, Ifan yw e", "Ianto"),  # south (new)
    ("Gwenllian ydi hi, dan ni'n ei galw hi'n Gwen", "Gwen"),  # north (new)
    ("Margaret, but we call her Peggy", "Peggy"),
    ("we call him Geth, Gethin is his name", "Geth"),
])
def test_the_name_they_are_called_is_used_in_either_order(text: str, name: str) -> None:
    assert about_you.name_in(text) == name


@pytest.mark.parametrize("language, who, given, name", [
    ("cy", "dw i'n gofalu am fy merch", "Rhi ni'n galw hi, Rhiannon yw hi", "Rhi"),
    ("cy", "dwi'n sbio ar ôl fy hogyn", "Rhodri ydi o, Rhods dan ni'n ddeud", "Rhods"),
    ("en", "I look after my son", "Rhodri, we call him Rhods", "Rhods"),
])
def test_the_carer_hears_the_name_they_call_them(sqlite_url: str, language: str, who: str, given: str,
                                                 name: str) -> None:
    conversation = _at_who(language)
    conversation.say(who)
    if conversation.requested == "name":
        conversation.say("Eirlys")
    assert conversation.requested == "cared_for_name"
    conversation.say(given)
    assert conversation.slots["cared_for_name"] == name
    while conversation.requested == "relationship":
        conversation.say("/skip", intent="skip")
    assert name in conversation.text
