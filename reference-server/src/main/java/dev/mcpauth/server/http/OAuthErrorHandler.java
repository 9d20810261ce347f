package dev.mcpauth.server.http;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every {@link OAuthErrorException} into the OAuth error JSON with its status and headers. */
@RestControllerAdvice
public class OAuthErrorHandler {

    @ExceptionHandler(OAuthErrorException.class)
    public ResponseEntity<String> onOAuthError(OAuthErrorException e) {
        return OAuthResponses.error(e.error(), e.headers());
    }
}
