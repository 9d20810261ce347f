package dev.mcpauth.conformance.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the client under test.
 *
 * @param scenario          a name for the scenario ({@code MCP_CONFORMANCE_SCENARIO} of external clients)
 * @param serverUrl         the MCP endpoint of the stub MCP server
 * @param clientId          a pre-registered client id the scenario offers, if any
 * @param clientSecret      its secret
 * @param clientMetadataUrl the URL of a client ID metadata document the scenario tells the client it has, if any
 * @param workDirectory     an empty directory of this run, for credential files and the like
 * @param timeout           how long the client may take
 */
public record ClientRun(String scenario, String serverUrl, Optional<String> clientId, Optional<String> clientSecret,
                        Optional<String> clientMetadataUrl, Path workDirectory, Duration timeout) {

    public boolean hasCredentials() {
        return clientId.isPresent();
    }

    /**
     * {@code MCP_CONFORMANCE_CONTEXT}: the pre-registered credentials and the metadata document URL as JSON, or
     * {@code {}}.
     */
    public String contextJson() {
        List<String> members = new ArrayList<>();
        clientId.ifPresent(id -> members.add("\"client_id\":\"" + id + "\""));
        clientSecret.ifPresent(secret -> members.add("\"client_secret\":\"" + secret + "\""));
        clientMetadataUrl.ifPresent(url -> members.add("\"client_metadata_url\":\"" + url + "\""));
        return "{" + String.join(",", members) + "}";
    }
}
