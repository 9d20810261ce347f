package dev.mcpauth.conformance.discovery;

import java.net.URI;
import java.util.List;

/**
 * Builds well-known metadata URLs the way the RFCs say, from the raw URL string: no normalisation, so a server
 * whose identifiers differ by a trailing slash is not silently forgiven.
 */
public final class WellKnownUrls {

    public static final String PROTECTED_RESOURCE = "/.well-known/oauth-protected-resource";
    public static final String AUTHORIZATION_SERVER = "/.well-known/oauth-authorization-server";
    public static final String OPENID_CONFIGURATION = "/.well-known/openid-configuration";

    private WellKnownUrls() {
    }

    /** RFC 9728 §3.1: the well-known string goes between the host and the path (a lone "/" path is dropped). */
    public static String protectedResourceMetadata(String resource) {
        return insert(resource, PROTECTED_RESOURCE);
    }

    public static String rootProtectedResourceMetadata(String resource) {
        return origin(resource) + PROTECTED_RESOURCE;
    }

    /** RFC 8414 §3.1 for an issuer; its path, minus a terminating "/", follows the well-known string. */
    public static String authorizationServerMetadata(String issuer) {
        return insert(issuer, AUTHORIZATION_SERVER);
    }

    /** The OpenID Connect discovery URLs: path-inserted (as MCP 2025-11-25 tries) and path-appended. */
    public static List<String> openIdConfiguration(String issuer) {
        String appended = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + OPENID_CONFIGURATION;
        String inserted = insert(issuer, OPENID_CONFIGURATION);
        return inserted.equals(appended) ? List.of(inserted) : List.of(inserted, appended);
    }

    public static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String insert(String url, String wellKnown) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return origin(url) + wellKnown + path + query;
    }
}
