"""Language, stop, start again, coming back, and the end: every path leads somewhere.

Decided from the stored record where it matters, so it is right even days later.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.analysis import detect_language
from bot.analysis.about_assistant import (
    about_assistant_reply,
    asks_about_assistant,
    asks_about_the_form,
    asks_about_the_same_worker,
    asks_for_the_question_again,
    asks_to_delete,
    asks_what_the_question_was,
)
from bot.analysis.controls import (
    asks_for_simpler_words,
    asks_for_ti_at,
    asks_what_it_means,
    carries_on,
    consent_in,
    control_of,
    ends_with_a_stop,
    is_button_payload,
    only_says_their_language_is_weak,
    phrase_key,
    points_back,
    yes_or_no,
)
from bot.analysis.language import language_named_first_with_both, says_they_will_mix
from bot.analysis.safe_reply import asks_what_happens_next
from bot.analysis.text import fold, plain_fold
from bot.analysis.thanks import only_thanks
from bot.conversation import about_you, answers, pause, replies
from bot.conversation.questions import asked_slots
from bot.conversation.turn import LANGUAGES, Turn
from bot.messages import for_channel
from bot.storage import repository
from bot.storage.db import session_scope
from bot.summary.notify import notify_confirmed_in_background


def language_from(turn: Turn, chosen: Iterable[str] = ()) -> str | None:
    """The language the person asked for: a button's value (`chosen`), a control word, or a name in a sentence."""
    for value in chosen:
        if value in LANGUAGES:
            return value
    control = control_of(turn.latest_text)
    if control and control[0] == "choose_language":
        return control[1]
    text = turn.latest_text.lower()
    if "cymraeg" in text or "welsh" in text or "gymraeg" in text:
        return "cy"
    if "english" in text or "saesneg" in text:
        return "en"
    return None


def record_status(sender_id: str) -> str | None:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return conv.status if conv else None


def _duty_alert_raised(sender_id: str) -> bool:
    """Urgent, or "please check" (stop 24): either way the duty team has the words, and they stay with it."""
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return conv is not None and repository.holds_duty_part(conv)


def declined_message(sender_id: str) -> str:
    """After a "no": "nothing kept" would be untrue once a disclosure was passed on."""
    return "declined_flag_kept" if _duty_alert_raised(sender_id) else "declined"


#: After a "no", words that say they would like to go ahead after all (the declined message invites them).
_CHANGED_MIND = ("newid fy meddwl", "newid 'y meddwl", "newid y meddwl", "newid meddwl", "newid dy feddwl",
                 "ailfeddwl", "changed my mind", "change my mind", "changed mind", "changed me mind",
                 "change of heart")
#: "wait no i didnt say no. i just asked a question" (stop-21 trial U31): the decline was never meant.
_NOT_A_NO = ("didnt say no", "didn t say no", "did not say no", "never said no", "didnt mean no", "didn t mean no",
             "did not mean no", "just asked a question", "only asked a question", "was just asking",
             "was only asking", "nes i ddim deud na", "wnes i ddim deud na", "wnes i ddim dweud na",
             "ddudes i ddim na", "ddudis i ddim na", "wedes i ddim na", "dwedais i ddim na", "nes i ddim dweud na",
             "jyst gofyn cwestiwn", "jest gofyn cwestiwn", "dim ond gofyn cwestiwn", "jyst gofyn o'n i",
             "jyst yn gofyn")
_NOT_CHANGED = ("ddim wedi newid", "heb newid", "haven't changed", "havent changed", "have not changed",
                "not changed", "didn't change", "didnt change")


#: After a "no", the words of a reply that only takes the "no" in ("fair enough", "ok", "fine", "iawn 'ta", "digon teg":
#: thirteenth trial AK3, "fair enough" began the questions). A clear yes or a change of mind has a word outside these.
_ACKNOWLEDGING_WORDS = frozenset((
    "fair", "enough", "play", "ok", "okay", "oki", "okey", "k", "kk", "fine", "then", "right", "alright", "allright",
    "cool", "no", "worries", "problem", "np", "thanks", "thank", "you", "ta", "cheers", "understood", "understand",
    "i", "see", "got", "it", "gotcha", "sound", "grand", "oh", "ah", "well", "wel", "that's", "thats", "sure", "lol",
    "iawn", "'ta", "te", "'te", "de", "digon", "teg", "dim", "diolch", "yn", "fawr", "oce", "reit", "champion",
    "da", "deall", "dw", "dwi", "'n", "x", "xx",
    "i'n", "dwi'n", "wi'n", "fi'n", "dallt", "wedi",  # "dw i'n deall", "wedi dallt" (consent_in reads them as a yes)
))
#: "sure" alone is a yes ("sure" to "is it OK…?"); beside an acknowledgement ("fair enough, sure") it still is not.
MAX_ACKNOWLEDGING_WORDS = 6


