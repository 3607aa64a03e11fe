"""Twelfth trial (stop 34, issue 11) AJ12: a son in London pasted e-mail from a thread with his sister into the
answers, gave his mobile number and then took it back. Played through the conversation core (no Rasa) with SQLite,
in English (the trial's words) and a Welsh twin; read in every format and both interface languages.

- "My mobile is 07700 900123 if needed. Actually, please don't ring me at all, email only." left the number on the
  summary page, in the PDF and the JSON: a number taken back is no way to contact them (their words stay).
- "Re what should change: > On Mon, Mark wrote: > I think she needs a pendant alarm…" and "On Tue, Mum's GP wrote: >
  Mrs Hughes reports two falls…" became outcomes: quoted e-mail is someone else's words, kept in the answer, not the
  writer's outcome.
- "> On Wed, Sue wrote: > She had another wobble on the stairs on Sunday." was not flagged: quoted lines are still
  read for risk (a near-fall is the falls concern).
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.storage import repository
from bot.summary import load_record, render
from bot.summary.fhir import to_fhir
from bot.summary.record import WITHHELD_NUMBER
from tests.summary.test_safeguarding_section import pdf_text

NUMBER = "07700 900123"
ANSWERS = {
    "en": [
        "Sorry, this is pasted from an email I sent my sister, it covers most of it. ---- Hi Sue, A good day for Mum is "
        "when she gets to the Tuesday lunch club at St Woolos and has her hair done after. > On Tue, Mum's GP wrote: > "
        "Mrs Hughes reports two falls in the kitchen since September. > We have referred her to the falls clinic. Mark",
        "Re what should change: > On Mon, Mark wrote: > I think she needs a pendant alarm and someone checking on her in "
        "the mornings. > Sue replied: > She'll never wear it. I still think the alarm, but I accept it's her call. Mum "
        "herself says she wants \"a bit of help with the heavy shopping, that's all\".",
        "Please email me rather than phone, I'm in meetings all day: mark.hughes@example.com. My mobile is "
        f"{NUMBER} if needed. Actually, please don't ring me at all, email only. Mum is a bit deaf in her left ear so "
        "sit on her right.",
        "The falls, obviously (see GP email above). > On Wed, Sue wrote: > She had another wobble on the stairs on "
        "Sunday. And honestly the guilt.",
    ],
    "cy": [
        "Sori, dw i wedi copïo hwn o e-bost i fy chwaer. ---- Helo Sue, Diwrnod da i Mam ydi pan mae hi'n cael mynd i'r "
        "clwb cinio ddydd Mawrth. > Ar ddydd Mawrth, ysgrifennodd meddyg Mam: > Mae Mrs Hughes wedi cwympo ddwywaith yn "
        "y gegin ers mis Medi. > Rydyn ni wedi ei chyfeirio at y clinig cwympo. Mark",
        "Ynglŷn â beth ddylai newid: > Ar ddydd Llun, ysgrifennodd Mark: > Dw i'n meddwl bod angen larwm gwddf arni a "
        "rhywun i alw yn y boreau. > Atebodd Sue: > Wneith hi byth ei wisgo. Dw i'n dal i feddwl y larwm, ond ei dewis hi "
        "ydi o. Mae Mam ei hun yn dweud ei bod hi isio \"ychydig o help efo'r siopa trwm, dyna i gyd\".",
        "E-bostiwch fi yn lle ffonio, dw i mewn cyfarfodydd drwy'r dydd: mark.hughes@example.com. Fy rhif symudol ydi "
        f"{NUMBER} os oes angen. A dweud y gwir, peidiwch â fy ffonio i o gwbl, e-bost yn unig. Mae Mam braidd yn fyddar "
        "yn ei chlust chwith.",
        "Y cwympiadau, wrth gwrs (gweler e-bost y meddyg uchod). > Ar ddydd Mercher, ysgrifennodd Sue: > Cafodd hi bwl "
        "arall o simsanu ar y stâr ddydd Sul. A'r euogrwydd, a dweud y gwir.",
    ],
}
QUOTED = {"en": ["pendant alarm", "Mrs Hughes reports", "She'll never wear it", "wrote:"],
          "cy": ["larwm gwddf", "Mae Mrs Hughes wedi cwympo", "Wneith hi byth", "ysgrifennodd"]}
OWN_WISH = {"en": "a bit of help with the heavy shopping", "cy": "ychydig o help efo'r siopa trwm"}
FILLER = {"en": "Sue and Mrs Price next door help.", "cy": "Mae Sue a Mrs Price drws nesa yn helpu."}
TAKEN_BACK = {"en": "please don't ring me at all", "cy": "peidiwch â fy ffonio i o gwbl"}
WOBBLE = {"en": "She had another wobble on the stairs on Sunday.",
          "cy": "Cafodd hi bwl arall o simsanu ar y stâr ddydd Sul."}


def play(sender_id: str, lang: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Mark",
                               "cared_for_name": "Pat", "relationship": "son"})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer", display_name="Mark", cared_for_name="Pat")
    repository.record_consent(sender_id, True)
    conversation.start()
    left = dict(zip(("what_matters", "change", "support", "worries"), ANSWERS[lang]))
    while left:
        asked = conversation.requested
        assert asked and asked != "readback", (asked, list(left))
        key = next((k for k in left if asked == f"q_{k}"), None)
        conversation.say(left.pop(key) if key else FILLER[lang])
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.fixture(scope="module", params=["en", "cy"])
def played(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    lang = request.param
    monkeypatch = pytest.MonkeyPatch()
    from bot.settings import get_settings
    from bot.storage import db

    url = f"sqlite:///{tmp_path_factory.mktemp('aj12-' + lang) / 'whatmatters.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    db.reset_engines()
    db.migrate(url)
    record = play(f"fix34b-aj12-{lang}", lang)
    yield lang, record
    db.reset_engines()
    monkeypatch.undo()
    get_settings.cache_clear()


def test_a_number_taken_back_is_in_no_format(played: tuple[str, dict[str, Any]], tmp_path: Path) -> None:
    lang, record = played
    assert record["numbers_withheld"] == 1
    formats = [json.dumps(record, ensure_ascii=False), json.dumps(to_fhir(record), ensure_ascii=False)]
    for interface in ("en", "cy"):
        formats += [render.render_markdown(record, interface),
                    html.unescape(render.render_html_body(record, interface)),
                    pdf_text(render.render_pdf(record, interface), tmp_path)]
    for shown in formats:
        assert NUMBER not in shown and NUMBER.replace(" ", "") not in shown.replace(" ", "")
    # their words about contact stay, with the number's place marked
    assert any(TAKEN_BACK[lang] in a["text"] and WITHHELD_NUMBER in a["text"] for a in record["answers"])
    assert any(TAKEN_BACK[lang] in o["text"] for o in record["outcomes"])
    page = html.unescape(render.render_html_body(record, lang))
    from bot.summary.view import label
    assert label("numbers_withheld_notice", lang) in page


def test_quoted_mail_is_no_outcome_and_stays_in_the_answer(played: tuple[str, dict[str, Any]]) -> None:
    lang, record = played
    outcomes = [o["text"] for o in record["outcomes"]]
    assert any(OWN_WISH[lang] in o for o in outcomes), outcomes
    for words in QUOTED[lang]:
        assert not any(words in o for o in outcomes), (words, outcomes)
        assert any(words in a["text"] for a in record["answers"])  # kept, as typed, in the answer in full


def test_a_quoted_near_fall_is_still_read_as_falls(played: tuple[str, dict[str, Any]]) -> None:
    lang, record = played
    (answer,) = [a for a in record["answers"] if WOBBLE[lang] in a["text"]]
    flags = {f["id"]: f for f in record["risk_flags"]}
    assert answer["risk_flag_id"] in flags and "falls" in flags[answer["risk_flag_id"]]["categories"]


@pytest.mark.parametrize("text", [
    "Please ring me before you come, my number is 07700 900123.",
    "Ffoniwch fi cyn dod, fy rhif i ydi 07700 900123.",
])
def test_a_number_given_and_not_taken_back_is_kept(sqlite_url: str, text: str) -> None:
    from bot.summary.record import withhold_withdrawn_numbers

    record: dict[str, Any] = {"answers": [{"id": 1, "text": text}], "outcomes": [{"text": text}]}
    assert withhold_withdrawn_numbers(record) == 0
    assert record["answers"][0]["text"] == text


# AJ6 / AJ7: a change of mind keeps the wish it corrects; "he mustn't know I said I'm tired" is what not to share -----

CORRECTED = {
    "cy": "sbo bydde fe'n neis cael rhywun i helpu gyda'r gwaith trwm, y bêls a'r ŵyn. na aros, ddim yr ŵyn, ma fe'n "
          "mynnu neud rheini. jyst y bêls. a fi moyn un noson o gwsg heb boeni",  # the trial's words
    "en": "I suppose it'd be nice to have someone to help with the heavy work, the bales and the lambs. no wait, not the "
          "lambs, he insists on doing those. just the bales. and I want one night's sleep without worrying",
}
GOOD_DAY = {
    "cy": "diwrnod da i Dai yw bod mas ar y fferm gyda'r defed a'r ci, ma fe'n dwlu ar y gwaith ondife. a diwrnod da i fi "
          "sbo bydde noson o gwsg, sai di cysgu'n iawn ers wthnose",  # the trial's words
    "en": "a good day for Dai is being out on the farm with the sheep and the dog, he loves the work. a good day for me, "
          "I'd love a night's sleep",
}
KEPT_FROM_HIM = {
    "cy": ("dim ond bod e ddim i wbod bo fi wedi gweud bo fi'n blino.", "sa i moyn iddo fe boeni."),  # the trial's
    "en": ("Only that he mustn't know I said I'm tired.", "I don't want him to worry."),
}


def play_carer(sender_id: str, lang: str) -> dict[str, Any]:
    from tests.conversation.memory import MemoryConversation

    conversation = MemoryConversation(sender_id, language=lang)
    conversation.slots.update({"consent_choice": "yes", "role": "carer", "completed_by": "carer", "name": "Eirlys",
                               "cared_for_name": "Dai", "relationship": "wife"})
    repository.ensure_conversation(sender_id, channel="memory")
    repository.update_conversation(sender_id, language=lang, preferred_language=lang, register="chi",
                                   completed_by="carer", display_name="Eirlys", cared_for_name="Dai")
    repository.record_consent(sender_id, True)
    conversation.start()
    left = {"what_matters": GOOD_DAY[lang], "change": CORRECTED[lang], "anything_else": " ".join(KEPT_FROM_HIM[lang]) + " diolch bach"}
    while left and conversation.requested not in (None, "readback"):
        key = next((k for k in left if conversation.requested == f"q_{k}"), None)
        conversation.say(left.pop(key) if key else FILLER[lang])
    assert not left, left
    record = load_record(sender_id)
    assert record is not None
    return record


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_change_of_mind_keeps_the_wish_it_corrects(sqlite_url: str, lang: str) -> None:
    record = play_carer(f"fix34b-aj6-{lang}", lang)
    text = CORRECTED[lang]
    wish = "rhywun i helpu gyda'r gwaith trwm" if lang == "cy" else "someone to help with the heavy work"
    correction = "ddim yr ŵyn" if lang == "cy" else "not the lambs"
    bales = "jyst y bêls" if lang == "cy" else "just the bales"
    outcomes = [o["text"] for o in record["outcomes"] if o["text"] in text]
    (corrected,) = [o for o in outcomes if correction in o]
    assert wish in corrected and bales in corrected  # the wish, with the correction beside it
    assert not any(o.startswith((correction, "not the")) for o in outcomes)


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_he_must_not_know_is_not_to_be_shared_not_an_outcome_nor_low_mood(sqlite_url: str, lang: str) -> None:
    record = play_carer(f"fix34b-aj7-{lang}", lang)
    first, reason = KEPT_FROM_HIM[lang]
    (answer,) = [a for a in record["answers"] if first in a["text"]]
    assert answer["sensitive_words"] == f"{first} {reason}"
    assert answer["risk_flag_id"] is None  # no low-mood flag
    assert not any(reason.rstrip(".") in o["text"] and not o["sensitive"] for o in record["outcomes"])
    from bot.summary.view import build_view
    for interface in ("cy", "en"):
        shown = [item.quote for s in build_view(record, interface).sections for g in s.groups
                 if g.key in ("change", "maintenance", "process") for item in g.items]
        assert not any(reason.rstrip(".") in q or first.rstrip(".") in q for q in shown), shown


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_her_own_good_day_is_hers(sqlite_url: str, lang: str) -> None:
    record = play_carer(f"fix34b-aj6-own-{lang}", lang)
    sleep = "noson o gwsg" if lang == "cy" else "a night's sleep"
    ours = [o for o in record["outcomes"] if o["text"] in GOOD_DAY[lang] and sleep in o["text"]]
    assert ours and all(o["about"] == "carer" for o in ours), ours
