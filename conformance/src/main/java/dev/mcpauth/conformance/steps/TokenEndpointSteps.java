package dev.mcpauth.conformance.steps;

import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.TokenChecks;
import dev.mcpauth.conformance.token.TokenRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Token endpoint requests by a confidential client, each with one thing changed. */
public class TokenEndpointSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private ClientCredentials client;

    public TokenEndpointSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Given("the client holds client credentials")
    public void holdsClientCredentials() {
        client = world.token().client();
        if (client == null || client.isPublic()) {
            throw Findings.skip("The harness holds no confidential client for this server (its token came from "
                    + world.token().how() + ").");
        }
    }

    @Given("the client can get tokens from the authorization server")
    public void canGetTokens() {
        client = world.token().client();
        if (client == null) {
            throw Findings.skip("The harness uses the token given in its settings and holds no client.");
        }
    }

    /** The confidential client the Background established, for further token-endpoint step classes. */
    public ClientCredentials client() {
        return client;
    }

    @When("the client requests a token with its client credentials")
    public void requestTokenWithClientCredentials() {
        world.answered(AccessTokens.request(world, client, Map.of()));
    }

    /** With client credentials for a confidential client, else through the code flow for a public one. */
    @When("the client requests a token")
    public void requestToken() {
        if (!client.isPublic()) {
            world.answered(AccessTokens.request(world, client, Map.of()));
            return;
        }
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(world, world.discovered(), client.clientId(),
                ClientRegistrations.LOOPBACK_REDIRECT_URI);
        String code;
        try {
            code = flow.obtainCode();
        } catch (IllegalStateException e) {
            throw Findings.skip("No authorization code without user interaction: " + e.getMessage());
        }
        world.answered(TokenRequests.post(world, world.discovered(), client, flow.tokenRequest(code)));
    }

    @When("the client requests a token for the resource {string}")
    public void requestTokenForResource(String resource) {
        world.answered(AccessTokens.request(world, client, Map.of("resource", resource)));
    }

    @When("the client requests a token with a wrong client secret")
    public void wrongSecret() {
        world.answered(AccessTokens.request(world, withWrongSecret(client.authMethod()), Map.of()));
    }

    @When("the client requests a token with a wrong client secret over HTTP Basic")
    public void wrongSecretOverBasic() {
        world.answered(AccessTokens.request(world, withWrongSecret("client_secret_basic"), Map.of()));
    }

    @When("the client requests a token with the grant type {string}")
    public void requestWithGrantType(String grantType) {
        world.answered(TokenRequests.post(world, world.discovered(), client, Map.of("grant_type", grantType)));
    }

    @Then("the token response carries Cache-Control no-store")
    public void noStore() {
        findings.check(() -> TokenChecks.noStore(world.lastResponse()));
    }

    @Then("the token response has an access_token and the token_type Bearer")
    public void accessTokenAndType() {
        findings.check(() -> TokenChecks.accessTokenAndType(world.lastResponse()));
    }

    @Then("the token request is refused with the error {string}")
    public void refused(String error) {
        findings.check(() -> TokenChecks.refused(world.lastResponse(), List.of(error)));
    }

    @Then("the token request is refused with the error {string} or {string}")
    public void refusedEither(String error, String alternative) {
        findings.check(() -> TokenChecks.refused(world.lastResponse(), List.of(error, alternative)));
    }

    @Then("the answer challenges the client to authenticate with Basic")
    public void basicChallenge() {
        findings.check(() -> TokenChecks.basicChallenge(world.lastResponse()));
    }

    private ClientCredentials withWrongSecret(String method) {
        return new ClientCredentials(client.clientId(), client.clientSecret() + "-wrong", method);
    }
}
