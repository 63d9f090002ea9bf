#!/usr/bin/env bash
# Scores `factlens clean` on the boilerplate development set (read in place from ../shared; never
# copied into this repository). Usage: scripts/devset-boilerplate.sh [main|wrap80] [extra score.py args]
set -euo pipefail
cd "$(dirname "$0")/.."
D=${DEVSETS:-../shared/devsets}/boilerplate
set_name=${1:-main}; shift || true
in=$D/input; data=()
if [ "$set_name" = wrap80 ]; then in=$D/wrap80/input; data=(--data "$D/wrap80"); fi
cargo build --release --quiet
out=$(mktemp -d)
for f in "$in"/*.txt; do
  ./target/release/factlens clean "$f" > "$out/$(basename "$f")" 2>/dev/null || true
done
python3 "$D/score.py" "$out" "${data[@]}" "$@"
echo "outputs: $out"
