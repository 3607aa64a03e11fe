"""Several Rasa servers (each with its action server) on one database and one Redis lock store.

What a load balancer in front of them does is done here by the test: it picks which Rasa server
gets each message (RoundRobinUser), and which are left when one is killed.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import services
from bot.settings import Settings
from tests.support.postgres import free_port
from tests.support.redis import LocalRedis
from tests.support.rest import RestUser

#: Rasa servers starting together on a busy 2-core machine take longer than one alone.
CLUSTER_START_SECONDS = 420.0
KILLED_EXIT_SECONDS = 30.0


@dataclass
class Cluster:
    stacks: list[services.Stack]
    model: Path
    database_url: str
    redis: LocalRedis

    @property
    def rasa_urls(self) -> list[str]:
        return [stack.rasa_url for stack in self.stacks]

    def user(self, sender: str) -> RoundRobinUser:
        return RoundRobinUser(self.rasa_urls, sender)

    def wait_ready(self, timeout: float = CLUSTER_START_SECONDS) -> None:
        for stack in self.stacks:  # they start together, so the later ones are mostly ready by then
            stack.wait_ready(timeout=timeout)

    def stop(self) -> None:
        for stack in self.stacks:
            stack.stop()


def start_cluster(model: Path, database_url: str, redis: LocalRedis, log_dir: Path, servers: int = 2) -> Cluster:
    """`servers` Rasa servers, each with its own action server, sharing the database and the lock store.

    No web app: the one a deployment runs is no different here. Returns once every server answers.
    """
    settings = Settings.from_env({**os.environ, "DATABASE_URL": database_url, "LOCK_STORE_URL": redis.url()})
    stacks = [
        services.make_stack(free_port(), free_port(), {"DATABASE_URL": database_url}, log_dir=log_dir / f"server{n}",
                            web_port=free_port(), settings=settings, with_web=False)
        for n in range(1, servers + 1)
    ]
    cluster = Cluster(stacks, model, database_url, redis)
    try:
        for stack in stacks:
            stack.start(model)
        cluster.wait_ready()
    except BaseException:
        cluster.stop()
        raise
    return cluster


def kill_rasa(stack: services.Stack) -> None:
    """SIGKILL the Rasa server (no chance to finish or save anything), as a crash or the OOM killer would."""
    proc: subprocess.Popen[bytes] = stack.processes["rasa"]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: the whole group
    assert proc.wait(timeout=KILLED_EXIT_SECONDS) == -signal.SIGKILL


def restart_rasa(stacks: Sequence[services.Stack], model: Path, timeout: float = CLUSTER_START_SECONDS) -> None:
    """Start these stacks' Rasa servers again (together) and wait until each answers."""
    for stack in stacks:
        stack.start_rasa(model)
    for stack in stacks:
        stack.wait_ready(timeout=timeout)


class RoundRobinUser(RestUser):
    """One person whose messages go to the Rasa servers in turn, as a round-robin load balancer sends them.

    `servers` is what the balancer currently sends to (a test removes a killed one); `served_by`
    records which server answered each message.
    """

    def __init__(self, rasa_urls: Sequence[str], sender: str) -> None:
        super().__init__(rasa_urls[0], sender)
        self.servers = list(rasa_urls)
        self.served_by: list[str] = []
        #: what was sent where and the start of each reply, for a failing test's message
        self.transcript: list[str] = []

    def say(self, message: str) -> list[dict[str, Any]]:
        self.rasa_url = self.servers[len(self.served_by) % len(self.servers)]
        self.served_by.append(self.rasa_url)
        replies = super().say(message)
        self.transcript.append(f"{self.rasa_url} <- {message!r}: {self.text[:120]!r}")
        return replies
