package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.net.http.HttpRequest;

/** Defect: besides the Authorization header, every MCP request carries the token as ?access_token=. */
public class TokenAlsoInTheQuery extends OwnMcpTransport {

    @Override
    protected void presentToken(HttpRequest.Builder request, String method, URI target, String token) {
        request.uri(URI.create(target + (target.getRawQuery() == null ? "?" : "&") + "access_token=" + token));
        request.setHeader("Authorization", "Bearer " + token);
    }
}
