package dev.mcpauth.conformance.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One run of the client under test.
 *
 * @param scenario     a name for the scenario ({@code MCP_CONFORMANCE_SCENARIO} of external clients)
 * @param serverUrl    the MCP endpoint of the stub MCP server
 * @param clientId     a pre-registered client id the scenario offers, if any
 * @param clientSecret its secret
 * @param workDirectory an empty directory of this run, for credential files and the like
 * @param timeout      how long the client may take
 */
public record ClientRun(String scenario, String serverUrl, Optional<String> clientId, Optional<String> clientSecret,
                        Path workDirectory, Duration timeout) {

    public boolean hasCredentials() {
        return clientId.isPresent();
    }

    /** {@code MCP_CONFORMANCE_CONTEXT}: the pre-registered credentials as JSON, or {@code {}}. */
    public String contextJson() {
        java.util.List<String> members = new java.util.ArrayList<>();
        clientId.ifPresent(id -> members.add("\"client_id\":\"" + id + "\""));
        clientSecret.ifPresent(secret -> members.add("\"client_secret\":\"" + secret + "\""));
        return "{" + String.join(",", members) + "}";
    }
}
