"""What the stop-32 re-trial and trial left open (issue 11; /work/notes/s32/retrial/report.md): flow and names.
Through the real conversation core, SQLite, the summary renderer and the Rasa adapter, Welsh and English; each
finding's own words first, then a twin written for the other language. The words are fictional.
"""
from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import messages
from bot.actions.questions import ValidateWhatMattersForm
from bot.analysis.risk.told_again import goes_back_to
from bot.storage import repository
from bot.summary import load_record
from bot.summary.render import render_markdown
from tests.conversation.memory import MemoryConversation, MemoryTurn, started

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str, **values: Any) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi", **values)


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


def _carer(language: str, cared_for: str = "Wenda") -> MemoryConversation:
    """A carer past the start (consent, names, how they know her), at the first question, on the record."""
    sender = f"leftovers32-{language}-{next(_senders)}"
    conversation = started(sender, language, role="carer", name="Sian")
    conversation.slots.update({"cared_for_name": cared_for, "relationship": "mam y gŵr"})
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language, register="chi",
                                   completed_by="carer", display_name="Sian")
    repository.record_consent(sender, True)
    conversation.requested = "q_what_matters"
    return conversation


def _slot(conversation: MemoryConversation, name: str) -> Any:
    return conversation.slots.get(name)


def _asking(conversation: MemoryConversation) -> str | None:
    """The question waiting now (read afresh after each message)."""
    return conversation.requested


def _at(conversation: MemoryConversation, slot: str) -> None:
    """Every question before `slot` answered elsewhere; `slot` is the one waiting."""
    for earlier in ("q_what_matters", "q_strengths", "q_keep", "q_change", "q_support", "q_worries", "q_people",
                    "q_communication", "q_visit_time", "q_carer_own", "q_carer_support", "q_anything_else"):
        if earlier == slot:
            break
        conversation.slots[earlier] = conversation.slots.get(earlier) or "-"
    conversation.requested = slot


# --- AF4: a time to visit with an exception is a time ---------------------------------------------------------------

#: c2's disclosure (Darren keeps her bank card), then "we're safe, carry on".
MONEY = {"cy": "Ma'i nai hi, Darren, yn galw draw ar nos Wener. Fe sy'n cadw'i cherdyn banc hi nawr, ond ma'r pensiwn "
               "yn diflannu cyn diwedd yr wthnos a sa i'n gwbod ble ma fe'n mynd.",
         "en": "Her nephew Darren calls round on a Friday night. He keeps her bank card now, but her pension is gone "
               "before the end of the week and I don't know where it goes."}
SAFE_CARRY_ON = {"cy": "Ydyn, ni'n saff. Parhau.", "en": "Yes, we're safe. Carry on."}
#: The re-trial's answer at "when is the best time to visit?", and its twin.
BEST_TIME = {"cy": "Pnawn dydd Sadwrn neu ddydd Sul, pan fi 'na. Ond dim pan ma Darren 'na, nos Wener.",
             "en": "Saturday afternoon or Sunday, when I'm there. But not when Darren is there, Friday night."}
#: Times with the one named as their exception: when not to come, not fear of him coming (the disclosure's language).
NOT_WHEN = [("Ond dim pan ma Darren 'na, nos Wener.", "cy"), ("dim ar nos Wener pan mae Darren yma", "cy"),
            ("Pnawn Sadwrn. Dim nos Wener, ma Darren 'na.", "cy"), ("But not when Darren is there, Friday night.", "en"),
            ("not when Darren is there on friday", "en"), ("Not Friday nights, Darren is there.", "en")]
#: Near-twins that still go back to the disclosure: him coming, or fear beside the exception.
STILL_BACK = [("a bod Darren yn dod nos Wener", "cy"), ("Ond dim pan ma Darren 'na, bydd e'n grac gyda fi", "cy"),
              ("Darren is coming round on friday", "en"), ("not when Darren is there, he'll kill me", "en")]


