#!/usr/bin/env bash
# A guessing flood against one account while its owner signs in from their own device: CLIENTS threads (default 16)
# for SECONDS (default 20) against a real server on 127.0.0.1, with the owner's sign-in p99 before and during the flood.
# Usage: bench/signin-flood.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.psoascoach.bench.SignInFlood "${1:-16}" "${2:-20}" 2>/dev/null
