"""Stop 48 (the twenty-fourth trial, stop 47; its report is lost, so each case is rebuilt here in both languages):
carers, young carers and the summary, through the conversation core. The trial's words come first, then fictional
phrasings in no benchmark file (north and south Welsh, text-speak), then look-alikes that must not change.

BB3.  The cared-for person's own view in reported speech ("ddeudodd Mam bod hi isio aros adra", "wedodd e fod e moyn
      mynd nôl i'r clwb", "mae Dad wedi deud…", "Mam yn deud…") is theirs, passed on by the carer, at every question,
      as "she said she wants…" is; it was filed as the carer's own wish at the carer's own questions.
BB14. A young carer's fear that a parent finds out they told ("mum finds out I told", "os ma mam yn ffeindio allan bo
      fi 'di deud") is who must not be told: kept under "Not to be shared" at the top, never a memory concern.
BB6.  The sentence just before "please don't tell him I said", in a strengths answer that raised a concern, is what he
      must not be told: at the top only, never under "Strengths and who helps".
"""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.analysis.keep_from import asks_to_keep_from_someone, keeps_what_was_said_before
from bot.analysis.outcomes import views_passed_on
from bot.analysis.risk import assess_risk
from bot.summary import load_record
from bot.summary.render import render_markdown, render_pdf
from tests.conversation.memory import skipped_to, stored_views
from tests.summary.test_summary_pdf import pdf_text

pytestmark = pytest.mark.usefixtures("sqlite_url")

_senders = itertools.count(1)


_outcomes = stored_views  # (words, whose view, about) of every outcome stored


def _section(markdown: str, heading: str) -> str:
    """One section of the Markdown summary, from its heading to the next."""
    start = markdown.index(heading)
    end = markdown.find("\n## ", start + len(heading))
    return markdown[start:end if end >= 0 else len(markdown)]


# --- BB3: their view, in reported speech, at every question -------------------------------------------------------

REPORTED = [
    ("cy", "mae Mam yn deud bod hi isio aros adra"),  # the trial's (north)
    ("cy", "ma Dad yn gweud bod e moyn mynd nôl i'r clwb"),  # the trial's (south)
    ("en", "she says she wants to stay at home"),  # the trial's
    ("cy", "ddeudodd Mam bod hi isio aros adra"),  # north, past
    ("cy", "wedodd Dad fod e moyn mynd nôl i'r clwb"),  # south, past
    ("cy", "dwedodd e fod e moyn mynd nôl i'r clwb"),
    ("cy", "nath Mam ddeud bod hi isio aros adra"),
    ("cy", "mi ddudodd hi bod hi isio aros adra"),
    ("cy", "mae Dad wedi deud bod o isio mynd i'r clwb"),  # has said
    ("cy", "ma Dad di gweud bod e moyn mynd nôl i'r clwb"),
    ("cy", "Mam yn deud bod hi isio aros adra"),  # no "mae", as speech drops it
    ("cy", "mae o'n deud bod fo isio mynd i'r clwb"),
    ("en", "Mum said she wants to stay at home"),
]


@pytest.mark.parametrize("slot", ["q_what_matters", "q_carer_own", "q_carer_support"])
@pytest.mark.parametrize("language, text", REPORTED)
def test_their_view_passed_on_is_theirs_at_every_question(language: str, text: str, slot: str) -> None:
    conversation = skipped_to(f"carers48-said-{next(_senders)}", language, "carer", slot)
    conversation.say(text)
    stored = _outcomes(conversation)
    assert stored, stored
    assert all(whose == "person" and about == "person" for _w, whose, about in stored), stored


@pytest.mark.parametrize("language, text", [("cy", "ddeudodd Mam bod hi isio aros adra"),
                                            ("cy", "wedodd Dad fod e moyn mynd nôl i'r clwb")])
