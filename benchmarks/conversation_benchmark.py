"""Conversation-level evaluation (issue 11): whole scripted conversations against the real assistant.

    .venv/bin/python benchmarks/conversation_benchmark.py                 # dev set (benchmarks/conversations/dev)
    .venv/bin/python benchmarks/conversation_benchmark.py --only ID --verbose
    .venv/bin/python benchmarks/conversation_benchmark.py --blind         # the test set: aggregate figures only
    .venv/bin/python benchmarks/conversation_benchmark.py --blind --check # exit 1 when a done-when target is missed

The assistant is the real one (bot.services.make_stack: action server, Rasa, web app) on loopback
ports with a temporary SQLite database, talked to over the web chat's channel (Rasa's REST protocol,
without Rasa logging what people typed). Which question is being asked is read from the tracker's
`requested_slot` (Rasa's HTTP API, the stack's token), so a script answers the question the
assistant really asked, not the one it expected. The stored record (bot.summary.record) is then
scored against the script's gold outcomes and risk. Scoring functions are pure (tested in
tests/analysis/test_conversation_benchmark.py).

Blind sets are read only with --blind and only aggregate figures are printed; the temporary database
holding their text is deleted at the end.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import json
import math
import os
import platform
import re
import secrets
import shutil
import socket
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV_DIR = ROOT / "benchmarks" / "conversations" / "dev"
#: Openings only (issue 11, "colloquial Welsh derails the start"): first message to the first answers.
STARTS_DIR = ROOT / "benchmarks" / "conversations" / "dev_starts"
#: Whole conversations that stress the middle and end of the form (stop 20): mid-form questions, "go back",
#: late name corrections, "dunno", emoji, read-back corrections.
FLOW_DIR = ROOT / "benchmarks" / "conversations" / "dev_flow"
#: Whole conversations by a fresh writer (stop 21), in the dev set's format: the first reading of each is an honest
#: estimate of how the assistant does on text nobody tuned on, before one half is read.
FRESH_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh"
#: A second fresh writer's conversations (stop 22), read the same way: odd numbers tuned on, even held out.
FRESH2_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh2"
#: A third fresh writer's conversations (stop 26, ids 61-80), read the same way.
FRESH3_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh3"
#: A fourth fresh writer's conversations (stop 27, ids 81-100), read the same way.
FRESH4_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh4"
#: The test set's twin (stop 29, ids 401-480): four writers who never saw the code, from the test set's own brief.
FRESH5_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh5"
#: The test set's second twin (stop 30): four more writers, the same four briefs, ids 501-580 (its README).
FRESH6_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh6"
#: The test set's third twin (stop 38): four more writers, ids 601-680, from a brief rebuilt from the twins' READMEs.
FRESH7_DIR = ROOT / "benchmarks" / "conversations" / "dev_fresh7"
#: The fresh writers' sets by their --set name (odd ids tuned on, even held out).
FRESH_SETS = {"fresh": FRESH_DIR, "fresh2": FRESH2_DIR, "fresh3": FRESH3_DIR, "fresh4": FRESH4_DIR,
              "fresh5": FRESH5_DIR, "fresh6": FRESH6_DIR, "fresh7": FRESH7_DIR}
#: The first test set (stops 15-27; 84 conversations and 379 everyday answers), read only as aggregate figures for
#: thirteen stops, then retired into dev material at stop 28 when a new test set replaced it (its README says why).
RETIRED_DIR = ROOT / "benchmarks" / "conversations" / "dev_retired"
RETIRED_EVERYDAY = ROOT / "benchmarks" / "conversations" / "retired_everyday.tsv"
#: The test set (stop 28 on): written by four writers and a fifth for the everyday answers, none of whom saw the code.
BLIND_DIR = ROOT / "benchmarks" / "blind" / "conversations"
EVERYDAY = ROOT / "benchmarks" / "blind" / "everyday_answers.tsv"
LANGS = ("cy", "en")

#: A conversation that needs more turns than this has lost its way.
MAX_TURNS = 60
#: The same question asked this many times is a loop.
LOOP_ASKS = 3
#: Turns in a row with no question asked and the record not confirmed: stuck.
MAX_IDLE_TURNS = 3
#: Lenient match: token overlap (Dice coefficient) at least this.
LENIENT_OVERLAP = 0.5
#: Outcomes shorter than this many words are fragments unless they are a whole answer.
FRAGMENT_WORDS = 3

#: The issue's done-when targets (on the test set).
TARGETS = {"span_f1": 0.90, "span_type_f1": 0.85, "fragment_rate": 0.0, "derailed": 0,
           "false_urgent_conversations": 0, "urgent_recall": 0.95, "welsh_recall_gap": 0.02,
           "everyday_urgent_rate": 1 / 200}

#: Typed replies at the read-back and for questions the script has no answer for.
WORDS = {
    "cy": {"add": "ychwanegu", "confirm": "anfon", "skip": "hepgor", "carry_on": "parhau"},
    "en": {"add": "add", "confirm": "send it", "skip": "skip", "carry_on": "carry on"},
}
#: Answers that mean "nothing to say": not storing them is not swallowing them.
NOTHING_WORDS = {"dim", "na", "no", "none", "nothing", "idk", "dunno", "nah", "nope", "n/a", "na dim byd", "dim byd",
                 "dim diolch", "no thanks", "skip", "hepgor", "sgip", "nothing else", "na dim", "no thats it",
                 "dim rili", "not really", "nothing really", "dunno really", "sai'n gwbod", "dwn im", "dim syniad",
                 "pasio", "pas"}

def safe_check_waiting(replies: Sequence[str]) -> bool:
    """Did the assistant just ask "are you safe right now?" (bot.conversation.pause), or, after harm happening now,
    "is help on its way?", or the choice alone ("You can carry on, take a break or stop…", after help asked for at the
    check), holding the question? (stop 28: a script answered the held question with its next answer, and the holds
    were counted as a loop; stop 35, the fuzzing player's seed 3604: the choice alone after "?" was read as the
    question.)"""
    return any(_safe_checks().fullmatch(reply.strip()) for reply in replies)


@functools.cache
def _safe_checks() -> re.Pattern[str]:
    """Every wording of the checks that hold the questions, a placeholder and the word before it (Welsh mutates and
    says "ac" before a vowel) standing for any words. Stop 49: a carer's check names the person ("are you, and Elen,
    safe right now?", since stop 47), and it was compared with the catalogue's "{cared_for_name}" as typed, so the
    player never saw it, answered the question waiting with "skip" and counted the check as that question asked
    again: a loop, and every later question never asked, with no fault of the assistant's (derail_fuzz seed 4914).
    The check before consent (safety_check_no_consent) holds the questions too."""
    from bot.messages import catalogue

    texts = {str(text).strip() for key in ("safety_check", "safety_check_no_consent", "safety_check_again",
                                           "safety_check_help_coming", "safety_check_choose")
             for variant, text in catalogue()[key].items() if variant != "buttons"}
    wordings = (re.sub(r"\w+\\ \\\{\w+\\\}", ".+?", re.escape(text)) for text in sorted(texts))
    return re.compile("|".join(f"(?:{wording})" for wording in wordings), re.DOTALL)


#: The assistant's whose_view names for the gold's "person" (a young person is the person).
WHOSE_VIEW_ALIASES = {"young_person": "person"}

ABOUT_YOU = {"consent_choice": "consent", "role": "role", "name": "name", "cared_for_name": "cared_for_name",
             "relationship": "relationship"}


# ---------------------------------------------------------------------------------------------
# Scoring (pure)
# ---------------------------------------------------------------------------------------------

_TRAILING = re.compile(r"[\s.,;:!?…\"'“”‘’)\]-]+$")
_LEADING = re.compile(r"^[\s\"'“”‘’(\[-]+")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def norm_span(text: str) -> str:
    """Equal-after-trimming form: whitespace collapsed, quotes and trailing punctuation off, case kept."""
    text = " ".join(text.split())
    return _LEADING.sub("", _TRAILING.sub("", text))


def tokens(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def exact_match(pred: str, gold: str) -> bool:
    return norm_span(pred) == norm_span(gold)


def lenient_match(pred: str, gold: str) -> bool:
    """Overlap-based: the two share words (Dice coefficient over words, case-folded) by LENIENT_OVERLAP or more."""
    pt, gt = tokens(norm_span(pred)), tokens(norm_span(gold))
    if not pt or not gt:
        return False
    common = sum(min(pt.count(w), gt.count(w)) for w in set(pt))
    return 2 * common / (len(pt) + len(gt)) >= LENIENT_OVERLAP


def match(gold: Sequence[str], pred: Sequence[str], same: Callable[[str, str], bool]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, greedy in order."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(p, g):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def same_view(gold: str | None, pred: str | None) -> bool:
    return WHOSE_VIEW_ALIASES.get(pred or "", pred) == WHOSE_VIEW_ALIASES.get(gold or "", gold)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def is_fragment(outcome: str, answers: Iterable[str]) -> bool:
    """Under FRAGMENT_WORDS words and not the whole of some answer."""
    if len(outcome.split()) >= FRAGMENT_WORDS:
        return False
    whole = {norm_span(a) for a in answers}
    return norm_span(outcome) not in whole


_NEGATED = ("not ", "nid ", "ddim ", "dim ", "never ")


def name_ok(stored: str | None, typed: str) -> bool:
    """Is the stored name one a reader would accept for what was typed?

    Accepted: the whole answer, its first clause, the first word of that clause, or the capitalised
    first word of a later clause that is not a negation ("Margaret, please. Not Maggie." -> Margaret,
    never Maggie; "Mrs Mair Jenkins. Mair yn iawn" -> Mair or Mrs Mair Jenkins).
    """
    if not stored or not stored.strip():
        return False
    want = norm_span(stored).casefold()
    clauses = [c.strip() for c in re.split(r"[.,;!?()\n]+", typed) if c.strip()]
    ok = {norm_span(typed).casefold()}
    if clauses:
        ok.add(clauses[0].casefold())
        ok.add(clauses[0].split()[0].casefold())
    for c in clauses[1:]:
        first = c.split()[0]
        if first[:1].isupper() and not c.casefold().startswith(_NEGATED):
            ok.add(first.casefold())
    # The name with only its lead-in or sign-off around it ("its Tia", "dani is fine", "call me Kay"); either of two
    # forms joined by a sign ("Hopcyn = Hops", "Gareth aka Gaz": stop 32, the name after the sign is the one used).
    for c in re.split(r"[.,;!?()\n]+|\s(?:but|ond|aka|a\.k\.a\.?)\s|\s*(?:=+>?|-+>|→|>)\s*", typed.casefold()):
        c = " ".join(c.split())
        if c.startswith(_NEGATED):
            continue
        while True:
            shorter = _NAME_TRAILER.sub("", _NAME_LEAD_IN.sub("", c)).strip()
            if shorter == c:
                break
            c = shorter
        if c and len(c.split()) <= 3:
            ok.add(c)
    # The name said of themselves anywhere in a longer answer ("im 15 and my names jade", "i'm Mia and I'm 13",
    # "dwi'n 13 a Gethin dw i": stop 34, the reader took the right name and it was scored a wrong one).
    for found in _SAID_OF_THEMSELVES.finditer(typed.casefold()):
        ok.add(found.group("name") or found.group("before"))
    return want in ok


#: A name said of themselves inside a longer answer, for `name_ok`: after "my name's", "I'm", "it's", "call me",
#: "fy enw i yw", or before "dw i", "sy 'ma", "here"; never a number ("im 15") nor a word that says how they are.
_SAID_OF_THEMSELVES = re.compile(
    r"(?<![\w'’])(?:(?:my|me|the)\s+names?(?:['’]s|\s+is)?|name['’]?s|i['’]?m|i\s+am|its|it['’]s|call\s+me"
    r"|fy\s+enw\s+i\s+(?:yw|ydi|ydy)|enw\s+fi\s+(?:yw|ydi|di)|fi\s+(?:yw|ydi|di))\s+"
    r"(?!(?:not|just|only|so|a|an|the|fine|ok|okay|good|tired|here|from|in|at|on|with|and|his|her|their|the|doing"
    r"|looking|caring|worried|sorry|going)(?![\w'’-]))(?P<name>[^\W\d_][\w'’-]*)"
    r"|(?P<before>[^\W\d_][\w'’-]*)\s+(?:dw\s+i|dwi|ydw\s+i|sy\s*['’]?\s*ma|here)(?![\w'’-])")


#: Words around a name that are not part of it, for `name_ok`.
_NAME_LEAD_IN = re.compile(
    r"^(?:hi|hiya|hello|helo|haia|hey|shwmae|it'?s|it’s|it is|its|i'?m|i’m|i am|this is|(?:my|the) name(?:'s|’s| is|s)"
    r"|names|name'?s|(?:just |you can |u can |(?:every|some)(?:one|body) |people |pawb yn )?call(?:s)? me"
    r"|(?:(?:ma'?|mae) )?(?:pawb yn )?galw fi(?:'n)?"
    r"|galwa fi'?n|galwch fi'?n|fy enw(?: i)? (?:yw|ydi|ydy)|enw fi (?:yw|ydi|di)|fi (?:yw|ydi|di)"
    # a yes, a sound or an "only" before the name ("yeah its ellie", "um ellie", "just kacey": stop 29)
    r"|yeah|yea|yes|yep|ok|okay|so|um+|erm*|oh|well|hm+|just|only|jyst|ia|ie)\s+")
_NAME_TRAILER = re.compile(r"\s+(?:is fine|is ok|is okay|will do(?: (?:perfectly |just )?(?:well|fine|nicely))?|yn iawn|neith y tro|dw i|dwi|ydw i|ydw|yw fi|here"
                           r"|please|plis|pls|x+|lol|thanks|diolch|btw|obvs"
                           # their age after the name ("its tyler im 14", "osian dwi'n 15": stop 29)
                           r"|(?:i'?m |im |dwi'?n |dw i'?n |wi'?n |fi'?n )?\d{1,2}(?: oed)?"
                           # the name everyone calls them, as the openings' gold accepts it ("Elin, ond Els ma pawb
                           # yn galw fi": Elin or Els; stop-28 trial Y11, "Eirlys. Ond Lys ma pawb yn gweud")
                           r"|(?:ma'?|mae) pawb yn (?:ddeud|deud|dweud|ddweud|gweud|weud|galw fi)"
                           r"|to (?:everyone|everybody|my friends|my mates)|i bawb)$")


def swallowed(script_answers: Iterable[tuple[str, str]], stored: Iterable[tuple[str, str]]) -> list[str]:
    """Question keys whose scripted text (key, text) is not stored verbatim under any key.

    Answers that say "nothing" ("dim", "idk", "skip") may be left unstored."""
    stored_texts = {t for _, t in stored}
    out = []
    for key, text in script_answers:
        if text in stored_texts:
            continue
        if " ".join(text.casefold().split()).strip(" .!") in NOTHING_WORDS or key in out:
            continue
        out.append(key)
    return out


@dataclass
class Transcript:
    """What happened when a script was played: questions asked in order and why it stopped."""

    asked: list[str] = field(default_factory=list)
    loop: bool = False
    too_long: bool = False
    stuck: bool = False
    unexpected: list[str] = field(default_factory=list)  # questions the script has no answer for
    unasked: list[str] = field(default_factory=list)  # scripted questions never asked
    unscripted_why: list[str] = field(default_factory=list)  # "why" asked where the script has no why_answer
    sent: list[tuple[str, str]] = field(default_factory=list)  # (slot asked, text sent)
    confirmed: bool = False
    #: The conversation's language (the tracker's slot) when each question was asked: (slot, language).
    languages: list[tuple[str, str | None]] = field(default_factory=list)
    #: (slot, text) sent that are not answers: a script's earlier replies to a question it answers later
    #: ("what do you mean?", "how long is this?", "go back"), so never expected to be stored.
    asides: list[tuple[str, str]] = field(default_factory=list)


def derailments(script: dict[str, Any], record: dict[str, Any] | None, transcript: Transcript) -> list[str]:
    """Why a conversation counts as derailed (empty: it did not): wrong name, loop, swallowed answer, ..."""
    reasons: list[str] = []
    if record is None:
        return ["no record"]
    if not name_ok(record.get("name"), str(script.get("name", ""))):
        reasons.append("wrong name")
    reasons += lost_its_way(transcript)
    if not transcript.confirmed and not (transcript.loop or transcript.too_long or transcript.stuck):
        reasons.append("not confirmed")
    return reasons + went_astray(transcript, record)


def lost_its_way(transcript: Transcript) -> list[str]:
    """A loop, too many turns, or stuck (shared by the whole-conversation and the openings scorers)."""
    return [reason for reason, happened in (("loop", transcript.loop), ("too many turns", transcript.too_long),
                                            ("stuck", transcript.stuck)) if happened]


def went_astray(transcript: Transcript, record: dict[str, Any]) -> list[str]:
    """An answer not stored verbatim, a scripted question never reached, or a question the script has no answer for."""
    reasons = []
    if swallowed(sent_answers(transcript), [(a["question_key"], a["text"]) for a in record.get("answers", [])]):
        reasons.append("swallowed answer")
    if transcript.unasked:
        reasons.append("scripted question never asked")
    if transcript.unexpected:
        reasons.append("unscripted question asked")
    return reasons


def sent_answers(transcript: Transcript) -> list[tuple[str, str]]:
    """(question key, text) of every answer sent to a form question ("why" answers as why_<key>)."""
    return [(slot.removeprefix("q_"), text) for slot, text in transcript.sent
            if slot.startswith(("q_", "why_")) and (slot, text) not in transcript.asides]


def gold_outcomes(script: dict[str, Any]) -> list[dict[str, Any]]:
    gold = [o for a in script.get("answers") or [] for o in (a.get("outcomes") or [])]
    gold += [o for o in script.get("readback_additions") or [] if o.get("span")]
    return gold


# ---------------------------------------------------------------------------------------------
# Playing a script against the running assistant
# ---------------------------------------------------------------------------------------------


def _post(url: str, payload: dict[str, Any], timeout: float = 120.0) -> Any:
    req = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"),  # noqa: S310 - loopback
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as response:  # noqa: S310 - loopback
        return json.loads(response.read().decode("utf-8"))


def _get_json(url: str, timeout: float = 60.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback
        return json.loads(response.read().decode("utf-8"))


class Player:
    """Plays one script over the web chat channel, answering whatever question the tracker says is asked."""

    def __init__(self, rasa_url: str, token: str, sender: str, script: dict[str, Any]) -> None:
        self.rasa_url, self.token, self.sender, self.script = rasa_url, token, sender, script
        self.language = script.get("language", "en")
        self.answers = {a["question"]: a for a in script.get("answers") or []}
        self.t = Transcript()
        self.replies: list[str] = []
        self.trace: Callable[[str], None] | None = None
        self.end_slots: dict[str, Any] = {}

    def say(self, text: str) -> None:
        out = _post(f"{self.rasa_url}/webhooks/webchat/webhook", {"sender": self.sender, "message": text})
        self.replies = [r.get("text", "") for r in out if r.get("text")]
        if self.trace is not None:
            self.trace(f"    > {text[:100]!r}\n    < {' | '.join(self.replies)[:300]!r}")

    def slots(self) -> dict[str, Any]:
        sender = urllib.parse.quote(self.sender, safe="")
        tracker = _get_json(f"{self.rasa_url}/conversations/{sender}/tracker?token={self.token}")
        return tracker.get("slots") or {}

    def reply_for(self, slot: str, additions: list[dict[str, Any]]) -> str:
        words = WORDS[self.language if self.language in WORDS else "en"]
        if slot == "language":
            return self.nth_reply(slot, self.script.get("language_choice") or "English")
        if slot in ABOUT_YOU:
            value = self.script.get(ABOUT_YOU[slot])
            if value is None:
                self.t.unexpected.append(slot)
                return words["skip"]
            return self.nth_reply(slot, value)
        if slot.startswith("q_"):
            answer = self.answers.get(slot[2:])
            if answer is None:
                self.t.unexpected.append(slot)
                return words["skip"]
            if isinstance(answer["says"], list):  # "what?" first, then the answer: one reply each time it is asked
                replies = [str(r) for r in answer["says"]]
                if (slot, replies[-1]) in self.t.sent:  # asked again after a disclosure: said already
                    return words["skip"]
                text = self.nth_reply(slot, replies)
                if text != replies[-1]:
                    self.t.asides.append((slot, text))
                return text
            if (slot, str(answer["says"])) in self.t.sent:  # asked again after a disclosure: said already
                return words["skip"]
            return str(answer["says"])
        if slot.startswith("why_"):
            answer = self.answers.get(slot[4:]) or {}
            if answer.get("why_answer"):
                return str(answer["why_answer"])
            self.t.unscripted_why.append(slot)
            return words["skip"]
        if slot == "readback":
            return words["add"] if additions else words["confirm"]
        if slot == "readback_text" and additions:
            return str(additions.pop(0)["says"])
        self.t.unexpected.append(slot)
        return words["confirm"] if slot.startswith("readback") else words["skip"]

    def nth_reply(self, slot: str, value: Any) -> str:
        """A script's reply to this question: a list gives one reply each time it is asked ("sori?", then the
        answer), its last reply again after that."""
        if not isinstance(value, list):
            return str(value)
        times = sum(1 for asked, _ in self.t.sent if asked == slot)
        return str(value[min(times, len(value) - 1)])

    def extra_replies(self, slot: str) -> int:
        """Replies beyond the first the script gives this question ("sorry?", "what do you mean", then the
        answer): the question asked again after each is no loop."""
        key = "language_choice" if slot == "language" else ABOUT_YOU.get(slot)
        value = self.script.get(key) if key else None
        if slot.startswith("q_"):
            value = (self.answers.get(slot[2:]) or {}).get("says")
        return len(value) - 1 if isinstance(value, list) and value else 0

    def finished(self, slot: str) -> bool:
        """Stop before answering `slot`? (A whole conversation goes on to the read-back.)"""
        return False

    def carry_on_reply(self) -> str:
        """What the player says when no question is asked (paused, or between steps): "carry on"."""
        return WORDS[self.language if self.language in WORDS else "en"]["carry_on"]

    def safe_check_reply(self) -> str:
        """What the player says to "are you safe right now?": "carry on" (derail_fuzz.py varies it)."""
        return self.carry_on_reply()

    def play(self, confirmed: Callable[[], bool]) -> Transcript:
        additions = list(self.script.get("readback_additions") or [])
        asks: dict[str, int] = {}
        self.say(str(self.script.get("opening") or "helo"))
        idle = 0
        for _ in range(MAX_TURNS):
            slots = self.slots()
            slot = slots.get("requested_slot")
            if slot is None and slots.get("language") is None:
                slot = "language"  # the Active Offer: no form slot yet, the language not chosen
            self.t.languages.append((str(slot), slots.get("language")))
            self.end_slots = slots
            if slot is None:
                if confirmed():
                    self.t.confirmed = True
                    break
                idle += 1
                if idle > MAX_IDLE_TURNS:
                    self.t.stuck = True
                    break
                # Paused (after a disclosure) or between steps: ask to carry on.
                self.say(self.carry_on_reply())
                continue
            idle = 0
            if self.finished(slot):
                break
            if safe_check_waiting(self.replies):
                # After a disclosure the question waits for "are you safe right now?": carry on.
                self.say(self.safe_check_reply())
                continue
            self.t.asked.append(slot)
            asks[slot] = asks.get(slot, 0) + 1
            limit = LOOP_ASKS + (len(self.script.get("readback_additions") or []) if slot == "readback" else 0)
            limit += self.extra_replies(slot)
            if asks[slot] >= limit:
                self.t.loop = True
                break
            text = self.reply_for(slot, additions)
            self.t.sent.append((slot, text))
            self.say(text)
        else:
            self.t.too_long = True
        if not self.t.confirmed and confirmed():
            self.t.confirmed = True
        expected = set(self.answers)
        got = {s[2:] for s in self.t.asked if s.startswith("q_")}
        self.t.unasked = sorted(expected - got)
        return self.t


class StartPlayer(Player):
    """Plays an opening (benchmarks/conversations/dev_starts): the first message to the first answers, then stops.

    After each message it notes the conversation's language (the tracker's slot) and the replies, so a
    flipped language shows in the turn it happened."""

    def __init__(self, rasa_url: str, token: str, sender: str, script: dict[str, Any]) -> None:
        super().__init__(rasa_url, token, sender, script)
        #: (text sent, the conversation's language after it, the replies)
        self.turns: list[tuple[str, str | None, list[str]]] = []

    def say(self, text: str) -> None:
        super().say(text)
        self.turns.append((text, self.slots().get("language"), list(self.replies)))

    def finished(self, slot: str) -> bool:
        if not slot.startswith(("q_", "why_", "readback")):
            return False
        sent = set(self.t.sent)
        for key, answer in self.answers.items():
            if ("q_" + key, str(answer["says"])) not in sent:
                return False
            why = answer.get("why_answer")
            if why and slot == "why_" + key and ("why_" + key, str(why)) not in sent:
                return False
        return True


class FlowPlayer(StartPlayer):
    """Plays a whole conversation of benchmarks/conversations/dev_flow, noting the language turn by turn.

    A form question's `says` may be a list, one reply each time the question is asked ("be ti'n feddwl?",
    "how long is this?", then the answer); `readback_says` gives the replies at the read-back in order,
    `{item: words}` standing for the number of the listed item that quotes those words."""

    def reply_for(self, slot: str, additions: list[dict[str, Any]]) -> str:
        if slot.startswith("readback"):
            said = self.script.get("readback_says") or []
            done = sum(1 for asked, _ in self.t.sent if asked.startswith("readback"))
            if done < len(said):
                return self.item_number(said[done]) if isinstance(said[done], dict) else str(said[done])
        return super().reply_for(slot, additions)

    def item_number(self, wanted: dict[str, Any]) -> str:
        """The number the read-back gave the item quoting `wanted["item"]` ("?" when none does)."""
        words = str(wanted.get("item", "")).casefold()
        for reply in reversed([r for _, _, replies in self.turns for r in replies]):
            for line in reply.splitlines():
                number = re.match(r"\s*(\d+)\.\s", line)
                if number and words in line.casefold():
                    return number.group(1)
        return "?"

    def extra_replies(self, slot: str) -> int:
        answer = self.answers.get(slot[2:]) if slot.startswith("q_") else None
        if answer is not None and isinstance(answer["says"], list):
            return len(answer["says"]) - 1
        if slot.startswith("readback"):
            return len(self.script.get("readback_says") or [])
        return super().extra_replies(slot)

    def finished(self, slot: str) -> bool:
        return False


def flow_derailments(script: dict[str, Any], record: dict[str, Any] | None, player: FlowPlayer) -> list[str]:
    """Why a whole conversation of the flow set derailed: the openings' reasons (names, role, language turn by
    turn, loops, swallowed answers, questions never reached) and the record never confirmed."""
    t = player.t
    if record is not None and record.get("completed_by") != "carer":
        # A young carer read as a young person is asked no carer's questions (either reading is accepted).
        t.unasked = [key for key in t.unasked if not key.startswith("carer_")]
    reasons = start_derailments(script, record, t, player.turns)
    if record is not None and not t.confirmed and not (t.loop or t.too_long or t.stuck):
        reasons.append("not confirmed")
    # "what do you mean?", "how long is this?", "go back" taken as the answer: the question never came again.
    sent = set(t.sent)
    if any(isinstance(a["says"], list) and ("q_" + a["question"], str(a["says"][-1])) not in sent
           for a in script.get("answers") or []) and not (t.loop or t.too_long or t.stuck):
        reasons.append("question taken as an answer")
    return reasons


def _one_of(stored: str | None, accepted: Iterable[str]) -> bool:
    want = norm_span(stored or "").casefold()
    return bool(want) and want in {norm_span(str(a)).casefold() for a in accepted}


#: Words quoted back to the person (the read-back's numbered quotes): theirs, not the assistant's language.
_QUOTED = re.compile(r"“[^”]*”")


def start_derailments(script: dict[str, Any], record: dict[str, Any] | None, transcript: Transcript,
                      turns: Sequence[tuple[str, str | None, list[str]]]) -> list[str]:
    """Why an opening counts as derailed (empty: it did not): a wrong name, role or language, a loop, a
    swallowed answer, a question never reached or one for another kind of speaker."""
    from bot.analysis.language import detect_language

    if record is None:
        return ["no record"]
    gold = script.get("gold") or {}
    reasons: list[str] = []
    if not _one_of(record.get("name"), gold.get("name") or []):
        reasons.append("wrong name")
    roles = gold.get("role") or []
    roles = [roles] if isinstance(roles, str) else roles
    if roles and record.get("completed_by") not in roles:
        reasons.append("wrong role")
    # The person cared for is asked about only when a carer is talking (a young carer may be read as a young person).
    if (gold.get("cared_for_name") and record.get("completed_by") == "carer"
            and not _one_of(record.get("cared_for_name"), gold["cared_for_name"])):
        reasons.append("wrong cared-for name")
    want = gold.get("language") or script.get("language")
    free = set(gold.get("language_free") or [])  # messages after which either language is right
    chosen = False
    for text, language, replies in turns:
        chosen = chosen or language is not None
        if not chosen or text in free:
            continue
        # (the person's own words quoted back, as in the read-back's "1. “I need someone to sort my tablets out”",
        # are theirs, in whatever language they typed: never the assistant's language; stop 32, dev_flow f05)
        unquoted = [_QUOTED.sub(" ", r) for r in replies]
        said = [detect_language(r) for r in unquoted if len(r.split()) >= 4]
        if language != want or any(g.language not in (want, "und") and g.confidence >= 0.8 for g in said):
            reasons.append("language flipped")
            break
    if record.get("language") != want and "language flipped" not in reasons:
        reasons.append("language flipped")
    return reasons + lost_its_way(transcript) + went_astray(transcript, record)


def score_start(script: dict[str, Any], record: dict[str, Any] | None, player: StartPlayer, tally: Tally,
                report: Callable[[str], None] | None = None) -> None:
    """Add one opening to its language's tally; `report` gets why it derailed, turn by turn (dev only)."""
    tally.n_conv += 1
    reasons = start_derailments(script, record, player.t, player.turns)
    if reasons:
        tally.derailed += 1
        for r in reasons:
            tally.reasons[r] = tally.reasons.get(r, 0) + 1
    if report is None or not reasons:
        return
    rec = record or {}
    report(f"  derailed: {', '.join(reasons)}")
    report(f"    stored name {rec.get('name')!r}, cared-for {rec.get('cared_for_name')!r}, "
           f"role {rec.get('completed_by')!r}, language {rec.get('language')!r}; gold {script.get('gold')}")
    for text, language, replies in player.turns:
        report(f"    > {text[:90]!r} [{language}]")
        report(f"    < {' | '.join(replies)[:240]!r}")
    report(f"    asked: {' '.join(player.t.asked)}")


