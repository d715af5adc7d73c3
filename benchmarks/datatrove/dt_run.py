"""Runs one datatrove pipeline for benchmarks/datatrove/compare.py (inside the venv compare.py creates).

    python dt_run.py {rw,exact,minhash,filter} --input DIR --work DIR --tasks N --workers N

The input folder holds N JSON Lines shards (one task per shard). Prints one JSON line with the wall and CPU
seconds of the pipeline runs alone (interpreter start-up and imports excluded; CPU includes worker processes).
"""
import argparse, json, os, resource, time

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
from datatrove.pipeline.dedup.exact_dedup import ExactDedupConfig, ExactDedupFilter, ExactDedupSignature, ExactFindDedups
from datatrove.pipeline.dedup.minhash import MinhashConfig
from datatrove.pipeline.filters import C4QualityFilter, GopherQualityFilter
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from datatrove.utils.hashing import HashConfig


def document_text(doc) -> str:  # a named, annotated getter: ExactDedupSignature inspects the return type
    return doc.text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pipeline", choices=["rw", "exact", "minhash", "filter"])
    ap.add_argument("--input", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--tasks", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shingle", type=int, default=5)
    ap.add_argument("--bands", type=int, default=14)
    ap.add_argument("--rows", type=int, default=8)
    a = ap.parse_args()
    w, t, n = a.work, a.tasks, a.workers

    def reader():
        return JsonlReader(a.input, glob_pattern="*.jsonl")

    def writer(name):
        return JsonlWriter(os.path.join(w, name), output_filename="${rank}.jsonl", compression=None)

    def ex(steps, tasks, name):
        return LocalPipelineExecutor(steps, tasks=tasks, workers=min(n, tasks), logging_dir=os.path.join(w, "logs", name),
                                     start_method="fork")

    if a.pipeline == "rw":
        runs = [ex([reader(), writer("out")], t, "rw")]
    elif a.pipeline == "filter":
        runs = [ex([reader(), C4QualityFilter(), GopherQualityFilter(), writer("out")], t, "filter")]
    elif a.pipeline == "exact":
        cfg = ExactDedupConfig(content_getter=document_text, hash_config=HashConfig(precision=64))
        sig, dup = os.path.join(w, "sigs"), os.path.join(w, "dups")
        runs = [ex([reader(), ExactDedupSignature(sig, cfg)], t, "s1"),
                ex([ExactFindDedups(sig, dup, cfg)], 1, "s2"),
                ex([reader(), ExactDedupFilter(dup, cfg), writer("out")], t, "s3")]
    else:
        cfg = MinhashConfig(hash_config=HashConfig(precision=64), n_grams=a.shingle, num_buckets=a.bands,
                            hashes_per_bucket=a.rows)
        sig, buc, clu = (os.path.join(w, d) for d in ("sigs", "buckets", "clusters"))
        runs = [ex([reader(), MinhashDedupSignature(sig, cfg)], t, "s1"),
                ex([MinhashDedupBuckets(sig, buc, config=cfg)], a.bands, "s2"),
                ex([MinhashDedupCluster(buc, clu, config=cfg, save_cluster_id=True)], 1, "s3"),
                ex([reader(), MinhashDedupFilter(clu, exclusion_writer=writer("removed"), load_cluster_ids=True),
                    writer("out")], t, "s4")]

    def cpu():
        s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

    c0, t0 = cpu(), time.perf_counter()
    for r in runs:
        r.run()
    print(json.dumps({"wall_seconds": time.perf_counter() - t0, "cpu_seconds": cpu() - c0}))


if __name__ == "__main__":
    main()
