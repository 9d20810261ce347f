package dev.mcpauth.conformance.token;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.discovery.RequestedScope;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.registration.ClientRegistrations.Registration;
import dev.mcpauth.conformance.registration.PublicClients;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/**
 * Gets an access token for the server under test, trying in order: the token the user gave; the client id and
 * secret the user gave (client credentials); self-registration with client credentials; self-registration of a
 * confidential client of the authorization code flow with PKCE, driven headlessly; the same as a public client.
 * The first that works is kept for the whole run, so the suite registers one client, not one per scenario.
 */
public final class AccessTokens {

    private static final Map<String, ObtainedToken> TOKEN_BY_TARGET = new HashMap<>();

    private AccessTokens() {
    }

    /** Forgets what earlier runs in this JVM learned: a server started later may reuse a port, and so a URL. */
    public static synchronized void forgetEarlierRuns() {
        TOKEN_BY_TARGET.clear();
    }

    /** A usable token, or a {@link TokenUnavailable} that says why none could be had. */
    public static synchronized ObtainedToken obtain(ConformanceWorld world) {
        String key = world.target().mcpUrl();
        ObtainedToken cached = TOKEN_BY_TARGET.get(key);
        if (cached != null && cached.isFresh()) {
            return cached;
        }
        ObtainedToken token = fetch(world, cached == null ? null : cached.client());
        TOKEN_BY_TARGET.put(key, token);
        return token;
    }

    /**
     * A fresh token request of this client's grant with some parameters changed (e.g. another {@code resource});
     * for the code flow a new code is obtained first, with {@code resource} and {@code scope} changed in the
     * authorization request as well. SKIPPED when no code comes back without user interaction.
     */
    public static Response request(ConformanceWorld world, ClientCredentials client, Map<String, String> changes) {
        return TokenRequests.post(world, world.discovered(), client, grantRequest(world, client, changes));
    }

    /** The parameters of a valid token request of this client's grant, with {@code changes} applied. */
    public static Map<String, String> grantRequest(ConformanceWorld world, ClientCredentials client,
                                                   Map<String, String> changes) {
        try {
            return parameters(world, world.discovered(), client, changes);
        } catch (TokenUnavailable e) {
            throw Findings.skip("No authorization code without user interaction: " + e.getMessage());
        }
    }

    private static Map<String, String> parameters(ConformanceWorld world, Discovered discovered,
                                                  ClientCredentials client, Map<String, String> changes) {
        Map<String, String> parameters;
        if (client.usesClientCredentials()) {
            parameters = new LinkedHashMap<>();
            parameters.put("grant_type", ClientCredentials.CLIENT_CREDENTIALS);
            parameters.put("resource", world.target().mcpUrl());
            RequestedScope.of(world).ifPresent(scope -> parameters.put("scope", scope));
        } else {
            AuthorizationCodeFlow flow = new AuthorizationCodeFlow(world, discovered, client.clientId(),
                    ClientRegistrations.LOOPBACK_REDIRECT_URI);
            Map<String, String> authorization = flow.validRequest();
            for (String shared : List.of("resource", "scope")) {
                if (changes.containsKey(shared)) {
                    authorization.put(shared, changes.get(shared));
                }
            }
            try {
                parameters = flow.tokenRequest(flow.obtainCode(authorization));
            } catch (IllegalStateException e) {
                throw new TokenUnavailable(e.getMessage());
            }
        }
        parameters.putAll(changes);
        return parameters;
    }

    private static ObtainedToken fetch(ConformanceWorld world, ClientCredentials knownClient) {
        HarnessSettings settings = world.settings();
        if (settings.accessToken().isPresent()) {
            return new ObtainedToken(settings.accessToken().get(), null, "the access token given in "
                    + HarnessSettings.ACCESS_TOKEN, null);
        }
        Discovered discovered = world.discovered();
        if (knownClient != null) {
            return tokenFrom(world, discovered, knownClient, "the harness's client (renewed)");
        }
        if (settings.clientId().isPresent()) {
            ClientCredentials given = new ClientCredentials(settings.clientId().get(),
                    settings.clientSecret().orElse(null), ClientRegistrations.preferredSecretMethod(discovered),
                    ClientCredentials.CLIENT_CREDENTIALS);
            return tokenFrom(world, discovered, given, "client credentials of the client given in "
                    + HarnessSettings.CLIENT_ID);
        }
        return forNewClient(world, discovered);
    }

