package dev.mcpauth.client.token;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.Narrator;

/**
 * Plays the user agent for an authorization server that approves without user interaction: requests the
 * authorization URL and follows its redirects (at most ten) until one reaches the loopback redirect URI, which the
 * listener then answers. A page that asks for input ends the attempt with an explanation.
 */
public final class HeadlessRedirectFollower implements AuthorizationUrlOpener {

    private static final int MAX_REDIRECTS = 10;

    private final Narrator narrator;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(15)).build();

    public HeadlessRedirectFollower(Narrator narrator) {
        this.narrator = narrator;
    }

    @Override
    public void open(URI authorizationUrl, URI redirectUri) {
        URI next = authorizationUrl;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<Void> response = get(next);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                if (next.toString().startsWith(redirectUri.toString())) {
                    return; // the listener answered
                }
                throw new AuthorizationFailure("the authorization endpoint answered " + response.statusCode()
                        + " at " + stripQuery(next) + " instead of redirecting back: it seems to need a user; "
                        + "use --browser print and open the URL yourself");
            }
            next = next.resolve(location);
            narrator.step("  redirected to " + stripQuery(next));
            if (next.toString().startsWith(redirectUri.toString())) {
                get(next); // deliver the response to the listener
                return;
            }
        }
        throw new AuthorizationFailure("more than " + MAX_REDIRECTS + " redirects from the authorization endpoint");
    }

    private HttpResponse<Void> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new AuthorizationFailure("cannot reach " + stripQuery(uri) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthorizationFailure("interrupted while following the authorization redirects", e);
        }
    }

    /** Codes and states stay out of the narration. */
    private static String stripQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query) + "?…";
    }
}
