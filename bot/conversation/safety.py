"""Safeguarding in the conversation: notice, keep the words, reply at once, alert the duty team.

Every turn is checked (`note_risk`), so no message on any path is missed; an urgent
one gets the reply `urgent_reply` composes, in the person's language and suited to
their age ("call 999 now" first when the harm is happening now). A later disclosure in the
same conversation gets a short follow-up instead of the whole text again. Then the questions
pause until the person says whether they are safe and want to go on (bot.conversation.pause).

The dialogue routes an urgent message to the urgent reply before anything else, from its own
reading of the same risk; `answer_if_missed` is the backstop for when the two readings differ.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from bot.analysis import detect_language, says_a_threat_to_them
from bot.analysis.age import stated_age
from bot.analysis.controls import is_button_payload, phrase_key, steers_not_discloses
from bot.analysis.keep_from import asks_to_keep_from_someone
from bot.analysis.outcomes import sentences
from bot.analysis.risk import assess_risk, rules_only, urgency_in_no_sentence
from bot.analysis.risk.comes_back import says_it_may_come_back
from bot.analysis.risk.domestic import with_domestic
from bot.analysis.risk.immediacy import happening_now
from bot.analysis.risk.means import despairs, names_a_means
from bot.analysis.risk.normalise import pattern_text
from bot.analysis.risk.rules import fired, guard, rule_set, sort_categories
from bot.analysis.risk.told_again import (
    goes_back_to,
    harm_goes_on,
    home_again,
    overdose_working,
    says_fear,
    worse_with_them,
)
from bot.analysis.safe_check_questions import harm_now, questions_asked
from bot.analysis.safe_reply import does_not_want_to_talk_about_it, says_they_are_safe
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.text import fold
from bot.analysis.types import RiskAssessment
from bot.conversation import about_you, pause, replies
from bot.conversation.about_you import role_from_text
from bot.conversation.answers import (
    ANSWERED_AT_THE_START,
    keep_with_the_last_answer,
    store_answer,
    take_answer,
    too_soon_for_the_question,
)
from bot.conversation.questions import ABOUT_YOU_SLOTS, CARERS_OWN, question_for
from bot.conversation.readback import named_numbers
from bot.conversation.turn import Turn
from bot.messages import Rendered
from bot.safeguarding.duty import deliver_soon
from bot.safeguarding.helplines import (
    Helpline,
    about_an_older_person,
    about_money_taken,
    about_someone_online,
    format_helplines,
    given_already,
    helplines_for,
    lines_to_show,
)
from bot.storage import repository

#: Someone who says they are younger than this is spoken to as a young person ("ti", their helplines).
YOUNG_UNTIL = 25
#: Before a language is chosen, an urgent reply follows the message's language only when this sure.
REPLY_LANGUAGE_CONFIDENCE = 0.8
#: A disclosure of these may mean someone else reads the person's phone ("he checks my phone every night").
PRIVATE_DEVICE_CATEGORIES = frozenset({"domestic_abuse"})
#: ...and, for a child or young person, any abuse: most often by someone at home, who may pick up their phone too
#: ("my stepdad gets rough when hes been drinking... dont talk to me in front of him": stop-26 trial W7, flagged
#: plain "abuse", was never told how to delete the chat).
YOUNG_PRIVATE_DEVICE_CATEGORIES = PRIVATE_DEVICE_CATEGORIES | {"abuse"}


def read_risk(text: str) -> RiskAssessment:
    """The risk in a message, with domestic abuse named when a partner, an ex or "he" at home is hurting them."""
    return _read(text, rules_alone=False)


def _read(text: str, *, rules_alone: bool) -> RiskAssessment:
    """`read_risk`; `rules_alone`: the message is known to be something else (a correction of the list read back,
    `corrects_the_read_back`), so only the rules read it."""
    assessment = rules_only(text) if rules_alone or steers_not_discloses(text) else assess_risk(text)
    if assessment.level == "none" or only_who_is_told(text, assessment):
        return RiskAssessment("none", ())
    return replace(assessment, categories=with_domestic(text, assessment.categories))


def only_who_is_told(text: str, assessment: RiskAssessment) -> bool:
    """Whether a concern that only the learned model read is carried by nothing but a wish about who is told.

    Why (eighth trial AB4): "And please don't tell Gareth I said all that about him, he'd be upset, he's not a bad boy"
    was a "low mood" concern and got "It sounds like a lot to carry". It is a wish about who is told: quoted at the top
    under what must not be shared (bot.summary.record.sensitive_words) and answered honestly (`reply_to_who_is_told`).
    A rule's reading stays ("please don't tell mum I've been cutting"), and so does a concern the rest of the answer
    carries."""
    if assessment.level != "concern" or assessment.please_check or rules_only(text).level != "none":
        return False
    spans = sentences(text)
    rest = [text[a:b] for a, b in spans if not asks_to_keep_from_someone(text[a:b])]
    if len(rest) == len(spans):
        return False
    return not rest or assess_risk(" ".join(rest)).level == "none"


def read_risk_for(turn: Turn, text: str) -> RiskAssessment:
    """`read_risk`, its categories labelled for who is speaking (`for_the_speaker`), with a carer's own strain read at
    their own questions (`carers_own_strain`): what is stored and answered."""
    assessment = _read(text, rules_alone=True) if corrects_the_read_back(turn, text) else read_risk(text)
    assessment = carers_own_strain(turn, text, assessment)
    if assessment.level == "none":
        return assessment
    categories = for_the_speaker(assessment.categories, turn.role)
    if turn.role == "carer" and "low_mood" in categories and tiredness_read_as_low_mood(text):
        categories = tuple(c for c in categories if c != "low_mood")  # "fi wedi blino'n lân" (AZ12), "I hate myself
        # for it" after "I snapped at him" (BA15)
    return replace(assessment, categories=categories)


#: A carer's own strain, as they tell it when asked about their own life: no sleep, listening for the one they care for
#: at night, a back going from the lifting ("I don't sleep much, I listen for her at night", "Im 64 and my back is going
#: from the lifting", "sai'n cysgu lot", "dwi'n gwrando amdani drwy'r nos", "ma nghefn i'n mynd"; AZ12, stop 46 trial:
#: each got "noted", and the strain concern quoted the sitter he asked for instead). Read only from a carer, at their
#: own questions (CARERS_OWN): from anyone else, anywhere, "I don't sleep much" is no concern of this kind. Over the
#: risk reader's normalised text (pattern_text: "don't" is "do not", "sai'n" is "dw i ddim yn", "drwy'r" "drwy y").
_CARERS_OWN_STRAIN = re.compile(
    r"\b(?:i|i m|i am)\s+(?:do not|never|can not|could not|hardly|barely|hardly ever|rarely|not)\s+"
    r"(?:get\s+(?:to\s+|much\s+)?)?"
    r"(?:sleep|sleeping)(?:\s+(?:much|well|properly|at all|any more|anymore|more than|through))?\b"
    r"|\b(?:no|not much|hardly|barely|never)\s+(?:get\s+|getting\s+)?(?:any\s+|much\s+)?sleep\b"
    r"|\blisten(?:s|ing)?\s+(?:out\s+)?for\s+(?:her|him|them|mum|mam|dad|nan|gran|my\s+\w+)\s+"
    r"(?:at night|all night|in the night|through the night|every night|half the night)"
    r"|\b(?:my|me)\s+back\s+(?:is|s|has)\s+(?:going|gone|bad|killing me|shot|wrecked|in bits|done in|aching)"
    r"|\bback\s+(?:is|s)\s+(?:going|gone|bad|killing me|shot|wrecked)\s+(?:from|with)\s+(?:the\s+|all\s+the\s+)?"
    r"(?:lifting|carrying|hoisting|turning)"
    # Welsh, north and south, normalised ("sai'n" and "dwi'm" read "dw i ddim yn")
    r"|\b(?:ddim|dim|byth|prin|methu|ffaelu)\s+(?:yn\s+)?(?:cael\s+|cal\s+|gallu\s+)?(?:cysgu|gysgu|cwsg|gwsg)"
    r"(?:\s+(?:lot|llawer|yn dda|rhyw lawer|o gwbl|yn iawn))?\b"
    r"|\b(?:gwrando|wrando)\s+(?:amdani|amdano|amdanyn|am mam|am dad|am nain|am taid)(?:\s+(?:hi|fo|fe|e|o|nhw))?\s+"
    r"(?:drwy y nos|trwy y nos|drw y nos|bob nos|yn y nos|gyda y nos|ganol nos)"
    r"|\b(?:ma|mae|fy)\s+(?:fy\s+)?nghefn\s+(?:i\s+|fi\s+)?(?:yn\s+|wedi\s+)?(?:mynd|brifo|rhacs|ddrwg|sal|wan)")


def tells_carers_own_strain(text: str) -> bool:
    """Whether a carer's words tell their own strain (_CARERS_OWN_STRAIN), in the normalised text."""
    return _CARERS_OWN_STRAIN.search(pattern_text(text)) is not None


