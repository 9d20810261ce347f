package dev.mcpauth.conformance.steps;

import java.util.UUID;

import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.mcp.SessionWire;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.When;

/** Handles to server state presented instead of a token (MCP 2026-07-28 security best practices). */
public class StateHandleSteps {

    private final ConformanceWorld world;

    public StateHandleSteps(ConformanceWorld world) {
        this.world = world;
    }

    /**
     * The handle is a session id the server issued to a 2025 initialize with the harness's token, when it serves
     * that revision too; otherwise a made-up one, which a server that honours no handle refuses just the same.
     */
    @When("a client sends a tools\\/list request naming a session the server issued to the client, but no access token")
    public void handleWithoutToken() {
        String handle;
        try {
            handle = new SessionWire(world, Revision.V2025_11_25).openSession(world.token().value())
                    .orElse(UUID.randomUUID().toString());
        } catch (AssertionError noLegacySessions) {
            handle = UUID.randomUUID().toString();
        }
        world.answered(world.wire().prepare(McpCall.toolsList()).header(McpRequests.SESSION_HEADER, handle)
                .post(world.target().mcpUrl()));
    }
}
