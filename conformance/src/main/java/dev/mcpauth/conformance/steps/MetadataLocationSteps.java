package dev.mcpauth.conformance.steps;

import java.util.List;

import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.discovery.WellKnownUrls;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/**
 * Where MCP 2025-11-25 lets an authorization server publish its metadata: at the RFC 8414 URL or as an OpenID
 * Connect provider configuration, at least one of them.
 */
public class MetadataLocationSteps {

    private final ConformanceWorld world;
    private final DiscoverySteps discovery;

    public MetadataLocationSteps(ConformanceWorld world, DiscoverySteps discovery) {
        this.world = world;
        this.discovery = discovery;
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
}
