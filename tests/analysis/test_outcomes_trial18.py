"""Outcomes from the stop-18 acceptance trials' real answers (/tmp/trial18a, /tmp/trial18b), each with a twin in
the other language or register: the rule, not the sentence, is what is tested.

1. Welsh "a / â" after a verb of motion is "with" ("mynd a fo i'r feddygfa"), never a joiner;
2. no list item is lost ("my xbox", "nos fawrth a iau", "and the telly"), and short items of a list answer
   ("my job.", "buses", "talk slow. easy words.") are one outcome together, never a fragment;
3. groups: a wish pointing back at the things loved before it is one keep outcome; missing a thing is a
   change; a thing still done is kept; under "what to keep" an item asking for nothing different is kept;
4. a wish to hide something from the person who hurts them is a safety wish (bot.analysis.safety_wish);
5. asides are no outcomes: words to the assistant, thanks after a speaker's label, having to go.
"""
from __future__ import annotations

import pytest

from bot.analysis import sort_outcomes
from bot.analysis.outcomes import MIN_OUTCOME_WORDS, _regroup
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.types import OutcomeSpan


def _spans(text: str, question: str | None) -> tuple[OutcomeSpan, ...]:
    _otype, _conf, spans = sort_outcomes(text, question)
    for s in spans:  # exact slices, no fragments
        assert s.text == text[s.start:s.end]
        assert len(s.text.split()) >= MIN_OUTCOME_WORDS or s.text == text.strip()
    return spans


def _texts(text: str, question: str | None) -> list[str]:
    return [s.text for s in _spans(text, question)]


def _type_of(text: str, question: str | None, span: str) -> str:
    return next(s.type for s in _spans(text, question) if s.text == span)


# ------------------------------------------------------------ 1. "a / â" after a verb of motion is "with"

@pytest.mark.parametrize("text,whole", [
    ("Rhywun i fynd a fo i'r feddygfa weithia, a gwbod pwy i ffonio os aiff petha o chwith",
     "Rhywun i fynd a fo i'r feddygfa weithia"),
    ("Mi faswn i'n licio cael rhywun i fynd a fi i'r dre unwaith yr wythnos, a help efo'r siopa trwm. Mi fasa'n "
     "braf cael sgwrs efo rhywun yn Gymraeg, dydi'r gofalwyr ddim yn siarad Cymraeg",
     "Mi faswn i'n licio cael rhywun i fynd a fi i'r dre unwaith yr wythnos"),
    ("Fi moyn rhywun i ddod a'r ci am dro bob bore a help gyda'r siopa", "Fi moyn rhywun i ddod a'r ci am dro bob bore"),
    ("rhywun i fynd â Mam i'r capel ar fore Sul", "rhywun i fynd â Mam i'r capel ar fore Sul"),
])
def test_a_after_a_verb_of_motion_is_with_not_and(text: str, whole: str) -> None:
    texts = _texts(text, "change")
    assert any(t.startswith(whole) for t in texts), texts
    assert not [t for t in texts if t.startswith(("fo ", "fi ", "Mam ", "ci ", "'r ci"))]


def test_english_with_is_never_cut_and_a_welsh_verb_noun_after_a_is_and() -> None:
    # the English twin has no "a" to read; Welsh "mynd a nofio" (a verb-noun after "a") may still be two things
    assert "Someone to take him to the surgery sometimes" in _texts(
        "Someone to take him to the surgery sometimes, and knowing who to ring if things go wrong", "change")
    assert _texts("Dwi isio mynd i'r pwll bob wythnos a nofio efo'n ffrindia eto", "change")


# ------------------------------------------------------------ 2. list items and short answers

@pytest.mark.parametrize("text,item", [
    ("skating at the park on saturdays, my xbox, and going to my dads every other weekend", "my xbox"),
    ("ffwtbol nos fawrth a iau, gaming efo osian, a mynd at nain ar nos fercher 🍝", "a iau"),
    ("Susan on Sundays, Paul on the computer on Saturday nights, and my evenings with Bess and the telly",
     "and the telly"),
    ("Susan ar ddydd Sul, Paul ar y cyfrifiadur nos Sadwrn, a fy nosweithiau efo Bess a'r teledu", "a'r teledu"),
    ("sglefrio yn y parc ar ddydd Sadwrn, fy xbox, a mynd at dad bob yn ail penwythnos", "fy xbox"),
])
def test_no_list_item_is_lost(text: str, item: str) -> None:
    texts = _texts(text, "maintenance")
    assert any(item in t for t in texts), texts
    assert len(texts) >= 2  # the list is still cut into its items


