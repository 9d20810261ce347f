package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.http.HttpRequest;

/** Defect: the client's POSTs accept JSON answers only, as if an MCP server never answered with an event stream. */
public class AcceptWithoutEventStream extends OwnMcpTransport {

    @Override
    protected void adjust(HttpRequest.Builder request, String method, String body) {
        if ("POST".equals(method)) {
            request.setHeader("Accept", "application/json");
        }
    }
}
