package dev.mcpauth.server.mcp;

import java.util.List;
import java.util.Set;

import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.spec.ProtocolVersions;

/**
 * Streamable HTTP "Protocol Version Header": a request naming a version this server does not speak gets 400 Bad
 * Request. A request without the header is served (the spec then assumes 2025-03-26).
 */
final class ProtocolVersionHeaderValidator implements ServerHttpHeaderValidator {

    static final String HEADER = "MCP-Protocol-Version";
    static final Set<String> SUPPORTED = Set.of(ProtocolVersions.MCP_2024_11_05, ProtocolVersions.MCP_2025_03_26,
            ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_11_25);

    @Override
    public void validate(HeaderAccessor headers) throws ServerTransportSecurityException {
        List<String> values = headers.getHeader(HEADER);
        if (values == null || values.isEmpty()) {
            return;
        }
        if (values.size() > 1 || !SUPPORTED.contains(values.get(0).trim())) {
            throw new ServerTransportSecurityException(400, "Unsupported MCP-Protocol-Version: " + values
                    + "; supported: " + SUPPORTED);
        }
    }
}
