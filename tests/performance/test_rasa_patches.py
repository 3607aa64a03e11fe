"""The fix to Rasa's check of the action server's replies (bot.rasa_patches): same verdicts, one validator."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot import rasa_patches
from bot.settings import REPO_ROOT

GOOD_REPLIES: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "q_change", "value": "mynd i'r capel eto", "timestamp": None}],
     "responses": [{"text": "Diolch", "buttons": [], "elements": [], "custom": {}, "template": None,
                    "response": None, "image": None, "attachment": None}]},
    {"events": [{"event": "active_loop", "name": "what_matters_form"}, {"event": "followup", "name": "action_listen"}]},
    {},
]
BAD_REPLIES: list[dict[str, Any]] = [
    {"events": [{"event": "not_an_event"}]},
    {"events": "nothing"},
    {"responses": [42]},
    {"events": [{"event": "slot"}]},  # no name
]


def _upstream() -> Any:
    """Rasa's own method, as it is before the patch."""
    rasa_patches.apply()
    return RemoteAction.__dict__["_validate_action_result"].__wrapped__


def _outcome(method: Any, reply: dict[str, Any]) -> tuple[bool, str | None, list[Any]]:
    action = RemoteAction("action_ask_q_change", EndpointConfig("http://127.0.0.1:1/webhook"))
    try:
        return method(action, dict(reply)), None, []
    except ValidationError as error:
        return False, error.message, list(error.absolute_path)


def test_importing_our_tracker_store_applies_it() -> None:
    import bot.storage.tracker_store  # noqa: F401 - what Rasa imports from endpoints.yml

    assert rasa_patches.is_applied()
    before = RemoteAction.__dict__["_validate_action_result"]
    rasa_patches.apply()
    assert RemoteAction.__dict__["_validate_action_result"] is before  # applied twice, wrapped once


@pytest.mark.parametrize("reply", GOOD_REPLIES + BAD_REPLIES)
def test_same_verdict_and_error_as_rasa(reply: dict[str, Any]) -> None:
    rasa_patches.apply()
    assert _outcome(RemoteAction._validate_action_result, reply) == _outcome(_upstream(), reply)


@pytest.mark.parametrize("reply", BAD_REPLIES)
def test_a_bad_reply_raises_rasas_error_with_its_advice(reply: dict[str, Any]) -> None:
    rasa_patches.apply()
    ok, message, _path = _outcome(RemoteAction._validate_action_result, reply)
    assert not ok
    assert message is not None and "Failed to validate Action server response from API" in message


def test_the_validator_is_built_once() -> None:
    rasa_patches.apply()
    rasa_patches.reply_validator.cache_clear()
    for reply in GOOD_REPLIES * 3:
        assert _outcome(RemoteAction._validate_action_result, reply)[0]
    info = rasa_patches.reply_validator.cache_info()
    assert (info.misses, info.hits) == (1, len(GOOD_REPLIES) * 3 - 1)


def test_rasa_gets_it_from_endpoints_yml(tmp_path: Path) -> None:
    """A fresh process that builds the tracker store from endpoints.yml, as `rasa run` does, has the fix."""
    from bot import services

    env = {**os.environ, **services.make_stack(5005, 5055, {"DATABASE_URL": f"sqlite:///{tmp_path / 'wm.db'}"},
                                               log_dir=tmp_path).env}
    script = (
        "import sys\n"
        "from rasa.core.utils import AvailableEndpoints\n"
        "from rasa.core.tracker_store import TrackerStore\n"
        "assert 'bot.rasa_patches' not in sys.modules\n"
        f"endpoints = AvailableEndpoints.read_endpoints({str(REPO_ROOT / 'endpoints.yml')!r})\n"
        "store = TrackerStore.create(endpoints.tracker_store)\n"
        "from bot import rasa_patches\n"
        "print(type(store).__name__, rasa_patches.is_applied())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True,
                         timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "UrlSQLTrackerStore True"


def _every_event_name() -> list[str]:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    return sorted({cls.type_name for cls in all_subclasses(Event)})


def test_event_classes_are_rasas_own_and_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event, UserUttered

    rasa_patches.apply()
    upstream = Event.__dict__["resolve_by_type"].__func__.__wrapped__
    names = _every_event_name()
    assert "user" in names and "slot" in names
    for name in names:
        assert Event.resolve_by_type(name) is upstream(name)
    walks: list[Any] = []
    real = rasa.shared.utils.common.all_subclasses

    def counted(cls: Any) -> list[Any]:
        walks.append(cls)
        return real(cls)

    monkeypatch.setattr(rasa.shared.utils.common, "all_subclasses", counted)
    walks.clear()
    events = [{"event": "user", "text": "helo", "parse_data": {}}, {"event": "slot", "name": "x", "value": 1}] * 20
    from rasa.shared.core.events import deserialise_events

    read = deserialise_events(events)
    assert walks == []  # forty events read without walking Event's subclasses
    assert isinstance(read[0], UserUttered) and len(read) == 40


def test_unknown_event_names_behave_as_in_rasa() -> None:
    from rasa.shared.core.events import Event, UserUttered

    rasa_patches.apply()
    upstream = Event.__dict__["resolve_by_type"].__func__.__wrapped__
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("topic") is None is upstream("topic")
    assert Event.resolve_by_type("no_such_event", UserUttered) is UserUttered
    assert Event.resolve_by_type("no_such_event", UserUttered) is upstream("no_such_event", UserUttered)
