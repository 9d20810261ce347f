package dev.mcpauth.conformance.mcp;

import dev.mcpauth.conformance.http.ResponseBodies;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** Checks on the MCP lifecycle: initialization, version negotiation and keeping to what was negotiated. */
public final class LifecycleChecks {

    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Server-to-client requests that need a client capability the harness never offers. */
    private static final List<String> CAPABILITY_METHODS = List.of("sampling/", "elicitation/", "roots/");

    private LifecycleChecks() {
    }

    /** No JSON-RPC message of the answer carries a result. */
    public static void noResult(Response response) {
        for (Map<String, Object> message : McpAnswers.messages(response)) {
            if (message.containsKey("result")) {
                throw new AssertionError("The server answered with a JSON-RPC result (HTTP " + response.statusCode()
                        + ") where it must refuse the request; it did work it was not allowed to do: "
                        + ResponseBodies.abbreviate(response.asString()));
            }
        }
    }

    public static void initializeResult(Response response) {
        Map<String, Object> result = result(response, "initialize");
        StringBuilder missing = new StringBuilder();
        if (!(result.get("protocolVersion") instanceof String)) {
            missing.append(" protocolVersion (a string)");
        }
        if (!(result.get("capabilities") instanceof Map)) {
            missing.append(" capabilities (an object)");
        }
        if (!(result.get("serverInfo") instanceof Map<?, ?> info) || !(info.get("name") instanceof String)) {
            missing.append(" serverInfo (an object with a name)");
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("The initialize result lacks" + missing + ". Clients need the version, the "
                    + "capabilities and the server's identity to go on: " + result);
        }
    }

    public static void agreesOnVersion(Response response, String requested) {
        Object version = result(response, "initialize").get("protocolVersion");
        if (!requested.equals(version)) {
            throw new AssertionError("The client asked for protocol version " + requested + ", which the server "
                    + "supports, but the initialize result says " + version + ". A supported version must be "
                    + "echoed (MCP lifecycle, Version Negotiation).");
        }
    }

    public static void offersSupportedVersionOrError(Response response, String unsupported) {
        List<Map<String, Object>> messages = McpAnswers.messages(response);
        Map<String, Object> last = messages.isEmpty() ? Map.of() : messages.get(messages.size() - 1);
        if (last.get("error") instanceof Map) {
            return;
        }
        if (!(last.get("result") instanceof Map<?, ?> result)) {
            throw new AssertionError("The initialize request for version " + unsupported + " got neither a result "
                    + "nor a JSON-RPC error (HTTP " + response.statusCode() + "): "
                    + ResponseBodies.abbreviate(response.asString()));
        }
        Object version = result.get("protocolVersion");
        if (unsupported.equals(version) || !(version instanceof String text) || !VERSION.matcher(text).matches()) {
            throw new AssertionError("Asked for the unknown protocol version " + unsupported + ", the server "
                    + "answered protocolVersion " + version + ". It must offer another version it supports, so "
                    + "the client can decide whether to go on (MCP lifecycle, Version Negotiation).");
        }
    }

    public static void noUnofferedCapabilityRequests(Response response) {
        for (Map<String, Object> message : McpAnswers.messages(response)) {
            if (message.get("method") instanceof String method && message.containsKey("id")
                    && CAPABILITY_METHODS.stream().anyMatch(method::startsWith)) {
                throw new AssertionError("The server sent a " + method + " request, but the client offered no "
                        + "capabilities at initialization. A server may only use negotiated capabilities (MCP "
                        + "lifecycle, Operation).");
            }
        }
    }

    private static Map<String, Object> result(Response response, String what) {
        List<Map<String, Object>> messages = McpAnswers.messages(response);
        for (Map<String, Object> message : messages) {
            if (message.get("result") instanceof Map<?, ?> result) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) result;
                return typed;
            }
        }
        throw new AssertionError("The " + what + " request with a valid token got no JSON-RPC result (HTTP "
                + response.statusCode() + "): " + ResponseBodies.abbreviate(response.asString()));
    }
}
