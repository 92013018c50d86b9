#!/bin/sh
# The parse mode's answers to every corpus line, for a byte-identical check of a change that should change no
# answer (README, "Measurements"): every sports corpus file in name order, read on the sports event, and every
# visits-* file, read on the conference, each as one input (the parser keeps nothing between lines).
#   bot-core/src/bench/sh/parse-outputs.sh config/target/reception-bot.jar /tmp/before
#   (change, rebuild)  ... /tmp/after ; cmp /tmp/before/sports.out /tmp/after/sports.out; cmp .../visits.out
# A faster loop, without packaging the jar: unzip the jar once (unzip -q reception-bot.jar -d /tmp/fat), then pass
# bot-core's compiled classes ahead of it: CLASSES=bot-core/target/classes FAT=/tmp/fat parse-outputs.sh - /tmp/after
# (./mvnw -o -q -pl bot-core compile first). Run from the repository root.
set -eu
jar="${1:?JAR or -}"
out="${2:?OUTPUT DIRECTORY}"
dir=bot-core/src/test/resources/parse
mkdir -p "$out"
cat $(LC_ALL=C ls "$dir"/*.jsonl | grep -v '/visits-') > "$out/sports.in"
cat $(LC_ALL=C ls "$dir"/visits-*.jsonl) > "$out/visits.in"
run() {
  if [ "$jar" = - ]; then
    java -cp "${CLASSES:?}:${FAT:?}/BOOT-INF/classes:$(ls "$FAT"/BOOT-INF/lib/*.jar | grep -v '/bot-core-' | tr '\n' ':')" \
      org.receptionbot.app.Main parse "$@"
  else
    java -jar "$jar" parse "$@"
  fi
}
run --event bot-core/src/test/resources/events/reference-event.yml --in "$out/sports.in" --out "$out/sports.out"
run --event bot-core/src/test/resources/events/reference-conference.yml --in "$out/visits.in" --out "$out/visits.out"
wc -l "$out/sports.out" "$out/visits.out"
