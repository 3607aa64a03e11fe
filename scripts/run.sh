#!/usr/bin/env bash
# Runs the assistant on its embedded defaults (SQLite, in-memory lock store) and opens a
# conversation in this terminal. Trains first only if the training data changed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec .venv/bin/whatmatters run --chat "$@"
