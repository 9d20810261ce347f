package dev.mcpauth.server.registration;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import dev.mcpauth.server.http.OAuthErrorException;

/** The RFC 7591 §3.2.2 error answers of the registration endpoint. */
final class RegistrationRejection {

    private RegistrationRejection() {
    }

    static OAuthErrorException invalidMetadata(String why) {
        return new OAuthErrorException(with(RegistrationError.INVALID_CLIENT_METADATA, why));
    }

    static OAuthErrorException invalidRedirectUri(String why) {
        return new OAuthErrorException(with(RegistrationError.INVALID_REDIRECT_URI, why));
    }

    private static ErrorObject with(ErrorObject error, String description) {
        return error.setDescription(ErrorObject.removeIllegalChars(description)).setHTTPStatusCode(400);
    }
}
