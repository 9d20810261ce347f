package dev.mcpauth.conformance.steps;

import java.util.List;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.ToolListChecks;
import dev.mcpauth.conformance.resource.ScopeChallengeChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** The same request sent twice: the server's answer about scopes and tools must not drift between the two. */
public class ScopeConsistencySteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private Response first;
    private Response second;

    public ScopeConsistencySteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("a client sends a tools\\/list request without an access token twice")
    public void twiceWithoutToken() {
        first = McpRequests.post(world, McpMessage.TOOLS_LIST, null, null);
        second = McpRequests.post(world, McpMessage.TOOLS_LIST, null, null);
        world.answered(second);
    }

    @When("the client calls the privileged tool twice")
    public void privilegedToolTwice() {
        String tool = world.target().privilegedTool().orElseThrow();
        String token = world.token().value();
        first = McpRequests.post(world, McpMessage.callTool(tool), token,
                McpRequests.openSession(world, token).orElse(null));
        second = McpRequests.post(world, McpMessage.callTool(tool), token,
                McpRequests.openSession(world, token).orElse(null));
        if (first.statusCode() != 403 || second.statusCode() != 403) {
            throw Findings.skip("The privileged tool was answered " + first.statusCode() + " and "
                    + second.statusCode() + ", not refused for scope both times.");
        }
        world.answered(second);
    }

    @When("the client lists the tools on a new connection, pings, and lists them on another")
    public void listTwiceOnNewConnections() {
        String token = world.token().value();
        first = McpRequests.post(world, McpMessage.TOOLS_LIST, token,
                McpRequests.openSession(world, token).orElse(null));
        McpRequests.post(world, McpMessage.PING, token, McpRequests.openSession(world, token).orElse(null));
        second = McpRequests.post(world, McpMessage.TOOLS_LIST, token,
                McpRequests.openSession(world, token).orElse(null));
        world.answered(second);
    }

    @Then("both challenges name the same scopes")
    public void sameScopes() {
        findings.check(() -> ScopeChallengeChecks.sameScopes(first, second));
    }

    @Then("both lists name the same tools")
    public void sameTools() {
        List<String> before = ToolListChecks.toolNames(first);
        findings.check(() -> ToolListChecks.sameTools(before, ToolListChecks.toolNames(second)));
    }
}
