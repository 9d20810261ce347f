package dev.mcpauth.client.discovery;

import java.net.URI;
import java.util.List;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
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
        return discover(issuer, false);
    }

    /**
     * As {@link #discover(String)}; with {@code legacyDefaults}, an issuer without any metadata document gets the
     * default endpoints MCP 2025-03-26 named: {@code /authorize}, {@code /token} and {@code /register} at its
     * origin, with PKCE S256 (which that revision required of every client).
     */
    public AuthorizationServerMetadata discover(String issuer, boolean legacyDefaults) {
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
        if (legacyDefaults) {
            return defaultEndpoints(issuer);
        }
        throw new AuthorizationFailure("no authorization server metadata for issuer " + issuer + " at "
                + WellKnownUrls.authorizationServerMetadata(issuer) + " (RFC 8414 §3, OpenID Connect Discovery); "
                + "for a server built for MCP 2025-03-26, try --legacy-discovery");
    }

    private AuthorizationServerMetadata defaultEndpoints(String issuer) {
        String origin = WellKnownUrls.origin(URI.create(issuer));
        http.narrator().step("no authorization server metadata: --legacy-discovery uses the default endpoints "
                + origin + "/authorize, /token and /register (MCP 2025-03-26)");
        AuthorizationServerMetadata metadata = new AuthorizationServerMetadata(new Issuer(issuer));
        metadata.setAuthorizationEndpointURI(URI.create(origin + "/authorize"));
        metadata.setTokenEndpointURI(URI.create(origin + "/token"));
        metadata.setRegistrationEndpointURI(URI.create(origin + "/register"));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        return metadata;
    }
}
