package dev.mcpauth.server.registration;

import java.util.Optional;

import dev.mcpauth.server.registration.metadatadocument.ClientIdMetadataDocuments;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentException;
import dev.mcpauth.server.store.ClientStore;
import org.springframework.stereotype.Component;

/**
 * Finds the client a {@code client_id} names, for the authorization and token endpoints: an https URL is a client ID
 * metadata document, resolved afresh or from its cache; anything else is a client that registered itself.
 */
@Component
public class ClientLookup {

    private final ClientStore registered;
    private final ClientIdMetadataDocuments metadataDocuments;

    public ClientLookup(ClientStore registered, ClientIdMetadataDocuments metadataDocuments) {
        this.registered = registered;
        this.metadataDocuments = metadataDocuments;
    }

    /**
     * The client, or empty when no client registered under this ID.
     *
     * @throws MetadataDocumentException when the ID is a URL whose metadata document cannot be used, saying why
     */
    public Optional<RegisteredClient> find(String clientId) {
        if (ClientIdMetadataDocuments.isUrl(clientId)) {
            return Optional.of(metadataDocuments.resolve(clientId));
        }
        return registered.find(clientId);
    }
}
