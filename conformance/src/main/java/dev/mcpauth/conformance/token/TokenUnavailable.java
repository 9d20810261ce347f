package dev.mcpauth.conformance.token;

/** No access token could be obtained; the message is the reason shown for SKIPPED scenarios. */
public class TokenUnavailable extends RuntimeException {
    public TokenUnavailable(String message) {
        super(message, null, false, false);
    }
}
