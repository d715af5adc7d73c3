#!/usr/bin/env python3
"""Scale-out figures on one machine: throughput of a sharded job with 1, 2 and 4 tasks (one worker each, all
tasks at once), against the single-process run, for the dedup pipeline (whose sharded form needs the
signatures → decide → process → merge phases) and for a pipeline without dedup.

    python3 benchmarks/scale_out.py [--profile small|medium] [--tasks 1,2,4]

Wall time of the whole command (all phases, merge included) is measured; MB/s = corpus bytes / wall time.
"""
import argparse, os, shutil, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus as suite  # noqa: E402  (corpus generation and paths)


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", default="small", choices=["small", "medium", "large"])
    ap.add_argument("--tasks", default="1,2,4")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "sluice"], cwd=suite.ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(suite.ROOT, ".build", "release", "sluice")
    corpus = suite.corpus(args.profile, 0)
    mb = os.path.getsize(corpus) / 1e6
    print(f"corpus: {corpus} ({mb:.1f} MB), {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}\n")
    print("| pipeline | run | wall s | MB/s |")
    print("|---|---|---|---|")
    for name in ["dedup", "sentences"]:
        pipeline = os.path.join(suite.ROOT, "benchmarks", "pipelines", name + ".yaml")
        out = os.path.join(suite.WORK, "scale", name)
        shutil.rmtree(out, ignore_errors=True)
        for workers in (1, 2):
            wall = timed([binary, "run", pipeline, "--input", corpus, "--output", f"{out}/single-w{workers}", "--workers", str(workers), "--quiet"])
            print(f"| {name} | single process, {workers} worker{'s' if workers > 1 else ''} | {wall:.2f} | {mb / wall:.1f} |", flush=True)
        for t in [int(x) for x in args.tasks.split(",")]:
            wall = timed([binary, "run", pipeline, "--input", corpus, "--output", f"{out}/tasks{t}", "--tasks", str(t),
                          "--parallel-tasks", str(t), "--workers", "1", "--quiet"])
            same = open(f"{out}/tasks{t}/out.jsonl", "rb").read() == open(f"{out}/single-w1/out.jsonl", "rb").read()
            print(f"| {name} | {t} task{'s' if t > 1 else ''} × 1 worker (all phases){'' if same else ' OUTPUT DIFFERS'} | {wall:.2f} | {mb / wall:.1f} |", flush=True)


if __name__ == "__main__":
    main()
