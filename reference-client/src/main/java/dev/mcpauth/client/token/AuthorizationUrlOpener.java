package dev.mcpauth.client.token;

import java.net.URI;

/**
 * How the authorization URL reaches the user's user agent. The authorization response then arrives at the
 * loopback redirect URI, whichever opener is used.
 */
@FunctionalInterface
public interface AuthorizationUrlOpener {

    void open(URI authorizationUrl, URI redirectUri);
}
