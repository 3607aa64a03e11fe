"""Ninth trial flow findings (stop 31, issue 11), through the conversation core, each with the trial's own words and a
twin in the other language (north and south Welsh, text-speak).

AC1: "Sioned. Emrys ydi enw Dad" at the carer's own name question gave "Diolch, Emrys.", and "…Sioned ydw i, dim
Emrys!" was ignored. AC3: "na cymraeg plz lol 😅…" stayed in English, and "Iawn, Cymraeg eto plîs!…" was kept as her
answer to the support question. AC4: "ydy mam yn mynd i gal trwbl achos fi wedi deud hyn? 😬" and "is someone actually
gonna message me tho or is it just this bot" got "Thanks, noted". AC9: words typed at the language step were kept as a
low-mood concern though the next message said nothing was kept yet. AC10: "ia iawn. ond fydd fy mrawd i'n cael gweld
hwn?" got the consent question with her question unanswered; "ydan ni'n saff… awn ni ymlaen" got the safe check
again. AC11: "Number 4 and 5 is one thing", "Number 20 doesn't make sense…", "go back - I forgot to say…" were not
acted on. AC14: "Lowri o'r dosbarth Cymraeg." was listed as what she said about language.
"""
from __future__ import annotations

import hashlib
import itertools

import pytest

from bot import messages
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant
from bot.analysis.controls import language_request
from bot.analysis.safe_reply import reply_to_safe_check
from bot.conversation.readback import numbered_items
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary.record import speaks_of_a_language
from tests.conversation.memory import MemoryConversation, at_question, started, started_with_record
from tests.conversation.test_colloquial import Dialogue


def _sender(*parts: object) -> str:
    return "mem-t31-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(sender_id: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(a.question_key, a.text) for a in conv.answers] if conv else []


def _flags(sender_id: str) -> list[tuple[str, str]]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return [(f.level, f.text) for f in conv.risk_flags] if conv else []


def _record(sender_id: str) -> tuple[str | None, str | None, str | None]:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        assert conv is not None
        return conv.display_name, conv.cared_for_name, conv.relationship_to_person


def _at_consent(sender: str, language: str) -> Dialogue:
    dialogue = Dialogue(sender)
    dialogue.say("helo" if language == "cy" else "hello")
    dialogue.say("", intent="choose_language", chosen=[language])
    assert dialogue.asking == "consent_choice"
    return dialogue


def _carer_at_own_name(sender: str, language: str) -> Dialogue:
    dialogue = _at_consent(sender, language)
    dialogue.say("ia" if language == "cy" else "yes")
    dialogue.say("fi sy ma, merch fo. dwi'n edrych ar ol Dad, mae gynno fo dementia ers rhyw dair blynedd"
                 if language == "cy" else "it's me, his daughter. I look after Dad, he's had dementia about three years")
    assert dialogue.slots["role"] == "carer" and dialogue.asking == "name"
    return dialogue


