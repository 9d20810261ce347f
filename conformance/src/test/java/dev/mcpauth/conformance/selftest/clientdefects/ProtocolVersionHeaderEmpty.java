package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.http.HttpRequest;

/**
 * Defect: after initialize the client's MCP-Protocol-Version header names no version (here sent empty, because the
 * SDK's transport always adds the header and a customizer can only replace its value).
 */
public class ProtocolVersionHeaderEmpty extends OwnMcpTransport {

    @Override
    protected void adjust(HttpRequest.Builder request, String method, String body) {
        if (!InitializeRequests.isInitialize(body)) {
            request.setHeader("MCP-Protocol-Version", "");
        }
    }
}
