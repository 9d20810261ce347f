package dev.mcpauth.conformance.selftest.clientdefects;

import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the client normalizes the RFC 9207 {@code iss} before comparing it (here by removing a trailing slash from
 * the iss of each response before the client sees it).
 */
public class IssuerNormalized extends ReferenceClientInProcess {

    @Override
    protected AuthorizationUrlOpener opener() {
        return new ResponseRewritingOpener((authorizationUrl, location) ->
                location.replaceAll("([?&]iss=[^&]*?)(%2F)+(?=&|$)", "$1"));
    }
}
