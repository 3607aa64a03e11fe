"""Stop-43 trial AX12 and AX18, through the conversation core in both languages; the words are fictional.

AX12: Gaynor wrote "he's English first language mind, but he understands Welsh", then, putting it right, "sorry Welsh
is my first not his, he learnt it": it was taken as her answer to the worries question and answered "your Welsh is
fine, no need to say sorry". Now "your Welsh is fine" is said only when the apology is about the writer's own Welsh;
a "sorry, X not his" is a correction kept beside the answer before, and the question waiting is asked again.

AX18: "Cymraeg, well, bach o both to be honest" at the language choice got "wnes i ddim deall". Now the language named
first (with "bach o both", "a bit of both", "Cymraeg a Saesneg") is chosen, and she is told she can mix."""
from __future__ import annotations

import itertools

import pytest

from bot import messages
from bot.analysis.language import apologises_for_their_welsh, language_named_first_with_both
from bot.conversation import steering
from bot.conversation.answers import adds_to_an_earlier_answer
from tests.conversation.memory import MemoryConversation, MemoryTurn, at_question

_senders = itertools.count(1)

#: A correction of whose Welsh it is (AX12, quoted, and new phrasings, both languages).
CORRECTIONS = {
    "en": ["sorry Welsh is my first not his, he learnt it", "soz, its me that speaks welsh not him",
           "sorry, English is his first language, not mine"],
    "cy": ["sori, Cymraeg yw fy iaith gynta i, nid fe", "sori, fi sy'n siarad Cymraeg gynta, dim fo. mae o wedi dysgu",
           "sori, Cymraeg ydi'n iaith gynta ni, nid hi"],
}
#: An apology for the writer's own Welsh: "your Welsh is fine" is still said (AK15).
OWN_WELSH = ["sorry my Welsh is rubbish", "Sorry am y Cymraeg drwg", "sori am fy Nghymraeg", "sorry for my bad Welsh"]
SUPPORT = {
    "en": "take your time with him, his voice is quiet now so listen proper. he's English first language mind, but he "
          "understands Welsh",
    "cy": "cymrwch eich amser gyda fe, ma'i lais e'n dawel nawr. Saesneg yw ei iaith gynta fe cofiwch, ond mae e'n deall "
          "Cymraeg",
}


@pytest.mark.parametrize("text", CORRECTIONS["en"] + CORRECTIONS["cy"])
def test_a_correction_of_whose_welsh_is_no_apology_for_it(text: str) -> None:
    assert not apologises_for_their_welsh(text)
    assert adds_to_an_earlier_answer(text, "q_worries")


@pytest.mark.parametrize("text", OWN_WELSH)
def test_sorry_for_their_own_welsh_is_still_heard(text: str) -> None:
    assert apologises_for_their_welsh(text)


@pytest.mark.parametrize("text", ["sorry he's not his usual self today", "sori, dyw e ddim yn fe ei hun heddiw",
                                  "sorry I'm not me.", "sori, dw i ddim yn fi fy hun"])
def test_sorry_with_not_his_inside_an_answer_is_an_answer(text: str) -> None:
    assert not adds_to_an_earlier_answer(text, "q_worries")


@pytest.mark.parametrize("language,text", [(lang, text) for lang, texts in CORRECTIONS.items() for text in texts])
def test_the_correction_is_kept_beside_and_the_question_asked_again(sqlite_url: str, language: str, text: str) -> None:
    conversation = at_question(f"lang-43-{next(_senders)}", language, "q_support", what_matters="my garden")
    conversation.say(SUPPORT[language])
    assert conversation.requested == "q_worries"
    conversation.say(text)
    said = conversation.text
    assert messages.text("welsh_is_fine", language) not in said
    assert messages.text("added_later_noted", language) in said
    assert conversation.requested == "q_worries"  # the worries question is asked again, not skipped


#: Replies to the Active Offer naming one language first, then both (AX18, quoted, and new phrasings).
NAMED_FIRST = [("Cymraeg, well, bach o both to be honest", "cy"), ("Cymraeg a Saesneg", "cy"),
               ("cymraeg, tipyn o'r ddwy a bod yn onest", None), ("Cymraeg, a bit of both really", "cy"),
               ("Cymraeg ond dw i'n cymysgu nhw", "cy"), ("English, a bit of both", "en"),
               ("Saesneg a Chymraeg, bach o bob un", "en"), ("welsh and english tbh", "cy")]


@pytest.mark.parametrize("text,language", [(t, lang) for t, lang in NAMED_FIRST if lang])
def test_the_language_named_first_is_read(text: str, language: str) -> None:
    assert language_named_first_with_both(text) == language


@pytest.mark.parametrize("text", ["Cymraeg", "cymraeg te", "English please", "hi, my mum speaks Welsh and English",
                                  "Cymraeg neu Saesneg, dim ots"])
def test_a_plain_choice_or_other_words_are_read_as_before(text: str) -> None:
    assert language_named_first_with_both(text) is None


def _offered(sender: str) -> MemoryConversation:
    conversation = MemoryConversation(sender, language="en")
    conversation.slots["language"] = None
    turn = MemoryTurn(conversation, "helo")
    assert steering.language_of_reply(turn) is None
    assert steering.route(turn) is True
    conversation.slots["paused"] = True  # as ActionRoute keeps it
    return conversation


@pytest.mark.parametrize("text,language", [(t, lang) for t, lang in NAMED_FIRST if lang])
def test_a_mixed_choice_at_the_offer_chooses_and_says_they_can_mix(sqlite_url: str, text: str, language: str) -> None:
    conversation = _offered(f"offer-43-{next(_senders)}")
    conversation.said.clear()
    turn = MemoryTurn(conversation, text)
    assert steering.language_of_reply(turn) == language
    said = "\n".join(m.text for m in conversation.said)
    assert messages.text("active_offer_again", None) not in said
    assert messages.text("language_set", language) in said
    assert messages.text("language_mix_welcome", language) in said
