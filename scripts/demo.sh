#!/usr/bin/env bash
# Sets up and runs the main job: the service on its embedded default (SQLite, ./chrono.db)
# with the seed reports loaded; open http://127.0.0.1:8000/ for the chart.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "chrono: open http://127.0.0.1:${PORT:-8000}/ (the seeded timeline); Ctrl-C stops"
exec .venv/bin/chrono serve --seed --port "${PORT:-8000}"
