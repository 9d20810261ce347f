package dev.mcpauth.conformance.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/** Dynamic client registration requests (RFC 7591) as a well-behaved client sends them. */
public final class ClientRegistrations {

    public static final String LOOPBACK_REDIRECT_URI = "http://127.0.0.1:1/callback";

    private ClientRegistrations() {
    }

    public static Map<String, Object> confidentialClient(String authMethod) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("client_name", "mcp-auth-conformance");
        metadata.put("grant_types", List.of("client_credentials"));
        metadata.put("token_endpoint_auth_method", authMethod);
        return metadata;
    }

    public static Map<String, Object> publicClient(String redirectUri) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("client_name", "mcp-auth-conformance");
        metadata.put("grant_types", List.of("authorization_code", "refresh_token"));
        metadata.put("response_types", List.of("code"));
        metadata.put("token_endpoint_auth_method", "none");
        metadata.put("redirect_uris", List.of(redirectUri));
        return metadata;
    }

    public static Response register(ConformanceWorld world, Discovered discovered, Map<String, Object> metadata) {
        return world.request().contentType("application/json").body(metadata)
                .post(discovered.serverEndpoint("registration_endpoint"));
    }
}
