#!/usr/bin/env python3
"""Lists body lines factlens drops (and boilerplate lines it keeps) on the boilerplate devset,
with the rule that decided. Reads the devset in place. Usage: devset-diag.py [main|wrap80] [lost|leaked]"""
import json, os, subprocess, sys, collections
D = os.environ.get("DEVSETS", "../shared/devsets") + "/boilerplate"
which = sys.argv[1] if len(sys.argv) > 1 else "main"
mode = sys.argv[2] if len(sys.argv) > 2 else "lost"
base = D + ("/wrap80" if which == "wrap80" else "")
rules = collections.Counter()
for name in sorted(os.listdir(base + "/input")):
    path = f"{base}/input/{name}"
    text = open(path, encoding="utf-8").read()
    labels = json.load(open(f"{base}/labels/{name[:-4]}.labels.json"))
    out = subprocess.run(["./target/release/factlens", "dump", path], capture_output=True, text=True).stdout
    blocks = json.loads(out)["articles"][0]["blocks"]
    # char offset -> line index
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    import bisect
    for b in blocks:
        l0 = bisect.bisect_right(starts, b["char_start"]) - 1
        l1 = bisect.bisect_right(starts, max(b["char_end"] - 1, b["char_start"])) - 1
        labs = [labels[i] for i in range(l0, min(l1 + 1, len(labels)))]
        if mode == "lost" and not b["kept"] and 1 in labs and b["reason"] != "title":
            rules[b["rule"]] += 1
            print(f"{name[:-4]:28} {b['reason']:15} {b['rule']:22} {b['cue'][:30]!r:32} {b['text'][:110]}")
        if mode == "leaked" and b["kept"] and 0 in labs and 1 not in labs:
            rules["kept"] += 1
            print(f"{name[:-4]:28} {b['text'][:140]}")
print(rules.most_common(), file=sys.stderr)
