"""Stop 43 (flow43): two things stop 42 left, through the conversation core from "who is talking?".

- Stop 42 left (AW19's twin): "Emrys, but everyone calls him Taid" / "Emrys ond Taid ma pawb yn ei alw fo", typed by a
  carer at the question asking HER own name, thanked her as "Emrys". Both names are his: Taid is kept as whom she
  looks after, and her own name is asked once more, in her language and register.
- Stop 42 left (AU10, second half): a carer's long first answer already said how he communicates, and the
  communication question was later asked cold. It now says so ("You mentioned earlier: “…”. Is there anything else
  about how Gethin likes to communicate, or shall we move on?"); the answer is stored as before.

The words are fictional.
"""
from __future__ import annotations

import hashlib

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.test_colloquial import Dialogue, at_role


def _sender(*parts: object) -> str:
    return "mem-flow43-" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _answers(dialogue: Dialogue) -> list[tuple[str, str, str]]:
    """(question key, question as asked, the words) of every stored answer, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, dialogue.sender)
        assert conv is not None
        return [(a.question_key, a.question_text, a.text) for a in conv.answers]


# --- "Emrys, but everyone calls him Taid" at the carer's own name question ----------------------------------------

#: (language, the answer at "what name shall I use for you?", what he is called, the name he was given)
CALLED_AT_OWN_NAME = [
    ("en", "Emrys, but everyone calls him Taid", "Taid", "Emrys"),  # stop 42's words
    ("cy", "Emrys ond Taid ma pawb yn ei alw fo", "Taid", "Emrys"),  # stop 42's words (north)
    ("en", "emrys but we all call him taid", "taid", "emrys"),  # text-speak, no capitals (new)
    ("en", "Margaret, everyone calls her Peggy though", "Peggy", "Margaret"),  # "though" at the end (new)
    ("cy", "Emrys ond Taid dan ni gyd yn ei alw fo", "Taid", "Emrys"),  # north, "we all call him" (new)
    ("cy", "Emrys ond Tad-cu ni gyd yn galw fe", "Tad-cu", "Emrys"),  # south (new)
    ("cy", "emrys ond taid ma pawb yn ei alw fo", "taid", "emrys"),  # no capitals (new)
]


@pytest.mark.parametrize("language, answer, called, given", CALLED_AT_OWN_NAME)
def test_his_two_names_at_her_own_name_question(sqlite_url: str, language: str, answer: str, called: str,
                                                given: str) -> None:
    dialogue = at_role(_sender("own-name", language, answer), language)
    dialogue.say("gofalwr" if language == "cy" else "carer")
    assert dialogue.asking == "name"
    said = dialogue.say(answer)
    assert dialogue.slots["cared_for_name"] == called  # whom she looks after, by the name the family use
    assert not dialogue.slots.get("name")  # (was "Thank you, Emrys.": her own name was taken from his)
    assert dialogue.asking == "name"  # her own name asked once more
    assert given.capitalize() not in said and given not in said
    assert called.capitalize() in said
    if language == "cy":
        assert "beth amdanoch chi?" in said  # chi, as the question was put
    else:
        assert "what about you?" in said
    said = dialogue.say("Cerys")
    assert dialogue.slots["name"] == "Cerys"
    assert dialogue.slots["cared_for_name"] == called
    assert dialogue.asking != "cared_for_name"  # never "who do you look after?" again
    assert given not in said
    assert ("name", answer) in [(key, text) for key, _asked, text in _answers(dialogue)]  # kept whole: Emrys too


@pytest.mark.parametrize("language, answer, own", [
    ("en", "Sian, she's called Pat", "Sian"),  # no "but": Sian is the speaker (read as before)
    ("en", "Sian, I look after Mam, she's called Pat", "Sian"),
    ("cy", "Wil dw i, ond Nans ma pawb yn galw hi", "Wil"),  # her own name said so in so many words
])
def test_their_own_name_before_someone_called_something_is_still_theirs(sqlite_url: str, language: str, answer: str,
                                                                       own: str) -> None:
    dialogue = at_role(_sender("own-first", language, answer), language)
    dialogue.say("gofalwr" if language == "cy" else "carer")
    dialogue.say(answer)
    assert dialogue.slots["name"] == own


# --- The communication question after an earlier answer said how he communicates ----------------------------------

#: (language, the long answer at "who is talking?", the words the communication question quotes)
TOLD_AT_WHO = [
    ("en", "I'm Gethin's mum, he's 14, he's non-verbal, uses Makaton and his tablet",
     "he's non-verbal, uses Makaton and his tablet"),  # the brief's words
    ("cy", "dw i'n fam i Gethin, mae o'n 14. dydi o ddim yn siarad, mae o'n defnyddio Makaton",
     "dydi o ddim yn siarad, mae o'n defnyddio Makaton"),  # the brief's words (north)
    ("cy", "dw i'n fam i Gethin, mae o'n 14 ac mae ganddo fo awtistiaeth, dan ni'n byw yn Nefyn. mae o'n siarad "
           "Cymraeg ond well ganddo fo negeseuon", "mae o'n siarad Cymraeg ond well ganddo fo negeseuon"),  # AU10's words
    ("cy", "fi'n fam i Gethin, ma fe'n 14. dyw e ddim yn siarad, ma fe'n defnyddio Makaton a'i dabled",
     "dyw e ddim yn siarad, ma fe'n defnyddio Makaton a'i dabled"),  # south (new)
    ("cy", "dwi'n fam i Gethin, ma fo'n 14, di o'm yn siarad o gwbl, ma'n arwyddo efo ni",
     "di o'm yn siarad o gwbl, ma'n arwyddo efo ni"),  # text-speak, no accents (new)
    ("en", "I'm Gethin's mum, he's 14 and autistic. He can't talk, he uses his iPad to tell us things",
     "He can't talk, he uses his iPad to tell us things"),  # new
]


def _to_communication(dialogue: Dialogue, language: str) -> str:
    """Plain answers to every question up to the communication question; what was said as it was asked."""
    said = ""
    for _ in range(15):
        if dialogue.asking == "q_communication":
            return said
        said = dialogue.say("mae o'n hoffi nofio" if language == "cy" else "he likes swimming")
    raise AssertionError(f"never asked how he communicates (at {dialogue.asking})")


@pytest.mark.parametrize("language, long_answer, quoted", TOLD_AT_WHO)
def test_the_communication_question_says_what_was_told(sqlite_url: str, language: str, long_answer: str,
                                                       quoted: str) -> None:
    dialogue = at_role(_sender("told", language, long_answer), language)
    dialogue.say(long_answer)
    assert dialogue.asking == "name"
    dialogue.say("Llinos")
    said = _to_communication(dialogue, language)
    assert f"“{quoted.rstrip('.')}”" in said  # what she told, in her words
    if language == "cy":
        assert "Fe ddwedoch chi'n gynharach" in said and "Gethin yn hoffi cyfathrebu" in said
        assert "awn ni ymlaen?" in said
        assert "Oes unrhyw beth sy'n ei gwneud hi'n haws i Gethin siarad" not in said  # (never asked cold)
    else:
        assert "You mentioned earlier" in said and "how Gethin likes to communicate" in said
        assert "shall we move on?" in said
        assert "Is there anything that makes talking easier for Gethin" not in said
    reply = "na, dyna fo" if language == "cy" else "no that's it"
    dialogue.say(reply)
    assert dialogue.asking == "q_visit_time"
    answers = _answers(dialogue)
    assert ("role", long_answer) in [(key, text) for key, _asked, text in answers]  # stored as before
    kept = [(asked, text) for key, asked, text in answers if key == "communication"]
    assert len(kept) == 1 and kept[0][1] == reply and quoted.rstrip(".") in kept[0][0]  # the question as it was put


@pytest.mark.parametrize("language, answer, quoted", [
    ("en", "Seeing my friends. I'm deaf, I lip read so face me please", "I'm deaf, I lip read so face me please"),
    ("cy", "Gweld fy ffrindia. Dw i'n fyddar, dw i'n darllen gwefusa", "Dw i'n fyddar, dw i'n darllen gwefusa"),
])
def test_the_person_told_it_at_what_matters(sqlite_url: str, language: str, answer: str, quoted: str) -> None:
    dialogue = at_role(_sender("person", language, answer), language)
    dialogue.say("fi fy hun" if language == "cy" else "me")
    if dialogue.asking == "name":
        dialogue.say("Alun")
    assert dialogue.asking == "q_what_matters"
    dialogue.say(answer)
    said = _to_communication(dialogue, language)
    assert f"“{quoted}”" in said
    assert ("haws i chi siarad, neu awn ni ymlaen?" if language == "cy"
            else "makes talking easier for you, or shall we move on?") in said


@pytest.mark.parametrize("language, first", [
    ("en", "I look after my son Gethin, he's 14 and he loves his tablet"),  # a tablet to play on: not how he talks
    ("cy", "dw i'n fam i Gethin, mae o'n 14 ac yn siarad am drenau drwy'r amser"),  # talks about trains
])
def test_the_question_is_asked_as_written_when_nothing_told_it(sqlite_url: str, language: str, first: str) -> None:
    dialogue = at_role(_sender("cold", language, first), language)
    dialogue.say(first)
    if dialogue.asking == "name":
        dialogue.say("Llinos")
    said = _to_communication(dialogue, language)
    assert ("Oes unrhyw beth sy'n ei gwneud hi'n haws i Gethin siarad?" if language == "cy"
            else "Is there anything that makes talking easier for Gethin?") in said


# --- A title for officialdom, the name people who know them use (fresh7 669, tuning half) --------------------------

@pytest.mark.parametrize("language, answer, name", [
    ("en", "Mr Thomas to the council, Gwyn to anyone who's had a cup of tea in my kitchen", "Gwyn"),  # fresh7 669
    ("en", "mr thomas on the forms, gwyn to everyone else", "gwyn"),  # new: text-speak
    ("cy", "Mr Thomas i'r cyngor, Gwyn i bawb arall", "Gwyn"),  # new
    ("cy", "Mrs Morgan ar y ffurflenni, ond Beti i fy ffrindie", "Beti"),  # new (south)
])
def test_the_name_on_paper_and_the_name_they_go_by(sqlite_url: str, language: str, answer: str, name: str) -> None:
    dialogue = at_role(_sender("paper", language, answer), language)
    dialogue.say("fi fy hun" if language == "cy" else "Myself")
    assert dialogue.asking == "name"
    said = dialogue.say(answer)
    assert dialogue.slots["name"] == name  # (was "Thank you, Mr Thomas.")
    assert "Mr Thomas" not in said and "Mrs Morgan" not in said
    assert dialogue.asking == "q_what_matters"


@pytest.mark.parametrize("language, answer, name", [
    ("en", "Mr Roberts. Ted to my friends", "Mr Roberts"),  # a title given, no word that it is for paper only
    ("en", "Mr Roberts to you, Ted to my friends", "Mr Roberts"),
])
def test_a_title_given_to_us_is_still_the_name(sqlite_url: str, language: str, answer: str, name: str) -> None:
    dialogue = at_role(_sender("title", language, answer), language)
    dialogue.say("Myself")
    dialogue.say(answer)
    assert dialogue.slots["name"] == name


# --- "how do you mean" at a question (fuzz 4378: kept as a carer's own answer, her real answer never asked for) -----

@pytest.mark.parametrize("language, asked", [
    ("en", "how do you mean"),  # fuzz 4378's words
    ("en", "How d u mean?"),  # new: text-speak
    ("cy", "sut dach chi'n feddwl?"),  # new (north)
    ("cy", "sut ych chi'n feddwl"),  # new (south)
])
def test_how_do_you_mean_is_no_answer(sqlite_url: str, language: str, asked: str) -> None:
    dialogue = at_role(_sender("how-mean", language, asked), language)
    dialogue.say("gofalwr" if language == "cy" else "carer")
    dialogue.say("Ann")
    dialogue.say("Tyler")
    dialogue.say("fy mab" if language == "cy" else "my son")
    for _ in range(20):
        if dialogue.asking == "q_carer_support":
            break
        dialogue.say("dw i'n hoffi garddio" if language == "cy" else "I like my garden")
    assert dialogue.asking == "q_carer_support"
    dialogue.say(asked)
    assert dialogue.asking == "q_carer_support"  # the question again, in plainer words
    assert ("carer_support", asked) not in [(key, text) for key, _asked, text in _answers(dialogue)]  # no answer
    answer = ("Rhywun i eistedd efo Tyler ar nos Fawrth" if language == "cy"
              else "Someone to sit with Tyler on Tuesday evenings so I can go to choir")
    dialogue.say(answer)
    assert ("carer_support", answer) in [(key, text) for key, _asked, text in _answers(dialogue)]


@pytest.mark.parametrize("language, long_answer", [
    ("en", "I'm Gethin's mum, he's 14, he's non-verbal, uses Makaton, and his dad hits him when he's drunk"),
    ("cy", "dw i'n fam i Gethin, mae o'n 14. dydi o ddim yn siarad, mae o'n defnyddio Makaton, ac mae ei dad yn ei "
           "daro fo pan mae o wedi meddwi")])
def test_the_communication_question_never_quotes_risk_material(sqlite_url: str, language: str,
                                                               long_answer: str) -> None:
    """Stop 43's review: an answer that raised a risk is never quoted back at the communication question."""
    dialogue = at_role(_sender("risk-told", language, long_answer), language)
    dialogue.say(long_answer)
    for _ in range(20):
        if dialogue.asking == "q_communication":
            break
        dialogue.say({"cy": "Llinos", "en": "Llinos"}[language] if dialogue.asking == "name"
                     else "parhau" if language == "cy" else "carry on")
    assert dialogue.asking == "q_communication"  # reached, after the safe check
    assert "Makaton" not in dialogue.everything_said  # asked as written, never quoting the disclosure back
