package dev.mcpauth.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.discovery.AuthorizationServerDiscovery;
import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.discovery.ProtectedResourceDiscovery;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.client.token.TokenSource;

/**
 * The way from an MCP server URL to a token source: probe without a token, read the 401 challenge, fetch the
 * protected resource metadata, take its first authorization server, fetch that server's metadata, choose the grant.
 */
public final class McpAuthorization {

    static final String OFFLINE_ACCESS = "offline_access";

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
        return Optional.of(fromChallenges(settings, http, resources, challenges.get()));
    }

    /**
     * The token source for a server that asked for a token later than the probe (it let {@code initialize} through
     * and answered 401 to a later request), from the challenges of that 401.
     */
    public static TokenSource fromChallenges(ClientSettings settings, List<String> challenges) {
        OAuthHttp http = new OAuthHttp(settings.narrator());
        settings.narrator().step("the server asked for authorization after initialize; discovering from that 401");
        return fromChallenges(settings, http, new ProtectedResourceDiscovery(http), challenges);
    }

    private static TokenSource fromChallenges(ClientSettings settings, OAuthHttp http,
                                              ProtectedResourceDiscovery resources, List<String> challenges) {
        return forResource(settings, http, protectedResource(settings, resources, challenges));
    }

    /**
     * The protected resource metadata the challenges lead to; with {@code --legacy-discovery}, a server that has
     * none is taken to be its own authorization server at its origin (MCP 2025-03-26).
     */
    static ProtectedResource protectedResource(ClientSettings settings, ProtectedResourceDiscovery resources,
                                               List<String> challenges) {
        return resources.discover(settings.serverUrl(), challenges, settings.legacyDiscovery());
    }

    /**
     * The token source for the first authorization server the accepted resource metadata lists. Tokens are asked
     * for the {@code resource} that metadata names (it was checked to identify the server), so the client asks for
     * the identifier it validated.
     */
    static TokenSource forResource(ClientSettings settings, OAuthHttp http, ProtectedResource resource) {
        return forResource(settings, http, resource, metadata -> new ClientIdentities(http,
                new CredentialStore(settings.credentialsFile()), settings.client(), settings.metadataDocument()));
    }

    /** As {@link #forResource(ClientSettings, OAuthHttp, ProtectedResource)}, with the client's identities given. */
    public static TokenSource forResource(ClientSettings settings, OAuthHttp http, ProtectedResource resource,
                                          Function<AuthorizationServerMetadata, ClientIdentities> identitiesAt) {
        String issuer = resource.authorizationServers().get(0);
        settings.narrator().step("authorization server: " + issuer + " (the first one the metadata lists)");
        AuthorizationServerMetadata metadata = new AuthorizationServerDiscovery(http)
                .discover(issuer, settings.legacyDiscovery());
        ClientIdentities identities = identitiesAt.apply(metadata);
        GrantType grant = TokenSource.choose(chooseGrant(settings, identities, metadata), metadata,
                settings.client().secret().isPresent() || settings.client().privateKey().isPresent(), http);
        Optional<Scope> scope = chooseScope(settings, resource).map(Scope::parse)
                .map(chosen -> withOfflineAccess(settings.narrator(), chosen, grant, metadata));
        return new TokenSource(http, metadata, identities, URI.create(resource.resource()), grant,
                scope.orElse(null), settings.opener(), settings.redirectTimeout());
    }

    /**
     * Adds {@code offline_access} for the authorization code grant when the authorization server lists it in its
     * {@code scopes_supported} (MCP 2026-07-28, "Refresh Tokens": a MAY, and only then); never otherwise.
     */
    private static Scope withOfflineAccess(Narrator narrator, Scope scope, GrantType grant,
                                           AuthorizationServerMetadata metadata) {
        Scope.Value offline = new Scope.Value(OFFLINE_ACCESS);
        if (!grant.equals(GrantType.AUTHORIZATION_CODE) || scope.contains(offline) || metadata.getScopes() == null
                || !metadata.getScopes().contains(offline)) {
            return scope;
        }
        narrator.step("  adding offline_access: the authorization server lists it (a refresh token is welcome, "
                + "never assumed)");
        Scope extended = new Scope(scope);
        extended.add(offline);
        return extended;
    }

    /** A client named by its metadata document is public: AUTO then means the authorization code grant. */
    private static GrantChoice chooseGrant(ClientSettings settings, ClientIdentities identities,
                                           AuthorizationServerMetadata metadata) {
        if (settings.grant() == GrantChoice.AUTO && identities.usesMetadataDocument(metadata)) {
            settings.narrator().step("the client will name itself by its metadata document, a public client: "
                    + "the authorization code grant");
            return GrantChoice.AUTHORIZATION_CODE;
        }
        return settings.grant();
    }

    /**
     * The user's scope, else the 401 challenge's, else every scope of the resource's {@code scopes_supported}, else
     * none (the authorization server's default): the MCP spec's scope selection order (2025-11-25).
     */
    private static Optional<String> chooseScope(ClientSettings settings, ProtectedResource resource) {
        Narrator narrator = settings.narrator();
        if (settings.scope().isPresent()) {
            narrator.step("scope to ask for: " + settings.scope().get() + " (given by the user)");
            return settings.scope();
        }
        if (resource.challengeScope().isPresent()) {
            narrator.step("scope to ask for: " + resource.challengeScope().get() + " (from the 401 challenge)");
            return resource.challengeScope();
        }
        if (!resource.scopesSupported().isEmpty()) {
            String all = String.join(" ", resource.scopesSupported());
            narrator.step("scope to ask for: " + all + " (scopes_supported of the protected resource metadata)");
            return Optional.of(all);
        }
        narrator.step("no scope named by the challenge or the metadata: asking for none (the server's default)");
        return Optional.empty();
    }
}
