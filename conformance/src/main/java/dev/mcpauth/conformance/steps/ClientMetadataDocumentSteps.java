package dev.mcpauth.conformance.steps;

import java.net.URI;
import java.util.Map;

import dev.mcpauth.conformance.authorization.AuthorizationChecks;
import dev.mcpauth.conformance.authorization.AuthorizationCodeFlow;
import dev.mcpauth.conformance.authorization.AuthorizationResponseChecks;
import dev.mcpauth.conformance.discovery.Discovered;
import dev.mcpauth.conformance.registration.ClientMetadataDocuments;
import dev.mcpauth.conformance.registration.ClientMetadataHost;
import dev.mcpauth.conformance.registration.ClientRegistrations;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.conformance.verdict.Findings;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * A client that names itself by the URL of a client ID metadata document the harness serves, with one thing of the
 * document or the request wrong per scenario, and what the authorization server does with it.
 */
public class ClientMetadataDocumentSteps {

    /** Not in any document the harness serves. */
    private static final String UNLISTED_REDIRECT_URI = "http://127.0.0.1:1/other-callback";

    private final ConformanceWorld world;
    private final Findings findings;
    private Discovered discovered;
    private ClientMetadataHost host;
    private String documentUrl;
    private String redirectUri = ClientRegistrations.LOOPBACK_REDIRECT_URI;
    private Map<String, String> reached;
    private String what;

    public ClientMetadataDocumentSteps(ConformanceWorld world, Findings findings) {
        this.world = world;
        this.findings = findings;
    }

    @Given("the authorization server accepts client ID metadata documents the harness serves")
    public void acceptsDocuments() {
        discovered = world.discovered();
        if (!Boolean.TRUE.equals(discovered.serverMetadata().get(ClientMetadataDocuments.FLAG))
                || discovered.serverEndpoint("authorization_endpoint") == null) {
            throw Findings.skip("The authorization server does not announce " + ClientMetadataDocuments.FLAG
                    + " (or has no authorization endpoint).");
        }
        String baseUrl = world.settings().clientMetadataBaseUrl().or(() -> world.target().clientMetadataBaseUrl())
                .orElseThrow(() -> Findings.skip("The authorization server cannot reach the harness's client "
                        + "metadata documents; set " + HarnessSettings.CLIENT_METADATA_BASE_URL + " to a base URL "
                        + "it can reach, with the port of the harness's listener (e.g. https://tunnel.example:8443 "
                        + "forwarded to that port on this machine)."));
        try {
            host = ClientMetadataHost.at(baseUrl);
        } catch (IllegalArgumentException e) {
            throw Findings.skip(e.getMessage());
        }
        documentUrl = host.newDocumentUrl();
    }

    @When("a client names itself by the URL of its metadata document")
    public void conformingDocument() {
        publish(ClientMetadataDocuments.conforming(documentUrl));
        authorize("a client named by its metadata document");
    }

    @When("a client names itself by the URL of a metadata document whose client_id has a trailing slash added")
    public void mismatchedClientId() {
        Map<String, Object> document = ClientMetadataDocuments.conforming(documentUrl);
        document.put("client_id", documentUrl + "/");
        publish(document);
        authorize("a metadata document whose client_id is not its URL");
    }

    @When("a client named by its metadata document asks for a redirect URI the document does not list")
    public void unlistedRedirectUri() {
        publish(ClientMetadataDocuments.conforming(documentUrl));
        redirectUri = UNLISTED_REDIRECT_URI;
        authorize("a redirect URI the metadata document does not list");
    }

    @When("a client names itself by the URL of a metadata document that is not JSON")
    public void notJson() {
        host.publish(documentUrl, "client_id=" + documentUrl, "text/plain");
        authorize("a metadata document that is not JSON");
    }

    @When("a client names itself by the URL of a metadata document without redirect_uris")
    public void withoutRedirectUris() {
        Map<String, Object> document = ClientMetadataDocuments.conforming(documentUrl);
        document.remove("redirect_uris");
        publish(document);
        authorize("a metadata document without redirect_uris");
    }

    @When("a client names itself by a metadata document URL on a loopback name the server was not told to trust")
    public void untrustedLoopbackName() {
        URI url = URI.create(documentUrl);
        if (!"127.0.0.1".equals(url.getHost())) {
            throw Findings.skip("The harness knows a private address of its own only when the authorization "
                    + "server reaches its listener at 127.0.0.1 (the bundled server, or a server on this machine).");
        }
        documentUrl = documentUrl.replaceFirst("//127\\.0\\.0\\.1:", "//localhost:");
        publish(ClientMetadataDocuments.conforming(documentUrl));
        authorize("a metadata document on an untrusted loopback name");
    }

    @Then("the authorization server fetched the metadata document")
    public void fetched() {
        findings.check(() -> {
            if (!host.fetched(documentUrl)) {
                throw new AssertionError("The authorization server never fetched " + documentUrl + ", the client_id "
                        + "of the authorization request; it cannot know the client's redirect URIs otherwise.");
            }
        });
    }

    @Then("the authorization server did not fetch the metadata document")
    public void notFetched() {
        findings.check(() -> {
            if (host.fetched(documentUrl)) {
                throw new AssertionError("The authorization server fetched " + documentUrl + ", which names a "
                        + "loopback host it was not told to trust; a server that fetches any URL a client names can "
                        + "be made to reach internal services (server-side request forgery).");
            }
        });
    }

    @Then("the authorization server redirects back to the client with a code")
    public void codeIssued() {
        if (reached != null && "invalid_scope".equals(reached.get("error"))) {
            // The scope came from the MCP server's challenge, not from the document: the document was not judged.
            throw Findings.skip("The authorization server refused the scope the harness asked for (the one the MCP "
                    + "server's challenge names) with invalid_scope, so the metadata document was not judged.");
        }
        findings.check(() -> AuthorizationResponseChecks.codeIssued(reached, what));
    }

    @Then("the client gets no authorization code")
    public void noCode() {
        findings.check(() -> AuthorizationResponseChecks.noCode(reached, what));
    }

    @Then("the authorization server does not redirect to the unlisted URI")
    public void notRedirected() {
        findings.check(() -> AuthorizationChecks.notRedirected(reached, redirectUri));
    }

    private void publish(Map<String, Object> document) {
        host.publish(documentUrl, ClientMetadataDocuments.json(document), "application/json");
    }

    private void authorize(String description) {
        what = description;
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(world, discovered, documentUrl, redirectUri);
        reached = flow.followToRedirectUri(flow.authorize(flow.validRequest()), redirectUri);
    }
}
