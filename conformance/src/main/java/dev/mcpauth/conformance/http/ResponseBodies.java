package dev.mcpauth.conformance.http;

import io.restassured.response.Response;

/** Reading answers that may not be what they should: a body that is not JSON must not crash a check. */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    /** The value at {@code path} in a JSON body, or null when the body is not JSON or has no such value. */
    public static Object field(Response response, String path) {
        try {
            return response.path(path);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** Text short enough for a failure message. */
    public static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
