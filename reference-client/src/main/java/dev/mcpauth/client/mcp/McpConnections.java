package dev.mcpauth.client.mcp;

import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerFailure;

/**
 * Opens the connection in the revision the user chose: 2026-07-28 alone, one 2025 revision alone, or (auto)
 * 2026-07-28 first and {@code initialize} (2025-11-25, then 2025-06-18) when the server answers as one without
 * 2026-07-28 does. The authorization is the same object on either wire, so a token got while probing is kept.
 */
public final class McpConnections {

    private McpConnections() {
    }

    public static McpConnection open(String serverUrl, ProtocolChoice protocol, RequestAuthorization authorization,
                                     Narrator narrator) {
        if (protocol.triesModern()) {
            try {
                return ModernMcpClient.connect(serverUrl, authorization, narrator);
            } catch (ModernMcpClient.LegacyServer legacy) {
                if (protocol.legacyVersions().isEmpty()) {
                    throw new ServerFailure("the server does not speak MCP 2026-07-28 (" + legacy.getMessage()
                            + "); try --protocol auto", legacy);
                }
                narrator.step("MCP: the server does not speak 2026-07-28 (" + legacy.getMessage()
                        + "): falling back to initialize");
            }
        }
        return AuthorizedMcpClient.connect(serverUrl, authorization, protocol.legacyVersions(), narrator);
    }
}