def only_acknowledges(text: str) -> bool:
    """After a "no": a reply that only takes it in ("fair enough", "ok", "fine", "iawn 'ta", "digon teg", "ok
    diolch"), never a yes; a clear yes ("yes you can", "go on then", "cewch") or a change of mind has more."""
    words = re.findall(r"'?[\w']+", plain_fold(phrase_key(text)).lower())
    if not words or len(words) > MAX_ACKNOWLEDGING_WORDS or words == ["sure"]:
        return False
    return all(word in _ACKNOWLEDGING_WORDS for word in words)


#: "wait what, i said no before??" after the questions began (thirteenth trial AK3): the person never meant the yes
#: that was taken. "I said no to the care home", "They offered and I said no." are answers: the "no" must say when or
#: to what it was ("before", "at the start", "to this", "gynt", "i hyn"), or come in a short message or after "wait".
_WHEN = (r"(?=\s*(?:[.,!?;:)–—-]\s*)*(?:before|earlier|already|at\s+the\s+(?:start|beginning)|the\s+first\s+time"
         r"|to\s+(?:this|you|u|keeping|writing|saving|all\s+this)|cynt|gynt|o['’]?r\s+blaen|yn\s+barod|ar\s+y\s+dechrau"
         r"|wrthoch|wrthot|wrthat|i\s+hyn|i\s+hyn\s+i\s+gyd)(?![\w'’]))")
_SAID = (r"(?:i\s+(?:already\s+|did\s+|clearly\s+)?(?:said|told\s+(?:you|u))\s+(?:no|nah|na|nope)"
         r"|i\s+(?:never|didn['’]?t|did\s+not|didnt)\s+(?:say\s+yes|said\s+yes|agree(?:\s+to\s+(?:this|that|it))?)"
         r"|(?:(?:w?nes|wnes|mi\s+wnes|o['’]?n|ro['’]?n)\s+i\s+(?:wedi\s+)?|(?:dwi|dw\s+i)\s+wedi\s+)"
         r"(?:dd?eud|dd?weud|gweud|weud|deud)\s+na|(?:dd?wedais|dd?wedes|dd?udis|dd?udes|wedes|wedais)\s+i\s+na"
         r"|(?:w?nes|wnes)\s+i\s+ddim\s+(?:(?:dd?eud|dd?weud|gweud)\s+(?:ia|ie|iawn|cei|cewch|ydy|do)|cytuno))(?![\w'’])")
_SAID_NO = re.compile(r"(?<![\w'’])" + _SAID + _WHEN, re.IGNORECASE)
_SURPRISED = re.compile(r"^\W*(?:wait|what|hang\s+on|hold\s+on|eh|huh|but|hey|oi|aros|be|beth|ond|wps|hei)(?![\w'’])"
                        r"|^\W*" + _SAID + r"\W*$", re.IGNORECASE)
_SAID_ANYHOW = re.compile(r"(?<![\w'’])" + _SAID, re.IGNORECASE)
#: A complaint this short needs no "before" ("I said no!!", "nes i ddeud na?").
SAID_NO_SHORT_WORDS = 6


def says_they_said_no(text: str) -> bool:
    """"i said no before??", "I never said yes", "nes i ddeud na gynt!", "wnes i ddim cytuno": consent was taken that
    the person had not given."""
    folded = plain_fold(text)
    if _SAID_NO.search(folded) is not None:
        return True
    return _SAID_ANYHOW.search(folded) is not None and (
        _SURPRISED.search(folded) is not None or len(folded.split()) <= SAID_NO_SHORT_WORDS)


def consent_taken_wrongly(turn: Turn) -> dict[str, Any] | None:
    """After the questions began, "i said no before??" (thirteenth trial AK3: "You asked what happens next…"): sorry,
    and, unless a clear yes comes with it, everything kept since is cleared and the questions stop, as after a "no"
    (the form ends, and the declined message says what is kept). Returns the slot updates, or None when the
    message does not say so (or says yes too: then sorry, and the message is read as usual).

    Only when the yes in fact came after a "no" (repository.consent_given_after_a_no): "I said no." typed alone as an
    answer, by someone who said yes at once, is their answer (closing35's fix35b note: it was read as a complaint,
    everything they had said was cleared and the questions stopped)."""
    text = turn.latest_text
    if is_button_payload(text) or not says_they_said_no(text) \
            or not repository.consent_given_after_a_no(turn.sender_id):
        return None
    rest = _SAID_ANYHOW.sub(" ", plain_fold(text))
    if consent_in(rest) is True:  # "i said no before?? whatever. … ok go on then, yes you can write it down"
        turn.say("consent_taken_sorry_yes")
        return None
    turn.say("consent_taken_sorry")
    repository.record_consent(turn.sender_id, False)
    return {"consent_choice": "no"}