# AC1 ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("cy", "Sioned. Emrys ydi enw Dad"),  # the trial's words (north)
    ("cy", "Sioned. Emrys yw enw Dad"),  # south
    ("cy", "Sioned, enw Dad ydi Emrys"),
    ("en", "Sioned. Dad's name is Emrys"),
    ("en", "Sioned. Emrys is Dad's name"),
])
def test_a_carer_giving_both_names_is_called_by_her_own(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_at_own_name(_sender("ac1-both", text), language)
    reply = dialogue.say(text)
    assert dialogue.slots["name"] == "Sioned" and dialogue.slots["cared_for_name"] == "Emrys"
    assert messages.text("nice_to_meet", language, name="Sioned") in reply
    assert messages.text("nice_to_meet", language, name="Emrys") not in reply  # never "Diolch, Emrys."
    assert dialogue.asking != "cared_for_name"  # who she looks after is not asked again
    assert _record(dialogue.sender)[:2] == ("Sioned", "Emrys")


@pytest.mark.parametrize("language, text", [
    ("cy", "Dad - Emrys. a Sioned ydw i, dim Emrys! lol"),  # the trial's words
    ("cy", "Dad - Emrys. A Sioned dw i, nid Emrys 🙈"),
    ("en", "Dad - Emrys. and I'm Sioned, not Emrys! lol"),
    ("en", "Dad, Emrys. not Emrys - I'm Sioned!"),
])
def test_her_own_name_put_right_at_whom_she_looks_after(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _carer_at_own_name(_sender("ac1-right", text), language)
    dialogue.say("Emrys")  # as the trial's assistant took it: her father's name as hers
    assert dialogue.slots["name"] == "Emrys" and dialogue.asking == "cared_for_name"
    reply = dialogue.say(text)
    assert messages.text("name_corrected", language, new_name="Sioned") in reply
    assert dialogue.slots["name"] == "Sioned" and dialogue.slots["cared_for_name"] == "Emrys"
    assert _record(dialogue.sender)[:2] == ("Sioned", "Emrys")
    assert ("cared_for_name", text) in _answers(dialogue.sender)  # her words kept as typed


@pytest.mark.parametrize("language, text, answered", [
    ("cy", "Sioned ydw i, dim Emrys!", False),
    ("cy", "Sioned dw i, dim Emrys. Mae Dad wrth ei fodd yn mynd i lawr i'r cei i weld y cychod", True),
    ("en", "I'm Sioned, not Emrys!", False),
    ("en", "I'm Sioned not Emrys. Dad loves going down to the quay to see the boats", True),
])
def test_her_own_name_put_right_later_on(sqlite_url: str, language: str, text: str, answered: bool) -> None:
    conversation = started(_sender("ac1-later", text), language, role="carer", name="Emrys")
    conversation.slots.update({"cared_for_name": "Emrys", "relationship": "Dad"})
    conversation.start()
    assert conversation.requested == "q_what_matters"
    conversation.say(text)
    assert conversation.slots["name"] == "Sioned"
    assert messages.text("name_corrected", language, new_name="Sioned") in conversation.text
    assert (conversation.requested == "q_what_matters") is not answered  # a correction alone: the question again
    assert (("what_matters", text) in _answers(conversation.sender_id)) is answered


@pytest.mark.parametrize("language, text", [
    ("cy", "Mae o'n nabod pawb, Emrys ydi o i bawb, dim Dylan"), ("en", "I'm tired, not Emrys's fault"),
    ("en", "He calls everyone Emrys, not me though"),
])
def test_words_that_only_mention_the_name_change_nothing(sqlite_url: str, language: str, text: str) -> None:
    conversation = started(_sender("ac1-not", text), language, role="carer", name="Emrys")
    conversation.slots.update({"cared_for_name": "Glyn", "relationship": "Dad"})
    conversation.start()
    conversation.say(text)
    assert conversation.slots["name"] == "Emrys"


# AC3 ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("chosen, text, wanted", [
    ("en", "na cymraeg plz lol 😅 sai'n gwbod be dwi fod i neud fan hyn", "cy"),  # the trial's words, at consent
    ("cy", "no english pls lol 😅 dunno what im meant to do here", "en"),
])
def test_a_language_asked_for_in_a_sentence_at_consent_is_used(sqlite_url: str, chosen: str, text: str,
                                                               wanted: str) -> None:
    dialogue = _at_consent(_sender("ac3-consent", text), chosen)
    reply = dialogue.say(text)
    assert dialogue.slots["language"] == wanted
    assert messages.text("language_switched", wanted) in reply
    assert dialogue.asking == "consent_choice"  # asked again, in the language asked for
    assert messages.text("consent_told_before", chosen) not in reply


@pytest.mark.parametrize("chosen, text, wanted", [
    ("en", "Iawn, Cymraeg eto plîs! Dw i'n teimlo'n fwy hyderus nawr", "cy"),  # the trial's words, at "support"
    ("cy", "Right, English again please! I feel more confident in English for this bit", "en"),
])
def test_a_request_with_no_answer_beside_it_asks_the_same_question_again(sqlite_url: str, chosen: str, text: str,
                                                                       wanted: str) -> None:
    conversation = at_question(_sender("ac3-again", text), chosen, "q_support", what_matters="Walking on the beach")
    _as_rasa_routes_a_request(conversation, text)
    assert conversation.slots["language"] == wanted
    assert conversation.requested == "q_support"  # never kept as her answer, so nothing lands a question late
    assert not [t for k, t in _answers(conversation.sender_id) if k == "support"]
    assert messages.text("language_switched", wanted) in conversation.text


