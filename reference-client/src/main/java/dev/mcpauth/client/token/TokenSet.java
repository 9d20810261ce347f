package dev.mcpauth.client.token;

import java.time.Instant;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;

/**
 * The tokens of one grant. {@link #toString()} shows no token value.
 *
 * @param accessToken  the access token
 * @param refreshToken the refresh token, or null
 * @param expiresAt    when the access token expires, or null when the server did not say
 * @param scope        the granted scope (from the response, else what was asked), or null
 */
public record TokenSet(AccessToken accessToken, RefreshToken refreshToken, Instant expiresAt, Scope scope) {

    /** Whether the access token expires within the given number of seconds from now. */
    public boolean expiresWithin(long seconds) {
        return expiresAt != null && Instant.now().plusSeconds(seconds).isAfter(expiresAt);
    }

    @Override
    public String toString() {
        return "TokenSet[scope=" + scope + ", expiresAt=" + expiresAt + ", refreshToken="
                + (refreshToken == null ? "none" : "present") + "]";
    }
}
