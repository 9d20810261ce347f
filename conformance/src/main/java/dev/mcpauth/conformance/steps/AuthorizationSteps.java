package dev.mcpauth.conformance.steps;

import java.util.Map;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.mcpauth.conformance.authorization.AuthorizationChecks;
import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.authorization.RedirectUriChange;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.registration.PublicClients;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.TokenChecks;
import dev.mcpauth.conformance.token.TokenRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** The authorization code flow with PKCE, with one thing of the request changed per scenario. */
public class AuthorizationSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private Discovered discovered;
    private ClientCredentials client;
    private AuthorizationCodeFlow flow;
    private Map<String, String> redirect;
    private String changedRedirectUri;
    private Response authorizationResponse;
    private String oldRefreshToken;

    public AuthorizationSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @ParameterType(RedirectUriChange.PHRASES)
    public RedirectUriChange redirectUriChange(String phrase) {
        return RedirectUriChange.fromPhrase(phrase);
    }

    @Given("a public client registered with a loopback redirect URI")
    public void publicClient() {
        discovered = world.discovered();
        if (discovered.serverEndpoint("registration_endpoint") == null
                || discovered.serverEndpoint("authorization_endpoint") == null) {
            throw Findings.skip("The authorization server offers no registration or authorization endpoint.");
        }
        client = PublicClients.loopbackClient(world, discovered);
        flow = new AuthorizationCodeFlow(world, discovered, client.clientId(),
                ClientRegistrations.LOOPBACK_REDIRECT_URI);
    }

    /** The registered public client and its flow, for further authorization-endpoint step classes. */
    public AuthorizationCodeFlow flow() {
        return flow;
    }

    public ClientCredentials client() {
        return client;
    }

    @Given("the authorization server approves its requests without user interaction")
    public void approvesHeadlessly() {
        obtainCode();
    }

    @When("the client redeems an authorization code with a different code verifier")
    public void redeemWithOtherVerifier() {
        Map<String, String> exchange = flow.tokenRequest(obtainCode());
        exchange.put("code_verifier", new CodeVerifier().getValue());
        world.answered(TokenRequests.post(world, discovered, client, exchange));
    }

    @When("the client redeems the same authorization code twice")
    public void redeemTwice() {
        Map<String, String> exchange = flow.tokenRequest(obtainCode());
        Response first = TokenRequests.post(world, discovered, client, exchange);
        if (first.statusCode() != 200) {
            throw Findings.skip("The first redemption of the code already failed (" + first.statusCode() + ").");
        }
        world.answered(TokenRequests.post(world, discovered, client, exchange));
    }

    @Then("the second token request is refused with the error {string}")
    public void secondRefused(String error) {
        findings.check(() -> TokenChecks.refused(world.lastResponse(), java.util.List.of(error)));
    }

    @When("the client sends an authorization request with the redirect URI changed to {redirectUriChange}")
    public void withChangedRedirectUri(RedirectUriChange change) {
        changedRedirectUri = change.apply(ClientRegistrations.LOOPBACK_REDIRECT_URI);
        Map<String, String> request = flow.validRequest();
        request.put("redirect_uri", changedRedirectUri);
        authorizationResponse = flow.authorize(request);
    }

    @Then("the server does not redirect to that URI")
    public void doesNotRedirect() {
        Map<String, String> reached = flow.followToRedirectUri(authorizationResponse, changedRedirectUri);
        findings.check(() -> AuthorizationChecks.notRedirected(reached, changedRedirectUri));
    }

    @Then("the server redirects there with an authorization code")
    public void redirectsWithCode() {
        Map<String, String> reached = flow.followToRedirectUri(authorizationResponse, changedRedirectUri);
        findings.check(() -> AuthorizationChecks.redirectedWithCode(reached, changedRedirectUri));
    }

    @When("the client sends a valid authorization request")
    public void validRequest() {
        redirect = flow.followToRedirectUri(flow.authorize(flow.validRequest()),
                ClientRegistrations.LOOPBACK_REDIRECT_URI);
    }

    @Then("the authorization response returns the state unchanged")
    public void stateUnchanged() {
        findings.check(() -> AuthorizationChecks.stateReturned(redirect, flow.validRequest().get("state")));
    }

    @When("the client refreshes its token with the refresh token it got")
    public void refresh() {
        Response tokens = TokenRequests.post(world, discovered, client, flow.tokenRequest(obtainCode()));
        if (!(tokens.path("refresh_token") instanceof String refreshToken)) {
            throw Findings.skip("The authorization server issued no refresh token to the public client.");
        }
        oldRefreshToken = refreshToken;
        world.answered(TokenRequests.post(world, discovered, client, TokenRequests.refreshGrant(world, refreshToken)));
    }

    @Then("the token response carries a new refresh token")
    public void newRefreshToken() {
        refreshedOrSkip();
        findings.check(() -> AuthorizationChecks.rotated(world.lastResponse(), oldRefreshToken));
    }

    @Then("the old refresh token no longer works")
    public void oldRefreshTokenRefused() {
        findings.check(() -> AuthorizationChecks.noTokenIssued(TokenRequests.post(world, discovered, client,
                TokenRequests.refreshGrant(world, oldRefreshToken)), "a refresh token that was already used"));
    }

    /** A refused refresh leaves no new grant to inspect: SKIPPED with what the server answered. */
    void refreshedOrSkip() {
        if (world.lastResponse().statusCode() != 200) {
            throw Findings.skip("The refresh was refused (answered " + world.lastResponse().statusCode() + " "
                    + dev.mcpauth.conformance.http.ResponseBodies.abbreviate(world.lastResponse().asString())
                    + "), so there is no new grant to inspect.");
        }
    }

    private String obtainCode() {
        try {
            return flow.obtainCode();
        } catch (IllegalStateException e) {
            throw Findings.skip("No authorization code without user interaction: " + e.getMessage());
        }
    }
}
