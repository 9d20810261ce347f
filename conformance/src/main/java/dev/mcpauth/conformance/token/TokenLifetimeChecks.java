package dev.mcpauth.conformance.token;

import java.util.OptionalLong;

/** Checks on how long issued access tokens live (RFC 6750 section 5.2 and 5.3, OAuth 2.1 section 7.1.3). */
public final class TokenLifetimeChecks {

    /** RFC 6750 section 5.3 suggests one hour or less. */
    public static final long ONE_HOUR = 3600;

    private TokenLifetimeChecks() {
    }

    public static void bounded(OptionalLong lifetimeSeconds) {
        if (lifetimeSeconds.isEmpty()) {
            throw new AssertionError("Neither expires_in in the token response nor an exp claim in the token says "
                    + "when the access token expires; RFC 6750 section 5.2 requires a bounded lifetime, so a stolen "
                    + "token stops working.");
        }
    }

    public static void atMostOneHour(OptionalLong lifetimeSeconds) {
        bounded(lifetimeSeconds);
        if (lifetimeSeconds.getAsLong() > ONE_HOUR) {
            throw new AssertionError("The access token lives " + lifetimeSeconds.getAsLong() + " seconds; short-lived "
                    + "tokens (one hour or less, RFC 6750 section 5.3) limit the damage a leaked token can do.");
        }
    }
}
