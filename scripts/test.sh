#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (`.ci/run` calls this script).
#
# - Starts a throwaway PostgreSQL server on loopback (scripts/pg.sh installs
#   PostgreSQL first when it is missing) so the PostgreSQL store tests run;
#   without one they print why they skip.
# - Tests that need ../shared/data skip with a printed reason when it is absent.
# - Release profile: the model-based tests evaluate committed models on data
#   slices, which is slow unoptimized; the build is shared with `sitrep` itself.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_started=""
if [ -z "${SITREP_TEST_PG_URL:-}" ]; then
  if url=$(bash scripts/pg.sh start); then
    export SITREP_TEST_PG_URL="$url"
    pg_started=1
    echo "test.sh: PostgreSQL for the store tests at $SITREP_TEST_PG_URL"
  else
    echo "test.sh: no PostgreSQL server could be started; the PostgreSQL store tests will skip"
  fi
fi
cleanup() { if [ -n "$pg_started" ]; then bash scripts/pg.sh stop >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

cargo test --workspace --release --locked "$@"
