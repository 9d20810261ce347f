package dev.mcpauth.conformance.discovery;

import java.util.List;
import java.util.Map;

/**
 * What discovery found about the server under test: its protected resource metadata and the metadata of the
 * first authorization server it names.
 *
 * @param resourceMetadataUrl where the protected resource metadata was read
 * @param resourceMetadata    that document
 * @param issuer              the first entry of {@code authorization_servers}
 * @param serverMetadataUrl   where the authorization server metadata was read
 * @param serverMetadata      that document
 * @param challengedScope     the scope the MCP server's 401 challenge to a request without a token names, if any
 */
public record Discovered(String resourceMetadataUrl, Map<String, Object> resourceMetadata, String issuer,
                         String serverMetadataUrl, Map<String, Object> serverMetadata,
                         java.util.Optional<String> challengedScope) {

    public String serverEndpoint(String name) {
        Object value = serverMetadata.get(name);
        return value instanceof String text ? text : null;
    }

    @SuppressWarnings("unchecked")
    public List<String> serverList(String name) {
        Object value = serverMetadata.get(name);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
