"""The lock store from the environment: LOCK_STORE_URL in, Rasa's own lock store out of endpoints.yml.

No Rasa server here: Rasa's endpoint reader and LockStore factory are called in this process on
the real endpoints.yml, so what they build is what `rasa run` builds.
"""
from __future__ import annotations

import os
import threading

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.utils.endpoints import read_endpoint_config

from bot.settings import REPO_ROOT, Settings, SettingsError, lock_store_variables, service_environment
from bot.storage.lock_store import AtomicRedisLockStore
from tests.support.redis import LocalRedis

ENDPOINTS = str(REPO_ROOT / "endpoints.yml")


def rasa_lock_store(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> LockStore:
    """The lock store Rasa builds from endpoints.yml in the environment `whatmatters run` gives it."""
    env = service_environment(settings)
    env.setdefault("ACTION_SERVER_TOKEN", "not-used-here")
    for name, value in env.items():
        if name != "PYTHONPATH" and os.environ.get(name) != value:
            monkeypatch.setenv(name, value)
    config = read_endpoint_config(ENDPOINTS, "lock_store")
    assert config is not None
    return LockStore.create(config)


def test_one_rasa_server_keeps_the_in_memory_lock_store(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LOCK_STORE_TYPE", "LOCK_STORE_URL", "LOCK_STORE_KEY_PREFIX"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings.from_env({})
    assert (settings.lock_store_type, settings.lock_store_url) == ("in_memory", None)
    # Every ${VARIABLE} in endpoints.yml is set (Rasa stops on an unset one), and ignored here.
    assert isinstance(rasa_lock_store(settings, monkeypatch), InMemoryLockStore)


def test_lock_store_url_alone_chooses_redis_and_reaches_it(redis_server: LocalRedis,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOCK_STORE_TYPE", raising=False)
    settings = Settings.from_env({"LOCK_STORE_URL": redis_server.url(db=3)})
    assert settings.lock_store_type == "redis"
    store = rasa_lock_store(settings, monkeypatch)
    assert isinstance(store, AtomicRedisLockStore)
    assert store.key_prefix == "whatmatters:lock:"  # our prefix, which Rasa accepted

    # Rasa's own locking, through our Redis: held under our prefix in db 3, gone when released.
    client = redis_server.client(db=3)
    ticket = store.issue_ticket("scale-config-1")
    assert client.exists("whatmatters:lock:scale-config-1") == 1
    store.cleanup("scale-config-1", ticket)
    assert client.exists("whatmatters:lock:scale-config-1") == 0


def test_the_address_is_split_into_what_rasa_reads() -> None:
    settings = Settings.from_env({"LOCK_STORE_URL": "redis://:s%40cret@redis.internal:6390/2",
                                  "LOCK_STORE_KEY_PREFIX": "gogledd"})
    assert lock_store_variables(settings) == {
        "LOCK_STORE_CLASS": "bot.storage.lock_store.AtomicRedisLockStore",
        "LOCK_STORE_HOST": "redis.internal", "LOCK_STORE_PORT": "6390", "LOCK_STORE_DB": "2",
        "LOCK_STORE_PASSWORD": "s@cret", "LOCK_STORE_SSL": "", "LOCK_STORE_KEY_PREFIX": "gogledd",
    }
    assert "s%40cret" not in repr(settings) and "s@cret" not in repr(settings)  # the password is not shown
    tls = lock_store_variables(Settings.from_env({"LOCK_STORE_URL": "rediss://redis.internal"}))
    assert (tls["LOCK_STORE_SSL"], tls["LOCK_STORE_PORT"], tls["LOCK_STORE_DB"]) == ("true", "6379", "0")


@pytest.mark.parametrize("name, value", [
    ("LOCK_STORE_URL", "localhost:6379"),
    ("LOCK_STORE_URL", "http://redis.internal:6379/1"),
    ("LOCK_STORE_URL", "redis://redis.internal:port/1"),
    ("LOCK_STORE_URL", "redis://redis.internal:6379/one"),
    ("LOCK_STORE_URL", "redis:///1"),
    ("LOCK_STORE_KEY_PREFIX", "what-matters"),
])
def test_a_bad_lock_store_setting_stops_with_its_name(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


SIMULTANEOUS_PAIRS = 100


def tickets_taken_at_once(stores: list[RedisLockStore], conversation_id: str) -> list[int]:
    """Two Rasa servers (here: two lock stores on the same Redis) take a ticket for one conversation at once."""
    barrier = threading.Barrier(len(stores))
    tickets: list[int] = []

    def take(store: RedisLockStore) -> None:
        barrier.wait(timeout=30)
        tickets.append(store.issue_ticket(conversation_id))

    threads = [threading.Thread(target=take, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return tickets


def test_two_servers_taking_a_ticket_at_once_never_share_one(redis_server: LocalRedis) -> None:
    ours = [AtomicRedisLockStore(host="127.0.0.1", port=redis_server.port, db=4) for _ in range(2)]
    for n in range(SIMULTANEOUS_PAIRS):
        tickets = tickets_taken_at_once(ours, f"together-{n}")
        assert sorted(tickets) == [0, 1], tickets  # one waits for the other
        for ticket in tickets:
            ours[0].cleanup(f"together-{n}", ticket)
    assert redis_server.client(db=4).keys("*") == []  # every lock given back and removed

    # Why ours: Rasa's own RedisLockStore hands both the same ticket (read, change, write back).
    theirs = [RedisLockStore(host="127.0.0.1", port=redis_server.port, db=5) for _ in range(2)]
    shared = sum(len(set(tickets_taken_at_once(theirs, f"together-{n}"))) < 2 for n in range(SIMULTANEOUS_PAIRS))
    assert shared > 0


def test_a_lock_left_by_a_killed_server_expires_with_its_ticket(redis_server: LocalRedis) -> None:
    store = AtomicRedisLockStore(host="127.0.0.1", port=redis_server.port, db=6, key_prefix="gogledd")
    store.issue_ticket("killed-mid-turn", lock_lifetime=60)  # never given back: the server died
    ttl_ms = redis_server.client(db=6).pttl("gogledd:lock:killed-mid-turn")
    assert 0 < ttl_ms <= 61_000
