#!/usr/bin/env bash
# End-to-end check on a real single-node Slurm cluster (../shared/slurm/slurm-local.sh): a 4-task job with
# cross-shard dedup, submitted as chained job arrays, must merge to exactly the single-process output.
# Usage: scripts/slurm-e2e.sh [path/to/sluice]   (default: .build/debug/sluice)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$root/.." && pwd)/shared
bin=${1:-$root/.build/debug/sluice}
work=$(mktemp -d /tmp/sluice-slurm-XXXXXX)
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

as_root "$shared/slurm/slurm-local.sh" up
python3 "$shared/eval/perf/make_corpus.py" --seed-jsonl "$shared/eval/perf/real_news.jsonl" --n 2000 --seed 2 \
  --formats jsonl --out-dir "$work" --name corpus > /dev/null
"$bin" run "$root/pipelines/news-jsonl.yaml" --input "$work/corpus.jsonl" --output "$work/single" --quiet
"$bin" run "$root/pipelines/news-jsonl.yaml" --input "$work/corpus.jsonl" --output "$work/slurm" \
  --executor slurm --tasks 4 --workers 1
for _ in $(seq 300); do
  if "$bin" status "$work/slurm" > "$work/status.txt"; then break; fi
  if [ -z "$(squeue -h 2>/dev/null)" ] && ! "$bin" status "$work/slurm" > /dev/null; then
    sleep 2   # the last job may be finishing its marker
    "$bin" status "$work/slurm" > /dev/null && break
    echo "slurm end-to-end: jobs ended without completing the job:"; cat "$work/status.txt"
    tail -n 20 "$work"/slurm/_sluice/slurm/logs/*.log
    exit 1
  fi
  sleep 1
done
cat "$work/status.txt"
cmp "$work/single/news.jsonl" "$work/slurm/news.jsonl"
cmp "$work/single/rejects.jsonl" "$work/slurm/rejects.jsonl"
echo "slurm end-to-end: 4 tasks over Slurm merged to the single-process output ($(wc -l < "$work/single/news.jsonl") documents kept)"
rm -rf "$work"
