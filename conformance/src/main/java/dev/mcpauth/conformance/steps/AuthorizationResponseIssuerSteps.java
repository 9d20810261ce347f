package dev.mcpauth.conformance.steps;

import java.util.Map;

import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.authorization.IssuerParameterChecks;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The RFC 9207 issuer parameter of the authorization responses the registered public client gets. */
public class AuthorizationResponseIssuerSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private final AuthorizationSteps registered;
    private Map<String, String> reached;
    private String what;

    public AuthorizationResponseIssuerSteps(ConformanceWorld world, Findings findings, AuthorizationSteps registered) {
        this.world = world;
        this.findings = findings;
        this.registered = registered;
    }

    @When("the authorization server answers a valid authorization request")
    public void validRequest() {
        answer(flow().validRequest(), "a successful response");
    }

    @When("the authorization server answers an authorization request with an unsupported response type")
    public void unsupportedResponseType() {
        Map<String, String> request = flow().validRequest();
        request.put("response_type", "conformance_unsupported");
        answer(request, "an error response");
    }

    @Then("the response names the authorization server in the iss parameter")
    public void issuerNamed() {
        findings.check(() -> IssuerParameterChecks.issuerNamed(reached, what));
    }

    @Then("any iss parameter of the response is exactly the authorization server's issuer")
    public void issuerExact() {
        // the issuer a client validated the metadata against and stored with its request (the resource metadata's)
        String issuer = world.discovered().issuer();
        findings.check(() -> IssuerParameterChecks.anyIssuerIsExact(reached, issuer, what));
    }

    @Then("the authorization server metadata announces the iss parameter exactly when responses carry it")
    public void announcedAsSent() {
        findings.check(() -> IssuerParameterChecks.announcedAsSent(reached, world.discovered().serverMetadata()));
    }

    private void answer(Map<String, String> request, String description) {
        what = description;
        reached = flow().followToRedirectUri(flow().authorize(request), ClientRegistrations.LOOPBACK_REDIRECT_URI);
        if (reached == null) {
            throw Findings.skip("The authorization request did not come back to the redirect URI without user "
                    + "interaction, so its iss parameter cannot be read.");
        }
    }

    private AuthorizationCodeFlow flow() {
        return registered.flow();
    }
}
