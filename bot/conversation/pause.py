"""The pause after a disclosure: no more questions until the person says how they are.

After the urgent reply the assistant asks gently whether they are safe right now and whether
they want to carry on, take a break or stop (the "safe check"). Until they answer, the next
question waits. Their reply:

- carry on ("carry on", "parhau", "ia", "dwi'n iawn"...): a short kind line, then the next question
  (the disclosure is kept as the answer to the question it interrupted, and fills its slot: trial U9,
  "I just told you all that. did it not save?"; a disclosure before any question fills none);
- a break: kept, and they are told how to come back ("parhau" / "carry on", any time);
- stop: the ordinary stop (everything kept; the duty team already has the disclosure);
- anything else ("I'm not safe", "he's here now", "don't ring the house, he'll see"): kept word
  for word as their answer to the safe check (question key "safety_check", no outcomes), answered
  kindly, and the check is asked once more, briefly. A question to us ("who is the safeguarding
  team, are they gonna ring my mum??") is answered: what happens next, and that they can say how it
  is safe to reach them. A second plain reply in a row with nothing unsafe in it (often the answer
  to the question they thought came next: "mam. smwt. fy ffrind Dion"), or one once they have said
  they are safe (`nothing_unsafe`: a longer answer about something else counts), carries on, rather than
  asking the check a third time. A reply that may say they are not safe never carries on, but the
  check is never asked a third time either (state "again" once asked twice): the next reply is kept and
  they are told once, plainly, that the questions wait for their choice (state "kept"), then only that
  it is kept (trial T28: an
  80-year-old's "Phone me on the landline, I dont do texts" got "are you safe right now?" four times).
  Once in state "kept" (told, or shown the choice after help), a reply with nothing unsafe in it goes on, as "ok"
  would: an answer to a question kept as that answer (`after_the_choice`);
- "I'm safe" with why or a take-back that keeps a "not" ("Ydw, wrth gwrs fy mod i'n ddiogel. Doeddwn i ddim am greu
  ffwdan", stop 43 AX5): heard in one line (no "call 999") and only the choice follows, never "are you safe?" again;
  the "carry on" after it is kept as the answer to that choice, not a second reply to "are you safe?". Safe and carry
  on in one message ("oh. yes im safe hes not violent or anything. … carry on") carries on;
- a question and a break (or a stop) in one message ("can I have a break, will someone ring me?",
  "ga i frêc? fydd rhywun yn ffonio?"), or carrying on asked for in so many words beside a question ("carry on i
  guess. but did u tell someone??"): the question is answered and the choice carried out.

A question is answered as asked (bot.analysis.safe_check_questions: "am i in trouble??", "will they take him
away?", "will the police come?", "do I tell the doctor?"; in the disclosure itself too), else with what happens next;
the invitation to say a safe way to reach them is made once, and never after they gave one.

Whether a check waits is kept on the record (bot.storage.repository.safe_check), so it holds
across turns, channels and days; each step (carry on, break, stop, and coming back after a break or a
stop) is kept with when it happened (repository.note_pause_step) for the summary's "what happened next".
Every message is still read for risk (safety.note_risk).
"""
from __future__ import annotations

import re
from typing import Any

from bot.analysis.about_assistant import asks_about_the_form, asks_for_the_question_again
from bot.analysis.controls import control_of, is_button_payload, word_count
from bot.analysis.cue_patterns import prepared
from bot.analysis.keep_from import says_who_must_not_be_told
from bot.analysis.outcomes import sentences
from bot.analysis.risk.immediacy import says_not_now
from bot.analysis.safe_check_questions import harm_now, harm_now_beyond_the_reader, questions_asked
from bot.analysis.safe_reply import (
    LEADING_SURPRISE,
    SAFE_WORDS,
    SURPRISE,
    TAKE_BACK_WITHIN_ANSWERS,
    Choice,
    asks_to_carry_on,
    asks_us_to_forget,
    asks_what_happens_next,
    corrects_our_reading,
    is_answer_about_something_else,
    is_plain_reply,
    named_within,
    names_a_thing_meant,
    names_people,
    plays_down_the_harm,
    reply_to_safe_check,
    says_it_was_misread,
    says_it_was_only_words,
    says_not_safe,
    says_they_are_safe,
    says_what_they_meant,
    takes_back_the_flagged_words,
    takes_it_back_plainly,
    unsafe_words,
)
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.types import RiskAssessment
from bot.conversation import answers, data_rights
from bot.conversation.questions import READBACK_SLOTS, harm_alone_no_answer
from bot.conversation.turn import Turn
from bot.messages import for_channel, render
from bot.storage import repository

#: The question key (and catalogue key) of the safe check and of every answer given to it.
SAFE_CHECK = "safety_check"
OPEN = "open"
#: "Are you safe right now?" was asked a second time: it is not asked a third (trial T28).
AGAIN = "again"
#: They were told plainly, once, that the questions wait for their choice.
KEPT = "kept"
ON_BREAK = "break"
#: States in which the check waits for their choice (not on a break).
ASKING = (OPEN, AGAIN, KEPT)
#: The safe check's buttons (bot/messages/safeguarding.yml), read as choices.
PAYLOADS: dict[str, Choice] = {
    "/continue_conversation": "carry_on",
    '/choose{"choice":"break"}': "break",
    "/stop": "stop",
}


def consented(turn: Turn) -> bool:
    """Whether the person has said their answers may be kept: the conversation's slot, or the stored record."""
    return turn.slot("consent_choice") == "yes" or repository.consent_given(turn.sender_id)


#: Messages of the pause that say what is kept: each has a `_no_consent` wording, said before the person said yes to
#: their answers being kept or after they said no, when only what went to the safeguarding team is kept.
SAYS_WHAT_IS_KEPT = frozenset(("safety_check", "safety_check_break", "safety_check_kept"))


def kept_key(turn: Turn, key: str) -> str:
    """`key`, or its wording for someone who has not said yes (one of SAYS_WHAT_IS_KEPT). Why one place (re-trial 35
    AL4): after a "no" ("I haven't kept anything you told me"), a disclosure's safe check said "Everything you've told
    me is kept"; the urgent reply (bot.conversation.safety) and the pause choose through here, on every channel and
    in the tests' harness alike."""
    return key if consented(turn) or key not in SAYS_WHAT_IS_KEPT else f"{key}_no_consent"


def say_what_is_kept(turn: Turn, key: str) -> None:
    """Say `key` true to the consent state (`kept_key`)."""
    turn.say(kept_key(turn, key))


def waiting(turn: Turn) -> tuple[str | None, str | None]:
    """(state, the message that last changed it): state None when no safe check waits."""
    return repository.safe_check(turn.sender_id)


def open_check(turn: Turn) -> None:
    """A disclosure was answered: hold the questions until the person says how they are.

    A question the disclosure itself asks us ("Do I tell the doctor? ... I dont want him taken away for it", trial
    U10: "you didnt answer me") is answered here, after the urgent reply and before the check, as is who they do not
    want told ("dont tell anyone at school pls", U15): honestly, that the team has it already."""
    turn.ensure_record()
    repository.set_safe_check(turn.sender_id, OPEN, turn.message_id)
    text = turn.latest_text
    if turn.language is None or is_button_payload(text):
        return
    if harm_now_beyond_the_reader(text):  # "dwi wedi cael fy nghloi yn y stafell rwan" (trial V24): 999 now
        turn.say("urgent_now")
    for kind in questions_asked(text):
        turn.say(f"safety_check_answer_{kind}")
    if _says_who_is_not_told(text):
        turn.say("safety_check_untold")


def _the_flagged_words(turn: Turn) -> tuple[str, tuple[str, ...]]:
    """The words that opened the check (the latest duty alert's disclosure) and the categories read in them."""
    alert = repository.open_alert(turn.sender_id)
    return (alert.text, alert.categories) if alert is not None else ("", ())


def _corrects_us(turn: Turn, text: str) -> bool:
    """Do they say we misread them, where we could have (safe_reply.corrects_our_reading)?"""
    return says_it_was_misread(text) and corrects_our_reading(text, *_the_flagged_words(turn))


