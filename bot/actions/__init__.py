"""The Rasa custom actions: thin adapters over the conversation core (bot.conversation).

Importing this package loads no model; `python -m bot.actions.server` loads them all,
then starts rasa_sdk's action server.
"""
from bot.actions import questions, safeguarding, steering  # noqa: F401  (registers the actions)
