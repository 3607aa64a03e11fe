"""The web chat for carers and the public: `/chat` on the practitioners' web app.

Why here and not a separate service: the page, its script and the messages share one origin,
so there is no CORS to configure, and Rasa stays on loopback, reached only by this app. The page
works without JavaScript (each message is a form post and the page reloads); chat.js makes it a
live chat with a "writing a reply" state and a live region. No third-party script, font or
tracker; a strict Content-Security-Policy (scripts, styles and fetches from this origin only).

Who is who: each browser gets a random conversation token (192 bits) in an HttpOnly, SameSite=Lax
cookie (Secure behind HTTPS) that lasts until the browser closes. Rasa's sender id is a hash of
it, so nothing stored (the record, Rasa's tracker, the JSON export) can be turned back into a
cookie, and nobody can read a conversation without the cookie. Each POST also carries a CSRF token
derived from the cookie.

The transcript after a reload comes from Rasa's tracker (its HTTP API, with the stack's auth
token): the words live in one place, and a conversation whose words were withdrawn (consent
declined, bot.storage.tracker_store) shows nothing we no longer keep.

Never logged here: message text, cookies, sender ids. Log lines carry the kind of event only.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import partial
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import aiohttp
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, html, redirect
from sanic.response import json as json_response

from bot import messages
from bot.conversation import invitations
from bot.conversation.erase import confirm_message_key, erase_conversation
from bot.settings import Settings
from bot.storage import repository
from bot.storage.repository import MAX_ANSWER_CHARS
from bot.summary.view import format_time
from bot.web import guards, i18n
from bot.web.data_protection import ERASED, record_audit
from channels.limits import DEFAULT_MESSAGE_MAX_BYTES, SlidingWindow, body_size, json_bytes, keepable

logger = logging.getLogger("bot.web.chat")

CHAT_COOKIE = "wm_chat"
LANGUAGE_COOKIE = "wm_chat_lang"
CHANNEL = "webchat"  # the Rasa input channel channels/webchat.py (not imported here: it pulls in Rasa)
SENDER_PREFIX = "webchat-"
CONVERSATION_TOKEN_BYTES = 24
#: "Remember this conversation on this device": how long the chat cookie then lasts (stop-25 trial U1: a carer who
#: stopped to come back later got a new conversation once the browser was closed, the chat cookie being gone with
#: it). Opt-in, for a device nobody else uses; never longer than answers not yet sent are kept.
REMEMBER_DEVICE_DAYS = 14
#: When the remembered conversation is forgotten on this device (an ISO date, nothing personal): the page says it.
REMEMBERED_COOKIE = "wm_chat_kept"
#: Messages one conversation may send in a minute, and one client address (many people can share one).
MESSAGES_PER_MINUTE = 20
CLIENT_TIMES_CONVERSATION = 6
CLIENT_MESSAGES_PER_MINUTE = MESSAGES_PER_MINUTE * CLIENT_TIMES_CONVERSATION
#: New conversations (and invitation links opened) one client address may start in a minute.
NEW_CONVERSATIONS_PER_MINUTE = 20
RASA_TIMEOUT_SECONDS = 120.0  # longer than any reply takes (our channel would only log that we left)
NOTICES = ("expired", "used", "revoked", "unknown")
#: Messages still on their way to the assistant after the browser that sent them went away: held here so they finish.
_STILL_SENDING: set[asyncio.Task[Any]] = set()
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                           "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


# ---- who is talking ------------------------------------------------------------------------------

def sender_for(token: str) -> str:
    """Rasa's sender id for a conversation token: a one-way hash, so no stored id opens a chat."""
    return SENDER_PREFIX + hashlib.sha256(("webchat\0" + token).encode("utf-8")).hexdigest()[:40]


def csrf_for(token: str) -> str:
    """The form token for this conversation: only a page that could read the cookie's value can know it."""
    return hmac.new(token.encode("utf-8"), b"webchat-csrf", hashlib.sha256).hexdigest()


def _valid_token(value: str | None) -> bool:
    return bool(value) and 20 <= len(value or "") <= 64 and all(
        c.isascii() and (c.isalnum() or c in "-_") for c in value or "")


# ---- limits: SlidingWindow and the size and character checks are the doors' own (channels.limits) ------

# ---- Rasa on loopback ----------------------------------------------------------------------------

