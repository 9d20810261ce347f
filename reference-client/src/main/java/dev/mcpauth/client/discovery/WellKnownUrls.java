package dev.mcpauth.client.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where metadata documents live, derived from an identifier without normalising it: the well-known segment goes
 * between the host and the path (RFC 8414 §3.1, RFC 9728 §3.1); a path of just "/" counts as no path.
 */
public final class WellKnownUrls {

    private WellKnownUrls() {
    }

    /** The protected resource metadata URLs to try when the challenge names none: path-inserted, then root. */
    public static List<String> protectedResourceMetadata(String resource) {
        URI uri = URI.create(resource);
        List<String> urls = new ArrayList<>();
        if (!path(uri).isEmpty()) {
            urls.add(origin(uri) + "/.well-known/oauth-protected-resource" + path(uri));
        }
        urls.add(origin(uri) + "/.well-known/oauth-protected-resource");
        return urls;
    }

    /** The root protected resource metadata URL (what the last fallback fetches). */
    public static String rootProtectedResourceMetadata(String resource) {
        return origin(URI.create(resource)) + "/.well-known/oauth-protected-resource";
    }

    /**
     * The authorization server metadata URLs, in the order the MCP spec (2025-06-18, "Authorization Server Metadata
     * Discovery") and later versions give: RFC 8414 path-inserted, then the OpenID discovery variants.
     */
    public static List<String> authorizationServerMetadata(String issuer) {
        URI uri = URI.create(issuer);
        String origin = origin(uri);
        String path = path(uri);
        if (path.isEmpty()) {
            return List.of(origin + "/.well-known/oauth-authorization-server",
                    origin + "/.well-known/openid-configuration");
        }
        return List.of(origin + "/.well-known/oauth-authorization-server" + path,
                origin + "/.well-known/openid-configuration" + path,
                origin + path + "/.well-known/openid-configuration");
    }

    /** scheme://authority of the URL, as written. */
    public static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String path(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.equals("/") ? "" : path;
    }
}
