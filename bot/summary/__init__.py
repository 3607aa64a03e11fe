"""The practitioner's pre-visit summary: one record builder feeding every format."""
from bot.summary.record import build_record, load_record  # noqa: F401
