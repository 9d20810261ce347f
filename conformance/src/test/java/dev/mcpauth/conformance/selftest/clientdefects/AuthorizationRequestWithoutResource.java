package dev.mcpauth.conformance.selftest.clientdefects;

import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/** Defect: the authorization request leaves out the resource parameter (RFC 8707). */
public class AuthorizationRequestWithoutResource extends ReferenceClientInProcess {

    @Override
    protected AuthorizationUrlOpener opener() {
        return new RewritingOpener(url -> RewritingOpener.without(url, "resource"));
    }
}
