package dev.mcpauth.conformance.registration;

import java.util.List;

import dev.mcpauth.conformance.http.ResponseBodies;
import dev.mcpauth.conformance.verdict.RefusedOtherwise;
import io.restassured.response.Response;

/** Checks on registration answers (RFC 7591 §3.2). */
public final class RegistrationChecks {

    private RegistrationChecks() {
    }

    public static void created(Response response) {
        if (response.statusCode() != 201) {
            throw new AssertionError("Registration of valid metadata was answered " + response.statusCode()
                    + " instead of 201 Created: " + ResponseBodies.abbreviate(response.asString()));
        }
        if (!(response.path("client_id") instanceof String id) || id.isBlank()) {
            throw new AssertionError("The registration response has no client_id.");
        }
    }

    public static void noSecret(Response response) {
        created(response);
        if (response.path("client_secret") != null) {
            throw new AssertionError("A public client (token_endpoint_auth_method none) was given a client_secret.");
        }
    }

    public static void listsRedirectUri(Response response, String redirectUri) {
        created(response);
        Object listed = response.path("redirect_uris");
        if (!(listed instanceof List<?> uris) || !uris.contains(redirectUri)) {
            throw new AssertionError("The registration response must repeat the registered metadata, but "
                    + "redirect_uris is " + listed + " instead of containing " + redirectUri + ".");
        }
    }

    /**
     * The metadata must not be registered; that it is registered is the violation. With {@code acceptedErrors}
     * given, a refusal with another status or code is {@link RefusedOtherwise}: a WARN on the error-code
     * requirement. The shape of the error object is R7591-18's own scenario.
     */
    public static void refused(Response response, List<String> acceptedErrors) {
        if (response.statusCode() / 100 == 2) {
            throw new AssertionError("Invalid registration metadata was registered (answered "
                    + response.statusCode() + "): " + ResponseBodies.abbreviate(response.asString()));
        }
        if (acceptedErrors.isEmpty()) {
            return;
        }
        if (response.statusCode() != 400) {
            throw new RefusedOtherwise("Invalid registration metadata was refused with status "
                    + response.statusCode() + " instead of 400 (RFC 7591 section 3.2.2).");
        }
        Object error = ResponseBodies.field(response, "error");
        if (!acceptedErrors.contains(error)) {
            throw new RefusedOtherwise("The registration was refused with error " + error + "; RFC 7591 section "
                    + "3.2.2 names " + String.join(" or ", acceptedErrors) + ".");
        }
    }

}
