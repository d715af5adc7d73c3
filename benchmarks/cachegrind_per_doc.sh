#!/usr/bin/env bash
# Instructions and branch mispredicts per document of one pipeline, without the run's fixed start-up cost (loading
# word lists and gazetteers, the dynamic linker, Swift's protocol-conformance scans: about 120 M instructions for
# the news pipeline, as much as 120 of its documents). Runs the pipeline under valgrind's cachegrind over the first
# 1,000 and the first 4,000 records of benchmarks/.work/corpus/small.jsonl and divides the difference by 3,000.
#   benchmarks/cachegrind_per_doc.sh BINARY [PIPELINE]
#   e.g. benchmarks/cachegrind_per_doc.sh .build/release/sluice runner-overhead
# PIPELINE (default runner-overhead) is a file of benchmarks/pipelines/. With `keep` as a third argument the two
# cachegrind files stay in benchmarks/.work/cachegrind/ for `cg_diff` and `cg_annotate` (per-function costs per
# 3,000 documents). Needs valgrind (apt-get install -y valgrind); the news pipeline takes about 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 pipeline=${2:-runner-overhead}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip -g -o "$work/sluice" "$binary"  # valgrind 3.19 cannot read Swift 6.3's DWARF 5
for n in 1000 4000; do
  head -n "$n" benchmarks/.work/corpus/small.jsonl > "$work/input-$n.jsonl"
  valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes --cachegrind-out-file="$work/cg-$n.out" \
    "$work/sluice" run "benchmarks/pipelines/$pipeline.yaml" --input "$work/input-$n.jsonl" --output "$work/run-$n" \
    --workers 1 --quiet 2> "$work/log-$n"
done
if [ "${3:-}" = keep ]; then
  mkdir -p benchmarks/.work/cachegrind
  cp "$work/cg-1000.out" "$work/cg-4000.out" benchmarks/.work/cachegrind/
fi
python3 - "$work/log-1000" "$work/log-4000" <<'PY'
import re, sys
def totals(path):
    t = {}
    for line in open(path):
        m = re.search(r"(I\s+refs|Mispredicts):\s+([\d,]+)", line)
        if m:
            t[m.group(1).split()[0]] = int(m.group(2).replace(",", ""))
    return t
a, b = totals(sys.argv[1]), totals(sys.argv[2])
print("per document: %.0f instructions, %.1f mispredicts (start-up: %.1f M instructions)" % (
    (b["I"] - a["I"]) / 3000, (b["Mispredicts"] - a["Mispredicts"]) / 3000, (a["I"] - (b["I"] - a["I"]) / 3) / 1e6))
PY
