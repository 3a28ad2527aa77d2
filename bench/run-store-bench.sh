#!/usr/bin/env bash
# Builds Release and runs the store benchmarks, then the desktop client's
# (rapport_ui_bench), then the analytics' (rapport_analytics_bench), on a freshly
# generated store in a temporary folder: the machine, then the tables of
# docs/performance.md.
#
#   bench/run-store-bench.sh            # 100000 accounts
#   ACCOUNTS=10000 bench/run-store-bench.sh
#
# Environment: ACCOUNTS (default 100000), SQLITE3 (default: sqlite3 on PATH),
# UI_ROUNDS (desktop samples, default 5), ANALYTICS_ROUNDS (loads, fits and
# new orders of the analytics figures, default 3),
# BUILD_DIR (default build/release), JOBS (parallel build jobs; default: ninja's),
# KEEP_STORE (a path: the generated store is moved there afterwards, for other
# benchmarks and for trying the app on it; by default it is deleted).
set -euo pipefail

cd "$(dirname "$0")/.."
accounts="${ACCOUNTS:-100000}"
build="${BUILD_DIR:-build/release}"
sqlite3="${SQLITE3:-$(command -v sqlite3 || true)}"
if [[ -z "$sqlite3" ]]; then
  echo "run-store-bench: the sqlite3 shell is needed for the baselines (apt-get install sqlite3)" >&2
  exit 2
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
cmake --build "$build" --target rapport_bench rapport_ui_bench rapport_analytics_bench rapport rapportctl ${JOBS:+--parallel "$JOBS"} >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/rapport-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "## Machine"
echo
echo "- CPU: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) logical CPUs available"
echo "- memory: $(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "- kernel: $(uname -sr); SQLite shell $("$sqlite3" --version | cut -d' ' -f1); $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "## Figures ($accounts accounts)"
echo
"$build/bench/rapport_bench" --db "$work/bench.rapport" --sqlite3 "$sqlite3" \
  --rapportctl "$build/app/rapportctl" --accounts "$accounts"
echo
echo "## Desktop client ($accounts accounts, offscreen)"
echo
QT_QPA_PLATFORM=offscreen "$build/bench/rapport_ui_bench" --db "$work/bench.rapport" --sqlite3 "$sqlite3" \
  --rapport "$build/app/rapport" --rounds "${UI_ROUNDS:-5}"
echo
echo "## Analytics ($accounts accounts)"
echo
"$build/bench/rapport_analytics_bench" --db "$work/bench.rapport" --sqlite3 "$sqlite3" \
  --rounds "${ANALYTICS_ROUNDS:-3}" --updates "${ANALYTICS_ROUNDS:-3}"
if [[ -n "${KEEP_STORE:-}" ]]; then
  mv "$work/bench.rapport" "$KEEP_STORE"
fi
