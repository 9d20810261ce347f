package dev.mcpauth.client;

/**
 * The client could not obtain or use authorization: discovery, registration or a grant failed, or the
 * authorization server or resource broke a requirement the client enforces. The message says which step failed,
 * what was expected and what was found.
 */
public class AuthorizationFailure extends RuntimeException {

    public AuthorizationFailure(String message) {
        super(message);
    }

    public AuthorizationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
