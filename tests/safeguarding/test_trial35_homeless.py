"""The thirteenth user trial's risk finding AK13 (stop 35, issue 11), through the helplines and the real core.

AK13: a young man to be homeless by Friday was urgent, but the only line given was "999": a housing and homelessness
line (Shelter Cymru, the council's housing options team named) in both languages, 999 only for danger now. And "friday
innit. where im gonna sleep. got £12 till thursday. bit scared tbh but im ok", after it, got a bare "Thanks.".
"""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.safeguarding.helplines import format_helplines, helplines_for
from bot.storage import repository
from bot.summary import load_record
from tests.conversation.memory import MemoryConversation, consented_at

_senders = itertools.count(1)
LANGS = pytest.mark.parametrize("language", ["cy", "en"])


@LANGS
@pytest.mark.parametrize("young", [True, False])
def test_homelessness_gets_a_housing_line(language: str, young: bool) -> None:
    lines = helplines_for(["homelessness"], young_person=young, language=language)
    ids = [h.id for h in lines]
    assert "shelter_cymru" in ids and ids[0] == "emergency_999"
    text = format_helplines(lines, language, "ti" if young else "chi", describe=True)
    assert "08000 495 495" in text
    assert ("ngor lleol" if language == "cy" else "council") in text  # the council's housing team named


def test_no_housing_line_for_other_harms() -> None:
    assert "shelter_cymru" not in [h.id for h in helplines_for(["suicide"], young_person=False, language="en")]


HOMELESS = {"en": "my mum's kicked me out and I'll be homeless by friday",
            "cy": "mae mam wedi fy nghicio i allan a bydda i'n ddigartref erbyn dydd gwener"}
SCARED = {"en": "friday innit. where im gonna sleep. got £12 till thursday. bit scared tbh but im ok",
          "cy": "dydd gwener de. lle dw i'n mynd i gysgu. £12 tan ddydd iau. braidd yn ofnus a bod yn onest ond dw i'n iawn"}
#: Its look-alike: an answer with no feeling after the same disclosure is thanked as before.
PLAIN = {"en": "football and college", "cy": "pêl-droed a'r coleg"}


def _young_at(language: str, slot: str) -> MemoryConversation:
    return consented_at(f"trial35h-{language}-{next(_senders)}", language, slot, role="young_person", name="Kai",
                        what_matters={"en": "football", "cy": "pêl-droed"}[language])


def _after_carrying_on(language: str) -> MemoryConversation:
    conversation = _young_at(language, "q_worries")
    conversation.say(HOMELESS[language])
    assert repository.is_urgent(conversation.sender_id)
    assert "08000 495 495" in conversation.text
    conversation.say({"en": "im safe, carry on", "cy": "dw i'n saff, cario mlaen"}[language])
    assert repository.safe_check(conversation.sender_id)[0] is None
    return conversation


@LANGS
def test_a_short_feeling_after_the_disclosure_is_heard(sqlite_url: str, language: str) -> None:
    conversation = _after_carrying_on(language)
    conversation.say(SCARED[language])
    heard = messages.text("ack_heavy_light", language, "ti")
    assert heard in conversation.text


@LANGS
def test_an_answer_with_no_feeling_is_thanked_as_before(sqlite_url: str, language: str) -> None:
    conversation = _after_carrying_on(language)
    conversation.say(PLAIN[language])
    assert messages.text("ack_heavy_light", language, "ti") not in conversation.text


#: The re-trial (AL3): being told off, with a wish beside it, after the same disclosure. A twin in Welsh.
TOLD_OFF_AND_A_WISH = {
    "en": "my foster mum Bev is sound, honestly im fine, she'll kill me if she thinks I've been moaning about her. "
          "football on a sunday in Aberfan, i want to keep that whatever happens",
    "cy": "mae Bev fy mam maeth yn iawn, wir dw i'n iawn, neith hi fy lladd i os ydi hi'n meddwl mod i'n cwyno amdani. "
          "pêl-droed ar ddydd Sul yn Aberfan, dw i isio cadw hynna beth bynnag sy'n digwydd",
}
#: Its look-alike: fear of her anger at their telling still goes with the disclosure.
FEAR_OF_HER = {"en": "she'll go mad at me if she finds out", "cy": "bydd hi'n flin efo fi os ydi hi'n clywed"}


def _flag_levels(sender: str) -> list[str]:
    record = load_record(sender)
    assert record is not None
    return [str(f["level"]) for f in record["risk_flags"]]


@LANGS
def test_being_told_off_after_a_disclosure_is_not_added_to_it(sqlite_url: str, language: str) -> None:
    conversation = _after_carrying_on(language)
    added = messages.text("urgent_added", language, "ti")
    conversation.say(TOLD_OFF_AND_A_WISH[language])
    assert added not in conversation.text
    assert _flag_levels(conversation.sender_id).count("urgent") == 1  # the disclosure's alone


@LANGS
def test_fear_of_her_finding_out_still_goes_with_the_disclosure(sqlite_url: str, language: str) -> None:
    conversation = _after_carrying_on(language)
    conversation.say(FEAR_OF_HER[language])
    assert messages.text("urgent_added", language, "ti") in conversation.text
