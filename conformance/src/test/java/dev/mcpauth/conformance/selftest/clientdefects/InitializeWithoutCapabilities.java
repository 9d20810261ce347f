package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.http.HttpRequest;

/** Defect: the client's initialize request leaves out its capabilities. */
public class InitializeWithoutCapabilities extends OwnMcpTransport {

    /** The capabilities member and the comma after it; the SDK writes clientInfo after it. */
    private static final String CAPABILITIES = "\"capabilities\"\\s*:\\s*\\{(?:[^{}]|\\{[^{}]*\\})*\\}\\s*,";

    @Override
    protected void adjust(HttpRequest.Builder request, String method, String body) {
        if (InitializeRequests.isInitialize(body)) {
            request.POST(HttpRequest.BodyPublishers.ofString(body.replaceFirst(CAPABILITIES, "")));
        }
    }
}
