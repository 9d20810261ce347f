package dev.mcpauth.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import dev.mcpauth.conformance.authorization.AuthorizationChecks;
import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.authorization.AuthorizationResponseChecks;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Authorization requests that break one rule of OAuth 2.1 section 4.1.1 each, and what comes back. */
public class AuthorizationEndpointSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private final AuthorizationSteps registered;
    private Map<String, String> reached;
    private String what;
    private final List<Response> answers = new ArrayList<>();

    public AuthorizationEndpointSteps(ConformanceWorld world, Findings findings, AuthorizationSteps registered) {
        this.world = world;
        this.findings = findings;
        this.registered = registered;
    }

    @When("the client sends a well-formed authorization request with GET")
    public void wellFormed() {
        send(flow().validRequest(), "a well-formed authorization request");
    }

    @When("the client sends an authorization request with the response type {string}")
    public void responseType(String responseType) {
        Map<String, String> request = flow().validRequest();
        request.put("response_type", responseType);
        send(request, "response_type=" + responseType);
    }

    @When("the client sends an authorization request for the resource {string}")
    public void withResource(String resource) {
        Map<String, String> request = flow().validRequest();
        request.put("resource", resource);
        send(request, "resource=" + resource);
    }

    @When("the client sends an authorization request without a response type")
    public void withoutResponseType() {
        Map<String, String> request = flow().validRequest();
        request.remove("response_type");
        send(request, "an authorization request without response_type");
    }

    @When("the client sends an authorization request without a client id")
    public void withoutClientId() {
        Map<String, String> request = flow().validRequest();
        request.remove("client_id");
        send(request, "an authorization request without client_id");
    }

    @When("the client sends an authorization request with a client id the server never issued")
    public void unknownClientId() {
        Map<String, String> request = flow().validRequest();
        request.put("client_id", "conformance-unknown-client-" + System.nanoTime());
        send(request, "an unknown client_id");
    }

    @When("the client sends an authorization request that names the client id twice")
    public void clientIdTwice() {
        Map<String, String> request = flow().validRequest();
        RequestSpecification spec = world.request().urlEncodingEnabled(true);
        request.forEach(spec::queryParam);
        spec.queryParam("client_id", "conformance-other-client");
        Response first = spec.get(discovered().serverEndpoint("authorization_endpoint"));
        reached = flow().followToRedirectUri(first, ClientRegistrations.LOOPBACK_REDIRECT_URI);
        what = "an authorization request with client_id twice";
    }

    @When("the client sends an authorization request with an extra parameter the server does not know")
    public void unknownParameter() {
        Map<String, String> request = flow().validRequest();
        request.put("x_conformance_unknown", "ignored");
        send(request, "an authorization request with an unknown parameter");
    }

    @When("a script of another origin sends a valid authorization request")
    public void crossOrigin() {
        String endpoint = discovered().serverEndpoint("authorization_endpoint");
        answers.add(world.request().header("Origin", "https://attacker.example")
                .header("Access-Control-Request-Method", "GET").options(endpoint));
        RequestSpecification spec = world.request().urlEncodingEnabled(true).header("Origin",
                "https://attacker.example");
        flow().validRequest().forEach(spec::queryParam);
        answers.add(spec.get(endpoint));
    }

    @When("the client obtains a code and redeems it")
    public void obtainAndRedeem() {
        wellFormed();
        if (reached == null || reached.get("code") == null) {
            throw Findings.skip("No authorization code without user interaction.");
        }
        world.answered(redeem(flow().tokenRequest(reached.get("code")), client()));
    }

    @When("the client sends an authorization request without a code challenge")
    public void withoutCodeChallenge() {
        Map<String, String> request = flow().validRequest();
        request.remove("code_challenge");
        request.remove("code_challenge_method");
        send(request, "an authorization request without code_challenge");
    }

    @When("the client sends an authorization request with the code challenge method {string}")
    public void withCodeChallengeMethod(String method) {
        Map<String, String> request = flow().validRequest();
        request.put("code_challenge_method", method);
        send(request, "code_challenge_method=" + method);
    }

    @When("the client sends an authorization request with an S256 code challenge but no method")
    public void withoutCodeChallengeMethod() {
        Map<String, String> request = flow().validRequest();
        request.remove("code_challenge_method");
        send(request, "an S256 code_challenge without code_challenge_method");
    }

    /** Refused at the authorization endpoint, or the code it gave cannot be redeemed without a matching verifier. */
    @Then("no access token can be obtained without PKCE")
    public void noTokenWithoutPkce() {
        findings.check(() -> noTokenFromCode(true));
    }

    @Then("no access token can be obtained with the original code verifier")
    public void noTokenWithOriginalVerifier() {
        findings.check(() -> noTokenFromCode(false));
    }

    private void noTokenFromCode(boolean withoutVerifier) {
        if (reached == null || reached.get("code") == null) {
            return;
        }
        Map<String, String> exchange = flow().tokenRequest(reached.get("code"));
        if (withoutVerifier) {
            exchange.remove("code_verifier");
        }
        AuthorizationChecks.noTokenIssued(redeem(exchange, client()), what);
    }

    @Then("the authorization server redirects back with an authorization code")
    public void codeIssued() {
        findings.check(() -> AuthorizationResponseChecks.codeIssued(reached, what));
    }

    @Then("the client receives no authorization code")
    public void noCode() {
        findings.check(() -> AuthorizationResponseChecks.noCode(reached, what));
    }

    @Then("the authorization server does not redirect to the client")
    public void notRedirected() {
        findings.check(() -> AuthorizationResponseChecks.notRedirected(reached, what));
    }

    @Then("the authorization response is the error {string}")
    public void error(String error) {
        findings.check(() -> AuthorizationResponseChecks.error(reached, error, what));
    }

    @Then("the error response carries a standard error code and the state that was sent")
    public void standardError() {
        if (reached != null && (reached.get("code") != null || reached.get("access_token") != null)) {
            throw Findings.skip("The request was answered with a grant, which the scenario of that response type "
                    + "reports; there is no error response to inspect.");
        }
        findings.check(() -> AuthorizationResponseChecks.standardErrorWithState(reached,
                flow().validRequest().get("state")));
    }

    @Then("neither the authorization response nor the token response reveals the code challenge")
    public void challengeHidden() {
        String challenge = CodeChallenge.compute(CodeChallengeMethod.S256, flow().verifier()).getValue();
        findings.check(() -> AuthorizationResponseChecks.challengeNotRevealed(challenge, reached,
                world.lastResponse()));
    }

    @Then("no answer allows cross-origin access")
    public void noCors() {
        findings.check(() -> AuthorizationResponseChecks.noCrossOriginAccess(answers));
    }

    private void send(Map<String, String> request, String description) {
        what = description;
        reached = flow().followToRedirectUri(flow().authorize(request), ClientRegistrations.LOOPBACK_REDIRECT_URI);
    }

    private Response redeem(Map<String, String> exchange, ClientCredentials client) {
        return dev.mcpauth.conformance.token.TokenRequests.post(world, discovered(), client, exchange);
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
