package dev.mcpauth.conformance.selftest.clientdefects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.BinaryOperator;

import dev.mcpauth.client.token.AuthorizationUrlOpener;

/**
 * Follows the authorization endpoint's redirect itself and delivers a rewritten authorization response to the
 * client's listener: how the test doubles make the reference client take a response it would refuse.
 */
final class ResponseRewritingOpener implements AuthorizationUrlOpener {

    /** (authorization URL, redirect location) to the location delivered. */
    private final BinaryOperator<String> rewrite;

    ResponseRewritingOpener(BinaryOperator<String> rewrite) {
        this.rewrite = rewrite;
    }

    @Override
    public void open(URI authorizationUrl, URI redirectUri) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(authorizationUrl).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElseThrow();
            http.send(HttpRequest.newBuilder(URI.create(rewrite.apply(authorizationUrl.toString(), location))).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
