#!/usr/bin/env bash
# Where one `sluice run` spends its time, by sampling: the functions with the most samples of their own, and the
# runtime's share (reference counting, malloc/free, run-time exclusivity checks) charged to the Sluice function
# that called it — which `perf report` alone shows only as time inside libswiftCore and libc.
#   benchmarks/perf_profile.sh BINARY [PIPELINE] [CORPUS] [mallocs]
#   e.g. benchmarks/perf_profile.sh .build/release/sluice news med20k
# Runs PIPELINE (default news) of benchmarks/pipelines/ over benchmarks/.work/corpus/CORPUS.jsonl (default med20k:
# the first 20,000 documents of medium.jsonl, made here if missing) with one worker under `perf record -g`
# (frame pointers, 1,500 samples a second). Needs perf (apt-get install -y linux-perf) and permission to sample.
# With `mallocs` it records every call of the C library's malloc instead (a uprobe, added here with `perf probe`)
# and prints the calls per document, by the Sluice function that made them.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1 pipeline=${2:-news} corpus=${3:-med20k}
dir=benchmarks/.work/corpus
[ -f "$dir/med20k.jsonl" ] || [ "$corpus" != med20k ] || head -n 20000 "$dir/medium.jsonl" > "$dir/med20k.jsonl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${4:-}" = mallocs ]; then
  libc=$(ldd "$binary" | awk '/libc\.so/ { print $3 }')
  perf probe -q -x "$libc" malloc 2> /dev/null || true  # exists already after the first run
  perf record -q -e probe_libc:malloc -g -o "$work/perf.data" "$binary" run "benchmarks/pipelines/$pipeline.yaml" \
    --input "$dir/$corpus.jsonl" --output "$work/run" --workers 1 --quiet 2> /dev/null
  perf script -i "$work/perf.data" -F ip,sym 2> /dev/null > "$work/stacks.txt"
  python3 - "$work/stacks.txt" "$(wc -l < "$dir/$corpus.jsonl")" <<'PY'
import collections, sys
sys.path.insert(0, "benchmarks")
from runtime_calls import short
documents = int(sys.argv[2])
by_caller, total = collections.Counter(), 0
for sample in open(sys.argv[1]).read().split("\n\n"):
    frames = [line.strip().split(None, 1)[-1] for line in sample.strip().split("\n") if line.strip()]
    if not frames:
        continue
    total += 1
    # The first frame of Sluice's own code (standard-library code specialised for a Sluice type also names Sluice).
    by_caller[next((n for n in map(short, frames) if n.startswith("Sluice")), "(no Sluice caller)")] += 1
print(f"{total} malloc calls, {total / documents:.1f} per document ({documents} documents); by Sluice caller:")
for name, n in by_caller.most_common(12):
    print(f"  {n / documents:6.1f}  {name}")
PY
  exit 0
fi
perf record -q -F 1500 -g -o "$work/perf.data" "$binary" run "benchmarks/pipelines/$pipeline.yaml" \
  --input "$dir/$corpus.jsonl" --output "$work/run" --workers 1 --quiet 2> /dev/null
perf script -i "$work/perf.data" -F ip,sym 2> /dev/null > "$work/stacks.txt"
python3 - "$work/stacks.txt" <<'PY'
import collections, sys
sys.path.insert(0, "benchmarks")
from runtime_calls import kind, short
own, charged, by_kind = collections.Counter(), collections.Counter(), collections.Counter()
total = in_runtime = 0
for sample in open(sys.argv[1]).read().split("\n\n"):
    frames = [line.strip().split(None, 1)[-1] for line in sample.strip().split("\n") if line.strip()]
    if not frames:
        continue
    total += 1
    own[short(frames[0])] += 1
    if kind(frames[0]):
        in_runtime += 1
        by_kind[kind(frames[0])] += 1
        caller = next((f for f in frames[1:] if "Sluice" in f and not kind(f)), "(caller not unwound)")
        charged[short(caller)] += 1
print(f"{total} samples; functions with the most samples of their own:")
for name, n in own.most_common(15):
    print(f"  {100 * n / total:5.2f} %  {name}")
print(f"runtime calls: {100 * in_runtime / total:.1f} % of all samples (" +
      ", ".join(f"{k} {100 * n / total:.1f} %" for k, n in by_kind.most_common()) + "), charged to their Sluice caller:")
for name, n in charged.most_common(10):
    print(f"  {100 * n / total:5.2f} %  {name}")
PY
