package dev.mcpauth.conformance.discovery;

/** Discovery could not complete; the message says which step and why, for SKIPPED reasons. */
public class DiscoveryFailure extends RuntimeException {
    public DiscoveryFailure(String message) {
        super(message, null, false, false);
    }
}
