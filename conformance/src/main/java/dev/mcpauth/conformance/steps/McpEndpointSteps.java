package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.resource.TokenForgery;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Requests to the MCP endpoint, each with one thing about its credentials changed. */
public class McpEndpointSteps {

    private final ConformanceWorld world;

    public McpEndpointSteps(ConformanceWorld world) {
        this.world = world;
    }

    @Given("the client holds a valid access token")
    public void holdsToken() {
        world.token();
    }

    @When("a client sends {mcpMessage} without an access token")
    public void withoutToken(McpMessage message) {
        world.answered(world.wire().send(message, null));
    }

    @When("the client sends {mcpMessage} with its access token")
    public void withToken(McpMessage message) {
        world.answered(world.wire().send(message, world.token().value()));
    }

    @When("the client sends {mcpMessage} with its access token under the scheme name {string}")
    public void withSchemeName(McpMessage message, String scheme) {
        world.answered(world.wire().prepare(world.wire().call(message))
                .header("Authorization", scheme + " " + world.token().value()).post(world.target().mcpUrl()));
    }

    @When("a client sends {mcpMessage} with {tokenForgery}")
    public void withForgedToken(McpMessage message, TokenForgery forgery) {
        world.answered(world.wire().send(message, forged(world, forgery)));
    }

    @When("the client sends {mcpMessage} with a token issued for another resource")
    public void withTokenForOtherResource(McpMessage message) {
        String otherResource = world.target().otherResource().orElseThrow(() -> Findings.skip(
                "No other resource is known; set mcp.other.resource to a resource URI the same authorization "
                        + "server issues tokens for."));
        ClientCredentials client = world.token().client();
        if (client == null || client.isPublic()) {
            throw Findings.skip("The harness has no confidential client to ask for a token for another resource.");
        }
        Response tokenResponse = AccessTokens.request(world, client,
                java.util.Map.of("resource", otherResource));
        if (tokenResponse.statusCode() != 200 || !(tokenResponse.path("access_token") instanceof String token)) {
            throw Findings.skip("The authorization server issues no token for " + otherResource + " (answered "
                    + tokenResponse.statusCode() + "), so none can be presented to the MCP server.");
        }
        world.answered(world.wire().send(message, token));
    }

    @When("the client sends {mcpMessage} with its access token in the query string only")
    public void withTokenInQuery(McpMessage message) {
        String separator = world.target().mcpUrl().contains("?") ? "&" : "?";
        world.answered(world.wire().prepare(world.wire().call(message))
                .post(world.target().mcpUrl() + separator + "access_token=" + world.token().value()));
    }

    @When("the client sends {mcpMessage} with malformed Bearer credentials")
    public void withMalformedCredentials(McpMessage message) {
        world.answered(world.wire().prepare(world.wire().call(message))
                .header("Authorization", "Bearer " + world.token().value() + " extra").post(world.target().mcpUrl()));
    }

    @When("the client sends {mcpMessage} with its access token from the origin {string}")
    public void fromOrigin(McpMessage message, String origin) {
        world.answered(McpRequests.authorized(world.wire().prepare(world.wire().call(message)),
                world.token().value()).header("Origin", origin).post(world.target().mcpUrl()));
    }

    /** The forged token, or SKIPPED when the forgery needs a JWT and the server's tokens are opaque. */
    static String forged(ConformanceWorld world, TokenForgery forgery) {
        String forged = forgery.applyTo(world.token().value());
        if (forged == null) {
            throw Findings.skip("The server's access tokens are not JWTs, so \"" + forgery.phrase()
                    + "\" cannot be built.");
        }
        return forged;
    }
}
