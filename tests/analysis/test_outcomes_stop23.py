"""Outcome cuts, stop 23: rules that generalise to writers the rules were not written on (the fresh writers'
held-out halves), and the stop-22 trial's [outcomes] findings left open. Each message quoted with a twin in the
other language."""
from __future__ import annotations

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[str]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [s.text for s in spans]


@pytest.mark.parametrize("text,expected", [
    # both fresh writers keep what an English remark tells about the wish (fresh held-out en span F1 0.47 -> 0.58)
    ("She wants to keep going to the reading group at the library on the first Tuesday of the month, she says it's "
     "the only place anyone argues with her properly.",
     "She wants to keep going to the reading group at the library on the first Tuesday of the month, she says it's "
     "the only place anyone argues with her properly."),
    ("He wants to stay at Woodlands, he's finally settled and he's got a friend there.",
     "He wants to stay at Woodlands, he's finally settled and he's got a friend there."),
])
def test_an_english_remark_stays_with_its_wish(text: str, expected: str) -> None:
    assert _spans(text, "maintenance") == [expected]


def test_a_welsh_remark_after_a_whole_wish_is_still_left_out() -> None:
    """The Welsh twin: Welsh held-out span F1 fell (0.62 -> 0.61) when the Welsh remark was kept, so it is not."""
    assert _spans("Ma fe moyn aros yn y ffarm, mae wedi gweud 'na ganwaith.", "maintenance") == [
        "Ma fe moyn aros yn y ffarm"]


@pytest.mark.parametrize("text,report", [
    ("Getting out the house. Since me accident I don't go nowhere, I sit in all day watching the telly.",
     "Since me accident"),
    ("Mynd allan o'r tŷ. Ers y ddamwain dwi ddim yn mynd i nunlle, dwi'n ista drwy'r dydd yn gwylio'r teli.",
     "Ers y ddamwain"),
])
def test_what_happened_since_is_a_report_not_a_wish(text: str, report: str) -> None:
    found = _spans(text, "change")
    assert found and not any(report in t for t in found)


# ------------------------------------------------------------ the stop-22 trial's [outcomes] findings left open

@pytest.mark.parametrize("text", [
    "Siarad Cymraeg efo hi, mae hi'n deall Saesneg ond ddim yn licio fo.",   # V15 (Nain's words, without the frame)
    "Speak Welsh to her, she understands English but doesn't like it.",
])
def test_a_subjectless_but_clause_goes_on_with_the_one_before(text: str) -> None:
    """V15: "ddim yn licio fo." (four words, no subject) was a process outcome of its own."""
    assert _spans(text, "process") == [text]


def test_nain_says_keeps_the_whole_instruction() -> None:
    text = "Nain says siarad Cymraeg efo hi, ma hi'n deall Saesneg ond ddim yn licio fo."
    found = _spans(text, "process")
    assert found and "ddim yn licio fo." not in found and any("siarad Cymraeg efo hi" in t for t in found)


@pytest.mark.parametrize("text", [
    "keep Sian as my PA, dont want to start again with someone new.",        # V19
    "cadw Sian fel PA fi, dwi ddim isio dechra eto efo rhywun newydd.",
])
def test_not_wanting_to_start_again_is_why_to_keep_it(text: str) -> None:
    """V19: the second half was split off and flipped to change."""
    _t, _c, spans = sort_outcomes(text, "maintenance")
    assert [(s.text, s.type) for s in spans] == [(text, "maintenance")]


@pytest.mark.parametrize("text", [
    "Stairlift, that's what would make the difference",                      # V21 addendum: no outcome at all
    "Stairlift, na beth fydde'n neud gwahaniaeth.",                          # V21 (d8a9d7f), the twin
])
def test_the_thing_that_would_make_the_difference_is_kept_whole(text: str) -> None:
    assert _spans(text, "change") == [text]


