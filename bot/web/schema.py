"""JSON Schema of a summary record, as exported (export.json) and served by the API.

Kept in Python (not a .json data file) so it ships with the package and a test
can check every exported record against it. docs/summary-json-schema.md
explains each field in words.
"""
from __future__ import annotations

from typing import Any

from bot.analysis.types import WHOSE_VIEWS

_NULLABLE_STR = {"type": ["string", "null"]}
#: Someone else took over the keyboard part way and typed it (stop 28; bot.summary.record.typed_by).
_TYPED_BY = {"type": ["object", "null"], "required": ["relation"],
             "properties": {"relation": {"type": "string"}, "name": _NULLABLE_STR},
             "description": "someone else took over the keyboard part way and typed this: who they are to the person "
                            "(daughter, son, brother, sister, wife, husband, partner, mother, father, granddaughter, "
                            "grandson, niece, nephew, friend, neighbour, carer, support_worker or someone) and the "
                            "name they gave, as typed; null: the one who started typed it"}
_TIME = {"type": ["string", "null"], "description": "UTC, ISO 8601 with a Z, to the second"}
_LANG = {"type": ["string", "null"], "enum": ["cy", "en", "und", None]}
_WHO = {"type": "string", "enum": list(WHOSE_VIEWS)}

def _next_message(description: str) -> dict[str, Any]:
    """A flag's mark from the person's next message (bot.summary.record.mark_misread): its words, when, which answer."""
    return {"type": ["object", "null"], "description": description, "required": ["answer_id", "text", "time"],
            "properties": {"answer_id": {"type": "integer"}, "text": {"type": "string"}, "time": _TIME,
                           "language": _LANG}}


