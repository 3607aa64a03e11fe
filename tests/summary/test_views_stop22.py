"""Whose view, and views side by side, stop 22 (the stop-21 trial's U40, U22 left open), Welsh and English.

- U40: "Mae Mam yn deud ei bod hi'n iawn a does dim angen help arni hi, a bod hi isio cal ei gadael i fod" was the
  carer's own view beside her own "Dwi isio iddi gael gofalwyr": the words after a speech frame are Mam's view, as
  the carer passed it on (bot.analysis.outcomes marks them `reported`; bot.storage.repository files them so), and the
  answer that says "dan ni ddim yn cytuno" shows both views side by side, Mam's first; her refusal foreseen ("mi fysa
  hi'n deud na.") is no outcome. Through the conversation core, a carer answering "what would Menna like to change?".
- U22: "Don't use the word 'vulnerable' in front of him, he hates it" (his view) was set beside "Easy read letters
  please." (hers), a matter of its own: an instruction to whoever comes is no "no" to what the carer asks, so those
  two stay in their groups; "that's his view and mine" says the views differ.
"""
from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.view import build_view, label
from tests.conversation.memory import MemoryConversation
from tests.summary.conftest import migrated_database, seed_carer_views
from tests.support.quotes import U40
from tests.support.quotes import U40_HERS as HERS
from tests.support.quotes import U40_THEIRS as THEIRS

_senders = itertools.count(1)



def _carer_says_at_change(lang: str, words: str) -> dict[str, Any]:
    conversation = MemoryConversation(f"views-stop22-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Eira",
                               "cared_for_name": "Menna", "relationship": "merch" if lang == "cy" else "daughter"})
    conversation.start()
    # (what the start keeps when a carer says who they are: the slots above stand for the start's own turns)
    repository.update_conversation(conversation.sender_id, completed_by="carer", display_name="Eira",
                                   cared_for_name="Menna")
    while conversation.requested != "q_change":
        assert conversation.requested is not None and not conversation.requested.startswith("readback")
        conversation.say("/skip", intent="skip")
    conversation.say(words)
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_the_words_after_mam_says_are_mams_view_side_by_side_with_hers(sqlite_url: str, lang: str) -> None:
    record = _carer_says_at_change(lang, U40[lang])
    whose = {o["text"]: o["whose_view"] for o in record["outcomes"]}
    for words in THEIRS[lang]:
        assert whose[words] == "person", words
    assert whose[HERS[lang]] == "carer"
    assert not any("deud na" in t or "say no" in t for t in whose)
    for ui in ("cy", "en"):
        section = build_view(record, ui).section("what_matters")
        assert section is not None
        views = next(g for g in section.groups if g.key == "views")
        quotes = [i.quote for i in views.items]
        assert quotes == [*THEIRS[lang], HERS[lang]]  # hers after Mam's
        assert views.items[0].whose_view_label == label("whose_person_reported", ui)
        assert views.items[-1].whose_view_label == label("whose_carer", ui)
        md = render.md_unescape(render.render_markdown(record, ui))
        assert label("whose_person_reported", ui) in md


COMMUNICATION = {
    "en": ("communication", "How does Dan like to communicate?",
           "Don't use the word 'vulnerable' in front of him, he hates it. Easy read letters please.",
           [("Don't use the word 'vulnerable' in front of him, he hates it.", "process", "person"),
            ("Easy read letters please.", "process", "carer")]),
    "cy": ("communication", "Sut mae Dan yn hoffi cyfathrebu?",
           "Peidiwch â deud y gair 'bregus' o'i flaen o, mae o'n casáu hynny. Llythyrau hawdd eu darllen plis.",
           [("Peidiwch â deud y gair 'bregus' o'i flaen o, mae o'n casáu hynny.", "process", "person"),
            ("Llythyrau hawdd eu darllen plis.", "process", "carer")]),
}
FLAT = {
    "en": ("change", "What would Dan like to be different?",
           "Dan wants his own flat. I want him to stay at home with us, at least for now. So that's his view and mine.",
           [("Dan wants his own flat.", "change", "person"),
            ("I want him to stay at home with us, at least for now.", "maintenance", "carer")]),
    "cy": ("change", "Beth hoffai Dan ei newid?",
           "Mae Dan isio'i fflat ei hun. Dwi isio iddo fo aros adra efo ni, am rŵan o leia. Felly dyna'i farn o a fy "
           "marn i.",
           [("Mae Dan isio'i fflat ei hun.", "change", "person"),
            ("Dwi isio iddo fo aros adra efo ni, am rŵan o leia.", "maintenance", "carer")]),
}


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_only_views_on_the_same_matter_are_side_by_side(tmp_path_factory: pytest.TempPathFactory, lang: str,
                                                         ui: str) -> None:
    with migrated_database(tmp_path_factory.mktemp("views-stop22")):
        seed_carer_views(f"flat-{lang}-{ui}", lang, [COMMUNICATION[lang], FLAT[lang]], carer="Sian", cared_for="Dan")
        record = load_record(f"flat-{lang}-{ui}")
    assert record is not None
    view = build_view(record, ui)
    quoted_beside = [i.quote for s in view.sections for g in s.groups if g.key == "views" for i in g.items]
    # his flat and her "stay at home with us" side by side, his first ("that's his view and mine")
    assert quoted_beside == [w for w, _, _ in FLAT[lang][3]]
    # the instruction about a word and the easy-read letters are no disagreement: not side by side
    for words, _, _ in COMMUNICATION[lang][3]:
        assert words not in quoted_beside


