#!/usr/bin/env bash
# Load benchmark: the reference server side by side with the MCP TypeScript SDK 1.x example OAuth server and the
# TypeScript SDK v2 with oidc-provider (docs/interop/ts_sdk_oidc_server.mjs).
# Usage: benchmark/run.sh [--concurrency=64] [--warmup=10] [--duration=20] [--cold-starts=3]
#                         [--peer-dir=DIR] [--peer-v2-dir=DIR] [--server-java-options="…"] [--cds=false]
# Never part of `mvn verify`. Everything listens on loopback; every process started is stopped at the end.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

# The peers' pinned versions (a scratch folder outside the repository each, installed when missing).
PEER_V1_PACKAGES=(@modelcontextprotocol/sdk@1.32.2)
PEER_V2_PACKAGES=(@modelcontextprotocol/server@2.4.0 @modelcontextprotocol/express@2.0.2 @modelcontextprotocol/node@2.1.2
  oidc-provider@9.13.3 jose@6.2.19 express@5.3.0 zod@4.6.7 node@22.23.3)

peer_dir="${PEER_DIR:-${TMPDIR:-/tmp}/mcpauth-bench-peer}"
peer_v2_dir="${PEER_V2_DIR:-${TMPDIR:-/tmp}/mcpauth-bench-peer-v2}"
args=()
for a in "$@"; do
  case "$a" in
    --peer-dir=*) peer_dir="${a#--peer-dir=}";;
    --peer-v2-dir=*) peer_v2_dir="${a#--peer-v2-dir=}";;
    *) args+=("$a");;
  esac
done
for d in "$peer_dir" "$peer_v2_dir"; do
  case "$(realpath -m "$d")/" in "$repo"/*) echo "peer folder $d must be outside the repository" >&2; exit 2;; esac
  mkdir -p "$d"
done

install() { # folder, the file that shows it is installed, packages
  local dir="$1" marker="$2"; shift 2
  if [ ! -e "$dir/$marker" ]; then
    (cd "$dir" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent --no-audit --no-fund "$@")
  fi
}
install "$peer_dir" node_modules/@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js \
  "${PEER_V1_PACKAGES[@]}"
install "$peer_v2_dir" node_modules/oidc-provider/package.json "${PEER_V2_PACKAGES[@]}"
# ESM resolves the packages next to the script, so the v2 stack runs from a copy in its folder
cp docs/interop/ts_sdk_oidc_server.mjs "$peer_v2_dir/ts_sdk_oidc_server.mjs"

mvn -B -q ${MVN_OFFLINE:+-o} package -DskipTests -pl reference-server,benchmark -am

exec java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar \
  --server-jar=reference-server/target/reference-server-0.1.0-SNAPSHOT-exec.jar \
  --peer-dir="$peer_dir" --peer-v2-dir="$peer_v2_dir" ${args[@]+"${args[@]}"}
