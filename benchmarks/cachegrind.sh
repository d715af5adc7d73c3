#!/usr/bin/env bash
# Instructions, simulated cache misses and branch mispredicts of one `sluice run` under valgrind's cachegrind:
# figures that do not move with the machine's load, for changes too small to measure by wall time on a shared VM.
#   benchmarks/cachegrind.sh BINARY [PIPELINE] [DOCUMENTS]
#   e.g. benchmarks/cachegrind.sh .build/release/sluice news 500
# Runs PIPELINE (default news) over the first DOCUMENTS (default 500) records of benchmarks/.work/corpus/small.jsonl
# with one worker, on a copy of BINARY made with `strip -g` (valgrind 3.19 cannot read Swift 6.3's DWARF 5), and
# prints the totals, an estimate of cycles (instructions + 10 per L1 miss + 60 per last-level miss + 15 per
# mispredict) and the 15 functions with the most instructions. Needs valgrind (apt-get install -y valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 pipeline=${2:-news} documents=${3:-500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$documents" benchmarks/.work/corpus/small.jsonl > "$work/input.jsonl"
strip -g -o "$work/sluice" "$binary"
valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes --cachegrind-out-file="$work/cg.out" \
  "$work/sluice" run "benchmarks/pipelines/$pipeline.yaml" --input "$work/input.jsonl" --output "$work/run" \
  --workers 1 --quiet 2> "$work/log"
python3 - "$work/log" <<'PY'
import re, sys
totals = {}
for line in open(sys.argv[1]):
    m = re.search(r"(I\s+refs|D1\s+misses|LLd misses|Mispredicts):\s+([\d,]+)", line)
    if m:
        totals[re.sub(r"\s+", " ", m.group(1))] = int(m.group(2).replace(",", ""))
i, d1, ll, mp = totals["I refs"], totals["D1 misses"], totals["LLd misses"], totals["Mispredicts"]
print("instructions %.1f M, L1 data misses %.2f M, last-level data misses %.3f M, mispredicts %.2f M, "
      "estimated cycles %.1f M" % (i / 1e6, d1 / 1e6, ll / 1e6, mp / 1e6, (i + 10 * d1 + 60 * ll + 15 * mp) / 1e6))
PY
cg_annotate --show=Ir,Bcm "$work/cg.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | sed -n '2,16p' | cut -c1-160
