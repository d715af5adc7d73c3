#!/usr/bin/env bash
# Per-document cost of a stage compiled in, loaded as a plugin, and run as an external process.
# Release builds of the host, the plugin and the compiled-in executable; figures go to docs/benchmarks.md.
# Usage: benchmarks/plugins/run.sh [DOCUMENTS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-20000}
swift build -c release
(cd plugins/Redact && swift build -c release)
mkdir -p benchmarks/.work/plugins
python3 benchmarks/plugins/make-corpus.py benchmarks/.work/plugins/corpus.jsonl "$n"

# Prints the stage's time per document (µs, from stats.json: time inside the stage, summed over workers) and
# the run's wall time per document, best of five runs (the figures vary a lot on a shared machine).
measure() {
  local label=$1; shift
  local best_stage=999999 best_wall=999999
  for _ in 1 2 3 4 5; do
    "$@" --quiet
    read -r stage wall < <(python3 - <<'PY'
import json
s = json.load(open("benchmarks/.work/plugins/out/stats.json"))
st = s["stages"][-1]
docs = st["in"] or 1
print("%.2f %.2f" % (st["seconds"] * 1e6 / docs, s["wall_seconds"] * 1e6 / docs))
PY
)
    best_stage=$(python3 -c "print(min($best_stage, $stage))"); best_wall=$(python3 -c "print(min($best_wall, $wall))")
  done
  printf '| %-44s | %8s | %8s |\n' "$label" "$best_stage" "$best_wall"
}

printf '| %-44s | %8s | %8s |\n' "stage ($n documents of ~2 KB, 1 worker)" "stage µs/doc" "wall µs/doc"
printf '|%s|%s|%s|\n' "----------------------------------------------" "----------" "----------"
measure "passthrough (built-in, no work)" .build/release/sluice run benchmarks/plugins/passthrough.yaml
measure "redact compiled in (sluice-redact)" plugins/Redact/.build/release/sluice-redact run benchmarks/plugins/redact-compiled.yaml
measure "redact as a dynamic plugin (sluice-host)" .build/release/sluice-host run benchmarks/plugins/redact-plugin.yaml
for b in 1 8 32 64; do
  BATCH=$b measure "external Python null worker, batch $b" .build/release/sluice run benchmarks/plugins/external-null.yaml
done
