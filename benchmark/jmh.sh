#!/usr/bin/env bash
# JMH floor of the access-token cryptography: one ES256 access token issued and one verified through the reference
# server's own classes, through Nimbus alone, and through the JDK's ECDSA P-256 (AccessTokenCryptoBenchmark).
# Usage: benchmark/jmh.sh [JMH options, e.g. -f 2 -wi 5 -i 10 -r 2s, or a benchmark name regex]
# Defaults: 1 fork, 3 warm-up and 5 measured iterations of 1 s each, 1 thread. Starts no server; never part of
# `mvn verify`. Prints JMH's own report, then ops/s and µs/op per benchmark.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

# compile runs JMH's annotation processor; build-classpath writes each module's runtime class path to a file
mvn -B -q ${MVN_OFFLINE:+-o} compile dependency:build-classpath -pl reference-server,benchmark -am \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime.classpath

exec java -cp "benchmark/target/classes:$(cat benchmark/target/runtime.classpath)" \
  dev.mcpauth.benchmark.crypto.CryptoFloor "$@"
