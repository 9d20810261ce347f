package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.WellKnownUrls;

/**
 * Defect: before it turns to the authorization server the protected resource metadata names, the client looks for
 * authorization server metadata at the MCP server's own origin, as 2025-03-26 clients did.
 */
public class ServerMetadataLookedUpAtTheMcpOrigin extends ReassembledClient {

    @Override
    protected AuthorizationServerMetadata serverMetadata(OAuthHttp http, String serverUrl, String issuer) {
        http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(WellKnownUrls.origin(URI.create(serverUrl))
                + "/.well-known/oauth-authorization-server")), "authorization server metadata, guessed");
        return super.serverMetadata(http, serverUrl, issuer);
    }
}
