#!/bin/bash
# Stop the Python stack started by start-python.sh <port>.
PORT=${1:?port}
F=${INTEROP_DIR:-/tmp/mcp-interop}/run/python-$PORT.pid
[ -f "$F" ] && kill "$(cat "$F")" 2>/dev/null; rm -f "$F"; echo "stopped python stack on $PORT"