def _plays_down(turn: Turn, text: str) -> bool:
    """Do they say we misread words of harm that had no other sense ("i didnt mean it like that … i would never do
    anything" after "everyone would be better off without me")? That plays it down (safe_reply.plays_down_the_harm).
    Playing it down in other words ("I'm fine really, don't worry") is answered as before."""
    return says_it_was_misread(text) and plays_down_the_harm(text, *_the_flagged_words(turn))


def corrects_the_alert(turn: Turn, text: str) -> bool:
    """Does a typed message, after the check, say we misread the words that raised the duty alert, where they had
    another sense (_corrects_us)? Tenth trial AE1: "wait wat?? im not in danger lol its just a saying. hes my maths
    teacher", typed at the next question after the check, got "Got it, thanks." and was kept as who matters to him.
    Heard as at the check when it says the words were a figure of speech or there is no danger (so it is about the
    alert: safe_reply.says_it_was_only_words, as the summary reads it); no alert, nothing to correct."""
    return (not is_button_payload(text) and not harm_now(text) and says_it_was_only_words(text)
            and repository.open_alert(turn.sender_id) is not None and _corrects_us(turn, text))


def hear_a_correction(turn: Turn, text: str) -> None:
    """A reply at the check that says we misread them is heard with an apology ("Sorry – I may have read that
    wrong"); one that plays down words of harm that had no other sense is not (seventh trial AA4: "im fine tho
    honestly lol. i didnt mean it like that … i would never do anything" after "some nights i think everyone would
    be better off without me" got the apology): kindly, with the door left open, and the flag stays as it was."""
    if _corrects_us(turn, text):
        turn.say("safety_check_misread")
    elif _plays_down(turn, text) and not still_an_emergency(turn):  # (after an overdose: "is help on its way?")
        turn.say("safety_check_played_down")


#: Where a retraction names what it takes back ("forget i said that bit about my arm", "anghofia be ddudis i am y
#: clwb"): the words after "about" / "am".
_TAKEN_BACK_ABOUT = re.compile(r"\b(?:about|bout|abt|am|ynglyn (?:a|ag|â)|efo|hefo|gyda) (.+)$")
#: Small words that name nothing, left out when asking whether a retraction names the disclosure's words.
_NAMES_NOTHING = frozenset((
    "the", "my", "me", "that", "this", "what", "said", "bit", "part", "stuff", "thing", "earlier", "before", "just",
    "all", "and", "about", "fy", "dy", "y", "yr", "be", "beth", "am", "hynna", "hwnna", "darn", "rhan", "peth", "i",
    "fi", "ti", "ddudis", "ddeudis", "ddwedais", "wedes"))


def takes_back_the_disclosure(turn: Turn, text: str, *, whole: bool = True) -> bool:
    """Does a typed message, after a disclosure raised a duty alert, ask us to forget it ("actually forget i said
    that bit about my arm. dont tell nan", "anghofia be ddudis i, paid deud wrth nain": safe_reply.asks_us_to_forget)?
    Not when what it names is something else ("forget what i said about the club": a wish taken back, read as
    outcomes are). `whole`: nothing else in it but who may not be told, or a word or two ("actually", "sorry"), so it
    is no answer to the question waiting.

    Why (stop 39, trial AT1): the retraction was kept as an outcome and nobody told the young person the worker would
    still see what they shared; a retraction never clears a flag (the summary marks it: record.mark_misread)."""
    if is_button_payload(text) or not asks_us_to_forget(text):
        return False
    alert = repository.open_alert(turn.sender_id)
    if alert is None:
        return False
    clauses = [c.strip() for c in re.split(r"[.,!?;:\n]+", text) if c.strip()]
    flagged = set(re.findall(r"\w+", alert.text.lower()))
    for clause in clauses:
        if not asks_us_to_forget(clause):
            continue
        about = _TAKEN_BACK_ABOUT.search(clause.lower())
        named = set(re.findall(r"\w+", about.group(1))) - _NAMES_NOTHING if about else set()
        if named and not named & flagged:
            return False  # it names something the disclosure did not
    return not whole or all(asks_us_to_forget(c) or says_who_must_not_be_told(c) or len(c.split()) <= 2
                            for c in clauses)


def says_what_the_flag_meant(turn: Turn, text: str) -> bool:
    """Does a typed message, straight after words that raised a gentle "please check" (no safe check waits), say
    what those words meant ("i just mean like a break from everything" after "sometimes i just wanna disappear tbh";
    "o'n i jyst yn feddwl brêc o bob dim")? Then it is about that flag, not the answer to the question asked after it.

    Why (trial 41 AW2's leftover, stop 43): it was kept as who mattered to him, and the flag at the top showed the
    words alone; the summary now shows it under the flag (bot.summary.record.mark_misread) and it makes no outcome."""
    if is_button_payload(text) or harm_now(text) or not says_what_they_meant(text):
        return False
    if turn.question_waiting in ANSWERED_BY_NAMES and names_people(text):
        return False  # "i mean my mum and nan obvs" at "who is important to you?": the answer
    if repository.please_check_just_before(turn.sender_id, turn.message_id) is None:
        return False
    from bot.analysis.risk import assess_risk, rules_only  # (the risk package loads its model lazily)

    # "i mean i really do want to disappear": read as it is (stop 43's review); the model last, only when it matters
    reading = assess_risk(text)
    return rules_only(text).level == "none" and reading.level != "urgent" and not reading.please_check


def where_the_flag_is_taken_back(turn: Turn, text: str) -> tuple[int, bool] | None:
    """Where a plain take-back ending the flag's meaning ends in the message ("not like that, " in "not like that, just
    fed up with school"), and whether the flag was a "please check" (else a concern), when one of the last
    `TAKE_BACK_WITHIN_ANSWERS` answers raised a concern or a "please check"; else None. The message is kept beside the
    flag as what they later said; the rest answers the question asked. Never when the rest raises a flag of its own
    ("dim fel'na, mae'n llawer gwaeth, dwi'n meddwl amdano fo bob nos": stop 44's review found the earlier flag marked
    played down beside a "please check" of its own).

    Why (AX2, stop 44): Tyler (16), "i dont see the point anymore" (low mood), the keep question, then "not like that,
    just fed up with school" at "What would you like to be different?": all kept as that answer, the flag shown bare.
    Stop 43's `says_what_the_flag_meant` ties only what is said straight after a "please check"."""
    end = takes_it_back_plainly(text)  # (a pattern: asked first, as this runs at every answer)
    if end is None or is_button_payload(text) or harm_now(text):
        return None
    from bot.analysis.risk import rules_only  # (the risk package loads its model lazily)

    if rules_only(text[:end]).level != "none":
        return None
    flag = repository.please_check_just_before(turn.sender_id, turn.message_id, within=TAKE_BACK_WITHIN_ANSWERS,
                                               concerns_too=True)
    if flag is None or (names_a_thing_meant(text) and not takes_back_the_flagged_words(text, flag.text)):
        return None  # ("not like that lol btw, the disappear thing…": about that, an older flag, tfix41a ties it)
    if raises_a_flag_of_its_own(text[end:]):
        return None  # a flag of its own: the take-back is not about the earlier one
    return end, flag.please_check


def raises_a_flag_of_its_own(rest: str) -> bool:
    """Do the words after a plain take-back raise a flag of their own (the rules read harm, or the reading is any
    flag at all, the model's concern too)? Then the take-back is no playing-down of the earlier flag (stop 44's review:
    "dim fel'na, mae'n llawer gwaeth, dwi'n meddwl amdano fo bob nos"; stop 45's review: "o'n i ddim yn meddwl e
    fel'na, jyst bo fi di cadw'r tabledi" and "nid fel'na. jyst fi'n cuddio yn y stafell drwy'r amser a ddim yn
    byta", whose worry only the model reads, lost their own flag). The conversation and the summary
    (bot.summary.record) both ask."""
    if not word_count(rest):
        return False
    from bot.analysis.risk import assess_risk, rules_only  # (the risk package loads its model lazily)

    return rules_only(rest).level != "none" or assess_risk(rest).level != "none"