def reconsider(turn: Turn) -> dict[str, Any] | None:
    """After saying no, "sori, dwi wedi newid fy meddwl": the consent question once more; a clear yes is taken.

    Nothing was kept after the "no" but the choice itself, so there is nothing to clear;
    a "yes" this time carries on as if it had been the first answer. Returns the slot
    updates (the consent asked again), or None when the record was not declined or the
    words do not say so.
    """
    if record_status(turn.sender_id) != "declined":
        return None
    key = fold(phrase_key(turn.latest_text))
    changed = (any(p in key for p in _CHANGED_MIND) and not any(p in key for p in _NOT_CHANGED)) \
        or any(p in key for p in _NOT_A_NO)
    if not changed and only_acknowledges(turn.latest_text):
        return None  # "fair enough", "ok", "iawn 'ta" take the "no" in (AK3): answered kindly (route), no questions
    if consent_in(_without_change_of_mind(key) if changed else turn.latest_text) is True:
        # "ia" / "yes" after the start ended (consent_not_clear invites it: "type ia or yes when you're ready to
        # begin"): a clear yes to consent is a yes, and the questions begin. It was asked again, and the promise
        # broken (twelfth trial AJ3: "Ydy, mae hynny yn iawn." got "Dim problem o gwbl" and the consent screen).
        repository.record_consent(turn.sender_id, True)
        return {"consent_choice": "yes"}
    if not changed:
        return None
    turn.say("consent_again")
    return {"consent_choice": None}


def _without_change_of_mind(key: str) -> str:
    """A reply with its change of mind taken out: what is left says yes ("iawn, dw i wedi newid fy meddwl, cewch") or
    only reports the change (then the consent question is asked again)."""
    for phrase in (*_CHANGED_MIND, *_NOT_A_NO):
        key = key.replace(phrase, " ")
    return key


#: Questions a language typed on its own answers ("Cymraeg" to "Which language do you prefer?").
LANGUAGE_IS_AN_ANSWER = ("q_communication",)


def language_as_answer(turn: Turn, chosen: Iterable[str] = ()) -> dict[str, Any] | None:
    """A language typed as the answer to a question about language is an answer, not a command.

    "Cymraeg" or "Welsh please" at the communication question is kept verbatim like any answer,
    and is the person's stated preference; the conversation stays in its language. A language
    button is always a command. Returns the slot updates, or None when it is a command.
    """
    slot = turn.slot("requested_slot")
    if not isinstance(slot, str) or is_button_payload(turn.latest_text):
        return None
    language = language_from(turn, chosen)
    # At any other question, the language already in use is an answer too ("Cymraeg" to "how would you like
    # to be supported?" in a Welsh conversation): there is nothing to switch to. The other one is a switch.
    same = language is not None and language == turn.language and slot.startswith(("q_", "why_"))
    if slot not in LANGUAGE_IS_AN_ANSWER and not same:
        return None
    updates = answers.take_answer(turn, slot, turn.latest_text)
    if updates.get(slot) and language:
        repository.update_conversation(turn.sender_id, preferred_language=language)
        if language != turn.language:
            # "Welsh please" in an English chat (stop-21 trial U32): kept as the answer, and they are told what
            # follows from it (a Welsh-speaking worker asked for) and that this chat can go on in that language too.
            turn.say("language_answer_" + language)
    return updates


#: How a question to the assistant begins ("what's the weather?", "pwy wyt ti?"): those are off-topic.
_ASKING = ("what", "whats", "what's", "who", "whos", "who's", "how", "why", "where", "when", "are you", "can you",
           "beth", "be", "pwy", "sut", "pam", "ble", "lle", "pryd", "wyt ti", "ydych chi", "dych chi", "allwch chi")


def off_topic_answer(turn: Turn) -> dict[str, Any] | None:
    """What looked off-topic, written while a question waits, is usually the answer: keep it.

    At the start (consent, who, names) it always is ("Dad. Gwilym ydi enw fo"); at a question
    it is unless it asks the assistant something ("the nurse coming" is kept, "what's the
    weather?" gets the redirect). Returns the slot updates, or None for the redirect.
    """
    kept = about_you.off_topic_answer(turn)
    if kept is not None:
        return kept
    slot = turn.slot("requested_slot")
    if not isinstance(slot, str) or not slot.startswith(("q_", "why_")) or is_button_payload(turn.latest_text):
        return None
    key = phrase_key(turn.latest_text)
    if _answered_by_the_form(turn, slot):
        # "faint mwy o gwestiynau?" (stop-22 trial V4, read by the NLU as off-topic), "what do you mean?", "pam ti'n
        # gofyn hyn i gyd?": the form's own reply (the questions left, plainer words, why), as an aside.
        return answers.take_answer(turn, slot, turn.latest_text)
    if turn.latest_text.rstrip().endswith("?") or key.startswith(tuple(w + " " for w in _ASKING)):
        return None
    return answers.take_answer(turn, slot, turn.latest_text)