    /**
     * Registers a new client and gets it a token: with client credentials when the server offers that grant, else
     * with the authorization code flow as a confidential client (so client authentication at the token endpoint
     * can be checked), else as a public client. Used for the harness's own client and for a second client when a
     * scenario needs two callers.
     */
    public static ObtainedToken forNewClient(ConformanceWorld world, Discovered discovered) {
        if (discovered.serverEndpoint("registration_endpoint") == null) {
            throw new TokenUnavailable("the authorization server offers no registration endpoint; give "
                    + HarnessSettings.ACCESS_TOKEN + " or " + HarnessSettings.CLIENT_ID + "/"
                    + HarnessSettings.CLIENT_SECRET);
        }
        List<String> grants = discovered.serverList("grant_types_supported");
        StringBuilder reasons = new StringBuilder();
        if (grants.contains(ClientCredentials.CLIENT_CREDENTIALS)) {
            try {
                return tokenFrom(world, discovered, newConfidentialClient(world, discovered,
                        ClientRegistrations.preferredSecretMethod(discovered), ClientCredentials.CLIENT_CREDENTIALS,
                        "a client-credentials client"),
                        "self-registration and client credentials");
            } catch (TokenUnavailable e) {
                reasons.append(e.getMessage()).append("; ");
            }
        }
        if (discovered.serverEndpoint("authorization_endpoint") != null && ClientRegistrations.offersSecrets(
                discovered)) {
            // each method the server lists: one it handles wrongly must not cost the harness its token
            for (String method : ClientRegistrations.secretMethods(discovered)) {
                try {
                    return tokenFrom(world, discovered, newConfidentialClient(world, discovered, method,
                            ClientCredentials.AUTHORIZATION_CODE, "a confidential client of the code flow"),
                            "self-registration of a confidential client (" + method + ") and the authorization "
                                    + "code flow with PKCE");
                } catch (TokenUnavailable e) {
                    reasons.append(e.getMessage()).append("; ");
                }
            }
        }
        try {
            return tokenFrom(world, discovered, publicClient(world, discovered),
                    "self-registration of a public client and the authorization code flow with PKCE");
        } catch (TokenUnavailable e) {
            reasons.append(e.getMessage());
        }
        throw new TokenUnavailable("no way to get an access token worked: " + reasons);
    }

    /** A newly registered confidential client of {@code grantType}, authenticating with {@code authMethod}. */
    public static Registration registerConfidential(ConformanceWorld world, Discovered discovered,
                                                    String authMethod, String grantType) {
        Map<String, Object> metadata = ClientCredentials.CLIENT_CREDENTIALS.equals(grantType)
                ? ClientRegistrations.confidentialClient(authMethod)
                : ClientRegistrations.codeFlowClient(discovered, ClientRegistrations.LOOPBACK_REDIRECT_URI,
                authMethod);
        return ClientRegistrations.registerWithFallback(world, discovered, metadata);
    }

    /** The grant a confidential client of the harness uses: client credentials when offered, else the code flow. */
    public static String confidentialGrant(Discovered discovered) {
        return discovered.serverList("grant_types_supported").contains(ClientCredentials.CLIENT_CREDENTIALS)
                ? ClientCredentials.CLIENT_CREDENTIALS : ClientCredentials.AUTHORIZATION_CODE;
    }

    private static ClientCredentials newConfidentialClient(ConformanceWorld world, Discovered discovered,
                                                           String method, String grant, String what) {
        Registration registration = registerConfidential(world, discovered, method, grant);
        if (!registration.accepted() || registration.clientSecret() == null) {
            throw new TokenUnavailable("registering " + what + " was answered "
                    + registration.response().statusCode() + (registration.accepted() ? " without a client_secret"
                    : ""));
        }
        return new ClientCredentials(registration.clientId(), registration.clientSecret(),
                registration.authMethod(), grant);
    }

    private static ClientCredentials publicClient(ConformanceWorld world, Discovered discovered) {
        try {
            return PublicClients.loopbackClient(world, discovered);
        } catch (org.opentest4j.TestAbortedException skipped) {
            throw new TokenUnavailable(skipped.getMessage());
        }
    }

    private static ObtainedToken tokenFrom(ConformanceWorld world, Discovered discovered, ClientCredentials client,
                                           String how) {
        Response response = TokenRequests.post(world, discovered, client,
                parameters(world, discovered, client, Map.of()));
        if (response.statusCode() != 200 || !(response.path("access_token") instanceof String token)) {
            throw new TokenUnavailable("the token request (" + how + ") was answered " + response.statusCode());
        }
        Object expiresIn = response.path("expires_in");
        Instant expiresAt = expiresIn instanceof Number seconds
                ? Instant.now().plusSeconds(seconds.longValue()) : null;
        return new ObtainedToken(token, client, how, expiresAt);
    }
}
