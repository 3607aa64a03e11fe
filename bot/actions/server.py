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

from rasa_sdk import utils
from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
from rasa_sdk.endpoint import create_app, create_argument_parser, create_ssl_context
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from bot import analysis
from bot.actions import ops
from bot.analysis import risk
from bot.settings import get_settings

logger = logging.getLogger(__name__)

ACTIONS_PACKAGE = "bot.actions"
#: Logged once every model is loaded, before the server listens (tests/conversation checks for it).
MODELS_LOADED = "models loaded"
#: The header Rasa sends the shared secret in (endpoints.yml).
TOKEN_HEADER = "X-Action-Token"  # noqa: S105 - a header's name, not a secret
#: Answered without the secret: the health check `whatmatters run` waits on, readiness and the
#: metrics (bot.actions.ops: part names, counts and our actions' names; nothing personal).
OPEN_PATHS = frozenset({"/health", "/ready", "/metrics"})


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


def build_app(actions: str, cors: str | list[str] | None, auto_reload: bool, token: str | None) -> Sanic:
    """rasa_sdk's app (and its plugins), behind the shared secret."""
    app = create_app(actions, cors_origins=cors, auto_reload=auto_reload)
    require_token(app, token)
    ops.add_ops(app, actions)  # /ready, /metrics and each action's time
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
