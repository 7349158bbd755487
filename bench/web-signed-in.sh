#!/usr/bin/env bash
# Signs up a new person on a running `psoas serve` at 127.0.0.1:PORT, answers the assessment (the
# desk-worker of examples/desk-worker.json) and prints the session cookie's value, so that a load tool can ask
# for the program page as that person. Usage: bench/web-signed-in.sh PORT [EMAIL]
set -euo pipefail
port="$1"
email="${2:-bench-$RANDOM$RANDOM@example.org}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"
csrf_of() { grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
csrf=$(curl -s -c "$jar" -b "$jar" "$base/signup" | csrf_of)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "email=$email" \
  --data-urlencode "password=benchmark lantern orbit" --data-urlencode "role=person" --data-urlencode "timeZone=Europe/Berlin" \
  "$base/signup"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/assessment" | csrf_of)
post() { curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" "$@"; }
post "$base/assessment/restart"
post "$base/assessment/safety"
post -d pain.now=3 -d pain.chronic=on -d person.age=41 -d person.sittingHoursPerDay=9 -d person.activities=desk-work \
  -d person.activities=running -d symptoms=front-hip-pain -d symptoms=low-back-pain "$base/assessment/about"
post -d equipment=mat -d equipment=chair -d equipment=resistance-band -d equipment=table -d minutesPerSession=15 \
  "$base/assessment/setup"
post -d done=yes -d tests.standingHipFlexionHold.left.seconds=22 -d tests.standingHipFlexionHold.left.pelvisStable=yes \
  -d tests.standingHipFlexionHold.right.seconds=9 -d tests.standingHipFlexionHold.right.pelvisStable=no \
  "$base/assessment/hold"
post -d done=yes -d tests.modifiedThomas.left.thighRestsOnTable=no -d tests.modifiedThomas.left.lowBackArched=yes \
  -d tests.modifiedThomas.left.hipAngleDeg=8 -d tests.modifiedThomas.right.thighRestsOnTable=yes \
  -d tests.modifiedThomas.right.lowBackArched=no "$base/assessment/thomas"
session=$(awk '$6 == "psoas_session" {print $7}' "$jar")
status=$(curl -s -o "$work/program.html" -w '%{http_code}' -H "Cookie: psoas_session=$session" "$base/program")
[ "$status" = 200 ] || { echo "program page answered $status, not 200" >&2; exit 1; }
echo "program page: $(wc -c < "$work/program.html") bytes, $(grep -c 'class="item"' "$work/program.html") items" >&2
echo "$session"