@pytest.mark.parametrize("chosen, text, wanted, asking", [
    ("cy", "Sorry, can we switch to English please? I want to get back to walking the dog on the beach", "en",
     "can we switch to English please?"),
    ("en", "Na, Cymraeg plis. Dw i isio mynd nôl i'r côr a gweld fy ffrindiau yn y capel", "cy", "Cymraeg plis"),
])
def test_an_answer_said_with_the_request_is_kept_as_the_answer(sqlite_url: str, chosen: str, text: str, wanted: str,
                                                               asking: str) -> None:
    conversation = started(_sender("ac3-answer", text), chosen, role="person", name="Sara")
    assert conversation.requested == "q_what_matters"
    _as_rasa_routes_a_request(conversation, text)
    assert conversation.slots["language"] == wanted
    assert ("what_matters", text) in _answers(conversation.sender_id)  # kept, as typed, for the question asked
    assert conversation.requested == "q_strengths"  # the next question, never this one shifted
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        outcomes = [o.text for o in conv.outcomes]
    assert outcomes and not any(asking in o for o in outcomes)  # the request is no outcome


def _as_rasa_routes_a_request(conversation: MemoryConversation, text: str) -> None:
    """As the NLU (bot/nlu/signals.py) and action_set_language do with a request in a sentence, then the form."""
    from bot.conversation import steering
    from tests.conversation.memory import MemoryTurn

    asked_for = language_request(text)
    assert asked_for is not None
    mark = len(conversation.said)
    conversation.messages.append(text)
    conversation.slots["requested_slot"] = conversation.requested
    turn = MemoryTurn(conversation, text, "choose_language")
    kept = steering.language_as_answer(turn, [asked_for])
    if kept is None:
        kept = steering.switch_language(turn, [asked_for])
    conversation.slots.update(turn.changes)
    conversation.slots.update(kept)
    conversation._ask_next(turn)
    conversation._since = conversation.said[mark:]


@pytest.mark.parametrize("text", [
    "I'd like my carer to speak Welsh", "Welsh please, Mam only understands Welsh",
    "Cymraeg plis efo hi, dydi hi ddim yn dallt Saesneg", "Dw i'n hoffi fy nosbarth Cymraeg ar nos Lun",
    "mae o di colli lot o'i Saesneg ers y dementia, Cymraeg plis",
])
def test_talk_about_language_is_no_request(text: str) -> None:
    assert language_request(text) is None


# AC4 ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, key", [
    ("cy", "na. wel... ydy mam yn mynd i gal trwbl achos fi wedi deud hyn? 😬", "in_trouble"),  # the trial's words
    ("en", "nah. well... is mum gonna get in trouble cos i said this? 😬", "in_trouble"),
    ("en", "nah. is someone actually gonna message me tho or is it just this bot", "who_gets_in_touch"),
    ("cy", "na. fydd rhywun yn tecstio fi go iawn neu jyst y bot ma", "who_gets_in_touch"),
])
def test_a_young_persons_question_at_the_end_is_answered(sqlite_url: str, language: str, text: str, key: str) -> None:
    conversation = at_question(_sender("ac4", text), language, "q_anything_else", what_matters="gym defo",
                               role="young_person", name="jay")
    conversation.say(text)
    assert messages.text(key, language, "ti") in conversation.text  # never only "Got it, thanks."


@pytest.mark.parametrize("language, text", [
    ("cy", "ok ond ti heb ateb fi. ydy mam yn mynd i gal trwbl??"),  # the trial's words, at the read-back
    ("en", "ok but you didn't answer me. is mum gonna get in trouble??"),
])
def test_the_question_asked_again_at_the_read_back_is_answered(sqlite_url: str, language: str, text: str) -> None:
    conversation = at_question(_sender("ac4-rb", text), language, "q_anything_else", what_matters="netball defo",
                               role="young_person", name="ffion")
    conversation.say("/skip", intent="skip")
    assert conversation.requested == "readback"
    conversation.say(text)
    assert messages.text("in_trouble", language, "ti") in conversation.text
    assert conversation.requested == "readback"


@pytest.mark.parametrize("text, key", [
    ("will mum get in trouble because i said this?", "in_trouble"), ("fydd mam mewn trwbl?", "in_trouble"),
    ("and if i go to nans full time will i get in trouble", "in_trouble"),
    ("wi moyn mynd i fyw at mamgu. fydda i mewn trwbl?", "in_trouble"),
    ("is it just a bot?", "about_assistant"), ("fydd rhywun yn tecstio fi?", "who_gets_in_touch"),
])
def test_questions_to_us_are_heard(text: str, key: str) -> None:
    assert asks_about_assistant(text) is not None and about_assistant_reply(text) == key


