package dev.mcpauth.server.registration;

import java.net.URI;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which redirect URIs a client may register, and how a requested one is matched against them (OAuth 2.1 §2.3.1,
 * §4.1.1; RFC 8252 §7.3): https anywhere, http only on a loopback host; compared as exact strings, except that the
 * port of a loopback URI may differ, since native apps get an ephemeral port from the operating system.
 */
public final class RedirectUriPolicy {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");

    private RedirectUriPolicy() {
    }

    /** Why this URI may not be registered, or empty when it may. */
    public static Optional<String> rejectionReason(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of("redirect URI " + uri + " is not an absolute URL with a host");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("redirect URI " + uri + " has a fragment");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("redirect URI " + uri + " carries user information");
        }
        String scheme = uri.getScheme().toLowerCase();
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && isLoopback(uri)) {
            return Optional.empty();
        }
        return Optional.of("redirect URI " + uri + " must use https, or http on a loopback address");
    }

    /** The registered URI that {@code requested} matches, if any. */
    public static Optional<URI> match(Collection<URI> registered, URI requested) {
        return registered.stream().filter(candidate -> matches(candidate, requested)).findFirst();
    }

    static boolean matches(URI registered, URI requested) {
        if (registered.toString().equals(requested.toString())) {
            return true;
        }
        return "http".equals(registered.getScheme()) && "http".equals(requested.getScheme())
                && isLoopback(registered)
                && Objects.equals(registered.getHost(), requested.getHost())
                && Objects.equals(registered.getRawPath(), requested.getRawPath())
                && Objects.equals(registered.getRawQuery(), requested.getRawQuery())
                && requested.getRawUserInfo() == null
                && requested.getRawFragment() == null;
    }

    private static boolean isLoopback(URI uri) {
        return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase());
    }
}
