package dev.mcpauth.conformance.steps;

import java.util.List;

import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.discovery.MetadataChecks;
import dev.mcpauth.conformance.discovery.WellKnownUrls;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/**
 * Where MCP 2025-11-25 lets an authorization server publish its metadata: at the RFC 8414 URL or as an OpenID
 * Connect provider configuration, at least one of them.
 */
public class MetadataLocationSteps {

    private final ConformanceWorld world;
    private final DiscoverySteps discovery;
    private final Findings findings;

    public MetadataLocationSteps(ConformanceWorld world, DiscoverySteps discovery, Findings findings) {
        this.world = world;
        this.discovery = discovery;
        this.findings = findings;
    }

    /** The first URL that serves a JSON object, or the answer of the last one tried when none does. */
    @When("the client looks for the authorization server metadata at the RFC 8414 and OpenID Connect URLs")
    public void lookEverywhere() {
        Response last = null;
        for (String candidate : Discovery.serverMetadataCandidates(discovery.issuer())) {
            last = world.request().get(candidate);
            if (Discovery.jsonObject(last) != null) {
                break;
            }
        }
        world.answered(last);
    }

    @When("the client fetches the OpenID Connect configuration")
    public void fetchOpenIdConfiguration() {
        List<String> urls = WellKnownUrls.openIdConfiguration(discovery.issuer());
        for (String url : urls) {
            Response response = world.request().get(url);
            if (Discovery.jsonObject(response) != null) {
                world.answered(response);
                return;
            }
        }
        throw Findings.skip("The authorization server publishes no OpenID Connect configuration at " + urls + ".");
    }

    /**
     * An authorization server that publishes only an OpenID Connect configuration does not offer RFC 8414 metadata,
     * so the RFC's location rules do not bind it; without either document, the RFC 8414 one was owed.
     */
    @Then("the metadata is a JSON object served with status 200, unless the authorization server publishes an "
            + "OpenID Connect configuration instead")
    public void servedUnlessOpenIdConfigurationInstead() {
        if (Discovery.jsonObject(world.lastResponse()) == null) {
            List<String> urls = WellKnownUrls.openIdConfiguration(discovery.issuer());
            for (String url : urls) {
                if (Discovery.jsonObject(world.request().get(url)) != null) {
                    throw Findings.skip("The authorization server publishes an OpenID Connect configuration at " + url
                            + " instead of RFC 8414 metadata, as MCP 2025-11-25 allows (D1125-04).");
                }
            }
        }
        findings.check(() -> MetadataChecks.jsonObject(world.lastResponse()));
    }
}
