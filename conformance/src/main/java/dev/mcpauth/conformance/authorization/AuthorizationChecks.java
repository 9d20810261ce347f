package dev.mcpauth.conformance.authorization;

import java.util.Map;

import dev.mcpauth.conformance.http.ResponseBodies;
import io.restassured.response.Response;

/** Checks on the authorization code flow: PKCE, redirect URIs, state, refresh token rotation. */
public final class AuthorizationChecks {

    private AuthorizationChecks() {
    }

    public static void noTokenIssued(Response tokenResponse, String what) {
        Object token = ResponseBodies.field(tokenResponse, "access_token");
        if (tokenResponse.statusCode() == 200 && token != null) {
            throw new AssertionError("The authorization server issued an access token for " + what + ".");
        }
    }

    public static void notRedirected(Map<String, String> reached, String changedRedirectUri) {
        if (reached != null) {
            throw new AssertionError("The authorization server redirected to " + changedRedirectUri + ", which is not "
                    + "an exact match of the registered redirect URI; an attacker could receive the code there.");
        }
    }

    public static void redirectedWithCode(Map<String, String> reached, String redirectUri) {
        if (reached == null || reached.get("code") == null) {
            throw new AssertionError("The authorization server did not redirect to " + redirectUri + " with a code; "
                    + "native clients listen on a port the operating system picks, so any loopback port must work.");
        }
    }

    public static void stateReturned(Map<String, String> reached, String state) {
        if (reached == null) {
            throw new AssertionError("The valid authorization request did not come back to the redirect URI.");
        }
        if (!state.equals(reached.get("state"))) {
            throw new AssertionError("The authorization response returned state " + reached.get("state")
                    + " instead of " + state + ".");
        }
    }

    public static void rotated(Response refreshResponse, String oldRefreshToken) {
        if (refreshResponse.statusCode() != 200) {
            throw new AssertionError("The refresh request was answered " + refreshResponse.statusCode() + ".");
        }
        Object next = ResponseBodies.field(refreshResponse, "refresh_token");
        if (!(next instanceof String token) || token.equals(oldRefreshToken)) {
            throw new AssertionError("The refresh response carries no new refresh token; public clients' refresh "
                    + "tokens must rotate so a stolen one is detected.");
        }
    }

}