def _answered_by_the_form(turn: Turn, slot: str) -> bool:
    """A message about the conversation itself that the form answers mid-way (bot.conversation.answers.take_answer
    keeps it as an aside and replies), whatever the NLU made of it."""
    text = turn.latest_text
    return bool(asks_about_the_form(text) or replies.asks_why_we_ask(text) or asks_about_assistant(text) == "whole"
                or asks_about_the_same_worker(text)  # "You didn't answer me. Will it be…" (tenth trial AE13)
                or bool(asks_for_ti_at(text))  # "why are you talking to me like im old?" (tenth trial AE3)
                or replies.in_a_hurry(text)
                or asks_for_the_question_again(text) or asks_to_delete(text)
                or (slot.startswith("q_") and asks_what_it_means(text, answers.question_text(turn, slot))))


def choose_language(turn: Turn, chosen: Iterable[str] = ()) -> str:
    """The person chose (or switched) language: say so in that language. Returns the language."""
    language = language_from(turn, chosen) or turn.language or "cy"
    first_choice = turn.language is None
    turn.set("language", language)
    turn.ensure_record()
    # A choice or an explicit switch is the person's stated preference.
    repository.update_conversation(turn.sender_id, language=language, preferred_language=language)
    turn.say("language_set" if first_choice else "language_switched")
    if not is_button_payload(turn.latest_text) and asks_for_simpler_words(turn.latest_text) is not None:
        answers.say_simpler_words(turn)  # "Cymraeg plis ond yn syml" (AK15): heard at once, the plain wordings used
    return language


def switch_language(turn: Turn, chosen: Iterable[str] = ()) -> dict[str, Any]:
    """A request about language: the switch (`choose_language`), and a consent given in the same words kept.

    Third trial W8: a learner who had said "Dw i'n dysgu Cymraeg" answered "is it OK to keep your answers?" with "Ydy.
    sorry my Welsh is not very good": she was switched to English unasked and her "Ydy" was lost. Now a learner's
    apology alone keeps Welsh, in plain words, with either language welcome; "can we do English?" still switches.
    Returns the slot updates."""
    updates: dict[str, Any] = {}
    learner = any(says_they_will_mix(t) for t in [*turn.earlier_messages(), turn.latest_text])
    slot = turn.slot("requested_slot")
    if turn.language == "cy" and learner and only_says_their_language_is_weak(turn.latest_text):
        turn.say("learner_welcome")
    else:
        updates["language"] = choose_language(turn, chosen)
    if (slot == "role" and not is_button_payload(turn.latest_text)
            and about_you.role_from_text(turn.latest_text) is not None):
        # "Dw i'n dad. Mae fy mab yn 19 ac mae ganddo learning disability. Sorry my Welsh is not great" (BA13, stop 46
        # trial): the language reply was sent and the chooser asked again, so "19" and "learning disability" were
        # nowhere in the summary. Who is talking is taken as the chooser takes it (kept verbatim).
        updates.update(about_you.take_role(turn, turn.latest_text))
    if slot == "consent_choice" and consent_in(turn.latest_text) is True:
        turn.ensure_record()
        repository.record_consent(turn.sender_id, True)
        updates["consent_choice"] = "yes"
    elif updates.get("language") and isinstance(slot, str) and not is_button_payload(turn.latest_text):
        # "Sorry, can we switch to English please? What matters most is my garden…": the answer said with the request
        # is kept as the answer to the question asked, in the new language's reply (ninth trial AC3)
        updates.update(answers.answer_beside_a_language_request(turn, slot))
    return updates


def stop(turn: Turn) -> dict[str, Any]:
    """Stop now; everything so far is kept and they can come back any time. An answer with the stop at its end
    ("... He wants to stay in his bungalow. Sorry the doorbell's going, can we finish this later?", stop-23 trial
    W21) is kept first, as the answer to the question waiting. Returns the slot updates (that answer), if any."""
    if sends_before_leaving(turn):
        # "ok send it, got to go" at "is this right?" (trial 47 BB2): stopped without sending, and the son left
        # thinking it was sent. The send is what they asked for; leaving after it needs nothing more.
        finish(turn)
        return {"readback": "confirm"}
    kept = _answer_before_stopping(turn)
    turn.ensure_record()
    if record_status(turn.sender_id) not in ("confirmed", "declined"):
        repository.update_conversation(turn.sender_id, status="stopped")
    # The web chat's own words say how to come back after closing the page (its "remember on this device",
    # offered until something went to the duty team: bot.web.chat; stop-25 trial U1); after that, that the page must
    # stay open (eighth trial AB16: "send me a message whenever you're ready" was not true there).
    urgent = repository.is_urgent(turn.sender_id)
    turn.say(for_channel("stopped_urgent" if urgent else "stopped", turn.channel) or "stopped")
    if pause.waiting(turn)[0] is not None:  # stopping at "are you safe?" after a disclosure
        turn.say("safety_check_stopped")
    return kept


