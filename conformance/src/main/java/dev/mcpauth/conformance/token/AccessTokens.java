package dev.mcpauth.conformance.token;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/**
 * Gets an access token for the server under test, trying in order: the token the user gave; the client id and
 * secret the user gave (client credentials); self-registration with client credentials; self-registration with
 * the authorization code flow and PKCE, driven headlessly. The first that works is kept for the whole run, so the
 * suite registers one client, not one per scenario.
 */
public final class AccessTokens {

    private static final Map<String, ObtainedToken> TOKEN_BY_TARGET = new HashMap<>();

    private AccessTokens() {
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

    /** A fresh token for the same client with other request parameters (e.g. another {@code resource}). */
    public static Response request(ConformanceWorld world, ClientCredentials client, Map<String, String> changes) {
        Map<String, String> parameters = clientCredentialsRequest(world);
        parameters.putAll(changes);
        return TokenRequests.post(world, world.discovered(), client, parameters);
    }

    private static ObtainedToken fetch(ConformanceWorld world, ClientCredentials knownClient) {
        HarnessSettings settings = world.settings();
        if (settings.accessToken().isPresent()) {
            return new ObtainedToken(settings.accessToken().get(), null, "the access token given in "
                    + HarnessSettings.ACCESS_TOKEN, null);
        }
        Discovered discovered = world.discovered();
        if (knownClient != null && !knownClient.isPublic()) {
            return clientCredentials(world, discovered, knownClient, "client credentials (renewed)");
        }
        if (settings.clientId().isPresent()) {
            ClientCredentials given = new ClientCredentials(settings.clientId().get(),
                    settings.clientSecret().orElse(null), preferredSecretMethod(discovered));
            return clientCredentials(world, discovered, given, "client credentials of the client given in "
                    + HarnessSettings.CLIENT_ID);
        }
        return forNewClient(world, discovered);
    }

    /**
     * Registers a new client and gets it a token, with client credentials when the server offers that grant, else
     * with the authorization code flow. Used for the harness's own client and for a second client when a scenario
     * needs two callers.
     */
    public static ObtainedToken forNewClient(ConformanceWorld world, Discovered discovered) {
        if (discovered.serverEndpoint("registration_endpoint") == null) {
            throw new TokenUnavailable("the authorization server offers no registration endpoint; give "
                    + HarnessSettings.ACCESS_TOKEN + " or " + HarnessSettings.CLIENT_ID + "/"
                    + HarnessSettings.CLIENT_SECRET);
        }
        List<String> grants = discovered.serverList("grant_types_supported");
        StringBuilder reasons = new StringBuilder();
        if (grants.isEmpty() || grants.contains("client_credentials")) {
            try {
                return clientCredentials(world, discovered, registerConfidential(world, discovered),
                        "self-registration and client credentials");
            } catch (TokenUnavailable e) {
                reasons.append(e.getMessage()).append("; ");
            }
        }
        try {
            return authorizationCode(world, discovered);
        } catch (TokenUnavailable e) {
            reasons.append(e.getMessage());
        }
        throw new TokenUnavailable("no way to get an access token worked: " + reasons);
    }

    public static ClientCredentials registerConfidential(ConformanceWorld world, Discovered discovered) {
        String method = preferredSecretMethod(discovered);
        Response response = ClientRegistrations.register(world, discovered,
                ClientRegistrations.confidentialClient(method));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new TokenUnavailable("registering a client-credentials client was answered "
                    + response.statusCode());
        }
        return new ClientCredentials(response.path("client_id"), response.path("client_secret"),
                response.path("token_endpoint_auth_method") instanceof String m ? m : method);
    }

    private static ObtainedToken clientCredentials(ConformanceWorld world, Discovered discovered,
                                                   ClientCredentials client, String how) {
        Response response = TokenRequests.post(world, discovered, client, clientCredentialsRequest(world));
        return tokenFrom(response, client, how);
    }

    private static ObtainedToken authorizationCode(ConformanceWorld world, Discovered discovered) {
        Response registration = ClientRegistrations.register(world, discovered,
                ClientRegistrations.publicClient(ClientRegistrations.LOOPBACK_REDIRECT_URI));
        if (registration.statusCode() != 201 && registration.statusCode() != 200) {
            throw new TokenUnavailable("registering a public client was answered " + registration.statusCode());
        }
        ClientCredentials client = new ClientCredentials(registration.path("client_id"), null, "none");
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(world, discovered, client.clientId(),
                ClientRegistrations.LOOPBACK_REDIRECT_URI);
        String code;
        try {
            code = flow.obtainCode();
        } catch (IllegalStateException e) {
            throw new TokenUnavailable(e.getMessage());
        }
        Map<String, String> parameters = flow.tokenRequest(code);
        world.settings().scopes().ifPresent(scope -> parameters.put("scope", scope));
        return tokenFrom(TokenRequests.post(world, discovered, client, parameters), client,
                "self-registration and the authorization code flow with PKCE");
    }

    private static Map<String, String> clientCredentialsRequest(ConformanceWorld world) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "client_credentials");
        parameters.put("resource", world.target().mcpUrl());
        world.settings().scopes().ifPresent(scope -> parameters.put("scope", scope));
        return parameters;
    }

    private static ObtainedToken tokenFrom(Response response, ClientCredentials client, String how) {
        if (response.statusCode() != 200 || !(response.path("access_token") instanceof String token)) {
            throw new TokenUnavailable("the token request (" + how + ") was answered " + response.statusCode());
        }
        Object expiresIn = response.path("expires_in");
        Instant expiresAt = expiresIn instanceof Number seconds
                ? Instant.now().plusSeconds(seconds.longValue()) : null;
        return new ObtainedToken(token, client, how, expiresAt);
    }

    /** The client authentication method to register: Basic unless the server lists only the form method. */
    private static String preferredSecretMethod(Discovered discovered) {
        List<String> methods = discovered.serverList("token_endpoint_auth_methods_supported");
        return methods.isEmpty() || methods.contains("client_secret_basic") ? "client_secret_basic"
                : methods.contains("client_secret_post") ? "client_secret_post" : "client_secret_basic";
    }
}