# ---------------------------------------------------------------------------------------------
# Aggregation
# ---------------------------------------------------------------------------------------------


@dataclass
class Tally:
    n_conv: int = 0
    gold: int = 0
    pred: int = 0
    exact: int = 0
    lenient: int = 0
    exact_typed: int = 0
    whose_ok: int = 0
    whose_n: int = 0
    fragments: int = 0
    derailed: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    urgent_gold: int = 0
    urgent_hit: int = 0
    urgent_sent: int = 0
    urgent_sent_hit: int = 0
    no_disclosure: int = 0
    false_urgent_conv: int = 0
    false_urgent_flags: int = 0
    # "Please check" (stop 24): the learned model alone, unsure; the duty team is asked to read it and decide.
    check_hit: int = 0  # gold-urgent messages kept as "please check"
    check_sent_hit: int = 0
    false_check_conv: int = 0  # conversations without a disclosure with a "please check" flag
    seconds: float = 0.0


def risk_messages(script: dict[str, Any]) -> list[dict[str, Any]]:
    """Every scripted message with its gold risk: the answers, and the opening when the script gives its
    risk (`opening_risk`: a disclosure can come in the very first message)."""
    opening = [{"question": "opening", "says": str(script["opening"]), "risk": script["opening_risk"]}
               if script.get("opening_risk") and script.get("opening") else None]
    # A flow script's answer may be a list of replies: the last is the answer, the others asides. A script that
    # answered one question in several entries keeps each reply's own risk (`risks`, one_entry_per_question).
    answers: list[dict[str, Any]] = []
    for a in script.get("answers") or []:
        if not isinstance(a.get("says"), list):
            answers.append(a)
        elif a.get("risks"):
            answers += [a | {"says": said, "risk": risk} for said, risk in zip(a["says"], a["risks"])]
        else:
            answers.append(a | {"says": a["says"][-1]})
    return [m for m in opening if m is not None] + answers


