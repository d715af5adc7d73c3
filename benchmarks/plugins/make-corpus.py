#!/usr/bin/env python3
"""Writes a deterministic JSON Lines corpus for the plugin benchmarks: N documents of about 2 KB with some
e-mail addresses and phone numbers. Usage: make-corpus.py OUT.jsonl [N]"""
import json
import random
import sys

WORDS = ("the council voted on tuesday to approve new spending for roads bridges and schools while residents asked "
         "why repairs took so long engineers warned that corrosion had spread and the mayor said the city would "
         "borrow money through a bond issue approved by voters in november").split()

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20000
rng = random.Random(7)
with open(out, "w") as f:
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(330)]
        words[rng.randrange(330)] = "write to clerk%d@example.org" % i
        words[rng.randrange(330)] = "or call +1 555 %03d %04d" % (rng.randrange(1000), rng.randrange(10000))
        f.write(json.dumps({"id": "doc-%06d" % i, "text": " ".join(words)}) + "\n")
