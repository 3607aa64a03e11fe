"""Custom actions, split by concern (run with `rasa run actions --actions bot.actions`)."""
from bot.actions import controls, questions, readback, safeguarding  # noqa: F401  (registers the actions)
