#!/usr/bin/env bash
# Runs every test on a fresh Linux machine: installs what the tests need (system packages,
# the Python 3.10 virtualenv), then pytest. The tests start their own servers on loopback.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# System packages: PostgreSQL server binaries (tests start a throwaway cluster), Chromium for the
# browser tests (Playwright drives it; it never downloads a browser), poppler-utils for PDF checks.
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
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
exec .venv/bin/python -m pytest "$@"
