package dev.mcpauth.client.discovery;

import java.net.URI;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;

/**
 * Fetches authorization server metadata (RFC 8414) from the URLs derived from the issuer identifier, in order, and
 * requires the document's {@code issuer} to be identical to that identifier (RFC 8414 §3.3), compared as strings.
 */
public final class AuthorizationServerDiscovery {

    private final OAuthHttp http;

    public AuthorizationServerDiscovery(OAuthHttp http) {
        this.http = http;
    }

    public AuthorizationServerMetadata discover(String issuer) {
        for (String url : WellKnownUrls.authorizationServerMetadata(issuer)) {
            HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(url)),
                    "authorization server metadata");
            if (response.getStatusCode() != 200) {
                continue;
            }
            AuthorizationServerMetadata metadata;
            try {
                metadata = AuthorizationServerMetadata.parse(JSONObjectUtils.parse(response.getBody()));
            } catch (ParseException e) {
                throw new AuthorizationFailure("the authorization server metadata at " + url + " is not valid: "
                        + e.getMessage() + " (RFC 8414 §2)", e);
            }
            String found = metadata.getIssuer().getValue();
            if (!found.equals(issuer)) {
                throw new AuthorizationFailure("the authorization server metadata at " + url + " has issuer \""
                        + found + "\", expected exactly \"" + issuer + "\" (RFC 8414 §3.3: the client must not use "
                        + "metadata whose issuer differs from the identifier it was fetched for)");
            }
            http.narrator().step("  issuer " + found + " is identical to the identifier used (RFC 8414 §3.3)");
            if (metadata.getTokenEndpointURI() == null) {
                throw new AuthorizationFailure("the authorization server metadata at " + url
                        + " has no token_endpoint (RFC 8414 §2)");
            }
            return metadata;
        }
        throw new AuthorizationFailure("no authorization server metadata for issuer " + issuer + " at "
                + WellKnownUrls.authorizationServerMetadata(issuer) + " (RFC 8414 §3, OpenID Connect Discovery)");
    }
}
