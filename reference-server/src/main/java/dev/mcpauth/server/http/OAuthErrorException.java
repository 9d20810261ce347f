package dev.mcpauth.server.http;

import java.util.Map;

import com.nimbusds.oauth2.sdk.ErrorObject;

/**
 * A request refused with an OAuth error (RFC 6749 §5.2, RFC 7591 §3.2.2, RFC 7662, RFC 7009). Thrown by the
 * authorization server's rules and turned into the error JSON by {@link OAuthErrorHandler}.
 *
 * @param headers extra response headers, e.g. the {@code WWW-Authenticate: Basic} challenge of a failed
 *                HTTP Basic client authentication.
 */
public class OAuthErrorException extends RuntimeException {

    private final transient ErrorObject error;
    private final Map<String, String> headers;

    public OAuthErrorException(ErrorObject error) {
        this(error, Map.of());
    }

    public OAuthErrorException(ErrorObject error, Map<String, String> headers) {
        super(error.getCode() + ": " + error.getDescription(), null, false, false);
        this.error = error;
        this.headers = headers;
    }

    public ErrorObject error() {
        return error;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