@pytest.mark.parametrize("text", [
    "he got in trouble at school last year", "my brother is always in trouble",
    "I worry mum will get in trouble with the police", "ydy hi'n cael trafferth efo'r grisiau?",
    "ma fe wastad mewn trwbl yn yr ysgol", "she texts me every night",
])
def test_words_about_trouble_are_no_question_to_us(text: str) -> None:
    assert asks_about_assistant(text) is None


def test_the_trouble_reply_promises_nothing() -> None:
    for language in ("cy", "en"):
        for register in ("chi", "ti"):
            said = messages.text("in_trouble", language, register)
            assert ("person" in said) or ("pherson" in said)  # a person decides, not the program
            assert "won't" not in said and "fydd hi ddim" not in said and "promise" not in said


# AC9 ------------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("cy", "cymraeg plis. sori dwi di blino'n lân, newydd gael Dad i'w wely"),  # the trial's words
    ("en", "english please. sorry im shattered, just got Dad to bed, I can't cope some days"),
])
def test_nothing_said_before_consent_is_kept_as_a_concern(sqlite_url: str, language: str, text: str) -> None:
    dialogue = Dialogue(_sender("ac9", text))
    dialogue.slots["language"] = None
    dialogue.say("helo")
    dialogue.say(text)
    assert dialogue.slots["language"] == language and dialogue.asking == "consent_choice"
    assert _flags(dialogue.sender) == []  # nothing kept before her OK
    dialogue.say("ia iawn. dwi wedi blino'n lân" if language == "cy" else "yes ok. I'm exhausted")
    assert dialogue.asking == "role"
    dialogue.say("dwi'n edrych ar ol Dad" if language == "cy" else "I look after my dad")
    dialogue.say("Sioned")
    dialogue.skip_to("q_what_matters")
    dialogue.say("dwi wedi blino'n lân, dwi'm di cysgu ers misoedd a dwi ddim yn gallu ymdopi" if language == "cy"
                 else "I'm exhausted, I haven't slept properly in months and I can't cope")
    assert [level for level, _ in _flags(dialogue.sender)] == ["concern"]  # after it, as before


@pytest.mark.parametrize("language, text", [
    ("cy", "cymraeg plis. mae fy ngŵr yn fy nghuro i bob nos a dw i ofn mynd adref"),
    ("en", "english please. my husband hits me every night and I'm scared to go home"),
])
def test_an_urgent_disclosure_before_consent_is_still_kept(sqlite_url: str, language: str, text: str) -> None:
    dialogue = Dialogue(_sender("ac9-urgent", text))
    dialogue.say("helo")
    dialogue.say(text)
    assert [level for level, _ in _flags(dialogue.sender)] == ["urgent"]
    assert repository.is_urgent(dialogue.sender)


# AC10 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("cy", "ia iawn. ond fydd fy mrawd i'n cael gweld hwn? dwi ddim isio iddo fo weld be dwi'n ddeud"),  # the trial's
    ("cy", "ie iawn. ond fydd fy chwaer i'n gallu darllen hwn?"),
    ("en", "yes ok. but will my brother get to see this? i dont want him seeing what i say"),
])
def test_who_sees_it_is_answered_at_consent_then_asked_briefly(sqlite_url: str, language: str, text: str) -> None:
    dialogue = _at_consent(_sender("ac10-consent", text), language)
    reply = dialogue.say(text)
    assert messages.text("who_sees", language) in reply
    assert messages.text("consent_told_before", language) not in reply
    assert dialogue.asking == "consent_choice"
    assert reply.endswith(messages.text("consent_short", language))  # asked once more, in short


#: A carer's father's disclosure, then her reply: safe, not sure what her brother does with the money, don't tell him,
#: let's go on.
SAFE_GO_ON = {
    "cy": "o diar, ydan ni'n saff, dim byd fel'na. dwi jyst ddim yn siŵr be mae Dylan yn neud efo'r pres. plis peidiwch "
          "a deud wrtho fo mai fi ddudodd. awn ni ymlaen",
    "en": "oh dear, we're safe, nothing like that. I'm just not sure what Dylan does with the money. please don't tell "
          "him it was me. let's go on",
}


