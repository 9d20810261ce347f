package dev.mcpauth.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mcpauth.conformance.authorization.AuthorizationChecks;
import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.authorization.AuthorizationResponseChecks;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.TokenRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Redeeming authorization codes and refresh tokens with one thing wrong each (OAuth 2.1 sections 4.1.3, 4.3). */
public class CodeRedemptionSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private final AuthorizationSteps registered;
    private Response original;
    private String accessToken;
    private String what;

    public CodeRedemptionSteps(ConformanceWorld world, Findings findings, AuthorizationSteps registered) {
        this.world = world;
        this.findings = findings;
        this.registered = registered;
    }

    @When("the client redeems an authorization code without naming its client id")
    public void withoutClientId() {
        redeem(flow().tokenRequest(code()), null, "a public client's code redeemed without client_id");
    }

    @When("the client redeems an authorization code with a different redirect URI")
    public void otherRedirectUri() {
        Map<String, String> exchange = flow().tokenRequest(code());
        exchange.put("redirect_uri", "http://127.0.0.1:1/other-callback");
        redeem(exchange, client(), "a code redeemed with another redirect_uri");
    }

    @When("the client redeems an authorization code without the redirect URI it authorized with")
    public void withoutRedirectUri() {
        Map<String, String> exchange = flow().tokenRequest(code());
        exchange.remove("redirect_uri");
        redeem(exchange, client(), "a code redeemed without the redirect_uri of its authorization request");
    }

    @When("another registered client redeems the client's authorization code")
    public void otherClientRedeems() {
        redeem(flow().tokenRequest(code()), otherClient(), "a code redeemed by another client");
    }

    @When("the client refreshes its token for another resource")
    public void refreshForOtherResource() {
        Map<String, String> refresh = TokenRequests.refreshGrant(world, refreshToken());
        refresh.put("resource", world.target().otherResource().orElse("https://unknown.invalid/mcp"));
        redeem(refresh, client(), "a refresh token used for another resource");
    }

    @When("another registered client uses the client's refresh token")
    public void otherClientRefreshes() {
        redeem(TokenRequests.refreshGrant(world, refreshToken()), otherClient(), "another client's refresh token");
    }

    @When("the client refreshes its token asking for a scope it was not granted")
    public void refreshWithMoreScope() {
        String token = refreshToken();
        Set<String> granted = original.path("scope") instanceof String scope ? Set.of(scope.split(" ")) : Set.of();
        String extra = discovered().serverList("scopes_supported").stream().filter(s -> !granted.contains(s))
                .findFirst().orElseThrow(() -> Findings.skip("Every scope in scopes_supported was already granted, "
                        + "so no wider scope can be asked for."));
        Map<String, String> refresh = TokenRequests.refreshGrant(world, token);
        List<String> wider = new ArrayList<>(granted);
        wider.add(extra);
        refresh.put("scope", String.join(" ", wider));
        redeem(refresh, client(), "a refresh asking for the scope " + extra + " that was not granted");
    }

    @When("the client refreshes its token with a tampered refresh token")
    public void tamperedRefreshToken() {
        String token = refreshToken();
        // A character in the middle: the last one of a base64url value may carry only unused padding bits.
        int middle = token.length() / 2;
        char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
        redeem(TokenRequests.refreshGrant(world, token.substring(0, middle) + changed + token.substring(middle + 1)), client(),
                "a tampered refresh token");
    }

    @When("the client refreshes its token")
    public void refresh() {
        redeem(TokenRequests.refreshGrant(world, refreshToken()), client(), "a refresh");
    }

    @When("the client's code is replayed with a client id the server never issued")
    public void replayWithGarbage() {
        Map<String, String> exchange = flow().tokenRequest(code());
        Response first = TokenRequests.post(world, discovered(), client(), exchange);
        if (!(first.path("access_token") instanceof String token)) {
            throw Findings.skip("The code could not be redeemed (answered " + first.statusCode() + ").");
        }
        accessToken = token;
        TokenRequests.post(world, discovered(), new ClientCredentials("conformance-unknown-client", null, "none"),
                exchange);
        world.answered(world.wire().send(McpMessage.FIRST_REQUEST, accessToken));
    }

    @Then("the redemption is refused with the error {string}")
    public void refused(String error) {
        findings.check(() -> dev.mcpauth.conformance.token.TokenChecks.refused(world.lastResponse(),
                List.of(error)));
    }

    @Then("the redemption yields no access token")
    public void noToken() {
        findings.check(() -> AuthorizationChecks.noTokenIssued(world.lastResponse(), what));
    }

    @Then("the new grant has the scope of the original one")
    public void sameScope() {
        findings.check(() -> AuthorizationResponseChecks.sameScope(original, world.lastResponse()));
    }

    @Then("the access token from the first redemption still works at the MCP server")
    public void stillWorks() {
        findings.check(() -> AuthorizationResponseChecks.tokenStillWorks(world.lastResponse()));
    }

    private void redeem(Map<String, String> parameters, ClientCredentials client, String description) {
        what = description;
        world.answered(TokenRequests.post(world, discovered(), client, parameters));
    }

    private String code() {
        try {
            return flow().obtainCode();
        } catch (IllegalStateException e) {
            throw Findings.skip("No authorization code without user interaction: " + e.getMessage());
        }
    }

    private String refreshToken() {
        original = TokenRequests.post(world, discovered(), client(), flow().tokenRequest(code()));
        if (!(original.path("refresh_token") instanceof String token)) {
            throw Findings.skip("The authorization server issued no refresh token to the public client.");
        }
        return token;
    }

    private ClientCredentials otherClient() {
        Response registration = ClientRegistrations.register(world, discovered(),
                ClientRegistrations.publicClient(ClientRegistrations.LOOPBACK_REDIRECT_URI));
        if (!(registration.path("client_id") instanceof String id)) {
            throw Findings.skip("A second public client could not be registered (answered "
                    + registration.statusCode() + ").");
        }
        return new ClientCredentials(id, null, "none");
    }

    private AuthorizationCodeFlow flow() {
        return registered.flow();
    }

    private ClientCredentials client() {
        return registered.client();
    }

    private Discovered discovered() {
        return world.discovered();
    }
}
