#!/usr/bin/env bash
# Scores factlens' people/organisation/place extraction on the CoNLL-2003 development split, read in
# place from ../shared (never copied here). Usage: scripts/devset-entities.sh [score.py args]
set -euo pipefail
cd "$(dirname "$0")/.."
D=${DEVSETS:-../shared/devsets}/entities
cargo build --release --quiet
out=$(mktemp)
trap 'rm -f "$out"' EXIT
./target/release/factlens dump "$D"/docs/*.txt 2>/dev/null | python3 -c '
import json, sys, os
d = json.load(sys.stdin)
m = {"person": "PER", "organization": "ORG", "place": "LOC"}
for a in d["articles"]:
    doc = os.path.basename(a["path"])[:-4]
    # char offsets of each block in the decoded text
    ents = []
    for f in a["facts"]:
        if f["kind"] in m:
            b = a["blocks"][f["block"]]
            ents.append({"text": f["text"], "type": m[f["kind"]], "start": b["char_start"] + f["start"], "end": b["char_start"] + f["end"]})
    print(json.dumps({"doc": doc, "entities": ents}))
' > "$out"
python3 "$D/score.py" "$D/gold.jsonl" "$out" --types PER,ORG,LOC "$@"