@pytest.mark.parametrize("language", list(SAFE_GO_ON))
def test_safe_and_go_on_is_carrying_on(language: str) -> None:
    assert reply_to_safe_check(SAFE_GO_ON[language]) == "carry_on"


@pytest.mark.parametrize("text", [
    "ydan ni'n saff. ond mae o'n dod nôl heno. awn ni ymlaen", "we're safe. but he's coming back tonight. carry on",
])
def test_danger_beside_it_keeps_the_check_open(text: str) -> None:
    assert reply_to_safe_check(text) is None


DISCLOSURE = {
    "cy": "Mae fy mrawd Dylan yn cymryd pres Dad o'r cyfri heb ddeud wrtho fo, a pan dwi'n gofyn mae o'n gwylltio ac "
          "yn bygwth fi.",
    "en": "My brother Dylan takes Dad's money out of his account without telling him, and when I ask he gets angry and "
          "threatens me.",
}


@pytest.mark.parametrize("language", list(SAFE_GO_ON))
def test_safe_and_go_on_carries_on_through_the_core(sqlite_url: str, language: str) -> None:
    conversation = started_with_record(_sender("ac10-safe", language), language, role="carer", name="Sioned")
    conversation.slots.update({"cared_for_name": "Emrys", "relationship": "Dad"})
    conversation.start()
    conversation.say(DISCLOSURE[language])
    assert repository.is_urgent(conversation.sender_id)  # (the premise: "are you safe right now?" waits)
    conversation.said.clear()
    conversation.say(SAFE_GO_ON[language])
    said = conversation.text
    assert messages.text("safety_check_again", language) not in said
    assert conversation.requested is not None and conversation.requested.startswith("q_")


# AC11 -----------------------------------------------------------------------------------------------------------------

def _at_read_back(sender: str, language: str, answers: dict[str, str], role: str = "person") -> MemoryConversation:
    conversation = started_with_record(sender, language, role=role, name="Gareth")
    while not (conversation.requested or "").startswith("readback"):
        slot = conversation.requested
        if slot in answers:
            conversation.say(answers[slot])
        else:
            conversation.say("/skip", intent="skip")
    assert conversation.requested == "readback"
    return conversation


GARDEN = {
    "en": "It'd be nice to get up the stairs easier. And I'd like to get back to the garden, grow a few leeks and beans "
          "like I used to",
    "cy": "Fyswn i'n licio mynd i fyny'r grisiau'n haws. A dw i isio mynd nôl i'r ardd, tyfu cennin a ffa fel o'n i'n "
          "arfer",
}


@pytest.mark.parametrize("language, reply", [
    ("en", "Number {0} and {1} is one thing, leeks and beans, it's the garden."),  # the trial's words
    ("en", "join {0} and {1} please"),
    ("cy", "Mae rhif {0} a {1} yn un peth, cennin a ffa, yr ardd ydi o."),
    ("cy", "rhowch {0} a {1} efo'i gilydd plis"),
])
def test_two_items_said_to_be_one_are_joined(sqlite_url: str, language: str, reply: str) -> None:
    conversation = _at_read_back(_sender("ac11-join", language, reply), language, {"q_change": GARDEN[language]})
    items = numbered_items(conversation.sender_id)
    pairs = [(a, b) for (a, first), (b, second) in itertools.pairwise(items)
             if first.answer_id == second.answer_id and first.span_end is not None and second.span_start is not None
             and 0 <= second.span_start - first.span_end <= repository.JOIN_GAP_CHARACTERS]
    assert pairs, [o.text for _, o in items]
    a, b = pairs[-1]
    joined = dict(items)[a].text, dict(items)[b].text
    conversation.say(reply.format(a, b))
    assert messages.text("readback_done", language) in conversation.text
    left = [o.text for _, o in numbered_items(conversation.sender_id)]
    assert len(left) == len(items) - 1
    whole = next(t for t in left if joined[0] in t)
    assert joined[1] in whole and whole in GARDEN[language]  # their own words, from the first to the last


def test_the_rest_of_a_long_join_is_kept_for_the_worker(sqlite_url: str) -> None:
    conversation = _at_read_back(_sender("ac11-join-rest"), "en", {"q_change": GARDEN["en"]})
    items = numbered_items(conversation.sender_id)
    a = len(items) - 1
    reply = f"Number {a} and {a + 1} is one thing, leeks and beans, it's the garden. And 1 isn't something to change, " \
            "that was about the fall"
    conversation.say(reply)
    assert ("readback_comment", reply) in _answers(conversation.sender_id)


