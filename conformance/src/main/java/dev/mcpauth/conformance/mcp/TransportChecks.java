package dev.mcpauth.conformance.mcp;

import io.restassured.response.Response;

/** Checks on the Streamable HTTP transport rules. */
public final class TransportChecks {

    private TransportChecks() {
    }

    /** Another caller's request naming this session must not be served in it (any refusal will do). */
    public static void notServedInSession(Response response) {
        if (response.statusCode() / 100 == 2) {
            throw new AssertionError("The server served another client's request in this session (HTTP "
                    + response.statusCode() + "). A session must be bound to the user who opened it, or a leaked "
                    + "session id lets others act in it.");
        }
    }

    /** Session ids may only contain visible ASCII, 0x21 to 0x7E. */
    public static void visibleAscii(String sessionId) {
        for (char c : sessionId.toCharArray()) {
            if (c < 0x21 || c > 0x7E) {
                throw new AssertionError("The session id contains the character U+" + String.format("%04X", (int) c)
                        + "; only visible ASCII (0x21-0x7E) is allowed.");
            }
        }
    }
}