def say_it_is_still_seen(turn: Turn, text: str) -> None:
    """Answer asking us to forget a disclosure kindly and honestly: it cannot be taken back, the worker will still see
    it because it is about their safety; who may not be told, said beside it, is kept at the top too."""
    turn.say("safety_check_taken_back")
    if _says_who_is_not_told(text):
        turn.say("safety_check_untold_too")


def answer_who_is_told(turn: Turn, text: str) -> None:
    """Beside the gentle "please check" reply (no safe check follows): a plea not to tell the police, and who they do
    not want told, answered honestly, as open_check answers them after an urgent reply (seventh trial AA6: "Plîs
    peidiwch â gweud wrth yr heddlu" got only "ffoniwch 999"). The team will read it; no promise of secrecy."""
    if is_button_payload(text):
        return
    if "police" in questions_asked(text):
        turn.say("safety_check_answer_police")
    if _says_who_is_not_told(text):
        turn.say("safety_check_untold")


def choice_of(text: str) -> Choice | None:
    """carry on / break / stop, from a button or the person's own words; None for anything else."""
    if is_button_payload(text):
        return PAYLOADS.get(text.strip())
    return reply_to_safe_check(text)


def _chosen(text: str) -> Choice | None:
    """The choice in a reply, also beside a question or a way to reach them: a break or a stop named in a clause
    ("I just told you, mobile. will the police come? I need a break now"), or carrying on asked for in so many words
    beside a question ("carry on i guess. but did u tell someone??", trial U17: the question was answered and the
    choice not taken). A choice plus a question: the question is answered and the choice carried out."""
    choice = choice_of(text)
    if is_button_payload(text):
        return choice
    if choice == "carry_on" and not asks_to_carry_on(text) and _says_how_to_contact(text):
        # "ia dwi'n iawn, ma fo'n cysgu rwan. plis paid deud wrth mam" (trial V28): fine, and a wish to answer, but no
        # choice made: the wish is answered and the choice offered (as "we're fine … dont ring mums landline", V26)
        return None
    if choice is not None:
        return choice
    return named_within(text) or _carry_on_beside_a_question(text)


#: Between clauses, each keeping its own closing "?" (so "ond nest ti ddeud wrth rywun??" still reads as a question).
_CLAUSES = re.compile(r"(?<=[.!?;,\n])\s*(?=[^.!?;,\n])")


def _carry_on_beside_a_question(text: str) -> Choice | None:
    """"carry on i guess. but did u tell someone??" / "parhau plis. ond nest ti ddeud wrth rywun?": carry on, when the
    clauses that are not a question or a safety wish ask to carry on in so many words ("I'm safe" beside a question is
    no choice: the question is answered and the choice offered) and nothing in them may say they are not safe."""
    if not _asks(text):
        return None
    rest = " ".join(clause for clause in _CLAUSES.split(text)
                    if clause.strip() and not (_asks(clause) or is_safety_wish(clause)))
    if rest.strip() and asks_to_carry_on(rest) and reply_to_safe_check(rest) == "carry_on":
        return "carry_on"
    return None


def _skips(turn: Turn) -> Choice | None:
    """"skip", "hepgor", "next" (or the Skip button) while the check waits: they want the questions to go on, so it
    is carrying on, with all that carrying on does (harm happening now still asks whether help is coming).

    Why (stop 26, the fuzzing player, and stop 25's "left as found"): once the check was asked twice, "hepgor" was
    kept as words and the questions waited for a choice, so whoever kept answering and skipping met the same
    question a third time."""
    text = turn.latest_text
    skips = turn.latest_intent == "skip" or text.strip() == "/skip" or control_of(text) == ("skip", None)
    return "carry_on" if skips else None


def _asks(text: str) -> bool:
    """Does the reply ask us something (or say a fear we answer, "I dont want him taken away")?"""
    return asks_what_happens_next(text) or bool(questions_asked(text))


def _keep(turn: Turn) -> None:
    """Keep the person's reply to the safe check verbatim (a button press is no words of theirs), with the question
    it answered: "is help on its way?" when that was the last thing asked (stop-24 trial T13: the second "carry on"
    after harm happening now was recorded as a reply to "are you safe?")."""
    text = turn.latest_text
    if text.strip() and not is_button_payload(text):
        help_question = turn.render("safety_check_help_coming").text
        choice_only = turn.render("safety_check_choose").text
        said = turn.said_before()
        # only the choice asked last, once they said they are safe: "Parhau" answers it, not "are you safe?" a second
        # time (stop 43, AX5: Hywel's "Parhau, os gwelwch yn dda." was filed as a second reply to "are you safe?")
        asked = next((question for question in (help_question, choice_only)
                      if any(question in words for words in said[-2:])), None)
        answers.store_answer(turn, SAFE_CHECK, text, asked=asked)


def _step(turn: Turn, step: str) -> None:
    """Keep this step of the pause, when it happened (a button press leaves no words, and coming back clears
    the waiting check: the summary's "what happened next" reads these)."""
    repository.note_pause_step(turn.sender_id, step, turn.message_id)


def _came_back(turn: Turn, state: str | None, changed_by: str | None) -> None:
    """A message after a break (or a stop): they came back, whatever they say next."""
    if state == ON_BREAK and changed_by != turn.message_id:
        _step(turn, "back")


def _carry_on(turn: Turn, *, kept: bool = False) -> None:
    if not kept:
        _keep(turn)
    repository.set_safe_check(turn.sender_id, None, None)
    _step(turn, "carry_on")
    turn.say("safety_check_carry_on")


def take_reply(turn: Turn, slot: str) -> dict[str, Any] | None:
    """The person's message while a safe check waits, read as their reply to it.

    Returns the slot updates (the question asked stays unanswered while the check waits), or None
    when no safe check waits: the answer is taken as usual. The message that opened (or last
    answered) the check was kept already (bot.conversation.safety keeps a disclosure as the
    answer to the question it interrupted, and that fills its slot: disclosure_answers), so after
    "carry on" the next question follows (Rasa's form validates the disclosure after
    action_safeguarding).
    """
    state, opened_by = waiting(turn)
    if state is None:
        return None
    if opened_by == turn.message_id:
        return {slot: turn.latest_text if disclosure_answers(turn, slot) else None}
    from bot.conversation.steering import consent_taken_wrongly  # (steering builds on this module)

    withdrawn = consent_taken_wrongly(turn)  # "wait what, i said no before??" at "are you safe?" (AK3)
    if withdrawn is not None:
        return {**withdrawn, slot: None}
    _came_back(turn, state, opened_by)
    text = turn.latest_text
    if more_of_the_disclosure(turn, state, opened_by, text):
        add_to_the_disclosure(turn, text)
        return {slot: _answered_by_the_disclosure(turn, slot, opened_by)}
    if more_of_the_last_reply(turn, state, opened_by, text):
        _keep(turn)  # with the reply it carries on, as a reply to the check: never a choice of its own
        repository.set_safe_check(turn.sender_id, state, turn.message_id)
        turn.say("added_more_noted")
        return {slot: _answered_by_the_disclosure(turn, slot, opened_by)}
    typed = not is_button_payload(text)
    # a choice beside a question or a way to reach them ("can I have a break, will someone ring me?", "carry on i
    # guess. but did u tell someone??"): the question answered, the wish kept, and the choice taken, in the same turn.
    # Harm happening now ("im locked in right now actually", trial V24) is never a choice: "call 999 now" first.
    now = typed and harm_now(text)
    choice = None if now else _chosen(text) or _carry_on_with_more_for_the_alert(turn, text) or _skips(turn)
    if choice is None and not now and _answers_the_question_waiting(turn, slot, text):
        return _kept_as_the_answer(turn, state, slot, text)
    _keep(turn)
    if typed and not now:
        # "haha no we're fine, it was a joke about Abba. carry on", "what?? no, nobody's suicidal! ... We're fine"
        # (stop-23 trial W25, W6): heard, honestly, before anything else; the flag stays for a person to read.
        hear_a_correction(turn, text)
    if choice is None and not now and typed and asks_to_carry_on(text) and (_HELP_REACHED.search(text)
                                                                         or says_not_now(text)):
        choice = "carry_on"  # "ive rung 999, the ambulance is coming. carry on"; "nage nawr!! weithie wedes i… parhau"
    if not now and (choice == "carry_on" or (typed and asks_to_carry_on(text))) and still_an_emergency(turn):
        # "na plis paid. dwi'n iawn. gad ni gario mlaen efo'r cwestiynau" after "dwi newydd gymryd y tabledi i gyd"
        # (stop-23 trial W27): feeling fine is no way out of an emergency, so we ask once whether help is coming.
        if not asked_whether_help_is_coming(turn):
            if typed:
                _answer_questions(turn, text, chose=True)
            hold_for_help(turn)
            return {slot: _answered_by_the_disclosure(turn, slot, opened_by)}
        # asked already: theirs (never a loop). "Carry on" said to "is help on its way? have you called 999?" just
        # carries on (the eighteenth trial's AU13: pressing "Parhau" brought the 999 line again before "Awn ni
        # ymlaen"): the urgent reply and the question have each said 999 already.
        choice = "carry_on"
    elif choice is None and not now and typed and goes_on_after_the_help_question(turn, text):
        if not _HELP_REACHED.search(text) and not reminded_of_999(turn):
            # "na. ma fo jyst yn yfed lawr grisia… dwi'n iawn go iawn" after "is help on its way?" (the eighteenth
            # trial's AU13): "call 999 now" went straight on to "we'll carry on gently" and the next question. The
            # questions wait once more, with the choice, never "are you safe?" again; the next reply goes on.
            turn.say("safety_check_999_reminder")
            repository.set_safe_check(turn.sender_id, KEPT, turn.message_id)
            turn.say("safety_check_choose")
            return {slot: _answered_by_the_disclosure(turn, slot, opened_by)}
        choice = "carry_on"  # "no", "mam. smwt" once the 999 line was said: the questions, not a loop
    if choice is None:
        if now:
            turn.say("urgent_now")
        _their_own_words(turn, state, opened_by, now=now)
        return {slot: _answered_by_the_disclosure(turn, slot, opened_by)}
    if typed:
        _answer_questions(turn, text, chose=True)
    _choose(turn, choice, kept=True)  # after carry on, the question follows (answers.ask)
    if choice == "carry_on" and slot in READBACK_SLOTS:
        # a disclosure at the read-back ("What would you like to add?"): after carry on, the read-back again, not the
        # add prompt (trial U37: "im at my mates. im ok. carry on" got "What would you like to add?" again)
        return dict.fromkeys(READBACK_SLOTS)
    return {slot: _answered_by_the_disclosure(turn, slot, opened_by)}


