package dev.mcpauth.client.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;

/**
 * The URL of the client's metadata document (OAuth Client ID Metadata Document, MCP 2025-11-25): the client uses the
 * URL itself as its {@code client_id} at authorization servers that support it, instead of registering. The
 * document at that URL is the client's to host; it must name the URL as its {@code client_id} and list the redirect
 * URIs the client uses.
 *
 * @param url the document's URL, as given: https, with a path, without fragment, user info or dot segments
 *            (CIMD §3; MCP 2025-11-25 "Client ID Metadata Documents")
 */
public record ClientIdMetadataDocument(URI url) {

    public ClientIdMetadataDocument {
        String problem = problem(url);
        if (problem != null) {
            throw new IllegalArgumentException("the client metadata document URL " + url + " " + problem
                    + " (a client_id URL must be https with a path, and have no fragment, user info or . or .. "
                    + "segments: CIMD §3, MCP 2025-11-25)");
        }
    }

    /** The URL, checked. */
    public static ClientIdMetadataDocument at(String url) {
        try {
            return new ClientIdMetadataDocument(new URI(url));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the client metadata document URL " + url + " is not a URI: "
                    + e.getMessage(), e);
        }
    }

    /** The client id the URL stands for: the URL exactly as given. */
    public String clientId() {
        return url.toString();
    }

    private static String problem(URI url) {
        if (url == null) {
            return "is missing";
        }
        if (!"https".equals(url.getScheme())) {
            return "is not https";
        }
        String path = url.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "has no path";
        }
        if (url.getRawFragment() != null) {
            return "has a fragment";
        }
        if (url.getRawUserInfo() != null) {
            return "has user info";
        }
        if (Arrays.stream(path.split("/")).anyMatch(segment -> segment.equals(".") || segment.equals(".."))) {
            return "has a . or .. segment";
        }
        return null;
    }
}
