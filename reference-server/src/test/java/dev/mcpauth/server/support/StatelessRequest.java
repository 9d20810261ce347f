package dev.mcpauth.server.support;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request of the 2026-07-28 wire as a well-behaved client sends it ({@code _meta} with protocol version and client
 * capabilities, the standard headers mirrored from the body), which a test may spoil in exactly one way.
 */
public final class StatelessRequest {

    public static final String VERSION = "2026-07-28";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int nextId = 1;

    private final String method;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, Object> meta = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean withMeta = true;
    private String token;

    private StatelessRequest(String method) {
        this.method = method;
        meta.put("io.modelcontextprotocol/protocolVersion", VERSION);
        meta.put("io.modelcontextprotocol/clientCapabilities", Map.of());
        meta.put("io.modelcontextprotocol/clientInfo", Map.of("name", "reference-server-tests", "version", "1"));
        headers.put("MCP-Protocol-Version", VERSION);
        headers.put("Mcp-Method", method);
    }

    public static StatelessRequest of(String method) {
        return new StatelessRequest(method);
    }

    public static StatelessRequest callTool(String name, Map<String, ?> arguments) {
        StatelessRequest request = new StatelessRequest("tools/call").param("name", name).param("arguments", arguments);
        request.headers.put("Mcp-Name", name);
        return request;
    }

    public StatelessRequest token(String accessToken) {
        this.token = accessToken;
        return this;
    }

    public StatelessRequest param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Sets a header, or removes it when {@code value} is null. */
    public StatelessRequest header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /** Sets a {@code _meta} field, or removes it when {@code value} is null. */
    public StatelessRequest meta(String key, Object value) {
        if (value == null) {
            meta.remove(key);
        } else {
            meta.put(key, value);
        }
        return this;
    }

    public StatelessRequest withoutMeta() {
        this.withMeta = false;
        return this;
    }

    public String body() {
        Map<String, Object> allParams = new LinkedHashMap<>(params);
        if (withMeta) {
            allParams.put("_meta", meta);
        }
        synchronized (StatelessRequest.class) {
            return JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", nextId++, "method", method,
                    "params", allParams));
        }
    }

    public Response post(ReferenceServer server) {
        RequestSpecification spec = server.request().contentType(ContentType.JSON).accept(ReferenceServer.ACCEPT_MCP)
                .headers(headers).body(body());
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        return spec.post("/mcp");
    }
}
