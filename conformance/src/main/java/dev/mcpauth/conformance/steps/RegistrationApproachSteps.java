package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.discovery.RegistrationApproachChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;

/** The ways to a client id that the authorization server metadata announces. */
public class RegistrationApproachSteps {

    private final ConformanceWorld world;
    private final Findings findings;

    public RegistrationApproachSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Then("the metadata offers dynamic registration only beside client ID metadata documents")
    public void registrationOnlyBesideMetadataDocuments() {
        findings.check(() -> RegistrationApproachChecks.registrationOnlyBesideMetadataDocuments(world.lastDocument()));
    }
}
