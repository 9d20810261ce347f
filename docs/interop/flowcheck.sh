#!/bin/bash
# Quick end-to-end check of an MCP + AS stack: register, authorize (auto-approved), token, tools/call.
set -o pipefail
# Usage: flowcheck.sh <as-base> <mcp-url>
AS=$1; MCP=$2; CB=http://127.0.0.1:9/cb
META=$(curl -sf $AS/.well-known/oauth-authorization-server || true)
[ -z "$META" ] && META=$(curl -s $AS/.well-known/openid-configuration)
REG=$(echo "$META" | python3 -c 'import sys,json;print(json.load(sys.stdin)["registration_endpoint"])')
AUTHZ=$(echo "$META" | python3 -c 'import sys,json;print(json.load(sys.stdin)["authorization_endpoint"])')
TOK=$(echo "$META" | python3 -c 'import sys,json;print(json.load(sys.stdin)["token_endpoint"])')
C=$(curl -s -X POST $REG -H 'content-type: application/json' -d "{\"redirect_uris\":[\"$CB\"],\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\"],\"response_types\":[\"code\"]${SCOPE:+,\"scope\":\"$SCOPE\"}}")
echo "register: $C"
CID=$(echo "$C" | python3 -c 'import sys,json;print(json.load(sys.stdin)["client_id"])')
V=$(python3 -c 'import secrets;print(secrets.token_urlsafe(48))')
CH=$(python3 -c "import hashlib,base64;print(base64.urlsafe_b64encode(hashlib.sha256(b'$V').digest()).rstrip(b'=').decode())")
RES=${RESOURCE:-$MCP}
ENC=$(python3 -c "import urllib.parse;print(urllib.parse.quote('$RES',safe=''))")
URL="$AUTHZ?response_type=code&client_id=$CID&redirect_uri=$(python3 -c "import urllib.parse;print(urllib.parse.quote('$CB',safe=''))")&code_challenge=$CH&code_challenge_method=S256&state=xyz&resource=$ENC${SCOPE:+&scope=$SCOPE}"
JAR=$(mktemp); LOC=$URL
for i in $(seq 1 10); do
  LOC2=$(curl -s -c $JAR -b $JAR -o /dev/null -w '%{redirect_url}' "$LOC")
  [ -z "$LOC2" ] && { echo "no redirect from $LOC"; break; }
  LOC=$LOC2; case "$LOC" in $CB*) break;; esac
done
echo "redirect: $LOC"
CODE=$(python3 -c "import urllib.parse,sys;print(urllib.parse.parse_qs(urllib.parse.urlparse('$LOC').query)['code'][0])")
T=$(curl -s -X POST $TOK -d grant_type=authorization_code -d code=$CODE -d client_id=$CID -d redirect_uri=$CB -d code_verifier=$V --data-urlencode resource=$RES)
echo "token: $T"
AT=$(echo "$T" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
curl -s -i -X POST $MCP -H "authorization: Bearer $AT" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' \
  -d '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}' | head -20
