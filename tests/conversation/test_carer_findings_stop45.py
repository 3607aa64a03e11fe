"""Whole conversations (stop 45, the trial's findings AY8, AY12, AY13, AY15, AY17, AY18 in
/work/notes/s44/trial44_report.md): what is stored for the worker and what is said back, in Welsh (north, south,
formal; "chi", and "ti" for a young person) and English, through the conversation core. The words are fictional.

AY8.  "number 7 is wrong. I dont have that job yet. I want it" moves a thing to keep to the things to change, its words
      kept; new words for it still replace them; a job wanted is a change when said.
AY12. the who-is-talking answer ("sgwennu ar ran dad") is no outcome; an addition "iddo fo" / "for him" at the read-back
      is about the person looked after.
AY13. "Sleep, mainly." at the carer's own question is their change; "she wants to keep her garden" added at the
      read-back is the person's view passed on, as at a question.
AY15. tiredness or a long lie sent as more of an answer is heard, never "I've added that" alone.
AY17. the carer's "yn fy nychryn i" is the carer's own; "Hoffwn, wrth gwrs." at the visit-time question is no outcome.
AY18. a carer's visit need about the person is answered about them ("siarad gyda …"), never "â chi … i chi"; the view
      labels stay after an edit; "Nawr, yn ôl at…" is not said.
"""
from __future__ import annotations

import itertools

import pytest

from bot.storage import repository
from bot.storage.db import session_scope
from tests.conversation.memory import (
    MemoryConversation,
    answer_until_readback,
    number_shown,
    skipped_to,
    started_with_record,
    stored_outcomes,
)

_senders = itertools.count(1)


def _stored(conversation: MemoryConversation) -> list[tuple[str, str, str | None, str | None]]:
    """(words, type, whose view, about) of every outcome stored, oldest first."""
    with session_scope() as s:
        conv = repository.get_conversation(s, conversation.sender_id)
        assert conv is not None
        return [(o.text, o.type, o.whose_view, o.about) for o in conv.outcomes]


def _at_readback(language: str, role: str, answers: dict[str, str], *, cared: str | None = None) -> MemoryConversation:
    name = {"carer": "Nia", "person": "Gareth", "young_person": "Cai"}[role]
    conversation = started_with_record(f"carer-findings45-{next(_senders)}", language, role=role, name=name)
    if cared is not None:
        conversation.slots.update({"cared_for_name": cared, "relationship": "dad"})
        repository.update_conversation(conversation.sender_id, cared_for_name=cared)
    return answer_until_readback(conversation, answers)



# --- AY8: a read-back correction keeps the wish ------------------------------------------------------------------------

#: (language, role, what to keep, the correction) for an item under "Things to keep" that is wanted, not had.
WANTED_NOT_HAD = [
    ("en", "person", "my own flat in Llanelli", "number 2 is wrong. I dont have it yet. I want it"),
    ("en", "person", "my own flat in Llanelli", "2 is wrong, i havent got that flat yet, i want it"),
    ("cy", "person", "fy fflat fy hun yn Llanelli", "mae rhif 2 yn anghywir. dw i ddim efo fo eto. dw i isio fo"),
    ("cy", "person", "fy fflat fy hun yn Llanelli", "ma rhif 2 yn rong. sda fi ddim e to. wi moyn e"),
    ("cy", "young_person", "fy fflat fy hun yn Llanelli", "rhif 2 ddim yn iawn. sgen i ddim o eto. dwi isio fo"),
]


@pytest.mark.parametrize("language, role, keep, said", WANTED_NOT_HAD)
def test_wanted_not_had_moves_the_item_to_change_with_its_words(sqlite_url: str, language: str, role: str,
                                                                 keep: str, said: str) -> None:
    first = {"en": "my mum and my dog", "cy": "mam a fy nghi"}[language]
    conversation = _at_readback(language, role, {"q_what_matters": first, "q_keep": keep})
    assert (keep, "maintenance") in stored_outcomes(conversation)
    conversation.say(said.replace("2", number_shown(conversation, keep)))
    after = stored_outcomes(conversation)
    assert (keep, "change") in after  # moved, its words kept
    assert not any(w in said for w, _t in after)  # "I want it" is no item
    assert conversation.requested == "readback"
    listed = conversation.text
    changes = listed.index({"en": "Things to change", "cy": "Pethau i'w newid"}[language])
    assert changes < listed.index(keep)  # shown under "Things to change"