# ---------------------------------------------------------------- stop-22 trial V13: a granddaughter typing for Nain

V13_CHANGE = {
    "cy": ("Nain says dim byd, ma bob dim yn iawn. ond dwi'n meddwl bod angen rhywun i helpu efo'r bath, ma hi wedi "
           "stopio cael bath achos ma hi ofn methu codi allan. Nain isio aros yn ei thŷ ei hun tan y diwedd, ma hi di "
           "deud hynna ganwaith. dwi isio iddi gael pendant alarm ond ma hi'n deud bod nhw'n hyll"),
    "en": ("Nan says nothing, everything's fine. but I think she needs someone to help with the bath, she's stopped "
           "having one because she's scared she can't get out. Nan wants to stay in her own house till the end, she's "
           "said that a hundred times. I want her to have a pendant alarm but she says they're ugly"),
}
V13_NAINS = {"cy": "Nain isio aros yn ei thŷ ei hun", "en": "Nan wants to stay in her own house"}
V13_OWN = {"cy": "um dwi'n 18 so coleg a ffrindia a hoci. Nain says 'dos di, paid a poeni amdana i'",
           "en": "um I'm 18 so college and mates and hockey. Nan says 'go on, you don't worry about me'"}


def _carer_says(lang: str, said: dict[str, str]) -> dict[str, Any]:
    conversation = MemoryConversation(f"views-v13-{next(_senders)}", language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Elin",
                               "cared_for_name": "Megan", "relationship": "wyres" if lang == "cy" else "granddaughter"})
    conversation.start()
    repository.update_conversation(conversation.sender_id, completed_by="carer", display_name="Elin",
                                   cared_for_name="Megan")
    while conversation.requested is not None and not conversation.requested.startswith("readback"):
        if conversation.requested in said:
            conversation.say(said[conversation.requested])
        else:
            conversation.say("/skip", intent="skip")
    record = load_record(conversation.sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_nains_words_passed_on_are_nains_view_even_in_the_carers_own_answer(sqlite_url: str, lang: str) -> None:
    record = _carer_says(lang, {"q_change": V13_CHANGE[lang], "q_carer_own": V13_OWN[lang]})
    outcomes = record["outcomes"]
    (nains,) = [o for o in outcomes if o["text"].startswith(V13_NAINS[lang])]
    assert (nains["whose_view"], nains["about"]) == ("person", "person")
    # her own wish in the same answer stays hers
    (hers,) = [o for o in outcomes if o["text"].startswith(("dwi isio iddi gael pendant", "I want her to have a pendant"))]
    assert hers["whose_view"] == "carer"
    # what Nain said to her, quoted in the carer's own answer, is Nain's (about Nain), never the carer's own outcome
    quoted = [o for o in outcomes if "amdana i" in o["text"] or "worry about me" in o["text"]]
    assert all((o["whose_view"], o["about"]) == ("person", "person") for o in quoted)
    assert quoted or lang == "en"  # (the English twin is no outcome at all: neither is it the carer's own)


# ---------------------------------------------------------------- stop-22 trial V22: views that agree stay apart

AGREE = {
    "cy": ("keep", "Beth hoffai Brenda ei gadw fel y mae?",
           "Aros gatre, definitely. Dyw hi ddim moyn mynd i unman arall, a sa i moyn hi fynd chwaith.",
           [("Aros gatre, definitely.", "maintenance", "carer"),
            ("Dyw hi ddim moyn mynd i unman arall", "maintenance", "person"),
            ("sa i moyn hi fynd chwaith.", "maintenance", "carer")]),
    "en": ("keep", "What would Brenda like to keep as it is?",
           "Staying at home, definitely. She doesn't want to go anywhere else, and I don't want her to either.",
           [("Staying at home, definitely.", "maintenance", "carer"),
            ("She doesn't want to go anywhere else", "maintenance", "person"),
            ("I don't want her to either.", "maintenance", "carer")]),
}
REFUSES = {
    "cy": ("support", "Sut hoffai Brenda gael ei chefnogi?",
           "Gofalwyr sy'n nabod ei threfn. Dydi hi ddim isio mwy o ofalwyr, mae hi'n deud ei fod o fel ffair.",
           [("Gofalwyr sy'n nabod ei threfn.", "process", "carer"),
            ("Dydi hi ddim isio mwy o ofalwyr, mae hi'n deud ei fod o fel ffair.", "process", "person")]),
    "en": ("support", "How would Brenda like to be supported?",
           "Carers who know her routine. She doesn't want more carers, she says it's like a fair already.",
           [("Carers who know her routine.", "process", "carer"),
            ("She doesn't want more carers, she says it's like a fair already.", "process", "person")]),
}


@pytest.mark.parametrize("lang, ui", [("en", "en"), ("en", "cy"), ("cy", "cy"), ("cy", "en")])
def test_views_that_agree_are_not_shown_as_a_disagreement(tmp_path_factory: pytest.TempPathFactory, lang: str,
                                                           ui: str) -> None:
    with migrated_database(tmp_path_factory.mktemp("views-v22")):
        seed_carer_views(f"agree-{lang}-{ui}", lang, [AGREE[lang], REFUSES[lang]], carer="Dai", cared_for="Brenda")
        record = load_record(f"agree-{lang}-{ui}")
    assert record is not None
    section = build_view(record, ui).section("what_matters")
    assert section is not None
    groups = {g.key: [i.quote for i in g.items] for g in section.groups}
    # she does not want to go anywhere else, and neither does he: no disagreement, each stays under keep
    assert groups["maintenance"] == [w for w, _, _ in AGREE[lang][3]]
    # she refuses more carers beside his carers who know her routine: that one differs, hers first
    assert groups["views"] == [REFUSES[lang][3][1][0], REFUSES[lang][3][0][0]]


CONTRAST_ELSEWHERE = {
    "cy": ("change", "Beth hoffai Brenda ei newid?",
           "Stairlift, na beth fydde'n neud gwahaniaeth. Ne'r gwely lawr stâr ond ma hi'n casau'r syniad o hynny, ma "
           "hi'n gweud bod e'n neud iddi deimlo fel invalid. A ma hi moyn mynd mas mwy, i'r siope yn Abertawe.",
           [("Stairlift, na beth fydde'n neud gwahaniaeth.", "change", "carer"),
            ("ma hi moyn mynd mas mwy", "change", "person")]),
    "en": ("change", "What would Brenda like to change?",
           "A stairlift, that would make the difference. Or a bed downstairs but she hates the idea of that, she says "
           "it makes her feel like an invalid. And she wants to get out more, to the shops in Swansea.",
           [("A stairlift, that would make the difference.", "change", "carer"),
            ("she wants to get out more", "change", "person")]),
}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_but_between_them_in_words_that_are_no_outcome_sets_nothing_against(
        tmp_path_factory: pytest.TempPathFactory, lang: str) -> None:
    """V22 recheck: "ma hi moyn mynd mas mwy" was set beside "Stairlift, na beth..." by an "ond" about the bed."""
    with migrated_database(tmp_path_factory.mktemp("views-v22b")):
        seed_carer_views(f"contrast-{lang}", lang, [CONTRAST_ELSEWHERE[lang]], carer="Dai", cared_for="Brenda")
        record = load_record(f"contrast-{lang}")
    assert record is not None
    section = build_view(record, lang).section("what_matters")
    assert section is not None
    assert "views" not in [g.key for g in section.groups]
