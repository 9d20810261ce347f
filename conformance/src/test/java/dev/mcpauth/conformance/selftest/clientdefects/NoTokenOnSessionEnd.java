package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.net.http.HttpRequest;

/** Defect: the DELETE that ends the session goes without the token, as if the session id were enough. */
public class NoTokenOnSessionEnd extends OwnMcpTransport {

    @Override
    protected void presentToken(HttpRequest.Builder request, String method, URI target, String token) {
        if (!"DELETE".equals(method)) {
            request.setHeader("Authorization", "Bearer " + token);
        }
    }
}
