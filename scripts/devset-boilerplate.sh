#!/usr/bin/env bash
# Scores `factlens clean` on the boilerplate development set (read in place from ../shared; never
# copied into this repository). Usage: scripts/devset-boilerplate.sh [main|wrap80|html] [extra score.py args]
# `html` runs on the saved pages (html/NAME.html.gz), scored against the same truth.
# FACTLENS_KEEP_OUTPUTS=1 keeps the cleaned text and prints where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
D=${DEVSETS:-../shared/devsets}/boilerplate
set_name=${1:-main}; shift || true
in=$D/input; data=()
if [ "$set_name" = wrap80 ]; then in=$D/wrap80/input; data=(--data "$D/wrap80"); fi
cargo build --release --quiet
out=$(mktemp -d); pages=""
# The cleaned outputs are removed on exit; FACTLENS_KEEP_OUTPUTS=1 keeps them for reading leaks.
cleanup() { rm -rf "$pages"; [ "${FACTLENS_KEEP_OUTPUTS:-0}" = 1 ] || rm -rf "$out"; }
trap cleanup EXIT
if [ "$set_name" = html ]; then
  pages=$(mktemp -d)
  for f in "$D"/html/*.html.gz; do
    n=$(basename "$f" .html.gz)
    gunzip -c "$f" > "$pages/$n.html"
    ./target/release/factlens clean "$pages/$n.html" > "$out/$n.txt" 2>/dev/null || true
  done
else
  for f in "$in"/*.txt; do
    ./target/release/factlens clean "$f" > "$out/$(basename "$f")" 2>/dev/null || true
  done
fi
python3 "$D/score.py" "$out" "${data[@]}" "$@"
if [ "${FACTLENS_KEEP_OUTPUTS:-0}" = 1 ]; then echo "outputs: $out"; fi
