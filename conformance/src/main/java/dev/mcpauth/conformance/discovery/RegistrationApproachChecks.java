package dev.mcpauth.conformance.discovery;

import java.util.Map;

/**
 * How an authorization server lets clients obtain a client id, as its metadata announces it. MCP 2026-07-28
 * deprecates dynamic client registration in favour of client ID metadata documents: offering registration is no
 * longer recommended, and its absence is no finding.
 */
public final class RegistrationApproachChecks {

    public static final String METADATA_DOCUMENTS_FLAG = "client_id_metadata_document_supported";

    private RegistrationApproachChecks() {
    }

    public static void registrationOnlyBesideMetadataDocuments(Map<String, Object> metadata) {
        if (metadata.get("registration_endpoint") != null
                && !Boolean.TRUE.equals(metadata.get(METADATA_DOCUMENTS_FLAG))) {
            throw new AssertionError("The authorization server offers dynamic client registration ("
                    + metadata.get("registration_endpoint") + ") but not client ID metadata documents ("
                    + METADATA_DOCUMENTS_FLAG + " is " + metadata.get(METADATA_DOCUMENTS_FLAG) + "); MCP 2026-07-28 "
                    + "deprecates registration and asks servers to move to metadata documents.");
        }
    }
}
