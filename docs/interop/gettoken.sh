#!/bin/bash
# Prints an access token for an MCP + AS stack (public client, auto-approved code flow, scope $SCOPE or mcp:tools).
# Usage: gettoken.sh <as-base> <mcp-url>
SCOPE=${SCOPE:-mcp:tools} "$(dirname "$0")/flowcheck.sh" "$@" 2>/dev/null | sed -n 's/^token: //p' \
    | python3 -c 'import sys,json;print(json.loads(sys.stdin.read())["access_token"])'
