package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.checks.ChallengeChecks;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;

/** Checks on how the MCP server refuses a request. */
public class ChallengeSteps {

    private final ConformanceWorld world;

    public ChallengeSteps(ConformanceWorld world) {
        this.world = world;
    }

    @Then("the server answers 401 Unauthorized")
    public void unauthorized() {
        ChallengeChecks.status(world.lastResponse(), 401,
                "A request without valid credentials must be refused as unauthenticated.");
    }

    @Then("the challenge names the protected resource metadata")
    public void challengeNamesResourceMetadata() {
        ChallengeChecks.namesResourceMetadata(world.lastResponse());
    }
}
