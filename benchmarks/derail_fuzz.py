"""Derailments (issue 11, stop 25): a fuzzing player that plays many varied whole conversations.

    .venv/bin/python benchmarks/derail_fuzz.py --n 200 --seed 1          # play 200 conversations, seeds 1..200
    .venv/bin/python benchmarks/derail_fuzz.py --seed 17 --n 1 --trace   # one conversation again, turn by turn
    .venv/bin/python benchmarks/derail_fuzz.py --n 200 --seed 1 --save /tmp/fuzz.json  # the derailed scripts
    .venv/bin/python benchmarks/derail_fuzz.py --plain --crossed --n 80 --seed 3301  # answers crossing questions

The issue's test set counts a conversation as derailed when the same question is asked three times (a loop), a
scripted question is never asked, or the stored name is not the one given. The dev scripts never derail, so the
causes are things they never do. This tool writes conversations the way the dev scripts are written (the same
fields) from dev material only (benchmarks/conversations/dev, dev_flow, the odd halves of dev_fresh and dev_fresh2,
dev*_everyday.tsv, dev*_disclosures.tsv; never benchmarks/blind or the held-out halves), then mixes in, at any
question: short replies ("ia", "ok", "?", emoji, "dunno", "sai'n gwbod") and questions back ("be ti'n feddwl?")
before the answer; answers that also ask to skip or pause, or hold a control word; names in odd forms; a
relationship given twice; disclosures (harm now, past harm) answered at "are you safe?" with "carry on", "ymlaen",
"iawn", "I'm fine" or more harm; an answer in the other language; north/south Welsh, text-speak, English.

Each conversation is played through the real assistant the way conversation_benchmark.py plays a script (the
web chat's REST channel, the question read from the tracker) and scored with its rules. A seed makes one
conversation: the same seed plays the same conversation again. A dev tool: not part of the test suite.
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import random
import re
import secrets
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conversation_benchmark as cb  # the benchmark's player and scoring, from beside this file

from bot.conversation.questions import CARERS_OWN, QUESTIONS

CONVERSATIONS = cb.ROOT / "benchmarks" / "conversations"

#: Dev material only: whole tuning sets, and the odd (tuning) halves of the fresh writers' sets.
SCRIPT_DIRS = (("dev", None), ("dev_flow", None), ("dev_fresh", 1), ("dev_fresh2", 1))
#: `--twins` (stop 37): the odd (tuning) halves of the later fresh writers' sets too, dev_fresh5 and dev_fresh6 written
#: from the test set's own briefs, so the moves meet the words the test set's writers were asked for.
TWIN_DIRS = (("dev_fresh3", 1), ("dev_fresh4", 1), ("dev_fresh5", 1), ("dev_fresh6", 1))
TSV_ANSWERS = ("dev_everyday.tsv", "dev2_everyday.tsv")
TSV_DISCLOSURES = ("dev_disclosures.tsv", "dev2_disclosures.tsv")

#: The questions in the order asked, by who is talking (bot.conversation.questions).
CARER_QUESTIONS = tuple(q.key for q in QUESTIONS)
PERSON_QUESTIONS = tuple(q.key for q in QUESTIONS if q.asked_of != CARERS_OWN)

SHORT = {
    "cy": ["ia", "cym", "ok", "?", "hmm", "🤷", "sai'n gwbod", "dwn im", "be?", "ym", "👍", "...", "iawn"],
    "en": ["ok", "?", "hmm", "dunno", "idk", "🤷‍♀️", "k", "eh?", "👍", "...", "yeah", "um"],
}
QUESTIONS_BACK = {
    "cy": ["be ti'n feddwl?", "sori?", "dwi'm yn dallt", "beth chi'n feddwl?", "Sai'n siŵr beth chi'n feddwl",
           "be ti isio i fi ddeud?", "sori be oedd y cwestiwn?", "fel be?"],
    "en": ["what do you mean?", "sorry?", "what?", "like what?", "not sure what you mean", "what was the question?",
           "what do you want me to say?", "how do you mean"],
}
#: Said after an answer, in the same message: a wish to skip or pause, or a control word used as a word.
TAILS = {
    "cy": [" ... ga i sgipio'r un nesa?", " sori gorfod mynd, alla i orffen wedyn?", " dwi isio stopio poeni amdano fo",
           " help efo'r siopa fysa'n dda", " gawn ni frysio plis", " (Saesneg o'n i'n neud yn ysgol)", " dyna ni",
           " ok next"],
    "en": [" ... can we skip the next one?", " sorry got to go, can I finish later?", " I just want to stop worrying",
           " help with the shopping would be good", " can we speed this up", " in english is fine", " thats it",
           " next question pls"],
}
SAFE_REPLIES = {
    "cy": ["parhau", "ymlaen", "iawn", "dwi'n iawn", "ia", "ok", "mlaen", "dwi'n iawn, gawn ni gario mlaen",
           "?", "ia dwi'n saff"],
    "en": ["carry on", "I'm fine", "ok", "yeah", "im fine lets carry on", "go on", "?", "yes im safe", "fine",
           "continue"],
}
NAMES = {
    "cy": ["Gwilym ydw i", "Sian, Siân efo to bach", "Meinir", "Dafydd. Dai i bawb", "fi di Cerys", "Mrs Jones",
           "Elin x", "Bethan ydi enw fi", "Huw", "Nia plis"],
    "en": ["its Dave", "Karen x", "Mrs Jones", "call me Bev", "Brian, but Bri is fine", "me? Sharon lol",
           "Tom here", "Lisa", "I'm Gareth", "Kelly."],
}
CARED_FOR = {
    "cy": ["Dad. Gwilym ydi enw fo", "nain, Mrs Jones", "Mam (Eirlys)", "y gŵr, Dai", "Taid. Wil", "mam",
           "fy mab i, Owain", "Glenys yw ei henw hi"],
    "en": ["its for my nan, Mrs Jones", "Dad. his name is Ken", "mum (Donna)", "my husband Dai", "nan",
           "my son, Tyler", "Joan - she's my mum", "dad"],
}
#: A title alone is no name ("Mrs" from "Mrs Jones").
TITLES = frozenset(("Mrs", "Mr", "Miss", "Ms", "Dr", "Mrs.", "Mr."))
RELATIONSHIP_AGAIN = {"cy": ["ddudes i, ", "fel ddudes i - "], "en": ["i said, ", "like I said, "]}

# `--people` (stop 26): what real people do that the moves above do not.
#: The name given with the relationship in one message ("Sue, her daughter").
NAME_WITH_RELATIONSHIP = {
    "cy": ["Sioned, merch hi", "Gareth ydw i, y mab", "Eleri - wyres hi", "Dylan, fi di'r gŵr"],
    "en": ["Sue, her daughter", "Im Mark, his son", "Karen - the granddaughter", "Pat, his wife"],
}
#: Welsh mutated and possessive forms of the person cared for ("Fy mam, Mair"; "i Nain").
CARED_FOR_MUTATED = {
    "cy": ["Fy mam, Mair", "i Nain", "fy nhad, Emrys", "Nhad. Emrys", "ei mam hi, Gwen", "i Taid"],
    "en": ["my mum, Jean", "for Nan", "my dad - Ron", "Grandad"],
}
#: "sorry I meant…": the next message puts the last answer right, then the next question is answered.
MEANT = {"cy": ["sori, o'n i'n feddwl: ", "o na sori, be o'n i'n feddwl oedd ", "sori, dim hynna - "],
         "en": ["sorry I meant ", "sorry, what I meant was ", "oops sorry I meant "]}
#: A name put right in the next message ("sorry I meant Siân").
NAME_MEANT = {"cy": [("Sian", "sori, Siân efo to bach"), ("Dai", "sori, Dafydd dw i")],
              "en": [("Jon", "sorry I meant John"), ("Bev", "sorry, I meant Beverley")]}
#: Said at the question after the one they answered early: they told us already.
SAID_ALREADY = {"cy": ["ddudes i'n barod", "dwi 'di deud hynna'n barod", "fel ddudes i uchod"],
                "en": ["i said that already", "already told you above", "see what i put before"]}
JOIN_NEXT = {"cy": [" a ", ". hefyd, ", ". ac am y cwestiwn nesa: "], "en": [" and ", ". also ", ". and for the next one: "]}
#: A reply to "are you safe?" that is also an answer (to the question that waits).
SAFE_AND_ANSWER = {"cy": ["dwi'n saff. ", "ia dwi'n iawn, ", "iawn. "], "en": ["yes im safe. ", "im fine. ", "safe yes, "]}
#: Someone else takes over the keyboard.
TAKE_OVER = {"cy": ["merch hi sy 'ma rŵan, fi sy'n teipio", "Helo, mab o sy 'ma rŵan", "ei gŵr hi sy'n sgwennu rŵan"],
             "en": ["this is her daughter now", "hi its his son taking over now", "her husband typing now, she's tired"]}
#: `--people` (stop 27): a name, an age and who they are in one message ("Sue, 52, her daughter").
NAME_AGE_RELATIONSHIP = {
    "cy": ["Sioned, 45, merch hi", "Gareth ydw i, 50 oed, y mab", "Eleri ydi enw fi, dwi'n 19, wyres hi"],
    "en": ["Sue, 52, her daughter", "Im Mark, 34, his son", "Karen here, 19, the granddaughter"],
}
#: The person cared for with their age ("my mum Jean, she's 82").
CARED_FOR_AGE = {"cy": ["Mam, Jean, mae hi'n 82", "fy nhad Emrys, 79 oed", "Nain (Gwen), 91"],
                 "en": ["my mum Jean, she's 82", "Dad - Ron, 79", "nan (Joan) 91"]}
#: At "when is the best time to visit?": a day, then "sorry I meant Tuesday" at the next question.
VISIT_MEANT = {"cy": [("Dydd Llun yn y bore", "sori, dydd Mawrth o'n i'n feddwl"),
                      ("bore dydd Iau yn iawn", "o sori, dydd Gwener dim dydd Iau")],
               "en": [("Monday morning", "sorry I meant Tuesday"),
                      ("thursday am is good", "oops sorry, Friday not Thursday")]}
#: Starting again on purpose, part way through.
START_AGAIN = {"cy": ["dechrau eto", "/start", "ga i ddechra eto plis"], "en": ["start again", "/start", "can i start over"]}

# `--crossed` (stop 33): answers that cross between questions, as real people's do.
#: An answer that runs ahead to the next question, which is still answered when it comes (the test set's player).
AHEAD = {"cy": [" a cyn i chi ofyn, ", ". o ran y cwestiwn nesa, ", " ... a hefyd, rhag ofn bo chi'n gofyn: "],
         "en": [" and before you ask, ", ". as for your next question, ", " ... and in case you ask next: "]}
#: Two questions answered in one message, numbered; the second is then pointed back to.
TWO_IN_ONE = {"cy": ("1) ", " 2) "), "en": ("1) ", " 2) ")}
POINTED_BACK = {"cy": ["atebais i hwnna uchod (2)", "gweler 2 uchod", "mae o yn yr ateb dwetha"],
                "en": ["answered that above (2)", "see 2) above", "its in my last message"]}
#: A reply to the question before the last, sent after the last was answered.
LATE = {"cy": ["o ran y cwestiwn cynt, ", "mynd nôl at be ofynnoch chi gynt - ", "am y cwestiwn dwetha ond un: "],
        "en": ["going back to your earlier question, ", "re what you asked before - ", "about the question before, "]}
#: A message sent to the wrong chat, then disowned ("sorry that was meant for my sister").
STRAY = {"cy": ["ti'n dod adra i de?", "cofia nôl llefrith x", "ffonia fi pan ti'n rhydd"],
         "en": ["are you coming for tea?", "can you grab milk on the way home x", "call me when youre free"]}
MEANT_FOR = {"cy": ["sori, i'r gŵr oedd hwnna", "sori roedd hwnna i fod i'm chwaer", "wps, neges i rywun arall oedd honna"],
             "en": ["sorry that was meant for my sister", "oops that was meant for my husband",
                    "sorry wrong chat, that was for my son"]}


@dataclass
class Pools:
    """Dev material by language: whole scripts' fields, answers per question, disclosures."""

    scripts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {"cy": [], "en": []})
    answers: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    whys: dict[str, list[str]] = field(default_factory=lambda: {"cy": [], "en": []})
    disclosures: dict[str, list[str]] = field(default_factory=lambda: {"cy": [], "en": []})


