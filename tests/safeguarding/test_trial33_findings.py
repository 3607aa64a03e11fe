"""The eleventh user trial's safeguarding findings (stop 33, issue 11), read by the risk reader and, where the
behaviour is in the conversation, through the real core, SQLite and the summary. Each finding is quoted with its Welsh
or English twin and a near-twin that keeps its reading; the words are the trial's (fictional) or written for the twin.

AG3: "weithie sai'n gallu dihuno hi" (sometimes I can't wake her, a girl of 15 of a mum who drinks) got "Ffonia 999
nawr… argyfwng", and "nage nawr!! weithie wedes i… ydw fi'n ddiogel" then got "Wyt ti wedi ffonio 999?". A habit is a
worry for the person on duty ("please check"), not "call 999 now"; "not now, I said sometimes" corrects the emergency.

AG2: "tecst nid ffonio. a dim dod i'r ty pan ma mam yn cysgu…" (how to visit) raised urgent homelessness; her reply to
the check "wat?? fi'n ddiogel… be wedes i?" was kept as a suicide concern; "mam yn passo mas weithie ar ol y gwin a fi'n
gorfod rhoi hi yn y gwely" was read by the learned model alone, and inside her whole answer at "who helps?" not at all
(one piece of under 400 characters, the drink diluted by netball and cooking), so it sat under Strengths.

AG4: "Choking. He had a bad choking episode at tea last week and I panicked. And what happens to all this data?" was a
suicide "please check" with NHS 111 press 2; her 1,395-character note was a memory concern, from the learned model on
"He has said this many times." alone (of his wish not to go into a hospice), not from "so I don't forget anything".

AG12: a falls concern was marked "Bychanodd y person hyn wedyn" (played down afterwards) by her next answer "siaradwch yn
araf plis and use easy Welsh … if I'm tired English is ok": "I'm tired" as a condition plays nothing down, and "I'm
just tired" plays down only words about how someone feels, never a fall.

AG8: "like i said hes fine, i overreacted… dont make it a thing", five answers after her disclosure that her boyfriend
checks her phone, sat under Concerns: now it is the disclosure's "played down" mark, at the top, the flag kept; and
"daytime when liams at work" (best time, chosen for when he is away) is a safety wish, at the top as well as in best time.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.analysis.risk.immediacy import happening_now
from bot.analysis.safe_reply import plays_down_the_harm, says_they_are_safe, takes_it_back
from bot.analysis.safety_wish import is_safety_wish
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, at_question, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _young_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial33-{language}-{next(_senders)}", language, slot, role="young_person", name="Cez",
                        what_matters={"en": "netball on thursdays", "cy": "netball ar nos iau"}[language])


# --- AG3: "sometimes I can't wake her" is a habit, not an emergency now -------------------------------------------

#: The trial's words first, then twins: someone who cannot be woken, told as a habit.
A_HABIT = {
    "cy": "osian. os fi ddim na pwy sy'n neud bwyd iddo fe. a mam, weithie sai'n gallu dihuno hi",
    "en": "osian. if im not there who makes his food. and mum, sometimes i cant wake her up",
}
MORE_HABITS = [
    "weithie sai'n gallu dihuno hi",
    "sometimes i cant wake her up",
    "pan mae hi'n yfed sai'n gallu dihuno hi",
    "when she drinks i cant wake her up",
    "ambell waith dw i'n methu deffro mam ar ol y gwin",
    "often i can't wake mum after the wine",
]
#: Near-twins: someone who will not wake now stays an emergency, "call 999 now" first.
NOW = [
    "sai'n gallu dihuno hi",
    "i cant wake her up",
    "mae hi'n yfed weithie a nawr sai'n gallu dihuno hi",
    "sometimes she drinks but now i cant wake her up",
    "mam's on the floor and won't wake up, she does drink sometimes",
]


@pytest.mark.parametrize("text", [*A_HABIT.values(), *MORE_HABITS])
def test_a_habit_is_a_worry_for_the_person_on_duty(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and found.please_check and found.reaches_duty
    assert "medical_emergency" not in found.categories and "health" in found.categories
    assert not happening_now(text)


@pytest.mark.parametrize("text", NOW)
def test_someone_who_will_not_wake_now_is_still_an_emergency(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "medical_emergency" in found.categories
    assert happening_now(text)


@LANGS
def test_the_habit_gets_the_gentle_reply_not_call_999_now(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_worries")
    conversation.say(A_HABIT[language])
    assert _text(conversation, "urgent_now") not in conversation.text
    assert not repository.is_urgent(conversation.sender_id)
    record = load_record(conversation.sender_id)
    assert record is not None
    flag = next(f for f in record["risk_flags"] if f["text"] == A_HABIT[language])
    assert flag["please_check"] and flag["level"] == "concern"  # a person on duty reads it and decides


#: "Not now, I said sometimes", after "call 999 now" and "are you safe?".
NOT_NOW = {
    "cy": "nage nawr!! weithie wedes i. ma hi'n ok nawr ma hi'n gwylio teli. plis paid galw neb. ydw fi'n ddiogel. "
          "parhau",
    "en": "no not now!! i said sometimes. shes ok now shes watching tv. please dont call anyone. im safe. carry on",
}
#: Its near-twin: safe and carrying on, with no word that it is not now: "is help on its way?" is still asked.
SAFE_ONLY = {"cy": "ma hi'n ok. ydw fi'n ddiogel. parhau", "en": "shes ok. im safe. carry on"}
EMERGENCY = {"cy": "sai'n gallu dihuno hi", "en": "i cant wake her up"}


def _after_the_emergency(language: str) -> MemoryConversation:
    conversation = _young_at(language, "q_worries")
    conversation.say(EMERGENCY[language])
    assert conversation.text.startswith(_text(conversation, "urgent_now"))
    return conversation


@LANGS
def test_not_now_i_said_sometimes_corrects_the_emergency(sqlite_url: str, language: str) -> None:
    conversation = _after_the_emergency(language)
    conversation.say(NOT_NOW[language])
    assert _text(conversation, "safety_check_help_coming") not in conversation.text
    assert repository.safe_check(conversation.sender_id)[0] is None  # the questions go on
    assert repository.is_urgent(conversation.sender_id)  # the flag stays for a person to read


@LANGS
def test_safe_alone_still_asks_whether_help_is_coming(sqlite_url: str, language: str) -> None:
    conversation = _after_the_emergency(language)
    conversation.say(SAFE_ONLY[language])
    assert _text(conversation, "safety_check_help_coming") in conversation.text


# --- AG2: how to visit is no homelessness; "I'm safe, what did I say?" is no risk; passing out from drink is ---------

#: The trial's answer at "how would you like to be supported?", its clause alone, and their English twins.
HOW_TO_VISIT = [
    "tecst nid ffonio. a dim dod i'r ty pan ma mam yn cysgu. fi'n carry on neu? be sy'n digwydd nesa ar ol hwn",
    "a dim dod i'r ty pan ma mam yn cysgu",
    "text not phone. and dont come to the house when mums asleep. do i carry on or? what happens next after this",
    "and dont come to the house when mums asleep",
]
#: Near-twins: told not to come home stays homelessness.
PUT_OUT = ["mam wedi deud wrtha i am beidio dod i'r ty eto", "mam wedi deud wrtha i am beidio dod i'r ty pan mae o yma"]


@pytest.mark.parametrize("text", HOW_TO_VISIT)
def test_how_to_visit_is_no_homelessness(text: str) -> None:
    found = assess_risk(text)
    assert "homelessness" not in found.categories and not found.reaches_duty


@pytest.mark.parametrize("text", PUT_OUT)
def test_told_not_to_come_home_is_still_urgent(text: str) -> None:
    assert assess_risk(text).level == "urgent"


#: The trial's reply at the check, and its English twin: safe, and puzzled.
SAFE_AND_PUZZLED = {
    "cy": "wat?? fi'n ddiogel. pam ti'n gweud hwnna? be wedes i? fi jyst moyn gwbod be sy'n digwydd nesa",
    "en": "wat?? im safe. why are you saying that? what did i say? i just want to know what happens next",
}
#: Near-twin: puzzled, not saying safe, and more that the learned model reads: kept beside the risk, as before.
PUZZLED_NOT_SAFE = {
    "cy": "wat?? pam ti'n gweud hwnna? ma fe'n dod nol heno",
    "en": "why are you saying that? he comes back tonight and i dont want to be here",
}
DISCLOSURE = {"cy": "mae mam yn fy nharo i", "en": "mum hits me"}


def _at_the_check(language: str) -> MemoryConversation:
    conversation = _young_at(language, "q_support")
    conversation.say(DISCLOSURE[language])
    assert repository.is_urgent(conversation.sender_id)
    return conversation


def _flag_on(conversation: MemoryConversation, text: str) -> dict[str, Any] | None:
    record = load_record(conversation.sender_id)
    assert record is not None
    return next((f for f in record["risk_flags"] if f["text"] == text), None)


@LANGS
def test_safe_and_puzzled_at_the_check_is_no_risk(sqlite_url: str, language: str) -> None:
    assert says_they_are_safe(SAFE_AND_PUZZLED[language])  # "fi'n ddiogel" is safe, as "dwi'n ddiogel" is
    conversation = _at_the_check(language)
    conversation.say(SAFE_AND_PUZZLED[language])
    assert _flag_on(conversation, SAFE_AND_PUZZLED[language]) is None
    assert _flag_on(conversation, DISCLOSURE[language]) is not None  # the disclosure's flag stays


@LANGS
def test_puzzled_with_more_at_the_check_is_still_kept(sqlite_url: str, language: str) -> None:
    conversation = _at_the_check(language)
    conversation.say(PUZZLED_NOT_SAFE[language])
    flag = _flag_on(conversation, PUZZLED_NOT_SAFE[language])
    disclosure = _flag_on(conversation, DISCLOSURE[language])
    assert disclosure is not None
    added = [a["text"] for a in disclosure["added_messages"]]
    # A concern beside the risk, or, where the learned model is sure it is urgent ("he comes back tonight and i dont
    # want to be here"), added to the disclosure's alert: no question lowers a sure reading (sixteenth trial, AR1).
    # Stop 46 (flow46, AZ3): "i dont want to be here", read as a wish to die, is now a line of its own at another harm's
    # check (a new harm to their own life is never filed under the open alert): kept either way, never lost.
    assert (flag is not None and flag["level"] in ("concern", "urgent")) or PUZZLED_NOT_SAFE[language] in added


#: Her answer at "who helps?" (the trial's, and its English twin), and the drink sentence alone.
WHO_HELPS = {
    "cy": "mamgu weithie ond ma hi'n byw yn llanelli. miss jenkins yn ysgol yn neis. fi'n dda yn coginio nawr lol. "
          "mam yn passo mas weithie ar ol y gwin a fi'n gorfod rhoi hi yn y gwely",
    "en": "mamgu sometimes but she lives in llanelli. miss jenkins at school is nice. im good at cooking now lol. "
          "mum passes out sometimes after the wine and i have to put her to bed",
}
PASSES_OUT = {"cy": "mam yn passo mas weithie ar ol y gwin a fi'n gorfod rhoi hi yn y gwely",
              "en": "mum passes out sometimes after the wine and i have to put her to bed"}
#: Look-alikes: a glass of wine and a nap, or passing out from a long walk, are no concern.
NOT_PASSING_OUT = ["mam yn cael gwydraid o win ac yn cysgu ar y soffa weithie",
                   "mum sometimes has a glass of wine and falls asleep on the sofa",
                   "i nearly passed out after the long walk yesterday lol"]


@pytest.mark.parametrize("text", [*WHO_HELPS.values(), *PASSES_OUT.values()])
def test_passing_out_from_drink_reaches_the_person_on_duty_in_any_answer(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty and "alcohol" in found.categories


@pytest.mark.parametrize("text", NOT_PASSING_OUT)
def test_a_glass_of_wine_and_a_nap_is_no_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@LANGS
def test_passing_out_from_drink_is_at_the_top_never_under_strengths(sqlite_url: str, language: str) -> None:
    conversation = _young_at(language, "q_strengths")
    conversation.say(WHO_HELPS[language])
    flag = _flag_on(conversation, WHO_HELPS[language])
    assert flag is not None and flag["please_check"] and "alcohol" in flag["categories"]
    record = load_record(conversation.sender_id)
    assert record is not None
    for ui in ("cy", "en"):
        sections = {s.key: s for s in build_view(record, ui).sections}
        top = [str(i.quote) for g in sections["safeguarding"].groups for i in g.items]
        assert any(PASSES_OUT[language] in quote for quote in top)
        strengths = [str(i.quote) for g in sections["strengths"].groups for i in g.items]
        assert strengths and not any(PASSES_OUT[language] in quote for quote in strengths)
        assert any("miss jenkins" in quote for quote in strengths)  # who helps stays with its question


# --- AG4: choking is a medical risk, never suicide; "he has said this many times" is no memory concern ---------------

CHOKING = {
    "en": "Choking. He had a bad choking episode at tea last week and I panicked. And what happens to all this data? "
          "Where is it kept and who sees it, and is it deleted afterwards?",
    "cy": "Tagu. Mi gafodd o bwl drwg o dagu amser te wythnos diwetha a nes i banicio. A be sy'n digwydd i'r data yma i "
          "gyd? Lle mae o'n cael ei gadw a phwy sy'n ei weld o, a fydd o'n cael ei ddileu wedyn?",
}
MORE_CHOKING = ["he chokes on his food most days now", "mae o'n tagu ar ei fwyd bron bob dydd",
                "she has trouble swallowing her tablets", "mae hi'n cael trafferth llyncu ei thabledi"]
#: Near-twins: choking someone is abuse, urgent, by its own rules.
CHOKED_SOMEONE = ["he choked me at tea last week", "mae o wedi fy nhagu i amser te wythnos diwetha"]


@pytest.mark.parametrize("text", [*CHOKING.values(), *MORE_CHOKING])
def test_choking_on_food_is_a_health_concern_never_suicide(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "health" in found.categories
    assert not found.reaches_duty and "suicide" not in found.categories


@pytest.mark.parametrize("text", CHOKED_SOMEONE)
def test_choking_someone_is_still_urgent_abuse(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories


#: Said many times, of a wish: how sure he is. The trial's sentence, its twin, and the trial's whole note.
SAID_MANY_TIMES = [
    "He wants to stay at home and NOT go into a hospice until the very end. He has said this many times.",
    "Mae o isio aros adra a PEIDIO mynd i hosbis tan y diwedd un. Mae o wedi deud hyn sawl gwaith.",
    "He has said this many times.",
    "I've written this out beforehand so I don't forget anything:",
    "Dw i wedi sgwennu hyn o flaen llaw rhag ofn i mi anghofio rhywbeth:",
]
#: Near-twins: a memory that fails, said many times, stays a memory concern.
FORGETS = ["I've said this many times, she forgets to turn off the cooker",
           "Dw i wedi deud hyn sawl gwaith, mae hi'n anghofio bwyta"]


@pytest.mark.parametrize("text", SAID_MANY_TIMES)
def test_said_many_times_and_so_i_dont_forget_are_no_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", FORGETS)
def test_forgetting_what_was_said_is_still_a_memory_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "concern" and "memory" in found.categories


def test_the_whole_note_is_no_concern() -> None:
    note = "\n".join([
        "I've written this out beforehand so I don't forget anything:", "", "RHODRI - what matters",
        "1. Rhodri was diagnosed with MND (bulbar onset) in January 2025. His speech is now hard to understand when "
        "he's tired, he uses an iPad with a voice app.",
        "2. A good day: sitting in the conservatory with the birds, his brother Huw phoning from Aberystwyth, rugby on "
        "S4C with the Welsh commentary.",
        "3. He wants to stay at home and NOT go into a hospice until the very end. He has said this many times.",
        "4. Things to keep: the Tuesday visit from the MND nurse (Sian), his weekly call with Huw, the chapel minister "
        "visiting monthly.",
        "5. Things to change: he needs a hoist - I can't lift him safely any more and my shoulder has gone. We need the "
        "downstairs bathroom adapted (wet room).",
        "6. He'd like to get out in the car again - a wheelchair accessible vehicle or help with Motability.",
        "7. He is first language Welsh (from Tregaron) and since the diagnosis he prefers Welsh, it tires him less. He "
        "would really like a Welsh-speaking worker.", "", "ME (Helen)",
        "- I work part time at the library (Mon/Wed/Fri mornings) and I want to keep that, it's my sanity.",
        "- I'm not sleeping - he needs turning twice a night.",
        "- I'd like a sitting service one evening a week so I can go to choir.", "- My sister Karen helps on Saturdays.",
        "", "Best time: Thursday afternoons. Please ring my mobile not the landline, he can't answer it and it upsets "
        "him.",
    ])
    assert "memory" not in assess_risk(note).categories


@LANGS
def test_choking_gets_no_mental_health_line(sqlite_url: str, language: str) -> None:
    sender = f"trial33-ag4-{language}-{next(_senders)}"
    conversation = at_question(sender, language, "q_worries", role="carer", name="Helen",
                               what_matters={"en": "staying at home", "cy": "aros adra"}[language])
    repository.ensure_conversation(sender, channel="memory")
    repository.record_consent(sender, True)
    conversation.said.clear()
    conversation.say(CHOKING[language])
    assert "111" not in conversation.text
    flag = _flag_on(conversation, CHOKING[language])
    assert flag is not None and flag["categories"] == ["health"] and not flag["please_check"]


# --- AG12: "if I'm tired English is ok" plays no fall down -------------------------------------------------------------

FALL = {"cy": "lifft i'r grŵp ar ddydd Iau os yn bosib, a help yn y bath achos dw i wedi syrthio unwaith, and I'd like "
              "to sleep better, mae'r poen yn waeth yn y nos",
        "en": "a lift to the group on Thursdays if possible, and help in the bath because I had a fall in there once, and I'd "
              "like to sleep better, the pain is worse at night"}
ABOUT_LANGUAGE = {"cy": "siaradwch yn araf plis and use easy Welsh I want to practise but if I'm tired English is ok. "
                        "don't rush me",
                  "en": "speak slowly please and use easy Welsh, I want to practise, but if I'm tired English is ok. "
                        "dont rush me"}
#: Near-twin: the fall itself played down stays marked.
FALL_PLAYED_DOWN = {"cy": "paid â phoeni am y bath, dim ond unwaith nes i syrthio",
                    "en": "don't worry about the bath, it was only the once"}


def _fall_then(language: str, reply: str) -> dict[str, Any]:
    sender = f"trial33-ag12-{language}-{next(_senders)}"
    conversation = at_question(sender, language, "q_change", role="person", name="Carys",
                               what_matters={"en": "my Welsh group", "cy": "y grŵp dysgu"}[language])
    repository.ensure_conversation(sender, channel="memory")
    repository.record_consent(sender, True)
    conversation.say(FALL[language])
    conversation.say(reply)
    flag = _flag_on(conversation, FALL[language])
    assert flag is not None and "falls" in flag["categories"]
    return flag


@LANGS
def test_a_wish_about_language_plays_no_fall_down(sqlite_url: str, language: str) -> None:
    assert _fall_then(language, ABOUT_LANGUAGE[language])["played_down"] is None


@LANGS
def test_the_fall_itself_played_down_is_still_marked(sqlite_url: str, language: str) -> None:
    flag = _fall_then(language, FALL_PLAYED_DOWN[language])
    assert flag["played_down"] is not None and flag["played_down"]["text"] == FALL_PLAYED_DOWN[language]


@pytest.mark.parametrize("reply, categories, played_down", [
    ("I'm just tired some days", ("low_mood",), True),
    ("dwi jyst wedi blino, dyna i gyd", ("low_mood",), True),
    ("I'm just tired some days", ("falls",), False),
    ("dwi jyst wedi blino, dyna i gyd", ("falls",), False),
    ("if I'm tired English is ok", ("low_mood",), False),
    ("a phan dwi wedi blino mae Saesneg yn iawn", ("low_mood",), False),
    ("I didn't mean anything by it", ("falls",), True),
])
def test_tired_plays_down_only_how_they_feel(reply: str, categories: tuple[str, ...], played_down: bool) -> None:
    assert plays_down_the_harm(reply, "", categories) is played_down


# --- AG8: a retraction later is marked on the disclosure; a time chosen for when he is away is a safety wish ---------

COERCION = {"en": "honestly idk. good day is when i dont have anxiety and i can actually leave the flat. seeing my mates "
                  "at the park. but my boyfriend checks my phone and goes mad if i see my mates so i dont really anymore",
            "cy": "dwn i'm. diwrnod da ydi pan dwi'm yn bryderus a dwi'n gallu gadael y fflat. ond mae fy nghariad yn "
                  "checio fy ffôn ac yn mynd yn wallgo os dwi'n gweld fy ffrindia felly dwi'm yn gwneud rhagor"}
SAFE_CARRY_ON = {"en": "im safe yeah. text me dont ring, hes round mine most evenings. carry on i guess",
                 "cy": "dwi'n saff. tecstio fi paid ffonio, mae o draw bron bob nos. parhau"}
TAKEN_BACK = {"en": "money. and like i said hes fine, i overreacted before. dont make it a thing",
              "cy": "pres. a fel wedes i mae o'n iawn, nes i or-ymateb. paid gwneud ffys"}
WHEN_HES_AWAY = {"en": "daytime when liams at work. not weekends", "cy": "yn ystod y dydd pan mae o yn y gwaith. dim penwythnosau"}


def _disclosed_then(language: str, worries: str, visit_time: str) -> dict[str, Any]:
    conversation = _young_at(language, "q_what_matters")
    conversation.say(COERCION[language])
    assert repository.is_urgent(conversation.sender_id)
    conversation.say(SAFE_CARRY_ON[language])
    while conversation.requested not in (None, "q_worries", "q_visit_time") and \
            not conversation.requested.startswith("readback"):
        conversation.say("/skip", intent="skip")
    assert conversation.requested == "q_worries"
    conversation.say(worries)
    while conversation.requested not in (None, "q_visit_time") and not conversation.requested.startswith("readback"):
        conversation.say("/skip", intent="skip")
    assert conversation.requested == "q_visit_time"
    conversation.say(visit_time)
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


@LANGS
def test_taken_back_later_is_marked_on_the_disclosure_at_the_top(sqlite_url: str, language: str) -> None:
    record = _disclosed_then(language, TAKEN_BACK[language], WHEN_HES_AWAY[language])
    flag = next(f for f in record["risk_flags"] if f["text"] == COERCION[language])
    assert flag["level"] == "urgent"  # kept: a practitioner decides
    assert flag["played_down"] is not None and flag["played_down"]["text"] == TAKEN_BACK[language]
    assert flag["misread"] is None  # no correction
    for ui in ("cy", "en"):
        top = build_view(record, ui).sections[0]
        assert top.key == "safeguarding"
        item = next(i for g in top.groups for i in g.items if i.quote == COERCION[language])
        assert any(TAKEN_BACK[language] in str(line) for line in item.follow_up)
        away = {"en": "daytime when liams at work", "cy": "yn ystod y dydd pan mae o yn y gwaith"}[language]
        assert any(away in str(i.quote) for g in top.groups if g.key != "urgent" for i in g.items)


@LANGS
def test_a_worry_said_later_is_no_mark(sqlite_url: str, language: str) -> None:
    worry = {"en": "money. i run out by tuesday", "cy": "pres. dwi'n rhedeg allan erbyn dydd mawrth"}[language]
    record = _disclosed_then(language, worry, {"en": "after college, 4ish", "cy": "ar ôl coleg, tua 4"}[language])
    flag = next(f for f in record["risk_flags"] if f["text"] == COERCION[language])
    assert flag["played_down"] is None and flag["misread"] is None


@pytest.mark.parametrize("text", [*TAKEN_BACK.values(), "i overreacted. hes fine"])
def test_taking_it_back(text: str) -> None:
    assert takes_it_back(text)


@pytest.mark.parametrize("text", ["i overreacted when the cat knocked the vase over lol", "like i said, my garden is "
                                  "everything", "money is tight"])
def test_not_taking_it_back(text: str) -> None:
    assert not takes_it_back(text)


@pytest.mark.parametrize("text", [*WHEN_HES_AWAY.values(), "mornings while hes at work"])
def test_a_time_when_he_is_away_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", ["mornings are best", "when its out of hours", "after school when schools out"])
def test_an_ordinary_time_is_no_safety_wish(text: str) -> None:
    assert not is_safety_wish(text)
