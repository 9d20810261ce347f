package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.conformance.client.ClientRun;

/**
 * Defect: the client takes any URL it is given for its metadata document, http included, and presents it as its
 * client id where the authorization server accepts metadata documents.
 */
public class MetadataDocumentUrlNotChecked extends ReassembledClient {

    private Optional<String> metadataUrl = Optional.empty();

    @Override
    protected ClientSettings settings(ClientRun run) {
        metadataUrl = run.clientMetadataUrl();
        return super.settings(new ClientRun(run.scenario(), run.serverUrl(), run.clientId(), run.clientSecret(),
                Optional.empty(), run.workDirectory(), run.timeout()));
    }

    @Override
    protected ClientIdentities identities(ClientSettings settings, OAuthHttp http,
                                          AuthorizationServerMetadata metadata) {
        boolean accepted = Boolean.TRUE.equals(metadata.getCustomParameter("client_id_metadata_document_supported"));
        if (settings.client().isPresent() || metadataUrl.isEmpty() || !accepted) {
            return super.identities(settings, http, metadata);
        }
        return new ClientIdentities(http, new CredentialStore(settings.credentialsFile()), new ConfiguredClient(
                metadataUrl, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty());
    }
}
