package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.resource.ChallengeSyntaxChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;

/** The RFC 6750 §3 syntax of the challenge in the last answer. */
public class ChallengeSyntaxSteps {

    private final ConformanceWorld world;
    private final Findings findings;

    public ChallengeSyntaxSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Then("the challenge is a Bearer challenge with at least one attribute")
    public void bearerWithAttribute() {
        findings.check(() -> ChallengeSyntaxChecks.bearerWithAttribute(world.lastResponse()));
    }

    @Then("the challenge repeats no attribute")
    public void noRepeatedAttribute() {
        findings.check(() -> ChallengeSyntaxChecks.noRepeatedAttribute(world.lastResponse()));
    }

    @Then("the challenge gives the realm at most once")
    public void realmAtMostOnce() {
        findings.check(() -> ChallengeSyntaxChecks.realmAtMostOnce(world.lastResponse()));
    }

    @Then("the challenge gives the scope at most once, as space-separated scope tokens")
    public void scopeWellFormed() {
        findings.check(() -> ChallengeSyntaxChecks.scopeOnceWellFormed(world.lastResponse()));
    }

    @Then("the challenge gives error, error_description and error_uri at most once each, within their character sets")
    public void errorAttributesWellFormed() {
        findings.check(() -> ChallengeSyntaxChecks.errorAttributesWellFormed(world.lastResponse()));
    }

    @Then("the challenge's error code matches the HTTP status")
    public void errorMatchesStatus() {
        findings.check(() -> ChallengeSyntaxChecks.errorMatchesStatus(world.lastResponse()));
    }
}
