package dev.mcpauth.server.http;

import java.util.Map;

import com.nimbusds.oauth2.sdk.ErrorObject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON answers of the authorization server: never cached, since they may carry tokens or secrets. */
public final class OAuthResponses {

    private OAuthResponses() {
    }

    public static ResponseEntity<String> json(HttpStatus status, Map<String, ?> body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(Json.write(body));
    }

    public static ResponseEntity<String> error(ErrorObject error, Map<String, String> headers) {
        int status = error.getHTTPStatusCode() > 0 ? error.getHTTPStatusCode() : 400;
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache");
        headers.forEach(builder::header);
        return builder.body(Json.write(error.toJSONObject()));
    }
}
