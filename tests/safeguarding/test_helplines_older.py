"""The elder-abuse line, Hourglass, for the abuse of an older person (stop-22 trial V26; risk reader's twelfth pass).

Sandra, a carer, told us "Paul does her money, he has her bank card and pin since last year ... he says if she tells
anyone she'll end up in a home. shes frightened of him a bit" (her mum): urgent, rightly, but the reply named 999 and the
Samaritans only. Hourglass (0808 808 8141, free, any time, Welsh or English) is for exactly this. It is offered for
abuse, exploitation or neglect when the words are about an older person: the writer is 60 or more, a pension, a care
home or an age of 60 or more is named, or a carer names the parent or grandparent they look after. Never to a young
person, nor for a partner's abuse of a younger adult. Through the conversation core, Welsh and English; the words are
fictional.
"""
from __future__ import annotations

import itertools

import pytest

from bot.safeguarding.helplines import about_an_older_person, format_helplines, helplines_for
from tests.conversation.memory import MemoryConversation

_senders = itertools.count(1)

SANDRA = {"en": "Paul does her money, he has her bank card and pin since last year, he says if she tells anyone she'll "
                "end up in a home. shes frightened of him a bit",  # V26, quoted
          "cy": "Paul sy'n gwneud ei phres hi, mae ganddo fo ei cherdyn banc a'i PIN ers llynedd, mae o'n deud os deudith "
                "hi wrth rywun y bydd hi'n gorfod mynd i gartref gofal. mae hi ei ofn o braidd"}
MUM_84 = {"en": "mum is 84 and my brother has been taking money out of her account, she has nothing left for food",
          "cy": "mae mam yn 84 a mae 'mrawd wedi bod yn cymryd pres o'i chyfrif hi, does ganddi ddim ar ôl i brynu bwyd"}
YOUNGER_ADULT = {"en": "my partner took my bank card and pin and says ill never see the kids if i tell anyone",
                 "cy": "nath y partner gymryd fy ngherdyn banc a'r PIN a mae o'n deud na wela i byth y plant os deuda i"}


def _first_message(language: str, text: str) -> str:
    """What the assistant says to `text` written at the very first question, nobody having said who they are."""
    conversation = MemoryConversation(f"hourglass-{next(_senders)}", language=language)
    conversation.start()
    conversation.say(text)
    return conversation.text


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("words", [SANDRA, MUM_84], ids=["V26", "mum 84"])
def test_an_older_persons_money_taken_gets_hourglass(sqlite_url: str, language: str, words: dict[str, str]) -> None:
    said = _first_message(language, words[language])
    assert "999" in said and "Hourglass: 0808 808 8141" in said, said


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_younger_adults_partner_is_not_hourglass(sqlite_url: str, language: str) -> None:
    said = _first_message(language, YOUNGER_ADULT[language])
    assert "999" in said and "Hourglass" not in said, said


@pytest.mark.parametrize("texts,role,age,older", [
    ([SANDRA["en"]], None, None, True),       # "end up in a home"
    ([SANDRA["cy"]], None, None, True),       # "cartref gofal"
    (["Paul has her bank card and pin"], "carer", None, False),  # no parent named, no age
    (["Paul has mums bank card and pin"], "carer", None, True),  # a carer's mum
    (["mae Paul efo cerdyn banc nain"], "carer", None, True),
    (["mum keeps my bank card"], "young_person", 15, False),
    (["he takes my pension every week"], None, None, True),
    (["mae o'n cymryd fy mhensiwn i"], None, None, True),
    (["he takes my money"], "person", 72, True),
    (["he takes my money"], "person", 45, False),
    (["my dad is 91 and the carer took his watch"], None, None, True),
    (["my son is 32 and his mates take his money"], "carer", None, False),
    # Eighth trial AB17: a widower's own words, no age given.
    (["My house. I'm not going in no home, I told Gareth that."], "person", None, True),
    (["Dw i ddim yn mynd i gartref gofal, dim ffiars."], "person", None, True),
    (["my grandson has my bank card and wont give it back"], "person", None, True),
    (["ma fy ŵyr i wedi cymryd fy ngherdyn banc"], "person", None, True),
    (["my grandson has my bank card"], "young_person", 15, False),  # only someone writing for themselves, as an adult
    (["there's no place like home"], "person", None, False),
])
def test_about_an_older_person(texts: list[str], role: str | None, age: int | None, older: bool) -> None:
    assert about_an_older_person(texts, role=role, age=age) is older


def test_hourglass_fits_abuse_exploitation_neglect_of_an_older_adult_only() -> None:
    def ids(categories: list[str], **kw: object) -> list[str]:
        return [h.id for h in helplines_for(categories, **kw)]  # type: ignore[arg-type]
    for category in ("abuse", "exploitation", "neglect"):
        assert "hourglass" in ids([category], young_person=False, older_person=True)
        assert "hourglass" not in ids([category], young_person=False)
        assert "hourglass" not in ids([category], young_person=True, older_person=True)
    assert "hourglass" not in ids(["suicide", "falls"], young_person=False, older_person=True)
    welsh = format_helplines(helplines_for(["abuse"], young_person=False, language="cy", older_person=True), "cy",
                             describe=True)
    assert "• Hourglass: 0808 808 8141 (am ddim, unrhyw adeg) – Help a chyngor, yn Gymraeg neu Saesneg" in welsh


@pytest.mark.parametrize("text,urgent", [
    ("my brother has been taking money out of mum's account", True),
    ("the carer has been taking money from her purse", True),
    ("mae 'mrawd wedi bod yn cymryd pres o gyfrif mam", True),
    ("I took money out of her account to pay the gas bill like she asked", False),
    ("he's been taking cash from his savings for the holiday", False),
    ("my son takes money out of his account every friday for the shopping", False),
])
def test_someone_taking_an_older_relatives_money_is_read_by_rule(text: str, urgent: bool) -> None:
    """The English twin of the Welsh 'cymryd pres o'i chyfrif': read by rule, so the reply (and Hourglass) does not
    depend on the model, which at the first question is only a concern."""
    from bot.analysis.risk.rules import rules_only

    assert (rules_only(text).level == "urgent") is urgent, rules_only(text)
