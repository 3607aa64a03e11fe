"""Erasure and retention as the audit log sees them, and the web app's hourly retention sweep.

The rules are in bot.conversation.erase and bot.conversation.retention; this module only records
who did what (one audit row, counts only) and runs the sweep from the long-running web app, off the
event loop, so nobody has to remember a cron job. `whatmatters erase` and `whatmatters retention`
write their rows through the same `record_audit`.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from bot.conversation.retention import RetentionPolicy, RetentionRun, apply_retention
from bot.settings import Settings
from bot.storage import db
from bot.web import store

if TYPE_CHECKING:  # pragma: no cover
    from sanic import Sanic

logger = logging.getLogger(__name__)

#: Audit actions (labelled in bot/web/strings.yml as action_<name>).
ERASED = "erased"
RETENTION = "retention"
#: The first sweep after the web app starts waits at most this long, so a restart never delays it
#: by a whole interval, and a server that is only starting is not slowed by it.
FIRST_SWEEP_AFTER_SECONDS = 60.0


def record_audit(action: str, detail: str, *, reference: str | None = None, team: str | None = None,
                 database_url: str | None = None) -> None:
    """One row in the append-only audit log for something done outside a web request."""
    with db.session_scope(database_url) as s:
        store.append_audit(s, action=action, reference=reference, team=team, detail=detail)


def sweep(settings: Settings) -> RetentionRun:
    """Apply the retention rules once; an audit row when anything was deleted (an empty hourly run says nothing)."""
    run = apply_retention(RetentionPolicy.from_settings(settings))
    if run.anything:
        record_audit(RETENTION, f"by the web app (every {settings.retention_every_minutes:g} min): {run.counts}")
    return run


async def _sweep_forever(settings: Settings) -> None:
    interval = settings.retention_every_minutes * 60.0
    await asyncio.sleep(min(interval, FIRST_SWEEP_AFTER_SECONDS))
    loop = asyncio.get_running_loop()
    while True:
        try:
            await loop.run_in_executor(None, sweep, settings)  # database work: never on the event loop
        except Exception as err:  # the next run tries again; nothing is lost by waiting
            logger.error("retention sweep failed (%s)", type(err).__name__)
        await asyncio.sleep(interval)


def register(app: Sanic) -> None:
    """Start the sweep with the server (unless RETENTION_AUTOMATIC is off) and stop it with the server."""
    settings: Settings = app.ctx.settings
    if not settings.retention_automatic:
        return

    async def start(app: Sanic, _loop: Any) -> None:
        app.ctx.retention_task = asyncio.get_running_loop().create_task(_sweep_forever(settings))

    async def stop(app: Sanic, _loop: Any) -> None:
        task = getattr(app.ctx, "retention_task", None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.register_listener(start, "after_server_start")
    app.register_listener(stop, "before_server_stop")