class RasaUnavailable(Exception):
    """Rasa did not answer (down, restarting or too slow)."""


class RasaSlowDown(RasaUnavailable):
    """Rasa's channel refused the message under its own per-conversation limit (HTTP 429): the
    person is asked to slow down, as by the web app's own limit, not told the assistant is away."""


@dataclass(frozen=True)
class RasaClient:
    """Rasa's webchat channel for messages (channels/webchat.py), its HTTP API (with the auth token) for
    the transcript."""

    base_url: str
    token: str | None
    timeout: float = RASA_TIMEOUT_SECONDS

    async def _call(self, method: str, path: str, payload: Any = None, api: bool = False) -> Any:
        params = {"token": self.token} if api and self.token else None
        # Compact UTF-8 JSON, measured the same way by send() below and by Rasa's door (channels.limits).
        data = json_bytes(payload) if payload is not None else None
        headers = {"Content-Type": "application/json"} if payload is not None else None
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout)) as http, \
                    http.request(method, self.base_url + path, data=data, headers=headers,
                                 params=params) as response:
                if response.status == HTTPStatus.TOO_MANY_REQUESTS:
                    raise RasaSlowDown("HTTP 429")
                if response.status >= 400:
                    raise RasaUnavailable(f"HTTP {response.status}")
                return await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None

    async def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        replies = await self._call("POST", "/webhooks/webchat/webhook",
                                   {"sender": sender, "message": text})
        return [r for r in replies or [] if isinstance(r, dict)]

    async def tracker(self, sender: str, events: str = "ALL") -> dict[str, Any]:
        return await self._call("GET", f"/conversations/{quote(sender, safe='')}/tracker?include_events={events}",
                                api=True) or {}



async def send_even_if_they_leave(request: Request, rasa: RasaClient, sender: str, text: str) -> list[dict[str, Any]]:
    """Send to Rasa and wait for the replies; a browser that goes away meanwhile (the tab closed, the network dropped)
    ends only its own wait, never the sending, so the message is handled and kept, and shown with its reply when they
    come back (eighth trial AB20: the web app cancelled its call and logged an ERROR). That is said in one INFO line,
    with no words or ids; the web app's error handler then says nothing more (bot.web.app)."""
    task = asyncio.ensure_future(rasa.send(sender, text))
    _STILL_SENDING.add(task)
    task.add_done_callback(_STILL_SENDING.discard)
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        request.ctx.client_left_noted = True
        logger.info("webchat: the browser left before the reply; the message is still being handled")
        task.add_done_callback(_failed_unseen)
        raise


def _failed_unseen(task: asyncio.Task[Any]) -> None:
    """A send nobody waits for any more that failed: said by kind only (the person will see what was kept)."""
    error = None if task.cancelled() else task.exception()
    if error is not None:
        logger.warning("webchat: a message whose browser had left did not reach the assistant (%s)",
                       type(error).__name__)


# ---- the transcript ------------------------------------------------------------------------------

@dataclass
class Line:
    """One message on the screen, in the order it was said."""

    who: str  # assistant / person
    text: str
    language: str | None = None  # the assistant's language when it said it (for screen readers)
    buttons: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"who": self.who, "text": self.text, "lang": self.language, "buttons": self.buttons}


def _buttons(raw: Iterable[Any] | None) -> list[dict[str, str]]:
    return [{"title": str(b["title"]), "payload": str(b["payload"])} for b in raw or []
            if isinstance(b, dict) and b.get("title") and b.get("payload")]


def transcript(events: Iterable[dict[str, Any]]) -> tuple[list[Line], list[dict[str, str]]]:
    """The lines to show and the choices still open, from Rasa's tracker events.

    A button press is shown as the button's words; commands the page sent for the person
    (starting the chat, a language switch) are not shown as if they had typed them. A switch's
    replies may come before the language is set ("OK, we'll carry on in English."): the replies to
    one message take the language it left the conversation in, unless the reply says its own.
    """
    lines: list[Line] = []
    offered: list[dict[str, str]] = []
    language: str | None = None
    answered = 0  # where the replies to the latest message begin
    marked: set[int] = set()  # lines whose event said its own language (older events do not)
    for event in events:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "language" and event.get("value") in i18n.LANGUAGES:
            language = event["value"]
            for index in range(answered, len(lines)):
                if index not in marked:
                    lines[index].language = language
        elif kind == "bot":
            buttons = _buttons((event.get("data") or {}).get("buttons"))
            said = _language_of(event.get("metadata"))
            if said:
                marked.add(len(lines))
            lines.append(Line("assistant", event.get("text") or "", said or language, buttons))
            offered = buttons if buttons else offered
        elif kind == "user":
            text = event.get("text") or ""
            if text.startswith("/"):
                title = next((b["title"] for b in offered if b["payload"] == text), None)
                if title is None:
                    answered = len(lines)
                    continue
                text = title
            lines.append(Line("person", text))
            offered = []
            answered = len(lines)
    open_choices = offered if lines and lines[-1].who == "assistant" else []
    return lines, open_choices


