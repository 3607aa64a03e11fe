"""`python -m bot.web --host 127.0.0.1 --port 8080`: serve the practitioners' web app."""
from __future__ import annotations

import argparse
import logging
import os
import sys


def main(argv: list[str] | None = None) -> int:
    from bot.settings import settings

    parser = argparse.ArgumentParser(prog="python -m bot.web", description=__doc__)
    parser.add_argument("--host", default=os.environ.get("WEB_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=settings().web_port)
    parser.add_argument("--database-url", default=None, help="default: DATABASE_URL or var/whatmatters.db")
    parser.add_argument("--no-migrate", action="store_true", help="do not bring the schema up to date first")
    args = parser.parse_args(argv)

    logging.basicConfig(level=os.environ.get("WEB_LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.storage.db import migrate
    from bot.web.app import create_app

    if not args.no_migrate:
        migrate(args.database_url)
    app = create_app(args.database_url)
    # No access log: it would repeat every URL; our audit lines say what matters, with ids only.
    app.run(host=args.host, port=args.port, access_log=False, debug=False, workers=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
