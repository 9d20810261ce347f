#!/bin/bash
# Stop the TypeScript stack started by start-ts.sh <port>.
PORT=${1:?port}
F=${INTEROP_DIR:-/tmp/mcp-interop}/run/ts-$PORT.pid
[ -f "$F" ] && kill "$(cat "$F")" 2>/dev/null; rm -f "$F"; echo "stopped ts stack on $PORT"