@pytest.mark.parametrize("text,items", [
    ("see my grandkids more, get to the shops on my own, keep my garden nice, and sleep through the night",
     ["see my grandkids more", "get to the shops on my own", "keep my garden nice", "sleep through the night"]),
    ("gweld yr wyrion yn amlach, mynd i'r siopau ar fy mhen fy hun, cadw'r ardd yn daclus, a chysgu drwy'r nos",
     ["gweld yr wyrion yn amlach", "mynd i'r siopau ar fy mhen fy hun", "cadw'r ardd yn daclus", "chysgu drwy'r nos"]),
])
def test_a_comma_list_of_things_to_do_is_one_outcome_each(text: str, items: list[str]) -> None:
    """V21 addendum 2: a comma list of wishes stayed one outcome; the keep item among them is kept."""
    _t, _c, spans = sort_outcomes(text, "change")
    assert [s.text for s in spans] == items
    assert spans[2].type == "maintenance"


# ------------------------------------------------------------ the stop-23 trial's [outcomes] findings

@pytest.mark.parametrize("text,wish", [
    ("Fi moyn swydd. Yn y garden centre. Fi'n lico planhigion.", "Fi moyn swydd. Yn y garden centre."),   # W14
    ("I want a job. At the garden centre. I like plants.", "I want a job. At the garden centre."),
])
def test_a_short_sentence_saying_where_goes_on_with_the_wish(text: str, wish: str) -> None:
    """W14: "Fi moyn swydd." (process) and "Yn y garden centre." (keep) were two outcomes of one wish."""
    found = _spans(text, None)
    assert wish in found and not any(t.startswith(("Yn y", "At the")) for t in found)


@pytest.mark.parametrize("text,wish", [
    ("Gweld Cerys heb mam yna. Cerys yw cariad fi. Fi moyn mynd i'r sinema gyda Cerys jyst ni.",
     "Gweld Cerys heb mam yna."),                                                                         # W14
    ("See Cerys without mum there. Cerys is my girlfriend. I want to go to the cinema with Cerys just us.",
     "See Cerys without mum there."),
])
def test_a_welsh_sentence_opening_with_a_verb_noun_is_a_wish_as_an_english_one(text: str, wish: str) -> None:
    """W14: his first and clearest wish was in no outcome in Welsh (the English twin was kept)."""
    assert wish in _spans(text, "change")


def test_a_verb_noun_after_a_goes_on_with_the_wish_before_it() -> None:
    text = "isio rhywun i helpu mam yn bora so fi'n gallu neud brecwast i ela a mynd i ysgol ar amser"
    assert _spans(text, "change") == [text]


@pytest.mark.parametrize("text,wish", [
    ("Siarad gyda fi. Dim mam. Geiriau byr.", "Siarad gyda fi. Dim mam."),                             # W14
    ("Talk to me. Not mum. Short words.", "Talk to me. Not mum."),
])
def test_who_not_goes_with_the_instruction_before_it(text: str, wish: str) -> None:
    """W14: "Dim mam." was glued to "Geiriau byr." instead of "talk to me, not Mum"."""
    assert wish in _spans(text, "process")


@pytest.mark.parametrize("text,wish", [
    ("A door sensor that rings my phone if she goes out at night, or a pendant alarm. That's the main thing.",
     "A door sensor that rings my phone if she goes out at night, or a pendant alarm."),                 # W10
    ("Synhwyrydd drws sy'n ffonio fi os ydy hi'n mynd allan yn y nos, neu larwm gwddf. Dyna'r prif beth.",
     "Synhwyrydd drws sy'n ffonio fi os ydy hi'n mynd allan yn y nos, neu larwm gwddf."),
])
def test_an_ask_and_its_alternative_are_one_outcome(text: str, wish: str) -> None:
    """W10: only "a pendant alarm." was kept; the door sensor, the main ask, was lost."""
    assert _spans(text, None) == [wish]


@pytest.mark.parametrize("text", [
    "pendant larwm a lle mewn canolfan ddydd dwy waith yr wythnos",                                       # W35
    "lle mewn canolfan ddydd dwy waith yr wythnos",
    "a pendant alarm and a day centre place twice a week",
    "a day centre place three times a week",
])
def test_how_often_a_service_is_wanted_is_no_reason_for_it(text: str) -> None:
    """W35: the Welsh wording with a frequency got no "why" while its English twin did."""
    from bot.analysis.service_led import is_service_led
    assert is_service_led(text)


