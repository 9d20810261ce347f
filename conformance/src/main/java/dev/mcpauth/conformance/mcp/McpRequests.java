package dev.mcpauth.conformance.mcp;

import java.util.Optional;

import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** MCP over Streamable HTTP as a well-behaved client sends it; each caller changes at most one thing. */
public final class McpRequests {

    public static final String ACCEPT = "application/json, text/event-stream";
    public static final String SESSION_HEADER = "Mcp-Session-Id";
    public static final String VERSION_HEADER = "MCP-Protocol-Version";

    private McpRequests() {
    }

    /** A POST of one message, with a bearer token and session id when given (null: left out). */
    public static Response post(ConformanceWorld world, McpMessage message, String token, String sessionId) {
        return post(world, message.json(), token, sessionId);
    }

    public static Response post(ConformanceWorld world, String body, String token, String sessionId) {
        return withSession(authorized(world.request(), token), sessionId)
                .contentType("application/json").accept(ACCEPT).body(body)
                .post(world.target().mcpUrl());
    }

    public static RequestSpecification authorized(RequestSpecification request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification withSession(RequestSpecification request, String sessionId) {
        return sessionId == null ? request
                : request.header(SESSION_HEADER, sessionId).header(VERSION_HEADER, McpMessage.PROTOCOL_VERSION);
    }

    /**
     * Opens a session the way the lifecycle requires: initialize, then the initialized notification. Answers the
     * session id, or empty for a server that does not use sessions.
     */
    public static Optional<String> openSession(ConformanceWorld world, String token) {
        Response initialize = post(world, McpMessage.INITIALIZE, token, null);
        if (initialize.statusCode() != 200) {
            throw new AssertionError("initialize with a valid access token was answered " + initialize.statusCode()
                    + "; the checks that need a session cannot run");
        }
        Optional<String> sessionId = Optional.ofNullable(initialize.header(SESSION_HEADER));
        post(world, McpMessage.INITIALIZED, token, sessionId.orElse(null));
        return sessionId;
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
