package dev.mcpauth.server.authorization;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** The page shown instead of a redirect when the client or redirect URI cannot be trusted (RFC 6749 §4.1.2.1). */
final class ErrorPage {

    private ErrorPage() {
    }

    static ResponseEntity<String> of(HttpStatus status, String message) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Authorization error"
                + "</title></head><body><h1>Authorization error</h1><p>" + HtmlUtils.htmlEscape(message)
                + "</p></body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .body(html);
    }
}
