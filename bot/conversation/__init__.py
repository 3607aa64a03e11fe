"""The conversation core: rules every channel shares, with no Rasa, Sanic or Telegram imports."""
