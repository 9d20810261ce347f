package dev.mcpauth.server.registration;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.openid.connect.sdk.rp.ApplicationType;

/**
 * Which redirect URIs a client may register, and how a requested one is matched against them (OAuth 2.1 §2.3.1,
 * §4.1.1; RFC 8252 §7.3): https anywhere, http only on a loopback host; compared as exact strings, except that the
 * port of a loopback URI may differ, since native apps get an ephemeral port from the operating system.
 * <p>
 * A client that declares its {@code application_type} (OpenID Connect Dynamic Client Registration 1.0 §2, which MCP
 * 2026-07-28 asks clients to send) is held to that type: {@code native} to http on a loopback host or a private-use
 * scheme (RFC 8252 §7.1), {@code web} to https on a host that is not the local machine. A client that declares none
 * keeps the rule above, the one MCP clients registered under before 2026-07-28.
 */
public final class RedirectUriPolicy {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");

    private RedirectUriPolicy() {
    }

    /** Why this URI may not be registered by a client of the given type (null: none declared), or empty. */
    public static Optional<String> rejectionReason(URI uri, ApplicationType type) {
        if (!uri.isAbsolute()) {
            return Optional.of("redirect URI " + uri + " is not an absolute URI");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("redirect URI " + uri + " has a fragment");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("redirect URI " + uri + " carries user information");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean httpsWithHost = scheme.equals("https") && uri.getHost() != null;
        boolean loopbackHttp = scheme.equals("http") && isLoopback(uri);
        if (type == ApplicationType.NATIVE) {
            return loopbackHttp || isPrivateUseScheme(uri) ? Optional.empty()
                    : Optional.of("redirect URI " + uri + " does not fit application_type native, which allows http "
                    + "on a loopback host or a private-use scheme such as com.example.app:/callback (OpenID Connect "
                    + "Registration section 2, RFC 8252 section 7)");
        }
        if (type == ApplicationType.WEB) {
            return httpsWithHost && !isLoopback(uri) ? Optional.empty()
                    : Optional.of("redirect URI " + uri + " does not fit application_type web, which allows https on "
                    + "a host other than localhost; a native client registers with application_type native");
        }
        if (httpsWithHost || loopbackHttp) {
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

    /** A reverse-domain scheme (RFC 8252 §7.1), never one a browser or the operating system gives a meaning to. */
    private static boolean isPrivateUseScheme(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.contains(".") && !scheme.startsWith(".") && !scheme.endsWith(".");
    }

    private static boolean isLoopback(URI uri) {
        return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase());
    }
}
