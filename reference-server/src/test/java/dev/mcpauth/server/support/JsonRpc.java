package dev.mcpauth.server.support;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** JSON-RPC messages of MCP, as a client sends them. */
public final class JsonRpc {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int nextId = 1;

    private JsonRpc() {
    }

    public static String initialize() {
        return request("initialize", Map.of("protocolVersion", "2025-06-18", "capabilities", Map.of(),
                "clientInfo", Map.of("name", "reference-server-tests", "version", "1")));
    }

    public static String callTool(String name, Map<String, ?> arguments) {
        return request("tools/call", Map.of("name", name, "arguments", arguments));
    }

    public static synchronized String request(String method, Map<String, ?> params) {
        return JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", nextId++, "method", method, "params", params));
    }

    /** The JSON-RPC message of a response, whether it came as JSON or as one SSE event. */
    public static io.restassured.path.json.JsonPath message(io.restassured.response.Response response) {
        String body = response.asString();
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (contentType.startsWith("text/event-stream")) {
            body = body.lines().filter(line -> line.startsWith("data:"))
                    .map(line -> line.substring(5).trim())
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("SSE response without a data line: " + response.asString()));
        }
        return new io.restassured.path.json.JsonPath(body);
    }

    public static String notification(String method) {
        return JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "method", method));
    }
}
