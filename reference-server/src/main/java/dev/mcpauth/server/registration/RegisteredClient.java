package dev.mcpauth.server.registration;

import java.util.Map;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import net.minidev.json.JSONObject;

/**
 * A client that registered itself. The secret is kept only as a digest; the metadata as the JSON the server
 * accepted (after defaults were applied).
 */
public record RegisteredClient(String clientId, String secretDigest, long issuedAt, Map<String, Object> metadata) {

    public ClientMetadata clientMetadata() {
        try {
            return ClientMetadata.parse(new JSONObject(metadata));
        } catch (ParseException e) {
            throw new IllegalStateException("stored metadata of client " + clientId + " no longer parses", e);
        }
    }

    public boolean isPublic() {
        return secretDigest == null && !"private_key_jwt".equals(metadata.get("token_endpoint_auth_method"));
    }
}