def urgent_texts(record: dict[str, Any]) -> set[str]:
    """The messages read as urgent: each urgent alert's own message, and the later messages of its thread added to it
    (one thread, one alert since stop 23: a follow-up such as "if he finds out ive said owt hell batter me worse than
    last time" is kept, verbatim, with the alert the duty team already has, not as an alert of its own)."""
    urgent = [f for f in record.get("risk_flags") or [] if f.get("level") == "urgent"]
    return {f["text"] for f in urgent} | {m["text"] for f in urgent for m in f.get("added_messages") or []}


def please_check_texts(record: dict[str, Any]) -> set[str]:
    """The messages kept as "please check" (a concern the learned model alone read as maybe urgent; the duty team was
    asked to read it): counted apart from urgent, and with it in the recall of what reached the duty team."""
    return {f["text"] for f in record.get("risk_flags") or [] if f.get("please_check")}


def score_conversation(script: dict[str, Any], record: dict[str, Any] | None, transcript: Transcript,
                       tally: Tally, report: Callable[[str], None] | None = None,
                       player_replies: Sequence[str] = (), reasons: list[str] | None = None) -> None:
    """Add one conversation's figures to its language's tally; `report` gets each mismatch (dev only).

    `reasons`: why it derailed, when the caller scored that itself (the flow set's gold names and languages)."""
    tally.n_conv += 1
    rec = record or {"answers": [], "outcomes": [], "risk_flags": [], "name": None}
    gold = gold_outcomes(script)
    preds = rec["outcomes"]
    gold_text = [str(g["span"]) for g in gold]
    pred_text = [str(p["text"]) for p in preds]
    tally.gold += len(gold)
    tally.pred += len(preds)
    pairs = match(gold_text, pred_text, exact_match)
    tally.exact += len(pairs)
    tally.lenient += len(match(gold_text, pred_text, lenient_match))
    for gi, pi in pairs:
        tally.exact_typed += gold[gi].get("type") == preds[pi].get("type")
        tally.whose_n += 1
        tally.whose_ok += same_view(gold[gi].get("whose_view"), preds[pi].get("whose_view"))
    answer_texts = [a["text"] for a in rec["answers"]]
    frags = [p for p in pred_text if is_fragment(p, answer_texts)]
    tally.fragments += len(frags)
    if reasons is None:
        reasons = derailments(script, record, transcript)
    if reasons:
        tally.derailed += 1
        for r in reasons:
            tally.reasons[r] = tally.reasons.get(r, 0) + 1
    urgent = urgent_texts(rec)
    checked = please_check_texts(rec) - urgent
    for a in risk_messages(script):
        if a.get("risk") == "urgent":
            tally.urgent_gold += 1
            tally.urgent_hit += a["says"] in urgent
            tally.check_hit += a["says"] in checked
            # The conversation got that far (the opening is always sent).
            if a["question"] == "opening" or any(text == a["says"] for _, text in transcript.sent):
                tally.urgent_sent += 1
                tally.urgent_sent_hit += a["says"] in urgent
                tally.check_sent_hit += a["says"] in checked
    if not script.get("disclosure"):
        tally.no_disclosure += 1
        tally.false_urgent_conv += bool(urgent)
        tally.false_urgent_flags += len(urgent)
        tally.false_check_conv += bool(checked)
    if report is not None:
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                report(f"  missed gold [{g.get('type')}]: {g['span']!r}")
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                report(f"  extra pred  [{p.get('type')}]: {p['text']!r}")
        for gi, pi in pairs:
            if gold[gi].get("type") != preds[pi].get("type") or not same_view(gold[gi].get("whose_view"),
                                                                               preds[pi].get("whose_view")):
                report(f"  type/view   gold {gold[gi].get('type')}/{gold[gi].get('whose_view')} "
                       f"pred {preds[pi].get('type')}/{preds[pi].get('whose_view')}: {preds[pi]['text']!r}")
        for f in frags:
            report(f"  fragment: {f!r}")
        for r in reasons:
            report(f"  derailed: {r}")
        if "wrong name" in reasons or "wrong cared-for name" in reasons or "wrong role" in reasons:
            report(f"    stored name {rec.get('name')!r}, cared-for {rec.get('cared_for_name')!r}, role "
                   f"{rec.get('completed_by')!r} for typed {script.get('name')!r}, gold {script.get('gold')}")
        lost = swallowed(sent_answers(transcript), [(a["question_key"], a["text"]) for a in rec["answers"]])
        for key in lost:
            report(f"    swallowed: {key}")
        if reasons and player_replies:
            report(f"    last reply: {player_replies[-1][:160]!r}")
        if transcript.unexpected:
            report(f"    unscripted questions asked: {transcript.unexpected}")
        if transcript.unscripted_why:
            report(f"    'why' asked with no why_answer in the script: {transcript.unscripted_why}")
        if transcript.unasked:
            report(f"    scripted questions never asked: {transcript.unasked}")
        for a in risk_messages(script):
            if a.get("risk") == "urgent" and a["says"] not in urgent:
                report(f"  urgent missed ({a['question']})")
            if a.get("risk") != "urgent" and a["says"] in urgent:
                report(f"  false urgent ({a['question']}): {a['says'][:80]!r}")
            if a["says"] in checked:
                report(f"  please check ({a['question']}, gold {a.get('risk')}): {a['says'][:80]!r}")
        report(f"    asked: {' '.join(transcript.asked)}")