@pytest.mark.parametrize("text, language", NOT_WHEN)
def test_a_time_with_him_as_its_exception_does_not_go_back_to_the_disclosure(text: str, language: str) -> None:
    assert not goes_back_to(text, MONEY[language])


@pytest.mark.parametrize("text, language", STILL_BACK)
def test_him_coming_or_feared_still_goes_back_to_it(text: str, language: str) -> None:
    assert goes_back_to(text, MONEY[language])


def _told_and_carried_on(language: str) -> MemoryConversation:
    conversation = _carer(language)
    conversation.say(MONEY[language])
    assert repository.is_urgent(conversation.sender_id)
    conversation.say(SAFE_CARRY_ON[language])
    assert repository.safe_check(conversation.sender_id)[0] is None
    return conversation


@LANGS
def test_a_best_time_with_an_exception_is_the_answer_once(sqlite_url: str, language: str) -> None:
    conversation = _told_and_carried_on(language)
    _at(conversation, "q_visit_time")
    conversation.say(BEST_TIME[language])
    said = conversation.text
    assert _text(conversation, "urgent_added") not in said  # not more of the disclosure
    assert said.count(_text(conversation, "safety_check_wish")) == 1  # one acknowledgement: how to reach them
    assert conversation.requested != "q_visit_time"  # never asked again
    record = _record(conversation)
    assert [a["text"] for a in record["answers"] if a["question_key"] == "visit_time"] == [BEST_TIME[language]]
    flag = next(f for f in record["risk_flags"] if f["level"] == "urgent")
    assert not flag["added_messages"]  # nothing added to the alert
    summary = render_markdown(record, language)
    title = "## Best time to visit" if language == "en" else "## Yr amser gorau i ymweld"
    best = summary[summary.index(title):]
    best = best[:best.index("\n## ", 1)]
    assert f"“{BEST_TIME[language]}”" in best  # whole, once, under its question
    assert best.count(BEST_TIME[language]) == 1


def _tracker(conversation: MemoryConversation, text: str) -> Tracker:
    slots = {**conversation.slots, "requested_slot": conversation.requested}
    latest = {"text": text, "intent": {"name": "inform"}, "message_id": f"{conversation.sender_id}-rasa",
              "entities": []}
    return Tracker(conversation.sender_id, slots, latest, [{"event": "user", "timestamp": 1.0}], False, None,
                   {"name": "what_matters_form"}, "action_listen")


#: More of the disclosure said at the best-time question after carrying on: added to its alert, taken as the answer.
HE_IS_COMING = {"cy": "Unrhyw bryd, ond ma Darren yn dod draw nos Wener.",
                "en": "Any time, but Darren is coming round on friday."}


@LANGS
def test_a_message_added_to_the_alert_through_the_form_moves_on(sqlite_url: str, language: str) -> None:
    """Rasa's form action (the dialogue did not route it): once taken as the answer, the next question is asked, not the
    same one again (the re-trial asked 'Pryd yw'r amser gorau…?' twice)."""
    conversation = _told_and_carried_on(language)
    _at(conversation, "q_visit_time")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateWhatMattersForm().run(dispatcher, _tracker(conversation, HE_IS_COMING[language]), {}))
    slots = {e["name"]: e.get("value") for e in events if e.get("event") == "slot"}
    assert slots["q_visit_time"] == HE_IS_COMING[language]
    assert slots["requested_slot"] == "q_carer_own"
    said = "\n".join(m["text"] for m in dispatcher.messages)
    assert _text(conversation, "urgent_added") in said
    added = next(f for f in _record(conversation)["risk_flags"] if f["level"] == "urgent")["added_messages"]
    assert len(added) == 1


# --- AF5: names given with the role, role words, whose relative, whose age ------------------------------------------

def _at_the_start(language: str) -> MemoryConversation:
    """Consent given, "who is talking?" waiting."""
    sender = f"leftovers32-start-{language}-{next(_senders)}"
    conversation = MemoryConversation(sender, language=language)
    conversation.slots["consent_choice"] = "yes"
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language)
    repository.record_consent(sender, True)
    conversation.start()
    assert conversation.requested == "role"
    return conversation


