package dev.mcpauth.client.discovery;

import java.util.List;
import java.util.Optional;

/**
 * What the client learned about the MCP server as an OAuth protected resource (RFC 9728).
 *
 * @param resource             the {@code resource} of the metadata, already checked to identify the server
 * @param authorizationServers the issuers the metadata lists, in its order
 * @param scopesSupported      {@code scopes_supported}, possibly empty
 * @param challengeScope       the {@code scope} of the 401 challenge, if any (what the server says it needs)
 * @param metadataUrl          where the metadata came from
 */
public record ProtectedResource(String resource, List<String> authorizationServers, List<String> scopesSupported,
                                Optional<String> challengeScope, String metadataUrl) {
}
