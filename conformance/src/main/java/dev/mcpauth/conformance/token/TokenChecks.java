package dev.mcpauth.conformance.token;

import java.util.List;

import dev.mcpauth.conformance.http.ResponseBodies;
import dev.mcpauth.conformance.verdict.RefusedOtherwise;
import io.restassured.response.Response;

/** Checks on token endpoint answers (RFC 6749 §5, OAuth 2.1 §3.2.3). */
public final class TokenChecks {

    private TokenChecks() {
    }

    public static void noStore(Response response) {
        success(response);
        String cacheControl = String.join(",", response.headers().getValues("Cache-Control")).toLowerCase();
        if (!cacheControl.contains("no-store")) {
            throw new AssertionError("The token response has Cache-Control \"" + cacheControl + "\"; it must be "
                    + "no-store, or caches may keep the tokens.");
        }
    }

    public static void accessTokenAndType(Response response) {
        success(response);
        if (!(response.path("access_token") instanceof String token) || token.isEmpty()) {
            throw new AssertionError("The token response has no access_token.");
        }
        if (!(response.path("token_type") instanceof String type) || !type.equalsIgnoreCase("Bearer")) {
            throw new AssertionError("The token response's token_type is " + response.path("token_type")
                    + ", not Bearer.");
        }
    }

    /**
     * The request must get no token; that it gets one is the violation. A refusal with another status or error
     * code than {@code acceptedErrors} is {@link RefusedOtherwise}: a WARN on the error-code requirement.
     */
    public static void refused(Response response, List<String> acceptedErrors) {
        noToken(response, "a request that must be refused");
        if (response.statusCode() != 400 && response.statusCode() != 401) {
            throw new RefusedOtherwise("The token request was refused with status " + response.statusCode()
                    + "; an OAuth error (400, or 401 for invalid_client) with " + String.join(" or ", acceptedErrors)
                    + " is what RFC 6749 section 5.2 names.");
        }
        Object error = ResponseBodies.field(response, "error");
        if (!acceptedErrors.contains(error)) {
            throw new RefusedOtherwise("The token request was refused, but with error " + error + " where RFC 6749 "
                    + "section 5.2 names " + String.join(" or ", acceptedErrors) + ".");
        }
    }

    /**
     * RFC 8707 section 2: a resource the server cannot accept is refused with invalid_target. A token for it breaks
     * the rule; a token that ignored it ({@code audience}, a JWT's aud, does not name it) granted nothing broader and
     * is, like a refusal with another code, {@link RefusedOtherwise}. An opaque token cannot show which.
     */
    public static void noTokenForInvalidTarget(Response response, String resource, java.util.List<String> audience) {
        if (response.statusCode() == 200 && ResponseBodies.field(response, "access_token") != null) {
            if (audience != null && audience.contains(resource)) {
                throw new AssertionError("The token endpoint issued a token for the resource " + resource + " (aud "
                        + audience + ") instead of refusing it with invalid_target (RFC 8707 section 2).");
            }
            throw new RefusedOtherwise("The token endpoint ignored the resource " + resource + " and issued a token "
                    + (audience == null ? "(opaque, so its resource is unknown)" : "for " + audience)
                    + " instead of refusing it with invalid_target (RFC 8707 section 2).");
        }
        refused(response, List.of("invalid_target"));
    }

    /** RFC 6749 section 5.2: a failed HTTP Basic client authentication is 401 with a Basic challenge. */
    public static void refusedWithBasicChallenge(Response response) {
        if (response.statusCode() != 401) {
            throw new RefusedOtherwise("A failed HTTP Basic client authentication was refused with status "
                    + response.statusCode() + " instead of 401 (RFC 6749 section 5.2).");
        }
        basicChallenge(response);
    }

    public static void basicChallenge(Response response) {
        boolean basic = response.headers().getValues("WWW-Authenticate").stream()
                .anyMatch(value -> value.trim().toLowerCase().startsWith("basic"));
        if (!basic) {
            throw new RefusedOtherwise("A failed HTTP Basic client authentication must be answered with a "
                    + "WWW-Authenticate: Basic challenge (RFC 6749 section 5.2), but WWW-Authenticate is "
                    + response.headers().getValues("WWW-Authenticate"));
        }
    }

