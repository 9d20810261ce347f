package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.util.List;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.WellKnownUrls;

/**
 * The reference client's authorization server metadata lookup, done step by step so that a subclass changes which
 * URLs it tries (the spec's order: RFC 8414 path-inserted, OpenID with the path inserted, OpenID with the path
 * appended) or what it accepts (the issuer check).
 */
abstract class MetadataLookedUpInOrder extends ReassembledClient {

    /** The URLs to try, in order, given the spec's list for the issuer. */
    protected List<String> lookups(List<String> specOrder) {
        return specOrder;
    }

    /** The metadata found, as the client will use it: refused unless it names the issuer (RFC 8414 §3.3). */
    protected AuthorizationServerMetadata accept(AuthorizationServerMetadata metadata, String issuer) {
        if (!metadata.getIssuer().getValue().equals(issuer)) {
            throw new AuthorizationFailure("the metadata names issuer " + metadata.getIssuer() + ", not " + issuer);
        }
        return metadata;
    }

    @Override
    protected AuthorizationServerMetadata serverMetadata(OAuthHttp http, String serverUrl, String issuer) {
        for (String url : lookups(WellKnownUrls.authorizationServerMetadata(issuer))) {
            HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(url)), "metadata");
            if (response.getStatusCode() == 200) {
                try {
                    return accept(AuthorizationServerMetadata.parse(JSONObjectUtils.parse(response.getBody())),
                            issuer);
                } catch (ParseException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AuthorizationFailure("no authorization server metadata for " + issuer);
    }
}
