package dev.mcpauth.conformance.selftest.clientdefects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: whatever state the authorization response carries, the client takes it (here by handing its listener the
 * state it sent, which is what a client that never compares amounts to).
 */
public class StateNotChecked extends ReferenceClientInProcess {

    private static final Pattern STATE = Pattern.compile("([?&]state=)([^&]*)");

    @Override
    protected AuthorizationUrlOpener opener() {
        return (authorizationUrl, redirectUri) -> {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(authorizationUrl).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                String location = answer.headers().firstValue("Location").orElseThrow();
                Matcher sent = STATE.matcher(authorizationUrl.toString());
                String delivered = sent.find() ? STATE.matcher(location).replaceFirst("$1" + sent.group(2)) : location;
                http.send(HttpRequest.newBuilder(URI.create(delivered)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