    public static void noToken(Response response, String what) {
        if (response.statusCode() == 200 && ResponseBodies.field(response, "access_token") != null) {
            throw new AssertionError("The token endpoint issued an access token for " + what + ".");
        }
    }

    /**
     * OAuth 2.1 section 4.3.1, RFC 6749 section 6: a refresh asking for {@code extra} must not grant it. A refusal
     * holds the rule, and so does a token of the original scope that says so (RFC 6749 section 3.3 lets the server
     * narrow the request); a response without scope states that the request was granted as asked.
     */
    public static void noScopeBeyond(Response response, String extra) {
        if (response.statusCode() != 200 || ResponseBodies.field(response, "access_token") == null) {
            return;
        }
        java.util.Set<String> granted = GrantedScope.of(response);
        if (granted == null) {
            throw new AssertionError("A refresh asking for the scope " + extra + ", which was not granted, got a token "
                    + "and a response without scope, which states that the scope was granted as requested (RFC 6749 "
                    + "section 3.3).");
        }
        if (granted.contains(extra)) {
            throw new AssertionError("A refresh asking for the scope " + extra + ", which was not granted, got a token "
                    + "with scope " + granted + "; a refresh must not widen the original grant (OAuth 2.1 section "
                    + "4.3.1).");
        }
    }

    /**
     * OAuth 2.1 section 3.2.3: a refresh token is bound to its resource. A refusal holds the rule, and so does a token
     * for the original resource (the request narrowed); a token for {@code other} breaks it. {@code audience} is the
     * token's {@code aud} when it is a JWT, else null, and {@code acceptedByMcpServer} whether the MCP server took
     * it, which tells an opaque token's resource.
     */
    public static void noTokenForResource(Response response, String other, java.util.List<String> audience,
                                          boolean acceptedByMcpServer) {
        if (response.statusCode() != 200 || ResponseBodies.field(response, "access_token") == null) {
            return;
        }
        if (audience != null && !audience.isEmpty() ? audience.contains(other) : !acceptedByMcpServer) {
            throw new AssertionError("A refresh token issued for the MCP server yielded a token for " + other
                    + (audience != null && !audience.isEmpty() ? " (aud " + audience + ")"
                    : ", which the MCP server refuses") + "; refresh tokens are bound to the resources of the "
                    + "original grant (OAuth 2.1 section 3.2.3).");
        }
    }

    public static void noRefreshToken(Response response) {
        success(response);
        if (ResponseBodies.field(response, "refresh_token") != null) {
            throw new AssertionError("A client_credentials token response carries a refresh_token; RFC 6749 section "
                    + "4.4.3 advises against it, since the client can simply ask again with its credentials.");
        }
    }

    public static void notRefusedAsInvalidTarget(Response response, String resource) {
        if ("invalid_target".equals(ResponseBodies.field(response, "error"))) {
            throw new AssertionError("The resource " + resource + " was refused with invalid_target; scheme and host "
                    + "are case-insensitive, so an upper-case spelling of the MCP server's URI should be accepted.");
        }
    }

    /** RFC 6749 section 3.3, RFC 8707 section 2.2: a response without scope means the requested scope. */
    public static void grantedScopeAsRequested(com.nimbusds.jwt.SignedJWT jwt, String requested) {
        Object granted;
        try {
            granted = jwt.getJWTClaimsSet().getClaim("scope");
        } catch (java.text.ParseException e) {
            throw new AssertionError("The access token's claims cannot be read: " + e.getMessage());
        }
        if (granted instanceof String scope && !java.util.Set.of(scope.split(" "))
                .equals(java.util.Set.of(requested.split(" ")))) {
            throw new AssertionError("The token grants the scope \"" + scope + "\" but \"" + requested + "\" was "
                    + "requested, and the token response has no scope member; the response must state the scope "
                    + "whenever it differs from the request (RFC 6749 section 3.3).");
        }
    }

    public static void endpointWithoutFragment(String tokenEndpoint) {
        if (tokenEndpoint.contains("#")) {
            throw new AssertionError("The token endpoint URL " + tokenEndpoint + " has a fragment, which RFC 6749 "
                    + "section 3.2 forbids.");
        }
    }

    private static void success(Response response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("The token request was answered " + response.statusCode() + " instead of 200.");
        }
    }

}
