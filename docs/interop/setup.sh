#!/bin/bash
# Installs what the cross-check stacks need into $INTEROP_DIR (default /tmp/mcp-interop):
#   py/            virtualenv with mcp==2.3.0 (MCP Python SDK)
#   conformance-cli/  Node 22 + @modelcontextprotocol/conformance@0.2.0-alpha.12
#   ts/            MCP TypeScript SDK v2 + oidc-provider + jose + express (run with the Node 22 above)
set -e
D=${INTEROP_DIR:-/tmp/mcp-interop}
mkdir -p "$D/run" "$D/ts" "$D/conformance-cli"
[ -x "$D/py/bin/python" ] || python3 -m venv "$D/py"
"$D/py/bin/pip" install -q --retries 0 mcp==2.3.0
(cd "$D/conformance-cli" && [ -f package.json ] || npm init -y >/dev/null)
(cd "$D/conformance-cli" && npm install --no-audit --no-fund node@22 @modelcontextprotocol/conformance@0.2.0-alpha.12)
(cd "$D/ts" && [ -f package.json ] || npm init -y >/dev/null)
(cd "$D/ts" && npm install --no-audit --no-fund @modelcontextprotocol/server@2.4.0 @modelcontextprotocol/express@2.0.2 \
    @modelcontextprotocol/node@2.1.2 oidc-provider@9.13.3 jose express zod)
echo "installed into $D"