def sends_before_leaving(turn: Turn) -> bool:
    """At the read-back, a stop that also says to send ("ok send it, got to go", "anfonwch o, rhaid i fi fynd"): the
    record is sent, as the button would; a "not" ("dont send it, gotta go") leaves it unsent
    (readback.choice_in_words)."""
    from bot.conversation.readback import choice_in_words

    return (turn.question_waiting == "readback" and pause.waiting(turn)[0] is None
            and choice_in_words(turn.latest_text) == "confirm")


def _answer_before_stopping(turn: Turn) -> dict[str, Any]:
    """The answer before a stop at the end of the message, taken as the form takes it (verbatim, the whole message),
    when one of the questions is waiting; nothing otherwise (nor while "are you safe?" waits: the safe check
    keeps its own replies, bot.conversation.pause)."""
    slot = turn.question_waiting
    if not slot or not slot.startswith(("q_", "why_")) or not ends_with_a_stop(turn.latest_text):
        return {}
    if pause.waiting(turn)[0] is not None:
        return {}
    return answers.take_answer(turn, slot, turn.latest_text)


def points_at_cleared_answers(turn: Turn) -> bool:
    """After "start again", "same as before" / "fel o'r blaen" points at answers that were cleared (stop-20 trial
    T18: "same as before" became the good-day answer and the important people). True when the message only points
    back and an earlier message in this conversation asked to start again: the caller says so and asks again."""
    if not points_back(turn.latest_text):
        return False
    return any(m.strip() == "/start_again" or control_of(m) == ("start_again", None) for m in turn.earlier_messages())


def ask_before_starting_again(turn: Turn) -> bool:
    """"dechrau eto" / "start again" while a question or the read-back waits and answers are kept: asked first, saying
    that every answer is cleared, with yes and no buttons (trial 37 AP9: the answers were cleared at once, with no
    check; closing note 37: still so at the read-back). True
    when asked now; False when they said yes to it just before (or there is nothing of theirs to lose): clear then."""
    if answers.start_again_asked_now(turn) or not (turn.question_waiting or "").startswith(("q_", "why_", "readback")):
        return False
    if record_status(turn.sender_id) == "confirmed" or not repository.answer_texts(turn.sender_id):
        return False
    turn.say("start_again_confirm")
    return True


#: Keeping the answers, said in words ("na na, cadw nhw.", "no no, keep them.", "paid â'u clirio", "don't clear them").
_KEEP_THEM = re.compile(
    r"(?<![\w'’])(?:cadw|cadwch|cadwa|keep)\s+(?:nhw|them|it|everything|popeth|pob\s+dim|bob\s+dim|my|fy|y|yr|the|all)"
    r"(?![\w'’])|(?<![\w'’])(?:paid|peidiwch|don['’]?t|dont|do\s+not)\s+(?:â|a)?\s*(?:['’]u\s+)?(?:clirio|glirio|dileu"
    r"|clear|delete|wipe)(?![\w'’])", re.IGNORECASE)


def said_in_words(text: str) -> bool | None:
    """A typed yes or no to "start again? that clears every answer": the whole message, else its first phrase, and
    keeping said in words is always a no (re-trial 37 AQ1, AQ2: "na na, cadw nhw. sori, bys ar y botwm anghywir" and
    "no no, keep them. sorry, wrong thing" were kept as the answer to the question waiting, which was skipped). Nothing
    is cleared unless they said yes and nothing about keeping. None: any other words (the answer to the question)."""
    if _KEEP_THEM.search(text):
        return False
    said = yes_or_no(text)
    if said is None:
        first = re.split(r"[.,!?;:\n]", text, maxsplit=1)[0]
        said = yes_or_no(first) if first.strip() and first.strip() != text.strip() else None
    return said


def reply_to_start_again(turn: Turn, slot: str) -> dict[str, Any] | None:
    """The reply to "start again? that clears every answer", when it was the last thing said: no (the button, or "na",
    "no") keeps everything and the question comes again; yes typed clears, as the button does. None otherwise: any
    other words are the answer to the question waiting."""
    if not answers.start_again_asked_now(turn):
        return None
    text = turn.latest_text.strip()
    said = said_in_words(text) if not is_button_payload(text) else {"/deny": False, "/affirm": True}.get(text)
    if said is None:
        return None
    if said:
        return start_again(turn)
    turn.say("start_again_kept")
    return {slot: None}


