package dev.mcpauth.conformance.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.http.ResponseBodies;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/**
 * Dynamic client registration requests (RFC 7591) as a well-behaved client sends them: built from what the
 * authorization server advertises, and, when the server refuses them, sent again with less (RFC 7591 section 2 lets
 * a server refuse metadata it does not support), so that the harness never blames the server for its own payload.
 */
public final class ClientRegistrations {

    public static final String LOOPBACK_REDIRECT_URI = "http://127.0.0.1:1/callback";

    private ClientRegistrations() {
    }

    /** A registration that was accepted, with the metadata that was sent, or the last refusal. */
    public record Registration(Map<String, Object> metadata, Response response) {

        public boolean accepted() {
            return response.statusCode() / 100 == 2 && ResponseBodies.field(response, "client_id") instanceof String;
        }

        public String clientId() {
            return (String) ResponseBodies.field(response, "client_id");
        }

        /** The secret the server issued, or null (a public client, or a server that issued none). */
        public String clientSecret() {
            return ResponseBodies.field(response, "client_secret") instanceof String secret ? secret : null;
        }

        /** The method the server registered, else the one asked for, else RFC 7591's default. */
        public String authMethod() {
            Object registered = ResponseBodies.field(response, "token_endpoint_auth_method");
            Object asked = metadata.get("token_endpoint_auth_method");
            return registered instanceof String method ? method
                    : asked instanceof String method ? method : "client_secret_basic";
        }

        /** The metadata as sent, for a variant with one field changed. */
        public Map<String, Object> copyOfMetadata() {
            return new LinkedHashMap<>(metadata);
        }
    }

    /**
     * A confidential client of the client credentials grant. No response types: RFC 7591's default ("code") would
     * ask for redirect URIs this client has none of.
     */
    public static Map<String, Object> confidentialClient(String authMethod) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("client_name", "mcp-auth-conformance");
        metadata.put("grant_types", List.of("client_credentials"));
        metadata.put("response_types", List.of());
        metadata.put("token_endpoint_auth_method", authMethod);
        return metadata;
    }

    /**
     * A public client of the code flow, asking for refresh tokens only when the server advertises them. It says it
     * is a native application (OpenID Connect Dynamic Client Registration; RFC 7591 servers ignore the field), as
     * a client with a loopback redirect URI is (RFC 8252), so that any loopback port is allowed.
     */
    public static Map<String, Object> publicClient(Discovered discovered, String redirectUri) {
        Map<String, Object> metadata = codeFlowClient(discovered, redirectUri, "none");
        metadata.put("application_type", "native");
        return metadata;
    }

    /** A client of the code flow that authenticates at the token endpoint with {@code authMethod}. */
    public static Map<String, Object> codeFlowClient(Discovered discovered, String redirectUri, String authMethod) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("client_name", "mcp-auth-conformance");
        List<String> grants = new ArrayList<>(List.of("authorization_code"));
        if (discovered.serverList("grant_types_supported").contains("refresh_token")) {
            grants.add("refresh_token");
        }
        metadata.put("grant_types", grants);
        metadata.put("response_types", List.of("code"));
        metadata.put("token_endpoint_auth_method", authMethod);
        metadata.put("redirect_uris", List.of(redirectUri));
        return metadata;
    }

    /** The client authentication method with a secret to register: Basic unless the server lists only the form. */
    public static String preferredSecretMethod(Discovered discovered) {
        List<String> methods = discovered.serverList("token_endpoint_auth_methods_supported");
        return methods.isEmpty() || methods.contains("client_secret_basic") ? "client_secret_basic"
                : methods.contains("client_secret_post") ? "client_secret_post" : "client_secret_basic";
    }

    /** Why a refused public client may be the server's choice: it does not list "none"; else nothing. */
    public static String publicClientsRefused(Discovered discovered) {
        List<String> methods = discovered.serverList("token_endpoint_auth_methods_supported");
        return methods.isEmpty() || methods.contains("none") ? "" : "The authorization server does not list \"none\" "
                + "in token_endpoint_auth_methods_supported " + methods + ", so it may register no public clients. ";
    }

    /** The client authentication methods with a secret to try, the preferred first. */
    public static List<String> secretMethods(Discovered discovered) {
        List<String> methods = discovered.serverList("token_endpoint_auth_methods_supported");
        String preferred = preferredSecretMethod(discovered);
        List<String> ordered = new ArrayList<>(List.of(preferred));
        String other = preferred.equals("client_secret_basic") ? "client_secret_post" : "client_secret_basic";
        if (methods.contains(other)) {
            ordered.add(other);
        }
        return ordered;
    }

    /** Whether the server may register clients that authenticate with a secret (RFC 8414's default does). */
    public static boolean offersSecrets(Discovered discovered) {
        List<String> methods = discovered.serverList("token_endpoint_auth_methods_supported");
        return methods.isEmpty() || methods.contains("client_secret_basic") || methods.contains("client_secret_post");
    }

    public static Response register(ConformanceWorld world, Discovered discovered, Map<String, Object> metadata) {
        return world.request().contentType("application/json").body(metadata)
                .post(discovered.serverEndpoint("registration_endpoint"));
    }

    /**
     * Registers {@code preferred}; when refused, without a refresh_token grant, then with only what the grant
     * needs (RFC 7591 section 2 defaults the rest). The first registration accepted is answered, else the last
     * refusal.
     */
    public static Registration registerWithFallback(ConformanceWorld world, Discovered discovered,
                                                    Map<String, Object> preferred) {
        Registration last = null;
        for (Map<String, Object> metadata : fallbacks(preferred)) {
            last = new Registration(metadata, register(world, discovered, metadata));
            if (last.accepted() || last.response().statusCode() != 400) {
                return last;
            }
        }
        return last;
    }

    static List<Map<String, Object>> fallbacks(Map<String, Object> preferred) {
        List<Map<String, Object>> attempts = new ArrayList<>();
        attempts.add(preferred);
        if (preferred.get("grant_types") instanceof List<?> grants && grants.contains("refresh_token")) {
            Map<String, Object> withoutRefresh = new LinkedHashMap<>(preferred);
            withoutRefresh.put("grant_types", grants.stream().filter(grant -> !"refresh_token".equals(grant))
                    .toList());
            attempts.add(withoutRefresh);
        }
        Map<String, Object> minimal = new LinkedHashMap<>();
        for (String field : List.of("redirect_uris", "token_endpoint_auth_method")) {
            if (preferred.containsKey(field)) {
                minimal.put(field, preferred.get(field));
            }
        }
        if (preferred.get("grant_types") instanceof List<?> grants && grants.contains("client_credentials")) {
            minimal.put("grant_types", List.of("client_credentials"));
        }
        if (!attempts.contains(minimal)) {
            attempts.add(minimal);
        }
        return attempts;
    }
}
