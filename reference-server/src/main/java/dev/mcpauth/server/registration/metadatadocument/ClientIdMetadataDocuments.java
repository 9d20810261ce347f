package dev.mcpauth.server.registration.metadatadocument;

import java.net.URI;

import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.registration.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * Resolves a URL client ID to the client its metadata document describes (draft-ietf-oauth-client-id-metadata-
 * document-00, MCP "Client ID Metadata Documents"): checks the URL, fetches the document safely, validates it and
 * caches the result.
 */
@Component
public class ClientIdMetadataDocuments {

    private final ReferenceServerProperties.ClientIdMetadataDocuments settings;
    private final TestHostAllowList allowList;
    private final MetadataDocumentFetcher fetcher;
    private final MetadataDocumentCache cache;

    public ClientIdMetadataDocuments(ReferenceServerProperties properties, MetadataDocumentFetcher fetcher) {
        this.settings = properties.clientIdMetadataDocuments();
        this.allowList = TestHostAllowList.from(settings);
        this.fetcher = fetcher;
        this.cache = new MetadataDocumentCache(settings.cacheSize());
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Whether {@code clientId} is meant as a metadata document URL rather than a registered client ID. */
    public static boolean isUrl(String clientId) {
        return clientId != null && ClientIdUrl.isUrl(clientId);
    }

    /** The client a URL client ID names; a {@link MetadataDocumentException} says why there is none. */
    public RegisteredClient resolve(String clientId) {
        if (!settings.enabled()) {
            throw new MetadataDocumentException("this server does not accept client ID metadata documents");
        }
        URI url = ClientIdUrl.parse(clientId, allowList);
        return new RegisteredClient(clientId, null, 0, cache.get(clientId, key -> {
            MetadataDocumentFetcher.Fetched fetched = fetcher.fetch(url);
            return new MetadataDocumentCache.Entry(MetadataDocumentRules.validate(clientId, fetched.body()),
                    fetched.lifetime());
        }));
    }
}