def _who_is_cared_for(language: str) -> MemoryConversation:
    """A carer who gave her own name, at "who do you look after? what name shall I use?"."""
    conversation = _at_the_start(language)
    conversation.say("Dwi'n gofalu am rywun" if language == "cy" else "I look after someone")
    conversation.say("Sian")
    assert conversation.requested == "cared_for_name"
    return conversation


#: The re-trial's answer at "who is talking?", and its twin: her name, given with whose mother she is.
ROLE_WITH_NAME = {"en": "I look after my husbands mother, Wenda, shes 86 and lives on her own in Ystradgynlais, I'm in "
                        "and out every day",
                  "cy": "Dwi'n gofalu am fam y gŵr, Wenda, mae hi'n 86 ac yn byw ar ei phen ei hun yn Ystradgynlais"}


@LANGS
def test_a_name_given_with_whose_relative_she_is_is_not_asked_again(sqlite_url: str, language: str) -> None:
    conversation = _at_the_start(language)
    conversation.say(ROLE_WITH_NAME[language])
    conversation.say("Sian")
    assert conversation.slots["cared_for_name"] == "Wenda"
    assert conversation.slots["relationship"] in ("my husbands mother", "fam y gŵr")
    assert conversation.requested == "q_what_matters"  # neither her name nor how they are connected asked again
    said = conversation.text
    assert _text(conversation, "cared_for_name") not in said
    assert "Wenda" in said
    if language == "en":
        assert "matters most to her" in said  # she is his mother: never "him"


#: Given at "who do you look after?" while "are you safe?" waited (the re-trial's words), and its twin.
NAME_AT_THE_CHECK = {"cy": "Wenda, mam y gŵr. Mam-gu'r plant.", "en": "Wenda, my husband's mother. The kids' nan."}
#: A disclosure at "who do you look after?" that the rules read, in each language.
FIRST_DISCLOSURE = {"cy": MONEY["cy"], "en": "Her nephew Darren hits her and she's frightened of him."}


@LANGS
def test_her_name_given_while_the_check_waits_is_the_answer_to_who_they_look_after(sqlite_url: str,
                                                                                  language: str) -> None:
    conversation = _who_is_cared_for(language)
    conversation.say(FIRST_DISCLOSURE[language])
    assert repository.safe_check(conversation.sender_id)[0] is not None
    conversation.say(NAME_AT_THE_CHECK[language])
    assert conversation.slots["cared_for_name"] == "Wenda"
    assert _text(conversation, "safety_check_answer_kept") in conversation.text
    conversation.say("Parhau" if language == "cy" else "Carry on")
    assert conversation.requested == "q_what_matters"  # not "who do you look after?" again
    record = _record(conversation)
    assert record["cared_for_name"] == "Wenda"
    kept = [a["question_key"] for a in record["answers"] if a["text"] == NAME_AT_THE_CHECK[language]]
    assert kept == ["cared_for_name"]  # never a reply to "are you safe?"


#: Who they look after, by role only: no name; the role word is never taken as one.
ROLE_ONLY = [("en", "The wife"), ("cy", "y gŵr"), ("en", "Ma"), ("cy", "Y wraig"), ("en", "my husband")]


@pytest.mark.parametrize("language, role_word", ROLE_ONLY)
def test_a_role_word_is_kept_and_the_name_asked_once(sqlite_url: str, language: str, role_word: str) -> None:
    conversation = _who_is_cared_for(language)
    conversation.say(role_word)
    assert conversation.slots["relationship"] == role_word
    assert _slot(conversation, "cared_for_name") is None
    assert conversation.requested == "cared_for_name"
    # only the name, in a few words, "for her" / "ar ei chyfer" as who they are says (AM14)
    assert MemoryTurn(conversation, "").render("cared_for_name_only").text in conversation.text
    assert _text(conversation, "cared_for_name") not in conversation.text  # never "who do you look after?" again
    conversation.say("Jean")
    assert conversation.slots["cared_for_name"] == "Jean"
    assert _asking(conversation) == "q_what_matters"
    assert "Jean" in conversation.text and role_word not in conversation.text