def start_again(turn: Turn) -> dict[str, Any] | None:
    """Clear the answers and begin the questions again (the language stays).

    Returns the slots to clear, or None when the record was already sent (the form
    then ends at once and says so).
    """
    turn.ensure_record()
    if not repository.start_again(turn.sender_id):
        return None
    keep_consent = turn.slot("consent_choice") == "yes"
    # An urgent or "please check" flag stays with the duty team: "everything cleared" would not be true then.
    turn.say("restarted_flag_kept" if _duty_alert_raised(turn.sender_id) else "restarted")
    cleared: dict[str, Any] = {
        slot: None for slot in asked_slots() if not (slot == "consent_choice" and keep_consent)
    }
    return {**cleared, "completed_by": None, "register": "chi"}


#: A reply to the Active Offer is taken as a choice of the language it is written in from this confidence.
OFFER_REPLY_CONFIDENCE = 0.8
#: The Active Offer is made once and, after a reply in neither language, its two buttons once more (short);
#: the next reply carries on in the language most likely, never a third greeting.
OFFERS_BEFORE_CARRYING_ON = 2
#: With nothing to go on, the conversation carries on in Welsh: the Active Offer never assumes English.
LANGUAGE_WITHOUT_EVIDENCE = "cy"


def likely_language(text: str) -> str:
    """The language a reply leans to, however weakly ("yeah" English, "diolch" Welsh); Welsh when none."""
    guess = detect_language(text)
    return guess.language if guess.language in LANGUAGES else LANGUAGE_WITHOUT_EVIDENCE


def language_of_reply(turn: Turn, offers_made: int = 1) -> str | None:
    """A reply to the Active Offer that names no language ("ia", "dwi'n 15", "yes"): its own language.

    The offer is made once; a reply clearly written in Welsh or English then carries on in that
    language (said, and changeable at any time) rather than repeating the greeting. A reply in
    neither ("ok", "Yes, diolch") gets the buttons once more; after `offers_made` reaches
    OFFERS_BEFORE_CARRYING_ON the conversation carries on in the language most likely. Returns the
    language chosen, or None (a first message, or the buttons to offer again).
    """
    if turn.language is not None or not turn.slot("paused"):
        return None
    named = language_named_first_with_both(turn.latest_text)
    if named is not None:
        # "Cymraeg, well, bach o both to be honest" (stop 43, AX18: "wnes i ddim deall"): the language named first,
        # and that they may mix the two
        chosen = choose_language(turn, [named])
        turn.say("language_mix_welcome")
        return chosen
    guess = detect_language(turn.latest_text)
    if guess.language in LANGUAGES and guess.confidence >= OFFER_REPLY_CONFIDENCE:
        return choose_language(turn, [guess.language])
    if offers_made >= OFFERS_BEFORE_CARRYING_ON:
        return choose_language(turn, [likely_language(turn.latest_text)])
    return None


def carry_on_now(turn: Turn) -> bool:
    """A return after a break that already says carry on goes on at once, without the buttons.

    "hi it's Steve again… can we carry on?", "parhau plis", "gawn ni gario mlaen": asking "carry on or
    start again?" would be a step they have already answered. Only for a conversation in progress in a
    chosen language (never after the end or a "no"). Returns True when the questions should go on now.
    """
    # "back. what was the question again" (U43) asks for the question: it is the answer, so the questions go on.
    pressed = pressed_carry_on(turn)
    if turn.language is None or not (pressed or carries_on(turn.latest_text)
                                     or asks_what_the_question_was(turn.latest_text)):
        return False
    if record_status(turn.sender_id) in (None, "confirmed", "declined"):
        return False
    if pressed:  # the welcome-back choice was just made: no second welcome, the question waiting comes next
        return True
    answer_on_return(turn)  # "can we carry on? will someone ring me after?"
    turn.say("welcome_back_carrying_on")
    return True


#: After the welcome-back choice, short words that only say "go on" ("back", "dwi nol"), beside a yes ("ya", "ie",
#: "yep": bot.analysis.controls.consent_in).
_ONLY_BACK = ("back", "im back", "i m back", "i am back", "am back", "back now", "nol", "n ol", "dwi nol", "dw i nol",
              "wi nol", "fi nol", "nol nawr", "nol rwan", "dwi n ol", "wi n ol",
              "hi", "hiya", "hello", "hey", "helo", "haia", "shwmae", "su mae", "hi again", "helo eto", "haia eto")


#: Said while the welcome-back choice waits without answering it: the choice still waits after them.
_LEAVES_THE_CHOICE_WAITING = ("help",)


