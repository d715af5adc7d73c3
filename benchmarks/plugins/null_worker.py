#!/usr/bin/env python3
"""An external worker that does no work: it answers each document with its id only. Measures the protocol's
own cost (JSON both ways, pipes, batching)."""
import json
import sys

batch = 0
for line in sys.stdin:
    if line.startswith('{"sluice":"hello"'):
        sys.stdout.write('{"sluice":"ready"}\n')
        sys.stdout.flush()
    elif line.startswith('{"sluice":"end"'):
        sys.stdout.flush()
    else:
        sys.stdout.write(json.dumps({"id": json.loads(line)["id"]}) + "\n")
