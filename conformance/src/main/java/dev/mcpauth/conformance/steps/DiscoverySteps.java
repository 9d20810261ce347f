package dev.mcpauth.conformance.steps;

import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.discovery.MetadataChecks;
import dev.mcpauth.conformance.discovery.WellKnownUrls;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Fetching and checking the protected resource metadata and the authorization server metadata. */
public class DiscoverySteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private String issuer;

    public DiscoverySteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("a client fetches the protected resource metadata")
    public void fetchResourceMetadata() {
        Response last = null;
        for (String candidate : Discovery.resourceMetadataCandidates(world)) {
            last = world.request().get(candidate);
            if (last.statusCode() == 200) {
                break;
            }
        }
        world.answered(last);
    }

    @When("a client fetches the protected resource metadata from the well-known URL of the MCP server")
    public void fetchWellKnownResourceMetadata() {
        world.answered(world.request().get(WellKnownUrls.protectedResourceMetadata(world.target().mcpUrl())));
    }

    @Then("the metadata is a JSON object served with status 200")
    public void jsonObject() {
        findings.check(() -> MetadataChecks.jsonObject(world.lastResponse()));
    }

    @Then("the metadata names at least one authorization server by its issuer URL")
    public void namesAuthorizationServer() {
        findings.check(() -> MetadataChecks.namesAuthorizationServers(world.lastDocument()));
    }

    @Then("the metadata has a resource identifier")
    public void hasResource() {
        findings.check(() -> MetadataChecks.hasResource(world.lastDocument()));
    }

    @Then("the metadata's resource is the MCP server's URL or a prefix of it on the same origin")
    public void resourceIdentifiesServer() {
        findings.check(() -> MetadataChecks.resourceCoversServer(world.lastDocument(), world.target().mcpUrl()));
    }

    @Then("the metadata's resource is exactly the MCP server's URL")
    public void resourceIsServerUrl() {
        findings.check(() -> MetadataChecks.resourceIsExactly(world.lastDocument(), world.target().mcpUrl()));
    }

    @Then("the metadata does not list query as a bearer method")
    public void noQueryBearerMethod() {
        findings.check(() -> MetadataChecks.noQueryBearerMethod(world.lastDocument()));
    }

    @Given("the client knows the authorization server from the resource metadata")
    public void knowsIssuer() {
        for (String candidate : Discovery.resourceMetadataCandidates(world)) {
            Map<String, Object> metadata = Discovery.jsonObject(world.request().get(candidate));
            if (metadata != null) {
                issuer = Discovery.firstAuthorizationServer(metadata).orElseThrow(() -> Findings.skip(
                        "The protected resource metadata names no authorization server."));
                return;
            }
        }
        throw Findings.skip("No protected resource metadata was found, so the authorization server is unknown.");
    }

    /** The issuer the resource metadata names, for further metadata step classes. */
    public String issuer() {
        return issuer;
    }

    @When("the client fetches the authorization server metadata from its RFC 8414 URL")
    public void fetchRfc8414Metadata() {
        world.answered(world.request().get(WellKnownUrls.authorizationServerMetadata(issuer)));
    }

    @When("the client fetches the authorization server metadata")
    public void fetchServerMetadata() {
        List<String> candidates = Discovery.serverMetadataCandidates(issuer);
        for (String candidate : candidates) {
            Response response = world.request().get(candidate);
            if (Discovery.jsonObject(response) != null) {
                world.answered(response);
                return;
            }
        }
        throw Findings.skip("No authorization server metadata was found at " + candidates + ".");
    }

    @Then("the metadata's issuer is identical to the issuer it was fetched for")
    public void issuerIdentical() {
        findings.check(() -> MetadataChecks.issuerIdentical(world.lastDocument(), issuer));
    }

    @Then("the metadata names the token_endpoint as an absolute URL")
    public void tokenEndpoint() {
        findings.check(() -> MetadataChecks.absoluteUrl(world.lastDocument(), "token_endpoint"));
    }

    @Then("the metadata names the authorization_endpoint as an absolute URL unless the code grant is not offered")
    public void authorizationEndpoint() {
        findings.check(() -> MetadataChecks.authorizationEndpointUnlessNoCodeGrant(world.lastDocument()));
    }

    @Then("the metadata lists code among the response_types_supported")
    public void responseTypes() {
        findings.check(() -> MetadataChecks.listContains(world.lastDocument(), "response_types_supported", "code"));
    }

    @Then("the metadata lists S256 among the code_challenge_methods_supported")
    public void pkceMethods() {
        findings.check(() -> MetadataChecks.listContains(world.lastDocument(), "code_challenge_methods_supported", "S256"));
    }

    @Then("the metadata names a registration_endpoint")
    public void registrationEndpoint() {
        findings.check(() -> MetadataChecks.absoluteUrl(world.lastDocument(), "registration_endpoint"));
    }

}
