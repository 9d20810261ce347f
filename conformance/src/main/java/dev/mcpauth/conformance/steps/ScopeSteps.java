package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** A call that needs more scope than the client's token has. */
public class ScopeSteps {

    private final ConformanceWorld world;
    private String tool;

    public ScopeSteps(ConformanceWorld world) {
        this.world = world;
    }

    @Given("the client holds an access token that lacks the scope of a privileged tool")
    public void tokenLackingScope() {
        tool = world.target().privilegedTool().orElseThrow(() -> Findings.skip("No privileged tool is known; set "
                + HarnessSettings.PRIVILEGED_TOOL + " to a tool the harness's token may not call."));
        world.token();
    }

    @When("the client calls the privileged tool")
    public void callPrivilegedTool() {
        String token = world.token().value();
        world.wire().open(token);
        world.answered(world.wire().send(McpCall.callTool(tool), token));
    }
}
