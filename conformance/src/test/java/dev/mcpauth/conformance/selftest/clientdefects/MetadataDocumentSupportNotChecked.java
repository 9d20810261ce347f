package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.registration.ClientIdMetadataDocument;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.conformance.client.ClientRun;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the client names itself by its metadata document at every authorization server, without looking for
 * {@code client_id_metadata_document_supported} (here by treating the URL as a pre-registered public client id).
 */
public class MetadataDocumentSupportNotChecked extends ReferenceClientInProcess {

    @Override
    protected ClientSettings settings(ClientRun run) {
        ClientSettings settings = super.settings(run);
        if (run.hasCredentials() || settings.metadataDocument().isEmpty()) {
            return settings;
        }
        String url = settings.metadataDocument().map(ClientIdMetadataDocument::clientId).orElseThrow();
        return settings.withMetadataDocument(Optional.empty()).withClient(new ConfiguredClient(Optional.of(url),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
