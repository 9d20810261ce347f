package dev.mcpauth.server.discovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.resource.McpScopes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) of the MCP endpoint: at the path-inserted well-known URL
 * (RFC 9728 §3.1), at the root well-known URL (what MCP clients try next), and at the legacy path of the first
 * prototype.
 */
@RestController
public class ProtectedResourceMetadataController {

    private final ServerUrls urls;

    public ProtectedResourceMetadataController(ServerUrls urls) {
        this.urls = urls;
    }

    @GetMapping(value = {"/.well-known/oauth-protected-resource" + ServerUrls.MCP_PATH,
            "/.well-known/oauth-protected-resource",
            "/.well-known/mcp-resource-metadata.json"}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("resource", urls.resource());
        metadata.put("authorization_servers", List.of(urls.issuer()));
        metadata.put("scopes_supported", McpScopes.SUPPORTED);
        metadata.put("bearer_methods_supported", List.of("header"));
        metadata.put("resource_name", "MCP authorization reference server");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(metadata);
    }
}