def test_the_summary_says_whose_view_it_is(language: str, text: str) -> None:
    conversation = skipped_to(f"carers48-said-sum-{next(_senders)}", language, "carer", "q_carer_own")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    outcome = next(o for o in record["outcomes"] if o["text"] == text)
    assert outcome["whose_view"] == "person" and outcome["reported_by"] == "carer"
    assert "Barn y person, fel y rhannodd y gofalwr hi" in render_markdown(record, language)


@pytest.mark.parametrize("text", [
    "ddeudodd Gareth bod o isio iddi fynd i gartra, ond dwi ddim yn cytuno",  # someone else named: not the person
])
def test_someone_else_named_in_the_past_is_not_their_view(text: str) -> None:
    assert views_passed_on(text, "Mair") == []


@pytest.mark.parametrize("language, text", [
    ("cy", "dw i wedi deud wrthyn nhw fy mod i isio brêc"),  # the carer's own telling
    ("cy", "nes i ddeud bod fi isio mwy o help"),
    ("cy", "nath hi fynd i'r clwb ddoe a dwi isio noson i fi fy hun"),  # "nath hi fynd" is no saying
    ("en", "I said I want a break"),
])
def test_the_carers_own_saying_stays_theirs(language: str, text: str) -> None:
    conversation = skipped_to(f"carers48-own-{next(_senders)}", language, "carer", "q_carer_own")
    conversation.say(text)
    stored = _outcomes(conversation)
    assert stored and all(whose == "carer" for _w, whose, _a in stored), stored


# --- BB14: a young carer's fear that mum finds out they told --------------------------------------------------------

FEARS = [
    ("en", "mum finds out I told"),  # the trial's
    ("cy", "os ma mam yn ffeindio allan bo fi 'di deud"),  # the trial's
    ("en", "im scared mum finds out i told u"),
    ("cy", "dwi ofn i mam ffeindio allan bo fi di deud"),  # north
    ("cy", "rhag ofn i dad ffindio mas bo fi wedi gweud"),  # south
    ("en", "worried my dad finds out ive been talking to you"),
]


@pytest.mark.parametrize("language, text", FEARS)
def test_the_fear_that_mum_finds_out_is_who_must_not_be_told(language: str, text: str) -> None:
    assert asks_to_keep_from_someone(text)
    assert "memory" not in assess_risk(text).categories
    conversation = skipped_to(f"carers48-fear-{next(_senders)}", language, "young_person", "q_worries")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert not record["risk_flags"]
    assert any(a.get("sensitive_words") == text for a in record["answers"])
    heading = "### Not to be shared, and with whom" if language == "en" else "### Beth na ddylid ei rannu"
    assert text in _section(render_markdown(record, language), heading)


@pytest.mark.parametrize("language, text, kept", [
    ("en", "mums boyfriend hits me. im scared mum finds out i told", "im scared mum finds out i told"),
    ("cy", "ma cariad mam yn bwrw fi. os ma mam yn ffeindio allan bo fi di deud",
     "os ma mam yn ffeindio allan bo fi di deud"),
])
def test_beside_a_disclosure_it_is_kept_beside_the_alert(language: str, text: str, kept: str) -> None:
    conversation = skipped_to(f"carers48-fear-alert-{next(_senders)}", language, "young_person", "q_change")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [f["level"] for f in record["risk_flags"]] == ["urgent"]  # the disclosure still is one
    assert any(a.get("sensitive_words") == kept for a in record["answers"])


@pytest.mark.parametrize("text", [
    "The wife will kill me if she finds out I said that mind",  # BA19's joke stays a joke
    "nath mam ffeindio allan bo fi di deud y gwir",  # past: she found out, no fear of it
    "mum finds out everything on facebook",
    "i found out mum is ill",
    "mam yn ffeindio allan am y parti",
])
def test_finding_out_without_the_fear_is_no_request(text: str) -> None:
    assert not asks_to_keep_from_someone(text)


@pytest.mark.parametrize("text", ["mae mam yn anghofio bob dim", "mum keeps forgetting things"])
def test_forgetting_is_still_a_memory_concern(text: str) -> None:
    assert "memory" in assess_risk(text).categories