SUMMARY_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "/api/schema",
    "title": "Beth sy'n bwysig / What matters: pre-visit summary record",
    "description": "One conversation's record. Words are verbatim; derived values (types, confidence, "
                   "language) are labelled as such.",
    "type": "object",
    "required": ["reference", "team", "status", "review_status", "urgent", "risk_flags", "answers", "outcomes"],
    "properties": {
        "schema": {"type": "string", "description": "link to this schema"},
        "conversation_key": {"type": "string", "pattern": "^[0-9a-f]{32}$",
                             "description": "a keyed hash of the channel's sender id, the same in every export "
                                            "of one conversation; the sender id itself never leaves the service"},
        "reference": {"type": "string", "pattern": "^WM-[A-Z0-9]{4,12}$", "description": "public reference"},
        "case_reference": {**_NULLABLE_STR,
                           "description": "the council's case reference, from the invitation link the person opened"},
        "unmatched_invitation": {"type": "boolean",
                                 "description": "the person came through a link that could not be used "
                                                "(expired, used, revoked or unknown): match the case by hand"},
        "channel": {"type": "string"},
        "team": {"type": "string"},
        "status": {"type": "string",
                   "enum": ["in_progress", "stopped", "awaiting_confirmation", "confirmed", "declined"]},
        "review_status": {"type": "string", "enum": ["new", "viewed", "visit_done"]},
        "language": _LANG,
        "preferred_language": {**_LANG, "description": "the language chosen for the chat (by whoever was talking)"},
        "stated_language": {**_LANG, "enum": ["cy", "en", "either", "both", "und", None],
                            "description": "the person's language as stated in an answer about communication or "
                                           "support, or as spoken at home at any question ('either' when either "
                                           "will do, 'both' when one is spoken at home and the other "
                                           "elsewhere); else, if they spoke for themselves, the one they chose for the "
                                           "chat"},
        "stated_language_answer_id": {"type": ["integer", "null"], "description": "the answer that stated it"},
        "writer_language": {"type": ["string", "null"], "enum": ["cy", "en", "either", None],
                            "description": "a carer's own language, said apart from the person's ('For me, I'm "
                                           "happy with either')"},
        "writer_language_words": {**_NULLABLE_STR, "description": "the carer's words about their own language"},
        "writer_language_answer_id": {"type": ["integer", "null"], "description": "the answer that said it"},
        "active_offer_applies": {"type": "boolean"},
        "chat_started_in": {**_LANG, "description": "when they switched the chat's language: the one it began in"},
        "chat_switched_at": {**_NULLABLE_STR, "description": "the first answer asked in today's language after it"},
        "young_carer_answer_id": {"type": ["integer", "null"],
                                  "description": "a young person's answer to 'who is talking?' saying they look "
                                                 "after someone: a young carer, in their own words"},
        "completed_by": {"type": ["string", "null"], "enum": ["person", "carer", "young_person", None]},
        "register": {"type": ["string", "null"], "enum": ["chi", "ti", None]},
        "name": _NULLABLE_STR,
        "cared_for_name": _NULLABLE_STR,
        "relationship": _NULLABLE_STR,
        "consent": {"type": ["boolean", "null"]},
        "consent_at": _TIME,
        "urgent": {"type": "boolean"},
        "harm_now_at": {**_TIME, "description": "when harm happening now was first disclosed; the person was told "
                                                "to call 999 then (every summary format opens with it)"},
        "started_at": _TIME,
        "confirmed_at": _TIME,
        "erased_at": {**_TIME, "description": "when the person deleted their answers; only the duty team's part "
                                             "(the reference and the flags with their words) was kept"},
        "risk_flags": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "level", "categories", "text"],
                "properties": {
                    "id": {"type": "integer"},
                    "level": {"type": "string", "enum": ["urgent", "concern"]},
                    "please_check": {"type": "boolean",
                                     "description": "a concern only the learned model read as maybe urgent, unsure: "
                                                    "the duty team was asked to read it and decide"},
                    "categories": {"type": "array", "items": {"type": "string"}},
                    "text": {"type": "string", "description": "the words that raised the flag, verbatim"},
                    "language": _LANG,
                    "time": _TIME,
                    "alert_status": {"type": "string", "enum": ["not_needed", "pending", "sent", "failed"]},
                    "helplines_given": {"type": ["array", "null"], "items": {"type": "string"},
                                        "description": "ids of the helplines the urgent reply gave, kept when it "
                                                       "was sent; null when not kept"},
                    "added_messages": {
                        "type": "array",
                        "description": "later messages of the same thread added to this alert, not alerts of "
                                       "their own (one thread, one alert), verbatim, oldest first",
                        "items": {"type": "object", "required": ["id", "text", "time", "raised"],
                                  "properties": {
                                      "id": {"type": "integer"},
                                      "categories": {"type": "array", "items": {"type": "string"}},
                                      "text": {"type": "string"},
                                      "language": _LANG,
                                      "time": _TIME,
                                      "raised": {"type": "boolean",
                                                 "description": "it said the harm is happening now: the duty "
                                                                "team had one update notice"},
                                      "alert_status": {"type": "string",
                                                       "enum": ["not_needed", "pending", "sent", "failed"]},
                                      "safe_check_reply": {"type": "boolean"}}}},
                    "harm_now_at": {**_TIME, "description": "urgent flags only: when harm happening now was "
                                                            "said in this thread"},
                    "misread": _next_message("the person's next message said this flag misread them; the flag "
                                             "stays (a practitioner decides)"),
                    "played_down": _next_message("the person's next message played it down (\"I didn't mean "
                                                 "anything by it\"), no correction; the flag stays (a practitioner "
                                                 "decides)"),
                    "after": {
                        "type": "object",
                        "description": "urgent flags only: what happened next, derived from the record (the "
                                       "assistant's replies are not stored; a button press leaves no words)",
                        "properties": {
                            "helplines": {"type": ["array", "null"], "items": {
                                "type": "object", "required": ["id", "number", "name"],
                                "properties": {"id": {"type": "string"}, "number": {"type": "string"},
                                               "name": {"type": "object", "properties": {
                                                   "cy": {"type": "string"}, "en": {"type": "string"}}}}}},
                            "helplines_from": {"type": "string", "enum": ["kept", "worked_out"],
                                               "description": "kept: the ids kept when the reply was sent; "
                                                              "worked_out: a flag kept before that"},
                            "steps": {"type": "array", "description": "the pause after it, kept as it happened",
                                      "items": {"type": "object", "required": ["step", "at", "from"],
                                                "properties": {
                                                    "step": {"type": "string",
                                                             "enum": ["carry_on", "break", "stop", "back",
                                                                      "went_on"]},
                                                    "at": _TIME,
                                                    "from": {"type": "string", "enum": ["their_words", "button"]},
                                                    "after_answer": {"type": ["integer", "null"]}}}},
                            "short_follow_up": {"type": "boolean"},
                            "safe_check_replies": {"type": "array", "items": {"type": "integer"}},
                            "choice": {"type": ["string", "null"],
                                       "enum": ["carry_on", "break", "stop", "waiting", "went_on", None]},
                            "choice_at": _TIME,
                            "answers_deleted_at": {**_TIME, "description": "the person deleted their answers "
                                                                           "after this flag: their replies and "
                                                                           "choices before then went with them"},
                            "choice_from": {"type": ["string", "null"],
                                            "enum": ["their_words", "button", "next_answer", "record_state",
                                                     None]},
                        },
                    },
                },
            },
        },
        "unreadable": {
            "type": "array",
            "description": "what arrived that the assistant could not read (voice notes, stickers, photos...): "
                           "its kind and time only, never its content; ask about it at the visit",
            "items": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string", "description": "voice, audio, video, video_note, sticker, photo, "
                                                              "gif, file, location, contact, poll, dice, edited "
                                                              "or other"},
                    "time": _TIME,
                },
            },
        },
        "answers": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "question_key", "text", "whose_view", "about"],
                "properties": {
                    "id": {"type": "integer"},
                    "question_key": {"type": "string"},
                    "question": {"type": "string", "description": "the question as asked, in its language"},
                    "text": {"type": "string", "description": "the answer exactly as typed"},
                    "language": {"type": "string"},
                    "language_confidence": {"type": "number"},
                    "language_method": {"type": "string"},
                    "whose_view": _WHO,
                    "about": {"type": "string", "enum": ["person", "carer"]},
                    "typed_by": _TYPED_BY,
                    "time": _TIME,
                    "changes": {"type": ["integer", "null"],
                                "description": "a read-back edit: the answer whose item it rewrote"},
                    "changed_to": {"type": ["integer", "null"],
                                   "description": "changed at the read-back: the edit holding the latest wording "
                                                  "(this answer is kept as the earlier one)"},
                    "latest_text": {**_NULLABLE_STR, "description": "the latest wording, when changed_to is set"},
                    "risk_flag_id": {"type": ["integer", "null"],
                                     "description": "the risk flag raised by the same message, if any"},
                    "safeguarding": {"type": ["string", "null"],
                                     "enum": ["disclosure", "safety_wish", "safety_check", "concern", None],
                                     "description": "risk material, shown in the summary's safeguarding section "
                                                    "only: a disclosure (urgent flag), a safety wish beside one, "
                                                    "an answer to the safe check, or the words of a concern"},
                    "safeguarding_excerpt": {**_NULLABLE_STR,
                                             "description": "a long concern answer: the sentences that carry the "
                                                            "concern, as quoted at the top (the answer stays whole "
                                                            "with its question)"},
                    "apart_from_harm": {**_NULLABLE_STR,
                                        "description": "an answer shown at the top only (urgent, or a concern) "
                                                       "with no outcomes: its words that are not the risk, "
                                                       "verbatim, also shown with its question (the answer itself "
                                                       "only at the top)"},
                    "nothing_to_add": {"type": "boolean",
                                       "description": "the answer says there is nothing (more) to add (\"dim byd "
                                                      "rili\", \"No, that's everything\"): no content in any section"},
                    "sensitive_words": {**_NULLABLE_STR,
                                        "description": "the sentences asking that something, or who said it, be "
                                                       "kept from someone, verbatim (shown at the top)"},
                    "views_passed_on": {
                        "type": "array",
                        "description": "an answer of someone answering for the person: what the person says, as "
                                       "they pass it on (the person's view), and their own view set against it "
                                       "(this answer's whose_view), or null; both verbatim. With whose_name: "
                                       "the view of someone the speaker names and disagrees with outright, in "
                                       "any answer (\"Gareth thinks… I don't agree with Gareth\")",
                        "items": {"type": "object", "required": ["their_words", "own_view"],
                                  "properties": {"their_words": {"type": "string"}, "own_view": _NULLABLE_STR,
                                                 "whose_name": {"type": "string"}}},
                    },
                },
            },
        },
        "outcomes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "text", "type", "confidence", "to_confirm", "type_set_by"],
                "properties": {
                    "id": {"type": "integer"},
                    "answer_id": {"type": ["integer", "null"]},
                    "text": {"type": "string", "description": "verbatim span of the answer"},
                    "type": {"type": "string", "enum": ["change", "maintenance", "process"]},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                    "to_confirm": {"type": "boolean"},
                    "type_set_by": {"type": "string", "enum": ["model", "person", "practitioner"]},
                    "whose_view": _WHO,
                    "about": {"type": "string", "enum": ["person", "carer"]},
                    "reported_by": {"type": ["string", "null"], "enum": ["carer", "professional", None],
                                    "description": "the person's view, as the carer (or whoever took "
                                                   "over the keyboard) passed it on"},
                    "typed_by": _TYPED_BY,
                    "told_of": {"type": ["string", "null"],
                                "description": "someone else named whose wish the person told (\"mam moyn bod "
                                               "na\"): that one's view, as the person passed it on (the word as "
                                               "typed)"},
                    "read_in_full": {"type": "boolean",
                                     "description": "a very long answer kept whole: shown briefly, read in full"},
                    "safeguarding": {"type": "boolean",
                                     "description": "drawn from a safeguarding message: not an outcome to plan "
                                                    "with (the summary shows the message at the top only)"},
                    "sensitive": {"type": "boolean",
                                  "description": "inside what must not be shared with whom: no outcome to confirm"},
                },
            },
        },
    },
}
