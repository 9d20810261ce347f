package dev.mcpauth.server.registration.metadatadocument;

/**
 * Why a URL client ID could not be resolved to a usable client: the URL breaks CIMD §3, the document could not be
 * fetched, or it breaks CIMD §4.1 or this server's client metadata rules. The message is safe to show the client.
 */
public class MetadataDocumentException extends RuntimeException {

    public MetadataDocumentException(String message) {
        super(message, null, false, false);
    }
}