def _language_of(reply: Any) -> str | None:
    """The language a reply says it is in (bot.messages.LANGUAGE_KEY), if it says."""
    said = reply.get(messages.LANGUAGE_KEY) if isinstance(reply, dict) else None
    return said if said in i18n.LANGUAGES else None


def replies_as_lines(replies: Iterable[dict[str, Any]]) -> tuple[list[Line], str | None]:
    """The lines to add, and the language the assistant is speaking now (its last reply's): what the page
    follows. A reply that does not say its language (a composed one) takes the turn's."""
    shown = [r for r in replies if r.get("text") or r.get("buttons")]
    spoken = [language for r in shown if (language := _language_of(r))]
    now_speaking = spoken[-1] if spoken else None
    return [Line("assistant", r.get("text") or "", _language_of(r) or now_speaking, _buttons(r.get("buttons")))
            for r in shown], now_speaking


#: What the page itself sends for the person (the start, a language switch): never their words.
_PAGE_COMMANDS = ("/greet", "/choose_language")


def choose_language_payload(language: str) -> str:
    return "/choose_language" + json.dumps({"language": language}, separators=(",", ":"))


# ---- the blueprint -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChatSettings:
    """What the chat needs from the one Settings object (bot.settings)."""

    rasa_url: str
    rasa_token: str | None
    messages_per_minute: int = MESSAGES_PER_MINUTE
    client_messages_per_minute: int = CLIENT_MESSAGES_PER_MINUTE
    new_conversations_per_minute: int = NEW_CONVERSATIONS_PER_MINUTE
    #: the body Rasa's door accepts (MESSAGE_MAX_BYTES): a larger message is refused here, kindly, first
    message_max_bytes: int = DEFAULT_MESSAGE_MAX_BYTES

    @classmethod
    def from_settings(cls, settings: Settings) -> ChatSettings:
        return cls(
            rasa_url=settings.rasa_url,
            rasa_token=settings.rasa_token,
            messages_per_minute=settings.web_chat_messages_per_minute,
            client_messages_per_minute=settings.web_chat_messages_per_minute * CLIENT_TIMES_CONVERSATION,
            message_max_bytes=settings.message_max_bytes,
        )


@dataclass
class ChatState:
    """One app's Rasa client and limits (an app per process in production; tests may build several)."""

    rasa: RasaClient
    per_conversation: SlidingWindow
    per_client: SlidingWindow
    new_per_client: SlidingWindow
    message_max_bytes: int = DEFAULT_MESSAGE_MAX_BYTES

    @classmethod
    def from_config(cls, config: ChatSettings) -> ChatState:
        return cls(RasaClient(config.rasa_url.rstrip("/"), config.rasa_token),
                   SlidingWindow(config.messages_per_minute), SlidingWindow(config.client_messages_per_minute),
                   SlidingWindow(config.new_conversations_per_minute), config.message_max_bytes)


def _state(request: Request) -> ChatState:
    state: ChatState | None = getattr(request.app.ctx, "chat", None)
    if state is None:
        state = ChatState.from_config(ChatSettings.from_settings(guards.settings_of(request)))
        request.app.ctx.chat = state
    return state


#: Not behind the practitioners' session (guards.for_practitioners): the public has no account.
#: The chat's POSTs carry their own CSRF token, derived from the conversation cookie.
bp = Blueprint("chat")


def _chosen_language(request: Request) -> str | None:
    """The language the person picked for the page (the switch, a ?lang= link, a known invitation), if any."""
    wanted = request.args.get("lang") or request.cookies.get(LANGUAGE_COOKIE)
    return wanted if wanted in i18n.LANGUAGES else None


def _page_language(request: Request) -> str:
    return _chosen_language(request) or "cy"  # Welsh first (the Active Offer)


