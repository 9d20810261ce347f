package dev.mcpauth.client.token;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcpauth.client.AuthorizationFailure;

/**
 * Receives the authorization response on a loopback redirect URI (RFC 8252 §7.3): a JDK HTTP server on
 * 127.0.0.1, path {@code /callback}, that takes the first request to that path and then stops listening.
 */
public final class LoopbackRedirectListener implements AutoCloseable {

    static final String PATH = "/callback";

    private final HttpServer server;
    private final CompletableFuture<URI> response = new CompletableFuture<>();

    private LoopbackRedirectListener(HttpServer server) {
        this.server = server;
        server.createContext(PATH, this::handle);
        server.start();
    }

    /** Listens on the preferred port when it is free (a registered redirect URI's), else on any free port. */
    public static LoopbackRedirectListener start(int preferredPort) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            if (preferredPort > 0) {
                try {
                    return new LoopbackRedirectListener(HttpServer.create(
                            new InetSocketAddress(loopback, preferredPort), 0));
                } catch (BindException busy) {
                    // take any port: loopback redirect URIs may differ in port (RFC 8252 §7.3)
                }
            }
            return new LoopbackRedirectListener(HttpServer.create(new InetSocketAddress(loopback, 0), 0));
        } catch (IOException e) {
            throw new AuthorizationFailure("cannot listen on 127.0.0.1 for the redirect: " + e, e);
        }
    }

    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The full URI the authorization server redirected to, once it arrives. */
    public URI await(Duration timeout) {
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AuthorizationFailure("no authorization response reached " + redirectUri() + " within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthorizationFailure("interrupted while waiting for the authorization response", e);
        } catch (ExecutionException e) {
            throw new AuthorizationFailure("the authorization response could not be received", e.getCause());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI requestUri = exchange.getRequestURI();
        URI full = URI.create(redirectUri() + (requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery()));
        byte[] page = ("<!doctype html><title>MCP client</title><p>The authorization response reached the "
                + "client. You can close this window.</p>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
        response.complete(full);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
