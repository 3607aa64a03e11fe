"""Read-back: show what was recorded, in their words, grouped; let them put it right.

Only a record the person has confirmed goes to the practitioner. Items are
numbered in one fixed order (group, then when they were said), so the
number a person sends always means the item they saw.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.analysis import analyse, detect_language, may_keep_whole
from bot.analysis.about_assistant import about_assistant_reply, asks_about_assistant, asks_for_someone_now
from bot.analysis.controls import asks_how_to_talk_to_me, control_of, is_button_payload, phrase_key, yes_or_no
from bot.analysis.outcomes import is_only_talk_and_a_question_to_us, is_read_in_full
from bot.analysis.safety_wish import is_safety_wish
from bot.analysis.text import cut_at_a_word, fold, plain_fold
from bot.analysis.thanks import only_thanks, opens_with_thanks
from bot.analysis.types import ANSWERING_FOR_THEM, OUTCOME_TYPES, OutcomeSpan
from bot.conversation.questions import READBACK_SLOTS
from bot.conversation.replies import word_meaning_asked
from bot.conversation.turn import Turn
from bot.messages import Button
from bot.storage import repository
from bot.storage.models import DraftOutcome
from bot.storage.repository import RecordError

SLOTS = list(READBACK_SLOTS)
RESET = dict.fromkeys(SLOTS)
#: At most this many number buttons; with more items the person types the number.
MAX_ITEM_BUTTONS = 20

_CHOICE_WORDS = {
    "confirm": ("confirm", "send", "send it", "yes send it", "anfon", "anfonwch", "anfona", "cadarnhau",
                "ydy anfonwch", "ydy anfona", "ydy anfonwch e", "ydy anfona fe", "ydy anfonwch o", "ydy anfona fo"),
    "change": ("change", "change something", "newid", "newid rhywbeth", "edit", "golygu"),
    "add": ("add", "add something", "add more", "ychwanegu", "ychwanegu rhywbeth", "mwy"),
}
_ACTION_WORDS = {
    "move_change": ("change", "move to change", "things to change", "newid", "pethau i'w newid"),
    "move_maintenance": ("keep", "keep the same", "things to keep the same", "cadw", "pethau i'w cadw"),
    "move_process": ("support", "how i'm supported", "supported", "cefnogi", "sut dw i'n cael fy nghefnogi",
                     "move to how support is given", "how support is given", "symud i sut mae help yn cael ei roi",
                     "sut mae help yn cael ei roi"),
    "edit": ("edit", "change the words", "words", "newid y geiriau", "geiriau", "golygu", "edit it", "change it",
             "newid o", "newid e", "newid fe"),
    "remove": ("remove", "take it out", "delete", "dileu", "tynnu", "tynnu allan", "ei dynnu allan", "tynnu hwn allan",
               "tynnu hwnna allan", "tynnwch hwn allan", "tynna hwn allan", "remove it",
               "delete it", "take it off", "get rid of it", "tynnu fo allan", "tynnu o allan", "tynnu fe mas",
               "tynnu e mas", "tynnwch o allan", "tynnwch e mas", "dilea fo", "dileu o", "dileu fe"),
}


#: "I think Mam would like…", "dw i'n meddwl bod Dad…": the carer passing on the person's wish, not their own.
_REPORTING = re.compile(
    r"(?<![\w'])(?:i (?:think|know|reckon|feel|believe|guess|suppose)|i'?m (?:sure|certain)|i'?d say"
    r"|(?:dw ?i|rydw i|rwy|wi|fi)'?n (?:meddwl|credu|gwybod|gwbod|siwr|tybio)|(?:mi )?wn i)(?![\w'])")
#: Talk about the record itself ("dudis i hynna gynna ond dwi'm yn ei weld o'n fanna", "I said that earlier but I can't
#: see it"): the speaker's "I" there is no sign the addition is about their own life (eighth trial AB6: "Mae'n well
#: gynno fo ddyn i'w olchi fo, dudis i hynna gynna..." was filed as the carer's own).
_ABOUT_THE_RECORD = re.compile(
    r"(?<![\w'])(?:(?:fel\s+)?(?:dudis|ddudis|deudis|ddeudis|dwedais|ddwedais|wedes|wedais|ddwedes|sonies|soniais)\s+i"
    r"(?:\s+(?:hynna|hynny|o|e|fo|fe))?|i\s+(?:said|mentioned|told\s+you|put)(?:\s+(?:that|it|this))?"
    r"|(?:dw\s?i|dwi|wi|fi)'?(?:m|\s+ddim)\s+yn\s+(?:ei|eu|i)\s+(?:weld|gweld|ffeindio|ffindio)"
    r"|i\s+(?:can'?t|cannot|couldn'?t|don'?t|didn'?t)\s+(?:see|find)\s+(?:it|that|this))(?![\w])")
#: Words of a speaker about themselves. Welsh "i" is also "to", so it counts only in English words.
_MYSELF_EN = re.compile(r"(?<![\w'])(?:i|i'm|im|i'd|i've|ive|i'll|me|my|myself|mine)(?![\w])")
_MYSELF_CY = re.compile(
    r"(?<![\w'])(?:fi|fy|dw ?i|rydw i|rwy|rwyf|ydw i|wi|sai|sa i|hoffwn|licwn|baswn|byddwn i|gen i|i mi|i fi"
    r"|amdana i|ges i|es i)(?![\w])")


#: The carer passing on what the person says they want, in their own sentence: "Fasa fo'n deud ei fod o isio
#: llonydd gynna fi", "mae hi'n deud ei bod hi isio aros adra", "he says he wants peace from me". The "fi"/"me"
#: in it is the carer as the person speaks of them: the wish is the person's.
_SAYS = (r"(?:(?:(?:mae|ma|mi|fasa|basa|bysa|sa|byddai|bydde|fydde|wneith|neith)\s+)+(?:o|e|hi|fo|fe)"
         r"(?:['’]?n|\s+(?:\w+\s+)?yn)\s+(?:deud|dweud|gweud|deutha|dweud wrtha i|deud wrtha i)"
         r"|(?:medda|meddai|medde)\s+(?:o|e|hi|fo|fe)"
         r"|(?:he|she)(?:['’]d| would| will| always| keeps?)?\s+(?:says?|said|tells? me|told me|say|saying))")
_THEY = (r"(?:(?:that\s+)?(?:he|she)(?:['’](?:d|s|ll))?|(?:ei\s+)?(?:fod|bod)\s+(?:o|e|fo|fe)|(?:ei\s+)?bod\s+hi"
         r"|nad\s+(?:ydi|ydy|yw|oes|oedd)\s+(?:o|e|fo|fe|hi)|(?:(?:mae|ma)\s+)?(?:fo|fe|hi|o|e)(?:['’]?n)?)")
_REPORTED_WISH = re.compile(
    r"(?<![\w'’])" + _SAYS + r"\W+" + _THEY + r"\s+(?:[\w'’]+\s+){0,2}?(?:isio|eisiau|moyn|isie|angen|want|wants"
    r"|wanted|would like|like|needs|need|rather)(?![\w'’])", re.IGNORECASE)


def reports_their_wish(text: str) -> bool:
    """Whether a carer's sentence passes on the person's own wish ("he says he wants...", "fasa fo'n deud...")."""
    return where_their_wish_is_reported(text) is not None


def where_their_wish_is_reported(text: str) -> int | None:
    """Where in a carer's sentence the person's own wish starts being passed on ("he says he wants..."), or None."""
    found = _REPORTED_WISH.search(text.replace("’", "'"))
    return found.start() if found is not None else None


#: An addition said to be for the one they look after: "dwi isio canllaw ar y grisia iddo fo", "iddi hi", "i dad",
#: "ar ei gyfer o", "for her", "for him", "for mum" (AY12, stop 44 trial: Nia's stair rail for her father was filed
#: under "AMDANOCH CHI (Y GOFALWR)" because of her "dwi isio"). Never "for me", "i fi", "i mi".
_FOR_THEM = re.compile(
    r"(?<![\w'])(?:iddo|iddi|iddyn|idd[oi]\s+(?:fo|fe|o|e|hi)|ar\s+ei\s+(?:gyfer|chyfer)|ar\s+eu\s+cyfer"
    r"|i\s+(?:dad|mam|nain|taid|nhad|mam-gu|mamgu|tad-cu|tadcu|dadi|mami)"
    r"|(?<!caring\s)(?<!care\s)(?<!cooking\s)(?<!worried\s)(?<!scared\s)for\s+(?:him|her|them|(?:my\s+|our\s+)?(?:mum|mam"
    r"|dad|nan|nana|nain|gran|grandad|grandma|taid|husband|wife|son|daughter|brother|sister|partner)))(?![\w'])")
#: The carer's own part beside it ("a break for me from caring for him", "amser i fi"): theirs, whatever else it names.
_FOR_ME = re.compile(r"(?<![\w'])(?:for\s+(?:me|myself)|i\s+(?:fi|mi)|i\s+fi\s+fy\s+hun|me\s+time|a\s+break"
                     r"|seibiant|br[eê]c|hoe)(?![\w'])")


def about_addition(turn: Turn, text: str) -> str:
    """Whose life an addition at the read-back is about: "carer" or "person".

    A carer writing about themselves or giving their own view ("I need a night off", "dw i angen
    seibiant", "i mi gael cysgu", "amdana fi: ...") is the carer's; one passing on the person's wish
    ("Mam wants to go to chapel", "I think Dad would like…", "he says he wants a break from me") stays
    about the person. Anyone else's is about them.
    """
    folded = plain_fold(text).lower()
    if turn.role != "carer" or reports_their_wish(text) or (_FOR_THEM.search(folded) and not _FOR_ME.search(folded)):
        return "person"
    name = str(turn.slot("cared_for_name") or "").strip().lower()
    if len(name) > 1 and not _FOR_ME.search(folded) and re.search(
            r"(?<![\w'])(?<!caring\s)(?:for|i|ar\s+gyfer)\s+" + re.escape(name) + r"(?![\w'])", folded):
        return "person"  # "a rail for Dot", "canllaw i Emrys" (AY12)
    key = _ABOUT_THE_RECORD.sub(" ", _REPORTING.sub(" ", fold(phrase_key(text))))
    welsh = detect_language(text).language == "cy"
    if _MYSELF_CY.search(key) or (not welsh and _MYSELF_EN.search(key)):
        return "carer"
    return "person"


def required_slots(slot: Callable[[str], Any]) -> list[str]:
    """The read-back steps still to do, given what has been chosen so far."""
    choice = slot("readback")
    if choice == "change":
        slots = ["readback", "readback_item", "readback_action"]
        if slot("readback_action") == "edit":
            slots.append("readback_text")
        return slots
    if choice == "add":
        return ["readback", "readback_text"]
    return ["readback"]


def numbered_items(sender_id: str) -> list[tuple[int, DraftOutcome]]:
    items = repository.outcomes_for_readback(sender_id)
    order = {t: i for i, t in enumerate(OUTCOME_TYPES)}
    items.sort(key=lambda o: (o.about != "person", order.get(o.type, 9), o.id))
    return list(enumerate(items, start=1))


def listing(turn: Turn) -> str:
    """The numbered list, grouped by type (and, for a carer, by whose life it is about)."""
    items = numbered_items(turn.sender_id)
    if not items:
        return turn.render("readback_empty").text
    lines = [turn.render("readback_intro").text]
    current: tuple[str | None, str | None] = (None, None)
    # Both views in the list (theirs passed on, and the speaker's own): each item says whose it is, as the summary
    # does, so a carer can see what is recorded as Mam's wish and what as theirs (stop-23 trial W10).
    both_views = views_shown(turn, items)
    for number, outcome in items:
        if turn.role == "carer" and outcome.about != current[0]:
            key = "readback_about_carer" if outcome.about == "carer" else "readback_about_person"
            lines.append("\n" + turn.render(key).text.upper())
            current = (outcome.about, None)
        if outcome.type != current[1]:
            lines.append("\n" + turn.render(f"readback_group_{outcome.type}").text + ":")
            current = (current[0], outcome.type)
        mark = " (?)" if outcome.unsure else ""
        whose = " " + turn.render(f"readback_view_{_view_at_readback(outcome, turn.role)}").text if both_views else ""
        lines.append(f"{number}. {_quote(turn, outcome.text)}{mark}{whose}")
    if any(outcome.unsure for _, outcome in items):
        # (stop-19 trial: a 15-year-old read a bare "(?)" as the assistant doubting him)
        lines.append("\n" + turn.render("readback_unsure_note").text)
    return "\n".join(lines)


def views_shown(turn: Turn, items: list[tuple[int, DraftOutcome]] | None = None) -> bool:
    """Whether the list says whose view each item is: both views are in it, or an earlier list said so."""
    views = {_view_at_readback(outcome, turn.role) for _, outcome in (items or numbered_items(turn.sender_id))}
    return len(views) > 1 or _views_shown_before(turn, views)


def _views_shown_before(turn: Turn, views: set[str]) -> bool:
    """Whether an earlier list in this conversation said whose view each item was: it goes on saying so after an edit
    left one view only (AY18, stop 44 trial: "(eich barn chi)" was gone after "tynnwch rhif 4")."""
    labels = [turn.render(f"readback_view_{view}").text for view in views]
    intro = turn.render("readback_intro").text
    return any(intro in said and any(label in said for label in labels) for said in turn.said_since_start_again())


def _view_at_readback(outcome: DraftOutcome, role: str | None) -> str:
    """Whose view an item is, as the read-back says it to whoever answered.

    A carer answering: "theirs" (the person's, passed on) or "yours" (the carer's own). The person answering, with a
    supporter typing some answers ("this is Jo his support worker, in my view he needs…"): "yours" (the person's own)
    or "typist" (the supporter's). Why: the re-trial of stop 35 (AL1) heard a young person's own items read back to
    him "as the person you look after sees it"."""
    if role in ("person", "young_person"):
        return "typist" if outcome.whose_view in ANSWERING_FOR_THEM else "yours"
    return "yours" if outcome.whose_view in ANSWERING_FOR_THEM else "theirs"


def _quote(turn: Turn, text: str) -> str:
    """An outcome in quotes; a very long answer kept whole (read in full) by its first words only."""
    if not is_read_in_full(text):
        return f"“{text}”"
    from bot.conversation.answers import short  # answers imports this module

    return f"“{short(text)}” " + turn.render("readback_read_in_full").text


def ask(turn: Turn, slot: str) -> None:
    if slot == "readback":
        from bot.analysis.about_assistant import asks_to_delete

        if send_asked_just_now(turn) and not is_button_payload(turn.latest_text) and says_that_is_all(turn.latest_text):
            return  # "Shall I send it?" was just put, with its buttons (AZ18): not the list and its question again

        if more_of_the_last_answer_kept(turn):
            return  # BA9: a piece of the last answer's burst, thanked in a few words; the list above it is unchanged
        if is_button_payload(turn.latest_text) or not asks_to_delete(turn.latest_text):  # (V20: the list once)
            turn.say_text(listing(turn))
        turn.say("readback")
    elif slot == "readback_item":
        buttons = [Button(title=str(n), payload=str(n)) for n, _ in numbered_items(turn.sender_id)]
        turn.say_text(turn.render("readback_item").text, buttons[:MAX_ITEM_BUTTONS])
    elif slot == "readback_action":
        outcome = _chosen(turn)
        turn.say("readback_action", item=(cut_at_a_word(outcome.text, ITEM_QUOTE_LIMIT) if outcome else ""))
    elif slot == "readback_text":
        turn.say("readback_edit" if turn.slot("readback") == "change" else "readback_add")


def _match(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    t = phrase_key(text)
    for key, words in table.items():
        if t == key or t in words:
            return key
    return None


#: Words that name a read-back choice wherever they come in a short reply ("anfona fe", "yrra fo",
#: "that's fine send it", "ia anfona"), accents and case ignored.
_CHOICE_VERBS = {
    "confirm": frozenset(("send", "anfon", "anfona", "anfonwch", "nfon", "danfon", "danfona", "danfonwch", "yrra",
                          "gyrra", "gyrrwch", "yrrwch", "gyrru", "confirm", "cadarnhau", "cadarnha", "cadarnhewch",
                          "submit")),
    "change": frozenset(("change", "newid", "edit", "golygu", "golyga", "fix", "cywiro", "cywira")),
    "add": frozenset(("add", "ychwanegu", "ychwanega", "ychwanegwch")),
}
#: A "not" anywhere ("don't send it", "paid anfon", "peidiwch") means the words cannot be taken as a choice.
_NOT_WORDS = frozenset(("not", "dont", "don't", "no", "na", "nac", "paid", "peidiwch", "ddim", "dim",
                        "wait", "aros", "yet", "eto"))
#: A reply longer than this is the person telling us something, not choosing.
_MAX_CHOICE_WORDS = 8


def choice_in_words(text: str) -> str | None:
    """confirm / change / add when a short reply names exactly one of them and says no "not"."""
    words = plain_fold(phrase_key(text)).split()
    if not words or len(words) > _MAX_CHOICE_WORDS or _NOT_WORDS.intersection(words):
        return None
    named = {choice for choice, verbs in _CHOICE_VERBS.items() if verbs.intersection(words)}
    return named.pop() if len(named) == 1 else None


#: What goes with the word for the send button when that is all a message says ("ok send", "send it now",
#: "anfona fe plis", "iawn anfon").
_WITH_SEND = frozenset(("ok", "okay", "oce", "iawn", "yes", "yep", "ie", "ia", "please", "plis", "pls", "it", "this",
                        "fe", "fo", "e", "hi", "hwn", "now", "nawr", "rwan", "then", "te", "ta", "just", "jyst", "can",
                        "you", "chi", "ti", "i", "we", "ni", "x"))


def only_asks_to_send(text: str) -> bool:
    """"anfon", "send", "submit", "ok send" typed as a whole message: the word for the send button, a wish to finish
    and send (trial 41 AW11: typed at a question it was kept as an outcome), never what matters to them."""
    words = plain_fold(phrase_key(text)).lower().split()
    send = _CHOICE_VERBS["confirm"] - {"gyrru"}  # ("gyrru" alone may be driving, an answer)
    return (0 < len(words) <= 4 and bool(send.intersection(words))
            and all(w in send or w in _WITH_SEND for w in words))


#: Before the words "add" / "ychwanegu": what people put in front of it ("oh and", "ia", "sori").
_ADD_OPENING = (r"^[\W_]*(?:(?:oh|o|ok|okay|iawn|ia|ie|yes|yep|and|a|ac|sori|sorry|wel|well|actually|also|hefyd|aros"
                r"|wait|hang on|hold on|oops|wps)\b"
                r"[\s,.!]*)*")
#: The verb with its lead-in, every register: "I want to add", "can I add", "isio ychwanegu", "ga i ychwanegu",
#: "wi moyn ychwanegu", "hoffwn i ychwanegu", "ychwanegwch"; or "also" / "hefyd" / "one more thing" alone.
_ADD_LEAD_IN = re.compile(
    _ADD_OPENING
    + r"(?:(?:(?:i(?:['’]d| would) like to|i want to|i wanna|i need to|i['’]d|can i|could i|may i|let me|please|pls"
    r"|plis|plîs|just|hoffwn(?: i)?|licwn(?: i)?|liciwn(?: i)?|(?:dw ?i|dwi|wi|rwy|rydw i)(?:['’]?n)? "
    r"(?:isio|eisiau|moyn|mo['’]yn|isie)|isio|eisiau|moyn|isie|ga i|gaf i|gai|ga['’] i|alla i|galla i|fedra i"
    r"|allwch chi|gallwch chi)\s+)*(?:add|ychwanegu|ychwanega|ychwanegwch)"
    r"|also|hefyd|one more thing|one other thing|un peth arall|peth arall|something else|rhywbeth arall)(?![\w'’])",
    re.IGNORECASE)
#: Words between the lead-in and what they add ("add one more thing", "ychwanegu un peth bach").
_ADD_FILLER = re.compile(
    r"^(?:[\s,.!]+(?:one|1|more|another|a|an|something|some|thing|things|bit|little|too|as well|un|peth|pethau"
    r"|rhywbeth|arall|mwy|bach|hefyd|also|please|plis|pls|plîs|here|yma|that|this|to it|to the list|at y rhestr"
    r"|i['’]r rhestr)(?![\w'’]))*", re.IGNORECASE)
#: A reply this short after the lead-in that names a choice is that choice ("also send it").
_MIN_CHOICE_ONLY_WORDS = 3
#: Fewer words than this after the lead-in is the bare choice ("add something", "ychwanegu mwy").
_MIN_ADDED_WORDS = 2
#: A colon or dash this close after the lead-in starts what they add ("isio ychwanegu un peth amdana fi: ...").
_ADD_COLON_WITHIN = 60


def added_words(text: str) -> int | None:
    """Where what they add starts, when a reply at the read-back adds something in the same message.

    "isio ychwanegu un peth amdana fi: dwi angen gweld y doctor", "can I add she loves her garden",
    "hefyd, mae hi'n licio'r radio": the index of the words after the lead-in, or None when there is
    no lead-in or nothing after it ("add", "ychwanegu rhywbeth": the bare choice).
    """
    lead = _ADD_LEAD_IN.match(text)
    if lead is None:
        return None
    start = lead.end()
    if choice_in_words(text[start:]) is not None and len(text[start:].split()) <= _MIN_CHOICE_ONLY_WORDS:
        return None  # "also send it", "hefyd, newid rhif 3": a choice, not something to add
    colon = re.search(r":|\s[-–—]\s", text[start:start + _ADD_COLON_WITHIN])
    if colon is not None:
        start += colon.end()
    else:
        start += _ADD_FILLER.match(text[start:]).end()  # type: ignore[union-attr]  # (it always matches)
    start += len(text[start:]) - len(text[start:].lstrip(" \t\n:;,.-–—!"))
    if len(re.findall(r"\w+", text[start:])) < _MIN_ADDED_WORDS:
        return None
    return start


def record_addition(turn: Turn, text: str, start: int = 0, *, question_key: str = "readback_addition",
                    question_text: str | None = None, correction: bool = False) -> None:
    """Keep an addition: the whole message as typed, its outcomes drawn from what they added (from `start`). Also
    something added to an earlier answer while a question waits (bot.conversation.answers.keep_added_later), its
    "o a anghofis i ddeud -" left out of the outcomes as "add:" is here. A `correction` of what they said ("ma isio
    newid be ddeudis i gynna - ma'r ffitia yn 3 neu 4 yr wsnos rwan", trial 40 AU8) puts a fact right: an outcome only
    where its words hold a wish, never the whole message as a new one."""
    analysis = analyse(text)
    if start or correction:
        added = text[start:]
        found = analyse(added)
        spans = tuple(replace(o, start=o.start + start, end=o.end + start) for o in found.outcomes) or ((
            OutcomeSpan(added, start, len(text), found.outcome_type or "change", found.confidence, True),)
            if may_keep_whole(added, found) and not correction else ())
        analysis = replace(analysis, outcomes=spans)
    repository.record_answer(
        turn.sender_id,
        question_key=question_key,
        question_text=question_text if question_text is not None else prompt_answered(turn),
        text=text,
        whose_view=turn.whose_view,
        about=about_addition(turn, text),
        passed_on=_passed_on_at_readback(turn),
        analysis=analysis,
        message_id=turn.message_id,
        whole_if_no_outcome=not correction,
    )


def prompt_answered(turn: Turn) -> str:
    """The read-back's question a reply answered, as it was put: "Is this right? …" when it was typed there, "What would
    you like to add?" only after "Add something" (trial 45 AZ5: an addition made at "Is this right?" was shown "In
    answer to: “What would you like to add?”", a question never asked). Read from the question waiting, not from
    the slot alone: Rasa fills the "readback" slot with the typed words before they are read (trial 46 BA20: Sian's
    addition typed at "Is this right?" was again shown "In answer to: “What would you like to add?”")."""
    choice, outcome = turn.slot("readback"), _chosen(turn)
    if turn.question_waiting == "readback" or choice not in _CHOICE_WORDS:
        return turn.render("readback").text
    if choice != "change":
        return turn.render("readback_add").text
    if outcome is None:
        return turn.render("readback_item").text
    if turn.slot("readback_action") is None:
        return turn.render("readback_action", item=cut_at_a_word(outcome.text, ITEM_QUOTE_LIMIT)).text
    return turn.render("readback_edit").text


def _passed_on_at_readback(turn: Turn) -> Callable[[str], bool]:
    """Whose view an addition at the read-back is, read as at the questions: a carer's "she wants to keep her garden"
    passes on Dot's wish, shown "(as Dot sees it)" beside the same words said at a question (AY13, stop 44 trial:
    it showed "(as you see it)")."""
    from bot.conversation.answers import passes_on_their_wish  # (answers builds on this module)

    return lambda outcome_text: passes_on_their_wish(turn, outcome_text)


#: The question key of words said at the read-back that are neither a choice nor an addition.
READBACK_COMMENT_KEY = "readback_comment"


#: A number standing alone in a reply ("take 4 out", "3 n 4", a sentence's full stop after it too: "Number 1 and number
#: 3."), never part of a word, a time or a decimal ("4pm", "2.5", "10.30").
_BARE_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?!\w|\.\d)")


def reword(turn: Turn, outcome: DraftOutcome, words: str) -> None:
    """An item put in new words. A carer's new words about how to talk to him ("Newidiwch rhif 6 i: Siarad efo fi mewn
    Cymraeg syml") are his own need, wherever the old item stood (retrial 33 AH2: filed as his wife's process item)."""
    about = "carer" if turn.role == "carer" and asks_how_to_talk_to_me(words) else None
    repository.replace_outcome_text(turn.sender_id, outcome.id, words, analyse(words), about=about)


def numbers_in(text: str) -> list[int]:
    """Every number standing alone in `text`, in order (repeats kept): the one reading of "which numbers did they
    write" for every read-back reader."""
    return [int(n) for n in _BARE_NUMBER.findall(text)]

#: Numbers a reply gives as items of the list: after "number" / "rhif" / "rif" or a word to take out, or opening the
#: reply ("Take 12 out", "Ac yn rhif 4", "3 n 4 r wrong"), with any joined to them ("rhif 4, 7 a 8"); never "after 4".
#: "take out 1 and 2 they wasnt answers" (the eighteenth trial's AU2) names them too: read as words, it was a neglect
#: "please check" and a second duty alert (bot.conversation.safety.corrects_the_read_back).
_NAMED_NUMBERS = re.compile(
    r"(?:^\W*(?:(?:and|ac|a|oh|o|ok|sorry|sori|yes|ia|ie|na|no)\W+)*|(?<![\w'’])(?:numbers?|no\.?|nos\.?|nr\.?|rhif|rif|rhifau"
    r"|items?|eitem|(?:take|remove|delete|tynnwch|tynnu|tynna|dileu|dilewch|dilea)(?:\s+(?:out|off|away|allan|mas))?)\s*)"
    r"(?P<list>\d{1,3}(?:\s*(?:,|&|\+|/|\band\b|\ba\b|\bac\b|\bor\b|\bneu\b|\bn\b)\s*\d{1,3})*)(?![\w.])"
    r"(?!\s*(?:%|weeks?|days?|months?|years?|yrs?|o['’]?clock|am|pm|times?|mins?|minutes?|hours?|hrs?|wythnos|diwrnod"
    r"|mis|blynedd|mlynedd|gwaith|awr|munud|o['’]r\s+gloch)(?![\w'’]))",
    re.IGNORECASE)


def said_numbers(text: str) -> list[int]:
    """The numbers a reply gives as items, in the order it gives them, once each."""
    said = [int(n) for found in _NAMED_NUMBERS.finditer(fold(text)) for n in re.findall(r"\d{1,3}", found["list"])]
    return list(dict.fromkeys(said))


def named_numbers(turn: Turn, text: str) -> list[int]:
    """The numbers of listed items a reply names, in the order it names them."""
    listed = dict(numbered_items(turn.sender_id))
    return [n for n in said_numbers(text) if n in listed]


def _keep_comment(turn: Turn, *, say: bool = True, unchanged: list[int] | None = None) -> None:
    """Keep what they wrote at the read-back, verbatim, for the worker; say so, and what the buttons do (`say`). Words
    about numbered items are about whose life those items are ("Ac yn rhif 4, efo fi mae o'n nofio rwan" is about
    Owain's swimming, not the carer's own life: tenth trial AE7), and the reply says those items are unchanged. When
    part of the reply was done already, `unchanged` gives the numbers it named that were not (the list has moved on)."""
    text = turn.latest_text
    if not turn.can_keep(text):
        return
    listed = dict(numbered_items(turn.sender_id))
    numbers = named_numbers(turn, text) if unchanged is None else unchanged
    abouts = {listed[n].about for n in numbers} if unchanged is None else set()
    repository.record_answer(
        turn.sender_id,
        question_key=READBACK_COMMENT_KEY,
        question_text=turn.render("readback").text,  # what they were answering: "is this right?"
        text=text,
        whose_view=turn.whose_view,
        about=abouts.pop() if len(abouts) == 1 else about_addition(turn, text),
        analysis=analyse(text),
        message_id=turn.message_id,
        make_outcomes=False,
    )
    if say and numbers:
        turn.say("readback_noted_not_changed", numbers=numbered_words(turn, numbers))
    elif say:
        turn.say("readback_noted")


#: Words at the read-back that ask to take something out or put it right, with or without a number or the
#: item's words: "no, take out the bit about the dog", "tynnwch y darn am y ci", "3 is wrong".
_PUT_RIGHT = re.compile(
    r"(?<![\w'’])(?:take\s+(?:out|off|away)|remove|delete|get\s+rid\s+of|cross\s+out|(?:is|'s|s)\s+(?:wrong|not\s+right)"
    r"|(?:are|r|re|'re|were)\s+(?:both\s+|all\s+)?(?:wrong|not\s+right)"
    # (the Welsh verbs with the article on them too: "dwi isio tynnu'r darn am y siop allan", stop 44's review)
    r"|change|(?:tynnu|tynnwch|tynna|dileu|dilea|dilewch|newid|newidiwch|cywiro|cywirwch)(?:['’]r)?|(?:yn\s+)?anghywir"
    # "that's not what I said about…", "nid dyna be nes i ddeud am…" (stop-20 trial T12)
    r"|not\s+what\s+i\s+(?:said|meant|wrote|put)|(?:nid|dim|ddim)\s+(?:dyna\s+)?(?:be|beth)\s+(?:nes\s+i|wnes\s+i|ddudes\s+i"
    r"|ddwedes\s+i|wedes\s+i|ddywedais|o(?:['’]|\s+)n\s+i['’]?n))(?![\w'’])",
    re.IGNORECASE)
#: How much of an item "What would you like to do with “…”?" quotes.
ITEM_QUOTE_LIMIT = 80
#: Words that never pick out an item ("the bit about", "y darn am").
_NOT_ITEM_WORDS = frozenset((
    "the", "a", "an", "bit", "part", "one", "about", "that", "this", "it", "and", "my", "me", "i", "no", "not", "out",
    "take", "off", "remove", "delete", "change", "please", "pls", "plis", "wrong", "right", "is", "its", "thing",
    "y", "yr", "r", "darn", "un", "am", "na", "dim", "tynnu", "tynnwch", "allan", "mas", "dileu", "newid", "fy",
    "fi", "yn", "anghywir", "hwnna", "hynna", "peth", "sy", "sydd", "efo", "gyda", "with", "of", "to", "i'r", "and",
    "ac", "a'r", "get", "rid", "cross", "number", "rhif", "mae", "hynna'n", "hwnna'n", "that's", "thats", "what",
    "wrote", "said", "put", "you", "can", "could", "want", "would", "like", "isio", "moyn", "eisiau", "ddudes",
    "wedes", "dweud", "deud", "gweud", "ga", "gaf", "chi", "ti", "wnes", "there", "bod", "fod", "all", "sori",
    "sorry", "yes", "ydy", "ia", "ie", "ok", "okay", "iawn", "ei", "eu", "o", "fo", "fe", "e", "hi", "in", "on", "at",
    "or", "we", "he", "be", "so", "do", "up", "ar", "os", "pa", "mi", "ni", "'n", "n", "s", "t", "d", "m", "ll",
    # words for no item in particular (eighth trial AB11: "change something" picked "…carers allowance or something…")
    "something", "anything", "everything", "nothing", "stuff", "things", "some", "item", "items", "list", "else",
    "just", "need", "needs", "rhywbeth", "rywbeth", "unrhyw", "beth", "bethau", "pethau", "petha", "eitem", "rhestr",
    "arall", "angen", "jyst", "bach", "bit", "little", "dw", "dwi", "wi", "rwy", "rydw", "hoffwn", "licio", "i'd",
    "id"))


def item_named(turn: Turn, text: str) -> DraftOutcome | None:
    """The one listed item a reply names, by its number ("3", "number 3", "rhif 3") or by its own words
    ("the bit about the dog"); None when it names none or more than one."""
    items = numbered_items(turn.sender_id)
    numbers = numbers_in(text)
    if numbers:
        found = {n for n in numbers if any(n == number for number, _ in items)}
        return dict(items)[found.pop()] if len(found) == 1 and len(set(numbers)) == 1 else None
    words = {w for w in re.findall(r"[\w'’]+", fold(text).lower()) if len(w) > 1 and w not in _NOT_ITEM_WORDS}
    if not words:
        return None
    named = [o for _, o in items if words & set(re.findall(r"[\w'’]+", fold(o.text).lower()))]
    return named[0] if len(named) == 1 else None


#: "bin" and "cael gwared" as asking for an item to go (trial 36 AM15: "6 and 10 arent rly things i want lol, get rid."
#: got "I haven't changed number 6 and number 10"): "bin them", "bin 6", "just bin it", "cael gwared ar 3", "gwaredwch
#: rhif 2"; never "the bin" or "bin day" in an item's own words.
_BIN = (r"bin(?=\s+(?:it|them|em|'em|that|those|these|both|all|number|no\.?|nos\.?|items?|\d)|\s*[.!]*\s*$)"
        r"|(?:cael|gael|cal|gal|ca['’]l|ga['’]l)\s+gwared(?:\s+(?:ar|o|â|a|ag|efo|arno|arni|arnyn|ohono|ohoni|ohonyn))?"
        r"|gwaredu|gwaredwch|gwareda")
#: A removal said not to be done: "dont take it out", "please don't remove it", "paid tynnu fe mas", "a peidiwch
#: tynnu 2 allan" (review 47 M4: each took the item out, and BA19's Welsh reply said so). Lookbehinds: the two words
#: before the removal verb, folded ("don’t" is "don't").
_NOT_DONE = (r"(?<!\bdon't\s)(?<!\bdont\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bpaid\s)(?<!\bpeidiwch\s)(?<!\bpeidio\s)"
             r"(?<!\bpaid\sa\s)(?<!\bpaid\sâ\s)(?<!\bpeidiwch\sa\s)(?<!\bpeidiwch\sâ\s)(?<!\bdo\snot\s)(?<!\bdont\sever\s)")
#: Saying what to do with a numbered item in the same words: take it out, or move it to a group.
_TAKE_OUT = re.compile(
    r"(?<![\w'’])" + _NOT_DONE + r"(?:(?:take|taking)(?:\s+\S+){0,3}\s+(?:out|off|away)(?![\w'’])"
    r"|remove|delete|get\s+rid(?:\s+of)?|scratch|cross(?:\s+\S+){0,2}\s+(?:out|off)"
    r"|(?:tynnu|tynnwch|tynna|dileu|dilea|dilewch)(?:['’]r)?|" + _BIN
    + r")(?![\w'’])",
    re.IGNORECASE)
#: An item said not to belong on the list at all, or to be private (tenth trial AE6/AE7: "7 shouldn't be there, that was
#: private", "number 7 is private, I don't want that written down", "Dydi rhif 3 ddim i fod yna", "sa i moyn i rif 3 fod
#: na" were kept as comments and the item stayed): it is taken out, as "take it out" does.
#: What may follow "there" / "yna" when it means on the list ("shouldn't be there, that was private"), not somewhere
#: ("he shouldn't be there on his own", "dydi o ddim i fod yna ar ben ei hun": a wish, kept as it was).
_THERE_ENDS = (r"(?=\s*(?:$|[,.!?;:)–—-]|(?:at\s+all|either|really|please|pls|plis|though|too|anyway|and|but|so|as"
               r"|because|cos|coz|chwaith|o\s+gwbl|ond|felly|achos|gan|a|ac|wir|x+)(?![\w'’])))")
_NOT_ON_THE_LIST = re.compile(
    r"(?<![\w'’])(?:(?:should\s*n['’]?t|shouldnt|should\s+not|(?:is|was)\s*n['’]?t\s+(?:meant|supposed)\s+to"
    r"|(?:is|was)nt\s+(?:meant|supposed)\s+to|not\s+(?:meant|supposed)\s+to)\s+be\s+(?:(?:there|here)" + _THERE_ENDS
    + r"|on\s+(?:there|here|it|the\s+list)|included|written(?:\s+down)?)"
    r"|does\s*n['’]?t\s+belong\s+(?:there|here|on\s+(?:the|my|this)\s+list)"
    r"|(?:do\s*n['’]?t|dont|do\s+not)\s+(?:want|wan|wanna)\s+(?:\S+\s+){0,3}?(?:written(?:\s+down)?|wrote\s+down"
    r"|on\s+(?:there|the\s+list|the\s+record|record)|recorded|in\s+the\s+record)"
    r"|(?:do\s*n['’]?t|dont|do\s+not|please\s+do\s*n['’]?t)\s+(?:write|put)\s+"
    r"(?:that|it|this|(?:number\s+|rhif\s+|no\.?\s*)?\d{1,3})\s+down"
    r"|(?:(?:it|that|this|\d{1,3})\s*['’]?\s*s|its|thats|is|was|are|were|r)\s+"
    r"(?:(?:very|quite|a\s+bit|bit|rather|too|kind\s+of|kinda|totally|just)\s+)?private"
    r"(?=\s*(?:$|[,.!?;:)–—-]|\s(?:and|but|so|please|pls|plis|thanks|thank|though|tho|tbh|really|too|x+)(?![\w'’])))"
    # Welsh: "ddim i fod yna", "ddyle fe ddim bod na", "sa i moyn i rif 3 fod na", "dw i ddim isio iddo gael ei
    # sgwennu", "peidiwch â sgwennu hwnna", "mae rhif 7 yn breifat", "preifat oedd hwnna"
    r"|(?:(?:ddim|dim)\s+i\s+(?:fod|bod)|dd?yl(?:ai|e|sai|a|se)\s+(?:\S+\s+){0,3}?ddim\s+(?:bod|fod))\s+"
    r"(?:(?:yna|yma|['’]?na|['’]?ma|yno)" + _THERE_ENDS + r"|arno|ar\s+y\s+rhestr)"
    r"|(?:ddim|sa\s+i|sai|dwi['’]?m|dw\s+i['’]?m|smo\s+fi)\s+(?:isio|eisiau|moyn|mo['’]yn|isie|eisie|ishe)\s+"
    r"(?:\S+\s+){0,5}?(?:(?:ei|i)\s+)?(?:sgwennu|ysgrifennu|sgrifennu|nodi"
    r"|fod\s+(?:(?:yna|yma|['’]?na|['’]?ma|yno)" + _THERE_ENDS + r"|arno|ar\s+y\s+rhestr))"
    r"|(?:peidiwch|paid)\s+(?:a|ag)(?:\s+(?:ei|eu)\s+|['’][iu]\s+|\s+)(?:sgwennu|ysgrifennu|sgrifennu|nodi)"
    r"|(?:\byn\s+|['’]n\s+)(?:breifat|gyfrinachol)|(?:preifat|cyfrinachol)\s+(?:ydi|ydy|yw|oedd|di|odd|ydi\s+o|yw\s+e))"
    r"(?![\w'’])", re.IGNORECASE)
#: Private, whatever else the reply asks: then its reply says plainly that the item is off the list.
_PRIVATE = re.compile(
    r"(?<![\w'’])(?:private|preifat|breifat|cyfrinachol|gyfrinachol|written\s+down|sgwennu|ysgrifennu)(?![\w'’])",
    re.IGNORECASE)
_MOVE = re.compile(r"(?<![\w'’])(?:move|put|symud|symudwch|symuda|rhowch|rho)(?![\w'’])", re.IGNORECASE)
_TO_GROUP = (("maintenance", re.compile(r"(?<![\w'’])(?:keep|kept|cadw|gadw)(?![\w'’])", re.IGNORECASE)),
             ("process", re.compile(r"(?<![\w'’])(?:support|supported|how help|how|cefnogi|sut mae help|sut)(?![\w'’])",
                                    re.IGNORECASE)),
             ("change", re.compile(r"(?<![\w'’])(?:change|changes|newid)(?![\w'’])", re.IGNORECASE)))


#: An item said to be in the wrong group: "ma rhif 3 dan y grŵp anghywir", "mae rhif 3 o dan y grŵp anghywir", "3 is in
#: the wrong group", "under the wrong heading", "yn y lle anghywir" (trial 46 BA11: "dw i ddim wedi newid rhif 3").
_WRONG_GROUP = re.compile(
    r"(?<![\w'])(?:wrong|rong)\s+(?:group|list|section|heading|place|bit|box|category)"
    r"|(?<![\w'])(?:grwp|grwpiau|rhestr|adran|pennawd|lle|categori|bocs|rhan)\s+(?:anghywir|rong|wrong)(?![\w'])",
    re.IGNORECASE)
#: An item said to be how to be supported and not of its group: "3 is how to talk to me, not a change", "rhif 3 ydi sut
#: dwi isio'r help, dim newid" (trial 46 BA11, Glyn): with the "not …" only, as "3 is how I feel" is no group.
_IS_HOW = re.compile(r"^\W*(?:(?:number|no\.?|item|rhif|rif)\s*)?\d{1,3}\s+(?:is|'s|s|ydi|ydy|yw|di|=|-)\s+"
                     r"(?:how\s+(?:to|i|you|people|they|we)|sut\s+(?:i|dw|dwi|wi|mae|ma|dylai|hoffwn|licwn))(?![\w'])",
                     re.IGNORECASE)
#: A group said not to be the item's ("not a change", "nid rhywbeth i'w gadw", "dim i newid"): never where it goes.
_NOT_THE_GROUP = re.compile(
    r"(?<![\w'])(?:not|nid|dim|ddim|isn't|isnt)\s+(?:(?:a|an|yn|something|rhywbeth|one|thing|really)\s+)*"
    r"(?:(?:to|i'w|i'w|iw|i)\s+)?(?:keep|kept|change|changes|cadw|gadw|newid)(?![\w'])", re.IGNORECASE)


def _regrouped(part: str, group_now: str) -> str | None:
    """The group a numbered item goes to when the words say it is in the wrong group and name another ("ma rhif 3 dan
    y grŵp anghywir, sut dwi isio'r help ydi hynna": how help is given; "pethau i'w cadw": keep; "newid": change; "how
    to talk to me": how help is given), or say it is how to be supported and not of its group ("3 is how to talk to
    me, not a change"); never the group it is in, nor one said not to be its; None when none is named (trial 46
    BA11)."""
    folded = plain_fold(part)
    wrong = _WRONG_GROUP.search(folded)
    if wrong is None:
        return "process" if _IS_HOW.match(folded) and _NOT_THE_GROUP.search(folded) and group_now != "process" \
            else None
    words = _NOT_THE_GROUP.sub(lambda m: " " * len(m.group()), folded[:wrong.start()] + " " * len(wrong.group())
                               + folded[wrong.end():])
    named = sorted((found.start(), group) for group, pattern in _TO_GROUP for found in pattern.finditer(words))
    return next((group for _, group in named if group != group_now), None)


def _group_named(words: str) -> str | None:
    """The group the words name first (_TO_GROUP), by where it is named: "to change, not keep" is change; None when
    they name none."""
    named = [(found.start(), group) for group, pattern in _TO_GROUP if (found := pattern.search(words))]
    return min(named)[1] if named else None


#: Instructions joined in one message: "symudwch rhif 1 i'r pethau i'w cadw plis, a tynnwch rhif 5 allan".
_INSTRUCTIONS = re.compile(r"\s*(?:[;.!]|,?\s+(?:and|then|a|ac|wedyn|hefyd)\s+(?=\S+(?:\s+\S+){0,3}\s+\d)|,)\s*",
                           re.IGNORECASE)


#: Several items numbered in one list ("Number 4, 7 and 8", "rhif 3 a 5", "2, 6 & 9").
_NUMBER_LIST = re.compile(
    r"(?<![\w.])\d{1,3}(?:(?:\s*(?:,|&|\+|/|\band\b|\ba\b|\bac\b|\bor\b|\bneu\b|\bn\b|'n')\s*|\s+)\d{1,3})+(?![\w.])",
    re.IGNORECASE)


def _listed_to_take_out(text: str, items: dict[int, DraftOutcome]) -> list[int] | None:
    """The items of one list of numbers the reply asks to take out, wherever in it the asking is ("Number 4, 7 and 8
    is not important, this was only us changing who is typing. Please remove.": eighth trial AB11, not acted on and
    the whole list shown again); None unless every number in it is in that list and on the list shown, and nothing
    asks to move one."""
    folded = fold(text)
    lists = _NUMBER_LIST.findall(text)
    if _only_compared_with(text):  # "take out 2, 1 says the same" is no list of two (trial 46 BA3)
        return None
    if len(lists) != 1 or not (_TAKE_OUT.search(folded) or _NOT_ON_THE_LIST.search(folded)) or _MOVE.search(folded):
        return None
    listed = [int(n) for n in re.findall(r"\d{1,3}", lists[0])]
    every = numbers_in(text)
    if sorted(set(every)) != sorted(set(listed)) or not all(n in items for n in listed):
        return None
    return list(dict.fromkeys(listed))


def _done_as_told(turn: Turn) -> bool:
    """Do what a read-back reply says with the items it numbers ("take number 2 out", "move number 2 to change",
    "symudwch rhif 1 i'r pethau i'w cadw plis, a tynnwch rhif 5 allan", "Number 4, 7 and 8 … Please remove.", "Take 12
    out … And 7 shouldn't be there, that was private."); True when every numbered instruction was clear and was done
    (then say so), False when nothing was done."""
    items = dict(numbered_items(turn.sender_id))
    several = _listed_to_take_out(turn.latest_text, items)
    plan: list[tuple[int, str]] = [(number, "remove") for number in several or ()]
    for part in () if several else _INSTRUCTIONS.split(turn.latest_text):
        numbers = set(numbers_in(part))
        if not numbers:
            continue
        if len(numbers) != 1 or next(iter(numbers)) not in items:
            return False
        number = next(iter(numbers))
        if _TAKE_OUT.search(fold(part)) or _NOT_ON_THE_LIST.search(fold(part)):
            plan.append((number, "remove"))
            continue
        after = _MOVE.search(fold(part))
        group = _group_named(fold(part)[after.end():]) if after else _placed_in_a_group(part)
        if group is None:
            return False
        plan.append((number, group))
    if not plan:
        return False
    for number, action in plan:
        if action == "remove":
            repository.remove_outcome(turn.sender_id, items[number].id)
        elif action != items[number].type:
            repository.change_outcome_type(turn.sender_id, items[number].id, action, corrected_by="person")
    removed = list(dict.fromkeys(number for number, action in plan if action == "remove"))
    folded = fold(turn.latest_text)
    if len(removed) == len(plan) and (_PRIVATE.search(folded) or _NOT_ON_THE_LIST.search(folded)):
        # Private, or not meant to be there: which ones are off the list, said plainly (tenth trial AE6).
        turn.say("readback_taken_out", numbers=numbered_words(turn, removed))
    else:
        _say_done(turn, removed, only_removed=len(removed) == len(plan),
                  moved=[(number, action) for number, action in plan if action != "remove"])
    return True


def _say_done(turn: Turn, removed: list[int], *, only_removed: bool,
              moved: list[tuple[int, str]] | None = None) -> None:
    """Say what the numbered instructions did: "OK, I've taken that out." for removals alone (welsh-review.md), both
    parts of a move and a removal (`moved`: each number and its new group; trial 46 BA19: Glyn's regroup and removal got
    only "Thank you, I've changed that."), else "I've changed that". Something said to be missing after them ("take out
    4 lol. and u missed the main thing, message me on here not phone calls": trial 45 AZ16, the addition was lost and
    "I've changed that" said) is added too, and both are said; missing with no wish said in words ("take out 2, and you
    forgot my allotment": stop 46 review M4), how to add it is said."""
    text = turn.latest_text
    start = missing_words_after_instructions(text)
    if start is not None and turn.can_keep(text):
        told = missed_that_told(text)
        if told is not None:
            _record_added_spans(turn, text, (told[0],), forgotten=told[0])
        else:
            record_addition(turn, text, start)
        if only_removed and removed:
            turn.say("readback_removed_and_added", numbers=numbered_words(turn, removed))
        else:
            turn.say("readback_done_and_added")
        return
    if removed and moved:
        turn.say("readback_moved_and_removed", moved=moved_words(turn, moved), removed=numbered_words(turn, removed))
    else:
        turn.say("readback_removed" if only_removed and removed else "readback_done")
    if _MISSED_SAID.search(plain_fold(text)) is not None:  # never dropped without a word (M4)
        turn.say("readback_how_to_add")


def moved_words(turn: Turn, moved: list[tuple[int, str]]) -> str:
    """"number 1 to “Things to keep the same”", "rhif 1 i “Pethau i'w cadw fel maen nhw”": items moved, as said."""
    said = [turn.render("readback_moved_to", number=numbered_words(turn, [number]),
                        group=turn.render(f"readback_group_{group}").text).text for number, group in moved]
    return said[0] if len(said) == 1 else f'{", ".join(said[:-1])} {turn.render("readback_number_and").text} {said[-1]}'


#: A number said with a group and no verb: "rhif 7 o dan 'cadw' plis", "number 7 under keep please", "7 in keep" (trial
#: 45 AZ4, the Welsh of the stop-45 fix). Never "yn", "i", "with" alone after the number ("rhif 7 yn newid": news).
_PLACED_AFTER = re.compile(r"^\W*" + r"(?:(?:number|no\.?|nr\.?|item|rhif|rif)\s*)?\d{1,3}(?![\w.])", re.IGNORECASE)


def _placed_in_a_group(part: str) -> str | None:
    """The group a numbered item is put in with no verb ("rhif 7 o dan 'cadw' plis"), as "should be under" reads it
    (_SHOULD_BE_IN_A_GROUP); None when the words after the number name no group that way."""
    number = _PLACED_AFTER.match(fold(part))
    placed = _SHOULD_BE_IN_A_GROUP.match(fold(part)[number.end():]) if number else None
    if placed is None or placed.group("lead").lower() in ("yn", "i", "with", "gyda", "efo"):
        return None
    return _group_named(placed.group("group"))


def numbered_words(turn: Turn, numbers: list[int]) -> str:
    """"number 12 and number 7", "rhif 12 a rhif 7": item numbers as a reply says them."""
    said = [turn.render("readback_number", number=str(n)).text for n in numbers]
    return said[0] if len(said) == 1 else f'{", ".join(said[:-1])} {turn.render("readback_number_and").text} {said[-1]}'


#: "dwi isio cadw hwnna", "I want to keep that", "keep it please": the item they talk about is one to keep.
_KEEP_THAT = re.compile(
    r"(?<![\w'’])(?:(?:isio|eisiau|moyn|ishe|isie|want\s+to|wanna|['’]d\s+like\s+to|would\s+like\s+to)\s+(?:ei\s+)?"
    r"(?:gadw|cadw|keep)|(?:keep|cadw|cadwch|cadwa)(?=\s+(?:hwnna|hynna|hwn|that|it|this|fe|fo|o|e)\b))"
    r"\s+(?:hwnna|hynna|hwn|that|it|this|fe|fo|o|e|that\s+one|yr\s+un\s+yna)(?![\w'’])", re.IGNORECASE)
#: What the reply is about: "am y capel", "about the chapel", "the bit about my garden".
_ABOUT_ITEM = re.compile(r"(?<![\w'’])(?:am|about|ynglyn\s+a)\s+(?:(?:y|yr|'r|the|my|fy|ei|her|his|our|ein)\s+)?"
                         r"(?P<word>[\w'’-]{3,})", re.IGNORECASE)
#: A reply that keeps an item by its words is short: a longer one is kept whole for the worker.
KEEP_THAT_MAX_WORDS = 25


def _kept_as_told(turn: Turn) -> bool:
    """"na, nid dyna be nes i ddeud am y capel, dwi isio cadw hwnna" (stop-20 trial T12), "no, that's not what I said
    about the chapel, I want to keep that": the one item the reply names by its words (no number) is moved to what
    they want to keep, and they are told. True when it was done; False when it names no item, or more than one."""
    text = turn.latest_text
    if len(text.split()) > KEEP_THAT_MAX_WORDS or re.search(r"\d", text) or not _KEEP_THAT.search(fold(text)):
        return False
    items = [o for _, o in numbered_items(turn.sender_id)]
    about = _ABOUT_ITEM.search(fold(text))
    named = [o for o in items if about and re.search(r"(?<![\w'’])" + re.escape(about.group("word").lower()),
                                                      fold(o.text).lower())] if about else []
    item = named[0] if len(named) == 1 else (item_named(turn, text) if not named else None)
    if item is None:
        return False
    if item.type != "maintenance":
        repository.change_outcome_type(turn.sender_id, item.id, "maintenance", corrected_by="person")
    turn.say("readback_done")
    return True


#: "wps rhif 7 ddim yn iawn, dwi isio aros efo nhw tan dwi'n 18…" (stop-21 trial U6), "number 2 is wrong, it should be
#: …": a numbered item said to be wrong, then the words it should have.
_REWORDED = re.compile(
    r"^\W*(?:(?:wps|oops|sori|sorry|na|no|nope|o|oh)\W+)*(?:rhif|number|no\.?|nr\.?)?\s*(?P<number>\d{1,3})"
    r"(?:\s*[–—:,-]\s*|\s+)"
    r"(?:(?:ddim|dim)\s+yn\s+(?:iawn|gywir)|yn\s+anghywir|anghywir|(?:is|'s|s)\s+(?:wrong|not\s+right)|isn'?t\s+right"
    r"|not\s+right|wrong"
    # "rhif 10 - dydi o ddim yn gneud sens ar ben ei hun. Faswn i'n licio mynd yn ôl i'r côr" (trial 40 AU8: the buttons
    # to move, edit or remove came, and the new words were lost), "number 10 doesn't make sense on its own. …"
    r"|(?:(?:it|that|this)\s+)?(?:doesn'?t|does\s+not|don'?t)\s+make\s+(?:any\s+|much\s+)?sense|makes\s+no\s+sense"
    r"|(?:(?:dydi|dydy|dyw|dio|smo)\s*(?:o|fo|e|fe|hwnna|hwn)?\s*(?:ddim\s+)?|(?:ddim|dim)\s+)(?:yn\s+|['’]n\s+)"
    r"(?:gneud|gwneud|neud|wneud)\s+(?:dim\s+)?sens)"
    r"(?:\s+(?:on\s+its\s+own|by\s+itself|like\s+that|as\s+it\s+is|ar\s+ben\s+ei\s+hun|ar\s+ei\s+ben\s+ei\s+hun"
    r"|fel\s+(?:ma|mae|y\s+mae|hyn|hynna)))?\s*[,.:;!–—-]+\s*(?:(?:it\s+should\s+(?:be|say)|should\s+(?:be|say)|dylai\s+fod|dyla\s+fo\s+fod"
    r"|dylsai\s+fo\s+fod|actually|mewn\s+gwirionedd)\s*:?\s*)?(?P<words>\S.*?)\s*$", re.IGNORECASE | re.DOTALL)
#: The new words are a wish of their own: this many words at least.
REWORDED_MIN_WORDS = 3


def _reworded_as_told(turn: Turn) -> bool:
    """A numbered item said to be wrong and the words it should have, in one message: the item's words replaced by
    them, as "Change the words" does (stop-21 trial U6: the reply was kept as a comment, the list shown unchanged, and
    the worker read the old and the new wording as two things). True when it was done."""
    found = _REWORDED.match(turn.latest_text)
    items = dict(numbered_items(turn.sender_id))
    if found is None or int(found.group("number")) not in items or \
            len(found.group("words").split()) < REWORDED_MIN_WORDS or _ASKS_US_TO_CHANGE.search(found.group("words")):
        return False  # ("…, it's aqua aerobics I want to get back to. Can you change that?": new words asked for)
    words = found.group("words")
    reword(turn, items[int(found.group("number"))], words)
    turn.say("readback_done")
    return True


#: The words after "doesn't make sense" end by asking us to change it ("Can you change that?", "Allwch chi ei
#: newid?"): they describe the item, and its new words are asked for (stop 31's AC11, kept when trial 40 AU8 came).
_ASKS_US_TO_CHANGE = re.compile(
    r"(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:change|fix|reword|sort)\s+(?:that|it|this)\W*$"
    r"|(?:allwch|fedrwch|wnewch|newch|elli|fedri|nei)\s+(?:chi|di|ti)\s+(?:ei\s+|ei\s+o\s+)?(?:newid|gywiro|cywiro|sortio)"
    r"(?:\s+(?:o|fo|e|fe|hi|hwnna|hynna))?\W*$", re.IGNORECASE)


#: New words for a numbered item, said outright: "Change number 8 to: My sister Karen helps on Saturdays and Sundays
#: now.", "Number 9 should say: …", "Newidiwch rif 8 i: …", "dylai rhif 9 ddeud: …" (eleventh trial AG11: kept as a
#: comment, "choose 'Change something'", and listed under Important people).
_NUMBER = r"(?:(?:number|no\.?|nr\.?|item|rhif|rif)\s*)?(?P<number>\d{1,3})(?![\w.])"
_NEW_WORDS = r"\s*[:–—-]?\s*[\"“'‘]?(?P<words>[^\W\d_].*?)[\"”'’]?\s*$"
#: A change of mind said between "is wrong" and the new words ("I've changed my mind,", "newidies i'n meddwl,").
_CHANGED_MIND = (r"(?:(?:(?:i['’]?ve|ive|i\s+have|i)\s+)?changed\s+my\s+mind"
                 r"|(?:dw\s+i|dwi|wi|fi|rydw\s+i)\s*(?:wedi|['’]?di)\s+newid\s+(?:fy|'y|y)\s+meddwl"
                 r"|newidies\s+i['’]?n\s+meddwl|newidiais\s+(?:fy|i['’]?n)\s+meddwl"
                 r"|nes\s+i\s+newid\s+(?:fy\s+|'y\s+)?meddwl)?(?:\s*[,.:;!–—-]+\s*)?")
#: "should be …" followed by a group, not new words: "under keep, not how", "in things to change", "o dan y pethau i'w
#: cadw", "gyda sut mae help yn cael ei roi" (trial 45 AZ4: "number 7 should be under keep, not how" became the item's
#: words). Its group is read as a move's is (`_group_named`).
_SHOULD_BE_IN_A_GROUP = re.compile(
    r"^\W*(?P<lead>under|in|with|into|to|in\s+the\s+list\s+of|o\s+dan|dan|gyda|efo|yn|i['’]?r|i)\s+"
    r"(?:(?:the|y|yr|['’]r)\s+)?[\"“'‘]?(?:(?:things?\s+to|pethau\s+i['’]?w|petha\s+i['’]?w)\s+)?(?P<group>keep|kept|cadw|gadw|change|changes|newid"
    r"|how|support|supported|cefnogi|sut)(?:(?![\w'’])|(?=['’](?:\W|$)))", re.IGNORECASE)
_CHANGE_TO = (
    re.compile(r"(?<![\w'’])(?:change|make|put|newidiwch|newidia|newid|gwnewch|gwna)\s+" + _NUMBER
               + r"\s+(?:to|into|so\s+it\s+says|say|read|i|i\s+(?:ddeud|ddweud|weud|fod)|fel\s+ei\s+fod\s+yn\s+dweud)"
               + _NEW_WORDS, re.IGNORECASE | re.DOTALL),
    re.compile(r"(?<![\w'’])" + _NUMBER + r"\s+(?:should|shud|needs\s+to|ought\s+to)\s+(?:just\s+)?(?:say|read|be)"
               + _NEW_WORDS, re.IGNORECASE | re.DOTALL),
    re.compile(r"(?<![\w'’])(?:dylai|dyla|dylia|ddylai)\s+" + _NUMBER
               + r"\s+(?:(?:jyst|jest)\s+)?(?:ddeud|ddweud|weud|fod)" + _NEW_WORDS, re.IGNORECASE | re.DOTALL),
    # "Number 9 is wrong, Karen helps…", "3 is a mess, it should just say he wants…", "Mae rhif 9 yn anghywir, mae
    # Karen…", "dydi rhif 9 ddim yn iawn, dylai ddeud…": said to be wrong, then the words it should have
    re.compile(r"(?<![\w'’])(?:(?:mae|ma|dydi|dydy|dyw|smo)\s+)?" + _NUMBER
               + r"\s+(?:(?:is|'s|s|was)\s+(?:wrong|not\s+right|a\s+(?:bit\s+of\s+a\s+)?mess|rubbish|all\s+wrong)"
               r"|isn'?t\s+right|(?:ddim|dim)\s+yn\s+(?:iawn|gywir)|yn\s+anghywir|yn\s+llanast|(?:yn\s+)?rong)"
               # "…now, I changed my mind," before the words (re-trial 36 AM7: "ma 11 yn rong nawr, newidies i'n meddwl,
               # un noson y mis nid penwythnos" got "dw i ddim wedi newid rhif 11")
               r"(?:\s+(?:now|nawr|rwan|rŵan|bellach|anymore|any\s+more))?\s*[,.:;!–—-]+\s*" + _CHANGED_MIND
               + r"(?:(?:it|that|hwnna|o|e|fo|fe)\s+)?(?:(?:should|shud|dylai|dyla|ddylai)\s+(?:just\s+|jyst\s+)?"
               r"(?:say|read|be|ddeud|ddweud|weud|fod)(?:\s+(?:just|jyst|jest))?\s*:?\s*)?" + _NEW_WORDS,
               re.IGNORECASE | re.DOTALL),
)
#: Where one instruction in a reply ends: a sentence's end, or "and" before the next number ("take 4 out … and 3 is…").
_EACH_INSTRUCTION = re.compile(r"(?<=[.!?…;])\s+|\s*\n+\s*|,?\s+(?:and|a|ac|also|hefyd)\s+(?=(?:\S+\s+){0,2}?\d)",
                               re.IGNORECASE)


#: A list of numbers to take out under one asking: "Take out 3 and 4 please", "take 3 & 4 out", "Tynnwch rif 3 a rhif 4
#: allan", "dilëwch 2, 5 a 6" (twelfth trial AJ11: split at "and", 4 was left "not changed" though it was asked).
_TAKE_OUT_LIST = re.compile(
    r"(?<![\w'’])" + _NOT_DONE
    + r"(?:take(?:\s+(?:out|off|away))?|remove|delete|get\s+rid\s+of|cross\s+out|tynnu|tynnwch|tynna|dileu"
    r"|dilea|dilewch|bin|(?:cael|gael|cal|gal)\s+gwared\s+(?:ar|o|â|a|ag|efo)|gwaredwch)\s+(?:(?:numbers?|nos?\.?|items?|rhif|rif|rhifau)\s*)?"
    r"(?P<list>\d{1,3}(?:\s*(?:,|&|\+|\band\b|\ba\b|\bac\b|\bn\b|'n'?)\s*(?:(?:number|no\.?|item|rhif|rif)\s*)?"
    r"\d{1,3})+)(?!\w|\.\d)", re.IGNORECASE)


def _listed_together_to_take_out(text: str, items: dict[int, DraftOutcome]) -> list[int]:
    """The numbers on the list that a reply asks to take out as one list (_TAKE_OUT_LIST), in order."""
    found = [int(n) for m in _TAKE_OUT_LIST.finditer(fold(text)) for n in re.findall(r"\d{1,3}", m.group("list"))]
    return [n for n in dict.fromkeys(found) if n in items]


#: A piece of a reply that is only a number ("6" of "6 and 10 arent rly things i want lol, get rid."): its instruction
#: is the next piece's.
_ONLY_A_NUMBER = re.compile(r"^\W*(?:(?:number|no\.?|item|rhif|rif)\s*)?\d{1,3}\W*$", re.IGNORECASE)


def _with_bare_numbers_joined(parts: list[str]) -> list[str]:
    """The instructions of a reply, a piece that is only a number joined to the next ("6" + "10 arent rly things i want
    lol, get rid."), so both numbers get the instruction said once."""
    joined: list[str] = []
    waiting = ""
    for part in parts:
        if _ONLY_A_NUMBER.match(part):
            waiting += part + " and "
            continue
        joined.append(waiting + part)
        waiting = ""
    return [*joined, waiting] if waiting else joined


#: A number named only as what another item is like ("4 is basically the same as 3 lol, get rid", "cael gwared ar 10
#: plis, ma fe'r un peth ag 8": re-trial 36 AN1 took both out, losing words they wanted kept): not asked for.
_ONLY_COMPARED_WITH = re.compile(
    r"(?:(?<![\w'’])(?:same\s+(?:thing\s+)?as|similar\s+to|(?:is|'s|just|basically|exactly)\s+like|duplicate\s+of"
    r"|copy\s+of|repeat\s+of|fel|tebyg\s+i|debyg\s+i)"
    r"|(?:\by|\byr|['’]r|\br)\s*un\s+(?:peth|fath)\s+(?:ag|a|efo|gyda|â))\s+"
    r"(?:(?:number|no\.?|item|rhif|rif)\s*)?(?P<number>\d{1,3})(?!\w|\.\d)"
    # the number first, as what already says it (trial 46 BA3: "tynna rhif 3 mas, ma 4 yn gweud yr un peth" and "a
    # tynnwch rhif 6 allan, ma 5 yn deud o" took out both, Gwen's job and Cai's rugby among them)
    r"|(?<![\w.])(?:(?:number|no\.?|item|rhif|rif)\s*)?(?P<first>\d{1,3})\s+(?:(?:yn|'n|n|is|already)\s+)?"
    r"(?:gweud|deud|dweud|ddeud|ddweud|weud|says?|saying|said|covers?)\s+(?:yr\s+un\s+peth|yr\s+un|o|e|fe|fo|hynny"
    r"|hynna|hwnna|that|it|this|the\s+same(?:\s+thing)?)(?![\w'’])", re.IGNORECASE)


def _only_compared_with(text: str) -> set[int]:
    """The numbers a reply names only as what another item is the same as (_ONLY_COMPARED_WITH)."""
    return {int(m.group("number") or m.group("first")) for m in _ONLY_COMPARED_WITH.finditer(fold(text))}


#: Numbered items said to be about someone and not someone else: "and 14 and 15 are about Rhys not me", "mae 14 a 15 am
#: Rhys nid fi", "3 is about him, not me", "ma 3 amdana i nid amdano fe" (trial 46 BA11: Mark's "how to talk to Rhys"
#: stayed under "AMDANOCH CHI (Y GOFALWR)").
_ABOUT_WHOM = re.compile(
    r"(?<![\w.])(?P<list>\d{1,3}(?:\s*(?:,|&|\+|\band\b|\ba\b|\bac\b|\bn\b)\s*(?:(?:number|rhif|rif)\s*)?\d{1,3})*)"
    r"\s+(?:(?:are|is|'s|s|r|were|was|yn|ydi|ydy|yw|di)\s+)?(?:(?:all|both|really|actually|i\s+gyd|ill\s+dau)\s+)?"
    r"(?:about|am|(?:yn\s+)?son\s+am|(?P<whom_cy>amdana|amdanaf|amdano|amdani|amdanyn))\s+(?P<whom>[\w'-]+)"
    r"[\s,;-]+(?:and\s+|a\s+)?(?:not|nid|dim|ddim|nage)\s+(?:about\s+|am\s+)?(?P<other>[\w'-]+)(?:\s+(?P<other2>i|fi))?",
    re.IGNORECASE)
#: The speaker, as "about …" names them: "me", "myself", "fi", "amdana i".
_ME = frozenset(("me", "myself", "fi", "mi", "i", "amdana", "amdanaf", "my", "mine"))


def _about_whom(text: str) -> dict[int, str]:
    """Whose life each number of an "N and M are about Rhys not me" is about: "person" when the speaker is the one it is
    not about, "carer" when it is them ("3 is about me not Mum"); nothing when the words say neither."""
    found: dict[int, str] = {}
    for said in _ABOUT_WHOM.finditer(plain_fold(text)):
        about = _whom_of(said.group("whom_cy") or said.group("whom"), said.group("other"))
        if about is not None:
            found.update((int(n), about) for n in re.findall(r"\d{1,3}", said.group("list")))
    return found


def _whom_of(whom: str, other: str) -> str | None:
    """"person" when an item is said to be about someone and not the speaker ("about Rhys not me"), "carer" when about
    the speaker and not someone else ("about me not Mum"), None when the words say neither."""
    whom, other = whom.lower(), other.lower()
    return "person" if other in _ME and whom not in _ME else "carer" if whom in _ME and other not in _ME else None


#: One item said to be about someone and not the speaker, with no number or after it: "that one's about mum not me",
#: "its about her, not me", "am mam ma hwnna, dim fi", "mae hwnna am Mam, nid fi", "amdani hi ma hwnna, dim amdana i"
#: (stop 48, BB11).
_ABOUT_IT = re.compile(
    r"(?<![\w'])(?:(?:that|this|it)(?:\s+one)?\s*(?:'?s|\s+is|\s+was)?\s+(?:(?:all|really|actually|just)\s+)?about"
    r"|(?:(?:mae|ma|oedd|odd|o'dd)\s+)?(?:hwnna|hwn|hynna|hwnnw)(?:\s+yn)?\s+(?:(?:i\s+gyd|go\s+iawn)\s+)?"
    r"(?=am\s|amdan)|(?=am\s|amdan))"
    r"\s*(?:am\s+(?P<whom>[\w'-]+)|(?P<whom_cy>amdana|amdanaf|amdano|amdani|amdanyn)(?:\s+(?:i|fi|hi|fo|fe|o|e))?"
    r"|(?P<whom_en>[\w'-]+))"
    r"(?:\s+(?:(?:mae|ma|oedd|odd|o'dd|ydi|yw)\s+)?(?:hwnna|hwn|hynna|hwnnw))?"
    r"[\s,;-]+(?:and\s+|a\s+)?(?:not|nid|dim|ddim|nage)\s+(?:about\s+|am\s+)?(?P<other>[\w'-]+)",
    re.IGNORECASE)


def _view_to_relabel(turn: Turn, outcome: DraftOutcome, about: str) -> bool:
    """Whether an item said to be about the person (or the carer) shows the other one's view on the list: "(as you see
    it)" beside it, and the carer says "that one's about mum not me" (stop 48, BB11: it stayed the carer's view, on the
    list and in the summary, though it was said to be hers). Only where the list showed whose view each item is: with
    no view shown, "about Rhys not me" of an item already about him changes nothing (review 47 L3)."""
    return views_shown(turn) and _view_at_readback(outcome, "carer") != ("theirs" if about == "person" else "yours")


def _set_about(turn: Turn, outcome: DraftOutcome, about: str) -> None:
    """File an item as about the person or the carer, as the carer says, and as their view when the list showed it as
    the other's (_view_to_relabel)."""
    relabel = _view_to_relabel(turn, outcome, about)
    view = ("person" if about == "person" else turn.whose_view) if relabel else None
    repository.set_outcome_about(turn.sender_id, outcome.id, about, view=view)


def _item_just_put(turn: Turn) -> DraftOutcome | None:
    """The item just added or put in new words at this read-back, when the assistant's last words before the list
    said so ("Thank you, I've added that."): what "that one" means next. None otherwise."""
    said = turn.said_before()[-3:]
    done = [turn.render(key).text for key in ("readback_added", "readback_done", "readback_done_and_added")]
    if not any(words in line for words in done for line in said):
        return None
    items = [outcome for _, outcome in numbered_items(turn.sender_id)]
    return max(items, key=lambda o: o.id) if items else None


def _about_it_as_told(turn: Turn) -> bool:
    """"that one's about mum not me", "am mam ma hwnna, dim fi" with no number, from a carer: the item chosen (its
    choices on screen), or the one just added or reworded, filed as about the one said (stop 48, BB11: "Sorry, I didn't
    catch that"). No item meant: the words kept for the worker, and said so. True when it was answered."""
    text = turn.latest_text
    if turn.role != "carer" or re.search(r"\d", text) or (about := _about_it(text)) is None:
        return False
    outcome = _chosen(turn) or _item_just_put(turn)
    if outcome is None:
        _keep_comment(turn)
        return True
    if outcome.about == about and not _view_to_relabel(turn, outcome, about):
        number = next(n for n, o in numbered_items(turn.sender_id) if o.id == outcome.id)
        turn.say(f"readback_already_about_{about}", numbers=numbered_words(turn, [number]))
        return True
    _set_about(turn, outcome, about)
    turn.say("readback_done")
    return True


def _about_it(text: str) -> str | None:
    """Whose life the one item a reply talks about is about, said as _ABOUT_IT reads it; None when it says neither."""
    said = _ABOUT_IT.search(plain_fold(text))
    if said is None:
        return None
    return _whom_of(said.group("whom") or said.group("whom_cy") or said.group("whom_en"), said.group("other"))


def _each_as_told(turn: Turn) -> bool:
    """A reply that replaces an item's words ("Change number 8 to: …", "Number 9 is wrong, Karen helps on Saturdays AND
    Sundays now", "sorry, I meant the Karen one. Change number 8 to: …"), or gives several instructions ("take 4 out
    thats just me saying hiya lol. and 3 is a mess, it should just say he wants to keep his allotment"): what is clear
    is done, and what is not is said plainly not to have been done (the words kept for the worker, never an answer to
    another question). True when anything was done; False when nothing was (the reply is read as before)."""
    text = turn.latest_text
    items = dict(numbered_items(turn.sender_id))
    if any(n not in items for n in numbers_in(text)):
        return False  # "remove 1 and 2, he's been like it since he was 19": a number outside the list (stop 30)
    # "Take out 3 and 4 please - 4 is the GP's words…": each number of a list asked out together is taken out, and a
    # reason that names one of them again ("Cwestiwn oedd rhif 3, nid dymuniad") is no instruction of its own.
    compared = _only_compared_with(text)
    together = [n for n in _listed_together_to_take_out(text, items) if n not in compared]
    # "and 14 and 15 are about Rhys not me", "mae 14 a 15 am Rhys nid fi" (trial 46 BA11): whose life they are about
    whose = {n: about for n, about in _about_whom(text).items() if n in items and n not in together} \
        if turn.role == "carer" else {}
    # (number, "remove", "reword", a group or "about", words or whose)
    done: list[tuple[int, str, str]] = [(n, "remove", "") for n in together] + [
        (n, "about", about) for n, about in whose.items()]
    unclear: list[int] = []
    waiting: int | None = None  # a number said alone with no instruction, its verb maybe still to come
    for part in _with_bare_numbers_joined(_EACH_INSTRUCTION.split(text)):
        numbers = numbers_in(part)
        listed = [n for n in dict.fromkeys(numbers) if n in items and n not in together and n not in compared
                  and n not in whose]
        if not listed:
            if waiting is not None and not numbers and asks_to_remove_it(part):
                # "Rhif 7 - that's the theft, definitely not something to keep! Tynnwch e allan plis" (trial 46 BA11):
                # the number first, the verb in the next sentence
                unclear.remove(waiting)
                done.append((waiting, "remove", ""))
            waiting = None
            continue
        waiting = None
        folded = fold(part)
        if _TAKE_OUT.search(folded) or _NOT_ON_THE_LIST.search(folded):
            done += [(n, "remove", "") for n in listed]
            continue
        if turn.role == "carer" and len(listed) == 1 and (about := _about_it(part)) is not None:
            done.append((listed[0], "about", about))  # "2 - that one's about mum not me" (stop 48, BB11)
            continue
        found = next((m for pattern in _CHANGE_TO for m in [pattern.search(part)] if m), None)
        this_one = found is not None and len(listed) == 1 and int(found.group("number")) == listed[0]
        placed = _SHOULD_BE_IN_A_GROUP.match(found.group("words")) if found is not None and this_one else None
        group = _group_named(placed.group("group")) if placed is not None else None
        if this_one and group is not None:
            # "number 7 should be under keep, not how" (trial 45 AZ4: the item's words became "under keep, not how")
            done.append((listed[0], group, ""))
        elif this_one and found is not None and len(found.group("words").split()) >= REWORDED_MIN_WORDS:
            done.append((listed[0], "reword", found.group("words").strip()))
        elif (group := _regrouped(part, items[listed[0]].type) if len(listed) == 1 else None) is not None:
            done.append((listed[0], group, ""))  # "ma rhif 3 dan y grŵp anghywir, sut dwi isio'r help ydi hynna"
        else:
            unclear += listed
            waiting = listed[0] if len(listed) == 1 else None
    if not done:
        return False
    if not unclear and all(action == "about" and items[n].about == whose and not _view_to_relabel(turn, items[n], whose)
                           for n, action, whose in done):
        # "1 and 2 are about Rhys not me" when they already were (review 47 L3): said so, never "I've changed that"
        numbers = [n for n, _, _ in done]
        turn.say(f"readback_already_about_{done[0][2]}" if len({w for _, _, w in done}) == 1 else "readback_done",
                 numbers=numbered_words(turn, numbers))
        return True
    for number, action, words in done:
        if action == "remove":
            repository.remove_outcome(turn.sender_id, items[number].id)
        elif action == "reword":
            reword(turn, items[number], words)
        elif action == "about":
            _set_about(turn, items[number], words)
        elif action != items[number].type:  # a group named: the item moved, its words as they were
            repository.change_outcome_type(turn.sender_id, items[number].id, action, corrected_by="person")
    removed = [number for number, action, _ in done if action == "remove"]
    moved = [(number, action) for number, action, _ in done if action in OUTCOME_TYPES]
    _say_done(turn, removed, only_removed=len(removed) == len(done),
              moved=moved if len(removed) + len(moved) == len(done) else None)
    if unclear:  # "…and 3 is a mess": kept for the worker, and said plainly that number 3 is as it was
        _keep_comment(turn, unchanged=[n for n in dict.fromkeys(unclear) if n not in {d[0] for d in done}])
    return True


#: Two numbered items said to be one thing: "Number 4 and 5 is one thing, leeks and beans", "4 & 5 go together", "join 4
#: and 5", "Mae 4 a 5 yn un peth", "rhif 4 a 5 efo'i gilydd", "rhowch 4 a 5 gyda'i gilydd" (ninth trial AC11: "choose
#: 'Change something'" and nothing done).
_TWO = (r"(?:number|no\.?|nos\.?|numbers|items?|rhif|rhifau|nr\.?)?\s*(?P<a>\d{1,3})\s*"
        r"(?:and|&|\+|a|ac|n|'n'?|,|with|efo|gyda)\s*(?:number\s+|rhif\s+)?(?P<b>\d{1,3})")
_ONE_THING = re.compile(
    r"(?<![\w'’])(?P<join>(?:join|combine|merge|put|uno|unwch|una|rhoi|rhowch|rho|cyfuno)\s+(?:together\s+)?)?" + _TWO
    + r"(?P<together>\s+(?:(?:is|are|'s|go|goes|belong|should\s+be|yn|ydi|ydy|yw|di|mae)\s+)?"
    r"(?:(?:all|really|just|actually)\s+)?(?:one\s+thing|(?:the\s+)?same\s+thing|one\s+item|together|un\s+peth"
    r"|'?r\s+un\s+peth|yr\s+un\s+peth|efo['’]?i\s+gilydd|gyda['’]?i\s+gilydd|into\s+one|yn\s+un)(?![\w'’]))?",
    re.IGNORECASE)


#: A numbered item said not to be a wish of the group it is in: "dydi 3 ddim yn rhywbeth i'w gadw", "Number 1 was about
#: the fall, not something to change", "3 isn't something to keep" (re-trial 31 AC11 / AD3: kept silently as a comment).
_NOT_A_WISH = re.compile(
    r"(?<![\w.])(?P<n>\d{1,3})(?![\w.])\s+(?:(?:was|is|'s|s)\s+(?:(?:just|only)\s+)?(?:about\s+[^,.;!?]{1,40}?[,;]?\s+)?"
    r"(?:not|n['’]?t)|isn['’]?t|wasn['’]?t|(?:ddim|dim)\s+yn|(?:oedd\s+)?(?:ddim|dim)"
    # said to be wrong, then that it is not of its group: "Mae rhif 3 yn anghywir: nid rhywbeth i'w gadw yw hynny.",
    # "3 is wrong - that's not a keep", "rhif 3 ddim yn iawn, dim i gadw" (trial 45 AZ4: "nid rhywbeth i'w gadw yw
    # hynny." became the item's words, then a new keep): the words judge the item, they are never new words for it
    r"|(?:(?:is|'s|s|was|yn)\s+(?:wrong|anghywir|rong|not\s+right)|(?:ddim|dim)\s+yn\s+(?:iawn|gywir)|di\s+rong)"
    r"\s*[:,.;!–—-]+\s*(?:(?:(?:that|it|this)\s*['’]?\s*s|thats|its|(?:that|it|this)\s+(?:is|was))\s+)?"
    r"(?:not|n['’]?t|nid|dim|ddim)(?:\s+yn)?)\s+(?:really\s+|go\s+iawn\s+)?"
    r"(?:(?:something|a\s+thing|one|anything)\s+(?:i\s+want\s+|i\s+wanna\s+)?to\s+|rhywbeth\s+i['’]?w?\s+|to\s+"
    r"|i['’]?w?\s+|a\s+)"
    r"(?:keep|change|cadw|gadw|newid)(?![\w'’])"
    r"(?:\s+(?:yw|ydi|ydy|di|oedd)\s+(?:hynny|hynna|hwnna|hwnnw|o|e|fo|fe|hi))?"
    # "…not something to change but something to keep": where it goes instead, as the words say
    r"(?:[\s,;]+(?:(?:but|ond|it['’]?s|mae['’]?n|yn)\s+(?:(?:something|rhywbeth)\s+(?:to|i['’]?w?)\s+)?"
    r"|(?:something|rhywbeth)\s+(?:to|i['’]?w?)\s+|i['’]?w?\s+)(?P<to>keep|change|cadw|gadw|newid)(?![\w'’]))?",
    re.IGNORECASE)
#: A numbered item said to be a joke or a mistake: "4 was a joke", "4 was just a typo", "jôc oedd rhif 4", "camgymeriad
#: oedd 4" (re-trial 32 AE7: "4 n 2 r wrong. 4 was a joke and 2 isnt a thing i want to keep" left item 4 on the list).
_A_JOKE = re.compile(
    r"(?<![\w.])(?P<n>\d{1,3})(?![\w.])\s+(?:was|is|'s|s)\s+(?:(?:just|only)\s+)?(?:a\s+)?(?:joke|jk|mistake|typo)(?![\w'’])"
    r"|(?<![\w'’])(?:jo[cg]|jok|camgymeriad|camgymeriad\s+bach)\s+(?:oedd|odd|ydi|yw|ydy|di)\s+(?:rhif\s+|rif\s+)?"
    r"(?P<n2>\d{1,3})(?![\w.])", re.IGNORECASE)
#: The group "…but something to keep" names.
_GROUP_NAMED = {"keep": "maintenance", "cadw": "maintenance", "gadw": "maintenance",
                "change": "change", "newid": "change"}
#: Something said to be missing from the list: "you've missed the spuds off", "you forgot the bath", "dach chi wedi
#: anghofio'r tatws", "ti di gadael y tatws allan" (re-trial 31 AC11: kept silently; how to add it is said).
_MISSED = re.compile(
    r"(?<![\w'’])(?:missed|left|gadael|gadel)(?![\w'’])[^.!?]{0,40}?(?<![\w'’])(?:off|out|allan|mas)(?![\w'’])"
    r"|(?<![\w'’])(?:forgot|forgotten|forget|anghofio|anghofioch|anghofiest|anghofiaist)(?!\w)"
    r"|(?<![\w'’])(?:you|u)(?:['’]?ve|\s+have)?\s+missed(?![\w'’])", re.IGNORECASE)  # "you missed the dog" (AX9)


#: An item named by its words and the group it belongs in, said outright: "a'r pub quiz ydi be dwi isio NEWID, dim
#: cadw", "the pub quiz is what I want to change, not keep", "Mot yw beth dw i moyn ei gadw" (trial 37 AP4: "dewiswch
#: 'Ychwanegu rhywbeth'" and the wrong group stayed).
_GROUP_CLAIM = re.compile(
    r"(?P<what>[^\W\d_][^.!?;:\n]{1,60}?)\s+(?:(?:ydi|ydy|yw|di|oedd|odd|ydi\s+o|yw\s+e)\s+(?:be|beth|y\s+peth)\s+"
    r"(?:dw\s?i|dwi|wi|rwy|fi|rydw\s+i)(?:['’]?n)?\s+(?:isio|eisiau|moyn|mo['’]yn|ishe|isie|eisie|angen)\s+"
    r"(?:(?:ei|i)\s+)?(?P<cy>newid|cadw|gadw)"
    r"|(?:is|'s|was|are)\s+(?:what|the\s+(?:thing|one)|something)\s+(?:that\s+)?(?:i|we)(?:\s+(?:really\s+)?"
    r"(?:want|wanted|wanna|would\s+like|need)|['’]d\s+like)\s+(?:to\s+)?(?P<en>change|keep))(?![\w'’])",
    re.IGNORECASE)
#: Words opening the named item that are no part of it ("a'r pub quiz", "and the pub quiz", "but Mot").
_CLAIM_LEAD = re.compile(r"^(?:(?:and|but|so|also|a|ac|ond|felly|hefyd|a['’]r|y|yr|['’]r|the|my|fy)\s+)+",
                         re.IGNORECASE)
#: Of those, the words joining it to what was said before: left out of the quote when it is added.
_CLAIM_JOIN = re.compile(r"^(?:(?:and|but|so|also|a|ac|ond|felly|hefyd)\s+)+", re.IGNORECASE)


def _group_claimed(turn: Turn, text: str, claim: re.Match[str],
                   items: dict[int, DraftOutcome]) -> tuple[bool, OutcomeSpan | None]:
    """Move the one listed item a group claim names by its words to that group; when no item has those words (a wish
    the list lost), its words as said are the outcome to add, in that group. (False, None) when it names several."""
    group = _GROUP_NAMED[(claim.group("cy") or claim.group("en")).lower()]
    lead = _CLAIM_LEAD.match(claim.group("what"))
    joined = _CLAIM_JOIN.match(claim.group("what"))
    quote_start = claim.start("what") + (joined.end() if joined else 0)
    words = {w for w in re.findall(r"[\w'’]+", fold(claim.group("what")[lead.end() if lead else 0:]).lower())
             if len(w) > 1 and w not in _NOT_ITEM_WORDS}
    named = [o for o in items.values() if words & set(re.findall(r"[\w'’]+", fold(o.text).lower()))]
    if not words or len(named) > 1:
        return False, None
    if named:
        if named[0].type != group:
            repository.change_outcome_type(turn.sender_id, named[0].id, group, corrected_by="person")
        return True, None
    return True, OutcomeSpan(text[quote_start:claim.end()], quote_start, claim.end(), group, 1.0, False)


def _sentence_around(text: str, start: int, end: int, marks: str = ".!?\n") -> tuple[int, int]:
    """The sentence of `text` holding start..end (to the full stops either side; `marks`: what ends one)."""
    opening = max(text.rfind(mark, 0, start) for mark in marks) + 1
    closing = min((i for i in (text.find(mark, end) for mark in marks) if i >= 0), default=len(text))
    return opening, closing


#: A wish said at "is this right?" in so many words, no number in it: "I want to keep my garden", "dw i isio cadw fy
#: ngardd", "wi moyn cadw'r ardd", "I'd like my daughter there" (AX9, stop 43 trial: Lorraine, after a stroke, was
#: told to choose "Add something" and retype it). It is what to add, as "add: …" is.
_WISH_SAID = re.compile(
    r"^\W*(?:(?:oh|o|and|a|ac|but|ond|also|hefyd|wel|well|ok|okay|iawn|yes|ie|ia|and\s+also)\W+)*"
    r"(?:i\s+(?:really\s+|also\s+|still\s+)?(?:want|wanna|need|would\s+like|['’]?d\s+like)"
    r"|(?:dw\s?i|dwi|wi|rwy|rydw\s+i|fi)(?:['’]?n)?\s+(?:dal\s+(?:i\s+)?)?(?:isio|eisiau|moyn|mo['’]yn|ishe|isie|eisie|angen)"
    r"|isio|moyn|hoffwn(?:\s+i)?|liciwn(?:\s+i)?|licwn(?:\s+i)?)(?![\w'’])", re.IGNORECASE)


#: Words about the list itself beside a remove or edit word ("i want to take out the bit about the shop", "dwi isio
#: tynnu'r darn am y siop allan", "I want to change this one"): an edit of the list, never a wish to add to it.
_ABOUT_THE_LIST = re.compile(r"(?<![\w'’])(?:bit|bits|part|one|item|this|darn|rhan|un|eitem|hwn|hwnna|hyn)(?![\w'’])",
                             re.IGNORECASE)
_EDIT_WORD = re.compile(r"(?<![\w'’])(?:change|edit|newid|golygu|cywiro)(?![\w'’])", re.IGNORECASE)


#: "i want to start again" as the whole reply at "is this right?": the conversation, not a wish for their life (at a
#: question it stays an answer, test_trial20_start; stop 44's review found it added under "things to change").
_START_AGAIN_SAID = re.compile(
    r"^\W*(?:i\s+(?:really\s+)?(?:want|wanna|need)\s+(?:to\s+)?|i['\u2019]?d\s+like\s+to\s+|id\s+like\s+to\s+|can\s+i\s+)"
    r"(?:start|begin)\s+(?:again|over|from\s+the\s+(?:start|beginning))(?:\s+(?:please|pls|plz|now|then|tbh))*\W*$")


#: A carer passing on the person's wish at "is this right?", said outright at its start: "she wants to keep her garden",
#: "mum would like…", "mae hi isio cadw ei gardd", "ma fe moyn…" (AY13, stop 44 trial: read as a wish to add only when
#: it was typed after "Add something").
_THEIR_WISH_SAID = re.compile(
    r"^\W*(?:(?:oh|o|and|a|ac|but|ond|also|hefyd|wel|well|ok|okay|iawn|yes|ie|ia)\W+)*"
    r"(?:(?:he|she|mum|mam|dad|nan|nain|taid|gran|grandad)\s+(?:really\s+|also\s+|still\s+)?"
    r"(?:wants|needs|would\s+like|['’]?d\s+like|would\s+love|['’]?d\s+love)"
    r"|(?:mae|ma|mi)\s+(?:o|e|fo|fe|hi|mam|dad|nain|taid)(?:['’]?n|\s+yn)?\s+(?:dal\s+(?:i\s+)?|wir\s+)?"
    r"(?:isio|eisiau|moyn|mo['’]yn|ishe|isie|eisie|angen))(?![\w'’])", re.IGNORECASE)


def wish_to_add(text: str, *, theirs: bool = False) -> bool:
    """Whether a reply at "is this right?" is a wish to add, said outright with a wish word and no number.

    Never a control ("i want to start again", "dwi isio dechrau eto"), a wish about who must not see it or be told ("i
    want my mum not to see this"), asking for a person ("i want to speak to someone") nor words about the list itself
    ("dwi isio tynnu'r darn am y siop allan"): stop 44's review found each added under "things to change". `theirs`:
    a carer's "she wants…" passes on the person's wish (AY13)."""
    folded = plain_fold(text)
    if (_WISH_SAID.match(folded) is None and not (theirs and _THEIR_WISH_SAID.match(folded))) or re.search(r"\d", text):
        return False
    if control_of(text) or _START_AGAIN_SAID.match(folded) or asks_for_someone_now(text) or is_safety_wish(text):
        return False
    if _ABOUT_THE_LIST.search(folded) and (_TAKE_OUT.search(folded) or _EDIT_WORD.search(folded)):
        return False
    return bool(analyse(text).outcomes)


def _wishes_outside(text: str, left_out: list[tuple[int, int]]) -> tuple[OutcomeSpan, ...]:
    """The wishes in a read-back reply outside the parts already read (a group claim, "you forgot X"). A wish read
    together with such a part ("you missed the dog, I want to keep walking the dog" read whole: AX9) is its words after
    it, when they are a wish said outright (wish_to_add; never ", not keep" after a group claim)."""
    found: list[OutcomeSpan] = []
    for o in analyse(text).outcomes:
        overlaps = [(a, b) for a, b in left_out if o.start < b and a < o.end]
        if not overlaps:
            found.append(o)
            continue
        after = max(b for _, b in overlaps)
        after += len(text[after:o.end]) - len(text[after:o.end].lstrip(" \t\n,;:.-–—!"))
        if after < o.end and not any(after < b and a < o.end for a, b in left_out) and wish_to_add(text[after:o.end]):
            found.append(replace(o, text=text[after:o.end], start=after))
    return tuple(found)


#: The one a carer looks after, named in the words of a wish: "she", "her", "his", "hi", "ei", "iddi", "Mam" (the
#: speaker's own words, _MYSELF_EN/_MYSELF_CY and _FOR_ME, are read apart).
_NAMES_THEM = re.compile(
    r"(?<![\w'’])(?:she|he|her|hers|herself|him|his|himself|hi|fo|fe|ei|iddi|iddo|amdani|amdano|mum|mam|mom|dad"
    r"|nan|nain|taid|gran|grandad|grandma|mamgu|mam-gu|tadcu|tad-cu)(?![\w'’])"
    r"|(?<=\w)['’]i(?![\w'’])", re.IGNORECASE)  # "efo'i ffrindia", "a'i chwaer": "ei" joined on


def forgotten_for_them(turn: Turn, words: str) -> bool:
    """Whether what a carer says was forgotten is the person's own wish: their words name the one they look after
    ("u forgot staying in her bungalow", "chi 'di anghofio ei bod hi isio aros yn ei byngalo") and nothing of the
    carer's own ("you forgot i need a break", "ti 'di anghofio bod fi angen seibiant"). Stop 48, BB9: filed under the
    carer's view ("(as you see it)"), when it was hers."""
    if turn.role != "carer":
        return False
    folded = plain_fold(words).lower()
    name = str(turn.slot("cared_for_name") or "").strip().lower()
    named = _NAMES_THEM.search(folded) is not None or (
        len(name) > 1 and re.search(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", folded) is not None)
    welsh = detect_language(words).language == "cy"  # (Welsh "i" is "to": "mynd i'r clwb")
    own = _FOR_ME.search(folded) or _MYSELF_CY.search(folded) or (not welsh and _MYSELF_EN.search(folded))
    return named and not own


def _record_added_spans(turn: Turn, text: str, spans: tuple[OutcomeSpan, ...],
                        forgotten: OutcomeSpan | None = None) -> None:
    """Keep a read-back reply whole as an addition, with these outcomes drawn from it. `forgotten`: the one said to be
    missing ("you forgot …"), the person's view when a carer's words are about them (forgotten_for_them, BB9)."""
    passed_on = _passed_on_at_readback(turn)
    theirs = forgotten is not None and forgotten_for_them(turn, forgotten.text)
    repository.record_answer(
        turn.sender_id, question_key="readback_addition", question_text=prompt_answered(turn), text=text,
        whose_view=turn.whose_view, about=about_addition(turn, text),
        passed_on=lambda words: passed_on(words) or (theirs and forgotten is not None and words == forgotten.text),
        analysis=replace(analyse(text), outcomes=spans))


#: New words for the item just named, asked for on their own: "change it to 'i want to walk more'", "Newidiwch o i 'dwi
#: isio cerdded mwy'.", "make it say …", "it should say …", "dylai ddeud …" (stop 46 review M5: the item was taken off
#: and the new words lost).
_CHANGE_IT_TO = re.compile(
    r"^\W*(?:(?:please|plis|pls|just|jyst|so|felly|and|a|ac|can\s+you|could\s+you|allwch\s+chi|wnewch\s+chi)\s+)*"
    r"(?:(?:change|make|put|newidiwch|newidia|newid|gwnewch|gwna|rhowch|rho)\s+(?:it|that|this|o|fo|e|fe|hi|ef|hwnna"
    r"|hynna)\s+(?:to|into|so\s+it\s+says|say|read|i|i\s+(?:ddeud|ddweud|weud|fod)|fel\s+ei\s+fod\s+yn\s+dweud)"
    r"|(?:it|that|this|o|fo|e|fe|hi|hwnna)?\s*(?:should|shud|dylai|dyla|ddylai)\s+(?:(?:fo|o|e|fe|hi)\s+)?"
    r"(?:just\s+|jyst\s+)?(?:say|read|ddeud|ddweud|weud|gweud))\s*:?\s*(?P<words>\S.*)$", re.IGNORECASE | re.DOTALL)
#: The quotes that may close words opened with each quote (people mix straight and curly ones).
_CLOSING_QUOTE = {"\"": "\"”“", "“": "”\"“", "'": "'’‘", "‘": "’'‘", "’": "’'"}


def _new_words_for_it(asked: str) -> tuple[str, int] | None:
    """The new words an instruction after a judged item gives it (_CHANGE_IT_TO), verbatim without their quotes and
    the full stop after them, and where in `asked` they end; None when it gives none or too few to be a wish. Quoted,
    they end at the closing quote (review 47 M4: "change it to 'i want rugby' and take out 3" made the item "'i want
    rugby' and take out 3"): what follows is an instruction of its own."""
    found = _CHANGE_IT_TO.match(asked)
    if found is None:
        return None
    start, end = found.start("words"), len(asked)
    while end > start and asked[end - 1] in " .!?\n":
        end -= 1
    closing = _CLOSING_QUOTE.get(asked[start], "") if end - start > 2 else ""
    shut = max((asked.rfind(q, start + 1, end) for q in closing), default=-1)
    after = end
    if shut > start + 1:
        start, end, after = start + 1, shut, shut + 1
    words = asked[start:end].strip()
    return (words, after) if len(words.split()) >= REWORDED_MIN_WORDS else None


def _put_right_in_words(turn: Turn) -> bool:
    """Read-back corrections said in words, each acted on or answered plainly (never a silent "noted"): two items said
    to be one thing joined when they came from one answer, else why not (re-trial 31: "mae rhif 4 a 6 yr un peth" from
    two answers); an item said not to be a wish ("dydi 3 ddim yn rhywbeth i'w gadw") taken off the list; something
    said to be missing ("you've missed the spuds off"): how to add it. True when any was; the rest of a longer reply
    is kept for the worker."""
    text = turn.latest_text
    folded = fold(text)
    items = dict(numbered_items(turn.sender_id))
    listed = set(items)
    said: list[tuple[str, dict[str, str]]] = []
    rest = folded
    found = next((m for m in _ONE_THING.finditer(folded) if m.group("join") or m.group("together")), None)
    if found is not None and len({found.group("a"), found.group("b")}) == 2:
        first, second = int(found.group("a")), int(found.group("b"))
        if first in items and second in items:
            joined = repository.join_outcomes(turn.sender_id, items[first].id, items[second].id)
            said.append(("readback_done", {}) if joined else
                        ("readback_not_joined", {"first": str(min(first, second)), "second": str(max(first, second))}))
            rest = folded[:found.start()] + " " + folded[found.end():]
    for not_a_wish in _NOT_A_WISH.finditer(rest):
        number = int(not_a_wish.group("n"))
        if number in items:
            outcome = items.pop(number)
            group = _GROUP_NAMED.get((not_a_wish.group("to") or "").lower())
            # "… nid rhywbeth i'w gadw yw hynny. Tynnwch ef, os gwelwch yn dda." (AZ4): the asking that follows is the
            # same instruction; "… that's not a keep. change it to 'i want to walk more'" (stop 46 review M5): what
            # follows is the instruction, done instead of taking it off
            then = re.match(r"[\s.!?,;:–—-]*(?P<asked>[^.!?\n]+[.!?]*)", rest[not_a_wish.end():])
            asked = text[not_a_wish.end() + then.start("asked"):not_a_wish.end() + then.end("asked")] if then else ""
            reworded = _new_words_for_it(asked)
            new_words = reworded[0] if reworded is not None else None
            move = _MOVE.search(fold(asked))
            moved_to = _group_named(fold(asked)[move.end():]) if move is not None else None
            if reworded is not None:
                reword(turn, outcome, reworded[0])
                said.append(("readback_done", {}))
                # "… change it to 'i want rugby' and take out 3" (review 47 M4): the removal after the words, done too
                after = asked[reworded[1]:]
                out = [n for n in said_numbers(after) if n in items] if _TAKE_OUT.search(fold(after)) else []
                for n in out:
                    repository.remove_outcome(turn.sender_id, items.pop(n).id)
                if out:
                    said.append(("readback_taken_out", {"numbers": numbered_words(turn, out)}))
            elif group is None and moved_to is None:
                repository.remove_outcome(turn.sender_id, outcome.id)
                said.append(("readback_taken_off", {"number": str(number)}))
            else:
                target = moved_to or group
                if target is not None and target != outcome.type:
                    repository.change_outcome_type(turn.sender_id, outcome.id, target, corrected_by="person")
                said.append(("readback_done", {}))
            rest = rest[:not_a_wish.start()] + " " * (not_a_wish.end() - not_a_wish.start()) + rest[not_a_wish.end():]
            if then is not None and (asks_to_remove_it(asked) or new_words is not None or moved_to is not None):
                start, end = not_a_wish.end() + then.start("asked"), not_a_wish.end() + then.end("asked")
                rest = rest[:start] + " " * (end - start) + rest[end:]
    for joke in _A_JOKE.finditer(rest):
        number = int(joke.group("n") or joke.group("n2"))
        if number in items:
            repository.remove_outcome(turn.sender_id, items.pop(number).id)
            said.append(("readback_taken_out", {"numbers": numbered_words(turn, [number])}))
            rest = rest[:joke.start()] + " " * (joke.end() - joke.start()) + rest[joke.end():]
    # "a'r pub quiz ydi be dwi isio NEWID, dim cadw" (trial 37 AP4): the item named moved to that group, or added there
    handled: list[tuple[int, int]] = []
    added: list[OutcomeSpan] = []
    for claim in _GROUP_CLAIM.finditer(rest):
        done, lost = _group_claimed(turn, text, claim, items)
        if done:
            handled.append((claim.start(), claim.end()))
            added += [lost] if lost is not None else []
            if lost is None:
                said.append(("readback_done", {}))
    for start, end in handled:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    missed = _MISSED.search(rest)
    # "you missed that she wants to be at home at the end. not a hospice. thats the most important thing" (AZ5): what
    # follows "that" is the outcome, its qualifier joined to it, and "thats the most important thing" no outcome
    told = missed_that_told(text) if said or added or not re.search(r"\d", text) else None
    if told is not None or (missed is not None and (said or added or not re.search(r"\d", text))):
        # "ti di anghofio Mot. dwi isio cadw Mot.": the wish said with it is added, else how to add it is said
        # (its clause only: "you forgot my garden, I want to keep my garden" is one sentence, AX9)
        read = [_sentence_around(text, missed.start(), missed.end(), ".!?\n,;")] if missed is not None else []
        read += told[1] if told is not None else []
        wishes = _wishes_outside(text, [*handled, *read])
        added += [told[0]] if told is not None else []
        added += wishes
        if not wishes and told is None:
            said.append(("readback_how_to_add", {}))
        blank = [(missed.start(), missed.end())] if missed is not None else []
        for start, end in [*blank, *(told[1] if told is not None else []), *((w.start, w.end) for w in wishes)]:
            rest = rest[:start] + " " * (end - start) + rest[end:]
    if added:
        _record_added_spans(turn, text, tuple(sorted(added, key=lambda o: o.start)),
                            forgotten=told[0] if told is not None else None)
        said.append(("readback_added", {}))
    if not said:
        return False
    if (len(re.findall(r"[^\W\d_]{2,}", rest)) > _MAX_CHOICE_WORDS or _BARE_NUMBER.search(rest)
            or ("readback_not_joined", ) in [(key, ) for key, _ in said]):  # (noted for the worker, as it says)
        # "…it's all the garden and the bath", "and 5 was me asking u a question": for the worker, and said so; never
        # "not changed" for a number done here ("4 n 2 r wrong. 4 was a joke and 2 isnt a thing i want to keep":
        # re-trial 32 AE7 was told 4 and 2 were unchanged, then that 2 was taken off)
        unchanged = [n for n in said_numbers(rest) if n not in listed - set(items)]
        for key, values in said:  # what was done first, then what was not
            turn.say(key, **values)
        _keep_comment(turn, say=bool(unchanged), unchanged=unchanged)
        return True
    for key, values in said:
        turn.say(key, **values)
    return True


#: A numbered item said not to make sense, or asked to be changed, in a longer reply: "Number 20 doesn't make sense on
#: its own, it's aqua aerobics … Can you change that?", "Dydi rhif 20 ddim yn gwneud synnwyr, allwch chi ei newid?"
#: (ninth trial AC11: kept as a comment, "choose 'Change something'").
_REWORD_IT = re.compile(
    r"(?<![\w'’])(?:(?:does\s*n['’]?t|doesnt|does\s+not|do\s*n['’]?t|dont)\s+make\s+(?:any\s+)?sense|makes\s+no\s+sense"
    r"|not\s+(?:quite\s+)?(?:right|what\s+i\s+(?:said|meant))|is\s*n['’]?t\s+right|isnt\s+right|(?:is|'s)\s+wrong"
    r"|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:change|fix|reword|put\s+right|correct)\s+(?:that|it|this)"
    r"|(?:ddim|dim)\s+yn\s+(?:gwneud|neud|gneud)\s+(?:unrhyw\s+)?synnwyr|(?:ddim|dim)\s+yn\s+iawn|yn\s+anghywir"
    r"|(?:allwch|gallwch|newch|wnewch|elli|alli|nei)\s+(?:chi|ti)\s+(?:plis\s+)?(?:ei\s+|ei\s+h)?(?:newid|gywiro|cywiro)"
    # asked outright: "Newidiwch hynny plis" (tenth trial AE7), "please change that" (not "change it to keep")
    r"|(?:newidiwch|newidia|cywirwch|cywira|change|fix|correct)\s+(?:hynny|hwnna|hynna|hyn|hwn|o|fo|e|fe|that|it|this)"
    r"(?![\w'’])(?!\s+(?:to|into|i|i['’]r|yn)(?![\w'’])))",
    re.IGNORECASE)
#: The one number a reply to reword names is its first word or two ("Number 20 …", "Dydi rhif 20 …").
_NUMBER_FIRST = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:number|no\.?|rhif|nr\.?)?\s*(?P<n>\d{1,3})(?![\w.])", re.IGNORECASE)


def _reword_chosen(turn: Turn) -> dict[str, Any] | None:
    """The item to put in new words when a reply opens with its number and says it is wrong or asks for it changed: its
    words asked for at once ("Please write it the way you'd like it"), after saying which item; else None."""
    text = turn.latest_text
    opening = _NUMBER_FIRST.match(text)
    items = dict(numbered_items(turn.sender_id))
    numbers = set(_BARE_NUMBER.findall(text))
    if (opening is None or numbers != {opening.group("n")} or int(opening.group("n")) not in items
            or not _REWORD_IT.search(fold(text))):
        return None
    number = int(opening.group("n"))
    turn.say("readback_reword_chosen", number=str(number), item=cut_at_a_word(items[number].text, ITEM_QUOTE_LIMIT))
    return {"readback": "change", "readback_item": str(items[number].id), "readback_action": "edit"}


def _put_right_choice(turn: Turn) -> dict[str, Any] | None:
    """A read-back reply that picks an item to put right ("3", "no, take out the bit about the dog", "tynnwch
    rhif 2"): the slot updates, the item chosen when the reply names one (else its number is asked)."""
    text = turn.latest_text
    if is_button_payload(text) or len(text.split()) > _MAX_CHOICE_WORDS + 4:
        return None
    listed = dict(numbered_items(turn.sender_id))
    several = list(dict.fromkeys(numbers_in(text)))
    said_wrong = _PUT_RIGHT.search(fold(text)) or _REWORD_IT.search(fold(text))
    if len(several) > 1 and all(n in listed for n in several) and said_wrong:
        # "3 n 4 r wrong", "dydi 3 a 4 ddim yn iawn": said plainly that it is one at a time, then "which one?"
        turn.say("readback_one_at_a_time", numbers=numbered_words(turn, several))
        return {"readback": "change", "readback_item": None}
    bare_number = re.fullmatch(r"\W*(?:(?:no|number|rhif|nr)\.?\s*)?\d{1,3}\W*", fold(text).lower()) is not None
    if not bare_number and _PUT_RIGHT.search(fold(text)) is None:
        return None
    item = item_named(turn, text)
    if item is None and bare_number:
        return None  # not one of the numbers: the read-back's own "didn't catch that"
    return {"readback": "change", "readback_item": str(item.id) if item is not None else None}


#: "Nothing to change" said at "Is this right?" (stop-22 trial V35 recheck: "dim byd i newid, mae'n iawn" opened the
#: maths item, because its words "dim byd" are in it): the list is right as it is, so it is sent.
_NOTHING_TO_CHANGE = re.compile(
    r"(?<![\w'])(?:(?:nothing|no\s*thing|dim\s+byd|dim\s+un\s+peth|dim\s+angen|no\s+need)\s+(?:to|i)\s+(?:change|newid)"
    r"|no\s+changes?|dim\s+(?:newid|newidiadau)|(?:it'?s\s+)?all\s+(?:correct|right|good|fine)"
    r"|(?:mae|ma)\s*(?:'r\s+cwbl|\s+popeth|\s+bob\s+dim)\s+(?:yn\s+)?(?:iawn|gywir|gwir)"
    # "no thats it", "na dyna ni", "na, dyna'r cwbl", "that's everything" (trial 41 AW13: "no thats it" asked which
    # number to change): the list is all they have to say
    r"|that'?s\s+(?:it|all|everything)|that\s+is\s+(?:it|all)|dyna\s+(?:ni|fo|fe|fy|i\s+gyd|bopeth|'r\s+cwbl)"
    r"|dyna'r\s+(?:cwbl|cwbwl|cyfan)|all\s+(?:good|fine|ok|okay))(?![\w'])", re.IGNORECASE)


def nothing_to_change(text: str) -> bool:
    """"dim byd i newid, mae'n iawn", "nothing to change, all good": the list is right, in a short reply with no
    item number and no "but"."""
    folded = plain_fold(text).lower()
    return (len(text.split()) <= _MAX_CHOICE_WORDS + 2
            and (_NOTHING_TO_CHANGE.search(folded) is not None or only_thanks(folded))
            and not re.search(r"\d|\b(?:but|ond|except|heblaw|wrong|anghywir|incorrect)\b|\bnot\s+right\b"
                              r"|\bddim\s+yn\s+(?:iawn|gywir)\b", folded))


# Thanks and nothing else ("diolch", "thanks!", "diolch yn fawr x"), said at "Is this right?" (trial 41 AW14: "diolch"
# got "sorry, I didn't catch that" and the whole list of 18 again): the list is fine as it is, so a yes. Read by the
# one reader of thanks, bot.analysis.thanks.only_thanks (stop 49).


def _answer_question_to_us(turn: Turn) -> bool:
    """A typed question about who reads this, asked at the read-back ("na dim byd. ody hwn yn mynd at mam?", stop-24
    trial T5): kept as typed for the worker, never an outcome, and answered. True when it was."""
    text = turn.latest_text
    # "i want to speak to someone", "dwi isio siarad efo rhywun": where no question waits, a person asked for (stop 44's
    # review: it was added as a thing to change)
    someone = not is_button_payload(text) and asks_for_someone_now(text)
    if is_button_payload(text) or (asks_about_assistant(text) is None and not someone):
        return False
    try:
        text = repository.clean_text(text)
    except RecordError:
        return False
    repository.record_answer(turn.sender_id, question_key=READBACK_COMMENT_KEY,
                             question_text=turn.render("readback").text, text=text, whose_view=turn.whose_view,
                             about=about_addition(turn, text), analysis=analyse(text), message_id=turn.message_id,
                             make_outcomes=False)
    turn.say("real_person" if someone else about_assistant_reply(text))
    return True


#: Asking where something they said is on the list (trial 36 AM8: "ble ma'r darn am gael yr un gweithiwr cymdeithasol
#: bob tro? o'dd hwnna'n bwysig, wedes i ddwywaith" got "I've kept your words for the worker", and no answer):
#: "where's the bit about…?", "what happened to the part about…", "ble mae'r darn am…", "lle mae'r peth am…".
_WHERE_IS = re.compile(
    r"(?<![\w'])(?:where(?:'s|s|\s+is|\s+has|\s+did)?\s+(?:the\s+|my\s+)?(?:bit|part|thing|one|stuff|line)"
    r"|what\s+(?:happened\s+to|about)\s+(?:the\s+|my\s+)?(?:bit|part|thing|one|line)"
    r"|(?:ble|lle)\s*(?:mae|ma|mai)\s*(?:'r\s*|\s+yr\s+|\s+y\s+)(?:darn|peth|bit|rhan|pwynt|un|llinell)"
    r"|(?:beth|be)\s+(?:ddigwyddodd|ddigwyddod|sy\s+wedi\s+digwydd)\s+i['\s]r\s+(?:darn|peth|bit|rhan))"
    # "Ble ma'r peth wedes i am y llythyron…?", "where's the bit I said about…" (trial 38 AR8: nothing was said back)
    r"(?:\s+(?:that\s+)?i\s+(?:said|mentioned|wrote|put|told\s+you)|\s+(?:wedes|wedais|weda|ddudes|ddudis|ddeudis"
    r"|ddeudes|dwedes|dwedais|ddwedais|ddywedais|soniais|sonies|sonis|sgwennes|sgwennais|sgwenais|nes\s+i\s+ddeud)"
    r"(?:\s+i)?)?"
    r"\s+(?:about|on|re|to\s+do\s+with|am|ynglyn\s+a|ynghylch|efo|gyda)\s+(?P<what>[^?.!\n]+)", re.IGNORECASE)
#: Words that name nothing of their own in "the bit about…" ("getting", "every", "cael", "bob").
_WHERE_IS_FILLER = frozenset((
    "about", "with", "that", "this", "have", "having", "getting", "every", "each", "time", "same", "some", "from",
    "they", "them", "their", "just", "really", "please", "cael", "gael", "bob", "tro", "efo", "gyda", "hwnna", "hynny",
    "plis", "iawn", "rhyw"))
#: Of the words naming what they look for, at least this share is in an item for it to be that item.
WHERE_IS_SHARE = 0.6


def _naming_words(text: str) -> list[str]:
    """The words that name something, folded, their first letter dropped (so "gweithiwr" finds "weithiwr")."""
    return [w[1:] for w in re.findall(r"[^\W\d_]{4,}", plain_fold(text).lower()) if w not in _WHERE_IS_FILLER]


def _where_it_is(turn: Turn) -> bool:
    """"ble ma'r darn am gael yr un gweithiwr cymdeithasol bob tro?": the item's number and words when it is on the
    list, else that it is not and how to add it (never silence). True when it was asked."""
    found = _WHERE_IS.search(plain_fold(turn.latest_text))
    if found is None:
        return False
    items = numbered_items(turn.sender_id)
    best = _item_for(found.group("what"), items)
    # two things asked after at once ("…am y llythyron yn Gymraeg a gweithwr sy'n siarad Cymraeg?": trial 38 AR8),
    # each found on its own
    each = [best] if best is not None else [_item_for(part, items) for part in _AND.split(found.group("what"))]
    shown = sorted({(number, outcome.text) for number, outcome in filter(None, each)})
    if not shown:
        turn.say("readback_not_listed")
    for number, text in shown:
        turn.say("readback_it_is_there", number=str(number), item=cut_at_a_word(text, ITEM_QUOTE_LIMIT))
    return True


#: "and" between two things asked after in one "where is…?".
_AND = re.compile(r"\s+(?:a|ac|and|&)\s+", re.IGNORECASE)


def _item_for(what: str, items: list[tuple[int, DraftOutcome]]) -> tuple[int, DraftOutcome] | None:
    """The listed item that holds most of the words naming `what` (at least WHERE_IS_SHARE of them), or None."""
    looked_for = set(_naming_words(what))
    best: tuple[float, int, DraftOutcome] | None = None
    for number, outcome in items:
        item = plain_fold(outcome.text).lower()
        share = sum(1 for w in looked_for if w in item) / len(looked_for) if looked_for else 0.0
        if share >= WHERE_IS_SHARE and (best is None or share > best[0]):
            best = (share, number, outcome)
    return None if best is None else (best[1], best[2])


#: A listed item said to be wanted: "I want it", "I want that", "dw i isio fo", "wi moyn e", "hoffwn i hynny" (AY8,
#: stop 44 trial: Gareth's "number 7 is wrong. I dont have that job yet. I want it" replaced "I want to work at the dogs
#: home in swansea." by those words, still a keep). The object is the item itself (it / that / that job), never new
#: words of its own ("I want to work at the cats home"). Only a want moves an item: "i dont do that", "dwi ddim yn neud
#: hwnna eto" (= any more) say the opposite, a correction of fact (M8, stop 45 review), and are a reword as before.
_WANTED = re.compile(
    r"(?<![\w'])(?:"
    r"i\s+(?:really\s+|still\s+|do\s+)?(?:want|wanna|need|would\s+like|'?d\s+like|would\s+love|'?d\s+love)"
    r"(?:\s+to\s+(?:have|get|do|find)|\s+to)?\s+(?:(?:that|this|the|a)\s+[a-z]+|it|that|this|one)"
    r"|it'?s\s+(?:something\s+|what\s+)?i\s+(?:want|wanna|would\s+like|'?d\s+like)(?:\s+to\s+(?:have|get|do))?"
    r"|(?:dw\s?i|dwi|wi|rwy|rydw\s+i|fi)(?:'?n)?\s+(?:dal\s+(?:i\s+)?)?(?:isio|eisiau|moyn|mo'yn|ishe|isie|eisie|angen)"
    r"(?:\s+(?:ei|i)?\s*(?:gael|cael|neud|gwneud|wneud))?\s*(?:'?i\s+)?(?:o|fo|e|fe|hi|hwnna|hynna|hwn|hyn|hon|honna)"
    r"|(?:hoffwn|liciwn|licwn|faswn|baswn|swn)(?:\s+i)?(?:'?n\s+licio)?(?:\s+(?:ei|i)\s*(?:gael|cael|neud|gwneud|wneud)"
    r"(?:\s+(?:o|fo|e|fe|hi))?|\s+(?:hynny|hwnna|hynna|honna|hwn|hyn|hon)))(?![\w'])")
#: Said beside a want, that it is not had yet: "I dont have that job yet", "dw i ddim efo fo eto", "sda fi ddim e to".
#: Alone these move nothing (M8): "not yet" and "ddim … eto" read both ways. "do" is no "have" ("i dont do that").
_NOT_HAD_YET = re.compile(
    r"(?<![\w'])(?:"
    r"(?:i\s+)?(?:do\s*n'?t|dont|do\s+not|have\s*n'?t|havent|have\s+not)\s+(?:have|got|get|got\s+to)"
    r"\s+(?:(?:that|this|the|a)\s+[a-z]+|it|that|this|one)(?:\s+(?:yet|now|right\s+now|at\s+the\s+moment))?"
    r"|(?:i'?m|im|i\s+am)\s+not\s+(?:there|doing\s+(?:it|that)|in\s+(?:it|that\s+[a-z]+))\s+yet|not\s+yet"
    # "dwi ddim yn cal hynna rwan" (trial 45 AZ8, north-Walian text-speak): not had now, as "not yet"
    r"|(?:dw\s?i|dwi|wi|rwy|rydw\s+i|fi)\s*(?:ddim|dim|heb)\s+(?:efo|gyda|gida|gen|yn\s+(?:ei\s+)?(?:neud|gwneud|wneud))?"
    r"\s*(?:(?:yn\s+|'n\s+)?(?:ei\s+)?(?:gael|cael|cal|ca'l|gal)\s+)?"
    r"(?:o|fo|e|fe|hi|hwnna|hynna|hynny|(?:y\s+|'r\s*|r\s+)?(?:swydd|job|gwaith|fflat))"
    r"\s+(?:eto|to|rwan|nawr|ar\s+hyn\s+o\s+bryd)"
    r"|(?:does|sgen|sgin|sgenno|sdim|sda|sa)\s+(?:gen\s+|gyda\s+|da\s+)?(?:i|fi)\s+(?:ddim|dim|mo(?:'no|no|ni)?)\s*"
    r"(?:o|fo|e|fe|hi|hwnna|hynna|y\s+swydd|swydd|gwaith)?\s*(?:eto|to)"
    r"|(?:ddim|dim)\s+(?:eto|to))(?![\w'])")
#: Words beside the wanted-not-had words that give no new words for the item ("number 7 is wrong. …").
_WANTED_FILLER = _NOT_ITEM_WORDS | frozenset((
    "yet", "eto", "to", "job", "swydd", "really", "still", "actually", "but", "ond", "because", "cos", "coz", "as",
    "mewn", "gwirionedd", "achos", "gan", "not", "isn't", "isnt", "ddim", "wps", "oops", "nope", "lol", "was", "oedd",
    "ydi", "ydy", "dydi", "dydy", "dyw", "smo", "rong", "di", "ma", "correct", "gywir", "keep",
    "cadw", "gadw", "thing", "peth"))


def _wanted_not_kept(turn: Turn) -> bool:
    """A numbered item under "Things to keep" said to be wanted ("number 7 is wrong. I dont have that job yet. I want
    it"): moved to "Things to change", its words kept (AY8, stop 44 trial). Only a want moves it (M8, stop 45 review):
    "i dont do that" alone is a reword, as before; so are new words for it ("…, I want to work at the cats home").
    True when it was moved."""
    text = plain_fold(turn.latest_text).lower()
    numbers = list(dict.fromkeys(numbers_in(text)))
    items = dict(numbered_items(turn.sender_id))
    if len(numbers) != 1 or numbers[0] not in items or items[numbers[0]].type not in ("maintenance", "change"):
        return False
    if not _WANTED.search(text):  # only a want moves it (M8): "i dont do that" is a correction of fact
        return False
    rest = _NOT_HAD_YET.sub(" ", _WANTED.sub(" ", text))
    if any(w not in _WANTED_FILLER for w in re.findall(r"[^\W\d_][\w']*", rest)):
        return False
    number, outcome = numbers[0], items[numbers[0]]
    if outcome.type == "change":  # already there: its words are never replaced by "I want it"
        turn.say("readback_already_to_change", number=str(number),
                 group=turn.render("readback_group_change").text)
        return True
    repository.change_outcome_type(turn.sender_id, outcome.id, "change", corrected_by="person")
    turn.say("readback_done")
    return True


def _as_told(turn: Turn) -> bool:
    """A typed reply that says what to do with numbered items, done: put right, taken out, moved, kept or reworded.
    The one reading for the read-back's question and for "which one?" and an item's choices. True when done."""
    return _wanted_not_kept(turn) or _put_right_in_words(turn) or _done_as_told(turn) or _kept_as_told(turn) \
        or _reworded_as_told(turn) or _each_as_told(turn) or _reworded_by_place(turn) or _left_as_told(turn) \
        or _about_it_as_told(turn)


#: A numbered item said to stay as it is: "2 - dont take it out, its right", "leave 3 as it is", "keep it in", "rhif 2 -
#: gadwch o, mae'n iawn", "paid tynnu fe mas", "peidiwch â'i newid", "mae hwnna'n gywir" (stop 48: "2 - dont take it
#: out, its right" got "Sorry, I didn't catch that"). Never "it's not right", "isn't right" (the lookbehinds).
_LEAVE_IT = re.compile(
    r"(?<![\w'’])(?:"
    r"(?:don'?t|dont|do\s+not|no\s+need\s+to|never)\s+(?:take|remove|delete|change|move|touch|bin)"
    r"(?:\s+(?:it|that|this|that\s+one|this\s+one|number|no\.?|item|\d{1,3}))*(?:\s+(?:out|off|away))?"
    r"|leave\s+(?:it|that|this|that\s+one|(?:number\s+|no\.?\s*|item\s+)?\d{1,3})(?:\s+(?:as\s+it\s+is|alone|in|there"
    r"|on(?:\s+the\s+list)?|be))?"
    r"|keep\s+(?:it|that|this|that\s+one|(?:number\s+|no\.?\s*|rhif\s+)?\d{1,3})\s+(?:in|on(?:\s+the\s+list)?|there"
    r"|as\s+it\s+is)"
    r"|\d{1,3}(?:['’]s|\s+(?:is|yn))\s+(?:(?:all|quite)\s+)?(?:right|fine|ok|okay|correct|iawn|gywir)"
    r"|(?<!not\s)(?<!n't\s)(?<!nt\s)(?:it'?s|its|it\s+is|that'?s|thats|that\s+is|is|'s)\s+(?:(?:all|quite|totally|dead)\s+)?"
    r"(?:right|fine|ok|okay|correct|true|spot\s+on)(?!\s+(?:that|to|for|but|apart|except))"
    # Welsh: "gadwch o", "cadwch e", "gad o fel mae", "gadewch o", "peidiwch â'i dynnu", "paid tynnu fe mas", "paid â'i
    # newid", "mae'n iawn", "ma fe'n iawn", "mae hwnna'n gywir", "dim angen ei newid"
    r"|(?:gadwch|cadwch|cadwa|gadwa|gadewch|gad|gada)\s+(?:o|e|fo|fe|hi|hwnna|hynna|hwn|fel\s+(?:mae|ma|y\s+mae))"
    r"|(?:peidiwch|paid)(?:\s+(?:a|ag|â))?(?:\s*['’]i|\s+(?:ei|eu))?\s+(?:tynnu|dynnu|thynnu|dileu|ddileu"
    r"|newid|symud)"
    r"|dim\s+angen\s+(?:ei\s+)?(?:dynnu|newid|ddileu|symud)"
    r"|(?<!ddim\s)(?:mae|ma)\s*(?:['’]?n|\s+(?:o|e|fo|fe|hi|hwnna|hynna)\s*['’]?\s*n|\s+(?:o|e|fo|fe|hi|hwnna|hynna)\s+yn)"
    r"\s+(?:iawn|gywir|gwir))(?![\w'’])", re.IGNORECASE)
#: Words that say the item is not right after all: never left as it is then.
_NOT_RIGHT = re.compile(
    r"(?<![\w'’])(?:wrong|rong|not\s+(?:right|correct|true)|isn'?t\s+(?:right|correct)|anghywir|ddim\s+yn\s+(?:iawn"
    r"|gywir)|but|ond|except|heblaw|change\s+(?:it|that)\s+to|newidiwch\s+(?:o|e|fo|fe)\s+i)(?![\w'’])",
    re.IGNORECASE)


#: More said beside "2 is right" ("2 is right, and she also wants to see her sister every sunday"): not only a number
#: left as it is, so the reply does not say it was all done (review48 M2).
_MORE_SAID = re.compile(r"(?<![\w'’])(?:also|too|as well|plus|hefyd|want|wants|wanted|would like|isio|eisiau|eisie"
                        r"|moyn|angen|needs?)(?![\w'’])", re.IGNORECASE)


def _left_as_told(turn: Turn) -> bool:
    """Numbered items said to stay as they are, and nothing else asked: "2 - dont take it out, its right", "rhif 2 -
    gadwch o, mae'n iawn" (stop 48: "Sorry, I didn't catch that"). Nothing is changed, and the reply says which
    items are left as they are. True when it was."""
    text = turn.latest_text
    folded = plain_fold(text)
    numbers = numbers_in(text)
    items = dict(numbered_items(turn.sender_id))
    if not numbers or any(n not in items for n in numbers) or not _LEAVE_IT.search(folded) \
            or _NOT_RIGHT.search(folded) or _MOVE.search(folded) or _TAKE_OUT.search(folded) \
            or _NOT_ON_THE_LIST.search(folded) or len(text.split()) > KEEP_THAT_MAX_WORDS \
            or _MORE_SAID.search(folded):
        return False
    left = list(dict.fromkeys(numbers))
    turn.say("readback_left_one" if len(left) == 1 else "readback_left_several", numbers=numbered_words(turn, left))
    return True


#: "the second one", "yr ail un", "the last one", with the "one" after it that names an item.
_PLACE_ONE = re.compile(r"\s+(?:one|un|item|eitem)(?![\w'’])", re.IGNORECASE)


def _reworded_by_place(turn: Turn) -> bool:
    """New words for an item named by its place, as "change 2 to …" gives them: "change the second one to 'I want to
    get back to chapel'", "newidiwch yr ail un i 'dw i isio mynd nôl i'r capel'" (stop 48, BB10: "which one?" was asked,
    or its choices, and the new words were lost). The quoted words replace the item's, verbatim without their quotes.
    Only a reply with no number in it and one place named. True when it was done."""
    text = turn.latest_text
    places = list(_PLACE.finditer(plain_fold(text)))
    if len(places) != 1 or re.search(r"\d", text[:places[0].start()] + text[places[0].end():]):
        return False
    items = dict(numbered_items(turn.sender_id))
    place = _ORDINALS[places[0].group("word").lower()]
    number = max(items, default=0) if place == -1 else place
    if number not in items:
        return False
    end = places[0].end()
    one = _PLACE_ONE.match(text, end)
    end = one.end() if one is not None else end
    joined = " " if text[places[0].start()] in "'’" else ""  # ("newidia'r ail un": "newidia number 2")
    said = text[:places[0].start()] + f"{joined}number {number}" + text[end:]
    found = next((m for pattern in _CHANGE_TO for m in [pattern.search(said)] if m), None)
    if found is None or int(found.group("number")) != number or found.start("words") < places[0].start() \
            or _SHOULD_BE_IN_A_GROUP.match(found.group("words")) or re.match(r"r\s", found.group("words")) \
            or len(found.group("words").split()) < REWORDED_MIN_WORDS:
        return False
    reword(turn, items[number], found.group("words").strip())
    turn.say("readback_done")
    return True


def _start_again_answered(turn: Turn, slot: str) -> dict[str, Any] | None:
    """The reply to "start again? that clears every answer", asked at the read-back (closing note 37: "start again"
    there cleared at once): "na" / "No, keep my answers" keeps them all and the read-back's question comes again, a
    typed yes clears; never "yes" taken as "send it". None when that was not just asked, or the words say neither."""
    from bot.conversation.steering import reply_to_start_again  # (steering builds on this module)

    return reply_to_start_again(turn, slot)


def a_piece_of_the_last_answer(turn: Turn) -> bool:
    """Whether a message at "is this right?" came too soon after the list to be a reply to it, straight after the
    last answer (the typing window, `answers.too_soon_for_the_question`), and names no choice of the read-back: more of
    that answer. BA9 (stop 46 trial): Ffion's "like the looking after stuff not like that", 1.5 s after the list,
    said what her "sometimes i feel like i cant do this anymore" meant, and got "Sorry, I didn't catch that" and the
    whole list again."""
    from bot.conversation.answers import too_soon_for_the_question  # (answers builds on this module)

    text = turn.latest_text
    if choice_in_words(text) or yes_or_no(text) is not None or nothing_to_change(text) or says_that_is_all(text):
        return False
    return too_soon_for_the_question(turn, text)


def more_of_the_last_answer_kept(turn: Turn) -> bool:
    """Whether this message was just kept as more of the last answer (`a_piece_of_the_last_answer`, thanked in a few
    words) and the list shown before it is the list still: then neither the list nor "is this right?" again."""
    said = turn.said_before()
    if not said or said[-1] != turn.render("added_more_noted").text:
        return False
    shown = listing(turn)
    lists = [words for words in said if words.startswith(turn.render("readback_intro").text)
             or words == turn.render("readback_empty").text]
    return bool(lists) and lists[-1] == shown


def validate_choice(turn: Turn, value: Any) -> dict[str, Any]:
    if (again := _start_again_answered(turn, "readback")) is not None:
        return again
    value = str(value or "")
    choice = value if value in _CHOICE_WORDS else _match(value, _CHOICE_WORDS)
    typed = not is_button_payload(turn.latest_text)
    if typed and a_piece_of_the_last_answer(turn):
        from bot.conversation.answers import keep_with_the_last_answer, say_it_was_added

        keep_with_the_last_answer(turn, turn.latest_text)  # BA9: with its answer, never a reply to the list
        say_it_was_added(turn, turn.latest_text, more_of_a_burst=True)
        return {"readback": None}
    from bot.conversation import data_rights  # (the lead's V20 module)

    if typed and word_meaning_asked(turn):
        return {"readback": None}  # "beth ydy 'newid'?" (AK6): the meaning, then "is this right?" again
    if typed and data_rights.answer_delete_question(turn):
        return {"readback": None}  # "alla i ddileu hwn i gyd?" (stop-22 trial V20): how, then the choice again
    if typed and _where_it_is(turn):
        # "ble ma'r darn am…?" (AM8): where it is, or how to add it, then the list again; before a question to us
        # ("where's the bit about the same social worker every time?" asks about the list, not the worker)
        return {"readback": None}
    if typed and added_words(turn.latest_text) is None and _answer_question_to_us(turn):
        return {"readback": None}  # their question answered, then "is this right?" again
    if typed and says_that_is_all(turn.latest_text):
        # "That's all." (AZ18): never sent unseen, never kept; "Shall I send it?" once, then it is a yes
        if send_asked_just_now(turn):
            return {"readback": "confirm"}
        turn.say("readback_send_asked")
        return {"readback": None}
    if typed and (start := added_words(turn.latest_text) or missed_then_said(turn.latest_text)) is not None:
        # They said what to add in the same message (whatever "add" the channel read in it): keep it,
        # thank them, and show the list again.
        if not turn.can_keep(turn.latest_text):
            return {"readback": None}
        record_addition(turn, turn.latest_text, start)
        turn.say("readback_added")
        return dict(RESET)
    if choice is None:
        choice = choice_in_words(value) or choice_in_words(turn.latest_text)
    if choice in (None, "change") and typed and nothing_to_change(turn.latest_text):
        choice = "confirm"
    if choice is None:
        yes = yes_or_no(value)
        if yes is False and typed and _just_left_as_is(turn):
            # "na" again right after a change was left for want of a number (stop 30): not "which one?" once more,
            # but the three choices, said plainly.
            turn.say("readback_unclear")
            return {"readback": None}
        choice = {True: "confirm", False: "change"}.get(yes) if yes is not None else None
    folded = fold(turn.latest_text)
    if choice == "confirm" and typed and (_TAKE_OUT.search(folded) or _NOT_ON_THE_LIST.search(folded)) \
            and _done_as_told(turn):
        return dict(RESET)  # "ok 7 is private tho", "take 7 out then send it": done, and the list shown before it goes
    if choice in (None, "change") and typed and (numbered_items(turn.sender_id) or missed_that_told(turn.latest_text)):
        # "take number 2 out", "… am y capel, dwi isio cadw hwnna", "rhif 7 ddim yn iawn, <the right words>"; "you
        # missed that …" with nothing listed yet too (AZ5)
        if _as_told(turn):
            return dict(RESET)
        picked = _reword_chosen(turn) or _put_right_choice(turn)
        if picked is not None:
            return picked
    if choice is None and typed and is_safety_wish(turn.latest_text):
        # "i want my mum not to see this", "paid dweud wrth dad" at "is this right?" (stop 44's review: added as a thing
        # to change): kept for the worker, never on the list, and answered as at a question (who is told)
        _keep_comment(turn, say=False)
        turn.say("ack_untold")
        return {"readback": None}
    if choice is None and typed and wish_to_add(turn.latest_text, theirs=turn.role == "carer"):
        # "I want to keep my garden", "dw i isio cadw fy ngardd" (AX9): added as said, thanked, the list again
        if not turn.can_keep(turn.latest_text):
            return {"readback": None}
        record_addition(turn, turn.latest_text)
        turn.say("readback_added")
        return dict(RESET)
    if choice is None and typed and len(turn.latest_text.split()) > _MAX_CHOICE_WORDS:
        # They are telling us something ("Dach chi wedi anghofio'r canllaw… tynnwch 9 a 10 allan"): their
        # words are kept for the worker, as written and never as an outcome, and the choices offered again.
        _keep_comment(turn)
        return {"readback": None}
    if choice is None:
        turn.say("readback_unclear")
        return {"readback": None}
    if choice == "change" and not numbered_items(turn.sender_id):
        choice = "add"
    return {"readback": choice}


def _just_left_as_is(turn: Turn) -> bool:
    """Was the list just left as it is ("OK, I haven't changed anything", then the list and "is this right?")?"""
    left = turn.render("readback_left_as_is").text
    return any(left in said for said in turn.said_before()[-4:])


def _chosen(turn: Turn) -> DraftOutcome | None:
    chosen = turn.slot("readback_item")
    for _, outcome in numbered_items(turn.sender_id):
        if str(outcome.id) == str(chosen):
            return outcome
    return None


#: Backing out of "Which one would you like to change?" or an item's choices (stop-22 trial V35: "sori na, ma fe'n
#: iawn", "dim un", "canslo", "never mind" got "I couldn't find that number" each time, and "dim byd i newid" picked
#: an item by its words "dim byd").
_BACK_OUT = re.compile(
    r"(?<![\w'])(?:never\s*mind|nevermind|cancel|canslo|leave\s+it|leave\s+it\s+as\s+it\s+is|none(?:\s+of\s+them)?|no\s+change"
    r"|nothing(?:\s+to\s+change)?|it'?s\s+(?:fine|ok|okay|right|all\s+right)|dim\s+un|dim\s+byd(?:\s+i\s+newid)?"
    r"|(?:mae|ma)\s+(?:fe|fo|o|e|hi|hwnna|hynna)\s*['’]?\s*n\s+iawn|mae'?n\s+iawn|gad\s+(?:e|o|fe|fo|hi)\s+fel\s+(?:ma|mae)"
    r"|gadael\s+(?:e|o|fe|fo)|dim\s+ots|go\s+back|yn\s+ol|nol)(?![\w'])", re.IGNORECASE)


def backs_out(text: str) -> bool:
    """"never mind", "dim un", "canslo", "sori na, ma fe'n iawn", "dim byd i newid": nothing to change after all."""
    return len(text.split()) <= 10 and _BACK_OUT.search(plain_fold(text)) is not None


#: Items named by their place in words: "the first and the third", "yr un cyntaf", "yr ail un" (thirteenth trial AK4).
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10,
    "10th": 10, "last": -1, "cyntaf": 1, "gyntaf": 1, "ail": 2, "trydydd": 3, "trydedd": 3, "drydedd": 3,
    "pedwerydd": 4, "pedwaredd": 4, "bedwaredd": 4, "pumed": 5, "bumed": 5, "chweched": 6, "seithfed": 7,
    "wythfed": 8, "nawfed": 9, "degfed": 10, "ddegfed": 10, "olaf": -1,
}
_ORDINAL = re.compile(r"(?<![\w'’])(?:the|yr|y|'r)\s+(?:(?:un|one)\s+)?(?P<word>" + "|".join(_ORDINALS)
                      + r")(?![\w'’])", re.IGNORECASE)


#: An item's place, as _ORDINAL reads it, the article joined on too: "newidia'r ail un", "change the 2nd one".
_PLACE = re.compile(r"(?:(?<![\w'’])(?:the|yr|y)|(?<=\w)'r)\s+(?:(?:un|one)\s+)?(?P<word>" + "|".join(_ORDINALS)
                    + r")(?![\w'’])", re.IGNORECASE)


def item_numbers_said(turn: Turn, text: str) -> list[int]:
    """The numbers of listed items a typed reply names, each on its own ("1 and 3", "rhif 1 a 3", "the first and the
    third", "yr un cyntaf"), in order, once each: never one number glued from two ("Take out 1 … and 3" opened item
    13 in the thirteenth trial, AK4)."""
    listed = [number for number, _ in numbered_items(turn.sender_id)]
    found = [(m.start(), int(m.group())) for m in _BARE_NUMBER.finditer(text)]
    for m in _ORDINAL.finditer(plain_fold(text)):
        place = _ORDINALS[m.group("word").lower()]
        found.append((m.start(), listed[-1] if place == -1 and listed else place))
    return list(dict.fromkeys(n for _, n in sorted(found)))


#: Out of an item, whatever else is typed: "back", "nôl", "no, not that one", "na, dim hwnna" (thirteenth trial AK4:
#: "No, not that one! Number 1 and number 3." and "back" got "Choose one of the buttons" each time).
_NOT_THAT_ONE = re.compile(
    r"^\W*(?:(?:go|mynd)\s+)?(?:back|nol|yn\s+ol|ol)\W*$|(?<![\w'’])(?:not\s+(?:that|this|the\s+right)(?:\s+one)?|wrong\s+one"
    r"|(?:dim|nid|ddim)\s+(?:hwnna|hwnnw|hwn|yr?\s+un\s+(?:yna|yma|na|ma|iawn))|yr?\s+un\s+anghywir)(?![\w'’])",
    re.IGNORECASE)


def _typed_item(turn: Turn, items: dict[int, DraftOutcome]) -> dict[str, Any] | None:
    """A typed reply at "which one?" or at an item's choices: what it says to do, done; the one item it names, chosen;
    several named, the one-at-a-time way said in words; "back" or "not that one", out of the item. None when it says
    none of these (the reply is read as before)."""
    text = turn.latest_text
    numbers = item_numbers_said(turn, text)
    if numbers and _as_told(turn):
        return dict(RESET)  # "Take out 1, the pint was a joke, and 3 - … scratch it." (AK4): both taken out
    named = [n for n in numbers if n in items]
    if len(named) == 1 and len(numbers) == 1:
        return {"readback_item": str(items[named[0]].id), "readback_action": None}
    if len(named) > 1:  # "No, not that one! Number 1 and number 3.": one at a time, or what to do with them, in words
        turn.say("readback_several_named", numbers=numbered_words(turn, named),
                 example=f' {turn.render("readback_number_and").text} '.join(map(str, named)))
        return {"readback_item": None, "readback_action": None}
    if _NOT_THAT_ONE.search(plain_fold(text)) is not None and not numbers:
        turn.say("readback_left_as_is")
        return dict(RESET)
    return None


def validate_item(turn: Turn, value: Any) -> dict[str, Any]:
    if (again := _start_again_answered(turn, "readback_item")) is not None:
        return again
    digits = "".join(ch for ch in str(value or "") if ch.isdigit())
    items = dict(numbered_items(turn.sender_id))
    typed = not is_button_payload(turn.latest_text)
    if typed:
        picked = _typed_item(turn, items)
        if picked is not None:
            return picked
        digits = "".join(map(str, item_numbers_said(turn, turn.latest_text)[:1]))
    if typed and not digits and backs_out(turn.latest_text):
        if (choice_in_words(turn.latest_text) or _match(turn.latest_text, _CHOICE_WORDS)) == "confirm":
            return {"readback": "confirm", "readback_item": None}  # "sori na, ma fe'n iawn. anfona fe"
        turn.say("readback_left_as_is")
        return dict(RESET)  # the list and "Is this right?" again
    if typed and not digits:
        # "add", "ychwanegu", "send it" instead of a number: that choice ("no that's not right", then "add");
        # or the item by its words ("the one about the dog").
        other = _match(turn.latest_text, _CHOICE_WORDS) or choice_in_words(turn.latest_text)
        if other in ("add", "confirm"):
            return {"readback": other, "readback_item": None}
        named = item_named(turn, turn.latest_text)
        if named is not None:
            return {"readback_item": str(named.id)}
    if not digits or int(digits) not in items:
        if turn.earlier_replies() >= ITEM_UNCLEAR_BEFORE_LEAVING:
            # Never a third "which one?" (stop 30: "na" got "I couldn't find that number" three times in a row, a loop):
            # the list is left as it is, and "is this right?" asked again with its buttons.
            turn.say("readback_left_as_is")
            return dict(RESET)
        turn.say("readback_item_unclear" if digits else "readback_item_choices")  # (the choices, once)
        return {"readback_item": None}
    return {"readback_item": str(items[int(digits)].id)}


#: Replies at "which one would you like to change?" that pick no item before the list is left as it is.
ITEM_UNCLEAR_BEFORE_LEAVING = 1


def validate_action(turn: Turn, value: Any) -> dict[str, Any]:
    if (again := _start_again_answered(turn, "readback_action")) is not None:
        return again
    value = str(value or "")
    action = value if value in _ACTION_WORDS else _match(value, _ACTION_WORDS)
    outcome = _chosen(turn)
    if outcome is None:
        return dict(RESET)
    if action is None and not is_button_payload(turn.latest_text):
        picked = _typed_item(turn, dict(numbered_items(turn.sender_id)))
        if picked is not None:  # "No, not that one! Number 1 and number 3.", "back" (AK4)
            return picked
    if action is None and not is_button_payload(turn.latest_text) and _about_it_as_told(turn):
        return dict(RESET)  # "that one's about mum not me" at the item's choices (stop 48, BB11)
    if action is None and not is_button_payload(turn.latest_text) and backs_out(turn.latest_text):
        turn.say("readback_left_as_is")  # "gad e fel ma fe" (V35)
        return dict(RESET)
    if action is None:
        turn.say("readback_action_unclear")  # the choices on this item's buttons, not the read-back's
        return {"readback_action": None}
    if action.startswith("move_"):
        repository.change_outcome_type(turn.sender_id, outcome.id, action[5:], corrected_by="person")
    elif action == "remove":
        repository.remove_outcome(turn.sender_id, outcome.id)
        turn.say("readback_removed")  # (AZ16: never "I've changed that" for a removal)
        return dict(RESET)
    else:
        return {"readback_action": "edit"}
    turn.say("readback_done")
    return dict(RESET)


#: "nothing else", "dim byd arall", "no that's it thanks" typed at "What would you like to add?": nothing to add.
_NOTHING_TO_ADD = re.compile(
    r"^\W*(?:(?:no|na|nah|nope|naa|oh|o|um+|ym+)\W+)*(?:nothing(?:\s+(?:else|more|to\s+add))?|none|no\s+thank(?:s|\s*you|\s*u)?"
    r"|dim\s+byd(?:\s+(?:arall|mwy|i\s+ychwanegu))?|dim\s+(?:mwy|arall)|dim\s+diolch|na\s+diolch(?:\s+yn\s+fawr)?|that'?s\s+(?:it|all)"
    r"|dyna\s+(?:ni|fo|fe|i\s+gyd|'r\s+cwbl|'r\s+cyfan)|dyna'r\s+(?:cwbl|cwbwl|cyfan)|nid\s+oes|sdim|sa\s+ddim"
    r"|changed\s+my\s+mind|newid\s+fy\s+meddwl"
    # "No, that's everything", "just that" (after a disclosure: what I said), "dyna bopeth" (stop-26 trial W13)
    r"|that'?s\s+everything|(?:just|jyst|only)\s+(?:that|hynna|hynny)|dyna\s+bopeth)"
    # (and the kind word after the thanks: "No that's everything thanks love", "Na, dyna'r cwbwl, diolch yn fawr bach")
    r"(?:\W+(?:thanks|thank\s+you(?:\s+(?:very|so)\s+much)?|thx|ta|cheers|diolch(?:\s+yn\s+fawr)?(?:\s+(?:iawn|i\s+chi|i\s+ti"
    r"|i\s+chdi))*|x+|really|rili|actually|a\s+dweud\s+y\s+gwir"
    r"|love|luv|bach|cariad|mate|pal|hon))*\W*$",
    re.IGNORECASE)


# Thanks, and kind words for the chat ("Thank you, you've been very patient with an old man", "Diolch yn fawr, you are
# very kind"), with nothing asked for in them: a part that opens with thanks (bot.analysis.thanks.opens_with_thanks).
#: What asks for something, so a part opening with thanks is more than thanks ("thanks, but I'd like...").
_ASKS_FOR = re.compile(
    r"\b(?:but|ond|want|wants|wanted|like|need|needs|isio|eisiau|moyn|hoffi|angen|please|plis|pls)\b", re.I)
#: A whole answer of "no", "nothing" or "none" ("dim byd rili", "nah"): a bare "yes" or "ok" is not nothing.
_SAYS_NO = re.compile(r"\b(?:no|na|nah|nope|naddo|nac|nage|none|nothing|nowt|dim|not)\b", re.I)


#: Questions that ask whether there is anything more, where a bare "ok" says there is nothing (eighth trial AB14: "ok"
#: at "Anything else?" was shown under "Anything else", while "thats it" was not).
ASKS_FOR_MORE = frozenset({"anything_else"})
_JUST_OK = re.compile(r"^\W*(?:ok+|okay|oki|okey|k+|oce|iawn|grand|fine|ta|na|no|nope|nah|nay)\W*"
                      r"(?:(?:thanks|thank\s+you|ta|diolch|cheers|x+|love|bach)\W*)*$", re.IGNORECASE)


#: A "no" opening the reply ("no that's it", "na, dyna'r cwbl": trial 41 AW13, a yes to the list as it is).
_NO_FIRST = re.compile(r"^\W*(?:no|na|nah|nope|naddo|nage|nac)(?![\w'])", re.IGNORECASE)


def says_that_is_all(text: str) -> bool:
    """"That's all.", "that's it", "dyna i gyd", "Dim byd arall, diolch yn fawr i chi." said at "Is this right?": the
    end of what they had to say (trial 45 AZ18: Dennis's "That's all." was the "nothing else" of the question before,
    and the list went unseen), no answer to it: "Shall I send it?" is asked once. With a "no" first ("no that's it") it
    says the list needs nothing (AW13), as before; thanks alone is a yes."""
    folded = plain_fold(text).lower()
    return (says_nothing_to_add(text) and _NO_FIRST.match(folded) is None and not only_thanks(folded)
            and not re.search(r"\d", folded))


def send_asked_just_now(turn: Turn) -> bool:
    """Whether "Shall I send it?" was the last thing said (asked once: then "that's all" again sends it)."""
    said = turn.said_before()
    return bool(said) and turn.render("readback_send_asked").text in said[-1]


def says_nothing_to_add(text: str, question_key: str | None = None) -> bool:
    """Whether an answer has nothing in it to show as what they said: "dim byd rili", "just that", "Na, dim byd arall.
    Diolch yn fawr, you are very kind", "No, that's everything. Thank you, you've been very patient with an old man."
    Every sentence says nothing (more), or only thanks. Why: the third stop-26 trial (W13) found them in the summary
    as Eirlys's strength, Jay's worry and "anything else"; the answer itself is kept as typed. At a question that asks
    for anything more (`question_key` in ASKS_FOR_MORE) a bare "ok" says nothing too."""
    from bot.analysis.outcomes import sentences
    from bot.conversation.replies import says_nothing_more

    folded = fold(text).replace("\u2019", "'")
    if question_key in ASKS_FOR_MORE and _JUST_OK.match(folded):
        return True
    parts = [folded[start:end] for start, end in sentences(folded)] or [folded]
    said_nothing = [bool(_NOTHING_TO_ADD.match(part) or (says_nothing_more(part) and _SAYS_NO.search(part)))
                    for part in parts]
    thanks = [opens_with_thanks(part) and not _ASKS_FOR.search(part) for part in parts]
    return any(said_nothing) and all(n or t for n, t in zip(said_nothing, thanks, strict=True))


#: The whole message asks for the item to go: "just delete it", "remove it please", "tynnwch o allan", "dilëwch o".
_REMOVE_IT = re.compile(
    r"^\W*(?:(?:just|jyst|jest|actually|a\s+dweud\s+y\s+gwir|please|plis|pls|na|no|nah|ok|iawn|can\s+you|could\s+you"
    r"|you\s+can|i\s+want\s+(?:you\s+)?to|allwch\s+chi|alli\s+di|gei\s+di|wnei\s+di|wnewch\s+chi)\W+)*"
    r"(?:delete|remove|bin|scrap|get\s+rid\s+of|take(?:\s+(?:it|that|this|number\s+\d+|\d+))?\s+(?:out|off|away)"
    r"|dileu|dilea|dilewch|tynnu|tynnwch|tynna|cael\s+gwared\s+(?:arno|arni|ohono|ohoni|o|ar|efo))"
    r"(?:\W+(?:it|that|this|one|o|fo|fe|e|ef|hi|hwnna|hynna|hwnnw|hwn|allan|mas|out|off|away|altogether|completely"
    r"|i\s+gyd|please|plis|pls|thanks|thank\s+you|diolch|x+|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]n\s+dda))*\W*$",
    re.IGNORECASE)


def asks_to_remove_it(text: str) -> bool:
    """Whether a reply at "write it the way you'd like it" asks for the item to go instead ("just delete it")."""
    return _REMOVE_IT.match(plain_fold(" ".join((text or "").split()))) is not None


#: Telling us something is missing, as a sentence of its own: "Dach chi di colli'r peth pwysica!", "you've missed the
#: most important thing", "ti 'di anghofio'r prif beth" (trial 40 AU8: kept as a thing to keep, beside the respite she
#: then named). Never "you missed my daughter's name" (what it is, said).
#: "you missed", "u forgot", "dach chi di colli", "anghofioch chi", "wnest ti golli" (trial 45 AZ5: "anghofioch chi bod
#: …", "wnest ti golli bod …" too).
_MISSED_VERB = (
    r"(?:(?:you'?ve|you\s+have|u'?ve|you|u)\s+(?:(?:just|totally|completely|gone\s+and|also)\s+)?(?:missed|forgot|forgotten"
    r"|left\s+out)"
    # (the formal "rydych wedi anghofio…", "rwyt ti wedi…", with or without the pronoun: stop 48, BB9)
    r"|(?:(?:dach|dych|ych|ydach|ydych|da)\s+chi|ti|chi|wyt\s+ti|(?:rydych|rydach|rych)(?:\s+chi)?|rwyt(?:\s+ti)?)"
    r"\s*(?:wedi|'?di)\s+(?:colli|anghofio|gadael\s+allan"
    r"|gadel\s+mas|methu)"
    r"|(?:anghofioch|anghofiest|anghofiaist|anghofiasoch|golloch|gollest|gollaist)\s+(?:chi|ti|di)"
    r"|(?:wnest|nest|wnaethoch|naethoch|nathoch|wnaethost|nathost)\s+(?:chi|ti|di)\s+(?:golli|anghofio|fethu))")
#: "…the most important thing", "…y peth pwysica", and what may follow it before what is missing is said: a comma too
#: ("u missed the main thing, message me on here not phone calls": trial 45 AZ16).
_MISSED_THING = (
    r"\s*(?:out\s+)?(?:the\s+|y\s+|yr\s+|'r\s*)?"
    r"(?:(?:most\s+important|main|biggest|big|important|key)\s+(?:thing|bit|one|part)|peth\s+pwysica\w*|peth\s+mwya\w*"
    r"|prif\s+beth|peth\s+pwysig|peth\s+mawr|something|rhywbeth|thing|peth)"
    r"(?:\s+(?:of\s+all|out|allan|mas|o\s+gwbl|i\s+gyd|lol|tho|though))*\W*?(?:[.!?\n,;:]+\s*|\s[-–—]+\s*|$)")
_MISSED_IT = re.compile(
    r"^\W*(?:(?:o|oh|but|ond|wel|well|na|no|hang\s+on|hold\s+on)\W+)*" + _MISSED_VERB + _MISSED_THING, re.IGNORECASE)
#: The same said after something else: "take out 4 lol. and u missed the main thing, message me on here…" (AZ16).
_MISSED_IT_LATER = re.compile(r"(?<![\w'])" + _MISSED_VERB + _MISSED_THING, re.IGNORECASE)
#: "you missed that she wants to be at home at the end", "anghofioch chi bod hi isio…", "wnest ti golli ei bod hi…":
#: what follows "that" / "bod" is what is missing (trial 45 AZ5: only the "not a hospice." after it was added).
_MISSED_THAT = re.compile(
    r"(?<![\w'])" + _MISSED_VERB + r"\s+(?:(?:to\s+(?:say|put|write|add)|(?:deud|dweud|gweud|sôn|son))\s+)?"
    r"(?:that|(?:ei\s+)?(?:bod|fod|mod|bo))\s+(?=\w)", re.IGNORECASE)  # "bo fi moyn…" (trial 46 BA10)
#: A short qualifier after it, joined to it: "not a hospice", "dim hosbis", "never in hospital" (AZ5).
_QUALIFIER = re.compile(r"\s*(?P<q>(?:not|no|never|nid|dim|ddim|byth|na)\s[^.!?\n]{1,40}(?:[.!?]+|(?=\n)|$))",
                        re.IGNORECASE)
QUALIFIER_MAX_WORDS = 5
#: Only how much it matters: "thats the most important thing", "dyna'r peth pwysica" (AZ5): no outcome of its own.
_MATTERS_MOST = re.compile(
    r"^\W*(?:(?:and|but|a|ac|ond)\s+)?(?:that'?s|thats|that\s+is|it'?s|its|this\s+is|dyna(?:['\s]r|\s+y)?|hynna\s+(?:di|ydi|yw)"
    r"(?:['\s]r)?|hwnna\s+(?:di|ydi|yw)(?:['\s]r)?)\s*(?:the\s+|y\s+)?(?:(?:most|more|really|very|so)\s+)?"
    r"(?:important|main|biggest|big|key|peth\s+(?:pwysica\w*|mwya\w*|pwysig)|prif\s+beth|be\s+sy['\s]n?\s*bwysica\w*)"
    r"(?:\s+(?:thing|bit|part|one|of\s+all|i\s+fi|i\s+mi|to\s+(?:me|us|her|him)|iddi|iddo|i\s+gyd|o\s+gwbl))*\W*$",
    re.IGNORECASE)


#: "u missed", "you forgot", "ti 'di anghofio", "nest ti anghofio", "anghofiaist ti", with or without "that" after it.
_MISSED_SAID = re.compile(r"(?<![\w'])" + _MISSED_VERB + r"(?!\w)", re.IGNORECASE)  # ("anghofio'r clwb" too)
#: A clause that says a wish in so many words, someone wanting, needing or liking something: "i want to go to
#: sleepovers", "i like football", "fi moyn mynd mas", "dwi'n licio nofio", "he likes his tea strong", "mae hi isio…".
#: After "you forgot" these are what was missed, "that" or no "that" (trial 46 BA10); a bare thing ("the sleepovers",
#: "y ci") is no wish said, and gets the how-to-add line as before (stop 37's AP4).
_WISH_WORDS = re.compile(
    r"^(?:i|fi|dwi|dw\s?i|wi|rwy|rydw\s+i|he|she|(?:mae|ma)\s+(?:o|e|fo|fe|hi)|fo|fe|hi)(?:['’]?n|\s+yn)?\s+"
    r"(?:(?:really|still|also|dal\s+i|wir|hefyd)\s+)?"
    r"(?:want|wants|wanna|need|needs|like|likes|love|loves|enjoy|enjoys|would\s+(?:like|love)|['’]d\s+(?:like|love)"
    r"|isio|eisiau|moyn|mo['’]yn|ishe|isie|eisie|angen|licio|lico|leicio|hoffi|caru|dwlu|mwynhau)(?![\w'’])",
    re.IGNORECASE)
#: A thing to do said after "you forgot", as a verb with what follows it: "u forgot staying in her bungalow", "you
#: forgot going to chapel on Sundays", "ti 'di anghofio aros yn ei byngalo" (stop 48, BB9: a carer's "u forgot staying
#: in her bungalow" was dropped, as a bare thing would be). Never a bare thing ("u forgot netball", "you forgot
#: swimming": how to add it, as before), nor "something"/"anything", nor what was said ("you forgot saying…"): three
#: words at least.
_DOING_WORDS = re.compile(
    r"^(?!(?:(?:some|any|every|no)thing|thing|morning|evening|ceiling|building|wedding|ring|king|string|spring|bring"
    r"|sing|wing|swing|sling|sting|saying|mentioning|asking|putting|writing|adding|telling|missing|during|including"
    r"|according|regarding|concerning"
    # review48 S4: what happened to them, not a thing to do ("u forgot getting hit by my stepdad every night")
    r"|being|falling|feeling|hurting|crying|bleeding)(?![\w'’]))"
    r"(?:[a-z]{2,}ing|mynd|aros|cael|byw|gweld|cadw|siarad|mynychu|ymweld|gallu)(?:\s+[^\W\d_][\w'’-]*){2,}",
    re.IGNORECASE)
#: How many clauses after "you forgot" are read for the wish said with it ("u missed sleepovers, i want to go to
#: sleepovers": the second).
MISSED_CLAUSES_READ = 3


def _missed_wish_told(text: str) -> tuple[OutcomeSpan, list[tuple[int, int]]] | None:
    """"you forgot" with no "that", and the wish said with it: in the clause after it ("take out 2 lol and u forgot i
    like football") or a clause or two on ("u missed sleepovers, i want to go to sleepovers"), to its sentence's end,
    verbatim; with the parts of `text` read with it. None when no wish is said in words (trial 46 BA10, stop 46 review
    M4: the removal was done and the wish dropped without a word)."""
    folded = plain_fold(text)
    for said in _MISSED_SAID.finditer(folded):
        position = said.end()
        for _ in range(MISSED_CLAUSES_READ):
            position += len(folded[position:]) - len(folded[position:].lstrip(" \t\n,;:.!?-–—"))
            joined = _CLAIM_JOIN.match(folded[position:])
            start = position + (joined.end() if joined else 0)
            clause_end = min((i for i in (folded.find(mark, start) for mark in ",;.!?\n") if i >= 0),
                             default=len(folded))
            doing = _WISH_WORDS.match(folded[start:]) is None
            if not doing or _DOING_WORDS.match(folded[start:clause_end]):
                end = _sentence_around(text, start, start)[1]
                end += 1 if text[end:end + 1] in (".", "!", "?") else 0  # (its full stop, as "that …" keeps it)
                while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".!?"):
                    end -= 1
                words = text[start:end]
                if re.search(r"\d", words) or control_of(words) or len(re.findall(r"\w+", words)) < _MIN_ADDED_WORDS:
                    return None
                found = analyse(words)
                if doing and found.risk.level != "none":
                    return None  # a thing done to them that tells of harm is no wish (review48 S4)
                first = found.outcomes[0] if found.outcomes else None
                kind = first.type if first is not None else (found.outcome_type or "change")
                span = OutcomeSpan(words, start, end, kind, first.confidence if first else found.confidence,
                                   first.unsure if first else True)
                return span, [(_sentence_around(text, said.start(), said.start())[0], end)]
            if clause_end >= len(folded) or re.search(r"\d", folded[position:clause_end]):
                break  # (an instruction with a number is no wish said with it)
            position = clause_end
    return None


def missed_that_told(text: str) -> tuple[OutcomeSpan, list[tuple[int, int]]] | None:
    """What "you missed that …" says is missing, as an outcome: the clause after "that" / "bod", with a short qualifier
    after it joined ("she wants to be at home at the end. not a hospice.": one verbatim span), and the parts of `text`
    read with it (the "you missed" sentence, a "thats the most important thing" after it: no outcome). None when
    `text` says nothing so (trial 45 AZ5). With no "that", the wish said with it in words (_missed_wish_told, BA10)."""
    found = _MISSED_THAT.search(plain_fold(text))
    if found is None:
        return _missed_wish_told(text)
    start = found.end()
    end = _sentence_around(text, start, start)[1]
    end += 1 if text[end:end + 1] in (".", "!", "?") else 0
    qualifier = _QUALIFIER.match(text, end)
    if qualifier is not None and len(qualifier.group("q").split()) <= QUALIFIER_MAX_WORDS:
        end = qualifier.end("q")
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".!?"):
        end -= 1
    if len(re.findall(r"\w+", text[start:end])) < _MIN_ADDED_WORDS:
        return None
    read = [(_sentence_around(text, found.start(), found.start())[0], end)]
    after_start, after_end = _sentence_around(text, end + 1, end + 1) if end < len(text) else (end, end)
    if _MATTERS_MOST.match(plain_fold(text[after_start:after_end])):
        read.append((after_start, after_end))
    words = analyse(text[start:end])
    first = words.outcomes[0] if words.outcomes else None
    kind = first.type if first is not None else (words.outcome_type or "change")
    span = OutcomeSpan(text[start:end], start, end, kind, first.confidence if first else words.confidence,
                       first.unsure if first else True)
    return span, read


def missing_words_after_instructions(text: str) -> int | None:
    """Where what is missing begins when a reply says so after its other instructions ("take out 4 lol. and u missed
    the main thing, message me on here not phone calls": AZ16), or None."""
    that = missed_that_told(text)
    if that is not None:
        return that[0].start
    later = _MISSED_IT_LATER.search(plain_fold(text))
    if later is None or len(re.findall(r"\w+", text[later.end():])) < _MIN_ADDED_WORDS:
        return None
    return later.end()


def where_missed_is_said(text: str) -> int | None:
    """Where the words after "you've missed the most important thing!" begin (the length of the message when it is
    all), or None when the message does not open by saying something is missing."""
    found = _MISSED_IT.match(plain_fold(text))
    return found.end() if found is not None else None


def missed_then_said(text: str) -> int | None:
    """Where what is missing begins, when a reply opens by telling us something is missing and says it ("Dach chi di
    colli'r peth pwysica! Seibiant i fi…", "you've missed the most important thing! a break for me"); None otherwise.
    At "is this right?" it is something to add, as at "what would you like to add?" (trial 40 AV6: kept only as words
    for the worker, the respite never on the list)."""
    missed = where_missed_is_said(text)
    return missed if missed is not None and text[missed:].strip() else None


def validate_text(turn: Turn, value: Any) -> dict[str, Any]:
    if (again := _start_again_answered(turn, "readback_text")) is not None:
        return again
    text = turn.latest_text
    if not turn.can_keep(text):
        return {"readback_text": None}
    if turn.slot("readback") != "change" and is_only_talk_and_a_question_to_us(text) and _answer_question_to_us(turn):
        return dict(RESET)  # "dim byd. ody hwn yn mynd at mam?" (stop-24 trial T5): nothing added, question answered
    if turn.slot("readback") != "change" and (_NOTHING_TO_ADD.match(plain_fold(text))
                                              or only_thanks(text)):
        # Stop-21 trial U37: "nothing else" at the add prompt became a Change outcome "nothing else". Thanks alone,
        # "no thank you" (stop 48): "Thank you, I've added that." was said with nothing added, a second thank-you
        # before the one as it is sent.
        turn.say("readback_nothing_added")
        return dict(RESET)
    if turn.slot("readback") == "change":
        outcome = _chosen(turn)
        if outcome is not None and asks_to_remove_it(text):
            # "just delete it" at "write it the way you'd like it" (tenth trial AE9: it became the item's new words)
            repository.remove_outcome(turn.sender_id, outcome.id)
            turn.say("readback_removed")
            return dict(RESET)
        if outcome is not None:
            reword(turn, outcome, text)
    else:
        missed = where_missed_is_said(text)
        if missed is not None and not text[missed:].strip():
            turn.say("readback_missed_sorry")  # only "you've missed the most important thing!": what is it?
            return {"readback_text": None}
        record_addition(turn, text, missed or 0)  # ("Dach chi di colli'r peth pwysica!" itself is never an outcome)
    turn.say("readback_done" if turn.slot("readback") == "change" else "readback_added")
    if asks_about_assistant(text) is not None:  # "I'd like a ramp. does this go to mum?" (T5): answered too
        turn.say(about_assistant_reply(text))
    return dict(RESET)
