#!/bin/sh
# Builds the fixed input of the `parse --bench` measurement (README, "Measurements"): committed
# corpus files cycled, line by line and unchanged, to a given number of lines.
#   bot-core/src/bench/sh/parse-bench-input.sh dev 200000 > /tmp/bench-dev.jsonl
#   bot-core/src/bench/sh/parse-bench-input.sh sports 200000 > /tmp/bench-sports.jsonl
# "dev" is the shared dev corpus (bot-core/src/test/resources/parse/dev.jsonl, 70 short lines);
# "sports" is every sports corpus file of that folder (visits-* left out) in name order, the
# longer messages of the blind rounds among them. Run from the repository root.
set -eu
dir=bot-core/src/test/resources/parse
case "${1:-}" in
  dev) files="$dir/dev.jsonl" ;;
  sports) files=$(LC_ALL=C ls "$dir"/*.jsonl | grep -v '/visits-') ;;
  *) echo "usage: $0 dev|sports LINES" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
cat $files | grep -v '^[[:space:]]*$' | awk -v n="${2:?LINES}" '
  { line[NR] = $0 }
  END { for (i = 0; i < n; i++) print line[i % NR + 1] }'