def figures(tallies: dict[str, Tally]) -> dict[str, float]:
    out: dict[str, float] = {}
    for lang, t in tallies.items():
        p, r, f = prf(t.exact, t.pred, t.gold)
        lp, lr, lf = prf(t.lenient, t.pred, t.gold)
        _, _, tf = prf(t.exact_typed, t.pred, t.gold)
        out |= {f"conversations_{lang}": t.n_conv, f"gold_outcomes_{lang}": t.gold, f"predicted_outcomes_{lang}": t.pred,
                f"span_precision_{lang}": p, f"span_recall_{lang}": r, f"span_f1_{lang}": f,
                f"lenient_precision_{lang}": lp, f"lenient_recall_{lang}": lr, f"lenient_f1_{lang}": lf,
                f"span_type_f1_{lang}": tf,
                f"whose_view_accuracy_{lang}": t.whose_ok / t.whose_n if t.whose_n else float("nan"),
                f"fragment_rate_{lang}": t.fragments / t.pred if t.pred else 0.0, f"fragments_{lang}": t.fragments,
                f"derailed_{lang}": t.derailed,
                f"urgent_messages_{lang}": t.urgent_gold,
                f"urgent_recall_{lang}": t.urgent_hit / t.urgent_gold if t.urgent_gold else float("nan"),
                f"urgent_sent_{lang}": t.urgent_sent,
                f"urgent_recall_sent_{lang}": t.urgent_sent_hit / t.urgent_sent if t.urgent_sent else float("nan"),
                f"no_disclosure_conversations_{lang}": t.no_disclosure,
                f"false_urgent_conversations_{lang}": t.false_urgent_conv,
                f"false_urgent_per_conversation_{lang}": (t.false_urgent_flags / t.no_disclosure
                                                          if t.no_disclosure else 0.0),
                f"urgent_please_check_{lang}": t.check_hit,
                f"reached_duty_recall_{lang}": ((t.urgent_hit + t.check_hit) / t.urgent_gold if t.urgent_gold
                                                else float("nan")),
                f"reached_duty_recall_sent_{lang}": ((t.urgent_sent_hit + t.check_sent_hit) / t.urgent_sent
                                                     if t.urgent_sent else float("nan")),
                f"please_check_conversations_{lang}": t.false_check_conv}
    return out