@pytest.mark.parametrize("language, job, said", [
    ("en", "I want to work at the dogs home in swansea.", "number 2 is wrong. I dont have that job yet. I want it"),
    ("cy", "dw i isio gweithio yn y cartref cŵn yn abertawe.",
     "mae rhif 2 yn anghywir. dw i ddim efo'r swydd eto. dw i isio hi"),
])
def test_the_trials_job_is_a_change_and_keeps_its_words(sqlite_url: str, language: str, job: str, said: str) -> None:
    first = {"en": "my mum and my dog", "cy": "mam a fy nghi"}[language]
    conversation = _at_readback(language, "person", {"q_what_matters": first, "q_keep": job})
    assert (job, "change") in stored_outcomes(conversation)  # a job wanted, said at "what to keep" (AY8)
    conversation.say(said.replace("2", number_shown(conversation, job)))
    assert (job, "change") in stored_outcomes(conversation)
    assert not any(w in said for w, _t in stored_outcomes(conversation))
    assert {"en": "Things to change", "cy": "Pethau i'w newid"}[language] in conversation.text


@pytest.mark.parametrize("language, said, words", [
    ("en", "number 2 is wrong, I want to work at the cats home in Neath instead",
     "I want to work at the cats home in Neath instead"),
    ("cy", "mae rhif 2 yn anghywir, dw i isio mynd i'r clwb nofio yn Nhreforys", "dw i isio mynd i'r clwb nofio yn Nhreforys"),
])
def test_new_words_for_the_item_still_replace_them(sqlite_url: str, language: str, said: str, words: str) -> None:
    first = {"en": "my mum and my dog", "cy": "mam a fy nghi"}[language]
    keep = {"en": "my own flat in Llanelli", "cy": "fy fflat fy hun yn Llanelli"}[language]
    conversation = _at_readback(language, "person", {"q_what_matters": first, "q_keep": keep})
    conversation.say(said.replace("2", number_shown(conversation, keep)))
    assert any(w == words for w, _t in stored_outcomes(conversation))
    assert f"“{words}”" in conversation.text and f"“{keep}”" not in conversation.text  # its words replaced


# --- AY12: the who-is-talking answer; an addition for him -------------------------------------------------------------

@pytest.mark.parametrize("language, said", [
    ("cy", "dwi'n ffonio... sgwennu ar ran dad. fi di ei ferch o"),  # the trial's
    ("cy", "sgwennu hwn ar ran mam, fi ydi ei merch hi"),
    ("en", "writing this on behalf of my dad, I'm his daughter"),
    ("en", "typing for mum, its her son"),
])
def test_who_is_writing_for_whom_is_no_outcome(sqlite_url: str, language: str, said: str) -> None:
    from tests.conversation.test_colloquial import Dialogue

    dialogue = Dialogue(f"carer-findings45-role-{next(_senders)}")
    dialogue.say({"cy": "Cymraeg", "en": "English"}[language])
    dialogue.say({"cy": "ia", "en": "yes"}[language])
    assert dialogue.asking == "role"
    dialogue.say(said)
    assert stored_outcomes(dialogue.conversation) == []


@pytest.mark.parametrize("language, said", [
    ("cy", "dwi isio canllaw ar y grisia iddo fo"),  # the trial's
    ("cy", "dw i angen cadair yn y gawod i dad"),
    ("en", "I want a rail on the stairs for him"),
    ("en", "we need a shower seat for Mair"),
])
def test_an_addition_for_them_is_about_them(sqlite_url: str, language: str, said: str) -> None:
    conversation = _at_readback(language, "carer", {"q_carer_own": {"cy": "Cwsg, yn bennaf.",
                                                                    "en": "Sleep, mainly."}[language]}, cared="Mair")
    conversation.say("/add", value="add")
    assert conversation.requested == "readback_text"
    conversation.say(said)
    added = [row for row in _stored(conversation) if row[0] in said]
    assert added and all(about == "person" for _w, _t, _v, about in added), added


