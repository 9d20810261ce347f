package dev.mcpauth.client.token;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.registration.ClientIdentity;

/**
 * The access token for one MCP server: obtained on first use with the chosen grant, refreshed shortly before it
 * expires and when the server rejects it (401), and replaced by one with the union of scopes when the server
 * answers 403 {@code insufficient_scope} (at most {@value #MAX_STEP_UPS} times). An {@code invalid_client} answer
 * for a stored or registered client leads to exactly one re-registration.
 */
public final class TokenSource {

    static final int MAX_STEP_UPS = 2;
    private static final long REFRESH_MARGIN_SECONDS = 30;

    private final OAuthHttp http;
    private final AuthorizationServerMetadata metadata;
    private final ClientIdentities identities;
    private final TokenEndpoint tokenEndpoint;
    private final URI resource;
    private final GrantType grant;
    private final AuthorizationUrlOpener opener;
    private final Duration redirectTimeout;

    private Scope requestedScope;
    private ClientIdentity identity;
    private TokenSet current;
    private String renewedAfterRejection;
    private int stepUps;

    public TokenSource(OAuthHttp http, AuthorizationServerMetadata metadata, ClientIdentities identities, URI resource,
                       GrantType grant, Scope scope, AuthorizationUrlOpener opener, Duration redirectTimeout) {
        this.http = http;
        this.metadata = metadata;
        this.identities = identities;
        this.tokenEndpoint = new TokenEndpoint(http, metadata, resource);
        this.resource = resource;
        this.grant = grant;
        this.requestedScope = scope;
        this.opener = opener;
        this.redirectTimeout = redirectTimeout;
    }

    /** The issuer of the authorization server this source gets its tokens from. */
    public String issuer() {
        return metadata.getIssuer().getValue();
    }

    /**
     * The MCP server refused a request that carried {@code rejectedToken} with {@code status} and these
     * {@code WWW-Authenticate} values: a 401 renews the token, a 403 {@code insufficient_scope} steps up. Answers
     * whether the request is worth retrying.
     */
    public boolean onRefused(int status, String rejectedToken, List<String> challenges) {
        Optional<AuthenticationChallenge> bearer = challenges.stream()
                .flatMap(value -> AuthenticationChallenge.parse(value).stream())
                .filter(AuthenticationChallenge::isBearer).findFirst();
        if (status == 401) {
            return onUnauthorized(rejectedToken);
        }
        if (status == 403 && bearer.flatMap(c -> c.parameter("error")).filter("insufficient_scope"::equals)
                .isPresent()) {
            return onInsufficientScope(rejectedToken, bearer.flatMap(c -> c.parameter("scope")).orElse(null));
        }
        return false;
    }

    /** The access token to send now; gets or refreshes one first when needed. */
    public synchronized String accessToken() {
        if (current == null) {
            current = obtain(requestedScope);
        } else if (current.expiresWithin(REFRESH_MARGIN_SECONDS)) {
            http.narrator().step("the access token expires within " + REFRESH_MARGIN_SECONDS + " s: renewing it");
            current = refreshOrObtain();
        }
        return current.accessToken().getValue();
    }

    /** The current tokens, obtaining them first if needed. */
    public synchronized TokenSet tokens() {
        accessToken();
        return current;
    }

    /**
     * The server answered 401 to a request that carried {@code rejectedToken}. Answers whether the request is worth
     * retrying: yes when a newer token exists or one could be got; no when a token just renewed for this reason
     * was rejected again.
     */
    public synchronized boolean onUnauthorized(String rejectedToken) {
        if (current != null && !current.accessToken().getValue().equals(rejectedToken)) {
            return true;
        }
        if (rejectedToken != null && rejectedToken.equals(renewedAfterRejection)) {
            http.narrator().step("the server rejected a token renewed after a 401 as well: giving up");
            return false;
        }
        http.narrator().step("the server answered 401 to the token: renewing it (refresh, else a new grant)");
        current = current == null ? obtain(requestedScope) : refreshOrObtain();
        renewedAfterRejection = current.accessToken().getValue();
        return true;
    }

