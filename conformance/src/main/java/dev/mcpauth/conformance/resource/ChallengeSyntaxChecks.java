package dev.mcpauth.conformance.resource;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.mcpauth.conformance.verdict.Findings;
import io.restassured.response.Response;

/**
 * RFC 6750 §3 syntax of the Bearer challenge. A missing challenge is AUTH-PRM-04's finding, so these checks are
 * SKIPPED when there is none; each checks one rule of the syntax.
 */
public final class ChallengeSyntaxChecks {

    /** error and error_description: %x20-21 / %x23-5B / %x5D-7E. */
    private static final Pattern ERROR_CHARS = Pattern.compile("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*");
    /** error_uri: %x21 / %x23-5B / %x5D-7E. */
    private static final Pattern URI_CHARS = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]*");
    /** scope: scope-tokens of %x21 / %x23-5B / %x5D-7E separated by single spaces. */
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*");

    private ChallengeSyntaxChecks() {
    }

    public static void bearerWithAttribute(Response response) {
        List<String> headers = headers(response);
        List<ChallengeSyntax> challenges;
        try {
            challenges = ChallengeSyntax.parse(headers);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("WWW-Authenticate does not parse as challenges (" + e.getMessage() + ").");
        }
        Optional<ChallengeSyntax> bearer = challenges.stream().filter(ChallengeSyntax::isBearer).findFirst();
        if (bearer.isEmpty() || bearer.get().attributes().isEmpty()) {
            throw new AssertionError("WWW-Authenticate is " + headers + "; it must hold the Bearer scheme followed by "
                    + "at least one attribute (RFC 6750 section 3).");
        }
    }

    public static void noRepeatedAttribute(Response response) {
        ChallengeSyntax bearer = bearer(response);
        Set<String> seen = new HashSet<>();
        for (ChallengeSyntax.Attribute attribute : bearer.attributes()) {
            if (!seen.add(attribute.name().toLowerCase())) {
                throw new AssertionError("The Bearer challenge gives " + attribute.name() + " more than once: "
                        + headers(response) + ". Each attribute may appear only once (OAuth 2.1 section 5.3).");
            }
        }
    }

    public static void realmAtMostOnce(Response response) {
        atMostOnce(bearer(response), "realm", response);
    }

    public static void scopeOnceWellFormed(Response response) {
        ChallengeSyntax bearer = bearer(response);
        List<ChallengeSyntax.Attribute> scopes = bearer.named("scope");
        if (scopes.isEmpty()) {
            throw Findings.skip("The challenge has no scope attribute to check.");
        }
        atMostOnce(bearer, "scope", response);
        String scope = scopes.get(0).value();
        if (!SCOPE.matcher(scope).matches()) {
            throw new AssertionError("The challenge's scope \"" + scope + "\" is not a list of scope tokens "
                    + "separated by single spaces with the characters RFC 6750 section 3 allows.");
        }
    }

    public static void errorAttributesWellFormed(Response response) {
        ChallengeSyntax bearer = bearer(response);
        if (bearer.named("error").isEmpty() && bearer.named("error_description").isEmpty()
                && bearer.named("error_uri").isEmpty()) {
            throw Findings.skip("The challenge has no error attributes to check.");
        }
        for (String name : List.of("error", "error_description", "error_uri")) {
            atMostOnce(bearer, name, response);
            for (ChallengeSyntax.Attribute attribute : bearer.named(name)) {
                Pattern allowed = name.equals("error_uri") ? URI_CHARS : ERROR_CHARS;
                if (!allowed.matcher(attribute.value()).matches()) {
                    throw new AssertionError("The challenge's " + name + " \"" + attribute.value() + "\" holds "
                            + "characters RFC 6750 section 3 does not allow there.");
                }
            }
        }
    }

    /** RFC 6750 §3.1: invalid_request is 400, invalid_token 401, insufficient_scope 403. */
    public static void errorMatchesStatus(Response response) {
        List<ChallengeSyntax.Attribute> errors = bearer(response).named("error");
        if (errors.isEmpty()) {
            throw Findings.skip("The challenge has no error code to compare with the status.");
        }
        String error = errors.get(0).value();
        int expected = switch (error) {
            case "invalid_request" -> 400;
            case "invalid_token" -> 401;
            case "insufficient_scope" -> 403;
            default -> response.statusCode();
        };
        if (expected != response.statusCode()) {
            throw new AssertionError("The challenge reports error=\"" + error + "\" with HTTP " + response.statusCode()
                    + "; RFC 6750 section 3.1 pairs " + error + " with " + expected + ".");
        }
    }

    private static void atMostOnce(ChallengeSyntax bearer, String name, Response response) {
        if (bearer.named(name).size() > 1) {
            throw new AssertionError("The Bearer challenge gives " + name + " more than once: " + headers(response)
                    + ". RFC 6750 section 3 allows it once.");
        }
    }

    private static ChallengeSyntax bearer(Response response) {
        List<String> headers = headers(response);
        try {
            return ChallengeSyntax.bearer(headers).orElseThrow(() -> Findings.skip(
                    "There is no Bearer challenge to check; R6750-07 reports that."));
        } catch (IllegalArgumentException e) {
            throw Findings.skip("WWW-Authenticate does not parse, which R6750-07 reports: " + e.getMessage());
        }
    }

    private static List<String> headers(Response response) {
        List<String> headers = response.headers().getValues("WWW-Authenticate");
        if (headers.isEmpty()) {
            throw Findings.skip("The " + response.statusCode() + " answer has no WWW-Authenticate challenge; "
                    + "R6750-06 reports that.");
        }
        return headers;
    }
}
