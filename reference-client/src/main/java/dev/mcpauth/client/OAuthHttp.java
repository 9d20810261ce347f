package dev.mcpauth.client;

import java.io.IOException;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;

/**
 * Sends the OAuth requests (metadata, registration, token) built with Nimbus types, and narrates each exchange by
 * method, URL and status only: request bodies and headers carry secrets and are never shown.
 */
public final class OAuthHttp {

    private static final int TIMEOUT_MILLIS = 15_000;

    private final Narrator narrator;

    public OAuthHttp(Narrator narrator) {
        this.narrator = narrator;
    }

    public HTTPResponse send(HTTPRequest request, String purpose) {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        request.setFollowRedirects(false);
        if (request.getAccept() == null) {
            request.setAccept("application/json"); // some servers answer errors in HTML otherwise
        }
        narrator.step(purpose + ": " + request.getMethod() + " " + request.getURI());
        try {
            HTTPResponse response = request.send();
            narrator.step("  answer " + response.getStatusCode()
                    + (response.getHeaderValue("Content-Type") == null ? ""
                    : " (" + response.getHeaderValue("Content-Type") + ")"));
            return response;
        } catch (IOException e) {
            throw new AuthorizationFailure(purpose + " failed: cannot reach " + request.getURI() + ": " + e, e);
        }
    }

    public Narrator narrator() {
        return narrator;
    }
}
