package dev.mcpauth.conformance.steps;

import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.registration.PublicClients;
import dev.mcpauth.conformance.registration.RegistrationChecks;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Dynamic client registration requests and the checks on their answers. */
public class RegistrationSteps {

    private final ConformanceWorld world;
    private final Findings findings;
    private Discovered discovered;
    private String registeredRedirectUri;

    public RegistrationSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Given("the authorization server offers dynamic client registration")
    public void offersRegistration() {
        discovered = world.discovered();
        if (discovered.serverEndpoint("registration_endpoint") == null) {
            throw Findings.skip("The authorization server metadata names no registration_endpoint.");
        }
    }

    /** Metadata built from the server's, sent again with less when refused: a refusal of all is the server's. */
    @When("the client registers as a public client with a loopback redirect URI")
    public void registerPublicClient() {
        registeredRedirectUri = ClientRegistrations.LOOPBACK_REDIRECT_URI;
        ClientRegistrations.Registration registration = ClientRegistrations.registerWithFallback(world, discovered,
                ClientRegistrations.publicClient(discovered, registeredRedirectUri));
        String publicClientsRefused = ClientRegistrations.publicClientsRefused(discovered);
        if (!registration.accepted() && !publicClientsRefused.isEmpty()) {
            throw Findings.skip(publicClientsRefused + "It refused the public client (answered "
                    + registration.response().statusCode() + ").");
        }
        world.answered(registration.response());
    }

    /**
     * The metadata the server accepted for the harness's public client, with only the redirect URI changed. The
     * client does not claim to be native here: the rules on redirect URIs hold for every kind of client.
     */
    @When("the client registers as a public client with the redirect URI {string}")
    public void registerWithRedirectUri(String redirectUri) {
        Map<String, Object> metadata = acceptedMetadataOfAnyKind();
        metadata.put("redirect_uris", List.of(redirectUri));
        register(metadata);
    }

    @When("the client registers for the authorization code flow without a redirect URI")
    public void registerWithoutRedirectUri() {
        Map<String, Object> metadata = acceptedMetadataOfAnyKind();
        metadata.remove("redirect_uris");
        register(metadata);
    }

    private Map<String, Object> acceptedMetadataOfAnyKind() {
        Map<String, Object> metadata = PublicClients.acceptedMetadata(world, discovered);
        metadata.remove("application_type");
        return metadata;
    }

    @Then("the registration is created with a client_id")
    public void created() {
        findings.check(() -> RegistrationChecks.created(world.lastResponse()));
    }

    @Then("the registration carries no client_secret")
    public void noSecret() {
        findings.check(() -> RegistrationChecks.noSecret(world.lastResponse()));
    }

    @Then("the registration response lists the redirect URI that was registered")
    public void listsRedirectUri() {
        findings.check(() -> RegistrationChecks.listsRedirectUri(world.lastResponse(), registeredRedirectUri));
    }

    @Then("the registration is refused")
    public void refusedWithAnyError() {
        findings.check(() -> RegistrationChecks.refused(world.lastResponse(), List.of()));
    }

    @Then("the registration is refused with the error {string}")
    public void refused(String error) {
        findings.check(() -> RegistrationChecks.refused(world.lastResponse(), List.of(error)));
    }

    /** The error code of a refusal; SKIPPED when the metadata was registered, which another scenario reports. */
    @Then("a refusal of the registration names the error {string}")
    public void refusalNames(String error) {
        if (world.lastResponse().statusCode() / 100 == 2) {
            throw Findings.skip("The metadata was registered, which the scenario of that redirect URI reports; there "
                    + "is no refusal whose error code could be checked.");
        }
        refused(error);
    }

    @Then("the registration is refused with the error {string} or {string}")
    public void refusedEither(String error, String alternative) {
        findings.check(() -> RegistrationChecks.refused(world.lastResponse(), List.of(error, alternative)));
    }

    @SuppressWarnings("unchecked")
    private void register(Map<String, Object> metadata) {
        Object uris = metadata.get("redirect_uris");
        registeredRedirectUri = uris instanceof List<?> list && !list.isEmpty() ? (String) list.get(0) : null;
        world.answered(ClientRegistrations.register(world, discovered, metadata));
    }
}
