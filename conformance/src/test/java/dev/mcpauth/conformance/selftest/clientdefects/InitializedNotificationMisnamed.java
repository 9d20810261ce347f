package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.http.HttpRequest;

/**
 * Defect: the client confirms the initialization with a notification of another name, so the server never gets
 * notifications/initialized (here by renaming the one the SDK sends, which a customizer cannot hold back).
 */
public class InitializedNotificationMisnamed extends OwnMcpTransport {

    @Override
    protected void adjust(HttpRequest.Builder request, String method, String body) {
        if (body != null && body.contains("\"notifications/initialized\"")) {
            request.POST(HttpRequest.BodyPublishers.ofString(body.replace("\"notifications/initialized\"",
                    "\"notifications/ready\"")));
        }
    }
}
