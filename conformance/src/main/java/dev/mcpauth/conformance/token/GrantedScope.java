package dev.mcpauth.conformance.token;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.conformance.http.ResponseBodies;
import io.restassured.response.Response;

/**
 * The scope a token response granted: its {@code scope} member (RFC 6749 section 5.1), else the {@code scope} claim
 * of a JWT access token (RFC 9068 section 2.2.3), else unknown.
 */
public final class GrantedScope {

    private GrantedScope() {
    }

    /** The granted scope values, or null when the response states none and the token does not tell. */
    public static Set<String> of(Response tokenResponse) {
        if (ResponseBodies.field(tokenResponse, "scope") instanceof String scope) {
            return values(scope);
        }
        if (ResponseBodies.field(tokenResponse, "access_token") instanceof String token) {
            SignedJWT jwt = JwtAccessTokenChecks.parse(token);
            try {
                if (jwt != null && jwt.getJWTClaimsSet().getClaim("scope") instanceof String scope) {
                    return values(scope);
                }
            } catch (java.text.ParseException unreadable) {
                return null;
            }
        }
        return null;
    }

    public static Set<String> values(String scope) {
        Set<String> values = new LinkedHashSet<>(Arrays.asList(scope.trim().split(" +")));
        values.remove("");
        return values;
    }
}