def carers_own_strain(turn: Turn, text: str, reading: RiskAssessment) -> RiskAssessment:
    """At a carer's own questions: their strain told (`tells_carers_own_strain`) is a carer-strain concern when nothing
    else read one, so it is heard once at the line that says it and quoted in the concern; and what they ask for at
    "what would help you?" ("A sitter one night a week so I can sleep.") is their answer, not a concern, when only the
    learned model read strain in it and it tells none (AZ12, stop 46 trial: the concern quoted the request)."""
    question = question_for(turn.question_waiting or "")
    if turn.role != "carer" or question is None or question.asked_of != CARERS_OWN:
        return reading
    told = tells_carers_own_strain(text)
    if reading.level == "none" and told:
        return RiskAssessment("concern", ("carer_strain",))
    if (reading.level == "concern" and not reading.please_check and set(reading.categories) == {"carer_strain"}
            and question.slot == "q_carer_support" and not told and rules_only(text).level == "none"):
        return RiskAssessment("none", ())
    return reading


#: Blaming themselves for what the strain made them do, pointing back at it ("I snapped at him last week and I hate
#: myself for it", "dw i'n casáu fy hun am hynny", "I feel so guilty about it"): the strain, not low mood of their own
#: (BA15, stop 46 trial: "low mood, carer strain…"). Over the normalised text; only beside strain read in the words.
_BLAMES_THEMSELVES_FOR_IT = re.compile(
    r"\b(?:hate|hated|hating)\s+myself\s+for\s+(?:it|that|this|doing\s+(?:it|that)|snapping|shouting)\b"
    r"|\b(?:feel|felt|feeling)\s+(?:so\s+|really\s+|awful\s+and\s+)?(?:guilty|awful|terrible|bad)\s+(?:about|for|after)"
    r"\s+(?:it|that|this)\b"
    r"|\b(?:casau|gasau|casu|gasu)\s+fy\s+hun(?:an)?\s+am\s+(?:y\s+peth|hynny|hynna|hyn|wneud)"
    r"|\b(?:teimlo|deimlo)\s+(?:yn\s+)?(?:euog|ofnadwy|uffernol)\s+am\s+(?:y\s+peth|hynny|hynna|hyn)\b")


def tiredness_read_as_low_mood(text: str) -> bool:
    """Whether the rules read low mood only in the words they read as carer strain ("fi wedi blino'n lân": one row reads
    exhaustion as low mood in Welsh, where English "I'm exhausted" is strain alone), or in their blaming themselves for
    it (_BLAMES_THEMSELVES_FOR_IT, BA15). Said by a carer it is their strain: the concern read "hwyliau isel, straen ar
    y gofalwr" and low mood was not said (AZ12, stop 46 trial)."""
    rules = rule_set()
    guarded, _ = guard(" " + pattern_text(text) + " ", rules.guard_finder)
    found = fired(guarded, rules, [])
    strain = [rule for rule in found if "carer_strain" in rule.categories]
    if not strain or not any("low_mood" in rule.categories for rule in found):
        return False
    for rule in strain:
        guarded = rule.regex.sub(lambda m: " " * len(m.group()), guarded)
    guarded = _BLAMES_THEMSELVES_FOR_IT.sub(lambda m: " " * len(m.group()), guarded)
    return not any("low_mood" in rule.categories for rule in fired(guarded, rules, []))


#: The read-back's questions where a reply names listed items by number: what to do with the list, which item, what to
#: do with it. Not new words for an item (readback_text): those are read like any answer.
READ_BACK_CHOICES = frozenset(("readback", "readback_item", "readback_action"))


def corrects_the_read_back(turn: Turn, text: str) -> bool:
    """Whether this message, said while the list is read back, names items on it by number ("Take 13 out, I didn't say
    that to be kept. And 8 shouldn't be there either, I changed my mind about mornings"): a correction of the list,
    which only the rules read. The learned model alone read that one as a "please check" suicide flag quoting the
    correction (stop-32 re-trial AF2: "shouldn't be there", "take 13" read as a wish to die and an overdose), beside
    the passive wish the flag should have been about. A disclosure the rules read in a correction is kept."""
    return turn.question_waiting in READ_BACK_CHOICES and bool(named_numbers(turn, text))


def for_the_speaker(categories: Sequence[str], role: str | None) -> tuple[str, ...]:
    """Carer strain said by someone who is not a carer (role "person", about their own life) is their low mood.

    Why (stop-24 trial T9): a stressed adult's "dwi'n meddwl am betha tywyll a dwi'm yn cysgu" was labelled carer
    strain in the summary, where the practitioner reads it as the strain of caring for someone who is not there. A
    young person may be a young carer, and a carer is one: both keep the label."""
    if role != "person" or "carer_strain" not in categories:
        return tuple(categories)
    kept = [c for c in categories if c != "carer_strain"]
    return sort_categories([*kept, "low_mood"] if "low_mood" not in kept else kept)


#: Harms that can come back: a worry that "it" starts again, said after one of these was told in this conversation, is a
#: concern of that kind (stop-25 trial U7).
COMES_BACK = frozenset(("self_harm",))


def harm_coming_back(turn: Turn, text: str, reading: RiskAssessment) -> RiskAssessment:
    """The reading of a message that read nothing, as a concern when it fears that a harm told earlier in this
    conversation starts again.

    Why (stop-25 trial U7): "i used to cut but not anymore" was a self-harm concern; a later "that ill start again if it
    gets really bad" (Welsh "dwi'n poeni y bydda i'n dechrau eto os eith hi'n ddrwg") names no harm, so it got "Thanks."
    and no flag. The worker should see the fear that it comes back at the top, beside the first words."""
    if reading.level != "none" or not says_it_may_come_back(text):
        return reading
    earlier = {c for level in ("concern", "urgent")
               for categories in repository.other_flag_categories(turn.sender_id, turn.message_id, level)
               for c in categories}
    back = tuple(sorted(COMES_BACK & earlier))
    return RiskAssessment("concern", back) if back else reading


#: Harm from someone: a threat said after one of these was told in this conversation is read beside it (stop 40).
HARM_FROM_SOMEONE = frozenset(("abuse", "domestic_abuse"))


def threat_after_their_harm(turn: Turn, text: str, reading: RiskAssessment) -> RiskAssessment:
    """The reading of a message that read nothing, as a "please check" abuse concern when it says someone will kill or
    hurt them ("my stepdad is going to kill me for saying this") after harm from someone was told in this conversation.

    Why (stop 40, trial 39 leftovers): a young carer's "kian is gonna murder me for saying this" is a confession said
    half-laughing (calm8's guard), and alone it stays calm; but said after telling of a stepdad's hitting or of being
    scared of him, the same words may be the threat itself, and the person on duty should read it beside the first
    words. Not urgent: the threat alone says no more than the idiom does."""
    if reading.level != "none" or not says_a_threat_to_them(text):
        return reading
    earlier = {c for level in ("concern", "urgent")
               for categories in repository.other_flag_categories(turn.sender_id, turn.message_id, level)
               for c in categories}
    if not HARM_FROM_SOMEONE & earlier:
        return reading
    return RiskAssessment("concern", sort_categories(HARM_FROM_SOMEONE & earlier), please_check=True)


#: How many of the conversation's answers before this one are read beside it for a means and despair (AK1).
RECENT_ANSWERS = 6
#: Flags that say an earlier answer was low or hopeless: a means named after them is urgent.
DESPAIR_FLAGS = frozenset(("low_mood", "suicide"))


def means_beside_despair(turn: Turn, text: str, reading: RiskAssessment) -> RiskAssessment:
    """The reading of a message, urgent suicide when it names a means (a gun, a rope, tablets put by) after answers of
    this conversation that were low or hopeless, or despairs after a recent answer that named a means.

    Why (the thirteenth trial's AK1): "sdim pwynt i ddim byd rhagor. Mari wedi mynd ers blwyddyn" (a low-mood concern),
    then "a ma'r gwn yn y cwpwrdd o hyd 'fyd" got "Diolch." and no alert: the gun, said alone, is nothing (a farm), but
    said after "no point in anything" it is the means at hand. The flag keeps the message's words, so the summary
    names the means (or, the other way round, the despair, with the means in the answer before it)."""
    if reading.level == "urgent":
        return reading
    means_now, despair_now = names_a_means(text), despairs(text) or bool(DESPAIR_FLAGS & set(reading.categories))
    if not (means_now or despair_now):
        return reading
    earlier = [t for t in repository.answer_texts(turn.sender_id) if t != text][-RECENT_ANSWERS:]
    low_before = any(DESPAIR_FLAGS & set(categories) for level in ("concern", "urgent")
                     for categories in repository.other_flag_categories(turn.sender_id, turn.message_id, level))
    if (means_now and (low_before or any(despairs(t) for t in earlier))) or (
            despair_now and any(names_a_means(t) for t in earlier)):
        return RiskAssessment("urgent", ("suicide", *(c for c in reading.categories if c != "suicide")))
    return reading


