package dev.mcpauth.conformance.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.resource.IssuerSignedToken;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/**
 * Requests with tokens the authorization server's own key signed, each differing from the harness's valid token in
 * one claim. The key comes from the target (the bundled server lends its own) or from the user; without it, or
 * when a plain copy of the valid token signed with it is not accepted, the scenario is SKIPPED.
 */
public class IssuerSignedTokenSteps {

    private final ConformanceWorld world;

    public IssuerSignedTokenSteps(ConformanceWorld world) {
        this.world = world;
    }

    @When("a client sends {mcpMessage} with {issuerSignedToken}")
    public void withIssuerSignedToken(McpMessage message, IssuerSignedToken change) {
        SignedJWT valid = validJwt();
        JWK key = signingKey();
        try {
            Response copy = world.wire().send(message, IssuerSignedToken.copyOf(valid, key));
            if (copy.statusCode() != 200) {
                throw Findings.skip("A copy of the harness's valid token signed with the given key was answered "
                        + copy.statusCode() + ", so that key is not the one the server trusts; check "
                        + HarnessSettings.SIGNING_KEY + ".");
            }
            world.answered(world.wire().send(message, change.signedFrom(valid, key)));
        } catch (JOSEException | java.text.ParseException e) {
            throw Findings.skip("The harness cannot sign with the given key: " + e.getMessage());
        }
    }

    private SignedJWT validJwt() {
        try {
            return SignedJWT.parse(world.token().value());
        } catch (java.text.ParseException notJwt) {
            throw Findings.skip("The server's access tokens are not JWTs, so no single claim can be changed.");
        }
    }

    private JWK signingKey() {
        Path file = world.settings().signingKey().or(() -> world.target().signingKey()).orElseThrow(() ->
                Findings.skip("Only the authorization server can sign a token that differs from a valid one in a "
                        + "single claim; give its signing key as a JWK file (" + HarnessSettings.SIGNING_KEY
                        + ", test deployments only) to run this check."));
        try {
            JWK key = JWK.parse(Files.readString(file));
            if (!IssuerSignedToken.canSignWith(key)) {
                throw Findings.skip("The key in " + file + " is not a private EC or RSA key the harness can sign "
                        + "with.");
            }
            return key;
        } catch (IOException | java.text.ParseException e) {
            throw Findings.skip("The signing key file " + file + " cannot be read as a JWK: " + e.getMessage());
        }
    }
}
