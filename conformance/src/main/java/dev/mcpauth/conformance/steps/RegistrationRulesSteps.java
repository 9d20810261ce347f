package dev.mcpauth.conformance.steps;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.registration.PublicClients;
import dev.mcpauth.conformance.token.AccessTokens;
import dev.mcpauth.conformance.registration.RegistrationResponseChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;

/** Registrations that probe one rule of RFC 7591 each: unknown fields, key sets, uniqueness, secrets. */
public class RegistrationRulesSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private Response first;
    private Response second;

    public RegistrationRulesSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    /** A refusal counts against the unknown field only when the same registration without it is accepted. */
    @When("the client registers as a public client with an extra metadata field the server does not know")
    public void unknownField() {
        Map<String, Object> metadata = PublicClients.acceptedMetadata(world, world.discovered());
        metadata.put("x_conformance_unknown_field", "ignored");
        Response withField = register(metadata);
        if (withField.statusCode() / 100 != 2) {
            metadata.remove("x_conformance_unknown_field");
            Response without = register(metadata);
            if (without.statusCode() / 100 != 2) {
                throw Findings.skip("The registration is refused without the unknown field as well (answered "
                        + without.statusCode() + "), so the refusal says nothing about unknown fields.");
            }
        }
        world.answered(withField);
    }

    @When("the client registers for the authorization code grant with the response type token")
    public void contradictoryTypes() {
        Map<String, Object> metadata = PublicClients.acceptedMetadata(world, world.discovered());
        metadata.put("grant_types", List.of("authorization_code"));
        metadata.put("response_types", List.of("token"));
        world.answered(register(metadata));
    }

    @When("the client registers with both a jwks and a jwks_uri")
    public void bothKeySets() {
        Map<String, Object> metadata = ClientRegistrations.confidentialClient("private_key_jwt");
        try {
            metadata.put("jwks", Map.of("keys", List.of(new ECKeyGenerator(Curve.P_256).keyID("conformance")
                    .generate().toPublicJWK().toJSONObject())));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        metadata.put("jwks_uri", "https://client.example/jwks.json");
        world.answered(register(metadata));
    }

    @When("two public clients register with different redirect URIs")
    public void twoPublicClients() {
        Map<String, Object> metadata = PublicClients.acceptedMetadata(world, world.discovered());
        metadata.put("redirect_uris", List.of("http://127.0.0.1:1/callback-one"));
        first = register(metadata);
        metadata.put("redirect_uris", List.of("http://127.0.0.1:1/callback-two"));
        second = register(metadata);
    }

    @When("two confidential clients register")
    public void twoConfidentialClients() {
        first = confidential().response();
        second = confidential().response();
        if (first.path("client_secret") == null || second.path("client_secret") == null) {
            throw Findings.skip("The authorization server issued no client_secret to a confidential client "
                    + "(answered " + first.statusCode() + ").");
        }
    }

    @When("a confidential client registers")
    public void confidentialClient() {
        world.answered(confidential().response());
    }

    @Then("the registration is refused with invalid_client_metadata or its response types agree with its grant types")
    public void consistentTypes() {
        findings.check(() -> RegistrationResponseChecks.consistentTypes(world.lastResponse()));
    }

    @Then("a registration that succeeds does not hold both key sets")
    public void notBothKeySets() {
        findings.check(() -> RegistrationResponseChecks.notBothKeySets(world.lastResponse()));
    }

    @Then("each registration has its own client_id")
    public void distinctClientIds() {
        findings.check(() -> RegistrationResponseChecks.distinct(first, second, "client_id"));
    }

    @Then("each registration has its own client_secret")
    public void distinctSecrets() {
        findings.check(() -> RegistrationResponseChecks.distinct(first, second, "client_secret"));
    }

    @Then("the registration says when its client secret expires")
    public void secretExpiry() {
        io.restassured.response.Response registration = world.lastResponse();
        if (registration.statusCode() / 100 != 2) {
            throw Findings.skip("The server did not register a client-credentials client (answered "
                    + registration.statusCode() + "), which it may refuse; there is no client secret to check.");
        }
        if (registration.path("client_secret") == null) {
            throw Findings.skip("The registration issued no client_secret, so there is no expiry to check.");
        }
        findings.check(() -> RegistrationResponseChecks.secretExpiry(registration));
    }

    @Then("any client_id_issued_at is a number of seconds close to now")
    public void issuedAt() {
        Object issuedAt = world.lastResponse().statusCode() / 100 == 2 ? world.lastResponse().path(
                "client_id_issued_at") : null;
        if (issuedAt == null) {
            throw Findings.skip("The registration response carries no client_id_issued_at.");
        }
        findings.check(() -> RegistrationResponseChecks.issuedAtPlausible(issuedAt));
    }

    @Then("the registration error is a JSON object with an error code")
    public void errorShape() {
        if (world.lastResponse().statusCode() / 100 == 2) {
            throw Findings.skip("The metadata was registered, which the scenario of that redirect URI reports; "
                    + "there is no registration error to inspect.");
        }
        findings.check(() -> RegistrationResponseChecks.errorShape(world.lastResponse()));
    }

    /** A confidential client as the harness registers its own: a grant and a secret method the server offers. */
    private ClientRegistrations.Registration confidential() {
        Discovered discovered = world.discovered();
        return AccessTokens.registerConfidential(world, discovered,
                ClientRegistrations.preferredSecretMethod(discovered), AccessTokens.confidentialGrant(discovered));
    }

    private Response register(Map<String, Object> metadata) {
        Discovered discovered = world.discovered();
        return ClientRegistrations.register(world, discovered, metadata);
    }
}
