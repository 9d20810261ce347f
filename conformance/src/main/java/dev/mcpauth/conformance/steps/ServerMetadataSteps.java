package dev.mcpauth.conformance.steps;

import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.discovery.ServerMetadataChecks;
import dev.mcpauth.conformance.discovery.WellKnownUrls;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Checks on the members of the authorization server metadata beyond the endpoints a client needs first. */
public class ServerMetadataSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private Map<String, Object> openIdConfiguration;

    public ServerMetadataSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @When("the client fetches both the RFC 8414 metadata and the OpenID Connect configuration")
    public void fetchBoth() {
        String issuer = world.discovered().issuer();
        world.answered(world.request().get(WellKnownUrls.authorizationServerMetadata(issuer)));
        for (String url : WellKnownUrls.openIdConfiguration(issuer)) {
            openIdConfiguration = Discovery.jsonObject(world.request().get(url));
            if (openIdConfiguration != null) {
                return;
            }
        }
        throw Findings.skip("The authorization server publishes no OpenID Connect configuration, so there is no "
                + "second document to compare.");
    }

    @Then("the metadata's issuer is an https URL without query or fragment")
    public void issuerSyntax() {
        findings.check(() -> ServerMetadataChecks.issuerSyntax(world.lastDocument()));
    }

    @Then("every URL in the resource and authorization server metadata uses https")
    public void httpsEverywhere() {
        Discovered discovered = world.discovered();
        findings.check(() -> ServerMetadataChecks.endpointsUseHttps(discovered.resourceMetadata(), world.lastDocument()));
    }

    @Then("the metadata lists the scopes it supports")
    public void scopes() {
        findings.check(() -> ServerMetadataChecks.scopesAdvertised(world.lastDocument()));
    }

    @Then("the metadata lists signing algorithms other than none for the JWT client authentication it offers")
    public void jwtAuthAlgorithms() {
        findings.check(() -> ServerMetadataChecks.jwtAuthAlgorithms(world.lastDocument(), "token_endpoint"));
    }

    @Then("the same holds for the revocation and introspection endpoints")
    public void jwtAuthAlgorithmsElsewhere() {
        findings.check(() -> {
            ServerMetadataChecks.jwtAuthAlgorithms(world.lastDocument(), "revocation_endpoint");
            ServerMetadataChecks.jwtAuthAlgorithms(world.lastDocument(), "introspection_endpoint");
        });
    }

    @Then("no member of the metadata is an empty list")
    public void noEmptyLists() {
        findings.check(() -> ServerMetadataChecks.noEmptyLists(world.lastDocument()));
    }

    @Then("the key set at jwks_uri is served over https and labels its keys when it mixes uses")
    public void keySet() {
        Object jwksUri = world.lastDocument().get("jwks_uri");
        if (!(jwksUri instanceof String url)) {
            throw Findings.skip("The metadata has no jwks_uri.");
        }
        Response keys = world.request().get(url);
        findings.check(() -> ServerMetadataChecks.keySet(url, keys.asString()));
    }

    @Then("any signed_metadata is a signed JWT naming its issuer")
    public void signedMetadata() {
        Object value = world.lastDocument().get("signed_metadata");
        if (value == null) {
            throw Findings.skip("The metadata carries no signed_metadata.");
        }
        findings.check(() -> ServerMetadataChecks.signedMetadata(String.valueOf(value)));
    }

    @Then("both documents name the same issuer and jwks_uri")
    public void documentsAgree() {
        findings.check(() -> ServerMetadataChecks.documentsAgree(world.lastDocument(), openIdConfiguration));
    }

}
