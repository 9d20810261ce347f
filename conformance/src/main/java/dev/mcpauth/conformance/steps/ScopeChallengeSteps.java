package dev.mcpauth.conformance.steps;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.resource.ScopeChallengeChecks;
import dev.mcpauth.conformance.resource.ScopeHierarchy;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.token.ClientCredentials;
import dev.mcpauth.conformance.token.JwtAccessTokenChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/**
 * What the MCP server asks for in its challenges and metadata, and whether the scopes it names, or a broader scope
 * it declares, let a request through.
 */
public class ScopeChallengeSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private ScopeHierarchy.Implication implication;
    private Response served;
    private String what;

    public ScopeChallengeSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Given("the server declares a scope that includes another")
    public void declaresHierarchy() {
        String declared = world.settings().scopeHierarchy().or(() -> world.target().declaredScopeHierarchy())
                .orElseThrow(() -> Findings.skip("No scope hierarchy is declared; set "
                        + HarnessSettings.SCOPE_HIERARCHY + " (e.g. mcp:admin>mcp:tools) when the server treats "
                        + "a scope as including another."));
        implication = ScopeHierarchy.parse(declared).implications().get(0);
    }

    @When("the client lists the tools with a token holding only the broader scope")
    public void listWithBroaderScopeOnly() {
        String narrowerToken = tokenWithScope(Set.of(implication.narrower()));
        if (callTools(narrowerToken).statusCode() / 100 != 2) {
            throw Findings.skip("A token holding " + implication.narrower() + " cannot list the tools either, so "
                    + "listing tools is no operation of that scope.");
        }
        what = "Listing the tools with a token holding only " + implication.broader() + ", which the server "
                + "declares includes " + implication.narrower() + ",";
        served = callTools(tokenWithScope(Set.of(implication.broader())));
        world.answered(served);
    }

    @When("the client calls the privileged tool with the scopes the challenge named added to its token's")
    public void callWithChallengedScopes() {
        String tool = privilegedTool();
        String token = world.token().value();
        Response forbidden = callTool(tool, token);
        List<String> challenged = ScopeChallengeChecks.challengedScopes(forbidden);
        if (forbidden.statusCode() != 403 || challenged.isEmpty()) {
            throw Findings.skip("Calling " + tool + " was answered " + forbidden.statusCode() + " without a scope "
                    + "in the challenge, so there is no named scope to ask for.");
        }
        Set<String> scopes = new LinkedHashSet<>(heldScopes(token));
        scopes.addAll(challenged);
        what = "Calling " + tool + " with a token for " + scopes + " (the challenge named " + challenged + ")";
        served = callTool(tool, tokenWithScope(scopes));
        world.answered(served);
    }

    @When("a client reads the scopes the protected resource metadata lists")
    public void readResourceScopes() {
        world.discovered();
    }

    @Then("the request is served")
    public void requestServed() {
        findings.check(() -> ScopeChallengeChecks.served(served, what));
    }

    @Then("the privileged tool is not run for that token")
    public void privilegedToolNotRun() {
        findings.check(() -> ScopeChallengeChecks.notServed(world.lastResponse(), "Calling "
                + world.target().privilegedTool().orElse("the privileged tool")));
    }

    @Then("the challenge names the scopes a client should ask for")
    public void challengeNamesScopes() {
        findings.check(() -> ScopeChallengeChecks.namesScopes(world.lastResponse()));
    }

    @Then("the challenge names a scope the token does not hold")
    public void namesScopeNotHeld() {
        Set<String> held = heldScopes(world.token().value());
        findings.check(() -> ScopeChallengeChecks.namesAScopeNotHeld(world.lastResponse(), held));
    }

    @Then("the challenge does not ask for offline_access")
    public void challengeWithoutOfflineAccess() {
        findings.check(() -> ScopeChallengeChecks.leavesOutOfflineAccess(
                ScopeChallengeChecks.challengedScopes(world.lastResponse()),
                "The " + world.lastResponse().statusCode() + " challenge"));
    }

    @Then("the protected resource metadata does not list offline_access")
    public void metadataWithoutOfflineAccess() {
        Object listed = world.discovered().resourceMetadata().get("scopes_supported");
        List<?> scopes = listed instanceof List<?> list ? list : List.of();
        findings.check(() -> ScopeChallengeChecks.leavesOutOfflineAccess(
                scopes.stream().map(String::valueOf).toList(), "The protected resource metadata's scopes_supported"));
    }

    private String privilegedTool() {
        return world.target().privilegedTool().orElseThrow(() -> Findings.skip("No privileged tool is known; set "
                + HarnessSettings.PRIVILEGED_TOOL + " to a tool the harness's token may not call."));
    }

    /** The scopes a token holds, from its scope claim, or from what the user said to ask for. */
    private Set<String> heldScopes(String token) {
        Optional<String> scope = Optional.ofNullable(JwtAccessTokenChecks.parse(token)).flatMap(jwt -> {
            try {
                return Optional.ofNullable(jwt.getJWTClaimsSet().getStringClaim("scope"));
            } catch (java.text.ParseException e) {
                return Optional.empty();
            }
        }).or(() -> world.settings().scopes());
        return scope.map(value -> Set.of(value.trim().split("\\s+"))).orElseThrow(() -> Findings.skip(
                "The harness cannot tell which scopes its token holds (not a JWT with a scope claim); set "
                        + HarnessSettings.SCOPES + "."));
    }

    private String tokenWithScope(Set<String> scopes) {
        ClientCredentials client = world.token().client();
        if (client == null || client.isPublic()) {
            throw Findings.skip("The harness has no confidential client to ask for a token with chosen scopes.");
        }
        Response response = AccessTokens.request(world, client, java.util.Map.of("scope", String.join(" ", scopes)));
        if (response.statusCode() != 200 || !(response.path("access_token") instanceof String token)) {
            throw Findings.skip("The authorization server issues no token for the scope " + scopes + " (answered "
                    + response.statusCode() + ").");
        }
        return token;
    }

    private Response callTools(String token) {
        return call(McpCall.toolsList(), token);
    }

    private Response callTool(String tool, String token) {
        return call(McpCall.callTool(tool), token);
    }

    /**
     * One MCP request with this token, after what the revision needs first (2025: a session of its own). A token
     * refused already there is judged on the request itself, sent without a session.
     */
    private Response call(McpCall call, String token) {
        try {
            world.wire().open(token);
        } catch (AssertionError refusedAtOpening) {
            world.sessionOpened(null);
        }
        return world.wire().send(call, token);
    }
}
