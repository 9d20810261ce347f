package dev.mcpauth.server.http;

import com.nimbusds.oauth2.sdk.ErrorObject;
import java.io.IOException;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import jakarta.servlet.http.HttpServletRequest;

/** Hands a servlet request to the Nimbus OAuth SDK's parsers. */
public final class NimbusRequests {

    /** Bodies of OAuth requests are small; a larger one is refused rather than buffered. */
    private static final long MAX_BODY_BYTES = 64 * 1024;

    private NimbusRequests() {
    }

    public static HTTPRequest from(HttpServletRequest request) {
        try {
            FormParameterRules.check(request);
            return JakartaServletUtils.createHTTPRequest(request, MAX_BODY_BYTES);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // IllegalStateException: the container already consumed the body (e.g. a multipart body it parsed)
            throw new OAuthErrorException(OAuth2Error.INVALID_REQUEST.setDescription(ErrorObject.removeIllegalChars("unreadable request: "
                    + e.getMessage())));
        }
    }
}