@pytest.mark.parametrize("text,question,wanted", [
    ("my job. sunday dinner at mums. buses", "maintenance", ["my job.", "buses"]),
    ("fy ngwaith. cinio dydd sul efo mam. bysys", "maintenance", ["fy ngwaith.", "bysys"]),
    ("talk slow. easy words. my mum can help me", "process", ["talk slow.", "easy words."]),
    ("siaradwch yn araf. geiriau hawdd. mae mam yn gallu helpu", "process", ["geiriau hawdd."]),
    ("his shed. the club. cardiac rehab in the leisure centre tuesdays he loves it, Nia our daughter takes him",
     "maintenance", ["his shed.", "the club."]),
    ("straight talking. no jargon. hes a proud man mind, dont treat him like an invalid", "process",
     ["straight talking.", "no jargon."]),
    ("siarad yn blaen. dim jargon. mae o'n ddyn balch, peidiwch a'i drin o fel claf", "process",
     ["siarad yn blaen.", "dim jargon."]),
])
def test_short_items_of_a_short_answer_are_kept_together(text: str, question: str, wanted: list[str]) -> None:
    texts = _texts(text, question)
    for w in wanted:
        assert any(w in t for t in texts), (w, texts)


def test_a_short_heading_before_a_wish_or_a_limit_is_still_left_out() -> None:
    assert "plis peidiwch newid Ryan" in _texts("Ryan!!! plis peidiwch newid Ryan", "maintenance")
    assert "dim diwrnod gêm" in _texts("prynhawn. dim diwrnod gêm", "process")
    assert "not on match days" in _texts("afternoons. not on match days", "process")


# ------------------------------------------------------------ 3. groups

@pytest.mark.parametrize("text,whole", [
    ("I love my job and my choir on a Monday night, I don't want to give them up. I'm tired but I'm managing",
     "I love my job and my choir on a Monday night, I don't want to give them up."),
    ("Dwi wrth fy modd efo 'ngwaith a'r côr nos Lun, dwi'm isio rhoi'r gorau iddyn nhw. Dwi wedi blino ond dwi'n "
     "ymdopi", "Dwi wrth fy modd efo 'ngwaith a'r côr nos Lun, dwi'm isio rhoi'r gorau iddyn nhw."),
])
def test_a_wish_pointing_back_at_what_she_loves_is_one_keep_outcome(text: str, whole: str) -> None:
    assert whole in _texts(text, None)
    assert _type_of(text, None, whole) == "maintenance"


@pytest.mark.parametrize("text,span", [
    ("Amser i fi fy hunan, sai 'di bod i'r gym ers mis Awst. Cysgu. A gweld gemau pêl-droed y plant ar ddydd "
     "Sadwrn, fi'n colli nhw i gyd.", "gweld gemau pêl-droed y plant ar ddydd Sadwrn, fi'n colli nhw i gyd."),
    ("Time for me, I haven't been to the gym since August. Sleep. And watching the kids' football on a Saturday, "
     "I miss them all.", "watching the kids' football on a Saturday, I miss them all."),
    ("my zumba on a thursday. my sister in Porth, dont see her enough", "my sister in Porth, dont see her enough"),
])
def test_missing_a_thing_is_a_change(text: str, span: str) -> None:
    assert span in _texts(text, None)
    assert _type_of(text, None, span) == "change"


@pytest.mark.parametrize("text,span", [
    ("Bod adre gyda Carol y wriag. Mynd lawr i'r strade , wel parc y scarlets nawr. fi'n dal i fynd ir gem gyda'r "
     "mab bob yn ail sadwrn.", "Mynd lawr i'r strade , wel parc y scarlets nawr."),
    ("Being at home with Carol the wife. Going down the Strade, well the Scarlets' park now. I still go to the "
     "game with my son every other Saturday.", "Going down the Strade, well the Scarlets' park now."),
])
def test_a_thing_still_done_is_kept(text: str, span: str) -> None:
    assert span in _texts(text, None)
    assert _type_of(text, None, span) == "maintenance"


