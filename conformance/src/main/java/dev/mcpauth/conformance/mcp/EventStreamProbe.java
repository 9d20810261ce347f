package dev.mcpauth.conformance.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.mcpauth.conformance.http.Exchange;
import dev.mcpauth.conformance.http.SecretMasking;
import dev.mcpauth.conformance.world.ConformanceWorld;

/**
 * A GET on the MCP endpoint read only as far as its status and headers: an event stream stays open for as long as
 * the server likes, so the probe closes it once it knows what it is.
 */
public final class EventStreamProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Status and Content-Type of the answer; status 0 when no headers came within the wait. */
    public record Opened(int status, String contentType) {
    }

    private EventStreamProbe() {
    }

    public static Opened open(ConformanceWorld world, String token, String sessionId, Duration wait) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(world.target().mcpUrl()))
                .header("Accept", "text/event-stream").timeout(wait).GET();
        List<String> sent = new ArrayList<>(List.of("Accept: text/event-stream"));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
            sent.add(SecretMasking.header("Authorization: Bearer " + token));
        }
        if (sessionId != null) {
            builder.header(McpRequests.SESSION_HEADER, sessionId)
                    .header(McpRequests.VERSION_HEADER, world.revision().label());
            sent.add(McpRequests.SESSION_HEADER + ": " + sessionId);
            sent.add(McpRequests.VERSION_HEADER + ": " + world.revision().label());
        }
        CompletableFuture<HttpResponse<InputStream>> pending =
                CLIENT.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        Opened opened;
        List<String> received = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            response.headers().map().forEach((name, values) -> values.forEach(v -> received.add(name + ": " + v)));
            opened = new Opened(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null));
            try (InputStream body = response.body()) {
                // closing the stream ends the GET; its events are not needed
            } catch (IOException ignored) {
                // the stream was already gone
            }
        } catch (TimeoutException e) {
            pending.cancel(true);
            opened = new Opened(0, null);
        } catch (ExecutionException e) {
            opened = new Opened(0, null);
            received.add("(no answer: " + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened = new Opened(0, null);
        }
        world.recorder().record(new Exchange("GET", world.target().mcpUrl(), sent, "", opened.status(), received,
                "(event stream not read)"));
        return opened;
    }
}
