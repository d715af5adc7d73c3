#!/usr/bin/env bash
# Instructions and branch mispredicts per document of one pipeline, without the run's fixed start-up cost (loading
# word lists and gazetteers, the dynamic linker, Swift's protocol-conformance scans: about 137 M instructions for
# the news pipeline, as much as 137 of its documents). Runs the pipeline under valgrind's cachegrind over the first
# 1,000 and the first 4,000 records of benchmarks/.work/corpus/small.jsonl and divides the difference by 3,000;
# then splits the per-document instructions into the runtime kinds of benchmarks/runtime_calls.py (the ones
# perf_profile.sh uses) and memory copies, and lists the functions with the most instructions per document.
#   benchmarks/cachegrind_per_doc.sh BINARY [PIPELINE] [keep]
#   e.g. benchmarks/cachegrind_per_doc.sh .build/release/sluice runner-overhead
# PIPELINE (default runner-overhead) is a file of benchmarks/pipelines/. Hashing is deterministic
# (SWIFT_DETERMINISTIC_HASHING=1; with Swift's random seed two runs of one binary differed by up to 1 %). Memory
# copies still move by a few hundred instructions per document between runs (memcpy's path depends on the buffers'
# alignment, with address randomisation off too), so the figure without them is printed as well: it repeats to
# within a few instructions.
# With `keep` the two cachegrind files stay in benchmarks/.work/cachegrind/ for `cg_diff` and `cg_annotate`.
# Needs valgrind (apt-get install -y valgrind); the news pipeline takes about 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 pipeline=${2:-runner-overhead}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip -g -o "$work/sluice" "$binary"  # valgrind 3.19 cannot read Swift 6.3's DWARF 5
for n in 1000 4000; do
  head -n "$n" benchmarks/.work/corpus/small.jsonl > "$work/input-$n.jsonl"
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes --cachegrind-out-file="$work/cg-$n.out" \
    "$work/sluice" run "benchmarks/pipelines/$pipeline.yaml" --input "$work/input-$n.jsonl" --output "$work/run-$n" \
    --workers 1 --quiet 2> "$work/log-$n"
done
if [ "${3:-}" = keep ]; then
  mkdir -p benchmarks/.work/cachegrind
  cp "$work/cg-1000.out" "$work/cg-4000.out" benchmarks/.work/cachegrind/
fi
cg_diff "$work/cg-1000.out" "$work/cg-4000.out" > "$work/diff.out"
cg_annotate --show=Ir --show-percs=no --auto=no --threshold=0 "$work/diff.out" > "$work/functions.txt"
python3 - "$work/log-1000" "$work/log-4000" "$work/functions.txt" <<'PY'
import collections, re, sys
sys.path.insert(0, "benchmarks")
from runtime_calls import COPIES, kind, short
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
functions, by_kind = collections.Counter(), collections.Counter()
for line in open(sys.argv[3]):
    m = re.match(r"\s*(-?[\d,]+)\s+(\S.*)$", line)
    if not m or "PROGRAM TOTALS" in line:
        continue
    n, name = int(m.group(1).replace(",", "")) / 3000, m.group(2).split(":", 1)[-1]
    functions[short(name)] += n
    by_kind["memory copies" if COPIES.search(name) else kind(name) or "Sluice and other code"] += n
copies = by_kind["memory copies"]
print("per document without memory copies: %.0f instructions" % ((b["I"] - a["I"]) / 3000 - copies))
print("by kind: " + ", ".join(f"{k} {n:.0f}" for k, n in by_kind.most_common()))
print("functions with the most instructions per document:")
for name, n in functions.most_common(12):
    print(f"  {n:8.0f}  {name}")
PY
