"""The lock store from the environment: LOCK_STORE_URL in, Rasa's own lock store out of endpoints.yml.

No Rasa server here: Rasa's endpoint reader and LockStore factory are called in this process on
the real endpoints.yml, so what they build is what `rasa run` builds.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.utils.endpoints import read_endpoint_config

from bot.settings import REPO_ROOT, Settings, SettingsError, lock_store_variables, service_environment
from tests.support.redis import LocalRedis

ENDPOINTS = str(REPO_ROOT / "endpoints.yml")


@pytest.fixture(scope="module")
def redis_server() -> Iterator[LocalRedis]:
    server = LocalRedis().start()
    yield server
    server.stop()


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
    assert isinstance(store, RedisLockStore)
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