def welcome_back_waiting(turn: Turn) -> bool:
    """The welcome-back choice ("carry on or start again?") was the last thing asked, with no question waiting.

    Help read in between ("help" after "welcome back") leaves the choice waiting: the next message answers it, so the
    choice is not asked a second time (it was, after "help" then "ok")."""
    if turn.language is None or turn.question_waiting or not turn.slot("paused"):
        return False
    said = turn.said_before()
    in_between = {turn.render(key).text for key in _LEAVES_THE_CHOICE_WAITING}
    while said and said[-1] in in_between:
        said = said[:-1]
    return bool(said) and said[-1] == turn.render("welcome_back").text


def carry_on_after_welcome(turn: Turn) -> dict[str, Any] | None:
    """Once "carry on or start again?" was asked, anything but a fresh start carries on: it is never asked twice.

    Fifth trial Y2: after "back. where was i" every typed message ("more stuff to do at wkends…", "ya", "nah thats
    it") got the same welcome-back choice, eight times; only the button ended it. Now a "ya" / "back" / "ie" / "yep"
    carries on, and anything else is the answer to the question waiting, kept as typed (a safe check waiting takes
    it as its reply; at the read-back the choice is shown again). Returns the slot updates (empty for a bare "go
    on"), or None when the choice is not waiting or they asked to start again (or to stop)."""
    if not welcome_back_waiting(turn) or record_status(turn.sender_id) in (None, "confirmed", "declined"):
        return None
    text = turn.latest_text
    if control_of(text) in (("start_again", None), ("stop", None)) or turn.latest_intent in ("start_again", "stop"):
        return None
    key = fold(phrase_key(text)).replace("'", " ")
    if pressed_carry_on(turn) or carries_on(text) or consent_in(text) is True or key in _ONLY_BACK \
            or asks_what_the_question_was(text) or asks_for_the_question_again(text):
        return {}  # ("where was i?": the question waiting is the answer)
    slot = next((s for s in answers.required_slots(turn.slot) if turn.slot(s) is None), None)
    if slot is None:
        return {}
    held = pause.take_reply(turn, slot)
    if held is not None:
        return held
    if slot in about_you.TAKE:
        return about_you.TAKE[slot](turn, text)
    if not slot.startswith(("q_", "why_")):
        return {}  # the read-back: its choice is shown again
    return answers.take_answer(turn, slot, text)


#: The welcome-back choice's "Parhau" / "Carry on" button (bot/messages/welcome.yml).
CARRY_ON_PAYLOAD = "/continue_conversation"


def pressed_carry_on(turn: Turn) -> bool:
    """The welcome-back choice's carry-on button. Third trial W2: pressed after /start (Telegram) or the web chat's
    greeting mid-conversation, it brought the same welcome-back and its buttons again, every time (typing "parhau"
    worked: the button's payload was not read as carrying on)."""
    return turn.latest_text.strip() == CARRY_ON_PAYLOAD


def route(turn: Turn, offers_made: int = 0) -> bool:
    """Where nothing else applies: the first message, a return after a break, or after the end.

    Returns True when the conversation waits for the person: welcomed back to a conversation in
    progress, or offered the two languages (so a second reply can carry on, `language_of_reply`).
    `offers_made`: how often the languages were offered already (the greeting is never repeated).
    """
    if turn.language is None:
        # Whatever the first message says, the Active Offer comes first (never assume English).
        if offers_made == 0:
            turn.say("active_offer")
        else:  # a greeting ("hiya") is greeted back; anything else is not understood
            turn.say("active_offer_greeted" if turn.latest_intent == "greet" else "active_offer_again")
        return True
    status = record_status(turn.sender_id)
    if status == "confirmed":
        # "haia eto. dwi isio newid rwbath nes i ddeud…" after sending (stop-21 trial U41: the closing message invites
        # it, and it was dropped): kept for the worker as written, and they are told it may have been read already.
        from bot.conversation import data_rights  # (the lead's V20 module)

        if data_rights.answer_delete_question(turn):  # "can I delete all this?" after sending (V20): how
            return False
        if not is_button_payload(turn.latest_text) and asks_about_assistant(turn.latest_text) == "whole":
            # "so is someone going to ring me or not" (AM2): answered, never kept as news for the worker
            turn.say(about_assistant_reply(turn.latest_text))
            return False
        if not is_button_payload(turn.latest_text) and only_thanks(turn.latest_text, goodbye=True):
            # "thank you", "diolch am bopeth, hwyl" after "Thank you… your answers have been sent" (stop 48): a
            # welcome, never a second thank-you, nor their thanks kept as news for the worker
            turn.say("finished_thanked")
            return False
        kept = keep_news_after_sending(turn)
        turn.say("finished_kept" if kept else "finished_already")
        return False
    if status == "declined":
        # "fair enough", "ok", "iawn 'ta" after the "no" (AK3): a short kind word, the way back in left open
        # (never "only that you said no": the start may have ended on three unclear replies, AS5)
        turn.say("declined_noted" if only_acknowledges(turn.latest_text)
                 else "declined_flag_kept" if _duty_alert_raised(turn.sender_id) else "declined_still")
        return False
    keep_return_news(turn)
    answer_on_return(turn)
    turn.say("welcome_back")
    return True


