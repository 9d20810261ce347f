package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.WellKnownUrls;

/**
 * The reference client, but taking the authorization server metadata as it comes from the RFC 8414 URL: subclasses
 * decide what else they skip.
 */
abstract class LenientDiscovery extends ReassembledClient {

    /** What the defect changes in the metadata before the client uses it. */
    protected abstract void adjust(AuthorizationServerMetadata metadata);

    @Override
    protected AuthorizationServerMetadata serverMetadata(OAuthHttp http, String serverUrl, String issuer) {
        String url = WellKnownUrls.authorizationServerMetadata(issuer).get(0);
        AuthorizationServerMetadata metadata;
        try {
            metadata = AuthorizationServerMetadata.parse(JSONObjectUtils.parse(
                    http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(url)), "metadata").getBody()));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        adjust(metadata);
        return metadata;
    }
}
