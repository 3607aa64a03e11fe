"""The conversation core: rules every channel shares, with no Rasa, Sanic or Telegram imports.

What the assistant asks (the question table, bot.conversation.questions), keeps and says
lives here. The Rasa actions (bot.actions), the channels and the web app are thin adapters:
they give the core a `Turn` (bot.conversation.turn) and carry out what it decides.
tests/conversation/test_core_imports.py fails if the core imports a platform or an adapter.

Importing this package is cheap: import the module you need.
"""