AQUA = {
    "en": ("Honestly? A break now and then. I used to go to aqua aerobics on a Thursday with my sister and I'd love to "
           "get back to that.",
           "Number {0} doesn't make sense on its own, it's aqua aerobics I want to get back to, on a Thursday with my "
           "sister Bev. Can you change that?",
           "I'd love to get back to aqua aerobics on a Thursday with my sister Bev"),
    "cy": ("A dweud y gwir? Seibiant bob hyn a hyn. O'n i'n arfer mynd i aerobeg dŵr ar ddydd Iau efo fy chwaer a "
           "fyswn i wrth fy modd yn mynd nôl i hynny.",
           "Dydi rhif {0} ddim yn gwneud synnwyr ar ei ben ei hun, aerobeg dŵr efo fy chwaer Bev ar ddydd Iau dw i "
           "isio. Allwch chi ei newid?",
           "Fyswn i wrth fy modd yn mynd nôl i aerobeg dŵr ar ddydd Iau efo fy chwaer Bev"),
}


@pytest.mark.parametrize("language", list(AQUA))
def test_an_item_said_not_to_make_sense_is_put_in_new_words(sqlite_url: str, language: str) -> None:
    answer, reply, new_words = AQUA[language]
    conversation = _at_read_back(_sender("ac11-reword", language), language, {"q_what_matters": answer})
    number, item = numbered_items(conversation.sender_id)[-1]
    conversation.say(reply.format(number))
    assert conversation.requested == "readback_text"  # "Please write it the way you'd like it."
    assert messages.text("readback_edit", language) in conversation.text
    conversation.say(new_words)
    left = [o.text for _, o in numbered_items(conversation.sender_id)]
    assert new_words in left and item.text not in left


@pytest.mark.parametrize("language, text, added", [
    ("en", "go back - I forgot to say my daughter Ffion helps on weekends too", "my daughter Ffion helps on weekends"),
    ("cy", "mynd nôl - anghofies i ddweud, mae Ffion fy merch yn helpu ar y penwythnos hefyd", "Ffion fy merch"),
])
def test_going_back_to_add_something_is_no_answer_to_the_question_waiting(sqlite_url: str, language: str, text: str,
                                                                         added: str) -> None:
    conversation = at_question(_sender("ac11-back", language), language, "q_keep",
                               what_matters="Walking Bryn on the beach" if language == "en" else "Cerdded gyda Bryn")
    conversation.say(text)
    assert conversation.requested == "q_keep"  # the question waiting asked again
    assert ("added_later", text) in _answers(conversation.sender_id)
    assert not [t for k, t in _answers(conversation.sender_id) if k == "keep"]


# AC14 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, about_language", [
    ("Lowri o'r dosbarth Cymraeg.", False),  # the trial's words
    ("Lowri from Welsh class.", False), ("y côr Cymraeg.", False), ("Cymraeg plîs.", True), ("Welsh please", True),
    ("Cymraeg syml.", True), ("English", True),
])
def test_a_language_naming_a_class_is_no_language_wanted(sentence: str, about_language: bool) -> None:
    assert speaks_of_a_language(sentence) is about_language


@pytest.mark.parametrize("chosen, text, wanted", [
    ("cy", "Ok English again please, sorry about that 🙈", "en"),
    ("en", "Ok Cymraeg eto plis, sori am hynna 🙈", "cy"),
    ("en", "na cymraeg plz lol 😅 sai'n gwbod be dwi fod i neud fan hyn", "cy"),
    ("cy", "no english pls lol 😅 dunno what im meant to do here", "en"),
])
def test_an_apology_or_being_lost_beside_the_request_is_no_answer(sqlite_url: str, chosen: str, text: str,
                                                                  wanted: str) -> None:
    conversation = started(_sender("ac3-no-answer", text), chosen, role="person", name="Sara")
    _as_rasa_routes_a_request(conversation, text)
    assert conversation.slots["language"] == wanted
    assert conversation.requested == "q_what_matters"  # the same question again, in the language asked for
    assert _answers(conversation.sender_id) == []


@pytest.mark.parametrize("text", ["can you text me instead?", "can they see me in the morning?", "gallwch chi decstio fi"])
def test_how_to_reach_them_is_no_question_to_us(text: str) -> None:
    assert asks_about_assistant(text) is None
