package dev.mcpauth.conformance.mcp;

import java.util.Optional;

import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What every MCP wire shares: the headers' names, the bearer token, raw bodies, reading an answer. */
public final class McpRequests {

    public static final String ACCEPT = "application/json, text/event-stream";
    public static final String SESSION_HEADER = "Mcp-Session-Id";
    public static final String VERSION_HEADER = "MCP-Protocol-Version";

    private McpRequests() {
    }

    /** A POST of a raw body (a batch, a truncated message) in a 2025 session when given (null: none). */
    public static Response post(ConformanceWorld world, String body, String token, String sessionId) {
        return withSession(world, authorized(world.request(), token), sessionId)
                .contentType("application/json").accept(ACCEPT).body(body)
                .post(world.target().mcpUrl());
    }

    public static RequestSpecification authorized(RequestSpecification request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** The session id with the protocol version of the run's revision, as 2025 sends them after initialize. */
    public static RequestSpecification withSession(ConformanceWorld world, RequestSpecification request,
            String sessionId) {
        return sessionId == null ? request
                : request.header(SESSION_HEADER, sessionId).header(VERSION_HEADER, world.revision().label());
    }

    /** The JSON-RPC message of an answer, whether sent as JSON or as the last event of an SSE stream. */
    public static JsonPath message(Response response) {
        String body = response.asString();
        String contentType = Optional.ofNullable(response.contentType()).orElse("");
        if (contentType.startsWith("text/event-stream")) {
            body = body.lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).trim())
                    .reduce((first, second) -> second).orElse("{}");
        }
        return new JsonPath(body);
    }
}
