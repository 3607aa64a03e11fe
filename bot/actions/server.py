"""The action server: load every model, then answer Rasa, and only Rasa.

`python -m bot.actions.server [rasa_sdk's options]` is `python -m rasa_sdk --actions bot.actions`
with the language, sorting and risk models loaded first, so the first person to
write (perhaps a disclosure) never waits for training. bot/services.py starts it.

rasa_sdk 3.6 has no authentication of its own and listens on every interface: any caller that
reached /webhook could confirm another team's record or raise an urgent flag on it. So here it
listens on ACTION_HOST (loopback unless told otherwise) and every request but /health must carry
ACTION_SERVER_TOKEN in TOKEN_HEADER, which Rasa sends from endpoints.yml (`action_endpoint:
headers`). With no token configured every such request is refused: closed, not open, by default.
"""
from __future__ import annotations

import hmac
import logging
import time
import zlib
from typing import Any

from rasa_sdk import utils
from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
from rasa_sdk.endpoint import create_app, create_argument_parser, create_ssl_context
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot import analysis
from bot.actions import ops
from bot.analysis import risk
from bot.settings import get_settings
from channels.limits import Refused, declared_too_large, parse_object

logger = logging.getLogger(__name__)

ACTIONS_PACKAGE = "bot.actions"
#: Logged once every model is loaded, before the server listens (tests/conversation checks for it).
MODELS_LOADED = "models loaded"
#: The header Rasa sends the shared secret in (endpoints.yml).
TOKEN_HEADER = "X-Action-Token"  # noqa: S105 - a header's name, not a secret
#: Answered without the secret: the health check `whatmatters run` waits on, readiness and the
#: metrics (bot.actions.ops: part names, counts and our actions' names; nothing personal).
OPEN_PATHS = frozenset({"/health", "/ready", "/metrics"})
#: The largest body the action server reads. Rasa sends the whole tracker (every event of the
#: conversation, each message at most MESSAGE_MAX_BYTES) and the domain: a long conversation is a
#: few hundred KB, so this leaves room many times over while refusing a flood.
ACTION_MAX_BODY_BYTES = 8 * 1024 * 1024


def load_models() -> None:
    started = time.perf_counter()
    risk.configure(get_settings().whatmatters_cache_dir)  # the fitted risk model's folder (WHATMATTERS_CACHE_DIR)
    analysis.load()
    logger.info("%s in %.1fs", MODELS_LOADED, time.perf_counter() - started)


