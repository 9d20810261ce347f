package dev.mcpauth.conformance.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON-RPC message the harness sends, before a wire adds what its revision requires (the per-request
 * {@code _meta} of 2026-07-28, the session of 2025). {@code id} is null for a notification; {@code name} is the
 * tool, resource or prompt a request is about, which 2026-07-28 mirrors into the {@code Mcp-Name} header.
 */
public record McpCall(String method, Integer id, Map<String, Object> params, String name) {

    static final String CLIENT_NAME = "mcp-auth-conformance";
    static final String CLIENT_VERSION = "0.1.0";

    public McpCall {
        params = params == null ? null : Map.copyOf(params);
    }

    public static McpCall initialize(String protocolVersion) {
        return new McpCall("initialize", 1, Map.of("protocolVersion", protocolVersion, "capabilities", Map.of(),
                "clientInfo", clientInfo()), null);
    }

    public static McpCall initialized() {
        return new McpCall("notifications/initialized", null, null, null);
    }

    public static McpCall toolsList() {
        return new McpCall("tools/list", 2, Map.of(), null);
    }

    public static McpCall ping() {
        return new McpCall("ping", 3, null, null);
    }

    public static McpCall callTool(String tool) {
        return new McpCall("tools/call", 4, Map.of("name", tool, "arguments", Map.of()), tool);
    }

    public static McpCall discover() {
        return new McpCall("server/discover", 6, Map.of(), null);
    }

    /** The same message under another id, for a second request in one exchange. */
    public McpCall withId(int otherId) {
        return new McpCall(method, otherId, params, name);
    }

    public boolean isNotification() {
        return id == null;
    }

    /** The JSON-RPC object of this message with {@code params} as given (null: no params member). */
    public Map<String, Object> jsonRpc(Map<String, Object> finalParams) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("jsonrpc", "2.0");
        if (id != null) {
            message.put("id", id);
        }
        message.put("method", method);
        if (finalParams != null) {
            message.put("params", finalParams);
        }
        return message;
    }

    static Map<String, Object> clientInfo() {
        return Map.of("name", CLIENT_NAME, "version", CLIENT_VERSION);
    }
}
