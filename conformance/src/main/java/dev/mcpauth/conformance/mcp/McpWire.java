package dev.mcpauth.conformance.mcp;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * How the harness sends an MCP request in one revision: the seam between scenarios, which are written once, and
 * the revisions' wires (2025: {@code initialize} and a session; 2026-07-28: per-request {@code _meta} and standard
 * headers, no session). Steps change at most one thing of what {@link #prepare} builds.
 */
public interface McpWire {

    Revision revision();

    /** The message the features name, in this revision's form. */
    McpCall call(McpMessage message);

    /** The JSON-RPC body this revision's client sends for the call. */
    String body(McpCall call);

    /** A POST of the call, well-formed for this revision and without credentials, not yet sent. */
    RequestSpecification prepare(McpCall call);

    /** Whatever this revision requires before other requests (2025: initialize within a session). */
    void open(String token);

    /** Sends the call with a bearer token (null: without one). */
    Response send(McpCall call, String token);

    default Response send(McpMessage message, String token) {
        return send(call(message), token);
    }
}
