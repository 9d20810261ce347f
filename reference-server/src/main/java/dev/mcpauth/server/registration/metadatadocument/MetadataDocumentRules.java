package dev.mcpauth.server.registration.metadatadocument;

import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.registration.ClientMetadataRules;
import net.minidev.json.JSONObject;

/**
 * What a fetched client ID metadata document must be (CIMD §4.1; MCP "Client ID Metadata Documents"): a JSON object
 * whose {@code client_id} is exactly the URL it was fetched from, with {@code client_name} and
 * {@code redirect_uris}; no shared secret, since anyone can read it; and client metadata this server's registration
 * rules accept. Without {@code token_endpoint_auth_method} the client is public ({@code none}): RFC 7591's default,
 * {@code client_secret_basic}, is impossible for such a client.
 */
final class MetadataDocumentRules {

    private static final List<ClientAuthenticationMethod> SHARED_SECRET_METHODS = List.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
            ClientAuthenticationMethod.CLIENT_SECRET_JWT);

    private MetadataDocumentRules() {
    }

    /** The client metadata the document at {@code clientId} describes. */
    static Map<String, Object> validate(String clientId, String body) {
        JSONObject document;
        try {
            document = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new MetadataDocumentException("the metadata document is not a JSON object");
        }
        if (!clientId.equals(document.get("client_id"))) {
            throw new MetadataDocumentException("the metadata document's client_id is " + document.get("client_id")
                    + ", not the URL it was fetched from, " + clientId + " (CIMD section 4.1)");
        }
        requireText(document, "client_name");
        if (!(document.get("redirect_uris") instanceof List<?> redirectUris) || redirectUris.isEmpty()) {
            throw new MetadataDocumentException("the metadata document must list redirect_uris");
        }
        for (String secretMember : List.of("client_secret", "client_secret_expires_at")) {
            if (document.containsKey(secretMember)) {
                throw new MetadataDocumentException("a metadata document must not contain " + secretMember
                        + " (CIMD section 4.1)");
            }
        }
        ClientMetadata metadata;
        try {
            metadata = ClientMetadata.parse(document);
        } catch (ParseException e) {
            throw new MetadataDocumentException("the metadata document is not valid client metadata: "
                    + e.getMessage());
        }
        if (metadata.getTokenEndpointAuthMethod() == null) {
            metadata.setTokenEndpointAuthMethod(ClientAuthenticationMethod.NONE);
        }
        if (SHARED_SECRET_METHODS.contains(metadata.getTokenEndpointAuthMethod())) {
            throw new MetadataDocumentException("token_endpoint_auth_method " + metadata.getTokenEndpointAuthMethod()
                    + " needs a shared secret, which a metadata document cannot have (CIMD section 4.1)");
        }
        try {
            return ClientMetadataRules.validateMetadataDocument(metadata).toJSONObject();
        } catch (OAuthErrorException e) {
            throw new MetadataDocumentException("the metadata document is not acceptable: "
                    + e.error().getDescription());
        }
    }

    private static void requireText(JSONObject document, String member) {
        if (!(document.get(member) instanceof String value) || value.isBlank()) {
            throw new MetadataDocumentException("the metadata document must have a " + member);
        }
    }
}
