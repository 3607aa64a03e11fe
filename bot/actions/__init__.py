"""Custom actions: thin adapters over the conversation core (run with `rasa run actions --actions bot.actions`)."""
from bot.actions import questions, safeguarding, steering  # noqa: F401  (registers the actions)
from bot.analysis import analyse

# Load the language, sorting and risk models when the action server starts, not on the first
# message: the first person to write (perhaps a disclosure) should not wait for training.
analyse("warm up")
