package dev.mcpauth.conformance.authorization;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.discovery.RequestedScope;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization code flow with PKCE, driven without a browser: the harness follows the authorization server's
 * redirects itself and stops at the one that goes to its own redirect URI. Works with servers that approve at once
 * (test users, auto-consent); a login or consent page ends the flow.
 */
public final class AuthorizationCodeFlow {

    private static final int MAX_REDIRECTS = 10;

    private final ConformanceWorld world;
    private final Discovered discovered;
    private final String clientId;
    private final String redirectUri;
    private final CodeVerifier verifier = new CodeVerifier();

    public AuthorizationCodeFlow(ConformanceWorld world, Discovered discovered, String clientId, String redirectUri) {
        this.world = world;
        this.discovered = discovered;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    public CodeVerifier verifier() {
        return verifier;
    }

    /** The parameters of a valid authorization request; a scenario changes one of them. */
    public Map<String, String> validRequest() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("state", "conformance-state-1");
        parameters.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
        parameters.put("code_challenge_method", "S256");
        parameters.put("resource", world.target().mcpUrl());
        RequestedScope.of(world).ifPresent(scope -> parameters.put("scope", scope));
        return parameters;
    }

    /** Sends the request to the authorization endpoint and answers its first response, not following redirects. */
    public Response authorize(Map<String, String> parameters) {
        RequestSpecification request = world.request().urlEncodingEnabled(true);
        parameters.forEach((name, value) -> {
            if (value != null) {
                request.queryParam(name, value);
            }
        });
        return request.get(discovered.serverEndpoint("authorization_endpoint"));
    }

    /**
     * Follows redirects from the authorization endpoint until one reaches {@code expectedRedirectUri}; answers its
     * query parameters, or null when the flow ends elsewhere (a page, an error status, too many hops).
     */
    public Map<String, String> followToRedirectUri(Response first, String expectedRedirectUri) {
        Response response = first;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            String location = response.header("Location");
            if (response.statusCode() / 100 != 3 || location == null) {
                return null;
            }
            URI target = URI.create(discovered.serverEndpoint("authorization_endpoint")).resolve(location);
            if (target.toString().startsWith(expectedRedirectUri)) {
                return responseParameters(target);
            }
            response = world.request().get(target.toString());
        }
        return null;
    }

    /** Runs the whole front channel and answers the code, or explains why none came. */
    public String obtainCode() {
        return obtainCode(validRequest());
    }

    /** The same with an authorization request of the caller's (e.g. another resource or scope). */
    public String obtainCode(Map<String, String> request) {
        Map<String, String> result = followToRedirectUri(authorize(request), redirectUri);
        if (result == null) {
            throw new IllegalStateException("the authorization endpoint did not redirect back with a code without "
                    + "user interaction");
        }
        if (!result.containsKey("code")) {
            throw new IllegalStateException("the authorization endpoint answered error "
                    + result.getOrDefault("error", "(none)"));
        }
        return result.get("code");
    }

    public Map<String, String> tokenRequest(String code) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("code_verifier", verifier.getValue());
        parameters.put("resource", world.target().mcpUrl());
        return parameters;
    }

    /**
     * The authorization response's parameters: the query's, or, for an error response in the fragment (RFC 6749
     * §4.2.2.1, where a server answers a request for response_type=token), the fragment's. A code only counts in
     * the query, where the code flow puts it.
     */
    static Map<String, String> responseParameters(URI uri) {
        Map<String, String> query = queryParameters(uri);
        if (query.isEmpty() && uri.getRawFragment() != null) {
            Map<String, String> fragment = parameters(uri.getRawFragment());
            if (fragment.containsKey("error")) {
                return fragment;
            }
        }
        return query;
    }

    public static Map<String, String> queryParameters(URI uri) {
        return parameters(uri.getRawQuery());
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(decode(name), decode(value));
        }
        return parameters;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
