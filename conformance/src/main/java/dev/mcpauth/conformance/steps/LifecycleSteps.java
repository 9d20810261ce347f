package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.LifecycleChecks;
import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The MCP lifecycle with a valid token: initialization first, version negotiation, negotiated capabilities. */
public class LifecycleSteps {

    private final ConformanceWorld world;
    private final Findings findings;

    public LifecycleSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("the client sends {mcpMessage} with its access token outside an initialized session")
    public void outsideInitializedSession(McpMessage message) {
        world.wire().open(world.token().value());
        if (world.sessionId() == null) {
            throw Findings.skip("The server does not use sessions, so it cannot tell whether a request comes before "
                    + "initialization.");
        }
        world.answered(McpRequests.post(world, world.wire().body(world.wire().call(message)), world.token().value(),
                null));
    }

    @When("the client initializes asking for protocol version {string}")
    public void initializeWithVersion(String version) {
        world.answered(world.wire().send(McpCall.initialize(version), world.token().value()));
    }

    @When("the client sends a ping in its session without the protocol version header")
    public void withoutVersionHeader() {
        var request = McpRequests.authorized(world.request(), world.token().value());
        if (world.sessionId() != null) {
            request = request.header(McpRequests.SESSION_HEADER, world.sessionId());
        }
        world.answered(request.contentType("application/json").accept(McpRequests.ACCEPT)
                .body(world.wire().body(world.wire().call(McpMessage.PING))).post(world.target().mcpUrl()));
    }

    @Then("the answer carries no JSON-RPC result")
    public void noResult() {
        findings.check(() -> LifecycleChecks.noResult(world.lastResponse()));
    }

    @Then("the initialize result states protocolVersion, capabilities and serverInfo")
    public void initializeResult() {
        findings.check(() -> LifecycleChecks.initializeResult(world.lastResponse()));
    }

    @Then("the initialize result agrees on protocol version {string}")
    public void agreesOnVersion(String version) {
        findings.check(() -> LifecycleChecks.agreesOnVersion(world.lastResponse(), version));
    }

    @Then("the server offers another protocol version or refuses the request with a JSON-RPC error")
    public void offersOtherVersion() {
        findings.check(() -> LifecycleChecks.offersSupportedVersionOrError(world.lastResponse(), "2099-01-01"));
    }

    @Then("the answer carries no server request for a capability the client did not offer")
    public void noUnofferedCapabilityRequests() {
        findings.check(() -> LifecycleChecks.noUnofferedCapabilityRequests(world.lastResponse()));
    }
}
