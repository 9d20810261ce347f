package dev.mcpauth.conformance.mcp;

import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The wire of 2025-06-18 and 2025-11-25: {@code initialize} opens a session whose id, with the negotiated
 * {@code MCP-Protocol-Version}, travels on every later request. The session the scenario opened is attached to
 * every request but initialize.
 */
public final class SessionWire implements McpWire {

    private final ConformanceWorld world;
    private final Revision revision;

    public SessionWire(ConformanceWorld world, Revision revision) {
        if (revision.isStateless()) {
            throw new IllegalArgumentException(revision + " has no initialize and no sessions");
        }
        this.world = world;
        this.revision = revision;
    }

    @Override
    public Revision revision() {
        return revision;
    }

    @Override
    public McpCall call(McpMessage message) {
        return switch (message) {
            case FIRST_REQUEST, INITIALIZE -> McpCall.initialize(revision.label());
            case INITIALIZED -> McpCall.initialized();
            case TOOLS_LIST -> McpCall.toolsList();
            case PING -> McpCall.ping();
        };
    }

    @Override
    public String body(McpCall call) {
        return JSONObjectUtils.toJSONString(call.jsonRpc(call.params()));
    }

    @Override
    public RequestSpecification prepare(McpCall call) {
        RequestSpecification request = world.request().contentType("application/json").accept(McpRequests.ACCEPT)
                .body(body(call));
        String sessionId = world.sessionId();
        return sessionId == null || call.method().equals("initialize") ? request
                : request.header(McpRequests.SESSION_HEADER, sessionId)
                        .header(McpRequests.VERSION_HEADER, revision.label());
    }

    @Override
    public Response send(McpCall call, String token) {
        return McpRequests.authorized(prepare(call), token).post(world.target().mcpUrl());
    }

    /** Initialize, then the initialized notification; the session id (if the server issues one) is kept. */
    @Override
    public void open(String token) {
        world.sessionOpened(openSession(token).orElse(null));
    }

    /** Opens a further session without making it the scenario's; empty for a server that issues no session id. */
    public Optional<String> openSession(String token) {
        Response initialize = McpRequests.authorized(prepare(call(McpMessage.INITIALIZE)), token)
                .post(world.target().mcpUrl());
        if (initialize.statusCode() != 200) {
            throw new AssertionError("initialize with a valid access token was answered " + initialize.statusCode()
                    + "; the checks that need a session cannot run");
        }
        Optional<String> sessionId = Optional.ofNullable(initialize.header(McpRequests.SESSION_HEADER));
        RequestSpecification initialized = McpRequests.authorized(world.request().contentType("application/json")
                .accept(McpRequests.ACCEPT).body(body(McpCall.initialized())), token);
        sessionId.ifPresent(id -> initialized.header(McpRequests.SESSION_HEADER, id)
                .header(McpRequests.VERSION_HEADER, revision.label()));
        initialized.post(world.target().mcpUrl());
        return sessionId;
    }
}