def answers_the_check(text: str) -> bool:
    """Does the message answer "are you safe right now?": a choice (carry on, a break, stop), safe, or words that may
    say they are not safe ("im not safe", "nes i ddim deud bo fi'n saff")? The story of the harm does not."""
    return (_chosen(text) is not None or says_they_are_safe(text) or unsafe_words(text) or says_not_safe(text)
            or harm_now(text))


#: A fear told of someone else, not of the one writing ("mum says nothing cos shes scared of him too", "mam yn gweud
#: dim byd achos ma hi'n ofn e hefyd", "my sister's terrified"): more of the story, not their answer to "are you safe?".
_SOMEONE_ELSES_FEAR = re.compile(
    r"\b(?:she|he|they|shes|hes|theyre|mum|mums|mam|mams|mom|moms|dad|dads|nan|nans|nain|mamgu|sister|sisters|brother"
    r"|brothers|hi|fe|e|o|fo|nhw|chwaer|mrawd|brawd)(?:'s|s|'re| is| are| was| were| yn|'n| n|)"
    r"(?: (?:really|so|proper|too|also|dead|well|rili|wir|hefyd|yn|mor))* (?:scared|afraid|frightened|terrified"
    r"|petrified|ofn|ofnus|ofan)\b")


def answers_the_check_unread(text: str) -> bool:
    """Does a piece typed too soon to have read "are you safe right now?" answer it all the same? A choice, safe or not
    safe said outright, harm happening now (`answers_the_check`), or a short cry ("help", "hes here"): yes. A longer
    piece is read by `answers_the_check` too, once a fear told of someone else is taken out of it (BA2, stop 46 trial:
    "mam yn gweud dim byd achos ma hi'n ofn e hefyd", typed 1.9 s after the check, was filed as Cai's reply to it and
    the check asked a second time)."""
    if word_count(text) <= SHORT_CRY_WORDS:
        return answers_the_check(text)
    # S2 (review 47): only the fear told of someone else is taken out; the rest is read as any reply to the check
    # ("hes still here and hes angry", "na dim rili, ma fe lawr llawr", typed fast, are still their answer: 999 line)
    told = _NOTHING.sub(" ", _SOMEONE_ELSES_FEAR.sub(" ", prepared(text).replace("\u2019", "'")))
    return _chosen(text) is not None or answers_the_check(told)


#: What someone else does not say or do, and the Welsh "nothing" ("mam ddim yn deud dim byd", "mum wont say owt",
#: "dim byd o gwbl"): the story, not "no"/"not" said to "are you safe?" (their "dim", "ddim" are maybe-unsafe words
#: of unsafe_words; the English "nothing" is not). Taken out of a longer burst piece only (BA2, S2 review 47).
_NOTHING = re.compile(
    r"\bdim (?:byd|yw byd)(?: o gwbl)?\b"
    r"|\b(?:she|he|they|mum|mam|mom|dad|nan|nain|mamgu|hi|fe|e|o|fo|nhw)(?:'s|s)? (?:ddim|dim|not|never|dont|don't"
    r"|doesnt|doesn't|wont|won't|didnt|didn't|cant|can't)(?: yn|'n| n)? (?:deud|dweud|gweud|ddeud|ddweud|weud|say|said"
    r"|tell|told|neud|gwneud|wneud|do|did|gwybod|wybod|know|knows|knew|notice|noticed|sylwi)\b")


#: A burst piece this short with a word that may say they are not safe ("help", "hes here", "not ok") answers the check.
SHORT_CRY_WORDS = 3


def more_of_the_disclosure(turn: Turn, state: str | None, changed_by: str | None, text: str) -> bool:
    """Is this message, while the check waits, more of the disclosure's own burst, not a reply to the check?

    AZ2 (stop 46 trial): Tegan's "my stepdad pushed me into the wall last night" / "like proper hard. my shoulder is
    all bruised" / "mam was at work", 1.2-1.9 s apart: the second was kept as her reply to "are you safe right now?"
    (and the check asked again), the third carried on ("We'll carry on gently") and the questions went on; she had
    never answered. A piece typed too soon after the check (or the reply before it) to have read it
    (`answers.sent_too_soon`: the typing window, the same reading as a burst at the questions), straight after the
    message that opened the check (a disclosure, or a message added to its alert), that does not answer the check
    (`answers_the_check`), is more of that disclosure. A button, a control word or a safety wish keep their meaning."""
    if state != OPEN or changed_by is None or not repository.raised_urgent(turn.sender_id, changed_by):
        return False
    return (answers.sent_too_soon(turn, text) and not answers_the_check_unread(text) and not _asks(text)
            and not _a_harm_of_its_own(turn, text))


def _a_harm_of_its_own(turn: Turn, text: str) -> bool:
    """A piece that tells a harm the open alert does not hold (review 46, H2: "and my uncle touches me when i stay
    there", typed straight after a suicidal thought, was added to the suicide alert in silence): read for risk as any
    message, never added to the open alert unheard."""
    from bot.conversation import safety  # (safety reads the pause through this module)

    alert = repository.open_alert(turn.sender_id)
    if alert is None:
        return False
    reading = safety.read_risk(text)  # a bruise told ("ma clais ar y mraich i") is more of the assault (BA2)
    if reading.level == "none" or safety.more_of_the_same_harm_to_their_life(reading, alert):
        return False
    if reading.level == "urgent" and not reading.please_check and safety.a_new_harm_of_their_own(reading, alert, text):
        return True
    # S1 (review 47): self-harm or low mood at any level ("i used to cut", "dwi'n teimlo'n isel drwy'r amser") is a
    # line of its own, as before stop 47
    return safety.a_harm_to_their_own_life(text, reading, alert)


