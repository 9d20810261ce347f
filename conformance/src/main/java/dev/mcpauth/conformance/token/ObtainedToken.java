package dev.mcpauth.conformance.token;

import java.time.Instant;

/**
 * An access token the harness holds for the server under test, with the client that got it (null when the user
 * gave the token) and how it was obtained, for reports.
 */
public record ObtainedToken(String value, ClientCredentials client, String how, Instant expiresAt) {

    public boolean isFresh() {
        return expiresAt == null || Instant.now().plusSeconds(30).isBefore(expiresAt);
    }
}
