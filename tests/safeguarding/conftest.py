"""Fixtures for the safeguarding tests: real local SMTP and webhook servers."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # so `pytest` works as well as `python -m pytest` from the repo root
    sys.path.insert(0, str(ROOT))

from tests.servers.fixtures import smtp_server, webhook_server  # noqa: E402,F401