def more_of_the_last_reply(turn: Turn, state: str | None, changed_by: str | None, text: str) -> bool:
    """Is this message, too soon after our answer to their last reply at the check to have read it, more of that
    reply (kept at the check, no disclosure), not a reply of its own? AZ17 (stop 46 trial): "nah ignore that im not
    gonna do anything stupid" / "just been a long week": the second piece was taken as the next answer. It is kept
    with the take-back, and the check waits on as the take-back left it (a choice in it still counts: a button, a
    control word or a safety wish keep their meaning, `answers.sent_too_soon`)."""
    if state not in ASKING or changed_by is None or repository.raised_urgent(turn.sender_id, changed_by):
        return False
    earlier = turn.earlier_messages()
    replies = repository.answer_texts(turn.sender_id, only=SAFE_CHECK)
    return (bool(earlier) and bool(replies) and earlier[-1].strip() == replies[-1].strip()
            and answers.sent_too_soon(turn, text) and _chosen(text) is None and answers.no_more_than_a_reply(text)
            and not _asks(text))


def add_to_the_disclosure(turn: Turn, text: str) -> None:
    """Add a piece of the disclosure's burst (`more_of_the_disclosure`) to its alert, verbatim ("Later messages added
    to this alert"), never a new alert nor a reply to the check; thank them in a few words and leave the check waiting
    just above it: "are you safe right now?" is asked once per flag (AZ2: she was shown it five times)."""
    alert = repository.open_alert(turn.sender_id)
    if alert is not None:
        repository.record_risk(turn.sender_id, message_id=turn.message_id, text=text,
                               assessment=RiskAssessment("urgent", alert.categories), language=turn.language,
                               alert_needed=False, joined_flag_id=alert.flag_id)
    repository.set_safe_check(turn.sender_id, OPEN, turn.message_id)  # still open; answered in this turn, so no
    turn.say("urgent_added")  # question and no check again follow it (before_question), and the next piece reads on


#: Questions whose answer is plain to see when typed at the safe check: who matters to them, by name (stop-22 trial
#: V18: "Sian, Jordan, Bev. my little sister Mia..." was kept as a reply to the check, and after "carry on" came
#: "Who is important to you?" and "i literally just told you").
ANSWERED_BY_NAMES = frozenset(("q_people", "cared_for_name"))


#: Help is on its way or reached ("I've rung 999", "ambulance is coming", "dwi yn yr ysbyty", "ffonies i 111").
_HELP_REACHED = re.compile(r"\b(?:999|111|ambulance|ambulans|ambiwlans|paramedics?|parafeddyg\w*|hospital|ysbyty"
                           r"|a ?& ?e|police (?:are|r) (?:here|coming)|heddlu (?:yma|ar y ffordd))\b", re.I)


#: "No", "not yet", "naddo", "dim eto", "heb eto": the answer to "is help on its way?" that it is not (yet).
_NOT_YET = re.compile(r"^\W*(?:no|nope|nah|na|naddo|nac ydw|nac ydy|nadi|not yet|dim eto|ddim eto|heb eto"
                      r"|i haven'?t|i havent|havent|haven'?t|dwi heb|dw i heb|wi heb|sai wedi)\b", re.I)


def asked_whether_help_is_coming(turn: Turn) -> bool:
    """Was "before we go on: is help on its way?" asked since "call 999 now" was last said? It is asked once for each
    emergency: after it, carrying on is theirs (stop 24: asked at every "carry on", a person who insists, and the
    conversation benchmark's scripted player, were held in a loop)."""
    return _said_since_call_999_now(turn, "safety_check_help_coming")


def _said_since_call_999_now(turn: Turn, key: str) -> bool:
    """Was the message `key` said since "call 999 now" was last said (in this emergency)?"""
    said = turn.said_before()
    urgent, words_of_key = turn.render("urgent_now").text, turn.render(key).text
    since = max((n for n, words in enumerate(said) if urgent in words), default=-1) + 1
    return any(words_of_key in words for words in said[since:])


def reminded_of_999(turn: Turn) -> bool:
    """Was the one 999 line after "is help on its way?" said since "call 999 now" was last said? It is said once for
    each emergency (AU13: with the choice when they answer the question; then they go on without it again)."""
    return _said_since_call_999_now(turn, "safety_check_999_reminder")


def hold_for_help(turn: Turn) -> None:
    """The first "carry on" after harm happening now: the questions wait, and we ask, short, whether help is coming
    (never the whole urgent text again)."""
    repository.set_safe_check(turn.sender_id, KEPT, turn.message_id)
    turn.say("safety_check_help_coming")


def goes_on_after_the_help_question(turn: Turn, text: str) -> bool:
    """After "is help on its way?" was asked, a reply that is not a choice goes on to the questions when it answers
    it ("ydy, ma'r ambiwlans ar y ffordd", "no", "not yet") or is about something else with nothing unsafe in it
    (the answer to the question they thought came next): one 999 line goes with it, and no third hold. A question to
    us, or words that may say they are not safe, are answered as at any check."""
    if _asks(text) or not _harm_now_in_this_thread(turn) or not asked_whether_help_is_coming(turn):
        return False
    return bool(_HELP_REACHED.search(text) or _NOT_YET.search(text)) or nothing_unsafe(text)


def still_an_emergency(turn: Turn) -> bool:
    """Is the harm in this thread happening now (an overdose taken, someone hurting them now: the disclosure or a
    message added to its alert), with no word since that help is on its way? Then "carry on" is not carried out:
    someone who has just taken all the paracetamol and says "im fine, lets just carry on" is still in danger (stop-23
    trial W27). A break or a stop is still theirs to choose."""
    if not _harm_now_in_this_thread(turn):
        return False
    said = [turn.latest_text, *repository.answer_texts(turn.sender_id, only=SAFE_CHECK)]
    # "nage nawr!! weithie wedes i" (not now, I said sometimes: the eleventh trial's AG3) corrects the reading of now:
    # asking "have you rung 999?" after it was heard as not listening.
    return not any(_HELP_REACHED.search(text) or says_not_now(text) for text in said)


def _harm_now_in_this_thread(turn: Turn) -> bool:
    """Does this thread's alert say the harm is happening now (the disclosure, or a message added to it)?"""
    alert = repository.open_alert(turn.sender_id)
    return alert is not None and (alert.raised or harm_now(alert.text))


def _carry_on_with_more_for_the_alert(turn: Turn, text: str) -> Choice | None:
    """Carry on, for a reply added to the alert (bot.conversation.safety.alert_to_join) that says they are safe first
    and asks to carry on in so many words: "im safe yeah im at the gym. text me dont ring, my mate goes through my
    phone sometimes. carry on i guess" (stop-22 trial V18: its urgent reading kept the check open, and the alert
    text came again). What it tells is with the team already; harm happening now never carries on."""
    if is_button_payload(text) or not repository.joined_flag(turn.sender_id, turn.message_id):
        return None
    return "carry_on" if asks_to_carry_on(text) and _says_safe_first(text) else None


def _answers_the_question_waiting(turn: Turn, slot: str, text: str) -> bool:
    """A reply at the check that is plainly the answer to the question waiting (the one asked after "carry on"):
    people named when it asks who matters; nothing about their safety in it (no question to us, no safety wish,
    nothing that may say they are unsafe, no urgent reading)."""
    if slot not in ANSWERED_BY_NAMES or is_button_payload(text):
        return False
    if slot == "cared_for_name":
        # "Wenda, mam y gŵr. Mam-gu'r plant." at "who do you look after?" (re-trial 32 AF5: kept as a reply to "are
        # you safe?", and the question came again): a name given, as the answer reads it.
        from bot.conversation import about_you  # (about_you reaches this module through safety)

        if not about_you.cared_for_in(text)[0] or about_you.word_count(text) > about_you.LONG_NAME_ANSWER_WORDS:
            return False
    elif not names_people(text):
        return False
    if _asks(text) or _says_how_to_contact(text) or repository.raised_urgent(turn.sender_id, turn.message_id):
        return False
    return not unsafe_words(text)


