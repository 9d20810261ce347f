package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.When;

/** Requests whose token is missing or sits somewhere other than the Authorization header. */
public class UnauthorizedRequestSteps {

    private final ConformanceWorld world;

    public UnauthorizedRequestSteps(ConformanceWorld world) {
        this.world = world;
    }

    @When("a client calls a tool without an access token")
    public void callToolWithoutToken() {
        String tool = world.target().privilegedTool().orElse("echo");
        world.answered(world.wire().send(McpCall.callTool(tool), null));
    }

    @When("the client sends {mcpMessage} with its access token in the JSON-RPC body only")
    public void tokenInJsonBody(McpMessage message) {
        McpCall call = world.wire().call(message);
        String json = world.wire().body(call);
        String withToken = "{\"access_token\":\"" + world.token().value() + "\"," + json.substring(1);
        world.answered(world.wire().prepare(call).body(withToken).post(world.target().mcpUrl()));
    }

    @When("the client sends a GET with its access token in a form body only")
    public void getWithFormBodyToken() {
        world.answered(world.request().contentType("application/x-www-form-urlencoded")
                .accept("text/event-stream").body("access_token=" + world.token().value())
                .get(world.target().mcpUrl()));
    }
}
