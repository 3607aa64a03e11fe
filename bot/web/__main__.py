"""`python -m bot.web --host 127.0.0.1 --port 8080`: serve the practitioners' web app."""
from __future__ import annotations

import argparse
import dataclasses
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    from bot.settings import get_settings

    settings = get_settings()  # read once, here, and handed to the app
    parser = argparse.ArgumentParser(prog="python -m bot.web", description=__doc__)
    parser.add_argument("--host", default=settings.web_host)
    parser.add_argument("--port", type=int, default=settings.web_port)
    parser.add_argument("--database-url", default=None, help="default: DATABASE_URL or var/whatmatters.db")
    parser.add_argument("--no-migrate", action="store_true", help="do not bring the schema up to date first")
    args = parser.parse_args(argv)
    if args.database_url:
        settings = dataclasses.replace(settings, database_url=args.database_url)

    logging.basicConfig(level=settings.web_log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.storage.db import migrate
    from bot.web.app import create_app

    if not args.no_migrate:
        migrate(settings.database)
    app = create_app(settings)
    # No access log: it would repeat every URL; our audit lines say what matters, with ids only.
    app.run(host=args.host, port=args.port, access_log=False, debug=False, workers=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
