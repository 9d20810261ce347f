package dev.mcpauth.conformance.steps;

import java.util.List;

import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.mcp.McpMessage;
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
        first = world.wire().send(McpMessage.TOOLS_LIST, null);
        second = world.wire().send(McpMessage.TOOLS_LIST, null);
        world.answered(second);
    }

    @When("the client calls the privileged tool twice")
    public void privilegedToolTwice() {
        String tool = world.target().privilegedTool().orElseThrow();
        String token = world.token().value();
        first = inNewExchange(McpCall.callTool(tool), token);
        second = inNewExchange(McpCall.callTool(tool), token);
        if (first.statusCode() != 403 || second.statusCode() != 403) {
            throw Findings.skip("The privileged tool was answered " + first.statusCode() + " and "
                    + second.statusCode() + ", not refused for scope both times.");
        }
        world.answered(second);
    }

    @When("the client lists the tools on a new connection, pings, and lists them on another")
    public void listTwiceOnNewConnections() {
        String token = world.token().value();
        first = inNewExchange(McpCall.toolsList(), token);
        inNewExchange(McpCall.ping(), token);
        second = inNewExchange(McpCall.toolsList().withId(5), token);
        world.answered(second);
    }

    /** The call as the first of a new exchange: in 2025 a session of its own, in 2026-07-28 simply a request. */
    private Response inNewExchange(McpCall call, String token) {
        world.wire().open(token);
        return world.wire().send(call, token);
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
