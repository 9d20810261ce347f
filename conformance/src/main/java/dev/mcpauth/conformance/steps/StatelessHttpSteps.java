package dev.mcpauth.conformance.steps;

import java.util.UUID;

import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.ProtocolFault;
import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.mcp.SessionWire;
import dev.mcpauth.conformance.mcp.StatelessChecks;
import dev.mcpauth.conformance.mcp.StatelessWire;
import dev.mcpauth.conformance.resource.TokenForgery;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.specification.RequestSpecification;

/** Requests of the stateless 2026-07-28 wire, each with one thing changed: credentials, headers or _meta. */
public class StatelessHttpSteps {

    private final ConformanceWorld world;
    private final Findings findings;

    public StatelessHttpSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @ParameterType("a tools\\/list request|a tool call|a server\\/discover request")
    public McpCall statelessRequest(String phrase) {
        return switch (phrase) {
            case "a tools/list request" -> McpCall.toolsList();
            case "a tool call" -> McpCall.callTool(world.target().privilegedTool().orElse("echo"));
            default -> McpCall.discover();
        };
    }

    @ParameterType(ProtocolFault.PHRASES)
    public ProtocolFault protocolFault(String phrase) {
        return ProtocolFault.fromPhrase(phrase);
    }

    @When("a client sends {statelessRequest} of 2026-07-28 without an access token")
    public void withoutToken(McpCall call) {
        world.answered(wire().send(call, null));
    }

    @When("a client sends {statelessRequest} of 2026-07-28 with {tokenForgery}")
    public void withForgedToken(McpCall call, TokenForgery forgery) {
        world.answered(wire().send(call, McpEndpointSteps.forged(world, forgery)));
    }

    @When("a client sends {statelessRequest} of 2026-07-28 with a session id the server issued but no access token")
    public void withIssuedSessionId(McpCall call) {
        String sessionId = new SessionWire(world, Revision.V2025_11_25).openSession(world.token().value())
                .orElseThrow(() -> Findings.skip("The server issues no session ids (it opens no 2025 session), so "
                        + "there is none to replay; the made-up session id scenario covers such a server."));
        world.answered(wire().prepare(call).header(McpRequests.SESSION_HEADER, sessionId)
                .post(world.target().mcpUrl()));
    }

    @When("a client sends {statelessRequest} of 2026-07-28 with a made-up session id but no access token")
    public void withMadeUpSessionId(McpCall call) {
        world.answered(wire().prepare(call).header(McpRequests.SESSION_HEADER, madeUpSessionId())
                .post(world.target().mcpUrl()));
    }

    @When("the client sends {statelessRequest} of 2026-07-28 with its access token and a made-up session id")
    public void withTokenAndMadeUpSessionId(McpCall call) {
        world.answered(McpRequests.authorized(wire().prepare(call), world.token().value())
                .header(McpRequests.SESSION_HEADER, madeUpSessionId()).post(world.target().mcpUrl()));
    }

    @When("the client sends {statelessRequest} of 2026-07-28 with its access token")
    public void withToken(McpCall call) {
        world.answered(wire().send(call, world.token().value()));
    }

    @When("the client sends a request of 2026-07-28 {protocolFault}")
    public void withFault(ProtocolFault fault) {
        world.answered(McpRequests.authorized(fault.apply(wire(), McpCall.toolsList()), world.token().value())
                .post(world.target().mcpUrl()));
    }

    @When("the client sends a {httpMethod} of 2026-07-28 to the MCP endpoint with its access token")
    public void getOrDelete(String method) {
        String token = world.token().value();
        if (speaks2025(token)) {
            throw Findings.skip("The server also speaks 2025 revisions, whose event stream and session end use GET "
                    + "and DELETE; 405 is asked only of a server speaking 2026-07-28 alone.");
        }
        RequestSpecification request = McpRequests.authorized(world.request(), token)
                .header(McpRequests.VERSION_HEADER, Revision.V2026_07_28.label()).accept(McpRequests.ACCEPT);
        world.answered(method.equals("GET") ? request.get(world.target().mcpUrl())
                : request.delete(world.target().mcpUrl()));
    }

    @Then("the server refuses the request without a result")
    public void refused() {
        findings.check(() -> StatelessChecks.refusedWithoutResult(world.lastResponse()));
    }

    @Then("the request is refused with 400 and the JSON-RPC error {int}")
    public void refusedWithCode(int code) {
        findings.check(() -> StatelessChecks.refusedWith400AndCode(world.lastResponse(), code));
    }

    @Then("an unsupported-version error lists the protocol versions the server supports")
    public void listsSupportedVersions() {
        findings.check(() -> StatelessChecks.listsSupportedVersions(world.lastResponse()));
    }

    @Then("the answer carries no session id")
    public void noSessionId() {
        findings.check(() -> StatelessChecks.noSessionId(world.lastResponse()));
    }

    @Then("the discover result lists the supported versions, 2026-07-28 among them")
    public void discoverListsVersion() {
        findings.check(() -> StatelessChecks.discoverListsVersion(world.lastResponse(),
                Revision.V2026_07_28.label()));
    }

    private StatelessWire wire() {
        return new StatelessWire(world);
    }

    private boolean speaks2025(String token) {
        var answer = new SessionWire(world, Revision.V2025_11_25).send(McpCall.initialize(
                Revision.V2025_11_25.label()), token);
        return answer.statusCode() == 200;
    }

    private static String madeUpSessionId() {
        return "made-up-" + UUID.randomUUID();
    }
}
