#!/usr/bin/env bash
# Builds the libFuzzer harnesses (address sanitizer) and fuzzes one of them.
#   fuzz/run.sh NAME SECONDS [extra libFuzzer flags]   e.g. fuzz/run.sh yaml 60
#   fuzz/run.sh all SECONDS                             each harness in turn
#   fuzz/run.sh build                                   build only
# NAME: yaml jsonl gzip decode html boilerplate sentences entities dedup. Seeds: fuzz/corpus/NAME/ (read only);
# the growing corpus goes to fuzz/.work/NAME/ and crashes to fuzz/crashes/NAME/ (turn each into a regression test).
set -euo pipefail
cd "$(dirname "$0")"
names=(yaml jsonl gzip decode html boilerplate sentences entities dedup)
# Optimised build by default (many more executions per second); FUZZ_CONFIG=debug for a debug build.
config=${FUZZ_CONFIG:-release}
# -enable-testing: two harnesses drive internal reader types through @testable import.
flags=(-c "$config" -Xswiftc -enable-testing -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
build() {
  swift build "${flags[@]}" >&2
  echo "$(swift build "${flags[@]}" --show-bin-path)/sluice-fuzz"
}
run_one() {
  local name=$1 seconds=$2; shift 2
  mkdir -p ".work/$name" "crashes/$name"
  echo "== $name: ${seconds}s" >&2
  # -rss_limit_mb guards against leaks; -max_len keeps single inputs in the range of real records and pipelines.
  SLUICE_FUZZ_TARGET=$name ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$binary" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="crashes/$name/" "$@" ".work/$name" "corpus/$name" 2>&1 | tee ".work/$name.log" \
    | grep -E "^#[0-9]+ *(DONE|pulse)|stat::number_of_executed_units|ERROR|SUMMARY" >&2 || true
  local execs
  execs=$(grep -o "stat::number_of_executed_units: *[0-9]*" ".work/$name.log" | grep -o "[0-9]*$" || echo "?")
  if grep -q "ERROR: \|SUMMARY: \|deadly signal\|Timeout" ".work/$name.log"; then
    echo "$name: CRASH after $execs executions (see fuzz/crashes/$name/, fuzz/.work/$name.log)"
    return 1
  fi
  local took
  took=$(grep -o "Done [0-9]* runs in [0-9]* second" ".work/$name.log" | grep -o "in [0-9]*" | grep -o "[0-9]*" || echo "?")
  echo "$name: $execs executions in ${took}s, no crash"
}
case "${1:-}" in
  build) build; exit 0 ;;
  "") echo "usage: fuzz/run.sh NAME|all|build [SECONDS] [libFuzzer flags]" >&2; exit 64 ;;
esac
binary=$(build)
name=$1; seconds=${2:-60}; shift $(( $# >= 2 ? 2 : 1 ))
status=0
if [ "$name" = all ]; then
  for n in "${names[@]}"; do run_one "$n" "$seconds" "$@" || status=1; done
else
  run_one "$name" "$seconds" "$@" || status=1
fi
exit $status
