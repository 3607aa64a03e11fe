"""Stopping the servers a test started itself, the same way everywhere."""
from __future__ import annotations

import subprocess


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    """Ask the server to stop; kill it if it has not within `timeout` (so a test never hangs on it)."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
