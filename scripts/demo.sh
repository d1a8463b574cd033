#!/usr/bin/env bash
# Sets up and runs the main job: chrono over the seed reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for f in seeds/*.txt; do
  ref=$(.venv/bin/python -c "import json,sys; print(next(d['published'] for d in json.load(open('seeds/manifest.json')) if d['file']==sys.argv[1].split('/')[-1]))" "$f")
  echo "== $f (published $ref)"
  .venv/bin/chrono extract "$f" --ref "$ref" --format csv
done
