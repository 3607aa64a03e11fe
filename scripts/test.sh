#!/usr/bin/env bash
# Runs every test on a fresh Linux machine: installs what the tests need (system packages,
# the Python 3.10 virtualenv), runs the lint and type gate (ruff, mypy), then pytest.
# The tests start their own servers on loopback.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# System packages: PostgreSQL server binaries (tests start a throwaway cluster), Chromium for the
# browser tests (Playwright drives it; it never downloads a browser), poppler-utils for PDF checks,
# redis-server for the tests where two Rasa servers share one lock store (tests start their own).
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Please install these packages first (as root): ${need[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  echo "Installing system packages: ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

source scripts/setup.sh

# The lint and type gate (rules and the checked files are in pyproject.toml): stop before the tests on a failure.
echo "Lint: ruff check ."
.venv/bin/ruff check . || {
  echo "FAILED: ruff found the problems listed above (.venv/bin/ruff check --fix . applies its safe fixes)." >&2
  exit 1
}
echo "Types: mypy (the files listed in [tool.mypy] in pyproject.toml)"
.venv/bin/mypy || { echo "FAILED: mypy found the type errors listed above." >&2; exit 1; }

# On every core, up to four (pytest-xdist): most of the suite's time is spent waiting for servers to start and
# answer, so two workers on two cores nearly halve it. A whole file runs on one worker (--dist loadfile), so a
# module's servers start once. TEST_WORKERS=0 runs everything in this one process.
exec .venv/bin/python -m pytest -n "${TEST_WORKERS:-auto}" --maxprocesses 4 --dist loadfile "$@"
