package dev.mcpauth.conformance.steps;

import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.discovery.ResourceMetadataChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The members of the protected resource metadata beyond discovery itself, and the TLS of published URLs. */
public class ResourceMetadataSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private Discovered discovered;

    public ResourceMetadataSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("a client discovers the resource and authorization server metadata")
    public void discover() {
        discovered = world.discovered();
    }

    @Then("the metadata's resource is an https URL without a fragment")
    public void resourceHttpsWithoutFragment() {
        findings.check(() -> ResourceMetadataChecks.resourceHttpsWithoutFragment(world.lastDocument()));
    }

    @Then("the metadata's resource has no query component")
    public void resourceWithoutQuery() {
        findings.check(() -> ResourceMetadataChecks.resourceWithoutQuery(world.lastDocument()));
    }

    @Then("every multi-valued member of the metadata is a non-empty JSON array")
    public void arrays() {
        findings.check(() -> ResourceMetadataChecks.multiValuedMembersNonEmptyArrays(world.lastDocument()));
    }

    @Then("the metadata lists its scopes in scopes_supported")
    public void scopes() {
        findings.check(() -> ResourceMetadataChecks.scopesListed(world.lastDocument()));
    }

    @Then("the metadata gives a resource_name")
    public void resourceName() {
        findings.check(() -> ResourceMetadataChecks.resourceNamed(world.lastDocument()));
    }

    @Then("any jwks_uri of the metadata uses https and every key of a mixed-use key set says its use")
    public void jwks() {
        Map<String, Object> metadata = world.lastDocument();
        findings.check(() -> {
            String uri = ResourceMetadataChecks.jwksUri(metadata);
            ResourceMetadataChecks.keysLabelledWhenMixed(Discovery.jsonObject(world.request().get(uri)));
        });
    }

    @Then("any resource_signing_alg_values_supported of the metadata leaves out none")
    public void noNone() {
        findings.check(() -> ResourceMetadataChecks.noNoneSigningAlgorithm(world.lastDocument()));
    }

    @Then("any signed_metadata of the metadata is a signed JWT with an iss claim and no nested signed_metadata")
    public void signedMetadata() {
        findings.check(() -> ResourceMetadataChecks.signedMetadataSound(world.lastDocument()));
    }

    @Then("every URL in both metadata documents uses https unless it points to a loopback host")
    public void tls() {
        findings.check(() -> ResourceMetadataChecks.oauthUrlsUseTls(discovered.resourceMetadata(),
                discovered.serverMetadata()));
    }

}
