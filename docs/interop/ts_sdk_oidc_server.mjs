// MCP TypeScript SDK v2 resource server behind oidc-provider 9.13.3, for cross-checks.
//
// Usage: node ts_sdk_oidc_server.mjs <port>
//   MCP server (Streamable HTTP, /mcp) on 127.0.0.1:<port>, oidc-provider on 127.0.0.1:<port+1>.
// Env:  OFFLINE_ACCESS=1  adds the `offline_access` scope, which makes oidc-provider offer refresh tokens and
//       accept `refresh_token` in registered grant_types (without it, such a registration is refused).
//
// oidc-provider: open dynamic registration, client credentials, resource indicators with JWT access tokens for
// the MCP resource (other resources: invalid_target), PKCE required, and a headless end user: every authorization
// request is logged in as `alice` and consented at once, so /auth redirects straight back with a code (no cookies
// needed). The MCP server verifies the JWTs through oidc-provider's JWKS (jose), audience = the MCP URL.
import express from 'express';
import Provider, { errors, interactionPolicy } from 'oidc-provider';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { McpServer, createMcpHandler, OAuthError, OAuthErrorCode, getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/server';
import { createMcpExpressApp, mcpAuthMetadataRouter, requireBearerAuth } from '@modelcontextprotocol/express';
import { toNodeHandler } from '@modelcontextprotocol/node';
import * as z from 'zod';

const port = Number(process.argv[2] ?? 8711);
const asPort = port + 1;
const MCP_URL = `http://127.0.0.1:${port}/mcp`;
const ISSUER = `http://127.0.0.1:${asPort}`;
const MCP_SCOPES = ['mcp:tools', 'mcp:read'];
const offline = process.env.OFFLINE_ACCESS === '1';

// ---- authorization server -------------------------------------------------------------------------------
const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: 'interop-rs256', alg: 'RS256', use: 'sig' };

// headless: oidc-provider asks native clients for consent every time; this end user never answers, so drop that check
const policy = interactionPolicy.base();
policy.get('consent').checks.remove('native_client_prompt');

const provider = new Provider(ISSUER, {
  jwks: { keys: [signingKey] },
  scopes: ['openid', ...(offline ? ['offline_access'] : []), ...MCP_SCOPES],
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    registration: { enabled: true },
    clientCredentials: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async (ctx, client, oneOf) => oneOf ?? MCP_URL,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (ctx, resource) => {
        if (resource !== MCP_URL) throw new errors.InvalidTarget();
        return { scope: MCP_SCOPES.join(' '), audience: MCP_URL, accessTokenTTL: 3600, accessTokenFormat: 'jwt',
                 jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  // headless consent: a grant holding whatever was asked for (OIDC scopes and every requested resource's scopes)
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    const requested = [...ctx.oidc.requestParamScopes];
    // every scope listed in `scopes` counts as an OP scope for oidc-provider, the MCP ones included
    grant.addOIDCScope(['openid', ...requested].join(' '));
    for (const resource of Object.keys(ctx.oidc.resourceServers ?? {})) {
      grant.addResourceScope(resource, requested.filter((s) => MCP_SCOPES.includes(s)).join(' '));
    }
    await grant.save();
    return grant;
  },
  interactions: { policy, url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});
provider.proxy = false;
// headless login: every browser session belongs to the fixed user alice
const originalSessionGet = provider.Session.get.bind(provider.Session);
provider.Session.get = async (ctx) => {
  const session = await originalSessionGet(ctx);
  if (!session.accountId) session.loginAccount({ accountId: 'alice', loginTs: Math.floor(Date.now() / 1000) });
  return session;
};
provider.on('interaction.started', (ctx, prompt) => console.error('interaction', JSON.stringify(prompt)));
provider.on('server_error', (ctx, err) => console.error('oidc-provider server_error', err));
const asServer = provider.listen(asPort, '127.0.0.1');

// ---- MCP resource server ----------------------------------------------------------------------------------
const jwks = createRemoteJWKSet(new URL(`${ISSUER}/jwks`));
const verifier = {
  async verifyAccessToken(token) {
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: MCP_URL, typ: 'at+jwt' });
      return { token, clientId: payload.client_id, scopes: String(payload.scope ?? '').split(' ').filter(Boolean),
               expiresAt: payload.exp, resource: new URL(MCP_URL), extra: { sub: payload.sub } };
    } catch (e) {
      throw new OAuthError(OAuthErrorCode.InvalidToken, `Invalid token: ${e.code ?? e.message}`);
    }
  },
};

function buildServer() {
  const server = new McpServer({ name: 'ts-sdk-interop', version: '2.4.0-interop' });
  server.registerTool('echo', { description: 'Echo the text back', inputSchema: { text: z.string() } },
    async ({ text }) => ({ content: [{ type: 'text', text }] }));
  return server;
}

const oauthMetadata = await (await fetch(`${ISSUER}/.well-known/openid-configuration`)).json();
const app = createMcpExpressApp({ host: '127.0.0.1' });
app.use(mcpAuthMetadataRouter({ oauthMetadata, resourceServerUrl: new URL(MCP_URL), scopesSupported: ['mcp:tools'],
  resourceName: 'ts-sdk-interop', dangerouslyAllowInsecureIssuerUrl: true }));
const mcpHandler = toNodeHandler(createMcpHandler(buildServer), { onerror: (e) => console.error(e) });
app.all('/mcp',
  requireBearerAuth({ verifier, requiredScopes: ['mcp:tools'],
    resourceMetadataUrl: getOAuthProtectedResourceMetadataUrl(new URL(MCP_URL)) }),
  (req, res) => mcpHandler(req, res, req.body));
const mcpServer = app.listen(port, '127.0.0.1', () =>
  console.log(`MCP ${MCP_URL}  AS ${ISSUER}  offline_access=${offline}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { mcpServer.close(); asServer.close(); process.exit(0); });
}
