package dev.mcpauth.conformance.authorization;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mcpauth.conformance.http.ResponseBodies;
import dev.mcpauth.conformance.verdict.RefusedOtherwise;
import io.restassured.response.Response;

/** Checks on authorization responses (OAuth 2.1 section 4.1.2) and on redeeming their codes. */
public final class AuthorizationResponseChecks {

    /** OAuth 2.1 section 4.1.2.1. */
    private static final Set<String> ERROR_CODES = Set.of("invalid_request", "unauthorized_client", "access_denied",
            "unsupported_response_type", "invalid_scope", "server_error", "temporarily_unavailable");

    private AuthorizationResponseChecks() {
    }

    public static void codeIssued(Map<String, String> reached, String what) {
        if (reached == null || reached.get("code") == null) {
            throw new AssertionError("The authorization server did not redirect back with a code for " + what
                    + (reached == null ? "" : "; it answered error " + reached.get("error")) + ".");
        }
    }

    public static void noCode(Map<String, String> reached, String what) {
        if (reached != null && (reached.get("code") != null || reached.get("access_token") != null)) {
            throw new AssertionError("The authorization server issued " + (reached.get("code") != null
                    ? "an authorization code" : "an access token") + " for " + what + ".");
        }
    }

    public static void notRedirected(Map<String, String> reached, String what) {
        if (reached != null) {
            throw new AssertionError("The authorization server redirected the user agent to the redirect URI for "
                    + what + "; it must show the user an error instead, since the redirect target is not "
                    + "established (OAuth 2.1 section 4.1.2.1) and could be an open redirector.");
        }
    }

    /**
     * The request must get no code; that it gets one is the violation. A refusal that does not come back to the
     * client, or comes back with another error code, is {@link RefusedOtherwise}: a WARN on the error-code
     * requirement.
     */
    public static void error(Map<String, String> reached, String expected, String what) {
        noCode(reached, what);
        if (reached == null) {
            throw new RefusedOtherwise("The authorization server refused " + what + " without redirecting back; "
                    + "with a valid client and redirect URI it should return error=" + expected + " to the client.");
        }
        if (!expected.equals(reached.get("error"))) {
            throw new RefusedOtherwise("The authorization response for " + what + " carries error "
                    + reached.get("error") + " instead of " + expected + ".");
        }
    }

    /** A redirected error names a code of the list and the state; a refusal shown to the user is a WARN. */
    public static void standardErrorWithState(Map<String, String> reached, String state) {
        if (reached == null || reached.get("error") == null) {
            throw new RefusedOtherwise("The erroneous authorization request was refused without coming back to the "
                    + "client with an error (OAuth 2.1 section 4.1.2.1).");
        }
        if (!ERROR_CODES.contains(reached.get("error"))) {
            throw new RefusedOtherwise("The authorization error " + reached.get("error") + " is not one of the codes "
                    + "OAuth 2.1 section 4.1.2.1 defines " + ERROR_CODES + ".");
        }
        if (!state.equals(reached.get("state"))) {
            throw new AssertionError("The authorization error response returned state " + reached.get("state")
                    + " instead of " + state + "; the client needs it to match the response to its request.");
        }
    }

    public static void challengeNotRevealed(String challenge, Map<String, String> reached, Response tokenResponse) {
        if (reached != null && reached.values().stream().anyMatch(value -> value.contains(challenge))) {
            throw new AssertionError("The authorization response repeats the code_challenge " + reached + ".");
        }
        if (tokenResponse != null && tokenResponse.asString().contains(challenge)) {
            throw new AssertionError("The token response repeats the code_challenge.");
        }
    }

    public static void noCrossOriginAccess(List<Response> answers) {
        for (Response answer : answers) {
            String allowed = answer.header("Access-Control-Allow-Origin");
            if (allowed != null) {
                throw new AssertionError("The authorization endpoint answered Access-Control-Allow-Origin: " + allowed
                        + "; OAuth 2.1 section 3.1 forbids CORS there, since the user must see the page itself, "
                        + "not a script of another site.");
            }
        }
    }

    public static void sameScope(Response original, Response refreshed) {
        if (refreshed.statusCode() != 200) {
            throw new AssertionError("The refresh request was answered " + refreshed.statusCode() + ".");
        }
        Object before = ResponseBodies.field(original, "scope");
        Object after = ResponseBodies.field(refreshed, "scope");
        if (after != null && before != null && !Set.of(String.valueOf(before).split(" "))
                .equals(Set.of(String.valueOf(after).split(" ")))) {
            throw new AssertionError("Refreshing changed the scope from \"" + before + "\" to \"" + after + "\"; a "
                    + "refresh without a scope parameter keeps the original scope (OAuth 2.1 section 4.3).");
        }
    }

    public static void tokenStillWorks(Response mcpAnswer) {
        if (mcpAnswer.statusCode() == 401 || mcpAnswer.statusCode() == 403) {
            throw new AssertionError("After a replayed code with an invalid client_id, the access token issued for "
                    + "that code no longer works (answered " + mcpAnswer.statusCode() + "); an attacker could revoke "
                    + "a victim's tokens by replaying a code with garbage (OAuth 2.1 section 7.5.3).");
        }
    }

}
