package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.http.HttpRequest;

/**
 * Defect: after initialize the client's MCP-Protocol-Version header names the latest version it knows, not the one
 * the server answered initialize with.
 */
public class ProtocolVersionHeaderNotNegotiated extends OwnMcpTransport {

    private static final String LATEST_KNOWN = "2025-11-25";

    @Override
    protected void adjust(HttpRequest.Builder request, String method, String body) {
        if (!InitializeRequests.isInitialize(body)) {
            request.setHeader("MCP-Protocol-Version", LATEST_KNOWN);
        }
    }
}
