#!/usr/bin/env python3
"""Sluice external stage: identifies a document's language from its most common words.

Standard library only. Speaks the protocol in docs/external-stages.md: reads JSON Lines on stdin, answers
one line per document on stdout, logs to stderr. Adds metadata {"language": code, "language_score": share}
and, with options {"keep": ["en", ...]}, drops documents in other languages.
"""
import json
import re
import sys

STOPWORDS = {
    "en": "the of and to in is that for it was on with as are be by at this have from or an not but they his".split(),
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus".split(),
    "fr": "le de la les et des en un une du est que pour dans qui sur au pas par ne plus se ce avec il sont".split(),
    "es": "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya".split(),
    "it": "di che la il e un per non in una sono mi si ho lo ma ti le con da cosa del della questo anche".split(),
    "nl": "de en van het een in is dat op te zijn met voor niet die aan er om ook als bij nog maar dan uit".split(),
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def identify(text):
    """Returns (language, score): the language whose stopwords cover the most words, and that share."""
    words = [w.lower() for w in WORD.findall(text[:20000])]
    if not words:
        return "und", 0.0
    best, best_hits = "und", 0
    for lang, stops in STOPWORDS.items():
        stopset = LOOKUP[lang]
        hits = sum(1 for w in words if w in stopset)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best, round(best_hits / len(words), 3)


LOOKUP = {lang: set(words) for lang, words in STOPWORDS.items()}


def answer(doc, options):
    lang, score = identify(doc["text"])
    keep = options.get("keep")
    if keep and lang not in keep:
        return {"id": doc["id"], "drop": "language " + lang}
    return {"id": doc["id"], "metadata": {"language": lang, "language_score": score}}


def main():
    options = {}
    batch = []
    out = sys.stdout
    for line in sys.stdin:
        message = json.loads(line)
        control = message.get("sluice")
        if control == "hello":
            options = message.get("options") or {}
            out.write(json.dumps({"sluice": "ready"}) + "\n")
            out.flush()
        elif control == "end":
            for doc in batch:
                out.write(json.dumps(answer(doc, options), ensure_ascii=False) + "\n")
            out.flush()
            batch = []
        else:
            batch.append(message)


if __name__ == "__main__":
    main()
