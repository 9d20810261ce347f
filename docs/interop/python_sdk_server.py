"""MCP Python SDK 2.3.0 server with its built-in authorization server, for cross-checks.

An in-memory OAuthAuthorizationServerProvider that approves every authorization request at once
(redirects straight back with a code), with dynamic registration enabled, one tool `echo`,
Streamable HTTP at /mcp. Issuer and resource are http://127.0.0.1:<port>.

Usage: python python_sdk_server.py <port>
Env:   VALIDATE_TOKEN_RESOURCE=1  sets AuthSettings.validate_token_resource=True (default: unset, as the
       SDK's own default, which warns and does not check the token's resource).
"""

import secrets
import sys
import time
import os

from mcp.server.auth.provider import (
    AccessToken,
    AuthorizationCode,
    AuthorizationParams,
    RefreshToken,
    construct_redirect_uri,
)
from mcp.server.auth.settings import AuthSettings, ClientRegistrationOptions, RevocationOptions
from mcp.server.mcpserver import MCPServer
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken

SCOPES = ["mcp:tools", "mcp:read"]
ACCESS_TTL = 3600


class AutoApprovingProvider:
    """Everything in memory; approves every authorization request for the fixed user `alice`."""

    def __init__(self) -> None:
        self.clients: dict[str, OAuthClientInformationFull] = {}
        self.codes: dict[str, AuthorizationCode] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        return self.clients.get(client_id)

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        self.clients[client_info.client_id] = client_info

    async def authorize(self, client: OAuthClientInformationFull, params: AuthorizationParams) -> str:
        code = secrets.token_urlsafe(32)
        self.codes[code] = AuthorizationCode(
            code=code,
            # no scope asked: the scope the client registered (RFC 6749 §3.3 lets the server pick a default)
            scopes=params.scopes if params.scopes is not None else (client.scope or "").split(),
            expires_at=time.time() + 300,
            client_id=client.client_id,
            code_challenge=params.code_challenge,
            redirect_uri=params.redirect_uri,
            redirect_uri_provided_explicitly=params.redirect_uri_provided_explicitly,
            resource=params.resource,
            subject="alice",
        )
        return construct_redirect_uri(str(params.redirect_uri), code=code, state=params.state)

    async def load_authorization_code(self, client: OAuthClientInformationFull, authorization_code: str):
        code = self.codes.get(authorization_code)
        if code is None or code.client_id != client.client_id:
            return None
        return code

    async def exchange_authorization_code(self, client: OAuthClientInformationFull, authorization_code) -> OAuthToken:
        self.codes.pop(authorization_code.code, None)
        return self._issue(client.client_id, authorization_code.scopes, authorization_code.resource,
                           authorization_code.subject)

    async def load_refresh_token(self, client: OAuthClientInformationFull, refresh_token: str):
        token = self.refresh_tokens.get(refresh_token)
        if token is None or token.client_id != client.client_id:
            return None
        return token

    async def exchange_refresh_token(self, client: OAuthClientInformationFull, refresh_token, scopes: list[str]) -> OAuthToken:
        self.refresh_tokens.pop(refresh_token.token, None)
        return self._issue(client.client_id, scopes, refresh_token.resource, refresh_token.subject)

    async def load_access_token(self, token: str):
        access = self.access_tokens.get(token)
        if access is None or (access.expires_at is not None and access.expires_at < time.time()):
            return None
        return access

    async def revoke_token(self, token) -> None:
        self.access_tokens.pop(token.token, None)
        self.refresh_tokens.pop(token.token, None)

    def _issue(self, client_id: str, scopes: list[str], resource: str | None, subject: str | None) -> OAuthToken:
        access = secrets.token_urlsafe(32)
        refresh = secrets.token_urlsafe(32)
        expires_at = int(time.time()) + ACCESS_TTL
        self.access_tokens[access] = AccessToken(token=access, client_id=client_id, scopes=scopes,
                                                 expires_at=expires_at, resource=resource, subject=subject)
        self.refresh_tokens[refresh] = RefreshToken(token=refresh, client_id=client_id, scopes=scopes,
                                                    resource=resource, subject=subject)
        return OAuthToken(access_token=access, token_type="Bearer", expires_in=ACCESS_TTL,
                          scope=" ".join(scopes) if scopes else None, refresh_token=refresh)


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8701
    base = f"http://127.0.0.1:{port}"
    validate = os.environ.get("VALIDATE_TOKEN_RESOURCE") == "1"
    auth = AuthSettings(
        issuer_url=base,
        resource_server_url=f"{base}/mcp",
        client_registration_options=ClientRegistrationOptions(enabled=True, valid_scopes=SCOPES,
                                                              default_scopes=["mcp:tools"]),
        revocation_options=RevocationOptions(enabled=True),
        required_scopes=["mcp:tools"],
        **({"validate_token_resource": True} if validate else {}),
    )
    server = MCPServer(name="python-sdk-interop", version="2.3.0-interop",
                       auth_server_provider=AutoApprovingProvider(), auth=auth)

    @server.tool()
    def echo(text: str) -> str:
        """Echo the text back."""
        return text

    server.run("streamable-http", host="127.0.0.1", port=port, streamable_http_path="/mcp")


if __name__ == "__main__":
    main()
