package dev.mcpauth.conformance.authorization;

import java.util.Map;

/**
 * Checks on the RFC 9207 {@code iss} parameter of authorization responses, which lets a client that talks to several
 * authorization servers tell which one answered (mix-up defence, MCP 2026-07-28 "Authorization Response
 * Validation").
 */
public final class IssuerParameterChecks {

    public static final String FLAG = "authorization_response_iss_parameter_supported";

    private IssuerParameterChecks() {
    }

    public static void issuerNamed(Map<String, String> reached, String what) {
        if (reached == null) {
            throw new AssertionError("The authorization request (" + what + ") did not come back to the client's "
                    + "redirect URI, so there is no response to look at.");
        }
        if (reached.get("iss") == null) {
            throw new AssertionError("The authorization response (" + what + ") carries no iss parameter; without "
                    + "it a client that uses several authorization servers cannot tell which one answered (RFC 9207 "
                    + "section 2). Parameters: " + reached.keySet() + ".");
        }
    }

    public static void anyIssuerIsExact(Map<String, String> reached, String issuer, String what) {
        String named = reached == null ? null : reached.get("iss");
        if (named != null && !named.equals(issuer)) {
            throw new AssertionError("The authorization response (" + what + ") names the issuer \"" + named
                    + "\", but the authorization server's issuer identifier is \"" + issuer + "\"; clients compare "
                    + "the two as strings, without normalising, and must refuse the response (RFC 9207 section 2.4).");
        }
    }

    /**
     * The flag and the responses agree: a server that sends {@code iss} announces it, and a server that announces it
     * sends it, since a conforming client rejects a response without {@code iss} once the flag is true.
     */
    public static void announcedAsSent(Map<String, String> reached, Map<String, Object> serverMetadata) {
        if (reached == null) {
            throw new AssertionError("The valid authorization request did not come back to the redirect URI.");
        }
        boolean announced = Boolean.TRUE.equals(serverMetadata.get(FLAG));
        boolean sent = reached.get("iss") != null;
        if (sent && !announced) {
            throw new AssertionError("The authorization response carries iss, but the authorization server "
                    + "metadata does not set " + FLAG + " to true (it is " + serverMetadata.get(FLAG) + ").");
        }
        if (announced && !sent) {
            throw new AssertionError("The authorization server metadata sets " + FLAG + " to true, but the "
                    + "authorization response carries no iss; a conforming client must reject such a response "
                    + "(RFC 9207 section 2.4), so no client can complete the flow.");
        }
    }
}