def _set_cookie(request: Request, response: HTTPResponse, name: str, value: str,
                max_age: int | None = None) -> None:
    """HttpOnly, SameSite=Lax, Secure behind HTTPS, only for /chat; no max-age: gone when the browser closes."""
    guards.set_cookie(request, response, name, value, path="/chat", max_age=max_age)


def _headers(response: HTTPResponse) -> HTTPResponse:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"  # an invitation token never leaves in a Referer
    return response


def _said(key: str, language: str | None, register: str = "chi") -> str:
    """A reply of the page's own (too long, slow down...), from the assistant's catalogue."""
    return messages.render(key, language if language in i18n.LANGUAGES else None, register, None).text


def _wants_json(request: Request) -> bool:
    return "application/json" in (request.headers.get("accept") or "")


def _checked(request: Request, token: str | None) -> bool:
    """The POST comes from our own page for this conversation."""
    sent = str((request.form or {}).get("csrf_token") or "")
    return _valid_token(token) and hmac.compare_digest(sent, csrf_for(token or ""))


def _render(request: Request, name: str, language: str | None = None, **context: Any) -> str:
    """A chat template in `language` (the conversation's, when known) or the language chosen for the page."""
    lang = language if language in i18n.LANGUAGES else _page_language(request)
    return request.app.ctx.templates.get_template(name).render(
        lang=lang, other="en" if lang == "cy" else "cy", t=partial(i18n.t, language=lang),
        quick_exit=request.app.ctx.settings.chat_quick_exit_url, **context)


async def _opening(rasa: RasaClient, sender: str, language: str | None) -> None:
    """Start the conversation: in the known language, or with the Active Offer (Welsh first).

    Who is talking, when an invitation said, is read from the record by the conversation itself
    (bot.conversation.about_you.known_speaker), as on every channel: nothing to send for it here.
    """
    await rasa.send(sender, choose_language_payload(language) if language else "/greet")


async def _page(request: Request, token: str, *, status: int = 200, notice: str | None = None,
                draft: str = "", problem: str | None = None, new_cookie: bool = False,
                chosen: str | None = None) -> HTTPResponse:
    """The chat page with the transcript so far (it works without JavaScript too).

    The page is in the conversation's language once there is one, however it was chosen (the Active
    Offer's buttons, the switch, an invitation's language): labels, buttons and html lang then match
    what the assistant says. `chosen` is a language just picked with the switch (Rasa may be away).
    """
    rasa = _state(request).rasa
    sender = sender_for(token)
    unavailable = False
    try:
        tracker = await rasa.tracker(sender)
        events = tracker.get("events") or []
        if not any(e.get("event") == "bot" for e in events):
            await _opening(rasa, sender, None)
            events = (await rasa.tracker(sender)).get("events") or []
        slots = tracker.get("slots") or {}
    except RasaUnavailable as exc:
        logger.warning("webchat: the assistant is unavailable (%s)", exc)
        events, slots, unavailable = [], {}, True
    lines, choices = transcript(events)
    lines = as_on_this_device(lines, request)
    # The assistant's own words in the conversation's language; before anyone chose, Welsh then English.
    chosen = chosen if chosen in i18n.LANGUAGES else _chosen_language(request)
    spoken = slots.get("language") if slots.get("language") in i18n.LANGUAGES else chosen
    lang = spoken or "cy"  # Welsh first (the Active Offer) until a language is chosen
    register = "ti" if slots.get("register") == "ti" else "chi"
    notice_text = _said("invitation_link_" + notice, spoken, register) if notice in NOTICES else None
    problem_text = _said(problem, spoken, register) if problem else None
    if unavailable:
        problem_text = _said("chat_unavailable", spoken, register)
    remembered = _remembered_until(request, lang) if not new_cookie else None
    # Not offered once something went to the duty team: whoever opens this browser next would see it (a partner
    # who checks the phone); the person was told how to clear this chat instead. Nothing can have gone before they
    # sent anything but the page's own start (the Active Offer, a language chosen), so the record is read only then:
    # the first pages of every conversation read no database.
    wrote = any(e.get("event") == "user" and not str(e.get("text") or "").startswith(_PAGE_COMMANDS) for e in events)
    can_remember = remembered is None and not unavailable and not (
        wrote and await asyncio.to_thread(repository.is_urgent, sender))
    body = _render(request, "chat.html", language=lang, lines=lines, choices=choices, csrf=csrf_for(token),
                   notice=notice_text, problem=problem_text, draft=draft, remembered_until=remembered,
                   can_remember=can_remember, remember_days=_remember_days(request),
                   unavailable_text=_said("chat_unavailable", spoken, register),
                   unavailable_cy=_said("chat_unavailable", "cy", register),
                   unavailable_en=_said("chat_unavailable", "en", register),
                   slow_text=_said("chat_slow_down", spoken, register))
    response = _headers(html(body, status=status))
    if new_cookie:
        _set_cookie(request, response, CHAT_COOKIE, token)
    if spoken and spoken != request.cookies.get(LANGUAGE_COOKIE):
        _set_cookie(request, response, LANGUAGE_COOKIE, spoken)  # the page's own messages, even if Rasa is away
    return response


