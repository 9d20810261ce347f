package dev.mcpauth.conformance.checks;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.mcpauth.client.discovery.AuthenticationChallenge;
import io.restassured.response.Response;

/** Checks on the {@code WWW-Authenticate} challenges of an MCP server's 401 and 403 answers. */
public final class ChallengeChecks {

    private ChallengeChecks() {
    }

    /** RFC 9728 §5.1: a Bearer challenge whose {@code resource_metadata} is an absolute http(s) URL. */
    public static String namesResourceMetadata(Response response) {
        List<String> headers = response.headers().getValues("WWW-Authenticate");
        if (headers.isEmpty()) {
            throw new AssertionError("The " + response.statusCode() + " answer has no WWW-Authenticate header, so "
                    + "a client cannot discover the protected resource metadata and the authorization server.");
        }
        Optional<String> url = AuthenticationChallenge.resourceMetadataUrl(headers);
        if (url.isEmpty()) {
            throw new AssertionError("No Bearer challenge with a resource_metadata parameter in WWW-Authenticate: "
                    + headers + ". Clients need it to find the protected resource metadata (RFC 9728 section 5.1).");
        }
        URI uri;
        try {
            uri = new URI(url.get());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError("resource_metadata is not a valid URL: " + url.get());
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new AssertionError("resource_metadata must be an absolute http(s) URL, but is: " + url.get());
        }
        return url.get();
    }

    public static void status(Response response, int expected, String why) {
        if (response.statusCode() != expected) {
            throw new AssertionError("Expected HTTP " + expected + " but the server answered " + response.statusCode()
                    + ". " + why);
        }
    }
}
