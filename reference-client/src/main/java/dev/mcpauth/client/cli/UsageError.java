package dev.mcpauth.client.cli;

/** The command line cannot be understood; the message says what is wrong. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
