"""The turn: one message from a person and what the assistant does with it, on any channel.

The core reads the conversation state and speaks only through a `Turn`. An adapter
(the Rasa actions' `Talk`, or the in-memory turn the tests use) says where the state
comes from and where the words go; what the state *means* (which language, which
register, what to call the person) is decided here, once.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any

from bot import messages
from bot.analysis.text import fold, with_name_capitals
from bot.analysis.types import LANGUAGES
from bot.conversation.retention import current_policy
from bot.messages import THEIR_NAME_CY, TO_THEM_CY, Rendered, welsh_name_after
from bot.storage import repository

#: Slot values that stand for "no words": a skipped question, or "nothing else to add".
SKIPPED = "__skipped__"
NOTHING = "__none__"
SENTINELS = frozenset({SKIPPED, NOTHING})

ROLES = ("person", "carer", "young_person")
#: Who the person cared for is, in a word that says "her" or "him" ("my wife", "Mam", "y gŵr", "Dad").
_SHE = frozenset({"mum", "mam", "mom", "mother", "mammy", "mami", "wife", "missus", "daughter", "nan", "nana", "nain",
                  "gran", "granny", "grandma", "grandmother", "sister", "chwaer", "merch", "ferch", "gwraig", "wraig",
                  "ngwraig", "mam-gu", "mamgu", "auntie", "aunt", "anti", "modryb", "niece", "nith", "girlfriend",
                  "granddaughter", "wyres", "fam", "mother-in-law", "stepmum", "lass", "girl"})
_HE = frozenset({"dad", "tad", "nhad", "father", "husband", "hubby", "son", "mab", "fab", "taid", "grandad", "granddad",
                 "grandpa", "grandfather", "tad-cu", "tadcu", "dad-cu", "dadcu", "brother", "brawd", "frawd", "mrawd",
                 "uncle", "yncl", "wncwl", "ewythr", "nephew", "nai", "boyfriend", "grandson", "wyr", "ŵyr",
                 "gŵr", "gwr", "ŵr", "wr", "ngŵr", "ngwr", "father-in-law", "stepdad", "lad", "boy"})
#: Kin words used as a name for the person looked after ("Mam", "Dad", "Nain"), never for the carer themselves.
_KIN_AS_A_NAME = frozenset({"mam", "mum", "mom", "mammy", "mami", "nain", "nan", "nana", "gran", "granny", "mam-gu",
                            "mamgu", "dad", "tad", "taid", "grandad", "granddad", "tad-cu", "tadcu", "dad-cu", "dadcu"})
#: A relative of someone else's ("my husband's mother", "mam y gŵr", "mother of my husband"): the relative's kin word,
#: in group en, cy or of.
_WHOSE_RELATIVE = re.compile(
    r"(?<![\w'’])(?:(?:my|me|our|the)\s+)?(?:[^\W\d_]+(?:['’]s|s['’])|(?:husband|hubby|wife|partner|son|daughter"
    r"|brother|sister|mum|dad|kid)s)\s+(?P<en>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|^\W*(?:y\s+|yr\s+)?(?P<cy>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?:y|yr|fy|ein)\s+[^\W\d_]+"
    r"|^\W*(?:the\s+)?(?P<of>[^\W\d_]+(?:-[^\W\d_]+)*)\s+of\s+(?:my|me|our)\s+[^\W\d_]+")
#: Who they are to the person when it is their job, not their family: "I'm his support worker", "key worker",
#: "gweithiwr cymorth", "fi yw ei weithiwr cymorth e", "social worker", "nyrs" (stop-23 trial W15: a support
#: worker's words were labelled "the carer's view"). Matched on folded words (accents left out).
_PROFESSIONAL = re.compile(
    r"\b(?:support\s+(?:worker|staff|work)|key\s*worker|care\s+(?:worker|staff|assistant|co-?ordinator|manager)"
    r"|social\s+worker|personal\s+assistant|(?:district|community|care\s+home)\s+nurse|nurse|advocate"
    r"|occupational\s+therapist|(?:home|house|team|unit)\s+manager|from\s+the\s+(?:agency|care\s+home|home)"
    r"|(?:g|ng)?weithiwr\s+(?:cymorth|gymorth|chymorth|allweddol|cymdeithasol|gymdeithasol|gofal|ofal|cefnogi|gefnogi)"
    r"|g?weithwraig\s+(?:cymorth|gymorth|gofal|ofal|cymdeithasol|gymdeithasol)|staff\s+(?:cymorth|gofal|y\s+cartref)"
    r"|nyrs|eiriolwr|eiriolydd|therapydd|cynorthwy-?ydd\s+(?:personol|gofal))\b")
#: Family or a friend: a relative who also works in care ("I'm her daughter, I'm a nurse") answers as a carer.
_FAMILY = re.compile(
    r"\b(?:daughter|son|wife|husband|partner|sister|brother|niece|nephew|granddaughter|grandson|friend|neighbour"
    r"|neighbor|merch|ferch|mab|fab|gwraig|wraig|gwr|wr|chwaer|brawd|frawd|wyres|wyr|ffrind|cymydog|gymydog|nith|nai)\b")


def answers_as_a_professional(relationship: str | None) -> bool:
    """Whether who they say they are to the person is a job (a support worker, a nurse), not family or a friend.

    Why: "Friend not foe" asks whose view each outcome is; a support worker's view is neither the person's nor a
    family carer's, and the practitioner weighs it differently (stop-23 trial W15)."""
    words = fold(" ".join(str(relationship or "").lower().split()))
    return bool(_PROFESSIONAL.search(words)) and not _FAMILY.search(words)


