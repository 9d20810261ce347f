#!/bin/bash
# Start the MCP Python SDK 2.3.0 stack (MCP server + built-in authorization server on one port).
# Usage: start-python.sh <port>   (VALIDATE_TOKEN_RESOURCE=1 to have the SDK check the token's resource)
set -e
PORT=${1:?port}
D=/work/scratch/interop
nohup $D/py/bin/python /work/wt/interop/docs/interop/python_sdk_server.py "$PORT" > $D/run/python-$PORT.log 2>&1 &
echo $! > $D/run/python-$PORT.pid
for i in $(seq 1 40); do curl -s -o /dev/null http://127.0.0.1:$PORT/.well-known/oauth-authorization-server && break; sleep 0.25; done
echo "python stack on http://127.0.0.1:$PORT/mcp pid $(cat $D/run/python-$PORT.pid) log $D/run/python-$PORT.log"
