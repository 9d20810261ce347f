package dev.mcpauth.conformance.resource;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.conformance.verdict.Findings;
import io.restassured.response.Response;

/** Checks on how the MCP server refuses a request: status and {@code WWW-Authenticate} challenge. */
public final class ChallengeChecks {

    private ChallengeChecks() {
    }

    public static void status(Response response, int expected, String why) {
        if (response.statusCode() != expected) {
            throw new AssertionError("Expected HTTP " + expected + " but the server answered "
                    + response.statusCode() + ". " + why);
        }
    }

    public static void clientError(Response response, String why) {
        if (response.statusCode() < 400 || response.statusCode() > 499) {
            throw new AssertionError("Expected a 4xx answer but the server answered " + response.statusCode()
                    + ". " + why);
        }
    }

    /**
     * MCP 2025-06-18 with RFC 9728 §5.1: every 401 carries a Bearer challenge whose {@code resource_metadata} is an
     * absolute http(s) URL.
     */
    public static String namesResourceMetadata(Response response) {
        List<String> headers = carriesChallenge(response);
        Optional<String> url = AuthenticationChallenge.resourceMetadataUrl(headers);
        if (url.isEmpty()) {
            throw new AssertionError("No Bearer challenge with a resource_metadata parameter in WWW-Authenticate: "
                    + headers + ". Clients need it to find the protected resource metadata (RFC 9728 section 5.1).");
        }
        return absoluteMetadataUrl(url.get());
    }

    /** RFC 6750 §3: a refusal for missing or invalid credentials carries a WWW-Authenticate challenge. */
    public static List<String> carriesChallenge(Response response) {
        List<String> headers = response.headers().getValues("WWW-Authenticate");
        if (headers.isEmpty()) {
            throw new AssertionError("The " + response.statusCode() + " answer has no WWW-Authenticate header, so "
                    + "a client cannot discover the protected resource metadata and the authorization server.");
        }
        return headers;
    }

    /**
     * RFC 9728 §5.1, where the challenge names the metadata at all (from MCP 2025-11-25 a server may publish it at a
     * well-known URL instead): the {@code resource_metadata} parameter is an absolute http(s) URL.
     */
    public static void namedResourceMetadataIsAbsolute(Response response) {
        List<String> headers = response.headers().getValues("WWW-Authenticate");
        Optional<String> url = AuthenticationChallenge.resourceMetadataUrl(headers);
        if (url.isEmpty()) {
            throw Findings.skip("The challenge names no resource_metadata ("
                    + headers + "), which MCP 2025-11-25 allows when the metadata is at a well-known URL; "
                    + "D1125-06 checks that it is found.");
        }
        absoluteMetadataUrl(url.get());
    }

    private static String absoluteMetadataUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError("resource_metadata is not a valid URL: " + url);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new AssertionError("resource_metadata must be an absolute http(s) URL, but is: " + url);
        }
        return url;
    }

    public static void reportsError(Response response, String error) {
        Optional<String> reported = bearer(response).flatMap(challenge -> challenge.parameter("error"));
        if (reported.isEmpty() || !reported.get().equals(error)) {
            throw new AssertionError("Expected the Bearer challenge to report error=\"" + error + "\", but "
                    + "WWW-Authenticate is " + response.headers().getValues("WWW-Authenticate")
                    + ". The error code tells the client whether to get a new token or ask for more scope.");
        }
    }

    public static void carriesNoErrorCode(Response response) {
        Optional<String> reported = bearer(response).flatMap(challenge -> challenge.parameter("error"));
        if (reported.isPresent()) {
            throw new AssertionError("A request without any credentials should get a challenge without an error "
                    + "code (RFC 6750 section 3.1), but it reported error=\"" + reported.get() + "\".");
        }
    }

    public static void namesScope(Response response) {
        Optional<String> scope = bearer(response).flatMap(challenge -> challenge.parameter("scope"));
        if (scope.isEmpty() || scope.get().isBlank()) {
            throw new AssertionError("The insufficient_scope challenge names no scope, so the client cannot tell "
                    + "what to ask for. WWW-Authenticate: " + response.headers().getValues("WWW-Authenticate"));
        }
    }

    private static Optional<AuthenticationChallenge> bearer(Response response) {
        return response.headers().getValues("WWW-Authenticate").stream()
                .flatMap(header -> AuthenticationChallenge.parse(header).stream())
                .filter(AuthenticationChallenge::isBearer).findFirst();
    }
}