def _slow_down(request: Request, language: str | None) -> HTTPResponse:
    text = _said("chat_slow_down", language)
    if _wants_json(request):
        return _headers(json_response({"error": "slow_down", "replies": [Line("assistant", text).as_json()]},
                                      status=429, headers={"Retry-After": "60"}))
    return _headers(redirect("/chat?problem=slow#compose", status=303))


def _reply(request: Request, error: str, text: str, status: int) -> HTTPResponse:
    return _headers(json_response({"error": error, "replies": [Line("assistant", text).as_json()]}, status=status,
                                  dumps=partial(json.dumps, ensure_ascii=False)))


# ---- routes ----------------------------------------------------------------------------------------

@bp.get("/chat")
async def chat_page(request: Request) -> HTTPResponse:
    token = request.cookies.get(CHAT_COOKIE)
    new_cookie = not _valid_token(token)
    if new_cookie:
        if not _state(request).new_per_client.allow("new\0" + guards.client_ip(request)):
            return _slow_down(request, _page_language(request))
        token = secrets.token_urlsafe(CONVERSATION_TOKEN_BYTES)
    notice = request.args.get("notice")
    problem = {"slow": "chat_slow_down", "too_long": "input_too_long"}.get(request.args.get("problem") or "")
    return await _page(request, token or "", notice=notice if notice in NOTICES else None, problem=problem,
                       new_cookie=new_cookie)


@bp.get("/chat/start/<link>")
async def start_from_link(request: Request, link: str) -> HTTPResponse:
    """An invitation link: tie a new conversation to the referral, then show the chat."""
    state = _state(request)
    current = request.cookies.get(CHAT_COOKIE)
    if _valid_token(current) and invitations.is_bound_to(link, sender_for(current or "")):
        return _headers(redirect("/chat", status=303))  # a second tap on the same link: carry on
    if not state.new_per_client.allow("new\0" + guards.client_ip(request)):
        return _slow_down(request, _page_language(request))
    token = secrets.token_urlsafe(CONVERSATION_TOKEN_BYTES)
    sender = sender_for(token)
    start = invitations.start_from_invitation(sender, CHANNEL, link)
    try:
        await _opening(state.rasa, sender, start.language)
    except RasaUnavailable as exc:
        logger.warning("webchat: the assistant is unavailable at a link's start (%s)", exc)
    logger.info("webchat: an invitation link was opened (%s)", start.status)
    response = _headers(redirect("/chat" if start.matched else f"/chat?notice={start.status}", status=303))
    _set_cookie(request, response, CHAT_COOKIE, token)
    if start.language:
        _set_cookie(request, response, LANGUAGE_COOKIE, start.language)
    return response


