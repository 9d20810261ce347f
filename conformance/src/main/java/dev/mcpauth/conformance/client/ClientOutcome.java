package dev.mcpauth.conformance.client;

/**
 * How a client run ended, as evidence for the report.
 *
 * @param completed whether the client said it finished its work (exit code 0, or no exception)
 * @param account   what it reported: the exception, or the exit code and output of an external command
 */
public record ClientOutcome(boolean completed, String account) {
}