def _kept_as_the_answer(turn: Turn, state: str | None, slot: str, text: str) -> dict[str, Any]:
    """Keep the reply as the answer to the question waiting (so "carry on" goes on to the next), say so, and ask
    "are you safe?" once more only if it was asked once (trial T28); asked twice, they go on answering, so the
    questions carry on (trial 41 AW6); the choice alone only while help is asked after."""
    from bot.conversation import about_you  # (about_you reaches this module through safety)

    if slot in about_you.TAKE:  # who they look after: taken as that question takes it (the name, who they are)
        updates = about_you.TAKE[slot](turn, text)
    else:
        answers.store_answer(turn, slot, text)
        updates = {slot: text}
    turn.say("safety_check_answer_kept")
    if state == OPEN:
        ask_again(turn)
    elif state == AGAIN or after_the_choice(state):
        # asked twice already, and they go on answering (trial 41 AW6: "me, his dad Mike, his sister Bethan…" got
        # the choice a third time): they carry on
        repository.set_safe_check(turn.sender_id, None, None)
        _step(turn, "went_on")
        turn.say("safety_check_carry_on")
    else:
        repository.set_safe_check(turn.sender_id, KEPT, turn.message_id)
        turn.say("safety_check_choose")
    return updates


def _answered_by_the_disclosure(turn: Turn, slot: str, opened_by: str | None) -> str | None:
    """The question's answer stays what the disclosure that opened the check left (trial U9: a reply to the check
    must not empty it, or "carry on" asks for the long answer just given again); None when it answered nothing.
    Read from the answers kept for the question, not from the message that last changed the check: over the real
    Rasa the form's question stays the disclosure's while the check waits, and a second reply (changed by the first)
    emptied it, so "carry on" asked for what the disclosure had said (stop-22 trial V18's conversation, e2e)."""
    if not opened_by or not slot.startswith(("q_", "why_")):
        return None
    kept = repository.answer_texts(turn.sender_id, only=answers.question_key(slot))
    if not kept or (harm_alone_no_answer(slot) and tells_only_the_harm(kept[-1])):
        return None  # BA5: the harm alone answered nothing of it, so it is asked after "carry on"
    return kept[-1]


def disclosure_answers(turn: Turn, slot: str) -> bool:
    """Whether the disclosure in this message answers the question it interrupted (its slot is filled, so after
    "carry on" the next question follows): when the words were kept as its answer, not said while the check
    waited. Once only the worries (Question.answered_by_a_disclosure); now every question, the lead's design call
    (trial U9, U17, U47: a wife's 1,549-character good day with her husband, flagged, was asked for again, "I just
    told you all that. did it not save?"). The words stay with that question, at the top as risk material; the
    worker asks the rest at the visit."""
    return slot.startswith(("q_", "why_")) and repository.answer_kept_for(turn.sender_id, turn.message_id,
                                                                           answers.question_key(slot)) \
        and not (harm_alone_no_answer(slot) and tells_only_the_harm(turn.latest_text))


def tells_only_the_harm(text: str) -> bool:
    """Whether every sentence of a disclosure tells of harm (read urgent or "please check" on its own): nothing in
    it answers what is going well, or what to keep or change (BA5, stop 46 trial; questions.harm_alone_no_answer)."""
    from bot.conversation.safety import read_risk  # (safety builds on this module)

    return all(read_risk(text[start:end]).level != "none" for start, end in sentences(text))


def _choose(turn: Turn, choice: Choice, *, kept: bool = False) -> None:
    """Carry on, pause or stop, as they chose; their words kept (`kept`: already)."""
    if choice == "carry_on":
        _carry_on(turn, kept=kept)
        return
    if not kept:
        _keep(turn)
    _step(turn, choice)
    if choice == "break":
        repository.set_safe_check(turn.sender_id, ON_BREAK, turn.message_id)
        say_what_is_kept(turn, "safety_check_break")
    else:
        from bot.conversation import steering  # steering's stop is the one stop (it imports this package)

        steering.stop(turn)  # (says that the safeguarding team already knows)
        repository.set_safe_check(turn.sender_id, ON_BREAK, turn.message_id)


def _says_how_to_contact(text: str) -> bool:
    """A safety wish in the reply, whole or in a sentence of its own ("Odw, am nawr … Plis peidiwch ffono fi")."""
    return is_safety_wish(text) or any(is_safety_wish(text[start:end]) for start, end in sentences(text))


def _says_a_way_to_reach_them(text: str) -> bool:
    """A safety wish about how or when to reach them ("Ffono'r mobeil sy ore, dim y tŷ"), not only who may not be
    told ("dont tell school": they may still be asked for a safe way)."""
    pieces = [text[start:end] for start, end in sentences(text)] or [text]
    return any(is_safety_wish(piece) and not says_who_must_not_be_told(piece) for piece in pieces)


def _says_who_is_not_told(text: str) -> bool:
    """Who they do not want told ("i said dont tell anyone", "plis paid deud wrth carys am y noson 'na")."""
    return says_who_must_not_be_told(text) or any(says_who_must_not_be_told(text[start:end])
                                                   for start, end in sentences(text))


def says_safety_wishes(turn: Turn, text: str) -> bool:
    """Will `acknowledge_safety_wishes` say anything for this answer (who may not be told; after a disclosure, how to
    reach them)? Then that is its thanks: a message added to the alert is not thanked twice (L1, review 47: "dont come
    when hes home he'll kill me" got "Thanks. I've added this…" and "Thanks. I've kept that…")."""
    return _says_who_is_not_told(text) or (repository.open_alert(turn.sender_id) is not None
                                           and _says_a_way_to_reach_them(text))


def acknowledge_safety_wishes(turn: Turn, text: str) -> bool:
    """Say that the safety wishes in an answer to a question are kept, in the same words as at the safe check: who
    may not be told (honestly, that the safeguarding team has it once a disclosure raised an alert), and, after a
    disclosure, how or how not to reach them. True when anything was said.

    Why (re-trial 31 AD5): "dont call the house or tell my dad i did this", at a question after the safe check, got
    "OK, thank you for that." where "sai moyn i'r ysgol gyd wbod" had been acknowledged."""
    alert = repository.open_alert(turn.sender_id) is not None
    untold = _says_who_is_not_told(text)
    way = alert and _says_a_way_to_reach_them(text)
    if untold:
        turn.say("safety_check_untold" if alert else "ack_untold")
    if way:
        turn.say("safety_check_wish")
    return bool(untold or way)


def _way_to_reach_them_given(turn: Turn) -> bool:
    """Have they said how (not) to reach them in any message kept so far, this one too (trial U14 / U25: "Ffono'r
    mobeil sy ore, dim y tŷ" was asked for again on coming back)? Then it is never asked for again."""
    return any(_says_a_way_to_reach_them(text) for text in repository.answer_texts(turn.sender_id))


def _asked_for_a_way_before(turn: Turn) -> bool:
    """Was the safe-way invitation said already in this conversation? It is asked once."""
    asked = turn.render("safety_check_contact_ask").text
    return any(asked in said for said in turn.said_before())


def _says_safe_first(text: str) -> bool:
    """The reply opens by saying they are safe ("Odw, am nawr, …", "yes for now. but what if…"): its first clause
    alone reads as carrying on, after any surprise ("wtf?? wi'n iawn lol", "omg ydw", trial V2)."""
    clauses = [c for c in _FIRST_CLAUSE.split(text.strip()) if c.strip()]
    while clauses and SURPRISE.fullmatch(clauses[0].strip().lower()):
        clauses.pop(0)
    if not clauses:
        return False
    first = LEADING_SURPRISE.sub("", clauses[0].strip())
    # "Ydw siŵr, dydi o ddim yma rŵan. …" (stop-27 trial X11): yes to the check, first.
    return bool(first) and (reply_to_safe_check(first) == "carry_on" or says_they_are_safe(first))