@bp.post("/chat/send")
async def send(request: Request) -> HTTPResponse:
    state = _state(request)
    token = request.cookies.get(CHAT_COOKIE)
    if not _checked(request, token):
        if _wants_json(request):
            return _headers(json_response({"error": "check_failed",
                                           "message": i18n.t("chat_check_failed", _page_language(request))},
                                          status=403))
        return _headers(redirect("/chat", status=303))
    sender = sender_for(token or "")
    message = (request.form or {}).get("message")
    message = message if isinstance(message, str) else ""
    language = request.cookies.get(LANGUAGE_COOKIE)
    if not message.strip():
        if _wants_json(request):
            return _headers(json_response({"error": "empty", "message": i18n.t("chat_empty", _page_language(request))},
                                          status=400))
        return _headers(redirect("/chat#compose", status=303))
    if not (state.per_conversation.allow(sender) and state.per_client.allow(guards.client_ip(request))):
        logger.info("webchat: a message was refused by the rate limit")
        return _slow_down(request, language)
    # Kept out of Rasa and the record; the person keeps their words in the box to split or retype them.
    refused = None
    if len(message) > MAX_ANSWER_CHARS:
        refused = ("too_long", "input_too_long", 413)
    elif body_size({"sender": sender, "message": message}) > state.message_max_bytes:
        refused = ("too_long", "door_too_large", 413)  # under 10,000 characters, but too many bytes for the door
    elif not keepable(message):
        refused = ("characters", "input_control_characters", 400)
    if refused is not None:
        error, said, status = refused
        if _wants_json(request):
            return _reply(request, error, _said(said, language), status)
        return await _page(request, token or "", status=status, draft=message if status == 413 else "",
                           problem=said)
    try:
        replies = await send_even_if_they_leave(request, state.rasa, sender, message)
    except RasaSlowDown:
        logger.info("webchat: a message was refused by the assistant's own rate limit")
        return _slow_down(request, language)
    except RasaUnavailable as exc:
        logger.warning("webchat: the assistant is unavailable (%s)", exc)
        if _wants_json(request):
            return _reply(request, "unavailable", _said("chat_unavailable", language), 503)
        return await _page(request, token or "", status=503, draft=message)
    if _wants_json(request):
        # Each reply says its language (a button or a typed "English please" may have just changed it): it
        # marks the line for screen readers, and the page follows the language the assistant now speaks.
        lines, now_speaking = replies_as_lines(replies)
        lines = as_on_this_device(lines, request)
        response = _headers(json_response(
            {"replies": [line.as_json() for line in lines], "lang": now_speaking},
            dumps=partial(json.dumps, ensure_ascii=False)))
        if now_speaking and now_speaking != language:
            _set_cookie(request, response, LANGUAGE_COOKIE, now_speaking)
        return response
    return _headers(redirect("/chat#latest", status=303))


@bp.post("/chat/language")
async def switch_language(request: Request) -> HTTPResponse:
    """The page's language switch; once the conversation has started, the assistant switches too."""
    state = _state(request)
    token = request.cookies.get(CHAT_COOKIE)
    language = (request.form or {}).get("language")
    if language not in i18n.LANGUAGES:
        return _headers(redirect("/chat", status=303))
    response = _headers(redirect("/chat#latest", status=303))
    _set_cookie(request, response, LANGUAGE_COOKIE, str(language))
    if _checked(request, token):
        sender = sender_for(token or "")
        if state.per_conversation.allow(sender):
            try:
                tracker = await state.rasa.tracker(sender, events="NONE")
                if (tracker.get("slots") or {}).get("language") != language:
                    await send_even_if_they_leave(request, state.rasa, sender, choose_language_payload(str(language)))
            except RasaUnavailable as exc:
                logger.warning("webchat: the assistant is unavailable at a language switch (%s)", exc)
        draft = (request.form or {}).get("draft")
        if isinstance(draft, str) and draft.strip():
            # A half-written message (chat.js sends it with the switch) comes back in the box, not lost.
            return await _page(request, token or "", draft=draft, chosen=str(language))
    return response


def _stopped_texts() -> dict[str, tuple[str, str]]:
    """The web chat's "stopped" (bot.conversation.steering.stop) each way it is written: its (language, register).
    The one said after an urgent flag too: a device that remembered the conversation before it still does."""
    return {messages.render(key, language, register).text: (language, register)
            for key in ("stopped_webchat", "stopped_urgent_webchat")
            for language in i18n.LANGUAGES for register in ("chi", "ti")}


def as_on_this_device(lines: list[Line], request: Request) -> list[Line]:
    """The lines as true on this device: on one that remembers the conversation, "stopped" says until when instead of
    asking them to choose "Remember this conversation on this device" first (third trial W14: Bethan had chosen it and
    was still told to). Only the web app knows the device; the words stored in the conversation stay as they were."""
    if not request.cookies.get(REMEMBERED_COOKIE):
        return lines
    stopped = _stopped_texts()
    out = []
    for line in lines:
        written = stopped.get(line.text) if line.who == "assistant" else None
        until = _remembered_until(request, written[0]) if written else None
        if written and until:
            text = messages.render("stopped_webchat_remembered", written[0], written[1], date=until).text
            line = Line(line.who, text, line.language, line.buttons)
        out.append(line)
    return out


