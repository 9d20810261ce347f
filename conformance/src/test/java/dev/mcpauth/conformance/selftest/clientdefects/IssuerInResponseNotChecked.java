package dev.mcpauth.conformance.selftest.clientdefects;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.token.AuthorizationUrlOpener;

/**
 * Defect: the client ignores RFC 9207, so the iss of an authorization response never stops it (here by dropping
 * both the metadata's promise to send iss and the iss of each response before the client sees them).
 */
public class IssuerInResponseNotChecked extends ReassembledClient {

    @Override
    protected AuthorizationServerMetadata serverMetadata(OAuthHttp http, String serverUrl, String issuer) {
        AuthorizationServerMetadata metadata = super.serverMetadata(http, serverUrl, issuer);
        metadata.setSupportsAuthorizationResponseIssuerParam(false);
        return metadata;
    }

    @Override
    protected AuthorizationUrlOpener opener() {
        return new ResponseRewritingOpener((authorizationUrl, location) -> RewritingOpener.without(location, "iss"));
    }
}