def targets_met(fig: dict[str, float]) -> list[str]:
    """The done-when targets missed (empty: all met)."""
    missed = []
    for lang in LANGS:
        if f"span_f1_{lang}" not in fig:
            continue
        if not fig[f"span_f1_{lang}"] >= TARGETS["span_f1"]:
            missed.append(f"span_f1_{lang}")
        if not fig[f"span_type_f1_{lang}"] >= TARGETS["span_type_f1"]:
            missed.append(f"span_type_f1_{lang}")
        if fig[f"fragments_{lang}"] > 0:
            missed.append(f"fragments_{lang}")
        if fig[f"derailed_{lang}"] > TARGETS["derailed"]:
            missed.append(f"derailed_{lang}")
        if fig[f"false_urgent_conversations_{lang}"] > TARGETS["false_urgent_conversations"]:
            missed.append(f"false_urgent_conversations_{lang}")
        rec = fig[f"urgent_recall_{lang}"]
        if not math.isnan(rec) and rec < TARGETS["urgent_recall"]:  # nan: no urgent messages in this language
            missed.append(f"urgent_recall_{lang}")
        rate = fig.get(f"everyday_urgent_rate_{lang}")
        if rate is not None and rate > TARGETS["everyday_urgent_rate"]:
            missed.append(f"everyday_urgent_rate_{lang}")
    cy, en = fig.get("urgent_recall_cy", float("nan")), fig.get("urgent_recall_en", float("nan"))
    if not math.isnan(cy) and not math.isnan(en) and en - cy > TARGETS["welsh_recall_gap"]:
        missed.append("welsh_recall_gap")
    return missed


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def load_scripts(folder: Path) -> list[dict[str, Any]]:
    import yaml

    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    return [one_entry_per_question(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in paths]


def one_entry_per_question(script: dict[str, Any]) -> dict[str, Any]:
    """A script that answers one question in several entries ("what?", then the answer, as some writers put it) as
    one entry whose replies are given in order, each time the question is asked: the dev_flow form. The gold of every
    entry is kept, and each reply's own risk (`risks`), so each is scored as the message it is."""
    merged: dict[str, dict[str, Any]] = {}
    order = ("none", "concern", "urgent")
    for a in script.get("answers") or []:
        key = a.get("question")
        if key not in merged:
            merged[key] = dict(a)
            continue
        first = merged[key]
        said = first["says"] if isinstance(first["says"], list) else [first["says"]]
        more = a["says"] if isinstance(a.get("says"), list) else [a.get("says")]
        first["says"] = [*said, *more]
        first["outcomes"] = [*(first.get("outcomes") or []), *(a.get("outcomes") or [])]
        risks = first.get("risks") or [first.get("risk", "none")] * len(said)
        first["risks"] = [*risks, *[a.get("risk", "none")] * len(more)]
        first["risk"] = max(first["risks"], key=lambda r: order.index(r) if r in order else 0)
    return script | {"answers": list(merged.values())} if script.get("answers") else script


#: The form's question keys a script may answer (bot/conversation/questions.py without the "q_").
QUESTION_KEYS = frozenset({"what_matters", "strengths", "keep", "change", "support", "worries", "people",
                           "communication", "visit_time", "carer_own", "carer_support", "anything_else"})
RISK_LEVELS = frozenset({"none", "concern", "urgent"})
OUTCOME_TYPES = frozenset({"change", "maintenance", "process"})
VIEWS = frozenset({"person", "carer"})


def script_problems(script: Any) -> list[str]:
    """What is wrong with a script's shape, in words that quote nothing of it: a new test set written by people who
    never saw the code can be checked before its first (and only figures-only) reading without anyone reading it."""
    if not isinstance(script, dict):
        return ["not a mapping"]
    problems: list[str] = []
    sid = str(script.get("id") or "")
    if not re.fullmatch(r"(cy|en)-[a-z_-]+-[a-z]?\d+", sid):
        problems.append("id is not <language>-<variety>-<speaker>-<number>")
    if script.get("language") not in LANGS:
        problems.append("language is not cy or en")
    elif sid and not sid.startswith(str(script["language"])):
        problems.append("id and language disagree")
    problems += [f"no {key}" for key in ("opening", "role", "name")
                 if not isinstance(script.get(key), (str, list)) or not script.get(key)]
    answers = script.get("answers")
    if not isinstance(answers, list) or not answers:
        return [*problems, "no answers"]
    for n, a in enumerate(answers, 1):
        if not isinstance(a, dict):
            problems.append(f"answer {n} is not a mapping")
            continue
        q = a.get("question")
        if q not in QUESTION_KEYS:
            problems.append(f"answer {n}: unknown question key")
        says = a.get("says")
        if isinstance(says, list) and all(isinstance(x, str) for x in says):  # several messages (dev_flow)
            says = "\n".join(says)
        if not isinstance(says, str) or not says.strip():
            problems.append(f"answer {n}: no text")
            says = ""
        if a.get("risk", "none") not in RISK_LEVELS:
            problems.append(f"answer {n}: risk is not none, concern or urgent")
        for m, o in enumerate(a.get("outcomes") or [], 1):
            if not isinstance(o, dict) or not isinstance(o.get("span"), str):
                problems.append(f"answer {n} outcome {m}: no span")
                continue
            if o["span"] not in says:
                problems.append(f"answer {n} outcome {m}: span is not an exact substring of the answer")
            if o.get("type") not in OUTCOME_TYPES:
                problems.append(f"answer {n} outcome {m}: type is not change, maintenance or process")
            if o.get("whose_view", "person") not in VIEWS:
                problems.append(f"answer {n} outcome {m}: whose_view is not person or carer")
    return problems


def script_number(script: dict[str, Any]) -> int:
    """The number that ends a fresh script's id (cy-north-person-41 -> 41): odd numbers tuned on, even held out."""
    return int(str(script["id"]).rsplit("-", 1)[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def everyday_rates(path: Path = EVERYDAY) -> dict[str, float]:
    """Share of a set of everyday answers (the test set's, or the retired one's) read as urgent by the risk reader
    itself, per language (and how many the model alone, unsure, would send to the duty team as "please check")."""
    from bot.analysis.risk import assess_risk

    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out: dict[str, float] = {}
    for lang in LANGS:
        texts = [r["text"] for r in rows if (r.get("language") or "").strip() == lang]
        readings = [assess_risk(t) for t in texts]
        urgent = sum(r.level == "urgent" for r in readings)
        out[f"everyday_answers_{lang}"] = len(texts)
        out[f"everyday_urgent_{lang}"] = urgent
        out[f"everyday_please_check_{lang}"] = sum(r.please_check for r in readings)
        out[f"everyday_urgent_rate_{lang}"] = urgent / len(texts) if texts else float("nan")
    return out


@dataclass
class Assistant:
    """The running assistant a player talks to: its Rasa address, the API token, and the stored record."""

    rasa_url: str
    token: str
    database_url: str

    def record_of(self, sender: str) -> dict[str, Any] | None:
        from bot.storage import repository
        from bot.storage.db import session_scope
        from bot.summary.record import build_record

        with session_scope(self.database_url) as s:
            conv = repository.get_conversation(s, sender)
            return build_record(conv) if conv is not None else None

    def confirmed(self, sender: str) -> bool:
        rec = self.record_of(sender)
        return rec is not None and rec.get("status") == "confirmed"


@contextlib.contextmanager
def running_assistant(train: bool = False) -> Iterator[Assistant]:
    """The real assistant (action server, Rasa, web app) on free loopback ports with a temporary SQLite
    database, deleted at the end (it holds what was typed)."""
    from bot import services
    from bot.storage import db

    if train:
        services.train(quiet=True)
    model = services.latest_model()
    if model is None:
        services.train(quiet=True)
        model = services.latest_model()
    assert model is not None, "no trained model (bot/models)"
    workdir = Path(tempfile.mkdtemp(prefix="wm-convbench-"))
    url = f"sqlite:///{workdir / 'whatmatters.db'}"
    try:
        db.reset_engines()
        db.migrate(url)
        # The scripted client answers within milliseconds of each question: no typing window (settings.py).
        env = {"DATABASE_URL": url, "PUBLIC_BASE_URL": "http://127.0.0.1:8080", "BURST_TYPING_WINDOW": "no"}
        stack = services.make_stack(_free_port(), _free_port(), env, log_dir=workdir / "logs", web_port=_free_port())
        stack.start(model)
        try:
            stack.wait_ready(timeout=300)
            yield Assistant(stack.rasa_url, stack.env["RASA_TOKEN"], url)
        finally:
            stack.stop()
    finally:
        db.reset_engines()
        shutil.rmtree(workdir, ignore_errors=True)


def run(scripts: list[dict[str, Any]], verbose: bool, train: bool, trace: bool = False,
        starts: bool = False, flow: bool = False) -> dict[str, Tally]:
    """Play every script against a freshly started assistant; `starts`: openings only (score_start);
    `flow`: whole conversations scored with the openings' gold too (flow_derailments)."""
    tallies = {lang: Tally() for lang in LANGS}
    with running_assistant(train) as assistant:
        record_of = assistant.record_of
        for i, script in enumerate(scripts):
            sender = f"bench-{i:03d}-{secrets.token_hex(4)}"
            player = (StartPlayer if starts else FlowPlayer if flow else Player)(assistant.rasa_url,
                                                                                 assistant.token, sender, script)
            if trace:
                player.trace = lambda line: print(line, file=sys.stderr)
            start = time.monotonic()
            try:
                transcript = player.play(functools.partial(assistant.confirmed, sender))
            except (OSError, ValueError) as exc:  # a failed request: counted as stuck, never hidden
                transcript = player.t
                transcript.stuck = True
                if verbose:
                    print(f"  request failed: {type(exc).__name__}", file=sys.stderr)
            lang = str(script.get("language")) if script.get("language") in LANGS else "en"
            tally = tallies[lang]
            tally.seconds += time.monotonic() - start
            if verbose:
                print(f"# {script.get('id')}", file=sys.stderr)
            report = (lambda line: print(line, file=sys.stderr)) if verbose else None
            if isinstance(player, FlowPlayer):
                record = record_of(sender)
                reasons = flow_derailments(script, record, player)
                score_conversation(script, record, transcript, tally, report, player.replies, reasons)
                if report is not None and reasons:
                    for text, language, replies in player.turns:
                        report(f"    > {text[:90]!r} [{language}]")
                        report(f"    < {' | '.join(replies)[:240]!r}")
            elif isinstance(player, StartPlayer):
                score_start(script, record_of(sender), player, tally, report)
            else:
                score_conversation(script, record_of(sender), transcript, tally, report, player.replies)
            print(f"  ...{i + 1}/{len(scripts)}", file=sys.stderr, flush=True)
    return tallies


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def print_table(fig: dict[str, float], origin: str, n: int) -> None:
    print(f"# set: {origin} ({n} conversations)")
    print(f"# machine: {machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    rows = [("conversations", "conversations_{}", "d"), ("gold outcomes", "gold_outcomes_{}", "d"),
            ("predicted outcomes", "predicted_outcomes_{}", "d"),
            ("span precision", "span_precision_{}", ".2f"), ("span recall", "span_recall_{}", ".2f"),
            ("span F1 (target >= 0.90)", "span_f1_{}", ".2f"),
            ("lenient P / R / F1", None, ""),
            ("span+type F1 (target >= 0.85)", "span_type_f1_{}", ".2f"),
            ("whose_view accuracy (matched)", "whose_view_accuracy_{}", ".2f"),
            ("fragments (target 0)", "fragments_{}", "d"), ("fragment rate", "fragment_rate_{}", ".3f"),
            ("derailed conversations (target 0)", "derailed_{}", "d"),
            ("urgent messages (gold)", "urgent_messages_{}", "d"),
            ("urgent recall (target >= 0.95)", "urgent_recall_{}", ".2f"),
            ("  urgent messages actually sent", "urgent_sent_{}", "d"),
            ("  urgent recall over those sent", "urgent_recall_sent_{}", ".2f"),
            ("  kept as 'please check' instead", "urgent_please_check_{}", "d"),
            ("  recall, urgent or 'please check'", "reached_duty_recall_{}", ".2f"),
            ("    over those sent", "reached_duty_recall_sent_{}", ".2f"),
            ("conversations without disclosure", "no_disclosure_conversations_{}", "d"),
            ("  with an urgent flag (target 0)", "false_urgent_conversations_{}", "d"),
            ("  urgent flags per conversation", "false_urgent_per_conversation_{}", ".2f"),
            ("  with a 'please check' flag", "please_check_conversations_{}", "d"),
            ("everyday answers", "everyday_answers_{}", "d"),
            ("  raised to urgent", "everyday_urgent_{}", "d"),
            ("  share (target <= 0.005)", "everyday_urgent_rate_{}", ".3f"),
            ("  kept as 'please check' instead", "everyday_please_check_{}", "d")]
    print(f"{'figure':40s} {'cy':>8s} {'en':>8s}")
    for label, key, fmt in rows:
        if key is None:
            cells = [f"{fig[f'lenient_precision_{lang}']:.2f}/{fig[f'lenient_recall_{lang}']:.2f}/"
                     f"{fig[f'lenient_f1_{lang}']:.2f}" for lang in LANGS]
            print(f"{label:40s} {cells[0]:>16s} {cells[1]:>16s}")
            continue
        if key.format("cy") not in fig:
            continue
        cells = [format(fig[key.format(lang)], fmt) if fmt != "d" else str(int(fig[key.format(lang)]))
                 for lang in LANGS]
        print(f"{label:40s} {cells[0]:>8s} {cells[1]:>8s}")


def print_starts(tallies: dict[str, Tally], folder: Path, n: int, check: bool) -> int:
    """The openings' table: derailed conversations per language and why (dev material, so printed in full)."""
    print(f"# set: {folder.relative_to(ROOT)}: openings, dev ({n} conversations)")
    print(f"# machine: {machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{'figure':40s} {'cy':>8s} {'en':>8s}")
    print(f"{'conversations':40s} {tallies['cy'].n_conv:>8d} {tallies['en'].n_conv:>8d}")
    print(f"{'derailed (target 0)':40s} {tallies['cy'].derailed:>8d} {tallies['en'].derailed:>8d}")
    for lang in LANGS:
        reasons = tallies[lang].reasons
        print(f"# derailment reasons {lang}: " + (", ".join(f"{r} {c}" for r, c in sorted(reasons.items())) or "none"))
    seconds = sum(t.seconds for t in tallies.values())
    print(f"# seconds per conversation: {seconds / max(n, 1):.1f}")
    return 1 if check and any(t.derailed for t in tallies.values()) else 0


def print_script_problems(folder: Path) -> int:
    """Each script file's shape problems (names and kinds only: safe for the blind set); 1 when there are any."""
    import yaml

    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    bad = 0
    ids: set[str] = set()
    for path in paths:
        try:
            script = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            problems = ["not valid YAML"]
        else:
            problems = script_problems(script)
            sid = str(script.get("id")) if isinstance(script, dict) else ""
            if sid in ids:
                problems.append("id used twice")
            ids.add(sid)
            if sid and path.stem != sid:
                problems.append("file name is not the id")
        for p in problems:
            print(f"{path.name}: {p}")
        bad += bool(problems)
    print(f"# {len(paths)} scripts, {bad} with problems")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--set", choices=["dev", "starts", "flow", *FRESH_SETS, "retired"],
                       default="dev",
                       help="the dev set (default), its openings only (dev_starts), the mid-form set (dev_flow), "
                            "a fresh writer's set (dev_fresh ... dev_fresh4; fresh5, fresh6, fresh7: the test set's twins), or the retired "
                            "first test set (dev_retired, with its everyday answers)")
    group.add_argument("--blind", action="store_true", help="the held-out test set: aggregate figures only")
    parser.add_argument("--check-scripts", action="store_true",
                        help="only check the scripts' shape (file names and kinds of problem, no text), then stop")
    parser.add_argument("--only", help="dev conversation ids, comma-separated")
    parser.add_argument("--half", choices=["odd", "even"],
                        help="a fresh set's tuning half (odd numbers) or held-out half (even numbers) alone")
    parser.add_argument("--verbose", action="store_true", help="print each mismatch (dev only)")
    parser.add_argument("--trace", action="store_true", help="print every turn (dev only)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a done-when target is missed")
    parser.add_argument("--train", action="store_true", help="run `rasa train` first (only retrains on change)")
    args = parser.parse_args(argv)
    if args.blind and (args.only or args.verbose or args.trace):
        parser.error("--only, --verbose and --trace are for the dev set only")
    starts = args.set == "starts" and not args.blind
    flow = args.set == "flow" and not args.blind
    folder = (BLIND_DIR if args.blind else STARTS_DIR if starts else FLOW_DIR if flow
              else RETIRED_DIR if args.set == "retired" else FRESH_SETS.get(args.set, DEV_DIR))
    if args.half and (args.blind or not args.set.startswith("fresh")):
        parser.error("--half is for a fresh writer's set only")
    scripts = load_scripts(folder)
    if args.check_scripts:
        return print_script_problems(folder)
    if args.half:
        scripts = [s for s in scripts if script_number(s) % 2 == (1 if args.half == "odd" else 0)]
    if args.only:
        wanted = set(args.only.split(","))
        scripts = [s for s in scripts if s.get("id") in wanted]
        if not scripts:
            parser.error(f"no dev conversation {args.only!r}")
    tallies = run(scripts, verbose=args.verbose and not args.blind, train=args.train,
                  trace=args.trace and not args.blind, starts=starts, flow=flow)
    if starts:
        return print_starts(tallies, folder, len(scripts), args.check)
    fig = figures(tallies)
    if args.blind:
        fig |= everyday_rates()
    elif args.set == "retired" and not args.only:
        fig |= everyday_rates(RETIRED_EVERYDAY)
    half = f" ({args.half} half)" if args.half else ""
    origin = ("benchmarks/blind/conversations: held-out test set, written blind (never read, figures only)"
              if args.blind else f"{folder.relative_to(ROOT)}{half}: dev set, written blind, read while developing")
    print_table(fig, origin, len(scripts))
    reasons: dict[str, int] = {}
    for t in tallies.values():
        for r, c in t.reasons.items():
            reasons[r] = reasons.get(r, 0) + c
    print("# derailment reasons: " + (", ".join(f"{r} {c}" for r, c in sorted(reasons.items())) or "none"))
    seconds = sum(t.seconds for t in tallies.values())
    print(f"# seconds per conversation: {seconds / max(len(scripts), 1):.1f}")
    missed = targets_met(fig)
    print("# targets missed: " + (", ".join(missed) if missed else "none"))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
