package dev.mcpauth.server.token;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import dev.mcpauth.server.http.OAuthErrorException;

/** The RFC 6749 §5.2 error answers of the token endpoint, each with the reason in its description. */
public final class TokenRequestRejection {

    private TokenRequestRejection() {
    }

    public static OAuthErrorException invalidRequest(String why) {
        return reject(OAuth2Error.INVALID_REQUEST, why);
    }

    public static OAuthErrorException invalidGrant(String why) {
        return reject(OAuth2Error.INVALID_GRANT, why);
    }

    public static OAuthErrorException invalidScope(String why) {
        return reject(OAuth2Error.INVALID_SCOPE, why);
    }

    public static OAuthErrorException invalidTarget(String why) {
        return reject(OAuth2Error.INVALID_TARGET, why);
    }

    public static OAuthErrorException unauthorizedClient(String why) {
        return reject(OAuth2Error.UNAUTHORIZED_CLIENT, why);
    }

    private static OAuthErrorException reject(ErrorObject error, String why) {
        return new OAuthErrorException(error.setDescription(ErrorObject.removeIllegalChars(why)).setHTTPStatusCode(400));
    }
}