def goes_back_to_the_disclosure(turn: Turn, text: str, reading: RiskAssessment) -> repository.OpenAlert | None:
    """The duty alert of this conversation when this message, read as less than urgent on its own (`reading`) and said
    after the pause, goes back to the disclosure that raised it (bot.analysis.risk.told_again: "a bod Steve yn dod nos
    fory", "soniais i am y tabledi"); None otherwise, and always in a conversation with no disclosure.

    Why (stop 27, the fourth writer): "bod mam yn mynd i fod yn flin efo fi. a bod Steve yn dod nos fory" after a child
    told of Steve coming into her room at night read as nothing; the person on duty needs it today. Such a message is
    urgent, of the disclosure's kinds, and added to that alert (one thread, one alert: no new alert, no urgent text
    again), beside the disclosure at the top of the summary (`read_with_its_thread`)."""
    if reading.level == "urgent" or pause.waiting(turn)[0] is not None:
        return None  # while "are you safe?" waits, a reply is read as one (bot.conversation.pause), kept with it
    alert = repository.open_alert(turn.sender_id)
    if alert is None:
        return None
    if goes_back_to(text, alert.text):
        return alert
    if (home_again(text) or worse_with_them(text)) and HARM_FROM_SOMEONE & set(alert.categories):
        # "ma fo adra eto heno" a few answers on, at the worries question (stop 41, AU3), or "ma'r peth efo fo yn mynd
        # yn waeth" at "who is important to you?" (stop 42, AW4): any time after
        return alert
    return alert if soon_after(turn, text, alert) and harm_goes_on(text, alert.text) else None


#: How many answers after a disclosure a follow-up saying the harm goes on is read with it (stop 40: the live misses
#: on the readable halves came one or two answers after it; the second answer after may follow a set-up reply).
FOLLOW_UP_ANSWERS = 3


def soon_after(turn: Turn, text: str, alert: repository.OpenAlert) -> bool:
    """Whether this message comes within FOLLOW_UP_ANSWERS answers of the alert's disclosure (its replies at the safe
    check not counted). A disclosure not kept as an answer (said in the opening) counts from the first answer."""
    answers = [a for a in repository.answer_texts(turn.sender_id, leave_out=(pause.SAFE_CHECK,)) if a != text]
    since = next((len(answers) - i - 1 for i in range(len(answers) - 1, -1, -1) if answers[i] == alert.text),
                 len(answers))
    return since < FOLLOW_UP_ANSWERS


def read_with_its_thread(turn: Turn, text: str) -> tuple[RiskAssessment, repository.OpenAlert | None]:
    """The risk in a message as stored and answered (`read_risk_for`), with what was told before it in this conversation
    (`harm_coming_back`, `threat_after_their_harm`, `means_beside_despair`), and the alert of the disclosure it goes
    back to (`goes_back_to_the_disclosure`: then urgent, of that disclosure's kinds). Read once per call: the message
    is read by the risk reader only here."""
    reading = means_beside_despair(turn, text, threat_after_their_harm(
        turn, text, harm_coming_back(turn, text, read_risk_for(turn, text))))
    alert = goes_back_to_the_disclosure(turn, text, reading)
    return (reading if alert is None else RiskAssessment("urgent", alert.categories)), alert


def read_in_this_conversation(turn: Turn, text: str) -> RiskAssessment:
    """`read_with_its_thread`'s reading alone."""
    return read_with_its_thread(turn, text)[0]


def only_the_model_at_the_check(turn: Turn, text: str) -> bool:
    """A reply while "are you safe?" waits that only the learned model reads as urgent, unsure (the rules do not, and
    the model is below its sure bar: `urgent_at_any_question`): it is kept as a concern and answered as a reply to
    the check, not a new urgent alert (lead's design call, trial U10: "fyddan nhw'n mynd â fo o 'ma achos fy
    arddwrn?", a carer's question, was a second urgent 'suicide' alert and the whole urgent reply again). A disclosure
    the rules read, or the model is sure of, is still urgent, with the short follow-up."""
    state, changed_by = pause.waiting(turn)
    if state not in pause.ASKING or changed_by == turn.message_id:
        return False
    return not urgent_at_any_question(turn, text)


def urgent_at_any_question(turn: Turn, text: str) -> bool:
    """Whether the message is urgent whatever question it answers: the rules read it so, the learned model alone is
    sure (not "please check"), or it names a means beside despair in this conversation (`means_beside_despair`). No
    question's handling lowers such a reading; only an unsure one of the model alone is taken as the answer there.

    Why (the sixteenth trial's AR1): a 14-year-old's "theres this guy from fortnite hes like 19 and he keeps askin me
    for pics / i sent him 1 n now he says if i stop hell send them to my school 😭 idk wat to do", said at "is there
    anything that makes talking easier?", was read urgent by the model alone at 0.94 and lowered to a concern there as
    a set-up answer: "Thanks." and the next question, no alert; at the first question it got the urgent reply."""
    return means_beside_despair(turn, text, read_risk_for(turn, text)).level == "urgent"


#: Set-up and logistics questions: consent, who is talking, names, relationship, language, how to get in touch, when to
#: visit. Over the dev conversations (risk_benchmark --by-question) they hold no disclosure, and the learned model alone
#: raised ordinary words there to urgent ("Kate says I should ask for a carers assessment for me but I dont know if Im
#: allowed to...", said at "When is the best time to visit?", was urgent abuse at 0.62).
SET_UP_QUESTIONS = frozenset((*ABOUT_YOU_SLOTS, "language", "q_communication", "q_visit_time"))


#: "What is going well, and who helps?": a list of people and good things. There the learned model alone, its urgency in
#: the whole answer and in no sentence, is the set-up rule's case (stop-23 trial W1: a 16-year-old's "nain yn helpu
#: weithia ... miss Parry celf yn neis hefyd" was urgent abuse at 0.63, no sentence above 0.54: a duty alert, 999 and
#: Childline). A sentence the model reads urgent there still is; over the dev and fresh conversations no disclosure is
#: made at this question.
WHOLE_ANSWER_ONLY_QUESTIONS = frozenset(("q_strengths",))


def only_the_model_at_set_up(turn: Turn, text: str) -> bool:
    """An answer to a set-up or logistics question that only the learned model reads as urgent, unsure (the rules do
    not, and the model is below its sure bar): it is kept as a concern, beside the risk for the worker, and taken as
    the answer, with no duty alert and no urgent reply. A disclosure the rules read, or the model is sure of, is
    urgent there as anywhere (`urgent_at_any_question`, the sixteenth trial's AR1); while "are you safe?" waits the
    check's own rule applies (only_the_model_at_the_check). At "who helps?" the same when the model's urgency is in no
    sentence (WHOLE_ANSWER_ONLY_QUESTIONS)."""
    asked = turn.question_waiting
    if asked not in SET_UP_QUESTIONS | WHOLE_ANSWER_ONLY_QUESTIONS or pause.waiting(turn)[0] is not None:
        return False
    if rules_only(text).please_check or urgent_at_any_question(turn, text):
        # A "please check" the rules read ("mam yn passo mas weithie ar ol y gwin…" at "who helps?", the eleventh
        # trial's AG2) is not the model alone: the person on duty reads it.
        return False
    return asked in SET_UP_QUESTIONS or urgency_in_no_sentence(text)


def only_caring_said(turn: Turn, text: str, assessment: RiskAssessment) -> bool:
    """At "who is talking?", a carer-strain concern only the learned model reads: saying whom you care for and what
    they have is who you are, not strain (re-trial 31 AD6: "dwi'n gofalu am Dad, mae o'n byw efo fi ers iddo fo gael
    strôc llynedd a wedyn y dementia" was flagged). Strain the rules read there ("I'm not coping", "ar fy mhen fy
    hun") is kept, as is any other concern."""
    return (turn.question_waiting == "role" and assessment.level == "concern" and not assessment.please_check
            and set(assessment.categories) == {"carer_strain"} and rules_only(text).level == "none")


def only_the_model(turn: Turn, text: str) -> bool:
    """Whether an urgent reading of this message is kept as a concern: the model alone, where the question being
    answered (the safe check, a set-up question) says it is a reply, not a disclosure."""
    return only_the_model_at_the_check(turn, text) or only_the_model_at_set_up(turn, text)


def please_check(turn: Turn, text: str, reading: RiskAssessment) -> bool:
    """Whether this message is "please check": the learned model alone would have made it urgent, below the bar where
    it is sure (RiskAssessment.please_check), and it is not a reply at the safe check or a set-up question (there the
    model alone is a plain concern, as before: `only_the_model`). The duty team is asked to read it and decide; the
    person gets the gentle reply (`reply_to_please_check`) and the questions carry on. One added to the alert of its
    thread (`note_risk`) is answered as the answer it is, without the gentle reply again."""
    return (reading.please_check and not only_the_model(turn, text)
            and not repository.joined_flag(turn.sender_id, turn.message_id))


def taken_as_the_answer(turn: Turn, asked: str, text: str, *, thanked: bool = False) -> dict[str, Any]:
    """The message taken as the answer to the question waiting, as the form's validation takes it (`thanked`: it was
    replied to already, so no acknowledgement follows). Slot updates."""
    if asked in about_you.TAKE:
        return about_you.TAKE[asked](turn, text)
    return take_answer(turn, asked, text, thanked=thanked)