_FIRST_CLAUSE = re.compile(r"[.,!?;\n]")
#: A question about someone seeing this chat on the device ("beth os yw e'n gweld hwn ar y ffôn?", "what if he sees
#: this on my phone?", "will my mum read this?").
_ABOUT_THE_DEVICE = re.compile(
    r"\b(?:phone|mobile|device|laptop|tablet|ipad|ff[oô]n|mobeil|dyfais|gliniadur)\b"
    r"|\b(?:sees?|see|read|reads|finds?)\s+(?:this|it|these|out)\b"
    r"|\b(?:gweld|darllen|ffeindio)\s+(?:hwn|hyn|hon|mas|allan)\b", re.I)


def clear_this_chat(turn: Turn) -> str | None:
    """The message saying how to clear this chat from the device on this channel (bot/messages/privacy.yml), or
    None on a channel that leaves nothing on the device."""
    return for_channel("clear_this_chat", turn.channel)


def _answer_questions(turn: Turn, text: str, *, chose: bool = False) -> tuple[bool, bool]:
    """Answer the question in the reply, the one actually asked (trial U10 / U15: "am i in trouble??", "will they
    take him away because of my wrist?", "do I tell the doctor?", "will the police come?": each its own honest
    answer, bot.analysis.safe_check_questions), else what happens next; how to clear this chat when they asked
    about the device; say that a safety wish in it is kept (who may not be told: honestly, that the team has it);
    and invite a safe way to reach them once, never when they have given one (trial U14 / U25) or when they made
    their choice in the same message (`chose`). Returns (asks, wish)."""
    typed = not is_button_payload(text)
    kinds = questions_asked(text) if typed else []
    asks = typed and (bool(kinds) or asks_what_happens_next(text))
    untold = typed and _says_who_is_not_told(text)
    way = typed and _says_a_way_to_reach_them(text)
    # "anghofia be ddudis i" (trial AT1); not "forget it. im not safe" (review46b A1: a not-safe reply is no take-back)
    taken_back = (typed and takes_back_the_disclosure(turn, text, whole=False)
                  and not (harm_now(text) or says_not_safe(text)))
    if taken_back:
        turn.say("safety_check_taken_back")
    if asks:
        for kind in kinds:
            turn.say(f"safety_check_answer_{kind}")
        if not kinds:
            turn.say("safety_check_questions")
    if untold and "tell_someone" not in kinds:  # (that answer says who is told already)
        turn.say("safety_check_untold_too" if taken_back else "safety_check_untold")
    if way:
        turn.say("safety_check_wish")
    if asks:
        private = clear_this_chat(turn) if _ABOUT_THE_DEVICE.search(text) else None
        if private:  # "beth os yw e'n gweld hwn ar y ffôn?" (trial T15): how to clear this chat from the device
            turn.say(private)
        if not (chose or _way_to_reach_them_given(turn) or _asked_for_a_way_before(turn)):
            turn.say("safety_check_contact_ask")
    return asks, bool(untold or way or taken_back)


def _their_own_words(turn: Turn, state: str | None, last_changed_by: str | None, *, now: bool = False) -> None:
    """Answer a reply that is not a choice (kept already), then ask the check again, or carry on after a
    second plain reply in a row (the check was last answered by a reply, not opened by a disclosure), or after one
    once they have said they are safe (stop 25: the questions waited, and the same question came round a third time).

    A question is answered; asked for a safe way to reach them only if they have not just said one; and when
    they said they are safe before asking, only the choice follows, not "are you safe?" again (acceptance trial
    T15: "Odw, am nawr … beth os yw e'n gweld hwn ar y ffôn? Plis peidiwch ffono fi" was asked both).
    The check is asked at most twice (trial T28): once it was asked again, the next reply is told plainly, once,
    that the questions wait for their choice ("safety_check_kept"), and any after that only that it is kept
    ("safety_check_waiting"); a reply that may say they are not safe still never carries on.
    """
    text = turn.latest_text
    typed = not is_button_payload(text)
    if (typed and not now and not _asks(text) and nothing_unsafe(text)
            and (_plain_reply_before(turn, last_changed_by) or _went_on_once_safe(turn, text)
                 or after_the_choice(state))):
        if _says_how_to_contact(text):  # "Phone me on the landline, I dont do texts": kept, and said so
            _answer_questions(turn, text, chose=True)
        repository.set_safe_check(turn.sender_id, None, None)
        _step(turn, "went_on")  # they did not choose: the questions went on (trial U47; the summary says so)
        turn.say("safety_check_carry_on")
        return
    if typed and data_rights.answer_delete_question(turn):  # "alla i ddileu hwn i gyd?" (trial V20): how, then
        asks, wish = True, False  # the check
    elif typed and asks_for_the_question_again(text):  # "helo, dwi nol. lle oeddan ni?" (stop-23 trial W23): where we
        turn.say("safety_check_where")  # are, not "what happens next"
        asks, wish = True, False
    elif typed and asks_about_the_form(text) == "how_long":  # "faint mwy o gwestiynau?" (trial V4): how many left
        from bot.conversation import replies  # (replies reaches this module through the summary)

        replies.say_how_long(turn)
        asks, wish = True, False
    else:
        asks, wish = _answer_questions(turn, text)
    if state in (AGAIN, KEPT):
        repository.set_safe_check(turn.sender_id, KEPT, turn.message_id)
        if state == KEPT:
            turn.say("safety_check_waiting")
        else:
            say_what_is_kept(turn, "safety_check_kept")
        return
    misread = typed and not now and _corrects_us(turn, text)  # "lol be?? jocian o'n i" (stop-23 trial W25)
    played_down = typed and not now and not misread and _plays_down(turn, text)  # (said so already: take_reply)
    # "Ydw, wrth gwrs fy mod i'n ddiogel. Nid wyf am wneud dim byd gwirion, hiraeth am Megan ydi o." (stop 43, AX5):
    # safe, said with why, is heard in one line and only the choice follows: no "call 999", not "are you safe?" again
    safe = typed and not now and says_they_are_safe(text)
    if not (wish or asks or now or misread or played_down):  # (after "call 999 now", not "if you're in danger, call
        turn.say("safety_check_safe_heard" if safe else "safety_check_heard")  # 999" as well)
    if safe or ((asks or wish or misread or played_down) and not now and (misread or _says_safe_first(text))):
        # "we're fine, … please dont ring mums landline" (V26); "we're fine … it was a joke" (W25): the choice, not
        # "are you safe?" again
        repository.set_safe_check(turn.sender_id, OPEN, turn.message_id)  # only the choice: not asked again
        turn.say("safety_check_choose")
    else:
        ask_again(turn)


def said_they_are_safe(turn: Turn) -> bool:
    """Have they told us they are safe in a reply to "are you safe right now?" ("dwi'n iawn", "dw i'n saff", "I'm
    ok", "yeah im fine now", "wi'n ok"), this message or an earlier one kept as such a reply?"""
    return any(says_they_are_safe(text) for text in repository.answer_texts(turn.sender_id, only=SAFE_CHECK))


#: Words of the writer as the one hurt ("mae o 'di gafael yn fy mraich i", "he grabbed my arm").
_TO_ME = re.compile(
    r"\b(?:me|myself|my (?:arm|arms|wrist|wrists|throat|neck|hair|face|phone|money|card))\b"
    r"|\b(?:fy|'y) (?:mraich|mreichiau|ngarddwrn|arddwrn|ngwddw|ngwddf|ngwallt|wyneb|ffon|arian|ngherdyn|nharo|nghicio"
    r"|mrifo|mwrw|nghuro|ngwthio|nhagu|mygwth|rheoli|nghloi)\b|\b(?:arna i|arnaf i|arna fi|ata i)\b")


def harm_to_the_carer(turn: Turn) -> bool:
    """Whether a carer's disclosure is of harm to herself by someone at home (domestic abuse, told of herself): most
    often the one she cares for. Then "are you safe?" asks about her alone (the fourteenth trial's AM13: "mae o'n
    gweiddi arna i… mae o 'di gafael yn fy mraich i", of the husband she cares for, was asked whether she and the
    person she cares for, the one hurting her, were safe)."""
    if turn.role != "carer":
        return False
    alert = repository.open_alert(turn.sender_id)
    return alert is not None and "domestic_abuse" in alert.categories and bool(_TO_ME.search(alert.text.lower()))


