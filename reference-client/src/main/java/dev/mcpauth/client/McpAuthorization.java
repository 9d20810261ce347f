package dev.mcpauth.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.discovery.AuthorizationServerDiscovery;
import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.discovery.ProtectedResourceDiscovery;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.TokenSource;

/**
 * The way from an MCP server URL to a token source: probe without a token, read the 401 challenge, fetch the
 * protected resource metadata, take its first authorization server, fetch that server's metadata, choose the grant.
 */
public final class McpAuthorization {

    private McpAuthorization() {
    }

    /** The token source for the server, or empty when the server answers without asking for a token. */
    public static Optional<TokenSource> discover(ClientSettings settings) {
        OAuthHttp http = new OAuthHttp(settings.narrator());
        ProtectedResourceDiscovery resources = new ProtectedResourceDiscovery(http);
        Optional<List<String>> challenges = resources.probe(settings.serverUrl());
        if (challenges.isEmpty()) {
            return Optional.empty();
        }
        ProtectedResource resource = resources.discover(settings.serverUrl(), challenges.get());
        String issuer = resource.authorizationServers().get(0);
        settings.narrator().step("authorization server: " + issuer + " (the first one the metadata lists)");
        AuthorizationServerMetadata metadata = new AuthorizationServerDiscovery(http).discover(issuer);
        boolean hasCredentials = settings.client().secret().isPresent() || settings.client().privateKey().isPresent();
        GrantType grant = TokenSource.choose(settings.grant(), metadata, hasCredentials, http);
        Optional<String> scope = settings.scope().or(resource::challengeScope);
        scope.ifPresent(value -> settings.narrator().step("scope to ask for: " + value
                + (settings.scope().isPresent() ? " (given by the user)" : " (from the 401 challenge)")));
        ClientIdentities identities = new ClientIdentities(http, new CredentialStore(settings.credentialsFile()),
                settings.client());
        return Optional.of(new TokenSource(http, metadata, identities, URI.create(settings.serverUrl()), grant,
                scope.map(Scope::parse).orElse(null), settings.opener(), settings.redirectTimeout()));
    }
}