@pytest.mark.parametrize("language, role_word", ROLE_ONLY)
def test_the_role_word_again_is_no_name_and_no_loop(sqlite_url: str, language: str, role_word: str) -> None:
    conversation = _who_is_cared_for(language)
    conversation.say(role_word)
    conversation.say(role_word)
    assert conversation.requested == "q_what_matters"
    assert _text(conversation, "cared_for_unnamed") in conversation.text
    assert role_word not in conversation.text


#: Whose relative first, then the name: the name is the one cared for.
WHOSE_FIRST = [("cy", "gŵr Mair, Gwil", "gŵr Mair"), ("en", "Mair's husband, Gwil", "Mair's husband")]


@pytest.mark.parametrize("language, answer, relation", WHOSE_FIRST)
def test_whose_relative_then_the_name_gives_the_name(sqlite_url: str, language: str, answer: str,
                                                     relation: str) -> None:
    conversation = _who_is_cared_for(language)
    conversation.say(answer)
    assert conversation.slots["cared_for_name"] == "Gwil"
    assert conversation.slots["relationship"] == relation
    assert "Mair" not in conversation.text.replace(relation, "")


#: A son's age, said with him at "who is talking?": the carer is an adult.
SONS_AGE = {"cy": "dwi'n gofalu am fy mab, 15 oed", "en": "I look after my son (15)"}
#: Near-twins whose age is the writer's own.
OWN_AGE = {"cy": "dwi'n 15 oed a dwi'n gofalu am fy mam", "en": "I'm 15 and I look after my mum"}


@LANGS
def test_a_sons_age_is_not_the_carers(sqlite_url: str, language: str) -> None:
    conversation = _at_the_start(language)
    conversation.say(SONS_AGE[language])
    assert conversation.slots["role"] == "carer"
    assert conversation.slots["register"] == "chi"


@LANGS
def test_their_own_age_still_makes_a_young_person(sqlite_url: str, language: str) -> None:
    conversation = _at_the_start(language)
    conversation.say(OWN_AGE[language])
    assert conversation.slots["role"] == "young_person"
    assert conversation.slots["register"] == "ti"


# --- AF6: "Ni'n gallu cario mlan" is a choice to carry on -----------------------------------------------------------

#: The re-trial's reply to "are you safe?" and its twin: safe, who must not be told (and why), and carry on.
SAFE_AND_CARRY_ON = {
    "cy": "Ydyn, ni'n saff, sdim byd fel'na. Plis peidwch gweud wrth Darren bo fi 'di sôn am y cerdyn, neith e "
          "golli'i dymer. Ni'n gallu cario mlan.",
    "en": "Yes, we're safe, nothing like that. Please don't tell Darren I mentioned the card, he'll lose his temper. "
          "We can carry on.",
}
CARRY_ON_ALONE = {"cy": "Ni'n gallu cario mlan", "en": "we can carry on"}
#: Not being able to carry on is never the choice to carry on.
CANNOT_CARRY_ON = ["Fi'n ffaelu cario mlan fel hyn", "alla i ddim cario mlan", "methu cario mlaen",
                   "I can't carry on like this"]


@pytest.mark.parametrize("text", [*SAFE_AND_CARRY_ON.values(), *CARRY_ON_ALONE.values()])
def test_we_can_carry_on_is_the_choice_to_carry_on(text: str) -> None:
    from bot.analysis.safe_reply import asks_what_happens_next, reply_to_safe_check

    assert reply_to_safe_check(text) == "carry_on"
    assert not asks_what_happens_next(text)  # "neith e golli'i dymer" says what he will do; it asks nothing