# --- AY13: the carer's need; whose view at the read-back ---------------------------------------------------------------

@pytest.mark.parametrize("language, said", [("en", "Sleep, mainly."), ("en", "Knowing she's alright at night."),
                                            ("cy", "Cwsg, yn bennaf."), ("cy", "gwbod bod hi'n saff yn y nos")])
def test_a_carers_bare_need_at_their_own_question_is_their_change(sqlite_url: str, language: str, said: str) -> None:
    conversation = skipped_to(f"carer-findings45-need-{next(_senders)}", language, "carer", "q_carer_own")
    conversation.say(said)
    assert (said, "change", "carer", "carer") in _stored(conversation)


@pytest.mark.parametrize("language, said", [("en", "she wants to keep her garden"),
                                            ("cy", "mae hi isio cadw ei gardd"),
                                            ("cy", "ma hi moyn cadw'r ardd")])
def test_their_wish_added_at_the_readback_is_their_view(sqlite_url: str, language: str, said: str) -> None:
    keep = {"en": "she wants to keep her cat", "cy": "mae hi isio cadw ei chath"}[language]
    conversation = _at_readback(language, "carer", {"q_keep": keep}, cared="Dot")
    conversation.say(said)  # said outright at "is this right?": added as said
    rows = {w: (v, a) for w, _t, v, a in _stored(conversation)}
    assert rows[said] == rows[keep] == ("person", "person")
    label = {"en": "(as Dot sees it)", "cy": "(barn Dot)"}[language]
    assert not any(said in line and label not in line for line in conversation.text.splitlines()) or \
        label not in conversation.text  # (labelled alike, or neither labelled)


# --- AY15: tiredness and a long lie sent as more of an answer ----------------------------------------------------------

BURSTS = [
    ("cy", "q_worries", "mae o'n anghofio petha", "dwi di blino'n lan deud gwir", "llawer ar eich plât chi"),
    ("cy", "q_people", "mae Gwen drws nesa yn dda iawn", "sori, dwi di blino", "llawer ar eich plât chi"),
    ("en", "q_worries", "he forgets things", "I'm shattered to be honest", "a lot on"),
    ("cy", "q_worries", "mae o'n anghofio petha", "oedd o ar lawr am oria cyn i Gwen ei ffeindio fo",
     "swnio'n bryderus"),
    ("en", "q_worries", "he forgets things", "he was on the floor for hours before Gwen found him", "sounds worrying"),
]


@pytest.mark.parametrize("language, slot, answer, more, heard", BURSTS)
def test_tiredness_or_a_long_lie_sent_after_an_answer_is_heard(sqlite_url: str, language: str, slot: str,
                                                              answer: str, more: str, heard: str) -> None:
    conversation = skipped_to(f"carer-findings45-burst-{next(_senders)}", language, "carer", slot)
    conversation.say(answer, seconds_since_asked=12.0)
    conversation.say(more, seconds_since_asked=-0.4)  # before the next question could be read: more of the answer
    assert heard in conversation.text
    assert "Nawr, yn ôl at" not in conversation.text  # (AY18: no southern "Nawr" to a north-Walian)


# --- AY17: the carer's fear; a yes to being there --------------------------------------------------------------------

@pytest.mark.parametrize("language, said", [
    ("cy", "Mae Idris yn anghofio lot. Dw i isio help gyda'r nosweithiau, mae'r gweiddi yn fy nychryn i ganol nos."),
    ("en", "Idris forgets a lot. I want help in the evenings, the shouting frightens me at night."),
])
def test_the_carers_fear_is_their_own(sqlite_url: str, language: str, said: str) -> None:
    conversation = skipped_to(f"carer-findings45-fear-{next(_senders)}", language, "carer", "q_change")
    conversation.say(said)
    fear = [row for row in _stored(conversation) if "nychryn" in row[0] or "frightens" in row[0]]
    assert all(about == "carer" for _w, _t, _v, about in fear), fear


