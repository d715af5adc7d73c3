#!/usr/bin/env bash
# Compares two sluice binaries on one pipeline by running them alternately (so both see the same machine noise)
# and prints, per binary, the fastest and the median run of each stage's `seconds` (stats.json) and their sum.
#   benchmarks/ab_stages.sh OLD_BINARY NEW_BINARY [PIPELINE] [RUNS] [CORPUS]
#   e.g. benchmarks/ab_stages.sh /tmp/old/.build/release/sluice .build/release/sluice entities 10 small
# PIPELINE names a file of benchmarks/pipelines/ (default news); CORPUS one of benchmarks/.work/corpus/ (default
# small; `sluice bench --profile small` makes it). A binary of an older commit: `git worktree add /tmp/old REV`,
# then `swift build -c release` there.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 pipeline=${3:-news} runs=${4:-5} corpus=${5:-small}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for _ in $(seq "$runs"); do
  for bin in "$old" "$new"; do
    rm -rf "$out/run"
    "$bin" run "benchmarks/pipelines/$pipeline.yaml" --input "benchmarks/.work/corpus/$corpus.jsonl" \
      --output "$out/run" --workers 1 --quiet
    python3 -c '
import json, sys
stats = json.load(open(sys.argv[2]))
print(sys.argv[1], " ".join("%s=%.4f" % (s["name"], s["seconds"]) for s in stats["stages"]))' "$bin" "$out/run/stats.json"
  done
done | python3 -c '
import collections, statistics, sys
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in sys.stdin:
    binary, *stages = line.split()
    for kv in stages:
        name, seconds = kv.split("=")
        runs[binary][name].append(float(seconds))
for binary, stages in runs.items():
    fastest = {n: min(v) for n, v in stages.items()}
    median = {n: statistics.median(v) for n, v in stages.items()}
    print(binary)
    print("  fastest:", " ".join("%s %.3f" % kv for kv in fastest.items()), "| sum %.3f" % sum(fastest.values()))
    print("  median: ", " ".join("%s %.3f" % kv for kv in median.items()), "| sum %.3f" % sum(median.values()))'