@pytest.mark.parametrize("text", CANNOT_CARRY_ON)
def test_cannot_carry_on_is_no_choice(text: str) -> None:
    from bot.analysis.safe_reply import reply_to_safe_check

    assert reply_to_safe_check(text) != "carry_on"


@pytest.mark.parametrize("text", ["fydd rhywun yn ffonio fi", "dwi'n iawn. fydd rhywun yn ffonio fi",
                                  "dwi'n iawn, fydd nhw'n ffonio mam?"])
def test_a_welsh_question_opening_its_sentence_is_still_a_question(text: str) -> None:
    from bot.analysis.safe_reply import asks_what_happens_next

    assert asks_what_happens_next(text)


@pytest.mark.parametrize("key", ["both", "alone"])
@LANGS
def test_carrying_on_at_the_check_goes_on_to_the_question(sqlite_url: str, language: str, key: str) -> None:
    conversation = _carer(language)
    conversation.say(FIRST_DISCLOSURE[language])
    assert repository.safe_check(conversation.sender_id)[0] is not None
    reply = SAFE_AND_CARRY_ON[language] if key == "both" else CARRY_ON_ALONE[language]
    conversation.say(reply)
    said = conversation.text
    assert _text(conversation, "safety_check_questions") not in said  # never "You asked what happens next"
    assert _text(conversation, "safety_check_carry_on") in said
    assert (_text(conversation, "safety_check_untold") in said) == (key == "both")  # Darren: heard, honestly
    assert repository.safe_check(conversation.sender_id)[0] is None
    assert _asking(conversation) == "q_strengths"
    kept = [a["question_key"] for a in _record(conversation)["answers"] if a["text"] == reply]
    assert kept == ["safety_check"]


# --- AE14: "how do I get rid of all this off my phone?" asks how to delete ------------------------------------------

#: The re-trial's words (a young person on Telegram, at "anything else?") and its twin.
GET_RID_OF_IT = {"cy": "sut dwi'n cal gwared o hwn i gyd oddi ar ffôn fi? dwi ddim isio dad ei weld o",
                 "en": "how do i get rid of all this off my phone? i dont want dad to see it"}
#: Asking how to delete, in other words.
ASKS_TO_DELETE = ["how do i get rid of this chat", "sut mae cael gwared o hwn", "sut alla i gael gwared ar hyn i gyd?",
                  "can I get rid of my answers"]
#: Getting rid of something in their life: a wish, never a question about their data.
GETTING_RID_OF_THINGS = ["I want to get rid of the old carpet", "dwi isio cael gwared o'r hen garped",
                         "sut dwi'n cael gwared o'r llygod yn y gegin", "how do I get rid of all the damp in the bathroom",
                         "we need to get rid of all the clutter"]


@pytest.mark.parametrize("text", [*GET_RID_OF_IT.values(), *ASKS_TO_DELETE])
def test_getting_rid_of_all_this_asks_how_to_delete(text: str) -> None:
    from bot.analysis.about_assistant import asks_to_delete

    assert asks_to_delete(text)


@pytest.mark.parametrize("text", GETTING_RID_OF_THINGS)
def test_getting_rid_of_things_is_no_delete_question(text: str) -> None:
    from bot.analysis.about_assistant import asks_to_delete

    assert not asks_to_delete(text)


@LANGS
def test_on_telegram_getting_rid_of_it_is_answered_with_how(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                            language: str) -> None:
    from tests.conversation.test_clear_this_chat import _on

    conversation = _on("telegram", monkeypatch, language, register="ti")
    _at(conversation, "q_anything_else")
    conversation.say(GET_RID_OF_IT[language])
    said = conversation.text
    assert messages.text("how_to_delete_telegram", language, "ti") in said
    assert messages.text("delete_chat_from_phone_telegram", language, "ti") in said
    for ack in ("ack", "ack_2", "ack_3", "ack_ok", "ack_thanks"):
        assert messages.text(ack, language, "ti") not in said  # never only "Diolch, dw i wedi nodi hynna"
    assert _asking(conversation) == "q_anything_else"  # the question again
    assert not _record(conversation).get("outcomes")  # "dwi ddim isio dad ei weld o" is no wish to change