@pytest.mark.parametrize("language, said", [("cy", "Hoffwn, wrth gwrs."), ("cy", "baswn, plis"), ("cy", "ydw"),
                                            ("en", "yes I'd like to"), ("en", "of course I would")])
def test_a_yes_to_being_there_is_no_outcome(sqlite_url: str, language: str, said: str) -> None:
    conversation = skipped_to(f"carer-findings45-yes-{next(_senders)}", language, "carer", "q_visit_time")
    conversation.say(said)
    assert _stored(conversation) == []


def test_wanting_to_be_there_said_in_words_is_still_kept(sqlite_url: str) -> None:
    conversation = skipped_to(f"carer-findings45-there-{next(_senders)}", "en", "carer", "q_visit_time")
    conversation.say("Monday mornings, and I want to be there")
    assert _stored(conversation)


# --- AY18: about the person; the labels after an edit -----------------------------------------------------------------

@pytest.mark.parametrize("language, said", [("cy", "mae o'n drwm ei glyw, siaradwch yn uchel ac yn glir plis"),
                                            ("en", "he's hard of hearing, please speak up and face him")])
def test_a_carers_visit_need_about_them_is_answered_about_them(sqlite_url: str, language: str, said: str) -> None:
    conversation = skipped_to(f"carer-findings45-comm-{next(_senders)}", language, "carer", "q_communication")
    conversation.say(said)
    if language == "cy":
        assert "siarad â chi" not in conversation.text and "sy'n gweithio i chi" not in conversation.text
    else:
        assert "talk with you in the way that works for you" not in conversation.text


def test_a_persons_own_visit_need_is_still_theirs(sqlite_url: str) -> None:
    conversation = skipped_to(f"carer-findings45-own-{next(_senders)}", "cy", "person", "q_communication")
    conversation.say("Siaradwch yn araf ac wynebwch fi plis, dw i'n darllen gwefusau")
    assert "siarad â chi yn y ffordd sy'n gweithio i chi" in conversation.text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_view_labels_stay_after_an_item_is_taken_out(sqlite_url: str, language: str) -> None:
    own = {"cy": "Cwsg, yn bennaf.", "en": "Sleep, mainly."}[language]
    keep = {"cy": "mae hi isio cadw ei chath", "en": "she wants to keep her cat"}[language]
    conversation = _at_readback(language, "carer", {"q_keep": keep, "q_carer_own": own}, cared="Dot")
    yours = {"cy": "(eich barn chi)", "en": "(as you see it)"}[language]
    assert yours in conversation.text
    number = next(line.split(".")[0] for line in conversation.text.splitlines() if keep in line)
    conversation.say({"cy": f"a tynnwch rhif {number}", "en": f"take out number {number}"}[language])
    assert keep not in conversation.text.split("\n", 1)[1]
    assert any(own in line and yours in line for line in conversation.text.splitlines())


# --- Stop 45 review M8: only a want moves a thing to keep ---------------------------------------------------------------

GYM = {"en": "going to the gym on mondays", "cy": "mynd i'r gampfa ar ddydd llun"}

#: (language, role, the reply): a correction of fact ("I don't do that (any more)"), never a wish: the item is not moved
#: to "Things to change"; read as before outcomes45, a correction (the review's two first, then phrasings in no
#: benchmark file: southern, text-speak, no accents, "ti").
NOT_A_WANT = [
    ("en", "person", "number 2 is wrong. i dont do that"),
    ("en", "person", "2 is wrong, I don't do that any more"),
    ("en", "young_person", "no 2 is wrong i dont do that anymore"),
    ("cy", "person", "rhif 2 yn anghywir. dwi ddim yn neud hwnna eto"),
    ("cy", "person", "ma rhif 2 yn rong. sa i'n neud hwnna rhagor"),
    ("cy", "young_person", "rhif 2 ddim yn iawn, dwi ddim yn gneud hynna ddim mwy"),
]


