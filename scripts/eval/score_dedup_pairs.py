#!/usr/bin/env python3
"""Pairwise scoring of dedup predictions against make_corpus.py ground truth.

usage: score_pairs.py <name>.truth.jsonl pred1.jsonl [pred2.jsonl ...]

A true pair is two documents in the same true cluster; a predicted pair is two documents
sharing a predicted cluster ("cluster" field). Prints pair precision / recall / F1, the share of
documents that should be removed that were removed (per true cluster of size s at most s-1
removed documents count), wrongly removed documents (their cluster has no other true member),
and near-duplicate recall by true 5-gram Jaccard to the original (same predicted cluster as
the original, datatrove's breakdown).
"""
import collections
import json
import sys


def pairs(n):
    return n * (n - 1) // 2


def score(truth, pred_path):
    pred = {}
    with open(pred_path) as f:
        for line in f:
            p = json.loads(line)
            pred[p["id"]] = p
    true_sizes = collections.Counter(t["cluster"] for t in truth)
    pred_sizes = collections.Counter(pred[t["id"]]["cluster"] for t in truth)
    cells = collections.Counter((t["cluster"], pred[t["id"]]["cluster"]) for t in truth)
    tp = sum(pairs(c) for c in cells.values())
    tpairs = sum(pairs(c) for c in true_sizes.values())
    ppairs = sum(pairs(c) for c in pred_sizes.values())
    precision = tp / ppairs if ppairs else 1.0
    recall = tp / tpairs if tpairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    removed = collections.Counter(t["cluster"] for t in truth if pred[t["id"]].get("duplicate_of"))
    should = sum(s - 1 for s in true_sizes.values())
    credited = sum(min(removed[c], true_sizes[c] - 1) for c in removed)
    wrong = sum(1 for t in truth if pred[t["id"]].get("duplicate_of") and true_sizes[t["cluster"]] == 1)
    buckets = collections.defaultdict(lambda: [0, 0])
    for t in truth:
        if t["kind"] != "near":
            continue
        b = min(0.9, int(t["jaccard5"] * 10) / 10)
        buckets[b][1] += 1
        if pred[t["id"]]["cluster"] == pred[t["cluster"]]["cluster"]:
            buckets[b][0] += 1
    return precision, recall, f1, credited / should if should else 1.0, wrong, buckets


def main():
    truth = [json.loads(l) for l in open(sys.argv[1])]
    print("| predictions | pair precision | pair recall | F1 | removed share | wrongly removed | near recall by J5: "
          + " ".join(f"{b:.1f}" for b in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)) + " |")
    print("|---|---|---|---|---|---|---|")
    for path in sys.argv[2:]:
        p, r, f1, share, wrong, buckets = score(truth, path)
        rec = " ".join(f"{buckets[b][0] / buckets[b][1]:.2f}" if buckets[b][1] else "-"
                       for b in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9))
        print(f"| {path} | {p:.4f} | {r:.4f} | {f1:.4f} | {share:.4f} | {wrong} | {rec} |")


if __name__ == "__main__":
    main()