# --- AE7 / AC11: two corrections at the read-back in one message: both acted on ------------------------------------

#: (language, register, role, message, taken out, numbers said to be unchanged): the re-trial's words and twins.
TWO_CORRECTIONS = [
    ("cy", "chi", "carer", "Dyw rhif 6 ddim i fod 'na, camgymeriad oedd hwnna. A ma rhif 11 yn breifat, sa i moyn e "
                          "lawr.", [6, 11], []),
    ("en", "chi", "carer", "Number 6 shouldn't be there, that was a mistake. And number 11 is private, I don't want it "
                           "down.", [6, 11], []),
    ("en", "ti", "young_person", "4 n 2 r wrong. 4 was a joke and 2 isnt a thing i want to keep", [2, 4], []),
    ("cy", "ti", "young_person", "4 a 2 yn anghywir. Jôc oedd 4, a dydi 2 ddim yn rhywbeth i'w gadw", [2, 4], []),
    # one done, one not: what is not done is said plainly, never a bare "noted"
    ("en", "ti", "young_person", "4 n 2 r wrong. 4 was a joke", [4], [2]),
    ("cy", "ti", "young_person", "4 a 2 yn anghywir. Jôc oedd 4", [4], [2]),
]


@pytest.mark.parametrize("language, register, role, message, out, unchanged", TWO_CORRECTIONS)
def test_two_corrections_in_one_message_are_both_acted_on(sqlite_url: str, language: str, register: str, role: str,
                                                          message: str, out: list[int], unchanged: list[int]) -> None:
    from tests.conversation.test_readback_corrections_trial32 import _listed, _numbers, _with_items

    sender = f"leftovers32-rb-{language}-{next(_senders)}"
    conversation = _with_items(sender, language, role, register)
    before = _listed(sender)
    conversation.say(message)
    said = conversation.text
    assert list(_listed(sender).values()) == [text for number, text in before.items() if number not in out]
    assert messages.text("readback_noted", language, register) not in said
    not_changed = messages.text("readback_noted_not_changed", language, register,
                                numbers=_numbers(language, unchanged)) if unchanged else None
    if not_changed:
        assert not_changed in said
    else:  # never "not changed" for a number that was changed
        head = messages.text("readback_noted_not_changed", language, register, numbers="\x00").split("\x00")[0]
        assert head not in said
    assert _asking(conversation) == "readback"


# --- AE12: a question to us about days is answered; a change of mind keeps the last wish only ----------------------

#: The re-trial's answer at "what is going well, and who helps?" and its twin: the question (and its reason) asks us.
SUNDAY = {"cy": ("Y capel, ei chath Smwt, a'r paned gyda Mrs Price drws nesa bob bore. Fydd y gweithiwr yn gallu dod ar "
                 "ddydd Sul gyda llaw? achos fi'n gweithio yn y wthnos", "Fydd y gweithiwr", "achos fi'n gweithio"),
          "en": ("Chapel, her cat Smwt, and a cuppa with Mrs Price next door every morning. Can the worker come on a "
                 "Sunday by the way? because I work in the week", "Can the worker", "because I work")}


@pytest.mark.parametrize("slot", ["q_strengths", "q_support"])
@LANGS
def test_can_the_worker_come_on_sunday_is_answered_and_no_outcome(sqlite_url: str, language: str, slot: str) -> None:
    words, question, reason = SUNDAY[language]
    conversation = _carer(language)
    _at(conversation, slot)
    conversation.say(words)
    assert _text(conversation, "visit_days") in conversation.text  # answered honestly, never left unsaid
    assert _asking(conversation) != slot
    record = _record(conversation)
    assert [a["text"] for a in record["answers"] if a["question_key"] == slot[2:]] == [words]  # kept whole
    for outcome in record.get("outcomes") or []:
        assert question not in outcome["text"] and reason not in outcome["text"]


