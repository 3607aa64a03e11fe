"""Small, tested fixes to Rasa 3.6 itself, applied in the Rasa process when it imports our tracker store.

Rasa has no setting for these, so they are patches; each keeps Rasa's behaviour and removes a cost
(issue 12, docs/benchmarks.md "Costs removed"; tests/performance/test_rasa_patches.py):

- **The action server's reply is checked against a validator built once.** Rasa's
  `RemoteAction._validate_action_result` calls `jsonschema.validate(reply, schema)` for every reply,
  which checks the (large) events schema against its meta-schema and compiles a new validator each
  time: about 56 ms of the Rasa server's CPU per call, 2.2 calls per turn, on a 2-core machine. Here a
  reply is first checked with a validator compiled once per action class (the same validator class and
  schema `jsonschema.validate` picks, so it accepts exactly the same replies); only a reply it rejects
  goes through Rasa's own method, which raises Rasa's own error with Rasa's own message.
- **An event's class is found by its name in a table.** `Event.resolve_by_type` walks every subclass
  of Event (recursively, checking each for abstract methods) for every event it reads: 13% of the
  Rasa server's CPU once the above was gone, as every turn reads events (from the database and in
  the action server's reply). Here a name found before is answered from a table of Rasa's own
  answers; a name not in it (an unknown one, or a subclass imported later) goes to Rasa's method.

`apply()` is idempotent; `bot.storage.tracker_store` calls it on import, and endpoints.yml names that
module, so every Rasa server we start has it before its first action call.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

#: Marks Rasa's method once replaced, so applying twice never wraps the wrapper.
PATCHED = "_whatmatters_cached_validator"


@cache
def reply_validator(action_class: Any) -> Any:
    """The compiled validator for an action class's reply schema, as `jsonschema.validate` would build it."""
    from jsonschema import validators

    schema = action_class.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # as jsonschema.validate does; a bad schema fails here, once, the same way
    return cls(schema)


def _cached_validation(upstream: Callable[[Any, dict[str, Any]], bool]) -> Callable[[Any, dict[str, Any]], bool]:
    def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        action_class: Any = type(self)  # RemoteAction, or a subclass with its own schema
        if reply_validator(action_class).is_valid(result):
            return True
        return upstream(self, result)  # a bad reply: Rasa's own error and message

    setattr(_validate_action_result, PATCHED, True)
    _validate_action_result.__wrapped__ = upstream  # type: ignore[attr-defined]  # Rasa's own, for tests
    _validate_action_result.__doc__ = upstream.__doc__
    return _validate_action_result


def _event_classes_by_name(upstream: Callable[..., Any]) -> Callable[..., Any]:
    found: dict[str, Any] = {}

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        cls = found.get(type_name)
        if cls is None:
            cls = upstream(type_name, default)  # Rasa's answer, its default, None or its ValueError
            if cls is not None and cls is not default:
                found[type_name] = cls
        return cls

    setattr(resolve_by_type, PATCHED, True)
    resolve_by_type.__wrapped__ = upstream  # type: ignore[attr-defined]  # Rasa's own, for tests
    resolve_by_type.__doc__ = upstream.__doc__
    return resolve_by_type


def apply() -> None:
    """Install the fixes above in this process (again is harmless)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.events import Event

    current = RemoteAction.__dict__["_validate_action_result"]
    if not getattr(current, PATCHED, False):
        RemoteAction._validate_action_result = _cached_validation(current)
    resolve = Event.__dict__["resolve_by_type"].__func__  # a staticmethod
    if not getattr(resolve, PATCHED, False):
        Event.resolve_by_type = staticmethod(_event_classes_by_name(resolve))


def is_applied() -> bool:
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.events import Event

    return all(getattr(method, PATCHED, False) for method in (
        RemoteAction.__dict__["_validate_action_result"], Event.__dict__["resolve_by_type"].__func__))
