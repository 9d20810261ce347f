#!/bin/bash
# Start the MCP Python SDK 2.3.0 stack (MCP server + its built-in authorization server on one port), in the background.
# Usage: start-python.sh <port>     VALIDATE_TOKEN_RESOURCE=1 makes the SDK check the token's resource.
# Needs setup.sh run first; INTEROP_DIR as there (default /tmp/mcp-interop). PID in $INTEROP_DIR/run/python-<port>.pid.
set -e
PORT=${1:?port}
SRC=$(cd "$(dirname "$0")" && pwd)
D=${INTEROP_DIR:-/tmp/mcp-interop}
mkdir -p "$D/run"
nohup "$D/py/bin/python" "$SRC/python_sdk_server.py" "$PORT" > "$D/run/python-$PORT.log" 2>&1 &
echo $! > "$D/run/python-$PORT.pid"
for i in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$PORT/.well-known/oauth-authorization-server" && break; sleep 0.25; done
echo "python stack: MCP http://127.0.0.1:$PORT/mcp (AS same origin) pid $(cat "$D/run/python-$PORT.pid") log $D/run/python-$PORT.log"