# --- BB6: what must not be told, said in the strengths answer -------------------------------------------------------

@pytest.mark.parametrize("language, role, text, shown, hidden", [
    ("en", "carer", "Her sister visits. Her son takes her money every week. Please don't tell him I said",
     "Her sister visits.", "Her son takes her money every week."),
    ("cy", "carer", "Mae ei chwaer yn galw. Mae ei mab yn cymryd ei phres hi bob wythnos. Plis peidiwch â deud wrtho "
     "fo mod i wedi deud hyn", "Mae ei chwaer yn galw.", "Mae ei mab yn cymryd ei phres hi bob wythnos."),
])
def test_what_must_not_be_told_is_not_a_strength(language: str, role: str, text: str, shown: str,
                                                  hidden: str) -> None:
    conversation = skipped_to(f"carers48-strength-{next(_senders)}", language, role, "q_strengths")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    assert record["risk_flags"]  # (the concern the answer raised: what puts it at the top)
    strengths = _section(render_markdown(record, language),
                         "## Strengths and who helps" if language == "en" else "## Cryfderau")
    assert hidden not in strengths
    assert shown in strengths


@pytest.mark.parametrize("text, points_back", [
    ("Please don't tell him I said", True),
    ("paid deud wrtho fo hyn", True),
    ("dont tell mum", False),  # what she must not be told is not said before it
    ("I said she likes the garden", False),  # no asking at all
])
def test_keeping_what_was_said_before(text: str, points_back: bool) -> None:
    assert keeps_what_was_said_before(text) is points_back


# --- BB17: making light of it after a hard answer --------------------------------------------------------------------

LIGHT = [
    ("en", "carer", "I'm exhausted, I haven't slept properly in months and I cry in the car", "its not that bad really"),
    ("cy", "carer", "Dw i wedi blino'n lân, dw i ddim wedi cysgu'n iawn ers misoedd", "dio'm yn ddrwg go iawn"),
    ("en", "young_person", "i do all the cooking and look after my little brother cos mum is ill, im always tired",
     "other people have it worse"),
    ("cy", "young_person", "fi'n neud bob dim i mam ers iddi fod yn sâl, fi wastad wedi blino",
     "ma pobl eraill yn waeth eu byd"),  # south (new)
    ("cy", "carer", "Dw i wedi blino'n lân, dw i ddim wedi cysgu'n iawn ers misoedd", "dydi o ddim mor ddrwg â hynny, wir"),
    ("en", "carer", "I'm exhausted, I haven't slept properly in months and I cry in the car", "tbh could be worse"),
]


@pytest.mark.parametrize("language, role, hard, light", LIGHT)
def test_making_light_of_it_gets_a_warm_word(language: str, role: str, hard: str, light: str) -> None:
    conversation = skipped_to(f"carers48-light-{next(_senders)}", language, role, "q_worries")
    conversation.say(hard)
    conversation.say(light)
    register = "ti" if role == "young_person" else "chi"
    from bot import messages

    still = messages.text("ack_still_counts", language, register)
    assert still in conversation.text
    assert conversation.text.splitlines()[0] == still  # one line, then the next question
    for plain in ("Thank you, I've noted that.", "Got it, thanks.", "Diolch, dw i wedi nodi hynny."):
        assert plain not in conversation.text


@pytest.mark.parametrize("language, light", [("en", "its not that bad really"), ("cy", "dio'm yn ddrwg go iawn")])
def test_with_nothing_hard_before_it_is_an_ordinary_answer(language: str, light: str) -> None:
    from bot import messages

    conversation = skipped_to(f"carers48-light-none-{next(_senders)}", language, "carer", "q_worries")
    conversation.say(light)
    assert messages.text("ack_still_counts", language, "chi") not in conversation.text


