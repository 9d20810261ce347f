package dev.mcpauth.conformance.selftest.clientdefects;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.mcp.McpConnection;
import dev.mcpauth.client.mcp.McpConnections;
import dev.mcpauth.client.mcp.RequestAuthorization;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * The reference client, with what its MCP wire asks of the authorization layer (the token for each request, what a
 * refusal leads to) passing through a test double's hands, so that a subclass changes exactly that.
 */
abstract class AuthorizationOnTheWire extends ReferenceClientInProcess {

    /** What the wire sees of the reference client's authorization. */
    protected abstract RequestAuthorization onTheWire(ServerAuthorization authorization);

    @Override
    protected void connectAndListTools(ClientSettings settings) {
        try (McpConnection connection = McpConnections.open(settings.serverUrl(), settings.protocol(),
                onTheWire(authorization(settings)), settings.narrator())) {
            connection.listTools();
        }
    }
}
