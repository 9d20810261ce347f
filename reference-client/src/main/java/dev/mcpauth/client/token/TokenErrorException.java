package dev.mcpauth.client.token;

import com.nimbusds.oauth2.sdk.ErrorObject;
import dev.mcpauth.client.AuthorizationFailure;

/** The token endpoint answered with an OAuth error (RFC 6749 §5.2). */
public class TokenErrorException extends AuthorizationFailure {

    private final transient ErrorObject error;

    public TokenErrorException(String grant, ErrorObject error) {
        super("the token endpoint refused the " + grant + " request: " + error.getCode()
                + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")")
                + ", HTTP " + error.getHTTPStatusCode());
        this.error = error;
    }

    public String code() {
        return error.getCode();
    }
}
