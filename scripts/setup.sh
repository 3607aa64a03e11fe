#!/usr/bin/env bash
# Shared set-up: a Python 3.10 virtualenv at .venv with the project installed.
# Re-installs only when pyproject.toml changed. Sourced by run.sh and test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

find_python310() {
  # Candidates: pyenv's installs first (its shims may exist without the version selected), then PATH.
  local candidates=() root v
  if command -v pyenv >/dev/null 2>&1; then
    root="$(pyenv root)"
    for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | sort -rV); do
      candidates+=("$root/versions/$v/bin/python")
    done
  fi
  candidates+=("$HOME"/.pyenv/versions/3.10*/bin/python)
  command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
  for p in "${candidates[@]}"; do
    # A 3.10 built without SQLite, SSL or compression would install, then fail at run time.
    if [ -x "$p" ] && "$p" -c 'import sys, venv, sqlite3, ssl, bz2, lzma, ctypes; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; then
      echo "$p"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  PY="$(find_python310)" || { echo "Python 3.10 is needed (Rasa 3.6 supports 3.8-3.10): install it, or put python3.10 on PATH / in pyenv." >&2; exit 1; }
  echo "Creating .venv with $PY"
  rm -rf .venv
  "$PY" -m venv .venv
fi

STAMP=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$STAMP" ]; then
  echo "Installing the assistant and its dependencies into .venv (a few minutes the first time) ..."
  .venv/bin/python -m pip install --quiet --upgrade "pip<25" wheel "setuptools<71"
  .venv/bin/python -m pip install --quiet -e ".[test]"
  rm -f .venv/.installed-*
  touch "$STAMP"
fi
