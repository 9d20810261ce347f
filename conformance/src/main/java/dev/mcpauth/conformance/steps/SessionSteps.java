package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.TransportChecks;
import dev.mcpauth.conformance.resource.TokenForgery;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.TokenUnavailable;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Requests inside an MCP session: the session id never stands in for the token. */
public class SessionSteps {

    private final ConformanceWorld world;
    private final Findings findings;

    public SessionSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Given("the client has opened an MCP session with its access token")
    public void openSession() {
        world.wire().open(world.token().value());
    }

    @When("the client sends a {httpMethod} in its session without an access token")
    public void inSessionWithoutToken(String method) {
        world.answered(inSession(method, world.request()));
    }

    @When("the client sends a {httpMethod} in its session with {tokenForgery}")
    public void inSessionWithForgedToken(String method, TokenForgery forgery) {
        String forged = McpEndpointSteps.forged(world, forgery);
        world.answered(inSession(method, McpRequests.authorized(world.request(), forged)));
    }

    @When("another client sends a ping in this session with its own valid access token")
    public void otherClientInSession() {
        String sessionId = requireSession();
        String otherToken;
        try {
            otherToken = AccessTokens.forNewClient(world, world.discovered()).value();
        } catch (TokenUnavailable e) {
            throw Findings.skip("A second client could not get a token: " + e.getMessage());
        }
        world.answered(world.wire().send(McpMessage.PING, otherToken));
    }

    @When("the client sends a ping in its session with the protocol version header {string}")
    public void withVersionHeader(String version) {
        requireSession();
        world.answered(McpRequests.authorized(world.wire().prepare(world.wire().call(McpMessage.PING)),
                world.token().value()).header(McpRequests.VERSION_HEADER, version).post(world.target().mcpUrl()));
    }

    @When("the client sends the initialized notification in its session")
    public void initializedNotification() {
        world.answered(world.wire().send(McpMessage.INITIALIZED, world.token().value()));
    }

    @When("the client deletes its session and then sends a ping in it")
    public void deleteThenPing() {
        String sessionId = requireSession();
        Response deleted = McpRequests.withSession(world, McpRequests.authorized(world.request(),
                world.token().value()), sessionId).delete(world.target().mcpUrl());
        if (deleted.statusCode() == 405) {
            throw Findings.skip("The server does not let clients end sessions (405), which the spec allows.");
        }
        world.answered(world.wire().send(McpMessage.PING, world.token().value()));
    }

    @Then("the server does not serve the request in this session")
    public void notServed() {
        findings.check(() -> TransportChecks.notServedInSession(world.lastResponse()));
    }

    @Then("the session id consists of visible ASCII characters only")
    public void sessionIdVisibleAscii() {
        String sessionId = requireSession();
        findings.check(() -> TransportChecks.visibleAscii(sessionId));
    }

    private Response inSession(String method, RequestSpecification request) {
        String sessionId = requireSession();
        RequestSpecification withSession = McpRequests.withSession(world, request, sessionId)
                .accept(McpRequests.ACCEPT);
        return switch (method) {
            case "POST" -> withSession.contentType("application/json")
                    .body(world.wire().body(world.wire().call(McpMessage.PING)))
                    .post(world.target().mcpUrl());
            // a server that wrongly opens the event stream would hold the request open; a short wait is enough
            case "GET" -> withSession.config(io.restassured.config.RestAssuredConfig.config().httpClient(
                            io.restassured.config.HttpClientConfig.httpClientConfig()
                                    .setParam("http.socket.timeout", 2_000)))
                    .accept("text/event-stream").get(world.target().mcpUrl());
            default -> withSession.delete(world.target().mcpUrl());
        };
    }

    private String requireSession() {
        if (world.sessionId() == null) {
            throw Findings.skip("The server does not use sessions (no Mcp-Session-Id on initialize).");
        }
        return world.sessionId();
    }
}