def alert_to_join(turn: Turn, text: str, assessment: RiskAssessment) -> repository.OpenAlert | None:
    """The duty alert this urgent message is added to, or None when it raises an alert of its own.

    One thread, one alert (stop-22 trial V18: three alerts and the urgent text three times in one conversation):
    while the pause after a disclosure is open (the safe check waits: from the urgent reply until they carry on,
    take a break or stop), a later urgent message is added to the same alert, verbatim with its time. After they
    carried on, a message saying they do not want to talk about it ("like i said the stuff with my mate, i dont
    really want to talk about it"), about nothing the alert does not hold already, is added too. Anything else
    after they carried on (a new disclosure, of another kind) is a new alert, as before."""
    state, changed_by = pause.waiting(turn)
    in_the_pause = state in pause.ASKING and changed_by != turn.message_id
    if not in_the_pause and not (state is None and (does_not_want_to_talk_about_it(text)
                                                    or more_of_the_same_thread(text, assessment))):
        return None
    alert = repository.open_alert(turn.sender_id)
    if alert is None or not (in_the_pause or set(assessment.categories) <= set(alert.categories)):
        return None if in_the_pause else please_check_to_join(turn, assessment)
    if in_the_pause and a_new_harm_of_their_own(assessment, alert, text):
        return None
    return alert


def please_check_to_join(turn: Turn, assessment: RiskAssessment) -> repository.OpenAlert | None:
    """The "please check" alert of this conversation a later message of the same kind is added to, even one that
    reads more severe (urgent): one harm, one alert; its level may rise, and the duty team then has one update notice
    (`note_risk`: repository.RAISED), never a second alert. The caller has checked it is more of the same thread (not
    happening now, nothing about their own life).

    BA6 (stop 46 trial): a father's "ond mae pobl yn cymryd mantais ohono fe" (please check, exploitation) and, 13 s
    later, "Last month someone took his bank card and took £200 out. Fe wnaeth 'ffrind' ei gymryd e" (urgent,
    exploitation) were two duty alerts about one thing, and the second brought the whole safe check."""
    alert = repository.open_alert(turn.sender_id, please_check=True)
    found, held = set(assessment.categories), set(alert.categories) if alert is not None else set()
    # of its kind: within the kinds the alert holds, "abuse" aside (the general label the reader gives beside the
    # kind: the north Welsh "nath rywun gymryd ei gerdyn banc o" reads abuse beside exploitation). S3 (review 47): a
    # new kind ("hes got a knife", a threat to share pictures) is an alert of its own with the safe check.
    if alert is None or not found & held or found - held - {"abuse"}:
        return None
    # S3 (review 47): never for a young person, nor a harm to the writer: "im being taken advantage of", then "older
    # lads make me hold stuff for them and they said they'd stab me if i lose it", was only "Thanks, I've added this"
    # (no urgent reply, no "are you safe right now?"). The joining is for a carer telling more of the same harm to the
    # one they look after (BA6: "someone took his bank card").
    if spoken_to_as_young(turn.register, turn.role, own_age(turn)) or _TO_THE_WRITER.search(
            fold(phrase_key(turn.latest_text))):
        return None
    return alert


#: The one writing as the one harmed: "make me", "my pics", "arna i", "i fi", "fy lluniau" (S3, review 47), over
#: fold(phrase_key(text)).
_TO_THE_WRITER = re.compile(
    r"\b(?:me|my|myself|mine|meself|fi|fy|fyn|yn fy|arna i|ata i|wrtha i|amdana i|i mi|ohona i|arnai|atai|wrthai)\b")


def a_new_harm_of_their_own(assessment: RiskAssessment, alert: repository.OpenAlert, text: str = "") -> bool:
    """Does an urgent message told while the check waits name a harm to their own life the alert does not hold (a
    suicide or self-harm reading after abuse)? Then it is a duty alert of its own, never joined to the open one.

    AZ3 (stop 46 trial): Tegan's "sometimes i think everyone would be better off without me tbh", at the check after
    her stepdad's assault, was filed as a "Reply to 'Are you safe right now?'" under the abuse alert: a worker scanning
    the categories would not see a 16-year-old's suicidal thought. A new alert, not an update to the open one: a new
    kind of urgent risk needs its own response (NHS 111 press 2, a plan and the means asked about), and the duty team
    must see the category on an alert of its own, as after carrying on (NEVER_ADDED_AFTER_CARRYING_ON). Other labels
    stay with the open alert however the reader names them ("hes home tonight" read as homelessness is the same
    harm: AZ1, one disclosure, one alert)."""
    held = set(alert.categories)
    if text and only_the_marks_of_the_harm(text, assessment, alert):
        return False  # BA2 (stop 46 trial): "ma clais ar y mraich i" after an assault is that assault, not self-harm
    if NEVER_ADDED_AFTER_CARRYING_ON.intersection(assessment.categories) - held:
        return True
    # Review 46 (H2): harm by someone else told at a suicide alert's check ("and my dad hits me when hes drunk", "and
    # my uncle touches me when i stay there") was filed as a reply to "are you safe?" under the suicide alert, with no
    # alert naming abuse. A harm by others the alert holds none of is an alert of its own too; within that family a
    # label may wobble ("hes home tonight" read as neglect after an assault stays with the assault's alert).
    found = set(assessment.categories)
    return assessment.level == "urgent" and bool(HARM_BY_OTHERS & found) and not HARM_BY_OTHERS & held


#: Harm done to them by someone else: one family for joining an open alert (review 46, H2).
HARM_BY_OTHERS = frozenset(("abuse", "domestic_abuse", "exploitation", "neglect"))

#: The marks harm leaves on a body: a bruise, marks, a black eye, swelling ("got a bruise on my arm", "ma clais ar y
#: mraich i", "cleisiau", "llygad ddu", "wedi chwyddo"), over fold(phrase_key(text)).
_MARKS = re.compile(
    r"\b(?:bruis\w*|brused|bruzed|marks?|black eye|black n blue|black and blue|swollen|swelling|split lip|fat lip"
    r"|red mark\w*|scratch(?:es|ed)?|(?:c|g|ngh|ch)lais|(?:c|g|ngh|ch)leisi\w*|(?:c|g|ngh|ch)leisie|marc|marcie|marciau"
    r"|llygad ddu|(?:wedi |yn )?chwyddo|chwyddedig)\b")
#: The one speaking as the one who did it: "myself", "i did it", "fy hun", "nes i neud e" ("i cut myself, theres marks
#: on my arm" is self-harm, and its own alert).
_BY_THEMSELVES = re.compile(
    r"\b(?:myself|my self|meself|mysen|i did (?:it|that|this)|i done (?:it|that)"
    r"|i (?:cut|cuts|burn|burnt|burned|scratch|scratched|hurt|punch|punched|hit|bit|pick|picked)"
    r"|fy hun|fy hunan|yn hun|yn hunan|fi n hunan|fi hunan|(?:nes|wnes|neshi) i)\b")


def only_the_marks_of_the_harm(text: str, assessment: RiskAssessment, alert: repository.OpenAlert) -> bool:
    """Does a message read as self-harm only tell the marks of the harm the open alert holds (a bruise, marks, with
    nobody named doing it and nothing done by themselves), where that alert is harm by someone else?

    BA2 (stop 46 trial): Cai, 15, "ma cariad mam yn bwrw fi pan mae e'n feddw" / "nos wener o'dd e ddwetha, ma clais ar
    y mraich i": the bruise, the mark of the assault, was read by the learned model alone as self-harm and filed as a
    separate "Concern · self-harm" line, with Samaritans; its English twin "got a bruise on my arm" was a second urgent
    alert. The rules, which read "hurting myself" / "brifo fy hun", keep their self-harm reading."""
    new = set(assessment.categories) - set(alert.categories)
    if not HARM_BY_OTHERS.intersection(alert.categories) or new - {"self_harm"}:
        return False
    if NEVER_ADDED_AFTER_CARRYING_ON.intersection(rules_only(text).categories):
        return False
    key = fold(phrase_key(text))
    return _MARKS.search(key) is not None and _BY_THEMSELVES.search(key) is None and _AN_INSTRUMENT.search(key) is None


#: What cuts: marks "from the blade" are never an assault's bruise (S1, review 47: "ive got marks on my arms from the
#: blade" after an assault lost its self-harm alert). Over fold(phrase_key(text)).
_AN_INSTRUMENT = re.compile(
    r"\b(?:blades?|razors?|sharpeners?|cut|cuts|cutting|rasel|raseli|llafn|llafnau|(?:t|d|nh)orri|(?:t|d|nh)oriad\w*"
    r"|(?:t|d|nh)ori)\b")


#: A later message of these kinds after carrying on is always an alert of its own: a plan or the means (suicide,
#: self-harm) may be new however alike the words.
NEVER_ADDED_AFTER_CARRYING_ON = frozenset(("suicide", "self_harm"))


