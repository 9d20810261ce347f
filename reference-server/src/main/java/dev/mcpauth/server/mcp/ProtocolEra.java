package dev.mcpauth.server.mcp;

import java.util.List;

import dev.mcpauth.server.http.CachedBodyRequest;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which wire a request to the MCP endpoint speaks, decided as the MCP SDKs that serve both eras on one endpoint
 * decide it: by the {@code MCP-Protocol-Version} header, and for a request without the header by the protocol
 * version its body claims in {@code _meta}.
 *
 * <ul>
 *   <li>{@link #SESSIONS}: 2025-11-25, 2025-06-18 and older; {@code initialize}, then a session
 *       ({@code Mcp-Session-Id}), a GET event stream and DELETE. A POST without the header and without a
 *       {@code _meta} version (a 2025 {@code initialize}) belongs here.</li>
 *   <li>{@link #STATELESS}: 2026-07-28 and any version this server does not speak, so that the SDK's stateless
 *       server answers it with {@code -32022} and the list of supported versions; GET and DELETE get 405.</li>
 * </ul>
 */
enum ProtocolEra {
    SESSIONS(List.of("GET", "POST", "DELETE")), STATELESS(List.of("POST"));

    static final String HEADER = ProtocolVersionHeaderValidator.HEADER;
    /** The revisions this endpoint announces ({@code server/discover}, {@code -32022}), newest first. */
    static final List<String> ANNOUNCED_VERSIONS = List.of(McpSchema.LATEST_PROTOCOL_VERSION,
            ProtocolVersions.MCP_2025_11_25, ProtocolVersions.MCP_2025_06_18);

    private static final String META_VERSION = McpSchema.MetaKeys.PROTOCOL_VERSION;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> methods;

    ProtocolEra(List<String> methods) {
        this.methods = methods;
    }

    boolean serves(String httpMethod) {
        return methods.contains(httpMethod);
    }

    /** The HTTP methods the endpoint serves on this wire, as the {@code Allow} header of a 405 names them. */
    String allowHeader() {
        return String.join(", ", methods);
    }

    static ProtocolEra of(HttpServletRequest request) {
        String version = request.getHeader(HEADER);
        if (version != null) {
            return ProtocolVersionHeaderValidator.SUPPORTED.contains(version.trim()) ? SESSIONS : STATELESS;
        }
        return request instanceof CachedBodyRequest cached && claimsVersionInMeta(cached.body()) ? STATELESS
                : SESSIONS;
    }

    private static boolean claimsVersionInMeta(byte[] body) {
        try {
            JsonNode message = JSON.readTree(body);
            return message != null && message.path("params").path("_meta").path(META_VERSION).isString();
        } catch (JacksonException notJson) {
            return false;
        }
    }
}
