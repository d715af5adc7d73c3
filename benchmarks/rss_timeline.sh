#!/usr/bin/env bash
# Samples the resident memory of one `sluice run` every N seconds (default 2) and prints the series in MiB, then
# the run's summary line: shows whether memory stays flat through a long streaming run (docs/benchmarks.md).
#   benchmarks/rss_timeline.sh PIPELINE INPUT [WORKERS] [INTERVAL]
#   e.g. benchmarks/rss_timeline.sh benchmarks/pipelines/news-nodedup.yaml benchmarks/.work/corpus/large.jsonl 2
# Environment variables (e.g. MALLOC_ARENA_MAX=2) pass through to the run. Uses .build/release/sluice.
set -euo pipefail
cd "$(dirname "$0")/.."
pipeline=$1 input=$2 workers=${3:-2} interval=${4:-2}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/release/sluice run "$pipeline" --input "$input" --output "$out/run" --workers "$workers" > "$out/log" 2>&1 &
pid=$!
samples=()
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && samples+=("$rss")
  sleep "$interval"
done
wait "$pid"
echo "RSS MiB every ${interval}s: ${samples[*]}"
grep "MB/s" "$out/log" | tail -1
