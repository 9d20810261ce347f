package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.When;

/** Requests to the MCP endpoint. */
public class McpEndpointSteps {

    private static final String ACCEPT = "application/json, text/event-stream";

    private final ConformanceWorld world;

    public McpEndpointSteps(ConformanceWorld world) {
        this.world = world;
    }

    @ParameterType(McpMessage.PHRASES)
    public McpMessage mcpMessage(String phrase) {
        return McpMessage.fromPhrase(phrase);
    }

    @When("a client sends {mcpMessage} without an access token")
    public void sendWithoutToken(McpMessage message) {
        world.answered(world.request().contentType("application/json").accept(ACCEPT).body(message.json())
                .post(world.target().mcpUrl()));
    }
}
