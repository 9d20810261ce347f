#!/usr/bin/env bash
# Load benchmark: the reference server side by side with the MCP TypeScript SDK's example OAuth server.
# Usage: benchmark/run.sh [--concurrency=64] [--warmup=10] [--duration=20] [--cold-starts=3] [--peer-dir=DIR]
# Never part of `mvn verify`. Everything listens on loopback; every process started is stopped at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

mvn -B -q ${MVN_OFFLINE:+-o} package -DskipTests -pl reference-server,benchmark -am

peer_dir="${PEER_DIR:-${TMPDIR:-/tmp}/mcpauth-bench-peer}"
for a in "$@"; do case "$a" in --peer-dir=*) peer_dir="${a#--peer-dir=}";; esac; done
if [ ! -f "$peer_dir/node_modules/@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js" ]; then
  # a scratch folder outside the repository
  peer_dir="${TMPDIR:-/tmp}/mcpauth-bench-peer"
  mkdir -p "$peer_dir"
  (cd "$peer_dir" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent @modelcontextprotocol/sdk)
fi
case "$peer_dir" in "$repo"*) echo "peer folder must be outside the repository" >&2; exit 2;; esac

args=()
for a in "$@"; do case "$a" in --peer-dir=*) ;; *) args+=("$a");; esac; done
exec java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar \
  --server-jar=reference-server/target/reference-server-0.1.0-SNAPSHOT-exec.jar \
  --peer-dir="$peer_dir" ${args[@]+"${args[@]}"}