def _remember_days(request: Request) -> int:
    return min(REMEMBER_DEVICE_DAYS, request.app.ctx.settings.retention_unconfirmed_days)


def _remembered_until(request: Request, language: str) -> str | None:
    """The date this device forgets the conversation ("18 Rhagfyr 2026"), when the person asked it to remember."""
    kept = request.cookies.get(REMEMBERED_COOKIE) or ""
    try:
        until = date.fromisoformat(kept)
    except ValueError:
        return None
    return format_time(until.isoformat(), language, with_time=False)


@bp.post("/chat/remember")
async def remember(request: Request) -> HTTPResponse:
    """Keep this conversation on this device for REMEMBER_DEVICE_DAYS, so closing the browser does not lose the way
    back to it: the person asks (never by default: a shared or family computer would show it to the next person)."""
    token = request.cookies.get(CHAT_COOKIE)
    response = _headers(redirect("/chat#compose", status=303))
    if not _checked(request, token) or await asyncio.to_thread(repository.is_urgent, sender_for(token or "")):
        return response
    days = _remember_days(request)
    until = datetime.now(timezone.utc).date() + timedelta(days=days)
    _set_cookie(request, response, CHAT_COOKIE, token or "", max_age=days * 86400)
    _set_cookie(request, response, REMEMBERED_COOKIE, until.isoformat(), max_age=days * 86400)
    logger.info("webchat: a conversation is remembered on its device for %d days", days)
    return response


@bp.post("/chat/forget")
async def forget(request: Request) -> HTTPResponse:
    """Clear the conversation from this device (a shared computer): the record itself stays."""
    response = _headers(redirect("/chat/cleared", status=303))
    if _checked(request, request.cookies.get(CHAT_COOKIE)):
        _set_cookie(request, response, CHAT_COOKIE, "", max_age=0)
        _set_cookie(request, response, REMEMBERED_COOKIE, "", max_age=0)
    return response


@bp.get("/chat/cleared")
async def cleared(request: Request) -> HTTPResponse:
    return _headers(html(_render(request, "chat_cleared.html")))


#: What the web chat tells the person once their words are erased (Telegram's "delete_done" speaks of the app).
DELETED_MESSAGE = {"delete_done": "web_delete_done"}


@bp.post("/chat/delete")
async def delete(request: Request) -> HTTPResponse:
    """The person's right to erasure, as Telegram's /delete gives it (stop-22 trial V20: "alla i ddileu hwn i gyd?"
    had no answer in the web chat). The first post asks them to make sure; only `confirm=yes` erases, through
    bot.conversation.erase, which keeps the words that raised an urgent safeguarding flag and says so."""
    token = request.cookies.get(CHAT_COOKIE)
    if not _checked(request, token):
        return _headers(redirect("/chat", status=303))
    sender = sender_for(token or "")
    who = await asyncio.to_thread(repository.addressee, sender)  # before erasing: the record says how to speak
    language = who.language if who.language in i18n.LANGUAGES else _page_language(request)
    if (request.form or {}).get("confirm") != "yes":
        asked = messages.render(await asyncio.to_thread(confirm_message_key, sender), language, who.register,
                                who.role)
        body = _render(request, "chat_delete.html", language=language, asked=asked.text, csrf=csrf_for(token or ""),
                       yes=asked.buttons[0].title, no=asked.buttons[1].title)
        return _headers(html(body))
    erased = await asyncio.to_thread(erase_conversation, sender_id=sender)
    if erased.found:  # counts and the reference only, as `whatmatters erase` writes: shown on /audit
        await asyncio.to_thread(record_audit, ERASED, f"by the person (web chat): {erased.counts}",
                                reference=erased.reference, team=erased.team)
    logger.info("webchat: a conversation was erased at the person's request (kept for safety: %s)",
                erased.kept_for_safety)
    said = messages.text(DELETED_MESSAGE.get(erased.message_key, erased.message_key), language, who.register,
                         who.role)
    response = _headers(html(_render(request, "chat_deleted.html", language=language, said=said)))
    _set_cookie(request, response, CHAT_COOKIE, "", max_age=0)
    _set_cookie(request, response, REMEMBERED_COOKIE, "", max_age=0)
    return response