def say_safe_check(turn: Turn, key: str) -> None:
    """The safe check (`key`: safety_check or safety_check_again) in the words for this person: to a carer, about her
    and the person she cares for, unless the harm is to her from someone at home (`harm_to_the_carer`); true to the
    consent state (`kept_key`)."""
    key = kept_key(turn, key)
    if harm_to_the_carer(turn):
        turn.send(render(key, turn.language, turn.register, None, **turn.values()))
    else:
        turn.say(key)


#: A word of being safe: a reply that has one answers "are you safe?" in words ("i didnt say i was safe", "nes i ddim
#: deud bo fi'n saff", "dw i ddim yn ddiogel").
_SAFE_WORD = re.compile(r"\b(?:" + SAFE_WORDS + r")\b", re.IGNORECASE)


def ask_again(turn: Turn) -> None:
    """Ask "are you safe right now?" once more, or, once they have told us they are, only the choice (carry on, a
    break or stop): asked again right after "dwi'n iawn", it reads as not being believed (stop-23 recheck of W25,
    W2, W13). Words in this message that may say they are not safe ask again; so do a new harm and harm happening
    now (bot.conversation.safety.asks_whether_safe_again)."""
    text = turn.latest_text
    # "he's back, im scared"; but not the "nid"/"dim" of a take-back beside "I'm safe", which says_they_are_safe reads
    # sentence by sentence ("Ydw, … fy mod i'n ddiogel. Nid wyf am wneud dim byd gwirion": stop 43, AX5)
    typed = not is_button_payload(text)
    unsafe_now = typed and (harm_now(text) or (unsafe_words(text) and not says_they_are_safe(text)))
    # (AZ3, stop 46 trial: "nah ignore that im not gonna do anything stupid" at the check after a suicidal thought was
    # asked "are you safe?" a second time: taking it back answers the check as "I'm ok" does, for the choice)
    # (review46b A1: never when the same words say they are not safe, "forget it. im not safe", "anghofia hynna, dw i
    # ddim yn saff": those are asked again, with 999, as any not-safe reply)
    if (not unsafe_now and said_they_are_safe(turn)) or (
            typed and asks_us_to_forget(text) and not harm_now(text) and not says_not_safe(text)):
        repository.set_safe_check(turn.sender_id, OPEN, turn.message_id)  # only the choice: not asked again
        turn.say("safety_check_choose")
        return
    if (unsafe_now and _SAFE_WORD.search(text) and not harm_now(text)
            and repository.joined_flag(turn.sender_id, turn.message_id)):
        # AZ1/AZ2 (stop 46 trial): "wait i didnt say i was safe lol. hes home tonight. im in my room" answers "are you
        # safe?" in so many words (no) and tells more of the harm (added to its alert): asked again, it reads as not
        # listening (she was shown it five times). The reply before this said 999 if in danger now
        # (safety_check_heard); only the choice follows, never asked a third time. (A plain "I'm not safe", or more of
        # the harm without a word of safety, "he hits me when he's drunk", is asked once more, as since T28.)
        repository.set_safe_check(turn.sender_id, AGAIN, turn.message_id)
        turn.say("safety_check_choose")
        return
    repository.set_safe_check(turn.sender_id, AGAIN, turn.message_id)
    say_safe_check(turn, "safety_check_again")


def after_the_choice(state: str | None) -> bool:
    """Has the check been asked twice and they were told, once, that the questions wait for their choice (or shown
    the choice after help)? Then a reply with nothing unsafe in it goes on, as "ok" would.

    Why (stop 27, the fuzzing player's seeds 39, 51, 97): "?" at "are you safe?" asked twice brought the help and the
    choice; an ordinary answer ("mae'r mab a'r ferch yng nghyfraith drws nesa...", "Delyth. Y wyrion, Cai a Mali",
    "anfon") was held, then "hepgor" carried on, and the same question came round a third time. A reply that may say
    they are not safe ("he's not the one I'm scared of", "na") is still held."""
    return state == KEPT


def nothing_unsafe(text: str) -> bool:
    """A reply at the check with nothing in it that may say they are not safe: a short plain one ("mam. smwt. fy
    ffrind Dion", "skip"), or a longer answer about something else with no risk read and no word of danger ("text or
    voice notes. no long letters i just dont read them lol"). Such a reply, when they have told us they are safe or
    after another like it, goes on to the questions (stop 25: held, the same question came round a third time)."""
    return is_plain_reply(text) or is_answer_about_something_else(text)

def _went_on_once_safe(turn: Turn, text: str) -> bool:
    """They told us they were safe in an earlier reply to the check, and this one is about something else: no wish
    about who is told or how to reach them ("plis paid deud wrth mam" is answered, and the choice is theirs)."""
    earlier = repository.answer_texts(turn.sender_id, only=SAFE_CHECK)[:-1]  # (the last is this reply, kept already)
    if not any(says_they_are_safe(reply) for reply in earlier):
        return False
    return not (is_safety_wish(text) or _says_who_is_not_told(text) or _says_how_to_contact(text))

def _plain_reply_before(turn: Turn, last_changed_by: str | None) -> bool:
    """Was the check last answered by a plain reply of theirs (not opened by a disclosure, not "I'm not safe")?"""
    if last_changed_by is None or repository.raised_urgent(turn.sender_id, last_changed_by):
        return False
    replies = repository.answer_texts(turn.sender_id, only=SAFE_CHECK)
    return len(replies) >= 2 and nothing_unsafe(replies[-2])  # (the last is this reply, kept already)


def before_question(turn: Turn) -> bool:
    """May the next question be asked now? (False: it waits; what to say instead is said here.)

    The same turn that opened or answered the check says nothing more. Coming back with "carry
    on" or "parhau" (a rule in Rasa brings them here without an answer to read) closes it; any
    other way back (help, a language switch, start again) asks the safe check again, briefly.
    """
    state, changed_by = waiting(turn)
    if state is None:
        return True
    if changed_by == turn.message_id:
        return False
    _came_back(turn, state, changed_by)
    text = turn.latest_text
    choice = _chosen(text) or (None if harm_now(text) else _skips(turn))
    if not is_button_payload(text) and not harm_now(text):
        hear_a_correction(turn, text)  # "haha no we're fine, it was a joke about Abba. carry on" (trial W25)
    if choice is not None and not is_button_payload(text) and (choice == "carry_on" or state in ASKING):
        _answer_questions(turn, text, chose=True)  # "carry on i guess. but did u tell someone??" (trial U17)
    # (trial W27: "Parhau" after an overdose taken). Asked once already, they carry on, with no 999 line again (AU13:
    # the urgent reply and "is help on its way? have you called 999?" have each said it).
    if choice == "carry_on" and still_an_emergency(turn) and not asked_whether_help_is_coming(turn):
        _keep(turn)
        hold_for_help(turn)
        return False
    if choice == "carry_on":
        _carry_on(turn)
        return True
    if choice is not None and state in ASKING:  # "dw i'n iawn rwan. isio brec plis", however the dialogue routed it
        _choose(turn, choice)
        return False
    if choice is None and not is_button_payload(text) and asks_for_the_question_again(text):
        turn.say("safety_check_where")  # "lle oeddan ni?" (stop-23 trial W23): where we are
    elif choice is None and not is_button_payload(text) and _asks(text):
        _answer_questions(turn, text)  # a question however the dialogue routed it: answered before the check
    if state in (AGAIN, KEPT):  # asked twice already (trial T28): the choice, not "are you safe?" a third time
        repository.set_safe_check(turn.sender_id, KEPT, turn.message_id)
        turn.say("safety_check_choose")
        return False
    if state == OPEN:
        ask_again(turn)
    else:
        repository.set_safe_check(turn.sender_id, OPEN, turn.message_id)
        say_safe_check(turn, "safety_check_again")
    return False


__all__ = [
    "AGAIN",
    "ASKING",
    "KEPT",
    "ON_BREAK",
    "OPEN",
    "PAYLOADS",
    "SAFE_CHECK",
    "after_the_choice",
    "ask_again",
    "before_question",
    "choice_of",
    "consented",
    "disclosure_answers",
    "open_check",
    "said_they_are_safe",
    "say_safe_check",
    "say_what_is_kept",
    "take_reply",
    "waiting",
]
