package dev.mcpauth.conformance.registration;

import java.util.List;

import dev.mcpauth.conformance.http.ResponseBodies;
import io.restassured.response.Response;

/** Checks on what a registration response holds (RFC 7591 section 2, 3.2.1 and 3.2.2). */
public final class RegistrationResponseChecks {

    private RegistrationResponseChecks() {
    }

    /** RFC 7591 section 2.1: grant_types and response_types that contradict each other are not registered. */
    public static void consistentTypes(Response response) {
        if (response.statusCode() == 400) {
            RegistrationChecks.refused(response, List.of("invalid_client_metadata"));
            return;
        }
        RegistrationChecks.created(response);
        Object responseTypes = response.path("response_types");
        if (responseTypes instanceof List<?> types && types.contains("token")) {
            throw new AssertionError("The registration accepted response_types " + types + " together with "
                    + "grant_types " + response.path("grant_types") + "; the token response type belongs to the "
                    + "implicit grant, which was not requested (RFC 7591 section 2.1).");
        }
    }

    /** RFC 7591 section 2: jwks_uri and jwks never both describe one client. */
    public static void notBothKeySets(Response response) {
        if (response.statusCode() / 100 != 2) {
            return;
        }
        if (ResponseBodies.field(response, "jwks") != null
                && ResponseBodies.field(response, "jwks_uri") != null) {
            throw new AssertionError("The registration response holds both jwks and jwks_uri; RFC 7591 section 2 "
                    + "forbids using both, since a client's keys must have one source.");
        }
    }

    public static void distinct(Response first, Response second, String member) {
        RegistrationChecks.created(first);
        RegistrationChecks.created(second);
        Object a = first.path(member);
        Object b = second.path(member);
        if (a == null || b == null) {
            throw new AssertionError("A registration response lacks " + member + ".");
        }
        if (a.equals(b)) {
            throw new AssertionError("Two registrations received the same " + member + "; each client needs its own "
                    + "(RFC 7591 section 3.2.1), or one client can act as the other.");
        }
    }

    public static void secretExpiry(Response response) {
        RegistrationChecks.created(response);
        if (response.path("client_secret") == null) {
            return;
        }
        if (!(response.path("client_secret_expires_at") instanceof Number)) {
            throw new AssertionError("The registration issued a client_secret but client_secret_expires_at is "
                    + response.path("client_secret_expires_at") + "; RFC 7591 section 3.2.1 requires it as a "
                    + "number (0 for never), so the client knows when to register again.");
        }
    }

    public static void issuedAtPlausible(Object issuedAt) {
        if (!(issuedAt instanceof Number seconds) || issuedAt instanceof Double || issuedAt instanceof Float) {
            throw new AssertionError("client_id_issued_at is " + issuedAt + "; RFC 7591 section 3.2.1 wants a "
                    + "number of seconds since the epoch.");
        }
        long now = System.currentTimeMillis() / 1000;
        if (Math.abs(seconds.longValue() - now) > 24 * 3600) {
            throw new AssertionError("client_id_issued_at is " + seconds + ", more than a day from now (" + now
                    + "); it must count seconds, not milliseconds.");
        }
    }

    /** RFC 7591 section 3.2.2: an error is a 400 JSON object with an error code; another status is a WARN. */
    public static void errorShape(Response response) {
        if (response.statusCode() != 400) {
            throw new dev.mcpauth.conformance.verdict.RefusedOtherwise("Invalid registration metadata was refused "
                    + "with status " + response.statusCode() + " instead of 400 (RFC 7591 section 3.2.2).");
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (!contentType.startsWith("application/json")) {
            throw new AssertionError("The registration error is served as \"" + contentType + "\", not "
                    + "application/json (RFC 7591 section 3.2.2).");
        }
        if (!(ResponseBodies.field(response, "error") instanceof String error) || error.isBlank()) {
            throw new AssertionError("The registration error has no error code: "
                    + ResponseBodies.abbreviate(response.asString()));
        }
    }
}
