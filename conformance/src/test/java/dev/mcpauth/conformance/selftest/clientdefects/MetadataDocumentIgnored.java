package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.conformance.client.ClientRun;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/** Defect: the client never uses its client ID metadata document and registers wherever it can. */
public class MetadataDocumentIgnored extends ReferenceClientInProcess {

    @Override
    protected ClientSettings settings(ClientRun run) {
        return super.settings(run).withMetadataDocument(Optional.empty());
    }
}