@pytest.mark.parametrize("text", [
    "the food is not that bad",  # about the food
    "the day centre isnt too bad",
    "not bad thanks",
    "my mum says it could be worse",
    "mae o ddim yn ddrwg o gwbl efo fi",
    "it's not that bad, but she falls every week and I can't lift her anymore and I am scared of hurting her back",
])
def test_look_alikes_are_not_making_light(text: str) -> None:
    from bot.analysis.safe_reply import makes_light_of_it

    assert not makes_light_of_it(text)


# --- BB16: how to talk to them, sent as the visit-time question came ------------------------------------------------

AFTER_COMMUNICATION = [
    ("en", "carer", "Welsh is best for him", "he's autistic and doesn't like phone calls"),  # the trial's
    ("cy", "carer", "Cymraeg sydd orau iddo fo", "mae o'n awtistig a ddim yn licio galwadau ffôn"),  # the trial's
    ("cy", "carer", "Cymraeg plis", "ma fe'n fyddar, tecstiwch fi"),  # south (new)
    ("en", "young_person", "english is fine", "im autistic n dont like phone calls"),  # text-speak (new)
]


@pytest.mark.parametrize("language, role, first, more", AFTER_COMMUNICATION)
def test_how_to_talk_to_them_said_next_is_under_communication(language: str, role: str, first: str,
                                                               more: str) -> None:
    conversation = skipped_to(f"carers48-comm-{next(_senders)}", language, role, "q_communication")
    conversation.say(first)
    assert conversation.requested == "q_visit_time"
    conversation.say(more)
    assert conversation.requested == "q_visit_time"  # the time is asked again
    record = load_record(conversation.sender_id)
    assert record is not None
    assert [(a["question_key"], a["text"]) for a in record["answers"]] == [("communication", first),
                                                                           ("communication", more)]
    markdown = render_markdown(record, language)
    assert more in _section(markdown, "## Communication" if language == "en" else "## Cyfathrebu")
    assert more not in _section(markdown, "## Best time" if language == "en" else "## Yr amser gorau")


@pytest.mark.parametrize("language, first, when", [
    ("en", "Welsh is best for him", "mornings, he's autistic and doesn't like phone calls so text first"),
    ("cy", "Cymraeg sydd orau iddo fo", "bore Llun, tecstiwch cyn dod"),
    ("en", "Welsh is best for him", "any time, I'm always in"),
])
def test_a_time_is_still_the_visit_time(language: str, first: str, when: str) -> None:
    conversation = skipped_to(f"carers48-when-{next(_senders)}", language, "carer", "q_communication")
    conversation.say(first)
    conversation.say(when)
    assert conversation.requested != "q_visit_time"
    record = load_record(conversation.sender_id)
    assert record is not None
    assert ("visit_time", when) in [(a["question_key"], a["text"]) for a in record["answers"]]


@pytest.mark.parametrize("language, text, hidden, heading, after", [
    ("en", "Her sister visits. Her son takes her money every week. Please don't tell him I said",
     "Her son takes her money every week.", "Strengths and who helps", "Worries and priority risks"),
    ("cy", "Mae ei chwaer yn galw. Mae ei mab yn cymryd ei phres hi bob wythnos. Plis peidiwch â deud wrtho fo mod i "
     "wedi deud hyn", "Mae ei mab yn cymryd ei phres hi bob wythnos.", "Cryfderau a phwy sy'n helpu", "Pryderon a"),
])
def test_nor_in_the_pdf(language: str, text: str, hidden: str, heading: str, after: str, tmp_path: Path) -> None:
    conversation = skipped_to(f"carers48-pdf-{next(_senders)}", language, "carer", "q_strengths")
    conversation.say(text)
    record = load_record(conversation.sender_id)
    assert record is not None
    words = " ".join(pdf_text(render_pdf(record, language), tmp_path).split())
    start = words.rindex(heading)
    strengths = words[start:words.index(after, start)]
    assert hidden not in strengths
    assert hidden in words  # (at the top, with the concern)
