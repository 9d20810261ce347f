package dev.mcpauth.conformance.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client ID metadata documents the harness presents (draft-ietf-oauth-client-id-metadata-document-00 section
 * 4.1): a public client for the code flow, named by the URL of its document, with the loopback redirect URI.
 */
public final class ClientMetadataDocuments {

    public static final String FLAG = "client_id_metadata_document_supported";

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();

    private ClientMetadataDocuments() {
    }

    /** A document that is valid for {@code url}; a scenario changes one member. */
    public static Map<String, Object> conforming(String url) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("client_id", url);
        document.put("client_name", "MCP authorization conformance harness");
        document.put("redirect_uris", List.of(ClientRegistrations.LOOPBACK_REDIRECT_URI));
        document.put("grant_types", List.of("authorization_code"));
        document.put("response_types", List.of("code"));
        document.put("token_endpoint_auth_method", "none");
        return document;
    }

    public static String json(Map<String, Object> document) {
        return JSON.writeValueAsString(document);
    }
}
