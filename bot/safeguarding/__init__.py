"""Safeguarding: helplines to offer after a disclosure, and alerts to the duty team.

Kept free of Rasa imports so the action server, the CLI and tests can use it cheaply.
Risk detection itself lives in :mod:`bot.analysis.risk`.
"""
from bot.safeguarding.helplines import Helpline, format_helplines, helplines_for, load_helplines

__all__ = ["Helpline", "format_helplines", "helplines_for", "load_helplines"]
