package dev.mcpauth.conformance.steps;

import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.http.ResponseBodies;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.TokenChecks;
import dev.mcpauth.conformance.token.TokenRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Token endpoint requests by a confidential client, each with one thing changed. */
public class TokenEndpointSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private ClientCredentials client;
    private String requestedResource;

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
        if (!client.usesClientCredentials()) {
            throw Findings.skip("The harness's confidential client uses the authorization code grant, not client "
                    + "credentials.");
        }
        world.answered(AccessTokens.request(world, client, Map.of()));
    }

    /** With the grant the harness's client uses: client credentials, or the code flow with a new code. */
    @When("the client requests a token")
    public void requestToken() {
        world.answered(AccessTokens.request(world, client, Map.of()));
    }

    @When("the client requests a token for the resource {string}")
    public void requestTokenForResource(String resource) {
        requested(resource);
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

    /** The resource the last request named, for the check of what was issued for it. */
    public void requested(String resource) {
        requestedResource = resource;
    }

    @Then("no token is issued for that resource")
    public void noTokenForThatResource() {
        Response response = world.lastResponse();
        java.util.List<String> audience = response.path("access_token") instanceof String token
                ? dev.mcpauth.conformance.token.OtherResource.audience(token) : null;
        findings.check(() -> TokenChecks.noTokenForInvalidTarget(response, requestedResource, audience));
    }

    @Then("the refusal is 401 Unauthorized with a Basic challenge")
    public void refusedWithBasicChallenge() {
        Response response = world.lastResponse();
        if (response.statusCode() == 200 && ResponseBodies.field(response, "access_token") != null) {
            throw Findings.skip("The wrong client secret was accepted, which the scenario of a wrong secret reports; "
                    + "there is no refusal to inspect.");
        }
        findings.check(() -> TokenChecks.refusedWithBasicChallenge(response));
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

    private ClientCredentials withWrongSecret(String method) {
        return client.with(client.clientSecret() + "-wrong", method);
    }
}
