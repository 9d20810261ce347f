package dev.mcpauth.conformance.selftest.clientdefects;

import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the authorization request names a redirect URI the client never registered (another path on the loopback
 * interface); the answer still reaches the client's listener, so only the mismatch is wrong.
 */
public class RedirectUriNotRegistered extends ReferenceClientInProcess {

    private static final String REGISTERED_PATH = "/callback";
    private static final String UNREGISTERED_PATH = "/oauth/callback";

    @Override
    protected AuthorizationUrlOpener opener() {
        return new RewritingOpener(url -> url.replace(encoded(REGISTERED_PATH), encoded(UNREGISTERED_PATH)),
                new ResponseRewritingOpener((authorizationUrl, location) ->
                        location.replace(UNREGISTERED_PATH + "?", REGISTERED_PATH + "?")));
    }

    private static String encoded(String path) {
        return path.replace("/", "%2F");
    }
}