@pytest.mark.parametrize("text", ["She likes Sundays best", "Mae hi'n licio dydd Sul", "the worker can come any day"])
def test_a_day_said_is_no_question_to_us(text: str) -> None:
    from bot.analysis.about_assistant import question_to_us

    assert question_to_us(text) is None


#: (language, slot, words, the wish taken back, the last wish): the re-trial's words and twins.
CHANGED_MIND = [
    ("cy", "q_carer_support", "Rhywun i ddod miwn ar nos Fawrth a nos Iau fel bo fi'n gallu mynd i'r côr. Neu, na, "
                              "ffor get it, nos Lun yw'r côr – nos Lun plis.", "nos Fawrth", "nos Lun plis."),
    ("en", "q_carer_support", "Someone to come in on Tuesday and Thursday nights so I can go to choir. Or, no, forget "
                              "it, choir is Monday night – Monday night please.", "Tuesday", "Monday night please."),
    ("en", "q_support", "Not mornings, mornings are no good, I'm slow to get going... actually no, make it mornings, "
                        "afternoons I doze off in the chair.", "Not mornings", "afternoons I doze off in the chair."),
    ("cy", "q_support", "Dim boreau, dwi'n araf yn y bore... a dweud y gwir na, gwnewch hi'n foreau, dwi'n cysgu yn y "
                        "gadair yn y pnawn.", "Dim boreau", "dwi'n cysgu yn y gadair yn y pnawn."),
]


@pytest.mark.parametrize("language, slot, words, taken_back, last", CHANGED_MIND)
def test_a_change_of_mind_inside_an_answer_keeps_the_last_wish(sqlite_url: str, language: str, slot: str, words: str,
                                                               taken_back: str, last: str) -> None:
    conversation = _carer(language)
    _at(conversation, slot)
    conversation.say(words)
    outcomes = [o["text"] for o in _record(conversation).get("outcomes") or []]
    assert len(outcomes) == 1 and outcomes[0].endswith(last) and outcomes[0] in words
    assert taken_back not in outcomes[0]


@pytest.mark.parametrize("words", ["Help with the garden or no help at all, I don't mind",
                                   "I always forget it. I want help with my tablets."])
def test_no_change_of_mind_takes_nothing_back(words: str) -> None:
    from bot.analysis import analyse

    assert any(("garden" in o.text or "tablets" in o.text) for o in analyse(words, question="process").outcomes)


# --- AF3: an urgent alert is labelled with the question it was told at ----------------------------------------------

@LANGS
def test_the_alert_is_labelled_with_its_own_question_not_a_later_ones(sqlite_url: str, language: str) -> None:
    """Told at "who do you look after?"; a later message at "when is the best time to visit?" is added to its alert
    (the re-trial's summary said "In answer to: Pryd yw'r amser gorau…", the later message's question)."""
    conversation = _who_is_cared_for(language)
    conversation.say(FIRST_DISCLOSURE[language])
    asked_first = _text(conversation, "cared_for_name")
    conversation.say("Parhau" if language == "cy" else "Carry on")
    conversation.say("Wenda")
    _at(conversation, "q_visit_time")
    conversation.say(HE_IS_COMING[language])
    record = _record(conversation)
    assert len(next(f for f in record["risk_flags"] if f["level"] == "urgent")["added_messages"]) == 1
    summary = render_markdown(record, language)
    urgent = summary[summary.index("### Brys" if language == "cy" else "### Urgent"):]
    urgent = urgent[:urgent.index("\n### ", 1)] if "\n### " in urgent[1:] else urgent
    label = "Mewn ateb i" if language == "cy" else "In answer to"
    assert f"_{label}: “{asked_first}”_" in urgent
    visit = _text(conversation, "q_visit_time")
    assert f"{label}: “{visit}”" not in urgent.split(f"“{FIRST_DISCLOSURE[language]}”")[0]
