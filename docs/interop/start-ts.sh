#!/bin/bash
# Start the MCP TypeScript SDK v2 stack in the background: MCP server on <port>, oidc-provider on <port+1>.
# Usage: start-ts.sh <port>     OFFLINE_ACCESS=1 adds offline_access (refresh tokens; refresh_token registrations accepted).
# Needs setup.sh run first; INTEROP_DIR as there (default /tmp/mcp-interop). PID in $INTEROP_DIR/run/ts-<port>.pid.
set -e
PORT=${1:?port}
SRC=$(cd "$(dirname "$0")" && pwd)
D=${INTEROP_DIR:-/tmp/mcp-interop}
mkdir -p "$D/run"
cp "$SRC/ts_sdk_oidc_server.mjs" "$D/ts/server.mjs"   # ESM resolves packages next to the file
cd "$D/ts"
nohup "$D/conformance-cli/node_modules/.bin/node" server.mjs "$PORT" > "$D/run/ts-$PORT.log" 2>&1 &
echo $! > "$D/run/ts-$PORT.pid"
for i in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/.well-known/oauth-protected-resource/mcp" && break; sleep 0.25; done
echo "ts stack: MCP http://127.0.0.1:$PORT/mcp, AS http://127.0.0.1:$((PORT+1)) pid $(cat "$D/run/ts-$PORT.pid") log $D/run/ts-$PORT.log"