@pytest.mark.parametrize("text", ["lle mewn canolfan ddydd dwy waith yr wythnos er mwyn i fi weld fy ffrindiau",
                                  "a day centre place twice a week so I can see my friends"])
def test_a_service_with_its_reason_is_still_not_service_led(text: str) -> None:
    from bot.analysis.service_led import is_service_led
    assert not is_service_led(text)


PETE = ("He's written a list himself actually, I'm copying it in:\n* Get back to driving (the DVLA letter says 6 "
        "months)\n* Go to the Legion on Fridays for the quiz\n* Not have his meals cut up for him in front of people\n"
        "* Less fuss from everyone (that's me, he means me!)")
PETE_CY = ("Mae o wedi sgwennu rhestr ei hun, dwi'n ei chopïo hi yma:\n* Mynd yn ôl i yrru (mae llythyr y DVLA yn deud "
           "6 mis)\n* Mynd i'r Lleng ar nos Wener i'r cwis\n* Peidio torri ei fwyd o flaen pobl\n"
           "* Llai o ffws gan bawb (fi ydi hynna, fi mae o'n feddwl!)")


@pytest.mark.parametrize("text", [PETE, PETE_CY])
def test_a_list_the_person_wrote_is_their_own_words_passed_on(text: str) -> None:
    """W34: every item of the list Pete wrote himself was "the carer's view"."""
    _t, _c, spans = sort_outcomes(text, "change")
    assert len(spans) >= 3 and all(s.reported for s in spans)


@pytest.mark.parametrize("text,own", [
    ("Her words: \"I want to stay at home with Tomos.\" I (Helen) would add that I'd feel better if she wore her "
     "pendant alarm.", "I'd feel better if she wore her pendant alarm"),
    ("Ei geiriau hi: \"Dwi isio aros adra efo Tomos.\" Dwi (Helen) isio deud hefyd y byswn i'n teimlo'n well tasai "
     "hi'n gwisgo'i larwm.", "byswn i'n teimlo'n well"),
])
def test_the_typist_in_their_own_voice_again_is_not_passed_on(text: str, own: str) -> None:
    _t, _c, spans = sort_outcomes(text, "change")
    assert any(s.reported for s in spans)
    assert all(not s.reported for s in spans if own in s.text)


@pytest.mark.parametrize("text,question,first", [
    ("To change for Osian: he wants a friend, he says nobody plays with him at break", "change", "he wants a friend"),
    ("I'w newid i Osian: mae o isio ffrind, mae o'n deud does neb yn chwarae efo fo", "change", "mae o isio ffrind"),
    ("To keep: his routine, swimming, Nain's Wednesdays, Mr Rowlands.", "maintenance", "his routine"),
    ("I'w gadw: ei drefn, nofio, dydd Mercher efo Nain, Mr Rowlands.", "maintenance", "ei drefn"),
])
def test_a_heading_naming_the_group_is_no_part_of_the_wish(text: str, question: str, first: str) -> None:
    """W20: "To change for Osian" was read back as a wish; "To keep: ..." kept its heading."""
    found = _spans(text, question)
    assert found and found[0].startswith(first)


@pytest.mark.parametrize("text", [
    "she likes Radio 2 on in the kitchen all day and Ken Bruce, well not Ken anymore she's still cross about that",
    "mae hi'n licio Radio Cymru ymlaen yn y gegin drwy'r dydd a Dafydd Du, wel ddim Dafydd ddim mwy, mae hi dal yn flin "
    "am hynna",
])
def test_what_she_likes_is_kept_with_its_aside_not_the_aside_alone(text: str) -> None:
    """Stop-22 V43: only "not Ken anymore she's still cross about that." was kept (as change); the Welsh twin, read
    by "licio", was whole. "she likes ..." is now read as "mae hi'n licio ..." is."""
    _t, _c, spans = sort_outcomes(text, None)
    assert [(s.text, s.type) for s in spans] == [(text, "maintenance")]
