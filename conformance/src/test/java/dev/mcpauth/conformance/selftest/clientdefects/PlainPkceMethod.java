package dev.mcpauth.conformance.selftest.clientdefects;

import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/** Defect: the authorization request says code_challenge_method=plain instead of S256. */
public class PlainPkceMethod extends ReferenceClientInProcess {

    @Override
    protected AuthorizationUrlOpener opener() {
        return new RewritingOpener(url -> url.replace("code_challenge_method=S256", "code_challenge_method=plain"));
    }
}