#: Start buttons a channel sends as the greet payload (Telegram's "/start" arrives as "/greet").
_START_PAYLOADS = ("/greet", "/start")


def pressed_start_mid_question(turn: Turn, slot: str) -> dict[str, Any] | None:
    """Telegram's Start button pressed while a question waits (stop-21 trial U46: "/start" was stored as her answer,
    "/greet"): never an answer; the welcome-back choice, and the same question again. Returns the slot update, or
    None when the message is something else."""
    if turn.latest_text.strip().lower() not in _START_PAYLOADS:
        return None
    turn.say("welcome_back")
    return {slot: None}


def answer_on_return(turn: Turn) -> None:
    """Coming back with a question ("what happens now? will someone ring me?", "beth fydd yn digwydd nawr?",
    "will my mum see this?"): answered first, then the choice to carry on or start again (stop-20 closing note:
    only "Croeso'n ôl… parhau neu ddechrau eto?" came back). "Where were we?" needs no answer beyond the choice."""
    text = turn.latest_text
    if is_button_payload(text) or not text.strip() or asks_for_the_question_again(text) \
            or asks_what_the_question_was(text):
        return  # "back. what was the question again" (U43): the choice, then the question, is the answer
    if asks_about_assistant(text) == "whole":
        turn.say(about_assistant_reply(text))
    elif asks_about_the_form(text) == "how_long":
        replies.say_how_long(turn)  # "faint mwy?" on return: the questions left
    elif asks_what_happens_next(text):
        turn.say(what_happens_next(turn))


def what_happens_next(turn: Turn) -> str:
    """The message key that says what happens next: after a disclosure the safeguarding team has it, and what happens
    is theirs to say, honestly; otherwise the worker reads the answers before the visit."""
    return "safety_check_questions" if _duty_alert_raised(turn.sender_id) else "return_what_next"


#: A message coming back longer than a greeting carries news, kept as written.
RETURN_NEWS_WORDS = 4


def keep_news_after_sending(turn: Turn) -> bool:
    """Keep a message longer than a greeting sent after the record was sent, as an aside (verbatim, no outcomes);
    True when it was kept."""
    text = turn.latest_text
    if is_button_payload(text) or len(text.split()) < RETURN_NEWS_WORDS:
        return False
    try:
        repository.clean_text(text)
    except repository.RecordError:
        return False
    answers.keep_aside(turn, text, turn.render("finished_kept").text)
    return True


def keep_return_news(turn: Turn) -> None:
    """Keep what someone says as they come back ("Hello, it is Brian again. My daughter came round and the
    ambulance took me in, I am home now and I am alright"): with a safe check waiting, as their reply to it
    (beside the risk, at the top of the summary); otherwise as an aside. A greeting alone is not kept."""
    text = turn.latest_text
    if is_button_payload(text) or len(text.split()) < RETURN_NEWS_WORDS:
        return
    try:
        repository.clean_text(text)
    except repository.RecordError:
        return  # (the empty or over-long reply is given by the form when they carry on)
    if pause.waiting(turn)[0] is not None:
        answers.store_answer(turn, pause.SAFE_CHECK, text)
    else:
        answers.keep_aside(turn, text, turn.render("welcome_back").text)


def finish(turn: Turn) -> None:
    """The form is done: either consent was declined, or the person confirmed the read-back."""
    if turn.slot("consent_choice") == "no":
        # Ended by a third reply that was neither yes nor no: they never said "no", so the message says so.
        unclear = turn.latest_text.strip() and consent_in(turn.latest_text) is None \
            and not is_button_payload(turn.latest_text) and not _duty_alert_raised(turn.sender_id) \
            and not says_they_said_no(turn.latest_text)  # "i said no before??" (AK3): their "no", said plainly
        turn.say("consent_not_clear" if unclear else declined_message(turn.sender_id))
        return
    reference, newly = repository.confirm_record(turn.sender_id)
    if not newly:  # the form ended again (e.g. a language switch after sending): no second notice
        turn.say("finished_already")
        return
    notify_confirmed_in_background(reference)  # the team hears by reference and link only; never raises
    turn.say("confirmed", reference=reference)
    if turn.language == "cy" or _prefers_welsh(turn.sender_id):  # (U32: "Welsh please" in an English chat too)
        turn.say("active_offer_applies")


def _prefers_welsh(sender_id: str) -> bool:
    with session_scope() as s:
        conv = repository.get_conversation(s, sender_id)
        return conv is not None and conv.preferred_language == "cy"
