package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.regex.Pattern;

/** Recognises the initialize request among the bodies the SDK's transport sends. */
final class InitializeRequests {

    private static final Pattern INITIALIZE = Pattern.compile("\"method\"\\s*:\\s*\"initialize\"");

    private InitializeRequests() {
    }

    static boolean isInitialize(String body) {
        return body != null && INITIALIZE.matcher(body).find();
    }
}
