package dev.mcpauth.server.http;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every {@link OAuthErrorException} into the OAuth error JSON with its status and headers. */
@RestControllerAdvice
public class OAuthErrorHandler {

    /** A parameter with broken percent-encoding, found when the container parses the query or form. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    public ResponseEntity<String> onUndecodableParameter() {
        return OAuthResponses.error(com.nimbusds.oauth2.sdk.OAuth2Error.INVALID_REQUEST
                .setDescription("a parameter is not validly percent-encoded"), java.util.Map.of());
    }

    @ExceptionHandler(OAuthErrorException.class)
    public ResponseEntity<String> onOAuthError(OAuthErrorException e) {
        return OAuthResponses.error(e.error(), e.headers());
    }
}
