#!/usr/bin/env bash
# Scores factlens' quotes (text + speaker) on the PolNeAR quotes development set, read in place
# from ../shared (never copied here). Usage: scripts/devset-quotes.sh [score_quotes.py args]
set -euo pipefail
cd "$(dirname "$0")/.."
D=${DEVSETS:-../shared/devsets}/quotes
cargo build --release --quiet
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"${FACTLENS_BIN:-./target/release/factlens}" dump "$D"/docs/*.txt 2>/dev/null | python3 -c '
import json, sys, os
d = json.load(sys.stdin)
names = {e["id"]: e["name"] for e in d["entities"]}
for a in d["articles"]:
    doc = os.path.basename(a["path"])[:-4]
    qs = [{"text": f["text"], "speaker": names.get(f["speaker"]) or f.get("speaker_as_written")}
          for f in a["facts"] if f["kind"] == "quote" and f.get("quote") == "direct"]
    print(json.dumps({"doc": doc, "quotes": qs}))
' > "$out"
python3 "$D/score_quotes.py" "$out" "$@"
