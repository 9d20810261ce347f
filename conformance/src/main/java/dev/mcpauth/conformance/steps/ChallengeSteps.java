package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.resource.ChallengeChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;

/** Checks on how the MCP server answered: status and challenge. */
public class ChallengeSteps {

    private final ConformanceWorld world;
    private final Findings findings;

    public ChallengeSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Then("the server answers {httpStatus}")
    public void answers(Integer status) {
        findings.check(() -> ChallengeChecks.status(world.lastResponse(), status, ""));
    }

    @Then("the server answers with a client error")
    public void answersClientError() {
        findings.check(() -> ChallengeChecks.clientError(world.lastResponse(), "The request must be refused."));
    }

    @Then("the challenge names the protected resource metadata")
    public void namesResourceMetadata() {
        findings.check(() -> ChallengeChecks.namesResourceMetadata(world.lastResponse()));
    }

    @Then("the answer carries a WWW-Authenticate challenge")
    public void carriesChallenge() {
        findings.check(() -> ChallengeChecks.carriesChallenge(world.lastResponse()));
    }

    @Then("any protected resource metadata the challenge names is named by an absolute URL")
    public void namedResourceMetadataIsAbsolute() {
        findings.check(() -> ChallengeChecks.namedResourceMetadataIsAbsolute(world.lastResponse()));
    }

    @Then("the challenge carries no error code")
    public void noErrorCode() {
        findings.check(() -> ChallengeChecks.carriesNoErrorCode(world.lastResponse()));
    }

    @Then("the challenge reports the error {string}")
    public void reportsError(String error) {
        findings.check(() -> ChallengeChecks.reportsError(world.lastResponse(), error));
    }

    @Then("the challenge names the scope the request needs")
    public void namesScope() {
        findings.check(() -> ChallengeChecks.namesScope(world.lastResponse()));
    }
}