@pytest.mark.parametrize("text,span", [
    ("Y tŷ gwydr, wâc gyda Mot y ci bob bore, a'r côr ar nos Iau os fi'n gallu cael lifft",
     "côr ar nos Iau os fi'n gallu cael lifft"),
    ("The greenhouse, a walk with Mot the dog every morning, and the choir on a Thursday night if I can get a lift",
     "the choir on a Thursday night if I can get a lift"),
])
def test_an_item_of_a_keep_answer_is_kept(text: str, span: str) -> None:
    assert span in _texts(text, "maintenance")
    assert _type_of(text, "maintenance", span) == "maintenance"


@pytest.mark.parametrize("item,kept", [
    ("the choir on a Thursday night if I can get a lift", "maintenance"),
    ("seeing my sister more often", "change"),
    ("gweld fy chwaer yn amlach eto", "change"),
    ("not being sent out of lessons", "change"),
])
def test_under_keep_only_an_item_asking_for_nothing_different_is_regrouped(item: str, kept: str) -> None:
    span = OutcomeSpan(text=item, start=0, end=len(item), type="change", confidence=0.7, unsure=False)
    assert _regroup(item, span, "maintenance").type == kept


# ------------------------------------------------------------ 4. safety wishes

@pytest.mark.parametrize("text", [
    "text only to this number, and only between 9 and 3 when he's in work",
    "tecst i'r rhif yma yn unig, a dim ond rhwng 9 a 3 pan ma fe yn y gwaith",
    "I want my own bank account that he can't see and I'd like to learn to drive so I'm not stuck. Maybe some "
    "counselling, I don't know, I've been feeling low",
    "Dw i isio cyfrif banc fy hun na all e weld",
    "Bore dydd Mawrth neu dydd Mercher, pan ma fe yn y gwaith",
    "Tuesday or Wednesday morning, when he's at work",
    "dim ond pan ma fe mas plis",
    "ring me while he's on shift",
])
def test_a_wish_hiding_from_him_is_a_safety_wish(text: str) -> None:
    assert is_safety_wish(text)


@pytest.mark.parametrize("text", [
    "Tecst yn unig", "text only", "Bore dydd Mawrth neu dydd Mercher", "Tuesday or Wednesday morning",
    "he can't see very well these days so speak up", "I want my own bank account and to learn to drive",
])
def test_an_ordinary_wish_is_not(text: str) -> None:
    assert not is_safety_wish(text)


# ------------------------------------------------------------ 5. asides

@pytest.mark.parametrize("text,question,aside,wish", [
    ("Welsh first always, she was a Welsh teacher for 30 years lol. Oh and you skipped what she wants to change - "
     "she wants to get up the stairs to her own bed again", "process", "you skipped",
     "she wants to get up the stairs to her own bed again"),
    ("Cymraeg gynta bob tro. O a ti 'di sgipio be ma hi isio newid - ma hi isio gallu mynd i fyny'r grisiau i'w "
     "gwely ei hun eto", "process", "sgipio", "ma hi isio gallu mynd i fyny'r grisiau i'w gwely ei hun eto"),
    ("No that's all love. Pat: thank you for being patient with us, took us a while 😊", None, "thank you", None),
    ("Na dyna i gyd. Pat: diolch am fod mor amyneddgar efo ni, gymrodd hi sbel 😊", None, "diolch", None),
    ("now in a minute i've got to go again lol. afternoons after 2 any day but friday", "process", "got to go",
     "afternoons after 2 any day but friday"),
    ("rhaid i fi fynd eto mewn munud lol. pnawn ar ôl 2 unrhyw ddiwrnod ond dydd gwener", "process", "rhaid i fi",
     "pnawn ar ôl 2 unrhyw ddiwrnod ond dydd gwener"),
])
def test_an_aside_is_no_outcome(text: str, question: str | None, aside: str, wish: str | None) -> None:
    texts = _texts(text, question)
    assert not [t for t in texts if aside in t], texts
    if wish is not None:
        assert wish in texts


