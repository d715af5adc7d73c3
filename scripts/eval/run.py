#!/usr/bin/env python3
"""Quality evaluation of Sluice stages on the development sets in ../shared/eval/.

Each evaluation runs the real stage through `sluice run` with a pipeline from pipelines/eval/, turns the
export into the scorer's prediction format, and calls the scorer shipped with the data:

    python3 scripts/eval/run.py sentences        # GUM and EWT boundary F1 (score.py)
    python3 scripts/eval/run.py boilerplate      # scrapinghub article extraction F1 (score.py)
    python3 scripts/eval/run.py decode           # charsets, mojibake, HTML entities
    python3 scripts/eval/run.py dedup            # pairwise P/R on a generated corpus with ground truth
    python3 scripts/eval/run.py entities         # UNER EWT (PERSON/LOC/ORG) and GUM dates
    python3 scripts/eval/run.py all

Uses .build/release/sluice (built if missing); --debug uses the debug build.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.path.join(os.path.dirname(ROOT), "shared", "eval")
WORK = os.path.join(ROOT, ".build", "eval")


def sluice(binary, pipeline, inputs, out, extra=(), env=None):
    cmd = [binary, "run", os.path.join(ROOT, "pipelines", "eval", pipeline), "--output", out, "--quiet", *extra]
    for i in inputs:
        cmd += ["--input", i]
    subprocess.run(cmd, check=True, env=env)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def score(cmd):
    print("$ " + " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd), flush=True)
    subprocess.run(cmd, check=True)
    print(flush=True)


def sentences(binary):
    for name in ["gum_dev", "ewt_dev"]:
        gold = os.path.join(EVAL, "sentences", name + ".jsonl")
        out = os.path.join(WORK, "sentences-" + name)
        sluice(binary, "sentences.yaml", [gold], out)
        pred = os.path.join(out, "pred.jsonl")
        write_jsonl(pred, [{"id": d["id"], "spans": [[s["start"], s["end"]] for s in d.get("sentences", [])]}
                           for d in read_jsonl(os.path.join(out, "spans.jsonl"))])
        score([sys.executable, os.path.join(EVAL, "sentences", "score.py"), gold, pred])


def generated_corpus(n, profile=None):
    """A corpus from the perf generator (seed 1) with its ground truth, cached under .build/eval."""
    corpus_dir = os.path.join(WORK, "corpus")
    name = profile or f"c{n}"
    corpus = os.path.join(corpus_dir, name + ".jsonl")
    if not os.path.exists(corpus):
        cmd = [sys.executable, os.path.join(EVAL, "perf", "make_corpus.py"), "--seed-jsonl",
               os.path.join(EVAL, "perf", "real_news.jsonl"), "--seed", "1", "--formats", "jsonl",
               "--out-dir", corpus_dir, "--name", name]
        cmd += ["--profile", profile] if profile else ["--n", str(n)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return corpus, os.path.join(corpus_dir, name + ".truth.jsonl")


def boilerplate_text(binary):
    corpus, truth_path = generated_corpus(0, profile="small")
    out = os.path.join(WORK, "boilerplate-text")
    sluice(binary, "boilerplate-text.yaml", [corpus], out)
    predicted = set()
    for d in read_jsonl(os.path.join(out, "removed.jsonl")):
        text = d["text"]
        for r in d.get("removed", []):
            first = text.count("\n", 0, r["start"])
            last = text.count("\n", 0, max(r["start"], r["end"] - 1))
            for line in range(first, last + 1):
                if text.split("\n")[line].strip():
                    predicted.add((d["id"], line))
    truth = {(t["id"], b["line"]) for t in read_jsonl(truth_path) for b in t.get("boilerplate", [])}
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(truth) if truth else 1.0
    print(f"$ scripts/eval/run.py boilerplate (plain text, {os.path.relpath(corpus, ROOT)})")
    print(f"removed lines vs injected boilerplate: precision {p:.3f}  recall {r:.3f}  "
          f"(tp {tp}, fp {len(predicted) - tp}, fn {len(truth) - tp})\n", flush=True)


def boilerplate(binary):
    boilerplate_text(binary)
    gold = os.path.join(EVAL, "boilerplate", "scrapinghub_dev.jsonl")
    out = os.path.join(WORK, "boilerplate")
    sluice(binary, "boilerplate-html.yaml", [gold], out)
    pred = os.path.join(out, "pred.jsonl")
    write_jsonl(pred, [{"id": d["id"], "text": d["text"]} for d in read_jsonl(os.path.join(out, "text.jsonl"))])
    score([sys.executable, os.path.join(EVAL, "boilerplate", "score.py"), "--gold", gold, "--pred", pred])


def decode(binary):
    d = os.path.join(EVAL, "decode")
    out = os.path.join(WORK, "decode-charsets")
    sluice(binary, "decode-charsets.yaml", [os.path.join(d, "charsets", "*.bin")], out)
    pred = os.path.join(out, "pred.jsonl")
    write_jsonl(pred, [{"file": r["id"], "encoding": r.get("metadata", {}).get("charset", "")}
                       for r in read_jsonl(os.path.join(out, "charsets.jsonl"))])
    score([sys.executable, os.path.join(d, "score_charsets.py"), "--dir", os.path.join(d, "charsets"), "--pred", pred])

    out = os.path.join(WORK, "decode-mojibake")
    sluice(binary, "decode-mojibake.yaml", [os.path.join(d, "mojibake_dev.jsonl")], out)
    pred = os.path.join(out, "pred.jsonl")
    write_jsonl(pred, [{"id": r["id"], "output": r["text"]} for r in read_jsonl(os.path.join(out, "mojibake.jsonl"))])
    score([sys.executable, os.path.join(d, "score_mojibake.py"), "--cases", os.path.join(d, "mojibake_dev.jsonl"),
           "--pred", pred, "--target", "encoding"])

    out = os.path.join(WORK, "decode-entities")
    sluice(binary, "decode-entities.yaml", [os.path.join(d, "html_entities.jsonl")], out)
    pred = os.path.join(out, "pred.jsonl")
    write_jsonl(pred, [{"id": r["id"], "output": r["text"]} for r in read_jsonl(os.path.join(out, "entities.jsonl"))])
    score([sys.executable, os.path.join(d, "score_html_entities.py"), "--cases", os.path.join(d, "html_entities.jsonl"),
           "--pred", pred])


def dedup(binary, n=20000, thresholds=(0.3, 0.4, 0.5, 0.6, 0.7, 0.8)):
    corpus, truth = generated_corpus(n)
    preds = []
    for t in thresholds:
        out = os.path.join(WORK, f"dedup-t{t}")
        sluice(binary, "dedup.yaml", [corpus], out, env=dict(os.environ, DEDUP_THRESHOLD=str(t)))
        pred = os.path.join(out, "pred.jsonl")
        rows = []
        for r in read_jsonl(os.path.join(out, "clusters.jsonl")):
            m = r.get("metadata", {})
            row = {"id": r["id"], "cluster": m.get("dedup_cluster", r["id"])}
            if "duplicate_of" in m:
                row["duplicate_of"] = m["duplicate_of"]
            rows.append(row)
        write_jsonl(pred, rows)
        preds.append(pred)
    score([sys.executable, os.path.join(ROOT, "scripts", "eval", "score_dedup_pairs.py"), truth, *preds])


def entities(binary):
    model = os.path.join(WORK, "entities-model.bin")
    subprocess.run([binary, "train-entities", os.path.join(EVAL, "entities", "uner_ewt_train.jsonl"), "--output", model,
                    "--iterations", "10", "--seed", "1"], check=True)
    env = dict(os.environ, SLUICE_ENTITY_MODEL=model)
    for pipeline, name in [("entities.yaml", "uner_ewt_dev"), ("entities.yaml", "gum_dates_dev"),
                           ("entities-trained.yaml", "uner_ewt_dev")]:
        print(f"### {pipeline} on {name}", flush=True)
        gold = os.path.join(EVAL, "entities", name + ".jsonl")
        out = os.path.join(WORK, "entities-" + pipeline[:-5] + "-" + name)
        sluice(binary, pipeline, [gold], out, env=env)
        pred = os.path.join(out, "pred.jsonl")
        write_jsonl(pred, [{"id": d["id"], "entities": [{"start": e["start"], "end": e["end"], "label": e["label"]}
                                                         for e in d.get("entities", [])]}
                           for d in read_jsonl(os.path.join(out, "entities.jsonl"))])
        score([sys.executable, os.path.join(EVAL, "entities", "score.py"), gold, pred])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", choices=["sentences", "boilerplate", "decode", "dedup", "entities", "all"])
    ap.add_argument("--debug", action="store_true", help="use the debug build")
    args = ap.parse_args()
    config = "debug" if args.debug else "release"
    binary = os.path.join(ROOT, ".build", config, "sluice")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "-c", config, "--product", "sluice"], cwd=ROOT, check=True)
    os.makedirs(WORK, exist_ok=True)
    stages = ["decode", "boilerplate", "sentences", "entities", "dedup"] if args.stage == "all" else [args.stage]
    for s in stages:
        print(f"## {s}\n", flush=True)
        globals()[s](binary)


if __name__ == "__main__":
    main()
