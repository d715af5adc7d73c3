#!/usr/bin/env bash
# Opt-in heavy bad-input checks (too slow for `swift test`): a 200 MB single line, a 1 GB gzip bomb and a
# 100,000-deep HTML tree through the full pipeline with the built `sluice` binary. Checks exit status 0,
# balanced accounting in stats.json, the expected reasons in the rejects file, and prints peak memory.
#   scripts/reliability/stress.sh [path/to/sluice]     (default: builds release and uses .build/release/sluice)
set -euo pipefail
cd "$(dirname "$0")/../.."
sluice=${1:-}
if [ -z "$sluice" ]; then swift build -c release --product sluice >&2; sluice=.build/release/sluice; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/in"
{ printf '{"id":"huge","text":"'; head -c 200000000 /dev/zero | tr '\0' 'x'; printf '"}\n{"id":"after","text":"A short document after the huge line, with enough words to keep."}\n'; } > "$dir/in/a-huge-line.jsonl"
{ echo '{"id":"before-bomb","text":"ok"}'; head -c 1000000000 /dev/zero; } | gzip -1 > "$dir/in/b-bomb.jsonl.gz"
python3 -c "import sys; n=100000; sys.stdout.write('<html><body>' + '<div>'*n + 'deep text' + '</div>'*n + '</body></html>')" > "$dir/in/c-deep.html"
cat > "$dir/p.yaml" <<YAML
input: in/
output: out
on_error: quarantine
stages: [decode, boilerplate, sentences, entities, {dedup: {method: both}}, {export: {path: d.jsonl}}]
YAML
ls -l "$dir/in"
"$sluice" run "$dir/p.yaml" --quiet
python3 - "$dir/out" <<'PY'
import json, sys
out = sys.argv[1]
stats = json.load(open(f"{out}/stats.json"))
acc = stats["accounting"]
rejects = [json.loads(l) for l in open(f"{out}/rejects.jsonl")]
written = sum(1 for _ in open(f"{out}/d.jsonl"))
print("accounting:", acc, "peak RSS MiB:", stats["peak_rss_bytes"] // 1048576)
assert acc["input"] == acc["written"] + acc["dropped"] + acc["errored"], "unbalanced"
assert written == acc["written"] and len(rejects) == acc["dropped"] + acc["errored"]
reasons = " ".join(r["reason"] for r in rejects)
assert "max_record_bytes" in reasons and "gzip bomb" in reasons, reasons
assert stats["peak_rss_bytes"] < 2 << 30, "memory not bounded"
print("stress: ok")
PY
