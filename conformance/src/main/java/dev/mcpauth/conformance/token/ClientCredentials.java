package dev.mcpauth.conformance.token;

/**
 * A client identity the harness holds: a registered or user-given client id, its secret, how to present it, and the
 * grant it gets tokens with ({@code client_credentials}, or {@code authorization_code} at the harness's loopback
 * redirect URI).
 */
public record ClientCredentials(String clientId, String clientSecret, String authMethod, String grantType) {

    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final String AUTHORIZATION_CODE = "authorization_code";

    /** A confidential client of the client credentials grant, or a public client of the code flow. */
    public ClientCredentials(String clientId, String clientSecret, String authMethod) {
        this(clientId, clientSecret, authMethod, clientSecret == null ? AUTHORIZATION_CODE : CLIENT_CREDENTIALS);
    }

    public boolean isPublic() {
        return clientSecret == null;
    }

    public boolean usesClientCredentials() {
        return CLIENT_CREDENTIALS.equals(grantType);
    }

    /** The same client presenting its secret another way (or a wrong secret): for negative token requests. */
    public ClientCredentials with(String otherSecret, String otherMethod) {
        return new ClientCredentials(clientId, otherSecret, otherMethod, grantType);
    }
}
