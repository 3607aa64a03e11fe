"""The seventh acceptance trial's safe-check findings (stop 29, AA3 and AA4), through the conversation core.

AA4: an 18-year-old care leaver wrote "some nights i think everyone would be better off without me" in a long message
about college, then at the safe check "im fine tho honestly lol. i didnt mean it like that … i would never do
anything. can we carry on", and got "Sorry – I may have read that wrong", with the urgent flag shown as "The person
said this was misread". Playing down thoughts of suicide is no misreading: no apology, a kind reply that leaves the
door open, the flag still urgent, and their words shown to the duty worker as what they said later. A misread is only
where words had another sense ("my stepdad's gonna kill me if i fail my maths test lol": tests/conversation/
test_trial28_correction_and_wish.py still holds).
AA3: a carer's worry answer "… Dwi'm yn meddwl bod o'n argyfwng na dim byd felly …" ("not an emergency or anything
like that") marked the flag before it as misread: "na" there is "or", no correction of what we said. The words are
fictional; each has a twin in the other language (north and south Welsh, text-speak).
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot import messages
from bot.analysis.safe_reply import corrects_our_reading, plays_down_the_harm, says_it_was_misread
from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation, started_with_record
from tests.summary.test_what_happened_next import play

_senders = itertools.count(1)

#: The trial's message (AA4) and its twins: thoughts of suicide in a long message about college.
BETTER_OFF = {
    "en": "tbh i want my own flat. college is stressing me out tho ngl, i have an assignment due friday and some "
          "nights i think everyone would be better off without me, like whats the point. but then i get up and go "
          "again.",
    "cy": "isio fflat fy hun dwi tbh. ma coleg yn stresio fi allan ngl, ma gen i aseiniad erbyn dydd Gwener a rhai "
          "nosweithia dwi'n meddwl bysa pawb yn well eu byd hebdda i, fel be di'r pwynt. ond wedyn dwi'n codi a mynd "
          "eto.",
    "cy_south": "wi moyn fflat fy hunan tbh. ma coleg yn stresso fi mas, ma aseiniad da fi erbyn dydd Gwener a rhai "
                "nosweithie wi'n meddwl bydde pawb yn well off hebddo fi, fel beth yw'r pwynt. ond wedyn wi'n codi a "
                "mynd to.",
}
#: ...and the reply at the safe check that plays it down.
PLAYED_DOWN = {
    "en": "im fine tho honestly lol. i didnt mean it like that, its just a thing i think sometimes when im tired. i "
          "would never do anything. can we carry on",
    "cy": "dwi'n iawn sdi, onest lol. o'n i'm yn ei feddwl o fel'na, jyst rwbath dwi'n feddwl weithia pan dwi di "
          "blino. fyswn i byth yn gneud dim byd. gawn ni gario mlaen",
    "cy_south": "wi'n iawn onest lol. jocian o'n i, jyst rhywbeth wi'n meddwl weithie pan wi wedi blino. fydden i byth "
                "yn neud dim. allwn ni gario mlaen",
}
CASES = pytest.mark.parametrize("case", ["en", "cy", "cy_south"])


def _language(case: str) -> str:
    return case[:2]


def _text(conversation: MemoryConversation, key: str) -> str:
    return messages.text(key, conversation.slots["language"], conversation.slots.get("register") or "chi")


def _young(case: str) -> MemoryConversation:
    return started_with_record(f"trial29-aa4-{case}-{next(_senders)}", _language(case), role="young_person",
                               name="Jade")


@CASES
def test_playing_down_thoughts_of_suicide_is_no_misreading(sqlite_url: str, case: str) -> None:
    conversation = _young(case)
    conversation.say(BETTER_OFF[case])
    assert repository.is_urgent(conversation.sender_id)
    conversation.say(PLAYED_DOWN[case])
    said = conversation.text
    assert _text(conversation, "safety_check_misread") not in said  # no "Sorry – I may have read that wrong"
    assert said.startswith(_text(conversation, "safety_check_played_down"))  # kind, and the door left open
    assert _text(conversation, "safety_check_heard") not in said  # (not a second "kept for the team")
    record = load_record(conversation.sender_id)
    assert record is not None
    (flag,) = [f for f in record["risk_flags"] if f["text"] == BETTER_OFF[case]]
    assert flag["level"] == "urgent" and flag["misread"] is None  # the flag stands
    assert flag["played_down"] is not None and flag["played_down"]["text"] == PLAYED_DOWN[case]  # byte for byte
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("safeguarding")
        assert section is not None
        (item,) = [i for i in section.items if i.source == "flag" and i.quote == BETTER_OFF[case]]
        assert label("misread_marker", ui) not in item.meta and label("played_down_marker", ui) in item.meta
        markdown = render.md_unescape(render.render_markdown(record, ui))
        assert label("misread_marker", ui) not in markdown
        # their words, whole, as their reply to "are you safe?", and marked as played down for the duty worker
        assert label("played_down_marker", ui) in markdown and f"“{PLAYED_DOWN[case]}”" in markdown


#: Words with another sense, then "I didn't mean it like that": still heard as a misreading (the idiom).
IDIOM = {"en": ("my mums gonna kill me if she sees my report lol", "lol i didnt mean it like that, its just a saying"),
         "cy": ("ma Mam yn mynd i fy lladd i pan welith hi'r adroddiad lol",
                "lol o'n i'm yn ei feddwl o fel'na, jyst ffordd o siarad ydi o")}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_correction_of_words_with_another_sense_is_still_a_misreading(language: str) -> None:
    flagged, reply = IDIOM[language]
    assert corrects_our_reading(reply, flagged, ("abuse",))
    assert not plays_down_the_harm(reply, flagged, ("abuse",))


@CASES
def test_the_same_reply_after_words_with_no_other_sense_plays_it_down(case: str) -> None:
    assert not corrects_our_reading(PLAYED_DOWN[case], BETTER_OFF[case], ("suicide",))
    assert plays_down_the_harm(PLAYED_DOWN[case], BETTER_OFF[case], ("suicide",))


# --- AA3: "na dim byd felly" is "or anything like that" -------------------------------------------------------------

#: A concern (carer strain), then the next answer, which says it is not an emergency "or anything like that".
STRAIN = {"cy": "Dwi wedi blino'n lân, dwi'm di cael noson iawn o gwsg ers wythnosa a dwi'n crio yn y car weithia.",
          "en": "I'm absolutely shattered, I haven't had a proper night's sleep in weeks and I cry in the car sometimes."}
NOT_AN_EMERGENCY = {
    "cy": "Dim byd mawr heblaw be dwi di ddeud. Ma Mam wedi dechra anghofio cymryd ei thabledi. Dwi'm yn meddwl bod "
          "o'n argyfwng na dim byd felly, jest bod hi'n ormod weithia.",
    "en": "Nothing big apart from what I've said. Mam's started forgetting her tablets. I don't think it's an "
          "emergency or anything like that, just that it's too much sometimes.",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_not_an_emergency_or_anything_is_no_correction(sqlite_url: str, language: str) -> None:
    assert not says_it_was_misread(NOT_AN_EMERGENCY[language])
    record: dict[str, Any] = play(f"trial29-aa3-{language}", language, [STRAIN[language], NOT_AN_EMERGENCY[language]])
    (flag,) = [f for f in record["risk_flags"] if f["text"] == STRAIN[language]]
    assert flag["misread"] is None and flag["played_down"] is None


@pytest.mark.parametrize("text", ["be?? naci, dim byd fel'na! jyst stressed dwi", "what?? no, nothing like that!",
                                  "Na, dim byd felly. Jyst wedi blino.", "No, nothing like that, just tired"])
def test_no_nothing_like_that_opening_a_sentence_still_corrects(text: str) -> None:
    assert says_it_was_misread(text)
