"""The tenth user trial's findings about risk (stop 32, issue 11), read by the risk reader and, where the behaviour is
in the conversation, through the real core, SQLite and the summary. Each finding is quoted with its Welsh or English
twin; the words are the trial's (fictional) or written for the twin.

AE1: "maths test on fri. mr davies is gonna kill me if i fail again" (a 13-year-old about his maths teacher) raised an
urgent abuse alert; someone who will "kill me if" I fail a test, am late or break a phone is an idiom. The retraction
"wait wat?? im not in danger lol its just a saying. hes my maths teacher" got "Got it, thanks." and the summary's
`misread` stayed null: now it is heard with a sorry, and the flag (kept) is marked as said to be misread.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot import messages
from bot.analysis.risk import assess_risk
from bot.storage import repository
from bot.summary import load_record
from bot.summary.view import build_view
from tests.conversation.memory import MemoryConversation, at_question, started

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _record(conversation: MemoryConversation) -> dict[str, Any]:
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


# --- AE1: "gonna kill me if i fail again" -------------------------------------------------------------------------

#: Trouble over a test, being late or a broken phone: an idiom, whoever says it (the trial's words first).
KILL_ME_IF_I_FAIL = [
    "maths test on fri. mr davies is gonna kill me if i fail again",
    "ma Mr Davies yn mynd i'n lladd i os dwi'n methu eto",
    "my stepdad's gonna kill me if i fail my maths test lol",
    "bydd o'n fy lladd i os dwi'n methu'r prawf eto",
    "dad will kill me if I break my phone again",
    "bydd dad yn fy lladd i os dwi'n torri fy ffôn eto",
    "my coach is going to kill me if I miss training",
    "Mrs Jones is gonna kill me if i get a bad mark in the mock",
    "mi neith Miss fy lladd i os dwi'n cael marc gwael yn yr arholiad",
]

#: Its urgent near-twins: a threat over telling, paying or leaving, or with hitting, stays urgent.
STILL_URGENT = [
    "he said he'll kill me if I tell anyone",
    "mae o'n deud neith o fy lladd i os dwi'n deud",
    "he'll kill me if i tell anyone about the test",
    "mae o'n deud neith o fy lladd i os dwi'n methu talu",
    "he'll kill me if I fail, he hits me with a belt",
    "bydd o'n fy lladd i os dwi'n methu eto, mae o'n fy nharo i efo belt",
    "he's going to kill me if I don't pay him",
    "mr davies is gonna kill me",
]


@pytest.mark.parametrize("text", KILL_ME_IF_I_FAIL)
def test_kill_me_if_i_fail_is_an_idiom(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_threat_beside_it_stays_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "abuse" in found.categories


#: Read urgent on words with another sense (a teacher named, no "if"), then corrected at the next question.
URGENT = {"en": "mr davies is gonna kill me lol", "cy": "mae Mr Davies yn bygwth fy lladd i lol"}
SAFE_CHECK_REPLIES = {"en": ["mum, my nan, kyle, my dog biscuit", "text is fine. dont ring me i hate phone calls"],
                      "cy": ["mam, nain, kyle, a biscuit y ci", "tecst yn iawn. paid ffonio fi dwi'n casau galwada"]}
RETRACTION = {"en": "wait wat?? im not in danger lol its just a saying. hes my maths teacher",
              "cy": "be?? dwi'm mewn perygl lol jyst dywediad ydi o. fo ydi'n athro mathemateg i"}


def _young(language: str) -> MemoryConversation:
    sender = f"trial32-ae1-{language}-{next(_senders)}"
    conversation = started(sender, language, role="young_person", name="Jay")
    repository.ensure_conversation(sender, channel="memory")
    repository.update_conversation(sender, language=language, preferred_language=language, register="ti",
                                   completed_by="young_person", display_name="Jay")
    repository.record_consent(sender, True)
    return conversation


def _retracted_after_the_check(language: str) -> MemoryConversation:
    conversation = _young(language)
    conversation.say(URGENT[language])
    assert repository.is_urgent(conversation.sender_id)
    for reply in SAFE_CHECK_REPLIES[language]:
        conversation.say(reply)
    assert repository.safe_check(conversation.sender_id)[0] is None  # the check is over: the questions go on
    conversation.say(RETRACTION[language])
    return conversation


@LANGS
def test_a_retraction_at_the_next_question_is_heard_with_a_sorry(sqlite_url: str, language: str) -> None:
    conversation = _retracted_after_the_check(language)
    said = conversation.text
    assert _text(conversation, "safety_check_misread") in said  # heard, not "Got it, thanks."
    for ack in ("ack_2", "ack_3", "ack_ok", "ack_thanks"):
        assert _text(conversation, ack) not in said
    record = _record(conversation)
    kept = next(a for a in record["answers"] if a["text"] == RETRACTION[language])
    assert kept["question_key"] == "aside"  # never kept as who matters to him
    assert all(o.get("text") != RETRACTION[language] for o in record.get("outcomes") or [])


@LANGS
def test_a_retraction_later_marks_the_flag_as_said_to_be_misread(sqlite_url: str, language: str) -> None:
    conversation = _retracted_after_the_check(language)
    record = _record(conversation)
    flag = next(f for f in record["risk_flags"] if f["text"] == URGENT[language])
    assert flag["level"] == "urgent"  # kept: a practitioner decides
    assert flag["misread"] is not None and flag["misread"]["text"] == RETRACTION[language]
    assert repository.is_urgent(conversation.sender_id)
    for ui in ("cy", "en"):
        top = build_view(record, ui).sections[0]
        assert top.key == "safeguarding"
        item = next(i for g in top.groups for i in g.items if i.quote == URGENT[language])
        assert any(RETRACTION[language] in str(line) for line in item.follow_up)  # their words, under the flag


@LANGS
def test_no_alert_no_sorry(sqlite_url: str, language: str) -> None:
    """With no alert, nothing was misread: "its just a saying" is read as any answer is."""
    conversation = _young(language)
    conversation.said.clear()
    conversation.say(RETRACTION[language])
    assert _text(conversation, "safety_check_misread") not in conversation.text


# --- AE2: a passive wish to die inside a long answer --------------------------------------------------------------

#: The trial's answer to "What would you like to be different?" (an older man), and its Welsh twin.
LONG_ANSWER = {
    "en": "I'd like to get back to the bowls I suppose. Someone to talk to now and then. Some days I don't bother "
          "getting dressed. Some nights I go to bed and think I wouldn't mind if I didn't wake up, but I'm not going "
          "to do anything daft, don't worry about that.",
    "cy": "Hoffwn i fynd nôl i'r bowls. Rhywun i siarad efo nhw weithiau. Rhai dyddiau dwi'm yn trafferthu gwisgo. "
          "Rhai nosweithiau dwi'n meddwl fyswn i'm yn meindio peidio deffro, ond dwi'm am neud dim byd gwirion, paid "
          "â phoeni.",
}
PASSIVE = {"en": "I wouldn't mind if I didn't wake up", "cy": "fyswn i'm yn meindio peidio deffro"}
DENIAL = {"en": "I'm not going to do anything daft", "cy": "dwi'm am neud dim byd gwirion"}

#: Passive wishes to die, each at least a "please check" (a concern the duty team reads), in both languages.
PASSIVE_WISHES = [
    "rhai nosweithiau dwi'n meddwl fyswn i'm yn meindio peidio deffro, ond dwi'm am neud dim byd gwirion",
    "Some nights I go to bed and think I wouldn't mind if I didn't wake up, but I'm not going to do anything daft",
    "I wouldn't care if I never woke up",
    "sa dim ots 'da fi se fi ddim yn dihuno",
]
#: Not a wish to die: where they would die (at home), or not minding something ordinary.
NOT_PASSIVE_WISHES = [
    "I wouldn't mind dying at home in my own bed when the time comes",
    "fyswn i ddim yn meindio marw adre pan ddaw'r amser",
    "I wouldn't mind waking up later on a Sunday",
    "fyswn i ddim yn meindio deffro'n hwyrach ar ddydd Sul",
]


@pytest.mark.parametrize("text", [*PASSIVE_WISHES, *LONG_ANSWER.values()])
def test_a_passive_wish_to_die_reaches_the_duty_team(text: str) -> None:
    found = assess_risk(text)
    assert found.reaches_duty and "suicide" in found.categories


@pytest.mark.parametrize("text", NOT_PASSIVE_WISHES)
def test_where_they_would_die_or_an_ordinary_thing_is_no_passive_wish(text: str) -> None:
    assert "suicide" not in assess_risk(text).categories


def test_said_with_no_denial_it_stays_urgent() -> None:
    assert assess_risk("Some nights I go to bed and think I wouldn't mind if I didn't wake up").level == "urgent"


def _answered_what_would_be_different(language: str) -> MemoryConversation:
    sender = f"trial32-ae2-{language}-{next(_senders)}"
    conversation = at_question(sender, language, "q_change", role="person", name="Ted",
                               what_matters={"en": "I want to keep my garden", "cy": "Dw i isio cadw fy ngardd"}[language])
    repository.ensure_conversation(sender, channel="memory")
    conversation.said.clear()
    conversation.say(LONG_ANSWER[language])
    return conversation


@LANGS
def test_the_passive_wish_in_a_long_answer_is_a_please_check_with_their_words(sqlite_url: str, language: str) -> None:
    conversation = _answered_what_would_be_different(language)
    assert _text(conversation, "ack_2") not in conversation.text  # not a plain "noted"
    record = _record(conversation)
    flag = next(f for f in record["risk_flags"] if f["text"] == LONG_ANSWER[language])
    assert flag["please_check"] and "suicide" in flag["categories"]  # the duty team reads it
    for ui in ("cy", "en"):
        top = build_view(record, ui).sections[0]
        assert top.key == "safeguarding"
        quotes = [i.quote or "" for g in top.groups for i in g.items]
        assert any(PASSIVE[language] in q for q in quotes)  # their own words, at the top


@LANGS
def test_the_denial_is_no_outcome(sqlite_url: str, language: str) -> None:
    record = _record(_answered_what_would_be_different(language))
    outcomes = [str(o.get("text") or "") for o in record.get("outcomes") or [] if not o.get("safeguarding")]
    assert outcomes  # the bowls and someone to talk to stay theirs
    assert all(DENIAL[language] not in o and "phoeni" not in o and "worry" not in o for o in outcomes)


# --- AE4: a bank card kept by someone else, money going and not knowing where ---------------------------------------

#: The trial's answers (Welsh, a man with MS whose new "mate" moved in) and their English twins.
STRENGTH = {
    "cy": "Mae'r hogyn 'ma, Kev, mêt newydd, wedi symud i mewn efo fi ers mis Medi. Mae o'n help mawr efo'r siopa, mae "
          "o'n picio i'r Co-op efo 'ngherdyn banc i achos dwi'm yn medru cerddad mor bell. Mae o'n cadw'r cerdyn efo fo "
          "rhan fwya o'r amser, haws felly medda fo. Dwi'n dal i fynd i'r clinig MS yn Ysbyty Gwynedd bob chwe mis",
    "en": "This lad Kev, a new mate, moved in with me in September. He's a big help with the shopping, he pops to the "
          "Co-op with my bank card because I can't walk that far. He keeps the card with him most of the time, easier "
          "that way he says. I still go to the MS clinic at Ysbyty Gwynedd every six months",
}
CARD_KEPT = {"cy": "Mae o'n cadw'r cerdyn efo fo rhan fwya o'r amser",
             "en": "He keeps the card with him most of the time"}
MONEY_GOING = {
    "cy": "Rheilen yn y bathrwm, a sgwtar bach i fynd i'r siop fy hun fel bod dim rhaid i Kev fynd. Mae'r pres yn mynd "
          "yn sydyn iawn yn ddiweddar a dwi'm yn siwr lle mae o'n mynd, ond dyna fo, mae pob dim yn ddrud dydi",
    "en": "A rail in the bathroom, and a little scooter so I can go to the shop myself and Kev doesn't have to. The money "
          "goes really fast lately and I'm not sure where it goes, but there we are, everything's dear isn't it",
}
FINANCIAL = [*STRENGTH.values(), *CARD_KEPT.values(), *MONEY_GOING.values(), "he keeps my card most of the time",
             "the money goes really fast, not sure where", "mae'r pres yn mynd yn sydyn iawn, dwi'm yn siwr lle"]
#: Money dear, a birthday card, time flying: no one is taking anything.
NOT_FINANCIAL = ["the money goes really fast, everything's so dear", "Mae'r pres yn mynd yn sydyn iawn, mae pob dim mor ddrud",
                 "mae'r plant yn cadw'r cerdyn pen-blwydd efo nhw", "I'm not sure where the time goes"]


@pytest.mark.parametrize("text", FINANCIAL)
def test_a_card_kept_or_money_going_unaccounted_is_a_financial_abuse_concern(text: str) -> None:
    found = assess_risk(text)
    assert found.level in ("concern", "urgent") and "exploitation" in found.categories


@pytest.mark.parametrize("text", NOT_FINANCIAL)
def test_dear_money_or_a_birthday_card_is_no_financial_abuse(text: str) -> None:
    assert "exploitation" not in assess_risk(text).categories


def _answered(language: str, slot: str, text: str) -> MemoryConversation:
    sender = f"trial32-ae4-{language}-{next(_senders)}"
    conversation = at_question(sender, language, slot, role="person", name="Glyn",
                               what_matters={"en": "I want to stay in my flat", "cy": "Dw i isio aros yn fy fflat"}[language])
    repository.ensure_conversation(sender, channel="memory")
    conversation.say(text)
    return conversation


@LANGS
def test_the_card_kept_is_at_the_top_and_never_a_strength(sqlite_url: str, language: str) -> None:
    record = _record(_answered(language, "q_strengths", STRENGTH[language]))
    flag = next(f for f in record["risk_flags"] if f["text"] == STRENGTH[language])
    assert "exploitation" in flag["categories"]
    for ui in ("cy", "en"):
        view = build_view(record, ui)
        top = view.sections[0]
        assert any(CARD_KEPT[language] in (i.quote or "") for g in top.groups for i in g.items)
        strengths = view.section("strengths")
        assert strengths is not None
        quotes = [i.quote or "" for g in strengths.groups for i in g.items]
        assert any("MS" in q for q in quotes)  # the clinic is still theirs, with its question
        assert all(CARD_KEPT[language] not in q for q in quotes)  # the card kept is never a strength


@LANGS
def test_money_going_and_not_knowing_where_is_flagged(sqlite_url: str, language: str) -> None:
    record = _record(_answered(language, "q_change", MONEY_GOING[language]))
    flag = next(f for f in record["risk_flags"] if f["text"] == MONEY_GOING[language])
    assert "exploitation" in flag["categories"]


# --- AE15: a carer at the end of her tether ------------------------------------------------------------------------

#: The trial's answer to "what would help you keep going?" (a carer, south Welsh) and its English twin.
TETHER = {
    "cy": "Rhywun i aros gyda hi un noson yr wthnos fel bo fi'n gallu cysgu'n iawn. Fi'n ffaelu cario mlan fel hyn, wi "
          "wedi blino'n shwps",
    "en": "Someone to stay with her one night a week so I can sleep properly. I can't carry on like this, I'm absolutely "
          "shattered",
}
CANT_GO_ON = ["Fi'n ffaelu cario mlan fel hyn", "I can't carry on like this", "dw i'n methu cario mlaen fel hyn ddim mwy"]
#: Carrying on with something ordinary is no strain; wanting it over stays urgent.
NOT_A_CONCERN = ["I can't carry on with the gardening like I used to", "dw i'n methu cario mlaen efo'r ardd fel o'r blaen"]
STILL_SUICIDAL = ["I can't carry on like this anymore, I just want it all to end",
                  "Fi'n ffaelu cario mlan fel hyn, sai moyn byw rhagor"]


@pytest.mark.parametrize("text", CANT_GO_ON)
def test_not_able_to_go_on_like_this_is_a_concern(text: str) -> None:
    assert assess_risk(text).level == "concern"


@pytest.mark.parametrize("text", NOT_A_CONCERN)
def test_not_carrying_on_with_a_hobby_is_no_concern(text: str) -> None:
    assert assess_risk(text).level == "none"


@pytest.mark.parametrize("text", STILL_SUICIDAL)
def test_not_going_on_and_wanting_it_over_stays_urgent(text: str) -> None:
    found = assess_risk(text)
    assert found.level == "urgent" and "suicide" in found.categories


@LANGS
def test_the_carer_at_the_end_of_her_tether_is_heard_with_care(sqlite_url: str, language: str) -> None:
    sender = f"trial32-ae15-{language}-{next(_senders)}"
    conversation = at_question(sender, language, "q_carer_support", role="carer", name="Rhian",
                               what_matters={"en": "Mam wants to stay at home", "cy": "Ma Mam moyn aros gartre"}[language])
    repository.ensure_conversation(sender, channel="memory")
    conversation.said.clear()
    conversation.say(TETHER[language])
    said = conversation.text
    assert _text(conversation, "ack_2") not in said  # not a plain "noted"
    # since trial 38 (AR9) "I can't carry on like this" gets the carer's gentler check: what they mean, and carers' help
    gentler = messages.text("carer_cant_go_on", conversation.slots["language"], "chi", helplines="").split("\n")[0]
    assert gentler in said
    flag = next(f for f in _record(conversation)["risk_flags"] if f["text"] == TETHER[language])
    assert "carer_strain" in flag["categories"]  # the strain of caring, for the worker
