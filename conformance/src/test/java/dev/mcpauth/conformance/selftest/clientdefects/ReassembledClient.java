package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.AuthorizationServerDiscovery;
import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.discovery.ProtectedResourceDiscovery;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.TokenSource;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * The reference client's authorization put together from its library parts as {@code McpAuthorization} does it,
 * one method per step, so that a test double replaces exactly the step it makes defective.
 */
abstract class ReassembledClient extends ReferenceClientInProcess {

    /** The 2025 path taken apart: the probe, the authorization, then the 2025 session. */
    @Override
    protected void connectAndListTools(ClientSettings settings) {
        useMcp(settings, authorize(settings));
    }

    @Override
    protected Optional<TokenSource> authorize(ClientSettings settings) {
        OAuthHttp http = new OAuthHttp(settings.narrator());
        Optional<List<String>> challenges = new ProtectedResourceDiscovery(http).probe(settings.serverUrl());
        if (challenges.isEmpty()) {
            return Optional.empty();
        }
        ProtectedResource resource = protectedResource(http, settings.serverUrl(), challenges.get());
        AuthorizationServerMetadata metadata = serverMetadata(http, settings.serverUrl(),
                resource.authorizationServers().get(0));
        GrantType grant = TokenSource.choose(settings.grant(), metadata, settings.client().secret().isPresent(),
                http);
        Scope scope = resource.challengeScope().map(Scope::parse).orElse(resource.scopesSupported().isEmpty()
                ? null : new Scope(resource.scopesSupported().toArray(String[]::new)));
        return Optional.of(tokenSource(settings, http, metadata, identities(settings, http, metadata), grant,
                scope));
    }

    /** The token source for the chosen grant and scope. */
    protected TokenSource tokenSource(ClientSettings settings, OAuthHttp http, AuthorizationServerMetadata metadata,
                                      ClientIdentities identities, GrantType grant, Scope scope) {
        return new TokenSource(http, metadata, identities, URI.create(settings.serverUrl()), grant, scope,
                settings.opener(), settings.redirectTimeout());
    }

    /** The protected resource metadata, from the challenges of the server's 401. */
    protected ProtectedResource protectedResource(OAuthHttp http, String serverUrl, List<String> challenges) {
        return new ProtectedResourceDiscovery(http).discover(serverUrl, challenges);
    }

    /** The metadata of the authorization server the resource metadata names first. */
    protected AuthorizationServerMetadata serverMetadata(OAuthHttp http, String serverUrl, String issuer) {
        return new AuthorizationServerDiscovery(http).discover(issuer);
    }

    /** Where the client's identity at that authorization server comes from. */
    protected ClientIdentities identities(ClientSettings settings, OAuthHttp http,
                                          AuthorizationServerMetadata metadata) {
        return new ClientIdentities(http, new CredentialStore(settings.credentialsFile()), settings.client(),
                settings.metadataDocument());
    }
}