def require_token(app: Sanic, token: str | None) -> None:
    """Refuse (403) every request but OPEN_PATHS that does not carry `token` in TOKEN_HEADER."""
    expected = (token or "").encode("utf-8")
    if not expected:
        logger.error("ACTION_SERVER_TOKEN is not set: every request from Rasa will be refused")

    async def check(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        sent = (request.headers.get(TOKEN_HEADER) or "").encode("utf-8")
        if expected and hmac.compare_digest(sent, expected):
            return None
        logger.warning("refused a request to %s without the action server's token", request.path)
        return json_response({"error": "forbidden"}, status=403)

    app.register_middleware(check, "request")


def guard_bodies(app: Sanic, max_bytes: int = ACTION_MAX_BODY_BYTES) -> None:
    """Bodies are capped, read once and checked before rasa_sdk sees them; errors say nothing of them.

    rasa_sdk 3.6 answers any exception with a 500 whose body is the request's own JSON (the
    tracker: the person's words) and logs the request with a traceback; a body that is not JSON,
    or a list, or 10,000 brackets deep, was such an exception. Here a bad body is a 400, a
    deflated one is inflated only up to the cap, and every error is a plain body, logged by kind.
    """
    app.config.REQUEST_MAX_SIZE = max_bytes  # Sanic refuses a larger body (413) before reading it all

    async def check_body(request: Request) -> HTTPResponse | None:
        if request.method != "POST" or request.path in OPEN_PATHS:
            return None
        raw = request.body or b""
        try:
            # Sanic runs request middleware again when reading the body failed (too large): say so.
            if declared_too_large(request.headers.get("content-length"), max_bytes):
                raise Refused("too_large")
            if request.headers.get("Content-Encoding") == "deflate":
                raw = _inflate(raw, max_bytes)
            action_call = parse_object(raw)
            if not _action_call_shaped(action_call):
                raise Refused("unreadable")
        except Refused as refused:
            logger.warning("refused a request to %s (%s)", request.path, refused.kind)
            return json_response({"error": refused.kind}, status=refused.status)
        if request.headers.get("Content-Encoding") != "deflate":
            request.parsed_json = action_call  # type: ignore[assignment]  # rasa_sdk reads request.json: parsed once
        return None

    async def plain_error(request: Request, exception: Exception) -> HTTPResponse:
        status = getattr(exception, "status_code", 500) if isinstance(exception, SanicException) else 500
        if status >= 500:
            logger.error("%s on %s %s", type(exception).__name__, request.method, request.path)
        return json_response({"error": "the action could not be run" if status >= 500 else "refused"},
                             status=status)

    app.register_middleware(check_body, "request")
    app.error_handler.add(Exception, plain_error)  # replaces rasa_sdk's, which echoes the body


def _action_call_shaped(action_call: dict[str, Any]) -> bool:
    """What rasa_sdk reads before it runs an action is there, with the right types (else a 400, not a 500)."""
    action, tracker, domain = action_call.get("next_action"), action_call.get("tracker"), action_call.get("domain", {})
    if action is None:
        return True  # rasa_sdk answers "no action" itself
    return (isinstance(action, str) and isinstance(domain, dict) and isinstance(tracker, dict)
            and isinstance(tracker.get("sender_id"), str) and isinstance(tracker.get("events", []), list)
            and isinstance(tracker.get("slots", {}), dict))


def _inflate(raw: bytes, max_bytes: int) -> bytes:
    """A deflated body (Rasa's COMPRESS_ACTION_SERVER_REQUEST), inflated no further than `max_bytes`."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        raise Refused("unreadable") from None
    if len(data) > max_bytes or inflater.unconsumed_tail:
        raise Refused("too_large")
    return data


def build_app(actions: str, cors: str | list[str] | None, auto_reload: bool, token: str | None) -> Sanic:
    """rasa_sdk's app (and its plugins), behind the shared secret, with bodies checked."""
    app = create_app(actions, cors_origins=cors, auto_reload=auto_reload)
    require_token(app, token)
    ops.add_ops(app, actions)  # /ready, /metrics and each action's time
    guard_bodies(app)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    return app


#: How long the action server waits for a request on an open connection. Rasa opens a connection per
#: action call and, when its loop is busy, may write the request seconds later: Sanic's default (5 s)
#: closed such connections first and the turn's events were lost (issue 12). As long as Rasa waits.
KEEP_ALIVE_SECONDS = 300


def main(argv: list[str] | None = None) -> None:
    parser = create_argument_parser()
    parser.set_defaults(actions=ACTIONS_PACKAGE)
    args = parser.parse_args(argv)
    settings = get_settings()
    # As rasa_sdk's own __main__ and endpoint.run, with the models loaded before the server starts.
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME), args.log_file, args.loglevel,
                                 args.logging_config_file)
    utils.update_sanic_log_level()
    load_models()
    app = build_app(args.actions, args.cors, args.auto_reload, settings.action_server_token)
    app.config.KEEP_ALIVE_TIMEOUT = KEEP_ALIVE_SECONDS
    ssl_context = create_ssl_context(args.ssl_certificate, args.ssl_keyfile, args.ssl_password)
    protocol = "https" if ssl_context else "http"
    logger.info("Action endpoint is up and running on %s://%s:%s", protocol, settings.action_host, args.port)
    app.run(settings.action_host, args.port, ssl=ssl_context, workers=utils.number_of_sanic_workers())


if __name__ == "__main__":
    main()
