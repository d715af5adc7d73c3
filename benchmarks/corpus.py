"""Benchmark corpora shared by the Python comparison scripts (`sluice bench` makes the same files itself):
../shared/eval/perf/make_corpus.py output, kept in benchmarks/.work/corpus/."""
import os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "benchmarks", ".work")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def corpus(profile, n=0, fmt="jsonl"):
    """Path of the generated corpus for `profile` (or `n` documents), made with --seed 1 if missing."""
    name = f"{profile}" + (f"-{n}" if n else "")
    path = os.path.join(WORK, "corpus", name + (".jsonl" if fmt == "jsonl" else "_txt"))
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        gen = os.path.join(SHARED, "eval", "perf", "make_corpus.py")
        cmd = [sys.executable, gen, "--seed-jsonl", os.path.join(SHARED, "eval", "perf", "real_news.jsonl"),
               "--profile", profile, "--seed", "1", "--formats", fmt, "--out-dir", os.path.dirname(path), "--name", name]
        if n:
            cmd += ["--n", str(n)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return path
