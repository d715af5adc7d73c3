#!/usr/bin/env bash
# Checks that two sluice binaries write byte-identical outputs and rejects: the news, boilerplate-text, entities,
# sentences, dedup and export-jsonl pipelines over benchmarks/.work/corpus/small.jsonl (2 workers), and the news
# pipeline over small10.jsonl (small.jsonl ten times over, made here if missing; 1 worker). Prints IDENTICAL or the
# files that differ, and exits non-zero when any does. Every optimisation of the performance rounds was checked
# this way against the binary of commit 9c5f387 (docs/benchmarks.md).
#   benchmarks/same_outputs.sh OLD_BINARY NEW_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
corpus=benchmarks/.work/corpus
[ -f "$corpus/small10.jsonl" ] || for _ in $(seq 10); do cat "$corpus/small.jsonl"; done > "$corpus/small10.jsonl"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
same=1
check() {  # pipeline corpus workers
  for side in old new; do
    bin=$old; [ "$side" = new ] && bin=$new
    "$bin" run "benchmarks/pipelines/$1.yaml" --input "$corpus/$2.jsonl" --output "$out/$side-$1-$2" --workers "$3" --quiet
  done
  for f in out.jsonl rejects.jsonl; do
    cmp -s "$out/old-$1-$2/$f" "$out/new-$1-$2/$f" || { echo "DIFFERENT: $1 on $2: $f"; same=0; }
  done
}
for p in news boilerplate-text entities sentences dedup export-jsonl; do check "$p" small 2; done
check news small10 1
[ "$same" = 1 ] && echo IDENTICAL
[ "$same" = 1 ]