#: The key under which a channel stamps, in the message's metadata, when the message ARRIVED (seconds since the epoch,
#: the channel's clock), before any queue: how soon after the question it came (`Turn.seconds_since_asked`, AX17).
ARRIVED_AT_KEY = "whatmatters_arrived_at"

#: Young people are spoken to as "ti" (bot/messages), everyone else as "chi".
REGISTER_FOR = {"young_person": "ti", "person": "chi", "carer": "chi"}


class Turn(ABC):
    """What the core needs from a channel for one turn of the conversation.

    Slot changes made with `set` apply at once, so what is said next is already
    in the new language or register; the adapter passes them back to its platform.
    """

    def __init__(self) -> None:
        self.changes: dict[str, Any] = {}

    # --- what an adapter provides -------------------------------------------------------------

    @property
    @abstractmethod
    def sender_id(self) -> str:
        """The conversation's id on its channel (never logged)."""

    @property
    @abstractmethod
    def channel(self) -> str:
        """The channel's name ("rest", "telegram", ...)."""

    @property
    @abstractmethod
    def team(self) -> str:
        """The team a new record goes to (from the adapter's settings)."""

    @property
    @abstractmethod
    def latest_text(self) -> str:
        """The person's message, exactly as written."""

    @property
    @abstractmethod
    def latest_intent(self) -> str | None:
        """What the message was read as ("skip", "dont_know", ...), if anything."""

    @property
    @abstractmethod
    def message_id(self) -> str:
        """A stable id for this message, so that storing it twice keeps it once."""

    @abstractmethod
    def stored_slot(self, name: str) -> Any:
        """A slot's value as it was when the message arrived."""

    @abstractmethod
    def send(self, message: Rendered) -> None:
        """Send one message to the person."""

    # --- shared -------------------------------------------------------------------------------

    @property
    def question_waiting(self) -> str | None:
        """The form's question this message answers, if one is waiting (an adapter that knows better says so)."""
        waiting = self.stored_slot("requested_slot")
        return str(waiting) if waiting else None

    def slot(self, name: str) -> Any:
        if name in self.changes:
            return self.changes[name]
        return self.stored_slot(name)

    def set(self, name: str, value: Any) -> None:
        self.changes[name] = value

    def earlier_messages(self) -> list[str]:
        """The person's earlier messages in this conversation, oldest first ([] when the channel cannot tell).

        For facts said before anything is stored (consent comes first): "hi im 19, is this the social
        services thing" decides which helplines fit a disclosure later (bot.conversation.safety).
        """
        return []

    @property
    def seconds_since_asked(self) -> float | None:
        """Seconds from the assistant's last words (the question waiting) being sent to this message ARRIVING at the
        channel; below zero when it arrived before they were even sent (it waited behind the message before it). None
        when the channel cannot tell (the terminal client, events from before stop 44): then nothing is read from
        timing at all. The adapter reads it from what the channel stamped (`ARRIVED_AT_KEY`), never from when the
        message was handled, which is later by however long it waited (AX17, stop 44)."""
        return None

    @property
    def typing_window(self) -> bool:
        """Whether a message that came sooner after the question than a person could read it and type it is more of
        the answer before (`answers.arrived_too_soon`; settings `burst_typing_window`: on for people, off where a
        script answers within milliseconds). Off unless the adapter says (AX17, stop 44)."""
        return False

    def earlier_replies(self) -> int:
        """How many replies the question now waiting had before this message (0 when the channel cannot tell).

        So a question is never asked a third time: after two replies not understood, the core takes
        the most likely reading (bot.conversation.about_you). Channels that can count override this.
        """
        return 0

    def said_before(self) -> list[str]:
        """What the assistant said earlier in this conversation, oldest first ([] when the channel cannot tell)."""
        return []

    def said_since_start_again(self) -> list[str]:
        """What the assistant said since they last started again ("start again" clears their answers), oldest first;
        all of `said_before` when they never did. So what was said before the start, e.g. a question already put in
        plainer words, does not change how it is asked now (stop 26, the fuzzing player: "what?" after starting
        again left the question for the visit, as a second "what?" would)."""
        said = self.said_before()
        started = [str(text).split("\n")[0] for variant, text in messages.catalogue()["restarted"].items()
                   if variant != "buttons"]
        last = max((n for n, words in enumerate(said) if any(s in words for s in started)), default=-1)
        return said[last + 1:]

    def asked_before(self, slot: str) -> bool:
        """Whether this question, in the words it would be asked now (language and register), was already said to
        them. So the consent text is shown once in each language: asked again (after a question answered,
        "Cymraeg" typed at consent, a change of mind), only the short question."""
        if self.language is None:
            return False
        asked = self.render(slot).text
        return any(asked in said for said in self.said_before())

    @property
    def language(self) -> str | None:
        """cy or en; None until the person has chosen (then both are shown, Welsh first)."""
        lang = self.slot("language")
        return lang if lang in LANGUAGES else None

    @property
    def register(self) -> str:
        """ "ti" for a young person, "chi" for everyone else."""
        return "ti" if self.slot("register") == "ti" else "chi"

    @property
    def role(self) -> str | None:
        """Who is talking (person, carer, young_person), once they have said."""
        role = self.slot("completed_by")
        return str(role) if role else None

    @property
    def hand_at_keyboard(self) -> repository.HandAtKeyboard | None:
        """Someone else who took over the keyboard part way (bot.conversation.keyboard), read once per turn; None
        while the one who started is typing."""
        if not hasattr(self, "_hand"):
            self._hand = repository.hand_at_keyboard(self.sender_id)
        return self._hand

    @hand_at_keyboard.setter
    def hand_at_keyboard(self, hand: repository.HandAtKeyboard | None) -> None:
        self._hand = hand

    @property
    def whose_view(self) -> str:
        """Whose view their answers are: the role, or "professional" for a carer who is there for their job; someone
        who took over the keyboard answers for the person, as a carer or a professional does (stop 28, trial X12)."""
        role = self.role or "person"
        hand = self.hand_at_keyboard if role != "carer" else None  # (a carer answers for them already)
        if hand is not None:
            from bot.conversation.keyboard import is_professional  # (keyboard reads turns)

            return "professional" if is_professional(hand) else "carer"
        if role == "carer" and answers_as_a_professional(self.slot("relationship")):
            return "professional"
        return role

    @property
    def display_name(self) -> str:
        """The name they asked us to use, with its usual capitals when typed in small letters ("rhys" -> "Rhys")."""
        name = self.slot("name")
        return "" if not name or name in SENTINELS else with_name_capitals(str(name).strip())

    @property
    def cared_for_name(self) -> str:
        """The name to use for the person cared for, or "the person you look after" when none was given.

        Never "them" / "nhw" or a relationship word ("y gŵr"): every question reads naturally with it
        ("What would the person you look after like...", "hoffai'r person dych chi'n gofalu amdano").
        """
        name = self.slot("cared_for_name")
        if not name or name in SENTINELS:
            language = "cy" if self.language == "cy" else "en"
            return messages.text("cared_for_unnamed", language, self.register)
        return with_name_capitals(str(name).strip())

    @property
    def cared_for_them(self) -> str:
        """How an English question refers back to the person cared for: "her" / "him" when who they are says so ("my
        wife Mair", "Dad", "y gŵr"), else the name given ("Alex"), else "them" (stop-20 trial T20: "what matters most
        to them?" about "my wife Jean")."""
        name = self.slot("cared_for_name")
        named = bool(name) and name not in SENTINELS
        said = self.cared_for_is
        if said is not None:
            return {"she": "her", "he": "him"}[said]
        return with_name_capitals(str(name).strip()) if named else "them"

    @property
    def cared_for_is(self) -> str | None:
        """"she" or "he" when who the person cared for is says so ("my wife Mair", "Dad", "y gŵr", "I'm his daughter",
        "fi yw ei fam e"), else None: how the questions refer back to them."""
        name = self.slot("cared_for_name")
        named = bool(name) and name not in SENTINELS
        relationship = str(self.slot("relationship") or "")
        relationship = "" if relationship in SENTINELS else relationship.lower()
        if named and re.search(r"(?<![\w'’])" + re.escape(str(name).strip().lower()) + r"(?![\w])", relationship):
            relationship = ""  # "Mam Osian", "Osian's mum": who the carer is to Osian says nothing of Osian (fix39b)
        # Whose relative, as written ("my husband's mother", "my husbands mum", "mam y gŵr", "tad y wraig"): the person
        # is the relative, never the one they belong to (re-trial 32 AF5: "what matters most to him?" about Wenda).
        relationship = _WHOSE_RELATIVE.sub(lambda m: "my " + (m.group("en") or m.group("cy") or m.group("of")),
                                          relationship)
        # Who the person is to the carer: their kin word used as a name ("Dad", "Mam"), "my wife", "y gŵr"; or the
        # carer's own relation with whose it is ("I'm his daughter", "fi yw ei fam e", "dw i'n ferch iddi hi"). A bare
        # "daughter" answers "how are you connected?" with who the carer is, which says nothing about the person.
        kin = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", str(name).lower())) if named else set()
        kin |= set(re.findall(r"(?<![\w'’])(?:my|me|our|fy|'y|y|yr|the|ein)\s+([^\W\d_]+(?:-[^\W\d_]+)*)",
                              relationship))
        # the spoken "my" after the word: "mam fi", "y gwr fi", "wraig fi" (AX19, stop 43 trial: "ar eu cyfer nhw" for
        # Gwyn's mother)
        kin |= set(re.findall(r"(?<![\w'’])([^\W\d_]+(?:-[^\W\d_]+)*)\s+fi(?![\w'’])", relationship))
        if relationship.strip() in _KIN_AS_A_NAME:  # "dw i'n gofalu am Mam": who they look after, named by kin
            kin.add(relationship.strip())
        whose = set(re.findall(r"(?<![\w'’])(his|her)\s+[^\W\d_]+", relationship))
        # Welsh: "ei fam e" (his mother), "ei merch hi" (her daughter), "iddo fe", "iddi hi" (trial 36 AM14: "ar eu
        # cyfer nhw" asked of a mother about her son)
        whose |= {"her" if p == "hi" else "his" for p in re.findall(
            r"(?<![\w'’])(?:ei\s+[^\W\d_]+|iddo|iddi)\s+(e|o|fe|fo|hi)(?![\w'’])", relationship)}
        if (kin & _SHE and not kin & _HE) or whose == {"her"}:
            return "she"
        if (kin & _HE and not kin & _SHE) or whose == {"his"}:
            return "he"
        return None

    @property
    def their_name_cy(self) -> str:
        """"Beth yw ei enw e?" / "Beth yw ei henw hi?" / "Beth yw eu henw nhw?": the Welsh name question for the person
        cared for, so a mother is not asked about her son "ar eu cyfer nhw" (trial 36 AM14), nor in words that sound
        translated (AZ20, stop 45 trial)."""
        return THEIR_NAME_CY.get(self.cared_for_is, THEIR_NAME_CY[None])

    @property
    def to_them_cy(self) -> str:
        """"i Rhys", "i Garys" (mutated as Welsh says it), or "iddo" / "iddi" / "iddyn nhw" when no name was given: to
        whom a Welsh question means it ("Beth dych chi'n meddwl sydd bwysicaf i Rhys…": BA21, stop 46 trial)."""
        name = self.slot("cared_for_name")
        if not name or name in SENTINELS:
            return TO_THEM_CY.get(self.cared_for_is, TO_THEM_CY[None])
        return "i " + welsh_name_after("i", with_name_capitals(str(name).strip()))

    def values(self, **extra: Any) -> dict[str, Any]:
        """The placeholders every message may use ({name}, {comma_name}, {cared_for_name}, {cared_for_them},
        {their_name_cy}, the
        days we keep their words: {kept_days_after_visit}, {kept_days_unsent}, and how to reach a person now:
        {reach_a_person}, the team's number when the service set one)."""
        name = self.display_name
        kept = current_policy()
        from bot.settings import get_settings

        phone = get_settings().service_phone
        language = self.language or "cy"
        base: dict[str, Any] = {
            "reach_a_person": messages.text("reach_a_person_phone" if phone else "reach_a_person", language,
                                            self.register, service_phone=phone),
            "name": name,
            "comma_name": f", {name}" if name else "",
            "cared_for_name": self.cared_for_name,
            "cared_for_them": self.cared_for_them,
            "their_name_cy": self.their_name_cy,
            "to_them_cy": self.to_them_cy,
            "kept_days_after_visit": kept.after_visit_days,
            "kept_days_unsent": kept.unconfirmed_days,
        }
        base.update(extra)
        if base.get("new_name"):  # a name put right ("sorry its rhys"), thanked with its capitals like any other
            base["new_name"] = with_name_capitals(str(base["new_name"]))
        return base

    def render(self, key: str, **extra: Any) -> Rendered:
        return messages.render(key, self.language, self.register, self.role, **self.values(**extra))

    def render_in(self, language: str | None, key: str, **extra: Any) -> Rendered:
        """The message in a given language (e.g. an urgent reply before any choice)."""
        return messages.render(key, language, self.register, self.role, **self.values(**extra))

    def say(self, key: str, **extra: Any) -> None:
        self.send(self.render(key, **extra))

    def say_text(self, text: str, buttons: list[messages.Button] | None = None) -> None:
        self.send(Rendered(text=text, buttons=list(buttons or []), language=self.language))

    def can_keep(self, text: str) -> bool:
        """Whether these words can be kept exactly as typed; if not, tell them why (nothing written, far too long).
        One check for every answer, comment and addition, so each is refused, and explained, the same way."""
        try:
            repository.clean_text(text)
        except repository.RecordError as err:
            self.say("input_" + str(err))
            return False
        return True

    def ensure_record(self) -> str:
        """The conversation's record exists; returns its public reference."""
        return repository.ensure_conversation(self.sender_id, self.channel, self.team)
