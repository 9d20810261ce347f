package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.discovery.ProtectedResourceDiscovery;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.TokenSource;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * The reference client's discovery, put together from its library parts, but taking the authorization server
 * metadata as it comes: subclasses decide what else they skip.
 */
abstract class LenientDiscovery extends ReferenceClientInProcess {

    /** What the defect changes in the metadata before the client uses it. */
    protected abstract void adjust(AuthorizationServerMetadata metadata);

    @Override
    protected Optional<TokenSource> authorize(ClientSettings settings) {
        OAuthHttp http = new OAuthHttp(settings.narrator());
        ProtectedResourceDiscovery resources = new ProtectedResourceDiscovery(http);
        Optional<List<String>> challenges = resources.probe(settings.serverUrl());
        if (challenges.isEmpty()) {
            return Optional.empty();
        }
        ProtectedResource resource = resources.discover(settings.serverUrl(), challenges.get());
        String issuer = resource.authorizationServers().get(0);
        AuthorizationServerMetadata metadata;
        try {
            String url = WellKnownUrls.authorizationServerMetadata(issuer).get(0);
            metadata = AuthorizationServerMetadata.parse(JSONObjectUtils.parse(
                    http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(url)), "metadata").getBody()));
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new IllegalStateException(e);
        }
        adjust(metadata);
        GrantType grant = TokenSource.choose(settings.grant(), metadata, settings.client().isPresent(), http);
        Scope scope = resource.challengeScope().map(Scope::parse).orElse(resource.scopesSupported().isEmpty()
                ? null : new Scope(resource.scopesSupported().toArray(String[]::new)));
        ClientIdentities identities = new ClientIdentities(http, new CredentialStore(settings.credentialsFile()),
                settings.client(), settings.metadataDocument());
        return Optional.of(new TokenSource(http, metadata, identities, URI.create(settings.serverUrl()), grant, scope,
                settings.opener(), settings.redirectTimeout()));
    }
}