def load_pools(twins: bool = False) -> Pools:
    pools = Pools()
    for folder, parity in (*SCRIPT_DIRS, *(TWIN_DIRS if twins else ())):
        for script in cb.load_scripts(CONVERSATIONS / folder):
            if parity is not None and cb.script_number(script) % 2 != parity:
                continue
            lang = script.get("language")
            if lang not in cb.LANGS:
                continue
            pools.scripts[lang].append(script)
            for a in script.get("answers") or []:
                says = a["says"][-1] if isinstance(a["says"], list) else a["says"]
                if a.get("risk") == "urgent":
                    pools.disclosures[lang].append(str(says))
                else:
                    pools.answers.setdefault((lang, a["question"]), []).append(str(says))
                if a.get("why_answer"):
                    pools.whys[lang].append(str(a["why_answer"]))
    for name in TSV_ANSWERS:
        with (CONVERSATIONS / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("language") in cb.LANGS and row.get("expected") == "none":
                    pools.answers.setdefault((row["language"], row["question"]), []).append(row["text"])
    for name in TSV_DISCLOSURES:
        with (CONVERSATIONS / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("language") in cb.LANGS:
                    pools.disclosures[row["language"]].append(row["text"])
    return pools


def make_script(seed: int, pools: Pools, plain: bool = False, people: bool = False,
                crossed: bool = False) -> dict[str, Any]:
    """One varied conversation in the dev scripts' format (with FlowPlayer's lists), the same for the same seed.

    `plain`: as the test set's scripted player plays: one reply per question (no short replies or questions back
    first) and "carry on" at every "are you safe?"."""
    rng = random.Random(seed)
    lang = rng.choice(cb.LANGS)
    other = "en" if lang == "cy" else "cy"
    base = rng.choice(pools.scripts[lang])
    speaker = str(base.get("speaker", "person"))
    donors = [s for s in pools.scripts[lang] if s.get("speaker") == speaker] or [base]

    def pick(key: str) -> Any:
        return rng.choice([d[key] for d in donors if d.get(key) is not None] or [base.get(key)])

    def odd(value: Any) -> Any:
        """Sometimes a short reply or a question back first (the scripted answer comes after)."""
        roll = rng.random()
        if roll < 0.15:
            return [rng.choice(SHORT[lang]), value]
        if roll < 0.25:
            return [rng.choice(QUESTIONS_BACK[lang]), value]
        return value

    script: dict[str, Any] = {"id": f"fuzz-{seed}", "language": lang, "speaker": speaker,
                              "opening": pick("opening"), "language_choice": pick("language_choice"),
                              "consent": pick("consent"), "role": pick("role")}
    name = rng.choice(NAMES[lang]) if rng.random() < 0.4 else pick("name")
    script["name"] = name
    if speaker == "carer":
        script["cared_for_name"] = rng.choice(CARED_FOR[lang]) if rng.random() < 0.4 else pick("cared_for_name")
        relationship = str(pick("relationship") or ("merch" if lang == "cy" else "daughter"))
        if rng.random() < 0.2:  # the relationship given twice
            script["relationship"] = [relationship, rng.choice(RELATIONSHIP_AGAIN[lang]) + relationship]
        else:
            script["relationship"] = relationship
    questions = CARER_QUESTIONS if speaker == "carer" else PERSON_QUESTIONS
    disclosed = 0
    answers = []
    for key in questions:
        roll = rng.random()
        says: Any
        risk = "none"
        if roll < 0.08 and disclosed < 2:
            says, risk = rng.choice(pools.disclosures[lang]), "urgent"
            disclosed += 1
        elif roll < 0.14:
            says = rng.choice(pools.answers.get((other, key)) or pools.answers[(lang, key)])
        else:
            says = rng.choice(pools.answers.get((lang, key)) or ["dim byd" if lang == "cy" else "nothing"])
        if risk == "none" and rng.random() < 0.12:
            says = str(says).rstrip() + rng.choice(TAILS[lang])
        answer: dict[str, Any] = {"question": key, "says": odd(says), "risk": risk, "outcomes": []}
        if rng.random() < 0.5 and pools.whys[lang]:
            answer["why_answer"] = rng.choice(pools.whys[lang])
        answers.append(answer)
    script["answers"] = answers
    script["safe_says"] = [rng.choice(SAFE_REPLIES[lang]) for _ in range(rng.randint(1, 3))]
    if disclosed and rng.random() < 0.25:  # more harm said at "are you safe?"
        script["safe_says"].insert(0, rng.choice(pools.disclosures[lang]))
    for key in ("consent", "role"):
        script[key] = odd(script[key])
    if people:
        add_people_moves(script, random.Random(seed * 7919), lang)
    if crossed:
        add_crossed_moves(script, random.Random(seed * 15485863), lang, pools)
    if plain:
        script["safe_says"] = []
        for key in ("consent", "role", "relationship"):
            if isinstance(script.get(key), list):
                script[key] = script[key][-1]
        for answer in answers:
            if isinstance(answer["says"], list):
                answer["says"] = answer["says"][-1]
    return script


def add_people_moves(script: dict[str, Any], rng: random.Random, lang: str) -> None:
    """`--people`: one or two of the things real people do that the moves above do not (stop 26), written into the
    script: `meant` (a message before the next question's answer puts this one right), `early` (this answer holds the
    next one's too; the next is answered "said already"), `take_over` and `start_again` (said before this answer)."""
    answers = script["answers"]
    moves = rng.sample(["name_rel", "cared_mutated", "meant", "name_meant", "early", "safe_answer", "take_over",
                        "start_again"], k=rng.randint(1, 2))
    for move in moves:
        at = rng.randrange(len(answers) - 1)
        answer = answers[at]
        if move == "name_rel" and script["speaker"] == "carer":
            script["name"] = rng.choice(NAME_WITH_RELATIONSHIP[lang])
        elif move == "cared_mutated" and script["speaker"] == "carer":
            script["cared_for_name"] = rng.choice(CARED_FOR_MUTATED[lang])
        elif move == "name_meant":
            wrong, meant = rng.choice(NAME_MEANT[lang])
            script["name"], script["name_meant"] = wrong, meant
        elif move == "meant" and answer["risk"] == "none":
            final = _last(answer["says"])
            answer["says"] = _with_last(answer["says"], final.split(".")[0][:40])
            answer["meant"] = rng.choice(MEANT[lang]) + final
        elif move == "early" and answer["risk"] == "none" and answers[at + 1]["risk"] == "none":
            nxt = answers[at + 1]
            answer["says"] = _with_last(answer["says"], _last(answer["says"]).rstrip(" .") + rng.choice(JOIN_NEXT[lang])
                                        + _last(nxt["says"]))
            nxt["says"] = rng.choice(SAID_ALREADY[lang])
        elif move == "safe_answer":
            script["safe_and_answer"] = rng.choice(SAFE_AND_ANSWER[lang])
        elif move == "take_over":
            answer["before"] = rng.choice(TAKE_OVER[lang])
        elif move == "start_again" and not any(a.get("before") for a in answers):
            answer["before"] = rng.choice(START_AGAIN[lang])
            answer["starts_again"] = True
    script["people_moves"] = moves
    # Stop 27, drawn apart so the stop-26 moves above stay the same for the same seed.
    more = random.Random(script_seed(script) * 104729)
    if more.random() < 0.3 and script["speaker"] == "carer":
        script["name"] = more.choice(NAME_AGE_RELATIONSHIP[lang])
        moves.append("name_age_rel")
    if more.random() < 0.3 and script["speaker"] == "carer":
        script["cared_for_name"] = more.choice(CARED_FOR_AGE[lang])
        moves.append("cared_age")
    visit = next((a for a in answers if a["question"] == "visit_time" and a["risk"] == "none"), None)
    if visit is not None and not visit.get("meant") and more.random() < 0.3:
        said, meant = more.choice(VISIT_MEANT[lang])
        visit["says"], visit["meant"] = _with_last(visit["says"], said), meant
        moves.append("visit_meant")


def add_crossed_moves(script: dict[str, Any], rng: random.Random, lang: str, pools: Pools) -> None:
    """`--crossed` (stop 33): one or two answers that cross between questions: `ahead` (an answer runs on into the
    next question's, which is answered again when asked), `two_in_one` (two answers numbered in one message; the
    second question is pointed back to), `late` (a reply to the question before the last, sent before this answer)
    and `meant_for` (a message for someone else sent at this question, disowned in the next message, then the
    answer when the question comes again)."""
    answers = script["answers"]
    calm = [i for i in range(1, len(answers) - 1) if answers[i]["risk"] == "none" and answers[i + 1]["risk"] == "none"]
    if not calm:
        return
    moves = rng.sample(["ahead", "two_in_one", "late", "meant_for"], k=rng.randint(1, 2))
    used: set[int] = set()
    for move in moves:
        free = [i for i in calm if not {i, i + 1} & used]
        if not free:
            break
        at = rng.choice(free)
        used.update((at, at + 1))
        answer, nxt = answers[at], answers[at + 1]
        if move == "ahead":
            answer["says"] = _with_last(answer["says"], _last(answer["says"]).rstrip(" .") + rng.choice(AHEAD[lang])
                                        + _last(nxt["says"]))
        elif move == "two_in_one":
            one, two = TWO_IN_ONE[lang]
            answer["says"] = _with_last(answer["says"], one + _last(answer["says"]).rstrip() + two
                                        + _last(nxt["says"]))
            nxt["says"] = rng.choice(POINTED_BACK[lang])
        elif move == "late" and at >= 2:
            earlier = answers[at - 2]["question"]  # answered two questions ago: a later one came between
            extra = rng.choice(pools.answers.get((lang, earlier)) or [_last(answers[at - 2]["says"])])
            answer["before"] = rng.choice(LATE[lang]) + str(extra)
        elif move == "meant_for":
            answer["stray"] = [rng.choice(STRAY[lang]), rng.choice(MEANT_FOR[lang])]
    script["crossed_moves"] = moves


def script_seed(script: dict[str, Any]) -> int:
    return int(str(script["id"]).removeprefix("fuzz-"))


def _last(says: Any) -> str:
    return str(says[-1] if isinstance(says, list) else says)


def _with_last(says: Any, text: str) -> Any:
    return [*says[:-1], text] if isinstance(says, list) else text


class FuzzPlayer(cb.FlowPlayer):
    """The benchmark's flow player (lists: asides, then the answer) that also varies its reply to "are you safe?"."""

    def safe_check_reply(self) -> str:
        said = self.script.get("safe_says") or []
        done = getattr(self, "_safe_done", 0)
        self._safe_done = done + 1
        reply = str(said[done]) if done < len(said) else self.carry_on_reply()
        also = self.script.get("safe_and_answer")
        waiting = self.slots().get("requested_slot") or ""
        answer = self.answers.get(str(waiting)[2:]) if str(waiting).startswith("q_") else None
        if also and not getattr(self, "_safe_and_answer_done", False) and answer and answer["risk"] == "none":
            self._safe_and_answer_done = True  # "yes im safe. <the answer to the question that waits>"
            return also + _last(answer["says"])
        return reply

    #: Started again on purpose (every question may come once more).
    restarted: bool = False

    def reply_for(self, slot: str, additions: list[dict[str, Any]]) -> str:
        """`--people`: a correction of the last answer ("sorry I meant …"), someone taking over, or "start again",
        each sent first as its own message; then the scripted reply (at this question or whichever comes next)."""
        first = self._said_first(slot)
        if first is None:
            return super().reply_for(slot, additions)
        self.firsts.setdefault(slot, []).append(first)
        if first in START_AGAIN["cy"] + START_AGAIN["en"]:
            self.restarted = True  # the answers before it were cleared: each is sent again when asked
            self.before_restart, self.t.sent, self.t.asides = list(self.t.sent), [], []
        self.t.asides.append((slot, first))
        return first

    @property
    def firsts(self) -> dict[str, list[str]]:
        """The `--people` messages sent first, by the question they were sent at."""
        return self.__dict__.setdefault("_firsts", {})

    def _said_first(self, slot: str) -> str | None:
        done = {text for texts in self.firsts.values() for text in texts}
        previous = next((s for s, t in reversed(self.t.sent) if s.startswith("q_") and (s, t) not in self.t.asides),
                        None)
        if slot.startswith("q_") and previous and previous != slot:
            meant = (self.answers.get(previous[2:]) or {}).get("meant")
            if meant and meant not in done:
                self.meant_at.append((slot, str(meant)))
                return str(meant)
        name_meant = self.script.get("name_meant")
        if name_meant and name_meant not in done and slot != "name" and any(s == "name" for s, _ in self.t.sent):
            return str(name_meant)
        answer = self.answers.get(slot[2:]) if slot.startswith("q_") else None
        if answer and answer.get("before") and answer["before"] not in done:
            return str(answer["before"])
        for strayed in self.answers.values():  # `--crossed`: a message for someone else, then "that was meant for …"
            stray, disown = strayed.get("stray") or (None, None)
            if stray and stray in done and disown not in done:
                return str(disown)
        if answer and answer.get("stray") and answer["stray"][0] not in done:
            return str(answer["stray"][0])
        return None

    @property
    def meant_at(self) -> list[tuple[str, str]]:
        """(question it was sent at, "sorry I meant …") for the read: it belongs to the answer before."""
        return self.__dict__.setdefault("_meant_at", [])

    def extra_replies(self, slot: str) -> int:
        return super().extra_replies(slot) + len(self.firsts.get(slot, [])) + (1 if self.restarted else 0)


def _words(text: str) -> set[str]:
    return set(cb.tokens(text))


def _name_given(stored: str | None, typed: str) -> bool:
    """The test set's reading (conversation_benchmark.name_ok), or every word of the stored name is a capitalised
    word of what was typed ("fi di Cerys" -> Cerys, which name_ok does not accept): a name that was not given is
    what counts here."""
    if cb.name_ok(stored, typed):
        return True
    capitalised = set(re.findall(r"(?<![\w'])[A-ZÂÊÎÔÛŴŶ][\w'’-]*", typed))
    words = str(stored or "").split()
    return bool(words) and all(word in capitalised for word in words) and words[-1] not in TITLES

def reasons_for(script: dict[str, Any], record: dict[str, Any] | None, player: FuzzPlayer) -> list[str]:
    """The test set's three kinds first (loop, a scripted question never asked, a wrong name), then the rest."""
    t = player.t
    if record is None:
        return ["no record"]
    reasons = cb.lost_its_way(t)
    if record.get("completed_by") != "carer" and any(key.startswith("carer_") for key in t.unasked):
        # The test set's scorer counts these too; named apart here, since the cause is who they were read as.
        reasons.append(f"carer read as {record.get('completed_by')}")
        t.unasked = [key for key in t.unasked if not key.startswith("carer_")]
    if t.unasked:
        reasons.append("scripted question never asked")
    name = script.get("name_meant") or script.get("name")
    if not _name_given(record.get("name"), str(name[-1] if isinstance(name, list) else name)):
        reasons.append("wrong name")
    cared = script.get("cared_for_name")
    if cared and record.get("completed_by") == "carer":
        stored = _words(str(record.get("cared_for_name") or ""))
        if not stored or not stored <= _words(str(cared)):
            reasons.append("wrong cared-for name")
    if not t.confirmed and not (t.loop or t.too_long or t.stuck):
        reasons.append("not confirmed")
    if cb.swallowed(cb.sent_answers(t), [(a["question_key"], a["text"]) for a in record.get("answers", [])]):
        reasons.append("swallowed answer")
    kept = {(a["question_key"], a["text"]) for a in record.get("answers", [])}
    if any((slot.removeprefix("q_"), text) in kept for slot, text in player.meant_at):
        reasons.append("correction kept as the next answer")  # "sorry I meant …" belongs to the answer before
    questions_kept = {(key, text) for key, text in kept if key in CARER_QUESTIONS}
    if any(a.get("stray") and any(text == a["stray"][0] for _, text in questions_kept) for a in script["answers"]):
        reasons.append("message for someone else kept as an answer")  # `--crossed`: "sorry that was meant for …"
    if any(a.get("before") and (a["question"], a["before"]) in kept for a in script["answers"]
           if "crossed_moves" in script):
        reasons.append("late reply kept as the next answer")  # `--crossed`: it answers the question before
    return reasons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1, help="the first seed (one conversation per seed)")
    parser.add_argument("--n", type=int, default=100, help="how many conversations")
    parser.add_argument("--seeds", help="these seeds only, comma-separated (a derailed conversation again)")
    parser.add_argument("--plain", action="store_true",
                        help="play as the test set's scripted player: one reply per question, 'carry on' at each check")
    parser.add_argument("--people", action="store_true",
                        help="add what real people do (stop 26): a name with the relationship, Welsh mutated names, "
                             "'sorry I meant', answering early, an answer at the safe check, someone taking over, "
                             "starting again")
    parser.add_argument("--crossed", action="store_true",
                        help="add answers that cross between questions (stop 33): running ahead to the next one, "
                             "two numbered in one message, a reply to the question before the last, a message meant "
                             "for someone else then disowned")
    parser.add_argument("--twins", action="store_true",
                        help="draw from the odd halves of dev_fresh3 to dev_fresh6 too (the test set's twins)")
    parser.add_argument("--trace", action="store_true", help="print every turn of every conversation")
    parser.add_argument("--save", help="write each derailed conversation's script and turns to this JSON-lines file")
    args = parser.parse_args(argv)
    pools = load_pools(args.twins)
    seeds = [int(x) for x in args.seeds.split(",")] if args.seeds else list(range(args.seed, args.seed + args.n))
    scripts = [make_script(seed, pools, args.plain, args.people, args.crossed) for seed in seeds]
    counts: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    saved = Path(args.save) if args.save else None
    if saved is not None:
        saved.write_text("", encoding="utf-8")
    began = time.monotonic()
    with cb.running_assistant() as assistant:
        for script in scripts:
            sender = f"fuzz-{script['id']}-{secrets.token_hex(4)}"
            player = FuzzPlayer(assistant.rasa_url, assistant.token, sender, script)
            if args.trace:
                player.trace = lambda line: print(line, file=sys.stderr)
            try:
                player.play(functools.partial(assistant.confirmed, sender))
                reasons = reasons_for(script, assistant.record_of(sender), player)
            except (OSError, ValueError) as exc:  # a failed request is a finding, never hidden
                reasons = [f"request failed ({type(exc).__name__})"]
            if reasons:
                counts.update(reasons)
                by_lang[script["language"]] += 1
                record = assistant.record_of(sender) or {}
                found = {"seed": script["id"], "reasons": reasons, "asked": player.t.asked,
                         "unasked": player.t.unasked, "name": record.get("name"),
                         "cared_for_name": record.get("cared_for_name"), "script": script,
                         "turns": [[text, lang, replies] for text, lang, replies in player.turns]}
                if saved is not None:
                    with saved.open("a", encoding="utf-8") as fh:
                        fh.write(json.dumps(found, ensure_ascii=False) + "\n")
                print(f"{script['id']} ({script['language']}, {script['speaker']}): {', '.join(reasons)}",
                      file=sys.stderr, flush=True)
    seconds = time.monotonic() - began
    langs = Counter(s["language"] for s in scripts)
    print(f"# derail_fuzz{' --plain' if args.plain else ''}{' --people' if args.people else ''}{' --crossed' if args.crossed else ''}{' --twins' if args.twins else ''}: {len(scripts)} conversations (seeds {seeds[0]}..{seeds[-1]}; "
          f"cy {langs['cy']}, en {langs['en']}), {seconds / max(len(scripts), 1):.1f} s each, {cb.machine()}")
    print(f"# derailed: cy {by_lang['cy']}, en {by_lang['en']} "
          f"({', '.join(f'{r} {c}' for r, c in counts.most_common()) or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
