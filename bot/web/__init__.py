"""The practitioners' web app: sign-in, team-scoped summaries, corrections, exports, audit, API.

Importing this package is cheap (no Sanic); `bot.web.app.create_app` builds
the server and `python -m bot.web` runs it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from sanic import Sanic

    from bot.settings import Settings


def create_app(settings: Settings | None = None) -> Sanic:
    """Build the Sanic app (lazy import so `bot.web.models` stays light for Alembic)."""
    from bot.web.app import create_app as _create

    return _create(settings)
