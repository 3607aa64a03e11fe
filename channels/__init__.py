"""Ways people reach the assistant that Rasa does not ship well: Telegram (channels.telegram)."""
