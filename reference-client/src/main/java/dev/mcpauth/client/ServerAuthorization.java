package dev.mcpauth.client;

import java.util.List;
import java.util.Optional;

import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.discovery.ProtectedResourceDiscovery;
import dev.mcpauth.client.mcp.RequestAuthorization;
import dev.mcpauth.client.token.TokenSet;
import dev.mcpauth.client.token.TokenSource;

/**
 * The authorization of one MCP server, whatever revision the wire speaks. Requests go without a token until the
 * server answers 401; every 401 sends the client back to the protected resource metadata its challenge names, so
 * that a server that moved to another authorization server is followed there: credentials and tokens are kept per
 * issuer and never presented to another authorization server, which gets a registration of its own (MCP
 * 2026-07-28, client registration "Authorization Server Binding"). A 403 {@code insufficient_scope} steps up at the
 * current authorization server.
 */
public final class ServerAuthorization implements RequestAuthorization {

    private final ClientSettings settings;
    private final OAuthHttp http;
    private final ProtectedResourceDiscovery resources;
    private final TokenSources tokenSources;
    private TokenSource current;

    public ServerAuthorization(ClientSettings settings) {
        this(settings, (resource, http) -> McpAuthorization.forResource(settings, http, resource));
    }

    /** With the way a token source is built for the authorization server an accepted resource metadata names. */
    public ServerAuthorization(ClientSettings settings, TokenSources tokenSources) {
        this.settings = settings;
        this.http = new OAuthHttp(settings.narrator());
        this.resources = new ProtectedResourceDiscovery(http);
        this.tokenSources = tokenSources;
    }

    /** Builds the token source for the first authorization server of an accepted protected resource metadata. */
    @FunctionalInterface
    public interface TokenSources {
        TokenSource forResource(ProtectedResource resource, OAuthHttp http);
    }

    @Override
    public synchronized Optional<String> accessToken() {
        return current == null ? Optional.empty() : Optional.of(current.accessToken());
    }

    /** The current tokens, if the server asked for authorization. */
    public synchronized Optional<TokenSet> tokens() {
        return Optional.ofNullable(current).map(TokenSource::tokens);
    }

    @Override
    public synchronized boolean onRefused(int status, String sentToken, List<String> challenges) {
        if (status != 401) {
            return current != null && current.onRefused(status, sentToken, challenges);
        }
        if (current != null && sentToken != null && !current.accessToken().equals(sentToken)) {
            return true; // a newer token exists already
        }
        ProtectedResource resource = McpAuthorization.protectedResource(settings, resources, challenges);
        String issuer = resource.authorizationServers().get(0);
        if (current != null && current.issuer().equals(issuer)) {
            return current.onRefused(status, sentToken, challenges);
        }
        if (current != null) {
            settings.narrator().step("the resource metadata now names the authorization server " + issuer
                    + " instead of " + current.issuer() + ": its credentials stay with " + current.issuer()
                    + " (MCP 2026-07-28, Authorization Server Binding)");
            if (settings.client().isPresent()) {
                throw new AuthorizationFailure("the server now names the authorization server " + issuer
                        + ", but the pre-registered client " + settings.client().clientId().orElseThrow()
                        + " belongs to " + current.issuer() + "; pre-registered credentials are not sent to "
                        + "another authorization server: register the client there and give its id");
            }
        }
        current = tokenSources.forResource(resource, http);
        current.accessToken();
        return true;
    }
}