def more_of_the_same_thread(text: str, assessment: RiskAssessment) -> bool:
    """After carrying on, more about the same harm ("is grandad going to get in trouble? ... i dont want to get chucked
    out" after "he says hell chuck me out", stop-23 trial W16: a third alert): added to its alert when nothing in it
    is new (alert_to_join checks the kinds), the harm is not happening now, and it is not about their own life."""
    return not harm_now(text) and not NEVER_ADDED_AFTER_CARRYING_ON.intersection(assessment.categories)


def raises_the_severity(text: str, alert: repository.OpenAlert) -> bool:
    """A message added to an alert says the harm is happening now, and nothing added before or the disclosure did:
    "call 999 now" is said at once (bot.conversation.pause) and the duty team gets one update notice."""
    return not alert.raised and in_danger_now(text, alert) and not harm_now(alert.text)


def in_danger_now(text: str, alert: repository.OpenAlert) -> bool:
    """A message of this alert's thread says the harm is happening now: in its own words (harm_now), or an overdose
    told in the disclosure is working ("dunno.. dwi rili sleepy", stop 40: told_again.overdose_working)."""
    return harm_now(text) or overdose_working(text, alert.text)


def takes_back_a_flag_only(turn: Turn, text: str) -> bool:
    """Is the message, at a question, a plain take-back of a flag within two answers ("o'n i ddim yn meddwl e
    fel'na", pause.where_the_flag_is_taken_back), the rest raising nothing of its own? Then it raises no flag itself:
    it is kept beside the earlier one as what they later said.

    Why (stop 44, noticed and left): the learned model read "o'n i ddim yn meddwl e fel'na" ("I didn't mean it like
    that") as a suicide "please check" of its own, so the take-back sent the duty team a second alert about itself."""
    slot = turn.question_waiting
    # (the take-back's own pattern is asked first: this runs for every message that raised anything)
    return (slot is not None and slot.startswith("q_") and pause.where_the_flag_is_taken_back(turn, text) is not None
            and not pause.says_what_the_flag_meant(turn, text))


def note_risk(turn: Turn) -> RiskAssessment:
    """Check the latest message for risk and keep any flag, verbatim; alert on urgent.

    Recording is idempotent per message, and only the action that first stores the flag starts
    its duty alert (every action of a turn reads the same message). A later urgent message of the
    same thread is added to its alert (`alert_to_join`): no new alert, one update notice if it
    raised the severity.
    """
    text = turn.latest_text
    if not text or is_button_payload(text):
        return RiskAssessment("none")
    assessment, told_again = read_with_its_thread(turn, text)
    if assessment.level == "none" or only_caring_said(turn, text, assessment):
        return RiskAssessment("none")
    if told_again is None and assessment.level != "urgent" and takes_back_a_flag_only(turn, text):
        return RiskAssessment("none")
    if told_again is None:
        joined_reading = _joined_whatever_its_reading(turn, text, assessment)
        if joined_reading is not None:
            return joined_reading
    if (told_again is None and (assessment.level == "urgent" or assessment.please_check)
            and only_the_model(turn, text)):
        if only_the_model_at_the_check(turn, text) and says_they_are_safe(text):
            # "wat?? fi'n ddiogel. pam ti'n gweud hwnna? be wedes i?" (the eleventh trial's AG2) was kept as a suicide
            # concern: safe, puzzled, nothing the rules read, is their reply to the check and no risk of its own.
            return RiskAssessment("none")
        assessment = RiskAssessment("concern", assessment.categories)  # kept beside the risk; no new alert
    if not (assessment.level == "urgent" or assessment.please_check) and not pause.consented(turn):
        # Before their OK nothing they say is kept or read into the record, as they are told ("I haven't kept what you
        # wrote yet"); only what the duty team must see is (ninth trial AC9: "cymraeg plis. sori dwi di blino'n lân…",
        # typed at the language step, was a low-mood concern in the summary).
        return assessment
    reference = turn.ensure_record()
    guess = detect_language(text)
    # A "please check" in the thread of an alert the duty team has (its pause, or more of the same after carrying on:
    # "like i said the stuff with my mate, i dont really want to talk about it") is added to that alert, as an urgent
    # message would be: one thread, one alert.
    alerting = assessment.level == "urgent" or assessment.please_check
    # A message going back to the disclosure joins its alert (read_with_its_thread); others as alert_to_join says.
    joined = (told_again or alert_to_join(turn, text, assessment)) if alerting else None
    # A "please check" alert a later urgent message of its kind joins rises to urgent: one update notice (BA6).
    raised = joined is not None and (raises_the_severity(text, joined) or (
        joined.please_check and assessment.level == "urgent" and not joined.raised))
    flag = repository.record_risk(
        turn.sender_id,
        message_id=turn.message_id,
        text=text,
        assessment=assessment,
        language=guess.language,
        alert_needed=alerting and (joined is None or raised),
        joined_flag_id=joined.flag_id if joined is not None else None,
    )
    if alerting and flag is not None and flag.is_new:
        if joined is not None:
            if raised:
                deliver_soon(flag.id, reference, repository.RAISED)
        elif assessment.please_check:  # the model alone, unsure: the person on duty reads it and decides
            deliver_soon(flag.id, reference, repository.CHECK)
        else:
            deliver_soon(flag.id, reference, assessment.level)
    return assessment


def _joined_whatever_its_reading(turn: Turn, text: str, assessment: RiskAssessment) -> RiskAssessment | None:
    """Add to the open alert, whatever the reader makes of it on its own, a message that is more of that alert: a
    piece of the disclosure's own burst (`pause.more_of_the_disclosure`), or a wish about how to contact them safely
    said after it (`a_contact_wish_after_the_disclosure`). Returns the reading to answer it by (None: neither).

    BA2 (stop 46 trial): Cai's burst, "ma cariad mam yn bwrw fi pan mae e'n feddw" / "nos wener o'dd e ddwetha, ma
    clais ar y mraich i" / "mam yn gweud dim byd achos ma hi'n ofn e hefyd", 1.2-1.9 s apart: the bruise, read alone
    as a self-harm concern, was thanked as added but kept as a "Concern · self-harm" line of its own (a concern was
    never joined), and the mother's fear was then filed as his reply to "are you safe right now?". A piece inside the
    typing window of the disclosure is joined (one alert, one line), with the alert's own kinds when it reads nothing
    outside them or only the bruise (`burst_categories`, S1 review 47); the check waits, asked once. A harm of its
    own in the piece (`pause._a_harm_of_its_own`) still raises its own alert.
    BA7: see `a_contact_wish_after_the_disclosure`."""
    alert = repository.open_alert(turn.sender_id)
    if alert is None:
        return None
    state, changed_by = pause.waiting(turn)
    burst = pause.more_of_the_disclosure(turn, state, changed_by, text)
    if not burst and not a_contact_wish_after_the_disclosure(turn, text, assessment):
        return None
    reference = turn.ensure_record()
    raised = burst and raises_the_severity(text, alert)
    stored = RiskAssessment("urgent", burst_categories(text, assessment, alert) if burst else alert.categories)
    flag = repository.record_risk(turn.sender_id, message_id=turn.message_id, text=text, assessment=stored,
                                  language=detect_language(text).language, alert_needed=raised,
                                  joined_flag_id=alert.flag_id)
    if raised and flag is not None and flag.is_new:
        deliver_soon(flag.id, reference, repository.RAISED)
    # A burst piece is answered as more of the disclosure (pause.add_to_the_disclosure, through the urgent path); a
    # contact wish as the answer it is (how to reach them safely is heard by the answer's own path), no alert text.
    return stored if burst else RiskAssessment("none")


def burst_categories(text: str, reading: RiskAssessment, alert: repository.OpenAlert) -> tuple[str, ...]:
    """The kinds a piece of the disclosure's burst is added to its alert with: the alert's own when the piece reads
    nothing, nothing outside them, or only the marks of that harm (BA2's bruise); else its own reading.

    S1 (review 47): every piece took the alert's kinds, so "his mates make me sell weed for them" after "my mum's
    boyfriend hits me" lost its criminal exploitation label (and its helplines: `_lines_not_given_yet` reads what is
    stored). A harm to their own life is never a burst piece at all (`pause._a_harm_of_its_own`)."""
    own = set(reading.categories)
    if reading.level == "none" or own <= set(alert.categories) or only_the_marks_of_the_harm(text, reading, alert):
        return alert.categories
    return sort_categories(own)


def a_harm_to_their_own_life(text: str, reading: RiskAssessment, alert: repository.OpenAlert) -> bool:
    """Does a piece of the disclosure's burst read a harm to their own life or mood the open alert does not hold, at
    any level (urgent, please check or a concern), other than the marks of the alert's harm? Then it is answered and
    filed as a message of its own (its own alert or concern line, its own helplines), never added to the alert.

    S1 (review 47): "ive got marks on my arms from the blade" (an urgent self-harm alert, Samaritans, before stop 47),
    "i used to cut", "i feel really low all the time" / "dwi'n teimlo'n isel drwy'r amser", typed 0.6 s after "my
    mum's boyfriend hits me", were all filed as the abuse alert: the self-harm and the low mood were lost."""
    if a_new_harm_of_their_own(reading, alert, text):
        return True
    return bool(THEIR_OWN_HARM.intersection(reading.categories) - set(alert.categories)) and not (
        only_the_marks_of_the_harm(text, reading, alert))