@pytest.mark.parametrize("language, role, said", NOT_A_WANT)
def test_i_dont_do_that_is_no_want_and_moves_nothing(sqlite_url: str, language: str, role: str, said: str) -> None:
    first = {"en": "my mum and my dog", "cy": "mam a fy nghi"}[language]
    conversation = _at_readback(language, role, {"q_what_matters": first, "q_keep": GYM[language]})
    conversation.say(said.replace("2", number_shown(conversation, GYM[language])))
    after = stored_outcomes(conversation)
    assert (GYM[language], "change") not in after  # never moved to the things to change (M8)
    assert not any(t == "change" for _w, t in after)
    assert {"en": "Things to change", "cy": "Pethau i'w newid"}[language] not in conversation.text
    # (as before outcomes45: put right in their words, or "please write it the way you'd like it")
    assert conversation.requested is not None


#: (language, role, the reply): a want said of the item moves it, its words kept (AY8), in phrasings in no benchmark
#: file: "I want that", "I don't have it yet, I want it", "hoffwn i hynny", southern "wi moyn e", text-speak, "ti".
A_WANT = [
    ("en", "person", "number 2 is wrong. I want that"),
    ("en", "person", "2 - I don't have it yet, I want it"),
    ("en", "young_person", "no 2 is wrong i want it"),
    ("cy", "person", "rhif 2 yn anghywir, hoffwn i hynny"),
    ("cy", "person", "ma rhif 2 yn rong, wi moyn e"),
    ("cy", "person", "rhif 2 ddim yn iawn. dwi ddim yn neud hwnna eto. dw i isio fo"),
    ("cy", "young_person", "rhif 2 ddim yn iawn, baswn i'n licio hynny"),
]


@pytest.mark.parametrize("language, role, said", A_WANT)
def test_a_want_still_moves_the_item_keeping_its_words(sqlite_url: str, language: str, role: str, said: str) -> None:
    first = {"en": "my mum and my dog", "cy": "mam a fy nghi"}[language]
    conversation = _at_readback(language, role, {"q_what_matters": first, "q_keep": GYM[language]})
    conversation.say(said.replace("2", number_shown(conversation, GYM[language])))
    after = stored_outcomes(conversation)
    assert (GYM[language], "change") in after
    assert not any(w in said for w, _t in after)
    listed = conversation.text
    assert listed.index({"en": "Things to change", "cy": "Pethau i'w newid"}[language]) < listed.index(GYM[language])


@pytest.mark.parametrize("role, words", [("person", "ond sydd ddim gennych chi eto"),
                                         ("young_person", "ond sydd ddim gen ti eto")])
def test_already_to_change_says_yn_barod_once(sqlite_url: str, role: str, words: str) -> None:
    job = "dw i isio gweithio yn y cartref cŵn yn abertawe."
    conversation = _at_readback("cy", role, {"q_what_matters": "mam a fy nghi", "q_keep": job})
    assert (job, "change") in stored_outcomes(conversation)
    conversation.say(f"rhif {number_shown(conversation, job)} yn anghywir. dw i isio fo")
    said = next(line for line in conversation.text.splitlines() if line.startswith("Mae rhif"))
    assert words in said and said.count("yn barod") == 1, said
    assert (job, "change") in stored_outcomes(conversation)


# --- Stop 45 review M10: a long lie is read in one place, the falls rows ------------------------------------------------

#: A long lie after a fall, north and south Welsh, text-speak without accents, and English: the falls concern of the
#: record, and "that sounds worrying" said back, read alike.
LONG_LIES = ["oedd o ar lawr am oria", "roedd hi ar y llawr drwy'r nos", "fuodd e ar y llawr tan y bore",
             "bu mam ar lawr am oria mawr", "odd hi ar y carped trwy'r nos", "he was on the floor for hours",
             "mum was on the floor all night"]
#: On the floor for another reason: no fall (Welsh), and so no "worrying".
NOT_A_FALL = ["ro ni ar lawr am oria yn chwara efo'r plant", "roedd o'n eistedd ar y llawr am oriau",
              "mae'r ci yn cysgu ar y llawr drwy'r nos"]


