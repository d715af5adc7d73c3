#!/usr/bin/env python3
"""Side by side with datatrove: the same corpus, the same machine, one run.

    python3 benchmarks/datatrove/compare.py                      # small corpus (~10 MB), all four pipelines
    python3 benchmarks/datatrove/compare.py --profile medium --pipelines rw,exact,filter

Creates a virtual environment (benchmarks/.work/venv-datatrove, `python3 -m venv`) with the pinned packages of
requirements.txt, generates (or reuses) a corpus with ../shared/eval/perf/make_corpus.py and splits it into
`--shards` JSON Lines files (datatrove runs one task per file). Then, for each pipeline, it runs datatrove
(dt_run.py, LocalPipelineExecutor with `--workers` processes) and the release `sluice` binary (`--workers`
threads) on the same folder, and prints MB/s (wall) and MB per CPU-second for both and the ratios.

Pipelines (datatrove → Sluice):
  rw       JsonlReader → JsonlWriter                    passthrough → export (JSON Lines)
  exact    ExactDedup signature → find → filter          dedup {method: exact} (byte-exact text)
  minhash  MinHash 5-gram, 14 bands × 8 rows, 4 stages   dedup {method: minhash, shingle_size 5, bands 14, rows 8,
                                                               threshold = --threshold}
  filter   C4QualityFilter → GopherQualityFilter         boilerplate (line rules) → length_filter
For minhash both keep duplicates with cluster ids, and scripts/eval/score_dedup_pairs.py scores each against the
corpus truth. Datatrove's figures exclude interpreter start-up and imports; Sluice's include process start-up.
"""
import argparse, json, os, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WORK = os.path.join(ROOT, "benchmarks", ".work")
VENV = os.path.join(WORK, "venv-datatrove")
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
import corpus as suite  # noqa: E402  (benchmarks/corpus.py: corpus generation)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    req = os.path.join(HERE, "requirements.txt")
    stamp = os.path.join(VENV, ".requirements")
    wanted = open(req).read()
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        return py
    print(f"creating {os.path.relpath(VENV, ROOT)} (pip install -r {os.path.relpath(req, ROOT)}) ...", flush=True)
    sh([sys.executable, "-m", "venv", VENV])
    sh([py, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    sh([py, "-m", "pip", "install", "-q", "-r", req])
    with open(stamp, "w") as f:
        f.write(wanted)
    return py


def shards(path, n):
    """Splits a JSON Lines corpus into n contiguous files of about equal size (cached)."""
    d = path[:-len(".jsonl")] + f"-{n}shards"
    if os.path.isdir(d) and len(os.listdir(d)) == n:
        return d
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        for k in range(n):
            with open(os.path.join(d, f"part-{k:05d}.jsonl"), "wb") as out:
                while f.tell() < size * (k + 1) // n or k == n - 1:
                    line = f.readline()
                    if not line:
                        break
                    out.write(line)
    return d


def cpu_run(cmd, env=None):
    """Runs cmd; returns (wall seconds, CPU seconds of the process and its children)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, ru.ru_utime + ru.ru_stime


def run_sluice(binary, name, data, out, workers, repeats, env=None):
    best = None
    for _ in range(repeats):
        shutil.rmtree(out, ignore_errors=True)
        wall, cpu = cpu_run([binary, "run", os.path.join(HERE, "pipelines", name + ".yaml"), "--input", data,
                             "--output", out, "--workers", str(workers), "--quiet"], env)
        if best is None or wall < best[0]:
            best = (wall, cpu)
    return best


def run_datatrove(py, name, data, work, args):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    cmd = [py, os.path.join(HERE, "dt_run.py"), name, "--input", data, "--work", work, "--tasks", str(args.shards),
           "--workers", str(args.workers)]
    log = open(os.path.join(work, "datatrove.log"), "w")
    r = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=log, text=True)
    res = json.loads(r.stdout.strip().splitlines()[-1])
    return res["wall_seconds"], res["cpu_seconds"]


def read_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def sluice_predictions(sluice_out, path):
    with open(path, "w") as f:
        for r in read_jsonl(os.path.join(sluice_out, "out.jsonl")):
            m = r.get("metadata", {})
            row = {"id": r["id"], "cluster": m.get("dedup_cluster", r["id"])}
            if "duplicate_of" in m:
                row["duplicate_of"] = m["duplicate_of"]
            f.write(json.dumps(row) + "\n")
    return path


def minhash_predictions(binary, data, sluice_out, dt_work, pred_dir, args):
    """Prediction files for the scorer: Sluice at --threshold (the timed run), at each --extra-thresholds and
    with its own defaults (untimed runs), then datatrove."""
    os.makedirs(pred_dir, exist_ok=True)
    preds = [sluice_predictions(sluice_out, os.path.join(pred_dir, f"sluice-5gram-14x8-t{args.threshold}.jsonl"))]
    extra = [("minhash", t) for t in args.extra_thresholds.split(",") if t] + [("minhash-no-confirm", None),
                                                                              ("minhash-sluice-defaults", None)]
    for name, t in extra:
        out = os.path.join(WORK, "compare", f"sluice-{name}-{t}")
        env = dict(os.environ, DEDUP_THRESHOLD=str(t)) if t else None
        run_sluice(binary, name, data, out, args.workers, 1, env)
        label = (f"sluice-5gram-14x8-t{t}" if t else "sluice-5gram-14x8-no-confirm" if name == "minhash-no-confirm"
                 else "sluice-defaults-3gram-32x4-t0.5")
        preds.append(sluice_predictions(out, os.path.join(pred_dir, label + ".jsonl")))
    dt = os.path.join(pred_dir, "datatrove-5gram-14x8.jsonl")
    with open(dt, "w") as f:
        for sub, removed in (("out", False), ("removed", True)):
            folder = os.path.join(dt_work, sub)
            for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
                for r in read_jsonl(os.path.join(folder, name)):
                    cid = r.get("metadata", {}).get("minhash_cluster_id", -1)
                    row = {"id": r["id"], "cluster": f"dt-{cid}" if cid >= 0 else r["id"]}
                    if removed:
                        row["duplicate_of"] = row["cluster"]
                    f.write(json.dumps(row) + "\n")
    return preds + [dt]


def count_lines(folder_or_file):
    paths = [folder_or_file] if os.path.isfile(folder_or_file) else [
        os.path.join(folder_or_file, p) for p in os.listdir(folder_or_file) if p.endswith(".jsonl")]
    return sum(sum(1 for _ in open(p, "rb")) for p in paths)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", default="small", choices=["small", "medium", "large"])
    ap.add_argument("--n", type=int, default=0, help="documents (overrides the profile's count)")
    ap.add_argument("--pipelines", default="rw,exact,minhash,filter")
    ap.add_argument("--workers", type=int, default=2, help="datatrove processes / Sluice worker threads")
    ap.add_argument("--shards", type=int, default=2, help="input files (datatrove tasks)")
    ap.add_argument("--threshold", type=float, default=0.72,
                    help="Sluice's MinHash threshold (default: datatrove's 14×8 LSH midpoint (1/14)^(1/8) ≈ 0.72)")
    ap.add_argument("--extra-thresholds", default="0.685,0.6,0.5",
                    help="more Sluice confirmation thresholds to score (untimed; same 5-gram 14×8 LSH); 0.685 is where datatrove's S-curve detects "
                         "half the pairs")
    ap.add_argument("--repeats", type=int, default=3, help="Sluice runs per pipeline (fastest kept); datatrove runs once")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--binary", help="a sluice binary to use (default: .build/release/sluice, built first)")
    args = ap.parse_args()

    py = ensure_venv()
    if not args.no_build and not args.binary:
        sh(["swift", "build", "-c", "release", "--product", "sluice"], cwd=ROOT, stdout=subprocess.DEVNULL)
    binary = args.binary or os.path.join(ROOT, ".build", "release", "sluice")
    corpus = suite.corpus(args.profile, args.n)
    data = shards(corpus, args.shards)
    size = os.path.getsize(corpus)
    version = subprocess.run([py, "-c", "import datatrove, importlib.metadata as m; print(m.version('datatrove'))"],
                             check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    print(f"corpus: {os.path.relpath(corpus, ROOT)} ({size / 1e6:.1f} MB, {count_lines(corpus):,} documents, "
          f"{args.shards} shards); {os.cpu_count()} cores; datatrove {version}; {args.workers} workers each; "
          f"{time.strftime('%Y-%m-%d')}\n", flush=True)
    rows, scores = [], None
    for name in args.pipelines.split(","):
        out = os.path.join(WORK, "compare", f"sluice-{name}")
        dt_work = os.path.join(WORK, "compare", f"datatrove-{name}")
        env = dict(os.environ, DEDUP_THRESHOLD=str(args.threshold))
        sw, sc = run_sluice(binary, name, data, out, args.workers, args.repeats, env)
        dw, dc = run_datatrove(py, name, data, dt_work, args)
        s_kept = count_lines(os.path.join(out, "out.jsonl"))
        d_kept = count_lines(os.path.join(dt_work, "out"))
        rows.append((name, size / 1e6 / dw, size / 1e6 / dc, size / 1e6 / sw, size / 1e6 / sc, dw / sw, dc / sc,
                     d_kept, s_kept))
        print(f"  {name}: datatrove {dw:.1f} s wall / {dc:.1f} CPU-s, sluice {sw:.2f} s wall / {sc:.2f} CPU-s", flush=True)
        if name == "minhash":
            scores = minhash_predictions(binary, data, out, dt_work, os.path.join(WORK, "compare", "minhash-pred"), args)
    print("\n| pipeline | datatrove MB/s | datatrove MB/CPU-s | Sluice MB/s | Sluice MB/CPU-s | ratio (wall) "
          "| ratio (CPU) | docs kept: datatrove / Sluice |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]:.2f} | {r[2]:.2f} | {r[3]:.1f} | {r[4]:.1f} | {r[5]:.0f}× | {r[6]:.0f}× "
              f"| {r[7]:,} / {r[8]:,} |")
    if scores:
        truth = corpus[:-len(".jsonl")] + ".truth.jsonl"
        print(f"\nMinHash quality against {os.path.relpath(truth, ROOT)}:\n", flush=True)
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "eval", "score_dedup_pairs.py"), truth, *scores],
                           check=True, stdout=subprocess.PIPE, text=True)
        print(r.stdout.replace(os.path.join(WORK, "compare", "minhash-pred") + "/", "").replace(".jsonl |", " |"))


if __name__ == "__main__":
    main()
