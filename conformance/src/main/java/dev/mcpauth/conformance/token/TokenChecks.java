package dev.mcpauth.conformance.token;

import java.util.List;

import dev.mcpauth.conformance.http.ResponseBodies;
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

    public static void refused(Response response, List<String> acceptedErrors) {
        if (response.statusCode() != 400 && response.statusCode() != 401) {
            throw new AssertionError("The token request was answered " + response.statusCode() + "; an OAuth error "
                    + "(400, or 401 for invalid_client) with " + String.join(" or ", acceptedErrors) + " was expected.");
        }
        Object error = ResponseBodies.field(response, "error");
        if (!acceptedErrors.contains(error)) {
            throw new AssertionError("The token request was refused with error " + error + "; expected "
                    + String.join(" or ", acceptedErrors) + ".");
        }
    }

    public static void basicChallenge(Response response) {
        boolean basic = response.headers().getValues("WWW-Authenticate").stream()
                .anyMatch(value -> value.trim().toLowerCase().startsWith("basic"));
        if (!basic) {
            throw new AssertionError("A failed HTTP Basic client authentication must be answered with a "
                    + "WWW-Authenticate: Basic challenge (RFC 6749 section 5.2), but WWW-Authenticate is "
                    + response.headers().getValues("WWW-Authenticate"));
        }
    }

    public static void noToken(Response response, String what) {
        if (response.statusCode() == 200 && ResponseBodies.field(response, "access_token") != null) {
            throw new AssertionError("The token endpoint issued an access token for " + what + ".");
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