def test_a_wish_said_with_a_speaker_label_is_still_a_wish() -> None:
    texts = _texts("Pat: she wants to go back to the bingo on a Friday", None)
    assert texts == ["she wants to go back to the bingo on a Friday"]


# ------------------------------------------------------------ every reader's spans (gold_agreement --disagreements)

@pytest.mark.parametrize("text,wanted", [
    ("Explain things slowly and give her time to answer.", ["Explain things slowly", "give her time to answer."]),
    ("Esboniwch bethau'n araf a rhowch amser iddi ateb.", ["Esboniwch bethau'n araf", "rhowch amser iddi ateb."]),
    # "... and let her lead" is a second instruction too: both later dev readers quote it apart (stop 19)
    ("Talk to Mum directly and let her lead.", ["Talk to Mum directly", "let her lead."]),
    ("Siaradwch efo Mam yn uniongyrchol a gadewch iddi arwain.",
     ["Siaradwch efo Mam yn uniongyrchol", "gadewch iddi arwain."]),
    ("Give me the options and let me decide.", ["Give me the options", "let me decide."]),
])
def test_two_instructions_are_two_outcomes(text: str, wanted: list[str]) -> None:
    assert _texts(text, "process") == wanted


@pytest.mark.parametrize("text", [
    "tecstio fi gynta, plis peidiwch ffonio'r landline", "text me first, please don't ring the landline",
])
def test_what_to_do_first_and_what_not_to_do_instead_are_one(text: str) -> None:
    assert _texts(text, "process") == [text]


@pytest.mark.parametrize("text,wish", [
    ("dont call her sweetheart she hates it lol", "dont call her sweetheart she hates it"),
    ("peidiwch galw hi yn cariad, ma hi'n casáu o lol", "peidiwch galw hi yn cariad, ma hi'n casáu o"),
    ("cadw'r gath (Smwt) obvs", "cadw'r gath (Smwt)"),
])
def test_talk_at_the_end_of_a_wish_is_left_off(text: str, wish: str) -> None:
    assert _texts(text, "process") == [wish]


def test_a_close_persons_saying_frame_is_left_off_and_kept_beside_the_quote() -> None:
    # every dev reader leaves "He says" off (stop 19); the conversation core reads the frame, kept beside the span,
    # to file the wish as the person's view passed on by the carer (tests/conversation/test_whose_words.py)
    _t, _c, spans = sort_outcomes("He says he wants peace from me", None)
    assert [(s.text, s.frame) for s in spans] == [("he wants peace from me", "He says ")]


@pytest.mark.parametrize("text,wish", [
    ("she likes to do her own face and hair", "she likes to do her own face and hair"),
    ("dwi'n licio potsian efo'r tomatos yn y tŷ gwydr", "dwi'n licio potsian efo'r tomatos yn y tŷ gwydr"),
])
def test_liking_to_do_a_thing_is_a_thing_to_keep(text: str, wish: str) -> None:
    assert _texts(text, None) == [wish]
    assert _type_of(text, None, wish) == "maintenance"


@pytest.mark.parametrize("text", [
    "dwi'n dallt saesneg ond dwi'm yn licio fo.", "our neighbour Wyn sees to them and Dai likes to go out the back",
])
def test_not_liking_it_or_someone_elses_liking_is_no_wish(text: str) -> None:
    assert not [t for t in _texts(text, None) if "licio" in t or "likes" in t]


def test_text_speak_n_is_and() -> None:
    assert _texts("i do rota so text me n ill tell u", "process") == ["i do rota so text me"]


def test_not_wanting_to_miss_it_is_not_missing_it() -> None:
    span = OutcomeSpan(text="chapel on a Sunday, I don't want to miss it", start=0, end=43, type="maintenance",
                       confidence=0.7, unsure=False)
    assert _regroup(span.text, span, None).type == "maintenance"
    missed = OutcomeSpan(text="chapel on a Sunday, I miss it", start=0, end=29, type="maintenance", confidence=0.7,
                         unsure=False)
    assert _regroup(missed.text, missed, None).type == "change"
