#!/usr/bin/env bash
# Runs trafilatura on the shared HTML gold sets, for a side-by-side score with
# sitrep: creates scripts/.venv-trafilatura (gitignored), installs trafilatura
# from PyPI, writes target/trafilatura-baseline.json (or the path in $1).
# Then: cargo run --release -p sitrep-clean --example eval_html -- --trafilatura-json target/trafilatura-baseline.json
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/trafilatura-baseline.json}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "trafilatura-baseline: python3 not found; skipping the trafilatura baseline" >&2
  exit 0
fi
venv=scripts/.venv-trafilatura
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
  "$venv/bin/pip" install --quiet trafilatura
fi
"$venv/bin/python" scripts/trafilatura_baseline.py --out "$out"