@pytest.mark.parametrize("said", LONG_LIES)
def test_a_long_lie_is_the_falls_concern_and_the_reply_reads_it_alike(said: str) -> None:
    from bot.analysis.risk import assess_risk, rules_only
    from bot.conversation import replies

    assert "falls" in rules_only(said).categories
    reading = assess_risk(said)
    assert reading.level == "concern" and "falls" in reading.categories and not reading.please_check
    assert replies.tells_of_a_fall(said)


@pytest.mark.parametrize("said", NOT_A_FALL)
def test_on_the_floor_for_another_reason_is_no_fall(said: str) -> None:
    from bot.analysis.risk import rules_only
    from bot.conversation import replies

    assert "falls" not in rules_only(said).categories
    assert not replies.tells_of_a_fall(said)


def test_the_reply_keeps_no_copy_of_the_falls_rows() -> None:
    from bot.conversation import replies

    assert not hasattr(replies, "_LONG_LIE")  # one place only: risk_patterns.tsv's falls rows (M10)


@pytest.mark.parametrize("language, more, heard", [
    ("cy", "roedd hi ar y llawr drwy'r nos cyn i fi gyrraedd", "swnio'n bryderus"),
    ("cy", "fuodd hi ar y llawr tan y bore", "swnio'n bryderus"),
    ("en", "she was on the floor all night", "sounds worrying"),
])
def test_a_welsh_long_lie_sent_after_an_answer_is_heard(sqlite_url: str, language: str, more: str,
                                                        heard: str) -> None:
    conversation = skipped_to(f"carer-findings45-lie-{next(_senders)}", language, "carer", "q_worries")
    conversation.say({"cy": "mae hi'n anghofio pethe", "en": "she forgets things"}[language], seconds_since_asked=12.0)
    conversation.say(more, seconds_since_asked=-0.4)
    assert heard in conversation.text


# --- Stop 45 review: the Welsh for "a lot on" -------------------------------------------------------------------------

@pytest.mark.parametrize("role, words", [("carer", "llawer ar eich plât chi"), ("young_person", "llawer ar dy blât di")])
def test_tiredness_heard_in_welsh_is_a_lot_on_your_plate(sqlite_url: str, role: str, words: str) -> None:
    conversation = skipped_to(f"carer-findings45-plate-{next(_senders)}", "cy", role, "q_worries")
    conversation.say("mae pethe'n anodd adre", seconds_since_asked=12.0)
    conversation.say("sori, wi wedi blino'n lan", seconds_since_asked=-0.4)
    assert words in conversation.text
    assert "llawer arnoch chi" not in conversation.text and "llawer arnat ti" not in conversation.text


def test_tiredness_heard_in_english_is_unchanged(sqlite_url: str) -> None:
    conversation = skipped_to(f"carer-findings45-plate-{next(_senders)}", "en", "young_person", "q_worries")
    conversation.say("things are hard at home", seconds_since_asked=12.0)
    conversation.say("sorry, I'm knackered", seconds_since_asked=-0.4)
    assert "a lot on" in conversation.text


# --- Trial 45 AZ4: "should be under keep" moves the item, never rewords it --------------------------------------------
@pytest.mark.parametrize("language, keep, said, group", [
    ("en", "my allotment on Tuesdays", "number 2 should be under change, not keep", "change"),
    ("en", "my allotment on Tuesdays", "2 should be in how support is given", "process"),
    ("cy", "fy rhandir ar ddydd Mawrth", "dylai rhif 2 fod o dan y pethau i'w newid", "change"),
    ("cy", "fy rhandir ar ddydd Mawrth", "rhif 2 should be under newid", "change"),
])
def test_should_be_under_a_group_moves_the_item_with_its_words(sqlite_url: str, language: str, keep: str, said: str,
                                                              group: str) -> None:
    first = {"en": "my mum and my dog", "cy": "mam a fy nghi"}[language]
    conversation = _at_readback(language, "person", {"q_what_matters": first, "q_keep": keep})
    assert (keep, "maintenance") in stored_outcomes(conversation)
    conversation.say(said.replace("2", number_shown(conversation, keep)))
    after = stored_outcomes(conversation)
    assert (keep, group) in after, after  # moved, its words kept (was: its words became "under change, not keep")
    assert not any("under" in w or "o dan" in w for w, _t in after)