#: Harm to their own life or mood: in a disclosure's burst, a line of its own when the open alert holds none of it (S1).
THEIR_OWN_HARM = frozenset(("suicide", "self_harm", "low_mood", "self_neglect"))


def more_of_the_same_harm_to_their_life(reading: RiskAssessment, alert: repository.OpenAlert) -> bool:
    """Does a piece of the disclosure's own burst add only suicide or self-harm to an alert that already holds one of
    them? Then it is one message typed in pieces, and one alert, with all its kinds (`burst_categories` keeps the
    piece's own; `_lines_not_given_yet` gives the line the new kind needs, NHS 111 press 2 for suicide).

    Stop 48, BB5 (trial 47): a young person's "i cut myself last night" / "and sometimes i think about ending it" (and
    "nes i dorri fy hun neithiwr" / "a weithia dwi isio marw"), typed as one thought, made two duty alerts and the safe
    check twice; said in one message it was already one alert. Harm by someone else after an own-life alert (review
    46, H2) and an own-life harm after an alert of harm by others (S1, review 47; AZ3) stay alerts of their own, and so
    does anything said once the check was read (`pause.more_of_the_disclosure` asks only of the burst)."""
    held = set(alert.categories)
    new = set(reading.categories) - held
    return bool(NEVER_ADDED_AFTER_CARRYING_ON & held) and bool(new) and new <= NEVER_ADDED_AFTER_CARRYING_ON


def a_contact_wish_after_the_disclosure(turn: Turn, text: str, assessment: RiskAssessment) -> bool:
    """Is this message, after a disclosure raised a duty alert, a wish about how (not) to contact them safely that only
    the learned model reads as a risk ("sai moyn bo nhw'n dod i'r tŷ pan ma fe 'na. siarad da fi yn ysgol neu yn tŷ
    mamgu", "dont come to the house when hes there. talk to me at school or at my nans")?

    BA7 (stop 46 trial): Cai's wish, at the support question after his disclosure, was a second alert, "Please check ·
    exploitation", while the English twin read nothing: the most important instruction for the visit buried under a
    wrong label. It is more of the open alert (joined, no notice, never a new alert nor a kind of its own) and is shown
    under "How to contact safely" (bot.summary.record.safeguarding_kind). A risk the rules read in it keeps its own
    reading ("dont come when hes home, he'll kill me" is still heard). Review47b I (stop 47): so does fear of him said
    beside the wish, where the rules read none ("sai moyn chi ddod pan ma fe 'na achos neith e'n lladd i"): not a mere
    wish, it is read on its own (told_again.says_fear)."""
    if pause.waiting(turn)[0] in pause.ASKING or not is_safety_wish(text):
        return False  # (at the check, a reply is read as one: bot.conversation.pause)
    return (assessment.level != "none" and rules_only(text).level == "none" and not harm_now(text)
            and not says_fear(text))


#: (what is heard once: bot.conversation.replies.HEARD_ONCE)
HEARD_ONCE = replies.HEARD_ONCE


def heard_first_time(turn: Turn, reading: RiskAssessment) -> bool:
    """Whether this answer is the first in the conversation to say how heavy things are (a concern, not urgent:
    an urgent message has its own reply): said back once, kindly, then the questions go on."""
    if reading.level != "concern" or not HEARD_ONCE.intersection(reading.categories):
        return False
    earlier = repository.other_flag_categories(turn.sender_id, turn.message_id, "concern")
    return not any(HEARD_ONCE.intersection(categories) for categories in earlier)


def reply_language(turn: Turn, text: str) -> str | None:
    """The person's language, or the message's when none is chosen yet (None: both, Welsh first)."""
    if turn.language:
        return turn.language
    guess = detect_language(text)
    return guess.language if guess.language in ("cy", "en") and guess.confidence >= REPLY_LANGUAGE_CONFIDENCE else None


def _languages(language: str | None) -> list[str]:
    return [language] if language else ["cy", "en"]


#: Answers about someone else, whose ages are not the writer's ("Mam (45)").
ABOUT_SOMEONE_ELSE = ("cared_for_name", "relationship", "people")


def own_age(turn: Turn) -> int | None:
    """The age the person has given of themselves: in this message, else in their latest answer that says
    one, else in an earlier message (said before consent, so never stored: "hi im 19, is this the…")."""
    stored = repository.answer_texts(turn.sender_id, ABOUT_SOMEONE_ELSE)
    return first_age([turn.latest_text, *reversed(stored), *reversed(turn.earlier_messages())])


def first_age(texts: Iterable[str]) -> int | None:
    """The first age stated in these texts, in the order given (newest first, as own_age reads them)."""
    for text in texts:
        age = stated_age(text)
        if age is not None:
            return age
    return None


#: A parent or step-parent doing something to the writer ("mum hit me again", "mae llysdad yn fy nharo i"): a child's
#: or young person's words, said before anyone has said who is writing.
_PARENT = (r"(?:mum|mam|mom|mummy|mammy|mami|dad|daddy|nhad|tad|stepdad|step dad|stepmum|step mum|llysdad|llysfam"
           r"|parents|rhieni)")
_PARENT_DOES_TO_ME = re.compile(
    r"\b" + _PARENT + r" (?:[a-z]+ ){0,2}(?:hits?|hitting|slaps?|slapped|smacks?|smacked|kicks?|kicked|punch(?:es|ed)?"
    r"|beats?|beat|shouts? at|shouted at|screams? at|screamed at|grounds?|grounded|locks?|locked|threw|throws|hurts?"
    r") me\b"
    r"|\b" + _PARENT + r" (?:fi |i )?(?:yn |wedi |di |nath |wnaeth |neith |sy n |sydd yn )?(?:fy |y )?"
    r"(?:nharo|nghicio|nghloi|nghuro|mrifo|nhaflu|nghosbi|slapio fi|taro fi|cicio fi|cloi fi)\b"
    r"|\b" + _PARENT + r" (?:[a-z]+ ){0,2}(?:gweiddi|sgrechian|sgrechen) arna(?: i|f i| fi)\b")
#: A parent who will not let them ("dad won't let me go out"), read only when they are not caring for someone ("my mum
#: won't let me help her" is an adult's).
_PARENT_WONT_LET_ME = re.compile(r"\b" + _PARENT + r" (?:[a-z]+ ){0,2}"
                                 r"(?:won'?t|doesn'?t|does not|will not|don'?t|do not|never) let me\b")
#: Their school ("i dont want to go home after school", "dwi ofn mynd adra ar ol ysgol"), unless they are caring for
#: someone (a parent speaking of a child's school is an adult).
_SCHOOL = re.compile(r"\b(?:school|teacher|teachers|head of year|form tutor|year (?:[7-9]|1[0-3])|gcses?|detention"
                     r"|pocket money|ysgol|athro|athrawes|athrawon|(?:blwyddyn|mlwyddyn|flwyddyn) (?:[7-9]|1[0-3])"
                     r"|tgau)\b")


def young_persons_words(texts: Iterable[str]) -> bool:
    """Whether the words are a child's or young person's, when nobody has said who is writing: they say so (an age
    under 25, "I'm in year 10", about_you.role_from_text), a parent does something to them, or they speak of their
    school without caring for anyone. A carer speaking of an adult ("my son is 32 and he says he wants to end it")
    never is."""
    for text in texts:
        role = role_from_text(text)
        key = fold(phrase_key(text))
        if role == "young_person" or _PARENT_DOES_TO_ME.search(key):
            return True
        if role != "carer" and (_SCHOOL.search(key) or _PARENT_WONT_LET_ME.search(key)):
            return True
    return False


def spoken_to_as_young(register: str | None, role: str | None, age: int | None) -> bool:
    """A young person by register or role, or by the age they gave ("hi im 19…"): their helplines, and their privacy
    on the device."""
    return register == "ti" or role == "young_person" or (age is not None and age < YOUNG_UNTIL)


def helplines_offered(categories: Sequence[str], language: str | None, *, register: str | None, role: str | None,
                      age: int | None, words: Sequence[str] = (),
                      harm_words: Sequence[str] | None = None) -> list[Helpline]:
    """The helplines the urgent reply names for these categories, to this person (kept on the flag as the reply is
    sent; the summary works them out again only for a flag kept before that: bot.summary.record). `words`: what they
    have written so far, read only while nobody has said who is writing. `harm_words`: the message that tells of the
    harm, where CEOP's "someone online" is read (all of `words` when not given)."""
    # A young person by role or register, or by the age they gave ("hi im 19…", then "me" at "who is
    # talking?": Meic is for under-25s); a 19-year-old is past Childline's age.
    young = spoken_to_as_young(register, role, age)
    # Someone online is read in the harm's own words, never in an earlier answer about a hobby: trial 41 AW17, a
    # 17-year-old hit at home ("mae o'n fy nharo i weithia") was given CEOP because a good day was "ffrindia a gaming".
    online = about_someone_online(words if harm_words is None else harm_words)
    lines = helplines_for(list(categories), young_person=young, language=language, age=age if young else None,
                          older_person=not young and about_an_older_person(words, role=role, age=age), online=online,
                          money=about_money_taken(words if harm_words is None else harm_words))
    if role is None and not young and age is None and young_persons_words(words):
        # Nobody has said who they are yet, and the words are a child's: Childline and Meic too. Never for a carer
        # speaking of an adult (stop-21 trial U21: the mother of a 32-year-old was given Childline and Meic).
        extra = helplines_for(list(categories), young_person=True, language=language, online=online)
        lines += [h for h in extra if h not in lines]
    return lines


