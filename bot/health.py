"""Health and readiness, the same way for every service (web app, action server, Rasa server).

Health says the process is alive (it answers at all); readiness says it can do its job right now:
its database answers, its models are loaded, Rasa has a model and its action server answers. A
load balancer or an orchestrator sends people only to ready processes and restarts dead ones.

A readiness answer is 200 or 503 with a short JSON naming each part and "ok" or "unavailable":
never an address, a URL, a secret or an error's text (a database error can quote a URL or the
words being stored). Each check runs in a small pool of its own, with a time limit, so a database
that does not answer cannot block the event loop or starve the threads the service's work uses.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sanic import Blueprint, Sanic
from sanic.request import Request
from sanic.response import HTTPResponse, json, raw
from sqlalchemy import text

logger = logging.getLogger(__name__)

#: How long one part may take to answer a readiness check before it counts as unavailable.
CHECK_SECONDS = 3.0
#: How long a scrape may take (it may count the record) before it is answered 503; Prometheus's own limit is 10 s.
SCRAPE_SECONDS = 10.0
#: Threads for checks: a hanging database ties up these, never the service's own threads.
CHECK_THREADS = 2
OK = "ok"
UNAVAILABLE = "unavailable"

_pool = ThreadPoolExecutor(max_workers=CHECK_THREADS, thread_name_prefix="readiness")
#: One thread for scrapes (which may read the database), apart from the checks.
_scrape_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="metrics")


def database_ready(url: str) -> bool:
    """Does the database at `url` answer a query? (Blocking; readiness runs it in its own pool.)"""
    from bot.storage import db

    try:
        with db.get_engine(url).connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception as error:  # any failure means "not ready"; its text may quote the URL
        logger.warning("readiness: the database did not answer (%s)", type(error).__name__)
        return False


def http_answers(url: str, timeout: float = CHECK_SECONDS) -> bool:
    """Does `url` answer a GET with a 2xx? (Blocking.)"""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - our own services' addresses
            return 200 <= response.status < 300
    except (urllib.error.URLError, ConnectionError, OSError, ValueError):
        return False


@dataclass(frozen=True)
class Check:
    """One part a service needs: its name as shown ("database", "models"...) and a blocking probe."""

    name: str
    probe: Callable[[], bool]


async def readiness(checks: Sequence[Check], timeout: float = CHECK_SECONDS) -> tuple[int, dict[str, object]]:
    """(200 or 503, {"status": ..., "checks": {name: "ok" | "unavailable"}}), the checks run at once."""
    loop = asyncio.get_running_loop()

    async def run(check: Check) -> bool:
        try:
            return bool(await asyncio.wait_for(loop.run_in_executor(_pool, check.probe), timeout))
        except Exception as error:  # a probe that raises or takes too long: that part is unavailable
            logger.warning("readiness: %s unavailable (%s)", check.name, type(error).__name__)
            return False

    results = await asyncio.gather(*(run(c) for c in checks))
    parts = {c.name: OK if ok else UNAVAILABLE for c, ok in zip(checks, results)}
    ready = all(results)
    body: dict[str, object] = {"status": "ready" if ready else "unavailable", "checks": parts}
    if not ready:
        body["failing"] = [name for name, state in parts.items() if state != OK]
    return (200 if ready else 503), body


def bearer_allowed(request: Request, token: str | None) -> bool:
    """With METRICS_TOKEN set, /metrics needs `Authorization: Bearer <token>`; unset, it is open."""
    if not token:
        return True
    sent = request.headers.get("Authorization") or ""
    return hmac.compare_digest(sent.encode("utf-8"), f"Bearer {token}".encode())


def add_ops_routes(target: Sanic | Blueprint, checks: Callable[[Request], Sequence[Check]],
                   metrics: Callable[[Request], tuple[bytes, str]], metrics_token: Callable[[Request], str | None],
                   name_prefix: str = "ops", health: bool = True) -> None:
    """GET /health (alive), /ready (readiness, 200/503) and /metrics (Prometheus text) on `target`.

    `checks(request)` names what this service needs; `metrics(request)` returns the exposition and
    its content type (blocking: it may query the database, so it runs in a thread of its own);
    `metrics_token(request)` is METRICS_TOKEN as this service has it.
    """
    async def alive(request: Request) -> HTTPResponse:
        return json({"status": "ok"})

    async def ready(request: Request) -> HTTPResponse:
        status, body = await readiness(checks(request))
        return json(body, status=status)

    async def scrape(request: Request) -> HTTPResponse:
        if not bearer_allowed(request, metrics_token(request)):
            return json({"error": "forbidden"}, status=403)
        loop = asyncio.get_running_loop()
        try:
            body, content_type = await asyncio.wait_for(loop.run_in_executor(_scrape_pool, metrics, request),
                                                        SCRAPE_SECONDS)
        except asyncio.TimeoutError:
            logger.warning("metrics: a scrape took longer than %.0f s", SCRAPE_SECONDS)
            return json({"error": "timeout"}, status=503)
        return raw(body, content_type=content_type)

    if health:
        target.add_route(alive, "/health", methods=["GET"], name=f"{name_prefix}_health")
    target.add_route(ready, "/ready", methods=["GET"], name=f"{name_prefix}_ready")
    target.add_route(scrape, "/metrics", methods=["GET"], name=f"{name_prefix}_metrics")
