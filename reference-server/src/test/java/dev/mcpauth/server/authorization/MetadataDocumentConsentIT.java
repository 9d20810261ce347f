package dev.mcpauth.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.MetadataDocumentHost;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The consent page names a metadata document client as its document does, and says which host vouches for it. */
@TestPropertySource(properties = "mcpauth.authorization.consent=prompt")
class MetadataDocumentConsentIT extends ReferenceServerIT {

    static final MetadataDocumentHost HOST = MetadataDocumentHost.http();

    @DynamicPropertySource
    static void allowTheTestHost(DynamicPropertyRegistry properties) {
        properties.add("mcpauth.client-id-metadata-documents.allowed-hosts", HOST::hostPort);
        properties.add("mcpauth.client-id-metadata-documents.allowed-hosts-over-http", () -> "true");
    }

    @AfterAll
    static void stopHost() {
        HOST.close();
    }

    @Test
    void consentPageShowsTheDocumentsClientNameTheDocumentHostAndTheRedirectHost() {
        java.util.Map<String, Object> document = HOST.document("/consent-client.json", CodeFlow.REDIRECT_URI);
        document.put("client_name", "Example <MCP> Client");
        CodeFlow flow = new CodeFlow(server, HOST.serve("/consent-client.json", document));
        Response page = flow.authorize(flow.validAuthorizationRequest());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Authorize Example &lt;MCP&gt; Client?")
                .contains("described by a document on <strong>127.0.0.1</strong>")
                .contains("sent back to <strong>127.0.0.1</strong>");
    }
}
