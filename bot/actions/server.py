"""The action server: load every model, then answer Rasa.

`python -m bot.actions.server [rasa_sdk's options]` is `python -m rasa_sdk --actions bot.actions`
with the language, sorting and risk models loaded first, so the first person to
write (perhaps a disclosure) never waits for training. bot/services.py starts it.
"""
from __future__ import annotations

import logging
import time

from rasa_sdk import utils
from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
from rasa_sdk.endpoint import create_argument_parser, run

from bot import analysis
from bot.analysis import risk
from bot.settings import get_settings

logger = logging.getLogger(__name__)

ACTIONS_PACKAGE = "bot.actions"
#: Logged once every model is loaded, before the server listens (tests/conversation checks for it).
MODELS_LOADED = "models loaded"


def load_models() -> None:
    started = time.perf_counter()
    risk.configure(get_settings().whatmatters_cache_dir)  # the fitted risk model's folder (WHATMATTERS_CACHE_DIR)
    analysis.load()
    logger.info("%s in %.1fs", MODELS_LOADED, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> None:
    parser = create_argument_parser()
    parser.set_defaults(actions=ACTIONS_PACKAGE)
    args = parser.parse_args(argv)
    # As rasa_sdk's own __main__, with the models loaded before the server starts.
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME), args.log_file, args.loglevel,
                                 args.logging_config_file)
    utils.update_sanic_log_level()
    load_models()
    run(args.actions, args.port, args.cors, args.ssl_certificate, args.ssl_keyfile, args.ssl_password,
        args.auto_reload)


if __name__ == "__main__":
    main()