    /**
     * The server answered 403 {@code insufficient_scope} naming {@code neededScope}. Asks for the union of the
     * current and the needed scopes, at most {@value #MAX_STEP_UPS} times; answers whether to retry.
     */
    public synchronized boolean onInsufficientScope(String rejectedToken, String neededScope) {
        if (current != null && !current.accessToken().getValue().equals(rejectedToken)) {
            return true;
        }
        Set<String> union = new LinkedHashSet<>();
        Scope held = current == null ? requestedScope : current.scope() != null ? current.scope() : requestedScope;
        if (held != null) {
            union.addAll(held.toStringList());
        }
        if (neededScope != null) {
            union.addAll(Scope.parse(neededScope).toStringList());
        }
        if (held != null && held.toStringList().containsAll(union)) {
            http.narrator().step("403 insufficient_scope, but the token already has every scope the server names ("
                    + held + "): not asking again");
            return false;
        }
        if (stepUps >= MAX_STEP_UPS) {
            http.narrator().step("403 insufficient_scope again after " + MAX_STEP_UPS + " step-ups: giving up");
            return false;
        }
        stepUps++;
        requestedScope = new Scope(union.toArray(String[]::new));
        http.narrator().step("403 insufficient_scope: asking for the union of scopes " + requestedScope
                + " (step-up " + stepUps + " of at most " + MAX_STEP_UPS + ")");
        current = obtain(requestedScope);
        return true;
    }

    private TokenSet refreshOrObtain() {
        if (current != null && current.refreshToken() != null) {
            try {
                http.narrator().step("refreshing the access token (OAuth 2.1 §4.3)");
                TokenSet refreshed = tokenEndpoint.request(new RefreshTokenGrant(current.refreshToken()), identity,
                        null);
                return refreshed.refreshToken() != null ? refreshed : new TokenSet(refreshed.accessToken(),
                        current.refreshToken(), refreshed.expiresAt(), refreshed.scope());
            } catch (TokenErrorException e) {
                http.narrator().step("  refresh refused (" + e.code() + "): getting a new grant");
            }
        }
        return obtain(requestedScope);
    }

    private TokenSet obtain(Scope scope) {
        if (grant.equals(GrantType.AUTHORIZATION_CODE)) {
            AuthorizationCodeFlow.requireUsableServer(metadata); // before registering or opening anything
        }
        if (identity == null) {
            identity = resolveIdentity(false);
        }
        try {
            return runGrant(scope);
        } catch (TokenErrorException e) {
            if (!"invalid_client".equals(e.code())) {
                throw e;
            }
            identity = resolveIdentity(true);
            return runGrant(scope);
        }
    }

    /** The identity to use; {@code again} after an invalid_client answer, which allows one re-registration. */
    private ClientIdentity resolveIdentity(boolean again) {
        if (!grant.equals(GrantType.AUTHORIZATION_CODE)) {
            return again ? identities.reRegister(metadata, identity, grant, null)
                    : identities.resolve(metadata, grant, null);
        }
        try (LoopbackRedirectListener probe = LoopbackRedirectListener.start(0)) {
            return again ? identities.reRegister(metadata, identity, grant, probe.redirectUri())
                    : identities.resolve(metadata, grant, probe.redirectUri());
        }
    }

    private TokenSet runGrant(Scope scope) {
        if (!grant.equals(GrantType.AUTHORIZATION_CODE)) {
            return tokenEndpoint.request(new ClientCredentialsGrant(), identity, scope);
        }
        int port = identity.redirectUris().stream().filter(uri -> "127.0.0.1".equals(uri.getHost()))
                .mapToInt(URI::getPort).filter(p -> p > 0).findFirst().orElse(0);
        try (LoopbackRedirectListener listener = LoopbackRedirectListener.start(port)) {
            return new AuthorizationCodeFlow(http.narrator(), metadata, resource, opener, redirectTimeout)
                    .run(identity, listener, scope, tokenEndpoint);
        }
    }

    /** The grant to use: the user's choice, or for AUTO what the credentials and the metadata allow. */
    public static GrantType choose(GrantChoice choice, AuthorizationServerMetadata metadata, boolean hasCredentials,
                                   OAuthHttp http) {
        GrantType chosen = switch (choice) {
            case CLIENT_CREDENTIALS -> GrantType.CLIENT_CREDENTIALS;
            case AUTHORIZATION_CODE -> GrantType.AUTHORIZATION_CODE;
            case AUTO -> {
                boolean advertised = metadata.getGrantTypes() != null
                        && metadata.getGrantTypes().contains(GrantType.CLIENT_CREDENTIALS);
                yield advertised || hasCredentials && metadata.getGrantTypes() == null
                        ? GrantType.CLIENT_CREDENTIALS : GrantType.AUTHORIZATION_CODE;
            }
        };
        if (metadata.getGrantTypes() != null && !metadata.getGrantTypes().contains(chosen)) {
            throw new AuthorizationFailure("the authorization server does not advertise the " + chosen
                    + " grant (grant_types_supported " + metadata.getGrantTypes() + ")");
        }
        http.narrator().step("grant: " + chosen + (choice == GrantChoice.AUTO ? " (chosen from the metadata)" : ""));
        return chosen;
    }
}