def helplines_shown(categories: Sequence[str], language: str | None, *, register: str | None, role: str | None,
                    age: int | None, words: Sequence[str] = (), harm_words: Sequence[str] | None = None,
                    earlier: Sequence[str] = ()) -> list[Helpline]:
    """The few of `helplines_offered` an urgent reply shows, best first (bot.safeguarding.helplines.lines_to_show:
    AW17, stop 42 trial, six numbers were too many for a young person in a panic). After `earlier` disclosures (their
    categories), only lines not given yet, chosen with what was given in view, so a new kind still gets its line. The
    summary works out an old flag's lines with this too, so they are what the reply sent."""

    def offered(kinds: Sequence[str]) -> list[Helpline]:
        return helplines_offered(kinds, language, register=register, role=role, age=age, words=words,
                                 harm_words=harm_words)

    if not earlier:
        return lines_to_show(offered(categories), categories)
    given = lines_to_show(offered(earlier), earlier)
    return not_given_before(lines_to_show(offered(categories), categories, already=given), given)


def not_given_before(lines: Sequence[Helpline], given: Sequence[Helpline]) -> list[Helpline]:
    """A later disclosure's follow-up names only the lines not given yet (999 is in the follow-up's own words)."""
    return [h for h in lines if not given_already(h, given) and not h.always]


def _who_and_what(turn: Turn) -> dict[str, Any]:
    """What choosing the lines reads of the conversation: who is talking, their age, what they said."""
    return {"register": turn.register, "role": turn.role, "age": own_age(turn),
            "words": [turn.latest_text, *turn.earlier_messages()], "harm_words": [turn.latest_text]}


def _helplines(turn: Turn, categories: tuple[str, ...], language: str | None) -> list[Helpline]:
    return helplines_offered(categories, language, **_who_and_what(turn))


def _shown(turn: Turn, categories: tuple[str, ...], language: str | None,
           earlier: Sequence[tuple[str, ...]] = ()) -> list[Helpline]:
    """What an urgent reply shows of `_helplines` (`helplines_shown`, AW17), after `earlier` disclosures' categories."""
    return helplines_shown(categories, language, earlier=tuple(c for cats in earlier for c in cats),
                           **_who_and_what(turn))


def urgent_reply(turn: Turn, text: str, language: str | None,
                 earlier: Sequence[tuple[str, ...]] = ()) -> list[Rendered]:
    """The urgent reply in each language needed: "call 999 now" first when the harm is happening
    now; then thanks, what happens next and the helplines that fit; or, after an earlier
    disclosure (`earlier`: its categories), a short follow-up naming only the helplines not yet given.
    """
    categories = read_risk_for(turn, text).categories
    lines = _shown(turn, categories, language, earlier)
    key = "urgent_again" if earlier else "urgent"
    # Kept as sent: the summary reports these, not what a later config would give.
    repository.note_helplines_given(turn.sender_id, turn.message_id, [h.id for h in lines])
    now = happening_now(text)
    private = _clear_this_chat(turn, categories, earlier)
    return [
        message
        for lang in _languages(language)
        for message in ([turn.render_in(lang, "urgent_now")] if now else [])
        + [turn.render_in(lang, key, helplines=format_helplines(lines, lang, turn.register))]
        + ([turn.render_in(lang, private)] if private else [])
    ]


def one_helpline(lines: Sequence[Helpline], worry_first: bool = True) -> Helpline | None:
    """The one helpline a "please check" reply gives: of the lines that fit (`helplines_offered`), a young person's
    own line when there is one (Childline, Meic), else the line for an older person when the words are about one
    (Hourglass: trial 39 AT5, a woman of 70 whose son holds her pension card was given only Samaritans), else a line
    for the worry itself (stop 41, trial 40: a "please check" about a person with dementia named only Samaritans; the
    Dementia Connect line, or Carers Wales for a carer's strain; not with `worry_first` off: a carer who cannot go on is
    given someone to talk to now), else the first that fits; never 999, which the reply says itself."""
    fitting = [h for h in lines if not h.always]
    young = [h for h in fitting if h.young_person_always]
    older = [h for h in fitting if h.older_person]
    specialist = [h for h in fitting if h.specialist] if worry_first else []
    return next(iter(young or older or specialist or fitting), None)


def reply_to_please_check(turn: Turn, text: str, reading: RiskAssessment) -> None:
    """The gentle reply to a "please check" message (`please_check`), in each language needed: thanks, that a person
    on the team will read it, 999 if they are not safe right now, and the one helpline that fits; no safe check, so
    the questions carry on. Kept on the flag as sent (999 and that line), as the urgent reply's helplines are."""
    language = reply_language(turn, text)
    # A carer who cannot go on is asked in the same reply which it is (the caring too much, or a wish to die) and told
    # of the carer's assessment: one reply, not the gentle check after it (trial 39 AT4's leftover, stop 40); the line
    # is someone to talk to now, not the worry's own line (stop 41).
    cannot_go_on = replies.a_carer_cannot_go_on(turn, text)
    line = one_helpline(_helplines(turn, reading.categories, language), worry_first=not cannot_go_on)
    if cannot_go_on and line is None:
        line = one_helpline(replies.carers_lines(language or "en"), worry_first=False)
    repository.note_helplines_given(turn.sender_id, turn.message_id,
                                    ["emergency_999", *([line.id] if line is not None else [])])
    for lang in _languages(language):
        if cannot_go_on and line is not None:
            turn.send(turn.render_in(lang, "please_check_cant_go_on",
                                     helpline=format_helplines([line], lang, turn.register)))
        elif line is None:
            turn.send(turn.render_in(lang, "please_check_no_line"))
        else:
            turn.send(turn.render_in(lang, "please_check", helpline=format_helplines([line], lang, turn.register)))
    pause.answer_who_is_told(turn, text)


def _clear_this_chat(turn: Turn, categories: Sequence[str], earlier: Sequence[tuple[str, ...]]) -> str | None:
    """The message saying how to clear this chat from the device (bot/messages/privacy.yml), after the first
    disclosure of domestic abuse, on a channel that leaves the chat on the device; None otherwise.

    Someone who says "he checks my phone" asked "what if he sees this?" and was told nothing (trial T15, T36). A child
    or young person is told after any abuse (YOUNG_PRIVATE_DEVICE_CATEGORIES).
    """
    young = spoken_to_as_young(turn.register, turn.role, own_age(turn))
    private = YOUNG_PRIVATE_DEVICE_CATEGORIES if young else PRIVATE_DEVICE_CATEGORIES
    if not private.intersection(categories):
        return None
    if any(private.intersection(cats) for cats in earlier):
        return None  # said with the first such disclosure
    return pause.clear_this_chat(turn)


