#!/usr/bin/env python3
"""Refreshes the code blocks in docs that are copies of example files.

A block preceded by `<!-- file: PATH -->` must hold exactly the file at PATH (relative to the repository root).
`DocSnippetTests` fails when one differs; this script rewrites them. Usage: scripts/sync-doc-snippets.py [DOC ...]
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
docs = sys.argv[1:] or ["docs/writing-stages.md"]
pattern = re.compile(r"(<!-- file: (\S+) -->\n```(\w*)\n)(.*?)(```\n)", re.S)
for doc in docs:
    path = root / doc
    text = path.read_text()
    new = pattern.sub(lambda m: m.group(1) + (root / m.group(2)).read_text() + m.group(5), text)
    if new != text:
        path.write_text(new)
        print("updated", doc)
