package dev.mcpauth.conformance.steps;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.registration.PublicClients;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.TokenChecks;
import dev.mcpauth.conformance.token.TokenRequests;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Token requests that break one rule of the token endpoint's request format or client authentication. */
public class TokenRequestRulesSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private final TokenEndpointSteps endpoint;
    private String resource;
    private String requestedScope;

    public TokenRequestRulesSteps(ConformanceWorld world, Findings findings, TokenEndpointSteps endpoint) {
        this.world = world;
        this.findings = findings;
        this.endpoint = endpoint;
    }

    @When("the client authenticates with HTTP Basic and with its secret in the form at the same time")
    public void twoMethods() {
        ClientCredentials client = endpoint.client();
        Map<String, String> parameters = ownGrant();
        parameters.put("client_id", client.clientId());
        parameters.put("client_secret", client.clientSecret());
        world.answered(TokenRequests.post(world, world.discovered(), withMethod(client, "client_secret_basic"),
                parameters));
    }

    @When("the client authenticates with its secret in the form body")
    public void secretInBody() {
        world.answered(AccessTokens.request(world, clientUsing("client_secret_post"), Map.of()));
    }

    @When("the client authenticates with HTTP Basic")
    public void secretInBasic() {
        world.answered(AccessTokens.request(world, clientUsing("client_secret_basic"), Map.of()));
    }

    @When("the client sends its credentials in the query string of the token request")
    public void credentialsInQuery() {
        ClientCredentials client = endpoint.client();
        world.answered(world.request().contentType("application/x-www-form-urlencoded").urlEncodingEnabled(true)
                .queryParam("client_id", client.clientId()).queryParam("client_secret", client.clientSecret())
                .formParams(ownGrant())
                .post(world.discovered().serverEndpoint("token_endpoint")));
    }

    @When("the client sends a token request without a grant type")
    public void withoutGrantType() {
        Map<String, String> parameters = ownGrant();
        parameters.remove("grant_type");
        world.answered(TokenRequests.post(world, world.discovered(), endpoint.client(), parameters));
    }

    @When("the client sends a token request that names the grant type twice")
    public void grantTypeTwice() {
        List<Map.Entry<String, String>> pairs = new java.util.ArrayList<>(ownGrant().entrySet());
        pairs.add(Map.entry("grant_type", endpoint.client().grantType()));
        world.answered(TokenRequests.postPairs(world, world.discovered(), endpoint.client(), pairs));
    }

    @When("the client sends its token request with GET")
    public void withGet() {
        ClientCredentials client = endpoint.client();
        world.answered(world.request().urlEncodingEnabled(true).auth().preemptive()
                .basic(client.clientId(), client.clientSecret()).queryParams(ownGrant())
                .get(world.discovered().serverEndpoint("token_endpoint")));
    }

    @When("the client requests a token with an extra parameter the server does not know")
    public void unknownParameter() {
        world.answered(AccessTokens.request(world, endpoint.client(),
                Map.of("x_conformance_unknown", "ignored")));
    }

    @When("the client requests a token naming its client id without its secret")
    public void withoutSecret() {
        if (!endpoint.client().usesClientCredentials()) {
            throw Findings.skip("The harness's confidential client uses the authorization code grant, not client "
                    + "credentials.");
        }
        Map<String, String> parameters = clientCredentialsGrant();
        parameters.put("client_id", endpoint.client().clientId());
        world.answered(TokenRequests.post(world, world.discovered(), null, parameters));
    }

    @When("the client requests a token for the MCP server's URL with a fragment added")
    public void resourceWithFragment() {
        resource = world.target().mcpUrl() + "#fragment";
        endpoint.requested(resource);
        world.answered(AccessTokens.request(world, endpoint.client(), Map.of("resource", resource)));
    }

    @When("the client requests a token for the MCP server's URL with scheme and host in upper case")
    public void resourceInUpperCase() {
        URI mcp = URI.create(world.target().mcpUrl());
        resource = mcp.getScheme().toUpperCase() + "://" + mcp.getRawAuthority().toUpperCase()
                + (mcp.getRawPath() == null ? "" : mcp.getRawPath());
        world.answered(AccessTokens.request(world, endpoint.client(), Map.of("resource", resource)));
    }

    @When("a public client asks for a token with the client credentials grant")
    public void publicClientCredentials() {
        Discovered discovered = world.discovered();
        if (discovered.serverEndpoint("registration_endpoint") == null) {
            throw Findings.skip("The authorization server offers no registration endpoint to register a public "
                    + "client.");
        }
        world.answered(TokenRequests.post(world, discovered, PublicClients.loopbackClient(world, discovered),
                clientCredentialsGrant()));
    }

    @When("the client requests a token with a scope the authorization server supports")
    public void withSupportedScope() {
        requestedScope = dev.mcpauth.conformance.discovery.RequestedScope.of(world).orElseGet(() -> world.discovered().serverList("scopes_supported")
                .stream().findFirst().orElseThrow(() -> Findings.skip("The authorization server lists no "
                        + "scopes_supported and mcp.scopes is not set, so no scope can be requested.")));
        world.answered(AccessTokens.request(world, endpoint.client(), Map.of("scope", requestedScope)));
    }

    @Then("the token response states the scope whenever the granted scope differs from the request")
    public void scopeStated() {
        Response response = world.lastResponse();
        if (response.statusCode() != 200 || response.path("scope") != null) {
            return;
        }
        com.nimbusds.jwt.SignedJWT jwt = dev.mcpauth.conformance.token.JwtAccessTokenChecks.parse(
                response.path("access_token"));
        if (jwt == null) {
            throw Findings.skip("The response states no scope and the token is opaque, so the granted scope cannot "
                    + "be compared with the request.");
        }
        findings.check(() -> TokenChecks.grantedScopeAsRequested(jwt, requestedScope));
    }

    @Then("no access token is issued")
    public void noToken() {
        findings.check(() -> TokenChecks.noToken(world.lastResponse(), "this request"));
    }

    @Then("the token response carries no refresh token")
    public void noRefreshToken() {
        findings.check(() -> TokenChecks.noRefreshToken(world.lastResponse()));
    }

    @Then("the token request is not refused as an invalid target")
    public void notInvalidTarget() {
        findings.check(() -> TokenChecks.notRefusedAsInvalidTarget(world.lastResponse(), resource));
    }

    @Then("the token endpoint's URL has no fragment")
    public void noFragment() {
        findings.check(() -> TokenChecks.endpointWithoutFragment(world.discovered().serverEndpoint(
                "token_endpoint")));
    }

    /** A valid token request of the grant the harness's confidential client uses. */
    private Map<String, String> ownGrant() {
        return AccessTokens.grantRequest(world, endpoint.client(), Map.of());
    }

    private Map<String, String> clientCredentialsGrant() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "client_credentials");
        parameters.put("resource", world.target().mcpUrl());
        world.settings().scopes().ifPresent(scope -> parameters.put("scope", scope));
        return parameters;
    }

    /** The Background's client if it uses this method, else a newly registered one; skipped if not offered. */
    private ClientCredentials clientUsing(String method) {
        ClientCredentials client = endpoint.client();
        if (method.equals(client.authMethod())) {
            return client;
        }
        Discovered discovered = world.discovered();
        List<String> offered = discovered.serverList("token_endpoint_auth_methods_supported");
        if (!offered.contains(method)) {
            throw Findings.skip("The authorization server does not advertise " + method + " in "
                    + "token_endpoint_auth_methods_supported " + offered + ".");
        }
        if (discovered.serverEndpoint("registration_endpoint") == null) {
            throw Findings.skip("The harness's client uses " + client.authMethod() + " and no client using " + method
                    + " can be registered.");
        }
        ClientRegistrations.Registration registration = AccessTokens.registerConfidential(world, discovered,
                method, client.grantType());
        if (!registration.accepted() || registration.clientSecret() == null) {
            throw Findings.skip("A client using " + method + " could not be registered (answered "
                    + registration.response().statusCode() + ").");
        }
        return new ClientCredentials(registration.clientId(), registration.clientSecret(), method,
                client.grantType());
    }

    private static ClientCredentials withMethod(ClientCredentials client, String method) {
        return client.with(client.clientSecret(), method);
    }
}
