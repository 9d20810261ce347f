package dev.mcpauth.conformance.token;

/** A client identity the harness holds: a registered or user-given client id, its secret and how to present it. */
public record ClientCredentials(String clientId, String clientSecret, String authMethod) {

    public boolean isPublic() {
        return clientSecret == null;
    }
}