def respond_to_urgent(turn: Turn, asked: str | None) -> dict[str, str | None]:
    """Reply to an urgent message at once, then pause the questions. Returns slot updates.

    `asked` is the question the person was answering, if any: their words are kept as its
    answer, so nothing is lost (while the safe check waits, as their answer to it), and they fill
    its slot (pause.disclosure_answers), so after "carry on" the next question follows: asking again
    for what they have just written was heard as "did it not save?" (stop-21 trial U9). The words
    stay with that question, at the top as risk material; the worker asks the rest at the visit.
    """
    text = turn.latest_text
    if only_the_model_at_the_check(turn, text) and not repository.joined_flag(turn.sender_id, turn.message_id):
        return {}  # a reply to the check (kept as a concern by note_risk): the form's validation answers it
    if pause.waiting(turn)[0] != pause.ON_BREAK:
        # Whether it is added to the thread's alert is decided (and kept) before this reply changes the pause: Rasa
        # gives the reply before the action's own risk check (reply_before_recording), which would then find the
        # check changed by this very message and read it as a new disclosure.
        note_risk(turn)
    if repository.joined_flag(turn.sender_id, turn.message_id):
        return added_to_the_alert(turn, asked)
    if asked and only_the_model_at_set_up(turn, text):
        # An answer (kept as a concern by note_risk), taken here as the form's validation would take it: after this
        # action Rasa's form does not validate (it validates only straight after the person's message).
        return taken_as_the_answer(turn, asked, text)
    language = reply_language(turn, text)
    age = stated_age(text)
    if turn.role is None and age is not None and age < YOUNG_UNTIL:
        # "dwi'n 16 a mae dad yn fy nharo" before anyone asked who is talking: a young person, so "ti"
        # (and, from the register, the lines made for young people).
        turn.set("register", "ti")
    earlier = repository.other_urgent_categories(turn.sender_id, turn.message_id)
    if not repository.urgent_reply_given(turn.sender_id, turn.message_id):  # (given when it was held: not again)
        for message in urgent_reply(turn, text, language, earlier):
            turn.send(message)
    # S4 (review 45): an urgent piece sent at once after "me" ("fi'n 15 a dwi'n edrych ar ol mam, weithie dwi isio
    # marw") left a 15-year-old on the adult path, in "chi": who is talking is still read from it, as more_of_the_start
    # reads a piece that is not urgent (the summary then reads it for a young carer)
    young = about_you.now_a_young_person(turn) if asked == "name" and turn.role == "person" \
        and role_from_text(text) == "young_person" else {}
    state, _ = pause.waiting(turn)
    if state is not None:
        store_answer(turn, pause.SAFE_CHECK, text)  # said while "are you safe?" waits: the answer to it
    elif more_of_the_last_answer(turn, asked, text):
        # BA5 (stop 46 trial): Mark's "Coleg yn dda…" / "Last month someone took his bank card…", the second a moment
        # after the keep question was sent, was filed in answer to "Oes rhywbeth hoffai Rhys ei gadw…?" and read back
        # as a thing to keep. A piece too soon to answer the question waiting belongs to the answer before, as any
        # piece of a burst does; the question waiting stays unanswered, so it is asked after "carry on".
        keep_with_the_last_answer(turn, text)
    elif asked and (asked.startswith(("q_", "why_")) or (asked in ANSWERED_AT_THE_START and pause.consented(turn))):
        # kept with the question it interrupted, so the summary says what it was said in answer to (re-trial 32 AF3:
        # told at "who do you look after?", it was labelled with the question of a later message added to its alert)
        store_answer(turn, asked, text)
    # Asked again after "carry on", unless the disclosure answered it (pause.disclosure_answers, as take_reply).
    updates: dict[str, str | None] = {}
    if asked:
        updates[asked] = text if pause.disclosure_answers(turn, asked) else None
    pause.open_check(turn)
    if turn.language is None:
        # Before any language was chosen: carry on with the Active Offer, so nothing ends here
        # (the safe check is asked in their language once they have chosen it).
        turn.say("active_offer")
    elif earlier and not asks_whether_safe_again(turn, text, earlier):
        turn.say("safety_check_choose")  # they told us they are safe, and this is no new harm: the choice only
    else:
        # true to the consent state (AL4), and about her alone when the harm is to her from someone at home (AM13)
        pause.say_safe_check(turn, "safety_check_again" if earlier else "safety_check")
    return {**young, **updates}


def more_of_the_last_answer(turn: Turn, asked: str | None, text: str) -> bool:
    """Whether an urgent message at a question of the form came too soon to answer it, straight after an answer (the
    typing window, `answers.too_soon_for_the_question`): a piece of that answer's burst, filed with it (BA5)."""
    return bool(asked) and str(asked).startswith(("q_", "why_")) and too_soon_for_the_question(turn, text)


def asks_whether_safe_again(turn: Turn, text: str, earlier: Sequence[tuple[str, ...]]) -> bool:
    """After a later disclosure, is "are you safe right now?" asked again? Not once they told us they are ("dwi'n
    iawn", "I'm ok", in reply to the check) when the message is about the same harm: the risk rules read no kind not
    disclosed before (or nothing: the learned model alone, "i dont want to go home tonight tbh" after "he hits me"),
    and the harm is not happening now. A new harm, or harm happening now, is asked about again."""
    if harm_now(text) or not pause.said_they_are_safe(turn):
        return True
    told = {category for categories in earlier for category in categories}
    return bool(set(with_domestic(text, rules_only(text).categories)) - told)


def reply_to_a_held_message(turn: Turn) -> list[Rendered]:
    """The urgent reply to a message held while the action server is away (channels.resilience), as respond_to_urgent
    would give it, never the whole urgent text again: added to its thread's alert, "call 999 now" when the harm is
    happening now and a short line that it is added; after an earlier disclosure, the short follow-up. The replay
    (respond_to_urgent) then gives no urgent text for the same message (repository.urgent_reply_given)."""
    text = turn.latest_text
    language = reply_language(turn, text)
    if repository.joined_flag(turn.sender_id, turn.message_id):
        repository.note_helplines_given(turn.sender_id, turn.message_id, [])
        keys = (["urgent_now"] if harm_now(text) else []) + ["urgent_added"]
        return [turn.render_in(lang, key) for lang in _languages(language) for key in keys]
    return urgent_reply(turn, text, language, repository.other_urgent_categories(turn.sender_id, turn.message_id))


def _lines_not_given_yet(turn: Turn) -> None:
    """The helplines for what a message added to the alert tells that no reply has given yet ("mae e'n fy mwrw i"
    after a suicide disclosure: Live Fear Free), in a line of their own, and how to clear this chat after the first
    domestic abuse: help that fits, without the urgent text again."""
    text, language = turn.latest_text, reply_language(turn, turn.latest_text)
    # the kinds it was kept under: a burst piece joined as more of the disclosure has the alert's own, so a bruise
    # read alone as self-harm is not given Samaritans (BA2, stop 46 trial)
    kept = repository.flag_categories(turn.sender_id, turn.message_id)
    categories = kept if kept is not None else read_risk_for(turn, text).categories
    earlier = repository.other_urgent_categories(turn.sender_id, turn.message_id)
    lines = _shown(turn, categories, language, earlier)
    repository.note_helplines_given(turn.sender_id, turn.message_id, [h.id for h in lines])
    private = _clear_this_chat(turn, categories, earlier)
    for lang in _languages(language):
        if lines:
            turn.send(turn.render_in(lang, "urgent_added_lines", helplines=format_helplines(lines, lang,
                                                                                             turn.register)))
        if private:
            turn.send(turn.render_in(lang, private))


def added_to_the_alert(turn: Turn, asked: str | None) -> dict[str, Any]:
    """A message added to the alert of its thread (`alert_to_join`): no urgent text again, no new check.

    While the safe check waits it is their reply to it (bot.conversation.pause.take_reply: kept word for word, a
    choice carried out, a question answered, "call 999 now" first when the harm is happening now); after they
    carried on ("i dont really want to talk about it") it is the answer to the question asked, respected."""
    if pause.waiting(turn)[0] is not None:
        _lines_not_given_yet(turn)
        updates = pause.take_reply(turn, asked or "") or {}
        return {slot: value for slot, value in updates.items() if slot}
    text = turn.latest_text
    burst = more_of_the_last_answer(turn, asked, text)  # BA5: a piece of the answer before, not the question's answer
    kinds = questions_asked(text)
    for kind in kinds:  # "is grandad going to get in trouble?" (stop-23 trial W16): answered as asked
        turn.say(f"safety_check_answer_{kind}")
    # (a safety wish answering the question is thanked by its own line: pause.says_safety_wishes, L1 review 47)
    thanked = not kinds and not does_not_want_to_talk_about_it(text) and not (
        asked and not burst and pause.says_safety_wishes(turn, text))
    alert = repository.open_alert(turn.sender_id)
    if alert is not None and in_danger_now(text, alert):
        # After they carried on, harm happening now added to the alert (an overdose working: "dunno.. dwi rili
        # sleepy", stop 40) gets "call 999 now" first, as in the pause; then the short follow-up, not the whole text.
        turn.say("urgent_now")
    if thanked:
        turn.say("urgent_added")  # honest, and short: no alert text again, and no second thanks for the answer
    if repository.open_alert(turn.sender_id) is None:
        # added to a "please check" alert, its level raised (BA6): the line that fits what it tells (a bank card
        # taken: Action Fraud), which the gentle reply to the first did not give; never the safe check
        _lines_not_given_yet(turn)
    if burst:
        keep_with_the_last_answer(turn, text)
        return {}
    return taken_as_the_answer(turn, asked, text, thanked=thanked) if asked else {}


def answer_if_missed(turn: Turn, reading: RiskAssessment, asked: str | None) -> dict[str, str | None] | None:
    """The urgent reply and the pause for an urgent message nothing has answered yet; None otherwise.

    The dialogue (Rasa's NLU) reads risk in its own process before any action runs. If its
    reading differs from this one (a data file changed between the two processes' starts, or a
    rolling deploy), the flag is kept and the duty team alerted, but the person would get the
    next question instead of help. Answered already means the safe check was opened by this very
    message. Slot updates as `respond_to_urgent`'s.
    """
    if reading.level != "urgent":
        return None
    if repository.joined_flag(turn.sender_id, turn.message_id) and repository.answered_by(turn.sender_id,
                                                                                          turn.message_id):
        return None  # added to its thread's alert, and answered already (added_to_the_alert)
    state, message = pause.waiting(turn)
    if state == pause.OPEN and message == turn.message_id:
        return None
    return respond_to_urgent(turn, asked)
