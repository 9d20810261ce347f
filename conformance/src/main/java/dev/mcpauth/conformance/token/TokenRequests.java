package dev.mcpauth.conformance.token;

import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Token endpoint requests, form-encoded, with the client authenticated the way it registered. */
public final class TokenRequests {

    private TokenRequests() {
    }

    public static Response post(ConformanceWorld world, Discovered discovered, ClientCredentials client,
                                Map<String, String> parameters) {
        return postPairs(world, discovered, client, parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null).toList());
    }

    /** A refresh_token grant naming the MCP server as resource (RFC 8707), as a map the caller may still change. */
    public static Map<String, String> refreshGrant(ConformanceWorld world, String refreshToken) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("grant_type", "refresh_token");
        parameters.put("refresh_token", refreshToken);
        parameters.put("resource", world.target().mcpUrl());
        return parameters;
    }

    /** A token request whose form may name a parameter more than once, in the order given. */
    public static Response postPairs(ConformanceWorld world, Discovered discovered, ClientCredentials client,
                                     java.util.List<Map.Entry<String, String>> parameters) {
        RequestSpecification request = world.request().contentType("application/x-www-form-urlencoded");
        if (client != null) {
            if (client.isPublic()) {
                request.formParam("client_id", client.clientId());
            } else if ("client_secret_post".equals(client.authMethod())) {
                request.formParam("client_id", client.clientId()).formParam("client_secret", client.clientSecret());
            } else {
                request.auth().preemptive().basic(urlEncoded(client.clientId()), urlEncoded(client.clientSecret()));
            }
        }
        parameters.forEach(pair -> request.formParam(pair.getKey(), pair.getValue()));
        return request.urlEncodingEnabled(true).post(discovered.serverEndpoint("token_endpoint"));
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before they go into the Basic credentials. */
    private static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
