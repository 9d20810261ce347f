package dev.mcpauth.conformance.targets;

import java.util.Optional;

/**
 * What the user told the harness, from system properties ({@code -Dmcp.server.url=...}). Absent URL means the
 * bundled reference server.
 */
public record HarnessSettings(Optional<String> serverUrl) {

    public static final String SERVER_URL = "mcp.server.url";

    public static HarnessSettings fromSystemProperties() {
        return new HarnessSettings(nonBlank(System.getProperty(SERVER_URL)));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
